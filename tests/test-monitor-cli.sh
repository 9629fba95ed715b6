#!/bin/sh
# budget monitor and budget check-payment: colours and exit 3 on a small
# folder whose values are derived by hand below, --fail-on, thresholds,
# floor, gap basis, --config (and its errors), the as-of default rule, and
# a cross-check of every money colour against the report's own columns on
# examples/data and on generated data.
# Environment (set by tests/Makefile.am): BUDGET, srcdir, top_srcdir, SHARED_DIR.
# Exit: 0 pass, 1 fail.

BUDGET=${BUDGET:-../tools/budget}
srcdir=${srcdir:-.}
top_srcdir=${top_srcdir:-..}
examples="$top_srcdir/examples/data"

TEST_NAME=test-monitor-cli
. "$srcdir/cli-lib.sh"

# check NAME CONDITION...: passes when the command succeeds.
check() {
    name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}

# The fixture. 2024 is a leap year: 2024-06-30 is day 182 of 366, time
# progress 49.73 % (4973 bp). Plans 25/50/75/100: 50 % planned at the end
# of June. Budgets 10,000.00 元; paid by 2024-01-15:
#   M1 (U1) 4,500.00: rate 45.00 %, ratio 4500×10000÷4973 = 9048.9 → 90.49 % green
#   M2 (U1) 3,500.00: rate 35.00 %, ratio 7038.005 → 70.38 % yellow
#   M3 (U2) 2,000.00: rate 20.00 %, ratio 4021.7 → 40.22 % red
# Plan-based projection = paid + 10,000 − 5,000: 9,500.00, 8,500.00, 7,000.00.
d="$tmp/fixture"
mkdir -p "$d"
cat >"$d/projects.csv" <<'EOF'
code,name,unit,year,budget,plan_03,plan_06,plan_10,plan_12
M1,绿项目,U1,2024,10000.00,25,50,75,100
M2,黄项目,U1,2024,10000.00,25,50,75,100
M3,红项目,U2,2024,10000.00,25,50,75,100
EOF
cat >"$d/transactions.csv" <<'EOF'
date,code,amount
2024-01-15,M1,4500.00
2024-01-15,M2,3500.00
2024-01-15,M3,2000.00
EOF

cols() {
    awk -F, -v want="$1" '
        NR == 1 { n = split(want, w, ","); for (i = 1; i <= NF; i++) col[$i] = i }
        { line = ""; for (i = 1; i <= n; i++) line = line (i > 1 ? "," : "") $(col[w[i]]); print line }' "$2"
}

# --- colours and exit 3 ------------------------------------------------------
if run "monitor table: a red project exits 3" 3 monitor "$d" --as-of 2024-06-30; then
    pass "monitor table: a red project exits 3"
    check "table states its as-of date" grep -q "^双监控 as of 2024-06-30" "$tmp/out"
    check "table groups: RED (1)" grep -q "^RED (1)" "$tmp/out"
    check "table groups: YELLOW (1)" grep -q "^YELLOW (1)" "$tmp/out"
    check "table groups: GREEN (1)" grep -q "^GREEN (1)" "$tmp/out"
    check "alert on stderr" grep -q "^budget: alert: 1 red, 1 yellow" "$tmp/err"
    check "unit roll-up U2 red" grep -Eq "^U2 +1 +red" "$tmp/out"
    check "department: 3 projects, red" grep -Eq "^department +3 +red +1 +1 +1 +0" "$tmp/out"
fi

if run "monitor csv" 3 monitor "$d" --as-of 2024-06-30 --format csv; then
    cols code,colour,money_colour,execution_rate_pct,reference_pct,measure,projected,projection_method "$tmp/out" \
        >"$tmp/got"
    cat >"$tmp/want" <<'EOF'
code,colour,money_colour,execution_rate_pct,reference_pct,measure,projected,projection_method
M1,green,green,45.00,49.73,90.49,9500.00,plan
M2,yellow,yellow,35.00,49.73,70.38,8500.00,plan
M3,red,red,20.00,49.73,40.22,7000.00,plan
EOF
    same "monitor csv: colours, measures, projections by hand" "$tmp/want" "$tmp/got"
fi

# U1: M1 + M2: budget 20,000.00, paid 8,000.00 (40.00 %), projected
# 18,000.00, balance 2,000.00; worst yellow.
if run "monitor csv --level unit" 3 monitor "$d" --as-of 2024-06-30 --format csv --level unit; then
    cols unit,n_projects,colour,n_red,n_yellow,n_green,budget_adjusted,executed,execution_rate_pct,projected,projected_balance \
        "$tmp/out" | sed -n 2p >"$tmp/got"
    echo "U1,2,yellow,0,1,1,20000.00,8000.00,40.00,18000.00,2000.00" >"$tmp/want"
    same "monitor unit roll-up by hand" "$tmp/want" "$tmp/got"
fi

if run "monitor json" 3 monitor "$d" --as-of 2024-06-30 --format json; then
    check "json names table, as_of, basis" grep -q '"table" *: *"monitor".*"as_of" *: *"2024-06-30"' "$tmp/out"
fi

# --red 40: M3's 40.22 % is no longer below it: yellow, nothing red → 0;
# --fail-on yellow then alerts again.
run "--red 40: no red, exit 0" 0 monitor "$d" --as-of 2024-06-30 --red 40 && pass "--red 40: no red, exit 0"
run "--fail-on yellow: exit 3" 3 monitor "$d" --as-of 2024-06-30 --red 40 --fail-on yellow &&
    pass "--fail-on yellow: exit 3"
# A floor of 20,000.00 元 leaves every project unjudged by money; none has
# indicators: nothing to alert.
if run "--floor above every budget: exit 0" 0 monitor "$d" --as-of 2024-06-30 --floor 2万元 --format csv; then
    pass "--floor above every budget: exit 0"
    check "--floor: money_reason below_floor" test "$(cols money_reason "$tmp/out" | sort -u | tr '\n' ' ')" = \
        "below_floor money_reason "
fi
# Gap basis: 45.00 − 49.73 = −4.73, 35.00 − 49.73 = −14.73, 20.00 − 49.73 =
# −29.73 pp; with red below −30 and yellow below −10: green, yellow, yellow.
if run "--basis gap" 0 monitor "$d" --as-of 2024-06-30 --basis gap --red=-30 --yellow=-10 --format csv; then
    cols code,money_colour,measure "$tmp/out" >"$tmp/got"
    printf 'code,money_colour,measure\nM1,green,-4.73\nM2,yellow,-14.73\nM3,yellow,-29.73\n' >"$tmp/want"
    same "--basis gap by hand" "$tmp/want" "$tmp/got"
fi

# --- --config ------------------------------------------------------------------
printf '[monitor]\nratio_red = 30\n[score]\nanything = goes\n' >"$tmp/ok.ini"
run "--config ratio_red = 30: exit 0" 0 monitor "$d" --as-of 2024-06-30 --config "$tmp/ok.ini" &&
    pass "--config ratio_red = 30: exit 0"
run "an option wins over --config" 3 monitor "$d" --as-of 2024-06-30 --config "$tmp/ok.ini" --red 50 &&
    pass "an option wins over --config"
printf '[monitor]\n# a comment\nbogus = 1\n' >"$tmp/bad.ini"
if run "--config unknown key: exit 2" 2 monitor "$d" --config "$tmp/bad.ini"; then
    pass "--config unknown key: exit 2"
    check "--config error names file, line and key" grep -q "bad.ini:3: \[monitor\] bogus: unknown key" "$tmp/err"
fi
printf '[report]\ndenominator = half\n' >"$tmp/bad2.ini"
if run "report --config bad value: exit 2" 2 report "$d" --config "$tmp/bad2.ini"; then
    pass "report --config bad value: exit 2"
    check "report --config names the value" grep -q 'bad2.ini:2: \[report\] denominator: unknown value "half"' "$tmp/err"
fi
run "score --config checks the file too" 2 score "$d" --config "$tmp/bad.ini" && pass "score --config checks the file too"
run "missing --config file: exit 2" 2 monitor "$d" --config "$tmp/none.ini" && pass "missing --config file: exit 2"

# --lenient: skipped rows are warnings; the exit status is the colours'.
"$BUDGET" monitor "$srcdir/data/cli/bad" --lenient --as-of 2024-12-31 >"$tmp/out" 2>"$tmp/err"
rc=$?
check "monitor --lenient lists the skipped rows" grep -q "(row skipped)" "$tmp/err"
check "monitor --lenient: exit 0 or 3, never 1 or 2 (got $rc)" test "$rc" -eq 0 -o "$rc" -eq 3

# --- usage -----------------------------------------------------------------------
run "unknown --basis: exit 2" 2 monitor "$d" --basis wide && pass "unknown --basis: exit 2"
run "--fail-on green: exit 2" 2 monitor "$d" --fail-on green && pass "--fail-on green: exit 2"
run "--red above --yellow: exit 2" 2 monitor "$d" --red 90 && pass "--red above --yellow: exit 2"
run "monitor --help" 0 monitor --help && check "monitor --help has examples" grep -q "Examples:" "$tmp/out"

# Every command's --help has examples; --quiet leaves stderr to problems.
for c in report validate score monitor check-payment "form monitoring" "form self-evaluation"; do
    # shellcheck disable=SC2086
    "$BUDGET" $c --help >"$tmp/help" 2>&1
    check "budget $c --help has examples" grep -q "^Examples:" "$tmp/help"
done
if run "validate --quiet" 0 validate "$d" --quiet; then
    check "validate --quiet: nothing on stderr" test ! -s "$tmp/err"
fi
if run "monitor --quiet" 3 monitor "$d" --as-of 2024-06-30 --quiet; then
    check "monitor --quiet: no alert note" test ! -s "$tmp/err"
fi

# --- the as-of default ---------------------------------------------------------------
# A book of 2001 (never this year): every command defaults to 2001-12-31,
# where time progress is 100 %: 45, 35 and 20 % are all below 60 %, red.
d01="$tmp/y2001"
mkdir -p "$d01"
sed 's/,2024,/,2001,/' "$d/projects.csv" >"$d01/projects.csv"
sed 's/^2024-/2001-/' "$d/transactions.csv" >"$d01/transactions.csv"
run "monitor default as-of (31 December: all red)" 3 monitor "$d01" --format json && check "monitor: as_of 2001-12-31 by default" \
    grep -q '"as_of" *: *"2001-12-31"' "$tmp/out"
run "report default as-of" 0 report "$d01" --format json && check "report: as_of 2001-12-31 by default" \
    grep -q '"as_of" *: *"2001-12-31"' "$tmp/out"
run "report table default as-of" 0 report "$d01" && check "report table states 2001-12-31" \
    grep -q "as of 2001-12-31" "$tmp/out"
run "form default as-of" 0 form monitoring "$d01" --format json && check "form: as_of 2001-12-31 by default" \
    grep -q '"as_of" *: *"2001-12-31"' "$tmp/out"

# --- check-payment -----------------------------------------------------------------
# M1 paid 4,500.00 on 2024-01-15. A payment on 2024-05-10 is measured against
# the June checkpoint: 50 % of 10,000.00 = 5,000.00.
if run "check-payment within the plan: exit 0" 0 check-payment "$d" --code M1 --amount 400 --date 2024-05-10; then
    pass "check-payment within the plan: exit 0"
    check "check-payment says allowed" grep -q "^allowed$" "$tmp/out"
    check "check-payment shows the allowance" grep -Eq "plan allowance \(checkpoint 06月\) +5,000.00 元" "$tmp/out"
    check "check-payment shows the total" grep -Eq "total with this payment +4,900.00 元" "$tmp/out"
fi
if run "check-payment past the plan: exit 3" 3 check-payment "$d" --code M1 --amount 1000 --date 2024-05-10; then
    pass "check-payment past the plan: exit 3"
    check "refused with the numbers" grep -q "^refused: .*5500.00, past its planned amount 5000.00" "$tmp/out"
fi
# Dated before the 4,500.00 of 15 January: nothing paid so far, and the
# March checkpoint allows 2,500.00.
run "check-payment counts the payments up to its date" 0 check-payment "$d" --code M1 --amount 1000 \
    --date 2024-01-10 && pass "check-payment counts the payments up to its date"
printf '[monitor]\nspend_policy = warn\n' >"$tmp/warn.ini"
if run "check-payment warn policy: exit 3" 3 check-payment "$d" --code M1 --amount 1000 --date 2024-05-10 \
    --config "$tmp/warn.ini"; then
    pass "check-payment warn policy: exit 3"
    check "warned" grep -q "^warning: .*past its planned amount 5000.00" "$tmp/out"
fi
printf '[monitor]\ncontrol_plan = false\n' >"$tmp/budget-only.ini"
run "budget control only: 5,500.00 of 10,000.00 allowed" 0 check-payment "$d" --code M1 --amount 1000 \
    --date 2024-05-10 --config "$tmp/budget-only.ini" && pass "budget control only: 5,500.00 of 10,000.00 allowed"
run "budget control only: 10,500.00 refused" 3 check-payment "$d" --code M1 --amount 6000 --date 2024-05-10 \
    --config "$tmp/budget-only.ini" && pass "budget control only: 10,500.00 refused"
printf '[monitor]\nspend_policy = ignore\n' >"$tmp/ignore.ini"
run "ignore policy: exit 0" 0 check-payment "$d" --code M1 --amount 60000 --date 2024-05-10 \
    --config "$tmp/ignore.ini" && pass "ignore policy: exit 0"
run "check-payment unknown code: exit 2" 2 check-payment "$d" --code NOPE --amount 1 --date 2024-05-10 &&
    pass "check-payment unknown code: exit 2"
run "check-payment without --amount: exit 2" 2 check-payment "$d" --code M1 --date 2024-05-10 &&
    pass "check-payment without --amount: exit 2"
run "check-payment bad amount: exit 2" 2 check-payment "$d" --code M1 --amount 1.005 --date 2024-05-10 &&
    pass "check-payment bad amount: exit 2"

# --- progress on a terminal ------------------------------------------------------------
# 450,000 payments of 0.01 (over 8 MiB): a bar on stderr when it is a
# terminal (script(1) gives one), nothing when it is not.
big="$tmp/big"
mkdir -p "$big"
cp "$d/projects.csv" "$big/"
awk 'BEGIN { print "date,code,amount"; for (i = 0; i < 450000; i++) print "2024-01-15,M1,0.01" }' \
    >"$big/transactions.csv"
if run "a large folder without a terminal" 3 monitor "$big" --as-of 2024-06-30 --format csv; then
    check "no progress bar when stderr is not a terminal" sh -c "! grep -q 'reading transactions' '$tmp/err'"
    # 450,000 × 0.01 = 4,500.00 paid on M1.
    check "the large folder's payments all count" grep -q "^M1,U1,绿项目,green,green,ok,none,no_actuals,10000.00,4500.00," \
        "$tmp/out"
fi
# script(1) needs a pseudo-terminal: a minimal chroot or container without
# /dev/pts has none, and the check is then left out with a note.
if command -v script >/dev/null 2>&1 && script -qc "test -t 2" /dev/null </dev/null >/dev/null 2>&1; then
    script -qc "'$BUDGET' monitor '$big' --as-of 2024-06-30 --format csv --out '$tmp/big.csv'" "$tmp/typescript" \
        >/dev/null 2>&1
    check "a progress bar on a terminal, to 100 %" grep -q "reading transactions.csv \[#*\] 100%" "$tmp/typescript"
    script -qc "'$BUDGET' monitor '$big' --as-of 2024-06-30 --quiet --format csv --out '$tmp/big.csv'" \
        "$tmp/typescript" >/dev/null 2>&1
    check "--quiet: no progress bar" sh -c "! grep -q 'reading transactions' '$tmp/typescript'"
else
    echo "note: script(1) or a pseudo-terminal is missing: the progress bar on a terminal is not checked"
fi

# --- every money colour from the report's own columns ------------------------------
# ratio = round(rate ÷ time progress, bp); over_budget is red; no rate is
# not judged ("none"); red below 60 %, yellow below 80 %.
crosscheck() {
    label=$1
    dir=$2
    as_of=$3
    "$BUDGET" report "$dir" --as-of "$as_of" --format csv >"$tmp/report.csv" 2>/dev/null
    "$BUDGET" monitor "$dir" --as-of "$as_of" --format csv >"$tmp/monitor.csv" 2>/dev/null
    rc=$?
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
        fail "$label: monitor exit $rc"
        return
    fi
    cols code,execution_rate_pct,time_progress_pct,status "$tmp/report.csv" | awk -F, 'NR > 1 {
        if ($4 == "over_budget") c = "red"
        else if ($2 == "") c = "none"
        else {
            r = $2; t = $3; gsub(/\./, "", r); gsub(/\./, "", t); r += 0; t += 0
            if (t <= 0) c = "green"
            else {
                n = r * 10000; q = int(n / t); rem = n - q * t
                if (rem < 0) rem = -rem
                if (2 * rem >= t) q += (n < 0 ? -1 : 1)
                c = q < 6000 ? "red" : q < 8000 ? "yellow" : "green"
            }
        }
        print $1 "," c }' >"$tmp/want"
    cols code,money_colour "$tmp/monitor.csv" | sed 1d >"$tmp/got"
    n=$(wc -l <"$tmp/got")
    if [ "$n" -gt 0 ] && cmp -s "$tmp/want" "$tmp/got"; then
        pass "$label: $n money colours agree with the report's columns"
    else
        fail "$label: money colours differ from the report's columns"
        diff "$tmp/want" "$tmp/got" | head -5
    fi
}

crosscheck "examples/data 2024-06-30" "$examples" 2024-06-30
crosscheck "examples/data 2024-10-15" "$examples" 2024-10-15
if run "examples/data: red projects exit 3" 3 monitor "$examples" --as-of 2024-06-30; then
    pass "examples/data: red projects exit 3"
fi

datagen="${SHARED_DIR:-$top_srcdir/../shared}/datagen/budget-datagen"
if [ -f "$datagen" ] && command -v python3 >/dev/null 2>&1; then
    if python3 "$datagen" --out "$tmp/gen" --seed 11 --projects 120 --transactions 4000 -q; then
        crosscheck "generated data 2024-05-31" "$tmp/gen" 2024-05-31
        crosscheck "generated data 2024-09-30" "$tmp/gen" 2024-09-30
    else
        fail "budget-datagen failed"
    fi
else
    echo "note: ../shared/datagen not found: the generated-data cross-check is left out"
fi

finish
