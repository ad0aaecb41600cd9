"""Checks on an E-utilities answer before it is parsed or cached, and secret redaction."""

from __future__ import annotations

import re
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
    """Raise BadResponse for an empty body, an HTML page or an `<ERROR>` answer.

    Structure (complete XML, expected root, one line per citation) is `validate.validate`'s job.
    """
    if not body.strip():
        raise BadResponse("empty response body")
    if _HTML_START.match(body) or "html" in content_type.lower():
        raise BadResponse("NCBI sent an HTML page instead of data (service outage?)")
    if utility in XML_UTILITIES:
        error = _ERROR_ELEMENT.search(body)
        if error and error.group(1).strip():
            message = error.group(1).decode("utf-8", "replace").strip()[:200]
            raise BadResponse(f"NCBI reported an error: {message}")


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """`text` with every secret value (API key, e-mail) and any api_key=... replaced by ***."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return re.sub(r"(api_key|email)=[^&\s'\")]+", r"\1=***", text)
