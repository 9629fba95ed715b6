#!/bin/sh
# The `budget` command on the hand-made fixtures of tests/data/cli: exact CSV
# output (values computed by hand in tests/data/cli/expected/README.md),
# validate's FILE:LINE:COLUMN lines and exit codes, usage errors.
# Environment (set by tests/Makefile.am): BUDGET, srcdir.
# Exit: 0 pass, 1 fail.

BUDGET=${BUDGET:-../tools/budget}
srcdir=${srcdir:-.}
data="$srcdir/data/cli"
expected="$data/expected"

TEST_NAME=test-cli
. "$srcdir/cli-lib.sh"

# Columns by header name; only for columns left of the first quoted field
# (the name column comes after status).
cut_columns() {
    awk -F, -v want="$1" '
        NR == 1 { n = split(want, w, ","); for (i = 1; i <= NF; i++) col[$i] = i }
        { line = ""; for (i = 1; i <= n; i++) line = line (i > 1 ? "," : "") $(col[w[i]]); print line }'
}

# --- report: exact CSV ---------------------------------------------------
if run "report project csv 2024-08-31" 0 report "$data/good" --as-of 2024-08-31 --format csv; then
    same "report project csv 2024-08-31" "$expected/project-0831.csv" "$tmp/out"
    if [ -s "$tmp/err" ]; then fail "report on clean data writes nothing on stderr"; cat "$tmp/err"; else pass "report on clean data writes nothing on stderr"; fi
fi

if run "report unit csv" 0 report "$data/good" --as-of 2024-08-31 --format csv --level unit; then
    same "report unit csv" "$expected/unit-0831.csv" "$tmp/out"
fi

if run "report department 万元" 0 report "$data/good" --as-of 2024-08-31 --format csv --level department --money-unit 万元; then
    same "report department 万元" "$expected/department-0831-wan.csv" "$tmp/out"
fi

# The ASCII spelling of the unit gives the same output.
if run "report department wan" 0 report "$data/good" --as-of=2024-08-31 --format=csv --level=department --money-unit=wan; then
    same "report department wan" "$expected/department-0831-wan.csv" "$tmp/out"
fi

# No --as-of: 31 December of the book's year (2024).
if run "report default as-of" 0 report "$data/good" --format csv; then
    same "report default as-of is 2024-12-31" "$expected/project-1231.csv" "$tmp/out"
fi

if run "report --denominator original" 0 report "$data/good" --as-of 2024-08-31 --format csv --denominator original; then
    cut_columns code,execution_rate_pct,variance_pp,status <"$tmp/out" >"$tmp/cut"
    same "report --denominator original (strict -15 pp threshold)" "$expected/project-0831-original.txt" "$tmp/cut"
fi

if run "report --thresholds" 0 report "$data/good" --as-of 2024-08-31 --format csv --thresholds=-30,-20,3; then
    cut_columns code,execution_rate_pct,variance_pp,status <"$tmp/out" >"$tmp/cut"
    same "report --thresholds=-30,-20,3" "$expected/project-0831-thresholds.txt" "$tmp/cut"
fi

if run "report --plan-method linear" 0 report "$data/good" --as-of 2024-08-31 --format csv --plan-method linear; then
    cut_columns code,execution_rate_pct,planned_pct,time_progress_pct,variance_pp,status <"$tmp/out" >"$tmp/cut"
    same "report --plan-method linear" "$expected/project-0831-linear.txt" "$tmp/cut"
fi

if run "report --time-method months" 0 report "$data/good" --as-of 2024-08-30 --format csv --time-method months; then
    cut_columns code,execution_rate_pct,planned_pct,time_progress_pct,variance_pp,status <"$tmp/out" >"$tmp/cut"
    same "report --time-method months" "$expected/project-0830-months.txt" "$tmp/cut"
fi

# GB18030 files with the Chinese headers of an Excel export: detected, or named.
if run "report GB18030 (detected)" 0 report "$data/gb18030" --format csv; then
    same "report GB18030 (detected)" "$expected/gb18030.csv" "$tmp/out"
fi
if run "report --encoding GB18030" 0 report "$data/gb18030" --format csv --encoding GB18030; then
    same "report --encoding GB18030" "$expected/gb18030.csv" "$tmp/out"
fi
if run "report --encoding UTF-8 on a GB18030 file exits 2" 2 report "$data/gb18030" --encoding UTF-8; then
    if grep -q "^projects.csv:1:1: " "$tmp/err"; then pass "forced UTF-8 names projects.csv:1:1"; else fail "forced UTF-8 names projects.csv:1:1"; cat "$tmp/err"; fi
fi

# --- report: table -------------------------------------------------------
if run "report table" 0 report "$data/good" --as-of 2024-08-31; then
    if head -1 "$tmp/out" | grep -q "as of 2024-08-31, by project, money in 元"; then
        pass "table header line"
    else
        fail "table header line"; head -1 "$tmp/out"
    fi
    # 4 projects: P02 seriously behind, P03 and P04 no plan, P01 on track.
    if grep -qx "4 projects: 0 over_budget, 1 seriously_behind, 0 behind, 2 no_plan, 1 on_track, 0 ahead" "$tmp/out"; then
        pass "table summary line"
    else
        fail "table summary line"; tail -1 "$tmp/out"
    fi
    # CJK names are two columns wide: every row's status column starts at the
    # same display column, so the byte offsets of "on_track"/"no_plan" differ
    # only by the extra bytes of the CJK characters before them.
    if command -v python3 >/dev/null 2>&1; then
        if python3 - "$tmp/out" <<'EOF'
import sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
rows = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8")][2:7]
starts = set()
for l in rows:
    for word in ("status", "on_track", "seriously_behind", "no_plan"):
        i = l.find(word)
        if i >= 0:
            starts.add(width(l[:i]))
            break
sys.exit(0 if len(starts) == 1 and len(rows) == 5 else 1)
EOF
        then pass "table columns aligned by display width"; else fail "table columns aligned by display width"; cat "$tmp/out"; fi
    fi
fi

# --- report: errors ------------------------------------------------------
if run "report strict on bad data exits 2" 2 report "$data/bad" --format csv; then
    if grep -q "^projects.csv:3:5: " "$tmp/err"; then
        pass "report strict error names projects.csv:3:5"
    else
        fail "report strict error names projects.csv:3:5"; cat "$tmp/err"
    fi
    if [ -s "$tmp/out" ]; then fail "no report after a strict error"; else pass "no report after a strict error"; fi
fi

if run "report --lenient on bad data" 0 report "$data/bad" --format csv --lenient --as-of 2024-12-31; then
    # 7 rows rejected: 2 in projects, 1 in adjustments, 4 in transactions.
    if grep -q "^budget: 7 records rejected, over 7 lines" "$tmp/err"; then pass "lenient report counts rejected rows"; else fail "lenient report counts rejected rows"; cat "$tmp/err"; fi
    if grep -q "^transactions.csv:9:3: warning: .*(row skipped)" "$tmp/err"; then pass "lenient report lists rejected rows"; else fail "lenient report lists rejected rows"; cat "$tmp/err"; fi
    # B01: executed 100.00 + 1234.50 (the good rows) and 10.00 (duplicate voucher: a warning, kept) = 1344.50;
    # adjusted 1000.00 + 100.00 = 1100.00 → 122.23 %, over_budget. B03's plan is invalid → no_plan.
    cut_columns code,budget_adjusted,executed,execution_rate_pct,status <"$tmp/out" >"$tmp/cut"
    printf '%s\n' code,budget_adjusted,executed,execution_rate_pct,status \
        B01,1100.00,1344.50,122.23,over_budget B03,800.00,0.00,0.00,no_plan >"$tmp/want"
    same "lenient report keeps every good row" "$tmp/want" "$tmp/cut"
fi

# --- validate ------------------------------------------------------------
if run "validate clean data exits 0" 0 validate "$data/good"; then
    if [ -s "$tmp/out" ]; then fail "validate clean data prints no problem"; cat "$tmp/out"; else pass "validate clean data prints no problem"; fi
    echo "4 projects, 13 transactions, 2 adjustments, 0 indicators: no errors, 0 warnings" >"$tmp/want"
    same "validate summary on stderr" "$tmp/want" "$tmp/err"
fi

if run "validate bad data exits 1" 1 validate "$data/bad"; then
    sed -E 's/^([^:]+:[0-9]+:[0-9]+:)( warning:)?.*/\1\2/' "$tmp/out" >"$tmp/cut"
    same "validate FILE:LINE:COLUMN of every problem, in the order found" "$expected/validate-bad.txt" "$tmp/cut"
    # Every line has a message after the location.
    if grep -qvE '^[a-z]+\.csv:[0-9]+:[0-9]+: (warning: )?[^ ]' "$tmp/out"; then
        fail "validate lines have a message"; cat "$tmp/out"
    else
        pass "validate lines have a message"
    fi
fi

# A total that overflows (92233720368547758.00 + 100.00 yuan > INT64_MAX fen) is an error
# validate must find, as report would stop at it; department.csv is checked too.
if run "validate overflow and department.csv exits 1" 1 validate "$data/overflow"; then
    sed -E 's/^([^:]+:[0-9]+:[0-9]+:)( warning:)?.*/\1\2/' "$tmp/out" >"$tmp/cut"
    printf '%s\n' transactions.csv:3:3: department.csv:3:2: department.csv:4:1: >"$tmp/want"
    same "validate overflow and department.csv locations" "$tmp/want" "$tmp/cut"
    if grep -q "^transactions.csv:3:3: .*overflow" "$tmp/out"; then pass "validate names the overflow"; else fail "validate names the overflow"; cat "$tmp/out"; fi
    echo "1 projects, 2 transactions, 0 adjustments, 0 indicators: 3 errors, 0 warnings" >"$tmp/want"
    same "validate overflow summary" "$tmp/want" "$tmp/err"
fi

# --- table output shows control and invisible characters as escapes ------
# A name holding an ESC colour sequence and a code holding a NBSP (C2 A0):
# the table prints \x1b and \u00a0 literally, no ESC or NBSP byte reaches the
# terminal; CSV output is data and keeps both bytes as they are.
mkdir "$tmp/ctrl"
printf 'code,name,unit,year,budget,fiscal,other,plan_form,plan_03,plan_06,plan_10,plan_12\nP\302\2401,"\033[31mRed\033[0m",U,2024,100.00,100.00,,,25,50,75,100\n' >"$tmp/ctrl/projects.csv"
esc=$(printf '\033')
nbsp=$(printf '\302\240')
# The fixture itself holds both (so the checks below cannot pass on a lost input).
if [ "$(grep -c "$esc" "$tmp/ctrl/projects.csv")" -eq 1 ] && grep -q "$nbsp" "$tmp/ctrl/projects.csv"; then
    pass "control fixture holds an ESC and a NBSP"
else
    fail "control fixture holds an ESC and a NBSP"
fi
if run "report table with control characters" 0 report "$tmp/ctrl" --as-of 2024-06-30; then
    if grep -qF 'P\u00a01  \x1b[31mRed\x1b[0m  ' "$tmp/out"; then
        pass "table shows \\x1b and \\u00a0 literally"
    else
        fail "table shows \\x1b and \\u00a0 literally"; cat "$tmp/out"
    fi
    # od -c prints an ESC byte as 033 and NBSP as 302 240.
    n=$(od -An -c "$tmp/out" | grep -c -e '033' -e '302')
    if [ "$n" -eq 0 ]; then pass "table holds no ESC or NBSP byte"; else fail "table holds no ESC or NBSP byte ($n lines)"; od -c "$tmp/out" | head; fi
fi
if run "report csv with control characters" 0 report "$tmp/ctrl" --as-of 2024-06-30 --format csv; then
    if [ "$(grep -c "$esc\[31mRed$esc\[0m" "$tmp/out")" -eq 1 ] && grep -q "^P${nbsp}1," "$tmp/out"; then
        pass "csv keeps the ESC and NBSP bytes as data"
    else
        fail "csv keeps the ESC and NBSP bytes as data"; od -c "$tmp/out" | head
    fi
fi

# --- plan columns (issue 6, item 5): quarters read, plan_13 reported -------
rows="$srcdir/data/csv-rows"
if run "validate quarterly plan exits 0" 0 validate "$rows/quarterly"; then
    if [ -s "$tmp/out" ]; then fail "validate quarterly plan prints no problem"; cat "$tmp/out"; else pass "validate quarterly plan prints no problem"; fi
    echo "1 projects, 2 transactions, 0 adjustments, 0 indicators: no errors, 0 warnings" >"$tmp/want"
    same "validate quarterly plan summary" "$tmp/want" "$tmp/err"
fi
# 一季度..四季度 = 20,35,20,25 (incremental) → 75 % planned by the end of
# September; executed 200.00 + 550.00 = 750.00 of 1000.00 = 75.00 %: on track.
if run "report quarterly plan" 0 report "$rows/quarterly" --as-of 2024-09-30 --format csv; then
    cut_columns code,executed,execution_rate_pct,planned_pct,variance_pp,status <"$tmp/out" >"$tmp/cut"
    printf '%s\n' code,executed,execution_rate_pct,planned_pct,variance_pp,status \
        Q-1,750.00,75.00,75.00,0.00,on_track >"$tmp/want"
    same "report reads 一季度..四季度 as March, June, September, December" "$tmp/want" "$tmp/cut"
fi
if run "validate plan_13 exits 0 (a warning)" 0 validate "$rows/plan13"; then
    sed -E 's/^([^:]+:[0-9]+:[0-9]+:)( warning:)?.*/\1\2/' "$tmp/out" >"$tmp/cut"
    echo "projects.csv:1:6: warning:" >"$tmp/want"
    same "validate names the plan_13 column" "$tmp/want" "$tmp/cut"
    if grep -q '"plan_13".*not read as a plan' "$tmp/out"; then pass "validate says plan_13 is not read"; else fail "validate says plan_13 is not read"; cat "$tmp/out"; fi
    echo "1 projects, 0 transactions, 0 adjustments, 0 indicators: no errors, 1 warning" >"$tmp/want"
    same "validate plan_13 summary" "$tmp/want" "$tmp/err"
fi

# --- usage ---------------------------------------------------------------
# usage NAME EXPECTED_EXIT STREAM PATTERN ARGS... : exit code, and PATTERN
# (if not empty) found in stdout ("out") or stderr ("err").
usage() {
    uname=$1
    uwant=$2
    ustream=$3
    upattern=$4
    shift 4
    if run "$uname" "$uwant" "$@"; then
        if [ -z "$upattern" ] || grep -q -- "$upattern" "$tmp/$ustream"; then
            pass "$uname"
        else
            fail "$uname: '$upattern' not in std$ustream"
        fi
    fi
}

usage "budget --help exits 0" 0 out "^Usage: budget COMMAND" --help
usage "budget report --help exits 0" 0 out "--as-of" report --help
usage "budget validate --help exits 0" 0 out "FILE:LINE:COLUMN" validate --help
usage "budget --version exits 0" 0 out "^budget (libbudget) [0-9]" --version
usage "no command exits 2" 2 err "Usage"
usage "unknown command exits 2" 2 err "unknown command" frobnicate "$data/good"
usage "unknown option exits 2" 2 err "bogus" report --bogus "$data/good"
usage "report without DIR exits 2" 2 err "missing DIR" report
usage "validate without DIR exits 2" 2 err "missing DIR" validate
usage "impossible --as-of date exits 2" 2 err "as-of" report "$data/good" --as-of 2024-02-30
# The library's reason reaches the user; Excel's year-first form is read, day first is refused.
usage "--as-of says why" 2 err '^budget: --as-of: no such date: "2024-02-30" (February 2024 has 29 days)$' report "$data/good" --as-of 2024-02-30
usage "score --as-of says why" 2 err 'the order of day and month cannot be known' score "$data/good" --as-of 10/7/2024
# Neither a year column nor any other year: no default year, the reason is said.
usage "report without a year exits 2" 2 err "has no year: .*give the projects a year" report "$data/no-year"
usage "score without a year exits 2" 2 err "has no year" score "$data/no-year"
usage "validate reports a missing year" 1 out "has no year" validate "$data/no-year"
usage "report without a year names --as-of" 2 err "give --as-of" report "$data/no-year"
# With --as-of, a folder whose projects name no year is in that year.
if run "report without a year, with --as-of" 0 report "$data/no-year" --as-of 2024-06-30 --format csv; then
    if grep -q '^code,' "$tmp/out" && [ "$(wc -l <"$tmp/out")" -gt 1 ]; then pass "a year-less folder reports as of 2024-06-30"; else fail "a year-less folder reports as of 2024-06-30"; cat "$tmp/out"; fi
fi
if run "report --as-of 2024/8/31" 0 report "$data/good" --as-of 2024/8/31 --format csv; then
    same "--as-of 2024/8/31 is 2024-08-31" "$expected/project-0831.csv" "$tmp/out"
fi
usage "unknown --level exits 2" 2 err "level" report "$data/good" --level team
usage "unknown --money-unit exits 2" 2 err "money-unit" report "$data/good" --money-unit 千元
usage "unordered --thresholds exits 2" 2 err "thresholds" report "$data/good" --thresholds=-5,-15,10
usage "unknown --encoding exits 2" 2 err "encoding" report "$data/good" --encoding latin1
usage "missing folder exits 2" 2 err "no-such-dir" report "$tmp/no-such-dir"
mkdir "$tmp/empty"
usage "folder without projects.csv exits 2" 2 err "projects.csv" report "$tmp/empty"
usage "validate folder without projects.csv exits 2" 2 err "projects.csv" validate "$tmp/empty"

finish
