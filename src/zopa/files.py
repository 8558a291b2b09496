"""Writing files atomically: a reader sees the old file or the new one, never half of one.

Every file zopa writes (reports, figures, exports, scenarios, another tool's files) goes
through :func:`write_atomically`: the content is written to a temporary file in the same
folder, given the permissions a plain ``open(path, "w")`` would give it, and renamed over
the target in one step; on any error (an interrupt included) the temporary file is removed
and the target is untouched.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
>>> write_atomically(target, b"hello")
5
>>> target.read_text()
'hello'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

__all__ = ["write_atomically"]


def write_atomically(path: str | os.PathLike[str], content: bytes | str | Callable[[Path], None],
                     ) -> int:
    """Write ``content`` (bytes, text as UTF-8, or a function that writes the file at the
    path it is given) to ``path`` atomically; return the size written, in bytes. The
    folder must exist (``FileNotFoundError`` otherwise)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    handle, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            if isinstance(content, str):
                out.write(content.encode("utf-8"))
            elif isinstance(content, bytes):
                out.write(content)
        if callable(content):
            content(temporary)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        size = temporary.stat().st_size
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return size
