#!/usr/bin/env python3
"""Sanity checks for the Dateline sample corpus and its gold annotations.

Usage:
  python3 sample-corpus/check_gold.py [--lint]

Checks (standard library only):
  * every articles/*/*.jsonl line parses and has id, title, text, published, url;
  * every gold/*.json is valid JSON with id, published, timexes (and an optional dateline);
  * every gold id names an article of the corpus;
  * every gold timex `text` occurs verbatim in the article (title + body), at least
    as many times as the gold lists it;
  * values look like TIMEX3 values (no X placeholders).
With --lint it also lists words in gold articles that look temporal (month and day
names, time-unit words, years, clock times) but lie outside every gold timex, for a
human to review. Exit status 1 if any check fails.
"""
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))


class _ArticleHTML(HTMLParser):
    """Headline and paragraphs of the <article> element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.cur = None
        self.title = ""
        self.paras = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in ("h1", "p") and not any(
                k == "class" and v and "byline" in v for k, v in attrs):
            self.cur = [tag, ""]

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        elif self.cur and tag == self.cur[0]:
            text = re.sub(r"\s+", " ", self.cur[1]).strip()
            if self.cur[0] == "h1":
                self.title = text
            elif text:
                self.paras.append(text)
            self.cur = None

    def handle_data(self, data):
        if self.cur:
            self.cur[1] += data


def load_articles():
    """id -> (title + blank line + body, source path)."""
    arts = {}
    errors = []
    for p in sorted(glob.glob(os.path.join(ROOT, "articles", "*", "*"))):
        name = os.path.basename(p)
        if name.endswith(".txt"):
            arts[name[:-4]] = (open(p, encoding="utf-8").read(), p)
        elif name.endswith(".html"):
            parser = _ArticleHTML()
            parser.feed(open(p, encoding="utf-8").read())
            arts[name[:-5]] = (parser.title + "\n\n" + "\n\n".join(parser.paras), p)
        elif name.endswith(".jsonl"):
            for n, line in enumerate(open(p, encoding="utf-8"), 1):
                if not line.strip():
                    continue
                try:
                    o = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{p}:{n}: not JSON: {e}")
                    continue
                missing = [k for k in ("id", "title", "text", "published", "url") if k not in o]
                if missing:
                    errors.append(f"{p}:{n}: missing {missing}")
                    continue
                arts[o["id"]] = (o["title"] + "\n\n" + o["text"], f"{p}:{n}")
    return arts, errors


VALUE = re.compile(
    r"^(\d{1,4}(-\d\d(-\d\d(T(\d\d:\d\d|MO|AF|EV|NI))?)?|-W\d\d)?"      # dates, weeks, parts of day, centuries
    r"|P(\d+(\.\d+)?[YMWD])+|PT(\d+(\.\d+)?[HMS])+)$")                   # durations and sets


def check_value(v):
    parts = v.split("/")
    return len(parts) <= 2 and all(VALUE.match(x) for x in parts)


TEMPORAL = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Aug|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"today|tonight|yesterday|tomorrow|weeks?|months?|years?|days?|hours?|minutes?|decades?|"
    r"century|centuries|morning|afternoon|evening|night|noon|midday|midnight|dawn|daily|weekly|"
    r"annually|ago|overnight|now|soon|recently|currently|GMT|EST|"
    r"1[0-9]{3}|20[0-9]{2}|\d{1,2}:\d\d)\b")


def main(argv):
    lint = "--lint" in argv
    arts, errors = load_articles()
    golds = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
    for gp in golds:
        try:
            gold = json.load(open(gp, encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{gp}: not JSON: {e}")
            continue
        gid = gold.get("id")
        if gid != os.path.basename(gp)[:-5]:
            errors.append(f"{gp}: id {gid!r} does not match the file name")
        if gid not in arts:
            errors.append(f"{gp}: no article with id {gid!r}")
            continue
        text = arts[gid][0]
        if not re.match(r"^\d{4}-\d\d-\d\d$", str(gold.get("published"))):
            errors.append(f"{gp}: bad published {gold.get('published')!r}")
        dl = gold.get("dateline")
        if dl is not None and (not dl.get("place") or not re.match(r"^\d{4}-\d\d-\d\d$", str(dl.get("date")))):
            errors.append(f"{gp}: bad dateline {dl!r}")
        counts = {}
        covered = [False] * len(text)
        for t in gold.get("timexes", []):
            tt, val = t.get("text", ""), str(t.get("value", ""))
            counts[tt] = counts.get(tt, 0) + 1
            if not check_value(val):
                errors.append(f"{gid}: odd value {val!r} for {tt!r}")
            for m in re.finditer(re.escape(tt), text):
                for i in range(m.start(), m.end()):
                    covered[i] = True
        for tt, n in counts.items():
            occ = text.count(tt)
            if occ == 0:
                errors.append(f"{gid}: timex text {tt!r} not found in the article")
            elif occ < n:
                errors.append(f"{gid}: timex text {tt!r} listed {n} times, occurs {occ} times")
        if lint:
            for m in TEMPORAL.finditer(text):
                if not all(covered[m.start():m.end()]):
                    ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                    print(f"lint {gid}: {m.group(0)!r} not in a gold timex: ...{ctx}...")
    n_articles = len(arts)
    print(f"articles: {n_articles}, gold files: {len(golds)}, errors: {len(errors)}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
