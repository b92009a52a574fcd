from django.core.management.base import BaseCommand, CommandError

from core.demo.catalogues import write_catalogues
from core.demo.content import ContentLoader


class Command(BaseCommand):
    help = (
        "Update the PO files next to each content file (content/**/<name>.<language>.po) from the French "
        "texts: new texts get an empty entry, changed texts keep their old translation marked fuzzy."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="content files (relative to content/); default: all")
        parser.add_argument("--check", action="store_true", help="change nothing; fail if a PO file is not up to date")

    def handle(self, *args, files=(), check=False, **options):
        loader = ContentLoader()
        data_files = [loader.data_file(name) for name in files] if files else loader.files()
        changed = []
        for data_file in data_files:
            if check:
                changed += _would_change(data_file)
            else:
                changed += write_catalogues(data_file)
        for path in changed:
            self.stdout.write(f"{'out of date' if check else 'updated'}: {path.relative_to(loader.root)}")
        if check and changed:
            raise CommandError("Some PO files do not match their French source: run `make content-messages`.")


def _would_change(data_file):
    import shutil
    import tempfile
    from pathlib import Path

    from core.demo.content import DataFile

    with tempfile.TemporaryDirectory() as scratch:
        copy_root = Path(scratch)
        target = copy_root / data_file.name
        target.parent.mkdir(parents=True, exist_ok=True)
        for path in data_file.path.parent.glob(f"{data_file.path.stem}.*"):
            shutil.copy(path, target.parent / path.name)
        changed = write_catalogues(DataFile(target, copy_root))
        return [data_file.path.with_name(path.name) for path in changed]
