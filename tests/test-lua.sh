#!/bin/sh
# The Lua module with every configured Lua (5.1, LuaJIT, 5.3, 5.4): the
# behaviour of each function (tests/lua/test-budget.lua, hand-derived
# values) and memory that stays flat over 10,000 loads and reports
# (tests/lua/test-memory.lua), and the spreadsheet macros of
# examples/budget-macros.lua (tests/lua/test-macros.lua).
# Exit: 0 pass, 1 fail, 77 skip (no Lua configured).
TEST_NAME=test-lua
. "$srcdir/lua/lua-lib.sh"

for build in $LUA_BUILDS; do
    name=${build%%:*}
    bin=${build#*:}
    run_lua "$name" "$bin" "$srcdir/lua/test-budget.lua" "$srcdir/lua/data" >"$tmp/out" 2>&1
    rc=$?
    check $rc "$name: test-budget.lua ($(tail -n 1 "$tmp/out"))"
    [ $rc -eq 0 ] || tail -n 40 "$tmp/out"
    run_lua "$name" "$bin" "$srcdir/lua/test-macros.lua" "$top_srcdir/examples/budget-macros.lua" >"$tmp/out" 2>&1
    rc=$?
    check $rc "$name: examples/budget-macros.lua ($(tail -n 1 "$tmp/out"))"
    [ $rc -eq 0 ] || tail -n 40 "$tmp/out"
    if [ -z "${LUA_WRAPPER:-}" ]; then
        # 10,000 loads are for the plain run; under valgrind the leak check says more.
        run_lua "$name" "$bin" "$srcdir/lua/test-memory.lua" "$srcdir/lua/data/small" 10000 >"$tmp/out" 2>&1
        check $? "$name: test-memory.lua ($(tail -n 1 "$tmp/out"))"
    else
        run_lua "$name" "$bin" "$srcdir/lua/test-memory.lua" "$srcdir/lua/data/small" 20 leak-checker >"$tmp/out" 2>&1
        rc=$?
        check $rc "$name: test-memory.lua under $LUA_WRAPPER"
        [ $rc -eq 0 ] || tail -n 40 "$tmp/out"
    fi
done
finish
