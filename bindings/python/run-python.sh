#!/bin/sh
# Runs `python ARGS...` once with each interpreter the binding was built for
# (bindings/python/build/N/python), with PYTHONPATH pointing at that build of
# the package; fails if any run fails. Used by make check (tests/ and
# examples/). Environment: top_builddir (absolute), PYTHONPATH_EXTRA.
# Exit: 0 all passed, 1 a run failed or nothing is built.

build=${top_builddir:?top_builddir is not set}/bindings/python/build
status=0
found=0
for dir in "$build"/*/; do
    [ -f "$dir/python" ] || continue
    found=1
    py=$(cat "$dir/python")
    echo "== $py $*"
    if ! PYTHONPATH="${dir%/}${PYTHONPATH_EXTRA:+:$PYTHONPATH_EXTRA}" PYTHONDONTWRITEBYTECODE=1 \
        ${BUDGET_PY_WRAPPER:-} "$py" "$@"; then
        echo "FAIL: $py $*"
        status=1
    fi
done
if [ "$found" -eq 0 ]; then
    echo "FAIL: no build of the Python binding under $build"
    exit 1
fi
exit $status
