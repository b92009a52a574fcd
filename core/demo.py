"""Demo content for the site shell: locales, vocabularies, home page, about page, navigation, footer.

Idempotent: every object is looked up by a stable key (slug, or the snippet's single instance
per locale) and only created when missing. Facts come from ../shared/seeds (see DIGEST.md);
the text is our own.
"""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from core import looks
from core.content_translation import TARGET_LANGUAGES, fr, strings_for, translate, translate_everywhere
from core.models import AgeBand, Audience, HomePage, NavigationMenu, SiteFooter, StandardPage, Topic

HOME_SLUG = "accueil"
HOME_SLUGS = {"fr": HOME_SLUG, "de": "startseite", "lb": "doheem", "en": "home", "pt": "inicio"}

AUDIENCES = [
    ("pupils", {"fr": "Élèves", "de": "Schülerinnen und Schüler", "lb": "Schüler", "en": "Pupils", "pt": "Alunos"}),
    ("parents", {"fr": "Parents", "de": "Eltern", "lb": "Elteren", "en": "Parents", "pt": "Pais"}),
    (
        "teachers",
        {"fr": "Enseignants", "de": "Lehrkräfte", "lb": "Enseignanten", "en": "Teachers", "pt": "Professores"},
    ),
    (
        "professionals",
        {"fr": "Professionnels", "de": "Fachleute", "lb": "Fachleit", "en": "Professionals", "pt": "Profissionais"},
    ),
]

AGE_BANDS = [
    (
        "8-11",
        8,
        11,
        {"fr": "8 à 11 ans", "de": "8 bis 11 Jahre", "lb": "8 bis 11 Joer", "en": "Ages 8 to 11", "pt": "8 a 11 anos"},
    ),
    (
        "12-14",
        12,
        14,
        {
            "fr": "12 à 14 ans",
            "de": "12 bis 14 Jahre",
            "lb": "12 bis 14 Joer",
            "en": "Ages 12 to 14",
            "pt": "12 a 14 anos",
        },
    ),
    (
        "15-18",
        15,
        18,
        {
            "fr": "15 à 18 ans",
            "de": "15 bis 18 Jahre",
            "lb": "15 bis 18 Joer",
            "en": "Ages 15 to 18",
            "pt": "15 a 18 anos",
        },
    ),
]

TOPICS = [
    ("sexting", {"fr": "Sexting", "de": "Sexting", "lb": "Sexting", "en": "Sexting", "pt": "Sexting"}),
    (
        "grooming",
        {"fr": "Grooming", "de": "Cybergrooming", "lb": "Cybergrooming", "en": "Grooming", "pt": "Aliciamento online"},
    ),
    (
        "webcam",
        {
            "fr": "Webcam et chat vidéo",
            "de": "Webcam und Videochat",
            "lb": "Webcam a Videochat",
            "en": "Webcam and video chat",
            "pt": "Webcam e videochamada",
        },
    ),
    (
        "image-rights",
        {
            "fr": "Droit à l'image",
            "de": "Recht am eigenen Bild",
            "lb": "Recht um eegene Bild",
            "en": "Image rights",
            "pt": "Direito à imagem",
        },
    ),
    ("sextortion", {"fr": "Sextorsion", "de": "Sextortion", "lb": "Sextortion", "en": "Sextortion", "pt": "Sextorsão"}),
    (
        "illegal-images",
        {
            "fr": "Images d'abus sexuels sur enfants",
            "de": "Darstellungen von sexuellem Kindesmissbrauch",
            "lb": "Biller vu sexuellem Mëssbrauch vu Kanner",
            "en": "Child sexual abuse images",
            "pt": "Imagens de abuso sexual de crianças",
        },
    ),
    (
        "privacy",
        {
            "fr": "Vie privée et réglages",
            "de": "Privatsphäre und Einstellungen",
            "lb": "Privatsphär an Astellungen",
            "en": "Privacy and settings",
            "pt": "Privacidade e definições",
        },
    ),
]

HOME_TITLE = {"fr": "Vigilant", "de": "Vigilant", "lb": "Vigilant", "en": "Vigilant", "pt": "Vigilant"}
HOME_INTRO = {
    "fr": "Sexting, grooming, webcam, droit à l'image : comprendre les risques en ligne, savoir quoi faire et où trouver de l'aide.",
    "de": "Sexting, Cybergrooming, Webcam, Recht am eigenen Bild: Risiken im Netz verstehen, wissen, was zu tun ist, und Hilfe finden.",
    "lb": "Sexting, Cybergrooming, Webcam, Recht um eegene Bild: Risiken um Internet verstoen, wëssen, wat ze maachen ass, an Hëllef fannen.",
    "en": "Sexting, grooming, webcams, image rights: understand the risks online, know what to do and where to find help.",
    "pt": "Sexting, aliciamento, webcam, direito à imagem: compreender os riscos online, saber o que fazer e onde encontrar ajuda.",
}
HOME_SEARCH_DESCRIPTION = {
    "fr": "Fiches, outils, quiz et guides pour les élèves, les parents et les enseignants au Luxembourg.",
    "de": "Infoblätter, Werkzeuge, Quiz und Leitfäden für Schüler, Eltern und Lehrkräfte in Luxemburg.",
    "lb": "Infoblieder, Tools, Quiz a Guiden fir Schüler, Elteren an Enseignanten zu Lëtzebuerg.",
    "en": "Factsheets, tools, quizzes and guides for pupils, parents and teachers in Luxembourg.",
    "pt": "Fichas, ferramentas, questionários e guias para alunos, pais e professores no Luxemburgo.",
}
HOME_HELP_TITLE = {
    "fr": "Quelque chose t'inquiète ?",
    "de": "Macht dir etwas Sorgen?",
    "lb": "Mécht dir eppes Suergen?",
    "en": "Is something worrying you?",
    "pt": "Há alguma coisa que te preocupa?",
}
HOME_HELP_TEXT = {
    "fr": "<p>Tu n'as rien fait de mal en demandant de l'aide. Le KannerJugendTelefon t'écoute au 116 111, sans donner ton nom.</p>",
    "de": "<p>Du machst nichts falsch, wenn du um Hilfe bittest. Das KannerJugendTelefon hört dir unter 116 111 zu, ohne dass du deinen Namen sagen musst.</p>",
    "lb": "<p>Du méchs näischt falsch, wann s du no Hëllef frees. De KannerJugendTelefon lauschtert dir um 116 111 no, ouni datt s du däin Numm muss soen.</p>",
    "en": "<p>You have done nothing wrong by asking for help. KannerJugendTelefon listens on 116 111, and you do not have to give your name.</p>",
    "pt": "<p>Não fazes nada de mal ao pedir ajuda. O KannerJugendTelefon ouve-te no 116 111, sem teres de dizer o teu nome.</p>",
}
HOME_NOTES = (
    "KJT 116 111: seed 001 L139. The seeds do not say that the call is anonymous; 'sans donner ton nom' follows "
    "001 L163-171 ('sans contraintes'): check the wording with KJT."
)

ABOUT_TITLE = {
    "fr": "À propos de Vigilant",
    "de": "Über Vigilant",
    "lb": "Iwwer Vigilant",
    "en": "About Vigilant",
    "pt": "Sobre o Vigilant",
}
ABOUT_INTRO = {
    "fr": "Vigilant rassemble le matériel de sensibilisation utilisé dans les classes du Luxembourg.",
    "de": "Vigilant bündelt das Material zur Sensibilisierung, das in Luxemburgs Schulklassen genutzt wird.",
    "lb": "Vigilant sammelt d'Material fir d'Sensibiliséierung, dat an de Schoulklasse vu Lëtzebuerg benotzt gëtt.",
    "en": "Vigilant brings together the awareness material used in Luxembourg's classrooms.",
    "pt": "O Vigilant reúne o material de sensibilização usado nas turmas do Luxemburgo.",
}
ABOUT_BODY = {
    "fr": (
        "<p>Depuis 2008, chaque classe de 7e suit une formation obligatoire sur la sécurité en ligne.</p>"
        "<p>On y parle de sexting, de grooming, de webcam et du droit à l'image.</p>"
        "<p>Ce site ne recueille aucun signalement : il explique à qui s'adresser et mène vers les formulaires officiels.</p>"
    ),
    "de": (
        "<p>Seit 2008 nimmt jede Klasse der 7. Stufe an einer Pflichtschulung zur Sicherheit im Netz teil.</p>"
        "<p>Dort geht es um Sexting, Cybergrooming, Webcams und das Recht am eigenen Bild.</p>"
        "<p>Diese Website nimmt keine Meldungen entgegen: Sie erklärt, an wen man sich wendet, und führt zu den offiziellen Formularen.</p>"
    ),
    "lb": (
        "<p>Zanter 2008 mécht all Klass vun der 7e eng obligatoresch Formatioun iwwer Sécherheet um Internet.</p>"
        "<p>Do geet et ëm Sexting, Cybergrooming, Webcammen an d'Recht um eegene Bild.</p>"
        "<p>Dëse Site hëlt keng Meldungen op: en erkläert, u wien ee sech wend, a féiert op déi offiziell Formulairen.</p>"
    ),
    "en": (
        "<p>Since 2008, every 7th-grade class has taken a compulsory session on staying safe online.</p>"
        "<p>It covers sexting, grooming, webcams and image rights.</p>"
        "<p>This site takes no reports itself: it explains whom to contact and leads to the official forms.</p>"
    ),
    "pt": (
        "<p>Desde 2008, todas as turmas do 7.º ano têm uma formação obrigatória sobre segurança online.</p>"
        "<p>Fala-se de sexting, aliciamento, webcam e direito à imagem.</p>"
        "<p>Este site não recebe denúncias: explica a quem se dirigir e encaminha para os formulários oficiais.</p>"
    ),
}
ABOUT_NOTES = (
    "Compulsory 7th-grade session since 2008: seed 000 L80-81. Topics: 000 L77. Reports go only to the police, "
    "the judicial authorities and the Stopline: 001 L221-223, L251. The seeds give no age for 7th grade."
)

FOOTER_HEADING = {
    "fr": "Urgence et aide",
    "de": "Notfall und Hilfe",
    "lb": "Noutfall an Hëllef",
    "en": "Emergency and help",
    "pt": "Emergência e ajuda",
}
EMERGENCY_NUMBERS = [
    (
        {
            "fr": "Urgence (ambulance, pompiers)",
            "de": "Notruf (Rettung, Feuerwehr)",
            "lb": "Noutruff (Ambulanz, Pompjeeën)",
            "en": "Emergency (ambulance, fire)",
            "pt": "Emergência (ambulância, bombeiros)",
        },
        "112",
        {
            "fr": "24 h sur 24",
            "de": "rund um die Uhr",
            "lb": "ronderëm d'Auer",
            "en": "24 hours a day",
            "pt": "24 horas por dia",
        },
    ),
    (
        {
            "fr": "Police (urgence)",
            "de": "Polizei (Notruf)",
            "lb": "Police (Noutruff)",
            "en": "Police (emergency)",
            "pt": "Polícia (emergência)",
        },
        "113",
        {
            "fr": "24 h sur 24",
            "de": "rund um die Uhr",
            "lb": "ronderëm d'Auer",
            "en": "24 hours a day",
            "pt": "24 horas por dia",
        },
    ),
    (
        {
            "fr": "Police, protection de la jeunesse",
            "de": "Polizei, Jugendschutz",
            "lb": "Police, Jugendschutz",
            "en": "Police, youth protection",
            "pt": "Polícia, proteção da juventude",
        },
        "12321",
        None,
    ),
    (
        {
            "fr": "KannerJugendTelefon",
            "de": "KannerJugendTelefon",
            "lb": "KannerJugendTelefon",
            "en": "KannerJugendTelefon",
            "pt": "KannerJugendTelefon",
        },
        "116 111",
        None,
    ),
    (
        {
            "fr": "BEE SECURE Helpline",
            "de": "BEE SECURE Helpline",
            "lb": "BEE SECURE Helpline",
            "en": "BEE SECURE Helpline",
            "pt": "BEE SECURE Helpline",
        },
        "26 64 05 44",
        None,
    ),
]
FOOTER_TEXT = {
    "fr": "<p>Vigilant n'utilise ni cookies de suivi ni statistiques qui identifient les visiteurs.</p>",
    "de": "<p>Vigilant verwendet weder Tracking-Cookies noch Statistiken, die Besucher identifizieren.</p>",
    "lb": "<p>Vigilant benotzt weder Tracking-Cookien nach Statistiken, déi Besucher identifizéieren.</p>",
    "en": "<p>Vigilant uses no tracking cookies and no statistics that identify visitors.</p>",
    "pt": "<p>O Vigilant não usa cookies de rastreio nem estatísticas que identifiquem os visitantes.</p>",
}
FOOTER_NOTES = (
    "112 and 113 are NOT in the seeds (DIGEST 9.2): they are the EU emergency number and Luxembourg's police "
    "emergency number; verify before each school year. 12321 (police, youth protection): 001 L129, L145-149. "
    "KJT 116 111: 001 L139. BEE SECURE Helpline 26 64 05 44: 001 L157-161; its opening hours are not in the seeds."
)


def ensure_locales():
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def _ensure_vocabulary(model, slug, name: dict, **extra):
    default = Locale.get_default()
    entry = model.objects.filter(locale=default, slug=slug).first()
    if entry is None:
        entry = model.objects.create(locale=default, slug=slug, name=fr(name), **extra)
    for language in TARGET_LANGUAGES:
        if not model.objects.filter(translation_key=entry.translation_key, locale__language_code=language).exists():
            translate(entry, language, strings_for([name], language))
    return entry


def ensure_vocabularies():
    for index, (slug, name) in enumerate(AUDIENCES):
        _ensure_vocabulary(Audience, slug, name, sort_order=index)
    for slug, low, high, name in AGE_BANDS:
        _ensure_vocabulary(AgeBand, slug, name, min_age=low, max_age=high)
    for index, (slug, name) in enumerate(TOPICS):
        _ensure_vocabulary(Topic, slug, name, sort_order=index, look=looks.DRAWN_FOR.get(slug, looks.DEFAULT))


def vocabulary(model, *slugs):
    """Default-locale vocabulary entries by slug, for tagging demo pages."""
    return list(model.objects.filter(locale=Locale.get_default(), slug__in=slugs))


def home_page() -> HomePage:
    return HomePage.objects.get(locale=Locale.get_default(), slug=HOME_SLUG)


def home_values():
    """Every text of the demo home page, in every language (to translate it again after a change)."""
    return [HOME_SLUGS, HOME_TITLE, HOME_INTRO, HOME_SEARCH_DESCRIPTION, HOME_HELP_TITLE, HOME_HELP_TEXT]


def ensure_home_page():
    default = Locale.get_default()
    home = HomePage.objects.filter(locale=default, slug=HOME_SLUG).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            title=fr(HOME_TITLE),
            slug=HOME_SLUG,
            locale=default,
            intro=fr(HOME_INTRO),
            search_description=fr(HOME_SEARCH_DESCRIPTION),
            editor_notes=HOME_NOTES,
            body=[("callout", {"tone": "help", "title": fr(HOME_HELP_TITLE), "text": fr(HOME_HELP_TEXT)})],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Vigilant")
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Vigilant"
        site.save()
        # Wagtail's own placeholder "Welcome" page is not ours to keep.
        if type(old_root.specific) is Page and not old_root.get_children().exists():
            old_root.delete()
    for language in TARGET_LANGUAGES:
        if not home.has_translation(Locale.objects.get(language_code=language)):
            translate(home, language, strings_for(home_values(), language))
    return home


def ensure_standard_page(parent, slug, title, intro, body, notes):
    """A standard page under ``parent`` with its four translations."""
    page = StandardPage.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = StandardPage(title=fr(title), slug=slug, intro=fr(intro), editor_notes=notes)
        page.body = [("paragraph", fr(body))]
        parent.add_child(instance=page)
        page.save_revision().publish()
        translate_everywhere(page, [title, intro, body])
    return page


def _menu() -> NavigationMenu:
    default = Locale.get_default()
    menu = NavigationMenu.objects.filter(locale=default).first()
    if menu is None:
        menu = NavigationMenu.objects.create(locale=default, name="Main navigation", links=[])
    return menu


def add_to_navigation(page):
    """Append ``page`` to the main navigation (labels follow page titles, so no text to translate)."""
    menu = _menu()
    if not any(block.value["page"] and block.value["page"].pk == page.pk for block in menu.links):
        menu.links.append(("link", {"page": page, "label": ""}))
        menu.save()
    for language in TARGET_LANGUAGES:
        translate(menu, language, {})
    return menu


def add_to_footer(page):
    footer = SiteFooter.objects.get(locale=Locale.get_default())
    if not any(block.value["page"] and block.value["page"].pk == page.pk for block in footer.links):
        footer.links.append(("link", {"page": page, "label": ""}))
        footer.save()
        _translate_footer(footer)


def _footer_values():
    values = [FOOTER_HEADING, FOOTER_TEXT]
    for label, _number, hours in EMERGENCY_NUMBERS:
        values.append(label)
        if hours:
            values.append(hours)
    return values


def _translate_footer(footer):
    values = _footer_values()
    for language in TARGET_LANGUAGES:
        translate(footer, language, strings_for(values, language))


def ensure_footer():
    default = Locale.get_default()
    footer = SiteFooter.objects.filter(locale=default).first()
    if footer is None:
        footer = SiteFooter.objects.create(
            locale=default,
            emergency_heading=fr(FOOTER_HEADING),
            emergency_numbers=[
                ("number", {"label": fr(label), "number": number, "hours": fr(hours) if hours else ""})
                for label, number, hours in EMERGENCY_NUMBERS
            ],
            text=fr(FOOTER_TEXT),
            editor_notes=FOOTER_NOTES,
        )
        _translate_footer(footer)
    return footer


def load():
    ensure_locales()
    ensure_vocabularies()
    home = ensure_home_page()
    _menu()
    ensure_footer()
    about = ensure_standard_page(home, "a-propos", ABOUT_TITLE, ABOUT_INTRO, ABOUT_BODY, ABOUT_NOTES)
    add_to_footer(about)
