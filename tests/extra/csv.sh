#!/usr/bin/env bash
# --format csv read back with Python's csv module (RFC 4180): the header,
# ten fields in every row, CRLF record ends, one row per event, the same
# ids, labels and dates as the JSON contract (labels with commas and quotes
# included), and --bom giving a byte order mark that utf-8-sig reads.
# usage: tests/extra/csv.sh CHRONICLE   Ends with "N passed, N failed".
set -u
bin=$(realpath "${1:?usage: csv.sh CHRONICLE}")
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" timeline --dct 2024-06-03 -o "$tmp/all.json" samples/*.txt samples/compare/*.txt || { echo "0 passed, 1 failed"; exit 1; }
"$bin" timeline --dct 2024-06-03 --format csv -o "$tmp/all.csv" samples/*.txt samples/compare/*.txt
"$bin" timeline --dct 2024-06-03 --format csv --bom -o "$tmp/bom.csv" samples/*.txt samples/compare/*.txt
python3 - "$tmp" <<'PY'
import csv, io, json, sys
tmp = sys.argv[1]
passed = failed = 0
def check(name, ok):
    global passed, failed
    print(("ok    " if ok else "FAIL  ") + name)
    passed, failed = passed + ok, failed + (not ok)

raw = open(f"{tmp}/all.csv", "rb").read()
doc = json.load(open(f"{tmp}/all.json", encoding="utf-8"))
rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
header = ["id", "rank", "date", "earliest", "latest", "type", "label", "modality", "participants", "sources"]
check("header", rows[0] == header)
check("ten fields in every row", all(len(r) == 10 for r in rows))
check("records end in CRLF", raw.endswith(b"\r\n") and raw.count(b"\r\n") >= len(rows))
check("no byte order mark without --bom", not raw.startswith(b"\xef\xbb\xbf"))
events = {e["id"]: e for e in doc["events"]}
body = rows[1:]
check("one row per event", sorted(r[0] for r in body) == sorted(events))
same = all(r[6] == events[r[0]]["label"] and r[5] == events[r[0]]["type"]
           and r[2] == (events[r[0]]["when"]["value"] or "") for r in body)
check("labels, types and dates as in the JSON", same)
check("labels with commas survive", any("," in r[6] for r in body))
ranks = {t["event"]: t["rank"] for t in doc["timeline"]}
check("ranks as in the timeline", all((r[1] == str(ranks[r[0]])) if r[0] in ranks else r[1] == "" for r in body))
check("timeline order first", [r[0] for r in body[:len(ranks)]] == [t["event"] for t in doc["timeline"]])
bom = open(f"{tmp}/bom.csv", "rb").read()
check("--bom starts with EF BB BF", bom.startswith(b"\xef\xbb\xbf") and bom[3:] == raw)
rows2 = list(csv.reader(io.StringIO(bom.decode("utf-8-sig"), newline="")))
check("utf-8-sig reads the same rows", rows2 == rows)
sniff = csv.Sniffer().sniff(raw.decode("utf-8")[:4096])
check("a spreadsheet's sniffer finds the comma", sniff.delimiter == ",")
print(f"csv: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
