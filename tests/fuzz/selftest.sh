#!/bin/sh
# The differential harness must be able to find silent loss. This builds the
# library with -DBUDGETP_BREAK_QUOTE_RULE (csv-read.c then reads in libcsv's
# lax mode, where a quoted field runs on after its closing quote: `"m"x`
# swallows the lines after it) and runs fuzz-csv-differential from seeds that
# hold only well-formed quoting (tests/fuzz/selftest-corpus/). It passes only
# when the harness reports a difference within SECONDS (default 60) on an
# input with text after a closing quote, and that input reads the same in the
# library and the model once the rule is back (the unbroken harness accepts
# it): so the harness caught the breakage, and only the breakage.
#
#   tests/fuzz/selftest.sh [SECONDS]
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
seconds=${1:-60}
out=${FUZZ_BUILD_DIR:-$top/_build/fuzz}
broken=$out/selftest

rm -rf "$broken"
mkdir -p "$broken"
if FUZZ_CFLAGS=-DBUDGETP_BREAK_QUOTE_RULE FUZZ_BUILD_DIR=$broken FUZZ_CORPUS_DIR=$here/selftest-corpus \
    sh "$here/run.sh" "$seconds" fuzz-csv-differential >"$broken/run.log" 2>&1; then
    cat "$broken/run.log"
    echo "selftest.sh: FAILED: with the quote rule broken, fuzz-csv-differential found nothing in ${seconds}s"
    exit 1
fi
log=$broken/fuzz-csv-differential.log
found=$(ls "$broken"/fuzz-csv-differential-crash-* 2>/dev/null | head -n 1)
if [ -z "$found" ] || ! grep -q 'invariant failed: diffs == 0' "$log"; then
    tail -n 40 "$log" 2>/dev/null || cat "$broken/run.log"
    echo "selftest.sh: FAILED: the broken build failed, but not with a difference from the model"
    exit 1
fi
# A closing quote followed by something other than blanks, a comma or a line end.
if ! grep -q '"[^", 	\r\n]' "$found" && ! grep -q '" *[^", 	\r\n]' "$found"; then
    echo "selftest.sh: FAILED: the difference found is not text after a closing quote:"
    od -c "$found" | head -n 20
    exit 1
fi
grep -m 1 -E '^(model:|line [0-9]+:|the library)' "$log" | sed 's/^/selftest.sh: found: /'
echo "selftest.sh: input ($(wc -c <"$found") bytes):"
head -c 400 "$found" | sed 's/^/    /'
echo
# The same input with the rule in place: no difference.
if [ -x "$out/fuzz-csv-differential" ]; then
    if ! ASAN_OPTIONS=detect_leaks=1 "$out/fuzz-csv-differential" "$found" >"$broken/recheck.log" 2>&1; then
        tail -n 20 "$broken/recheck.log"
        echo "selftest.sh: FAILED: the input also differs with the quote rule in place (a real bug?)"
        exit 1
    fi
fi
echo "selftest.sh: the differential harness finds \`\"m\"x\` when the reader accepts it"
