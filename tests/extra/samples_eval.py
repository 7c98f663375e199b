#!/usr/bin/env python3
"""Scores every bundled sample (and the seed) with `chronicle eval` against
its gold timeline; run by tests/extra/samples-eval.sh, which says what is
checked.

The articles run side by side (CHRONICLE_TEST_JOBS at once, else one per
processor), each in its own output file; the report keeps one order.
../shared/eval/score.py, when present, is loaded once and called in this
process for each article instead of starting Python a thousand times.

usage: samples_eval.py CHRONICLE
Ends with "samples-eval: N passed, N failed"; exits non-zero on a failure.
"""
import concurrent.futures
import contextlib
import glob
import importlib.util
import io
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score.py")
SEED = os.path.join(ROOT, "..", "shared", "seeds", "altman-return-ko.txt")
SEED_GOLD = os.path.join(ROOT, "..", "shared", "eval", "seed-gold.json")
DEFAULT_DCT = "2024-06-03"


sys.path.insert(0, os.path.join(ROOT, "tests"))
from jobs import default_jobs  # noqa: E402

def gold_dct(gold):
    with open(gold, encoding="utf-8") as f:
        m = re.search(r'"dct": *"([0-9]{4}-[0-9]{2}-[0-9]{2})"', f.read())
    return m.group(1) if m else None


def load_scorer():
    if not os.path.isfile(SCORER):
        return None
    spec = importlib.util.spec_from_file_location("chronicle_shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reference_summary(scorer, gold, out, doc):
    """What `python3 score.py GOLD OUT DOC` prints, as one line."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        scorer.main(["score.py", gold, out, doc])
    return printed.getvalue().strip()


def first_four_fields(line):
    return "|".join(line.split("|")[:4]).rstrip()


def main(argv):
    if len(argv) != 2:
        print("usage: samples_eval.py CHRONICLE", file=sys.stderr)
        return 2
    binary = os.path.abspath(argv[1])
    os.chdir(ROOT)
    min_f1 = os.environ.get("CHRONICLE_MIN_EVENT_F1", "0.9")
    enforce = os.environ.get("CHRONICLE_ENFORCE_EVENT_F1", "1") == "1"
    blind_default = os.environ.get("CHRONICLE_MIN_BLIND_F1", "0.6")
    jobs = default_jobs()

    # (name, gold, document, article date, F1 floor as written, order required)
    articles = []
    for doc in sorted(glob.glob("samples/*.txt")) + sorted(glob.glob("samples/compare/*.txt")):
        name = os.path.basename(doc)[:-4]
        gold = f"samples/gold/{name}.gold.json"
        if os.path.isfile(gold):
            articles.append((name, gold, doc, gold_dct(gold) or DEFAULT_DCT, min_f1, True))
    # the blind set: articles annotated before chronicle ever ran on them,
    # each held to its line in floors.tsv (a regression guard); order is
    # printed, not enforced: score.py compares week and day values as
    # strings, so "2026-W12" sorts after "2026-03-22"
    floors = {}
    if os.path.isfile("samples/blind/floors.tsv"):
        with open("samples/blind/floors.tsv", encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if len(fields) >= 2:
                    floors[fields[0]] = fields[1]
    for doc in sorted(glob.glob("samples/blind/*.txt")):
        base = os.path.basename(doc)[:-4]
        gold = f"samples/blind/gold/{base}.gold.json"
        if os.path.isfile(gold):
            floor = floors.get(base, blind_default)
            articles.append((f"blind/{base}", gold, doc, gold_dct(gold) or DEFAULT_DCT, floor, False))

    scorer = None
    try:
        scorer = load_scorer()
    except Exception as exc:  # noqa: BLE001 - a broken ../shared is reported, not fatal
        print(f"note: ../shared/eval/score.py does not load ({exc}); no agreement check")
    if scorer and os.path.isfile(SEED) and os.path.isfile(SEED_GOLD):
        # the seed: every required event, no false one, in order
        articles.append(("seed", SEED_GOLD, SEED, "2023-11-30", "1.0", True))

    passed = failed = 0
    report = []

    def ok(text):
        nonlocal passed
        passed += 1
        report.append("ok " + text)

    def fail(text):
        nonlocal failed
        failed += 1
        report.append("FAIL " + text)

    with tempfile.TemporaryDirectory(prefix="chronicle-samples-eval-") as tmp:

        def run_article(article):
            """Runs timeline and eval: (error or None, eval's line, output path)."""
            name, gold, doc, dct, _, _ = article
            out = os.path.join(tmp, name.replace("/", "-") + ".json")
            p = subprocess.run([binary, "timeline", "--dct", dct, "-o", out, doc], capture_output=True, text=True)
            if p.returncode != 0:
                return f"chronicle timeline failed: {p.stderr.strip()}", None, out
            p = subprocess.run([binary, "eval", gold, out, doc], capture_output=True, text=True)
            line = (p.stdout + p.stderr).strip()
            if p.returncode != 0:
                return f"chronicle eval failed: {line}", None, out
            return None, line, out

        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(run_article, article) for article in articles]
            for article, future in zip(articles, futures):
                name, gold, doc, _, floor, want_order = article
                error, line, out = future.result()
                if error:
                    fail(f"{name}: {error}")
                    continue
                report.append(f"   {name}: {line}")
                if scorer:
                    ref = first_four_fields(reference_summary(scorer, gold, out, doc))
                    ours = first_four_fields(line)
                    if ref == ours:
                        ok(f"{name}: agrees with score.py")
                    else:
                        fail(f"{name}: score.py says '{ref}', chronicle eval '{ours}'")
                m = re.search(r"events P=\S+ R=\S+ F1=(\S+)", line)
                f1 = m.group(1) if m else "?"
                m = re.search(r"order=(\S+)", line)
                order = m.group(1) if m else "?"
                if not enforce:
                    report.append(f"   {name}: event F1 {f1} (target {floor}), order {order} (not enforced yet)")
                    continue
                try:
                    f1_ok = float(f1) >= float(floor)
                except ValueError:
                    f1_ok = False
                if f1_ok and (not want_order or order in ("1.0", "None")):
                    ok(f"{name}: event F1 {f1} >= {floor}, order {order}")
                else:
                    fail(f"{name}: event F1 {f1} (want >= {floor}), order {order}" +
                         (" (want 1.0)" if want_order else ""))
                os.remove(out)
                print("\n".join(report), flush=True)
                report.clear()
    if report:
        print("\n".join(report))
    if not scorer:
        print("skipped: ../shared is absent (no agreement check with score.py)")
    print(f"samples-eval: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
