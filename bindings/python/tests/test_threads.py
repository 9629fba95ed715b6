"""Threads: one Book read from many threads gives the same rows as from one
(the C library allows concurrent reads of a book; loads and reports release
the GIL)."""
import threading
import unittest

import budget
from support import require_examples


class ThreadsTest(unittest.TestCase):
    def test_shared_book(self):
        book = budget.Book.load(require_examples())
        expected = {as_of: list(book.report(as_of=as_of)) for as_of in ("2024-12-31",)}
        expected_units = list(book.report(level="unit"))
        results, errors = [], []

        def work():
            try:
                for _ in range(20):
                    results.append(list(book.report()) == expected["2024-12-31"]
                                   and list(book.report(level="unit")) == expected_units)
            except Exception as e:  # reported below, not lost
                errors.append(e)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        self.assertEqual(results, [True] * 80)

    def test_loads_in_threads(self):
        folder = require_examples()
        expected = list(budget.Book.load(folder).report(as_of="2024-08-31"))
        got = [None] * 4

        def work(i):
            got[i] = list(budget.Book.load(folder).report(as_of="2024-08-31"))

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(got, [expected] * 4)


if __name__ == "__main__":
    unittest.main()
