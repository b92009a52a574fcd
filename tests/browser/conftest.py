"""Browser harness: Debian's chromium driven by Playwright against the demo site served by gunicorn.

The site is prepared once per run (fresh SQLite database, migrate, load_demo) and served on
127.0.0.1 by the real server (tests/harness/demo_server.py). Each test gets a fresh browser context; on
failure a full-page screenshot is saved to tests/artifacts/.
"""

import contextlib
import os
import re
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def demo_site():
    from tests.harness.demo_server import DemoServer

    server = DemoServer()
    try:
        server.prepare()
        server.start()
        yield server
    finally:
        server.stop()
        server.cleanup()


EDITOR = {"username": "editor", "password": "a-long-editor-password-2026"}


# The administrator's authenticator app (administrators must use two-factor authentication).
EDITOR_TOTP_KEY = "3132333435363738393031323334353637383930"


@pytest.fixture(scope="session")
def editor_account(demo_site):
    demo_site.create_superuser(EDITOR["username"], EDITOR["password"])
    demo_site.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; "
        "from django_otp.plugins.otp_totp.models import TOTPDevice; "
        f"u = get_user_model().objects.get(username={EDITOR['username']!r}); "
        f"TOTPDevice.objects.get_or_create(user=u, defaults={{'key': {EDITOR_TOTP_KEY!r}, 'confirmed': True}})",
    )
    return EDITOR


def current_code(key_hex):
    from django_otp.oath import totp

    return f"{totp(bytes.fromhex(key_hex)):06d}"


@pytest.fixture
def signed_in_editor(new_context, editor_account):
    """A desktop page signed in to the Wagtail admin through the real sign-in form."""
    page = new_context(viewport=DESKTOP).new_page()
    page.goto("/admin/login/")
    page.fill("input[name=username]", editor_account["username"])
    page.fill("input[name=password]", editor_account["password"])
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/admin/two-factor/verify/" in url)
    page.fill("input[name=otp_token]", current_code(EDITOR_TOTP_KEY))
    page.press("input[name=otp_token]", "Enter")
    page.wait_for_url(lambda url: url.rstrip("/").endswith("/admin"))
    return page


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser, demo_site, request):
    """Factory for browser contexts (several per test for multi-user journeys); all closed at the end."""
    contexts = []

    def make(viewport=PHONE, java_script_enabled=True, **options):
        context = browser.new_context(
            base_url=demo_site.base_url, viewport=viewport, java_script_enabled=java_script_enabled, **options
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context

    yield make
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    if failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("::", 1)[-1])
        for i, context in enumerate(contexts):
            for j, open_page in enumerate(context.pages):
                # A page that cannot be captured must not hide the failure itself.
                with contextlib.suppress(Exception):
                    open_page.screenshot(path=str(ARTIFACTS / f"{name}-{i}-{j}.png"), full_page=True)
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    """A phone-sized page with JavaScript on."""
    return new_context().new_page()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
