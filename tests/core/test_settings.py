import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code, **env):
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_refuse_the_default_secret():
    result = _run("import vigilant.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_check_deploy_is_clean_under_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            # The browser tests allow sync Django calls beside Playwright's loop; a deployment must not.
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DJANGO_SETTINGS_MODULE": "vigilant.settings.production",
            "SECRET_KEY": "x" * 20 + "-a-long-random-secret-for-the-deploy-check-0123456789",
            "ALLOWED_HOSTS": "vigilant.example.org",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_luxembourgish_dates_are_not_printed_us_style():
    from datetime import date

    from django.utils import formats, translation

    with translation.override("lb"):
        assert formats.date_format(date(2026, 12, 24), "SHORT_DATE_FORMAT") == "24.12.2026"
