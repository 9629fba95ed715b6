#!/bin/sh
# CPU time (task-clock, user + system) of `budget report` from two or more
# build trees on the same data, interleaved run by run so that the load of a
# shared machine hits each alike; prints the minimum and the median of each.
# Every output is first compared with the first tree's.
#
#   sh bench/cpu-compare.sh DATA_DIR RUNS THREADS BUILD_DIR...
#   e.g. sh bench/cpu-compare.sh /tmp/budget-bench/data-20000-5000000 5 1 /work/main .
#
# Needs perf (linux-perf) for task-clock. Not part of make check.
set -eu
[ $# -ge 4 ] || { echo "usage: $0 DATA_DIR RUNS THREADS BUILD_DIR..." >&2; exit 2; }
data=$1 runs=$2 threads=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
k=0
for b in "$@"; do
    k=$((k + 1))
    [ -x "$b/tools/.libs/budget" ] || { echo "$b: no tools/.libs/budget (build it first)" >&2; exit 2; }
done
i=0
while [ $i -lt "$runs" ]; do
    i=$((i + 1))
    k=0
    for b in "$@"; do
        k=$((k + 1))
        LD_LIBRARY_PATH="$b/libbudget/.libs" perf stat -x, -e task-clock -o "$work/stat" \
            "$b/tools/.libs/budget" report "$data" --as-of 2024-08-31 --format csv --threads "$threads" > "$work/out.$k"
        if [ $k -gt 1 ] && ! cmp -s "$work/out.1" "$work/out.$k"; then
            echo "$b: output differs from $1's" >&2
            exit 1
        fi
        awk -F, '/task-clock/ { print int($1) }' "$work/stat" >> "$work/ms.$k"
    done
done
k=0
for b in "$@"; do
    k=$((k + 1))
    sort -n "$work/ms.$k" | awk -v b="$b" \
        '{ a[NR] = $1 } END { printf "%-24s CPU ms: min %d, median %d (%d runs)\n", b, a[1], a[int((NR + 1) / 2)], NR }'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
