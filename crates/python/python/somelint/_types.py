"""The shapes of ``to_dict()``: the command line's JSON objects of a finding."""

from __future__ import annotations

from typing import Literal, Optional, TypedDict


class SpanDict(TypedDict):
    """Byte offsets and 1-based lines and character columns of a finding."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


class FixDict(TypedDict):
    """A suggested replacement of a finding's span."""

    replacement: str
    safe: bool


class FindingDict(TypedDict):
    """One finding as ``somelint check --format json`` prints it."""

    rule: str
    category: str
    severity: Literal["error", "warning", "suggestion"]
    message: str
    help: Optional[str]
    source: str
    span: SpanDict
    matched: str
    fix: Optional[FixDict]
