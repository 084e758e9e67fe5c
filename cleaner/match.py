"""Pick the outlet whose rules apply to a page: by URL domain, else by text fingerprints."""

from __future__ import annotations

from urllib.parse import urlsplit

from .doc import Doc
from .rules.loader import Rulebook


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return host.lower() if host else None


def match_outlet(book: Rulebook, page: str, url: str | None = None, doc: Doc | None = None) -> str | None:
    """The id of the best matching outlet, or None (generic rules only).

    A domain match is decisive. Otherwise the outlet whose fingerprints hit most wins,
    provided it reaches its ``min_hits``; ties go to the file loaded first.
    """
    host = domain_of(url)
    if host:
        for f in book.matchable:
            if any(host == d or host.endswith("." + d) for d in f.match_domains):
                return f.id
    best: tuple[int, str] | None = None
    probe = doc or Doc([])
    # One RE2 pass over the page tells which fingerprints may be on it; most pages carry none.
    may = book.fingerprint_screen.candidates(page) if book.fingerprint_screen else frozenset()
    k = 0
    for f in book.matchable:
        found = [k + n in may for n in range(len(f.match_text))]
        k += len(f.match_text)
        if sum(found) < f.min_hits:
            continue  # even if every candidate matched, too few hits
        hits = sum(1 for rx, ok in zip(f.match_text, found) if ok and probe.search(rx, page, f"{f.id}/match"))
        if hits >= f.min_hits and hits > 0 and (best is None or hits > best[0]):
            best = (hits, f.id)
    return best[1] if best else None
