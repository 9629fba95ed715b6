"""Paths the binding tests read, from the environment tests/test-python.sh sets."""
import os
import shutil
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TOP_SRCDIR = os.environ.get("top_srcdir", os.path.join(HERE, "..", "..", ".."))
EXAMPLES_DATA = os.path.join(TOP_SRCDIR, "examples", "data")
BUDGET = os.environ.get("BUDGET")  # the CLI, for agreement
SHARED_DIR = os.environ.get("SHARED_DIR", os.path.join(TOP_SRCDIR, "..", "shared"))
UNDER_VALGRIND = os.environ.get("BUDGET_PY_VALGRIND") == "1"


def require_examples():
    if not os.path.exists(os.path.join(EXAMPLES_DATA, "projects.csv")):
        raise AssertionError("examples/data not found at %s (top_srcdir unset?)" % EXAMPLES_DATA)
    return EXAMPLES_DATA


class TempDirCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="budget-py-")
        self.addCleanup(shutil.rmtree, self.tmp)

    def write(self, name, text, folder=None):
        folder = folder or self.tmp
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)
        return os.path.join(folder, name)
