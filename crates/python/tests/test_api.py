"""The Python API: findings as typed objects, errors as exceptions with file, line and column,
pickling, and thread safety."""

from __future__ import annotations

import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import somelint

SWEAR = "Tämä on ihan perkeleen hyvä päätös."
HETU = "Asiakkaan henkilötunnus on 131052-308T, soitathan hänelle."


@pytest.fixture(scope="module")
def linter() -> somelint.Linter:
    return somelint.Linter()


def test_a_finding_is_typed(linter: somelint.Linter) -> None:
    found = linter.check(SWEAR)
    profanity = [f for f in found if f.rule == "tone.profanity"]
    assert len(profanity) == 1
    f = profanity[0]
    assert isinstance(f, somelint.Finding)
    assert (f.category, f.severity, f.matched) == ("tone", "error", "perkeleen")
    assert "perkeleen" in f.message and f.source and isinstance(f.help, str)
    assert isinstance(f.span, somelint.Span)
    assert (f.span.line, f.span.column, f.span.end_line, f.span.end_column) == (1, 14, 1, 23)
    assert SWEAR.encode()[f.span.start : f.span.end].decode() == "perkeleen"
    d = f.to_dict()
    assert list(d) == ["rule", "category", "severity", "message", "help", "source", "span", "matched", "fix"]
    assert d["span"] == f.span.to_dict()
    assert d["fix"] is None if f.fix is None else d["fix"] == f.fix.to_dict()
    assert f == linter.check(SWEAR)[found.index(f)]
    assert repr(f).startswith("Finding(rule='tone.profanity', severity='error', line=1, column=14")


def test_fixes_and_platforms(linter: somelint.Linter) -> None:
    long = "Kaupungintalo on suljettu juhlapyhinä. " * 10
    assert not any(f.rule.startswith("platform.") for f in linter.check(long))
    on_x = [f.rule for f in linter.check(long, "x")]
    assert any(r.startswith("platform.") for r in on_x), on_x
    fixes = [f.fix for f in linter.check("Tervetuloa  juhlaan!!") if f.fix is not None]
    for fix in fixes:
        assert isinstance(fix, somelint.Fix) and isinstance(fix.safe, bool)
        assert fix.to_dict() == {"replacement": fix.replacement, "safe": fix.safe}


def test_redaction_and_language() -> None:
    redacted = [f for f in somelint.Linter().check(HETU) if f.category == "confidential"]
    plain = [f for f in somelint.Linter(redact=False, lang="en").check(HETU) if f.category == "confidential"]
    assert redacted and plain
    assert "131052-308T" not in redacted[0].matched and "131052-308T" not in redacted[0].message
    assert plain[0].matched == "131052-308T"
    assert plain[0].message != redacted[0].message
    assert somelint.Linter(lang="en").lang == "en" and somelint.Linter().lang == "fi"
    assert not somelint.Linter().redact is False


def test_markdown_front_matter(linter: somelint.Linter) -> None:
    draft = "---\nplatform: x\n---\n<!-- ei julkaista: perkele -->\n" + "Hyvää joulua kaikille! " * 15
    found = linter.check(draft, markdown=True)
    assert not any(f.rule == "tone.profanity" for f in found)
    assert any(f.rule.startswith("platform.") for f in found)
    with pytest.raises(somelint.DraftError) as e:
        linter.check("---\nplatform: [x\n---\nTeksti\n", markdown=True)
    assert e.value.file == "<text>" and e.value.line >= 2
    with pytest.raises(somelint.DraftError) as e:
        linter.check_many(["Hyvä", "---\nplatform: [x\n---\nTeksti\n"], markdown=True)
    assert e.value.file == "<texts[1]>"


def test_rules_config_builtin_select(tmp_path: Path) -> None:
    rules = tmp_path / "omat.yaml"
    rules.write_text(
        "pack: omat\nrules:\n  - id: tone.pilkka\n    severity: warning\n"
        "    message: {fi: \"”{match}” kuulostaa pilkalta.\", en: \"“{match}” sounds mocking.\"}\n"
        "    source: Oma ohje\n    match:\n      terms: [pelle]\n",
        encoding="utf-8",
    )
    only = somelint.Linter(rules=[rules], builtin=False)
    assert only.rules == ["tone.pilkka", "somelint.unused-suppression"] or only.rules[0] == "tone.pilkka"
    found = only.check("Mikä pelle tämän keksi?")
    assert [(f.rule, f.severity, f.matched) for f in found] == [("tone.pilkka", "warning", "pelle")]
    both = somelint.Linter(rules=[str(rules)], lang="en")
    assert "tone.pilkka" in both.rules and "tone.profanity" in both.rules
    mocking = [f for f in both.check("Mikä pelle tämän keksi?") if f.rule == "tone.pilkka"]
    assert [f.message for f in mocking] == ["“pelle” sounds mocking."]
    off = somelint.Linter(config_yaml="rules:\n  tone: off\n")
    assert not any(r.startswith("tone.") for r in off.rules)
    assert somelint.Linter(select=["tone"]).rules and all(
        r.startswith("tone.") or r.startswith("somelint") for r in somelint.Linter(select=["tone"]).rules
    )
    # The config's rule_files are relative to the config's folder.
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".somelint.yaml").write_text("rule_files: [../omat.yaml]\n", encoding="utf-8")
    assert "tone.pilkka" in somelint.Linter(tmp_path / "sub" / ".somelint.yaml").rules


RULE = "pack: p\nrules:\n  - id: {id}\n    severity: error\n    message: m\n    source: s\n"


@pytest.mark.parametrize(
    ("content", "line", "column", "says"),
    [
        (RULE.format(id="tone.x") + "    colour: red\n    match: {terms: [x]}\n", 7, 5, "colour"),
        (RULE.format(id="tone.y") + '    match:\n      pattern: "(auki"\n', 8, 16, "pattern"),
        ("pack: [\n", 1, 7, "invalid type"),
        (b"pack: p\nrules: []\n# \xff\n", 3, 3, "UTF-8"),
        (RULE.format(id="tone.profanity") + "    match: {terms: [x]}\n", 3, 9, "duplicate rule id"),
    ],
    ids=["unknown-key", "bad-pattern", "not-yaml", "not-utf8", "duplicate-id"],
)
def test_bad_rule_file(tmp_path: Path, content: str | bytes, line: int, column: int, says: str) -> None:
    bad = tmp_path / "huono.yaml"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, encoding="utf-8")
    with pytest.raises(somelint.RuleError) as e:
        somelint.Linter(rules=[bad])
    err = e.value
    assert isinstance(err, somelint.SomelintError) and isinstance(err, ValueError)
    assert (err.file, err.line, err.column) == (str(bad), line, column), str(err)
    assert says in err.message
    assert str(err).startswith(f"{bad}:{line}:{column}: {err.message}")
    if says == "duplicate rule id":  # the hint says where the id is already used
        assert err.help is not None and "builtin:" in err.help


def test_bad_config(tmp_path: Path) -> None:
    config = tmp_path / ".somelint.yaml"
    config.write_text("platform: facebook\nsignature:\n  names: [Maija, \"\"]\n", encoding="utf-8")
    with pytest.raises(somelint.ConfigError) as e:
        somelint.Linter(config)
    assert (e.value.file, e.value.line) == (str(config), 3)
    assert e.value.column > 1
    config.write_text("platform: myspace\n", encoding="utf-8")
    with pytest.raises(somelint.ConfigError) as e:
        somelint.Linter(str(config))
    assert (e.value.line, e.value.column) == (1, 11)
    with pytest.raises(somelint.ConfigError) as e:
        somelint.Linter(config_yaml="lang: fi\nrules: {tone: loud}\n")
    assert e.value.file == "<config>" and e.value.line == 2
    with pytest.raises(FileNotFoundError) as nf:
        somelint.Linter(tmp_path / "ei-ole.yaml")
    assert nf.value.filename == str(tmp_path / "ei-ole.yaml")
    assert str(nf.value) == f"[Errno 2] No such file or directory: '{tmp_path / 'ei-ole.yaml'}'"
    with pytest.raises(FileNotFoundError):
        somelint.Linter(rules=[tmp_path / "ei-ole.yaml"])
    with pytest.raises(ValueError, match="not both"):
        somelint.Linter(config, config_yaml="lang: fi\n")
    with pytest.raises(somelint.OptionsError) as o:
        somelint.Linter(select=["tone.ei-ole"])
    assert o.value.file is None and "tone.ei-ole" in str(o.value)
    with pytest.raises(ValueError, match="lang"):
        somelint.Linter(lang="sv")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        somelint.Linter(threads=0)
    with pytest.raises(TypeError):
        somelint.Linter(rules="omat.yaml")  # type: ignore[arg-type]


def test_errors_pickle() -> None:
    err = somelint.RuleError("bad", "r.yaml", 3, 5, "fix it")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is somelint.RuleError
    assert (back.message, back.file, back.line, back.column, back.help) == ("bad", "r.yaml", 3, 5, "fix it")
    assert str(back) == "r.yaml:3:5: bad\nhelp: fix it"


def test_check_many_matches_check(linter: somelint.Linter) -> None:
    texts = [SWEAR, HETU, "", "Hyvää päivää!", SWEAR * 3]
    many = linter.check_many(texts, ["x", None, "facebook", None, "instagram"], reply_to="post-1")
    one = [linter.check(t, p, reply_to="post-1") for t, p in zip(texts, ["x", None, "facebook", None, "instagram"])]
    assert many == one
    assert linter.check_many(texts, "x") == [linter.check(t, "x") for t in texts]
    assert linter.check_many([]) == []
    single = somelint.Linter(threads=1)
    pool = somelint.Linter(threads=3)
    assert single.check_many(texts) == pool.check_many(texts) == linter.check_many(texts)
    with pytest.raises(ValueError, match="platforms has 1 items for 5 texts"):
        linter.check_many(texts, ["x"])
    with pytest.raises(TypeError):
        linter.check_many("yksi teksti")  # type: ignore[arg-type]


def test_pickled_linters_are_shared(tmp_path: Path) -> None:
    config = tmp_path / "c.yaml"
    config.write_text("rules:\n  tone.exclamations: off\n", encoding="utf-8")
    linter = somelint.Linter(config, lang="en", redact=False, threads=1)
    blob = pickle.dumps(linter)
    config.unlink()  # the copy needs no file
    a, b = pickle.loads(blob), pickle.loads(blob)
    assert a is b and a is not linter
    assert (a.rules, a.lang, a.redact) == (linter.rules, "en", False)
    assert a.check_many([SWEAR, HETU]) == linter.check_many([SWEAR, HETU])
    with pytest.raises(ValueError, match="not a pickled Linter"):
        somelint.Linter._from_state(b"{}")


def test_check_many_from_many_threads(linter: somelint.Linter) -> None:
    """Several Python threads share one linter; each gets exactly its own results."""
    texts = [f"{SWEAR} Viesti {i}." if i % 3 else f"{HETU} {i}" for i in range(600)]
    expected = [[f.to_dict() for f in found] for found in somelint.Linter(threads=1).check_many(texts)]
    barrier = threading.Barrier(6)

    def work(k: int) -> list[list[dict[str, object]]]:
        barrier.wait()
        mine = texts[k:] + texts[:k]
        got = linter.check_many(mine) if k % 2 else [linter.check(t) for t in mine]
        # mine[i] is texts[(i + k) % n]: rotate the results back.
        return [[dict(f.to_dict()) for f in found] for found in got[-k:] + got[:-k]]

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(work, range(6)))
    for r in results:
        assert r == expected


def test_check_many_releases_the_gil(linter: somelint.Linter) -> None:
    """While check_many runs, another Python thread keeps running."""
    texts = [SWEAR * 5] * 2000
    ticks = 0
    done = threading.Event()

    def tick() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    t = threading.Thread(target=tick)
    t.start()
    before = ticks
    linter.check_many(texts)
    during = ticks - before
    done.set()
    t.join()
    assert during > 1000, during


def test_version_and_repr(linter: somelint.Linter) -> None:
    assert somelint.__version__.count(".") == 2
    assert repr(linter).startswith("Linter(rules=") and "lang='fi'" in repr(linter)
