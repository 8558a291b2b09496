"""Small edits of a YAML document that keep the rest of its text as written.

PyYAML (the project's YAML library) keeps no comments when it writes a document, and
ruamel.yaml is not a dependency. So an :class:`Edit` (append an item to the list at a
path, or set the value at a path, creating what is missing) is made on the *text*: the
node at the path is found with :func:`yaml.compose`, whose marks give its place in the
text, and the new item, key or value is written there, as a block in the indentation of
its neighbours or in flow style inside a flow collection. After each edit the new text is
read back and compared with the same edit made on the data; if they differ, or the
layout is one these edits do not handle (a block collection to replace, a JSON text), the
whole document is written out again from the edited data: nothing of the data is lost
(``x-`` keys included), the comments are.

>>> text = "a: 1  # one\\nb: [x]\\n"
>>> apply_edits(text, [Edit("append", ("b",), "y"), Edit("set", ("c", "d"), 2)])
'a: 1  # one\\nb: [x, y]\\nc: {d: 2}\\n'
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import yaml

__all__ = ["Edit", "apply_edits", "edit_data", "edit_in_place"]

Path = tuple[str | int, ...]
#: libyaml's safe loader where PyYAML has it (the marks of nodes are the same).
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Edit:
    """``append``: add ``value`` at the end of the list at ``path`` (made when missing);
    ``set``: put ``value`` at ``path`` (the mappings on the way made when missing);
    ``delete``: take away the list item or mapping key at ``path`` (``value`` unused)."""

    op: Literal["append", "set", "delete"]
    path: Path
    value: Any


def edit_data(data: Any, edits: Sequence[Edit]) -> Any:
    """The edits made on plain data (a copy; ``data`` is left as it was)."""
    out = copy.deepcopy(data)
    for edit in edits:
        holder = out
        for part in edit.path[:-1]:
            holder = holder.setdefault(part, {}) if isinstance(holder, dict) else holder[part]
        last = edit.path[-1]
        if edit.op == "delete":
            del holder[last]
        elif edit.op == "set":
            holder[last] = copy.deepcopy(edit.value)
        elif isinstance(holder, dict):
            holder.setdefault(last, []).append(copy.deepcopy(edit.value))
        else:
            holder[last].append(copy.deepcopy(edit.value))
    return out


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """The text with the edits made, in place where possible (see the module)."""
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            pass  # a YAML flow mapping
        else:
            return json.dumps(edit_data(data, edits), indent=2, ensure_ascii=False,
                              default=str) + "\n"
    edited = edit_in_place(text, edits)
    if edited is not None:
        return edited
    return yaml.safe_dump(edit_data(_load(text), edits), sort_keys=False, allow_unicode=True,
                          width=100)


def edit_in_place(text: str, edits: Sequence[Edit]) -> str | None:
    """The YAML text with the edits made in place, each checked by reading the text back
    against the same edit made on the data; ``None`` when one of them cannot be made so.

    >>> edit_in_place("a: 1  # one\\nb:\\n  - x  # first\\n", [Edit("set", ("a",), 2),
    ...                                                     Edit("append", ("b",), "y")])
    'a: 2  # one\\nb:\\n  - x  # first\\n  - y\\n'
    >>> edit_in_place("a:\\n  b: 1\\n", [Edit("set", ("a",), 3)]) is None
    True
    >>> edit_in_place("a: {x: 1, y: 2}  # xy\\nb:\\n  - 1  # one\\n  - 2  # two\\n",
    ...               [Edit("delete", ("a", "x"), None), Edit("delete", ("b", 0), None)])
    'a: {y: 2}  # xy\\nb:\\n  - 2  # two\\n'
    """
    try:
        current, data = text, _load(text)
        for edit in edits:
            edited = _edit_text(current, edit)
            wanted = edit_data(data, [edit])
            if edited is None or not _reads_as(edited, wanted):
                return None
            current, data = edited, wanted
    except (yaml.YAMLError, KeyError, IndexError, TypeError, AttributeError):
        return None
    return current


def _reads_as(text: str, data: Any) -> bool:
    try:
        return bool(_load(text) == data)
    except yaml.YAMLError:
        return False


def _load(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)


def _edit_text(text: str, edit: Edit) -> str | None:
    root = yaml.compose(text, Loader=_LOADER)
    if not isinstance(root, yaml.MappingNode):
        return None
    node: yaml.Node = root
    if edit.op == "delete":
        return _delete(text, root, edit.path)
    for depth, part in enumerate(edit.path):
        child = _child(node, part)
        if child is None:
            if not isinstance(node, yaml.MappingNode) or not all(
                    isinstance(p, str) for p in edit.path[depth:]):
                return None
            value: Any = [edit.value] if edit.op == "append" else edit.value
            for key in reversed(edit.path[depth + 1:]):
                value = {key: value}
            return _insert_key(text, node, str(part), value)
        node = child
    if edit.op == "append":
        return _append(text, node, edit.value) if isinstance(node, yaml.SequenceNode) else None
    if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
        return text[:node.start_mark.index] + _flow(edit.value) + text[node.end_mark.index:]
    return None


def _delete(text: str, root: yaml.Node, path: Path) -> str | None:
    """The text without the item or key at ``path``: a block entry's lines taken out
    (the comments on them go with it), a flow collection written again without it."""
    parent: yaml.Node | None = root
    for part in path[:-1]:
        parent = _child(parent, part) if parent is not None else None
    if parent is None or not path or _child(parent, path[-1]) is None:
        return None
    if getattr(parent, "flow_style", False):
        value = copy.deepcopy(_load(text[parent.start_mark.index:parent.end_mark.index]))
        del value[path[-1]]
        return text[:parent.start_mark.index] + _flow(value) + text[parent.end_mark.index:]
    if isinstance(parent, yaml.SequenceNode):
        entries = [(item, item) for item in parent.value]
        first, last = entries[int(path[-1])]
    else:
        entries = list(parent.value)
        first, last = next((k, v) for k, v in entries
                           if isinstance(k, yaml.ScalarNode) and str(k.value) == path[-1])
    if len(entries) == 1:
        return None  # the collection would become empty: a change of layout
    start = text.rfind("\n", 0, first.start_mark.index) + 1
    if text[start:first.start_mark.index].strip(" -") != "":
        return None  # the entry shares its first line with something else
    end = _content_end(last)
    newline = text.find("\n", end)
    end = len(text) if newline < 0 else newline + 1
    return text[:start] + text[end:]


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(part, str):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and str(key.value) == part:
                found: yaml.Node = value
                return found
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and \
            0 <= part < len(node.value):
        item: yaml.Node = node.value[part]
        return item
    return None


def _append(text: str, node: yaml.SequenceNode, item: Any) -> str | None:
    if node.flow_style:
        close = node.end_mark.index - 1
        if text[close] != "]":
            return None
        glue = ", " if node.value else ""
        return text[:close] + glue + _flow(item) + text[close:]
    if not node.value:
        return None
    return _insert_block(text, node, _item_block(item, node.start_mark.column))


def _insert_key(text: str, node: yaml.MappingNode, key: str, value: Any) -> str | None:
    if node.flow_style:
        close = node.end_mark.index - 1
        if text[close] != "}":
            return None
        glue = ", " if node.value else ""
        return text[:close] + glue + f"{_flow(key)}: {_flow(value)}" + text[close:]
    if not node.value:
        return None
    column = node.value[0][0].start_mark.column
    return _insert_block(text, node, _key_block(key, value, column))


def _insert_block(text: str, node: yaml.Node, block: str) -> str:
    """Insert ``block`` (whole lines) after the line where ``node``'s content ends."""
    end = _content_end(node)
    while end > 0 and text[end - 1] in " \t\r\n":
        end -= 1
    newline = text.find("\n", end)
    if newline < 0:
        return text + "\n" + block
    return text[:newline + 1] + block + text[newline + 1:]


def _content_end(node: yaml.Node) -> int:
    """Where the last value inside ``node`` ends (block collections' own end marks
    reach past the comments that follow them)."""
    if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
        return int(node.end_mark.index)
    if isinstance(node, yaml.MappingNode):
        return _content_end(node.value[-1][1]) if node.value else int(node.end_mark.index)
    if isinstance(node, yaml.SequenceNode):
        return _content_end(node.value[-1]) if node.value else int(node.end_mark.index)
    return int(node.end_mark.index)


def _render(value: Any) -> list[str]:
    """A value as YAML lines: one line for a scalar or a collection of scalars (flow
    style), block lines for the rest."""
    dumped = yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=10**9,
                            default_flow_style=None)
    return dumped.removesuffix("\n").removesuffix("\n...").split("\n")


def _item_block(item: Any, column: int) -> str:
    """``item`` as a block sequence entry whose dash is at ``column``."""
    pad = " " * column
    first, *rest = _render(item)
    return pad + "- " + first + "\n" + "".join(pad + "  " + line + "\n" for line in rest)


def _key_block(key: str, value: Any, column: int) -> str:
    """``key: value`` as block mapping lines whose key is at ``column``."""
    pad = " " * column
    lines = _render(value)
    head = pad + _flow(key) + ":"
    if (len(lines) == 1 and not isinstance(value, dict | list)) or _flowing(value):
        return head + " " + lines[0] + "\n"
    return head + "\n" + "".join(pad + "  " + line + "\n" for line in lines)


def _flowing(value: Any) -> bool:
    """Whether PyYAML writes ``value`` on one line in flow style (a collection of
    scalars)."""
    items = value.values() if isinstance(value, dict) else value
    return isinstance(value, dict | list) and bool(value) and not any(
        isinstance(v, dict | list) for v in items)


def _flow(value: Any) -> str:
    dumped = yaml.safe_dump(value, sort_keys=False, allow_unicode=True,
                            default_flow_style=True, width=10**9)
    return dumped.removesuffix("\n").removesuffix("\n...").strip()
