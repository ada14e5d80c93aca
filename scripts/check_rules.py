#!/usr/bin/env python3
"""Validate a stancegraph rules directory (python3 stdlib only).

    python3 scripts/check_rules.py [RULES_DIR] [--seeds DIR] [--reuters CSV]

Checks: every *.json parses (error with file:line:column); known sections and
fields; countries use ISO 3166-1 alpha-3 codes from iso-codes and cover all of
them; unique actor codes, person ids, stance ids, boilerplate ids; unique
aliases/adjectives across countries, organisations AND the iso-codes names the
loader adds; person aliases never equal an actor alias, and a person alias
shared by two people only when their role dates never overlap; ISO dates with
from < until; roles point at existing actor codes and use the title
vocabulary; stance types among the 18 PLOVER types; every regex compiles under
Python re (a proxy for RE2) and uses no lookaround or backreference;
boilerplate patterns match none of the story lines of the seed pages listed in
SEEDS below (read at run time from the shared corpus, never copied here) and
none of the sentences of the Reuters 2017 CSV, and do match the listed
boilerplate lines. Prints counts; exit status 1 on any error.
"""
import csv
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_SEEDS = "/work/shared/corpus/seeds"
DEFAULT_REUTERS = "/work/shared/corpus/reuters-politics-2017/reuters_politics_2017.csv"

TYPES = ["agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "investigate", "demand",
         "disapprove", "reject", "threaten", "protest", "mobilize", "sanction", "coerce", "assault", "fight"]
ACTOR_TYPES = {"government", "igo", "armed group", "party", "ngo", "media", "business", "rebels", "opposition", "territory"}
TITLES = {"president", "president-elect", "vice president", "prime minister", "chancellor", "foreign minister",
          "defence minister", "secretary of state", "secretary-general", "high representative", "spokesman",
          "spokeswoman", "king", "emperor", "supreme leader", "leader", "minister", "ambassador", "envoy",
          "chairman", "commission president", "council president", "deputy foreign minister",
          "national security adviser", "attorney general", "special counsel", "director",
          "treasury secretary", "trade representative"}
SECTIONS = {"actors", "people", "stances", "boilerplate", "speech_verbs", "cues"}

# Seed pages used as test data. For each file (matched by name prefix): the
# line numbers (1-based) that ARE boilerplate and must be matched, and lines
# that are neither story nor required (captions, author names, page dates).
# Every other non-empty line is a story line that no pattern may match, and
# no "rest" pattern may fire before the last story line.
SEEDS = {
    "000_": {"boilerplate": [9, 17, 23, 29, 32, 33, 35], "neutral": [1, 27, 28]},
    "001_": {"boilerplate": [2, 34, 36, 40, 44, 61], "neutral": [1, 22, 28] + list(range(37, 61))},
    "002_": {"boilerplate": [13], "neutral": []},
    "003_": {"boilerplate": [1, 5, 29, 32, 33, 35, 37, 39], "neutral": [2, 3]},
    "004_": {"boilerplate": [33, 35, 37, 39, 41], "neutral": [31]},
}

LOOKAROUND = re.compile(r"\(\?<?[=!]|\\[1-9]|\(\?P=")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def load(path):
    text = open(path, encoding="utf-8").read()
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        err(f"{path}:{e.lineno}:{e.colno}: {e.msg}")
        return None


def date(s, where):
    if s == "":
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except ValueError:
        err(f"{where}: bad ISO date {s!r}")
        return None


def compile_rx(p, where, wrap=True):
    if not isinstance(p, str) or not p:
        err(f"{where}: empty or non-string pattern")
        return None
    if LOOKAROUND.search(p):
        err(f"{where}: lookaround/backreference not supported by RE2: {p}")
    try:
        return re.compile(r"\b(?:" + p + r")\b" if wrap else p, re.I)
    except re.error as e:
        err(f"{where}: regex does not compile: {e}: {p}")
        return None


def iso_names(entry):
    return [entry[k] for k in ("name", "common_name", "official_name") if entry.get(k) and "," not in entry[k]]


def main(argv):
    rules = "rules"
    seeds, reuters = DEFAULT_SEEDS, DEFAULT_REUTERS
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--seeds":
            seeds = args.pop(0)
        elif a == "--reuters":
            reuters = args.pop(0)
        else:
            rules = a
    iso = {e["alpha_3"]: e for e in json.load(open(ISO, encoding="utf-8"))["3166-1"]}

    actors, people, stances, boiler = [], [], [], []
    speech, cues = [], {}
    files = sorted(f for f in os.listdir(rules) if f.endswith(".json"))
    for f in files:
        path = os.path.join(rules, f)
        d = load(path)
        if d is None:
            continue
        if not isinstance(d, dict):
            err(f"{path}: top level must be an object")
            continue
        for k in d:
            if k not in SECTIONS:
                err(f"{path}: unknown section {k!r}")
        for a in d.get("actors", []):
            actors.append((f, a))
        for p in d.get("people", []):
            people.append((f, p))
        for s in d.get("stances", []):
            stances.append((f, s))
        for b in d.get("boilerplate", []):
            boiler.append((f, b))
        speech += d.get("speech_verbs", [])
        for k, v in d.get("cues", {}).items():
            cues.setdefault(k, []).extend(v)

    # ---------------------------------------------------------------- actors
    codes = {}
    alias_owner = {}      # alias -> code (aliases, adjectives, iso names)

    def claim(alias, code, what):
        if not isinstance(alias, str) or not alias.strip():
            err(f"{code}: empty {what}")
            return
        if alias != alias.strip():
            err(f"{code}: {what} {alias!r} has surrounding spaces")
        if re.match(r"(?i)the\s", alias):
            (warnings.append if what == "iso name" else err)(
                f"{code}: {what} {alias!r} starts with 'the' (the matcher skips articles)")
        prev = alias_owner.get(alias)
        if prev and prev[0] != code:
            err(f"alias {alias!r} on both {prev[0]} ({prev[1]}) and {code} ({what})")
        elif prev and prev[0] == code and prev[1] != what:
            warnings.append(f"{code}: {alias!r} is both {prev[1]} and {what}")
        else:
            alias_owner[alias] = (code, what)

    iso_seen = set()
    for f, a in actors:
        code = a.get("code", "")
        where = f"{f}:{code}"
        if not re.fullmatch(r"[A-Z][A-Z0-9]*", code or ""):
            err(f"{where}: code must be upper-case letters/digits")
        if code in codes:
            err(f"{where}: duplicate actor code (also in {codes[code]})")
        codes[code] = f
        for k in a:
            if k not in {"code", "name", "country", "type", "aliases", "adjectives", "references", "predecessor", "note"}:
                err(f"{where}: unknown field {k!r}")
        if f == "countries.json":
            if code not in iso:
                err(f"{where}: not an ISO 3166-1 alpha-3 code")
            iso_seen.add(code)
        if code in iso:
            for n in iso_names(iso[code]):
                claim(n, code, "iso name")
        else:
            if not a.get("name"):
                err(f"{where}: non-ISO actor needs a name")
            if a.get("type") not in ACTOR_TYPES:
                err(f"{where}: type {a.get('type')!r} not in {sorted(ACTOR_TYPES)}")
        if "type" in a and a["type"] not in ACTOR_TYPES:
            err(f"{where}: bad type {a['type']!r}")
        for al in a.get("aliases", []):
            claim(al, code, "alias")
        for adj in a.get("adjectives", []):
            claim(adj, code, "adjective")
    missing = sorted(set(iso) - iso_seen)
    if missing:
        err("countries.json lacks ISO codes: " + " ".join(missing))
    for f, a in actors:
        c = a.get("country")
        if c and c not in codes:
            err(f"{f}:{a.get('code')}: country {c!r} is not an actor code")

    # ---------------------------------------------------------------- people
    pids = set()
    person_alias = defaultdict(list)   # alias -> [(id, [(from, until)])]
    nroles = 0
    for f, p in people:
        pid = p.get("id", "")
        where = f"{f}:{pid}"
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", pid):
            err(f"{where}: id must be lower-case-slug")
        if pid in pids:
            err(f"{where}: duplicate person id")
        pids.add(pid)
        if not p.get("name"):
            err(f"{where}: no name")
        if p.get("gender", "female") not in ("female", "male"):
            err(f"{where}: gender must be \"female\" or \"male\"")
        spans = []
        roles = p.get("roles", [])
        if not roles:
            err(f"{where}: no roles")
        for r in roles:
            nroles += 1
            if r.get("actor") not in codes:
                err(f"{where}: role actor {r.get('actor')!r} is not an actor code")
            if r.get("title") not in TITLES:
                err(f"{where}: title {r.get('title')!r} not in vocabulary")
            a, b = date(r.get("from", ""), where), date(r.get("until", ""), where)
            if a is None:
                err(f"{where}: role without from date")
            if a and b and not a < b:
                err(f"{where}: from {a} not before until {b}")
            spans.append((a or datetime.date.min, b or datetime.date.max))
        for al in p.get("aliases", []):
            if al in alias_owner:
                err(f"{where}: person alias {al!r} is also an actor {alias_owner[al][1]} of {alias_owner[al][0]}")
            person_alias[al].append((pid, spans))
        if p.get("name") not in p.get("aliases", []):
            warnings.append(f"{where}: name is not among aliases")
    shared = []
    for al, owners in person_alias.items():
        if len(owners) < 2:
            continue
        shared.append((al, [o[0] for o in owners]))
        for i in range(len(owners)):
            for j in range(i + 1, len(owners)):
                for (a1, b1) in owners[i][1]:
                    for (a2, b2) in owners[j][1]:
                        if a1 < b2 and a2 < b1:
                            err(f"alias {al!r} shared by {owners[i][0]} and {owners[j][0]} with overlapping roles")

    # --------------------------------------------------------------- stances
    sids = set()
    per_type = Counter()
    npat = 0
    for f, s in stances:
        sid = s.get("id", "")
        where = f"{f}:{sid}"
        if sid in sids:
            err(f"{where}: duplicate stance id")
        sids.add(sid)
        t = s.get("type")
        if t not in TYPES:
            err(f"{where}: type {t!r} not a PLOVER type")
        per_type[t] += 1
        if s.get("mode", "fact") not in ("fact", "intent"):
            err(f"{where}: mode must be fact or intent")
        neg = s.get("negated", "drop")
        if neg != "drop" and neg not in TYPES:
            err(f"{where}: negated must be 'drop' or a PLOVER type")
        if "goldstein" in s and not (isinstance(s["goldstein"], (int, float)) and -10 <= s["goldstein"] <= 10):
            err(f"{where}: goldstein out of -10..10")
        if "polarity" in s and s["polarity"] not in (-1, 0, 1):
            err(f"{where}: polarity must be -1, 0 or 1")
        if "implied_target" in s and s["implied_target"] not in codes:
            err(f"{where}: implied_target {s['implied_target']!r} is no actor code")
        for k in s:
            if k not in {"id", "type", "mode", "patterns", "negated", "accusation", "judgement", "speaker_view", "implied_target", "named_wrong", "mediator", "addressed", "reciprocal", "journey", "between_subjects", "mutual", "body_target", "goldstein", "polarity"}:
                err(f"{where}: unknown field {k!r}")
        pats = s.get("patterns", [])
        if not pats:
            err(f"{where}: no patterns")
        for p in pats:
            npat += 1
            rx = compile_rx(p, where)
            if rx and rx.search(""):
                err(f"{where}: pattern matches the empty string: {p}")

    # ----------------------------------------------------------- boilerplate
    bids = set()
    compiled = []
    for f, b in boiler:
        bid = b.get("id", "")
        where = f"{f}:{bid}"
        if bid in bids:
            err(f"{where}: duplicate boilerplate id")
        bids.add(bid)
        if b.get("drop", "line") not in ("line", "rest"):
            err(f"{where}: drop must be line or rest")
        rx = compile_rx(b.get("pattern"), where, wrap=False)
        if rx:
            compiled.append((bid, b.get("drop", "line"), rx))

    def hits(line):
        return [(bid, drop) for bid, drop, rx in compiled if rx.search(line)]

    seed_files = sorted(os.listdir(seeds)) if os.path.isdir(seeds) else []
    nstory = 0
    for prefix, spec in SEEDS.items():
        fn = next((x for x in seed_files if x.startswith(prefix)), None)
        if not fn:
            warnings.append(f"seed {prefix}* not found under {seeds}; boilerplate seed check skipped")
            continue
        lines = open(os.path.join(seeds, fn), encoding="utf-8", errors="replace").read().split("\n")
        story = [i for i, l in enumerate(lines, 1)
                 if l.strip() and i not in spec["boilerplate"] and i not in spec["neutral"]]
        nstory += len(story)
        last_story = max(story) if story else 0
        for i, l in enumerate(lines, 1):
            t = l.strip()
            if not t:
                continue
            h = hits(t)
            if i in story and h:
                err(f"boilerplate {[x[0] for x in h]} matches story line {fn}:{i}")
            if i < last_story and any(d == "rest" for _, d in h):
                err(f"'rest' boilerplate {[x[0] for x in h]} at {fn}:{i} would drop story lines after it")
            if i in spec["boilerplate"] and not h:
                warnings.append(f"boilerplate line {fn}:{i} not matched by any pattern")
    nreuters = 0
    if os.path.exists(reuters):
        csv.field_size_limit(1 << 30)
        with open(reuters, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for s in re.split(r"(?<=[.!?\u201d\"])\s+", row.get("text", "")):
                    s = s.strip()
                    if len(s) < 20:
                        continue
                    nreuters += 1
                    h = hits(s)
                    if h:
                        err(f"boilerplate {[x[0] for x in h]} matches a Reuters story sentence: {s[:80]}...")
    else:
        warnings.append(f"{reuters} not found; Reuters boilerplate check skipped")

    # -------------------------------------------------------------- language
    if not speech:
        err("no speech_verbs")
    if len(set(speech)) != len(speech):
        err("duplicate speech_verbs: " + ", ".join(k for k, v in Counter(speech).items() if v > 1))
    for k in ("negation", "intent", "conditional", "mooted", "institution_nouns", "state_nouns"):
        if not cues.get(k):
            err(f"cues.{k} missing or empty")
        elif len(set(cues[k])) != len(cues[k]):
            err(f"cues.{k} has duplicates: " + ", ".join(x for x, v in Counter(cues[k]).items() if v > 1))
    for p in cues.get("intent", []):
        compile_rx(p, "cues.intent")
    for n in cues.get("state_nouns", []):
        if not isinstance(n, str) or not re.fullmatch(r"[a-z]+", n):
            err(f"cues.state_nouns entry {n!r} must be one lower-case word")
    # cues.sectors: [{"type", "code", "nouns"}]; the loader derives one actor per state and sector.
    sector_code, sector_nouns = {}, []
    for sec in cues.get("sectors", []):
        if not isinstance(sec, dict) or set(sec) - {"type", "code", "nouns", "note"}:
            err(f"cues.sectors: {sec!r} must be an object with type, code and nouns")
            continue
        t, c = sec.get("type"), sec.get("code", "")
        if t not in ACTOR_TYPES - {"government"}:
            err(f"cues.sectors: type {t!r} not in {sorted(ACTOR_TYPES - {'government'})}")
        if not re.fullmatch(r"[A-Z]+", c):
            err(f"cues.sectors: {t}: code {c!r} must be upper-case letters")
        if sector_code.setdefault(t, c) != c:
            err(f"cues.sectors: {t} has two codes, {sector_code[t]} and {c}")
        if not sec.get("nouns"):
            err(f"cues.sectors: {t} needs nouns")
        sector_nouns.extend(n.lower() for n in sec.get("nouns", []))
    for n in sorted(set(sector_nouns) & {x.lower() for x in cues.get("institution_nouns", [])}):
        err(f"cues.sectors noun {n!r} is also in cues.institution_nouns (sector nouns are institution nouns)")
    for n, v in Counter(sector_nouns).items():
        if v > 1:
            err(f"cues.sectors noun {n!r} listed twice")

    # ---------------------------------------------------------------- report
    ntype = Counter(a.get("type", "government" if a.get("code") in iso else "?") for _, a in actors)
    print(f"rules dir: {rules} ({', '.join(files)})")
    print(f"actors: {len(actors)} ({len(iso_seen)} ISO countries, {len(actors) - len(iso_seen)} others; "
          + ", ".join(f"{k} {v}" for k, v in sorted(ntype.items())) + ")")
    print(f"actor names+aliases+adjectives (incl. iso names): {len(alias_owner)}")
    print(f"people: {len(people)}, roles: {nroles}, aliases shared by non-overlapping people: "
          + (", ".join(f"{a} ({'/'.join(o)})" for a, o in shared) or "none"))
    print(f"stance rules: {len(stances)} ({npat} patterns): "
          + ", ".join(f"{t} {per_type[t]}" for t in TYPES))
    print(f"boilerplate rules: {len(boiler)}; checked against {nstory} seed story lines, {nreuters} Reuters sentences")
    print(f"speech verbs: {len(speech)}; cues: " + ", ".join(f"{k} {len(v)}" for k, v in cues.items()))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e, file=sys.stderr)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
