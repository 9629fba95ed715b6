"""The cell-sized functions; every expected value is derived in a comment."""
import datetime
import unittest
from decimal import Decimal

import budget


class MoneyTest(unittest.TestCase):
    def test_parse_money_units(self):
        # 191.2176 万元 = 191.2176 x 10,000 = 1,912,176 yuan
        self.assertEqual(budget.parse_money("191.2176万元"), Decimal("1912176.00"))
        # thousands separators are allowed; 1.5 亿元 = 150,000,000 yuan
        self.assertEqual(budget.parse_money("1,912,176.00"), Decimal("1912176.00"))
        self.assertEqual(budget.parse_money("1.5亿元"), Decimal("150000000.00"))

    def test_money_in_each_python_type(self):
        self.assertEqual(budget.parse_money(5), Decimal("5.00"))           # int: whole yuan
        self.assertEqual(budget.parse_money(-5), Decimal("-5.00"))
        self.assertEqual(budget.parse_money(Decimal("1.5")), Decimal("1.50"))
        self.assertEqual(budget.parse_money(Decimal("1.500")), Decimal("1.50"))  # trailing zero: exact
        self.assertEqual(budget.parse_money(12.5), Decimal("12.50"))       # repr '12.5'
        self.assertEqual(budget.parse_money(0.07), Decimal("0.07"))        # repr '0.07'
        self.assertIsInstance(budget.parse_money(1), Decimal)

    def test_no_silent_rounding(self):
        for value in (0.1 + 0.2,            # repr 0.30000000000000004
                      1e20,                 # repr '1e+20': exponent refused
                      Decimal("1.005"),     # a third decimal
                      "1.005",
                      "12x"):
            with self.subTest(value=value):
                with self.assertRaises(budget.ParseError) as cm:
                    budget.parse_money(value)
                self.assertEqual(cm.exception.code, "PARSE")
                self.assertIsInstance(cm.exception, ValueError)
                self.assertEqual(cm.exception.field, "value")

    def test_overflow(self):
        # INT64_MAX fen = 9,223,372,036,854,775,807 fen = 92,233,720,368,547,758.07 yuan
        self.assertEqual(budget.parse_money("92233720368547758.07"), Decimal("92233720368547758.07"))
        for value in ("92233720368547758.08", 10 ** 20):
            with self.assertRaises(budget.AmountOverflowError) as cm:
                budget.parse_money(value)
            self.assertIsInstance(cm.exception, OverflowError)
            self.assertEqual(cm.exception.code, "OVERFLOW")

    def test_wrong_types(self):
        for value in (None, True, [1], b"5"):
            with self.subTest(value=value):
                with self.assertRaises(TypeError):
                    budget.parse_money(value)


class RateTest(unittest.TestCase):
    def test_execution_rate(self):
        # 1,912,176 / 2,500,000 = 0.7648704 -> 76.48704 % -> 76.49
        self.assertEqual(budget.execution_rate("1912176", "2500000"), Decimal("76.49"))
        self.assertEqual(budget.execution_rate(1912176, 2500000), Decimal("76.49"))
        # half away from zero: 1,345 / 100,000 = 1.345 % -> 1.35; a refund -1.345 % -> -1.35
        self.assertEqual(budget.execution_rate(1345, 100000), Decimal("1.35"))
        self.assertEqual(budget.execution_rate(-1345, 100000), Decimal("-1.35"))

    def test_no_rate_over_zero_or_negative_budget(self):
        self.assertIsNone(budget.execution_rate(100, 0))
        self.assertIsNone(budget.execution_rate(100, -5))

    def test_argument_count(self):
        with self.assertRaises(TypeError):
            budget.execution_rate(1)


class PlanTest(unittest.TestCase):
    plan = {3: 25, 6: 50, 10: 75, 12: 100}

    def test_step(self):
        # 2024-08-31: the last checkpoint reached is end of June, 50 %
        self.assertEqual(budget.planned_percent(self.plan, "2024-08-31"), Decimal("50.00"))
        self.assertEqual(budget.planned_percent(self.plan, datetime.date(2024, 8, 31)), Decimal("50.00"))
        # before the first checkpoint: 0
        self.assertEqual(budget.planned_percent(self.plan, "2024-03-30"), Decimal("0.00"))

    def test_linear(self):
        # from 30 June (50 %) to 31 October (75 %) is 123 days; 31 August is day 62:
        # 50 + 25 x 62 / 123 = 62.6016... -> 62.60
        self.assertEqual(budget.planned_percent(self.plan, "2024-08-31", method="linear"), Decimal("62.60"))

    def test_incremental_plan(self):
        # 20, 35, 20, 25 sums to 100 and decreases: incremental -> cumulative 20, 55, 75, 100
        self.assertEqual(budget.planned_percent({3: 20, 6: 35, 10: 20, 12: 25}, "2024-08-31"), Decimal("55.00"))
        # the explicit form wins: read as cumulative it does not rise, so it is invalid
        self.assertIsNone(budget.planned_percent({3: 20, 6: 35, 10: 20, 12: 25}, "2024-08-31", form="cumulative"))

    def test_invalid_plan_is_undefined(self):
        # 30 then 20 falls (not cumulative) and sums to 50 (not incremental)
        self.assertIsNone(budget.planned_percent({3: 30, 6: 20}, "2024-08-31"))

    def test_bad_arguments(self):
        with self.assertRaises(ValueError):
            budget.planned_percent({13: 100}, "2024-08-31")
        with self.assertRaises(budget.Error):
            budget.planned_percent({3: "lots"}, "2024-08-31")
        with self.assertRaises(ValueError):
            budget.planned_percent(self.plan, "2024-08-31", method="sideways")
        with self.assertRaises(TypeError):
            budget.planned_percent([25, 50], "2024-08-31")
        with self.assertRaises(budget.ParseError):
            budget.planned_percent(self.plan, "8/31/2024")  # month first is ambiguous, refused


class TimeProgressTest(unittest.TestCase):
    def test_days(self):
        # Jan..Aug 2024 = 31+29+31+30+31+30+31+31 = 244 days; 244 / 366 = 66.667 % -> 66.67
        self.assertEqual(budget.time_progress("2024-08-31"), Decimal("66.67"))
        # 1 / 366 = 0.2732 % -> 0.27; the last day is 100 %
        self.assertEqual(budget.time_progress(datetime.date(2024, 1, 1)), Decimal("0.27"))
        self.assertEqual(budget.time_progress("2024-12-31"), Decimal("100.00"))
        # 2023 is not leap: 31 + 28 + 1 = 60 days / 365 = 16.438 % -> 16.44
        self.assertEqual(budget.time_progress("2023-03-01"), Decimal("16.44"))

    def test_months(self):
        # 8 whole months / 12 = 66.667 % ; on 30 August only 7 / 12 = 58.33 %
        self.assertEqual(budget.time_progress("2024-08-31", method="months"), Decimal("66.67"))
        self.assertEqual(budget.time_progress("2024-08-30", method="months"), Decimal("58.33"))


class TargetTest(unittest.TestCase):
    def test_evaluate(self):
        ev = budget.evaluate_target("≥95%", "96%")
        self.assertEqual(ev.result, "met")
        ev = budget.evaluate_target("≥95%", "90%")
        self.assertEqual(ev.result, "not_met")
        # 90 / 95 = 94.737 % -> 94.74
        self.assertEqual(ev.ratio, Decimal("94.74"))
        self.assertEqual(budget.evaluate_target("按期完成", "已按期完成").result, "met")
        self.assertEqual(budget.evaluate_target("≥95%", None).result, "not_reported")

    def test_unparsed_target_says_why(self):
        ev = budget.evaluate_target("大约很多", "5")
        self.assertEqual(ev.result, "cannot_evaluate")
        self.assertTrue(ev.reason)

    def test_score_indicator(self):
        # a met target scores its weight
        self.assertEqual(budget.score_indicator("≥95%", "96%", 10).score, Decimal("10"))
        # unmet: 10 x 90 / 95 = 9.4736842... points, kept to the micro-point: 9.473684
        s = budget.score_indicator("≥95%", "90%", 10)
        self.assertEqual(s.score, Decimal("9.473684"))
        self.assertEqual(s.evaluation.result, "not_met")
        with self.assertRaises(budget.Error):
            budget.score_indicator("≥95%", "90%", "ten")


class DocsTest(unittest.TestCase):
    def test_help_is_useful(self):
        for f in (budget.parse_money, budget.execution_rate, budget.planned_percent, budget.time_progress,
                  budget.evaluate_target, budget.score_indicator, budget.Book.load, budget.Book.report):
            with self.subTest(f=f.__name__):
                self.assertGreater(len(f.__doc__ or ""), 60)
        self.assertIn("Decimal", budget.__doc__)

    def test_stubs_name_every_public_name(self):
        import ast
        import os
        stub = os.path.join(os.path.dirname(budget.__file__), "__init__.pyi")
        tree = ast.parse(open(stub, encoding="utf-8").read())
        named = set()
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                named.add(node.name)
            elif isinstance(node, ast.AnnAssign):
                named.add(node.target.id)
            elif isinstance(node, ast.Assign):
                named.update(t.id for t in node.targets)
        self.assertEqual(set(budget.__all__) - named, set())


if __name__ == "__main__":
    unittest.main()
