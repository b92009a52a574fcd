"""Resolve simple 'both sides added lines' conflicts by keeping ours then theirs (lists in settings, requirements)."""

import re
import sys

for path in sys.argv[1:]:
    with open(path) as handle:
        text = handle.read()
    text = re.sub(
        r"<<<<<<< [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]+\n", lambda m: m.group(1) + m.group(2), text, flags=re.S
    )
    with open(path, "w") as handle:
        handle.write(text)
