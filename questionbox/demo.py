"""Demo content for the question box: the editors' answers to frequent questions, per topic
(content/questionbox/)."""

from core.demo.content import load_folder


def load():
    load_folder("questionbox")
