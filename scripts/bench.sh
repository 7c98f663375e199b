#!/usr/bin/env bash
# Whole-program throughput and peak memory of `chronicle timeline`.
#
# For each size (MB) it builds, from the bundled samples, with the names of
# people and companies varied from copy to copy (so the corpus holds many
# distinct entities and events, not one giant one):
#   corpus   many article files (each a sample with its front matter), one run
#   article  one file: one front matter, then the sample bodies back to back
# and runs `chronicle timeline -o OUT` under /usr/bin/time -v, printing the
# wall time, MB/s, peak RSS and output size. Inputs are cached in BENCH_DIR.
#
# usage: scripts/bench.sh [SIZE_MB...]        (default: 1 10 50)
# Environment: CHRONICLE (default ./chronicle), BENCH_DIR (default build-bench),
#              BENCH_MODES (default "corpus article").
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${CHRONICLE:-./chronicle}")
dir=${BENCH_DIR:-build-bench}
modes=${BENCH_MODES:-corpus article}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10 50)
[ -x "$bin" ] || { echo "bench: $bin not built (make)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
mkdir -p "$dir"

# make_inputs MB: writes $dir/corpus-MB/*.txt and $dir/article-MB.txt
make_inputs() {
  python3 - "$1" "$dir" <<'PY'
import glob, os, re, sys
TRAILER = re.compile(r"ⓒ|©|관련\s*기사|추천\s*기사|무단\s*전재|\S+@\S+|(?i:related\s+articles|copyright)")
mb, out = int(sys.argv[1]), sys.argv[2]
target = mb * 1000 * 1000
samples = []
for p in sorted(glob.glob("samples/*.txt")) + sorted(glob.glob("samples/compare/*.txt")):
    t = open(p, encoding="utf-8").read()
    fm, body = "", t
    if t.startswith("---\n"):
        end = t.index("\n---\n", 4) + 5
        fm, body = t[:end], t[end:]
    samples.append((fm, body))

# name words of the samples, varied per copy: Korean words keep their
# surname or organisation suffix, English words keep their first letter
HANGUL = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주"
ko_people = ["김서연", "오민석", "최정우", "이하늘", "윤하준", "박지훈", "이도윤", "정하은"]
ko_orgs = ["한빛", "다온", "성운", "한결", "서진", "노바", "루메라", "코베인", "블루웨이브"]
ko_foreign = ["알더게이트", "올더게이트", "하트만", "하트먼", "라만", "웰러", "마르케즈", "마르케스", "로시", "피셔"]
en_words = ["Corvane", "Priya", "Raman", "Thomas", "Weller", "Helen", "Marsh", "Daon", "Sungwoon",
            "Hanbit", "Arbor", "Lumera", "Daniel", "Hartmann", "Sofia", "Marquez", "Aldergate",
            "Naomi", "Fischer", "Adeyemi", "Keystone", "Nova", "Hangyeol", "Bluewave", "Rossi", "Elena"]
VOW, CON = "aeiou", "bcdfghklmnprstvz"

def ko_var(word, k, keep_first):
    n = len(HANGUL)
    a, b = HANGUL[k % n], HANGUL[(k // n) % n]
    if keep_first:  # a surname stays a surname
        return word[0] + a + b
    return a + b + word[2:] if len(word) > 2 else a + b

def en_var(word, k):
    return word[0] + CON[k % len(CON)] + VOW[(k // len(CON)) % 5] + CON[(k // 80) % len(CON)] + word[4:].lower()

def vary(text, k):
    if k == 0:
        return text
    for w in ko_people:
        text = text.replace(w, ko_var(w, k, True))
    for w in ko_orgs + ko_foreign:
        text = text.replace(w, ko_var(w, k + 7, False))
    for w in en_words:
        text = text.replace(w, en_var(w, k))
    return text

cdir = os.path.join(out, f"corpus-{mb}")
os.makedirs(cdir, exist_ok=True)
for old in glob.glob(cdir + "/*.txt"):
    os.remove(old)
size, k = 0, 0
with open(os.path.join(out, f"article-{mb}.txt"), "w", encoding="utf-8") as art:
    art.write("---\ntitle: benchmark article\nsource: Bench Wire\ndate: 2024-06-30\n---\n")
    while size < target:
        fm, body = samples[k % len(samples)]
        one = vary(fm + body, k // len(samples))
        with open(os.path.join(cdir, f"{k:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(one)
        # a scraped page's trailer would make the rest of one long article boilerplate
        b = "\n\n".join(p for p in vary(body, k // len(samples)).split("\n\n") if not TRAILER.search(p))
        art.write(b if b.endswith("\n\n") else b + "\n\n")
        size += len(one.encode())
        k += 1
print(k)
PY
}

mb_of() { python3 -c "import sys; print(f'{int(sys.argv[1]) / 1e6:.1f}')" "$1"; }

# wall time depends on what else the machine runs; CPU time (user + sys) is
# the steadier figure, and MB/s is given for both
printf '%-8s %-8s %6s %8s %8s %8s %8s %9s %10s\n' mode input files wall "MB/s" cpu "MB/s" "peak RSS" output
for mb in "${sizes[@]}"; do
  if [ ! -f "$dir/article-$mb.txt" ] || [ ! -d "$dir/corpus-$mb" ]; then make_inputs "$mb" >/dev/null; fi
  for mode in $modes; do
    if [ "$mode" = corpus ]; then
      files=$(find "$dir/corpus-$mb" -name '*.txt' | wc -l)
      bytes=$(find "$dir/corpus-$mb" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
      # relative names keep the command line short
      run=(bash -c 'cd "$1" && shift && exec "$@" *.txt' _ "$dir/corpus-$mb" "$bin" timeline -o "$PWD/$dir/out.json")
    else
      files=1
      bytes=$(stat -c %s "$dir/article-$mb.txt")
      run=("$bin" timeline -o "$dir/out.json" "$dir/article-$mb.txt")
    fi
    rm -f "$dir/out.json"
    if ! /usr/bin/time -v -o "$dir/time.txt" "${run[@]}" 2>"$dir/stderr.txt"; then
      echo "bench: chronicle failed on $mode $mb MB:" >&2
      tail -5 "$dir/stderr.txt" "$dir/time.txt" >&2
      exit 1
    fi
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time.txt")
    secs=$(awk -v t="$wall" 'BEGIN {n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}')
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$dir/time.txt")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt")
    out_bytes=$(stat -c %s "$dir/out.json")
    rate() { awk -v b="$bytes" -v s="$1" 'BEGIN {printf "%.2f", (s > 0 ? b / 1e6 / s : 0)}'; }
    printf '%-8s %5s MB %6s %7.2fs %8s %7.2fs %8s %6d MB %7s MB\n' "$mode" "$(mb_of "$bytes")" "$files" \
      "$secs" "$(rate "$secs")" "$cpu" "$(rate "$cpu")" "$((rss_kb / 1024))" "$(mb_of "$out_bytes")"
  done
done
