import pytest
from wagtail.models import Locale

from core.demo.content import build, loader
from decisiontrees.models import DecisionTreeIndexPage, DecisionTreePage

POSTING = "reflechis-avant-de-publier"
PRIVACY = "verifie-tes-reglages-de-confidentialite"


def demo_tree(slug, language="fr") -> DecisionTreePage:
    return DecisionTreePage.objects.get(
        translation_key=DecisionTreePage.objects.get(slug=slug, locale=Locale.get_default()).translation_key,
        locale__language_code=language,
    )


@pytest.fixture
def tools(db) -> DecisionTreeIndexPage:
    return loader().page("outils")


@pytest.fixture
def posting_tree(db):
    return demo_tree(POSTING)


@pytest.fixture
def privacy_tree(db):
    return demo_tree(PRIVACY)


def marked(language):
    """Test translations: every French text followed by the language ("Texte [en]"); slugs follow titles."""
    return lambda msgid, context: None if context == "slug" else f"{msgid} [{language}]"


def question(key, answers):
    """A question step as a content file writes it; ``answers`` are the keys the answers lead to."""
    return {
        "question": {
            "key": key,
            "question": f"Question {key} ?",
            "answers": [{"label": f"Réponse {n} de {key}", "leads_to": target} for n, target in enumerate(answers)],
        }
    }


def outcome(key, tone="go", **related):
    return {
        "outcome": {"key": key, "tone": tone, "title": f"Conseil {key}", "advice": f"<p>Texte {key}</p>", **related}
    }


def tree_data(*steps, slug="arbre-test", title="Arbre de test"):
    """A decision tree in the content-file format."""
    return {
        "type": "decisiontrees.DecisionTreePage",
        "slug": slug,
        "title": title,
        "intro": "Intro",
        "steps": list(steps),
    }


def build_tree(parent, data) -> DecisionTreePage:
    return build(data, parent=parent)
