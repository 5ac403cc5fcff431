"""The package's findings equal the command line's JSON (after parsing): on every fixture draft,
with the config the command line finds for it, in Finnish redacted and English unredacted; and on
a generated jsonl archive with channels and replies."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import pytest
from conftest import ROOT, run_cli

import somelint


def fixture_drafts() -> list[Path]:
    return sorted(
        p.relative_to(ROOT)
        for p in (ROOT / "fixtures").rglob("*")
        if p.suffix in (".md", ".txt") and "corpus" not in p.parts
    )


def discover(path: Path) -> Optional[Path]:
    """The config the command line uses for a draft: the nearest .somelint.yaml above it."""
    for d in (ROOT / path).resolve().parents:
        if (d / ".somelint.yaml").is_file():
            return d / ".somelint.yaml"
    return None


@pytest.mark.parametrize(
    ("lang", "redact", "flags"),
    [("fi", True, []), ("en", False, ["--lang", "en", "--no-redact"])],
    ids=["fi-redacted", "en-unredacted"],
)
def test_fixtures_equal_the_cli(cli: str, lang: str, redact: bool, flags: list[str]) -> None:
    drafts = fixture_drafts()
    assert len(drafts) > 200
    report = run_cli(cli, [*flags, *map(str, drafts)])
    by_path = {f["path"]: f["diagnostics"] for f in report["files"]}
    assert sorted(by_path) == sorted(map(str, drafts))
    linters: dict[Optional[Path], somelint.Linter] = {}
    compared = findings = 0
    for draft in drafts:
        config = discover(draft)
        if config not in linters:
            linters[config] = somelint.Linter(config, lang=lang, redact=redact)
        text = (ROOT / draft).read_text(encoding="utf-8")
        got = [f.to_dict() for f in linters[config].check(text, markdown=draft.suffix == ".md")]
        assert got == by_path[str(draft)], draft
        compared += 1
        findings += len(got)
    assert findings > 100
    print(f"{compared} fixture drafts, {findings} findings: equal to the command line's ({lang})")


def cli_archive(cli: str, path: Path, flags: list[str]) -> dict[str, Any]:
    report = run_cli(cli, [*flags, "--input-format", "jsonl", str(path)])
    return {f["id"]: f["diagnostics"] for f in report["files"]}


def test_archive_equals_the_cli(cli: str, archive_10k: tuple[Path, list[dict[str, Any]]]) -> None:
    path, recs = archive_10k
    recs = recs[:3000]
    small = path.with_name("small.jsonl")
    small.write_text("".join(path.read_text(encoding="utf-8").splitlines(True)[:3000]), encoding="utf-8")
    config = ROOT / "fixtures/guidelines/clean/config-org/.somelint.yaml"
    expected = cli_archive(cli, small, ["--config", str(config)])
    linter = somelint.Linter(config)
    results = linter.check_many(
        [r["text"] for r in recs],
        [r.get("platform") for r in recs],
        reply_to=[r.get("reply_to") for r in recs],
    )
    assert len(results) == len(recs) == len(expected)
    for r, found in zip(recs, results):
        assert [f.to_dict() for f in found] == expected[r["id"]], r["id"]
    total = sum(map(len, results))
    assert total > 1000
    print(f"{len(recs)} archive posts, {total} findings: equal to the command line's")
