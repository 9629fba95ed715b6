#!/bin/sh
# Benchmark: `budget report` against the tools a user would pick instead (the peers of
# ../shared/bench-peers: pandas, sqlite3, DuckDB, mawk, gawk) on the same generated data.
#
# usage: bench/run-report.sh [PROJECTS] [TRANSACTIONS] [RUNS]
#        (defaults 20000 5000000 3; run from the build tree root, i.e. where tools/budget is)
# env:   SHARED_DIR (default ../shared next to the source tree), BENCH_DIR (work folder, default
#        /tmp/budget-bench), PEERS (default "budget pandas sqlite duckdb mawk gawk")
#
# Every command is run RUNS times in turn (interleaved, so machine noise hits all alike);
# the median wall time and the peak RSS (GNU time) are printed as a Markdown table, with each
# peer's time as a ratio to budget's. Every peer's output is checked against the reference
# first, so only correct answers are timed.
set -eu
P=${1:-20000}
T=${2:-5000000}
RUNS=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
SHARED_DIR=${SHARED_DIR:-$top/../shared}
W=${BENCH_DIR:-/tmp/budget-bench}
PEERS=${PEERS:-"budget pandas sqlite duckdb mawk gawk"}
BUDGET=${BUDGET:-./tools/budget}
[ -x "$BUDGET" ] || { echo "no $BUDGET: run from the build tree" >&2; exit 2; }
peers=$SHARED_DIR/bench-peers
mkdir -p "$W"
D=$W/data-$P-$T
if [ ! -f "$D/transactions.csv" ]; then
    python3 "$SHARED_DIR/datagen/budget-datagen" --out "$D" --projects "$P" --transactions "$T" --seed 1 -q
fi
ASOF=2024-08-31
case " $PEERS " in *" duckdb "*)
    if [ ! -d "$W/duckdb/node_modules" ]; then
        cp -r "$peers/duckdb" "$W/" && (cd "$W/duckdb" && { npm ci --silent >/dev/null 2>&1 || npm install --no-audit --no-fund --silent >/dev/null 2>&1; }) ||
            { echo "duckdb: npm ci failed; leaving it out" >&2; PEERS=$(echo "$PEERS" | sed 's/duckdb//'); }
    fi;;
esac

cmd_of() {
    case $1 in
    budget) echo "$BUDGET report $D --as-of $ASOF --format csv";;
    pandas) echo "/usr/bin/python3 $peers/pandas_report.py $D $ASOF";;
    sqlite) echo "sh $peers/sqlite_report.sh $D $ASOF";;
    duckdb) echo "env DUCKDB_THREADS=1 node $W/duckdb/duckdb_report.mjs $D $ASOF";;
    mawk|gawk) echo "env LC_ALL=C $1 -v asof=$ASOF -f $peers/awk_report.awk $D/projects.csv $D/adjustments.csv $D/transactions.csv";;
    esac
}

# The reference's columns, cut out of budget's wider CSV by header name.
ref_cols() {
    python3 -c '
import csv, sys
r = csv.reader(sys.stdin); h = next(r)
cols = ["code","budget_adjusted","executed","execution_rate_pct","planned_pct","variance_pp"]
ix = [h.index(c) for c in cols]
w = csv.writer(sys.stdout, lineterminator="\n"); w.writerow(cols)
for row in r: w.writerow([row[i] for i in ix])'
}

python3 "$SHARED_DIR/datagen/reference-report" -q --as-of $ASOF "$D" > "$W/ref.csv"
for p in $PEERS; do
    if [ "$p" = budget ]; then $(cmd_of budget) | ref_cols > "$W/out.$p"; else $(cmd_of "$p") > "$W/out.$p" 2>/dev/null; fi
    cmp -s "$W/ref.csv" "$W/out.$p" || { echo "$p: output differs from the reference; not timed" >&2; PEERS=$(echo "$PEERS" | sed "s/\b$p\b//"); }
done

rm -f "$W"/time.*
for i in $(seq "$RUNS"); do
    for p in $PEERS; do
        /usr/bin/time -f "%e %M" -o "$W/time.$p.$i" sh -c "$(cmd_of "$p") > /dev/null 2>&1"
    done
done

rows=$(tail -n +2 "$W/ref.csv" | wc -l)
size=$(du -m "$D/transactions.csv" | cut -f1)
echo "| tool | median wall s | × budget | peak RSS MiB |"
echo "|---|---:|---:|---:|"
base=""
for p in $PEERS; do
    med=$(cat "$W"/time.$p.* | awk '{print $1}' | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
    rss=$(cat "$W"/time.$p.* | awk '{print $2}' | sort -n | tail -1)
    [ -n "$base" ] || base=$med
    ratio=$(awk -v a="$med" -v b="$base" 'BEGIN{printf "%.1f", a/b}')
    echo "| $p | $med | $ratio | $((rss / 1024)) |"
done
echo
echo "($P projects, $T transactions = $size MB, $rows report rows, as of $ASOF, $RUNS runs, $(nproc) cores)"
