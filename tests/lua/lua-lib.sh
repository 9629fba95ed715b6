# Helpers of the Lua tests (sourced by tests/test-lua*.sh, not run).
# Environment from tests/Makefile.am: LUA_BUILDS ("lua5.4:/usr/bin/lua5.4 ..."
# from configure --with-lua), top_builddir, top_srcdir; LUA_WRAPPER (empty,
# or a command such as valgrind that each interpreter runs under; .ci/run).
# Afterwards $tmp is a fresh folder removed on exit; check/pass/fail count
# into $checks/$failures.

if [ -z "${LUA_BUILDS:-}" ]; then
    echo "SKIP: no Lua configured (configure --with-lua; Debian: lua5.4 liblua5.4-dev ...)"
    exit 77
fi

# Only the module under test: no Lua path or init from the environment.
unset LUA_INIT LUA_INIT_5_2 LUA_INIT_5_3 LUA_INIT_5_4 LUA_PATH LUA_PATH_5_2 LUA_PATH_5_3 LUA_PATH_5_4 \
    LUA_CPATH_5_2 LUA_CPATH_5_3 LUA_CPATH_5_4

tmp=$(mktemp -d "${TMPDIR:-/tmp}/$TEST_NAME.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

failures=0
checks=0

check() {
    checks=$((checks + 1))
    if [ "$1" -eq 0 ]; then
        echo "ok   $2"
    else
        failures=$((failures + 1))
        echo "FAIL $2"
    fi
}

# run_lua NAME BIN SCRIPT ARGS...: BIN with the module built for NAME
# (bindings/lua/NAME/.libs/budget.so, which finds the in-tree libbudget
# through its build rpath).
run_lua() {
    r_name=$1
    r_bin=$2
    shift 2
    r_so="$top_builddir/bindings/lua/$r_name/.libs/budget.so"
    if [ ! -f "$r_so" ]; then
        echo "    $r_so is not built"
        return 1
    fi
    LUA_CPATH="$top_builddir/bindings/lua/$r_name/.libs/?.so" $LUA_WRAPPER "$r_bin" "$@"
}

finish() {
    echo "$checks checks, $failures failed"
    [ "$failures" -eq 0 ] || exit 1
    exit 0
}
