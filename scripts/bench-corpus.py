#!/usr/bin/env python3
"""Writes a benchmark corpus of wire-style articles (JSON Lines) from Readout's own training sentences.

Each article is 12 sentences drawn (seeded) from train/wire-train-*.jsonl, dated by its first sentence; every
article has its own id, URL and text, so none is a duplicate or a near-copy of another. The sentences are long
news sentences (datelines, attributions, appositions), unlike the short example corpus.

Usage: scripts/bench-corpus.py OUT.jsonl [--rounds N] [--seed S]
"""
import argparse
import glob
import json
import os
import random

here = os.path.dirname(os.path.abspath(__file__))
p = argparse.ArgumentParser()
p.add_argument("out")
p.add_argument("--rounds", type=int, default=3, help="passes over the sentences, each shuffled anew")
p.add_argument("--seed", type=int, default=7)
a = p.parse_args()

sentences = []
for f in sorted(glob.glob(os.path.join(here, "..", "train", "wire-train-*.jsonl"))):
    with open(f, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                sentences.append((r["date"], r["text"]))
rng = random.Random(a.seed)
n = 0
with open(a.out, "w", encoding="utf-8") as out:
    for round_ in range(a.rounds):
        order = sentences[:]
        rng.shuffle(order)
        for i in range(0, len(order) - 11, 12):
            chunk = order[i:i + 12]
            n += 1
            out.write(json.dumps({"id": f"bench-{n:05d}", "date": chunk[0][0], "url": f"https://bench.example/{n}",
                                  "outlet": "Bench Wire", "title": f"Bench article {n}",
                                  "text": " ".join(t for _, t in chunk)}) + "\n")
print(f"wrote {n} articles to {a.out}")
