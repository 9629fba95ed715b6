#!/bin/sh
# Runs the README's C example (docs/example-readme.c) on the example data and
# checks that it printed one line per project of examples/data/projects.csv.
set -u
# The README shows this very program: the two must not drift apart.
readme_code=$(awk '/^```c$/ { on = 1; next } /^```$/ { on = 0 } on' "$top_srcdir/README.md")
file_code=$(sed -n '/^#include <budget.h>$/,$p' "$top_srcdir/docs/example-readme.c")
if [ "$readme_code" != "$file_code" ]; then
    echo "FAIL: the C example in README.md differs from docs/example-readme.c"
    exit 1
fi
data=$top_srcdir/examples/data
if [ ! -f "$data/projects.csv" ]; then
    echo "SKIP: $data/projects.csv not found"
    exit 77
fi
out=$(./example-readme "$data") || { echo "FAIL: example-readme exited $?"; exit 1; }
printf '%s\n' "$out"
# Records in projects.csv (a quoted name may hold a newline, so count with Python's csv).
expected=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig"))))' \
           "$data/projects.csv" 2>/dev/null) || expected=""
got=$(printf '%s\n' "$out" | grep -c ' rate ' || true)
if [ -n "$expected" ] && [ "$got" -ne "$expected" ]; then
    echo "FAIL: $got project lines printed, projects.csv has $expected projects"
    exit 1
fi
echo "PASS: the README example reported $got projects"
