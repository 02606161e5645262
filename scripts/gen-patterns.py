#!/usr/bin/env python3
"""Generate Readout event patterns from the PETRARCH2/Phoenix CAMEO verb dictionary.

Usage: scripts/gen-patterns.py [PETRARCH2_DIR] [OUT]
  PETRARCH2_DIR  default ../shared/reference-data/petrarch2 (relative to the repository root)
  OUT            default readout-core/src/main/resources/lexicon/phoenix-verbs.tsv

Reads CAMEO.2.0.txt (MIT licence, Copyright (c) 2015 Open Event Data Alliance) and writes one Readout
pattern row per verb and per verb pattern it can express over a dependency parse (format in
docs/patterns.md). Every row keeps its source line. What is translated:
  VERB [code]                      -> verb            code
  +VERB_PARTICLE [code]            -> verb+particle   code
  - * WORD [code]                  -> verb  code  theme=word          (an object word)
  - * {MOD WORD} [code]            -> verb  code  theme=word theme/mod=mod  (a phrase: its head and the word before it)
  - * (PREP WORD ...) [code]       -> verb  code  prep:PREP=word      (a prepositional phrase)
  - * PREP + [code], - * (PREP +)  -> verb  code  prep:PREP->target   (the target under a preposition)
  - * WORD PREP + [code]           -> verb  code  theme=word theme/prep:PREP->target
Synsets (&NAME) expand to their members' head nouns. Patterns with material before the verb (passives,
subjects), skip markers, or anything else are left out. Codes the pinned CAMEO table lacks are mapped to
the nearest code it has (3-digit prefix, then the root), and the mapping is listed in the output header.
Deterministic: the same input gives the same file.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "reference-data", "petrarch2")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "readout-core/src/main/resources/lexicon/phoenix-verbs.tsv")
TABLE = os.path.join(ROOT, "readout-core/src/main/resources/ontology/cameo-goldstein.tsv")

# Verbs too light to carry an event on their own; their patterns with an object word are kept.
LIGHT = {"be", "have", "do", "make", "take", "give", "get", "go", "come", "put", "set", "keep", "hold", "use",
         "play", "open", "run", "move", "leave", "say", "tell", "call", "see", "bring", "turn", "show", "find",
         "become", "seem", "look", "let", "begin", "start", "continue", "remain", "stay", "work", "try", "end",
         "add", "include", "follow", "expect", "want", "need", "know", "think", "reach", "receive", "pass",
         "face", "raise", "carry", "return", "report", "write", "read", "speak", "talk", "ask", "note", "hope",
         "plan", "prepare", "announce", "state", "claim", "confirm", "deny", "agree", "offer", "meet", "visit"}
PREPS = {"to", "with", "against", "on", "at", "for", "from", "into", "over", "about", "of", "in", "toward",
         "towards", "across", "upon", "between", "by", "through", "under", "off", "out", "up", "down", "away"}


# The Phoenix dictionary numbers root 16 as the CAMEO manual does (163 sanctions, 164 halt negotiations,
# 165 halt mediation, 166 expel or withdraw); the pinned table numbers it 163 halt negotiations,
# 164 expel or withdraw, 165 halt mediation, 166 sanctions. Rows are renumbered by meaning.
RENUMBERED = {"163": "166", "164": "163", "166": "164"}

# Flags a row takes from its code (docs/patterns.md): protests (root 14) are one-sided and, with no target
# named, aimed at home; what an appeal (02) or a demand (10) asks for is not done ("pleaded with NATO to stop
# its bombing"), so a verb's own sense of those roots, with no condition, is irreal. What an order or a decree
# commands is coded as done ("ordered an inquiry into the riots"), as wire coders code it.
COMMANDS = {"order", "decree"}


def flags_for(key, code, conds):
    if code.startswith("14"):
        return "mono,home"
    return "irreal" if code[:2] in ("02", "10") and not conds and key not in COMMANDS else ""


def known_codes():
    codes = set()
    with open(TABLE, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            codes.add(line.split("\t")[0].strip())
    return codes


def lemma(word):
    w = word.lower().strip("_")
    if "_" in w:
        w = w.split("_")[-1]  # a compound's head: PEACE_TALKS -> talks
    if len(w) > 4 and w.endswith("ies"):  # ties -> tie, not ty
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss") and not w.endswith("us"):
        return w[:-1]
    return w


def main():
    codes = known_codes()
    code_map = {}

    def fit(code):
        if not code.isdigit():
            return None
        for manual, pinned in RENUMBERED.items():
            if code.startswith(manual):
                code_map[code] = pinned + code[len(manual):]
                code = code_map[code]
                break
        if code in codes:
            return code
        for c in (code[:3], code[:2] + "0"):
            if c in codes:
                code_map[code] = c
                return c
        return None

    path = os.path.join(SRC, "CAMEO.2.0.txt")
    with open(path, encoding="latin-1") as f:
        lines = f.read().split("\n")

    synsets, current = {}, None
    for line in lines:
        s = line.split("#")[0].rstrip()
        if s.startswith("&"):
            current = s[1:].strip()
            synsets[current] = set()
        elif current and s.startswith("+"):
            w = s[1:].strip()
            if w:
                synsets[current].add(lemma(w))
        elif s.startswith("---"):
            current = None

    rows = {}  # (key, conditions) -> (code, source); the first line wins

    def emit(key, code, conds, n):
        code = fit(code)
        if code is None:
            return
        sig = (key, conds)
        if sig not in rows:
            rows[sig] = (code, "CAMEO.2.0.txt:%d" % n)

    def words(token):
        token = token.strip("{}")
        if token.startswith("&"):
            return sorted(synsets.get(token[1:], set()))
        parts = token.split()
        return [lemma(parts[-1])] if parts else []

    def modified(path, token):
        # a phrase's word before its head is required as the head's modifier: {BITTER ATTACK} under RESUME is a
        # verbal attack (111), not any attack; {MOCK ATTACK} under STAGE is a show of force, not every attack staged
        parts = token.strip("{}").split()
        if token.startswith("&") or len(parts) < 2 or not re.match(r"^[A-Za-z][A-Za-z'-]*$", parts[-2]):
            return ""
        return " %s/mod=%s" % (path, lemma(parts[-2]))

    block_code, block_verbs = None, []
    for n, raw in enumerate(lines, 1):
        line = raw.split("#")[0].rstrip()
        comment = raw.split("#", 1)[1].strip() if "#" in raw else ""
        if not line.strip():
            continue
        m = re.match(r"^---\s+(\S.*?)\s+\[([0-9:-]+)\]\s+---", line)
        if m:
            block_code = m.group(2).split(":")[0]
            block_verbs = []
            continue
        if block_code is None or line.startswith("&") or (line.startswith("+") and " " not in line.strip() and "_" not in line):
            continue
        if not line.startswith("- "):
            # a verb line: VERB [code] {FORMS}, or +VERB_PARTICLE [code]
            m = re.match(r"^\+?([A-Z][A-Z'-]*(?:_[A-Z'-]+)*)\s*(?:\{[^}]*\})?\s*(?:\[([0-9:-]+)\])?", line.strip())
            if not m:
                continue
            parts = m.group(1).lower().split("_")
            key = parts[0] if len(parts) == 1 else parts[0] + "+" + parts[1] if len(parts) == 2 and parts[1] in PREPS else None
            if key is None:
                continue
            code = (m.group(2) or block_code).split(":")[0]
            block_verbs.append(parts[0])
            # PETRARCH's plain statement verbs (root 01: "convey", "count", "involve") say too little to code on
            # their own and would hide the event noun they govern ("conveyed his wish for China to …")
            if code != "---" and not code.startswith("01") and not (len(parts) == 1 and parts[0] in LIGHT):
                emit(key, code, "", n)
            continue
        # a pattern: - [pre] * post [code] # VERB
        m = re.match(r"^-\s+(.*)\s\[([0-9:-]+)\]\s*$", line)
        if not m:
            continue
        body, code = m.group(1).strip(), m.group(2).split(":")[0]
        if code == "---" or not body.startswith("*"):
            continue
        verb = comment.split()[0].lower() if comment else None
        if verb not in block_verbs:
            continue
        post = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", body[1:].strip())
        if not post or any(t in ("$", "^", "%") or "$" in t for t in post):
            continue
        conds = None
        first = post[0]
        if first.startswith("(") and first.endswith(")"):
            inner = first[1:-1].split()
            if inner and inner[0].lower() in PREPS:
                prep = inner[0].lower()
                rest = [t for t in inner[1:] if t not in ("+",)]
                if not rest and "+" in inner:
                    conds = "prep:%s->target" % prep
                elif not rest:
                    conds = "+%s" % prep
                elif len(post) == 1:
                    phrase = " ".join(rest) if not rest[-1].startswith("&") else rest[-1]
                    ws = words(phrase)
                    if ws:
                        conds = "prep:%s=%s" % (prep, "|".join(ws)) + modified("prep:" + prep, phrase)
        elif first.lower() in PREPS and len(post) == 2 and post[1] == "+":
            conds = "prep:%s->target" % first.lower()
        elif first == "+" and len(post) == 1:
            conds = "obj->target"
        elif re.match(r"^[&{A-Z]", first):
            ws = words(first)
            if ws and all(re.match(r"^[a-z][a-z'-]*$", w) for w in ws):
                if len(post) == 1:
                    conds = "theme=%s" % "|".join(ws) + modified("theme", first)
                elif len(post) == 3 and post[1].lower() in PREPS and post[2] == "+":
                    conds = "theme=%s theme/prep:%s->target" % ("|".join(ws), post[1].lower()) + modified("theme", first)
        if conds:
            emit(verb, code, conds, n)

    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Event patterns generated from the PETRARCH2/Phoenix CAMEO verb dictionary (CAMEO.2.0.txt).\n")
        out.write("# Source: openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf, data/dictionaries/CAMEO.2.0.txt\n")
        out.write("# Licence: MIT, Copyright (c) 2015 Open Event Data Alliance (see NOTICE).\n")
        out.write("# Generated by scripts/gen-patterns.py - do not edit; hand-curated rows in events.tsv win over these.\n")
        out.write("# Columns: key, code, flags, conditions, source (file:line). Format: docs/patterns.md\n")
        for src, dst in sorted(code_map.items()):
            why = "root 16 renumbered by meaning" if src[:3] in RENUMBERED else "the pinned CAMEO table has no %s" % src
            out.write("# code map: %s -> %s (%s)\n" % (src, dst, why))
        for (key, conds), (code, source) in sorted(rows.items()):
            out.write("%s\t%s\t%s\t%s\t%s\n" % (key, code, flags_for(key, code, conds), conds, source))
    print("%d patterns, %d codes mapped -> %s" % (len(rows), len(code_map), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
