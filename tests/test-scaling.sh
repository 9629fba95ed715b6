#!/bin/sh
# Scaling test (issue 13): `budget report` gives the same bytes on stdout and
# stderr, and the same exit status, whether one, two or three threads read
# the ledger, on generated folders large enough to be split (LF and CRLF,
# clean and with malformed rows, strict and lenient). Never timings: the
# speed is measured in bench/. The ledger pass itself is compared every way
# (range sizes down to one byte) in test-csv-read.
# Environment (set by tests/Makefile.am): BUDGET, SHARED_DIR.
# Exit: 0 pass, 1 fail, 77 skip.

BUDGET=${BUDGET:-../tools/budget}
SHARED_DIR=${SHARED_DIR:-${top_srcdir:-..}/../shared}
datagen="$SHARED_DIR/datagen/budget-datagen"

if [ ! -f "$datagen" ]; then
    echo "SKIP: ../shared not found"
    exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "SKIP: python3 not found (the data generator needs it)"
    exit 77
fi
if [ ! -x "$BUDGET" ]; then
    echo "FAIL: $BUDGET is not built"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test-scaling.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0

# A folder of about 7.5 MB of ledger: above the size the library splits.
gen() { # name, extra datagen options
    name=$1
    shift
    python3 "$datagen" --out "$tmp/$name" --projects 400 --transactions 60000 --seed 13 -q "$@" || {
        echo "FAIL: budget-datagen $*"
        exit 1
    }
    size=$(wc -c < "$tmp/$name/transactions.csv")
    if [ "$size" -lt 5000000 ]; then
        echo "FAIL: $name/transactions.csv is $size bytes, too small to be split"
        exit 1
    fi
}

# Runs one report with 1, 2 and 3 threads and compares everything.
same() { # name, report options...
    name=$1
    shift
    for t in 1 2 3; do
        "$BUDGET" report "$tmp/$name" --threads "$t" "$@" > "$tmp/out.$t" 2> "$tmp/err.$t"
        echo $? > "$tmp/rc.$t"
    done
    if [ ! -s "$tmp/out.1" ] && [ ! -s "$tmp/err.1" ]; then
        echo "FAIL: $name $*: no output at all"
        fail=1
        return
    fi
    for t in 2 3; do
        for f in out err rc; do
            if ! cmp -s "$tmp/$f.1" "$tmp/$f.$t"; then
                echo "FAIL: $name $*: $f with $t threads differs from 1 thread"
                diff "$tmp/$f.1" "$tmp/$f.$t" | head -5
                fail=1
            fi
        done
    done
}

gen clean
gen crlf --crlf
gen bad --bad-rows 300

same clean --as-of 2024-08-31 --format csv
same clean --as-of 2024-03-31 --level unit
same crlf --as-of 2024-12-31 --format csv
same bad --as-of 2024-08-31 --format csv
same bad --as-of 2024-08-31 --format csv --lenient

# The bad folder is refused (strict) and read (lenient): both are checked above.
if [ "$(cat "$tmp/rc.1")" != 0 ] || [ ! -s "$tmp/err.1" ]; then
    echo "FAIL: the lenient report of the bad folder should succeed and name the bad rows"
    fail=1
fi
"$BUDGET" report "$tmp/clean" --threads -1 > /dev/null 2>&1 && {
    echo "FAIL: --threads -1 accepted"
    fail=1
}

[ $fail -eq 0 ] && echo "PASS: 1, 2 and 3 threads give the same reports"
exit $fail
