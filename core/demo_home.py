"""Demo content for the home page's doors and featured pages. Runs after every other loader, since
the featured pages (a tool, a quiz, a factsheet) come from the other apps' demo content.

Idempotent: audience pages are looked up by slug, and the featured pages are only chosen while
the home page has none. The text is our own.
"""

from wagtail.models import Locale, Page

from core.content_translation import TARGET_LANGUAGES, fr, strings_for, translate, translate_everywhere
from core.demo import home_page, home_values, vocabulary
from core.models import Audience, AudiencePage

DOORS = [
    {
        "slug": "eleves",
        "audience": "pupils",
        "picture": "pupils",
        "title": {
            "fr": "Pour les élèves",
            "de": "Für Schülerinnen und Schüler",
            "lb": "Fir Schüler",
            "en": "For pupils",
            "pt": "Para alunos",
        },
        "door_label": {
            "fr": "Je suis élève",
            "de": "Ich gehe zur Schule",
            "lb": "Ech sinn Schüler",
            "en": "I'm a pupil",
            "pt": "Sou aluno ou aluna",
        },
        "door_text": {
            "fr": "Comprendre, savoir quoi faire, tester ce que tu sais.",
            "de": "Verstehen, wissen, was zu tun ist, dein Wissen testen.",
            "lb": "Verstoen, wëssen, wat ze maachen ass, däi Wëssen testen.",
            "en": "Understand, know what to do, test what you know.",
            "pt": "Perceber, saber o que fazer, testar o que sabes.",
        },
        "intro": {
            "fr": "Des fiches courtes, des outils pour décider avant de publier et des quiz pour tester ce que tu "
            "sais. Et si quelque chose s'est passé : de l'aide, tout de suite.",
            "de": "Kurze Infoblätter, Werkzeuge, mit denen du vor dem Posten entscheidest, und Quiz, mit denen du "
            "dein Wissen testest. Und wenn etwas passiert ist: Hilfe, sofort.",
            "lb": "Kuerz Infoblieder, Tools fir ze entscheeden, ier s du eppes postes, a Quiz fir däi Wëssen ze "
            "testen. A wann eppes geschitt ass: Hëllef, direkt.",
            "en": "Short factsheets, tools to decide before you post, and quizzes to test what you know. And if "
            "something has happened: help, right now.",
            "pt": "Fichas curtas, ferramentas para decidir antes de publicar e questionários para testares o que "
            "sabes. E se alguma coisa aconteceu: ajuda, já.",
        },
    },
    {
        "slug": "parents",
        "audience": "parents",
        "picture": "parents",
        "title": {
            "fr": "Pour les parents",
            "de": "Für Eltern",
            "lb": "Fir Elteren",
            "en": "For parents",
            "pt": "Para pais",
        },
        "door_label": {
            "fr": "Je suis parent",
            "de": "Ich bin Mutter oder Vater",
            "lb": "Ech sinn Elterendeel",
            "en": "I'm a parent",
            "pt": "Sou pai ou mãe",
        },
        "door_text": {
            "fr": "Accompagner votre enfant en ligne, sans lui faire peur.",
            "de": "Ihr Kind im Netz begleiten, ohne ihm Angst zu machen.",
            "lb": "Äert Kand um Internet begleeden, ouni him Angscht ze maachen.",
            "en": "Support your child online without frightening them.",
            "pt": "Acompanhar o seu filho online, sem o assustar.",
        },
        "intro": {
            "fr": "Ce que vivent les jeunes en ligne, comment en parler à la maison et où trouver de l'aide si "
            "quelque chose arrive.",
            "de": "Was Jugendliche im Netz erleben, wie Sie zu Hause darüber sprechen und wo Sie Hilfe finden, wenn "
            "etwas passiert.",
            "lb": "Wat Jonker um Internet erliewen, wéi Dir doheem doriwwer schwätzt a wou Dir Hëllef fannt, wann "
            "eppes geschitt.",
            "en": "What young people go through online, how to talk about it at home, and where to find help if "
            "something happens.",
            "pt": "O que os jovens vivem online, como falar disso em casa e onde encontrar ajuda se alguma coisa "
            "acontecer.",
        },
    },
    {
        "slug": "enseignants",
        "audience": "teachers",
        "picture": "teachers",
        "title": {
            "fr": "Pour les enseignants",
            "de": "Für Lehrkräfte",
            "lb": "Fir Enseignanten",
            "en": "For teachers",
            "pt": "Para professores",
        },
        "door_label": {
            "fr": "J'enseigne",
            "de": "Ich unterrichte",
            "lb": "Ech sinn Enseignant",
            "en": "I'm a teacher",
            "pt": "Sou professor ou professora",
        },
        "door_text": {
            "fr": "Des séances prêtes à l'emploi et des quiz à faire en classe.",
            "de": "Fertige Unterrichtseinheiten und Quiz für die ganze Klasse.",
            "lb": "Fäerdeg Coursen a Quiz fir déi ganz Klass.",
            "en": "Ready-made lessons and quizzes to run with the class.",
            "pt": "Aulas prontas a usar e questionários para fazer com a turma.",
        },
        "intro": {
            "fr": "Des déroulés de séance minute par minute, des quiz à lancer en direct avec la classe, des fiches à "
            "imprimer, et ce qu'il faut faire si un élève se confie.",
            "de": "Unterrichtsabläufe Minute für Minute, Quiz, die die ganze Klasse live spielt, Infoblätter zum "
            "Ausdrucken, und was zu tun ist, wenn sich ein Kind Ihnen anvertraut.",
            "lb": "Coursen Minutt fir Minutt, Quiz, déi déi ganz Klass live spillt, Infoblieder fir ze drécken, a wat "
            "ze maachen ass, wann e Kand Iech eppes uvertraut.",
            "en": "Minute-by-minute lesson plans, quizzes to run live with the class, printable factsheets, and what "
            "to do if a pupil confides in you.",
            "pt": "Planos de aula minuto a minuto, questionários para fazer em direto com a turma, fichas para "
            "imprimir e o que fazer se um aluno lhe fizer uma confidência.",
        },
    },
]
NOTES = (
    "Door pages list what is tagged with their audience; no facts of their own. 'Without frightening them' "
    "follows the parent guide's own advice."
)
# The featured pages, by slug in the French tree: a tool, a quiz and a factsheet, in three topic colours.
FEATURED_SLUGS = ["reflechis-avant-de-publier", "quiz-sexting", "grooming"]


def ensure_door(home, door):
    page = AudiencePage.objects.child_of(home).filter(slug=door["slug"]).first()
    if page is None:
        page = AudiencePage(
            title=fr(door["title"]),
            slug=door["slug"],
            audience=vocabulary(Audience, door["audience"])[0],
            door_label=fr(door["door_label"]),
            door_text=fr(door["door_text"]),
            picture=door["picture"],
            intro=fr(door["intro"]),
            editor_notes=NOTES,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        translate_everywhere(page, [door["title"], door["door_label"], door["door_text"], door["intro"]])
    return page


def ensure_featured(home):
    if home.featured:
        return
    default = Locale.get_default()
    pages = {page.slug: page for page in Page.objects.filter(locale=default, slug__in=FEATURED_SLUGS).live()}
    chosen = [pages[slug] for slug in FEATURED_SLUGS if slug in pages]
    if not chosen:
        return
    home.featured = [("page", page) for page in chosen]
    home.save_revision().publish()
    for language in TARGET_LANGUAGES:
        translate(home, language, strings_for(home_values(), language))


def load():
    home = home_page()
    for door in DOORS:
        ensure_door(home, door)
    ensure_featured(home_page())
