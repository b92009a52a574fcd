"""Demo content for reporting and help: the reporting channels, the help services, the report page
and the help directory (content/support/)."""

from core.demo.content import load_folder


def load():
    load_folder("support")
