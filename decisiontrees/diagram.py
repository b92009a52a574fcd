"""Draw a decision tree as an SVG picture: steps as boxes, answers as labelled arrows.

Drawn on the server in plain Python (no external service, no JavaScript). Boxes sit in rows
(``graph.layers``): each step one row below the deepest step leading to it, so arrows point
down. Colours are SVG presentation attributes, not ``style`` attributes, so the picture passes
the public pages' strict Content-Security-Policy and prints in PDFs.
"""

import textwrap
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from . import graph

BOX_WIDTH = 220
LINE_HEIGHT = 17
PADDING = 10
GAP_X = 36
GAP_Y = 80
MARGIN = 16
CHARS_PER_LINE = 27
MAX_LINES = 5
LABEL_CHARS = 24
LABEL_CHAR_WIDTH = 6.6

COLOURS = {
    "question": ("#e8eef7", "#1d4f91"),
    "go": ("#eaf5ec", "#1e6b34"),
    "careful": ("#fff6e5", "#7a4b00"),
    "stop": ("#fdecea", "#b3261e"),
    # Flag guides: each box also starts with the flag's name (see WalkableTreePage.diagram_nodes).
    "flag-green": ("#eaf5ec", "#1e6b34"),
    "flag-yellow": ("#fff4c2", "#6b5300"),
    "flag-red": ("#fdecea", "#b3261e"),
    "flag-black": ("#e6e6ea", "#1b1b1f"),
}


@dataclass(frozen=True)
class Node:
    number: int
    key: str
    text: str
    is_outcome: bool = False
    tone: str = ""
    answers: tuple[tuple[str, str], ...] = ()  # (answer label, key of the next step)

    @property
    def shape(self) -> graph.Step:
        return graph.Step(self.key, self.is_outcome, tuple(target for _label, target in self.answers))


def _lines(node: Node) -> list[str]:
    lines = textwrap.wrap(node.text, CHARS_PER_LINE) or [""]
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], lines[MAX_LINES - 1][: CHARS_PER_LINE - 1] + "…"]
    return lines


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _arrow_starts(positions, parents):
    return [positions[parent][0] + BOX_WIDTH * share for parent, share in parents if parent in positions]


def _mean(values, fallback):
    return sum(values) / len(values) if values else fallback * 1e6


def _box_height(node: Node) -> int:
    return PADDING * 2 + LINE_HEIGHT * (len(_lines(node)) + 1)


def tree_svg(nodes: list[Node], *, title: str, id_prefix: str = "tree", show_keys: bool = True) -> SafeString:
    """The whole tree as an inline ``<svg>`` element (safe to put in a template as is).

    Editors see each step's number and short name; printed posters show the number only.
    """
    if not nodes:
        return mark_safe("")
    rows = graph.layers([node.shape for node in nodes])
    positions = {}  # index -> (x, y, height)
    widest = max(len(row) for row in rows)
    width = MARGIN * 2 + widest * BOX_WIDTH + (widest - 1) * GAP_X
    parents = {}
    key_index = {}
    for index, node in enumerate(nodes):
        key_index.setdefault(node.key, index)
    for index, node in enumerate(nodes):
        for answer_index, (_label, target) in enumerate(node.answers):
            if target in key_index:
                share = (answer_index + 1) / (len(node.answers) + 1)
                parents.setdefault(key_index[target], []).append((index, share))
    y = MARGIN
    for row in rows:
        # Barycentre ordering: a box sits under the arrows leading to it, so fewer arrows cross.
        row.sort(key=lambda index: _mean(_arrow_starts(positions, parents.get(index, [])), index))
        row_width = len(row) * BOX_WIDTH + (len(row) - 1) * GAP_X
        x = (width - row_width) / 2
        row_height = max(_box_height(nodes[index]) for index in row)
        for index in row:
            positions[index] = (x, y, _box_height(nodes[index]))
            x += BOX_WIDTH + GAP_X
        y += row_height + GAP_Y
    height = y - GAP_Y + MARGIN

    by_key = key_index
    description = _("%(count)s steps; arrows show where each answer leads.") % {"count": len(nodes)}
    title_id, desc_id, arrow_id = f"{id_prefix}-title", f"{id_prefix}-desc", f"{id_prefix}-arrow"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="decision-tree-diagram" role="img" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" '
        f'aria-labelledby="{title_id} {desc_id}" font-family="Atkinson Hyperlegible, DejaVu Sans, sans-serif" '
        f'font-size="13">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(description)}</desc>',
        f'<defs><marker id="{arrow_id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#4a4a55"/></marker></defs>',
    ]
    labels = []
    for index, node in enumerate(nodes):
        x, y, box_height = positions[index]
        for answer_index, (label, target_key) in enumerate(node.answers):
            if target_key not in by_key:
                continue
            tx, ty, _target_height = positions[by_key[target_key]]
            share = (answer_index + 1) / (len(node.answers) + 1)
            x1, y1 = x + BOX_WIDTH * share, y + box_height
            x2, y2 = tx + BOX_WIDTH / 2, ty
            bend = max(abs(y2 - y1) / 2, GAP_Y / 2)
            parts.append(
                f'<path class="decision-tree-diagram__arrow" d="M{x1:.1f},{y1:.1f} C{x1:.1f},{y1 + bend:.1f} '
                f'{x2:.1f},{y2 - bend:.1f} {x2:.1f},{y2:.1f}" fill="none" stroke="#4a4a55" stroke-width="1.6" '
                f'marker-end="url(#{arrow_id})"/>'
            )
            text = _short(label, LABEL_CHARS)
            label_width = len(text) * LABEL_CHAR_WIDTH + 8
            lx, ly = (x1 + x2) / 2, (y1 + y2) / 2 + 4  # the middle of the curve
            labels.append(
                f'<g class="decision-tree-diagram__answer"><rect x="{lx - label_width / 2:.1f}" y="{ly - 11:.1f}" '
                f'width="{label_width:.1f}" height="16" rx="3" fill="#ffffff" stroke="#d6d2c8"/>'
                f'<text x="{lx:.1f}" y="{ly + 1:.1f}" text-anchor="middle" font-size="11.5" fill="#1b1b1f">'
                f"{escape(text)}</text></g>"
            )
    for index, node in enumerate(nodes):
        x, y, box_height = positions[index]
        fill, stroke = COLOURS.get(node.tone if node.is_outcome else "question", COLOURS["question"])
        kind = "outcome" if node.is_outcome else "question"
        parts.append(
            f'<g class="decision-tree-diagram__step decision-tree-diagram__step--{kind}" '
            f'data-step="{escape(node.key)}">'
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{BOX_WIDTH}" height="{box_height}" '
            f'rx="{12 if node.is_outcome else 3}" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="{2.5 if node.is_outcome else 1.6}"/>'
            f'<text x="{x + PADDING:.1f}" y="{y + PADDING + 12:.1f}" font-size="11" font-weight="700" fill="{stroke}">'
            f"{node.number}{' · ' + escape(node.key) if show_keys else ''}</text>"
        )
        for line_number, line in enumerate(_lines(node), start=1):
            parts.append(
                f'<text x="{x + PADDING:.1f}" y="{y + PADDING + 12 + LINE_HEIGHT * line_number:.1f}" fill="#1b1b1f">'
                f"{escape(line)}</text>"
            )
        parts.append("</g>")
    parts.extend(labels)  # last, so answer labels sit on top of arrows and boxes
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 (every piece of text above is escaped)
