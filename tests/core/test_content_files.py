"""The demo content files: every file loads in five languages, every PO file is complete and current,
and a file that is wrong stops the loader with a message naming the file."""

import re

import polib
import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from core.demo.catalogues import source_texts, write_catalogues
from core.demo.content import ContentError, ContentLoader, DataFile, loader
from core.demo.translation import TARGET_LANGUAGES, MissingTranslationText
from core.models import Topic

pytestmark = pytest.mark.django_db

FILES = loader().files()
MODEL_FILES = [data_file for data_file in FILES if data_file.model is not None]


def test_there_is_demo_content_in_files():
    areas = {data_file.name.split("/")[0] for data_file in FILES}
    assert {"core", "support", "factsheets", "decisiontrees", "quizzes", "education", "library", "navigation"} <= areas


@pytest.mark.parametrize("data_file", MODEL_FILES, ids=lambda data_file: data_file.name)
def test_every_content_file_is_loaded_in_every_language(data_file):
    objects = loader().find(data_file)
    assert objects and None not in objects, f"{data_file.name} was not loaded"
    for french in objects:
        assert french.locale == Locale.get_default()
        for language in TARGET_LANGUAGES:
            translation = french.get_translation(Locale.objects.get(language_code=language))
            if isinstance(translation, Page):
                assert translation.live, f"{data_file.name} is not published in {language}"


@pytest.mark.parametrize("language", TARGET_LANGUAGES)
@pytest.mark.parametrize("data_file", FILES, ids=lambda data_file: data_file.name)
def test_every_po_file_is_complete_and_matches_its_french_source(data_file, language):
    catalogue = data_file.catalogue(language)
    assert catalogue.problems() == []
    needed = {(text.msgctxt, text.msgid) for text in source_texts(data_file)}
    po = polib.pofile(str(data_file.po_path(language)))
    present = {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}
    assert needed - present == set(), "French texts without an entry: run `make content-messages`"
    assert present - needed == set(), "entries for texts the French source no longer has"


INTERNAL_REFERENCE = re.compile(r"\b00[0-4] L\d|DIGEST|\bseeds?\b|PRODUCT-NOTES|\.txt\b|\.\./shared", re.IGNORECASE)


@pytest.mark.parametrize("data_file", FILES, ids=lambda data_file: data_file.name)
def test_editor_notes_cite_public_sources_by_name_never_a_file_of_ours(data_file):
    notes = [entry.get("editor_notes", "") for entry in data_file.data.get("items", [data_file.data])]
    for note in notes:
        assert not INTERNAL_REFERENCE.search(note), INTERNAL_REFERENCE.search(note).group(0)


# Words a reviewer asked to keep out of the translations, with what to write instead.
GLOSSARY = {
    "lb": [
        (r"Nackt", "Plakegfoto, Plakegbild (not the German Nackt-)"),
        (r"Grand-ducal|Grand-Ducal", "Groussherzoglech Police"),
        (r"Cadeau", "Kaddo, Kaddoen"),
        (r"\b(?:e|E|dëse|Dëse|engem|Engem|dat|Dat)\s+(?:\w+\s+)?Foto\b", "Foto is feminine: eng Foto, dës Foto"),
        (r"\b[Ee]n [VvBbFfGgKkLlMmPpSsWw]\w", "the n-rule: e Videoappell, a beäntwert"),
    ],
    "pt": [
        (r"Grão-Ducal", "Polícia Grã-Ducal"),
        (r"quiserias", "quisesses"),
        (r"\bcomete(?:r)? um crime", "uma infração (grooming and child-abuse images are délits)"),
    ],
}


@pytest.mark.parametrize("language", sorted(GLOSSARY))
def test_translations_follow_the_reviewers_glossary(language):
    found = []
    for data_file in FILES:
        for entry in polib.pofile(str(data_file.po_path(language))):
            for pattern, advice in GLOSSARY[language]:
                match = re.search(pattern, entry.msgstr)
                if match:
                    found.append(f"{data_file.po_path(language).name}: {match.group(0)!r} ({advice})")
    assert found == []


def test_po_files_are_up_to_date_with_their_references_and_comments():
    call_command("demo_messages", "--check", stdout=None)


# --- A file that is wrong -------------------------------------------------------------------------

TOPICS = """\
type: core.Topic
items:
- slug: test-bienveillance
  name: Bienveillance en ligne
  sort_order: 90
"""


KINDNESS = {"de": "Freundlichkeit im Netz", "lb": "Frëndlechkeet", "en": "Kindness", "pt": "Gentileza"}


def _write(root, name, text):
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _translate_all(data_file, texts):
    write_catalogues(data_file)
    for language in TARGET_LANGUAGES:
        po = polib.pofile(str(data_file.po_path(language)))
        for entry in po:
            entry.msgstr = texts[language]
        po.save(str(data_file.po_path(language)))


@pytest.fixture
def content_root(tmp_path):
    return tmp_path / "content"


def test_a_new_file_gets_po_files_and_loads_with_real_translations(content_root):
    data_file = DataFile(_write(content_root, "core/test-topics.yaml", TOPICS), content_root)
    _translate_all(data_file, KINDNESS)
    entry = polib.pofile(str(data_file.po_path("de")))[0]
    assert entry.occurrences == [("test-topics.yaml", "4")]  # the line of the French text, for reviewers
    assert "core.topic:test-bienveillance" in entry.comment

    (topic,) = ContentLoader(content_root).ensure(data_file)
    assert topic.name == "Bienveillance en ligne"
    english = Topic.objects.get(translation_key=topic.translation_key, locale__language_code="en")
    assert english.name == "Kindness"
    # Loading again changes nothing.
    assert ContentLoader(content_root).ensure(data_file) == [topic]
    assert Topic.objects.filter(slug="test-bienveillance").count() == 5


def test_a_missing_translation_stops_the_loader_and_names_the_po_file(content_root):
    data_file = DataFile(_write(content_root, "core/test-topics.yaml", TOPICS), content_root)
    write_catalogues(data_file)  # entries without translations
    with pytest.raises(MissingTranslationText) as raised:
        ContentLoader(content_root).ensure(data_file)
    assert "test-topics.de.po" in str(raised.value)
    assert "Bienveillance en ligne" in str(raised.value)


def test_a_changed_french_text_keeps_its_old_translation_marked_fuzzy_and_stops_the_loader(content_root):
    path = _write(content_root, "core/test-topics.yaml", TOPICS)
    data_file = DataFile(path, content_root)
    _translate_all(data_file, KINDNESS)
    path.write_text(TOPICS.replace("Bienveillance en ligne", "Bienveillance sur Internet"), encoding="utf-8")
    data_file = DataFile(path, content_root)
    write_catalogues(data_file)
    (entry,) = polib.pofile(str(data_file.po_path("en")))
    assert entry.msgid == "Bienveillance sur Internet"
    assert entry.fuzzy and entry.msgstr == "Kindness" and entry.previous_msgid == "Bienveillance en ligne"
    assert data_file.catalogue("en").problems()
    with pytest.raises(MissingTranslationText):
        ContentLoader(content_root).ensure(data_file)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("type: core.Topic\nitems:\n- slug: x\n  colour: red\n", "has no field 'colour'"),
        ("type: core.Nothing\nslug: x\n", "unknown type 'core.Nothing'"),
        ("type: core.Topic\nitems:\n- name: Sans adresse\n", "needs a slug"),
        ("- just a list\n", "a mapping with a 'type' key"),
        ("type: core.StandardPage\nparent: nulle-part\nslug: x\ntitle: X\n", "No page at 'nulle-part'"),
        (
            "type: core.StandardPage\nparent: ''\nslug: x\ntitle: X\nbody:\n- carousel: {}\n",
            "unknown block 'carousel'",
        ),
    ],
)
def test_a_wrong_file_is_refused_with_a_message_naming_it(content_root, text, message):
    data_file = DataFile(_write(content_root, "core/wrong.yaml", text), content_root)
    with pytest.raises(ContentError) as raised:
        ContentLoader(content_root).ensure(data_file)
    assert "wrong.yaml" in str(raised.value) or "nulle-part" in str(raised.value)
    assert message in str(raised.value)
