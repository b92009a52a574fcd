"""The demo school self-check (content/selfcheck/)."""

from core.demo.content import load_folder


def load():
    load_folder("selfcheck")
