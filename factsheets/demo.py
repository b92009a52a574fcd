"""Demo factsheets and their index (content/factsheets/)."""

from core.demo.content import load_folder


def load():
    load_folder("factsheets")
