#!/bin/sh
# The `budget` command in both languages: under LANG=zh_CN.UTF-8 its help,
# messages, table headers and statuses are Chinese (po/zh_CN.po, built into
# $top_builddir/tests/locale by make check), the human formats (table, html)
# default to Chinese names and the machine ones (csv, markdown) stay English;
# under LANG=C (and whenever LC_ALL=C) everything is English.
#
# The zh_CN.UTF-8 locale is a normal test dependency (tools/setup-debian.sh
# generates it): missing, the test fails, unless it cannot be generated here
# (not root, no sudo), where it is skipped with the same advice.

TEST_NAME=test-i18n-cli
. "$srcdir/cli-lib.sh"

data="$top_srcdir/examples/data"
catalogue="$top_builddir/tests/locale/zh_CN/LC_MESSAGES/budget.mo"

if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
    advice="the zh_CN.UTF-8 locale is missing: run tools/setup-debian.sh (as root) to install 'locales' and generate it"
    if [ "$(id -u)" != 0 ] && ! sudo -n true 2>/dev/null; then
        echo "SKIP: $advice; this user cannot generate it"
        exit 77
    fi
    echo "FAIL: $advice"
    exit 1
fi
if [ ! -f "$catalogue" ]; then
    echo "FAIL: $catalogue is not built (make -C tests check builds it from po/zh_CN.po)"
    exit 1
fi

# in_locale LANG LC_ALL NAME EXPECTED_EXIT ARGS...: like run (cli-lib.sh),
# with LANG and LC_ALL ("" unsets it) and the build tree's catalogue.
in_locale() {
    lang=$1
    lc_all=$2
    name=$3
    want=$4
    shift 4
    if [ -n "$lc_all" ]; then
        env -u LC_MESSAGES -u LANGUAGE LANG="$lang" LC_ALL="$lc_all" \
            BUDGET_LOCALEDIR="$top_builddir/tests/locale" "$BUDGET" "$@" >"$tmp/out" 2>"$tmp/err"
    else
        env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG="$lang" \
            BUDGET_LOCALEDIR="$top_builddir/tests/locale" "$BUDGET" "$@" >"$tmp/out" 2>"$tmp/err"
    fi
    rc=$?
    if [ "$rc" -ne "$want" ]; then
        fail "$name: exit $rc, expected $want"
        sed 's/^/    stderr: /' "$tmp/err" | head -5
        return 1
    fi
    return 0
}
zh() {
    in_locale zh_CN.UTF-8 "" "$@"
}
en() {
    in_locale C "" "$@"
}

# has NAME FILE TEXT: a check that FILE contains TEXT (a fixed string).
has() {
    if grep -qF -- "$3" "$2"; then
        pass "$1"
    else
        fail "$1: no '$3' in $(basename "$2")"
        sed 's/^/    /' "$2" | head -5
    fi
}
lacks() {
    if grep -qF -- "$3" "$2"; then
        fail "$1: '$3' in $(basename "$2")"
    else
        pass "$1"
    fi
}

# ---- budget --help ---------------------------------------------------------
if zh "zh: --help" 0 --help; then
    has "zh: --help usage" "$tmp/out" "用法：budget 命令 [选项...] DIR"
    has "zh: --help exit codes" "$tmp/out" "退出码：0 成功，1 发现问题"
    has "zh: --help names the locale rule" "$tmp/out" "csv、json 和 markdown 保持英文列名"
fi
if zh "zh: monitor --help" 0 monitor --help; then
    # GOption's own text comes from GLib's catalogue; the options from ours.
    has "zh: monitor --help option" "$tmp/out" "监控日期（默认：今天在账套年度内则为今天"
    has "zh: monitor --help shared option" "$tmp/out" "写入文件 FILE（原子替换）"
    has "zh: monitor --help description" "$tmp/out" "每个项目有资金预警"
fi
if en "C: --help" 0 --help; then
    has "C: --help is English" "$tmp/out" "Usage: budget COMMAND [OPTION...] DIR"
    lacks "C: --help has no translation" "$tmp/out" "用法"
fi

# ---- report ---------------------------------------------------------------
# examples/data at 2024-06-30: 16 projects (projects.csv); 000-9999-JSN-0226
# (仪器设备购置) has paid 1,089,972.54 by then (the sum of its rows in
# transactions.csv) of a 1,000,000.00 budget: 109.00 %, over budget.
if zh "zh: report" 0 report "$data" --as-of 2024-06-30; then
    has "zh: report title" "$tmp/out" "预算执行情况，截至 2024-06-30，按项目，金额单位：元"
    has "zh: report header 执行率" "$tmp/out" "执行率(%)"
    has "zh: report header 序时进度" "$tmp/out" "序时进度(%)"
    has "zh: report header 计划进度" "$tmp/out" "计划进度(%)"
    has "zh: report status 超预算" "$tmp/out" "超预算"
    has "zh: report summary" "$tmp/out" "16 个项目： 超预算 1，"
    lacks "zh: report has no English status" "$tmp/out" "over_budget"
fi
if zh "zh: report csv" 0 report "$data" --as-of 2024-06-30 --format csv; then
    if head -1 "$tmp/out" | grep -q '^code,unit,budget_original,budget_adjusted,executed,'; then
        pass "zh: csv header stays English"
    else
        fail "zh: csv header stays English: $(head -1 "$tmp/out")"
    fi
    has "zh: csv status stays English" "$tmp/out" ",over_budget,仪器设备购置,"
    lacks "zh: csv has no Chinese status" "$tmp/out" "超预算"
fi
if zh "zh: report markdown" 0 report "$data" --as-of 2024-06-30 --format markdown; then
    lacks "zh: markdown stays English" "$tmp/out" "项目编码"
fi
if zh "zh: report csv --headers zh" 0 report "$data" --as-of 2024-06-30 --format csv --headers zh; then
    has "zh: csv --headers zh" "$tmp/out" "项目编码"
fi
if zh "zh: report html" 0 report "$data" --as-of 2024-06-30 --format html --out "$tmp/r.html"; then
    has "zh: html defaults to Chinese names" "$tmp/r.html" "项目编码"
fi
if zh "zh: report table --headers en" 0 report "$data" --as-of 2024-06-30 --headers en; then
    has "zh: --headers en wins over the locale" "$tmp/out" "over_budget"
fi
if en "C: report" 0 report "$data" --as-of 2024-06-30; then
    has "C: report title" "$tmp/out" "Budget execution as of 2024-06-30, by project, money in 元"
    has "C: report summary" "$tmp/out" "16 projects: 1 over_budget,"
    lacks "C: report has no Chinese header" "$tmp/out" "项目编码"
fi
# LC_ALL=C wins over LANG.
if in_locale zh_CN.UTF-8 C "LC_ALL=C: report" 0 report "$data" --as-of 2024-06-30; then
    has "LC_ALL=C over LANG=zh_CN: English" "$tmp/out" "Budget execution as of"
fi

# ---- monitor ---------------------------------------------------------------
# At 2024-06-30 two projects are red and two yellow (test-monitor-cli.sh): exit 3.
if zh "zh: monitor" 3 monitor "$data" --as-of 2024-06-30; then
    has "zh: monitor title" "$tmp/out" "双监控，截至 2024-06-30：执行率与序时进度之比（低于 60.00% 红色预警"
    has "zh: monitor red list" "$tmp/out" "红色预警 (2)"
    has "zh: monitor yellow list" "$tmp/out" "黄色预警 (2)"
    has "zh: monitor header 全年预计执行数" "$tmp/out" "全年预计执行数"
    has "zh: monitor header 预计结余" "$tmp/out" "预计结余"
    has "zh: monitor colour and reason" "$tmp/out" "红色 (超预算)"
    has "zh: monitor roll-up" "$tmp/out" "按预算单位汇总"
    has "zh: monitor alert message" "$tmp/err" "budget：预警：红色 2 个，黄色 2 个"
fi
if zh "zh: monitor csv" 3 monitor "$data" --as-of 2024-06-30 --format csv; then
    if head -1 "$tmp/out" | grep -q '^code,unit,name,colour,money_colour,'; then
        pass "zh: monitor csv header stays English"
    else
        fail "zh: monitor csv header stays English: $(head -1 "$tmp/out")"
    fi
    has "zh: monitor csv colours stay English" "$tmp/out" ",red,red,ok,"
    lacks "zh: monitor csv has no Chinese colour" "$tmp/out" ",红色,"
fi
if en "C: monitor" 3 monitor "$data" --as-of 2024-06-30; then
    has "C: monitor title" "$tmp/out" "双监控 as of 2024-06-30: execution as a ratio of time progress"
    has "C: monitor red list" "$tmp/out" "RED (2)"
    has "C: monitor alert" "$tmp/err" "budget: alert: 2 red, 2 yellow"
fi

# monitor and form take the shared output options (--headers, --bom, --width).
if en "C: monitor csv --headers zh" 3 monitor "$data" --as-of 2024-06-30 --format csv --headers zh; then
    lacks "C: monitor --headers zh names columns in Chinese" "$tmp/out" "code,unit,name,colour"
    has "C: monitor --headers zh: 预算单位" "$tmp/out" "预算单位"
fi
if en "C: form csv --bom" 0 form monitoring "$data" --as-of 2024-06-30 --code GXQ-2024-001 --format csv --bom; then
    if [ "$(head -c 3 "$tmp/out" | od -An -tx1 | tr -d ' ')" = efbbbf ]; then
        pass "C: form --bom starts with EF BB BF"
    else
        fail "C: form --bom starts with EF BB BF"
    fi
fi
# The form's own words follow the headers: 资金 and 按计划 under --headers zh.
if en "C: form csv --headers zh" 0 form monitoring "$data" --as-of 2024-06-30 --code GXQ-2024-001 --format csv \
    --headers zh; then
    has "C: form --headers zh: section 资金" "$tmp/out" ",资金,"
    lacks "C: form --headers zh: no English section" "$tmp/out" ",funds,"
fi
# --width reaches the library's table format: names are shortened to fit a
# narrow width, and whole with no limit (0).
if en "C: form table --width 60" 0 form monitoring "$data" --as-of 2024-06-30 --code GXQ-2024-001 --format table \
    --width 60; then
    lacks "C: form --width 60 shortens the name" "$tmp/out" "智慧环保综合服务及空气监测站运维"
    has "C: form --width 60 marks the cut" "$tmp/out" "…"
fi
if en "C: form table --width 0" 0 form monitoring "$data" --as-of 2024-06-30 --code GXQ-2024-001 --format table \
    --width 0; then
    has "C: form --width 0 keeps the name" "$tmp/out" "智慧环保综合服务及空气监测站运维"
fi

# ---- score -----------------------------------------------------------------
if zh "zh: score" 0 score "$data" --as-of 2024-12-31; then
    has "zh: score title" "$tmp/out" "自评得分，截至 2024-12-31（预算执行 10 分，产出 50 分"
    has "zh: score profile" "$tmp/out" "评分方案：national"
    has "zh: score header" "$tmp/out" "等级"
    has "zh: score grades" "$tmp/out" "16 个项目：优 "
    has "zh: score blank actuals" "$tmp/out" "个指标因实际完成值空缺计 0 分"
fi
if zh "zh: score csv" 0 score "$data" --as-of 2024-12-31 --format csv; then
    has "zh: score csv stays English" "$tmp/out" "code,execution_score,output_score"
fi

# ---- form ------------------------------------------------------------------
if zh "zh: form monitoring" 0 form monitoring "$data" --as-of 2024-06-30 --code GXQ-2024-001; then
    has "zh: form monitoring title" "$tmp/out" "项目支出绩效运行监控表，截至 2024-06-30，金额单位：元"
    has "zh: form monitoring headers" "$tmp/out" "1-N月实际完成值"
fi
if zh "zh: form self-evaluation" 0 form self-evaluation "$data" --as-of 2024-12-31 --code GXQ-2024-001; then
    has "zh: form self-evaluation title" "$tmp/out" "项目支出绩效自评表，截至 2024-12-31"
fi
if zh "zh: form usage" 0 form --help; then
    has "zh: form usage" "$tmp/out" "用法：budget form 表样 DIR [选项...]"
fi
if zh "zh: form unknown code" 2 form monitoring "$data" --as-of 2024-06-30 --code NO-SUCH; then
    # The tool's prefix is translated, the library's message stays as written.
    has "zh: form unknown code prefix" "$tmp/err" "budget：--code："
fi

# ---- validate, with an error -------------------------------------------------
mkdir "$tmp/bad"
cp "$data"/*.csv "$tmp/bad/"
# Line 2 of transactions.csv gets an amount that is not a number: one error.
sed '2s/,13595.05,/,12x,/' "$data/transactions.csv" >"$tmp/bad/transactions.csv"
if zh "zh: validate with an error" 1 validate "$tmp/bad"; then
    has "zh: validate names the line" "$tmp/out" "transactions.csv:2:3: "
    has "zh: validate summary" "$tmp/err" "错误 1 条，警告 0 条"
fi
if en "C: validate with an error" 1 validate "$tmp/bad"; then
    has "C: validate summary" "$tmp/err" "1 error, 0 warnings"
fi
if zh "zh: a missing folder" 2 report "$tmp/no-such-folder"; then
    has "zh: usage message" "$tmp/err" "不是文件夹（请给出存放 projects.csv 的文件夹）"
fi
if zh "zh: unknown option" 2 report "$data" --no-such-option; then
    has "zh: option error names the help" "$tmp/err" "（请运行 'budget report --help'）"
fi

echo "$checks checks, $failures failed"
[ "$failures" -eq 0 ]
