"""Reading order for the text lines of a PDF page, which a PDF stores in drawing order only.

A resume with a sidebar is drawn row by row, so reading lines top to bottom mixes skills into
experience. We look for a vertical gutter that no line crosses over a tall band of the page, read
the band column by column (recursively, so three columns and a full-width heading above both
work), and everything else row by row. Side headings and right-aligned dates are not columns: a
column needs several lines that sit close together.
"""

from __future__ import annotations

import bisect
import itertools
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

MIN_GUTTER = 8.0  # points of empty space between two columns
MIN_COLUMN_LINES = 3
MIN_BAND_FRACTION = 0.15  # of the page height: shorter side-by-side runs are rows, not columns
MIN_CLUSTERED = 0.5  # share of a column's lines that have a neighbour within 1.5 line heights
MAX_LINES = 1_500  # beyond this, skip the search (quadratic) and read row by row
MAX_DEPTH = 6
MARGIN_FRACTION = 0.07  # top and bottom bands where headers and footers live


@dataclass(frozen=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)

    @property
    def middle(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(frozen=True)
class PageText:
    paragraphs: list[str]
    columns: bool


def in_margin(line: Line, page_height: float) -> bool:
    """Entirely inside the top or bottom band, where a word processor puts headers and footers."""
    band = page_height * MARGIN_FRACTION
    return line.y1 <= band or line.y0 >= page_height - band


def read_page(lines: Sequence[Line], page_height: float) -> PageText:
    kept = [line for line in lines if line.text.strip()]
    regions, columns = _regions(kept, page_height * MIN_BAND_FRACTION, 0)
    return PageText([p for region in regions for p in _paragraphs(region)], columns)


def _regions(lines: list[Line], min_band: float, depth: int) -> tuple[list[list[Line]], bool]:
    if depth >= MAX_DEPTH or not 2 * MIN_COLUMN_LINES <= len(lines) <= MAX_LINES:
        return [lines], False
    split = _best_split(lines, min_band)
    if split is None:
        return [lines], False
    regions: list[list[Line]] = []
    for part in split:
        if part:
            sub, _ = _regions(part, min_band, depth + 1)
            regions.extend(sub)
    return regions, True


def _best_split(lines: list[Line], min_band: float) -> tuple[list[Line], ...] | None:
    """(above, left, right, below) around the two-column band with the most lines, or None."""
    by_middle = sorted(lines, key=lambda line: line.middle)
    middles = [line.middle for line in by_middle]
    best: tuple[int, list[Line], list[Line]] | None = None
    for edge in sorted({round(line.x1) for line in lines}):
        for left, right in _bands(by_middle, middles, edge):
            score = len(left) + len(right)
            if (best is None or score > best[0]) and _is_column_pair(left, right, min_band):
                best = (score, left, right)
    if best is None:
        return None
    _, left, right = best
    inside = {id(line) for line in left + right}
    top = min(line.y0 for line in left + right)
    rest = [line for line in lines if id(line) not in inside]
    above = [line for line in rest if line.middle < top]
    below = [line for line in rest if line.middle >= top]
    return above, left, right, below


def _bands(by_middle: list[Line], middles: list[float], edge: float) -> list[tuple[list[Line], list[Line]]]:
    """Left and right lines of each vertical stretch that no line crosses at `edge`."""
    gutter_end = edge + MIN_GUTTER
    blocked: list[list[float]] = []
    for line in sorted((line for line in by_middle if line.x0 < gutter_end and line.x1 > edge + 0.5), key=_top):
        if blocked and line.y0 <= blocked[-1][1]:
            blocked[-1][1] = max(blocked[-1][1], line.y1)
        else:
            blocked.append([line.y0, line.y1])
    bounds = [float("-inf"), *(y for interval in blocked for y in interval), float("inf")]
    bands = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        inside = by_middle[bisect.bisect_right(middles, start) : bisect.bisect_left(middles, end)]
        left = [line for line in inside if line.x1 <= edge + 0.5]
        right = [line for line in inside if line.x0 >= gutter_end]
        if len(left) >= MIN_COLUMN_LINES and len(right) >= MIN_COLUMN_LINES:
            bands.append((left, right))
    return bands


def _top(line: Line) -> float:
    return line.y0


def _is_column_pair(left: list[Line], right: list[Line], min_band: float) -> bool:
    if len(left) < MIN_COLUMN_LINES or len(right) < MIN_COLUMN_LINES:
        return False
    spans = [(min(line.y0 for line in side), max(line.y1 for line in side)) for side in (left, right)]
    overlap = min(spans[0][1], spans[1][1]) - max(spans[0][0], spans[1][0])
    shorter = min(end - start for start, end in spans)
    height = max(end for _, end in spans) - min(start for start, _ in spans)
    return height >= min_band and overlap >= 0.5 * shorter and _clustered(left) and _clustered(right)


def _clustered(lines: list[Line]) -> bool:
    """Most lines have a neighbour close above or below: running text or a list, not lone labels."""
    ordered = sorted(lines, key=lambda line: line.y0)
    close = 0
    for index, line in enumerate(ordered):
        neighbours = ordered[max(index - 1, 0) : index] + ordered[index + 1 : index + 2]
        if any(_gap(line, other) <= 1.5 * line.height for other in neighbours):
            close += 1
    return close >= MIN_CLUSTERED * len(ordered)


def _gap(first: Line, second: Line) -> float:
    return max(0.0, max(first.y0, second.y0) - min(first.y1, second.y1))


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines side by side on one visual row (a job title and its dates) become one row."""
    rows: list[list[Line]] = []
    top = bottom = 0.0
    for line in sorted(lines, key=lambda line: (line.y0, line.x0)):
        if rows and min(bottom, line.y1) - max(top, line.y0) >= 0.5 * min(bottom - top, line.height):
            rows[-1].append(line)
            top, bottom = min(top, line.y0), max(bottom, line.y1)
        else:
            rows.append([line])
            top, bottom = line.y0, line.y1
    return [sorted(row, key=lambda line: line.x0) for row in rows]


def _row_text(row: list[Line]) -> str:
    parts = [row[0].text.strip()]
    for previous, line in itertools.pairwise(row):
        wide = line.x0 - previous.x1 > max(previous.height, line.height)
        parts.append(("\t" if wide else " ") + line.text.strip())
    return "".join(parts)


def _paragraphs(lines: list[Line]) -> list[str]:
    """A gap clearly wider than the usual gap between rows starts a new paragraph."""
    rows = _rows(lines)
    if not rows:
        return []
    spans = [(min(line.y0 for line in row), max(line.y1 for line in row)) for row in rows]
    gaps = [max(0.0, start - previous_end) for (_, previous_end), (start, _) in itertools.pairwise(spans)]
    usual_gap = statistics.median(gaps) if len(gaps) >= 2 else 0.0
    threshold = usual_gap + 0.4 * statistics.median(end - start for start, end in spans)
    paragraphs, current = [], [_row_text(rows[0])]
    for gap, row in zip(gaps, rows[1:], strict=True):
        if gap > threshold:
            paragraphs.append("\n".join(current))
            current = []
        current.append(_row_text(row))
    paragraphs.append("\n".join(current))
    return paragraphs
