"""Demo content for the library: the resource library page, in five languages, in the navigation."""

from core.content_translation import fr, translate_everywhere
from core.demo import add_to_navigation, home_page
from library.models import LibraryPage

SLUG = "bibliotheque"
SLUGS = {
    "fr": SLUG,
    "de": "materialbibliothek",
    "lb": "material-bibliotheik",
    "en": "resource-library",
    "pt": "biblioteca-de-recursos",
}
TITLE = {
    "fr": "Bibliothèque de ressources",
    "de": "Materialbibliothek",
    "lb": "Material-Bibliothéik",
    "en": "Resource library",
    "pt": "Biblioteca de recursos",
}
INTRO = {
    "fr": "Fiches, arbres de décision, quiz, guides et documents à télécharger : filtrez par public, âge, thème, format et langue.",
    "de": "Infoblätter, Entscheidungsbäume, Quiz, Leitfäden und Dokumente zum Herunterladen: Filtern Sie nach Zielgruppe, Alter, Thema, Format und Sprache.",
    "lb": "Infoblieder, Entscheedungsbeem, Quizzen, Guiden an Dokumenter zum Eroflueden: Filtert no Zilgrupp, Alter, Thema, Format a Sprooch.",
    "en": "Factsheets, decision trees, quizzes, guides and documents to download: filter by audience, age, topic, format and language.",
    "pt": "Fichas, árvores de decisão, questionários, guias e documentos para descarregar: filtre por público, idade, tema, formato e língua.",
}
NOTES = "Lists every tagged page type and the documents they offer; nothing to write here beyond the introduction."


def ensure_library_page(home=None):
    home = home or home_page()
    page = LibraryPage.objects.child_of(home).filter(slug=SLUG).first()
    if page is None:
        page = LibraryPage(title=fr(TITLE), slug=SLUG, intro=fr(INTRO), editor_notes=NOTES)
        home.add_child(instance=page)
        page.save_revision().publish()
        translate_everywhere(page, [SLUGS, TITLE, INTRO])
    return page


def load():
    add_to_navigation(ensure_library_page())
