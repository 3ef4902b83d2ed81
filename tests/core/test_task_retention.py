"""Finished background tasks keep their arguments (e-mail addresses); purge_personal_data deletes them in time."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from portal.core.password_reset import send_password_reset
from tests.worker import queued, run_worker

pytestmark = pytest.mark.django_db

ADDRESS = "amina.worker@example.org"


def _reset(address=ADDRESS):
    return send_password_reset.enqueue(address, domain="example.org", site_name="Portal", use_https=True, language="en")


def _purge():
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    return out.getvalue()


def test_finished_tasks_are_deleted_after_the_retention_period_waiting_ones_never():
    old, recent = _reset(), _reset("someone.else@example.org")
    run_worker()
    assert not queued() and DBTaskResult.objects.finished().count() == 2
    DBTaskResult.objects.filter(pk=old.id).update(finished_at=timezone.now() - timedelta(days=8))
    waiting = _reset("waiting@example.org")
    DBTaskResult.objects.filter(pk=waiting.id).update(enqueued_at=timezone.now() - timedelta(days=30))

    assert "core: 1 finished background task(s) older than 7 days deleted" in _purge()
    kept = {str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)}
    assert kept == {str(recent.id), str(waiting.id)}
    assert not DBTaskResult.objects.filter(args_kwargs__icontains=ADDRESS).exists()

    with override_settings(TASK_RESULT_RETENTION_DAYS=0):
        assert "core: 1 finished background task(s) older than 0 days deleted" in _purge()
    assert [str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)] == [str(waiting.id)]
