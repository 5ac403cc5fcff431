"""A generated jsonl archive of posts, made reproducibly from the repository's own drafts: the
fixtures and the dev halves of the evaluation corpus, with channels, replies and small changes
so that the posts are not all alike."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any, Optional

PLATFORMS: list[Optional[str]] = [None, "facebook", "x", "instagram", "linkedin", "mastodon"]


def source_texts(root: Path) -> list[str]:
    texts = []
    for path in sorted((root / "fixtures").rglob("*")):
        if "corpus" in path.parts:
            continue
        if path.suffix in (".txt", ".md"):
            texts.append(path.read_text(encoding="utf-8"))
    for dev in sorted((root / "fixtures" / "corpus").glob("*/dev.jsonl")):
        with dev.open(encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        # The disguise set's items are sentences.
        texts.extend(r.get("text") or r["sentence"] for r in rows)
    return texts


def records(root: Path, n: int, seed: int = 2026) -> list[dict[str, Any]]:
    """``n`` records ``{"id", "text", "platform"[, "reply_to"]}``."""
    rng = random.Random(seed)
    texts = source_texts(root)
    endings = ["", "", " #Suomussalmi", "\n\n-Maija", " Lue lisää: https://suomussalmi.fi/", " 😊"]
    out = []
    for i in range(n):
        text = rng.choice(texts) + rng.choice(endings)
        record: dict[str, Any] = {"id": f"post-{i:06d}", "text": text}
        platform = PLATFORMS[i % len(PLATFORMS)]
        if platform is not None:
            record["platform"] = platform
        if i % 7 == 3:
            record["reply_to"] = f"post-{i - 1:06d}"
        out.append(record)
    return out


def write(path: Path, recs: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path
