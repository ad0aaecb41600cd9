"""The `claimcheck` command: a thin shell over the library API."""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from claimcheck import __version__
from claimcheck.commands import check, extract, resolve, verify
from claimcheck.errors import ClaimcheckError

_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO})


class UsageError(Exception):
    """A command-line usage mistake (exit 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line instead of the whole usage text."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="claimcheck",
        description="Check the claims of an article against the PubMed/PMC sources it cites.",
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (extract, resolve, check, verify):
        module.add_parser(sub)
    return parser


class _StderrNotices(logging.Handler):
    """Library notices (e.g. E-utilities retries) as `claimcheck: …` lines on the current
    stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"claimcheck: {record.getMessage()}", file=sys.stderr)


def _log_notices(*, enabled: bool) -> None:
    logger = logging.getLogger("claimcheck")
    for handler in [h for h in logger.handlers if isinstance(h, _StderrNotices)]:
        logger.removeHandler(handler)
    if enabled:
        logger.addHandler(_StderrNotices(logging.WARNING))
        logger.setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except UsageError as exc:
        print(f"claimcheck: usage: {exc}", file=sys.stderr)
        return 2
    from claimcheck.article.decode import MAX_INPUT_BYTES, set_max_input_size

    set_max_input_size(getattr(args, "max_input_size", None) or MAX_INPUT_BYTES)
    _log_notices(enabled=not getattr(args, "quiet", False))
    try:
        return int(args.run(args))
    except ClaimcheckError as exc:
        print(f"claimcheck: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        if exc.errno not in _WRITE_ERRORS:
            if os.environ.get("CLAIMCHECK_DEBUG"):
                raise
            print(f"claimcheck: internal error: OSError: {exc}", file=sys.stderr)
            return 1
        where = exc.filename or "standard output"
        print(f"claimcheck: {where}: cannot write: {exc.strerror} (free some space or write "
              "elsewhere)", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug: one line for the user, the traceback only on request
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        print(f"claimcheck: internal error: {type(exc).__name__}: {exc} "
              "(set CLAIMCHECK_DEBUG=1 for the traceback, and please report it)", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
