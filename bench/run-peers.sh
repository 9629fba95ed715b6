#!/bin/sh
# Benchmark (issue 13): `budget report` with 1 and 2 threads against the tools an analyst
# would use instead (../shared/bench-peers: pandas, DuckDB with 1 and 2 threads, sqlite3,
# mawk; and libbudget's own Python binding, bench/python_report.py) and against the
# floors `cat` and `wc -l`, on the same generated data; then the
# peak-RSS curve of `budget report` from 1M to 10M rows. Not part of `make check`.
#
# usage: bench/run-peers.sh [PROJECTS] [TRANSACTIONS] [RUNS]   (defaults 20000 5000000 5)
#        bench/run-peers.sh --rss-curve [PROJECTS]             (1M, 2M, 5M, 10M rows)
#        run from the build tree root (where tools/budget is); add WRITE=1 to replace the
#        matching section of bench/RESULTS.md with the table printed.
# env:   SHARED_DIR (default ../shared next to the source tree), BENCH_DIR (work folder,
#        default /tmp/budget-bench), PEERS (default: every one available), NOTE (a line
#        printed under the table, e.g. "taken under load").
#
# The data is generated once per size (budget-datagen, seed 1). Every command's output is
# first checked equal to reference-report's (budget's columns cut out of its wider CSV);
# a peer that differs or is missing is left out and named. Then every command runs RUNS
# times in turn (interleaved, so that machine noise hits all alike) under GNU time: the
# table gives the median wall time, the median CPU time (user + sys), the peak RSS, each
# tool's wall and CPU ratio to `budget report --threads 2`, and budget's to cat and wc -l.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
SHARED_DIR=${SHARED_DIR:-$top/../shared}
W=${BENCH_DIR:-/tmp/budget-bench}
BUDGET=${BUDGET:-./tools/budget}
ASOF=2024-08-31
[ -x "$BUDGET" ] || { echo "no $BUDGET: run from the build tree" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }
peers=$SHARED_DIR/bench-peers
mkdir -p "$W"

gen() { # projects transactions -> prints the folder
    d=$W/data-$1-$2
    if [ ! -f "$d/transactions.csv" ]; then
        python3 "$SHARED_DIR/datagen/budget-datagen" --out "$d" --projects "$1" --transactions "$2" --seed 1 -q
    fi
    echo "$d"
}

# ---- The RSS curve ------------------------------------------------------------------
if [ "${1:-}" = "--rss-curve" ]; then
    P=${2:-20000}
    echo "| rows | ledger MB | peak RSS MiB, 1 thread | peak RSS MiB, 2 threads |"
    echo "|---:|---:|---:|---:|"
    for T in 1000000 2000000 5000000 10000000; do
        D=$(gen "$P" "$T")
        size=$(($(wc -c < "$D/transactions.csv") / 1000000))
        r1=$(/usr/bin/time -f "%M" "$BUDGET" report "$D" --as-of $ASOF --format csv --threads 1 2>&1 >/dev/null | tail -1)
        r2=$(/usr/bin/time -f "%M" "$BUDGET" report "$D" --as-of $ASOF --format csv --threads 2 2>&1 >/dev/null | tail -1)
        echo "| $T | $size | $((r1 / 1024)) | $((r2 / 1024)) |"
    done
    echo
    echo "($P projects; command: \`sh bench/run-peers.sh --rss-curve $P\`)"
    exit 0
fi

P=${1:-20000}
T=${2:-5000000}
RUNS=${3:-5}
D=$(gen "$P" "$T")
PEERS=${PEERS:-"budget-2 budget-1 python duckdb-2 duckdb-1 pandas sqlite mawk cat wc"}
# The Python binding built for Debian's python3 (bindings/python/build/N/python names it).
pybuild=
for b in bindings/python/build/*/; do
    [ -f "$b/python" ] && [ "$(cat "$b/python")" = /usr/bin/python3 ] && pybuild=$(cd "$b" && pwd)
done

case " $PEERS " in *" duckdb-"*)
    if [ ! -d "$W/duckdb/node_modules" ]; then
        rm -rf "$W/duckdb"
        cp -r "$peers/duckdb" "$W/" && (cd "$W/duckdb" && { npm ci --silent >/dev/null 2>&1 ||
            npm install --no-audit --no-fund --silent >/dev/null 2>&1; }) ||
            echo "duckdb: npm ci failed; left out" >&2
    fi;;
esac

cmd_of() {
    case $1 in
    budget-*) echo "$BUDGET report $D --as-of $ASOF --format csv --threads ${1#budget-}";;
    pandas) echo "/usr/bin/python3 $peers/pandas_report.py $D $ASOF";;
    python) echo "env PYTHONPATH=$pybuild /usr/bin/python3 $here/python_report.py $D $ASOF";;
    sqlite) echo "sh $peers/sqlite_report.sh $D $ASOF";;
    duckdb-*) echo "env DUCKDB_THREADS=${1#duckdb-} node $W/duckdb/duckdb_report.mjs $D $ASOF";;
    mawk|gawk) echo "env LC_ALL=C $1 -v asof=$ASOF -f $peers/awk_report.awk $D/projects.csv $D/adjustments.csv $D/transactions.csv";;
    cat) echo "cat $D/transactions.csv";;
    wc) echo "wc -l $D/transactions.csv";;
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
timed=""
left_out=""
for p in $PEERS; do
    case $p in
    cat|wc) timed="$timed $p"; continue;;
    budget-*) $(cmd_of "$p") 2>/dev/null | ref_cols > "$W/out.$p" || true;;
    *) $(cmd_of "$p") > "$W/out.$p" 2>/dev/null || true;;
    esac
    if cmp -s "$W/ref.csv" "$W/out.$p"; then timed="$timed $p"; else left_out="$left_out $p"; fi
done
[ -n "$left_out" ] && echo "left out (missing, or output differs from reference-report):$left_out" >&2

rm -f "$W"/time.*
for i in $(seq "$RUNS"); do
    for p in $timed; do
        /usr/bin/time -f "%e %U %S %M" -o "$W/time.$p.$i" sh -c "$(cmd_of "$p") > /dev/null 2>&1"
    done
done

median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
wall_of() { cat "$W"/time.$1.* | awk '{print $1}' | median; }
cpu_of() { cat "$W"/time.$1.* | awk '{printf "%.2f\n", $2 + $3}' | median; }
base=${BASE:-budget-2}
case " $timed " in *" $base "*) ;; *) base=$(echo $timed | cut -d' ' -f1);; esac
bw=$(wall_of "$base")
bc=$(cpu_of "$base")
size=$(($(wc -c < "$D/transactions.csv") / 1000000))
table=$W/table.md
{
    echo "| command | median wall s | median CPU s (user+sys) | peak RSS MiB | wall × $base | CPU × $base |"
    echo "|---|---:|---:|---:|---:|---:|"
    for p in $timed; do
        w=$(wall_of "$p")
        c=$(cpu_of "$p")
        rss=$(cat "$W"/time.$p.* | awk '{print $4}' | sort -n | tail -1)
        awk -v p="$p" -v w="$w" -v c="$c" -v r="$rss" -v bw="$bw" -v bc="$bc" 'BEGIN{
            printf "| %s | %.2f | %.2f | %d | %.2f | %.2f |\n", p, w, c, r / 1024, w / (bw > 0 ? bw : 1), c / (bc > 0 ? bc : 1) }'
    done
    echo
    for f in cat wc; do
        case " $timed " in *" $f "*)
            awk -v f="$f" -v w="$(wall_of $f)" -v c="$(cpu_of $f)" -v bw="$bw" -v bc="$bc" -v b="$base" 'BEGIN{
                printf "%s is %.1f× `%s` in wall time (%.2f s) and %.1f× in CPU time (%.2f s).\n", b, bw / (w > 0 ? w : 0.01), f == "wc" ? "wc -l" : f, w, bc / (c > 0 ? c : 0.01), c }';;
        esac
    done
    echo
    echo "$P projects × $T transactions ($size MB ledger), as of $ASOF; median of $RUNS interleaved runs on $(nproc) cores, $(date -u +%Y-%m-%d), libbudget $(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo '?')."
    [ -n "$left_out" ] && echo "Left out (missing, or not equal to reference-report):$left_out."
    [ -n "${NOTE:-}" ] && echo "$NOTE"
    echo
    echo "Command: \`sh bench/run-peers.sh $P $T $RUNS\`"
} > "$table"
cat "$table"

if [ "${WRITE:-0}" = 1 ]; then
    results=$top/bench/RESULTS.md
    begin="<!-- run-peers $P $T: begin -->"
    end="<!-- run-peers $P $T: end -->"
    if ! grep -qF "$begin" "$results"; then
        printf '\n%s\n%s\n' "$begin" "$end" >> "$results"
    fi
    awk -v b="$begin" -v e="$end" -v t="$table" '
        $0 == b { print; while ((getline l < t) > 0) print l; skip = 1; next }
        $0 == e { skip = 0 }
        !skip' "$results" > "$results.new" && mv "$results.new" "$results"
fi
