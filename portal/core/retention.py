"""Personal data kept by the background tasks, and for how long. Called by `purge_personal_data`.

A task's row keeps its arguments (an e-mail address for a sign-up or a password reset) after it has run. Finished
tasks, whether they succeeded or failed, are deleted TASK_RESULT_RETENTION_DAYS after they finished; a task still
waiting or running is never touched, so no update is lost.
"""

from datetime import timedelta

from django.conf import settings
from django_tasks_db.models import DBTaskResult


def purge(now, stdout):
    days = getattr(settings, "TASK_RESULT_RETENTION_DAYS", 7)
    deleted, _per_model = DBTaskResult.objects.finished().filter(finished_at__lt=now - timedelta(days=days)).delete()
    stdout.write(f"core: {deleted} finished background task(s) older than {days} days deleted (with their arguments)")
    return {"task_results": deleted}
