# Type stubs for the budget package (the Python binding of libbudget).
import collections.abc
import datetime
from decimal import Decimal
from typing import IO, Any, Iterator, Mapping, NamedTuple, Optional, Sequence, Union, overload

Money = Union[int, Decimal, str, float]
Percent = Union[int, Decimal, str, float]
DateLike = Union[datetime.date, str]

library_version: str
__version__: str

class Error(Exception):
    code: str
    errno: Optional[int]
    file: Optional[str]
    line: Optional[int]
    end_line: Optional[int]
    column: Optional[int]
    field: Optional[str]
    message: str
    def __init__(self, message: str = ...) -> None: ...

class ParseError(Error, ValueError): ...
class ValidationError(Error, ValueError): ...
class NotFoundError(Error, KeyError): ...
class AmountOverflowError(Error, OverflowError): ...
class InvalidArgumentError(Error, ValueError): ...
class FileError(Error, OSError): ...
class UnsupportedError(Error, ValueError): ...
class AbortedError(Error): ...

class TargetEvaluation(NamedTuple):
    result: str
    grade: Optional[str]
    ratio: Optional[Decimal]
    deviation: Optional[str]
    reason: Optional[str]

class IndicatorScore(NamedTuple):
    score: Decimal
    evaluation: TargetEvaluation

class Problem(NamedTuple):
    code: str
    file: Optional[str]
    line: Optional[int]
    end_line: Optional[int]
    column: Optional[int]
    field: Optional[str]
    message: str
    is_warning: bool

class Project(NamedTuple):
    code: str
    name: str
    unit: str
    year: int
    budget: Decimal
    fiscal: Optional[Decimal]
    carryover: Optional[Decimal]
    other: Optional[Decimal]
    purpose: str
    plan: dict[int, Optional[Decimal]]

def parse_money(value: Money) -> Decimal: ...
def execution_rate(executed: Money, budget: Money) -> Optional[Decimal]: ...
def planned_percent(plan: Mapping[int, Optional[Percent]], as_of: DateLike, method: str = ...,
                    year: Optional[int] = ..., form: Optional[str] = ...) -> Optional[Decimal]: ...
def time_progress(as_of: DateLike, method: str = ..., year: Optional[int] = ...) -> Decimal: ...
def evaluate_target(target: str, actual: Optional[str], year: int = ...) -> TargetEvaluation: ...
def score_indicator(target: str, actual: Optional[str], weight: Percent, level3: Optional[str] = ...,
                    year: int = ...) -> IndicatorScore: ...

class Projects(collections.abc.Sequence[Project]):
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, key: Union[int, str]) -> Project: ...
    @overload
    def __getitem__(self, key: slice) -> list[Project]: ...
    def __contains__(self, key: object) -> bool: ...
    def codes(self) -> list[str]: ...

class Rows(list[Any]):
    columns: tuple[str, ...]
    def to_records(self) -> list[dict[str, Any]]: ...

class Book:
    problems: list[Problem]
    @classmethod
    def load(cls, dir: Any, lenient: bool = ..., encoding: str = ..., as_of: Optional[DateLike] = ...,
             threads: int = ...) -> Book: ...
    @classmethod
    def read(cls, projects: IO[Any], transactions: Optional[IO[Any]] = ..., adjustments: Optional[IO[Any]] = ...,
             indicators: Optional[IO[Any]] = ..., *, as_of: Optional[DateLike] = ..., lenient: bool = ...,
             encoding: str = ..., year: Optional[int] = ...) -> Book: ...
    @property
    def year(self) -> int: ...
    @property
    def as_of(self) -> datetime.date: ...
    @property
    def projects(self) -> Projects: ...
    def report(self, as_of: Optional[DateLike] = ..., level: str = ..., plan_method: str = ...,
               time_method: str = ..., denominator: str = ..., thresholds: Optional[Sequence[Percent]] = ...,
               money_unit: str = ...) -> Rows: ...
    def score(self, as_of: Optional[DateLike] = ...) -> Rows: ...
    def validate(self) -> list[Problem]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Book: ...
    def __exit__(self, *exc: object) -> None: ...
