"""Make sure an administrator exists, as docs/contracts.md says for `make run`.

DJANGO_SUPERUSER_USERNAME / _PASSWORD / _EMAIL set the account. When no password is given, a random one is
generated once, kept in the git-ignored file .admin-credentials, and printed at every start, with the admin's
address on HOST and PORT (as `make run` serves it; 127.0.0.1:8000 by default).
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".admin-credentials"


class Command(BaseCommand):
    help = "Create the administrator account when missing and print how to sign in."

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "").strip()
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD", "")
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL", "").strip()
        stored = self.read_stored()
        if not password:
            username = username or stored.get("username", "admin")
            password = stored.get("password") if stored.get("username") == username else None
            if not password:
                password = secrets.token_urlsafe(18)
                CREDENTIALS_FILE.write_text(f"username={username}\npassword={password}\n")
                CREDENTIALS_FILE.chmod(0o600)
        username = username or "admin"
        email = email or f"{username}@localhost"
        user = User.objects.filter(username=username).first()
        if user is None:
            User.objects.create_superuser(username=username, email=email, password=password)
        elif os.environ.get("DJANGO_SUPERUSER_PASSWORD"):
            user.set_password(password)
            user.save(update_fields=["password"])
        source = "environment" if os.environ.get("DJANGO_SUPERUSER_PASSWORD") else str(CREDENTIALS_FILE.name)
        self.stdout.write(
            f"Admin: http://{os.environ.get('HOST') or '127.0.0.1'}:{os.environ.get('PORT') or '8000'}/admin/  "
            f"user: {username}  password: "
            f"{password if source != 'environment' else '(from DJANGO_SUPERUSER_PASSWORD)'}"
        )

    def read_stored(self):
        if not CREDENTIALS_FILE.exists():
            return {}
        values = {}
        for line in CREDENTIALS_FILE.read_text().splitlines():
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
        return values
