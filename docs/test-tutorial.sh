#!/bin/sh
# Runs the program made of the C blocks of docs/tutorial-c.md and checks the
# values the tutorial computes by hand.
set -u
out=$(./tutorial-c 2>&1) || { printf '%s\n' "$out"; echo "FAIL: tutorial-c exited non-zero"; exit 1; }
printf '%s\n' "$out"
status=0
for want in \
    'P-002 plan form: incremental' \
    'executed 390000.00' \
    'rate 3250 bp' \
    'below 60 %' \
    'status seriously_behind' \
    'department: 4941 5882 -941 bp, behind' \
    'series: 8 months final, April 40000000 fen, June plan 60000000 fen' \
    'RANGE' \
    'warnings 1' \
    'target: not_met, ratio 9474 bp' \
    'output 47.50' \
    'total 90.16 优'
do
    if ! printf '%s\n' "$out" | grep -qxF -- "$want"; then
        echo "FAIL: expected the line: $want"
        status=1
    fi
done
[ $status -eq 0 ] && echo "PASS: the tutorial's hand-computed values"
exit $status
