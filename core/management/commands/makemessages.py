from django.core.management.commands import makemessages


class Command(makemessages.Command):
    # msgmerge's fuzzy matching guesses translations from similar strings ("factsheet" took the
    # translation of "Factsheets"); every new message should be translated by a person instead.
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]
