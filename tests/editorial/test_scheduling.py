"""Scheduled publishing and unpublishing: Wagtail's publish_scheduled (the Procfile's scheduler)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

pytestmark = pytest.mark.django_db


def run_scheduler():
    call_command("publish_scheduled", stdout=io.StringIO())


def test_a_revision_scheduled_for_the_past_goes_live_when_the_scheduler_runs(client, make_page):
    page = make_page("Programmée", slug="programmee")
    page.intro = "Texte publié au moment prévu."
    page.go_live_at = timezone.now() + timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()  # with a future go_live_at this only schedules it
    assert "Texte publié au moment prévu." not in client.get("/fr/programmee/").content.decode()

    # An hour later (moved back in time rather than waiting): the scheduled moment has passed.
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    run_scheduler()
    assert "Texte publié au moment prévu." in client.get("/fr/programmee/").content.decode()


def test_a_page_whose_expiry_has_passed_is_unpublished_by_the_scheduler(client, make_page):
    page = make_page("Éphémère", slug="ephemere")
    assert client.get("/fr/ephemere/").status_code == 200
    type(page).objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    run_scheduler()
    page.refresh_from_db()
    assert not page.live and page.expired
    assert client.get("/fr/ephemere/").status_code == 404


def test_procfile_runs_the_scheduler():
    from io import StringIO
    from pathlib import Path
    from unittest import mock

    from django.core.management import call_command

    procfile = (Path(__file__).resolve().parents[2] / "Procfile").read_text()
    assert "scheduler: python manage.py run_scheduler" in procfile
    # The scheduler process runs Wagtail's publish_scheduled (and the sweeps) every minute.
    with mock.patch("core.management.commands.run_scheduler.call_command", wraps=call_command) as called:
        call_command("run_scheduler", "--once", stdout=StringIO())
    assert called.call_args_list[0].args == ("publish_scheduled",)
