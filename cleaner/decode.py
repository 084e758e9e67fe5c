"""Bytes to text: BOMs, UTF-8, then charset detection; binary and empty files rejected.

Every failure is an :class:`InputError` with a short ``kind`` so that a corpus run can
account for each input as a record or an error entry.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# File signatures of formats that are never text pages.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "an executable",
    b"RIFF": "a RIFF media file",
    b"\x28\xb5\x2f\xfd": "zstd-compressed data",
    b"BZh": "bzip2-compressed data",
}
BINARY_CONTROL_SHARE = 0.05  # more control bytes than this in the sample: not text
_SAMPLE = 8192


def decode(data: bytes, *, max_bytes: int | None = None) -> str:
    """Decode one document; raise InputError(kind) when it is not a text page."""
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError("too-large", f"{len(data):,} bytes is over the limit of {max_bytes:,}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _check_text(data[len(bom):].decode(encoding, errors="replace"))
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError("binary", f"looks like {what}, not a text page")
    if _looks_binary(data[:_SAMPLE]):
        raise InputError("binary", "binary content (control bytes), not a text page")
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[: 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise InputError("decode", "cannot detect the text encoding")
    return _check_text(data.decode(best.encoding, errors="replace"))


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    if b"\x00" in sample and _utf16_guess(sample):
        return False  # BOM-less UTF-16 is still text; charset detection will decode it
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls / len(sample) > BINARY_CONTROL_SHARE


def _utf16_guess(sample: bytes) -> bool:
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    return max(even, odd) / half > 0.3 and min(even, odd) / half < 0.05


def _check_text(text: str) -> str:
    if not text.strip():
        raise InputError("empty", "the document is empty or only whitespace")
    return text
