"""Memory (issue 8, part 5): 10,000 loads and reports hold memory flat.

Measured, not timed: the process's resident set (C allocations and Python
objects alike) after a warm-up and after 10,000 more loads. A leak of one
book, ledger or row tuple per load would grow it by megabytes; allocator
noise is a few hundred kilobytes. tracemalloc checks the Python heap alone.
"""
import gc
import os
import tracemalloc
import unittest
from decimal import Decimal

import budget
from support import TempDirCase, UNDER_VALGRIND

PROJECTS = "code,name,unit,year,budget,plan_06,plan_12\nP1,Roads,Unit A,2024,1000,50,100\n"
TRANSACTIONS = "date,code,amount\n2024-02-10,P1,300\n2024-07-01,P1,200.50\n"


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class MemoryTest(TempDirCase):
    LOOPS = 200 if UNDER_VALGRIND else 10000

    def cycle(self):
        book = budget.Book.load(self.tmp)
        rows = book.report(as_of="2024-08-31")
        # both payments are before 31 August: 300 + 200.50 = 500.50
        self.assertEqual(rows[0].executed, Decimal("500.50"))
        try:
            book.projects["NOPE"]
        except budget.NotFoundError:
            pass
        try:
            budget.parse_money("1.001")
        except budget.ParseError:
            pass

    @unittest.skipUnless(os.path.exists("/proc/self/statm"), "needs /proc (Linux) to read the resident set")
    @unittest.skipIf(UNDER_VALGRIND, "under valgrind, which checks leaks itself (its freed-block queue grows RSS)")
    def test_loads_hold_memory_flat(self):
        self.write("projects.csv", PROJECTS)
        self.write("transactions.csv", TRANSACTIONS)
        for _ in range(500):
            self.cycle()
        gc.collect()
        before = rss_bytes()
        for _ in range(self.LOOPS):
            self.cycle()
        gc.collect()
        grown = rss_bytes() - before
        # one leaked ledger with its book and project is over 1 KB: 10,000 of them > 10 MB
        self.assertLess(grown, 2 * 1024 * 1024, "resident set grew by %d bytes over %d loads" % (grown, self.LOOPS))

    def test_no_python_objects_kept(self):
        self.write("projects.csv", PROJECTS)
        self.write("transactions.csv", TRANSACTIONS)
        for _ in range(100):
            self.cycle()
        gc.collect()
        tracemalloc.start()
        try:
            base = tracemalloc.take_snapshot()
            for _ in range(self.LOOPS // 10):
                self.cycle()
            gc.collect()
            after = tracemalloc.take_snapshot()
        finally:
            tracemalloc.stop()
        grown = sum(s.size_diff for s in after.compare_to(base, "filename"))
        # a reference leak of one tuple or str per cycle would be > 50 KB over 1,000 cycles
        self.assertLess(grown, 50 * 1024, "Python heap grew by %d bytes" % grown)


if __name__ == "__main__":
    unittest.main()
