"""Type stubs of the Rust extension (crates/python/src); ``somelint`` re-exports all of it."""

import os
from collections.abc import Sequence
from typing import Final, Literal, Optional, Union, final

from ._types import FindingDict, FixDict, SpanDict

__version__: str

_Path = Union[str, "os.PathLike[str]"]

@final
class Linter:
    """Compiled rules that check texts; build once, use from any number of threads."""

    def __new__(
        cls,
        config: Optional[_Path] = None,
        rules: Sequence[_Path] = ...,
        builtin: bool = True,
        *,
        config_yaml: Optional[str] = None,
        lang: Optional[Literal["fi", "en"]] = None,
        redact: bool = True,
        select: Sequence[str] = ...,
        ignore: Sequence[str] = ...,
        threads: Optional[int] = None,
    ) -> Linter: ...
    def check(
        self,
        text: str,
        platform: Optional[str] = None,
        *,
        reply_to: Optional[str] = None,
        markdown: bool = False,
    ) -> list[Finding]:
        """Checks one text and returns its findings in order."""
    def check_many(
        self,
        texts: Sequence[str],
        platforms: Union[str, Sequence[Optional[str]], None] = None,
        *,
        reply_to: Union[str, Sequence[Optional[str]], None] = None,
        markdown: bool = False,
    ) -> list[list[Finding]]:
        """Checks many texts in parallel without the GIL; one list of findings per text."""
    @property
    def rules(self) -> list[str]:
        """The ids of the active rules, in load order."""
    @property
    def lang(self) -> Literal["fi", "en"]:
        """The language of messages."""
    @property
    def redact(self) -> bool:
        """Whether confidential matches are masked."""
    @staticmethod
    def _from_state(state: bytes) -> Linter: ...
    def __reduce__(self) -> tuple[object, tuple[bytes]]: ...

@final
class Finding:
    """One finding; ``to_dict()`` is the command line's JSON object for it."""

    rule: Final[str]
    category: Final[str]
    severity: Final[Literal["error", "warning", "suggestion"]]
    message: Final[str]
    help: Final[Optional[str]]
    source: Final[str]
    span: Final[Span]
    matched: Final[str]
    fix: Final[Optional[Fix]]
    def to_dict(self) -> FindingDict: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Span:
    """Byte offsets and 1-based lines and character columns of a finding."""

    start: Final[int]
    end: Final[int]
    line: Final[int]
    column: Final[int]
    end_line: Final[int]
    end_column: Final[int]
    def to_dict(self) -> SpanDict: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Fix:
    """A suggested replacement of a finding's span."""

    replacement: Final[str]
    safe: Final[bool]
    def to_dict(self) -> FixDict: ...
    def __eq__(self, value: object, /) -> bool: ...
