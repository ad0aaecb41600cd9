"""XML that never touches the network or the file system: a hardened screen, then Bio.Entrez.

Every E-utilities XML body is first read by `screen_xml`: expat with parameter-entity parsing
off, and a refusal for any DOCTYPE internal subset, entity declaration or external entity
reference (XXE, billion laughs, parameter entities). Only a body that passes is handed to
Bio.Entrez, whose DTD loader is replaced per parse: the DTD is looked up by file name among
the DTDs bundled with Biopython (a newer dated DTD of a known family falls back to the newest
bundled sibling, e.g. pubmed_260101.dtd → pubmed_250101.dtd); nothing else is ever opened,
and nothing is ever downloaded. XML Schema locations are refused unless bundled too.
"""

from __future__ import annotations

import io
import os
import re
import types
import xml.parsers.expat
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from Bio.Entrez.Parser import DataHandler

MAX_DEPTH = 256
_DATED = re.compile(r"^(?P<family>.+?)_\d{6}\.dtd$")
_RECORD_IDS = {
    ("PubmedArticle", "MedlineCitation", "PMID"): None,
    ("PubmedBookArticle", "BookDocument", "PMID"): None,
    ("article", "front", "article-meta", "article-id"): ("pub-id-type", {"pmc", "pmcid"}),
}


class DTDUnavailable(ValueError):
    """The XML names a DTD that is not bundled and has no bundled sibling."""


class UnsafeXML(ValueError):
    """The XML declares entities, has an internal DTD subset or names an external entity."""


@dataclass
class XmlFacts:
    """What the screen saw: root element, DOCTYPE system id, each record's (first) id in
    document order, and the number of records (children of the root)."""

    root: str = ""
    system_id: str | None = None
    record_ids: list[str] = field(default_factory=list)
    records: int = 0


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


class _Screen:
    """Expat handlers for `screen_xml`."""

    def __init__(self) -> None:
        self.facts = XmlFacts()
        self.stack: list[str] = []
        self.capture: list[str] | None = None
        self.record_has_id = False

    def doctype(self, name: str, system_id: str | None, public_id: str | None,
                has_internal_subset: int) -> None:
        if has_internal_subset:
            raise UnsafeXML("the DOCTYPE has an internal subset (entity declarations refused)")
        self.facts.system_id = system_id

    def entity(self, *args: object) -> None:
        raise UnsafeXML("the XML declares an entity (refused: XXE / entity expansion)")

    def external(self, *args: object) -> int:
        raise UnsafeXML("the XML references an external entity (refused)")

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.stack.append(_local(name))
        if len(self.stack) > MAX_DEPTH:
            raise UnsafeXML(f"the XML nests deeper than {MAX_DEPTH} elements")
        if len(self.stack) == 1:
            self.facts.root = self.stack[0]
        elif len(self.stack) == 2 and self.stack[1] in ("PubmedArticle", "PubmedBookArticle",
                                                           "article"):
            self.facts.records += 1
            self.record_has_id = False
        path = tuple(self.stack[1:])
        if path in _RECORD_IDS and not self.record_has_id:
            condition = _RECORD_IDS[path]
            if condition is None or attrs.get(condition[0]) in condition[1]:
                self.capture = []

    def end(self, name: str) -> None:
        if self.capture is not None:  # the first id of each record
            self.facts.record_ids.append("".join(self.capture).strip())
            self.capture = None
            self.record_has_id = True
        self.stack.pop()

    def text(self, data: str) -> None:
        if self.capture is not None:
            self.capture.append(data)


def screen_xml(data: bytes) -> XmlFacts:
    """Parse `data` completely with a hardened expat; raise UnsafeXML or ExpatError."""
    screen = _Screen()
    parser = xml.parsers.expat.ParserCreate()
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = screen.doctype
    parser.EntityDeclHandler = screen.entity
    parser.UnparsedEntityDeclHandler = screen.entity
    parser.ExternalEntityRefHandler = screen.external
    parser.StartElementHandler = screen.start
    parser.EndElementHandler = screen.end
    parser.CharacterDataHandler = screen.text
    parser.Parse(data, True)
    return screen.facts


def _dtd_dirs() -> list[str]:
    return [d for d in (DataHandler.local_dtd_dir, DataHandler.global_dtd_dir) if d]


def _find(filename: str, directories: list[str]) -> str | None:
    if not filename or filename != os.path.basename(filename) or filename.startswith("."):
        return None
    for directory in directories:
        path = os.path.join(directory, filename)
        if os.path.isfile(path):
            return path
    return None


@cache
def _newest_sibling(filename: str) -> str | None:
    match = _DATED.match(filename)
    if not match:
        return None
    family = match.group("family")
    names = {n for d in _dtd_dirs() if os.path.isdir(d) for n in os.listdir(d)}
    siblings = sorted(n for n in names if (m := _DATED.match(n)) and m.group("family") == family)
    return siblings[-1] if siblings else None


def local_dtd(system_id: str) -> str:
    """The bundled DTD file for a DOCTYPE system id (URL or name), or DTDUnavailable."""
    filename = system_id.replace("\\", "/").rsplit("/", 1)[-1]
    path = _find(filename, _dtd_dirs())
    if path is None and (sibling := _newest_sibling(filename)):
        path = _find(sibling, _dtd_dirs())
    if path is None:
        raise DTDUnavailable(
            f"no local copy of {filename!r}; claimcheck never downloads DTDs at run time")
    return path


def with_local_dtd(data: bytes) -> bytes:
    """Check that the DOCTYPE of `data` names a DTD that is on disk (or a bundled sibling).

    The body is returned unchanged: the per-parse DTD loader maps the name to the local file.
    """
    facts = screen_xml(data)
    if facts.system_id:
        local_dtd(facts.system_id)
    return data


def _load_dtd(self: Any, context: str, base: str | None, system_id: str | None,
              public_id: str | None) -> int:
    """Bio.Entrez's external-entity handler, restricted to bundled DTD files."""
    path = local_dtd(system_id or "")
    with open(path, "rb") as handle:
        parser = self.parser.ExternalEntityParserCreate(context)
        parser.ElementDeclHandler = self.elementDecl
        parser.ParseFile(handle)
    self.parser.StartElementHandler = self.startElementHandler
    return 1


def _load_schema(self: Any, name: str, attrs: dict[str, str]) -> None:
    """Bio.Entrez's XML Schema loader, restricted to bundled XSD files."""
    import xml.etree.ElementTree as ET

    location = attrs.get(f"{self.schema_namespace} noNamespaceSchemaLocation", "")
    xsd_dirs = [d for d in (DataHandler.local_xsd_dir, DataHandler.global_xsd_dir) if d]
    path = _find(location.rsplit("/", 1)[-1], xsd_dirs)
    if path is None:
        raise DTDUnavailable(f"no local copy of the XML Schema {location!r}; not downloaded")
    with open(path, "rb") as handle:
        self.parse_xsd(ET.fromstring(handle.read()))
    self.startElementHandler(name, attrs)
    self.parser.StartElementHandler = self.startElementHandler


def entrez_read(data: bytes) -> Any:
    """Bio.Entrez.read over screened bytes, using only local DTDs and schemas."""
    with_local_dtd(data)
    handler: Any = DataHandler(False, False, False)  # type: ignore[no-untyped-call]
    handler.externalEntityRefHandler = types.MethodType(_load_dtd, handler)
    handler.schemaHandler = types.MethodType(_load_schema, handler)
    return handler.read(io.BytesIO(data))


__all__ = ["DTDUnavailable", "UnsafeXML", "XmlFacts", "entrez_read", "local_dtd", "screen_xml",
           "with_local_dtd"]
