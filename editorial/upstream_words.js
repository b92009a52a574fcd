// Words of wagtail-localize's translation editor (its own JavaScript) that Vigilant's catalogues
// (locale/*/LC_MESSAGES/djangojs.po) translate in place of upstream's. Never loaded: this file only
// names the words for `make messages`, which drops every entry it does not find in Vigilant's own
// scripts. The editor's words that Vigilant translates itself are in
// static/editorial/translation_editor_words.js; the Python side is upstream_words.py.
/* global gettext_noop */
// Translators: Followed by the language's name, e.g. "Deutsch".
gettext_noop("Publish in ");
