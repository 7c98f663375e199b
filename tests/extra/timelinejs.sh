#!/usr/bin/env bash
# TimelineJS end to end: our --format timelinejs output loaded into Knight
# Lab's TimelineJS3 library in headless Chromium. For the samples, the
# comparison set, the seed (when ../shared is there) and a hostile article
# (HTML in its text): no console errors, no uncaught exceptions, one slide
# per event plus the title, and no markup from an article in the page.
# Skipped with a message when chromium or the npm package is absent
# (scripts/install-e2e-deps.sh installs both; CHRONICLE_E2E_DIR says where
# the package is, default ~/.cache/chronicle-e2e).
# usage: tests/extra/timelinejs.sh CHRONICLE   Ends with "N passed, N failed[, N skipped]".
set -u
bin=$(realpath "${1:?usage: timelinejs.sh CHRONICLE}")
cd "$(dirname "$0")/../.."
dir=${CHRONICLE_E2E_DIR:-$HOME/.cache/chronicle-e2e}
tljs="$dir/node_modules/@knight-lab/timelinejs/dist"
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ] || [ ! -f "$tljs/js/timeline.js" ]; then
  echo "timelinejs: SKIPPED: needs Debian's chromium and the npm package @knight-lab/timelinejs in $dir (run scripts/install-e2e-deps.sh)"
  echo "timelinejs: 0 passed, 0 failed, 1 skipped"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

cat >"$tmp/hostile.txt" <<'TXT'
---
title: <img src=x onerror="window.__xss=1">Board news
source: <b onmouseover="window.__xss=1">Evil</b> Wire
date: 2024-01-10
lang: en
---
On January 5, 2024, the board of Acme Robotics fired chief executive Jane Doe <img src=x onerror="window.__xss=1">.
On January 9, 2024, Doe returned to Acme Robotics as chief executive, "after talks" & <script>window.__xss=1</script>.
TXT

run_case() {  # run_case NAME TIMELINEJS_JSON
  local name=$1 json=$2 page="$tmp/$1.html"
  { printf 'window.DATA = '; cat "$json"; printf ';\n'; } >"$tmp/$name.data.js"
  cat >"$page" <<HTML
<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://$tljs/css/timeline.css">
<script>
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push('uncaught: ' + e.message); });
window.addEventListener('unhandledrejection', function (e) { window.__errors.push('rejection: ' + e.reason); });
var __origError = console.error;
console.error = function () { window.__errors.push('console.error: ' + Array.prototype.join.call(arguments, ' ')); __origError.apply(console, arguments); };
</script>
<script src="file://$tljs/js/timeline.js"></script>
<script src="file://$tmp/$name.data.js"></script>
</head><body>
<div id="timeline-embed" style="width: 1000px; height: 600px"></div>
<pre id="result">PENDING</pre>
<script>
var loaded = false;
try {
  var tl = new TL.Timeline('timeline-embed', window.DATA, {hash_bookmark: false});
  tl.on('loaded', function () { loaded = true; });
} catch (e) { window.__errors.push('constructor: ' + e.message); }
setTimeout(function () {
  document.getElementById('result').textContent = 'RESULT ' + JSON.stringify({
    errors: window.__errors, loaded: loaded, xss: window.__xss === 1,
    slides: document.querySelectorAll('.tl-slide').length,
    expected: window.DATA.events.length + (window.DATA.title ? 1 : 0),
    message: (document.querySelector('.tl-message-content') || {}).textContent || ''
  });
}, 4000);
</script>
</body></html>
HTML
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --disable-quic --no-first-run \
    --user-data-dir="$tmp/profile-$name" --virtual-time-budget=10000 --dump-dom "file://$page" \
    >"$tmp/$name.dom" 2>"$tmp/$name.chromium.log"
  python3 - "$name" "$tmp/$name.dom" <<'PY'
import html, json, re, sys
name, dom = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
m = re.search(r'RESULT (\{.*?\})</pre>', dom, re.S)
if not m:
    print(f"FAIL  {name}: no result in the page (did TimelineJS load?)")
    sys.exit(1)
r = json.loads(html.unescape(m.group(1)))
problems = []
if r["errors"]: problems.append("console errors: " + "; ".join(r["errors"])[:500])
if not r["loaded"]: problems.append("TimelineJS did not fire 'loaded'")
if r["slides"] != r["expected"]: problems.append(f"{r['slides']} slides, expected {r['expected']}")
if r["xss"]: problems.append("markup from an article ran")
if r["message"].strip(): problems.append("TimelineJS message: " + r["message"][:200])
print(("ok    " if not problems else "FAIL  ") + f"{name}: {r['slides']} slides" + ("" if not problems else ": " + "; ".join(problems)))
sys.exit(1 if problems else 0)
PY
  if [ $? -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

"$bin" timeline --dct 2024-06-03 --format timelinejs -o "$tmp/samples.json" samples/*.txt && run_case samples "$tmp/samples.json"
"$bin" timeline --format timelinejs -o "$tmp/compare.json" samples/compare/*.txt && run_case compare "$tmp/compare.json"
"$bin" timeline --format timelinejs -o "$tmp/hostile.json" "$tmp/hostile.txt" && run_case hostile "$tmp/hostile.json"
# TimelineJS3 sanitises some HTML itself; our output must not rely on it
if python3 - "$tmp/hostile.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
texts = [d["title"]["text"]["headline"], d["title"]["text"]["text"]]
texts += [t for e in d["events"] for t in (e["text"]["headline"], e["text"]["text"])]
joined = "".join(texts).replace("<p>", "").replace("</p>", "")
assert "<" not in joined and "&lt;img" in joined, joined[:300]
PY
then passed=$((passed + 1)); echo "ok    hostile: article markup is escaped in the JSON"
else failed=$((failed + 1)); echo "FAIL  hostile: article markup is not escaped in the JSON"; fi
if [ -f ../shared/seeds/altman-return-ko.txt ]; then
  "$bin" timeline --dct 2023-11-30 --format timelinejs -o "$tmp/seed.json" ../shared/seeds/altman-return-ko.txt &&
    run_case seed "$tmp/seed.json"
fi
echo "timelinejs: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
