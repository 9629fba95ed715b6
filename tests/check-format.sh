#!/bin/sh
# The tree is clang-format clean (issue 7): every C file and header in git
# formats to itself under the tree's .clang-format. The formatter is
# Debian's clang-format, installed by tools/setup-debian.sh; a missing one
# is a failure, not a skip. Environment: top_srcdir (set by make check).
top_srcdir=${top_srcdir:-..}
cd "$top_srcdir" || exit 1
if ! command -v clang-format >/dev/null 2>&1; then
    echo "FAIL: clang-format is missing (sh tools/setup-debian.sh installs it)"
    exit 1
fi
if [ -d .git ] && command -v git >/dev/null 2>&1; then
    files=$(git ls-files '*.c' '*.h')
else
    # A release tarball has no .git: the sources it ships.
    files=$(find include libbudget tools tests examples docs -name '*.[ch]' ! -name 'budget-version.h' \
        ! -name 'tutorial-c.c' ! -name 'config.h' 2>/dev/null)
fi
bad=0
n=0
for f in $files; do
    n=$((n + 1))
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (clang-format -i $f)"
        bad=$((bad + 1))
    fi
done
if [ "$n" -eq 0 ]; then
    echo "FAIL: no source files found"
    exit 1
fi
if [ "$bad" -gt 0 ]; then
    echo "FAIL: $bad of $n files are not clang-format clean"
    exit 1
fi
echo "PASS: $n files are clang-format clean ($(clang-format --version))"
