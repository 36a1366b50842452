#!/usr/bin/env python3
"""Keep only the predictions inside the part of each document its gold annotates.

MEANTIME annotates the title, the date line and the first sentences of each article: lines 0-5 of the
uniform JSONL text (one sentence per line). Predictions further down can be neither right nor wrong, so
they are dropped before scoring with ../shared/eval/score_spans.py.

Usage: clip_to_annotated_lines.py PREDICTIONS.jsonl INPUT.jsonl [LAST_LINE] > clipped.jsonl
  INPUT.jsonl is what `score_spans.py input` wrote (it holds each document's text); LAST_LINE defaults to 5.
"""
import json
import sys


def line_end(text, last_line):
    """Offset just past line LAST_LINE (0-based) of text."""
    pos = 0
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        pos += len(ln)
        if i >= last_line:
            return pos
        pos += 1
    return len(text)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    last_line = int(argv[3]) if len(argv) > 3 else 5
    with open(argv[2], encoding="utf-8") as f:
        limits = {str(d["id"]): line_end(d["text"], last_line) for d in map(json.loads, f)}
    with open(argv[1], encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            limit = limits.get(str(doc["id"]))
            if limit is not None:
                doc["timexes"] = [t for t in doc.get("timexes", []) if t.get("field") != "title" and t["end"] <= limit]
                for e in doc.get("entities", []):
                    e["mentions"] = [m for m in e.get("mentions", []) if m["end"] <= limit]
            print(json.dumps(doc, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
