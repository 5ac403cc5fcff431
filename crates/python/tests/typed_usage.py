"""Typical use of the package, type-checked with `mypy --strict` by test_typing.py (not a test
itself): the stubs must describe what the package does."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import somelint
from somelint import FindingDict


def audit(texts: list[str], config: Optional[Path]) -> list[FindingDict]:
    linter = somelint.Linter(config, rules=[], builtin=True, lang="en", redact=True, threads=None)
    rows: list[FindingDict] = []
    for found in linter.check_many(texts, "facebook", reply_to=None):
        for f in found:
            line: int = f.span.line
            severity: str = f.severity
            fix: Optional[str] = f.fix.replacement if f.fix is not None else None
            assert line > 0 and severity and (fix is None or isinstance(fix, str))
            rows.append(f.to_dict())
    return rows


def errors(path: str | os.PathLike[str]) -> str:
    try:
        somelint.Linter(config=path, config_yaml=None)
    except somelint.ConfigError as e:
        return f"{e.file}:{e.line + 0}:{e.column}: {e.message} {e.help or ''}"
    except somelint.SomelintError as e:
        return str(e.line)
    return ""


def one(linter: somelint.Linter) -> list[str]:
    return [f.rule for f in linter.check("Hyvää päivää!", None, markdown=False)] + linter.rules
