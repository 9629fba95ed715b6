#!/bin/sh
# `budget import`: each shared seed (copied into tests/data/import) imported,
# then `budget report`, `budget score` and `budget validate` on the folder
# run clean (the issue's round trip); the stops (no unit, no year, --strict)
# and their exit codes; a .docx made here with Python's zipfile; usage errors.
# Environment (set by tests/Makefile.am): BUDGET, srcdir.
# Exit: 0 pass, 1 fail.

BUDGET=${BUDGET:-../tools/budget}
srcdir=${srcdir:-.}
data="$srcdir/data/import"

TEST_NAME=test-import-cli
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

# lines NAME FILE N: FILE has N lines.
lines() {
    n=$(wc -l <"$2")
    if [ "$n" -eq "$3" ]; then pass "$1"; else fail "$1: $n lines, expected $3"; fi
}

# quiet NAME: the last command wrote nothing on stderr.
quiet() {
    if [ -s "$tmp/err" ]; then
        fail "$1 writes nothing on stderr"
        sed 's/^/    /' "$tmp/err" | head -5
    else
        pass "$1 writes nothing on stderr"
    fi
}

# round_trip NAME DIR: report, score and validate run clean on DIR.
round_trip() {
    if run "$1: report" 0 report "$2"; then quiet "$1: report"; fi
    if run "$1: score" 0 score "$2"; then quiet "$1: score"; fi
    if run "$1: validate" 0 validate "$2"; then has "$1: validate finds nothing" "$tmp/err" "no errors, 0 warnings"; fi
}

# --- seed 000: codes "————", amounts in 万元 in the cells -------------------
out="$tmp/000"
if run "import 000" 0 import "$data/000_ee34ae722ba5d322.txt" --out "$out"; then
    for f in projects.csv indicators.csv goals.csv department-indicators.csv import-report.txt; do
        if [ -f "$out/$f" ]; then pass "000: $f written"; else fail "000: $f written"; fi
    done
    lines "000: 5 projects" "$out/projects.csv" 6
    lines "000: 30 indicators" "$out/indicators.csv" 31
    lines "000: 6 goals" "$out/goals.csv" 7
    # 交通费: 10万元 = 100000.00 元, plan 25/50/75/100 at 3/6/10/12.
    has "000: 交通费 row" "$out/projects.csv" ',交通费,,2024,100000.00,100000.00,,,4辆电动车费用（1.8万元/年/辆）及保险（0.6万元/年/辆）。,auto,25,50,75,100$'
    has "000: derived codes flagged" "$tmp/err" 'derived_code: project "交通费" has no code'
    has "000: summary" "$tmp/err" "^5 projects, 30 indicators, 5 plans, 6 goals, 0 department indicators read; 5 items flagged$"
    has "000: report file" "$out/import-report.txt" "000_ee34ae722ba5d322.txt:449:0: derived_code:"
    if ls "$out" | grep -q 'XXXXXX\|\.[A-Za-z0-9]\{6\}$'; then fail "000: no temporary file left"; else pass "000: no temporary file left"; fi
    round_trip "000" "$out"
fi

# --- seed 003: codes given, 单位：万元 in each table ------------------------
out="$tmp/003"
if run "import 003" 0 import "$data/003_625616916719a6fa.txt" --out "$out"; then
    lines "003: 11 projects" "$out/projects.csv" 12
    lines "003: 37 indicators" "$out/indicators.csv" 38
    # 20.00, 35.00, 20.00, 25.00 (lines 210-213): incremental, read as printed.
    has "003: 机动车遥感监测 row" "$out/projects.csv" '^000-9999-JSN-8XV8,机动车遥感监测,,2020,850000.00,850000.00,,,用于开展机动车遥感检测工作的顺利开展,auto,20,35,20,25$'
    has "003: graded target kept" "$out/indicators.csv" '^000-9999-JSN-JFD6,产出指标,数量指标,监测站点,监测数据监测站点能稳定出具6参数数据,85%站点为优，70%站点为良，60%站点为中，60%以下站点为差,,,$'
    has "003: nothing flagged" "$tmp/err" "; 0 items flagged$"
    round_trip "003" "$out"
fi

# --- no guessing -------------------------------------------------------------
out="$tmp/unit"
if run "no unit stops" 1 import "$data/no-unit.txt" --out "$out"; then
    has "no unit: names the table and --unit" "$tmp/err" "no-unit.txt:10:3: the table at line 3 states no money unit.*--unit"
    if [ -e "$out/projects.csv" ]; then fail "no unit: nothing written"; else pass "no unit: nothing written"; fi
fi
if run "--unit 万元" 0 import "$data/no-unit.txt" --out "$out" --unit 万元; then
    # 12.5 万元 = 125000.00 元
    has "--unit 万元: amount" "$out/projects.csv" "^P1,监测运维,,2024,125000.00,125000.00,"
fi
if run "no year stops" 1 import "$data/no-year.txt" --out "$tmp/year"; then
    has "no year: names the table and --year" "$tmp/err" "the table at line 2 has no fiscal year.*--year"
fi
if run "--year 2025" 0 import "$data/no-year.txt" --out "$tmp/year" --year 2025; then
    has "--year: the year" "$tmp/year/projects.csv" "^P2,监测运维,,2025,5000.00,5000.00,"
    round_trip "--year" "$tmp/year"
fi

# --- not understood: flagged, or an error with --strict ----------------------
if run "odd row flagged" 0 import "$data/odd-row.txt" --out "$tmp/odd"; then
    has "odd row: on stderr" "$tmp/err" "odd-row.txt:30: warning: not_understood: table row starting \"审核意见\""
    has "odd row: in the report" "$tmp/odd/import-report.txt" "odd-row.txt:30:0: not_understood:"
fi
if run "odd row --strict" 1 import "$data/odd-row.txt" --out "$tmp/strict" --strict; then
    has "--strict: the line" "$tmp/err" "odd-row.txt:30: table row starting"
fi

# --- a .docx ---------------------------------------------------------------
if command -v python3 >/dev/null 2>&1; then
    python3 - "$tmp/small.docx" <<'PY'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def p(t): return '<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % t
def tc(t, span=1):
    pr = '<w:tcPr><w:gridSpan w:val="%d"/></w:tcPr>' % span if span > 1 else ''
    return '<w:tc>%s%s</w:tc>' % (pr, p(t))
def tr(*cells): return '<w:tr>%s</w:tr>' % ''.join(cells)
body = (p('2024年项目绩效目标表') + '<w:tbl>'
        + tr(tc(''), tc('单位：元', 4))
        + tr(tc('项目编码'), tc('D1'), tc('项目名称'), tc('文档项目', 2))
        + tr(tc('预算数'), tc('800.00'), tc('其中：财政资金'), tc('800.00', 2))
        + tr(tc('资金支出计划（%）'), tc('3月底'), tc('6月底'), tc('10月底'), tc('12月底'))
        + tr(tc(''), tc('50%'), tc('100%'), tc(''), tc(''))
        + '</w:tbl>')
doc = '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>' % (W, body)
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr('word/document.xml', doc)
PY
    if run "import .docx" 0 import "$tmp/small.docx" --out "$tmp/docx"; then
        has ".docx: the project" "$tmp/docx/projects.csv" "^D1,文档项目,,2024,800.00,800.00,,,,auto,50,100,,$"
        round_trip ".docx" "$tmp/docx"
    fi
else
    fail "python3 is a test dependency (tools/setup-debian.sh test_pkgs)"
fi

# --- usage -------------------------------------------------------------------
if run "--help" 0 import --help; then has "--help: --unit" "$tmp/out" "--unit"; fi
run "no --out" 2 import "$data/no-unit.txt" && pass "no --out: exit 2"
run "no DOC" 2 import --out "$tmp/x" && pass "no DOC: exit 2"
run "bad --unit" 2 import "$data/no-unit.txt" --out "$tmp/x" --unit 千元 && pass "bad --unit: exit 2"
run "bad --year" 2 import "$data/no-unit.txt" --out "$tmp/x" --year 99 && pass "bad --year: exit 2"
run "missing file" 2 import "$tmp/none.txt" --out "$tmp/x" && pass "missing file: exit 2"
if run "in the command list" 0 --help; then has "budget --help lists import" "$tmp/out" "import"; fi

finish
