"""Bytes in any common encoding become the right text; non-text inputs are refused with a kind."""

from __future__ import annotations

import codecs
import gzip
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.decode import decode
from cleaner.errors import InputError

NEWS = ("WASHINGTON (Reuters) \u2013 The minister said \u201cwe will not resign\u201d on Monday.\n\n"
        "He added that it\u2019s over, and the caf\u00e9 owners\u2019 complaints were \u201cnoted\u201d.")
SHORT = "It\u2019s a \u201cgood\u201d day \u2014 caf\u00e9."
RUSSIAN = "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438\u043b \u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a."
POLISH = ("Minister powiedzia\u0142 w poniedzia\u0142ek, \u017ce rz\u0105d nie poda si\u0119 do dymisji "
          "mimo rosn\u0105cej presji opozycji.")


@pytest.mark.parametrize("text, encoding", [
    (NEWS, "cp1252"),
    (SHORT, "cp1252"),  # short texts are where detectors guess cp1250 or cp437
    ("Prices rose to \u20ac300 \u2022 \u00a9 2014", "cp1252"),
    ("Caf\u00e9 cr\u00e8me \u00e0 la fran\u00e7aise, na\u00efve fa\u00e7ade.", "latin-1"),
    ("Der Minister sagte, dass er nicht zur\u00fccktreten w\u00fcrde. Gr\u00fc\u00dfe aus M\u00fcnchen.", "cp1252"),
    (POLISH, "cp1250"),
    (RUSSIAN, "cp1251"),
    (RUSSIAN, "koi8_r"),
    (NEWS, "utf-8"),
    (NEWS, "utf-8-sig"),
    (NEWS, "utf-16"),  # with BOM
    (NEWS, "utf-16-le"),  # without BOM: found by where the NULs are
    (NEWS, "utf-16-be"),
    (RUSSIAN + " \u2014 ok", "utf-16-le"),
    (NEWS, "utf-32"),
    (NEWS, "utf-32-le"),
    (NEWS, "utf-32-be"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 12 else None)
def test_encodings_come_out_as_the_right_text(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_explicit_utf16_boms() -> None:
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                     (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")):
        assert decode(bom + SHORT.encode(enc)) == SHORT


def test_utf8_with_a_stray_cp1252_byte_keeps_both() -> None:
    data = ("Caf\u00e9 \u2014 " * 5).encode() + b"it\x92s here"
    assert decode(data) == "Caf\u00e9 \u2014 " * 5 + "it\u2019s here"


def test_html_declared_charset_is_honoured() -> None:
    page = (b'<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; '
            b'charset=windows-1251"></head><body><p>' + RUSSIAN.encode("cp1251") + b"</p></body></html>")
    assert RUSSIAN in decode(page)
    latin = b'<html><head><meta charset="iso-8859-1"></head><p>Don\x92t</p></html>'
    assert "Don\u2019t" in decode(latin)  # WHATWG: iso-8859-1 means windows-1252


@pytest.mark.parametrize("label", ["hex", "rot13", "zlib", "no-such-codec", "utf-7"])
def test_declared_charset_that_is_not_a_text_codec_is_ignored(label: str) -> None:
    page = f'<html><meta charset="{label}"><p>'.encode() + SHORT.encode("cp1252") + b"</p>"
    assert SHORT in decode(page)


def test_gzip_is_decompressed_transparently() -> None:
    assert decode(gzip.compress(NEWS.encode("utf-16"))) == NEWS
    assert decode(gzip.compress(b"First ") + gzip.compress(b"member")) == "First member"


def test_gzip_bomb_is_refused() -> None:
    bomb = gzip.compress(b"\0" * 20_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    with pytest.raises(InputError) as err:
        decode(bomb, max_bytes=1_000_000)
    assert err.value.kind == "too-large"


@pytest.mark.parametrize("data", [gzip.compress(b"a" * 10_000)[:-12], b"\x1f\x8b\x08garbage" * 3])
def test_corrupt_gzip_is_a_decode_error(data: bytes) -> None:
    with pytest.raises(InputError) as err:
        decode(data)
    assert err.value.kind == "decode"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    b"\xff\xd8\xff\xe0\x00\x10JFIF",
    b"PK\x03\x04\x14\x00",
    bytes(range(32)) * 100,
    zlib.compress(b"deflate without gzip header" * 50),
])
def test_binary_files_are_refused(data: bytes) -> None:
    with pytest.raises(InputError) as err:
        decode(data)
    assert err.value.kind == "binary"


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t ", "\u200b\u200d\ufeff\n\u202e".encode(), b"\x00\x00\n"])
def test_empty_or_invisible_files_are_refused(data: bytes) -> None:
    with pytest.raises(InputError) as err:
        decode(data)
    assert err.value.kind in ("empty", "binary")


def test_oversized_input_is_refused() -> None:
    with pytest.raises(InputError) as err:
        decode(b"x" * 2000, max_bytes=1000)
    assert err.value.kind == "too-large"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text = decode(data)
    except InputError as exc:
        assert exc.kind in ("binary", "empty", "decode", "too-large")
    else:
        assert isinstance(text, str) and text.strip()
