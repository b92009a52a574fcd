"""Loads the main navigation and the footer last, once the pages they link to exist."""

from .content import load_folder


def load():
    load_folder("navigation")
