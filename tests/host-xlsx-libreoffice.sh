#!/bin/sh
# The xlsx of `budget report` and `budget score` opened by LibreOffice
# headless and converted back to CSV: every number equals the CSV output's
# (to the cent), every text equals it. LibreOffice is a CI host
# (libreoffice-calc-nogui, setup-debian.sh --hosts); without it the test
# skips.
# Exit: 0 pass, 1 fail, 77 skip.

BUDGET=${BUDGET:-../tools/budget}
srcdir=${srcdir:-.}
top_srcdir=${top_srcdir:-$srcdir/..}
data="$top_srcdir/examples/data"

office=""
for b in soffice libreoffice localc; do
    if command -v "$b" >/dev/null 2>&1; then office=$b; break; fi
done
if [ -z "$office" ]; then
    echo "SKIP: no LibreOffice (apt-get install libreoffice-calc-nogui, or sh tools/setup-debian.sh --hosts)"
    exit 77
fi

TEST_NAME=host-xlsx-libreoffice
. "$srcdir/cli-lib.sh"

# compare NAME CSV_FROM_LIBREOFFICE CSV_FROM_BUDGET
compare() {
    if python3 - "$2" "$3" >"$tmp/cmp" 2>&1 <<'PY'
import csv, sys
from decimal import Decimal, InvalidOperation
got = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
want = list(csv.reader(open(sys.argv[2], encoding="utf-8", newline="")))
assert len(got) == len(want), (len(got), len(want))
n = 0
for r, (g, w) in enumerate(zip(got, want)):
    g = g + [""] * (len(w) - len(g))
    for i, cell in enumerate(w):
        try:
            d = Decimal(cell)
        except InvalidOperation:
            assert g[i] == cell, (r, i, g[i], cell)
            continue
        assert Decimal(g[i].replace(",", "")) == d, (r, i, g[i], cell)
        n += 1
assert n > 0
print(n, "numbers")
PY
    then pass "$1 ($(cat "$tmp/cmp"))"; else fail "$1"; cat "$tmp/cmp"; fi
}

to_csv() {
    # 44: comma, 34: quote, 76: UTF-8, 1: from line 1.
    timeout 180 "$office" -env:UserInstallation="file://$tmp/lo" --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' \
        --outdir "$tmp/conv" "$1" >"$tmp/lo.log" 2>&1
}

for level in project unit department; do
    if run "report xlsx $level" 0 report "$data" --as-of 2024-08-31 --level $level --format xlsx --out "$tmp/r-$level.xlsx" &&
        run "report csv $level" 0 report "$data" --as-of 2024-08-31 --level $level --format csv; then
        cp "$tmp/out" "$tmp/r-$level.want.csv"
        if to_csv "$tmp/r-$level.xlsx" && [ -f "$tmp/conv/r-$level.csv" ]; then
            compare "report $level: LibreOffice's CSV equals budget's" "$tmp/conv/r-$level.csv" "$tmp/r-$level.want.csv"
        else
            fail "LibreOffice converts r-$level.xlsx"; cat "$tmp/lo.log"
        fi
    fi
done
if run "score xlsx" 0 score "$data" --format xlsx --out "$tmp/s.xlsx" && run "score csv" 0 score "$data" --format csv; then
    cp "$tmp/out" "$tmp/s.want.csv"
    if to_csv "$tmp/s.xlsx" && [ -f "$tmp/conv/s.csv" ]; then
        compare "score: LibreOffice's CSV equals budget's" "$tmp/conv/s.csv" "$tmp/s.want.csv"
    else
        fail "LibreOffice converts s.xlsx"; cat "$tmp/lo.log"
    fi
fi
finish
