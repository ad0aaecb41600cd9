"""Errors a user can act on. The CLI prints them as one line and exits with their code."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class: a message meant for the user, plus the CLI exit code."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(ClaimcheckError):
    """The input cannot be used (missing, empty, binary, undecodable, malformed claims file)."""

    exit_code = 2


class NetworkError(ClaimcheckError):
    """NCBI could not be reached or kept failing after retries."""

    exit_code = 3


class OfflineMiss(NetworkError):
    """Offline mode (or a cassette) has no answer for a request."""
