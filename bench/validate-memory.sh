#!/bin/sh
# Benchmark and acceptance check (issue 6): `budget validate` reports every problem in bounded memory.
#
# usage: bench/validate-memory.sh [BAD] [GOOD] [LIMIT_MB]
#        (defaults 500000 1000000 64; run from the build tree root, i.e. where tools/budget is)
# env:   SHARED_DIR (default ../shared next to the source tree), BENCH_DIR (work folder, default
#        /tmp/budget-bench), BUDGET (default ./tools/budget)
#
# Makes a data folder with budget-datagen (GOOD good ledger rows) and mixes into its
# transactions.csv BAD rows whose project codes (NOPE-0000001, ...) are in no projects.csv,
# spread evenly through the file, each with its own voucher number. Then runs
# `budget validate DIR` under GNU time and prints the peak RSS and the number of problem lines
# naming an unknown code. Exits 0 only if validate exits 1 (problems found), prints exactly BAD
# such lines, each for a different line of transactions.csv, and peaks at LIMIT_MB or less.
# Not part of `make check`: generating and validating 1.5 million rows takes a while.
set -eu
BAD=${1:-500000}
GOOD=${2:-1000000}
LIMIT_MB=${3:-64}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
SHARED_DIR=${SHARED_DIR:-$top/../shared}
W=${BENCH_DIR:-/tmp/budget-bench}
BUDGET=${BUDGET:-./tools/budget}
[ -x "$BUDGET" ] || { echo "no $BUDGET: run from the build tree" >&2; exit 2; }
if ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "GNU time (/usr/bin/time -v) is missing: install the package 'time' (sh tools/setup-debian.sh)" >&2
    exit 2
fi
mkdir -p "$W"
D=$W/validate-$BAD-$GOOD
if [ ! -f "$D/transactions.csv" ]; then
    rm -rf "$D.tmp"
    python3 "$SHARED_DIR/datagen/budget-datagen" --out "$D.tmp" --projects 2000 --transactions "$GOOD" \
        --seed 1 -q
    # Bad row k goes after good row ceil(k * GOOD / BAD), so they are spread through the file;
    # rows are only inserted between records (an even number of quotes so far), never inside a
    # quoted field. Each bad row takes the date of the row before it; the rest go at the end.
    awk -v bad="$BAD" -v good="$GOOD" '
        function emit(date) {
            done++
            printf "%s,NOPE-%07d,100.00,fiscal,NOPE-V%07d,unknown project code test\n", date, done, done
        }
        NR == 1 { print; next }
        {
            print
            q += gsub(/"/, "\"")
            if (q % 2 == 1) next
            rows++
            split($0, f, ",")
            while (done < bad && good > 0 && done * good < rows * bad)
                emit(f[1])
        }
        END { while (done < bad) emit("2024-06-30") }
    ' "$D.tmp/transactions.csv" >"$D.tmp/t.csv"
    mv "$D.tmp/t.csv" "$D.tmp/transactions.csv"
    mv "$D.tmp" "$D"
fi

out=$W/validate-$BAD-$GOOD.out
err=$W/validate-$BAD-$GOOD.err
tv=$W/validate-$BAD-$GOOD.time
set +e
/usr/bin/time -v -o "$tv" "$BUDGET" validate "$D" >"$out" 2>"$err"
rc=$?
set -e
kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$tv")
wall=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tv")
# A problem line names transactions.csv and its line, then the unknown code.
n=$(grep -c 'transactions\.csv:[0-9][0-9]*.*NOPE-[0-9]' "$out" || true)
n_lines=$(grep 'transactions\.csv:[0-9][0-9]*.*NOPE-[0-9]' "$out" | sed 's/.*transactions\.csv:\([0-9]*\).*/\1/' |
    sort -u | wc -l)
echo "rows: $GOOD good + $BAD with unknown codes; validate exit $rc, wall $wall"
echo "problem lines naming an unknown code: $n (on $n_lines different lines; expected $BAD)"
echo "peak RSS: $((kb / 1024)) MB ($kb kB; limit $LIMIT_MB MB)"
echo "validate's summary: $(tail -n 1 "$err")"
status=0
if [ "$rc" -ne 1 ]; then
    echo "FAIL: validate exited $rc, expected 1 (problems found)" >&2
    status=1
fi
if [ "$n" -ne "$BAD" ] || [ "$n_lines" -ne "$BAD" ]; then
    echo "FAIL: $n problem lines on $n_lines lines, expected $BAD" >&2
    status=1
fi
if [ -z "$kb" ] || [ "$kb" -gt $((LIMIT_MB * 1024)) ]; then
    echo "FAIL: peak RSS ${kb:-unknown} kB is over $LIMIT_MB MB" >&2
    status=1
fi
[ "$status" -eq 0 ] && echo "OK"
exit "$status"
