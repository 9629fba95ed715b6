"""budget: public budget execution (预算执行) over libbudget.

Load a department's CSV folder, report how much of each project's budget
has been executed against plan and time, score it, validate it::

    import datetime, budget
    book = budget.Book.load("examples/data")
    for row in book.report(as_of=datetime.date(2024, 8, 31)):
        print(row.code, row.execution_rate_pct, row.status)
    df = pandas.DataFrame(book.report().to_records())

Cell-sized functions take plain values: parse_money, execution_rate,
planned_percent, time_progress, evaluate_target, score_indicator.

Money goes in as an int (whole yuan: 5 is 5.00 元), a Decimal, a str
("191.2176万元", "1,912,176.00") or a float whose shortest repr has at most
2 decimals (12.5; 0.1 + 0.2 is refused, never rounded), and comes out as a
Decimal in yuan with 2 decimals. Rates come out as a Decimal percent with 2
decimals, rounded half away from zero, or None when undefined (a zero
budget, an invalid plan).

Every rule is computed by libbudget (the C library); this package converts
values and names things. Errors raise budget.Error or a subclass, carrying
code, file, line, column and field. A Book may be read from many threads at
once; loads and reports release the GIL.
"""

import collections
import collections.abc
import datetime
from decimal import Decimal

from . import _budget

__all__ = [
    "Error", "ParseError", "ValidationError", "NotFoundError", "AmountOverflowError",
    "InvalidArgumentError", "FileError", "UnsupportedError", "AbortedError",
    "parse_money", "execution_rate", "planned_percent", "time_progress",
    "evaluate_target", "score_indicator", "TargetEvaluation", "IndicatorScore",
    "Book", "Project", "Projects", "Problem", "Rows", "library_version",
]

library_version = _budget.library_version
__version__ = library_version


# --------------------------------------------------------------------------
# Exceptions: one class per family of libbudget error codes.

class Error(Exception):
    """A libbudget error.

    Attributes: code (the code's name, e.g. "PARSE"), errno (its number),
    file, line, end_line, column (1-based field index), field, message;
    None where the error does not say.
    """

    code = "UNKNOWN"
    errno = None
    file = line = end_line = column = field = None

    def __init__(self, message=""):
        super().__init__(message)
        self.message = message

    def __str__(self):
        where = ""
        if self.file:
            where = self.file
            if self.line:
                where += ":%d" % self.line
                if self.column:
                    where += ":%d" % self.column
            where += ": "
        field = " (field %s)" % self.field if self.field else ""
        return "%s%s%s" % (where, self.message, field)


class ParseError(Error, ValueError):
    """A cell or file that cannot be read: PARSE, ENCODING, MISSING_COLUMN."""


class ValidationError(Error, ValueError):
    """Data that reads but does not hold together: DUPLICATE_KEY, RANGE, INCONSISTENT."""


class NotFoundError(Error, KeyError):
    """NOT_FOUND: a project code or file that is not there."""


class AmountOverflowError(Error, OverflowError):
    """OVERFLOW: an amount or total past the 64-bit range of fen."""


class InvalidArgumentError(Error, ValueError):
    """INVALID_ARGUMENT: a value libbudget refuses as an argument."""


class FileError(Error, OSError):
    """IO: a file or folder that cannot be read or written."""


class UnsupportedError(Error, ValueError):
    """UNSUPPORTED: e.g. an unknown encoding name."""


class AbortedError(Error):
    """ABORTED: a callback stopped the call."""


def _error_classes():
    codes = _budget.error_codes()
    by_name = {
        "INVALID_ARGUMENT": InvalidArgumentError,
        "IO": FileError,
        "ENCODING": ParseError,
        "PARSE": ParseError,
        "MISSING_COLUMN": ParseError,
        "DUPLICATE_KEY": ValidationError,
        "NOT_FOUND": NotFoundError,
        "OVERFLOW": AmountOverflowError,
        "RANGE": ValidationError,
        "INCONSISTENT": ValidationError,
        "ABORTED": AbortedError,
        "UNSUPPORTED": UnsupportedError,
    }
    return {number: by_name.get(name, Error) for name, number in codes.items()}


_budget._set_errors(_error_classes(), Error)


# --------------------------------------------------------------------------
# Cell-sized functions (the C functions themselves, or thin wrappers).

parse_money = _budget.parse_money
execution_rate = _budget.execution_rate
planned_percent = _budget.planned_percent
time_progress = _budget.time_progress

TargetEvaluation = collections.namedtuple("TargetEvaluation", "result grade ratio deviation reason")
TargetEvaluation.__doc__ = """An indicator's evaluation against its target.

result: "met", "partly_met", "not_met", "not_reported", "not_applicable" or
"cannot_evaluate"; grade: 优/良/中/差 for graded tiers, else None; ratio:
actual / target in percent (Decimal) or None; deviation: the deviation as
the score table writes it, or None; reason: why, when the library says.
"""

IndicatorScore = collections.namedtuple("IndicatorScore", "score evaluation")
IndicatorScore.__doc__ = "An indicator's score (Decimal points, exact) and its TargetEvaluation."


def evaluate_target(target, actual, year=0):
    """Evaluate an indicator's TARGET text against its ACTUAL text.

    >>> budget.evaluate_target("≥95%", "96%").result
    'met'

    YEAR is the budget year, for deadlines written without one ("年底前").
    Returns a TargetEvaluation.
    """
    return TargetEvaluation(*_budget.evaluate_target(target, actual, year))


def score_indicator(target, actual, weight, level3=None, year=0):
    """Score one indicator worth WEIGHT points with the default rules (绩效自评).

    Returns IndicatorScore(score, evaluation); score is a Decimal number of
    points, exact (a met target scores WEIGHT).
    """
    score, evaluation = _budget.score_indicator(target, actual, weight, level3, year)
    return IndicatorScore(score, TargetEvaluation(*evaluation))


# --------------------------------------------------------------------------
# Books

Problem = collections.namedtuple("Problem", "code file line end_line column field message is_warning")
Problem.__doc__ = """A problem found in the data: a rejected row or a warning.

code is the libbudget error code's name ("PARSE"...); file, line (the
physical line the record starts on, header = 1), column (1-based field
index) and field say where; is_warning is True for a warning (the data is
still used) and False for an error (the row was rejected).
"""

Project = collections.namedtuple(
    "Project", "code name unit year budget fiscal carryover other purpose plan")
Project.__doc__ = """A project as projects.csv gives it.

budget, fiscal, carryover and other are Decimal yuan (the funding cells are
None when not given, which is not zero); plan maps month -> cumulative
planned percent (Decimal; None where the plan is invalid).
"""


class Projects(collections.abc.Sequence):
    """The projects of a book: a sequence in code order (byte order, as the
    reports list them), also indexed by code.

    >>> book.projects[0].code, book.projects["P001"].name
    """

    def __init__(self, ledger):
        self._ledger = ledger

    def __len__(self):
        return self._ledger.n_projects

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(len(self)))]
        if isinstance(key, int) and not isinstance(key, bool):
            if key < 0:
                key += len(self)
            if not 0 <= key < len(self):
                raise IndexError("project index out of range")
            return Project(*self._ledger.project(key))
        if isinstance(key, str):
            return Project(*self._ledger.project(key))
        raise TypeError("projects are indexed by int or code (str), not %s" % type(key).__name__)

    def __contains__(self, key):
        if isinstance(key, str):
            try:
                self._ledger.project(key)
            except NotFoundError:
                return False
            return True
        return super().__contains__(key)

    def codes(self):
        """The project codes, in code order."""
        return [p.code for p in self]


class Rows(list):
    """Rows of a report or score table: a list of named tuples whose fields
    are the columns of the CLI's CSV output (`budget report --format csv`).

    columns holds the column names; to_records() gives a list of dicts,
    ready for pandas.DataFrame.
    """

    def __init__(self, rows, columns):
        super().__init__(rows)
        self.columns = tuple(columns)

    def to_records(self):
        """A list of dicts, one per row, keyed by column name."""
        return [dict(zip(self.columns, row)) for row in self]

    def __repr__(self):
        return "Rows(%d rows, columns=%r)" % (len(self), self.columns)


_SCORE_POINTS = ("execution_score", "output_score", "outcome_score", "satisfaction_score",
                 "total", "available")


def _converter(name, points=()):
    kind = _budget.column_kind(name)
    if kind in ("money", "rate") or name in points:
        return lambda cell: Decimal(cell) if cell != "" else None
    if name == "n_projects":
        return int
    return None


def _rows(table, typename, points=()):
    header, body = table[0], table[1:]
    tuple_type = collections.namedtuple(typename, header, rename=True)
    convert = [_converter(name, points) for name in header]
    rows = [tuple_type(*[c(cell) if c is not None else cell for c, cell in zip(convert, cells)])
            for cells in body]
    return Rows(rows, header)


def _date_text(value):
    if isinstance(value, (datetime.date, str)):
        return value
    raise TypeError("as_of must be a datetime.date or str, not %s" % type(value).__name__)


class Book:
    """A department's data: projects, adjustments, indicators and the ledger
    of payments recorded up to an as-of date.

    Make one with Book.load(dir) or Book.read(file objects). A Book is
    read-only and may be shared between threads. close() (or a with block)
    releases it at once; otherwise it is released when collected.
    """

    def __init__(self, ledger, problems, dir=None, lenient=False, encoding="auto", threads=0):
        self._ledger = ledger
        self._dir = dir
        self._lenient = lenient
        self._encoding = encoding
        self._threads = threads
        self.problems = [Problem(*p) for p in problems]
        """Rows rejected (lenient) and warnings found while loading."""

    @classmethod
    def load(cls, dir, lenient=False, encoding="auto", as_of=None, threads=0):
        """Load a data folder: projects.csv and, when present, transactions.csv,
        adjustments.csv, indicators.csv and department.csv (names in any case).

        lenient: skip bad rows (listed in .problems and validate()) instead of
        raising on the first. encoding: "auto" (UTF-8, else GB18030),
        "UTF-8" or "GB18030". as_of: the ledger's date (datetime.date or
        "YYYY-MM-DD"; default 31 December of the book's year); report() at
        another date reloads the folder. threads: how many threads read
        transactions.csv (0, the default: one per core; 1: one pass); the
        result is the same for every number.

        Raises ParseError, ValidationError, FileError, ... with file, line,
        column and field.
        """
        ledger, problems = _budget.load_folder(
            dir, _date_text(as_of) if as_of is not None else None, lenient, encoding, threads)
        return cls(ledger, problems, dir=dir, lenient=lenient, encoding=encoding, threads=threads)

    @classmethod
    def read(cls, projects, transactions=None, adjustments=None, indicators=None, *,
             as_of=None, lenient=False, encoding="auto", year=None):
        """Read a book from file objects (anything with read() returning bytes
        or str), e.g. open("projects.csv", "rb") or io.BytesIO(data).

        The ledger is recorded at as_of (default: 31 December of the book's
        year), the only date such a book reports at. An exception raised by
        a file's read() propagates out of this call.
        """
        ledger, problems = _budget.read_files(
            projects, transactions, adjustments, indicators,
            _date_text(as_of) if as_of is not None else None, lenient, encoding, year)
        return cls(ledger, problems, lenient=lenient, encoding=encoding)

    def _ledger_at(self, as_of):
        if self._ledger is None:
            raise ValueError("the book is closed")
        if as_of is None:
            return self._ledger
        if isinstance(as_of, datetime.datetime):
            as_of = as_of.date()
        text = as_of.isoformat() if isinstance(as_of, datetime.date) else _date_text(as_of)
        if text == self._ledger.as_of:
            return self._ledger
        if self._dir is None:
            raise ValueError("a book read from file objects reports only at its as_of (%s): "
                             "pass as_of to Book.read()" % self._ledger.as_of)
        ledger, _ = _budget.load_folder(self._dir, as_of, self._lenient, self._encoding, self._threads)
        return ledger

    @property
    def year(self):
        """The budget year."""
        return self._ledger_at(None).year

    @property
    def as_of(self):
        """The ledger's as-of date (datetime.date)."""
        return datetime.date.fromisoformat(self._ledger_at(None).as_of)

    @property
    def projects(self):
        """The projects (a Projects sequence, also indexed by code)."""
        return Projects(self._ledger_at(None))

    def report(self, as_of=None, level="project", plan_method="step", time_method="days",
               denominator="adjusted", thresholds=None, money_unit="yuan"):
        """The execution report at as_of, as `budget report --format csv` gives it.

        level: "project", "unit" or "department". plan_method: "step" or
        "linear". time_method: "days" or "months". denominator: "adjusted"
        or "original". thresholds: (seriously_behind, behind, ahead) in
        percentage points, default (-15, -5, 10). money_unit: "yuan",
        "wan" or "yi" (exact).

        Returns Rows of named tuples: code (or unit / department), unit,
        budget_original, budget_adjusted, executed, executed_fiscal,
        executed_carryover, executed_other, execution_rate_pct, planned_pct,
        time_progress_pct, variance_pp, remaining, to_next_checkpoint,
        status, name (n_projects in a roll-up), execution_rate_original_pct,
        planned_amount, variance_amount, time_variance_pp, budget_no_plan.
        Money is Decimal, rates Decimal or None (undefined).
        """
        ledger = self._ledger_at(as_of)
        table = ledger.report(level, plan_method, time_method, denominator, thresholds, money_unit)
        return _rows(table, "ReportRow")

    def score(self, as_of=None):
        """The self-evaluation scores (绩效自评), as `budget score --format csv`:
        Rows with code, execution_score, output_score, outcome_score,
        satisfaction_score, total, grade, available, name (points as
        Decimal, None where undefined)."""
        return _rows(self._ledger_at(as_of).score(), "ScoreRow", _SCORE_POINTS)

    def validate(self):
        """Every problem: those found while loading (rows a lenient load
        rejected, warnings) and the cross-file checks of `budget validate`.
        A list of Problem (code, file, line, end_line, column, field,
        message, is_warning); empty when the data is clean."""
        return self.problems + [Problem(*p) for p in self._ledger_at(None).check()]

    def close(self):
        """Release the book now."""
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        if self._ledger is None:
            return "<budget.Book closed>"
        return "<budget.Book year=%d as_of=%s projects=%d>" % (
            self._ledger.year, self._ledger.as_of, self._ledger.n_projects)
