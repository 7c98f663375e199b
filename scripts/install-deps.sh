#!/usr/bin/env bash
# Installs what chronicle needs to build, test and draw charts, from
# Debian's packages. Idempotent: packages already present are skipped.
# Works as root or through sudo. Set CHRONICLE_NO_INSTALL=1 to only check.
set -euo pipefail

packages=(
  build-essential make pkg-config      # compiler and build
  libpcre2-dev libjansson-dev          # PCRE2 (UTF, UCP, JIT) and jansson
  libcmocka-dev                        # unit tests
  python3 python3-jsonschema           # golden tests and schema validation
  gnuplot-nox fonts-nanum              # charts, with a Korean font
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi
echo "install-deps: missing: ${missing[*]}"
if [ "${CHRONICLE_NO_INSTALL:-0}" = 1 ]; then
  echo "install-deps: CHRONICLE_NO_INSTALL=1, not installing" >&2
  exit 1
fi

"$(dirname "$0")/apt-install.sh" install-deps "${missing[@]}"
