#!/usr/bin/env python3
"""Golden tests: run chronicle, compare stdout, stderr and exit status with
the expected files.

Two kinds of case:
  * tests/golden/cases/NAME.cmd: one line of arguments (shell words) run from
    the repository root; {bin} is the binary, {tmp} a fresh temporary folder.
    Expected: tests/golden/expected/NAME.{stdout,stderr,status}. A line
    "# check-absent: PATH" after the arguments asserts PATH does not exist
    afterwards (no half-written output).
    A line "# stdin: PATH" feeds PATH to standard input (else it is empty).
  * every sample article x every output format: samples/**/*.txt run with
    --format F; expected tests/golden/expected/samples/<path>.<format>.
    The blind set (samples/blind, some 1 800 articles) is held in JSON
    only: the exporters are the same code for every article and get every
    format on the hand-written samples, while a run per format per blind
    article made the suite five times longer (CI's time limit).

usage: run.py --bin PATH [--regen] [--filter SUBSTR] [--jobs N]
--regen rewrites the expected files for review with `git diff`.
Prints one line per case and a final "golden: N passed, N failed".
"""
import argparse
import concurrent.futures
import glob
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
EXPECTED = os.path.join(ROOT, "tests", "golden", "expected")
# The article date every sample without front matter is read with.
SAMPLE_DCT = "2024-06-03"


sys.path.insert(0, os.path.join(ROOT, "tests"))
from jobs import default_jobs  # noqa: E402
import checks  # noqa: E402  (the schema validator, the offsets check, is_blind)
from checks import is_blind  # noqa: E402

def formats(binary):
    out = subprocess.run([binary, "timeline", "--help"], capture_output=True, text=True).stdout
    names, on = [], False
    for line in out.splitlines():
        if line.startswith("formats:"):
            on = True
            continue
        if on:
            if not line.strip():
                break
            names.append(line.split()[0])
    return names


def run(args, cwd, stdin_path=None):
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    p = subprocess.run(args, cwd=cwd, stdin=stdin, capture_output=True, timeout=120)
    return p.stdout, p.stderr, str(p.returncode) + "\n"


def compare(name, got, paths, regen, notes):
    ok = True
    for data, path in zip(got, paths):
        if regen:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data if isinstance(data, bytes) else data.encode())
            continue
        want = open(path, "rb").read() if os.path.exists(path) else None
        data = data if isinstance(data, bytes) else data.encode()
        if want != data:
            ok = False
            notes.append(f"  {name}: {os.path.relpath(path, ROOT)} differs" + (" (missing)" if want is None else ""))
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("--filter", default="")
    ap.add_argument("--jobs", type=int, default=default_jobs(),
                    help="cases run at once (default: CHRONICLE_TEST_JOBS, else one per processor)")
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    passed = failed = 0
    validator = checks.validator()
    if validator is None:
        print("golden: python3-jsonschema is missing (scripts/install-deps.sh): the blind set's schema is unchecked")

    def command_case(cmd_path, name):
        """One tests/golden/cases/NAME.cmd: (ok, lines to print)."""
        lines = [l.rstrip("\n") for l in open(cmd_path, encoding="utf-8")]
        notes = []
        tmp = tempfile.mkdtemp(prefix="chronicle-golden-")
        try:
            args = [w.replace("{bin}", binary).replace("{tmp}", tmp) for w in shlex.split(lines[0])]
            stdin_path = None
            for extra in lines[1:]:
                if extra.startswith("# stdin:"):
                    stdin_path = os.path.join(ROOT, extra.split(":", 1)[1].strip())
            got = run(args, ROOT, stdin_path)
            # the temporary folder's name changes every run
            got = tuple(g.replace(tmp.encode(), b"{tmp}") if isinstance(g, bytes) else g for g in got)
            ok = compare(name, got, [os.path.join(EXPECTED, name + s) for s in (".stdout", ".stderr", ".status")],
                         a.regen, notes)
            for extra in lines[1:]:
                if extra.startswith("# check-absent:"):
                    path = extra.split(":", 1)[1].strip().replace("{tmp}", tmp)
                    leftovers = glob.glob(path + "*")
                    if leftovers:
                        ok = False
                        notes.append(f"  {name}: {leftovers} exists but must not")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return ok, notes

    def sample_case(rel, fmt, name):
        """One sample article in one output format: (ok, lines to print)."""
        notes = []
        args = [binary, "timeline", "--dct", SAMPLE_DCT, "--format", fmt, rel]
        out, err, status = run(args, ROOT)
        base = os.path.join(EXPECTED, "samples", os.path.relpath(rel, "samples") + "." + fmt)
        ok = compare(name, (out, err, status), [base, base + ".stderr", base + ".status"], a.regen, notes)
        # A blind article's one run also stands for the whole-program
        # checks' schema and offsets checks (tests/checks.py runs only the
        # hand-written samples): real output, checked where it is made.
        if fmt == "json" and is_blind(rel) and status == "0\n":
            try:
                doc = json.loads(out)
            except ValueError as e:
                ok = False
                notes.append(f"  {name}: output is not JSON: {e}")
            else:
                if validator is not None:
                    errors = sorted(validator.iter_errors(doc), key=str)
                    if errors:
                        ok = False
                        notes.append(f"  {name}: schema: " + "; ".join(e.message[:120] for e in errors[:3]))
                bad = checks.check_offsets(doc, [os.path.join(ROOT, rel)])
                if bad:
                    ok = False
                    notes.append(f"  {name}: {len(bad)} mentions do not slice their text, e.g. {bad[:1]}")
        return ok, notes

    cases = []  # (name, function, arguments), in the order printed
    for cmd_path in sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "cases", "*.cmd"))):
        name = os.path.basename(cmd_path)[:-4]
        if a.filter in name:
            cases.append((name, command_case, (cmd_path, name)))
    samples = sorted(glob.glob(os.path.join(ROOT, "samples", "**", "*.txt"), recursive=True))
    for fmt in formats(binary):
        for sample in samples:
            rel = os.path.relpath(sample, ROOT)
            if fmt != "json" and is_blind(rel):
                continue
            name = f"{rel} --format {fmt}"
            if a.filter in name:
                cases.append((name, sample_case, (rel, fmt, name)))

    # Each case runs its own process in its own folder, so they run side by
    # side (one per processor); the report keeps the order above.
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        futures = [pool.submit(fn, *args) for _, fn, args in cases]
        for (name, _, _), future in zip(cases, futures):
            ok, notes = future.result()
            for note in notes:
                print(note)
            passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
            print(("ok    " if ok else "FAIL  ") + name)

    if a.regen:
        print("golden: expected files rewritten; review them with git diff")
    print(f"golden: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
