from django.core.management.base import BaseCommand

from portal.core.roles import COORDINATORS, PARTNER_PREFIX, WORKFLOW, sync_roles


class Command(BaseCommand):
    help = (
        f"Create or correct the editorial roles: the “{COORDINATORS}” group, one “{PARTNER_PREFIX}NAME” group per "
        f"partner organisation with add and edit rights on its events section in every language, and the “{WORKFLOW}” "
        "moderation workflow in place of Wagtail's default one. Idempotent: a second run changes nothing; a run "
        "after manual changes to these groups sets them back. Group members are never changed."
    )

    def handle(self, *args, **options):
        report = sync_roles()
        if options["verbosity"] == 0:
            return
        for line in report.changes:
            self.stdout.write(f"  {line}")
        for line in report.warnings:
            self.stderr.write(f"  warning: {line}")
        if report.changes:
            self.stdout.write(f"setup_roles: {len(report.changes)} change(s)")
        else:
            self.stdout.write("setup_roles: roles already up to date")
