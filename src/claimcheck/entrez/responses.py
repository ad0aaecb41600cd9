"""Checks on an E-utilities answer before it is parsed or cached, and secret redaction."""

from __future__ import annotations

import re
import xml.parsers.expat
from collections.abc import Iterable

XML_UTILITIES = frozenset({"efetch", "esearch", "elink", "esummary"})
SECRET_PARAMS = ("api_key", "email")

_ERROR_ELEMENT = re.compile(rb"<ERROR>(.*?)</ERROR>", re.DOTALL)
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html)", re.IGNORECASE)


class BadResponse(Exception):
    """An answer that must not be used or cached (HTML page, <ERROR>, cut-off XML, ...)."""

    def __init__(self, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def check_body(utility: str, body: bytes, content_type: str = "") -> None:
    """Raise BadResponse unless `body` is a complete, well-formed answer for `utility`."""
    if not body.strip():
        raise BadResponse("empty response body")
    if _HTML_START.match(body) or "html" in content_type.lower():
        raise BadResponse("NCBI sent an HTML page instead of data (service outage?)")
    if utility in XML_UTILITIES:
        _check_xml(body)
    elif utility == "ecitmatch":
        _check_citmatch(body)


def _check_xml(body: bytes) -> None:
    error = _ERROR_ELEMENT.search(body)
    if error and error.group(1).strip():
        message = error.group(1).decode("utf-8", "replace").strip()
        raise BadResponse(f"NCBI reported an error: {message}")
    parser = xml.parsers.expat.ParserCreate()
    # Only well-formedness is checked here: external DTDs are never loaded by this parser.
    try:
        parser.Parse(body, True)
    except xml.parsers.expat.ExpatError as exc:
        raise BadResponse(f"incomplete or malformed XML ({exc})") from None


def _check_citmatch(body: bytes) -> None:
    text = body.decode("utf-8", "replace")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or any("|" not in line for line in lines):
        raise BadResponse("ECitMatch answer is not in the journal|year|...|PMID line format")


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """`text` with every secret value (API key, e-mail) and any api_key=... replaced by ***."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return re.sub(r"(api_key|email)=[^&\s'\")]+", r"\1=***", text)
