#!/bin/sh
# Totals that do not fit in 64 bits of fen (issue 6, item 7): `budget report`
# at every level and `budget score` name the file, line and column of the row
# that caused the overflow (and the unit for a roll-up); `budget score
# --department` prints the reason of a ratio without a value. Also the
# warning for an --as-of date outside the book's year. Folders are built here.
# Environment (set by tests/Makefile.am): BUDGET.
# Exit: 0 pass, 1 fail.

BUDGET=${BUDGET:-../tools/budget}

TEST_NAME=test-overflow-cli
. "${srcdir:-.}/cli-lib.sh"

# exact NAME FILE EXPECTED-TEXT: FILE holds exactly EXPECTED-TEXT (lines).
exact() {
    printf '%s\n' "$3" >"$tmp/want"
    same "$1" "$tmp/want" "$2"
}

# --- item 7: a budget of INT64_MAX fen plus an adjustment of 1 fen ----------
# INT64_MAX fen = 92233720368547758.07 元; the adjustment of 0.01 is line 2 of
# adjustments.csv, its amount column 3.
mkdir "$tmp/max"
printf 'code,name,unit,year,budget\nA1,a,U1,2024,92233720368547758.07\nA2,b,U1,2024,1\n' >"$tmp/max/projects.csv"
printf 'date,code,amount,reason\n2024-03-01,A1,0.01,x\n' >"$tmp/max/adjustments.csv"
msg='adjustments.csv:2:3: project A1: the adjustment of 0.01 on 2024-03-01 takes its adjusted budget past 92233720368547758.07, the most 64 bits of fen hold'

for level in project unit department; do
    if run "report --level $level exits 2" 2 report "$tmp/max" --level $level --format csv; then
        exact "report --level $level names the adjustment" "$tmp/err" "$msg"
    fi
done
if run "score exits 2" 2 score "$tmp/max" --format csv; then
    exact "score names the adjustment" "$tmp/err" "$msg"
fi
# Before the adjustment the budget alone fits: the report is made.
if run "report before the adjustment" 0 report "$tmp/max" --format csv --as-of 2024-02-29; then
    if grep -q '^A1,U1,92233720368547758.07,92233720368547758.07,' "$tmp/out"; then
        pass "report before the adjustment: INT64_MAX"
    else
        fail "report before the adjustment: INT64_MAX"
    fi
fi

# score --department: the ratios on the book say overflow (and the place once,
# as a warning); the others are not given (no department.csv).
if run "score --department exits 0" 0 score "$tmp/max" --department --format csv; then
    exact "score --department reasons" "$tmp/out" 'ratio,name,value_pct,reason
budget_adjustment_rate,预算调整率,,overflow
carryover_rate,结转结余率,,overflow
carryover_change_rate,结转结余变动率,,not_given
special_funds_detail_rate,专项资金细化率,,not_given
procurement_execution_rate,政府采购执行率,,not_given
cost_saving_rate,成本节约率,,overflow
public_expense_per_head_change_rate,人均公用经费变动率,,not_given
sangong_change_rate,三公经费变动率,,not_given
staff_control_rate,在职人员控制率,,not_given'
    exact "score --department names the overflow once" "$tmp/err" \
        'adjustments.csv:2:3: warning: project A1: the adjustment of 0.01 on 2024-03-01 takes its adjusted budget past 92233720368547758.07, the most 64 bits of fen hold'
fi

# A zero denominator is its own reason: 12 staff of 0 authorised.
printf 'item,amount\nstaff_actual,12\nstaff_authorised,0\n' >"$tmp/max/department.csv"
if run "score --department zero denominator" 0 score "$tmp/max" --department --format csv --as-of 2024-02-29; then
    if grep -q '^staff_control_rate,在职人员控制率,,zero_denominator$' "$tmp/out"; then
        pass "zero denominator reason"
    else
        fail "zero denominator reason"
        cat "$tmp/out"
    fi
fi

# --- a roll-up: two budgets of 5·10^18 fen in unit U1 -------------------------
# Each fits, their sum 10^19 fen does not. A2 is line 3 of projects.csv, its
# budget column 5.
mkdir "$tmp/sum"
printf 'code,name,unit,year,budget\nA1,a,U1,2024,50000000000000000\nA2,b,U1,2024,50000000000000000\nB1,c,U2,2024,1\n' \
    >"$tmp/sum/projects.csv"
run "roll-up: report by project" 0 report "$tmp/sum" --format csv && pass "roll-up: report by project"
if run "roll-up: report by unit exits 2" 2 report "$tmp/sum" --level unit; then
    exact "roll-up: unit and project named" "$tmp/err" \
        'projects.csv:3:5: unit U1: the sum of original budgets does not fit in 64 bits of fen once project A2 is added'
fi
if run "roll-up: report by department exits 2" 2 report "$tmp/sum" --level department; then
    exact "roll-up: department and project named" "$tmp/err" \
        'projects.csv:3:5: department: the sum of original budgets does not fit in 64 bits of fen once project A2 is added'
fi

# --- a payment total: 92233720368547758.07, its reversal, then 0.01 ---------
# The running total would fit (INT64_MAX, 0, 1 fen), but at 2024-01-31 the
# executed amount would be INT64_MAX + 1: refused at every as-of date, at
# transactions.csv line 4, amount column 3.
mkdir "$tmp/pay"
printf 'code,name,unit,year,budget\nP1,a,U1,2024,100\n' >"$tmp/pay/projects.csv"
printf 'date,code,amount\n2024-01-10,P1,92233720368547758.07\n2024-12-20,P1,-92233720368547758.07\n2024-01-15,P1,0.01\n' \
    >"$tmp/pay/transactions.csv"
for as_of in 2024-01-31 2024-12-31; do
    if run "payments: report --as-of $as_of exits 2" 2 report "$tmp/pay" --as-of $as_of --format csv; then
        exact "payments: report --as-of $as_of names the payment" "$tmp/err" \
            'transactions.csv:4:3: payment refused by the ledger: project P1: the sum of its payments would overflow 64 bits of fen; the payment is not recorded'
    fi
done

# --- an --as-of outside the book's year is a warning --------------------------
if run "as-of before the year" 0 report "$tmp/sum" --as-of 2023-06-30 --format csv; then
    exact "as-of before the year: warning" "$tmp/err" \
        "budget: warning: --as-of 2023-06-30 is before the book's year 2024: time progress is 0 and no payment or adjustment of 2024 counts"
fi
if run "as-of after the year (score)" 0 score "$tmp/pay/../sum" --as-of 2025-01-31 --department --format csv; then
    exact "as-of after the year: warning" "$tmp/err" \
        "budget: warning: --as-of 2025-01-31 is after the book's year 2024: time progress is 100 % and payments dated after 2024 count"
fi
run "as-of inside the year: no warning" 0 report "$tmp/sum" --as-of 2024-06-30 --format csv &&
    if [ -s "$tmp/err" ]; then fail "as-of inside the year: no warning"; else pass "as-of inside the year: no warning"; fi

finish
