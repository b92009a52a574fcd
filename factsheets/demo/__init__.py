"""Demo factsheets: the index page and one factsheet per topic of the design card, and more.

Idempotent: pages are looked up by slug under the home page and only created when missing.
Facts (ages, articles, penalties, numbers) come from ../shared/seeds via DIGEST.md; the text is
our own, written for 12-year-olds except where a section speaks to parents and teachers.
Each page's editor notes give the seed lines and say where the seeds disagree or are silent.
"""

from core.demo import add_to_navigation, home_page

from ..builders import build_factsheet, build_index
from . import grooming, illegal_images, image_rights, sexting, sextortion, webcam

# In build order: later factsheets link to earlier ones.
FACTSHEETS = [
    sexting.content,
    webcam.content,
    image_rights.content,
    grooming.content,
    sextortion.content,
    illegal_images.content,
]

INDEX_SLUG = "fiches"
INDEX_TITLE = {
    "fr": "Fiches d'information",
    "de": "Infoblätter",
    "lb": "Infoblieder",
    "en": "Factsheets",
    "pt": "Fichas informativas",
}
INDEX_INTRO = {
    "fr": "Ce qu'il faut savoir sur le sexting, le grooming, la webcam, le droit à l'image et d'autres risques en ligne. Choisis un sujet, ton âge ou pour qui tu cherches.",
    "de": "Was du über Sexting, Cybergrooming, Webcams, das Recht am eigenen Bild und andere Risiken im Netz wissen solltest. Wähle ein Thema, dein Alter oder für wen du suchst.",
    "lb": "Wat s du iwwer Sexting, Cybergrooming, Webcammen, d'Recht um eegene Bild an aner Risiken um Internet wësse solls. Wiel en Theema, däin Alter oder fir wien s du sichs.",
    "en": "What to know about sexting, grooming, webcams, image rights and other risks online. Pick a topic, your age or who you are looking for.",
    "pt": "O que deves saber sobre sexting, aliciamento, webcam, direito à imagem e outros riscos online. Escolhe um tema, a tua idade ou para quem procuras.",
}
INDEX_NOTES = (
    "The BEE SECURE factsheets named in the seeds: Grooming, Pornography, droit à l'image, Sexting, "
    "Video-Chat et Webcam (000 L199-223); they exist only in DE and FR there. Sextortion is a BEE SECURE "
    "training topic (000 L77-78). Our factsheets are written anew from the facts in DIGEST §2."
)


def ensure_index():
    index = build_index(home_page(), slug=INDEX_SLUG, title=INDEX_TITLE, intro=INDEX_INTRO, editor_notes=INDEX_NOTES)
    add_to_navigation(index)
    return index


def load():
    index = ensure_index()
    built = {}
    for make_content in FACTSHEETS:
        content = make_content(built)
        built[content.slug if isinstance(content.slug, str) else content.slug["fr"]] = build_factsheet(index, content)
    return index
