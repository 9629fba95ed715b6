#!/bin/sh
# The Python binding's unittest suites (bindings/python/tests), run with each
# interpreter configure built the binding for, against the in-tree build.
# Listed in TESTS only when the binding is configured (HAVE_PYTHON_BINDING).
# Environment (tests/Makefile.am): top_builddir, top_srcdir, BUDGET,
# SHARED_DIR; BUDGET_PY_WRAPPER (e.g. valgrind, .ci/run) wraps the interpreter.
# Exit: 0 pass, 1 fail.

: "${top_srcdir:?}" "${top_builddir:?}"
tests="$top_srcdir/bindings/python/tests"
PYTHONPATH_EXTRA=$tests
export PYTHONPATH_EXTRA top_srcdir
exec sh "$top_srcdir/bindings/python/run-python.sh" -m unittest discover -s "$tests" -p 'test_*.py' -v
