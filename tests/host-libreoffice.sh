#!/bin/sh
# LibreOffice Calc as a real host (issue 8, part 3): a Python macro, run by
# headless soffice in its own profile, loads examples/data with the budget
# package, writes each project's code and execution rate into a new sheet
# and saves it as .ods; the saved cells are read back (content.xml) and must
# be the CLI's rates. A failing macro still lets soffice exit 0, so only the
# cells count. LibreOffice embeds Debian's /usr/bin/python3: the macro puts
# the binding built for it on its own sys.path; PYTHONHOME and PYTHONPATH
# are unset for soffice.
# Environment (tests/Makefile.am): top_builddir, top_srcdir, BUDGET.
# Exit: 0 pass, 1 fail, 77 skip (LibreOffice or its Python provider absent).

: "${top_srcdir:?}" "${top_builddir:?}" "${BUDGET:?}"
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
    echo "SKIP: soffice not found (apt-get install libreoffice-calc-nogui libreoffice-script-provider-python, or tools/setup-debian.sh --hosts)"
    exit 77
fi
if [ ! -f /usr/lib/libreoffice/program/pythonscript.py ]; then
    echo "SKIP: LibreOffice's Python script provider not found (apt-get install libreoffice-script-provider-python)"
    exit 77
fi
build=
for f in "$top_builddir"/bindings/python/build/*/python; do
    if [ "$(cat "$f")" = /usr/bin/python3 ]; then build=$(dirname "$f"); fi
done
if [ -z "$build" ]; then
    echo "FAIL: the binding is not built for /usr/bin/python3, which LibreOffice embeds (configure --with-python)"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/host-libreoffice.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
data=$(cd "$top_srcdir/examples/data" && pwd)
mkdir -p "$tmp/profile/user/Scripts/python"

cat >"$tmp/profile/user/Scripts/python/budget_rates.py" <<PY
import sys
import traceback

sys.path.insert(0, "$build")

import uno
from com.sun.star.beans import PropertyValue


def write_rates(*args):
    desktop = XSCRIPTCONTEXT.getDesktop()
    try:
        import budget
        hidden = PropertyValue()
        hidden.Name = "Hidden"
        hidden.Value = True
        doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (hidden,))
        if doc is None:
            raise RuntimeError("LibreOffice did not create a Calc document")
        sheet = doc.Sheets.getByIndex(0)
        book = budget.Book.load("$data")
        sheet.getCellByPosition(0, 0).setString("code")
        sheet.getCellByPosition(1, 0).setString("execution_rate_pct")
        sheet.getCellByPosition(2, 0).setString("module")
        for i, row in enumerate(book.report(), start=1):
            sheet.getCellByPosition(0, i).setString(row.code)
            if row.execution_rate_pct is not None:
                # a spreadsheet number, for display; the exact value is the Decimal
                sheet.getCellByPosition(1, i).setValue(float(row.execution_rate_pct))
        sheet.getCellByPosition(2, 1).setString(budget.__file__)
        filt = PropertyValue()
        filt.Name = "FilterName"
        filt.Value = "calc8"
        doc.storeToURL(uno.systemPathToFileUrl("$tmp/rates.ods"), (filt,))
        doc.close(True)
    except Exception:
        with open("$tmp/macro-error.txt", "w") as f:
            traceback.print_exc(file=f)
    finally:
        desktop.terminate()


g_exportedScripts = (write_rates,)
PY

"$BUDGET" report --format csv "$data" >"$tmp/report.csv" || { echo "FAIL: budget report"; exit 1; }

env -u PYTHONPATH -u PYTHONHOME HOME="$tmp" timeout 600 "$soffice" --headless --invisible --norestore \
    --nolockcheck "-env:UserInstallation=file://$tmp/profile" \
    "vnd.sun.star.script:budget_rates.py\$write_rates?language=Python&location=user" \
    >"$tmp/soffice.log" 2>&1
rc=$?
[ "$rc" -eq 0 ] || echo "note: soffice exited with $rc"
if [ -s "$tmp/macro-error.txt" ]; then
    cat "$tmp/macro-error.txt"
    echo "FAIL: the macro raised"
    exit 1
fi
if [ ! -s "$tmp/rates.ods" ]; then
    cat "$tmp/soffice.log"
    echo "FAIL: the macro saved no .ods"
    exit 1
fi

/usr/bin/python3 - "$tmp/report.csv" "$tmp/rates.ods" "$build" <<'PY'
import csv, sys, zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal

ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
root = ET.fromstring(zipfile.ZipFile(sys.argv[2]).read("content.xml"))
rows = []
for tr in root.iter("{%s}table-row" % ns["table"]):
    cells = []
    for tc in tr.findall("table:table-cell", ns):
        repeat = int(tc.get("{%s}number-columns-repeated" % ns["table"], "1"))
        value = tc.get("{%s}value" % ns["office"])
        if value is None:
            value = "".join(p.text or "" for p in tc.findall("text:p", ns))
        cells.extend([value] * min(repeat, 4))
    rows.append(cells)
got = {r[0]: r[1] if len(r) > 1 else "" for r in rows[1:] if r and r[0]}
module = rows[1][2] if len(rows) > 1 and len(rows[1]) > 2 else ""
want = {r["code"]: r["execution_rate_pct"]
        for r in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline=""))}
bad = 0
if not module.startswith(sys.argv[3]):
    print("FAIL: the macro imported budget from %r, not the build for /usr/bin/python3" % module)
    bad += 1
for code, rate in want.items():
    cell = got.get(code)
    ok = cell is not None and (float(cell) == float(Decimal(rate)) if rate else cell == "")
    print("%s %-22s cli %-8s ods %s" % ("ok  " if ok else "FAIL", code, rate, cell))
    bad += not ok
if len(got) != len(want):
    print("FAIL: %d rows in the .ods, %d in the report" % (len(got), len(want)))
    bad += 1
sys.exit(1 if bad or not want else 0)
PY
