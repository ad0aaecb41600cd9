"""Recorded E-utilities interactions (vcrpy cassettes) and `open_client`, the configured client.

A cassette replays wherever E-utilities is said to live: requests are matched on method,
utility (the last path segment), query and body — never on scheme, host or port — and the
identity parameters api_key, email and tool are filtered out before recording and matching.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import vcr
import yaml

from claimcheck.entrez.cache import IDENTITY_PARAMS, ResponseCache, default_cache_dir
from claimcheck.entrez.client import EntrezClient
from claimcheck.entrez.pacing import STATE_FILE
from claimcheck.errors import InputError
from claimcheck.yamlguard import check_yaml_budget

RECORD_MODES = ("none", "once", "new_episodes", "all")


def _same_utility(r1: Any, r2: Any) -> None:
    """vcrpy matcher: same E-utility, whatever the base URL's path prefix."""
    one, two = r1.path.rsplit("/", 1)[-1], r2.path.rsplit("/", 1)[-1]
    if one != two:
        raise AssertionError(f"{one} != {two}")


def cassette_vcr(record_mode: str = "none") -> vcr.VCR:
    """The vcrpy configuration claimcheck records and replays with."""
    if record_mode not in RECORD_MODES:
        raise InputError(f"unknown cassette record mode {record_mode!r}",
                         hint="use one of " + ", ".join(RECORD_MODES))
    config = vcr.VCR(
        record_mode=record_mode,
        filter_query_parameters=sorted(IDENTITY_PARAMS),
        filter_post_data_parameters=sorted(IDENTITY_PARAMS),
        decode_compressed_response=True,
        match_on=["method", "eutility", "query", "body"],
    )
    config.register_matcher("eutility", _same_utility)
    return config


def _check_replayable(path: Path) -> None:
    """A cassette to replay must be a readable vcrpy YAML file with interactions in it."""
    if path.is_dir():
        raise InputError("cassette is a directory, not a file", path=str(path),
                         hint="give the path of a recorded .yaml cassette")
    if not path.is_file():
        raise InputError("cassette not found", path=str(path),
                         hint="give the path of a recorded .yaml cassette")
    try:
        text = path.read_bytes().decode("utf-8")
        check_yaml_budget(text, where=str(path), what="cassette", max_nodes=2_000_000)
        data = yaml.safe_load(text)
    except (UnicodeDecodeError, yaml.YAMLError):
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("interactions"), list):
        raise InputError("not a readable vcrpy cassette (no interactions)", path=str(path),
                         hint="re-record it or restore it from version control")


@contextmanager
def use_cassette(path: str | Path, record_mode: str = "none") -> Iterator[Any]:
    """Replay (record_mode "none") or record E-utilities traffic through a vcrpy cassette.

    A missing cassette in replay mode is an InputError; a request the cassette does not hold
    surfaces from `EntrezClient` as `OfflineMiss`.
    """
    cassette_path = Path(path)
    if record_mode == "none":
        _check_replayable(cassette_path)
    if record_mode != "none":
        cassette_path.parent.mkdir(parents=True, exist_ok=True)
    manager = cassette_vcr(record_mode).use_cassette(str(cassette_path),
                                                      allow_playback_repeats=True)
    with ExitStack() as stack:
        try:
            cassette = stack.enter_context(manager)
        except (yaml.YAMLError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"not a readable vcrpy cassette ({type(exc).__name__})",
                             path=str(cassette_path),
                             hint="re-record it or restore it from version control") from None
        yield cassette


def _pacing_dir(cache_dir: str | Path | None) -> Path:
    """Where the shared pacing lock lives without a usable cache: the cache directory when it
    is a directory, else the default cache directory."""
    given = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    if given.suffix in (".sqlite", ".db"):
        given = given.parent
    return given if given.is_dir() or not given.exists() else default_cache_dir()


@contextmanager
def open_client(
    *,
    cassette: str | Path | None = None,
    offline: bool = False,
    cache_dir: str | Path | None = None,
    no_cache: bool = False,
    refresh: bool = False,
    email: str | None = None,
    api_key: str | None = None,
    eutils_url: str | None = None,
    deadline: float | None = None,
) -> Iterator[EntrezClient]:
    """A configured `EntrezClient` for the CLI and `claimcheck.check`.

    With a cassette: replay only, no cache, no pacing (nothing reaches NCBI). Otherwise the
    on-disk cache (unless `no_cache`), `offline` answering from it alone; a cache that cannot
    be opened is a warning on `client.warnings`, not an error. Pacing is shared with other
    processes through `pacing.lock` in the cache directory. `deadline` bounds the run (s).
    """
    if cassette is not None:
        with use_cassette(cassette):
            client = EntrezClient(base_url=eutils_url, email=email, api_key=api_key,
                                  rate=0, cassette=True, max_attempts=1)
            try:
                yield client
            finally:
                client.close()
        return
    warning = None
    cache = None
    if not no_cache:
        try:
            cache = ResponseCache(cache_dir)
        except (sqlite3.Error, OSError) as exc:
            where = cache_dir if cache_dir is not None else default_cache_dir()
            warning = f"response cache {where} unusable ({exc}); continuing without it"
    pacing_dir = cache.path.parent if cache is not None else _pacing_dir(cache_dir)
    client = EntrezClient(base_url=eutils_url, email=email, api_key=api_key, cache=cache,
                          offline=offline, refresh=refresh, deadline=deadline,
                          pacing_file=pacing_dir / STATE_FILE)
    if warning:
        client.warnings.append(warning)
    try:
        yield client
    finally:
        client.close()
        if cache is not None:
            cache.close()
