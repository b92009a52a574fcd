"""Shared fixtures. The demo content is loaded once per test session, by the same command
`make run` uses, so tests read the pages readers get. Each test runs in a transaction that is
rolled back, so tests can change content freely."""

import io

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def home_fr(db):
    from core.demo import home_page

    return home_page()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in French: a request served by the test client leaves its language active."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
