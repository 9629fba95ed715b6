"""The reference report's columns from the Python binding (issue 13's peer list:
"the Python binding once it exists"). Usage: python3 python_report.py DIR AS_OF,
with the binding on PYTHONPATH (bench/run-peers.sh sets it to the build tree's)."""
import csv
import sys

import budget


def cell(value):
    return "" if value is None else str(value)


def main():
    folder, as_of = sys.argv[1], sys.argv[2]
    cols = ["code", "budget_adjusted", "executed", "execution_rate_pct", "planned_pct", "variance_pp"]
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(cols)
    with budget.Book.load(folder, as_of=as_of) as book:
        for row in book.report():
            out.writerow([cell(getattr(row, c)) for c in cols])


if __name__ == "__main__":
    main()
