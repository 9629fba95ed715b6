#!/bin/sh
# Installs every Debian (12, bookworm) package needed to build and test
# libbudget. Packages already installed are skipped, so on a prepared
# machine this takes a second and touches nothing.
#
#   sh tools/setup-debian.sh           # as root, or a user with sudo
#   sh tools/setup-debian.sh --hosts   # also the real hosts the CI-only tests drive
#   sh tools/setup-debian.sh --bench   # also the peers bench/ compares with
#   sh tools/setup-debian.sh --list    # print the packages and exit
#
# To add a dependency, add it to the list it belongs to below.
set -eu

# Compiler, autotools and the libraries libbudget links with.
build_pkgs="build-essential autoconf automake libtool pkg-config
    libglib2.0-dev libcsv-dev libjson-glib-dev
    libxlsxwriter-dev gettext autopoint"
# budget import reads .docx files: the zip with libarchive, the XML with libxml2.
build_pkgs="$build_pkgs libarchive-dev libxml2-dev"
# The tests: CUnit suites, the datagen/reference scripts (Python 3 stdlib),
# clang-format for tests/check-format.sh, nm/readelf for the export check,
# valgrind memcheck, `file`, GNU `time` (peak RSS in bench/); locales: the
# tests run the command in zh_CN.UTF-8 too (generated below).
test_pkgs="libcunit1-dev python3 binutils valgrind file clang-format time locales"
# abidw/abidiff for `make abi-baseline` and `make abi-check` (docs/abi.md).
test_pkgs="$test_pkgs abigail-tools"
# The API reference (gtk-doc, plain rules in docs/Makefile.am).
doc_pkgs="gtk-doc-tools"
# Getting and handling the sources.
tool_pkgs="git ca-certificates make"
# Bindings (later issues add Python and Lua dev packages here).
# Python: headers of Debian's /usr/bin/python3 (which LibreOffice and
# Gnumeric embed), and venv/setuptools/wheel for the pip install test.
binding_pkgs="python3-dev python3-venv python3-setuptools python3-wheel"
# The Lua binding: each Lua it is built for (headers and interpreter), and
# luarocks for tests/test-lua-rock.sh.
binding_pkgs="$binding_pkgs lua5.1 liblua5.1-0-dev luajit libluajit-5.1-dev lua5.3 liblua5.3-dev lua5.4
    liblua5.4-dev luarocks"
# CI-only tools: clang and its libFuzzer runtime (libclang_rt.fuzzer-x86_64.a,
# which clang-14 only recommends) for tests/fuzz/run.sh (.ci/run step f).
ci_pkgs="clang libclang-rt-14-dev"
# Real hosts (spreadsheets, browser) driven by tests that skip without them;
# large, so installed only with --hosts (.ci/run does).
# LibreOffice Calc headless with Python macros; Gnumeric's ssconvert with
# its Python plugin loader (tests/host-libreoffice.sh, tests/host-gnumeric.sh).
host_pkgs="libreoffice-calc-nogui libreoffice-script-provider-python gnumeric gnumeric-plugins-extra"
# The HTML report rendered in headless Chromium (with a CJK font for its
# screenshot); xmllint checks the SVG charts.
host_pkgs="$host_pkgs chromium fonts-noto-cjk libxml2-utils"
# The tools bench/ compares libbudget with; only with --bench.
bench_pkgs="python3-pandas sqlite3 mawk gawk nodejs npm"

all_pkgs="$build_pkgs $test_pkgs $doc_pkgs $tool_pkgs $binding_pkgs $ci_pkgs"
list=false
for arg in "$@"; do
    case $arg in
        --hosts) all_pkgs="$all_pkgs $host_pkgs" ;;
        --bench) all_pkgs="$all_pkgs $bench_pkgs" ;;
        --list) list=true ;;
        *) echo "usage: $0 [--hosts] [--bench] [--list]" >&2; exit 2 ;;
    esac
done

if $list; then
    for p in $all_pkgs; do echo "$p"; done
    exit 0
fi

if ! command -v dpkg >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-debian.sh: this is not a Debian system (no dpkg/apt-get)." >&2
    echo "Install the equivalents of: $(echo $all_pkgs)" >&2
    exit 1
fi

missing=""
for p in $all_pkgs; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done

# The zh_CN.UTF-8 locale the translation tests run in (Debian ships it
# commented out in /etc/locale.gen).
ensure_locale() {
    if locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ] && [ -z "$as_root" ]; then
        echo "setup-debian.sh: warning: no zh_CN.UTF-8 locale and no root to generate it;" \
            "the translation tests will skip" >&2
        return 0
    fi
    echo "setup-debian.sh: generating the zh_CN.UTF-8 locale"
    if ! grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
        echo 'zh_CN.UTF-8 UTF-8' | $as_root tee -a /etc/locale.gen >/dev/null
    fi
    $as_root locale-gen
}

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    as_root=""
fi

if [ -z "$missing" ]; then
    echo "setup-debian.sh: all $(echo $all_pkgs | wc -w) packages are installed."
    ensure_locale
    exit 0
fi

if [ "$(id -u)" -ne 0 ] && [ -z "$as_root" ]; then
    echo "setup-debian.sh: need root (or sudo) to install:$missing" >&2
    exit 1
fi

echo "setup-debian.sh: installing:$missing"
export DEBIAN_FRONTEND=noninteractive

apt_install() {
    # shellcheck disable=SC2086
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o DPkg::Lock::Timeout=900 $missing
}

# Update the package lists only when they are missing or cannot serve the
# install (a fresh minimal system has none; an old one may be stale).
lists=$(ls /var/lib/apt/lists/ 2>/dev/null | grep -c '_Packages' || true)
if [ "$lists" -eq 0 ]; then
    $as_root apt-get -o DPkg::Lock::Timeout=900 update -q
    apt_install
elif ! apt_install; then
    echo "setup-debian.sh: install failed; updating the package lists and retrying" >&2
    $as_root apt-get -o DPkg::Lock::Timeout=900 update -q
    apt_install
fi
ensure_locale
echo "setup-debian.sh: done."
