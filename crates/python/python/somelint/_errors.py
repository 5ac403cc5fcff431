"""The exceptions somelint raises: each carries the file, line and column of the problem."""

from __future__ import annotations

from typing import Optional


class SomelintError(ValueError):
    """A problem in what somelint was given: a config, a rule file, a draft or an option.

    ``str(error)`` reads ``file:line:column: message`` as the command line prints it, and the
    hint on a line of its own when there is one.
    """

    message: str
    """What is wrong."""
    file: Optional[str]
    """The file's name as given (``"<config>"`` for ``config_yaml``), if the problem is in one."""
    line: Optional[int]
    """1-based line of the problem."""
    column: Optional[int]
    """1-based character column of the problem."""
    help: Optional[str]
    """How to fix it, if there is a hint."""

    def __init__(
        self,
        message: str,
        file: Optional[str] = None,
        line: Optional[int] = None,
        column: Optional[int] = None,
        help: Optional[str] = None,
    ) -> None:
        super().__init__(message, file, line, column, help)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.help = help

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = f"{self.file}:{self.line}:{self.column}: "
        hint = f"\nhelp: {self.help}" if self.help else ""
        return f"{where}{self.message}{hint}"


class RuleError(SomelintError):
    """A rule file that does not parse, a key that does not belong, a rule that cannot work (a
    pattern that does not compile, a duplicate id, an unknown guideline)."""

    file: str
    line: int
    column: int


class ConfigError(SomelintError):
    """A config that does not parse or is not valid."""

    file: str
    line: int
    column: int


class DraftError(SomelintError):
    """A Markdown draft whose front matter is not valid YAML."""

    file: str
    line: int
    column: int


class OptionsError(SomelintError):
    """``select`` or ``ignore`` names no loaded rule or category (no file, line or column)."""
