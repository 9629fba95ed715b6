#!/bin/sh
# `budget report` and `budget score` in --format json and markdown: the JSON
# carries exactly the numbers of the CSV (every cell compared, for
# examples/data at 2024-08-31 at the three levels, and the three score
# tables), Markdown has one line per row, a name with a leading space reads
# back, a write error is an exit 2.
# Environment (set by tests/Makefile.am): BUDGET, srcdir, top_srcdir.
# Exit: 0 pass, 1 fail, 77 skip (no python3 to read the JSON).

BUDGET=${BUDGET:-../tools/budget}
srcdir=${srcdir:-.}
top_srcdir=${top_srcdir:-$srcdir/..}
data="$top_srcdir/examples/data"

if ! command -v python3 >/dev/null 2>&1; then
    echo "SKIP: python3 is needed to read the JSON"
    exit 77
fi

TEST_NAME=test-export-cli
. "$srcdir/cli-lib.sh"

if [ ! -f "$data/projects.csv" ]; then
    fail "examples/data is missing ($data)"
    finish
fi

# json_equals_csv NAME JSON CSV MIN_ROWS: every JSON value is its CSV cell
# (a string equal to it, null for an empty cell, an integer for a count),
# columns and rows in the same order, at least MIN_ROWS rows.
json_equals_csv() {
    if python3 - "$2" "$3" "$4" >"$tmp/cmp" 2>&1 <<'EOF'
import csv, json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
rows = list(csv.reader(open(sys.argv[2], encoding="utf-8", newline="")))
header, body = rows[0], rows[1:]
assert doc["columns"] == header, (doc["columns"], header)
assert len(doc["rows"]) == len(body), (len(doc["rows"]), len(body))
assert len(body) >= int(sys.argv[3]), len(body)
n = 0
for obj, cells in zip(doc["rows"], body):
    assert list(obj.keys()) == header, list(obj.keys())
    for name, cell in zip(header, cells):
        v = obj[name]
        if v is None:
            assert cell == "", (name, cell)
        elif isinstance(v, bool) or isinstance(v, float):
            raise AssertionError("%s: %r is not a string or a count" % (name, v))
        elif isinstance(v, int):
            assert name == "n_projects" and str(v) == cell, (name, v, cell)
        else:
            assert v == cell, (name, v, cell)
        n += 1
print(n, "cells")
EOF
    then
        pass "$1 ($(cat "$tmp/cmp"))"
    else
        fail "$1"
        sed 's/^/    /' "$tmp/cmp" | tail -5
    fi
}

# --- report: JSON = CSV at the three levels ----------------------------------
for level in project unit department; do
    min=2
    [ $level = department ] && min=1
    if run "report --level $level csv" 0 report "$data" --as-of 2024-08-31 --level $level --format csv; then
        cp "$tmp/out" "$tmp/report.csv"
        if run "report --level $level json" 0 report "$data" --as-of 2024-08-31 --level $level --format json; then
            json_equals_csv "report --level $level: JSON carries the CSV's numbers" "$tmp/out" "$tmp/report.csv" $min
        fi
    fi
done

# In 万元 too (money exact with more decimals), and the document names it.
if run "report wan csv" 0 report "$data" --as-of 2024-08-31 --money-unit wan --format csv; then
    cp "$tmp/out" "$tmp/report.csv"
    if run "report wan json" 0 report "$data" --as-of 2024-08-31 --money-unit wan --format json; then
        json_equals_csv "report in wan: JSON carries the CSV's numbers" "$tmp/out" "$tmp/report.csv" 2
        if grep -q '^{"table":"report","as_of":"2024-08-31","level":"project","money_unit":"wan",' "$tmp/out"; then
            pass "report json names table, date, level and unit"
        else
            fail "report json names table, date, level and unit"; head -c 300 "$tmp/out"
        fi
    fi
fi

# --- score: the three tables --------------------------------------------------
for table in "" --detail --department; do
    if run "score ${table:-summary} csv" 0 score "$data" --as-of 2024-08-31 $table --format csv; then
        cp "$tmp/out" "$tmp/score.csv"
        if run "score ${table:-summary} json" 0 score "$data" --as-of 2024-08-31 $table --format json; then
            json_equals_csv "score ${table:-summary}: JSON carries the CSV's numbers" "$tmp/out" "$tmp/score.csv" 2
        fi
    fi
done

# --- markdown: header, alignment row, one line per CSV row ----------------------
if run "report markdown" 0 report "$data" --as-of 2024-08-31 --format markdown; then
    n_md=$(wc -l <"$tmp/out")
    "$BUDGET" report "$data" --as-of 2024-08-31 --format csv >"$tmp/report.csv" 2>/dev/null
    n_csv=$(wc -l <"$tmp/report.csv")
    if [ "$n_md" -eq $((n_csv + 1)) ] && sed -n 2p "$tmp/out" | grep -q '^| --- | --- | ---: |'; then
        pass "report markdown: $n_md lines for $n_csv CSV lines"
    else
        fail "report markdown: $n_md lines for $n_csv CSV lines"; head -3 "$tmp/out"
    fi
fi
if run "score --format md" 0 score "$data" --format md --department; then
    # 9 ratios + header + alignment row
    if [ "$(wc -l <"$tmp/out")" -eq 11 ] && grep -q '^| budget\\_adjustment\\_rate | 预算调整率 |' "$tmp/out"; then
        pass "score --department markdown"
    else
        fail "score --department markdown"; cat "$tmp/out"
    fi
fi

# --- one quoting rule: a name with a leading space reads back ------------------
mkdir "$tmp/space"
printf 'code,name,unit,year,budget\nP1," lead, ""q""",U,2024,100.00\n' >"$tmp/space/projects.csv"
if run "report csv with a leading space" 0 report "$tmp/space" --as-of 2024-06-30 --format csv; then
    # The name column (16th) is quoted: without quotes, a reader trims it.
    if grep -q '^P1,U,.*,\" lead, \"\"q\"\"\",' "$tmp/out"; then
        pass "a name with a leading space is quoted"
    else
        fail "a name with a leading space is quoted"; cat "$tmp/out"
    fi
    # Read back as a projects.csv (code, name, unit, budget_original as
    # budget): validate finds it good and the report shows the same name.
    python3 - "$tmp/out" "$tmp/back.csv" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    f.write("code,name,unit,year,budget\n")
    for r in rows:
        f.write("%s,\"%s\",%s,2024,%s\n" % (r["code"], r["name"].replace('"', '""'), r["unit"], r["budget_original"]))
EOF
    mkdir "$tmp/back" && mv "$tmp/back.csv" "$tmp/back/projects.csv"
    if run "report of the read-back file" 0 report "$tmp/back" --as-of 2024-06-30 --format json; then
        if grep -q '"name":" lead, \\"q\\""' "$tmp/out"; then
            pass "the name reads back exactly (JSON)"
        else
            fail "the name reads back exactly (JSON)"; cat "$tmp/out"
        fi
    fi
fi

# --- errors --------------------------------------------------------------------
run "report unknown --format exits 2" 2 report "$data" --format xml &&
    if grep -q "unknown value 'xml' (use one of: table, csv, json, markdown, html, xlsx)" "$tmp/err"; then
        pass "report unknown --format names the formats"
    else
        fail "report unknown --format names the formats"; cat "$tmp/err"
    fi
run "score unknown --format exits 2" 2 score "$data" --format xml && pass "score unknown --format exits 2"
if [ -w /dev/full ]; then
    "$BUDGET" report "$data" --format json >/dev/full 2>"$tmp/err"
    rc=$?
    if [ $rc -eq 2 ] && grep -q "cannot write to standard output" "$tmp/err"; then
        pass "a full disk is exit 2, said on stderr"
    else
        fail "a full disk is exit 2, said on stderr (exit $rc)"; cat "$tmp/err"
    fi
fi

finish
