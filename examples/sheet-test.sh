#!/bin/sh
# lua-host (a spreadsheet embedding Lua with the budget module linked in)
# computes sheet.csv with the macros of budget-macros.lua; the result must
# be sheet-expected.csv, whose every value was checked by hand:
#   row 2  1,089,972.54 / 1,150,000 = 94.78 %; plan 50,50 (incremental) is
#          100 % by June; 2024-08-31 is day 244 of 366 = 66.67 %; 96 % ≥ 95 % met
#   row 3  191.2176万 / 250万 = 76.49 %; plan 25/50/75/100 is 50 % on 30 June;
#          day 182 of 366 = 49.73 %; 25 % against ≤20 % not met
#   row 4  a zero budget has no rate (empty); 25,50 is no plan (#VALUE!);
#          2024-12-31 is 100 %; 按期完成 met
#   row 5  MONEY(191.2176万元) = 1912176.00; 1,150,000 元 = 115.00 万元; the
#          rate of row 5's money over 250万 is 76.49 again; 30 February is no
#          date; a blank actual is not reported
#   row 6  0.1 + 0.2 is refused, not rounded; 0.1 元 = 0.00001 万元 exactly; a
#          call with a missing argument raises (#ERROR)
# Exit: 0 pass, 1 fail.
out=$(mktemp "${TMPDIR:-/tmp}/sheet-test.XXXXXX") || exit 1
trap 'rm -f "$out"' EXIT INT TERM

if ! ./lua-host "$srcdir/budget-macros.lua" "$srcdir/sheet.csv" >"$out"; then
    echo "FAIL: lua-host exited $?"
    exit 1
fi
if ! diff -u "$srcdir/sheet-expected.csv" "$out"; then
    echo "FAIL: the computed sheet differs from sheet-expected.csv"
    exit 1
fi
echo "ok   the computed sheet is sheet-expected.csv"
