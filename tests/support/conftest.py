import pytest

from support.opening_hours import LUXEMBOURG


@pytest.fixture
def at_moment(monkeypatch):
    """Render pages as if it were the given Luxembourg wall-clock time."""
    from datetime import datetime

    def set_moment(*args):
        moment = datetime(*args, tzinfo=LUXEMBOURG)
        monkeypatch.setattr("support.help_status.now", lambda: moment)
        return moment

    return set_moment
