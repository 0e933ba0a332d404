"""Bytes -> str for text formats: BOMs, UTF-8, UTF-16, legacy encodings; junk is refused."""
from __future__ import annotations

import codecs
import re

from ..errors import DecodeError

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII text is NUL."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _junk_ratio(text: str) -> float:
    """Share of characters that no text document contains (controls, NULs, replacement)."""
    if not text:
        return 0.0
    bad = len(_JUNK.findall(text))
    return bad / len(text)


_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")  # controls other than tab, newlines and form feed


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a text document; raise ``DecodeError`` for binary or undecodable input."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None) or _looks_utf16(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise DecodeError(name, f"invalid {encoding} text at byte {exc.start}") from exc
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_legacy(data, name)
    if _junk_ratio(text) > 0.02:
        raise DecodeError(name, "looks like binary data, not text (control characters)")
    return text.lstrip("\ufeff")


def _decode_legacy(data: bytes, name: str) -> str:
    """Not UTF-8: Windows-1252 (a superset of Latin-1 for text) is by far the most common legacy
    encoding of CVs; statistical detection is unreliable on short documents, so it is only asked
    when cp1252 cannot decode the bytes."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best)
    return data.decode("latin-1")  # maps every byte; the junk check still rejects binary files
