#!/bin/sh
# Every installed header compiles alone (STYLE.md B6, as json-glib's do):
# each include/budget/*.h with BUDGET_INSIDE defined, as the umbrella header
# defines it, and include/budget.h itself; -fsyntax-only -Wall -Werror.
# budget-glib.h is compiled with GLib's flags (GLIB_CFLAGS, or pkg-config).
set -u

top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
cc=${CC:-cc}
glib_cflags=${GLIB_CFLAGS:-$(pkg-config --cflags glib-2.0 2>/dev/null)}
tmp=${TMPDIR:-/tmp}/check-headers.$$
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp" || exit 99

# budget-version.h is generated: it is in the build tree.
[ -f "$top_builddir/include/budget/budget-version.h" ] || {
    echo "SKIP: include/budget/budget-version.h not generated (run configure)"
    exit 77
}

status=0
seen=
n=0
check() { # name, source text, extra flags
    printf '%s\n' "$2" >"$tmp/t.c"
    # shellcheck disable=SC2086
    if ! $cc -std=c99 -fsyntax-only -Wall -Werror -I"$top_builddir/include" -I"$top_srcdir/include" $3 \
            "$tmp/t.c" >"$tmp/out" 2>&1; then
        echo "FAIL: $1 does not compile alone:"
        sed 's/^/    /' "$tmp/out"
        status=1
    fi
    n=$((n + 1))
}

for h in "$top_srcdir"/include/budget/*.h "$top_builddir"/include/budget/budget-version.h; do
    name=$(basename "$h")
    case " $seen " in *" $name "*) continue ;; esac
    seen="$seen $name"
    flags=
    [ "$name" = budget-glib.h ] && flags=$glib_cflags
    check "budget/$name" "#define BUDGET_INSIDE
#include <budget/$name>" "$flags"
done
check "budget.h" "#include <budget.h>" ""

[ $n -gt 1 ] || { echo "FAIL: no header found under $top_srcdir/include/budget"; exit 1; }
[ $status -eq 0 ] && echo "PASS: $n headers compile alone"
exit $status
