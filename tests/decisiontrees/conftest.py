import pytest
from wagtail.models import Locale

from decisiontrees.demo import ensure_tools_page
from decisiontrees.demo.trees import CHECK_PRIVACY_SETTINGS, THINK_BEFORE_POSTING
from decisiontrees.models import DecisionTreePage


def demo_tree(spec, language="fr") -> DecisionTreePage:
    return DecisionTreePage.objects.get(
        translation_key=DecisionTreePage.objects.get(slug=spec["slug"], locale=Locale.get_default()).translation_key,
        locale__language_code=language,
    )


@pytest.fixture
def tools(db):
    return ensure_tools_page()


@pytest.fixture
def posting_tree(db):
    return demo_tree(THINK_BEFORE_POSTING)


@pytest.fixture
def privacy_tree(db):
    return demo_tree(CHECK_PRIVACY_SETTINGS)


def no_links(_related):
    return {"factsheets": [], "help_services": [], "reporting_channels": []}


def localized(text):
    """Test text in the five languages: the French text, marked with the language elsewhere."""
    return {
        language: text if language == "fr" else f"{text} [{language}]" for language in ("fr", "de", "lb", "en", "pt")
    }


def question(key, answers):
    """A question step in the demo's spec format; ``answers`` are the keys the answers lead to."""
    answers = [(localized(f"Réponse {n} de {key}"), target) for n, target in enumerate(answers)]
    return ("question", key, localized(f"Question {key} ?"), None, answers)


def outcome(key, tone="go"):
    advice = {language: f"<p>{text}</p>" for language, text in localized(f"Texte {key}").items()}
    return ("outcome", key, tone, localized(f"Conseil {key}"), advice, {})


def spec(*steps, slug="arbre-test", title="Arbre de test"):
    return {"slug": slug, "title": localized(title), "intro": localized("Intro"), "notes": "", "steps": list(steps)}
