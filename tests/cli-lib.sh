# Helpers shared by the shell tests of the `budget` command (sourced, not run).
# Before sourcing, set BUDGET (the tool) and TEST_NAME; afterwards $tmp is a
# fresh folder removed on exit, and pass/fail count into $checks/$failures.

if [ ! -x "$BUDGET" ]; then
    echo "FAIL: $BUDGET is not built"
    exit 1
fi

# The command speaks the locale's language (po/): the tests compare English
# text, so they run in the C locale; test-i18n-cli.sh sets its own.
LC_ALL=C
export LC_ALL
unset LANGUAGE

tmp=$(mktemp -d "${TMPDIR:-/tmp}/$TEST_NAME.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

failures=0
checks=0

pass() {
    checks=$((checks + 1))
    echo "ok   $1"
}

fail() {
    checks=$((checks + 1))
    failures=$((failures + 1))
    echo "FAIL $1"
}

# run NAME EXPECTED_EXIT ARGS... : runs budget, output in $tmp/out and $tmp/err.
run() {
    name=$1
    want=$2
    shift 2
    "$BUDGET" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" -ne "$want" ]; then
        fail "$name: exit $rc, expected $want"
        sed 's/^/    stderr: /' "$tmp/err" | head -5
        return 1
    fi
    return 0
}

# same NAME EXPECTED_FILE ACTUAL_FILE
same() {
    if cmp -s "$2" "$3"; then
        pass "$1"
    else
        fail "$1"
        diff -u "$2" "$3" | head -20
    fi
}

# Prints the summary line and exits 0 when every check passed, 1 otherwise.
finish() {
    echo "$checks checks, $failures failed"
    [ "$failures" -eq 0 ] || exit 1
    exit 0
}
