import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

application = get_wsgi_application()

from portal.core.startup import freeze_startup_objects  # noqa: E402 - needs the apps loaded by the line above

freeze_startup_objects()
