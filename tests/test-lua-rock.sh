#!/bin/sh
# `luarocks make` builds the module from bindings/lua (its rockspec) with no
# network, for each configured PUC Lua, against a libbudget installed in a
# temporary prefix (the in-tree headers and library copied there); the rock
# is not linked with liblua and loads. LuaJIT has no rock of its own: it
# loads the 5.1 one.
# Exit: 0 pass, 1 fail, 77 skip (no Lua configured, or no luarocks).
TEST_NAME=test-lua-rock
. "$srcdir/lua/lua-lib.sh"

if [ -z "${LUAROCKS:-}" ] || [ "$LUAROCKS" = no ]; then
    echo "SKIP: luarocks not found (Debian: apt-get install luarocks)"
    exit 77
fi

# An installed libbudget, as a packager's would be.
prefix="$tmp/prefix"
mkdir -p "$prefix/include/budget" "$prefix/lib"
cp "$top_srcdir/include/budget.h" "$prefix/include/" &&
    cp "$top_srcdir"/include/budget/*.h "$prefix/include/budget/" &&
    cp "$top_builddir/include/budget/budget-version.h" "$prefix/include/budget/" &&
    cp -P "$top_builddir"/libbudget/.libs/libbudget.so* "$prefix/lib/"
check $? "libbudget copied into $prefix"
# luarocks keeps its cache and config under HOME.
HOME="$tmp/home"
export HOME
mkdir -p "$HOME"

for build in $LUA_BUILDS; do
    name=${build%%:*}
    bin=${build#*:}
    case $name in
    lua5.*) version=${name#lua} ;;
    *) continue ;;
    esac
    src="$tmp/src-$name"
    tree="$tmp/tree-$name"
    mkdir -p "$src"
    cp "$top_srcdir"/bindings/lua/lbudget.c "$top_srcdir"/bindings/lua/lbudget-compat.h \
        "$top_srcdir"/bindings/lua/budget-scm-1.rockspec "$src/"
    (cd "$src" && "$LUAROCKS" --lua-version "$version" --tree "$tree" make budget-scm-1.rockspec \
        LIBBUDGET_DIR="$prefix") >"$tmp/rock.log" 2>&1
    check $? "$name: luarocks make"
    so="$tree/lib/lua/$version/budget.so"
    if [ ! -f "$so" ]; then
        check 1 "$name: $so installed"
        tail -n 15 "$tmp/rock.log"
        continue
    fi
    ! readelf -d "$so" | grep -q 'NEEDED.*liblua'
    check $? "$name: the rock is not linked with liblua"
    out=$(LUA_CPATH="$tree/lib/lua/$version/?.so" $LUA_WRAPPER "$bin" -e \
        'io.write(require("budget").parse_money("191.2176万元"))' 2>&1)
    [ "$out" = "1912176.00" ]
    check $? "$name: the rock loads: parse_money(\"191.2176万元\") = $out"
done
finish
