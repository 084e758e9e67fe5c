"""``mine``: recurring lines and blocks across a corpus, as rule snippets ready to paste.

A line printed on many pages of one outlet is its template: labels, widgets, footers,
"More from ..." boxes. Pages are grouped by the outlet the rules match; pages only the
generic layer handles are clustered by the template lines they share, and lines common
to many clusters form a group of their own (candidates for the generic layer). Lines the
current rules already remove are counted but not proposed again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..decode import decode
from ..errors import CleanerError
from ..inputs import discover
from ..pipeline import Cleaner
from .pages import anchored_pattern, line_key, page_paragraphs, slug, toml_str

GENERIC_SHARE = 0.2  # a line on more than this share of unmatched pages belongs to many outlets
GENERIC_MIN_PAGES = 50  # ... when there are this many unmatched pages (a small corpus may be one outlet)
CLUSTER_MIN_SHARED = 2  # two pages are one template when they share this many template lines
LOWER_PART = 0.5  # a block starting below this share of the page is proposed as a cut_after
MAX_EXAMPLES = 3
MAX_LABEL = 60  # characters of a cluster's template line shown in its header
_WHERE = {  # where a group's snippets belong
    "outlet": "paste into {name}.toml",
    "cluster": "pages of one template no rule file matches: a new outlet? (cleaner rules new)",
    "generic": "lines shared by pages of many templates: candidates for the generic layer",
}


@dataclass(slots=True)
class Page:
    id: str
    outlet: str | None
    keys: list[str]  # line_key of each paragraph
    texts: list[str]  # each paragraph as matched by rules (without bullets)
    covered: set[int]  # indexes current rules already remove


@dataclass(slots=True)
class Item:
    """A recurring line (one entry in ``lines``) or block (several consecutive lines)."""

    lines: list[str]
    docs: int
    examples: list[str]
    covered: int  # pages on which current rules already remove all of it
    position: float  # mean position of its first line in the page, 0 (top) to 1 (bottom)

    @property
    def kind(self) -> str:
        return "block" if len(self.lines) > 1 else "line"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "lines": self.lines, "docs": self.docs, "examples": self.examples,
                "covered": self.covered, "position": round(self.position, 2)}


@dataclass(slots=True)
class Group:
    name: str  # outlet id, "cluster-N", or "generic"
    kind: str  # outlet | cluster | generic
    docs: int
    label: str = ""  # for clusters: the line that names the template
    items: list[Item] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "docs": self.docs, "label": self.label,
                "items": [i.to_dict() for i in self.items]}


def read_pages(corpus: Path, cleaner: Cleaner, on_page: Callable[[], None] | None = None) -> list[Page]:
    """Every readable page of the corpus with its outlet and what current rules remove."""
    pages = []
    for doc in discover(corpus):
        try:
            text = decode(doc.path.read_bytes(), max_bytes=cleaner.config.max_bytes)
            article = cleaner.clean(text, id=doc.id)
        except (CleanerError, OSError):
            continue  # unreadable pages are cleaner run's business; mining just skips them
        paras = page_paragraphs(cleaner, text)
        covered = {r.index for r in article.removed if r.kind == "paragraph"}
        pages.append(Page(doc.id, article.outlet, [line_key(p.key) for p in paras], [p.key for p in paras],
                          covered))
        if on_page:
            on_page()
    return pages


def group_pages(pages: list[Page], min_docs: int) -> list[tuple[Group, list[Page], set[str] | None]]:
    """Outlet groups, then template clusters of unmatched pages, then the generic group.

    The generic group holds lines on many unmatched pages, and recurring lines no cluster
    proposes (a line shared by pages of different templates).

    The third element restricts which lines a group may propose (None: any).
    """
    out: list[tuple[Group, list[Page], set[str] | None]] = []
    by_outlet: dict[str, list[Page]] = defaultdict(list)
    unmatched = []
    for p in pages:
        (by_outlet[p.outlet] if p.outlet else unmatched).append(p)
    for outlet in sorted(by_outlet):
        out.append((Group(outlet, "outlet", len(by_outlet[outlet])), by_outlet[outlet], None))
    if not unmatched:
        return out
    df = Counter(k for p in unmatched for k in set(p.keys))
    limit = max(min_docs, int(GENERIC_SHARE * len(unmatched))) if len(unmatched) >= GENERIC_MIN_PAGES else len(
        unmatched)
    common = {k for k, n in df.items() if n > limit}
    template = {k for k, n in df.items() if min_docs <= n <= limit}
    owned: set[str] = set()  # lines a cluster proposes; the rest recur across templates
    for n, members in enumerate(_clusters(unmatched, template), 1):
        if len(members) < min_docs:
            continue
        shared = Counter(k for p in members for k in set(p.keys) & template)
        owned |= {k for k, c in shared.items() if c >= min_docs}
        label = next((members[0].texts[members[0].keys.index(k)] for k, _ in shared.most_common(1)), "")
        out.append((Group(f"cluster-{n}", "cluster", len(members), label), members, template))
    rest = common | (template - owned)
    if rest:
        out.append((Group("generic", "generic", len(unmatched)), unmatched, rest))
    return out


def _clusters(pages: list[Page], template: set[str]) -> list[list[Page]]:
    """Connected components of pages that share at least CLUSTER_MIN_SHARED template lines."""
    parent = list(range(len(pages)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    lines = [set(p.keys) & template for p in pages]
    for i in range(len(pages)):
        for j in range(i + 1, len(pages)):
            if len(lines[i] & lines[j]) >= CLUSTER_MIN_SHARED:
                parent[find(i)] = find(j)
    groups: dict[int, list[Page]] = defaultdict(list)
    for i, p in enumerate(pages):
        groups[find(i)].append(p)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0].id))


def recurring(pages: list[Page], min_docs: int, allowed: set[str] | None) -> list[Item]:
    """Lines on at least ``min_docs`` pages, and maximal runs of them shared by that many."""
    df = Counter(k for p in pages for k in set(p.keys))
    hot = {k for k, n in df.items() if n >= min_docs and (allowed is None or k in allowed)}
    found: dict[tuple[str, ...], dict[str, Any]] = {}
    for p in pages:
        seen: set[tuple[str, ...]] = set()
        runs = _runs(p, hot)
        for start, end in runs:
            spans = [(i, i + 1) for i in range(start, end)] + ([(start, end)] if end - start > 1 else [])
            for a, b in spans:
                key = tuple(p.keys[a:b])
                if key in seen:
                    continue
                seen.add(key)
                entry = found.setdefault(key, {"texts": p.texts[a:b], "docs": [], "covered": 0, "pos": 0.0})
                entry["docs"].append(p.id)
                entry["covered"] += all(i in p.covered for i in range(a, b))
                entry["pos"] += a / max(1, len(p.keys))
    items = [Item(e["texts"], len(e["docs"]), e["docs"][:MAX_EXAMPLES], e["covered"], e["pos"] / len(e["docs"]))
             for e in found.values() if len(e["docs"]) >= min_docs]
    return sorted(items, key=lambda i: (-i.docs, -len(i.lines), i.lines))


def _runs(page: Page, hot: set[str]) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, k in enumerate(page.keys + [None]):  # type: ignore[list-item]
        if k in hot and start is None:
            start = i
        elif k not in hot and start is not None:
            runs.append((start, i))
            start = None
    return runs


def mine(corpus: Path, cleaner: Cleaner, *, min_docs: int = 3, top: int = 20,
         on_page: Callable[[], None] | None = None) -> list[Group]:
    """Recurring lines and blocks per outlet / template cluster, ``top`` of each kind per group."""
    pages = read_pages(corpus, cleaner, on_page)
    groups = []
    for group, members, allowed in group_pages(pages, min_docs):
        items = recurring(members, min_docs, allowed)
        blocks = [i for i in items if i.kind == "block"][:top]
        in_blocks = {t for b in blocks for t in b.lines}  # proposed with their block already
        lines = [i for i in items if i.kind == "line" and i.lines[0] not in in_blocks][:top]
        group.items = blocks + lines
        if group.items:
            groups.append(group)
    return groups


def snippets(group: Group) -> str:
    """The group's items as TOML rules; items current rules already remove everywhere are left out."""
    fresh = [i for i in group.items if i.covered < i.docs]
    head = f"# === {group.kind} {group.name}: {group.docs} documents"
    label = group.label if len(group.label) <= MAX_LABEL else group.label[:MAX_LABEL - 1] + "…"
    head += f", template line {label!r}" if label else ""
    lines = [head + " ===", f"# {_WHERE[group.kind].format(name=group.name)}"]
    if len(fresh) < len(group.items):
        lines.append(f"# ({len(group.items) - len(fresh)} recurring items already removed by current rules)")
    taken: set[str] = set()
    for item in fresh:
        where = f"on {item.docs} documents (e.g. {', '.join(item.examples)})"
        if item.covered:
            where += f", already removed on {item.covered}"
        if item.kind == "block" and item.position >= LOWER_PART:
            lines += ["", "[[cut_after]]", f"id = {toml_str(slug(item.lines[0], taken))}",
                      f"comment = {toml_str(f'block of {len(item.lines)} lines {where}')}",
                      f"pattern = {toml_str(anchored_pattern(item.lines[0]))}"]
        elif item.kind == "block":
            lines += ["", "[[drop]]", f"id = {toml_str(slug(item.lines[0], taken))}",
                      f"comment = {toml_str(f'block of {len(item.lines)} lines {where}')}",
                      "pattern = [", *(f"  {toml_str(anchored_pattern(t))}," for t in item.lines), "]"]
        else:
            lines += ["", "[[drop]]", f"id = {toml_str(slug(item.lines[0], taken))}",
                      f"comment = {toml_str(where)}", f"pattern = {toml_str(anchored_pattern(item.lines[0]))}"]
    return "\n".join(lines) + "\n"
