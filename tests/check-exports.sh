#!/bin/sh
# Export check (STYLE.md B7, after jansson's test):
#  1. the functions libbudget.so exports are exactly libbudget/libbudget.sym;
#  2. libbudget.sym is exactly the budget_* functions declared in the public
#     headers, each of them documented (a gtk-doc block "budget_x:") and used
#     by at least one file in tests/ or examples/.
# `check-exports.sh --print-declared` prints the declared list (how
# libbudget.sym is made: see docs/abi.md).
set -u

top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
sym_file=$top_srcdir/libbudget/libbudget.sym
so=$top_builddir/libbudget/.libs/libbudget.so
tmp=${TMPDIR:-/tmp}/check-exports.$$
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp" || exit 99

headers() {
    ls "$top_srcdir"/include/budget/*.h "$top_srcdir"/include/budget/*.h.in 2>/dev/null
}

# Every budget_* name followed by "(" outside comments: the public functions.
declared() {
    for h in $(headers); do
        awk '
            /\/\*/ { incomment = 1 }
            !incomment && !/^[ \t]*#/ {
                line = $0
                while (match(line, /budget_[a-z0-9_]+[ \t]*\(/)) {
                    name = substr(line, RSTART, RLENGTH)
                    sub(/[ \t]*\($/, "", name)
                    print name
                    line = substr(line, RSTART + RLENGTH)
                }
            }
            /\*\// { incomment = 0 }
        ' "$h"
    done | LC_ALL=C sort -u
}

if [ "${1:-}" = "--print-declared" ]; then
    declared
    exit 0
fi

if [ ! -f "$so" ]; then
    echo "SKIP: $so not built (static-only build?)"
    exit 77
fi
command -v nm >/dev/null 2>&1 || { echo "SKIP: nm not found (apt-get install binutils)"; exit 77; }

status=0
LC_ALL=C sort -u "$sym_file" | grep -v '^$' >"$tmp/sym"

# 1. What the shared library really exports.
nm -D --defined-only "$so" | awk '$2 == "T" { sub(/@.*/, "", $3); print $3 }' | LC_ALL=C sort -u >"$tmp/exported"
if ! diff -u "$tmp/sym" "$tmp/exported" >"$tmp/diff"; then
    echo "FAIL: exported functions differ from libbudget/libbudget.sym"
    echo "      (- listed but not exported, + exported but not listed):"
    sed -n '3,$p' "$tmp/diff" | grep '^[-+]'
    status=1
fi
# No exported data (STYLE.md B2) and nothing outside the budget_ prefix.
nm -D --defined-only "$so" | awk '$2 != "T" && $2 != "A" { print "  " $0 }' >"$tmp/other"
nm -D --defined-only "$so" | awk '$2 == "T" && $3 !~ /^budget_/ { print "  " $0 }' >>"$tmp/other"
if [ -s "$tmp/other" ]; then
    echo "FAIL: exported symbols that are not budget_* functions:"
    cat "$tmp/other"
    status=1
fi

# 2. libbudget.sym against the headers.
declared >"$tmp/declared"
if ! diff -u "$tmp/sym" "$tmp/declared" >"$tmp/diff2"; then
    echo "FAIL: libbudget/libbudget.sym differs from the functions declared in include/budget/"
    echo "      (- listed but not declared, + declared but not listed):"
    sed -n '3,$p' "$tmp/diff2" | grep '^[-+]'
    status=1
fi

cat $(headers) >"$tmp/allheaders"
: >"$tmp/undoc"
: >"$tmp/unused"
users=$(ls "$top_srcdir"/tests/*.c "$top_srcdir"/tests/*.sh "$top_srcdir"/tests/*.py \
           "$top_srcdir"/tests/*.lua "$top_srcdir"/examples/*.c "$top_srcdir"/examples/*.py \
           "$top_srcdir"/examples/*.lua 2>/dev/null | grep -v '/check-exports\.sh$')
while read -r s; do
    grep -q "^ \* $s:[ ]*\$" "$tmp/allheaders" || echo "  $s" >>"$tmp/undoc"
    # shellcheck disable=SC2086
    grep -qw -- "$s" $users /dev/null || echo "  $s" >>"$tmp/unused"
done <"$tmp/sym"
if [ -s "$tmp/undoc" ]; then
    echo "FAIL: symbols without a gtk-doc comment block (\" * name:\") in include/:"
    cat "$tmp/undoc"
    status=1
fi
if [ -s "$tmp/unused" ]; then
    echo "FAIL: symbols not used by any file in tests/ or examples/:"
    cat "$tmp/unused"
    status=1
fi

n=$(wc -l <"$tmp/sym")
if [ $status -eq 0 ]; then
    echo "PASS: $n exported functions match libbudget.sym, the headers, the docs and the tests"
fi
exit $status
