#!/usr/bin/env python3
"""Whole-program checks that are not golden comparisons:

  schema        every hand-written sample's JSON validates against
                docs/timeline.schema.json (the blind set's: tests/golden/run.py)
  offsets       every mention's [start, end) slices its text out of the file
  determinism   the same input twice gives byte-identical output (the blind
                set's: its golden file, written by an earlier run)
  seed          the seed article (../shared) scores as the pipeline issue asks;
                skipped with a message when ../shared is absent
  pathological  inputs built to be slow finish within a time bound

usage: checks.py --bin PATH [--only NAME] [--scale S] [--jobs N]
--scale shrinks the pathological inputs (sanitizer builds use 0.1).
Prints a line per check and a final "checks: N passed, N failed, N skipped".
"""
import argparse
import concurrent.futures
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
# paragraphs that start a scraped page's trailing boilerplate
# (the 'zone boilerplate' patterns of src/rules/*/document.rules)
TRAILER = re.compile(r"ⓒ|©|추천\s*기사|관련\s*(?:기사|뉴스)|많이\s*본\s*뉴스|인기\s*기사|함께\s*보면|저작권자|무단\s*전재"
                     r"|\S+@\S+|(?i:related\s+(?:articles|stories|coverage|news)|read\s+more|more\s+from"
                     r"|recommended|copyright|all\s+rights\s+reserved|sign\s+up\s+for)")
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))
SCHEMA = os.path.join(ROOT, "docs", "timeline.schema.json")
SAMPLE_DCT = "2024-06-03"

results = {"passed": 0, "failed": 0, "skipped": 0}


sys.path.insert(0, os.path.join(ROOT, "tests"))
from jobs import default_jobs  # noqa: E402

def report(name, ok, detail=""):
    if ok is None:
        results["skipped"] += 1
        print(f"skip  {name}: {detail}")
    elif ok:
        results["passed"] += 1
        print(f"ok    {name}")
    else:
        results["failed"] += 1
        print(f"FAIL  {name}: {detail}")


def run(binary, args, timeout=300, stdin=None):
    return subprocess.run([binary] + args, capture_output=True, timeout=timeout, stdin=stdin or subprocess.DEVNULL)


def validator():
    try:
        import jsonschema
    except ImportError:
        return None
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def check_offsets(doc_json, paths):
    texts = {d["id"]: open(p, encoding="utf-8", newline="").read() for d, p in zip(doc_json["documents"], paths)}
    bad = []
    spans = []
    for e in doc_json["entities"]:
        spans += e["mentions"]
    spans += doc_json["timexes"]
    for ev in doc_json["events"]:
        spans += ev["mentions"]
    for m in spans:
        t = texts[m["doc"]]
        if t[m["start"]:m["end"]] != m["text"]:
            bad.append(m)
    return bad


def is_blind(rel):
    """Whether a path relative to the repository is a blind-set article."""
    return rel.startswith(os.path.join("samples", "blind") + os.sep)


def samples():
    return sorted(glob.glob(os.path.join(ROOT, "samples", "**", "*.txt"), recursive=True))


def check_samples(binary, v, jobs):
    # the two runs of each sample go side by side (one per processor);
    # the checks of their output, in this process, keep the samples' order
    def two_runs(rel):
        args = ["timeline", "--dct", SAMPLE_DCT, rel]
        return run(binary, args), run(binary, args)

    # The blind set's articles are checked for schema and offsets by the
    # golden runner, on the run it compares (tests/golden/run.py): a run
    # here as well took some 1 800 processes more (CI's time limit).
    rels = [rel for rel in (os.path.relpath(path, ROOT) for path in samples()) if not is_blind(rel)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for rel, (p, again) in zip(rels, pool.map(two_runs, rels)):
            if p.returncode != 0:
                report(f"schema {rel}", False, p.stderr.decode()[:200])
                continue
            doc = json.loads(p.stdout)
            if v is None:
                report(f"schema {rel}", None, "python3-jsonschema is not installed (scripts/install-deps.sh)")
            else:
                errors = sorted(v.iter_errors(doc), key=str)
                report(f"schema {rel}", not errors, "; ".join(e.message[:120] for e in errors[:3]))
            bad = check_offsets(doc, [os.path.join(ROOT, rel)])
            report(f"offsets {rel}", not bad, f"{len(bad)} mentions do not slice their text, e.g. {bad[:1]}")
            report(f"determinism {rel}", again.stdout == p.stdout, "two runs differ")
    # several files at once: one merged, valid document
    paths = [os.path.relpath(p, ROOT) for p in samples()]
    p = run(binary, ["timeline", "--dct", SAMPLE_DCT] + paths)
    ok = p.returncode == 0
    if ok and v is not None:
        doc = json.loads(p.stdout)
        errors = list(v.iter_errors(doc))
        ok = not errors and len(doc["documents"]) == len(paths) and not check_offsets(doc, paths)
    report("schema+offsets all samples merged", ok, p.stderr.decode()[:200])


def check_seed(binary, v):
    seed = os.path.join(SHARED, "seeds", "altman-return-ko.txt")
    scorer = os.path.join(SHARED, "eval", "score.py")
    gold = os.path.join(SHARED, "eval", "seed-gold.json")
    if not (os.path.exists(seed) and os.path.exists(scorer)):
        report("seed", None, f"{SHARED} is absent (a user's clone has no ../shared): seed checks skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "seed.json")
        p = run(binary, ["timeline", "--dct", "2023-11-30", "-o", out, seed])
        if p.returncode != 0:
            report("seed run", False, p.stderr.decode())
            return
        s = subprocess.run([sys.executable, scorer, gold, out, seed, "--json"], capture_output=True, text=True)
        m = json.loads(s.stdout)
        ev, en, tx = m["events"], m["entities"], m["timexes"]
        report("seed: every required event found and dated", ev["recall"] == 1.0, ev)
        report("seed: event precision >= 0.8", ev["precision"] >= 0.8, ev)
        report("seed: order 1.0", m["order"]["score"] == 1.0, m["order"])
        report("seed: every required entity, none split", en["recall_typed"] == 1.0 and en["fragmented"] == 0, en)
        report("seed: entity precision >= 0.8", en["precision"] >= 0.8, en)
        report("seed: timex value accuracy 1.0", tx["value_accuracy"] == 1.0, tx)
        report("seed: zero schema errors, zero bad offsets",
               m["schema_errors"] in (0, None) and m["offsets_bad"] == 0, m["errors"])
        # without an article date: no year is invented, the order holds
        p = run(binary, ["timeline", seed])
        doc = json.loads(p.stdout)
        values = {t["text"]: t["value"] for t in doc["timexes"]}
        report("seed without --dct: month-day dates stay XXXX",
               any(v.startswith("XXXX-11-17") for v in values.values()) and
               not any(v.startswith("2023") for v in values.values()), values)
        rank = {t["event"]: t["rank"] for t in doc["timeline"]}
        by_type = {}
        for e in doc["events"]:
            if e["id"] in rank and e["type"] in ("deal", "ouster", "board_call", "return"):
                by_type.setdefault(e["type"], rank[e["id"]])
        order = [by_type.get(t) for t in ("deal", "ouster", "board_call", "return")]
        report("seed without --dct: order deal < ouster < board_call < return",
               None not in order and order == sorted(order) and len(set(order)) == 4, by_type)


def check_pathological(binary, scale):
    cases = {
        "10000-digit number": "1" * 10000 + "년 " + "9" * 10000 + "일\n",
        "100000 month names on one line": "November " * int(100000 * scale) + "\n",
        "10000 dates on one line": "2023년 11월 17일, " * int(10000 * scale) + "\n",
        "long Hangul run without spaces": "가" * int(200000 * scale) + "\n",
        "deep brackets": "(" * int(50000 * scale) + "샘 알트만" + ")" * int(50000 * scale) + "\n",
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in cases.items():
            path = os.path.join(tmp, "p.txt")
            open(path, "w", encoding="utf-8").write(text)
            t0 = time.time()
            try:
                p = run(binary, ["timeline", "--dct", "2024-01-01", path], timeout=120)
                report(f"pathological: {name}", p.returncode == 0, p.stderr.decode()[:200])
            except subprocess.TimeoutExpired:
                report(f"pathological: {name}", False, "did not finish in 120 s")
            print(f"      ({time.time() - t0:.1f} s)")
        # a large article made of the samples, repeated; without the scraped
        # pages' trailers ("ⓒ ...", "관련기사"), which would make everything
        # after the first copy boilerplate that no extractor reads
        body = "".join(open(p, encoding="utf-8").read().split("---\n")[-1] for p in samples())
        body = "\n\n".join(q for q in body.split("\n\n") if not TRAILER.search(q)) + "\n\n"
        copies = 0
        target = int(50 * 1024 * 1024 * scale)
        path = os.path.join(tmp, "big.txt")
        with open(path, "w", encoding="utf-8") as f:
            written = 0
            while written < target:
                f.write(body)
                written += len(body.encode())
                copies += 1
        t0 = time.time()
        try:
            p = run(binary, ["timeline", "--dct", "2024-01-01", "-o", os.path.join(tmp, "big.json"), path], timeout=600)
            report(f"pathological: {written // (1024 * 1024)} MB article", p.returncode == 0, p.stderr.decode()[:200])
            # every copy was read: each one's dates are timexes of their own
            with open(os.path.join(tmp, "big.json"), "rb") as f:
                ntimex = f.read().count(b'"id": "t')
            report(f"pathological: the {written // (1024 * 1024)} MB article is read to its end",
                   ntimex >= copies, f"{ntimex} timexes for {copies} copies")
        except subprocess.TimeoutExpired:
            report(f"pathological: {written // (1024 * 1024)} MB article", False, "did not finish in 600 s")
        print(f"      ({time.time() - t0:.1f} s)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--only", default="")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--jobs", type=int, default=default_jobs(),
                    help="runs at once (default: CHRONICLE_TEST_JOBS, else one per processor)")
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    v = validator()
    if v is None:
        report("schema validator", False, "python3-jsonschema is missing: run scripts/install-deps.sh")
    if a.only in ("", "samples"):
        check_samples(binary, v, a.jobs)
    if a.only in ("", "seed"):
        check_seed(binary, v)
    if a.only in ("", "pathological"):
        check_pathological(binary, a.scale)
    print(f"checks: {results['passed']} passed, {results['failed']} failed, {results['skipped']} skipped")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
