"""Shared fixtures. The demo content is loaded once per test session, by the same command
`make run` uses, so tests read the pages readers get. Each test runs in a transaction that is
rolled back, so tests can change content freely."""

import io
import os
import time
from pathlib import Path

import pytest
from django.core.management import call_command

DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "client", "admin_client", "live_server"}
# The browser journeys' `demo_site` serves the whole demo content too, from a server of its own
# (tests/browser/conftest.py): those tests are demo tests, but not database tests of this process.
SERVED_DEMO_FIXTURES = {"demo_site"}


def _uses_the_database(item):
    return bool(item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(config, items):
    """Every test that uses the database or the served demo site reads the demo content: it is
    marked ``demo``, so ``pytest -m "not demo"`` runs the tests that need neither (quick work,
    well under a minute)."""
    for item in items:
        if _uses_the_database(item) or SERVED_DEMO_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.demo)


@pytest.fixture(scope="session")
def _prepared_demo_database(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """Where scripts/run_tests.sh built the demo database once for the whole run, this process's
    test database is a copy of it (tests/harness/demo_database.py): True then, False otherwise."""
    from django.conf import settings
    from django.db import connection

    from tests.harness import demo_database

    prepared = demo_database.use_prepared_copy(connection, settings.MEDIA_ROOT, tmp_path_factory.mktemp("demo"))
    yield prepared
    if prepared:
        demo_database.drop_copy(connection)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings, _prepared_demo_database):
    """The test database's name is the prepared copy's, where there is one."""


@pytest.fixture(scope="session")
def django_db_keepdb(django_db_keepdb, _prepared_demo_database):
    """A prepared copy is kept as it is (migrate only checks that nothing is missing); the copy
    is this process's own, deleted with its temporary folder or dropped at the end."""
    return django_db_keepdb or _prepared_demo_database


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        # On a prepared copy this finds everything in place and leaves it so (it is idempotent).
        call_command("load_demo", stdout=io.StringIO())


def _linked_media_folder(shared, own):
    """``own`` (created), holding links to every file under ``shared``."""
    own.mkdir(exist_ok=True)
    for folder, _subfolders, files in os.walk(shared):
        target = own / Path(folder).relative_to(shared)
        target.mkdir(parents=True, exist_ok=True)
        for name in files:
            (target / name).symlink_to(Path(folder) / name)
    return own


@pytest.fixture(autouse=True)
def _own_media_folder(request, tmp_path):
    """Each database test gets its own media folder: the demo's files (loaded once per session)
    appear in it as links, and what the test writes (uploads, PDFs, renditions) stays its own."""
    if not _uses_the_database(request.node):
        yield
        return
    request.getfixturevalue("django_db_setup")  # the demo's files exist before they are linked
    settings = request.getfixturevalue("settings")
    settings.MEDIA_ROOT = _linked_media_folder(Path(settings.MEDIA_ROOT), tmp_path / "media")
    yield


@pytest.fixture(scope="module")
def module_transaction(django_db_setup, django_db_blocker, tmp_path_factory):
    """A transaction around a whole test module, for content all its tests read.

    A module-scoped fixture that asks for it builds its content once, inside
    ``with django_db_blocker.unblock():``, instead of once per test. Each test's own transaction
    nests inside this one (a savepoint, rolled back after the test), and this one is rolled back
    after the module's last test, so no other module ever sees the content. Files written meanwhile
    go to a media folder of the module's own. A module fixture should hand tests primary keys or
    plain values, not model instances a test could change in memory for the next one."""
    from django.conf import settings
    from django.db import transaction
    from django.test import override_settings

    media = _linked_media_folder(Path(settings.MEDIA_ROOT), tmp_path_factory.mktemp("module-media"))
    with override_settings(MEDIA_ROOT=media):
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            outer.__enter__()
        try:
            yield
        finally:
            with django_db_blocker.unblock():
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def _rate_limit_windows_start_with_the_test(monkeypatch):
    """The rate limits count in fixed windows (rooms.limits): each test starts 1 s into a moment
    where every window begins (the hour holds a whole number of each), so no test straddles a
    window's end by chance. The clock then runs at its real pace."""
    from rooms import limits

    started = time.time()
    beginning = started - started % 3600 + 1
    assert all(
        3600 % seconds == 0 for seconds in (limits.WINDOW_SECONDS, limits.SLOW_SECONDS, limits.OPEN_WINDOW_SECONDS)
    )
    monkeypatch.setattr(limits, "_now", lambda: beginning + (time.time() - started))


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


@pytest.fixture(autouse=True)
def _fresh_process_memos():
    """Each test's transaction is rolled back, taking with it changes that started no content
    generation; what a process keeps per generation (core.content_generation) starts afresh too."""
    from core import content_generation

    content_generation.forget_process_memos()
    yield
    content_generation.forget_process_memos()


@pytest.fixture(autouse=True)
def _force_login_with_both_factors(monkeypatch):
    """Tests of admin features sign editors in directly (``force_login``, ``admin_client``). For
    administrators and moderators, who must use two-factor authentication, that stands for a full
    sign-in: password and code. The sign-in flows themselves are tested through the real forms."""
    from django.test import Client

    real_force_login = Client.force_login

    def force_login(self, user, backend=None):
        real_force_login(self, user, backend)
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from twofactor.middleware import two_factor_required

        if two_factor_required(user):
            device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
            device = device or TOTPDevice.objects.create(user=user, name="test sign-in", confirmed=True)
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)
