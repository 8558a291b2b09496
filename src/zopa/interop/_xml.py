"""A small, safe XML reader: elements with their attributes, children and line numbers.

GENIUS files are plain XML with no document type. This reader refuses any ``<!DOCTYPE``
(and so every entity declaration, internal or external): no entity is ever expanded, so
neither the "billion laughs" expansion nor an external file or URL can be pulled in. It is
the guard defusedxml applies, written against expat directly so that each element also
keeps the line it starts on, for error messages. Nesting deeper than :data:`MAX_XML_DEPTH`,
more than :data:`MAX_ELEMENTS` elements and an encoding Python does not know are refused
too (the size is checked before reading, by :func:`zopa.scenario.load.read_file`).

>>> root = parse_xml(b'<a x="1"><b/><b y="2"/></a>', file="t.xml")
>>> root.tag, root.attrs, [c.attrs for c in root.children("b")], root.children("b")[1].line
('a', {'x': '1'}, [{}, {'y': '2'}], 1)
>>> parse_xml(b'<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', file="t.xml")
Traceback (most recent call last):
...
zopa.errors.ScenarioError: t.xml:1: a document type declaration (<!DOCTYPE) is not allowed
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.parsers import expat

from ..errors import ScenarioError

__all__ = ["MAX_ELEMENTS", "MAX_XML_DEPTH", "Element", "parse_xml"]

#: How deep elements may nest (GENIUS files need four levels; objectives nest a few more).
MAX_XML_DEPTH = 64
#: How many elements a file may hold (the largest ANAC domains hold about a hundred).
MAX_ELEMENTS = 20_000


@dataclass(eq=False)
class Element:
    """One XML element: its tag, attributes, child elements and the line it starts on."""

    tag: str
    attrs: dict[str, str]
    line: int
    kids: list[Element] = field(default_factory=list)
    #: The character data directly inside the element (not its children's), as written.
    text: str = ""

    def children(self, tag: str) -> list[Element]:
        """The direct children with this tag, in document order."""
        return [k for k in self.kids if k.tag == tag]


class _RefusedError(Exception):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def parse_xml(data: bytes, *, file: str) -> Element:
    """Parse ``data`` into a tree of :class:`Element`; any problem is a
    :class:`ScenarioError` naming ``file`` and the line."""
    try:
        parser = expat.ParserCreate()
    except (LookupError, ValueError) as exc:  # pragma: no cover - expat takes any default
        raise ScenarioError(f"cannot read the XML: {exc}", file=file) from None
    stack: list[Element] = []
    roots: list[Element] = []
    count = 0

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal count
        count += 1
        if len(stack) >= MAX_XML_DEPTH:
            raise _RefusedError(f"elements nest deeper than {MAX_XML_DEPTH} levels",
                                parser.CurrentLineNumber)
        if count > MAX_ELEMENTS:
            raise _RefusedError(f"the file holds more than {MAX_ELEMENTS:,} elements",
                                parser.CurrentLineNumber)
        element = Element(tag, dict(attrs), parser.CurrentLineNumber)
        (stack[-1].kids if stack else roots).append(element)
        stack.append(element)

    def end(tag: str) -> None:
        stack.pop()

    def characters(data: str) -> None:
        if stack:
            stack[-1].text += data

    def doctype(*_: object) -> None:
        raise _RefusedError("a document type declaration (<!DOCTYPE) is not allowed",
                       parser.CurrentLineNumber)

    def entity(*_: object) -> None:
        raise _RefusedError("entity declarations are not allowed", parser.CurrentLineNumber)

    def external(*_: object) -> int:
        raise _RefusedError("external entities are not allowed", parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = external
    try:
        parser.Parse(data, True)
    except _RefusedError as exc:
        raise ScenarioError(exc.message, file=file, line=exc.line) from None
    except expat.ExpatError as exc:
        raise ScenarioError(f"invalid XML: {expat.ErrorString(exc.code)}", file=file,
                            line=exc.lineno) from None
    except LookupError as exc:  # an encoding="..." Python does not know
        raise ScenarioError(f"invalid XML: {exc}", file=file, line=1) from None
    except UnicodeError as exc:
        raise ScenarioError(f"invalid XML: the text is not in its declared encoding ({exc})",
                            file=file, line=1) from None
    except RecursionError:  # pragma: no cover - the depth limit comes first
        raise ScenarioError("the XML nests too deep", file=file) from None
    if not roots:
        raise ScenarioError("the file holds no XML element", file=file)
    return roots[0]
