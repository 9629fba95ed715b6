#!/bin/sh
# `budget score` on the hand-made fixture tests/data/score/basic: exact CSV
# output against expected files whose every value is computed by hand in
# tests/data/score/basic/expected/README.md; department.csv errors with
# FILE:LINE:COLUMN; exit codes and usage errors.
# Environment (set by tests/Makefile.am): BUDGET, srcdir, top_srcdir.
# Exit: 0 pass, 1 fail.

BUDGET=${BUDGET:-../tools/budget}
srcdir=${srcdir:-.}
top_srcdir=${top_srcdir:-$srcdir/..}
data="$srcdir/data/score/basic"
expected="$data/expected"

TEST_NAME=test-score-cli
. "$srcdir/cli-lib.sh"

# has NAME FILE PATTERN
has() {
    if grep -q -- "$3" "$2"; then
        pass "$1"
    else
        fail "$1 (no '$3')"
        sed 's/^/    /' "$2" | head -10
    fi
}

# --- exact CSV ------------------------------------------------------------
if run "score csv" 0 score "$data" --format csv; then
    same "score csv" "$expected/summary.csv" "$tmp/out"
    if [ -s "$tmp/err" ]; then fail "score on clean data writes nothing on stderr"; else pass "score on clean data writes nothing on stderr"; fi
fi
if run "score --detail csv" 0 score "$data" --format csv --detail; then
    same "score --detail csv" "$expected/detail.csv" "$tmp/out"
fi
if run "score --department csv" 0 score "$data" --format csv --department; then
    same "score --department csv" "$expected/department.csv" "$tmp/out"
fi

# --as-of 2024-06-30: S-002's payment (07-01) is not yet made: execution 0,
# total (0 + 44.125) × 100 ÷ 60 = 73.541667 → 73.54 中.
if run "score --as-of" 0 score "$data" --format csv --as-of 2024-06-30; then
    has "score --as-of: S-002 row" "$tmp/out" '^S-002,0.00,44.13,,,73.54,中,60.00,'
    has "score --as-of: S-001 unchanged" "$tmp/out" '^S-001,8.18,48.75,21.00,9.78,87.71,良,'
fi

# --- tables -----------------------------------------------------------------
if run "score table" 0 score "$data"; then
    has "score table: grade counts" "$tmp/out" "3 projects: 0 优, 2 良, 0 中, 1 差"
    has "score table: rescaling note" "$tmp/out" "S-002: 60.00 points available"
    has "score table: zero budget note" "$tmp/out" "S-003: execution: not applicable: no execution rate"
fi
if run "score --detail table" 0 score "$data" --detail; then
    has "score --detail table: tiers grade" "$tmp/out" "partly_met"
fi
if run "score --department table" 0 score "$data" --department; then
    has "score --department table" "$tmp/out" "在职人员控制率"
fi

# --- department.csv problems ----------------------------------------------
cp -r "$data" "$tmp/bad"
rm -rf "$tmp/bad/expected"
printf 'item,amount\n编制数,20\nstaff_authorised,21\nstaff_actual,x\n' >"$tmp/bad/department.csv"
if run "duplicate department item exits 2" 2 score "$tmp/bad" --department --format csv; then
    has "duplicate item: FILE:LINE:COLUMN" "$tmp/err" "department.csv:3:1: .*duplicate item staff_authorised (first given on line 2)"
fi
# the project scores do not read department.csv
run "score without --department ignores department.csv" 0 score "$tmp/bad" --format csv && pass "score without --department ignores department.csv"
if run "lenient department" 0 score "$tmp/bad" --department --format csv --lenient; then
    has "lenient: duplicate listed" "$tmp/err" "department.csv:3:1:"
    has "lenient: bad count listed" "$tmp/err" "department.csv:4:2:"
    has "lenient: staff_actual rejected, so the control rate is not_given" "$tmp/out" "^staff_control_rate,在职人员控制率,,not_given$"
fi
printf 'item,amount\nstaff_actual,12\nstaff_authorised,20\nwhatever,3\n' >"$tmp/bad/department.csv"
if run "unknown department item is a warning" 0 score "$tmp/bad" --department --format csv; then
    has "unknown item warned" "$tmp/err" "department.csv:4:1: warning: unknown item"
    has "staff control 12 ÷ 20" "$tmp/out" "^staff_control_rate,在职人员控制率,60.00,$"
fi
# without department.csv: only the book ratios
rm "$tmp/bad/department.csv"
if run "no department.csv" 0 score "$tmp/bad" --department --format csv; then
    has "no department.csv: book ratio" "$tmp/out" "^budget_adjustment_rate,预算调整率,10.00,$"
    has "no department.csv: input ratio not_given" "$tmp/out" "^special_funds_detail_rate,专项资金细化率,,not_given$"
fi
# a weight that is not a number of points
sed 's/^S-002,产出指标,质量指标,监测数据有效率,,\(.*\),,20,72%$/S-002,产出指标,质量指标,监测数据有效率,,\1,,twenty,72%/' \
    "$data/indicators.csv" >"$tmp/bad/indicators.csv"
if run "bad weight exits 2" 2 score "$tmp/bad"; then
    has "bad weight message" "$tmp/err" "weight"
fi

# --- the example data -------------------------------------------------------
if [ -d "$top_srcdir/examples/data" ] && run "score examples/data" 0 score "$top_srcdir/examples/data" --format csv; then
    n=$(($(wc -l <"$tmp/out") - 1))
    if [ "$n" -eq 16 ]; then pass "examples/data: 16 project rows"; else fail "examples/data: $n project rows, expected 16"; fi
fi

# --- profiles (issue 11) ----------------------------------------------------
# whole points: S-001 8.18 → 8, 23.75 + 25 → 24 + 25 = 49, 21, 9.78 → 10: 88 (README.md)
if run "score --profile whole-points" 0 score "$data" --format csv --profile whole-points; then
    has "whole points: S-001" "$tmp/out" '^S-001,8,49,21,10,88,良,100,道路养护,whole-points,0$'
    has "whole points: S-003 blank counted" "$tmp/out" ',whole-points,1$'
fi
# --score-decimals 0 on the national profile gives the same numbers
if run "score --score-decimals 0" 0 score "$data" --format csv --score-decimals 0; then
    has "--score-decimals 0" "$tmp/out" '^S-001,8,49,21,10,88,良,100,道路养护,national,0$'
fi
# blank-full: S-003's blank 满意度 scores its 10: (40 + 0 + 10) × 100 ÷ 90 = 55.56
if run "score --profile blank-full" 0 score "$data" --format csv --profile blank-full; then
    has "blank full: S-003" "$tmp/out" '^S-003,,40.00,0.00,10.00,55.56,差,90.00,零预算项目,blank-full,0$'
fi
# a file; its name key names it; --config applies after it, ignoring other groups
printf '[score]\nname = county\nsource = test\nblank_actual = exclude\n' >"$tmp/county.ini"
printf '[report]\ntime_method = days\n[score]\nscore_decimals = 1\n' >"$tmp/config.ini"
if run "score --profile FILE --config FILE" 0 score "$data" --profile "$tmp/county.ini" --config "$tmp/config.ini"; then
    has "profile printed" "$tmp/out" '^Profile: county (test), points rounded to 1 decimal$'
    has "blank count printed" "$tmp/out" '^0 indicators scored 0 for a blank actual$'
fi
# score_rounding = down (the 临翔区 form): execution 10 × 31.69 ÷ 32.4 = 9.78 → 9;
# total (9 + 50 + 30) × 100 ÷ 90 = 98.89 → 98
if run "score --profile with score_rounding = down" 0 score "$srcdir/data/forms/yunnan-linxiang-2023" --profile "$srcdir/data/forms/yunnan-linxiang-2023/profile.ini"; then
    has "profile printed: fraction dropped" "$tmp/out" '^Profile: yunnan-linxiang-2023 (.*), whole points (fraction dropped)$'
    has "rounded down" "$tmp/out" '^LX-2023-01  *9  *50  *30  *98  '
fi
if run "score table prints the profile" 0 score "$data"; then
    has "default profile printed" "$tmp/out" '^Profile: national (财预〔2020〕10号)$'
    has "blank count printed" "$tmp/out" '^1 indicator scored 0 for a blank actual$'
fi
if run "score --detail prints the profile" 0 score "$data" --detail --profile bands-50; then
    has "detail: profile printed" "$tmp/out" '^Profile: bands-50'
fi
printf '[score]\nname = x\nbogus = 1\n' >"$tmp/bad.ini"
if run "unknown key in a profile exits 2" 2 score "$data" --profile "$tmp/bad.ini"; then
    has "unknown key: FILE:LINE and key" "$tmp/err" "bad.ini:3: .*unknown key 'bogus'"
fi
run "unknown profile name exits 2" 2 score "$data" --profile nosuch && has "unknown profile" "$tmp/err" "no profile 'nosuch'"
run "missing --config file exits 2" 2 score "$data" --config "$tmp/none.ini" && has "missing config" "$tmp/err" "none.ini"
run "bad --score-decimals exits 2" 2 score "$data" --score-decimals 7 && has "bad --score-decimals" "$tmp/err" "score-decimals"
# the forms: 中江县's actuals written with a comparator carry their warning
if run "score a published form" 0 score "$srcdir/data/forms/sichuan-zhongjiang-2022" --format csv --detail; then
    has "form: warning column" "$tmp/out" "warning: actual '≥266米' is written with the comparator '≥': read as its number"
fi

# --- usage ------------------------------------------------------------------
run "score --help exits 0" 0 score --help && has "score --help" "$tmp/out" "execution_score"
run "score --help documents the profiles" 0 score --help && has "score --help profiles" "$tmp/out" "whole-points  the national rules"
run "score without DIR exits 2" 2 score && has "score without DIR" "$tmp/err" "missing DIR"
run "--detail with --department exits 2" 2 score "$data" --detail --department && pass "--detail with --department exits 2"
run "unknown --format exits 2" 2 score "$data" --format xml && has "unknown --format" "$tmp/err" "format"
run "bad --as-of exits 2" 2 score "$data" --as-of 2024-02-30 && has "bad --as-of" "$tmp/err" "as-of"
run "missing folder exits 2" 2 score "$tmp/no-such-dir" && pass "missing folder exits 2"
run "extra argument exits 2" 2 score "$data" extra && pass "extra argument exits 2"

finish
