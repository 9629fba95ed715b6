"""Book: load, read from file objects, projects, report, score, validate, errors."""
import csv
import datetime
import io
import os
import unittest
from decimal import Decimal

import budget
from support import TempDirCase, require_examples

PROJECTS = (
    "code,name,unit,year,budget,plan_03,plan_06,plan_10,plan_12\n"
    "P1,Roads,Unit A,2024,1000000,25,50,75,100\n"
    "P2,Schools,Unit B,2024,0,25,50,75,100\n"
)
TRANSACTIONS = (
    "date,code,amount\n"
    "2024-02-10,P1,300000\n"
    "2024-07-01,P1,200000\n"
    "2024-11-01,P1,100000\n"
)


class ExamplesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = require_examples()
        cls.book = budget.Book.load(cls.dir)
        with open(os.path.join(cls.dir, "projects.csv"), encoding="utf-8-sig", newline="") as f:
            cls.csv_rows = list(csv.DictReader(f))

    def test_projects_sequence_and_codes(self):
        projects = self.book.projects
        self.assertEqual(len(projects), len(self.csv_rows))
        # in code order (byte order), as the library and the reports give them
        self.assertEqual(projects.codes(), sorted((r["code"] for r in self.csv_rows), key=str.encode))
        first = self.csv_rows[0]
        self.assertEqual(projects[first["code"]].name, first["name"])
        self.assertEqual(projects[0], projects[projects[0].code])
        self.assertEqual(projects[-1], projects[len(projects) - 1])
        self.assertIn(first["code"], projects)
        self.assertNotIn("NO-SUCH", projects)
        self.assertIsInstance(projects[0].budget, Decimal)

    def test_unknown_code(self):
        with self.assertRaises(budget.NotFoundError) as cm:
            self.book.projects["NO-SUCH"]
        self.assertIsInstance(cm.exception, KeyError)
        self.assertEqual(cm.exception.code, "NOT_FOUND")
        with self.assertRaises(IndexError):
            self.book.projects[len(self.csv_rows)]

    def test_report_rows(self):
        rows = self.book.report(as_of=datetime.date(2024, 8, 31))
        self.assertEqual(len(rows), len(self.csv_rows))
        self.assertEqual(rows.columns[:3], ("code", "unit", "budget_original"))
        row = rows[0]
        self.assertIsInstance(row.executed, Decimal)
        self.assertIn(row.status, ("on_track", "ahead", "behind", "seriously_behind", "no_plan", "over_budget"))
        records = rows.to_records()
        self.assertEqual(records[0]["code"], row.code)
        self.assertEqual(set(records[0]), set(rows.columns))

    def test_roll_ups(self):
        dept = self.book.report(level="department")
        self.assertEqual(len(dept), 1)
        self.assertEqual(dept[0].department, "ALL")
        self.assertEqual(dept[0].n_projects, len(self.csv_rows))
        units = self.book.report(level="unit")
        self.assertEqual(sum(r.n_projects for r in units), len(self.csv_rows))

    def test_score_rows(self):
        rows = self.book.score()
        self.assertEqual(len(rows), len(self.csv_rows))
        self.assertEqual(rows.columns[0], "code")
        self.assertTrue(all(r.total is None or isinstance(r.total, Decimal) for r in rows))

    def test_bad_option_values(self):
        with self.assertRaises(ValueError):
            self.book.report(level="province")
        with self.assertRaises(ValueError):
            self.book.report(thresholds=(1, 2))


class SmallBookTest(TempDirCase):
    def test_small_book_by_hand(self):
        self.write("projects.csv", PROJECTS)
        self.write("transactions.csv", TRANSACTIONS)
        book = budget.Book.load(self.tmp)
        self.assertEqual(book.year, 2024)
        self.assertEqual(book.as_of, datetime.date(2024, 12, 31))
        rows = {r.code: r for r in book.report(as_of="2024-08-31")}
        # P1 by 31 August: 300,000 + 200,000 = 500,000 of 1,000,000 -> 50.00 %;
        # plan step at 31 August: end of June, 50 % -> variance 0 pp -> on_track
        self.assertEqual(rows["P1"].executed, Decimal("500000.00"))
        self.assertEqual(rows["P1"].execution_rate_pct, Decimal("50.00"))
        self.assertEqual(rows["P1"].planned_pct, Decimal("50.00"))
        self.assertEqual(rows["P1"].variance_pp, Decimal("0.00"))
        self.assertEqual(rows["P1"].status, "on_track")
        # P2 has a zero budget: no rate, never 0
        self.assertIsNone(rows["P2"].execution_rate_pct)
        # at year end all three payments: 600,000 / 1,000,000 = 60.00 %
        self.assertEqual(book.report()[0].execution_rate_pct, Decimal("60.00"))
        # in 万元: 600,000 yuan = 60 万元, exactly
        self.assertEqual(book.report(money_unit="wan")[0].executed, Decimal("60"))

    def test_error_carries_position(self):
        # line 3 (header = line 1) has a budget that is not an amount; budget is field 5
        self.write("projects.csv", PROJECTS.replace("Schools,Unit B,2024,0", "Schools,Unit B,2024,12x"))
        with self.assertRaises(budget.ParseError) as cm:
            budget.Book.load(self.tmp)
        e = cm.exception
        self.assertEqual(e.code, "PARSE")
        self.assertTrue(e.file.endswith("projects.csv"), e.file)
        self.assertEqual((e.line, e.column, e.field), (3, 5, "budget"))
        self.assertIn("projects.csv:3:5", str(e))

    def test_lenient_lists_rejected_rows(self):
        self.write("projects.csv", PROJECTS)
        self.write("transactions.csv", TRANSACTIONS + "2024-13-01,P1,5\n")  # line 5: no month 13
        with self.assertRaises(budget.Error) as cm:
            budget.Book.load(self.tmp)
        self.assertEqual((cm.exception.line, cm.exception.field), (5, "date"))
        book = budget.Book.load(self.tmp, lenient=True)
        problems = book.validate()
        bad = [p for p in problems if not p.is_warning]
        self.assertEqual(len(bad), 1)
        self.assertTrue(bad[0].file.endswith("transactions.csv"))
        self.assertEqual(bad[0].line, 5)
        self.assertEqual(bad[0].field, "date")
        # the good rows are all there: 600,000 of 1,000,000
        self.assertEqual(book.report()[0].executed, Decimal("600000.00"))

    def test_missing_folder(self):
        with self.assertRaises(budget.Error) as cm:
            budget.Book.load(os.path.join(self.tmp, "nowhere"))
        self.assertIn(cm.exception.code, ("IO", "NOT_FOUND"))

    def test_unknown_encoding(self):
        self.write("projects.csv", PROJECTS)
        with self.assertRaises(budget.UnsupportedError):
            budget.Book.load(self.tmp, encoding="EBCDIC")

    def test_gb18030_file(self):
        with open(os.path.join(self.tmp, "projects.csv"), "wb") as f:
            f.write(PROJECTS.replace("Roads", "道路").encode("gb18030"))
        self.assertEqual(budget.Book.load(self.tmp).projects["P1"].name, "道路")

    def test_close(self):
        self.write("projects.csv", PROJECTS)
        with budget.Book.load(self.tmp) as book:
            self.assertEqual(len(book.projects), 2)
        with self.assertRaises(ValueError):
            book.report()
        book.close()  # twice is fine


class ReadFromFilesTest(TempDirCase):
    def test_same_report_as_load(self):
        self.write("projects.csv", PROJECTS)
        self.write("transactions.csv", TRANSACTIONS)
        loaded = budget.Book.load(self.tmp, as_of="2024-08-31")
        read = budget.Book.read(io.BytesIO(PROJECTS.encode()), io.StringIO(TRANSACTIONS), as_of="2024-08-31")
        self.assertEqual(list(read.report()), list(loaded.report()))
        self.assertEqual(read.report()[0].executed, Decimal("500000.00"))

    def test_other_date_refused(self):
        read = budget.Book.read(io.BytesIO(PROJECTS.encode()))
        self.assertEqual(read.as_of, datetime.date(2024, 12, 31))
        with self.assertRaises(ValueError):
            read.report(as_of="2024-06-30")

    def test_exception_in_read_comes_back_out(self):
        class Boom(Exception):
            pass

        class Failing:
            def __init__(self):
                self.calls = 0

            def read(self, size=-1):
                self.calls += 1
                if self.calls > 1:
                    raise Boom("disk on fire")
                return PROJECTS[:40].encode()

        with self.assertRaises(Boom):
            budget.Book.read(Failing())

    def test_error_names_the_stream(self):
        f = io.BytesIO(PROJECTS.replace("1000000", "1.001.000").encode())
        f.name = "my-projects.csv"
        with self.assertRaises(budget.ParseError) as cm:
            budget.Book.read(f)
        self.assertEqual(cm.exception.file, "my-projects.csv")
        self.assertEqual(cm.exception.line, 2)


if __name__ == "__main__":
    unittest.main()
