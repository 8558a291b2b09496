"""The one exception type zopa raises for bad input.

Every problem with a scenario (a file that is missing, YAML that does not parse, a
weight that is negative, an option that does not exist) becomes a
:class:`ScenarioError` that names the file, the place inside it and what is wrong, so
that the command line can print one clear line and exit with status 2. The line is always
one line: whatever a file holds, its control characters are printed as escapes.

>>> err = ScenarioError("value 1.5 is outside [0, 1]", file="talks.yaml",
...                     path=("preferences", "russia", "values", "crimea", "recognised"),
...                     line=23)
>>> print(err)
talks.yaml:23: preferences.russia.values.crimea.recognised: value 1.5 is outside [0, 1]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ScenarioError", "format_path", "one_line"]

PathPart = str | int


def format_path(path: Sequence[PathPart]) -> str:
    """Join a path inside a document the way the scenario format writes it.

    >>> format_path(("parties", 1, "id"))
    'parties[1].id'
    >>> format_path(())
    '(top level)'
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


#: The longest message an error prints (what a file quotes is cut to fit).
MAX_MESSAGE = 600

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(text: str) -> str:
    """``text`` made safe to print as one line of a terminal or a log: line breaks,
    control characters (ESC included) and lone surrogates are written as escapes.

    >>> print(one_line("a\\nb \\x1b[2J c"))
    a\\nb \\x1b[2J c
    """
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or (
        f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


class ScenarioError(ValueError):
    """A scenario file, or a scenario built in code, breaks the format.

    Attributes
    ----------
    message:
        What is wrong, in words.
    file:
        The file it came from, or ``None`` for a scenario built in memory.
    path:
        Where inside the document, as keys and list positions.
    line:
        The 1-based line in the file, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        path: Sequence[PathPart] = (),
        line: int | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.path = tuple(path)
        self.line = line
        super().__init__(str(self))

    def with_source(self, file: str | None, line: int | None = None) -> ScenarioError:
        """The same error, attributed to ``file`` (and ``line`` when not yet known)."""
        return ScenarioError(
            self.message, file=file, path=self.path, line=self.line if self.line else line
        )

    def __str__(self) -> str:
        message = self.message
        if len(message) > MAX_MESSAGE:  # a value quoted from a file may be megabytes long
            message = f"{message[:MAX_MESSAGE - 40]}... ({len(message):,} characters)"
        where = self.file or "<scenario>"
        if self.line is not None:
            where += f":{self.line}"
        if self.path:
            path = format_path(tuple(p if isinstance(p, int) or len(p) <= 60 else
                                     p[:50] + "..." for p in self.path))
            return one_line(f"{where}: {path}: {message}")
        return one_line(f"{where}: {message}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.message, self.file, self.path, self.line))


def _rebuild(
    message: str, file: str | None, path: tuple[PathPart, ...], line: int | None
) -> ScenarioError:
    return ScenarioError(message, file=file, path=path, line=line)
