"""Words of Wagtail's admin that Vigilant's catalogues (locale/) translate in place of upstream's.

Never imported: this module only names the words for ``make messages``, which drops every catalogue
entry it does not find in Vigilant's own code. The scripts' words are in upstream_words.js.
An entry in locale/ wins over the apps' catalogues (``LOCALE_PATHS`` comes first).
"""

from django.utils.translation import gettext_noop

UPSTREAM_WORDS = (
    # The settings menu's entry for the site's languages: upstream French says "Régions".
    gettext_noop("Locales"),
)
