"""Agreement (issue 8, part 4): the Python report and scores are the CLI's,
cell for cell, on examples/data and on generated data (../shared/datagen)."""
import csv
import io
import os
import subprocess
import sys
import tempfile
import shutil
import unittest

import budget
from support import BUDGET, SHARED_DIR, UNDER_VALGRIND, require_examples


def cli_rows(*args):
    out = subprocess.run([BUDGET] + list(args), check=True, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL).stdout
    return list(csv.reader(io.StringIO(out.decode("utf-8-sig"), newline="")))


def py_rows(rows):
    """Rows as the CSV cells the CLI writes: Decimal as str (its exact
    digits), None as an empty cell."""
    def cell(v):
        return "" if v is None else str(v)
    return [list(rows.columns)] + [[cell(v) for v in row] for row in rows]


class AgreementCase(unittest.TestCase):
    def assert_report_agrees(self, folder, as_of=None, lenient=False, **options):
        args = ["report", "--format", "csv"]
        if as_of:
            args += ["--as-of", as_of]
        if lenient:
            args.append("--lenient")
        flags = {"level": "--level", "plan_method": "--plan-method", "time_method": "--time-method",
                 "denominator": "--denominator", "money_unit": "--money-unit"}
        for key, value in options.items():
            args += ["%s=%s" % (flags[key], value)]
        expected = cli_rows(*(args + [folder]))
        book = budget.Book.load(folder, lenient=lenient)
        got = py_rows(book.report(as_of=as_of, **options))
        self.assertGreater(len(expected), 1)
        self.assertEqual(got, expected, "report %s %s" % (folder, args))


@unittest.skipIf(BUDGET is None, "BUDGET (the CLI) not set: run through tests/test-python.sh")
class ExamplesAgreementTest(AgreementCase):
    def test_report_at_dates_and_levels(self):
        folder = require_examples()
        for as_of in ("2024-03-31", "2024-08-31", "2024-12-31"):
            for level in ("project", "unit", "department"):
                with self.subTest(as_of=as_of, level=level):
                    self.assert_report_agrees(folder, as_of, level=level)

    def test_report_options(self):
        folder = require_examples()
        self.assert_report_agrees(folder, "2024-08-31", plan_method="linear", time_method="months",
                                  denominator="original", money_unit="wan")

    def test_example_script_lists_the_cli_behind_rows(self):
        folder = require_examples()
        script = os.path.join(os.path.dirname(folder), "behind-plan.py")
        out = subprocess.run([sys.executable, script, folder, "2024-08-31"], check=True,
                             stdout=subprocess.PIPE).stdout.decode()
        listed = {line.split()[0] for line in out.splitlines()[1:]}
        rows = cli_rows("report", "--format", "csv", "--as-of", "2024-08-31", folder)
        status = rows[0].index("status")
        behind = {r[0] for r in rows[1:] if r[status] in ("behind", "seriously_behind")}
        self.assertTrue(behind)
        self.assertEqual(listed, behind)

    def test_scores(self):
        folder = require_examples()
        expected = cli_rows("score", "--format", "csv", folder)
        self.assertEqual(py_rows(budget.Book.load(folder).score()), expected)


@unittest.skipIf(BUDGET is None, "BUDGET (the CLI) not set: run through tests/test-python.sh")
class GeneratedAgreementTest(AgreementCase):
    @classmethod
    def setUpClass(cls):
        datagen = os.path.join(SHARED_DIR, "datagen", "budget-datagen")
        if not os.path.exists(datagen):
            raise unittest.SkipTest("../shared/datagen not found")
        cls.tmp = tempfile.mkdtemp(prefix="budget-py-agree-")
        size = ["--projects", "40", "--transactions", "2000"] if UNDER_VALGRIND else \
               ["--projects", "300", "--transactions", "40000"]  # a ledger over 4 MiB: split across threads
        cls.good = os.path.join(cls.tmp, "good")
        cls.bad = os.path.join(cls.tmp, "bad")
        subprocess.run([sys.executable, datagen, "--out", cls.good, "--seed", "7", "-q"] + size, check=True)
        subprocess.run([sys.executable, datagen, "--out", cls.bad, "--seed", "8", "--bad-rows", "25", "-q"] + size,
                       check=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_generated_report(self):
        for as_of in ("2024-06-30", "2024-09-15", "2024-12-31"):
            for level in ("project", "unit", "department"):
                with self.subTest(as_of=as_of, level=level):
                    self.assert_report_agrees(self.good, as_of, level=level)

    def test_threads(self):
        # The ledger (about 5 MB) is cut into byte ranges when read by more
        # than one thread: every count of threads gives the one-pass rows.
        path = os.path.join(self.good, "transactions.csv")
        if not UNDER_VALGRIND:
            self.assertGreater(os.path.getsize(path), 4 * 1024 * 1024)
        one = list(budget.Book.load(self.good, as_of="2024-09-15", threads=1).report())
        for threads in (0, 2, 3):
            with self.subTest(threads=threads):
                self.assertEqual(list(budget.Book.load(self.good, as_of="2024-09-15", threads=threads).report()), one)
        self.assertEqual(len(one), 300 if not UNDER_VALGRIND else 40)
        with self.assertRaises(ValueError):
            budget.Book.load(self.good, threads=-1)

    def test_generated_lenient_report(self):
        self.assert_report_agrees(self.bad, "2024-10-31", lenient=True)
        book = budget.Book.load(self.bad, lenient=True)
        rejected = [p for p in book.problems if not p.is_warning]
        self.assertGreater(len(rejected), 0)
        self.assertTrue(all(p.file and p.line for p in rejected))


if __name__ == "__main__":
    unittest.main()
