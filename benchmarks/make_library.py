"""Write a synthetic library of banks for benchmarks: `python benchmarks/make_library.py OUT [N]`.

100 files of 100 questions each by default (10,000 questions), every question type, each bank
with a source text its questions quote, so loading does all the work a real library needs.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

WORDS = [
    "treaty",
    "embassy",
    "pipeline",
    "congress",
    "delegation",
    "minister",
    "energy",
    "corridor",
    "caspian",
    "region",
    "agreement",
    "visit",
    "senator",
    "secretary",
    "committee",
    "letter",
    "speech",
    "forum",
    "security",
    "cooperation",
    "freedom",
    "press",
    "journalist",
    "reform",
    "economy",
    "transport",
    "mandate",
    "league",
    "neighbour",
]


def _sentence(rng: random.Random, n: int = 12) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _question(rng: random.Random, i: int, quote: str) -> str:
    kind = ["single", "multiple", "true_false", "short", "numeric", "order", "match"][i % 7]
    head = (
        f"  - id: q{i:04d}\n    type: {kind}\n    prompt: {_sentence(rng)[:-1]}?\n"
        f'    explanation: {_sentence(rng)}\n    source: "{quote}"\n'
        f"    tags: [{', '.join(rng.sample(WORDS, 2))}]\n    difficulty: medium\n"
    )
    opts = [f"{rng.choice(WORDS)} {j}" for j in range(4)]
    body = {
        "single": f"    choices: [{', '.join(opts)}]\n    answer: {opts[1]}\n",
        "multiple": f"    choices: [{', '.join(opts)}]\n    answer: [{opts[0]}, {opts[2]}]\n",
        "true_false": "    answer: true\n",
        "short": f"    answer: [{opts[0]}, {opts[1]}]\n    typos: 1\n",
        "numeric": f"    answer: {1900 + i % 120}\n    tolerance: 0\n",
        "order": "    items:\n" + "".join(f"      - {o}\n" for o in opts),
        "match": "    pairs:\n"
        + "".join(f"      {o}: {rng.choice(WORDS)} {j}\n" for j, o in enumerate(opts)),
    }[kind]
    return head + body


def make_library(out: Path, files: int = 100, per_file: int = 100, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for f in range(files):
        paragraphs = [" ".join(_sentence(rng) for _ in range(4)) for _ in range(40)]
        (out / f"text-{f:03d}.txt").write_text(
            "Title\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
        )
        lines = [
            f"title: Synthetic bank {f}\nid: synthetic-{f:03d}\n",
            f"source:\n  file: text-{f:03d}.txt\n  license: CC0\n",
            "defaults:\n  time_limit: 45\n  points: 1\nquestions:\n",
        ]
        for i in range(per_file):
            quote = " ".join(rng.choice(paragraphs).split()[2:9])
            lines.append(_question(rng, i, quote))
        path = out / f"bank-{f:03d}.yaml"
        path.write_text("".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    written = make_library(target, files=count)
    print(f"wrote {len(written)} banks to {target}")
