#!/usr/bin/env python3
"""Benchmark (not a test): the Python binding's cell-sized functions against
the same formulas written in pure Python with decimal.Decimal and the same
exactness (money refused past 2 decimals, rates rounded half away from
zero), and Book.load + report against `budget report --format csv`.

    PYTHONPATH=bindings/python/build/1 python3 bench/python-cells.py [--book DIR] [--budget tools/budget]

Prints Markdown tables: ns per call (best of 5 repeats of timeit), and for
--book the median wall time of 3 interleaved runs. The pure-Python formulas
are checked equal to the binding on the benchmark's inputs before timing.
"""
import argparse
import calendar
import datetime
import re
import statistics
import subprocess
import sys
import time
import timeit
from decimal import Decimal, ROUND_HALF_UP

import budget

CENT = Decimal("0.01")
UNITS = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}
MONEY = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(元|万元|亿元)?$")


def py_parse_money(text):
    """Pure Python: yuan with 元/万元/亿元, thousands separators, exact or refused."""
    m = MONEY.match(text.strip())
    if not m:
        raise ValueError("not an amount: %r" % text)
    value = Decimal(m.group(1) + m.group(2).replace(",", "") + ("." + m.group(3) if m.group(3) else ""))
    value *= UNITS[m.group(4) or "元"]
    if value != value.quantize(CENT):
        raise ValueError("more than 2 decimals")
    if abs(value) * 100 > 2 ** 63 - 1:
        raise OverflowError("amount out of range")
    return value.quantize(CENT)


def py_execution_rate(executed, budget_amount):
    executed, budget_amount = py_parse_money(str(executed)), py_parse_money(str(budget_amount))
    if budget_amount <= 0:
        return None
    return (executed * 100 / budget_amount).quantize(CENT, rounding=ROUND_HALF_UP)


def py_planned_percent(plan, as_of):
    """Step method, cumulative plan (checked non-decreasing and ending at 100)."""
    months = sorted(plan)
    values = [Decimal(plan[m]) for m in months]
    if any(b < a for a, b in zip(values, values[1:])) or values[-1] != 100:
        return None
    reached = Decimal(0)
    for m, v in zip(months, values):
        if datetime.date(as_of.year, m, calendar.monthrange(as_of.year, m)[1]) <= as_of:
            reached = v
    return reached.quantize(CENT, rounding=ROUND_HALF_UP)


def py_time_progress(as_of):
    days = 366 if calendar.isleap(as_of.year) else 365
    elapsed = as_of.timetuple().tm_yday
    return (Decimal(elapsed) * 100 / days).quantize(CENT, rounding=ROUND_HALF_UP)


TARGET = re.compile(r"^(≥|>=|≤|<=|>|<|=)?\s*(\d+(?:\.\d+)?)\s*%$")


def py_evaluate_target(target, actual):
    """Comparator + percent targets only (the binding reads every kind)."""
    t, a = TARGET.match(target), TARGET.match(actual)
    cmp, goal, value = t.group(1) or "≥", Decimal(t.group(2)), Decimal(a.group(2))
    met = {"≥": value >= goal, ">=": value >= goal, ">": value > goal, "≤": value <= goal,
           "<=": value <= goal, "<": value < goal, "=": value == goal}[cmp]
    ratio = (value * 100 / goal).quantize(CENT, rounding=ROUND_HALF_UP)
    return ("met" if met else "not_met"), ratio


def py_score_indicator(target, actual, weight):
    result, _ = py_evaluate_target(target, actual)
    if result == "met":
        return Decimal(weight)
    goal, value = Decimal(TARGET.match(target).group(2)), Decimal(TARGET.match(actual).group(2))
    return (Decimal(weight) * value / goal).quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)


PLAN = {3: 25, 6: 50, 10: 75, 12: 100}
AS_OF = datetime.date(2024, 8, 31)

CASES = [
    ("parse_money('191.2176万元')", lambda: budget.parse_money("191.2176万元"),
     lambda: py_parse_money("191.2176万元")),
    ("execution_rate('1912176', '2500000')", lambda: budget.execution_rate("1912176", "2500000"),
     lambda: py_execution_rate("1912176", "2500000")),
    ("execution_rate(1912176, 2500000) (int)", lambda: budget.execution_rate(1912176, 2500000),
     lambda: py_execution_rate(1912176, 2500000)),
    ("planned_percent(plan, date)", lambda: budget.planned_percent(PLAN, AS_OF),
     lambda: py_planned_percent(PLAN, AS_OF)),
    ("time_progress(date)", lambda: budget.time_progress(AS_OF), lambda: py_time_progress(AS_OF)),
    ("evaluate_target('≥95%', '90%')", lambda: budget.evaluate_target("≥95%", "90%")[:1] + (
        budget.evaluate_target("≥95%", "90%").ratio,), lambda: py_evaluate_target("≥95%", "90%")),
    ("score_indicator('≥95%', '90%', 10)", lambda: budget.score_indicator("≥95%", "90%", 10).score,
     lambda: py_score_indicator("≥95%", "90%", 10)),
]


def per_call_ns(fn, number):
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e9


def bench_cells(number):
    for name, ours, pure in CASES:
        got, want = ours(), pure()
        if name.startswith("evaluate_target"):
            got = (got[0], got[1])
        assert got == want, (name, got, want)
    print("| function | binding ns/call | pure Python ns/call | pure ÷ binding |")
    print("|---|---:|---:|---:|")
    timed = [("evaluate_target('≥95%', '90%')", lambda: budget.evaluate_target("≥95%", "90%"),
              lambda: py_evaluate_target("≥95%", "90%"))]
    for name, ours, pure in CASES:
        if name.startswith("evaluate_target"):
            ours = timed[0][1]
        b, p = per_call_ns(ours, number), per_call_ns(pure, number)
        print("| `%s` | %.0f | %.0f | %.1f |" % (name, b, p, p / b))


def bench_book(folder, cli, as_of, runs):
    def python_run():
        book = budget.Book.load(folder, as_of=as_of)
        return len(book.report())

    def cli_run():
        subprocess.run([cli, "report", "--format", "csv", "--as-of", as_of, folder], check=True,
                       stdout=subprocess.DEVNULL)

    times = {"python": [], "cli": []}
    for _ in range(runs):
        for name, fn in (("cli", cli_run), ("python", python_run)):
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    cli_s, py_s = statistics.median(times["cli"]), statistics.median(times["python"])
    print("| run | median wall s | × CLI |")
    print("|---|---:|---:|")
    print("| `budget report --format csv` | %.2f | 1.00 |" % cli_s)
    print("| `Book.load(dir, as_of=...)` + `report()` | %.2f | %.2f |" % (py_s, py_s / cli_s))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--number", type=int, default=20000, help="calls per timeit repeat")
    ap.add_argument("--book", help="a data folder for Book.load + report against the CLI")
    ap.add_argument("--budget", default="tools/budget", help="the CLI")
    ap.add_argument("--as-of", default="2024-08-31")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print("Python %s, libbudget %s\n" % (sys.version.split()[0], budget.library_version))
    bench_cells(args.number)
    if args.book:
        print()
        bench_book(args.book, args.budget, args.as_of, args.runs)


if __name__ == "__main__":
    main()
