#!/usr/bin/env bash
# Installs what the browser end-to-end test (tests/extra/timelinejs.sh)
# needs: Debian's chromium, and Knight Lab's TimelineJS3 from the npm
# registry into a folder outside the repository
# (${CHRONICLE_E2E_DIR:-$HOME/.cache/chronicle-e2e}). Idempotent: what is
# present is skipped. Works as root or through sudo.
set -euo pipefail
dir=${CHRONICLE_E2E_DIR:-$HOME/.cache/chronicle-e2e}

if ! command -v chromium >/dev/null 2>&1; then
  "$(dirname "$0")/apt-install.sh" install-e2e-deps chromium
else
  echo "install-e2e-deps: chromium is installed"
fi

if [ -f "$dir/node_modules/@knight-lab/timelinejs/dist/js/timeline.js" ]; then
  echo "install-e2e-deps: TimelineJS3 is in $dir"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "install-e2e-deps: npm is missing (Debian package npm)" >&2
  exit 1
fi
mkdir -p "$dir"
# no scripts, no audit: we only need the package's prebuilt dist/ files
npm install --prefix "$dir" --no-save --ignore-scripts --no-audit --no-fund --loglevel=error @knight-lab/timelinejs
echo "install-e2e-deps: installed TimelineJS3 into $dir"
