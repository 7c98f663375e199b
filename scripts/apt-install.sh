#!/usr/bin/env bash
# apt-install.sh TAG PACKAGE...: installs Debian packages as root or through
# sudo, with a fresh package list (a stale one makes installs fail). The
# one place the install scripts run apt-get; TAG names the caller in its
# messages.
set -euo pipefail
tag=$1
shift
if [ "$(id -u)" -eq 0 ]; then
  run() { "$@"; }
elif command -v sudo >/dev/null 2>&1; then
  run() { sudo "$@"; }
else
  echo "$tag: need root or sudo to install: $*" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
run apt-get update -qq
run apt-get install -y -qq --no-install-recommends "$@"
echo "$tag: installed $*"
