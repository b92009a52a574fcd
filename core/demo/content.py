"""Demo content kept in data files: the French source in YAML, each translation in a PO file.

Where the files live
--------------------
``settings.VIGILANT_DEMO_CONTENT_DIR`` (``content/`` at the top of the repository), one folder
per area (``core``, ``support``, ``factsheets``, ...). One item per file::

    content/factsheets/sexting.yaml      the French source of the sexting factsheet
    content/factsheets/sexting.de.po     its German translation
    content/factsheets/sexting.lb.po     ... and lb, en, pt

The YAML file
-------------
A mapping. Reserved keys:

``type``
    The model, as ``app_label.ModelName`` (``factsheets.FactsheetPage``, ``support.HelpService``,
    ``core.Topic``...). Required.
``parent``
    Pages only: the address of the parent page (see *Addresses*); ``""`` is the home page. A page
    file without ``parent`` is the home page itself.
``items``
    Instead of one object, a list of objects of ``type`` (vocabularies, sources): each item is a
    mapping of fields.

Every other key is a field of the model, with its value:

* text fields: a string (rich-text fields take HTML: ``<p>...</p>``, ``<ul><li>...</li></ul>``);
* dates: ``2026-11-28``; numbers and yes/no fields: as they are;
* many-to-many fields (topics, audiences, age bands, sources, reporting channels, help services):
  a list of slugs;
* StreamFields: a list of blocks, each a one-key mapping ``- block_type: value``. A struct block's
  value is a mapping of its fields (fields left out take the block's default); a list block's value
  is a list; a page chooser takes a page address, a snippet chooser a snippet's slug, a document
  chooser a document's title. Times are quoted: ``"14:00"``.

Pages need ``slug`` and ``title``; snippets with a ``slug`` field need it. ``editor_notes`` says where
each fact comes from (public sources by name) and where the sources are silent or disagree.

Addresses
---------
A page's address is its path below the home page, made of French slugs: ``fiches``,
``fiches/sexting``. A snippet is referred to by its slug. Files may refer to objects of other
files: the loader loads the file that defines them first, so the order of files never matters.

The PO files
------------
One per target language, next to the YAML file (``<name>.<language>.po``). ``msgid`` is a French
text exactly as wagtail-localize cuts it into segments: a whole plain-text field, or one paragraph
or list item of rich text, where links read ``<a id="a1">...</a>`` (keep them in the translation).
A page's address segment has the context ``slug``: its translation is the page's address in that
language (lower-case letters, digits, hyphens). Each entry has a reference (``#: sexting.yaml:42``,
the line of the French text) and a comment naming the object and the field. The loader imports the
texts with wagtail-localize's own ``Translation.import_po``, exactly like *Upload PO file* in the
translation editor. ``manage.py demo_messages`` (``make content-messages``) writes the entries for
new or changed French texts; changed texts keep their old translation, marked fuzzy, until a
translator reviews it. A text without a translation, or a fuzzy one, stops the loader.

Loading
-------
``manage.py load_demo`` (``make demo``) runs each app's loader (``VIGILANT_DEMO_LOADERS``); each
calls ``load_folder("<area>")``. An object that already exists (same address) is left as it is,
so loading twice changes nothing; missing translations are added. Tests build their own content
in the same format with ``build(data, parent=page)``.

Adding content
--------------
A new item of an existing type: a new file in its area's folder (copy one of the same type), then
``make content-messages``, translate, ``make demo``. A new area: a folder, and a loader module
(``<app>/demo.py`` with ``def load(): load_folder("<area>")``) listed in ``VIGILANT_DEMO_LOADERS``.
Content that is not a model (documents generated per language, say) is a *kind*: the area's loader
calls ``register_kind("<app>.<Kind>", ensure=..., texts=...)`` at import, and files of
``type: <app>.<Kind>`` are built by ``ensure(data_file, loader)``, their PO entries listed by
``texts(data_file)`` (see education/demo.py). ``tests/core/test_content_files.py`` checks every
file and PO file, new ones included.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import import_module
from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site

from .catalogues import Catalogue
from .fields import BlockIds, ContentValueError, Offline, field_value, many_to_many
from .translation import TARGET_LANGUAGES, translate, translation_source

RESERVED_KEYS = {"type", "parent", "items"}


class ContentError(Exception):
    """A content file cannot be loaded; the message names the file and what is wrong."""


def content_root() -> Path:
    return Path(settings.VIGILANT_DEMO_CONTENT_DIR)


@dataclass(frozen=True)
class Kind:
    """A kind of content file that is not a model (a generated document, say): its area builds it.

    ``ensure(data_file, loader)`` creates what the file describes and returns the objects;
    ``texts(data_file)`` lists ``(French text, comment)`` for its PO files.
    """

    ensure: Callable
    texts: Callable


KINDS: dict[str, Kind] = {}


def register_kind(name: str, *, ensure: Callable, texts: Callable):
    """Let files of ``type: name`` be loaded by ``ensure`` (see Kind)."""
    KINDS[name] = Kind(ensure=ensure, texts=texts)


def register_kinds():
    """Import every area's loader, so the kinds they register are known (PO extraction needs them)."""
    for dotted in settings.VIGILANT_DEMO_LOADERS:
        import_module(dotted)


@dataclass
class Entry:
    """One object described by a data file."""

    data_file: "DataFile"
    model: type
    values: dict
    parent: "str | Page | None" = None

    @property
    def is_page(self) -> bool:
        return issubclass(self.model, Page)

    @property
    def slug(self) -> str | None:
        return self.values.get("slug")

    @property
    def address(self) -> str:
        if self.is_page:
            if self.parent is None:
                return ""
            if isinstance(self.parent, Page):
                return f"{self.parent.url_path}{self.slug}"
            return f"{self.parent}/{self.slug}" if self.parent else self.slug
        return f"{self.model._meta.label_lower}:{self.slug or ''}"

    def build(self, resolve, ids: BlockIds | None = None):
        """An unsaved instance with the file's values, and its many-to-many values apart."""
        ids = ids or BlockIds(self.address)
        values, related = {}, {}
        for name, value in self.values.items():
            try:
                model_field = self.model._meta.get_field(name)
            except FieldDoesNotExist:
                raise ContentError(f"{self.data_file.name}: {self.model.__name__} has no field {name!r}") from None
            try:
                converted = field_value(model_field, value, resolve, ids)
            except ContentValueError as error:
                raise ContentError(f"{self.data_file.name}: {error}") from None
            (related if many_to_many(model_field) else values)[name] = converted
        return self.model(**values), related


@dataclass
class DataFile:
    path: Path
    root: Path
    _catalogues: dict = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return self.path.relative_to(self.root).as_posix()

    @cached_property
    def data(self) -> dict:
        try:
            data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            raise ContentError(f"{self.name}: not valid YAML: {error}") from None
        if not isinstance(data, dict) or "type" not in data:
            raise ContentError(f"{self.name}: a content file is a mapping with a 'type' key")
        return data

    @cached_property
    def model(self):
        """The model of the file's objects; None for another kind (see Kind)."""
        try:
            return apps.get_model(self.data["type"])
        except (LookupError, ValueError):
            return None

    @property
    def kind(self) -> Kind | None:
        return KINDS.get(self.data["type"])

    @cached_property
    def entries(self) -> list[Entry]:
        """The objects the file describes (none for a file of a registered kind)."""
        if self.model is None:
            return []
        if "items" in self.data:
            items = self.data["items"]
            if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
                raise ContentError(f"{self.name}: 'items' is a list of mappings")
        else:
            items = [{key: value for key, value in self.data.items() if key not in RESERVED_KEYS}]
        entries = [Entry(self, self.model, item, self.data.get("parent")) for item in items]
        for entry in entries:
            if (entry.is_page or _has_slug(self.model)) and not entry.slug:
                raise ContentError(f"{self.name}: every {self.model.__name__} needs a slug")
        return entries

    @classmethod
    def from_data(cls, data: dict, *, name: str = "test.yaml", root: Path | None = None, parent=None):
        """A file's worth of content given in memory (tests build objects the way the demo does).

        ``parent`` may be a page object instead of an address.
        """
        root = Path(root or content_root())
        data_file = cls(root / name, root)
        data_file.__dict__["data"] = {**data, **({"parent": parent} if parent is not None else {})}
        return data_file

    def po_path(self, language: str) -> Path:
        return self.path.with_name(f"{self.path.stem}.{language}.po")

    def catalogue(self, language: str) -> Catalogue:
        if language not in self._catalogues:
            self._catalogues[language] = Catalogue(self.po_path(language))
        return self._catalogues[language]


def _has_slug(model) -> bool:
    try:
        model._meta.get_field("slug")
    except FieldDoesNotExist:
        return False
    return True


class ContentLoader:
    """Creates the objects of data files (French, published) and their translations.

    References between files are resolved on demand: asking for a page or snippet that does not
    exist yet loads the file that defines it.
    """

    def __init__(self, root: Path | None = None, languages=TARGET_LANGUAGES):
        register_kinds()
        self.root = Path(root or content_root())
        self.languages = tuple(languages)
        self._loaded: dict[str, list] = {}
        self._loading: set[str] = set()

    # Files ------------------------------------------------------------------------------

    def files(self, folder: str | None = None) -> list[DataFile]:
        base = self.root / folder if folder else self.root
        return [DataFile(path, self.root) for path in sorted(base.rglob("*.yaml"))]

    @cached_property
    def _by_address(self) -> dict[str, DataFile]:
        index = {}
        for data_file in self.files():
            for entry in data_file.entries:
                if entry.address in index and index[entry.address].name != data_file.name:
                    raise ContentError(
                        f"{data_file.name} and {index[entry.address].name} both define {entry.address!r}"
                    )
                index[entry.address] = data_file
        return index

    def data_file(self, name: str) -> DataFile:
        return DataFile(self.root / name, self.root)

    # Loading ----------------------------------------------------------------------------

    def load_folder(self, folder: str) -> list:
        objects = []
        for data_file in self.files(folder):
            objects.extend(self.ensure(data_file))
        return objects

    def ensure(self, data_file: DataFile) -> list:
        """The French objects of ``data_file``, created and published if missing, with every translation."""
        if data_file.name in self._loaded:
            return self._loaded[data_file.name]
        if data_file.name in self._loading:
            raise ContentError(f"{data_file.name} refers to itself through other files")
        self._loading.add(data_file.name)
        try:
            if data_file.kind is not None:
                objects = list(data_file.kind.ensure(data_file, self))
            elif data_file.model is None:
                raise ContentError(f"{data_file.name}: unknown type {data_file.data['type']!r}")
            else:
                objects = [self._ensure_entry(entry) for entry in data_file.entries]
        except ContentError as error:
            if str(error).startswith(data_file.name) or " refers to itself" in str(error):
                raise
            raise ContentError(f"{data_file.name}: {error}") from None
        finally:
            self._loading.discard(data_file.name)
        self._loaded[data_file.name] = objects
        return objects

    def find(self, data_file: DataFile) -> list:
        """The French objects of ``data_file`` as they are in the database (None where missing)."""
        return [self._existing(entry, create_parents=False) for entry in data_file.entries]

    def _ensure_entry(self, entry: Entry):
        instance = self._existing(entry, create_parents=True)
        if instance is None:
            instance = self._create(entry)
        missing = [
            language
            for language in self.languages
            if not instance.has_translation(Locale.objects.get(language_code=language))
        ]
        source = translation_source(instance) if missing else None
        for language in missing:
            translate(
                instance,
                language,
                entry.data_file.catalogue(language).lookup,
                origin=entry.data_file.po_path(language).name,
                source=source,
            )
        return instance

    def _parent(self, entry: Entry, create: bool):
        if entry.parent is None:
            return Page.get_first_root_node()
        if isinstance(entry.parent, Page):
            return entry.parent
        return self.page(entry.parent) if create else self.existing_page(entry.parent)

    def _existing(self, entry: Entry, *, create_parents: bool):
        default = Locale.get_default()
        if entry.is_page:
            parent = self._parent(entry, create_parents)
            if parent is None:
                return None
            page = entry.model.objects.child_of(parent).filter(slug=entry.slug, locale=default).first()
            return page
        queryset = entry.model.objects.filter(locale=default)
        if _has_slug(entry.model):
            queryset = queryset.filter(slug=entry.slug)
        return queryset.first()

    def _create(self, entry: Entry):
        default = Locale.get_default()
        instance, related = entry.build(self)
        instance.locale = default
        for name, objects in related.items():
            setattr(instance, name, objects)
        if entry.is_page:
            self._parent(entry, True).add_child(instance=instance)
            instance.save_revision().publish()
        else:
            instance.save()
        return instance

    # References -------------------------------------------------------------------------

    def home_file(self) -> "DataFile | None":
        """The file that describes the home page (a page file without ``parent``)."""
        return self._by_address.get("")

    def home(self):
        data_file = self.home_file()
        if data_file is None:
            raise ContentError("No content file describes the home page (a page file without 'parent')")
        return self.ensure(data_file)[0]

    def existing_page(self, address: str):
        data_file = self._by_address.get("")
        if data_file is not None:
            home = self.find(data_file)[0]
        else:  # content without a home page of its own goes below the site's home page
            site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
            home = site.root_page if site else None
        if home is None or address == "":
            return home
        return Page.objects.filter(locale_id=home.locale_id, url_path=f"{home.url_path}{address}/").first()

    def page(self, address: str):
        address = address.strip("/")
        data_file = self._by_address.get(address)
        if data_file is not None:
            self.ensure(data_file)
        page = self.existing_page(address)
        if page is None:
            raise ContentError(f"No page at {address!r}: no content file defines it and it does not exist")
        return page.specific

    def snippet(self, model, slug: str):
        address = f"{model._meta.label_lower}:{slug}"
        data_file = self._by_address.get(address)
        if data_file is not None:
            self.ensure(data_file)
        found = model.objects.filter(locale=Locale.get_default(), slug=slug).first()
        if found is None:
            raise ContentError(f"No {model._meta.verbose_name} with the slug {slug!r}")
        return found

    def document(self, title: str):
        found = get_document_model().objects.filter(title=title).first()
        if found is None:
            raise ContentError(f"No document titled {title!r}: the area's loader creates documents before its pages")
        return found


def read_only_instances(data_file: DataFile) -> list[tuple[Entry, object, BlockIds]]:
    """Unsaved objects built from the file without touching other objects (to read their texts)."""
    result = []
    for entry in data_file.entries:
        ids = BlockIds(entry.address)
        instance, _related = entry.build(Offline(), ids)
        result.append((entry, instance, ids))
    return result


_default_loader = None


def loader() -> ContentLoader:
    """The loader for the configured content folder (one per process: it remembers what it loaded)."""
    global _default_loader
    if _default_loader is None or _default_loader.root != content_root():
        _default_loader = ContentLoader()
    return _default_loader


def reset():
    """Forget what was loaded (the database was replaced, e.g. between test runs)."""
    global _default_loader
    _default_loader = None


def load_folder(folder: str) -> list:
    return loader().load_folder(folder)


def load_file(name: str) -> list:
    current = loader()
    return current.ensure(current.data_file(name))


def build(data: dict, *, parent=None, languages=()):
    """Create the object(s) described by ``data`` (the data-file format), French only by default.

    Tests use it to make content the same way the demo is made; references in ``data`` load
    the demo files that define them. Returns the French object, or the list for ``items``.
    """
    objects = ContentLoader(languages=languages).ensure(DataFile.from_data(data, parent=parent))
    return objects if "items" in data else objects[0]
