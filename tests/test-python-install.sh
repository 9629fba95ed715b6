#!/bin/sh
# The Python binding as users install it:
#  1. `make install DESTDIR=...` puts budget/ (with _budget<EXT_SUFFIX>) into
#     each configured interpreter's site directory under the prefix, and the
#     installed package imports and works (libbudget from DESTDIR's libdir);
#  2. `pip install --no-build-isolation` of bindings/python in a venv of
#     each interpreter, no network, against that installed libbudget found
#     with pkg-config (its .pc pointed at DESTDIR).
# Environment (tests/Makefile.am): top_builddir, top_srcdir.
# Exit: 0 pass, 1 fail.

: "${top_srcdir:?}" "${top_builddir:?}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/test-python-install.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
dest=$tmp/dest
fail() { echo "FAIL: $*"; exit 1; }

# the make running this test must not leak into these (its -w, its jobserver)
unset MAKEFLAGS MFLAGS MAKELEVEL
make_var() {
    printf 'print-var:\n\t@echo "value=$(%s)"\n' "$2" |
        make -s --no-print-directory -C "$1" -f Makefile -f - print-var | sed -n 's/^value=//p'
}
prefix=$(make_var "$top_builddir" prefix)
exec_prefix=$(make_var "$top_builddir" exec_prefix)
libdir=$(make_var "$top_builddir/libbudget" libdir)
# a separate DESTDIR install of what the binding needs: the library, its
# headers and .pc, and the binding
for d in libbudget bindings/python; do
    make -s -C "$top_builddir/$d" install DESTDIR="$dest" >"$tmp/install.log" 2>&1 ||
        { cat "$tmp/install.log"; fail "make -C $d install DESTDIR=$dest"; }
done
make -s -C "$top_builddir" install-pkgconfigDATA DESTDIR="$dest" >>"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log"; fail "make install-pkgconfigDATA"; }

check='import budget, decimal
assert budget.parse_money("191.2176万元") == decimal.Decimal("1912176.00")
print(budget.__file__)'
n=0
pipped=0
for pyfile in "$top_builddir"/bindings/python/build/*/python; do
    py=$(cat "$pyfile")
    n=$((n + 1))
    site=$("$py" "$top_srcdir/bindings/python/pyinfo.py" platlib "$prefix" "$exec_prefix")
    ext=$("$py" "$top_srcdir/bindings/python/pyinfo.py" ext-suffix)
    [ -f "$dest$site/budget/_budget$ext" ] || fail "$py: $dest$site/budget/_budget$ext not installed"
    [ -f "$dest$site/budget/__init__.py" ] || fail "$py: budget/__init__.py not installed"
    out=$(cd "$tmp" && env -u PYTHONPATH PYTHONPATH="$dest$site" LD_LIBRARY_PATH="$dest$libdir" "$py" -c "$check") ||
        fail "$py: the installed package does not work"
    case $out in "$dest$site/budget/"*) ;; *) fail "$py imported $out, not the installed copy" ;; esac
    echo "ok: make install for $py -> $site"

    # pip in a venv (system site packages for setuptools; no index: no network)
    venv=$tmp/venv$n
    if ! "$py" -m venv --system-site-packages "$venv" >"$tmp/venv.log" 2>&1; then
        cat "$tmp/venv.log"
        fail "$py -m venv (Debian: apt-get install python3-venv)"
    fi
    # --no-build-isolation builds with the venv's own setuptools and wheel
    # (Debian: python3-setuptools python3-wheel); pyenv's python has no wheel
    if ! "$venv/bin/python" -c 'import setuptools, wheel' 2>/dev/null; then
        echo "note: no pip check for $py: its setuptools/wheel are not installed"
        continue
    fi
    pipped=$((pipped + 1))
    cp -R "$top_srcdir/bindings/python" "$tmp/src$n"
    chmod -R u+w "$tmp/src$n"
    rm -rf "$tmp/src$n/build"
    sed "s|^prefix=.*|prefix=$dest$prefix|" "$dest$libdir/pkgconfig/libbudget.pc" >"$tmp/libbudget.pc"
    if ! PKG_CONFIG_PATH="$tmp" PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
        "$venv/bin/python" -m pip install -q --no-build-isolation "$tmp/src$n" >"$tmp/pip.log" 2>&1; then
        cat "$tmp/pip.log"
        fail "$py: pip install --no-build-isolation"
    fi
    out=$(cd "$tmp" && env -u PYTHONPATH "$venv/bin/python" -c "$check") || fail "$py: the pip-installed package does not work"
    case $out in "$venv/"*) ;; *) fail "$py venv imported $out, not its own copy" ;; esac
    echo "ok: pip install in a venv of $py"
done
[ "$n" -gt 0 ] || fail "no build of the Python binding"
# Debian's /usr/bin/python3 with python3-wheel (tools/setup-debian.sh) can
# always do it: an install that no interpreter could check is a failure
[ "$pipped" -gt 0 ] || fail "no interpreter could run pip install --no-build-isolation"
echo "PASS: make install for $n interpreter(s), pip install for $pipped"
