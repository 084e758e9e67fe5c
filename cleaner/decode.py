"""Bytes to text: gzip, BOMs, declared HTML charsets, UTF-8, UTF-16/32, then cp1252 or detection.

Every failure is an :class:`InputError` with a short ``kind`` so that a corpus run can
account for each input as a record or an error entry.

The order matters. Strict UTF-8 goes first because legacy bytes almost never form valid
UTF-8 by accident. Charset detectors are weakest on short pages, which is most news
snippets: on English text with a few curly quotes they happily answer cp1250 or cp437.
So a page that reads as plausible Western text in cp1252 (few non-ASCII letters, no
symbols inside words) is taken as cp1252, and the detector is asked only otherwise, or
to recognise a Central European page that cp1252 would garble.
"""

from __future__ import annotations

import codecs
import re
import zlib

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import regex
from charset_normalizer import from_bytes

from .errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # cap on decompressed size when the caller gives none
BINARY_CONTROL_SHARE = 0.05  # more control bytes than this in the sample: not text
WIDE_NUL_SHARE = 0.1  # NULs on this share of one byte position: UTF-16/32 without BOM
WIDE_OTHER_NUL_SHARE = 0.01  # ... and on at most this share of the other positions
WESTERN_MAX_NON_ASCII = 0.3  # cp1252 is plausible when at most this share of letters is non-ASCII
WESTERN_MAX_ODD = 0.05  # ... and symbols inside words are at most this share of non-ASCII chars
CENTRAL_MARGIN = 0.05  # coherence a cp1250-family reading needs above cp1252's to replace it
DETECT_MIN_COHERENCE = 0.2  # below this the detector's language guess is noise (short pages)
DETECT_BYTES = 256 * 1024  # what the charset detector sees: enough to decide, bounded time
HTML_SNIFF_BYTES = 4096
_SAMPLE = 8192

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_GZIP_MAGIC = b"\x1f\x8b"
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
    b"\xfd7zXZ\x00": "xz-compressed data",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"SQLite format 3\x00": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an MS Office document",
}
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml encoding="x"?>
_DECLARED = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})"""
                       rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 in a web page; UTF-16/32 and UTF-7 labels are ignored
# without a BOM (a page cannot really declare them in ASCII), and so are codecs Python has but
# the web does not.
_WEB_CP1252 = {"iso8859-1", "ascii", "cp1252", "latin-1", "iso8859-15"}
_IGNORED_DECLARED = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-7"}
# A non-ASCII symbol between two letters ("powiedzia³"): cp1252 is the wrong code page.
_ODD_IN_WORD = regex.compile(r"(?<=\p{L})[^\p{L}\p{Z}\x00-\x7f\u00ad\u00b7\u2010-\u2027](?=\p{L})|[\x80-\x9f]")
_CENTRAL_EUROPEAN = {"cp1250", "iso8859_2", "mac_latin2", "cp852"}
_CENTRAL_LANGUAGES = {"Polish", "Czech", "Slovak", "Hungarian", "Slovene", "Croatian", "Romanian"}
# Anything a reader would see: not whitespace, not a zero-width or control character.
_VISIBLE = re.compile(r"[^\s\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
                      r"\x00-\x08\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes, *, max_bytes: int | None = None) -> str:
    """Decode one document; raise InputError(kind) when it is not a text page.

    >>> decode("It’s “news”".encode("cp1252"))
    'It’s “news”'
    >>> decode("Héllo".encode("utf-16-le"))
    'Héllo'
    """
    limit = max_bytes if max_bytes is not None else DEFAULT_MAX_BYTES
    if len(data) > limit:
        raise InputError("too-large", f"{len(data):,} bytes is over the limit of {limit:,}")
    if data.startswith(_GZIP_MAGIC):
        data = gunzip(data, limit)
    return _check_text(_decode_bytes(data))


def _decode_bytes(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError("binary", f"looks like {what}, not a text page")
    wide = _wide_unicode(data)
    if wide is not None:
        return wide
    if _looks_binary(data[:_SAMPLE]):
        raise InputError("binary", "binary content (control bytes), not a text page")
    declared = _declared_charset(data[:HTML_SNIFF_BYTES])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # Valid non-ASCII UTF-8 beats a declared legacy charset: scrapers often re-save a
        # page as UTF-8 and keep its old <meta charset>.
        if declared is None or not text.isascii() or declared == "utf-8":
            return text
    if declared is not None:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration is wrong: detect instead
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    return _legacy(data)


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data (several members allowed), refusing to grow past ``limit`` bytes."""
    out: list[bytes] = []
    size = 0
    rest = data
    try:
        while rest:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            chunk = d.decompress(rest, limit + 1 - size)
            while True:
                size += len(chunk)
                if size > limit:
                    raise InputError("too-large", f"gzip data expands to more than the limit of {limit:,} bytes")
                out.append(chunk)
                if not d.unconsumed_tail:
                    break
                chunk = d.decompress(d.unconsumed_tail, limit + 1 - size)
            if not d.eof:
                raise InputError("decode", "truncated gzip data")
            rest = d.unused_data
            if rest and not rest.startswith(_GZIP_MAGIC):
                break  # trailing garbage after the last member: ignored, as gzip(1) does
    except zlib.error as exc:
        raise InputError("decode", f"corrupt gzip data: {exc}") from None
    return b"".join(out)


def _wide_unicode(data: bytes) -> str | None:
    """Decode BOM-less UTF-32 or UTF-16 recognised by where its NUL bytes fall."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    quarter = len(sample) // 4 or 1
    by4 = [sample[i::4].count(0) / quarter for i in range(4)]
    if min(by4[2], by4[3]) > 0.9 and by4[0] < WIDE_OTHER_NUL_SHARE:
        candidates = ["utf-32-le"]
    elif min(by4[0], by4[1]) > 0.9 and by4[3] < WIDE_OTHER_NUL_SHARE:
        candidates = ["utf-32-be"]
    else:
        half = len(sample) // 2 or 1
        even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
        if odd > WIDE_NUL_SHARE and even < WIDE_OTHER_NUL_SHARE:
            candidates = ["utf-16-le"]
        elif even > WIDE_NUL_SHARE and odd < WIDE_OTHER_NUL_SHARE:
            candidates = ["utf-16-be"]
        else:
            return None
    for encoding in candidates:
        text = data.decode(encoding, errors="replace")  # an odd last byte is not a reason to fail
        head = text[:4096]
        if _printable_share(head) > 0.9 and head.count("\ufffd") <= 0.01 * len(head):
            return text
    return None


def _printable_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for c in text if c.isprintable() or c in "\n\r\t") / len(text)


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not per byte
    return controls / len(sample) > BINARY_CONTROL_SHARE


_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])


def _declared_charset(head: bytes) -> str | None:
    """The charset an HTML or XML page declares in its first bytes, as a Python codec name."""
    m = _DECLARED.search(head)
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in _IGNORED_DECLARED:
        return None
    if name in _WEB_CP1252:
        return "sloppy-windows-1252"
    try:
        b"".decode(name)  # bytes-to-bytes codecs (hex, zlib, rot13) are not text encodings
    except LookupError:
        return None
    return name


def _utf8_fallback(exc: UnicodeError) -> tuple[str, int]:
    # One undecodable byte read as cp1252: a UTF-8 page with a stray legacy quote in it.
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start:exc.start + 1]
    return bad.decode("sloppy-windows-1252"), exc.start + 1


codecs.register_error("cleaner-cp1252", _utf8_fallback)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray legacy bytes: keep the UTF-8, read the strays as cp1252."""
    head = data[:DETECT_BYTES]
    good = len(_UTF8_MULTIBYTE.findall(head))
    if not good:
        return None
    strays = head.decode("utf-8", errors="replace").count("\ufffd") - head.count(b"\xef\xbf\xbd")
    if good < 2 * strays:
        return None
    return data.decode("utf-8", errors="cleaner-cp1252")


def _legacy(data: bytes) -> str:
    """A single-byte (or CJK) legacy encoding: cp1252 when plausible, else the detector's pick."""
    western = data.decode("sloppy-windows-1252")
    plausible = _plausible_western(western)
    if plausible and not _has_central_letters(data):
        return western
    # Ties go to the Windows code pages: scraped legacy pages are far more often cp125x.
    results = sorted(from_bytes(data[:DETECT_BYTES]),
                     key=lambda m: (round(m.chaos, 2), not (m.encoding or "").startswith("cp125")))
    if plausible:
        # Only a Central European reading the detector is surer of may override cp1252.
        cp1252 = max((m.coherence for m in results if m.encoding == "cp1252"), default=0.0)
        for match in results:
            if (match.encoding in _CENTRAL_EUROPEAN and match.language in _CENTRAL_LANGUAGES
                    and match.coherence > cp1252 + CENTRAL_MARGIN):
                return data.decode(match.encoding, errors="replace")
        return western
    confident = [m for m in results if m.encoding and m.coherence >= DETECT_MIN_COHERENCE]
    for match in confident + [None] + results:
        if match is None:  # the detector is unsure: short Cyrillic pages are the usual case
            cyrillic = _cyrillic(data)
            if cyrillic is not None:
                return cyrillic
            continue
        if match.encoding is None:
            continue
        try:
            text = data.decode(match.encoding, errors="replace")
        except LookupError:
            continue
        if match.encoding in _CENTRAL_EUROPEAN or _plausible_western(text) or not _latin_family(match.encoding):
            return text
    raise InputError("decode", "cannot detect the text encoding")


_CYRILLIC_CODECS = ("cp1251", "koi8_r")
_CASE_FLIP = regex.compile(r"\p{Ll}\p{Lu}")  # "нЙОЙУФТ": koi8 read as cp1251 inverts case
_CYRILLIC_LETTER = regex.compile(r"\p{Cyrillic}")
_LETTER = regex.compile(r"\p{L}")


def _cyrillic(data: bytes) -> str | None:
    """A Russian-style page in cp1251 or KOI8-R; detectors miss these on short texts.

    Both code pages read Cyrillic bytes as Cyrillic letters; the wrong one swaps upper and
    lower case, so the reading with fewer case flips inside words wins.
    """
    head = data[:DETECT_BYTES]
    best: tuple[int, str] | None = None
    for codec in _CYRILLIC_CODECS:
        try:
            text = head.decode(codec)
        except UnicodeDecodeError:
            continue
        letters = len(_LETTER.findall(text))
        if not letters or len(_CYRILLIC_LETTER.findall(text)) < 0.5 * letters:
            continue
        flips = len(_CASE_FLIP.findall(text))
        if best is None or flips < best[0]:
            best = (flips, codec)
    if best is None:
        return None
    return data.decode(best[1], errors="replace")


def _plausible_western(text: str) -> bool:
    sample = text[:DETECT_BYTES]
    letters = sum(1 for c in sample if c.isalpha())
    non_ascii = sum(1 for c in sample if not c.isascii())
    non_ascii_letters = sum(1 for c in sample if not c.isascii() and c.isalpha())
    if letters == 0:
        return non_ascii == 0
    if non_ascii_letters > WESTERN_MAX_NON_ASCII * letters:
        return False
    odd = len(_ODD_IN_WORD.findall(sample))
    return odd <= WESTERN_MAX_ODD * non_ascii


# Bytes where cp1250 has a letter that cp1252 prints differently (ł ą ś ź ż ć ń ě č ř ...).
_CENTRAL_BYTES = re.compile(rb"[\x8a-\x8f\x9a-\x9f\xa3\xa5\xaa\xaf\xb3\xb9\xba\xbc\xbe\xbf\xc3\xc5\xc6\xc8\xca"
                            rb"\xcc\xcf\xd0\xd1\xd2\xd5\xd8\xd9\xdb\xde\xe3\xe5\xe6\xe8\xea\xec\xef\xf0\xf1"
                            rb"\xf2\xf5\xf8\xf9\xfb\xfe]")


def _has_central_letters(data: bytes) -> bool:
    """Whether cp1250 would read some bytes as other letters than cp1252 does."""
    return _CENTRAL_BYTES.search(data[:DETECT_BYTES]) is not None


def _latin_family(encoding: str) -> bool:
    return encoding.startswith(("cp12", "iso8859", "latin", "mac_", "cp4", "cp8")) and encoding not in (
        "cp1251", "cp1253", "cp1255", "cp1256", "iso8859_5", "iso8859_7", "iso8859_8", "mac_cyrillic",
        "mac_greek", "cp855", "cp866", "cp737", "cp869", "cp862", "cp864")


def _check_text(text: str) -> str:
    if not text.strip() or _VISIBLE.search(text) is None:
        raise InputError("empty", "the document is empty or only whitespace")
    return text
