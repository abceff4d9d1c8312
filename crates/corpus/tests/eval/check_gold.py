#!/usr/bin/env python3
"""Check the development corpus gold (crates/corpus/tests/eval): every anchor occurs once in
its article (after the scorer's normalisation), codes exist in canon/*.toml, dates parse,
required fields are present, every alias of canon `same` names an existing world id.
Usage: python3 check_gold.py [gold/x.toml ...]
       python3 check_gold.py --duplicates   (world ids of different gold files that share a
       day, a type and a place in articles of their own: candidates for canon `same`)"""
import datetime, glob, os, re, sys, tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"fighting", "ceasefire", "talks", "diplomacy", "statement", "humanitarian", "casualties",
         "protest", "political", "incident", "context"}
CLASSES = {"explicit", "partial", "numeric", "weekday", "deictic", "anaphoric", "fuzzy", "range",
           "liveblog", "narrative", "reporting", "inherited", "dateline"}
TIERS = {"core", "minor", "context"}
GENRES = {"wire", "liveblog", "explainer", "brief", "interview", "oped", "regional", "anniversary"}


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00ab", '"').replace("\u00bb", '"')
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r'"\s+', '"', s)
    s = re.sub(r'\s+"', '"', s)
    return re.sub(r"\s+", " ", s).lower()


def duplicates():
    """Print candidate pairs for canon `same`: to be read, not applied blindly."""
    same = {}
    for f in glob.glob(os.path.join(HERE, "canon", "*.toml")):
        same.update(tomllib.load(open(f, "rb")).get("same", {}))
    worlds = {}
    for f in sorted(glob.glob(os.path.join(HERE, "gold", "*.toml"))):
        for e in tomllib.load(open(f, "rb")).get("event", []):
            w = worlds.setdefault(same.get(e["world"], e["world"]), [set(), set(), set(), set(), set(), []])
            for i, k in enumerate(["dates", "types", "places"]):
                w[i] |= set(e.get(k, [])) - {"ANY"}
            w[3].add(e["article"])
            w[4].add(os.path.basename(f))
            w[5].append(f"[{e['article']}] {e['anchors'][0][:90]}")
    ids = sorted(worlds)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            x, y = worlds[a], worlds[b]
            if x[0] & y[0] and x[1] & y[1] and x[2] & y[2] and not x[3] & y[3] and not x[4] & y[4]:
                print(f"{a} <-> {b}")
                for line in x[5][:2] + y[5][:2]:
                    print(f"    {line}")


def main():
    if sys.argv[1:] == ["--duplicates"]:
        return duplicates()
    canon = {"actors": set(), "places": {"ANY"}, "same": {}}
    for f in glob.glob(os.path.join(HERE, "canon", "*.toml")):
        c = tomllib.load(open(f, "rb"))
        canon["actors"] |= set(c.get("actors", {}))
        canon["places"] |= set(c.get("places", {}))
        canon["same"].update(c.get("same", {}))
    arts = {}
    errors = []
    for p in glob.glob(os.path.join(HERE, "articles", "*.md")):
        aid = os.path.basename(p)[:-3]
        text = open(p, encoding="utf-8").read()
        m = re.match(r"\+\+\+\n(.*?)\n\+\+\+\n(.*)", text, re.S)
        if not m:
            errors.append(f"{p}: no +++ front matter")
            continue
        fm = tomllib.loads(m.group(1))
        for k in ["title", "outlet", "published", "language", "genre"]:
            if k not in fm:
                errors.append(f"{p}: front matter lacks {k}")
        if fm.get("genre") not in GENRES:
            errors.append(f"{p}: genre {fm.get('genre')!r} not in {sorted(GENRES)}")
        arts[aid] = norm(m.group(2))
    files = sys.argv[1:] or glob.glob(os.path.join(HERE, "gold", "*.toml"))
    n = 0
    for f in files:
        g = tomllib.load(open(f, "rb"))
        for i, e in enumerate(g.get("event", [])):
            n += 1
            where = f"{os.path.basename(f)} event #{i + 1} ({e.get('article')}, {e.get('anchors', ['?'])[:1]})"
            for k in ["article", "world", "anchors", "dates", "types", "actors", "places", "tier", "date_class"]:
                if k not in e:
                    errors.append(f"{where}: missing {k}")
            body = arts.get(e.get("article"))
            if body is None:
                errors.append(f"{where}: no article {e.get('article')}")
                continue
            for a in e.get("anchors", []):
                c = body.count(norm(a))
                if c != 1:
                    errors.append(f"{where}: anchor occurs {c} times: {a!r}")
            for d in e.get("dates", []) + ([e["end"]] if "end" in e else []):
                try:
                    datetime.date.fromisoformat(d)
                except Exception:
                    errors.append(f"{where}: bad date {d!r}")
            for t in e.get("types", []):
                if t not in TYPES:
                    errors.append(f"{where}: unknown type {t}")
            for a in e.get("actors", []):
                if a not in canon["actors"]:
                    errors.append(f"{where}: unknown actor code {a} (add it to canon/<batch>.toml)")
            for p in e.get("places", []):
                if p not in canon["places"]:
                    errors.append(f"{where}: unknown place code {p} (add it to canon/<batch>.toml)")
            if e.get("tier") not in TIERS:
                errors.append(f"{where}: tier {e.get('tier')!r}")
            if e.get("date_class") not in CLASSES:
                errors.append(f"{where}: date_class {e.get('date_class')!r} not in {sorted(CLASSES)}")
        for i, ng in enumerate(g.get("negative", [])):
            body = arts.get(ng.get("article"))
            if body is None or norm(ng.get("text", "")) not in body:
                errors.append(f"{os.path.basename(f)} negative #{i + 1}: text not in article {ng.get('article')}")
    worlds = set()
    for f in glob.glob(os.path.join(HERE, "gold", "*.toml")):
        worlds |= {e.get("world") for e in tomllib.load(open(f, "rb")).get("event", [])}
    for alias, world in canon["same"].items():
        for w in (alias, world):
            if w not in worlds:
                errors.append(f"canon same: {w} is no world id of the gold")
    for e in errors:
        print(e)
    print(f"{len(arts)} articles, {n} gold events checked, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
