#!/usr/bin/env bash
# Whole-program checks of "chronicle compare" (run by scripts/run-tests):
#   - the JSON output validates against docs/timeline.schema.json and its
#     "coverage" section against docs/coverage.schema.json;
#   - the coverage is consistent (every timeline event in one row, no row
#     with two events of one document, exclusive = reported by one source,
#     Jaccard = shared / union, first_reported_by is the earliest reporter);
#   - the same files in every order give byte-identical json, text and csv;
#   - text fits 80 columns (Hangul counts two), csv is RFC 4180;
#   - alignment on tests/extra/compare/*.txt (two outlets, agreement dated
#     11 vs 12 March: one row with a date conflict, one exclusive event);
#   - the lumera set (samples/compare) against its gold, and the seed with a
#     second source (skipped when ../shared is absent).
# usage: tests/extra/compare.sh CHRONICLE ; prints "compare: N passed, N failed".
set -u
bin=$(realpath "${1:?usage: tests/extra/compare.sh CHRONICLE}")
cd "$(dirname "$0")/../.."
python=python3
for p in python3 /usr/bin/python3; do
  if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import jsonschema' 2>/dev/null; then python=$p; break; fi
done
exec "$python" - "$bin" <<'PY'
import csv, io, itertools, json, os, subprocess, sys, unicodedata

BIN = sys.argv[1]
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok    " + name)
    else:
        failed += 1
        print("FAIL  " + name + (": " + detail if detail else ""))


def run(*args):
    p = subprocess.run([BIN, "compare", *args], capture_output=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def width(line):
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


try:
    import jsonschema
    TIMELINE = json.load(open("docs/timeline.schema.json", encoding="utf-8"))
    COVERAGE = json.load(open("docs/coverage.schema.json", encoding="utf-8"))
except ImportError:
    jsonschema = None

LUMERA = ["samples/compare/lumera-return-en.txt", "samples/compare/lumera-return-ko.txt",
          "samples/compare/lumera-investigation-ko.txt"]
SMALL = ["tests/extra/compare/a-ko.txt", "tests/extra/compare/b-ko.txt"]
SEED = "../shared/seeds/altman-return-ko.txt"
SECOND = "samples/compare/altman/harbor-return-en.txt"


def consistent(name, doc):
    cov = doc["coverage"]
    ndocs = len(doc["documents"])
    rows = cov["events"]
    problems = []
    seen = {}
    for r in rows:
        for e in r["events"]:
            if e in seen:
                problems.append(f"{e} in {seen[e]} and {r['id']}")
            seen[e] = r["id"]
        if len(r["reports"]) != ndocs:
            problems.append(f"{r['id']}: {len(r['reports'])} reports for {ndocs} documents")
        reporters = [x["doc"] for x in r["reports"] if x["reported"]]
        if len(reporters) != r["sources_reporting"]:
            problems.append(f"{r['id']}: sources_reporting")
        by_event = [x["event"] for x in r["reports"] if x["reported"]]
        if not set(by_event) <= set(r["events"]):
            problems.append(f"{r['id']}: report events outside the row")
        if reporters and r["first_reported_by"] != reporters[0]:
            problems.append(f"{r['id']}: first_reported_by")
    # evidence offsets are code points into the file as read
    paths = {d["id"]: d["path"] for d in doc["documents"]}
    texts = {}
    for r in rows:
        for x in r["reports"]:
            if not x["reported"] or not paths.get(x["doc"]):
                continue
            if x["doc"] not in texts:
                texts[x["doc"]] = open(paths[x["doc"]], encoding="utf-8", newline="").read()
            ev = x["evidence"]
            if texts[x["doc"]][ev["start"]:ev["end"]] != ev["text"] or ev["text"] not in ev["sentence"]:
                problems.append(f"{r['id']} {x['doc']}: evidence offsets")
    # every event that is not negated is in exactly one row
    for e in doc["events"]:
        if e["modality"] != "negated" and e["id"] not in seen:
            problems.append(f"{e['id']} in no row")
    for s in cov["sources"]:
        mine = [r for r in rows if any(x["doc"] == s["doc"] and x["reported"] for x in r["reports"])]
        if s["events_reported"] != len(mine):
            problems.append(f"{s['doc']}: events_reported")
        only = [r["id"] for r in mine if r["sources_reporting"] == 1] if ndocs > 1 else []
        if s["exclusive"] != only:
            problems.append(f"{s['doc']}: exclusive {s['exclusive']} != {only}")
    for p in cov["agreement"]["pairs"]:
        want = round(p["shared"] / p["union"], 4) if p["union"] else 0
        if abs(p["jaccard"] - want) > 1e-9:
            problems.append(f"jaccard {p['a']}-{p['b']}")
    if cov["agreement"]["in_every_source"] != sum(1 for r in rows if r["sources_reporting"] == ndocs):
        problems.append("in_every_source")
    check(f"{name}: coverage consistent", not problems, "; ".join(problems[:5]))


def validate(name, files, extra=()):
    rc, out, err = run(*extra, *files)
    check(f"{name}: exit 0", rc == 0, err.decode(errors="replace"))
    if rc != 0:
        return None
    doc = json.loads(out)
    if jsonschema:
        try:
            jsonschema.validate(doc, TIMELINE)
            jsonschema.validate(doc["coverage"], COVERAGE)
            check(f"{name}: valid against both schemas", True)
        except jsonschema.ValidationError as e:
            check(f"{name}: valid against both schemas", False, e.message[:200])
    consistent(name, doc)
    # order independence, every format
    for fmt in ("json", "text", "csv"):
        outs = set()
        for perm in itertools.permutations(files):
            outs.add(run(*extra, "--format", fmt, *perm)[1])
        check(f"{name}: --format {fmt} identical in all {len(list(itertools.permutations(files)))} orders",
              len(outs) == 1)
    rc, text, _ = run(*extra, "--format", "text", *files)
    lines = text.decode().splitlines()
    wide = [l for l in lines if width(l) > 80]
    check(f"{name}: text fits 80 columns", rc == 0 and not wide, wide[0] if wide else "")
    rc, raw, _ = run(*extra, "--format", "csv", *files)
    body = raw.decode()
    records = list(csv.reader(io.StringIO(body, newline="")))
    ok = rc == 0 and body.endswith("\r\n") and "\n" not in body.replace("\r\n", "")
    ok = ok and len(records) == len(doc["coverage"]["events"]) + 1
    ok = ok and all(len(r) == 6 + len(doc["documents"]) for r in records)
    check(f"{name}: csv is RFC 4180 with one record per row", ok)
    return doc


def row_of(doc, types, docs=None):
    """Coverage rows of one of 'types' reported by every document in 'docs'."""
    out = []
    for r in doc["coverage"]["events"]:
        if r["type"] not in types:
            continue
        rep = {x["doc"] for x in r["reports"] if x["reported"]}
        if docs is None or set(docs) <= rep:
            out.append(r)
    return out


# ---- usage ---------------------------------------------------------------------------------
rc, _, err = run(LUMERA[0])
check("one file is a usage error (2)", rc == 2 and b"two or more" in err)
rc, _, _ = run("--format", "markdown", *LUMERA)
check("unknown compare format is a usage error (2)", rc == 2)
rc, out, _ = run("--help")
check("--help lists the compare formats", rc == 0 and b"text" in out and b"csv" in out)

# ---- the small two-outlet set: exact alignment --------------------------------------------
doc = validate("small set", SMALL)
if doc:
    cov = doc["coverage"]
    agr = row_of(doc, {"agreement"}, ["d1", "d2"])
    check("small set: agreement aligned across both outlets", len(agr) == 1)
    if agr:
        x = [c for c in cov["conflicts"] if c["event"] == agr[0]["id"] and c["kind"] == "date"]
        sides = {s["value"]: s["docs"] for s in x[0]["sides"]} if x else {}
        check("small set: date conflict 11 vs 12 March names each side",
              sides == {"2024-03-11": ["d1"], "2024-03-12": ["d2"]}, json.dumps(sides))
    check("small set: ouster and return aligned",
          len(row_of(doc, {"ouster"}, ["d1", "d2"])) == 1 and len(row_of(doc, {"return"}, ["d1", "d2"])) >= 1)
    inv = row_of(doc, {"investigation"})
    check("small set: investigation exclusive to d2",
          len(inv) == 1 and cov["sources"][1]["exclusive"] == [inv[0]["id"]] and cov["sources"][0]["exclusive"] == [],
          json.dumps([s["exclusive"] for s in cov["sources"]]))
    check("small set: documents sorted by date (d1 = 가나일보)",
          [d["source"] for d in doc["documents"]] == ["가나일보", "다라뉴스"])

# ---- the lumera set ---------------------------------------------------------------------------
doc = validate("lumera", LUMERA)
if doc:
    gold = json.load(open("samples/compare/gold.json", encoding="utf-8"))
    ids = {d["source"]: d["id"] for d in doc["documents"]}
    check("lumera: document ids by (date, source)", [d["source"] for d in doc["documents"]]
          == ["Northgate Wire", "디지털매일", "코리아IT타임스"])
    # the gold figures are reported, not required: they depend on the extractors
    aligned = 0
    for ev in gold["shared_events"]:
        need = [ids[s] for s, v in ev["dates"].items() if s not in ev.get("optional_in", [])]
        dated = {ids[s]: v for s, v in ev["dates"].items() if v}
        # a row of the gold types that every required source reports, each with the gold date
        ok = any(all((x["date"] or "").startswith(dated[x["doc"]]) for x in r["reports"]
                     if x["reported"] and x["doc"] in dated and x["doc"] in need)
                 for r in row_of(doc, set(ev["type"]), need))
        aligned += ok
        print(f"info  lumera gold: {ev['what']}: {'aligned' if ok else 'NOT aligned'} across {len(need)} sources, gold dates")
    print(f"info  lumera gold: {aligned}/{len(gold['shared_events'])} shared events aligned")
    conf = gold["conflicts"][0]
    want = {v: sorted(ids[s] for s in srcs) for v, srcs in conf["dates"].items()}
    got = [{s["value"]: sorted(s["docs"]) for s in c["sides"]} for c in doc["coverage"]["conflicts"]
           if c["kind"] == "date" and c["type"] in conf["type"]]
    check("lumera: the agreement's date conflict (9 vs 10 Oct) is reported", want in got, json.dumps(got))
    ex = gold["exclusive"][0]
    excl = [r for r in doc["coverage"]["events"] if r["type"] in ex["type"] and r["sources_reporting"] == 1
            and any(x["reported"] and x["doc"] == ids[ex["source"]] for x in r["reports"])]
    check("lumera: the investigation is exclusive to 코리아IT타임스", bool(excl))
    persons = [e for e in doc["entities"] if e["type"] == "person"]
    for ent in gold["entities"]:
        if ent["type"] != "person":
            continue
        hits = [e["id"] for e in persons if set(e["aliases"]) & set(ent["aliases"])]
        print(f"info  lumera gold: {ent['name']}: {len(hits)} person entit{'y' if len(hits) == 1 else 'ies'} {hits}")

# ---- the seed with a second source ------------------------------------------------------------------
if os.path.exists(SEED):
    doc = validate("seed + second source", [SEED, SECOND], ("--dct", "2023-11-30", "--source", "Seed Daily"))
    if doc:
        for types in ({"ouster"}, {"board_call"}, {"return"}):
            check(f"seed + second source: {'/'.join(types)} aligned across both", bool(row_of(doc, types, ["d1", "d2"])))
else:
    print("skip  seed + second source: ../shared is absent")

print(f"compare: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
