"""Bytes → text: encoding detection (UTF-8 ± BOM, UTF-16 with BOM, GB18030/GBK) and refusals."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import InputError

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
_CONVERT_HINT = "save the article as UTF-8 or GB18030 text, Markdown or HTML"


@dataclass(frozen=True)
class Decoded:
    text: str  # newlines normalised to "\n"
    encoding: str


MAX_INPUT_BYTES = 20_000_000  # default input size cap; the CLI's --max-input-size changes it
_limit = [MAX_INPUT_BYTES]


def set_max_input_size(limit: int) -> None:
    """Set the size cap (bytes) that `read_file_bytes` applies to every input file."""
    _limit[0] = max(1, int(limit))


def read_file_bytes(file: Path, *, where: str, what: str, missing: str, missing_hint: str,
                    not_file_hint: str) -> bytes:
    """The bytes of an input file, or an `InputError` naming it (missing, a folder, unreadable,
    larger than the input size cap — checked before reading, and never read past it)."""
    if not file.exists():
        raise InputError(missing, path=where, hint=missing_hint)
    if not file.is_file():
        raise InputError("not a file", path=where, hint=not_file_hint)
    limit = _limit[0]
    too_big = InputError(f"{what} is larger than {limit / 1_000_000:g} MB", path=where,
                         hint="raise --max-input-size if it really is that long")
    try:
        if file.stat().st_size > limit:
            raise too_big
        with file.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror}", path=where) from None
    if len(data) > limit:
        raise too_big
    return data


def decode_bytes(data: bytes, *, path: str | None = None) -> Decoded:
    """Decode an article's bytes; raise `InputError` for empty, binary or undecodable input."""
    if not data.strip():
        raise InputError("the file is empty", path=path, hint="nothing to check")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"this is {what}, not a text article", path=path,
                             hint=_CONVERT_HINT)
    text, encoding = _decode(data, path)
    if _looks_binary(text):
        raise InputError("this looks like a binary file, not a text article", path=path,
                         hint=_CONVERT_HINT)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("the file is empty", path=path, hint="nothing to check")
    return Decoded(text=text, encoding=encoding)


def decode_html(data: bytes, declared: str | None, *, path: str | None = None) -> Decoded:
    """Decode a web page: the charset from the HTTP header or a `<meta>` tag when it decodes
    the bytes, otherwise as `decode_bytes` does (UTF-8 ± BOM, UTF-16, GB18030)."""
    charset = _codec(declared or _meta_charset(data[:4096]))
    if charset and charset not in ("utf-8", "utf-16") and data.strip() and not any(
            data.startswith(magic) for magic, _ in _MAGIC):
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if not _looks_binary(text):
                return Decoded(text=text.replace("\r\n", "\n").replace("\r", "\n"),
                               encoding=charset)
    return decode_bytes(data, path=path)


def _meta_charset(head: bytes) -> str | None:
    found = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})", head, re.I)
    return found.group(1).decode("ascii") if found else None


def _codec(name: str | None) -> str | None:
    """A Python codec name; GB2312/GBK pages are read as their superset GB18030."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    return "gb18030" if codec in ("gb2312", "gbk") else codec


def _decode(data: bytes, path: str | None) -> tuple[str, str]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if len(data) % 2:
            raise InputError("UTF-16 text with an odd number of bytes: the file is cut off or "
                             "damaged", path=path, hint=_CONVERT_HINT)
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise _undecodable(data, exc, path) from None
    if b"\x00" in data:
        raise InputError("this looks like a binary file (it contains NUL bytes)", path=path,
                         hint=_CONVERT_HINT)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _undecodable(data, exc, path, offset=len(codecs.BOM_UTF8)) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        if _damaged_utf8(data):
            raise _undecodable(data, utf8_error, path) from None
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise _undecodable(data, utf8_error, path) from None
        if not _plausible_chinese(text):
            raise _undecodable(data, utf8_error, path) from None
        if _utf16_without_bom(data, text):
            odd = " with an odd number of bytes" if len(data) % 2 else ""
            raise InputError(f"this looks like UTF-16 text without a byte-order mark{odd}, not "
                             "GB18030", path=path, hint=_CONVERT_HINT) from None
        return text, "gb18030"


def _undecodable(data: bytes, exc: UnicodeDecodeError, path: str | None,
                 offset: int = 0) -> InputError:
    position = exc.start + offset
    line = data[:position].count(b"\n") + 1
    return InputError(f"cannot decode byte 0x{data[position]:02x}: the file is neither UTF-8 "
                      "nor GB18030/GBK text", path=path, line=line, hint=_CONVERT_HINT)


def _damaged_utf8(data: bytes) -> bool:
    """Mostly valid UTF-8 with a few bad bytes: refuse rather than read it as GB18030 mojibake."""
    lossy = data.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd")
    wide = sum(1 for ch in lossy if ord(ch) > 0x7F) - bad
    return wide >= 10 and bad * 20 < wide


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    controls = sum(1 for ch in sample
                   if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    return controls > max(2, len(sample) // 100)


def _plausible_chinese(text: str) -> bool:
    """GB18030 decodes many byte soups; accept it only when the result reads like Chinese."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return True
    common = sum(1 for ch in wide
                 if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
                 or "\uff00" <= ch <= "\uffef" or ch in "“”‘’—…·")
    return common / len(wide) >= 0.9


def _common_share(text: str) -> float:
    """Share of the Chinese characters that are among the 3,755 most common (GB2312 level 1)."""
    ideographs = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not ideographs:
        return 0.0
    return sum(1 for ch in ideographs if _gb2312_level1(ch)) / len(ideographs)


def _gb2312_level1(ch: str) -> bool:
    try:
        return 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
    except UnicodeEncodeError:
        return False


def _utf16_without_bom(data: bytes, gb_text: str) -> bool:
    """GB18030 gives rare characters where UTF-16 (cut to an even length) gives common ones."""
    if _common_share(gb_text) >= 0.5:
        return False
    even = data[: len(data) - len(data) % 2]
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            if _common_share(even.decode(codec)) >= 0.8:
                return True
        except UnicodeDecodeError:
            continue
    return False
