#!/bin/sh
# Compare the outputs of two `budget` commands (e.g. a saved build and this tree's) on
# the same data, byte for byte: report in every text format and level, score, monitor.
# Usage: sh bench/compare-outputs.sh "OLD-BUDGET-CMD" "NEW-BUDGET-CMD" DIR...
# Exits 1 on the first difference (and shows it), 0 when all are identical.
set -u
old=$1
new=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
for dir in "$@"; do
    for asof in 2024-01-01 2024-03-31 2024-08-31 2024-12-31; do
        for args in \
            "report --format csv" "report --format json" "report --format table" \
            "report --format markdown" "report --format table --headers zh --width 0" \
            "report --format csv --level unit" "report --format json --level department" \
            "report --format csv --money-unit 万元" "report --format json --money-unit 亿元" \
            "report --format csv --plan-method linear --time-method months" \
            "report --format csv --denominator original" \
            "report --format csv --bom --headers zh" \
            "score --format csv" "score --format json" "score --format table" \
            "score --format csv --detail" "monitor --format csv"; do
            # shellcheck disable=SC2086
            $old $args --as-of "$asof" -q "$dir" > "$tmp/old" 2> "$tmp/old.err"
            o=$?
            # shellcheck disable=SC2086
            $new $args --as-of "$asof" -q "$dir" > "$tmp/new" 2> "$tmp/new.err"
            e=$?
            n=$((n + 1))
            if [ "$o" != "$e" ] || ! cmp -s "$tmp/old" "$tmp/new" \
                || ! cmp -s "$tmp/old.err" "$tmp/new.err"; then
                echo "DIFFERENT: $args --as-of $asof $dir (exit $o / $e)"
                diff "$tmp/old" "$tmp/new" | head -20
                diff "$tmp/old.err" "$tmp/new.err" | head -10
                exit 1
            fi
        done
    done
done
echo "$n outputs identical"
