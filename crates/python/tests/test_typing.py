"""The type stubs: `mypy --strict` on a file of typical use, and mypy's stubtest of the
extension against its stub."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import missing

HERE = Path(__file__).parent


def mypy(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        import mypy  # noqa: F401
    except ImportError:
        missing("mypy is not installed (pip install mypy)")
    # Run elsewhere, so that the installed package is checked and no cache lands in the tree.
    return subprocess.run(
        [sys.executable, "-m", *args], capture_output=True, text=True, check=False, cwd=cwd
    )


def test_mypy_strict_on_typical_use(tmp_path: Path) -> None:
    out = mypy(tmp_path, "mypy", "--strict", "--cache-dir", "/dev/null", str(HERE / "typed_usage.py"))
    assert out.returncode == 0, out.stdout + out.stderr


def test_stubtest(tmp_path: Path) -> None:
    out = mypy(tmp_path, "mypy.stubtest", "somelint", "--ignore-missing-stub")
    assert out.returncode == 0, out.stdout + out.stderr
