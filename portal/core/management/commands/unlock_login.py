"""Lift a brute-force lockout before its window ends (portal.core.lockout).

For the administrator whose colleague locked themselves out, or after an attack: `--username` clears an account's
failures, `--ip` a client address's (admin login and page/document passwords), `--all` every lockout and every
password reset limit at once.
"""

from django.core.management.base import BaseCommand, CommandError

from portal.core import lockout


class Command(BaseCommand):
    help = "Lift the lockout of an account (--username), of a client address (--ip), or all lockouts (--all)."

    def add_arguments(self, parser):
        parser.add_argument("--username", help="the account's username, as typed on the login form")
        parser.add_argument("--ip", help="the client address (an IPv6 address unlocks its /64)")
        parser.add_argument("--all", action="store_true", help="every lockout and password reset limit")

    def handle(self, *args, username=None, ip=None, all=False, **options):
        if not (username or ip or all):
            raise CommandError("Say what to unlock: --username, --ip or --all.")
        if all:
            lockout.unlock_all()
            self.stdout.write("Every lockout lifted.")
            return
        lockout.unlock(username=username, ip=ip)
        for label, value in (("account", username), ("address", ip)):
            if value:
                self.stdout.write(f"Lockout of the {label} {value} lifted.")
