#!/bin/sh
# Builds the libFuzzer harnesses of tests/fuzz/ with clang (ASan + UBSan,
# the library sources compiled in directly) and runs each one for SECONDS
# seconds (default 60), starting from tests/fuzz/corpus/<name>/. Any crash,
# leak, sanitizer report or broken invariant fails the run; the input that
# caused it is left in the build directory as crash-*/leak-*/timeout-*.
#
#   tests/fuzz/run.sh [SECONDS] [HARNESS...]    e.g.  tests/fuzz/run.sh 30 fuzz-target
#
# Every tests/fuzz/fuzz-*.c is a harness: adding one is adding its file (and,
# if it has seeds, tests/fuzz/corpus/<name without fuzz->/). `make fuzz
# FUZZ_SECONDS=N` runs this script, then selftest.sh.
#
# Environment: CC (default clang), FUZZ_BUILD_DIR (default _build/fuzz in
# the source tree), BUDGET_BUILD_DIR (a configured build directory whose
# config.h and include/budget/budget-version.h to use; without it minimal
# ones are generated), FUZZ_CFLAGS (extra flags for the library and the
# harnesses, e.g. -DBUDGETP_BREAK_QUOTE_RULE: see selftest.sh), FUZZ_CORPUS_DIR
# (default tests/fuzz/corpus: the seeds, one folder per harness). Needs clang
# with the libFuzzer runtime (Debian: clang and libclang-rt-14-dev, see
# tools/setup-debian.sh), GLib, json-glib and libcsv.
# Not part of `make check`: CI runs it (.ci/run).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
if [ $# -gt 0 ]; then
    harnesses=$*
else
    harnesses=$(cd "$here" && ls fuzz-*.c | sed 's/\.c$//')
fi
cc=${CC:-clang}
out=${FUZZ_BUILD_DIR:-$top/_build/fuzz}

case $seconds in
    ''|*[!0-9]*) echo "usage: $0 [SECONDS] [HARNESS...]" >&2; exit 2 ;;
esac
if ! command -v "$cc" >/dev/null 2>&1; then
    echo "run.sh: $cc not found (Debian: apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
fi

mkdir -p "$out/gen/include/budget" "$out/obj"

# config.h and budget-version.h: from a configured build, or generated.
version() { sed -n "s/^m4_define(\[budget_$1\], \[\([0-9]*\)\])/\1/p" "$top/configure.ac"; }
major=$(version major) minor=$(version minor) micro=$(version micro)
if [ -n "${BUDGET_BUILD_DIR:-}" ] && [ -f "$BUDGET_BUILD_DIR/config.h" ]; then
    cp "$BUDGET_BUILD_DIR/config.h" "$out/gen/config.h"
    cp "$BUDGET_BUILD_DIR/include/budget/budget-version.h" "$out/gen/include/budget/budget-version.h"
else
    printf '#define PACKAGE "libbudget"\n#define PACKAGE_VERSION "%s.%s.%s"\n#define VERSION PACKAGE_VERSION\n' \
        "$major" "$minor" "$micro" >"$out/gen/config.h"
    sed -e "s/@BUDGET_MAJOR_VERSION@/$major/g" -e "s/@BUDGET_MINOR_VERSION@/$minor/g" \
        -e "s/@BUDGET_MICRO_VERSION@/$micro/g" "$top/include/budget/budget-version.h.in" \
        >"$out/gen/include/budget/budget-version.h"
fi

glib_cflags=$(pkg-config --cflags glib-2.0 json-glib-1.0 libarchive libxml-2.0 xlsxwriter)
glib_libs=$(pkg-config --libs glib-2.0 json-glib-1.0 libarchive libxml-2.0 xlsxwriter)
sanitize="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cflags="-g -O1 -std=gnu99 $sanitize ${FUZZ_CFLAGS:-} -I$out/gen -I$out/gen/include -I$top/include -I$top/libbudget $glib_cflags"
lib_cflags="$cflags -DBUDGET_COMPILATION -DG_LOG_DOMAIN=\"libbudget\""

echo "run.sh: building the library in $out"
objs=""
for src in "$top"/libbudget/*.c; do
    objs="$objs $out/obj/$(basename "$src" .c).o"
done
# Two compilers at a time (the machine is shared).
export cc lib_cflags out
# shellcheck disable=SC2016
ls "$top"/libbudget/*.c | xargs -P 2 -I{} sh -c \
    '$cc $lib_cflags -c "$1" -o "$out/obj/$(basename "$1" .c).o"' sh {}

status=0
for h in $harnesses; do
    name=${h#fuzz-}
    echo "==== $h: ${seconds}s"
    # shellcheck disable=SC2086
    $cc $cflags -I"$here" "$here/$h.c" $objs $glib_libs -lcsv -o "$out/$h"
    # New inputs go to a scratch corpus; the committed seeds are only read.
    mkdir -p "$out/corpus/$name"
    seeds=""
    [ -d "${FUZZ_CORPUS_DIR:-$here/corpus}/$name" ] && seeds="${FUZZ_CORPUS_DIR:-$here/corpus}/$name"
    dict=""
    [ -f "$here/budget.dict" ] && dict="-dict=$here/budget.dict"
    # shellcheck disable=SC2086
    if ! (cd "$out" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            "./$h" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$out/$h-" $dict \
            "corpus/$name" $seeds >"$h.log" 2>&1); then
        tail -n 80 "$out/$h.log"
        echo "run.sh: FAILED: $h (log: $out/$h.log; inputs: $out/$h-*)"
        status=1
    else
        grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+.*DONE)' "$out/$h.log" || true
    fi
done
[ $status -eq 0 ] && echo "run.sh: all harnesses ran ${seconds}s without a crash"
exit $status
