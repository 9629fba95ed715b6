#!/usr/bin/env python3
"""Print the projects behind their disbursement plan at a date.

    python3 examples/behind-plan.py [DIR [YYYY-MM-DD]]

DIR defaults to $BUDGET_EXAMPLE_DATA or examples/data, the date to 31 August
of the book's year. A project is behind when its status is behind or
seriously_behind (execution rate more than 5 or 15 percentage points under
the planned percent: the library's default thresholds). Run by make check.
"""
import datetime
import os
import sys

import budget

here = os.path.dirname(os.path.abspath(__file__))
folder = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("BUDGET_EXAMPLE_DATA", os.path.join(here, "data"))

book = budget.Book.load(folder)
as_of = (datetime.date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2
         else datetime.date(book.year, 8, 31))

behind = [row for row in book.report(as_of=as_of) if row.status in ("behind", "seriously_behind")]
behind.sort(key=lambda row: row.variance_pp)

print("Projects behind plan on %s (%d of %d):" % (as_of, len(behind), len(book.projects)))
for row in behind:
    print("%-20s %8s%% executed, %6s%% planned, %7s pp  %s  short %s yuan  %s" % (
        row.code, row.execution_rate_pct, row.planned_pct, row.variance_pp, row.status,
        -row.variance_amount, row.name))
