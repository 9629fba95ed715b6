/* csv-load: the CSV files of DESIGN.md "Data formats" loaded into the model
 * — options, column names (English and the Chinese of Excel exports, units in
 * headers, plan columns), the rows of each file, the data folder. Reading
 * records is csv-read.c's, decoding csv-input.c's. */
#include "config.h"

#include <inttypes.h>
#include <limits.h>
#include <string.h>

#include "book-private.h"
#include "csv-private.h"
#include "ledger-private.h"
#include "plan-private.h"
#include "project-private.h"
#include "text-number-private.h"
#include "text-private.h"
#include "voucher-set-private.h"

const BudgetCsvOptions budgetp_csv_default_options = {
    false, false, ENC_AUTO, DEFAULT_MAX_FIELD_SIZE, DEFAULT_MAX_COLUMNS, true, BUDGET_CSV_FILES_ALL, 1, 0};

BudgetCsvOptions *budget_csv_options_new(void)
{
    BudgetCsvOptions *o = g_new0(BudgetCsvOptions, 1);
    *o = budgetp_csv_default_options;
    return o;
}

void budget_csv_options_free(BudgetCsvOptions *options)
{
    g_free(options);
}

void budget_csv_options_set_lenient(BudgetCsvOptions *options, bool lenient)
{
    g_return_if_fail(options != NULL);
    options->lenient = lenient;
}

void budget_csv_options_set_check_vouchers(BudgetCsvOptions *options, bool check)
{
    g_return_if_fail(options != NULL);
    options->check_vouchers = check;
}

void budget_csv_options_set_files(BudgetCsvOptions *options, unsigned files)
{
    g_return_if_fail(options != NULL);
    options->files = files & BUDGET_CSV_FILES_ALL;
}

void budget_csv_options_set_fast_path(BudgetCsvOptions *options, bool fast)
{
    g_return_if_fail(options != NULL);
    options->fast_path = fast;
}

void budget_csv_options_set_threads(BudgetCsvOptions *options, unsigned n_threads)
{
    g_return_if_fail(options != NULL);
    options->n_threads = n_threads;
}

unsigned budget_csv_options_get_threads(const BudgetCsvOptions *options)
{
    g_return_val_if_fail(options != NULL, 1);
    return options->n_threads != 0 ? options->n_threads : (unsigned)MAX(g_get_num_processors(), 1);
}

void budget_csv_options_set_range_size(BudgetCsvOptions *options, size_t bytes)
{
    g_return_if_fail(options != NULL);
    options->range_size = bytes;
}

bool budget_csv_options_set_max_field_size(BudgetCsvOptions *options, size_t bytes, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(options != NULL, false, error);
    if (bytes == 0) {
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL,
                          "the largest field must be at least 1 byte");
        return false;
    }
    options->max_field_size = bytes;
    return true;
}

size_t budget_csv_options_get_max_field_size(const BudgetCsvOptions *options)
{
    return options != NULL ? options->max_field_size : DEFAULT_MAX_FIELD_SIZE;
}

bool budget_csv_options_set_max_columns(BudgetCsvOptions *options, size_t columns, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(options != NULL, false, error);
    if (columns == 0 || columns > INT_MAX) {
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL,
                          "the number of columns must be between 1 and %d", INT_MAX);
        return false;
    }
    options->max_columns = columns;
    return true;
}

size_t budget_csv_options_get_max_columns(const BudgetCsvOptions *options)
{
    return options != NULL ? options->max_columns : DEFAULT_MAX_COLUMNS;
}

bool budget_csv_options_set_encoding(BudgetCsvOptions *options, const char *encoding, BudgetError *error)
{
    static const char *const gb_names[] = {"GB18030", "GBK", "GB2312", "GB-18030", "CP936"};

    budget_error_clear(error);
    budgetp_return_val_if_fail(options != NULL, false, error);
    if (encoding == NULL || g_ascii_strcasecmp(encoding, "auto") == 0) {
        options->encoding = ENC_AUTO;
        return true;
    }
    if (g_ascii_strcasecmp(encoding, "UTF-8") == 0 || g_ascii_strcasecmp(encoding, "UTF8") == 0) {
        options->encoding = ENC_UTF8;
        return true;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(gb_names); i++) {
        if (g_ascii_strcasecmp(encoding, gb_names[i]) == 0) {
            options->encoding = ENC_GB18030;
            return true;
        }
    }
    budgetp_error_set(error, BUDGET_ERROR_UNSUPPORTED, NULL, 0, 0, NULL,
                      "unsupported encoding \"%s\" (use auto, UTF-8 or GB18030)", encoding);
    return false;
}

/* Where a loader's bytes come from (csv-private.h), one constructor each. */
static BudgetpCsvInput input_path(const char *path)
{
    BudgetpCsvInput in = {path, NULL, 0, NULL, NULL};
    return in;
}

/* The length of a buffer given as (@data, @len), -1 for NUL-terminated. */
static size_t data_length(const char *data, ptrdiff_t len)
{
    if (data == NULL)
        return 0;
    return len < 0 ? strlen(data) : (size_t)len;
}

static BudgetpCsvInput input_data(const char *data, ptrdiff_t len)
{
    BudgetpCsvInput in = {NULL, data != NULL ? data : "", data_length(data, len), NULL, NULL};
    return in;
}

static BudgetpCsvInput input_read(BudgetReadFunc read, void *read_data)
{
    BudgetpCsvInput in = {NULL, NULL, 0, read, read_data};
    return in;
}

/* ---- Columns ---------------------------------------------------------- */

const char *const budgetp_csv_key_names[N_KEYS] = {
    NULL,      "code",      "name",   "unit",        "year",   "budget", "fiscal",  "other",  "carryover",
    "purpose", "plan_form", "plan",   "date",        "amount", "source", "voucher", "memo",   "reason",
    "level1",  "level2",    "level3", "description", "target", "basis",  "weight",  "actual", "item",
};

typedef struct {
    const char *name;
    Key key;
} Synonym;

/* The headers of Chinese Excel exports (docs/csv-formats.md lists them). */
static const Synonym synonyms[] = {
    {"项目编码", KEY_CODE},
    {"项目代码", KEY_CODE},
    {"项目编号", KEY_CODE},
    {"项目名称", KEY_NAME},
    {"专项资金名称", KEY_NAME},
    {"预算单位", KEY_UNIT},
    {"单位名称", KEY_UNIT},
    {"单位", KEY_UNIT},
    {"年度", KEY_YEAR},
    {"预算数", KEY_BUDGET},
    {"预算金额", KEY_BUDGET},
    {"年初预算数", KEY_BUDGET},
    {"财政资金", KEY_FISCAL},
    {"本年财政拨款", KEY_FISCAL},
    {"财政拨款", KEY_FISCAL},
    {"其他资金", KEY_OTHER},
    {"上年结转", KEY_CARRYOVER},
    {"上年结转资金", KEY_CARRYOVER},
    {"资金用途", KEY_PURPOSE},
    {"计划形式", KEY_PLAN_FORM},
    {"日期", KEY_DATE},
    {"支付日期", KEY_DATE},
    {"调整日期", KEY_DATE},
    {"金额", KEY_AMOUNT},
    {"支出金额", KEY_AMOUNT},
    {"调整金额", KEY_AMOUNT},
    {"资金来源", KEY_SOURCE},
    {"凭证号", KEY_VOUCHER},
    {"凭证编号", KEY_VOUCHER},
    {"摘要", KEY_MEMO},
    {"备注", KEY_MEMO},
    {"调整原因", KEY_REASON},
    {"原因", KEY_REASON},
    {"一级指标", KEY_LEVEL1},
    {"二级指标", KEY_LEVEL2},
    {"三级指标", KEY_LEVEL3},
    {"绩效指标描述", KEY_DESCRIPTION},
    {"指标描述", KEY_DESCRIPTION},
    {"指标值", KEY_TARGET},
    {"年度指标值", KEY_TARGET},
    {"指标值确定依据", KEY_BASIS},
    {"分值", KEY_WEIGHT},
    {"权重", KEY_WEIGHT},
    {"实际值", KEY_ACTUAL},
    {"实际完成值", KEY_ACTUAL},
    {"全年实际值", KEY_ACTUAL},
    /* department.csv (only that file kind uses them) */
    {"项目", KEY_ITEM},
    {"名称", KEY_ITEM},
    {"指标", KEY_ITEM},
    {"科目", KEY_ITEM},
};

static bool key_relevant(FileKind kind, Key key)
{
    switch (kind) {
    case FILE_PROJECTS:
        return key >= KEY_CODE && key <= KEY_PLAN;
    case FILE_TRANSACTIONS:
        return key == KEY_CODE || (key >= KEY_DATE && key <= KEY_MEMO);
    case FILE_ADJUSTMENTS:
        return key == KEY_CODE || key == KEY_DATE || key == KEY_AMOUNT || key == KEY_REASON;
    case FILE_INDICATORS:
        return key == KEY_CODE || (key >= KEY_LEVEL1 && key <= KEY_ACTUAL);
    case FILE_DEPARTMENT:
        return key == KEY_ITEM || key == KEY_AMOUNT || key == KEY_MEMO;
    }
    return false;
}

static const Key required_keys[][4] = {
    [FILE_PROJECTS] = {KEY_CODE, KEY_BUDGET, KEY_UNKNOWN, KEY_UNKNOWN},
    [FILE_TRANSACTIONS] = {KEY_DATE, KEY_CODE, KEY_AMOUNT, KEY_UNKNOWN},
    [FILE_ADJUSTMENTS] = {KEY_DATE, KEY_CODE, KEY_AMOUNT, KEY_UNKNOWN},
    [FILE_INDICATORS] = {KEY_CODE, KEY_UNKNOWN, KEY_UNKNOWN, KEY_UNKNOWN},
    [FILE_DEPARTMENT] = {KEY_ITEM, KEY_AMOUNT, KEY_UNKNOWN, KEY_UNKNOWN},
};

static const char *key_hint(Key key)
{
    switch (key) {
    case KEY_CODE:
        return "项目编码";
    case KEY_BUDGET:
        return "预算数";
    case KEY_DATE:
        return "日期";
    case KEY_AMOUNT:
        return "金额";
    default:
        return budgetp_csv_key_names[key];
    }
}

static bool has_prefix(const char *s, const char *prefix, const char **rest)
{
    size_t n = strlen(prefix);
    if (strncmp(s, prefix, n) != 0)
        return false;
    *rest = s + n;
    return true;
}

/* Reads up to 9 ASCII digits into *n; returns how many were read. */
static int read_digits(const char **p, int *n)
{
    int digits = 0;

    *n = 0;
    while (g_ascii_isdigit(**p) && digits < 9) {
        *n = *n * 10 + (**p - '0');
        (*p)++;
        digits++;
    }
    return digits;
}

/* Reads a Chinese numeral 一..十二 into *n (一季度, 三月底). */
static bool read_numeral(const char **p, int *n)
{
    static const char *const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    for (size_t i = 0; i < G_N_ELEMENTS(numerals); i++) {
        if (has_prefix(*p, numerals[i], p)) {
            *n = (int)i + 1;
            if (*n == 10 && has_prefix(*p, "一", p))
                *n = 11;
            else if (*n == 10 && has_prefix(*p, "二", p))
                *n = 12;
            return true;
        }
    }
    return false;
}

/* The rest of a quarter header after "季度" or "Q<n>": quarter @n ends in month 3n. */
static int quarter_end(const char *p, int n, int digits, bool *plan_like)
{
    (void)has_prefix(p, "末", &p);
    if (*p != '\0')
        return 0;
    *plan_like = true;
    return digits <= 2 && n >= 1 && n <= 4 ? 3 * n : 0;
}

/* The month a plan column's header names: "plan_03", "plan_3", "计划_03",
 * "计划3月", "3月底", "3月末", "3月", "三月底" → 3; the quarters (分季度用款计划) "一季度",
 * "第一季度", "1季度", "第1季度", "一季度末", "第一季度末", "Q1", "q1",
 * "plan_q1", "计划_Q1" → 3, 6, 9, 12, the months that end them. Else 0, with
 * *plan_like set when the header still looks like a plan column ("plan_13",
 * "plan_0", "plan_x", "13月底", "0月", "第五季度", "Q5", "计划" alone), so that
 * it is reported rather than kept silently as an unknown column. */
static int plan_month_of(const char *s, bool *plan_like)
{
    const char *p = s;
    bool prefixed = false, numeral = false, nth;
    int n = 0, digits;

    *plan_like = false;
    if (g_ascii_strncasecmp(p, "plan", 4) == 0) {
        char next = p[4];
        /* "planned", "planner": words, not plan columns. */
        if (next != '\0' && next != '_' && next != '-' && next != ' ' && !g_ascii_isdigit(next) &&
            !((next == 'q' || next == 'Q') && g_ascii_isdigit(p[5])))
            return 0;
        p += 4;
        if (*p == '_' || *p == '-' || *p == ' ')
            p++;
        prefixed = *plan_like = true;
    } else if (has_prefix(p, "计划", &p)) {
        /* "计划" alone or "计划_…" is a plan column; "计划数" is another column
         * unless a month or quarter follows. */
        prefixed = true;
        *plan_like = *p == '\0' || *p == '_';
        if (*p == '_')
            p++;
    }
    if ((*p == 'q' || *p == 'Q') && g_ascii_isdigit(p[1])) {
        p++;
        digits = read_digits(&p, &n);
        return quarter_end(p, n, digits, plan_like);
    }
    nth = has_prefix(p, "第", &p);
    digits = read_digits(&p, &n);
    if (digits == 0 && read_numeral(&p, &n)) {
        numeral = true;
        digits = 1;
    }
    if (has_prefix(p, "季度", &p))
        return quarter_end(p, n, digits, plan_like);
    if (digits == 0 || nth)
        return 0; /* "第3批": not a plan column */
    if (prefixed && !numeral)
        *plan_like = true;
    if (strcmp(p, "月") == 0 || strcmp(p, "月底") == 0 || strcmp(p, "月末") == 0)
        *plan_like = true;
    else if (*p != '\0' || !prefixed || numeral)
        return 0; /* a bare number is a month only after plan_ / 计划 */
    return digits <= 2 && n >= 1 && n <= 12 ? n : 0;
}

/* Splits "预算数（万元）" / "budget(万元)" into the base name and its unit. */
static char *strip_unit(const char *name, BudgetMoneyUnit *unit)
{
    static const struct {
        const char *text;
        BudgetMoneyUnit unit;
    } units[] = {
        {"元", BUDGET_MONEY_UNIT_YUAN}, {"万元", BUDGET_MONEY_UNIT_WAN}, {"亿元", BUDGET_MONEY_UNIT_YI}};
    size_t len = strlen(name);
    const char *open = NULL, *p;
    size_t close_len;

    *unit = BUDGET_MONEY_UNIT_YUAN;
    if (len > 0 && name[len - 1] == ')')
        close_len = 1;
    else if (g_str_has_suffix(name, "）"))
        close_len = strlen("）");
    else
        return g_strdup(name);
    for (p = name; (p = strpbrk(p, "(\xef")) != NULL; p++) {
        if (*p == '(' || strncmp(p, "（", strlen("（")) == 0)
            open = p;
    }
    if (open == NULL)
        return g_strdup(name);
    {
        size_t open_len = *open == '(' ? 1 : strlen("（");
        char *inside = g_strndup(open + open_len, (size_t)(name + len - close_len - (open + open_len)));
        g_strstrip(inside);
        for (size_t i = 0; i < G_N_ELEMENTS(units); i++) {
            if (strcmp(inside, units[i].text) == 0) {
                char *base = g_strndup(name, (size_t)(open - name));
                *unit = units[i].unit;
                g_free(inside);
                return g_strstrip(base);
            }
        }
        g_free(inside);
    }
    return g_strdup(name);
}

/* @month is set to the month of a plan column, or to -1 for a header that
 * looks like a plan column but names no month (see plan_month_of()). */
static Key key_of(const char *name, int *month)
{
    const char *p = name;
    bool plan_like;

    *month = 0;
    /* "其中：财政资金": the "of which" prefix of Excel sub-columns. */
    if (!has_prefix(p, "其中：", &p) && !has_prefix(p, "其中:", &p))
        p = name;
    while (*p == ' ')
        p++;
    for (int k = KEY_CODE; k < N_KEYS; k++) {
        if (k != KEY_PLAN && g_ascii_strcasecmp(p, budgetp_csv_key_names[k]) == 0)
            return (Key)k;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(synonyms); i++) {
        if (strcmp(p, synonyms[i].name) == 0)
            return synonyms[i].key;
    }
    *month = plan_month_of(p, &plan_like);
    if (*month == 0 && plan_like)
        *month = -1;
    return *month > 0 ? KEY_PLAN : KEY_UNKNOWN;
}

/* ---- The header -------------------------------------------------------- */

static void warn_dropped_columns(Reader *r)
{
    /* adjustments.csv has no place for other columns: say so rather than drop them silently. */
    for (guint i = 0; i < r->extra_cols->len; i++) {
        int col = g_array_index(r->extra_cols, int, i);
        BudgetError w;
        budget_error_clear(&w);
        budgetp_error_set(&w, BUDGET_ERROR_UNSUPPORTED, r->source, 1, col + 1,
                          budgetp_csv_column_name(r, col),
                          "column \"%s\" is not kept (adjustments have date, code, amount, reason)",
                          budgetp_csv_column_name(r, col));
        budgetp_csv_report(r, &w, true);
    }
}

/* A ledger keeps date, code, amount and source: another column (a second
 * amount such as 退款金额, a 科目) is named once, at the header, so that a
 * column the report does not read is never taken for one it does. */
static void warn_ledger_columns(Reader *r)
{
    for (guint i = 0; i < r->extra_cols->len; i++) {
        int col = g_array_index(r->extra_cols, int, i);
        char *q = budgetp_csv_quote_cell(budgetp_csv_column_name(r, col));
        BudgetError w;
        budget_error_clear(&w);
        budgetp_error_set(&w, BUDGET_ERROR_UNSUPPORTED, r->source, 1, col + 1,
                          budgetp_csv_column_name(r, col),
                          "column \"%s\" is not used by the ledger (it reads date, code, amount, source; "
                          "voucher and memo are checked)",
                          q);
        g_free(q);
        budgetp_csv_report(r, &w, true);
    }
}

/* department.csv: the value column may also be called value / 数值 / 数额 / 金额或人数. */
static bool department_value_column(const char *name)
{
    static const char *const names[] = {"value", "数值", "数额", "金额或人数", "金额/人数", "值"};
    for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
        if (g_ascii_strcasecmp(name, names[i]) == 0)
            return true;
    }
    return false;
}

static void warn_department_columns(Reader *r)
{
    for (guint i = 0; i < r->extra_cols->len; i++) {
        int col = g_array_index(r->extra_cols, int, i);
        BudgetError w;
        budget_error_clear(&w);
        budgetp_error_set(&w, BUDGET_ERROR_UNSUPPORTED, r->source, 1, col + 1,
                          budgetp_csv_column_name(r, col),
                          "column \"%s\" is not used (department.csv has item, amount, memo)",
                          budgetp_csv_column_name(r, col));
        budgetp_csv_report(r, &w, true);
    }
}

/* Is this column's key (or, for other columns, its name in any case) already
 * in the header? O(1) per column: a header may have thousands of columns.
 * @unknown maps the lower-cased names of the other columns to their index. */
static bool header_seen(Reader *r, GHashTable *unknown, const char *name, Key key, int month, int col)
{
    int first = -1;

    if (key == KEY_PLAN) {
        first = r->plan_col[month];
    } else if (key != KEY_UNKNOWN) {
        first = r->col_of[key];
    } else if (name[0] != '\0') {
        char *folded = g_ascii_strdown(name, -1);
        gpointer at;
        if (g_hash_table_lookup_extended(unknown, folded, NULL, &at)) {
            first = GPOINTER_TO_INT(at);
            g_free(folded);
        } else {
            g_hash_table_insert(unknown, folded, GINT_TO_POINTER(col));
        }
    }
    if (first >= 0) {
        budgetp_csv_file_error(r, BUDGET_ERROR_PARSE, r->rec_line, col + 1, name,
                               "duplicate column \"%s\" (same as column %d, \"%s\")", name, first + 1,
                               budgetp_csv_column_name(r, first));
        return true;
    }
    return false;
}

void budgetp_csv_process_header(Reader *r)
{
    GHashTable *unknown;

    if (r->rec_n_fields > r->n_cells) {
        budgetp_csv_file_error(
            r, BUDGET_ERROR_RANGE, r->rec_line, (int)r->max_columns + 1, "",
            "the header has %zu columns, more than the limit of %zu (a CSV option sets it)", r->rec_n_fields,
            r->max_columns);
        return;
    }
    if (r->rec_big_col >= 0) {
        budgetp_csv_file_error(
            r, BUDGET_ERROR_RANGE, r->rec_line, r->rec_big_col + 1, "",
            "header cell %d is %zu bytes long, more than the limit of %zu (a CSV option sets it)",
            r->rec_big_col + 1, r->rec_big_len, r->max_field_size);
        return;
    }
    unknown = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

    for (size_t i = 0; i < r->n_cells; i++) {
        Column c = {NULL, KEY_UNKNOWN, 0, BUDGET_MONEY_UNIT_YUAN};
        char *base;
        bool plan_like;

        if (!g_utf8_validate(r->cell_ptr[i], (gssize)r->cell_len[i], NULL)) {
            budgetp_csv_file_error(
                r, BUDGET_ERROR_ENCODING, r->rec_line, (int)i + 1, "",
                "header cell %zu is not valid UTF-8 (set the encoding option for other encodings)", i + 1);
            g_hash_table_destroy(unknown);
            return;
        }
        c.name = g_strdup(budgetp_csv_cell(r, (int)i));
        base = strip_unit(c.name, &c.unit);
        c.key = key_of(base, &c.month);
        if (r->kind == FILE_DEPARTMENT && c.key == KEY_UNKNOWN && department_value_column(base))
            c.key = KEY_AMOUNT;
        g_free(base);
        plan_like = r->kind == FILE_PROJECTS && c.month < 0;
        if (!key_relevant(r->kind, c.key)) {
            c.key = KEY_UNKNOWN;
            c.month = 0;
        }
        g_array_append_val(r->columns, c);
        if (header_seen(r, unknown, c.name, c.key, c.month, (int)i)) {
            g_hash_table_destroy(unknown);
            return;
        }
        if (c.key == KEY_PLAN)
            r->plan_col[c.month] = (int)i;
        else if (c.key != KEY_UNKNOWN)
            r->col_of[c.key] = (int)i;
        else if (c.name[0] != '\0') {
            int col = (int)i;
            g_array_append_val(r->extra_cols, col);
        }
        if (plan_like)
            budgetp_csv_warn_row(
                r, BUDGET_ERROR_UNSUPPORTED, (int)i,
                "plan column \"%s\" names no month 1..12 or quarter 1..4: kept as text, not read as a plan "
                "(write plan_01..plan_12, 3月底, 一季度 or Q1)",
                c.name);
    }
    g_hash_table_destroy(unknown);
    for (size_t i = 0; i < G_N_ELEMENTS(required_keys[0]); i++) {
        Key k = required_keys[r->kind][i];
        if (k != KEY_UNKNOWN && r->col_of[k] < 0) {
            budgetp_csv_file_error(r, BUDGET_ERROR_MISSING_COLUMN, r->rec_line, 0, budgetp_csv_key_names[k],
                                   "missing required column \"%s\" (%s)", budgetp_csv_key_names[k],
                                   key_hint(k));
            return;
        }
    }
    r->have_header = true;
    if (r->kind == FILE_ADJUSTMENTS)
        warn_dropped_columns(r);
    if (r->kind == FILE_DEPARTMENT)
        warn_department_columns(r);
    if (r->kind == FILE_TRANSACTIONS && r->warn_unused_columns)
        warn_ledger_columns(r);
}

/* ---- Cell parsers ----------------------------------------------------- */

static bool parse_money_cell(Reader *r, BudgetError *e, int col, bool allow_suffix, BudgetFen *out)
{
    const char *text = budgetp_csv_cell(r, col);
    const Column *c = &g_array_index(r->columns, Column, col);
    BudgetError sub;

    if (*text == '\0') {
        e->code = BUDGET_ERROR_PARSE;
        return budgetp_csv_row_error(r, e, col, "%s is blank", budgetp_csv_key_names[c->key]);
    }
    budget_error_clear(&sub);
    if (!budget_money_parse_unit(text, (ptrdiff_t)budgetp_csv_cell_length(r, col), c->unit, out, &sub))
        return budgetp_csv_cell_error(r, e, col, &sub, budgetp_csv_key_names[c->key], text, true);
    if (!allow_suffix && strstr(text, "元") != NULL) {
        /* The ledger is an accounting export: its amounts are plain numbers. */
        char *q = budgetp_csv_quote_cell(text);
        e->code = BUDGET_ERROR_PARSE;
        budgetp_csv_row_error(
            r, e, col, "invalid %s \"%s\": a ledger amount is a plain number (a unit goes in the header)",
            budgetp_csv_key_names[c->key], q);
        g_free(q);
        return false;
    }
    return true;
}

static bool parse_date_cell(Reader *r, BudgetError *e, int col, BudgetDate *out)
{
    const char *text = budgetp_csv_cell(r, col);
    BudgetError sub;

    if (*text == '\0') {
        e->code = BUDGET_ERROR_PARSE;
        return budgetp_csv_row_error(r, e, col, "date is blank");
    }
    budget_error_clear(&sub);
    if (!budget_date_parse(text, (ptrdiff_t)budgetp_csv_cell_length(r, col), out, &sub))
        return budgetp_csv_cell_error(r, e, col, &sub, "date", text, true);
    return true;
}

static bool parse_code_cell(Reader *r, BudgetError *e, const char **code)
{
    int col = r->col_of[KEY_CODE];
    *code = budgetp_csv_cell(r, col);
    if (**code == '\0') {
        e->code = BUDGET_ERROR_PARSE;
        return budgetp_csv_row_error(r, e, col, "project code is empty");
    }
    return true;
}

/* @code is the cell of the code column, trimmed by parse_code_cell(). */
static bool known_code(Reader *r, BudgetError *e, const BudgetBook *book, const char *code, ptrdiff_t *index)
{
    size_t len = budgetp_csv_cell_length(r, r->col_of[KEY_CODE]);

    *index = budgetp_book_lookup_index(book, code, len);
    if (*index < 0) {
        char *q = budgetp_csv_quote_cell(code);
        int64_t rejected = budgetp_book_rejected_line(book, code, len);
        e->code = BUDGET_ERROR_NOT_FOUND;
        if (rejected > 0)
            budgetp_csv_row_error(r, e, r->col_of[KEY_CODE],
                                  "project \"%s\" was rejected on line %" PRId64
                                  " of projects.csv: this row is not counted "
                                  "either (fix that row first)",
                                  q, rejected);
        else
            budgetp_csv_row_error(r, e, r->col_of[KEY_CODE],
                                  "unknown project code \"%s\": no project with it was read", q);
        g_free(q);
        return false;
    }
    return true;
}

/* ---- projects.csv ----------------------------------------------------- */

typedef struct {
    BudgetBook *book;
    /* The file's name, shared by its projects (a GRefString; NULL until the
     * first): a project of the book whose origin is this very string was
     * read from this file, and its origin line is that of its first row,
     * for duplicate messages. */
    char *source;
} ProjectsCtx;

/* A year outside these is accepted (1..9999) with a warning: budget years
 * of the People's Republic start in 1949, and one past 2100 is a typo. */
#define PLAUSIBLE_YEAR_MIN 1949
#define PLAUSIBLE_YEAR_MAX 2100

static bool parse_year(Reader *r, BudgetError *e, int *year)
{
    int col = r->col_of[KEY_YEAR];
    const char *text = budgetp_csv_cell(r, col);
    const char *rest;
    BudgetpDecimal d;

    *year = 0;
    if (*text == '\0')
        return true;
    budgetp_decimal_scan(text, budgetp_csv_cell_length(r, col), 0, 0, &d);
    rest = text + d.len;
    if (d.len == 0 || d.has_point || (*rest != '\0' && strcmp(rest, "年") != 0)) {
        char *q = budgetp_csv_quote_cell(text);
        e->code = BUDGET_ERROR_PARSE;
        budgetp_csv_row_error(r, e, col, "invalid year \"%s\": expected a number such as 2024", q);
        g_free(q);
        return false;
    }
    if (d.overflow || d.magnitude < 1 || d.magnitude > 9999) {
        char *q = budgetp_csv_quote_cell(text);
        e->code = BUDGET_ERROR_RANGE;
        budgetp_csv_row_error(r, e, col, "year \"%s\" is out of range 1..9999", q);
        g_free(q);
        return false;
    }
    *year = (int)d.magnitude;
    return true;
}

static BudgetPlan *parse_plan(Reader *r, BudgetError *e, bool *ok)
{
    int form_col = r->col_of[KEY_PLAN_FORM];
    const char *form_text = budgetp_csv_cell(r, form_col);
    bool any = form_text[0] != '\0';
    BudgetPlanForm form;
    BudgetPlan *plan;

    *ok = true;
    for (int m = 1; m <= 12 && !any; m++)
        any = r->plan_col[m] >= 0 && budgetp_csv_cell(r, r->plan_col[m])[0] != '\0';
    if (!any)
        return NULL; /* no plan at all: the project has none */
    if (!budget_plan_form_from_string(form_text, &form)) {
        char *q = budgetp_csv_quote_cell(form_text);
        e->code = BUDGET_ERROR_PARSE;
        budgetp_csv_row_error(r, e, form_col,
                              "invalid plan_form \"%s\": expected auto, cumulative or incremental", q);
        g_free(q);
        *ok = false;
        return NULL;
    }
    plan = budget_plan_new();
    budget_plan_set_form(plan, form);
    for (int m = 1; m <= 12; m++) {
        int col = r->plan_col[m];
        const char *text;
        int64_t v;
        BudgetError sub;

        if (col < 0)
            continue;
        text = budgetp_csv_cell(r, col);
        budget_error_clear(&sub);
        if (*text == '\0') {
            budget_plan_set_blank(plan, m);
        } else if (!budget_money_percent_parse(text, -1, &v, &sub) ||
                   !budgetp_plan_set_month_value(plan, m, v, &sub)) {
            /* The parser quotes the cell; the setter only gives the value. */
            bool parsed = budget_money_percent_parse(text, -1, &v, NULL);
            budgetp_csv_cell_error(r, e, col, &sub, "plan percent", text, !parsed);
            budget_plan_unref(plan);
            *ok = false;
            return NULL;
        }
    }
    return plan;
}

static int first_plan_col(const Reader *r)
{
    for (int m = 1; m <= 12; m++)
        if (r->plan_col[m] >= 0)
            return r->plan_col[m];
    return r->col_of[KEY_PLAN_FORM];
}

static bool project_row(Reader *r, BudgetError *e)
{
    static const struct {
        Key key;
        BudgetSource source;
    } funding[] = {{KEY_FISCAL, BUDGET_SOURCE_FISCAL},
                   {KEY_OTHER, BUDGET_SOURCE_OTHER},
                   {KEY_CARRYOVER, BUDGET_SOURCE_CARRYOVER}};
    ProjectsCtx *ctx = r->row_data;
    const char *code;
    size_t code_len;
    BudgetFen budget, amounts[3];
    bool given[3] = {false, false, false}, plan_ok;
    int year;
    BudgetPlan *plan;
    BudgetProject *project;
    BudgetError sub;
    const BudgetProject *first;

    if (!parse_code_cell(r, e, &code))
        return false;
    first = budget_book_get_project(ctx->book, code);
    if (first != NULL) {
        char *q = budgetp_csv_quote_cell(code);
        e->code = BUDGET_ERROR_DUPLICATE_KEY;
        if (ctx->source != NULL && first->origin_source == ctx->source)
            budgetp_csv_row_error(r, e, r->col_of[KEY_CODE],
                                  "duplicate project code \"%s\" (first on line %" PRId64 ")", q,
                                  first->origin_line);
        else
            budgetp_csv_row_error(r, e, r->col_of[KEY_CODE], "duplicate project code \"%s\"", q);
        g_free(q);
        return false;
    }
    if (!parse_money_cell(r, e, r->col_of[KEY_BUDGET], true, &budget))
        return false;
    if (!parse_year(r, e, &year))
        return false;
    for (size_t i = 0; i < G_N_ELEMENTS(funding); i++) {
        int col = r->col_of[funding[i].key];
        if (col >= 0 && budgetp_csv_cell(r, col)[0] != '\0') {
            if (!parse_money_cell(r, e, col, true, &amounts[i]))
                return false;
            given[i] = true;
        }
    }
    plan = parse_plan(r, e, &plan_ok);
    if (!plan_ok)
        return false;

    code_len = strlen(code);
    if (!g_utf8_validate(code, (gssize)code_len, NULL)) {
        /* What budget_project_new() says of such a code. */
        budget_error_clear(&sub);
        budgetp_error_set(&sub, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, "code",
                          "a project code must be non-empty UTF-8");
        budget_plan_unref(plan);
        return budgetp_csv_cell_error(r, e, r->col_of[KEY_CODE], &sub, "project code", code, false);
    }
    /* One allocation for the project and its strings. */
    project = budgetp_project_new_read(
        code, code_len, r->col_of[KEY_NAME] >= 0 ? budgetp_csv_cell_raw(r, r->col_of[KEY_NAME]) : NULL,
        r->col_of[KEY_UNIT] >= 0 ? budgetp_csv_cell_raw(r, r->col_of[KEY_UNIT]) : NULL,
        r->col_of[KEY_PURPOSE] >= 0 ? budgetp_csv_cell_raw(r, r->col_of[KEY_PURPOSE]) : NULL);
    budget_project_set_budget(project, budget);
    budget_project_set_year(project, year);
    if (ctx->source == NULL)
        ctx->source = g_ref_string_new(r->source);
    budgetp_project_set_origin_shared(
        project, ctx->source, r->rec_line,
        (const int[]){r->col_of[KEY_CODE] + 1, r->col_of[KEY_BUDGET] + 1, r->col_of[KEY_YEAR] + 1});
    for (size_t i = 0; i < G_N_ELEMENTS(funding); i++)
        if (given[i])
            budget_project_set_funding(project, funding[i].source, amounts[i]);
    if (plan != NULL)
        budget_project_set_plan(project, plan);
    /* Header names are unique: append without the linear lookup of
     * budget_project_set_extra(), which made wide files quadratic. */
    for (guint i = 0; i < r->extra_cols->len; i++) {
        int col = g_array_index(r->extra_cols, int, i);
        budgetp_project_append_extra(project, budgetp_csv_column_name(r, col), budgetp_csv_cell_raw(r, col));
    }
    budget_error_clear(&sub);
    if (!budget_book_add_project(ctx->book, project, &sub)) {
        budget_project_unref(project);
        budget_plan_unref(plan);
        return budgetp_csv_cell_error(r, e, r->col_of[KEY_CODE], &sub, "project code", code, false);
    }
    /* Usable but suspicious: warnings, in both modes. */
    if (budget < 0) {
        char text[32];
        budget_money_format(budget, text, sizeof text);
        budgetp_csv_warn_row(
            r, BUDGET_ERROR_RANGE, r->col_of[KEY_BUDGET],
            "project %s: negative budget %s: no execution rate, and the execution score does not apply", code,
            text);
    }
    if (year != 0 && (year < PLAUSIBLE_YEAR_MIN || year > PLAUSIBLE_YEAR_MAX))
        budgetp_csv_warn_row(
            r, BUDGET_ERROR_RANGE, r->col_of[KEY_YEAR],
            "project %s: year %d is outside %d..%d: its plan and time progress are read in year %d", code,
            year, PLAUSIBLE_YEAR_MIN, PLAUSIBLE_YEAR_MAX, year);
    budget_error_clear(&sub);
    if (plan != NULL && !budget_plan_resolve(plan, NULL, &sub))
        budgetp_csv_warn_row(r, sub.code, first_plan_col(r), "invalid plan of project %s: %s", code,
                             sub.message);
    budget_error_clear(&sub);
    if (!budget_project_check_funding(project, &sub)) {
        /* budget_project_check_funding()'s messages name the project. */
        budgetp_csv_warn_row(r, sub.code, r->col_of[KEY_BUDGET], "%s", sub.message);
    }
    budget_project_unref(project);
    budget_plan_unref(plan);
    return true;
}

/* A project row, and when it is rejected the note that lets later files
 * say so (not "unknown code") for the rows that refer to it. */
static bool project_row_noted(Reader *r, BudgetError *e)
{
    ProjectsCtx *ctx = r->row_data;
    const char *code;

    if (project_row(r, e))
        return true;
    code = budgetp_csv_cell(r, r->col_of[KEY_CODE]);
    if (code[0] != '\0' &&
        budgetp_book_lookup_index(ctx->book, code, budgetp_csv_cell_length(r, r->col_of[KEY_CODE])) < 0)
        budgetp_book_note_rejected(ctx->book, code, r->rec_line);
    return false;
}

static bool load_projects(BudgetBook *book, BudgetpCsvInput in, const char *source,
                          const BudgetCsvOptions *options, BudgetDiagnostics *diag, BudgetError *error)
{
    Reader r;
    ProjectsCtx ctx = {book, NULL};
    bool ok;

    budgetp_csv_reader_init(&r, FILE_PROJECTS, source, options, diag, error);
    r.row_func = project_row_noted;
    r.row_data = &ctx;
    ok = budgetp_csv_run_reader(&r, &in);
    budgetp_csv_reader_clear(&r);
    if (ctx.source != NULL)
        g_ref_string_release(ctx.source);
    return ok;
}

bool budget_csv_load_projects(BudgetBook *book, const char *path, const BudgetCsvOptions *options,
                              BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    return load_projects(book, input_path(path), path, options, diag, error);
}

bool budget_csv_load_projects_data(BudgetBook *book, const char *data, ptrdiff_t len, const char *source_name,
                                   const BudgetCsvOptions *options, BudgetDiagnostics *diag,
                                   BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(len >= -1, false, error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(data != NULL || len <= 0, false, error);
    return load_projects(book, input_data(data, len), source_name, options, diag, error);
}

bool budget_csv_load_projects_callback(BudgetBook *book, BudgetReadFunc read, void *read_data,
                                       const char *source_name, const BudgetCsvOptions *options,
                                       BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(read != NULL, false, error);
    return load_projects(book, input_read(read, read_data), source_name, options, diag, error);
}

/* ---- adjustments.csv -------------------------------------------------- */

static bool adjustment_row(Reader *r, BudgetError *e)
{
    BudgetBook *book = r->row_data;
    BudgetDate date;
    const char *code;
    BudgetFen amount;
    ptrdiff_t index;
    BudgetError sub;

    if (!parse_date_cell(r, e, r->col_of[KEY_DATE], &date) || !parse_code_cell(r, e, &code) ||
        (book != NULL && !known_code(r, e, book, code, &index)) ||
        !parse_money_cell(r, e, r->col_of[KEY_AMOUNT], true, &amount))
        return false;
    if (book == NULL)
        return true; /* checking only: projects.csv could not be read */
    budget_error_clear(&sub);
    if (!budget_book_add_adjustment(book, date, code, amount, budgetp_csv_cell_raw(r, r->col_of[KEY_REASON]),
                                    &sub)) {
        int col = sub.code == BUDGET_ERROR_NOT_FOUND ? r->col_of[KEY_CODE]
                  : sub.code == BUDGET_ERROR_PARSE   ? r->col_of[KEY_DATE]
                                                     : r->col_of[KEY_AMOUNT];
        e->code = sub.code;
        return budgetp_csv_row_error(r, e, col, "adjustment refused: %s", sub.message);
    }
    budgetp_book_set_adjustment_origin(book, budget_book_get_n_adjustments(book) - 1, r->source, r->rec_line,
                                       r->col_of[KEY_AMOUNT] + 1);
    return true;
}

/* Reads a file of @kind whose rows @row adds to @book (NULL: checks only). */
static bool load_rows(FileKind kind, RowFunc row, BudgetBook *book, BudgetpCsvInput in, const char *source,
                      const BudgetCsvOptions *options, BudgetDiagnostics *diag, BudgetError *error)
{
    Reader r;
    bool ok;

    budgetp_csv_reader_init(&r, kind, source, options, diag, error);
    r.row_func = row;
    r.row_data = book;
    ok = budgetp_csv_run_reader(&r, &in);
    budgetp_csv_reader_clear(&r);
    return ok;
}

static bool load_adjustments(BudgetBook *book, BudgetpCsvInput in, const char *source,
                             const BudgetCsvOptions *options, BudgetDiagnostics *diag, BudgetError *error)
{
    return load_rows(FILE_ADJUSTMENTS, adjustment_row, book, in, source, options, diag, error);
}

bool budget_csv_load_adjustments(BudgetBook *book, const char *path, const BudgetCsvOptions *options,
                                 BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    return load_adjustments(book, input_path(path), path, options, diag, error);
}

bool budget_csv_load_adjustments_data(BudgetBook *book, const char *data, ptrdiff_t len,
                                      const char *source_name, const BudgetCsvOptions *options,
                                      BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(len >= -1, false, error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(data != NULL || len <= 0, false, error);
    return load_adjustments(book, input_data(data, len), source_name, options, diag, error);
}

bool budget_csv_load_adjustments_callback(BudgetBook *book, BudgetReadFunc read, void *read_data,
                                          const char *source_name, const BudgetCsvOptions *options,
                                          BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(read != NULL, false, error);
    return load_adjustments(book, input_read(read, read_data), source_name, options, diag, error);
}

/* ---- indicators.csv --------------------------------------------------- */

/* The setters of the columns indicators.csv names, by key. */
static void set_indicator_text(BudgetIndicator *indicator, Key key, const char *text)
{
    switch (key) {
    case KEY_LEVEL1:
        budget_indicator_set_level1(indicator, text);
        break;
    case KEY_LEVEL2:
        budget_indicator_set_level2(indicator, text);
        break;
    case KEY_LEVEL3:
        budget_indicator_set_level3(indicator, text);
        break;
    case KEY_DESCRIPTION:
        budget_indicator_set_description(indicator, text);
        break;
    case KEY_TARGET:
        budget_indicator_set_target(indicator, text);
        break;
    case KEY_BASIS:
        budget_indicator_set_basis(indicator, text);
        break;
    case KEY_ACTUAL:
        budget_indicator_set_actual(indicator, text);
        break;
    default:
        break; /* code and weight are set apart; no other key is relevant here */
    }
}

static bool indicator_row(Reader *r, BudgetError *e)
{
    BudgetBook *book = r->row_data;
    const char *code;
    ptrdiff_t index;
    BudgetIndicator *indicator;
    BudgetError sub;
    bool ok;

    if (!parse_code_cell(r, e, &code) || (book != NULL && !known_code(r, e, book, code, &index)))
        return false;
    budget_error_clear(&sub);
    indicator = budget_indicator_new(code, &sub);
    if (indicator == NULL) {
        e->code = sub.code;
        return budgetp_csv_row_error(r, e, r->col_of[KEY_CODE], "indicator refused: %s", sub.message);
    }
    /* A weight is the indicator's points (分值): checked here, where the row
     * has a line and column, rather than only when it is scored. */
    if (r->col_of[KEY_WEIGHT] >= 0 &&
        !budget_indicator_set_weight(indicator, budgetp_csv_cell(r, r->col_of[KEY_WEIGHT]), &sub)) {
        budget_indicator_unref(indicator);
        e->code = sub.code;
        return budgetp_csv_row_error(r, e, r->col_of[KEY_WEIGHT], "invalid weight: %s", sub.message);
    }
    for (guint i = 0; i < r->columns->len; i++) {
        const Column *c = &g_array_index(r->columns, Column, i);
        BudgetIndicatorNote note;
        /* The forms' optional texts (偏差原因 …) under their one name. */
        if (c->key == KEY_UNKNOWN && budget_indicator_note_from_string(c->name, &note))
            budget_indicator_set_note(indicator, note, budgetp_csv_cell_raw(r, (int)i));
        else if (c->key == KEY_UNKNOWN && c->name[0] != '\0')
            budget_indicator_set_extra(indicator, c->name, budgetp_csv_cell_raw(r, (int)i));
        else
            set_indicator_text(indicator, c->key, budgetp_csv_cell(r, (int)i));
    }
    if (!budget_indicator_get_level(indicator, NULL)) {
        char *q = budgetp_csv_quote_cell(budget_indicator_get_level1(indicator));
        if (r->col_of[KEY_LEVEL1] < 0)
            budgetp_csv_warn_row(r, BUDGET_ERROR_RANGE, -1,
                                 "project %s: no level1 column: the indicator counts in no part of the score",
                                 code);
        else
            budgetp_csv_warn_row(
                r, BUDGET_ERROR_RANGE, r->col_of[KEY_LEVEL1],
                "project %s: unknown level1 \"%s\": the indicator counts in no part of the score (write "
                "产出/效益/效果/满意度/成本指标 or output/outcome/satisfaction/cost)",
                code, q);
        g_free(q);
    }
    ok = true;
    if (book != NULL) { /* NULL: checking only, projects.csv could not be read */
        budget_error_clear(&sub);
        ok = budget_book_add_indicator(book, indicator, &sub);
        if (!ok) {
            e->code = sub.code;
            budgetp_csv_row_error(r, e, r->col_of[KEY_CODE], "indicator refused: %s", sub.message);
        }
    }
    budget_indicator_unref(indicator);
    return ok;
}

static bool load_indicators(BudgetBook *book, BudgetpCsvInput in, const char *source,
                            const BudgetCsvOptions *options, BudgetDiagnostics *diag, BudgetError *error)
{
    return load_rows(FILE_INDICATORS, indicator_row, book, in, source, options, diag, error);
}

bool budget_csv_load_indicators(BudgetBook *book, const char *path, const BudgetCsvOptions *options,
                                BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    return load_indicators(book, input_path(path), path, options, diag, error);
}

bool budget_csv_load_indicators_data(BudgetBook *book, const char *data, ptrdiff_t len,
                                     const char *source_name, const BudgetCsvOptions *options,
                                     BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(len >= -1, false, error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(data != NULL || len <= 0, false, error);
    return load_indicators(book, input_data(data, len), source_name, options, diag, error);
}

bool budget_csv_load_indicators_callback(BudgetBook *book, BudgetReadFunc read, void *read_data,
                                         const char *source_name, const BudgetCsvOptions *options,
                                         BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(read != NULL, false, error);
    return load_indicators(book, input_read(read, read_data), source_name, options, diag, error);
}

/* ---- department.csv --------------------------------------------------- */

typedef struct {
    BudgetDepartmentInputs *inputs;
    int64_t line_of[BUDGET_DEPARTMENT_ITEM_N]; /* where each item was given, 0 if not yet */
} DepartmentCtx;

/* A head count: a whole number (thousands commas allowed), optionally
 * followed by 人. */
static bool parse_count_cell(Reader *r, BudgetError *e, int col, const char *item, int64_t *out)
{
    const char *text = budgetp_csv_cell(r, col);
    const char *p = text;
    bool negative = *p == '-';
    BudgetpDecimal d;

    if (negative)
        p++;
    budgetp_decimal_scan(p, strlen(p), 0, BUDGETP_DECIMAL_COMMAS, &d);
    p += d.len;
    if (strcmp(p, "人") == 0)
        p += strlen("人");
    if (d.len == 0 || d.has_point || *p != '\0') {
        char *q = budgetp_csv_quote_cell(text);
        e->code = BUDGET_ERROR_PARSE;
        budgetp_csv_row_error(r, e, col, "invalid %s \"%s\": a head count is a whole number", item, q);
        g_free(q);
        return false;
    }
    if (d.overflow || d.magnitude > (uint64_t)INT64_MAX) {
        char *q = budgetp_csv_quote_cell(text);
        e->code = BUDGET_ERROR_OVERFLOW;
        budgetp_csv_row_error(r, e, col, "%s \"%s\" is too large", item, q);
        g_free(q);
        return false;
    }
    if (negative && d.magnitude != 0) {
        char *q = budgetp_csv_quote_cell(text);
        e->code = BUDGET_ERROR_RANGE;
        budgetp_csv_row_error(r, e, col, "%s \"%s\": a head count cannot be negative", item, q);
        g_free(q);
        return false;
    }
    *out = (int64_t)d.magnitude;
    return true;
}

static bool department_row(Reader *r, BudgetError *e)
{
    DepartmentCtx *ctx = r->row_data;
    int item_col = r->col_of[KEY_ITEM], amount_col = r->col_of[KEY_AMOUNT];
    const char *name = budgetp_csv_cell(r, item_col);
    BudgetDepartmentItem item;
    int64_t value;
    BudgetError sub;

    if (*name == '\0') {
        e->code = BUDGET_ERROR_PARSE;
        return budgetp_csv_row_error(r, e, item_col, "item is empty");
    }
    if (!budget_department_item_from_string(name, &item)) {
        char *q = budgetp_csv_quote_cell(name);
        budgetp_csv_warn_row(r, BUDGET_ERROR_NOT_FOUND, item_col,
                             "unknown item \"%s\": row ignored (docs/csv-formats.md lists the items)", q);
        g_free(q);
        return true;
    }
    if (ctx->line_of[item] != 0) {
        e->code = BUDGET_ERROR_DUPLICATE_KEY;
        return budgetp_csv_row_error(r, e, item_col, "duplicate item %s (first given on line %" PRId64 ")",
                                     budget_department_item_to_string(item), ctx->line_of[item]);
    }
    if (*budgetp_csv_cell(r, amount_col) == '\0') {
        ctx->line_of[item] = r->rec_line;
        budgetp_csv_warn_row(r, BUDGET_ERROR_PARSE, amount_col, "%s is blank: not given (not the same as 0)",
                             budget_department_item_to_string(item));
        return true;
    }
    if (budget_department_item_is_count(item)) {
        if (!parse_count_cell(r, e, amount_col, budget_department_item_to_string(item), &value))
            return false;
    } else if (!parse_money_cell(r, e, amount_col, true, &value)) {
        return false;
    }
    budget_error_clear(&sub);
    if (!budget_department_inputs_set(ctx->inputs, item, value, &sub)) {
        e->code = sub.code;
        return budgetp_csv_row_error(r, e, amount_col, "%s", sub.message);
    }
    ctx->line_of[item] = r->rec_line;
    return true;
}

static BudgetDepartmentInputs *load_department(BudgetpCsvInput in, const char *source,
                                               const BudgetCsvOptions *options, BudgetDiagnostics *diag,
                                               BudgetError *error)
{
    Reader r;
    DepartmentCtx ctx;
    bool ok;

    memset(&ctx, 0, sizeof ctx);
    ctx.inputs = budget_department_inputs_new();
    budgetp_csv_reader_init(&r, FILE_DEPARTMENT, source, options, diag, error);
    r.row_func = department_row;
    r.row_data = &ctx;
    ok = budgetp_csv_run_reader(&r, &in);
    budgetp_csv_reader_clear(&r);
    if (!ok) {
        budget_department_inputs_free(ctx.inputs);
        return NULL;
    }
    return ctx.inputs;
}

BudgetDepartmentInputs *budget_csv_load_department(const char *path, const BudgetCsvOptions *options,
                                                   BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(path != NULL, NULL, error);
    return load_department(input_path(path), path, options, diag, error);
}

BudgetDepartmentInputs *budget_csv_load_department_data(const char *data, ptrdiff_t len,
                                                        const char *source_name,
                                                        const BudgetCsvOptions *options,
                                                        BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(len >= -1, NULL, error);
    budgetp_return_val_if_fail(data != NULL || len <= 0, NULL, error);
    return load_department(input_data(data, len), source_name, options, diag, error);
}

BudgetDepartmentInputs *budget_csv_load_department_callback(BudgetReadFunc read, void *read_data,
                                                            const char *source_name,
                                                            const BudgetCsvOptions *options,
                                                            BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(read != NULL, NULL, error);
    return load_department(input_read(read, read_data), source_name, options, diag, error);
}

/* ---- transactions.csv ------------------------------------------------- */

typedef struct {
    const BudgetBook *book;
    BudgetTransactionFunc func;
    void *user_data;
    BudgetLedger *ledger;
    BudgetpVoucherSet *vouchers; /* when checking: fingerprints, then exact texts */
    bool confirming;             /* the second reading: vouchers only */
    BudgetDiagnostics *diag;     /* where the second reading's warnings go */
    const char **extra_names;
    const char **extra_values;
    int book_year; /* 0 without a book */
    /* transaction_line(): the role of each column (ROLE_*), when every
     * column has a name and there are at most MAX_PLAIN_COLS of them */
    guint8 roles[64];
    size_t n_cols;
    size_t code_col;
    size_t last_role;              /* the last column with a role */
    const BudgetpCodeIndex *codes; /* the book's code index (the book does not change while read) */
    /* The code cell of the line after the last one offered, found ahead so
     * that its index slot is fetched while that line is read (valid while
     * r->feed_serial is @ahead_serial). */
    const char *ahead;
    size_t ahead_len;
    guint64 ahead_hash;
    guint64 ahead_serial;
    BudgetDate valid_date; /* the last date checked valid, or 0 */
    /* Plain rows wait in a queue while the cache lines of their totals are
     * fetched (budgetp_ledger_prefetch()), and are recorded in order before
     * any other row and at the end; only while @headroom says no total can
     * overflow, so that recording them later changes nothing. */
    struct {
        size_t index;
        BudgetDate date;
        BudgetFen amount;
        BudgetSource source;
    } queue[8];
    unsigned q_head, q_len;
    BudgetFen headroom;
    bool headroom_known;
    size_t since_headroom; /* plain rows since it was last computed */
    size_t ledger_n;       /* computing it costs this much */
} TxCtx;

#define MAX_PLAIN_COLS 64
enum {
    ROLE_NONE,
    ROLE_DATE,
    ROLE_CODE,
    ROLE_AMOUNT,
    ROLE_SOURCE,
    N_ROLES
};

/* The ledger puts a payment dated before the book's year in month 0 of the
 * year (executed), and one after it in "after the year", executed only if
 * the as-of date is after it too (ledger.c, record_slot()). */
static void warn_other_year(Reader *r, TxCtx *ctx, BudgetDate date)
{
    char day[16], as_of[16];
    int col = r->col_of[KEY_DATE];

    budget_date_format(date, day, sizeof day);
    if (date / 10000 < ctx->book_year) {
        budgetp_csv_warn_row(
            r, BUDGET_ERROR_RANGE, col,
            "payment dated %s, before the book's year %d: counted as executed before the year", day,
            ctx->book_year);
    } else if (ctx->ledger == NULL) {
        budgetp_csv_warn_row(
            r, BUDGET_ERROR_RANGE, col,
            "payment dated %s, after the book's year %d: not counted at an as-of date in that year", day,
            ctx->book_year);
    } else {
        BudgetDate end = budget_ledger_get_as_of(ctx->ledger);
        budget_date_format(end, as_of, sizeof as_of);
        if (date > end)
            budgetp_csv_warn_row(
                r, BUDGET_ERROR_RANGE, col,
                "payment dated %s, after the book's year %d: not counted (after the as-of date %s)", day,
                ctx->book_year, as_of);
        else
            budgetp_csv_warn_row(
                r, BUDGET_ERROR_RANGE, col,
                "payment dated %s, after the book's year %d: counted as executed (the as-of date is %s)", day,
                ctx->book_year, as_of);
    }
}

static bool transaction_row(Reader *r, BudgetError *e)
{
    TxCtx *ctx = r->row_data;
    BudgetTransaction t;
    const char *source_text;
    BudgetSource source;
    ptrdiff_t index = -1;
    int voucher_col = r->col_of[KEY_VOUCHER];

    memset(&t, 0, sizeof t);
    if (!parse_date_cell(r, e, r->col_of[KEY_DATE], &t.date) || !parse_code_cell(r, e, &t.code))
        return false;
    if (ctx->book != NULL && !known_code(r, e, ctx->book, t.code, &index))
        return false;
    if (!parse_money_cell(r, e, r->col_of[KEY_AMOUNT], false, &t.amount))
        return false;
    source_text = budgetp_csv_cell(r, r->col_of[KEY_SOURCE]);
    if (!budget_source_from_string(source_text, &source)) {
        char *q = budgetp_csv_quote_cell(source_text);
        e->code = BUDGET_ERROR_PARSE;
        budgetp_csv_row_error(r, e, r->col_of[KEY_SOURCE],
                              "invalid source \"%s\": expected fiscal, carryover or other", q);
        g_free(q);
        return false;
    }
    t.source = (int32_t)source;
    t.voucher = budgetp_csv_cell(r, voucher_col);
    t.memo = budgetp_csv_cell_raw(r, r->col_of[KEY_MEMO]);
    t.line = r->rec_line;
    t.has_project = index >= 0;
    t.project_index = index >= 0 ? (size_t)index : 0;
    t.n_extras = r->extra_cols->len;
    for (guint i = 0; i < r->extra_cols->len; i++)
        ctx->extra_values[i] = budgetp_csv_cell_raw(r, g_array_index(r->extra_cols, int, i));
    t.extra_names = ctx->extra_names;
    t.extra_values = ctx->extra_values;

    if (ctx->confirming) {
        /* The second reading records nothing. */
    } else if (ctx->ledger != NULL) {
        BudgetError sub;
        budget_error_clear(&sub);
        if (!budget_ledger_record_nth(ctx->ledger, t.date, (size_t)index, t.amount, source, &sub)) {
            e->code = sub.code;
            return budgetp_csv_row_error(
                r, e, sub.code == BUDGET_ERROR_NOT_FOUND ? r->col_of[KEY_CODE] : r->col_of[KEY_AMOUNT],
                "payment refused by the ledger: %s", sub.message);
        }
    } else if (ctx->func != NULL && ctx->func(&t, ctx->user_data) != 0) {
        e->code = BUDGET_ERROR_ABORTED;
        return budgetp_csv_row_error(r, e, -1, "reading stopped by the callback");
    }

    if (ctx->book_year != 0 && t.date / 10000 != ctx->book_year)
        warn_other_year(r, ctx, t.date);
    if (ctx->vouchers != NULL && t.voucher[0] != '\0') {
        size_t n = budgetp_csv_cell_length(r, voucher_col);
        if (!ctx->confirming) {
            budgetp_voucher_set_add(ctx->vouchers, t.voucher, n, r->rec_line);
        } else {
            int64_t first = budgetp_voucher_set_confirm(ctx->vouchers, t.voucher, n, r->rec_line);
            if (first > 0) {
                char *q = budgetp_csv_quote_cell(t.voucher);
                BudgetDiagnostics *quiet = r->diag;
                r->diag = ctx->diag; /* this warning, and nothing else, is new */
                budgetp_csv_warn_row(r, BUDGET_ERROR_DUPLICATE_KEY, voucher_col,
                                     "voucher number \"%s\" already used on line %" PRId64, q, first);
                r->diag = quiet;
                g_free(q);
            }
        }
    }
    return true;
}

/* ---- transactions.csv: the plain rows of the ledger pass -------------- */

/* The first of ',' '"' in [@p, @end), or @end: eight bytes at a time
 * (SWAR: a byte equal to c makes a zero byte in w ^ c*ones; the lowest
 * flagged byte is exact). */
static inline __attribute__((always_inline)) const char *find_delim(const char *p, const char *end)
{
    const guint64 ones = G_GUINT64_CONSTANT(0x0101010101010101),
                  high = G_GUINT64_CONSTANT(0x8080808080808080);
    const guint64 comma = ones * ',', quote = ones * '"';

    while (end - p >= 8) {
        guint64 w, a, b, m;

        memcpy(&w, p, 8);
        a = w ^ comma;
        b = w ^ quote;
        m = ((a - ones) & ~a & high) | ((b - ones) & ~b & high);
        if (m != 0) {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
            return p + (__builtin_ctzll(m) >> 3);
#else
            break;
#endif
        }
        p += 8;
    }
    while (p < end && *p != ',' && *p != '"')
        p++;
    return p;
}

/* yyyy-mm-dd exactly, year > 0: the form budget_date_parse() reads first
 * (the caller checks that the day exists). The ten bytes are checked at
 * once: a digit is 0x30..0x39, whose high nibble is 3 and stays 3 when 6 is
 * added; a byte that carries into the next when 6 is added fails its own
 * test, so the carry cannot make a bad date pass. */
static bool plain_date(const char *s, size_t n, BudgetDate *out)
{
    const guint64 digit_bytes = G_GUINT64_CONSTANT(0x00FFFF00FFFFFFFF); /* bytes 0-3, 5, 6 */
    const guint64 dashes = G_GUINT64_CONSTANT(0x2D00002D00000000),
                  dash_bytes = G_GUINT64_CONSTANT(0xFF0000FF00000000);
    const guint64 threes = G_GUINT64_CONSTANT(0x3030303030303030) & digit_bytes,
                  high = G_GUINT64_CONSTANT(0xF0F0F0F0F0F0F0F0) & digit_bytes,
                  sixes = G_GUINT64_CONSTANT(0x0606060606060606);
    const guchar *u = (const guchar *)s;
    guint64 w;
    unsigned d8, d9;
    int y;

    if (n != 10)
        return false;
    memcpy(&w, s, 8);
    w = GUINT64_FROM_LE(w);
    d8 = (unsigned)u[8] - '0';
    d9 = (unsigned)u[9] - '0';
    if ((w & high) != threes || ((w + sixes) & high) != threes || (w & dash_bytes) != dashes || d8 > 9 ||
        d9 > 9)
        return false;
    y = (u[0] - '0') * 1000 + (u[1] - '0') * 100 + (u[2] - '0') * 10 + (u[3] - '0');
    *out = y * 10000 + ((u[5] - '0') * 10 + (u[6] - '0')) * 100 + (int)(d8 * 10 + d9);
    return y > 0;
}

/* -?(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?: a plain amount in yuan that cannot
 * overflow, read as budget_money_parse_unit() reads it. The decimals are
 * found from the end, where they are when there are any. */
static bool plain_amount(const char *s, size_t n, BudgetFen *out)
{
    const char *p = s, *end = s + n;
    bool neg = n > 0 && *p == '-';
    int64_t v = 0;
    int frac = 0;

    if (neg)
        p++;
    if (end - p >= 3 && end[-3] == '.') {
        unsigned d1 = (unsigned)(guchar)end[-2] - '0', d2 = (unsigned)(guchar)end[-1] - '0';

        if (d1 > 9 || d2 > 9)
            return false;
        frac = (int)(d1 * 10 + d2);
        end -= 3;
    } else if (end - p >= 2 && end[-2] == '.') {
        unsigned d1 = (unsigned)(guchar)end[-1] - '0';

        if (d1 > 9)
            return false;
        frac = (int)(d1 * 10);
        end -= 2;
    }
    if (p == end || end - p > 15 || (*p == '0' && end - p > 1))
        return false;
    for (; p < end; p++) {
        unsigned d = (unsigned)(guchar)*p - '0';

        if (d > 9)
            return false;
        v = v * 10 + (int64_t)d;
    }
    v = v * 100 + frac;
    *out = neg ? -v : v;
    return true;
}

static bool plain_source(const char *s, size_t n, BudgetSource *out)
{
    if (n == 0)
        *out = BUDGET_SOURCE_FISCAL; /* blank: the column's default */
    else if (n == 6 && memcmp(s, "fiscal", 6) == 0)
        *out = BUDGET_SOURCE_FISCAL;
    else if (n == 9 && memcmp(s, "carryover", 9) == 0)
        *out = BUDGET_SOURCE_CARRYOVER;
    else if (n == 5 && memcmp(s, "other", 5) == 0)
        *out = BUDGET_SOURCE_OTHER;
    else
        return false;
    return true;
}

#define QUEUE_LEN G_N_ELEMENTS(((TxCtx *)NULL)->queue)

/* Records the oldest row of the queue: it cannot fail, the headroom allowed it. */
static void record_oldest(TxCtx *ctx)
{
    unsigned k = ctx->q_head;

    budgetp_ledger_add_plain(ctx->ledger, ctx->queue[k].date, ctx->queue[k].index, ctx->queue[k].amount,
                             ctx->queue[k].source);
    ctx->q_head = (k + 1) % QUEUE_LEN;
    ctx->q_len--;
}

static void plain_flush(Reader *r)
{
    TxCtx *ctx = r->row_data;

    while (ctx->q_len > 0)
        record_oldest(ctx);
    /* Another row may record anything now: the headroom is computed again
     * once enough plain rows came to pay for it. */
    ctx->headroom_known = false;
}

/* Whether a plain amount of @magnitude may be recorded without checks (and
 * then takes it from the headroom): the headroom is computed again once
 * enough plain rows came to pay for it. */
static inline bool plain_room(TxCtx *ctx, BudgetFen magnitude)
{
    if (!ctx->headroom_known && ++ctx->since_headroom >= ctx->ledger_n) {
        ctx->headroom = budgetp_ledger_headroom(ctx->ledger);
        ctx->headroom_known = true;
        ctx->since_headroom = 0;
    }
    if (!ctx->headroom_known || magnitude > ctx->headroom)
        return false;
    ctx->headroom -= magnitude;
    return true;
}

static bool plain_record(TxCtx *ctx, size_t index, BudgetDate date, BudgetFen amount, BudgetSource source)
{
    BudgetFen magnitude = amount < 0 ? -amount : amount; /* plain amounts are far from INT64_MIN */
    unsigned k;

    if (!plain_room(ctx, magnitude)) {
        /* Recorded now, after those waiting; on an overflow nothing is, and
         * the row takes the general path for its error. */
        while (ctx->q_len > 0)
            record_oldest(ctx);
        ctx->headroom_known = false;
        return budgetp_ledger_record_plain(ctx->ledger, date, index, amount, source);
    }
    budgetp_ledger_prefetch(ctx->ledger, index);
    if (ctx->q_len == QUEUE_LEN)
        record_oldest(ctx);
    k = (ctx->q_head + ctx->q_len) % QUEUE_LEN;
    ctx->queue[k].index = index;
    ctx->queue[k].date = date;
    ctx->queue[k].amount = amount;
    ctx->queue[k].source = source;
    ctx->q_len++;
    return true;
}

/* Finds the code cell of the line that starts at @next (when it lies in
 * the bytes being fed, unquoted, within a short distance), hashes it and
 * fetches the cache line of its index slot: the lookup of that line then
 * finds it there. Only a hint: a line read otherwise ignores it. */
static void look_ahead(Reader *r, TxCtx *ctx, const char *next)
{
    const char *p = next, *stop = r->feed_end, *f;

    ctx->ahead = NULL;
    if (stop == NULL || next >= stop)
        return;
    if (stop - next > 256)
        stop = next + 256;
    for (size_t c = 0; c < ctx->code_col; c++) {
        p = find_delim(p, stop);
        if (p == stop || *p != ',')
            return;
        p++;
    }
    f = p;
    while (p < stop && *p != ',' && *p != '"' && *p != '\n')
        p++;
    if (p == stop || *p == '"' || p == f)
        return;
    ctx->ahead = f;
    ctx->ahead_len = (size_t)(p - f);
    ctx->ahead_hash = budgetp_book_code_hash(f, ctx->ahead_len);
    ctx->ahead_serial = r->feed_serial;
    budgetp_book_prefetch_code(ctx->book, ctx->ahead_hash);
}

/* The values of a row proved plain, its code still to be looked up. */
typedef struct {
    const char *code;
    size_t code_len;
    guint64 hash; /* set by the caller that wants it */
    BudgetDate date;
    BudgetFen amount;
    BudgetSource source;
    const char *next; /* the line after it */
} PlainRow;

/* The cells of the line [@s, @end) (*@end is its LF) that have a role, at
 * @cell (@len bytes each), when it is plain: every field unquoted without a
 * quote, or quoted and closed on the line with a comma or the line end after
 * it, and not a role's; exactly the header's number of fields; none longer
 * than @max. */
static bool plain_cells(const TxCtx *ctx, size_t max, const char *s, const char *end, const char **cell,
                        size_t *len)
{
    const char *p = s;
    size_t i;

    for (i = 0;; i++) {
        const char *f = p;

        if (i >= ctx->n_cols)
            return false;
        if (*p == '"') {
            const char *q = p + 1;

            if (ctx->roles[i] != ROLE_NONE)
                return false;
            for (;;) {
                q = memchr(q, '"', (size_t)(end - q));
                if (q == NULL)
                    return false; /* goes on past the line */
                if (q + 1 < end && q[1] == '"') {
                    q += 2;
                    continue;
                }
                break;
            }
            p = q + 1;
            if (p < end && *p != ',')
                return false;
        } else {
            p = find_delim(p, end);
            if (p < end && *p == '"')
                return false;
            cell[ctx->roles[i]] = f;
            len[ctx->roles[i]] = (size_t)(p - f);
        }
        if ((size_t)(p - f) > max)
            return false;
        if (p == end)
            break;
        p++;
    }
    return i + 1 == ctx->n_cols;
}

/* The date, code, amount and source of a plain row from its role cells (see
 * plain_cells()): the date in the book's year (no warning) and valid, the
 * code without blanks around it, the amount and source in the forms above. */
static bool plain_values(TxCtx *ctx, const char *const *cell, const size_t *len, PlainRow *row)
{
    const char *code = cell[ROLE_CODE];
    size_t n = len[ROLE_CODE];

    if (cell[ROLE_DATE] == NULL || code == NULL || cell[ROLE_AMOUNT] == NULL)
        return false;
    if (!plain_date(cell[ROLE_DATE], len[ROLE_DATE], &row->date) ||
        (ctx->book_year != 0 && row->date / 10000 != ctx->book_year))
        return false;
    if (row->date != ctx->valid_date) { /* a ledger's rows come mostly in date order */
        if (!budget_date_is_valid(row->date))
            return false;
        ctx->valid_date = row->date;
    }
    if (n == 0 || code[0] == ' ' || code[0] == '\t' || code[n - 1] == ' ' || code[n - 1] == '\t' ||
        !plain_amount(cell[ROLE_AMOUNT], len[ROLE_AMOUNT], &row->amount) ||
        !plain_source(cell[ROLE_SOURCE], len[ROLE_SOURCE], &row->source))
        return false;
    row->code = code;
    row->code_len = n;
    return true;
}

/* A ledger row proved plain and recorded without the cell machinery
 * (Reader.line_func): every field unquoted without a quote, or quoted and
 * closed on the line with a comma or the line end after it; exactly the
 * header's number of fields; the date, code, amount and source in the forms
 * above, the code in the book, the date in the book's year (no warning),
 * the payment accepted by the ledger. Anything else returns false before
 * anything is recorded and the row takes the general path, which reads it
 * and reports any problem: both give the same totals (tests/test-csv-read.c
 * reads every input both ways). */
static bool transaction_line(Reader *r, const char *s, size_t n)
{
    TxCtx *ctx = r->row_data;
    const char *cell[N_ROLES] = {NULL};
    size_t len[N_ROLES] = {0};
    PlainRow row;
    ptrdiff_t index;
    guint64 hash;

    if (!plain_cells(ctx, r->max_field_size, s, s + n - 1, cell, len) || !plain_values(ctx, cell, len, &row))
        return false;
    if (row.code == ctx->ahead && row.code_len == ctx->ahead_len && r->feed_serial == ctx->ahead_serial)
        hash = ctx->ahead_hash;
    else
        hash = budgetp_book_code_hash(row.code, row.code_len);
    look_ahead(r, ctx, s + n);
    index = budgetp_book_lookup_hashed(ctx->book, row.code, row.code_len, hash);
    if (index < 0)
        return false;
    return plain_record(ctx, (size_t)index, row.date, row.amount, row.source);
}

/* ---- transactions.csv: many plain rows at once, 64 bytes at a time ------ */

#if defined(__GNUC__) && defined(__x86_64__)
#define HAVE_WIDE_SCAN 1
#include <immintrin.h>

#define WIDE_BATCH 16

/* Rows scanned (@n), and of them the first @found whose codes are known,
 * at @index. */
typedef struct {
    PlainRow rows[WIDE_BATCH];
    size_t index[WIDE_BATCH];
    size_t n, found;
} WideBatch;

/* The bits of the bytes equal to @c in the 64 at (@lo, @hi). */
__attribute__((target("avx2"))) static inline guint64 byte_bits(__m256i lo, __m256i hi, char c)
{
    __m256i v = _mm256_set1_epi8(c);

    return (guint64)(guint32)_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, v)) |
           (guint64)(guint32)_mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, v)) << 32;
}

/* The line at @s read as transaction_line() reads it, but finding its
 * commas, quotes and line end 64 bytes at a time, and taking only lines
 * without any quote: fills @row and returns true when the line is plain and
 * its date, amount and source are (the code is looked up by the caller);
 * false, with nothing changed, leaves it to transaction_line() and the
 * general path. Reads nothing at or past @stop (the bytes fed hold no CR
 * before it). */
__attribute__((target("avx2"))) static bool scan_row(TxCtx *ctx, size_t max_len, const char *s,
                                                     const char *stop, PlainRow *row)
{
    const char *p = s, *f = s, *lf;
    const char *cell[N_ROLES] = {NULL};
    size_t len[N_ROLES] = {0};
    size_t field = 0, last_role = ctx->last_role;

    for (;;) {
        __m256i lo, hi;
        guint64 nl, commas, live;

        if (stop - p < 64)
            return false; /* near the end of the bytes fed: line by line */
        lo = _mm256_loadu_si256((const __m256i *)p);
        hi = _mm256_loadu_si256((const __m256i *)(p + 32));
        nl = byte_bits(lo, hi, '\n');
        live = nl != 0 ? (nl & -nl) - 1 : ~G_GUINT64_CONSTANT(0); /* the bytes before the line end */
        if ((byte_bits(lo, hi, '"') & live) != 0) {
            /* a quoted field: the line the way transaction_line() reads it */
            lf = memchr(p, '\n', (size_t)(stop - p));
            memset(cell, 0, sizeof cell);
            memset(len, 0, sizeof len);
            if (lf == NULL || !plain_cells(ctx, max_len, s, lf, cell, len))
                return false;
            goto values;
        }
        commas = byte_bits(lo, hi, ',') & live;
        while (commas != 0 && field <= last_role) {
            const char *comma = p + __builtin_ctzll(commas);

            cell[ctx->roles[field]] = f;
            len[ctx->roles[field]] = (size_t)(comma - f);
            f = comma + 1;
            field++;
            commas &= commas - 1;
        }
        field += (size_t)__builtin_popcountll(commas);
        if (nl != 0) {
            lf = p + __builtin_ctzll(nl);
            if (field <= last_role) {
                cell[ctx->roles[field]] = f;
                len[ctx->roles[field]] = (size_t)(lf - f);
            }
            break;
        }
        p += 64;
        if (field >= ctx->n_cols)
            return false;
    }
    /* ROLE_NONE collects the cells no role reads: only the roles count */
    if (field + 1 != ctx->n_cols || (size_t)(lf - s) > max_len)
        return false;
values:
    if (!plain_values(ctx, cell, len, row))
        return false;
    row->hash = budgetp_book_code_hash(row->code, row->code_len);
    row->next = lf + 1;
    return true;
}

/* Scans up to WIDE_BATCH rows from @p, fetching their index slots. */
__attribute__((target("avx2"))) static void batch_scan(Reader *r, TxCtx *ctx, WideBatch *b, const char *p,
                                                       const char *stop)
{
    b->n = b->found = 0;
    while (b->n < WIDE_BATCH && scan_row(ctx, r->max_field_size, p, stop, &b->rows[b->n])) {
        budgetp_code_index_prefetch(ctx->codes, b->rows[b->n].hash);
        p = b->rows[b->n].next;
        b->n++;
    }
}

/* Looks the codes up, up to the first unknown one, fetching their totals. */
static void batch_look_up(TxCtx *ctx, WideBatch *b)
{
    for (b->found = 0; b->found < b->n; b->found++) {
        const PlainRow *row = &b->rows[b->found];
        ptrdiff_t i = budgetp_code_index_find(ctx->codes, row->code, row->code_len, row->hash);

        if (i < 0)
            break;
        b->index[b->found] = (size_t)i;
        budgetp_ledger_prefetch(ctx->ledger, (size_t)i);
    }
}

/* Reader.lines_func: takes the plain rows at the start of @s (@n bytes
 * without CR, checked UTF-8 without NUL, starting a record), in batches:
 * a batch is scanned with the index slots of its codes fetched, then looked
 * up and recorded in order. Stops before the first row it cannot take,
 * which the caller hands to the general path; returns the bytes taken and
 * their lines in *@lines. The rows taken are those transaction_line() would
 * have taken, with the same totals (tests/test-csv-read.c reads every input
 * with this scan on and off). */
__attribute__((target("avx2"))) static size_t transaction_lines(Reader *r, const char *s, size_t n,
                                                                int64_t *lines)
{
    TxCtx *ctx = r->row_data;
    const char *p = s, *stop = s + n;
    WideBatch batch[2], *cur = &batch[0], *next = &batch[1];
    int64_t taken = 0;

    ctx->ahead = NULL;
    while (ctx->q_len > 0) /* in file order, before these */
        record_oldest(ctx);
    /* Two batches in flight: while one is recorded, the next is scanned
     * and looked up, its index slots and totals fetched a batch ahead. */
    batch_scan(r, ctx, cur, p, stop);
    batch_look_up(ctx, cur);
    for (;;) {
        size_t j;

        if (cur->found == WIDE_BATCH) {
            batch_scan(r, ctx, next, cur->rows[WIDE_BATCH - 1].next, stop);
        } else {
            next->n = next->found = 0;
        }
        for (j = 0; j < cur->found; j++) {
            const PlainRow *row = &cur->rows[j];
            BudgetFen magnitude = row->amount < 0 ? -row->amount : row->amount;

            if (plain_room(ctx, magnitude)) {
                budgetp_ledger_add_plain(ctx->ledger, row->date, cur->index[j], row->amount, row->source);
            } else {
                /* checked; on an overflow the row takes the general path */
                ctx->headroom_known = false;
                if (!budgetp_ledger_record_plain(ctx->ledger, row->date, cur->index[j], row->amount,
                                                 row->source))
                    break;
            }
            p = row->next;
            taken++;
        }
        if (j < WIDE_BATCH || next->n == 0)
            break;
        batch_look_up(ctx, next);
        cur = next;
        next = cur == &batch[0] ? &batch[1] : &batch[0];
    }
    *lines = taken;
    return (size_t)(p - s);
}
#endif

/* Offers the rows to transaction_line() when loading a ledger in the plain way. */
static void plain_rows_setup(Reader *r, TxCtx *ctx)
{
    guint n = r->columns->len;
    static const Key keys[N_ROLES] = {KEY_UNKNOWN, KEY_DATE, KEY_CODE, KEY_AMOUNT, KEY_SOURCE};
    int amount_col = r->col_of[KEY_AMOUNT];

    if (ctx->ledger == NULL || ctx->confirming || ctx->vouchers != NULL || ctx->book == NULL ||
        n > MAX_PLAIN_COLS || n > r->max_columns || !budgetp_ledger_plain_ok(ctx->ledger) || amount_col < 0 ||
        g_array_index(r->columns, Column, amount_col).unit != BUDGET_MONEY_UNIT_YUAN)
        return;
    memset(ctx->roles, ROLE_NONE, sizeof ctx->roles);
    for (guint c = 0; c < n; c++)
        if (g_array_index(r->columns, Column, c).name[0] == '\0')
            return; /* a value there is an error */
    ctx->last_role = 0;
    for (int k = ROLE_DATE; k < N_ROLES; k++)
        if (r->col_of[keys[k]] >= 0) {
            ctx->roles[r->col_of[keys[k]]] = (guint8)k;
            ctx->last_role = MAX(ctx->last_role, (size_t)r->col_of[keys[k]]);
        }
    if (r->col_of[KEY_DATE] < 0 || r->col_of[KEY_CODE] < 0)
        return;
    ctx->n_cols = n;
    ctx->code_col = (size_t)r->col_of[KEY_CODE];
    ctx->ledger_n = budget_book_get_n_projects(ctx->book);
    ctx->codes = budgetp_book_code_index(ctx->book);
    r->line_func = transaction_line;
    r->line_flush = plain_flush;
#ifdef HAVE_WIDE_SCAN
    if (budgetp_text_wide_enabled())
        r->lines_func = transaction_lines;
#endif
}

/* Sets up the extras arrays once the header is known (first row). */
static bool transaction_row_first(Reader *r, BudgetError *e)
{
    TxCtx *ctx = r->row_data;
    guint n = r->extra_cols->len;

    ctx->extra_names = g_new0(const char *, n + 1);
    ctx->extra_values = g_new0(const char *, n + 1);
    for (guint i = 0; i < n; i++)
        ctx->extra_names[i] = budgetp_csv_column_name(r, g_array_index(r->extra_cols, int, i));
    /* Once: budget_book_get_year() looks at every project. */
    ctx->book_year = ctx->book != NULL ? budget_book_get_year(ctx->book) : 0;
    r->row_func = transaction_row;
    plain_rows_setup(r, ctx);
    return transaction_row(r, e);
}

/* A range of a ledger file read on its own thread (csv-split.c). */
static void range_setup(Reader *r, BudgetLedger *part, void *data)
{
    TxCtx *ctx = g_new0(TxCtx, 1);

    (void)data;
    ctx->book = budget_ledger_get_book(part);
    ctx->ledger = part;
    r->row_func = transaction_row_first;
    r->row_data = ctx;
}

static void range_clear(Reader *r, void *data)
{
    TxCtx *ctx = r->row_data;

    (void)data;
    g_free(ctx->extra_names);
    g_free(ctx->extra_values);
    g_free(ctx);
}

static bool read_transactions(BudgetpCsvInput in, const char *source, const BudgetBook *book,
                              BudgetLedger *ledger, const BudgetCsvOptions *options,
                              BudgetTransactionFunc func, void *user_data, BudgetDiagnostics *diag,
                              BudgetError *error)
{
    Reader r;
    TxCtx ctx;
    bool ok;

    if (ledger != NULL && func == NULL && in.path != NULL && options != NULL &&
        budgetp_csv_split_ledger(in.path, source, ledger, options, diag, error, range_setup, range_clear,
                                 NULL, &ok))
        return ok;
    memset(&ctx, 0, sizeof ctx);
    ctx.book = book;
    ctx.ledger = ledger;
    ctx.func = func;
    ctx.user_data = user_data;
    if (options != NULL && options->check_vouchers)
        ctx.vouchers = budgetp_voucher_set_new();
    budgetp_csv_reader_init(&r, FILE_TRANSACTIONS, source, options, diag, error);
    r.warn_unused_columns = ledger != NULL;
    r.row_func = transaction_row_first;
    r.row_data = &ctx;
    ok = budgetp_csv_run_reader(&r, &in);
    budgetp_csv_reader_clear(&r);
    g_free(ctx.extra_names);
    g_free(ctx.extra_values);
    ctx.extra_names = ctx.extra_values = NULL;
    if (ok && ctx.vouchers != NULL && budgetp_voucher_set_has_candidates(ctx.vouchers) &&
        !budgetp_csv_input_rereadable(&in)) {
        BudgetError w;
        budget_error_clear(&w);
        budgetp_error_set(&w, BUDGET_ERROR_UNSUPPORTED, source, 0, 0, NULL,
                          "some voucher numbers may repeat, but a read callback cannot be read a second time "
                          "to confirm which: read the file from a path or a buffer to check them");
        if (diag != NULL)
            budget_diagnostics_add(diag, &w, true);
    } else if (ok && ctx.vouchers != NULL && budgetp_voucher_set_has_candidates(ctx.vouchers)) {
        /* Some fingerprint came twice: read the file again (the same rows,
         * every problem already reported) to confirm each candidate against
         * the exact text of its first use (voucher-set.c). */
        BudgetError quiet;
        ctx.confirming = true;
        ctx.diag = diag;
        budgetp_csv_reader_init(&r, FILE_TRANSACTIONS, source, options, NULL, &quiet);
        r.row_func = transaction_row_first;
        r.row_data = &ctx;
        budget_error_clear(&quiet);
        budgetp_csv_run_reader(&r, &in);
        budgetp_csv_reader_clear(&r);
        g_free(ctx.extra_names);
        g_free(ctx.extra_values);
    }
    budgetp_voucher_set_free(ctx.vouchers);
    return ok;
}

bool budget_csv_read_transactions(const BudgetBook *book, const char *path, const BudgetCsvOptions *options,
                                  BudgetTransactionFunc func, void *user_data, BudgetDiagnostics *diag,
                                  BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    budgetp_return_val_if_fail(func != NULL, false, error);
    return read_transactions(input_path(path), path, book, NULL, options, func, user_data, diag, error);
}

bool budget_csv_read_transactions_data(const BudgetBook *book, const char *data, ptrdiff_t len,
                                       const char *source_name, const BudgetCsvOptions *options,
                                       BudgetTransactionFunc func, void *user_data, BudgetDiagnostics *diag,
                                       BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(len >= -1, false, error);
    budgetp_return_val_if_fail(data != NULL || len <= 0, false, error);
    budgetp_return_val_if_fail(func != NULL, false, error);
    return read_transactions(input_data(data, len), source_name, book, NULL, options, func, user_data, diag,
                             error);
}

bool budget_csv_read_transactions_callback(const BudgetBook *book, BudgetReadFunc read, void *read_data,
                                           const char *source_name, const BudgetCsvOptions *options,
                                           BudgetTransactionFunc func, void *user_data,
                                           BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(read != NULL, false, error);
    budgetp_return_val_if_fail(func != NULL, false, error);
    return read_transactions(input_read(read, read_data), source_name, book, NULL, options, func, user_data,
                             diag, error);
}

bool budget_csv_load_transactions(BudgetLedger *ledger, const char *path, const BudgetCsvOptions *options,
                                  BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    return read_transactions(input_path(path), path, budget_ledger_get_book(ledger), ledger, options, NULL,
                             NULL, diag, error);
}

bool budget_csv_load_transactions_callback(BudgetLedger *ledger, BudgetReadFunc read, void *read_data,
                                           const char *source_name, const BudgetCsvOptions *options,
                                           BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);
    budgetp_return_val_if_fail(read != NULL, false, error);
    return read_transactions(input_read(read, read_data), source_name, budget_ledger_get_book(ledger), ledger,
                             options, NULL, NULL, diag, error);
}

/* ---- The folder ------------------------------------------------------- */

/* The files a data folder holds, in the order they are read. */
static const char *const folder_files[] = {"projects.csv", "indicators.csv", "adjustments.csv",
                                           "transactions.csv", "department.csv",
                                           /* written beside them by budget import (docs/import.md) */
                                           "goals.csv", "department-indicators.csv", "import-report.txt"};

static gint compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Does @name look like a data file (by its extension, in any case)? */
static bool looks_like_data(const char *name)
{
    static const char *const exts[] = {".csv",  ".txt", ".tsv", ".xls", ".xlsx",
                                       ".xlsm", ".et",  ".ods", ".dbf"};
    size_t len = strlen(name);

    for (size_t i = 0; i < G_N_ELEMENTS(exts); i++) {
        size_t n = strlen(exts[i]);
        if (len > n && g_ascii_strcasecmp(name + len - n, exts[i]) == 0)
            return true;
    }
    return false;
}

bool budget_csv_find_file(const char *dir, const char *name, char **path, BudgetError *error)
{
    GError *gerr = NULL;
    GDir *d;
    const char *entry, *found = NULL;
    char *first = NULL;
    bool ok = true;

    budget_error_clear(error);
    budgetp_return_val_if_fail(dir != NULL, false, error);
    budgetp_return_val_if_fail(name != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    *path = NULL;
    d = g_dir_open(dir, 0, &gerr);
    if (d == NULL) {
        budgetp_error_set(error, BUDGET_ERROR_IO, dir, 0, 0, NULL, "cannot read the folder %s: %s", dir,
                          gerr->message);
        g_error_free(gerr);
        return false;
    }
    while ((entry = g_dir_read_name(d)) != NULL) {
        if (g_ascii_strcasecmp(entry, name) != 0)
            continue;
        if (found != NULL) {
            budgetp_error_set(error, BUDGET_ERROR_DUPLICATE_KEY, dir, 0, 0, NULL,
                              "%s and %s are both in %s: their names differ only in case; keep one", first,
                              entry, dir);
            ok = false;
            break;
        }
        first = g_strdup(entry);
        found = first;
    }
    g_dir_close(d);
    if (ok && found != NULL)
        *path = g_build_filename(dir, found, NULL);
    g_free(first);
    return ok;
}

bool budget_csv_check_folder(const char *dir, BudgetDiagnostics *diag, BudgetError *error)
{
    GError *gerr = NULL;
    GDir *d;
    const char *entry;
    GPtrArray *others;

    budget_error_clear(error);
    budgetp_return_val_if_fail(dir != NULL, false, error);
    d = g_dir_open(dir, 0, &gerr);
    if (d == NULL) {
        budgetp_error_set(error, BUDGET_ERROR_IO, dir, 0, 0, NULL, "cannot read the folder %s: %s", dir,
                          gerr->message);
        g_error_free(gerr);
        return false;
    }
    others = g_ptr_array_new_with_free_func(g_free);
    while ((entry = g_dir_read_name(d)) != NULL) {
        bool known = false;
        for (size_t i = 0; i < G_N_ELEMENTS(folder_files) && !known; i++)
            known = g_ascii_strcasecmp(entry, folder_files[i]) == 0;
        if (!known && looks_like_data(entry))
            g_ptr_array_add(others, g_strdup(entry));
    }
    g_dir_close(d);
    /* In name order, so that the warnings do not depend on the file system. */
    g_ptr_array_sort(others, compare_names);
    for (guint i = 0; i < others->len; i++) {
        const char *name = g_ptr_array_index(others, i);
        BudgetError w;
        budget_error_clear(&w);
        budgetp_error_set(
            &w, BUDGET_ERROR_UNSUPPORTED, name, 0, 0, NULL,
            "not read: a data folder holds projects.csv, indicators.csv, adjustments.csv, "
            "transactions.csv and department.csv (names in any case); rename the file if it is one "
            "of them, or move it out of the folder");
        if (diag != NULL)
            budget_diagnostics_add(diag, &w, true);
    }
    g_ptr_array_free(others, TRUE);
    return true;
}

/* ---- The book --------------------------------------------------------- */

BudgetBook *budget_csv_load_book(const char *dir, const BudgetCsvOptions *options, BudgetDiagnostics *diag,
                                 BudgetError *error)
{
    static const struct {
        const char *name;
        unsigned flag; /* BudgetCsvFiles; 0 for projects.csv, always read */
        bool required;
        bool (*load)(BudgetBook *, BudgetpCsvInput, const char *, const BudgetCsvOptions *,
                     BudgetDiagnostics *, BudgetError *);
    } files[] = {
        {"projects.csv", 0, true, load_projects},
        {"indicators.csv", BUDGET_CSV_FILE_INDICATORS, false, load_indicators},
        {"adjustments.csv", BUDGET_CSV_FILE_ADJUSTMENTS, false, load_adjustments},
    };
    BudgetBook *book;
    bool lenient = options != NULL && options->lenient, ok = true, projects_ok = true;
    BudgetError e;

    budget_error_clear(error);
    budgetp_return_val_if_fail(dir != NULL, NULL, error);
    budget_error_clear(&e);
    if (!budget_csv_check_folder(dir, diag, &e)) {
        if (diag != NULL)
            budget_diagnostics_add(diag, &e, false);
        if (error != NULL)
            *error = e;
        return NULL;
    }
    book = budget_book_new();
    for (size_t i = 0; i < G_N_ELEMENTS(files); i++) {
        char *path = NULL;

        if (files[i].flag != 0 &&
            ((options != NULL ? options->files : BUDGET_CSV_FILES_ALL) & files[i].flag) == 0)
            continue;

        budget_error_clear(&e);
        if (!budget_csv_find_file(dir, files[i].name, &path, &e) || (path == NULL && files[i].required)) {
            if (path == NULL && e.code == BUDGET_ERROR_OK)
                budgetp_error_set(&e, BUDGET_ERROR_IO, files[i].name, 0, 0, NULL, "no %s in %s",
                                  files[i].name, dir);
            if (diag != NULL)
                budget_diagnostics_add(diag, &e, false);
            if (error != NULL && error->code == BUDGET_ERROR_OK)
                *error = e;
            ok = false;
        } else if (path != NULL) {
            /* Name the file as its folder has it (Projects.CSV). */
            char *base = g_path_get_basename(path);
            BudgetError *first = error != NULL && error->code == BUDGET_ERROR_OK ? error : &e;
            if (!files[i].load(projects_ok ? book : NULL, input_path(path), base, options, diag, first))
                ok = false;
            g_free(base);
        }
        g_free(path);
        /* Without its projects the other files' codes cannot be checked:
         * lenient reading still reads them for every other problem. */
        if (i == 0)
            projects_ok = ok;
        if (!ok && !lenient)
            break;
    }
    if (!ok) {
        budget_book_unref(book);
        return NULL;
    }
    return book;
}

/* ---- A folder in one call --------------------------------------------- */

struct BudgetCsvFolder {
    BudgetBook *book;
    BudgetLedger *ledger;
    BudgetDepartmentInputs *inputs; /* NULL if none */
};

void budget_csv_folder_free(BudgetCsvFolder *folder)
{
    if (folder == NULL)
        return;
    budget_department_inputs_free(folder->inputs);
    budget_ledger_unref(folder->ledger);
    budget_book_unref(folder->book);
    g_free(folder);
}

/* Finds @name in @dir; the error goes to @diag too. */
static bool folder_find(const char *dir, const char *name, char **path, BudgetDiagnostics *diag,
                        BudgetError *error)
{
    if (budget_csv_find_file(dir, name, path, error))
        return true;
    if (diag != NULL)
        budget_diagnostics_add(diag, error, false);
    return false;
}

BudgetCsvFolder *budget_csv_folder_load(const char *dir, BudgetDate as_of, const BudgetCsvOptions *options,
                                        BudgetDiagnostics *diag, BudgetError *error)
{
    unsigned files = options != NULL ? options->files : BUDGET_CSV_FILES_ALL;
    BudgetCsvFolder *f;
    char *path = NULL;

    budget_error_clear(error);
    budgetp_return_val_if_fail(dir != NULL, NULL, error);
    f = g_new0(BudgetCsvFolder, 1);
    f->book = budget_csv_load_book(dir, options, diag, error);
    if (f->book == NULL)
        goto fail;
    /* A folder whose projects name no year is in the year it is asked about. */
    if (as_of != 0 && budget_book_get_year(f->book) == 0)
        budget_book_set_year(f->book, as_of / 10000);
    if (as_of == 0)
        as_of = budget_date_month_end(budget_book_get_year(f->book), 12);
    f->ledger = budget_ledger_new(f->book, as_of, error);
    if (f->ledger == NULL) {
        if (diag != NULL && error != NULL)
            budget_diagnostics_add(diag, error, false);
        goto fail;
    }
    if ((files & BUDGET_CSV_FILE_TRANSACTIONS) != 0) {
        if (!folder_find(dir, "transactions.csv", &path, diag, error))
            goto fail;
        if (path != NULL && !budget_csv_load_transactions(f->ledger, path, options, diag, error))
            goto fail;
        g_free(path);
        path = NULL;
    }
    if ((files & BUDGET_CSV_FILE_DEPARTMENT) != 0) {
        if (!folder_find(dir, "department.csv", &path, diag, error))
            goto fail;
        if (path != NULL) {
            f->inputs = budget_csv_load_department(path, options, diag, error);
            if (f->inputs == NULL)
                goto fail;
        }
        g_free(path);
        path = NULL;
    }
    return f;

fail:
    g_free(path);
    budget_csv_folder_free(f);
    return NULL;
}

BudgetBook *budget_csv_folder_get_book(const BudgetCsvFolder *folder)
{
    g_return_val_if_fail(folder != NULL, NULL);
    return folder->book;
}

BudgetLedger *budget_csv_folder_get_ledger(const BudgetCsvFolder *folder)
{
    g_return_val_if_fail(folder != NULL, NULL);
    return folder->ledger;
}

const BudgetDepartmentInputs *budget_csv_folder_get_department_inputs(const BudgetCsvFolder *folder)
{
    g_return_val_if_fail(folder != NULL, NULL);
    return folder->inputs;
}
