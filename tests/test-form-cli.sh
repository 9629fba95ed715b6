#!/bin/sh
# budget form: the 项目支出绩效自评表 and the 绩效运行监控表 on a small folder
# whose values are derived by hand below (indicators.csv with the forms'
# optional columns under their Chinese headers), cross-checked with `budget
# score` on examples/data, every format, and usage errors.
# Environment (set by tests/Makefile.am): BUDGET, srcdir, top_srcdir.
# Exit: 0 pass, 1 fail.

BUDGET=${BUDGET:-../tools/budget}
srcdir=${srcdir:-.}
top_srcdir=${top_srcdir:-..}
examples="$top_srcdir/examples/data"

TEST_NAME=test-form-cli
. "$srcdir/cli-lib.sh"

check() {
    name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}

cols() {
    awk -F, -v want="$1" '
        NR == 1 { n = split(want, w, ","); for (i = 1; i <= NF; i++) col[$i] = i }
        { line = ""; for (i = 1; i <= n; i++) line = line (i > 1 ? "," : "") $(col[w[i]]); print line }' "$2"
}

# F1: budget 20,000.00 (fiscal 15,000.00, other 5,000.00), plan 25/50/75/100,
# +2,000.00 adjusted on 2024-03-01 (全年预算数 22,000.00); paid 6,000.00
# fiscal and 1,000.00 other by 2024-06-30, 4,000.00 fiscal in November.
d="$tmp/fixture"
mkdir -p "$d"
cat >"$d/projects.csv" <<'EOF'
code,name,unit,year,budget,fiscal,other,plan_03,plan_06,plan_10,plan_12
F1,监测运维,U1,2024,20000.00,15000.00,5000.00,25,50,75,100
EOF
cat >"$d/adjustments.csv" <<'EOF'
date,code,amount,reason
2024-03-01,F1,2000.00,追加
EOF
cat >"$d/transactions.csv" <<'EOF'
date,code,amount,source
2024-02-10,F1,6000.00,fiscal
2024-05-10,F1,1000.00,other
2024-11-10,F1,4000.00,fiscal
EOF
cat >"$d/indicators.csv" <<'EOF'
code,level1,level2,level3,description,target,basis,weight,actual,1-6月实际完成值,全年预计完成值,完成目标可能性,偏差原因,完善措施
F1,产出指标,数量指标,监测站点数,,≥10个,,,8个,5个,10个,确定能,,
F1,效益指标,社会效益指标,数据有效率,,≥90%,,,95%,88%,92%,有可能,设备老化,更换设备
EOF

# --- monitoring form at 2024-06-30 ------------------------------------------------
# Funds total: 22,000.00, paid 7,000.00, rate 7,000 ÷ 22,000 = 31.82 %;
# plan projection 7,000 + 22,000 − 50 % × 22,000 = 18,000.00. Sources:
# fiscal 15,000.00 budget, 6,000.00 paid, 40.00 %; carry-over not given,
# 0.00 paid; other 5,000.00, 1,000.00 paid, 20.00 %.
if run "form monitoring csv" 0 form monitoring "$d" --code F1 --as-of 2024-06-30 --format csv; then
    cols item,budget_adjusted,executed,execution_rate_pct,projected,projection_method "$tmp/out" | sed -n 2,5p \
        >"$tmp/got"
    cat >"$tmp/want" <<'EOF'
年度资金总额,22000.00,7000.00,31.82,18000.00,plan
当年财政拨款,15000.00,6000.00,40.00,,
上年结转资金,,0.00,,,
其他资金,5000.00,1000.00,20.00,,
EOF
    same "monitoring form: funds by hand" "$tmp/want" "$tmp/got"
    cols item,target,actual_midyear,projected_value,likelihood,deviation_reason,measures "$tmp/out" | sed -n 6,7p \
        >"$tmp/got"
    cat >"$tmp/want" <<'EOF'
监测站点数,≥10个,5个,10个,确定能,,
数据有效率,≥90%,88%,92%,有可能,设备老化,更换设备
EOF
    same "monitoring form: indicator notes from the Chinese headers" "$tmp/want" "$tmp/got"
fi
if run "form monitoring json" 0 form monitoring "$d" --as-of 2024-06-30 --format json; then
    check "json: table form_monitoring, months 1-6" grep -q '"table" *: *"form_monitoring".*"months" *: *"1-6"' \
        "$tmp/out"
fi
run "form monitoring markdown" 0 form monitoring "$d" --as-of 2024-06-30 --format markdown &&
    check "markdown has the 年度资金总额 row" grep -q "年度资金总额" "$tmp/out"
if run "form monitoring table" 0 form monitoring "$d" --as-of 2024-06-30; then
    check "table states the form and its date" grep -q "^绩效运行监控表 (monitoring) as of 2024-06-30" "$tmp/out"
fi
if run "form monitoring --out" 0 form monitoring "$d" --as-of 2024-06-30 --format csv --out "$tmp/m.csv"; then
    check "--out wrote the file, nothing on stdout" test -s "$tmp/m.csv" -a ! -s "$tmp/out"
fi

# --- self-evaluation at 2024-12-31 -------------------------------------------------
# Paid 11,000.00 of 22,000.00: 50.00 %, execution 10 × 50 % = 5.00 points.
# Output 50 points: 8个 of ≥10个 → 8 ÷ 10 × 50 = 40.00; outcome 30 points:
# 95% of ≥90% met → 30.00; no satisfaction indicator: the total rescales
# 75.00 of 90 to 100 = 83.33, 良. The reason and measures share one cell.
if run "form self-evaluation csv" 0 form self-evaluation "$d" --code F1 --as-of 2024-12-31 --format csv; then
    cols section,item,budget_original,budget_adjusted,executed,points,rate_pct,score,grade "$tmp/out" | sed 1d \
        >"$tmp/got"
    cat >"$tmp/want" <<'EOF'
funds,年度资金总额,20000.00,22000.00,11000.00,10.00,50.00,5.00,
funds,当年财政拨款,15000.00,,10000.00,,66.67,,
funds,上年结转资金,,,0.00,,,,
funds,其他资金,5000.00,,1000.00,,20.00,,
indicator,监测站点数,,,,50.00,,40.00,
indicator,数据有效率,,,,30.00,,30.00,
total,总分,,,,100.00,,83.33,良
EOF
    same "self-evaluation form by hand" "$tmp/want" "$tmp/got"
    check "偏差原因分析及改进措施 joins the two notes" grep -q "设备老化；更换设备" "$tmp/out"
fi

# Each project's total and grade are those of budget score, and the
# monitoring form's 1-N月执行数 is the report's executed amount (names hold
# no comma in these folders: the columns are cut by position).
crosscheck() {
    label=$1
    dir=$2
    "$BUDGET" form self-evaluation "$dir" --as-of 2024-12-31 --format csv >"$tmp/self.csv" 2>/dev/null ||
        fail "$label: form self-evaluation failed"
    "$BUDGET" score "$dir" --as-of 2024-12-31 --format csv >"$tmp/score.csv" 2>/dev/null
    cols code,section,score,grade "$tmp/self.csv" | awk -F, '$2 == "total" { print $1 "," $3 "," $4 }' |
        sort >"$tmp/forms"
    cols code,total,grade "$tmp/score.csv" | sed 1d | sort >"$tmp/scores"
    n=$(wc -l <"$tmp/scores")
    if [ "$n" -gt 0 ] && cmp -s "$tmp/scores" "$tmp/forms"; then
        pass "$label: $n totals and grades agree with budget score"
    else
        fail "$label: totals and grades differ from budget score"
        diff "$tmp/scores" "$tmp/forms" | head -5
    fi
    "$BUDGET" form monitoring "$dir" --as-of 2024-06-30 --format csv >"$tmp/mon.csv" 2>/dev/null ||
        fail "$label: form monitoring failed"
    "$BUDGET" report "$dir" --as-of 2024-06-30 --format csv >"$tmp/report.csv" 2>/dev/null
    cols code,section,item,executed "$tmp/mon.csv" | awk -F, '$3 == "年度资金总额" { print $1 "," $4 }' |
        sort >"$tmp/forms"
    cols code,executed "$tmp/report.csv" | sed 1d | sort >"$tmp/report"
    n=$(wc -l <"$tmp/report")
    if [ "$n" -gt 0 ] && cmp -s "$tmp/report" "$tmp/forms"; then
        pass "$label: $n monitoring forms agree with the report's executed amounts"
    else
        fail "$label: monitoring forms differ from the report"
        diff "$tmp/report" "$tmp/forms" | head -5
    fi
}

crosscheck "examples/data" "$examples"
datagen="${SHARED_DIR:-$top_srcdir/../shared}/datagen/budget-datagen"
if [ -f "$datagen" ] && command -v python3 >/dev/null 2>&1; then
    if python3 "$datagen" --out "$tmp/gen" --seed 5 --projects 60 --transactions 3000 -q; then
        crosscheck "generated data" "$tmp/gen"
    else
        fail "budget-datagen failed"
    fi
else
    echo "note: ../shared/datagen not found: the generated-data cross-check is left out"
fi

# --- usage ----------------------------------------------------------------------
run "form without a kind: exit 2" 2 form && pass "form without a kind: exit 2"
run "unknown form: exit 2" 2 form budget "$d" && pass "unknown form: exit 2"
if run "unknown --code: exit 2" 2 form self-evaluation "$d" --code NOPE; then
    pass "unknown --code: exit 2"
    check "unknown --code says so" grep -q "^budget: --code: no project NOPE" "$tmp/err"
fi
run "--out needs a --format" 2 form monitoring "$d" --out "$tmp/x" && pass "--out needs a --format"
run "form --help" 0 form --help && check "form --help lists the kinds" grep -q "self-evaluation" "$tmp/out"
run "form monitoring --help" 0 form monitoring --help && check "form monitoring --help has examples" \
    grep -q "Examples:" "$tmp/out"

finish
