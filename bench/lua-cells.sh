#!/bin/sh
# bench/lua-cells.lua with every Lua the build tree has a module for.
#   sh bench/lua-cells.sh [CALLS]      # from a configured build tree, after make
calls=${1:-200000}
here=$(cd "$(dirname "$0")" && pwd)
found=0
for so in bindings/lua/lua5.1/.libs/budget.so bindings/lua/luajit/.libs/budget.so \
    bindings/lua/lua5.3/.libs/budget.so bindings/lua/lua5.4/.libs/budget.so; do
    [ -f "$so" ] || continue
    name=$(basename "$(dirname "$(dirname "$so")")")
    if ! command -v "$name" >/dev/null 2>&1; then
        echo "$name: module built but no interpreter on PATH; skipped" >&2
        continue
    fi
    found=1
    LUA_CPATH="$(dirname "$so")/?.so" LUA_PATH= "$name" "$here/lua-cells.lua" "$calls" || exit 1
done
[ $found -eq 1 ] || { echo "no Lua module built (configure --with-lua, make)" >&2; exit 1; }
