#!/usr/bin/env bash
# Fuzzes the whole pipeline and every exporter (fuzz/fuzz_pipeline.c) with
# libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer, built by clang
# in build-fuzz/. New inputs go to build-fuzz/corpus/; fuzz/corpus/ (the
# seeds, replayed by `make test`) is only read. A crash leaves its input in
# build-fuzz/artifacts/: fix the bug, then copy the input into fuzz/corpus/.
#
# usage: scripts/fuzz.sh [LIBFUZZER_OPTION...]
# Environment: FUZZ_SECONDS (default 600), FUZZ_MAX_LEN (default 4096),
#              CLANG (default clang), FUZZ_JOBS (default 1).
# Needs clang and its runtime (Debian: clang, libclang-rt-14-dev or the
# clang package's own runtime); not needed by `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
clang=${CLANG:-clang}
seconds=${FUZZ_SECONDS:-600}
max_len=${FUZZ_MAX_LEN:-4096}
jobs=${FUZZ_JOBS:-1}
out=build-fuzz
if ! command -v "$clang" >/dev/null 2>&1; then
  echo "fuzz: $clang not found (apt-get install clang libclang-rt-14-dev)" >&2
  exit 1
fi

san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
# the library with coverage instrumentation but without libFuzzer's main
make -s BUILD=$out CC="$clang" OPT="-O1 -g $san -fsanitize=fuzzer-no-link" "$out/libchronicle.a"
pkg_libs=$(pkg-config --libs libpcre2-8 jansson 2>/dev/null || echo -lpcre2-8 -ljansson)
# shellcheck disable=SC2086
"$clang" -std=c11 -D_GNU_SOURCE -O1 -g $san -fsanitize=fuzzer -Wall -Wextra -Werror \
  -Iinclude -Ifuzz -o "$out/fuzz_pipeline" fuzz/fuzz_pipeline.c "$out/libchronicle.a" $pkg_libs -lm
echo "fuzz: built $out/fuzz_pipeline"

mkdir -p "$out/corpus" "$out/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
log="$out/fuzz.log"
parallel=()
if [ "$jobs" -gt 1 ]; then parallel=(-jobs="$jobs" -workers="$jobs"); fi
echo "fuzz: running ${seconds}s (log: $log)"
set +e
"$out/fuzz_pipeline" "$out/corpus" fuzz/corpus \
  -dict=fuzz/chronicle.dict -max_len="$max_len" -rss_limit_mb=4096 -timeout=10 \
  -max_total_time="$seconds" -print_final_stats=1 "${parallel[@]}" \
  -artifact_prefix="$out/artifacts/" "$@" 2>&1 | tee "$log" | grep -E '^(#[0-9]+.*(pulse|DONE|REDUCE|NEW))|ERROR|SUMMARY|Done|stat::' | tail -40
status=${PIPESTATUS[0]}
set -e
echo "fuzz: libFuzzer exited with status $status"
ls "$out/artifacts" 2>/dev/null | sed 's/^/fuzz: artifact /'
exit "$status"
