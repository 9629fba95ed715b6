#!/bin/sh
# Every format of report, score and validate on examples/data and on
# generated data (../shared/datagen when present): exit 0 and non-empty
# output; --out writes atomically; --bom; --headers zh; the table fits
# --width; xlsx refuses nothing to a file and is read back (its sheet XML,
# with python3's zipfile) with every number equal to the CSV's; charts are
# well-formed XML (xmllint, or python3's parser when libxml2-utils is absent).
# Environment (set by tests/Makefile.am): BUDGET, srcdir, top_srcdir, SHARED_DIR.
# Exit: 0 pass, 1 fail.

BUDGET=${BUDGET:-../tools/budget}
srcdir=${srcdir:-.}
top_srcdir=${top_srcdir:-$srcdir/..}
data="$top_srcdir/examples/data"

TEST_NAME=test-export-formats-cli
. "$srcdir/cli-lib.sh"

if [ ! -f "$data/projects.csv" ]; then
    fail "examples/data is missing ($data)"
    finish
fi

# The terminal table at the default 120 columns: the row's key (the code) is
# never cut; the time progress (the same for every row, in the title) and the
# remaining budget are left out first, and a note says so; --width 0 shows
# every column and no note.
"$BUDGET" report "$data" --as-of 2024-08-31 >"$tmp/fit" 2>&1
if grep -q '^000-9999-JSN-0226  ' "$tmp/fit" &&
    grep -q '^(not shown to fit 120 columns: time%, remaining; --width 0 shows every column)$' "$tmp/fit"; then
    pass "table: code uncut, dropped columns named"
else
    fail "table: code cut or no note: $(head -5 "$tmp/fit")"
fi
"$BUDGET" report "$data" --as-of 2024-08-31 --width 0 >"$tmp/fit0" 2>&1
if grep -q 'time%' "$tmp/fit0" && ! grep -q 'not shown' "$tmp/fit0"; then
    pass "table --width 0: every column, no note"
else
    fail "table --width 0: $(head -3 "$tmp/fit0")"
fi

xml_ok() {
    if command -v xmllint >/dev/null 2>&1; then
        xmllint --noout "$1" 2>"$tmp/xml"
    else
        python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$1" 2>"$tmp/xml"
    fi
}

# xlsx_equals_csv NAME XLSX SHEET CSV: every cell of sheet SHEET (1-based)
# equals the CSV's: numbers to the cent as decimals, strings exactly.
xlsx_equals_csv() {
    if python3 - "$2" "$3" "$4" >"$tmp/cmp" 2>&1 <<'PY'
import csv, sys, zipfile, re
from decimal import Decimal
from xml.etree import ElementTree as ET
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
z = zipfile.ZipFile(sys.argv[1])
strings = ["".join(t.text or "" for t in si.iter("{%s}t" % ns["m"]))
           for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
sheet = ET.fromstring(z.read("xl/worksheets/sheet%s.xml" % sys.argv[2]))
assert sheet.find(".//m:f", ns) is None, "a formula"
assert sheet.find(".//m:pane", ns) is not None, "no frozen header"
rows = []
for row in sheet.findall(".//m:row", ns):
    cells = {}
    for c in row.findall("m:c", ns):
        col = re.match(r"[A-Z]+", c.get("r")).group(0)
        idx = 0
        for ch in col:
            idx = idx * 26 + ord(ch) - 64
        v = c.find("m:v", ns)
        if v is None:
            continue
        cells[idx - 1] = ("s", strings[int(v.text)]) if c.get("t") == "s" else ("n", v.text)
    rows.append(cells)
want = list(csv.reader(open(sys.argv[3], encoding="utf-8-sig", newline="")))
assert len(rows) == len(want), (len(rows), len(want))
n = 0
for r, (got, exp) in enumerate(zip(rows, want)):
    for i, cell in enumerate(exp):
        if cell == "":
            assert i not in got, (r, i, got.get(i))
            continue
        kind, value = got[i]
        if kind == "n":
            assert Decimal(value).quantize(Decimal("0.01")) == Decimal(cell), (r, i, value, cell)
            n += 1
        else:
            assert value == cell, (r, i, value, cell)
assert n > 0
print(n, "numbers")
PY
    then pass "$1 ($(cat "$tmp/cmp"))"; else fail "$1"; cat "$tmp/cmp"; fi
}

check_dir() {
    dir=$1 what=$2 asof=$3
    for f in table csv json markdown html xlsx; do
        if run "$what: report --format $f" 0 report "$dir" --as-of "$asof" --format $f; then
            if [ -s "$tmp/out" ]; then pass "$what: report $f not empty"; else fail "$what: report $f not empty"; fi
        fi
        if run "$what: score --format $f" 0 score "$dir" --format $f; then
            if [ -s "$tmp/out" ]; then pass "$what: score $f not empty"; else fail "$what: score $f not empty"; fi
        fi
        run "$what: validate --format $f" 0 validate "$dir" --format $f && pass "$what: validate --format $f"
    done
    # xlsx back to the CSV: the project sheet (the third) of the whole report.
    if run "$what: report xlsx --out" 0 report "$dir" --as-of "$asof" --format xlsx --out "$tmp/r.xlsx" &&
        run "$what: report csv" 0 report "$dir" --as-of "$asof" --format csv; then
        cp "$tmp/out" "$tmp/r.csv"
        xlsx_equals_csv "$what: xlsx projects sheet equals the CSV" "$tmp/r.xlsx" 3 "$tmp/r.csv"
    fi
    if run "$what: report html" 0 report "$dir" --as-of "$asof" --format html --out "$tmp/r.html"; then
        if grep -q "<svg " "$tmp/r.html" && ! grep -q "<script" "$tmp/r.html"; then
            pass "$what: html has inline SVG and no script"
        else
            fail "$what: html has inline SVG and no script"
        fi
    fi
    if run "$what: chart overview" 0 chart "$dir" --as-of "$asof" --headers zh --out "$tmp/o.svg"; then
        if xml_ok "$tmp/o.svg"; then pass "$what: overview SVG well-formed"; else fail "$what: overview SVG"; cat "$tmp/xml"; fi
    fi
}

# --- examples/data -----------------------------------------------------
check_dir "$data" examples 2024-08-31

# The table fits 120 columns by default and 125 when asked (a CJK
# character counting two); the report's eight numbers and its status take
# about 95 columns, so 120 cuts every name column.
for w in 120 125; do
    if run "report table --width $w" 0 report "$data" --as-of 2024-08-31 --width $w; then
        if python3 - "$tmp/out" "$w" <<'PY'
import sys, unicodedata
w = int(sys.argv[2])
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
width = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
sys.exit(0 if max(width(l) for l in lines) <= w and any("\u2026" in l for l in lines) else 1)
PY
        then pass "table fits $w columns, names cut with …"; else fail "table fits $w columns"; cat "$tmp/out"; fi
    fi
done

# Chinese headers in every format when asked; the department roll-up 全部.
if run "report csv --headers zh" 0 report "$data" --format csv --headers zh --level department; then
    if head -1 "$tmp/out" | grep -q "^部门,年初预算数,全年预算数,执行数," && grep -q "^全部," "$tmp/out"; then
        pass "csv headers in Chinese"
    else
        fail "csv headers in Chinese"; head -2 "$tmp/out"
    fi
fi
if run "report table --headers zh" 0 report "$data" --headers zh --as-of 2024-08-31; then
    if grep -q "执行率(%)" "$tmp/out" && grep -q "严重滞后" "$tmp/out"; then
        pass "table headers and statuses in Chinese"
    else
        fail "table headers and statuses in Chinese"; head -5 "$tmp/out"
    fi
fi

# --bom, --out atomically (only the file, no temporary left), bad values.
if run "report --bom --out" 0 report "$data" --format csv --bom --out "$tmp/bom.csv"; then
    if [ "$(head -c 3 "$tmp/bom.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] && [ ! -s "$tmp/out" ]; then
        pass "--bom starts the file with EF BB BF, stdout empty"
    else
        fail "--bom"; od -c "$tmp/bom.csv" | head -2
    fi
    if [ "$(ls "$tmp" | grep -c '^bom.csv')" -eq 1 ]; then pass "no temporary file left"; else fail "temporary file left"; ls "$tmp"; fi
fi
run "--format bad exits 2" 2 report "$data" --format xml && pass "--format xml refused"
run "--headers bad exits 2" 2 report "$data" --headers fr && pass "--headers fr refused"
run "--width -5 exits 2" 2 report "$data" --width -5 && pass "--width -5 refused"
run "--out into a missing folder exits 2" 2 report "$data" --format csv --out "$tmp/no/such/r.csv" &&
    pass "--out into a missing folder fails"

# A name starting with '=' stays text in xlsx.
mkdir "$tmp/eq"
printf 'code,name,unit,year,budget,plan_06,plan_12\nE1,=SUM(1),U,2024,100.00,50,100\n' >"$tmp/eq/projects.csv"
if run "xlsx with =name" 0 report "$tmp/eq" --format xlsx --level project --out "$tmp/eq.xlsx" &&
    run "csv with =name" 0 report "$tmp/eq" --format csv; then
    cp "$tmp/out" "$tmp/eq.csv"
    xlsx_equals_csv "=SUM(1) is a string, never a formula" "$tmp/eq.xlsx" 1 "$tmp/eq.csv"
fi

# Charts: a project's S-curve, a unit's projects; unknown code or unit: exit 2.
if run "chart --code" 0 chart "$data" --code GXQ-2024-001 --as-of 2024-08-31 --out "$tmp/s.svg"; then
    if xml_ok "$tmp/s.svg" && grep -q "2024-08-31" "$tmp/s.svg" && grep -q "polyline" "$tmp/s.svg"; then
        pass "S-curve: well-formed, as-of line, curves"
    else
        fail "S-curve"; cat "$tmp/xml"
    fi
fi
unit=$(sed -n 2p "$data/projects.csv" | python3 -c 'import csv,sys; r=next(csv.reader(sys.stdin)); print(r[2])' 2>/dev/null)
if [ -n "$unit" ] && run "chart --unit" 0 chart "$data" --unit "$unit"; then
    cp "$tmp/out" "$tmp/u.svg"
    if xml_ok "$tmp/u.svg"; then pass "unit overview well-formed"; else fail "unit overview"; cat "$tmp/xml"; fi
fi
run "chart unknown code exits 2" 2 chart "$data" --code NOPE && pass "unknown code refused"
run "chart unknown unit exits 2" 2 chart "$data" --unit NOPE && pass "unknown unit refused"

# --- generated data ------------------------------------------------------
gen="${SHARED_DIR:-$top_srcdir/../shared}/datagen/budget-datagen"
if [ -f "$gen" ]; then
    if python3 "$gen" --projects 60 --transactions 3000 --units 4 --out "$tmp/gen" -q; then
        check_dir "$tmp/gen" generated 2024-06-30
    else
        fail "datagen could not write $tmp/gen"
    fi
else
    echo "note: $gen not found: generated data not checked (examples/data was)"
fi

finish
