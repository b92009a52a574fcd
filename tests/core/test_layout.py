from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_site_and_locale_folders_are_not_python_packages():
    # Both names are standard-library modules: a package here would shadow them.
    assert (ROOT / "site" / "templates" / "base.html").exists()
    assert not (ROOT / "site" / "__init__.py").exists()
    assert not (ROOT / "locale" / "__init__.py").exists()
    assert not list((ROOT / "site").rglob("__init__.py"))
    assert not list((ROOT / "locale").rglob("__init__.py"))


def test_design_card_folders_exist():
    for name in ["site", "education", "factsheets", "quizzes", "media", "locale", "tests"]:
        assert (ROOT / name).is_dir(), name
    for name in ["requirements.txt", "Procfile", "Makefile", "README.md"]:
        assert (ROOT / name).is_file(), name
