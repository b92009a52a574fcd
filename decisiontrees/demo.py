"""Demo decision trees and the tools page that lists them (content/decisiontrees/)."""

from core.demo.content import load_folder


def load():
    load_folder("decisiontrees")
