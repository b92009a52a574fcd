import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_site_and_locale_at_the_root_never_shadow_the_standard_library():
    # Both names are standard-library modules: a package at the root would be imported instead of
    # them (gettext breaks without the real locale module), from the folder where manage.py runs.
    found = subprocess.run(
        [sys.executable, "-c", "import locale, site; print(locale.__file__); print(site.__file__)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    standard_library = Path(sysconfig.get_paths()["stdlib"]).resolve()
    assert [Path(path).resolve().parent for path in found] == [standard_library, standard_library]
    assert not list((ROOT / "site").rglob("__init__.py"))
    assert not list((ROOT / "locale").rglob("__init__.py"))
