#!/bin/sh
# The HTML report renders in headless Chromium with no console errors, and a
# PNG screenshot is taken (kept as $HOST_ARTIFACTS/report.png when that is
# set). Chromium is a CI host (.ci/run installs it with setup-debian.sh
# --hosts); without it the test skips.
# Exit: 0 pass, 1 fail, 77 skip.

BUDGET=${BUDGET:-../tools/budget}
srcdir=${srcdir:-.}
top_srcdir=${top_srcdir:-$srcdir/..}
data="$top_srcdir/examples/data"

browser=""
for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
done
if [ -z "$browser" ]; then
    echo "SKIP: no chromium (apt-get install chromium, or sh tools/setup-debian.sh --hosts)"
    exit 77
fi

TEST_NAME=host-chromium
. "$srcdir/cli-lib.sh"

sandbox=""
[ "$(id -u)" -eq 0 ] && sandbox="--no-sandbox"
flags="--headless $sandbox --disable-gpu --disable-background-networking --disable-extensions
    --disable-sync --disable-default-apps --no-first-run --mute-audio --disable-dev-shm-usage
    --user-data-dir=$tmp/profile"

for headers in en zh; do
    if run "report html ($headers)" 0 report "$data" --as-of 2024-08-31 --format html --headers $headers \
        --out "$tmp/r-$headers.html"; then
        # Console messages are logged as "CONSOLE(line)" (and uncaught errors
        # too); the DOM dump proves the page was parsed and laid out.
        timeout 120 $browser $flags --enable-logging=stderr --v=0 --dump-dom "file://$tmp/r-$headers.html" \
            >"$tmp/dom" 2>"$tmp/log"
        if grep -q "</table>" "$tmp/dom" && grep -q "<svg" "$tmp/dom"; then
            pass "$headers: the DOM has the tables and the charts"
        else
            fail "$headers: DOM dump"; tail -5 "$tmp/log"
        fi
        if grep -Eq "CONSOLE|Uncaught|Refused to|net::ERR" "$tmp/log"; then
            fail "$headers: console errors"; grep -E "CONSOLE|Uncaught|Refused to|net::ERR" "$tmp/log" | head -5
        else
            pass "$headers: no console errors"
        fi
        timeout 120 $browser $flags --screenshot="$tmp/r-$headers.png" --window-size=1280,2000 \
            "file://$tmp/r-$headers.html" >/dev/null 2>&1
        if [ "$(head -c 8 "$tmp/r-$headers.png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ]; then
            pass "$headers: PNG screenshot"
            [ -n "${HOST_ARTIFACTS:-}" ] && cp "$tmp/r-$headers.png" "$HOST_ARTIFACTS/report-$headers.png"
        else
            fail "$headers: PNG screenshot"
        fi
    fi
done
finish
