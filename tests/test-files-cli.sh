#!/bin/sh
# Issue 6 end to end: the `budget` command on files as Chinese Excel,
# accounting systems and people make them — a quote with text after it, a
# quote never closed in a large ledger, file names in other cases, other data
# files, paths that are not files. Every expected value is worked out in the
# comments. Environment (set by tests/Makefile.am): BUDGET, srcdir.
# Exit: 0 pass, 1 fail.

BUDGET=${BUDGET:-../tools/budget}
srcdir=${srcdir:-.}

TEST_NAME=test-files-cli
. "$srcdir/cli-lib.sh"

# The value of column NAME (by header) in the row whose code is CODE.
csv_value() {
    awk -F, -v name="$1" -v code="$2" '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        $(col["code"]) == code { print $(col[name]) }' "$tmp/out"
}

projects='code,name,unit,year,budget,plan_03,plan_06,plan_10,plan_12
P1,Test,U,2024,100.00,25,50,75,100'

# --- 1. text after a closing quote (the issue's ledger) ----------------------
d="$tmp/quote"
mkdir "$d"
echo "$projects" >"$d/projects.csv"
cat >"$d/transactions.csv" <<'EOF'
date,code,amount,source,voucher,memo
2024-01-01,P1,5,fiscal,V1,"m"x
2024-01-02,P1,6,fiscal,V2,m
2024-01-03,P1,7,fiscal,V3,"q"
2024-01-04,P1,8,fiscal,V4,ok
EOF
if run "report stops at text after a quote" 2 report "$d" --as-of 2024-12-31 --format csv; then
    if grep -q '^transactions.csv:2:6: text after a closing quote: "x"' "$tmp/err"; then
        pass "the error names transactions.csv:2:6 and what follows the quote"
    else
        fail "the error names transactions.csv:2:6 and what follows the quote"; cat "$tmp/err"
    fi
fi
# Lenient: the bad row is rejected, the three after it read: 6 + 7 + 8 = 21.00.
if run "report --lenient after a bad quote" 0 report "$d" --as-of 2024-12-31 --format csv --lenient; then
    if [ "$(csv_value executed P1)" = "21.00" ]; then pass "executed 21.00 (rows 3-5 read)"; else fail "executed 21.00 (rows 3-5 read): $(csv_value executed P1)"; fi
    if grep -q "1 record rejected, over 1 line" "$tmp/err"; then pass "lenient summary counts records and lines"; else fail "lenient summary counts records and lines"; cat "$tmp/err"; fi
fi
if run "validate finds the bad quote" 1 validate "$d"; then
    if grep -q '^transactions.csv:2:6: text after a closing quote' "$tmp/out"; then pass "validate names 2:6"; else fail "validate names 2:6"; cat "$tmp/out"; fi
fi

# --- 2. a quote never closed, then 2,000,000 good lines ---------------------
# Line 2 opens a quote that is never closed; lines 3 .. 2000002 are payments
# of 0.01 yuan each: lenient reading rejects line 2 alone and reads all
# 2,000,000 others, executed 20000.00.
d="$tmp/open"
mkdir "$d"
printf '%s\n' 'code,name,unit,year,budget' 'P1,Test,U,2024,100000.00' >"$d/projects.csv"
{
    echo 'date,code,amount,source,voucher,memo'
    echo '2024-01-01,P1,1.00,fiscal,V0,"open'
    awk 'BEGIN { for (i = 1; i <= 2000000; i++) print "2024-06-01,P1,0.01,fiscal,,x" }'
} >"$d/transactions.csv"
if [ "$(wc -l <"$d/transactions.csv")" -eq 2000002 ]; then pass "the ledger has 2000002 lines"; else fail "the ledger has 2000002 lines"; fi
if run "report --lenient after a quote never closed" 0 report "$d" --as-of 2024-12-31 --format csv --lenient; then
    if [ "$(csv_value executed P1)" = "20000.00" ]; then pass "all 2,000,000 later rows read: 20000.00"; else fail "all 2,000,000 later rows read: $(csv_value executed P1)"; fi
    if grep -q '^transactions.csv:2:6: ' "$tmp/err" && grep -q "1 record rejected, over 1 line" "$tmp/err"; then
        pass "one record rejected, on line 2"
    else
        fail "one record rejected, on line 2"; head -5 "$tmp/err"
    fi
fi
if run "report stops at a quote never closed" 2 report "$d" --as-of 2024-12-31; then
    if grep -q '^transactions.csv:2-[0-9]*:6: .*is a quote never closed?' "$tmp/err"; then pass "strict error says the quote is never closed"; else fail "strict error says the quote is never closed"; cat "$tmp/err"; fi
fi

# --- 3. names in other cases, and other data files ---------------------------
d="$tmp/names"
mkdir "$d"
echo "$projects" >"$d/Projects.CSV"
printf '%s\n' 'date,code,amount' '2024-03-01,P1,30.00' >"$d/Transactions.CSV"
printf '%s\n' 'date,code,amount,reason' '2024-03-01,P1,50.00,more' >"$d/预算调整.csv"
if run "report reads Projects.CSV and Transactions.CSV" 0 report "$d" --as-of 2024-12-31 --format csv; then
    # 30.00 executed of 100.00: the adjustment file is not read (its name).
    if [ "$(csv_value executed P1)" = "30.00" ] && [ "$(csv_value budget_adjusted P1)" = "100.00" ]; then
        pass "executed 30.00 of 100.00"
    else
        fail "executed 30.00 of 100.00"; cat "$tmp/out"
    fi
    if grep -q '^预算调整.csv: warning: not read' "$tmp/err"; then pass "report names 预算调整.csv on stderr"; else fail "report names 预算调整.csv on stderr"; cat "$tmp/err"; fi
fi
if run "validate names the unread file" 0 validate "$d"; then
    if grep -q '^预算调整.csv: warning: not read' "$tmp/out"; then pass "validate names 预算调整.csv"; else fail "validate names 预算调整.csv"; cat "$tmp/out"; fi
fi

# --- 4. paths that are not files ---------------------------------------------
d="$tmp/paths"
mkdir "$d"
echo "$projects" >"$d/projects.csv"
ln -s missing.csv "$d/adjustments.csv"
if run "a dangling adjustments.csv is an error" 2 report "$d" --as-of 2024-12-31; then
    if grep -q 'adjustments.csv is a link to "missing.csv", which does not exist' "$tmp/err"; then pass "says the link is dangling"; else fail "says the link is dangling"; cat "$tmp/err"; fi
fi
rm "$d/adjustments.csv"
mkfifo "$d/transactions.csv"
# A FIFO with no writer would block an ordinary open; the command must not.
if command -v timeout >/dev/null 2>&1; then
    timeout 20 "$BUDGET" report "$d" --as-of 2024-12-31 >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" -eq 124 ]; then
        fail "a FIFO named transactions.csv does not block"
    elif [ "$rc" -eq 2 ] && grep -q 'transactions.csv is a named pipe (FIFO), not a file' "$tmp/err"; then
        pass "a FIFO named transactions.csv is an error, without blocking"
    else
        fail "a FIFO named transactions.csv is an error (exit $rc)"; cat "$tmp/err"
    fi
else
    fail "timeout(1) is missing (coreutils)"
fi
rm "$d/transactions.csv"
mv "$d/projects.csv" "$d/p.tmp"
mkdir "$d/projects.csv"
if run "projects.csv as a folder" 2 report "$d" --as-of 2024-12-31; then
    if grep -q 'projects.csv is a folder, not a file' "$tmp/err" && ! grep -q 'no projects.csv' "$tmp/err"; then
        pass "says projects.csv is a folder"
    else
        fail "says projects.csv is a folder"; cat "$tmp/err"
    fi
fi

finish
