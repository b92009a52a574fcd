"""Demo content for the library: the resource library page (content/library/)."""

from core.demo.content import load_folder


def load():
    load_folder("library")
