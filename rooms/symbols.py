"""Friendly aliases for pupils ("Otter 3") and the room symbols shown only on the projector.

The symbols are the second factor of joining: a code that leaks out of the room is not enough.

Both are stored as numbers and named in the reader's language when shown.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

ANIMALS = [
    _("Otter"),
    _("Fox"),
    _("Panda"),
    _("Owl"),
    _("Dolphin"),
    _("Koala"),
    _("Penguin"),
    _("Hedgehog"),
    _("Squirrel"),
    _("Tortoise"),
    _("Zebra"),
    _("Lynx"),
    _("Beaver"),
    _("Seal"),
    _("Badger"),
    _("Parrot"),
    _("Rabbit"),
    _("Giraffe"),
    _("Whale"),
    _("Falcon"),
]

# (glyph, name): the glyph helps pupils who read slowly; the name is what screen readers say.
SYMBOLS = [
    ("★", _("star")),
    ("♥", _("heart")),
    ("☾", _("moon")),
    ("☀", _("sun")),
    ("♣", _("clover")),
    ("♦", _("diamond")),
    ("▲", _("triangle")),
    ("●", _("circle")),
]
SYMBOL_LETTERS = "abcdefgh"  # one letter per symbol, as stored in Room.symbols
ROOM_SYMBOL_COUNT = 3


def alias_label(animal: int, number: int) -> str:
    name = ANIMALS[animal % len(ANIMALS)]
    return gettext("%(animal)s %(number)s") % {"animal": name, "number": number}


def symbol(letter: str):
    glyph, name = SYMBOLS[SYMBOL_LETTERS.index(letter)]
    return {"letter": letter, "glyph": glyph, "name": name}


def room_symbols(letters: str):
    return [symbol(letter) for letter in letters]
