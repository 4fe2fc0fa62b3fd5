"""Safe YAML loading that remembers where every value came from (line and column).

Rule maintainers need errors like ``assembly.yaml:42:9 rule ru-assembly-call: ...``. PyYAML's
composer already knows each node's position; we build plain Python data from the node tree
(safe constructors only) and keep a map from the data path to its position.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

Path_ = tuple
# libyaml's parser (same safe node tree, ~10x faster than the pure-Python one) where available.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # a path into the data: keys and list indices


@dataclass(frozen=True, slots=True)
class Mark:
    line: int  # 1-based
    column: int  # 1-based


class YamlError(Exception):
    def __init__(self, file: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{file}:{line}:{column}: {message}")
        self.file, self.line, self.column, self.message = file, line, column, message


def load_with_marks(text: str, file: str = "<string>") -> tuple[Any, dict[Path_, Mark]]:
    """Parse one YAML document; return (data, marks). Raises :class:`YamlError` on bad YAML."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as e:
        m = e.problem_mark or e.context_mark
        line, col = (m.line + 1, m.column + 1) if m else (1, 1)
        raise YamlError(file, line, col, f"not valid YAML: {e.problem or e.context}") from None
    except yaml.YAMLError as e:  # pragma: no cover - defensive
        raise YamlError(file, 1, 1, f"not valid YAML: {e}") from None
    if node is None:
        return None, {}
    marks: dict[Path_, Mark] = {}
    constructor = yaml.SafeLoader("")  # only to reuse its safe scalar constructors

    def build(n: yaml.Node, path: Path_) -> Any:
        marks[path] = Mark(n.start_mark.line + 1, n.start_mark.column + 1)
        if isinstance(n, yaml.MappingNode):
            out: dict[Any, Any] = {}
            for k, v in n.value:
                key = constructor.construct_object(k, deep=True) if isinstance(k, yaml.ScalarNode) else str(k.value)
                if key == "<<":
                    raise YamlError(file, k.start_mark.line + 1, k.start_mark.column + 1, "merge keys (<<) are not supported")
                if key in out:
                    raise YamlError(file, k.start_mark.line + 1, k.start_mark.column + 1, f"duplicate key {key!r}")
                marks[path + (key, "__key__")] = Mark(k.start_mark.line + 1, k.start_mark.column + 1)
                out[key] = build(v, path + (key,))
            return out
        if isinstance(n, yaml.SequenceNode):
            return [build(v, path + (i,)) for i, v in enumerate(n.value)]
        try:
            return constructor.construct_object(n, deep=True)
        except yaml.YAMLError as e:
            raise YamlError(file, n.start_mark.line + 1, n.start_mark.column + 1, str(e)) from None

    return build(node, ()), marks


def mark_for(marks: dict[Path_, Mark], path: Path_) -> Mark:
    """The position of ``path`` or of its nearest ancestor that has one."""
    p = tuple(path)
    while p:
        if p in marks:
            return marks[p]
        p = p[:-1]
    return marks.get((), Mark(1, 1))


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise YamlError(str(path), 1, 1, f"not UTF-8 text (byte {e.start})") from None
