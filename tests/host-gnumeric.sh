#!/bin/sh
# Gnumeric as a real host (issue 8, part 3): a Python plugin function
# =BUDGET_RATE(executed, budget) over the budget package, computed by
# `ssconvert --recalc` for each project of examples/data; the written cells
# must be the CLI's execution rates (`budget report --format csv`).
# Gnumeric embeds Debian's /usr/bin/python3: the plugin puts the binding
# built for it on its own sys.path (PYTHONPATH stays unset).
# Environment (tests/Makefile.am): top_builddir, top_srcdir, BUDGET.
# Exit: 0 pass, 1 fail, 77 skip (Gnumeric or its Python loader absent).

: "${top_srcdir:?}" "${top_builddir:?}" "${BUDGET:?}"
if ! command -v ssconvert >/dev/null 2>&1; then
    echo "SKIP: ssconvert not found (apt-get install gnumeric gnumeric-plugins-extra, or tools/setup-debian.sh --hosts)"
    exit 77
fi
loader=$(ls -d /usr/lib/gnumeric/*/plugins/python-loader 2>/dev/null | head -n 1)
if [ -z "$loader" ]; then
    echo "SKIP: Gnumeric's Python loader not found (apt-get install gnumeric-plugins-extra)"
    exit 77
fi
version=$(basename "$(dirname "$(dirname "$loader")")")
build=
for f in "$top_builddir"/bindings/python/build/*/python; do
    if [ "$(cat "$f")" = /usr/bin/python3 ]; then build=$(dirname "$f"); fi
done
if [ -z "$build" ]; then
    echo "FAIL: the binding is not built for /usr/bin/python3, which Gnumeric embeds (configure --with-python)"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/host-gnumeric.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
plugin=$tmp/home/.gnumeric/$version/plugins/budget
mkdir -p "$plugin"

cat >"$plugin/plugin.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<plugin id="Budget_PyFunc">
	<information>
		<name>libbudget</name>
		<description>Budget execution functions of the budget Python package</description>
	</information>
	<loader type="Gnumeric_PythonLoader:python">
		<attribute value="budget_gnumeric" name="module_name"/>
	</loader>
	<services>
		<service type="function_group" id="budget">
			<category>Budget</category>
			<functions>
				<function name="budget_rate"/>
			</functions>
		</service>
	</services>
</plugin>
XML
cat >"$plugin/budget_gnumeric.py" <<PY
import sys
sys.path.insert(0, "$build")
from Gnumeric import *
import budget


def func_rate(executed, budget_amount):
	'@FUNCTION=BUDGET_RATE\n@SYNTAX=BUDGET_RATE(executed,budget)\n@DESCRIPTION=Execution rate in percent (libbudget), rounded to 2 decimals; #DIV/0! without a budget\n@EXAMPLES=\n@SEEALSO='
	rate = budget.execution_rate(executed, budget_amount)
	if rate is None:
		raise GnumericError(GnumericErrorDIV0)
	return float(rate)


budget_functions = {
	'budget_rate': ('ff', 'executed, budget', func_rate),
}
PY

"$BUDGET" report --format csv "$top_srcdir/examples/data" >"$tmp/report.csv" || { echo "FAIL: budget report"; exit 1; }

# The sheet: code, executed, budget (the CLI's money), =BUDGET_RATE(B,C);
# one more row with a zero budget.
/usr/bin/python3 - "$tmp/report.csv" "$tmp/in.gnumeric" <<'PY' || { echo "FAIL: cannot write the sheet"; exit 1; }
import csv, sys
from xml.sax.saxutils import escape
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
rows.append({"code": "ZERO", "executed": "5", "budget_adjusted": "0"})
cells = []
for r, row in enumerate(rows):
    cells.append('<gnm:Cell Row="%d" Col="0" ValueType="60">%s</gnm:Cell>' % (r, escape(row["code"])))
    cells.append('<gnm:Cell Row="%d" Col="1" ValueType="40">%s</gnm:Cell>' % (r, row["executed"]))
    cells.append('<gnm:Cell Row="%d" Col="2" ValueType="40">%s</gnm:Cell>' % (r, row["budget_adjusted"]))
    cells.append('<gnm:Cell Row="%d" Col="3">=BUDGET_RATE(B%d,C%d)</gnm:Cell>' % (r, r + 1, r + 1))
open(sys.argv[2], "w", encoding="utf-8").write(
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">'
    '<gnm:SheetNameIndex><gnm:SheetName>Rates</gnm:SheetName></gnm:SheetNameIndex>'
    '<gnm:Sheets><gnm:Sheet><gnm:Name>Rates</gnm:Name>'
    '<gnm:MaxCol>4</gnm:MaxCol><gnm:MaxRow>%d</gnm:MaxRow><gnm:Cells>%s</gnm:Cells>'
    '</gnm:Sheet></gnm:Sheets></gnm:Workbook>\n' % (len(rows), "".join(cells)))
PY

# Gnumeric 1.12.55 may crash while unloading Python functions at exit, after
# it has written the file: the cells decide, the exit status is reported.
(cd "$tmp" && env -u PYTHONPATH -u PYTHONHOME HOME="$tmp/home" timeout 300 \
    ssconvert --recalc in.gnumeric out.csv >"$tmp/ssconvert.log" 2>&1)
rc=$?
[ "$rc" -eq 0 ] || echo "note: ssconvert exited with $rc"
if [ ! -s "$tmp/out.csv" ]; then
    cat "$tmp/ssconvert.log"
    echo "FAIL: ssconvert wrote nothing"
    exit 1
fi

/usr/bin/python3 - "$tmp/report.csv" "$tmp/out.csv" <<'PY'
import csv, sys
from decimal import Decimal
want = {r["code"]: r["execution_rate_pct"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline=""))}
got = {row[0]: row[3] for row in csv.reader(open(sys.argv[2], encoding="utf-8", newline="")) if row}
bad = 0
for code, rate in want.items():
    cell = got.get(code)
    # the cell holds the rate as a spreadsheet number (a double, for display):
    # it must be the double nearest the library's exact 2-decimal rate
    ok = cell is not None and rate != "" and float(cell) == float(Decimal(rate))
    print("%s %-22s cli %-8s sheet %s" % ("ok  " if ok else "FAIL", code, rate, cell))
    bad += not ok
zero = got.get("ZERO", "")
print("%s zero budget: %s" % ("ok  " if "#DIV/0!" in zero else "FAIL", zero))
bad += "#DIV/0!" not in zero
sys.exit(1 if bad or not want else 0)
PY
