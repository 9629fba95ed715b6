/* csv-io: the CSV files of DESIGN.md "Data formats", read with libcsv and
 * written with GLib. This is the only file that includes <csv.h>. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <csv.h>
#include <glib/gstdio.h>

#include "book-private.h"
#include "budget-private.h"
#include "csv-io-private.h"
#include "export-private.h"
#include "project-private.h"
#include "text-private.h"
#include "voucher-set-private.h"

/* Input is fed in chunks so that memory stays constant however long the file. */
#define CHUNK_SIZE (64 * 1024)

typedef enum { ENC_AUTO, ENC_UTF8, ENC_GB18030 } Encoding;

/* Generous defaults: a finance file's longest cell is a memo of a few
 * hundred bytes and its widest header a few hundred columns. */
#define DEFAULT_MAX_FIELD_SIZE ((size_t)1024 * 1024)
#define DEFAULT_MAX_COLUMNS ((size_t)16384) /* the most Excel holds */

struct BudgetCsvOptions {
    bool lenient;
    bool check_vouchers;
    Encoding encoding;
    size_t max_field_size;
    size_t max_columns;
};

static const BudgetCsvOptions default_options = {false, false, ENC_AUTO, DEFAULT_MAX_FIELD_SIZE,
                                                 DEFAULT_MAX_COLUMNS};

BudgetCsvOptions *budget_csv_options_new(void)
{
    BudgetCsvOptions *o = g_new0(BudgetCsvOptions, 1);
    *o = default_options;
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

bool budget_csv_options_set_max_field_size(BudgetCsvOptions *options, size_t bytes, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(options != NULL, false, error);
    if (bytes == 0) {
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL, "the largest field must be at least 1 byte");
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

/* ---- Columns ---------------------------------------------------------- */

typedef enum {
    KEY_UNKNOWN = 0,
    KEY_CODE,
    KEY_NAME,
    KEY_UNIT,
    KEY_YEAR,
    KEY_BUDGET,
    KEY_FISCAL,
    KEY_OTHER,
    KEY_CARRYOVER,
    KEY_PURPOSE,
    KEY_PLAN_FORM,
    KEY_PLAN, /* plan_MM: the month is kept beside the key */
    KEY_DATE,
    KEY_AMOUNT,
    KEY_SOURCE,
    KEY_VOUCHER,
    KEY_MEMO,
    KEY_REASON,
    KEY_LEVEL1,
    KEY_LEVEL2,
    KEY_LEVEL3,
    KEY_DESCRIPTION,
    KEY_TARGET,
    KEY_BASIS,
    KEY_WEIGHT,
    KEY_ACTUAL,
    KEY_ITEM, /* department.csv */
    N_KEYS
} Key;

static const char *const key_names[N_KEYS] = {
    NULL,     "code",  "name",   "unit",    "year",    "budget", "fiscal", "other",  "carryover",
    "purpose", "plan_form", "plan", "date", "amount", "source", "voucher", "memo", "reason",
    "level1", "level2", "level3", "description", "target", "basis", "weight", "actual",
    "item",
};

typedef struct {
    const char *name;
    Key key;
} Synonym;

/* The headers of Chinese Excel exports (docs/csv-formats.md lists them). */
static const Synonym synonyms[] = {
    {"项目编码", KEY_CODE},       {"项目代码", KEY_CODE},       {"项目编号", KEY_CODE},
    {"项目名称", KEY_NAME},       {"专项资金名称", KEY_NAME},   {"预算单位", KEY_UNIT},
    {"单位名称", KEY_UNIT},       {"单位", KEY_UNIT},           {"年度", KEY_YEAR},
    {"预算数", KEY_BUDGET},       {"预算金额", KEY_BUDGET},     {"年初预算数", KEY_BUDGET},
    {"财政资金", KEY_FISCAL},     {"本年财政拨款", KEY_FISCAL}, {"财政拨款", KEY_FISCAL},
    {"其他资金", KEY_OTHER},      {"上年结转", KEY_CARRYOVER},  {"上年结转资金", KEY_CARRYOVER},
    {"资金用途", KEY_PURPOSE},    {"计划形式", KEY_PLAN_FORM},  {"日期", KEY_DATE},
    {"支付日期", KEY_DATE},       {"调整日期", KEY_DATE},       {"金额", KEY_AMOUNT},
    {"支出金额", KEY_AMOUNT},     {"调整金额", KEY_AMOUNT},     {"资金来源", KEY_SOURCE},
    {"凭证号", KEY_VOUCHER},      {"凭证编号", KEY_VOUCHER},    {"摘要", KEY_MEMO},
    {"备注", KEY_MEMO},           {"调整原因", KEY_REASON},     {"原因", KEY_REASON},
    {"一级指标", KEY_LEVEL1},     {"二级指标", KEY_LEVEL2},     {"三级指标", KEY_LEVEL3},
    {"绩效指标描述", KEY_DESCRIPTION}, {"指标描述", KEY_DESCRIPTION}, {"指标值", KEY_TARGET},
    {"年度指标值", KEY_TARGET},   {"指标值确定依据", KEY_BASIS}, {"分值", KEY_WEIGHT},
    {"权重", KEY_WEIGHT},         {"实际值", KEY_ACTUAL},       {"实际完成值", KEY_ACTUAL},
    {"全年实际值", KEY_ACTUAL},
    /* department.csv (only that file kind uses them) */
    {"项目", KEY_ITEM},           {"名称", KEY_ITEM},           {"指标", KEY_ITEM},
    {"科目", KEY_ITEM},
};

typedef enum { FILE_PROJECTS, FILE_TRANSACTIONS, FILE_ADJUSTMENTS, FILE_INDICATORS, FILE_DEPARTMENT } FileKind;

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
        return key_names[key];
    }
}

typedef struct {
    char *name; /* as written, trimmed */
    Key key;    /* KEY_UNKNOWN when the file kind does not use it */
    int month;  /* 1..12 for KEY_PLAN; -1 from key_of(): plan-like, no month */
    BudgetMoneyUnit unit;
} Column;

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
    } units[] = {{"元", BUDGET_MONEY_UNIT_YUAN}, {"万元", BUDGET_MONEY_UNIT_WAN}, {"亿元", BUDGET_MONEY_UNIT_YI}};
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
        if (k != KEY_PLAN && g_ascii_strcasecmp(p, key_names[k]) == 0)
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

/* ---- The reader ------------------------------------------------------- */

typedef struct Reader Reader;

/* Handles one data record; returns false with @e set (code and message) to
 * reject it. Location is added by the caller unless already set. */
typedef bool (*RowFunc)(Reader *r, BudgetError *e);

struct Reader {
    const char *source;
    FileKind kind;
    bool lenient;
    Encoding encoding;
    BudgetDiagnostics *diag;
    BudgetError *error;
    RowFunc row_func;
    void *row_data;

    GArray *columns; /* of Column */
    bool have_header;
    int col_of[N_KEYS];
    int plan_col[13];
    GArray *extra_cols; /* of int: columns the kind does not interpret */

    GPtrArray *cells; /* of GString: libcsv's fields, reused from record to record */
    char **cell_ptr;  /* the record's cells: in @cells, or in the input for plain records */
    size_t *cell_len;
    size_t cells_cap;
    size_t n_cells;
    bool in_record;
    bool rec_clean; /* every byte of the record is checked UTF-8 without NUL */
    size_t rec_n_fields; /* fields of the record, also those past max_columns (not kept) */
    int rec_big_col;     /* the first field longer than max_field_size (not kept), or -1 */
    size_t rec_big_len;
    char empty[1];       /* the cell kept in place of one that is too long */
    int64_t rec_line;
    int64_t rec_offset;
    size_t max_field_size;
    size_t max_columns;

    bool fast;            /* plain records bypass libcsv (see feed_piece()) */
    bool chunk_clean;     /* the bytes being fed are checked UTF-8 without NUL */
    GString *pending;     /* an unterminated last line, completed by the next chunk */
    int64_t pending_offset;
    bool pending_clean;

    struct csv_parser *parser; /* during parse_input() */
    int64_t cur_line;   /* line of the next byte fed */
    int64_t fed;        /* bytes fed so far */
    int64_t base_offset; /* file offset of fed byte 0, or -1 when transcoded */
    char last_byte;
    bool skip_line;     /* drop the rest of the physical line (after a rejected record) */
    int64_t skip_until; /* on a second reading, lines before this were read already */
    int64_t reread_from; /* > 0: read the input again from this line (see finish()) */
    int n_readings;
    bool ignore;        /* callbacks do nothing (stopped, or csv_fini) */
    bool failed;        /* the call returns false */
};

static void reader_init(Reader *r, FileKind kind, const char *source, const BudgetCsvOptions *options,
                        BudgetDiagnostics *diag, BudgetError *error)
{
    memset(r, 0, sizeof *r);
    if (options == NULL)
        options = &default_options;
    r->kind = kind;
    r->source = source != NULL ? source : "";
    r->lenient = options->lenient;
    r->encoding = options->encoding;
    r->max_field_size = options->max_field_size;
    r->max_columns = options->max_columns;
    r->diag = diag;
    r->error = error;
    r->columns = g_array_new(FALSE, TRUE, sizeof(Column));
    r->extra_cols = g_array_new(FALSE, FALSE, sizeof(int));
    r->cells = g_ptr_array_new();
    r->pending = g_string_new(NULL);
    r->fast = g_strcmp0(g_getenv("LIBBUDGET_CSV_FAST_PATH"), "0") != 0;
    for (int k = 0; k < N_KEYS; k++)
        r->col_of[k] = -1;
    for (int m = 0; m < 13; m++)
        r->plan_col[m] = -1;
    r->cur_line = 1;
    r->base_offset = 0;
    r->last_byte = '\n';
}

static void reader_clear(Reader *r)
{
    for (guint i = 0; i < r->columns->len; i++)
        g_free(g_array_index(r->columns, Column, i).name);
    g_array_free(r->columns, TRUE);
    g_array_free(r->extra_cols, TRUE);
    for (guint i = 0; i < r->cells->len; i++)
        g_string_free(g_ptr_array_index(r->cells, i), TRUE);
    g_ptr_array_free(r->cells, TRUE);
    g_free(r->cell_ptr);
    g_free(r->cell_len);
    g_string_free(r->pending, TRUE);
}

static const char *column_name(const Reader *r, int col)
{
    if (col < 0 || (guint)col >= r->columns->len)
        return "";
    return g_array_index(r->columns, Column, col).name;
}

static void reserve_cells(Reader *r, size_t n)
{
    if (n <= r->cells_cap)
        return;
    r->cells_cap = MAX(n, 2 * r->cells_cap);
    r->cell_ptr = g_renew(char *, r->cell_ptr, r->cells_cap);
    r->cell_len = g_renew(size_t, r->cell_len, r->cells_cap);
}

/* Appends a cell of the record; @text is NUL-terminated and writable. A
 * cell past the column limit is counted, not kept; one over the size limit
 * is kept empty. Either rejects the record in process_record(). */
static void add_cell(Reader *r, char *text, size_t len)
{
    r->rec_n_fields++;
    if (r->n_cells >= r->max_columns)
        return;
    if (len > r->max_field_size) {
        if (r->rec_big_col < 0) {
            r->rec_big_col = (int)r->n_cells;
            r->rec_big_len = len;
        }
        r->empty[0] = '\0';
        text = r->empty;
        len = 0;
    }
    reserve_cells(r, r->n_cells + 1);
    r->cell_ptr[r->n_cells] = text;
    r->cell_len[r->n_cells] = len;
    r->n_cells++;
}

/* The cell of @col (trimmed in place), "" for a column the file lacks. */
static const char *cell(Reader *r, int col)
{
    char *start, *end;

    if (col < 0)
        return "";
    start = r->cell_ptr[col];
    end = start + r->cell_len[col];
    while (start < end && (*start == ' ' || *start == '\t'))
        start++;
    while (end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'))
        end--;
    *end = '\0';
    r->cell_ptr[col] = start;
    r->cell_len[col] = (size_t)(end - start);
    return start;
}

/* The length of cell(@col) once called. */
static size_t cell_length(const Reader *r, int col)
{
    return col < 0 ? 0 : r->cell_len[col];
}

/* The cell as written (text columns keep their spaces). */
static const char *cell_raw(const Reader *r, int col)
{
    return col < 0 ? "" : r->cell_ptr[col];
}

static void locate(const Reader *r, BudgetError *e, int col)
{
    e->line = r->rec_line;
    /* Called while the record's last line is being fed. */
    e->end_line = MAX(r->cur_line, r->rec_line);
    e->column = col >= 0 ? col + 1 : 0;
    e->offset = r->rec_offset;
    budgetp_strlcpy_utf8(e->source, r->source, sizeof e->source);
    budgetp_strlcpy_utf8(e->field, column_name(r, col), sizeof e->field);
}

static void fail_file(Reader *r, BudgetError *e);

/* Adds a problem to the list; a streaming list whose callback asked to stop
 * ends the reading with ABORTED. */
static void report(Reader *r, const BudgetError *e, bool is_warning)
{
    if (r->diag == NULL)
        return;
    budget_diagnostics_add(r->diag, e, is_warning);
    if (!r->failed && budget_diagnostics_is_stopped(r->diag)) {
        BudgetError stop;
        budget_error_clear(&stop);
        budgetp_error_set(&stop, BUDGET_ERROR_ABORTED, r->source, e->line, 0, NULL,
                          "reading stopped by the diagnostics callback");
        r->failed = true; /* before fail_file(), which reports again */
        fail_file(r, &stop);
    }
}

/* A problem that ends reading the file in either mode. */
static void fail_file(Reader *r, BudgetError *e)
{
    report(r, e, false);
    if (r->error != NULL && r->error->code == BUDGET_ERROR_OK)
        *r->error = *e;
    r->failed = true;
    r->ignore = true;
}

static void reject_row(Reader *r, BudgetError *e)
{
    if (e->code == BUDGET_ERROR_ABORTED) {
        fail_file(r, e);
        return;
    }
    if (!r->lenient) {
        fail_file(r, e);
        return;
    }
    report(r, e, false);
}

static G_GNUC_PRINTF(4, 5) bool row_error(Reader *r, BudgetError *e, int col, const char *format, ...)
{
    va_list args;
    char *msg;

    va_start(args, format);
    msg = g_strdup_vprintf(format, args);
    va_end(args);
    budgetp_strlcpy_utf8(e->message, msg, sizeof e->message);
    g_free(msg);
    locate(r, e, col);
    return false;
}

/* A cell quoted for a message: invisible and control characters escaped,
 * a long text cut in the middle (text-private.h). */
static char *quote_cell(const char *text)
{
    return budgetp_text_quote(text, -1, BUDGETP_TEXT_MESSAGE_MAX);
}

/* Turns the error of a cell parser into a row error at @col. */
static bool cell_error(Reader *r, BudgetError *e, int col, const BudgetError *sub, const char *what,
                       const char *text)
{
    char *q = quote_cell(text);

    e->code = sub->code != BUDGET_ERROR_OK ? sub->code : BUDGET_ERROR_PARSE;
    if (sub->message[0] != '\0' && strstr(sub->message, q) != NULL)
        row_error(r, e, col, "invalid %s: %s", what, sub->message);
    else
        row_error(r, e, col, "invalid %s \"%s\": %s", what, q,
                  sub->message[0] != '\0' ? sub->message : budget_strerror(e->code));
    g_free(q);
    return false;
}

static void warn_row(Reader *r, int code, int col, const char *format, ...) G_GNUC_PRINTF(4, 5);
static void warn_row(Reader *r, int code, int col, const char *format, ...)
{
    BudgetError w;
    va_list args;
    char *msg;

    budget_error_clear(&w);
    w.code = code;
    va_start(args, format);
    msg = g_strdup_vprintf(format, args);
    va_end(args);
    budgetp_strlcpy_utf8(w.message, msg, sizeof w.message);
    g_free(msg);
    locate(r, &w, col);
    report(r, &w, true);
}

static void file_error(Reader *r, int code, int64_t line, int col, const char *field, const char *format, ...)
    G_GNUC_PRINTF(6, 7);
static void file_error(Reader *r, int code, int64_t line, int col, const char *field, const char *format, ...)
{
    BudgetError e;
    va_list args;

    budget_error_clear(&e);
    va_start(args, format);
    budgetp_error_setv(&e, code, r->source, line, col, field, format, args);
    va_end(args);
    fail_file(r, &e);
}

static void warn_dropped_columns(Reader *r)
{
    /* adjustments.csv has no place for other columns: say so rather than drop them silently. */
    for (guint i = 0; i < r->extra_cols->len; i++) {
        int col = g_array_index(r->extra_cols, int, i);
        BudgetError w;
        budget_error_clear(&w);
        budgetp_error_set(&w, BUDGET_ERROR_UNSUPPORTED, r->source, 1, col + 1, column_name(r, col),
                          "column \"%s\" is not kept (adjustments have date, code, amount, reason)",
                          column_name(r, col));
        report(r, &w, true);
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
        budgetp_error_set(&w, BUDGET_ERROR_UNSUPPORTED, r->source, 1, col + 1, column_name(r, col),
                          "column \"%s\" is not used (department.csv has item, amount, memo)", column_name(r, col));
        report(r, &w, true);
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
        file_error(r, BUDGET_ERROR_PARSE, r->rec_line, col + 1, name,
                   "duplicate column \"%s\" (same as column %d, \"%s\")", name, first + 1, column_name(r, first));
        return true;
    }
    return false;
}

static void process_header(Reader *r)
{
    GHashTable *unknown;

    if (r->rec_n_fields > r->n_cells) {
        file_error(r, BUDGET_ERROR_RANGE, r->rec_line, (int)r->max_columns + 1, "",
                   "the header has %zu columns, more than the limit of %zu (a CSV option sets it)", r->rec_n_fields,
                   r->max_columns);
        return;
    }
    if (r->rec_big_col >= 0) {
        file_error(r, BUDGET_ERROR_RANGE, r->rec_line, r->rec_big_col + 1, "",
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
            file_error(r, BUDGET_ERROR_ENCODING, r->rec_line, (int)i + 1, "",
                       "header cell %zu is not valid UTF-8 (set the encoding option for other encodings)", i + 1);
            g_hash_table_destroy(unknown);
            return;
        }
        c.name = g_strdup(cell(r, (int)i));
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
            warn_row(
                r, BUDGET_ERROR_UNSUPPORTED, (int)i,
                "plan column \"%s\" names no month 1..12 or quarter 1..4: kept as text, not read as a plan "
                "(write plan_01..plan_12, 3月底, 一季度 or Q1)",
                c.name);
    }
    g_hash_table_destroy(unknown);
    for (size_t i = 0; i < G_N_ELEMENTS(required_keys[0]); i++) {
        Key k = required_keys[r->kind][i];
        if (k != KEY_UNKNOWN && r->col_of[k] < 0) {
            file_error(r, BUDGET_ERROR_MISSING_COLUMN, r->rec_line, 0, key_names[k],
                       "missing required column \"%s\" (%s)", key_names[k], key_hint(k));
            return;
        }
    }
    r->have_header = true;
    if (r->kind == FILE_ADJUSTMENTS)
        warn_dropped_columns(r);
    if (r->kind == FILE_DEPARTMENT)
        warn_department_columns(r);
}

static void process_record(Reader *r)
{
    size_t n_cols = r->columns->len;
    bool blank = true;
    BudgetError e;

    if (!r->have_header) {
        process_header(r);
        return;
    }
    budget_error_clear(&e);
    if (r->rec_n_fields > r->n_cells) {
        e.code = BUDGET_ERROR_RANGE;
        row_error(r, &e, (int)r->max_columns, "%zu fields, more than the limit of %zu (a CSV option sets it)",
                  r->rec_n_fields, r->max_columns);
        reject_row(r, &e);
        return;
    }
    if (r->rec_big_col >= 0) {
        e.code = BUDGET_ERROR_RANGE;
        row_error(r, &e, r->rec_big_col, "a field of %zu bytes, more than the limit of %zu (a CSV option sets it)",
                  r->rec_big_len, r->max_field_size);
        reject_row(r, &e);
        return;
    }
    for (size_t i = 0; i < r->n_cells && blank; i++)
        blank = r->cell_len[i] == 0;
    if (blank)
        return; /* a row of empty cells, as spreadsheets export, is a blank line */
    if (r->n_cells != n_cols) {
        size_t col = MIN(r->n_cells, n_cols);
        e.code = BUDGET_ERROR_PARSE;
        row_error(r, &e, (int)col, "expected %zu fields, got %zu", n_cols, r->n_cells);
        reject_row(r, &e);
        return;
    }
    for (size_t i = 0; i < r->n_cells; i++) {
        /* Input checked as a whole needs no second look cell by cell. */
        if (!r->rec_clean && !g_utf8_validate(r->cell_ptr[i], (gssize)r->cell_len[i], NULL)) {
            const char *nul = memchr(r->cell_ptr[i], '\0', r->cell_len[i]);
            e.code = BUDGET_ERROR_ENCODING;
            if (nul != NULL)
                row_error(r, &e, (int)i,
                          "a NUL byte (\\x00) at byte %zu of the cell: this is not text (a binary or UTF-16 file, "
                          "or a damaged export)",
                          (size_t)(nul - r->cell_ptr[i]) + 1);
            else if (r->encoding == ENC_UTF8)
                row_error(r, &e, (int)i,
                          "not valid UTF-8, which the encoding option asks for (use auto or GB18030 for a file "
                          "saved by Chinese Excel)");
            else
                row_error(r, &e, (int)i, "not valid UTF-8 after decoding");
            reject_row(r, &e);
            return;
        }
        if (r->cell_len[i] > 0 && g_array_index(r->columns, Column, i).name[0] == '\0') {
            e.code = BUDGET_ERROR_PARSE;
            row_error(r, &e, (int)i, "a value in a column without a header name");
            reject_row(r, &e);
            return;
        }
    }
    if (!r->row_func(r, &e)) {
        if (e.line == 0)
            locate(r, &e, -1);
        reject_row(r, &e);
    }
}

static void start_record(Reader *r, int64_t offset)
{
    r->in_record = true;
    r->rec_clean = r->chunk_clean;
    r->rec_line = r->cur_line;
    r->rec_offset = offset;
    r->n_cells = 0;
    r->rec_n_fields = 0;
    r->rec_big_col = -1;
}

static void on_field(void *data, size_t len, void *ctx)
{
    Reader *r = ctx;
    GString *s;

    if (r->ignore)
        return;
    if (!r->in_record) /* a record after a lone CR: same physical line */
        start_record(r, -1);
    if (r->n_cells >= r->max_columns || len > r->max_field_size) {
        add_cell(r, NULL, len); /* counted, not copied */
        return;
    }
    if (r->n_cells < r->cells->len) {
        s = g_ptr_array_index(r->cells, r->n_cells);
        g_string_truncate(s, 0);
    } else {
        s = g_string_sized_new(len + 1);
        g_ptr_array_add(r->cells, s);
    }
    if (data != NULL)
        g_string_append_len(s, data, (gssize)len);
    add_cell(r, s->str, s->len);
}

static void on_record(int c, void *ctx)
{
    Reader *r = ctx;

    (void)c;
    if (r->ignore || !r->in_record)
        return;
    r->in_record = false;
    process_record(r);
    r->n_cells = 0;
}

/* A line longer than this is handed to libcsv in pieces rather than gathered
 * whole across chunks, so that memory stays bounded whatever the line. */
#define PENDING_MAX (1024 * 1024)

/* libcsv reads strictly (RFC 4180: after a closing quote comes a comma, a
 * line end or the end of the file, spaces allowed) except that a quote
 * inside an unquoted field is kept, as Excel, pandas and Python read it. */
#define PARSER_OPTIONS (CSV_STRICT | CSV_APPEND_NULL)

static bool parser_start(Reader *r)
{
    if (csv_init(r->parser, PARSER_OPTIONS) != 0) {
        file_error(r, BUDGET_ERROR_IO, 0, 0, "", "cannot initialise the CSV parser");
        return false;
    }
    return true;
}

/* Drops the record being read: a fresh parser takes the next line. */
static void parser_restart(Reader *r)
{
    bool ignore = r->ignore;

    r->ignore = true; /* csv_fini would hand over the broken record */
    csv_fini(r->parser, on_field, on_record, r);
    csv_free(r->parser);
    r->ignore = ignore;
    r->in_record = false;
    r->n_cells = 0;
    if (!parser_start(r))
        r->ignore = true;
}

/* Up to @max characters of @s (@n bytes) before its line end, quoted for a message. */
static char *quote_until_eol(const char *s, size_t n, size_t max)
{
    size_t len = 0, chars = 0;

    while (len < n && s[len] != '\n' && s[len] != '\r' && chars < max) {
        len += (size_t)(g_utf8_skip[(guchar)s[len]]);
        chars++;
    }
    len = MIN(len, n);
    {
        char *part = g_strndup(s, len), *q = g_strescape(part, "\"\\'");
        char *out = (len < n && s[len] != '\n' && s[len] != '\r') ? g_strdup_printf("%s...", q) : g_strdup(q);
        g_free(part);
        g_free(q);
        return out;
    }
}

/* Text after a closing quote (`"m"x`): an error at that cell. Lenient
 * reading rejects the record and goes on at the next line. */
static void after_quote_error(Reader *r, const char *s, size_t n)
{
    char *seen = quote_until_eol(s, n, 20);
    int col = (int)r->n_cells;
    BudgetError e;

    if (!r->in_record)
        start_record(r, -1);
    if (!r->have_header) {
        file_error(r, BUDGET_ERROR_PARSE, r->rec_line, col + 1, "",
                   "header cell %d: text after a closing quote (\"%s\"); a quoted field ends at its closing quote",
                   col + 1, seen);
        g_free(seen);
        return;
    }
    budget_error_clear(&e);
    e.code = BUDGET_ERROR_PARSE;
    row_error(r, &e, col,
              "text after a closing quote: \"%s\"; a quoted field ends at its closing quote (to write a quote "
              "inside a field, double it and quote the whole field: \"\"\"三公\"\"经费\")",
              seen);
    g_free(seen);
    reject_row(r, &e);
    parser_restart(r);
}

/* A field still growing long past the size limit: stop buffering it. In
 * an unquoted field that is a huge line: lenient reading goes on at the next
 * one. In a quoted field it is most likely a quote never closed, which has
 * swallowed the lines after it: as at the end of the file (finish()), the
 * line where the record starts is rejected and the lines after it are read
 * again, so no row is lost in it. */
static void field_too_long(Reader *r, bool at_line_end)
{
    BudgetError e;
    int col = (int)r->n_cells;
    bool quoted = r->parser->quoted != 0;

    budget_error_clear(&e);
    if (!r->have_header) {
        file_error(r, BUDGET_ERROR_RANGE, r->rec_line, col + 1, "",
                   "header cell %d is longer than the limit of %zu bytes (a CSV option sets it)", col + 1,
                   r->max_field_size);
        return;
    }
    e.code = BUDGET_ERROR_RANGE;
    if (quoted)
        row_error(r, &e, col,
                  "a quoted field longer than the limit of %zu bytes (a CSV option sets it), from line %" PRId64
                  " to at least line %" PRId64 ": is a quote never closed?",
                  r->max_field_size, r->rec_line, r->cur_line);
    else
        row_error(r, &e, col, "a field longer than the limit of %zu bytes (a CSV option sets it)",
                  r->max_field_size);
    if (!r->lenient || !quoted) {
        reject_row(r, &e);
        parser_restart(r);
        r->skip_line = !at_line_end;
        return;
    }
    e.end_line = r->rec_line;
    report(r, &e, false);
    r->reread_from = r->rec_line + 1;
    r->ignore = true; /* this reading ends here */
}

/* Hands @n bytes (part of one physical line) to libcsv. libcsv's buffer
 * grows by its block size: keep that in step with the buffer, so long
 * fields cost amortised linear time, and stop a field long past the limit
 * so that memory stays bounded. */
static void parse_piece(Reader *r, char *s, size_t n)
{
    struct csv_parser *p = r->parser;
    size_t pos = 0;

    while (pos < n && !r->ignore) {
        size_t block = CLAMP(csv_get_buffer_size(p), (size_t)CHUNK_SIZE, MAX(r->max_field_size, (size_t)CHUNK_SIZE));

        csv_set_blk_size(p, block);
        pos += csv_parse(p, s + pos, n - pos, on_field, on_record, r);
        if (pos == n || r->ignore)
            break;
        if (csv_error(p) != CSV_EPARSE) {
            file_error(r, BUDGET_ERROR_IO, r->cur_line, 0, "", "CSV parser failed: %s", csv_strerror(csv_error(p)));
            return;
        }
        if (s[pos] == '"' && !p->quoted) {
            /* A quote inside an unquoted field: the one case strict mode
             * refuses that is read literally. */
            csv_set_opts(p, CSV_APPEND_NULL);
            csv_parse(p, s + pos, 1, on_field, on_record, r);
            csv_set_opts(p, PARSER_OPTIONS);
            pos++;
            continue;
        }
        after_quote_error(r, s + pos, n - pos);
        r->skip_line = s[n - 1] != '\n' && s[n - 1] != '\r';
        return;
    }
    if (!r->ignore && csv_get_buffer_size(p) > 2 * r->max_field_size + 2 * PENDING_MAX)
        field_too_long(r, s[n - 1] == '\n' || s[n - 1] == '\r');
}

/* Counts the line end that closes a piece of @n bytes ending with @last. */
static void count_piece(Reader *r, size_t n, char last)
{
    if (last == '\r' || (last == '\n' && (n > 1 || r->last_byte != '\r')))
        r->cur_line++;
    r->last_byte = last;
}

/* Splits a plain record (one physical line without a double quote) on
 * commas in place, exactly as libcsv reads it: an unquoted field loses its
 * leading and trailing spaces and tabs, and nothing else. @s[@n] is the line
 * end, overwritten like every comma by the NUL that ends a cell. */
static void split_plain(Reader *r, char *s, size_t n)
{
    char *p = s, *stop = s + n;

    for (;;) {
        char *q = p, *a = p, *b;

        while (q < stop && *q != ',')
            q++;
        b = q;
        while (a < b && (*a == ' ' || *a == '\t'))
            a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
            b--;
        *b = '\0';
        add_cell(r, a, (size_t)(b - a));
        if (q == stop)
            break;
        p = q + 1;
    }
}

/* One physical line (ending with LF or CR), or the unterminated start of
 * one that libcsv will continue; @offset is the file offset of @s[0], -1 if
 * unknown. A record that starts here and has no double quote on its line is
 * split by split_plain(), without libcsv and without copying; any other goes
 * through libcsv. Both give the same cells: tests/test-csv.c reads every
 * input both ways (LIBBUDGET_CSV_FAST_PATH=0 turns the plain path off). */
static void feed_piece(Reader *r, char *s, size_t n, int64_t offset)
{
    char last = s[n - 1];
    bool done = false;

    if (r->skip_line || r->cur_line < r->skip_until) {
        /* The rest of a rejected record's line, or a line of a first reading. */
        if (last == '\n' || last == '\r')
            r->skip_line = false;
        count_piece(r, n, last);
        return;
    }
    if (!r->in_record) {
        size_t i = 0;

        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
            i++;
        if (i < n)
            start_record(r, offset < 0 ? -1 : offset + (int64_t)i);
        if (r->fast && i == n) {
            done = true; /* only blanks: libcsv skips them too */
        } else if (r->fast && (last == '\n' || last == '\r') && memchr(s + i, '"', n - i) == NULL) {
            split_plain(r, s + i, n - i - 1);
            r->in_record = false;
            process_record(r);
            r->n_cells = 0;
            done = true;
        }
    } else if (!r->chunk_clean) {
        r->rec_clean = false;
    }
    if (!done)
        parse_piece(r, s, n);
    count_piece(r, n, last);
}

/* Hands the gathered start of a line to feed_piece() as it is. */
static void flush_pending(Reader *r)
{
    bool clean = r->chunk_clean;

    r->chunk_clean = r->pending_clean;
    feed_piece(r, r->pending->str, r->pending->len, r->pending_offset);
    r->chunk_clean = clean;
    g_string_truncate(r->pending, 0);
}

/* Feeds decoded UTF-8 one physical line at a time, so that the line where
 * each record starts is known exactly. A line ends with LF, CRLF (counted
 * once) or a lone CR, as libcsv ends records. The unterminated last line of
 * a chunk waits in r->pending for its end. @buf is modified in place;
 * r->chunk_clean says whether it was checked as UTF-8 without NUL. */
static void feed(Reader *r, char *buf, size_t len)
{
    size_t pos = 0;

    if (r->pending->len > 0 && len > 0 && !r->ignore) {
        size_t t = 0;

        while (t < len && buf[t] != '\n' && buf[t] != '\r')
            t++;
        g_string_append_len(r->pending, buf, (gssize)MIN(t + 1, len));
        r->pending_clean = r->pending_clean && r->chunk_clean;
        if (t < len || r->pending->len > PENDING_MAX)
            flush_pending(r);
        pos = MIN(t + 1, len);
    }
    while (pos < len && !r->ignore) {
        const char *nl = memchr(buf + pos, '\n', len - pos);
        size_t stop = nl != NULL ? (size_t)(nl - buf) + 1 : len;
        const char *cr = memchr(buf + pos, '\r', stop - pos);
        size_t end = cr != NULL ? (size_t)(cr - buf) + 1 : stop;
        int64_t offset = r->base_offset < 0 ? -1 : r->base_offset + r->fed + (int64_t)pos;

        if (r->fast && !r->in_record && nl == NULL && cr == NULL) {
            g_string_append_len(r->pending, buf + pos, (gssize)(len - pos));
            r->pending_offset = offset;
            r->pending_clean = r->chunk_clean;
            break;
        }
        feed_piece(r, buf + pos, end - pos, offset);
        pos = end;
    }
    r->fed += (int64_t)len;
}

/* At most this many readings of one input (see finish()). */
#define MAX_READINGS 16

static void finish(Reader *r)
{
    if (!r->ignore && (r->pending->len > 0 || (r->last_byte != '\n' && r->last_byte != '\r'))) {
        char nl[] = "\n";

        r->chunk_clean = true;
        feed(r, nl, 1);
    }
    if (!r->ignore && r->in_record) {
        /* Every line end has been fed: only an open quote keeps a record
         * open, and it swallowed every line after it. Strict reading stops;
         * lenient reading rejects the line where the record starts and reads
         * the lines after it again, as records (run_reader()). */
        int64_t last = r->cur_line - 1;
        int col = (int)r->n_cells;
        BudgetError e;

        budget_error_clear(&e);
        e.code = BUDGET_ERROR_PARSE;
        if (!r->have_header) {
            file_error(r, BUDGET_ERROR_PARSE, r->rec_line, col + 1, "",
                       "header cell %d: a quote opened here is never closed (lines %" PRId64 "-%" PRId64
                       " were read as one field)",
                       col + 1, r->rec_line, last);
        } else if (!r->lenient) {
            row_error(r, &e, col,
                      "a quote opened in this field is never closed: lines %" PRId64 "-%" PRId64
                      ", to the end of the file, were read as one field",
                      r->rec_line, last);
            e.end_line = last;
            fail_file(r, &e);
        } else {
            row_error(r, &e, col,
                      "a quote opened in this field is never closed before the end of the file (line %" PRId64
                      "): this line is rejected and the lines after it are read again as records",
                      last);
            e.end_line = r->rec_line;
            report(r, &e, false);
            if (last > r->rec_line)
                r->reread_from = r->rec_line + 1;
        }
    }
    if (!r->ignore && !r->have_header)
        file_error(r, BUDGET_ERROR_PARSE, 1, 0, "", "empty file: no header row");
    r->ignore = true;
    csv_fini(r->parser, on_field, on_record, r);
    csv_free(r->parser);
    r->parser = NULL;
}

/* ---- Input ------------------------------------------------------------ */

typedef struct {
    FILE *fp; /* a regular file (input_open()), or NULL for a buffer */
    const char *data;
    size_t len;
    size_t pos;
} Input;

/* What a path that is not a regular file is, for the message. */
static const char *file_kind(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a named pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

/* Opens @path for reading if it is a readable regular file, reporting
 * exactly what it is otherwise. The open never blocks (a FIFO would wait
 * for a writer); a link is followed, and a dangling one or a loop says so. */
static bool input_open(Reader *r, const char *path, Input *in)
{
    GStatBuf st;
    int fd, flags;

    fd = g_open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
    if (fd < 0) {
        int err = errno;
        if (err == ENOENT && g_lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
            char *target = g_file_read_link(path, NULL);
            file_error(r, BUDGET_ERROR_IO, 0, 0, "", "%s is a link to \"%s\", which does not exist", path,
                       target != NULL ? target : "?");
            g_free(target);
        } else if (err == ELOOP) {
            file_error(r, BUDGET_ERROR_IO, 0, 0, "", "%s is a symbolic link that leads back to itself (a loop)", path);
        } else if (err == EACCES) {
            file_error(r, BUDGET_ERROR_IO, 0, 0, "", "%s cannot be read: permission denied", path);
        } else {
            file_error(r, BUDGET_ERROR_IO, 0, 0, "", "cannot open %s: %s", path, g_strerror(err));
        }
        return false;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        int err = errno;
        if (S_ISREG(st.st_mode) || st.st_mode == 0)
            file_error(r, BUDGET_ERROR_IO, 0, 0, "", "cannot examine %s: %s", path, g_strerror(err));
        else
            file_error(r, BUDGET_ERROR_IO, 0, 0, "", "%s is %s, not a file: only regular files are read", path,
                       file_kind(st.st_mode));
        close(fd);
        return false;
    }
    flags = fcntl(fd, F_GETFL);
    if (flags >= 0)
        (void)fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    in->fp = fdopen(fd, "rb");
    if (in->fp == NULL) {
        file_error(r, BUDGET_ERROR_IO, 0, 0, "", "cannot open %s: %s", path, g_strerror(errno));
        close(fd);
        return false;
    }
    return true;
}

/* Back to the start, for a second reading (false if that fails). */
static bool input_rewind(Input *in)
{
    if (in->fp == NULL) {
        in->pos = 0;
        return true;
    }
    return fseek(in->fp, 0, SEEK_SET) == 0;
}

/* Reads up to @cap bytes; false on an I/O error (reported). */
static bool input_read(Reader *r, Input *in, char *buf, size_t cap, size_t *n)
{
    if (in->fp == NULL) {
        *n = MIN(cap, in->len - in->pos);
        memcpy(buf, in->data + in->pos, *n);
        in->pos += *n;
        return true;
    }
    *n = fread(buf, 1, cap, in->fp);
    if (*n < cap && ferror(in->fp)) {
        file_error(r, BUDGET_ERROR_IO, 0, 0, "", "read error: %s", g_strerror(errno));
        return false;
    }
    return true;
}

/* Line ends: LF, CRLF (one) and a lone CR. @prev carries the last byte
 * across calls so that a CRLF split between two chunks counts once. */
static int64_t count_lines(const char *buf, size_t len, char *prev)
{
    int64_t n = 0;

    for (size_t i = 0; i < len; i++) {
        char c = buf[i];
        if (c == '\r' || (c == '\n' && *prev != '\r'))
            n++;
        *prev = c;
    }
    return n;
}

/* The line of the byte that follows the bytes fed so far and then @len
 * more at @buf. */
static int64_t line_after(const Reader *r, const char *buf, size_t len)
{
    char prev = r->pending->len > 0 ? r->pending->str[r->pending->len - 1] : r->last_byte;

    return r->cur_line + count_lines(buf, len, &prev);
}

/* Like g_utf8_validate() on @len bytes (the same rules: no overlong form,
 * no surrogate, nothing past U+10FFFF), but NUL bytes are allowed (the
 * per-cell check rejects them) and *@nul tells if there was one. ASCII goes
 * eight bytes at a time: most of a ledger is ASCII. */
static bool utf8_valid(const char *buf, size_t len, const char **end, bool *nul)
{
    const guchar *p = (const guchar *)buf, *stop = p + len;
    const guint64 high = G_GUINT64_CONSTANT(0x8080808080808080), ones = G_GUINT64_CONSTANT(0x0101010101010101);

    *nul = false;
    while (p < stop) {
        guchar c = *p, lo = 0x80, hi = 0xBF;
        size_t more;

        if (stop - p >= 8) {
            guint64 w;

            memcpy(&w, p, 8);
            if ((w & high) == 0) {
                if (((w - ones) & ~w & high) != 0)
                    *nul = true;
                p += 8;
                continue;
            }
        }
        if (c < 0x80) {
            if (c == 0)
                *nul = true;
            p++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            if (c == 0xE0)
                lo = 0xA0; /* overlong */
            else if (c == 0xED)
                hi = 0x9F; /* surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            if (c == 0xF0)
                lo = 0x90; /* overlong */
            else if (c == 0xF4)
                hi = 0x8F; /* past U+10FFFF */
        } else {
            break;
        }
        if ((size_t)(stop - p) <= more || p[1] < lo || p[1] > hi)
            break;
        if (more >= 2 && (p[2] & 0xC0) != 0x80)
            break;
        if (more == 3 && (p[3] & 0xC0) != 0x80)
            break;
        p += more + 1;
    }
    *end = (const char *)p;
    return p == stop;
}

static bool is_ascii(const char *buf, size_t len)
{
    guint64 any = 0, w;
    size_t i = 0;

    for (; i + 8 <= len; i += 8) {
        memcpy(&w, buf + i, 8);
        any |= w;
    }
    for (; i < len; i++)
        any |= (guchar)buf[i];
    return (any & G_GUINT64_CONSTANT(0x8080808080808080)) == 0;
}

/* The error for a bad byte on line @bad of a GB18030 reading; @utf8_bad is
 * where UTF-8 failed first, 0 if GB18030 was asked for. */
static void gb18030_error(Reader *r, int64_t bad, int64_t utf8_bad)
{
    if (utf8_bad == 0)
        file_error(r, BUDGET_ERROR_ENCODING, bad, 0, "", "line %" PRId64 " is not valid GB18030", bad);
    else if (bad == utf8_bad)
        file_error(r, BUDGET_ERROR_ENCODING, bad, 0, "",
                   "line %" PRId64 " is neither UTF-8 nor GB18030; set the encoding option if the file uses another one",
                   bad);
    else
        /* The longer-lived reading fails later: in a GB18030 file with one bad
         * byte, UTF-8 fails at the first Chinese text but GB18030 at the bad byte. */
        file_error(r, BUDGET_ERROR_ENCODING, MAX(utf8_bad, bad), 0, "",
                   "line %" PRId64 " is neither UTF-8 nor GB18030 (as UTF-8 line %" PRId64 " is invalid, as GB18030 line %" PRId64 "); set "
                   "the encoding option if the file uses another one",
                   MAX(utf8_bad, bad), utf8_bad, bad);
}

/* Does the chunk that made auto mode leave UTF-8 (@len bytes at @buf, the
 * last of the input if @eof) decode as GB18030? If not, the error is
 * reported: nothing of a chunk that is neither encoding is fed. GB18030
 * sequences hold no CR or LF byte, so lines are counted in the input. */
static bool gb18030_checks(Reader *r, char *buf, size_t len, bool eof, int64_t utf8_bad)
{
    GIConv cd = g_iconv_open("UTF-8", "GB18030");
    size_t out_cap = CHUNK_SIZE * 2 + 16;
    char *out, *ip = buf;
    gsize ileft = len;
    bool ok = true;

    if (cd == (GIConv)-1)
        return true; /* pass_gb18030() reports it */
    out = g_malloc(out_cap);
    while (ileft > 0) {
        char *op = out;
        gsize oleft = out_cap;

        if (g_iconv(cd, &ip, &ileft, &op, &oleft) != (gsize)-1 || errno == E2BIG)
            continue;
        if (errno == EINVAL && !eof)
            break; /* a sequence cut by the chunk end */
        ok = false;
        gb18030_error(r, line_after(r, buf, (size_t)(ip - buf)), utf8_bad);
        break;
    }
    g_iconv_close(cd);
    g_free(out);
    return ok;
}

/* UTF-16 (Excel's "Unicode Text"), with or without its byte order mark, is
 * neither encoding libbudget reads: say so rather than report bad bytes. */
static bool utf16_error(Reader *r, const char *buf, size_t n)
{
    const guchar *u = (const guchar *)buf;
    bool bom = n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
    bool ascii16 = n >= 4 && ((u[0] != 0 && u[1] == 0 && u[2] != 0 && u[3] == 0) ||
                              (u[0] == 0 && u[1] != 0 && u[2] == 0 && u[3] != 0));

    if (!bom && !ascii16)
        return false;
    file_error(r, BUDGET_ERROR_ENCODING, 1, 0, "",
               "the file is UTF-16 text (Excel's \"Unicode Text\"), which is not read: save it as \"CSV UTF-8\" "
               "or as CSV (GB18030)");
    return true;
}

/* Decodes GB18030 and feeds it. The first @have bytes are already in @buf
 * (after an ASCII start read as UTF-8 in auto mode, whose first non-UTF-8
 * line is @utf8_bad; 0 when GB18030 was asked for). */
static void pass_gb18030(Reader *r, Input *in, char *buf, size_t have, int64_t utf8_bad)
{
    GIConv cd = g_iconv_open("UTF-8", "GB18030");
    size_t out_cap = CHUNK_SIZE * 2 + 16, carry = 0;
    bool first = utf8_bad == 0;
    char *out;

    if (cd == (GIConv)-1) {
        file_error(r, BUDGET_ERROR_UNSUPPORTED, 0, 0, "", "this system cannot convert GB18030");
        return;
    }
    out = g_malloc(out_cap);
    r->base_offset = -1; /* offsets in the converted text are not file offsets */
    for (;;) {
        size_t n;
        char *ip = buf;
        gsize ileft;

        if (have > 0) {
            n = have;
            have = 0;
        } else if (!input_read(r, in, buf + carry, CHUNK_SIZE, &n)) {
            break;
        }
        ileft = carry + n;
        carry = 0;
        if (first) {
            first = false;
            if (utf16_error(r, buf, ileft))
                goto done;
            if (ileft >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
                ip += 3;
                ileft -= 3;
            }
        }
        while (ileft > 0) {
            char *op = out;
            gsize oleft = out_cap;
            gsize rc = g_iconv(cd, &ip, &ileft, &op, &oleft);
            int err = errno;
            size_t produced = (size_t)(op - out);

            if (produced > 0) {
                r->chunk_clean = g_utf8_validate(out, (gssize)produced, NULL); /* and no NUL */
                feed(r, out, produced);
            }
            if (r->ignore)
                goto done;
            if (rc != (gsize)-1 || err == E2BIG)
                continue;
            if (err == EINVAL && n > 0) {
                memmove(buf, ip, ileft);
                carry = ileft;
                break;
            }
            /* The bad byte follows everything fed, on the line being read. */
            gb18030_error(r, line_after(r, "", 0), utf8_bad);
            goto done;
        }
        if (n == 0)
            break;
    }
done:
    g_iconv_close(cd);
    g_free(out);
}

/* UTF-8 in one pass: each chunk is checked, then fed. In auto mode, the
 * first chunk that is not UTF-8 switches to GB18030 from its start when every
 * byte fed before it was ASCII (the same in both); after non-ASCII UTF-8 it
 * is a mixed file, refused. A sequence cut by the chunk end waits for the
 * next chunk, so that whole chunks check clean. */
static void pass_utf8(Reader *r, Input *in, char *buf)
{
    size_t carry = 0;
    bool first = true, non_ascii = false;

    for (;;) {
        size_t n, total, skip = 0, good;
        const char *end;
        bool valid, nul;

        if (!input_read(r, in, buf + carry, CHUNK_SIZE, &n))
            return;
        total = carry + n;
        carry = 0;
        if (first) {
            first = false;
            if (utf16_error(r, buf, total))
                return;
            if (total >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
                skip = 3;
                r->base_offset = 3;
            }
        }
        valid = utf8_valid(buf + skip, total - skip, &end, &nul);
        good = (size_t)(end - buf);
        if (!valid && n > 0 && total - good < 4 &&
            g_utf8_get_char_validated(end, (gssize)(total - good)) == (gunichar)-2) {
            carry = total - good;
            valid = true;
        }
        if (!valid && r->encoding == ENC_AUTO) {
            int64_t bad = line_after(r, buf + skip, good - skip);

            if (non_ascii) {
                file_error(r, BUDGET_ERROR_ENCODING, bad, 0, "",
                           "mixed encodings: line %" PRId64 " is not UTF-8 but earlier lines are", bad);
                return;
            }
            memmove(buf, buf + skip, total - skip);
            if (gb18030_checks(r, buf, total - skip, n == 0, bad))
                pass_gb18030(r, in, buf, total - skip, bad);
            return;
        }
        if (!valid) /* UTF-8 was asked for: each bad cell is a row error */
            good = total;
        if (!non_ascii)
            non_ascii = !is_ascii(buf + skip, good - skip);
        r->chunk_clean = valid && !nul;
        feed(r, buf + skip, good - skip);
        if (r->ignore || n == 0)
            return;
        memmove(buf, buf + good, carry);
    }
}

static void parse_input(Reader *r, Input *in)
{
    char *buf = g_malloc(CHUNK_SIZE + 8);
    struct csv_parser p;

    r->parser = &p;
    if (!parser_start(r)) {
        r->parser = NULL;
        g_free(buf);
        return;
    }
    if (r->encoding == ENC_GB18030)
        pass_gb18030(r, in, buf, 0, 0);
    else
        pass_utf8(r, in, buf);
    finish(r);
    g_free(buf);
}

/* Back to the state of a reader at the start of its input, keeping the
 * header and what the rows gave, for a second reading from @line on. */
static void reader_restart_at(Reader *r, int64_t line)
{
    r->skip_until = line;
    r->reread_from = 0;
    r->cur_line = 1;
    r->fed = 0;
    r->base_offset = 0;
    r->last_byte = '\n';
    r->in_record = false;
    r->n_cells = 0;
    r->skip_line = false;
    r->ignore = false;
    g_string_truncate(r->pending, 0);
}

/* Runs a reader over a file (@path) or a buffer (@data). A quote never
 * closed swallows every line after it: lenient reading then reads the input
 * again from the line after the one where that record starts (finish()),
 * so no row after it is lost. */
static bool run_reader(Reader *r, const char *path, const char *data, size_t len)
{
    Input in = {NULL, data, len, 0};

    if (path != NULL && !input_open(r, path, &in))
        return false;
    parse_input(r, &in);
    while (r->reread_from > 0 && !r->failed) {
        int64_t from = r->reread_from;

        if (++r->n_readings >= MAX_READINGS || !input_rewind(&in)) {
            file_error(r, BUDGET_ERROR_PARSE, from, 0, "",
                       "lines %" PRId64 " to the end were not read: %s", from,
                       r->n_readings >= MAX_READINGS ? "too many quotes are never closed"
                                                      : "the input cannot be read a second time");
            break;
        }
        reader_restart_at(r, from);
        parse_input(r, &in);
    }
    if (in.fp != NULL)
        fclose(in.fp);
    return !r->failed;
}

/* ---- Cell parsers ----------------------------------------------------- */

static bool parse_money_cell(Reader *r, BudgetError *e, int col, bool allow_suffix, BudgetFen *out)
{
    const char *text = cell(r, col);
    const Column *c = &g_array_index(r->columns, Column, col);
    BudgetError sub;

    if (*text == '\0') {
        e->code = BUDGET_ERROR_PARSE;
        return row_error(r, e, col, "%s is blank", key_names[c->key]);
    }
    budget_error_clear(&sub);
    if (!budget_money_parse_unit(text, (ptrdiff_t)cell_length(r, col), c->unit, out, &sub))
        return cell_error(r, e, col, &sub, key_names[c->key], text);
    if (!allow_suffix && strstr(text, "元") != NULL) {
        /* The ledger is an accounting export: its amounts are plain numbers. */
        char *q = quote_cell(text);
        e->code = BUDGET_ERROR_PARSE;
        row_error(r, e, col, "invalid %s \"%s\": a ledger amount is a plain number (a unit goes in the header)",
                  key_names[c->key], q);
        g_free(q);
        return false;
    }
    return true;
}

static bool parse_date_cell(Reader *r, BudgetError *e, int col, BudgetDate *out)
{
    const char *text = cell(r, col);
    BudgetError sub;

    if (*text == '\0') {
        e->code = BUDGET_ERROR_PARSE;
        return row_error(r, e, col, "date is blank");
    }
    budget_error_clear(&sub);
    if (!budget_date_parse(text, (ptrdiff_t)cell_length(r, col), out, &sub))
        return cell_error(r, e, col, &sub, "date", text);
    return true;
}

static bool parse_code_cell(Reader *r, BudgetError *e, const char **code)
{
    int col = r->col_of[KEY_CODE];
    *code = cell(r, col);
    if (**code == '\0') {
        e->code = BUDGET_ERROR_PARSE;
        return row_error(r, e, col, "project code is empty");
    }
    return true;
}

/* @code is the cell of the code column, trimmed by parse_code_cell(). */
static bool known_code(Reader *r, BudgetError *e, const BudgetBook *book, const char *code, ptrdiff_t *index)
{
    *index = budgetp_book_lookup_index(book, code, cell_length(r, r->col_of[KEY_CODE]));
    if (*index < 0) {
        char *q = quote_cell(code);
        e->code = BUDGET_ERROR_NOT_FOUND;
        row_error(r, e, r->col_of[KEY_CODE], "unknown project code \"%s\"", q);
        g_free(q);
        return false;
    }
    return true;
}

/* ---- projects.csv ----------------------------------------------------- */

typedef struct {
    BudgetBook *book;
    GHashTable *lines; /* code → line of its first row, for duplicate messages */
} ProjectsCtx;

/* A year outside these is accepted (1..9999) with a warning: budget years
 * of the People's Republic start in 1949, and one past 2100 is a typo. */
#define PLAUSIBLE_YEAR_MIN 1949
#define PLAUSIBLE_YEAR_MAX 2100

static bool parse_year(Reader *r, BudgetError *e, int *year)
{
    int col = r->col_of[KEY_YEAR];
    const char *text = cell(r, col);
    const char *p = text;
    int y = 0, digits = 0;

    *year = 0;
    if (*text == '\0')
        return true;
    while (g_ascii_isdigit(*p) && digits < 6) {
        y = y * 10 + (*p - '0');
        p++;
        digits++;
    }
    if (digits == 0 || (*p != '\0' && strcmp(p, "年") != 0)) {
        char *q = quote_cell(text);
        e->code = BUDGET_ERROR_PARSE;
        row_error(r, e, col, "invalid year \"%s\": expected a number such as 2024", q);
        g_free(q);
        return false;
    }
    if (y < 1 || y > 9999) {
        e->code = BUDGET_ERROR_RANGE;
        return row_error(r, e, col, "year %d is out of range 1..9999", y);
    }
    *year = y;
    return true;
}

static BudgetPlan *parse_plan(Reader *r, BudgetError *e, bool *ok)
{
    int form_col = r->col_of[KEY_PLAN_FORM];
    const char *form_text = cell(r, form_col);
    bool any = form_text[0] != '\0';
    BudgetPlanForm form;
    BudgetPlan *plan;

    *ok = true;
    for (int m = 1; m <= 12 && !any; m++)
        any = r->plan_col[m] >= 0 && cell(r, r->plan_col[m])[0] != '\0';
    if (!any)
        return NULL; /* no plan at all: the project has none */
    if (!budget_plan_form_from_string(form_text, &form)) {
        char *q = quote_cell(form_text);
        e->code = BUDGET_ERROR_PARSE;
        row_error(r, e, form_col, "invalid plan_form \"%s\": expected auto, cumulative or incremental", q);
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
        text = cell(r, col);
        budget_error_clear(&sub);
        if (*text == '\0') {
            budget_plan_set_blank(plan, m);
        } else if (!budget_percent_parse(text, -1, &v, &sub) || !budget_plan_set_month(plan, m, v, &sub)) {
            cell_error(r, e, col, &sub, "plan percent", text);
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
    } funding[] = {{KEY_FISCAL, BUDGET_SOURCE_FISCAL}, {KEY_OTHER, BUDGET_SOURCE_OTHER},
                   {KEY_CARRYOVER, BUDGET_SOURCE_CARRYOVER}};
    ProjectsCtx *ctx = r->row_data;
    const char *code;
    BudgetFen budget, amounts[3];
    bool given[3] = {false, false, false}, plan_ok;
    int year;
    BudgetPlan *plan;
    BudgetProject *project;
    BudgetError sub;
    gpointer first_line = NULL;

    if (!parse_code_cell(r, e, &code))
        return false;
    if (g_hash_table_lookup_extended(ctx->lines, code, NULL, &first_line) ||
        budget_book_get_project(ctx->book, code) != NULL) {
        char *q = quote_cell(code);
        e->code = BUDGET_ERROR_DUPLICATE_KEY;
        if (first_line != NULL && GPOINTER_TO_INT(first_line) > 0)
            row_error(r, e, r->col_of[KEY_CODE], "duplicate project code \"%s\" (first on line %d)", q,
                      GPOINTER_TO_INT(first_line));
        else
            row_error(r, e, r->col_of[KEY_CODE], "duplicate project code \"%s\"", q);
        g_free(q);
        return false;
    }
    if (!parse_money_cell(r, e, r->col_of[KEY_BUDGET], true, &budget))
        return false;
    if (!parse_year(r, e, &year))
        return false;
    for (size_t i = 0; i < G_N_ELEMENTS(funding); i++) {
        int col = r->col_of[funding[i].key];
        if (col >= 0 && cell(r, col)[0] != '\0') {
            if (!parse_money_cell(r, e, col, true, &amounts[i]))
                return false;
            given[i] = true;
        }
    }
    plan = parse_plan(r, e, &plan_ok);
    if (!plan_ok)
        return false;

    budget_error_clear(&sub);
    project = budget_project_new(code, &sub);
    if (project == NULL) {
        budget_plan_unref(plan);
        return cell_error(r, e, r->col_of[KEY_CODE], &sub, "project code", code);
    }
    budget_project_set_budget(project, budget);
    budget_project_set_year(project, year);
    budgetp_project_set_origin(
        project, r->source, r->rec_line,
        (const int[]){r->col_of[KEY_CODE] + 1, r->col_of[KEY_BUDGET] + 1, r->col_of[KEY_YEAR] + 1});
    if (r->col_of[KEY_NAME] >= 0)
        budget_project_set_name(project, cell_raw(r, r->col_of[KEY_NAME]));
    if (r->col_of[KEY_UNIT] >= 0)
        budget_project_set_unit(project, cell_raw(r, r->col_of[KEY_UNIT]));
    if (r->col_of[KEY_PURPOSE] >= 0)
        budget_project_set_purpose(project, cell_raw(r, r->col_of[KEY_PURPOSE]));
    for (size_t i = 0; i < G_N_ELEMENTS(funding); i++)
        if (given[i])
            budget_project_set_funding(project, funding[i].source, amounts[i]);
    if (plan != NULL)
        budget_project_set_plan(project, plan);
    /* Header names are unique: append without the linear lookup of
     * budget_project_set_extra(), which made wide files quadratic. */
    for (guint i = 0; i < r->extra_cols->len; i++) {
        int col = g_array_index(r->extra_cols, int, i);
        budgetp_project_append_extra(project, column_name(r, col), cell_raw(r, col));
    }
    budget_error_clear(&sub);
    if (!budget_book_add_project(ctx->book, project, &sub)) {
        budget_project_unref(project);
        budget_plan_unref(plan);
        return cell_error(r, e, r->col_of[KEY_CODE], &sub, "project code", code);
    }
    g_hash_table_insert(ctx->lines, g_strdup(code), GINT_TO_POINTER(r->rec_line));

    /* Usable but suspicious: warnings, in both modes. */
    if (budget < 0) {
        char text[32];
        budget_money_format(budget, text, sizeof text);
        warn_row(r, BUDGET_ERROR_RANGE, r->col_of[KEY_BUDGET],
                 "project %s: negative budget %s: no execution rate, and the execution score does not apply",
                 code, text);
    }
    if (year != 0 && (year < PLAUSIBLE_YEAR_MIN || year > PLAUSIBLE_YEAR_MAX))
        warn_row(r, BUDGET_ERROR_RANGE, r->col_of[KEY_YEAR],
                 "project %s: year %d is outside %d..%d: its plan and time progress are read in year %d",
                 code, year, PLAUSIBLE_YEAR_MIN, PLAUSIBLE_YEAR_MAX, year);
    budget_error_clear(&sub);
    if (plan != NULL && !budget_plan_resolve(plan, NULL, &sub))
        warn_row(r, sub.code, first_plan_col(r), "invalid plan of project %s: %s", code, sub.message);
    budget_error_clear(&sub);
    if (!budget_project_check_funding(project, &sub)) {
        if (strstr(sub.message, code) != NULL)
            warn_row(r, sub.code, r->col_of[KEY_BUDGET], "%s", sub.message);
        else
            warn_row(r, sub.code, r->col_of[KEY_BUDGET], "project %s: %s", code, sub.message);
    }
    budget_project_unref(project);
    budget_plan_unref(plan);
    return true;
}

static bool load_projects(BudgetBook *book, const char *path, const char *data, size_t len, const char *source,
                          const BudgetCsvOptions *options, BudgetDiagnostics *diag, BudgetError *error)
{
    Reader r;
    ProjectsCtx ctx = {book, g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL)};
    bool ok;

    reader_init(&r, FILE_PROJECTS, source, options, diag, error);
    r.row_func = project_row;
    r.row_data = &ctx;
    ok = run_reader(&r, path, data, len);
    reader_clear(&r);
    g_hash_table_destroy(ctx.lines);
    return ok;
}

bool budget_csv_load_projects(BudgetBook *book, const char *path, const BudgetCsvOptions *options,
                              BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    return load_projects(book, path, NULL, 0, path, options, diag, error);
}

bool budget_csv_load_projects_data(BudgetBook *book, const char *data, size_t len, const char *source_name,
                                   const BudgetCsvOptions *options, BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(data != NULL || len == 0, false, error);
    return load_projects(book, NULL, data != NULL ? data : "", len, source_name, options, diag, error);
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
    if (!budget_book_add_adjustment(book, date, code, amount, cell_raw(r, r->col_of[KEY_REASON]), &sub)) {
        int col = sub.code == BUDGET_ERROR_NOT_FOUND ? r->col_of[KEY_CODE]
                  : sub.code == BUDGET_ERROR_PARSE   ? r->col_of[KEY_DATE]
                                                     : r->col_of[KEY_AMOUNT];
        e->code = sub.code;
        return row_error(r, e, col, "adjustment refused: %s", sub.message);
    }
    budgetp_book_set_adjustment_origin(book, budget_book_get_n_adjustments(book) - 1, r->source, r->rec_line,
                                       r->col_of[KEY_AMOUNT] + 1);
    return true;
}

static bool load_adjustments(BudgetBook *book, const char *path, const char *data, size_t len,
                             const char *source, const BudgetCsvOptions *options, BudgetDiagnostics *diag,
                             BudgetError *error)
{
    Reader r;
    bool ok;

    reader_init(&r, FILE_ADJUSTMENTS, source, options, diag, error);
    r.row_func = adjustment_row;
    r.row_data = book;
    ok = run_reader(&r, path, data, len);
    reader_clear(&r);
    return ok;
}

bool budget_csv_load_adjustments(BudgetBook *book, const char *path, const BudgetCsvOptions *options,
                                 BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    return load_adjustments(book, path, NULL, 0, path, options, diag, error);
}

bool budget_csv_load_adjustments_data(BudgetBook *book, const char *data, size_t len, const char *source_name,
                                      const BudgetCsvOptions *options, BudgetDiagnostics *diag,
                                      BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(data != NULL || len == 0, false, error);
    return load_adjustments(book, NULL, data != NULL ? data : "", len, source_name, options, diag, error);
}

/* ---- indicators.csv --------------------------------------------------- */

static bool indicator_row(Reader *r, BudgetError *e)
{
    BudgetBook *book = r->row_data;
    const char *code;
    ptrdiff_t index;
    size_t n = 0;
    const char **names, **values;
    BudgetError sub;
    bool ok;

    if (!parse_code_cell(r, e, &code) || (book != NULL && !known_code(r, e, book, code, &index)))
        return false;
    /* A weight is the indicator's points (分值): check it here, where the row
     * has a line and column, rather than only when it is scored. */
    if (r->col_of[KEY_WEIGHT] >= 0 && cell(r, r->col_of[KEY_WEIGHT])[0] != '\0') {
        int64_t points;
        budget_error_clear(&sub);
        if (!budget_score_parse_points(cell(r, r->col_of[KEY_WEIGHT]), &points, &sub)) {
            e->code = sub.code;
            return row_error(r, e, r->col_of[KEY_WEIGHT], "invalid weight: %s", sub.message);
        }
    }
    if (budget_score_part_from_level1(cell(r, r->col_of[KEY_LEVEL1])) == BUDGET_SCORE_PART_NONE) {
        char *q = quote_cell(cell(r, r->col_of[KEY_LEVEL1]));
        if (r->col_of[KEY_LEVEL1] < 0)
            warn_row(r, BUDGET_ERROR_RANGE, -1,
                     "project %s: no level1 column: the indicator counts in no part of the score", code);
        else
            warn_row(r, BUDGET_ERROR_RANGE, r->col_of[KEY_LEVEL1],
                     "project %s: unknown level1 \"%s\": the indicator counts in no part of the score (write "
                     "产出/效益/效果/满意度/成本指标 or output/outcome/satisfaction/cost)",
                     code, q);
        g_free(q);
    }
    if (book == NULL)
        return true; /* checking only: projects.csv could not be read */
    names = g_new(const char *, r->columns->len);
    values = g_new(const char *, r->columns->len);
    for (guint i = 0; i < r->columns->len; i++) {
        const Column *c = &g_array_index(r->columns, Column, i);
        if ((int)i == r->col_of[KEY_CODE] || c->name[0] == '\0')
            continue;
        names[n] = c->key != KEY_UNKNOWN ? key_names[c->key] : c->name;
        values[n] = c->key != KEY_UNKNOWN ? cell(r, (int)i) : cell_raw(r, (int)i);
        n++;
    }
    budget_error_clear(&sub);
    ok = budget_book_add_indicator(book, code, n, names, values, &sub);
    g_free(names);
    g_free(values);
    if (!ok) {
        e->code = sub.code;
        return row_error(r, e, r->col_of[KEY_CODE], "indicator refused: %s", sub.message);
    }
    return true;
}

static bool load_indicators(BudgetBook *book, const char *path, const char *data, size_t len,
                            const char *source, const BudgetCsvOptions *options, BudgetDiagnostics *diag,
                            BudgetError *error)
{
    Reader r;
    bool ok;

    reader_init(&r, FILE_INDICATORS, source, options, diag, error);
    r.row_func = indicator_row;
    r.row_data = book;
    ok = run_reader(&r, path, data, len);
    reader_clear(&r);
    return ok;
}

bool budget_csv_load_indicators(BudgetBook *book, const char *path, const BudgetCsvOptions *options,
                                BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    return load_indicators(book, path, NULL, 0, path, options, diag, error);
}

bool budget_csv_load_indicators_data(BudgetBook *book, const char *data, size_t len, const char *source_name,
                                     const BudgetCsvOptions *options, BudgetDiagnostics *diag,
                                     BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(data != NULL || len == 0, false, error);
    return load_indicators(book, NULL, data != NULL ? data : "", len, source_name, options, diag, error);
}

/* ---- department.csv --------------------------------------------------- */

typedef struct {
    BudgetDepartmentInputs *inputs;
    int line_of[BUDGET_DEPARTMENT_N_ITEMS]; /* where each item was given, 0 if not yet */
} DepartmentCtx;

/* A head count: a whole number, optionally followed by 人. */
static bool parse_count_cell(Reader *r, BudgetError *e, int col, const char *item, int64_t *out)
{
    const char *text = cell(r, col);
    const char *p = text;
    int64_t v = 0;
    bool negative = false;

    if (*p == '-') {
        negative = true;
        p++;
    }
    if (!g_ascii_isdigit(*p))
        goto bad;
    while (g_ascii_isdigit(*p)) {
        if (v > (INT64_MAX - 9) / 10) {
            e->code = BUDGET_ERROR_OVERFLOW;
            return row_error(r, e, col, "%s \"%s\" is too large", item, text);
        }
        v = v * 10 + (*p++ - '0');
    }
    if (strcmp(p, "人") == 0)
        p += strlen("人");
    if (*p != '\0')
        goto bad;
    if (negative) {
        e->code = BUDGET_ERROR_RANGE;
        return row_error(r, e, col, "%s \"%s\": a head count cannot be negative", item, text);
    }
    *out = v;
    return true;
bad:
    {
        char *q = quote_cell(text);
        e->code = BUDGET_ERROR_PARSE;
        row_error(r, e, col, "invalid %s \"%s\": a head count is a whole number", item, q);
        g_free(q);
    }
    return false;
}

static bool department_row(Reader *r, BudgetError *e)
{
    DepartmentCtx *ctx = r->row_data;
    int item_col = r->col_of[KEY_ITEM], amount_col = r->col_of[KEY_AMOUNT];
    const char *name = cell(r, item_col);
    BudgetDepartmentItem item;
    int64_t value;
    BudgetError sub;

    if (*name == '\0') {
        e->code = BUDGET_ERROR_PARSE;
        return row_error(r, e, item_col, "item is empty");
    }
    if (!budget_department_item_from_string(name, &item)) {
        char *q = quote_cell(name);
        warn_row(r, BUDGET_ERROR_NOT_FOUND, item_col, "unknown item \"%s\": row ignored (docs/csv-formats.md lists the items)",
                 q);
        g_free(q);
        return true;
    }
    if (ctx->line_of[item] != 0) {
        e->code = BUDGET_ERROR_DUPLICATE_KEY;
        return row_error(r, e, item_col, "duplicate item %s (first given on line %d)",
                         budget_department_item_to_string(item), ctx->line_of[item]);
    }
    if (*cell(r, amount_col) == '\0') {
        ctx->line_of[item] = r->rec_line;
        warn_row(r, BUDGET_ERROR_PARSE, amount_col, "%s is blank: not given (not the same as 0)",
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
        return row_error(r, e, amount_col, "%s", sub.message);
    }
    ctx->line_of[item] = r->rec_line;
    return true;
}

static BudgetDepartmentInputs *load_department(const char *path, const char *data, size_t len, const char *source,
                                               const BudgetCsvOptions *options, BudgetDiagnostics *diag,
                                               BudgetError *error)
{
    Reader r;
    DepartmentCtx ctx;
    bool ok;

    memset(&ctx, 0, sizeof ctx);
    ctx.inputs = budget_department_inputs_new();
    reader_init(&r, FILE_DEPARTMENT, source, options, diag, error);
    r.row_func = department_row;
    r.row_data = &ctx;
    ok = run_reader(&r, path, data, len);
    reader_clear(&r);
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
    return load_department(path, NULL, 0, path, options, diag, error);
}

BudgetDepartmentInputs *budget_csv_load_department_data(const char *data, size_t len, const char *source_name,
                                                        const BudgetCsvOptions *options, BudgetDiagnostics *diag,
                                                        BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(data != NULL || len == 0, NULL, error);
    return load_department(NULL, data != NULL ? data : "", len, source_name, options, diag, error);
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
} TxCtx;

/* The ledger puts a payment dated before the book's year in month 0 of the
 * year (executed), and one after it in "after the year", executed only if
 * the as-of date is after it too (ledger.c, record_slot()). */
static void warn_other_year(Reader *r, TxCtx *ctx, BudgetDate date)
{
    char day[16], as_of[16];
    int col = r->col_of[KEY_DATE];

    budget_date_format(date, day, sizeof day);
    if (date / 10000 < ctx->book_year) {
        warn_row(r, BUDGET_ERROR_RANGE, col,
                 "payment dated %s, before the book's year %d: counted as executed before the year", day,
                 ctx->book_year);
    } else if (ctx->ledger == NULL) {
        warn_row(r, BUDGET_ERROR_RANGE, col,
                 "payment dated %s, after the book's year %d: not counted at an as-of date in that year", day,
                 ctx->book_year);
    } else {
        BudgetDate end = budget_ledger_get_as_of(ctx->ledger);
        budget_date_format(end, as_of, sizeof as_of);
        if (date > end)
            warn_row(r, BUDGET_ERROR_RANGE, col,
                     "payment dated %s, after the book's year %d: not counted (after the as-of date %s)", day,
                     ctx->book_year, as_of);
        else
            warn_row(r, BUDGET_ERROR_RANGE, col,
                     "payment dated %s, after the book's year %d: counted as executed (the as-of date is %s)",
                     day, ctx->book_year, as_of);
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
    source_text = cell(r, r->col_of[KEY_SOURCE]);
    if (!budget_source_from_string(source_text, &source)) {
        char *q = quote_cell(source_text);
        e->code = BUDGET_ERROR_PARSE;
        row_error(r, e, r->col_of[KEY_SOURCE], "invalid source \"%s\": expected fiscal, carryover or other", q);
        g_free(q);
        return false;
    }
    t.source = (int32_t)source;
    t.voucher = cell(r, voucher_col);
    t.memo = cell_raw(r, r->col_of[KEY_MEMO]);
    t.line = r->rec_line;
    t.project_index = index;
    t.n_extras = r->extra_cols->len;
    for (guint i = 0; i < r->extra_cols->len; i++)
        ctx->extra_values[i] = cell_raw(r, g_array_index(r->extra_cols, int, i));
    t.extra_names = ctx->extra_names;
    t.extra_values = ctx->extra_values;

    if (ctx->confirming) {
        /* The second reading records nothing. */
    } else if (ctx->ledger != NULL) {
        BudgetError sub;
        budget_error_clear(&sub);
        if (!budget_ledger_record_nth(ctx->ledger, t.date, (size_t)index, t.amount, source, &sub)) {
            e->code = sub.code;
            return row_error(r, e, sub.code == BUDGET_ERROR_NOT_FOUND ? r->col_of[KEY_CODE] : r->col_of[KEY_AMOUNT],
                             "payment refused by the ledger: %s", sub.message);
        }
    } else if (ctx->func != NULL && ctx->func(&t, ctx->user_data) != 0) {
        e->code = BUDGET_ERROR_ABORTED;
        return row_error(r, e, -1, "reading stopped by the callback");
    }

    if (ctx->book_year != 0 && t.date / 10000 != ctx->book_year)
        warn_other_year(r, ctx, t.date);
    if (ctx->vouchers != NULL && t.voucher[0] != '\0') {
        size_t n = cell_length(r, voucher_col);
        if (!ctx->confirming) {
            budgetp_voucher_set_add(ctx->vouchers, t.voucher, n, r->rec_line);
        } else {
            int64_t first = budgetp_voucher_set_confirm(ctx->vouchers, t.voucher, n, r->rec_line);
            if (first > 0) {
                char *q = quote_cell(t.voucher);
                BudgetDiagnostics *quiet = r->diag;
                r->diag = ctx->diag; /* this warning, and nothing else, is new */
                warn_row(r, BUDGET_ERROR_DUPLICATE_KEY, voucher_col,
                         "voucher number \"%s\" already used on line %" PRId64, q, first);
                r->diag = quiet;
                g_free(q);
            }
        }
    }
    return true;
}

/* Sets up the extras arrays once the header is known (first row). */
static bool transaction_row_first(Reader *r, BudgetError *e)
{
    TxCtx *ctx = r->row_data;
    guint n = r->extra_cols->len;

    ctx->extra_names = g_new0(const char *, n + 1);
    ctx->extra_values = g_new0(const char *, n + 1);
    for (guint i = 0; i < n; i++)
        ctx->extra_names[i] = column_name(r, g_array_index(r->extra_cols, int, i));
    /* Once: budget_book_get_year() looks at every project. */
    ctx->book_year = ctx->book != NULL ? budget_book_get_year(ctx->book) : 0;
    r->row_func = transaction_row;
    return transaction_row(r, e);
}

static bool read_transactions(const char *path, const char *data, size_t len, const char *source,
                              const BudgetBook *book, BudgetLedger *ledger, const BudgetCsvOptions *options,
                              BudgetTransactionFunc func, void *user_data, BudgetDiagnostics *diag,
                              BudgetError *error)
{
    Reader r;
    TxCtx ctx;
    bool ok;

    memset(&ctx, 0, sizeof ctx);
    ctx.book = book;
    ctx.ledger = ledger;
    ctx.func = func;
    ctx.user_data = user_data;
    if (options != NULL && options->check_vouchers)
        ctx.vouchers = budgetp_voucher_set_new();
    reader_init(&r, FILE_TRANSACTIONS, source, options, diag, error);
    r.row_func = transaction_row_first;
    r.row_data = &ctx;
    ok = run_reader(&r, path, data, len);
    reader_clear(&r);
    g_free(ctx.extra_names);
    g_free(ctx.extra_values);
    ctx.extra_names = ctx.extra_values = NULL;
    if (ok && ctx.vouchers != NULL && budgetp_voucher_set_has_candidates(ctx.vouchers)) {
        /* Some fingerprint came twice: read the file again (the same rows,
         * every problem already reported) to confirm each candidate against
         * the exact text of its first use (voucher-set.c). */
        BudgetError quiet;
        ctx.confirming = true;
        ctx.diag = diag;
        reader_init(&r, FILE_TRANSACTIONS, source, options, NULL, &quiet);
        r.row_func = transaction_row_first;
        r.row_data = &ctx;
        budget_error_clear(&quiet);
        run_reader(&r, path, data, len);
        reader_clear(&r);
        g_free(ctx.extra_names);
        g_free(ctx.extra_values);
    }
    budgetp_voucher_set_free(ctx.vouchers);
    return ok;
}

bool budget_csv_read_transactions(const char *path, const BudgetBook *book, const BudgetCsvOptions *options,
                                  BudgetTransactionFunc func, void *user_data, BudgetDiagnostics *diag,
                                  BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    budgetp_return_val_if_fail(func != NULL, false, error);
    return read_transactions(path, NULL, 0, path, book, NULL, options, func, user_data, diag, error);
}

bool budget_csv_read_transactions_data(const char *data, size_t len, const char *source_name,
                                       const BudgetBook *book, const BudgetCsvOptions *options,
                                       BudgetTransactionFunc func, void *user_data, BudgetDiagnostics *diag,
                                       BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(data != NULL || len == 0, false, error);
    budgetp_return_val_if_fail(func != NULL, false, error);
    return read_transactions(NULL, data != NULL ? data : "", len, source_name, book, NULL, options, func,
                             user_data, diag, error);
}

bool budget_csv_load_transactions(BudgetLedger *ledger, const char *path, const BudgetCsvOptions *options,
                                  BudgetDiagnostics *diag, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    return read_transactions(path, NULL, 0, path, budget_ledger_get_book(ledger), ledger, options, NULL, NULL,
                             diag, error);
}

/* ---- The folder ------------------------------------------------------- */

/* The files a data folder holds, in the order they are read. */
static const char *const folder_files[] = {"projects.csv", "indicators.csv", "adjustments.csv", "transactions.csv",
                                           "department.csv"};

static gint compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Does @name look like a data file (by its extension, in any case)? */
static bool looks_like_data(const char *name)
{
    static const char *const exts[] = {".csv", ".txt", ".tsv", ".xls", ".xlsx", ".xlsm", ".et", ".ods", ".dbf"};
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
                              "%s and %s are both in %s: their names differ only in case; keep one", first, entry,
                              dir);
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
        budgetp_error_set(&w, BUDGET_ERROR_UNSUPPORTED, name, 0, 0, NULL,
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
        bool required;
        bool (*load)(BudgetBook *, const char *, const char *, size_t, const char *, const BudgetCsvOptions *,
                     BudgetDiagnostics *, BudgetError *);
    } files[] = {
        {"projects.csv", true, load_projects},
        {"indicators.csv", false, load_indicators},
        {"adjustments.csv", false, load_adjustments},
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

        budget_error_clear(&e);
        if (!budget_csv_find_file(dir, files[i].name, &path, &e) || (path == NULL && files[i].required)) {
            if (path == NULL && e.code == BUDGET_ERROR_OK)
                budgetp_error_set(&e, BUDGET_ERROR_IO, files[i].name, 0, 0, NULL, "no %s in %s", files[i].name, dir);
            if (diag != NULL)
                budget_diagnostics_add(diag, &e, false);
            if (error != NULL && error->code == BUDGET_ERROR_OK)
                *error = e;
            ok = false;
        } else if (path != NULL) {
            /* Name the file as its folder has it (Projects.CSV). */
            char *base = g_path_get_basename(path);
            BudgetError *first = error != NULL && error->code == BUDGET_ERROR_OK ? error : &e;
            if (!files[i].load(projects_ok ? book : NULL, path, NULL, 0, base, options, diag, first))
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

/* ---- Writers ---------------------------------------------------------- */

/* The one CSV quoting rule (export.c). */
static void append_cell(GString *s, const char *v)
{
    budgetp_export_csv_field(s, v);
}

static void append_sep(GString *s, const char *v)
{
    g_string_append_c(s, ',');
    append_cell(s, v);
}

static void append_money(GString *s, BudgetFen v)
{
    char buf[32];
    budget_money_format(v, buf, sizeof buf);
    g_string_append_c(s, ',');
    g_string_append(s, buf);
}

/* Micro-percent as the shortest exact decimal: 25000000 → "25", 33333000 → "33.333". */
static void append_micropct(GString *s, int64_t v)
{
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    uint64_t frac = u % 1000000;

    if (v < 0)
        g_string_append_c(s, '-');
    g_string_append_printf(s, "%" PRIu64, u / 1000000);
    if (frac != 0) {
        char buf[8];
        int n = 6;
        g_snprintf(buf, sizeof buf, "%06" PRIu64, frac);
        while (n > 0 && buf[n - 1] == '0')
            n--;
        buf[n] = '\0';
        g_string_append_c(s, '.');
        g_string_append(s, buf);
    }
}

static bool write_file(const char *path, GString *s, BudgetError *error)
{
    GError *gerr = NULL;

    if (!g_file_set_contents(path, s->str, (gssize)s->len, &gerr)) {
        budgetp_error_set(error, BUDGET_ERROR_IO, path, 0, 0, NULL, "cannot write: %s", gerr->message);
        g_error_free(gerr);
        g_string_free(s, TRUE);
        return false;
    }
    g_string_free(s, TRUE);
    return true;
}

/* GLib containers take non-const pointers; these only borrow the strings. */
static gpointer borrow(const char *p)
{
    union {
        const char *c;
        gpointer m;
    } u = {p};
    return u.m;
}

/* Adds @name to @names (a set kept in first-seen order) unless present;
 * @seen maps each name to its position in @names + 1. */
static void add_name(GPtrArray *names, GHashTable *seen, const char *name)
{
    if (!g_hash_table_contains(seen, name)) {
        g_hash_table_insert(seen, borrow(name), GUINT_TO_POINTER(names->len + 1));
        g_ptr_array_add(names, borrow(name));
    }
}

/* Puts @value in the slot of @name in @row (one per name of @seen), unless
 * an earlier field of the same name filled it: the getters return the first.
 * The projects writer fills rows this way so that wide files are not quadratic. */
static void put_value(GHashTable *seen, const char **row, const char *name, const char *value)
{
    guint at = GPOINTER_TO_UINT(g_hash_table_lookup(seen, name));

    if (at > 0 && row[at - 1] == NULL)
        row[at - 1] = value;
}

bool budget_csv_save_projects(const BudgetBook *book, const char *path, BudgetError *error)
{
    static const struct {
        const char *name;
        BudgetSource source;
    } funding[] = {{"fiscal", BUDGET_SOURCE_FISCAL}, {"other", BUDGET_SOURCE_OTHER},
                   {"carryover", BUDGET_SOURCE_CARRYOVER}};
    size_t n;
    bool months[13] = {false};
    GPtrArray *extras;
    GHashTable *seen;
    GString *s;
    const char **row;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    n = budget_book_get_n_projects(book);
    extras = g_ptr_array_new();
    seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < n; i++) {
        const BudgetProject *p = budget_book_get_project_nth(book, i);
        const BudgetPlan *plan = budget_project_get_plan(p);
        for (int m = 1; m <= 12 && plan != NULL; m++)
            if (budget_plan_has_month(plan, m, NULL) || budget_plan_is_blank(plan, m))
                months[m] = true;
        for (size_t k = 0; k < budget_project_get_n_extras(p); k++)
            add_name(extras, seen, budget_project_get_extra_nth(p, k, NULL));
    }

    row = g_new(const char *, extras->len + 1);
    s = g_string_new("code,name,unit,year,budget,fiscal,other,carryover,purpose,plan_form");
    for (int m = 1; m <= 12; m++)
        if (months[m])
            g_string_append_printf(s, ",plan_%02d", m);
    for (guint k = 0; k < extras->len; k++)
        append_sep(s, g_ptr_array_index(extras, k));
    g_string_append_c(s, '\n');

    for (size_t i = 0; i < n; i++) {
        const BudgetProject *p = budget_book_get_project_nth(book, i);
        const BudgetPlan *plan = budget_project_get_plan(p);
        int year = budget_project_get_year(p);

        append_cell(s, budget_project_get_code(p));
        append_sep(s, budget_project_get_name(p));
        append_sep(s, budget_project_get_unit(p));
        g_string_append_c(s, ',');
        if (year != 0)
            g_string_append_printf(s, "%d", year);
        append_money(s, budget_project_get_budget(p));
        for (size_t f = 0; f < G_N_ELEMENTS(funding); f++) {
            BudgetFen v;
            if (budget_project_get_funding(p, funding[f].source, &v))
                append_money(s, v);
            else
                g_string_append_c(s, ',');
        }
        append_sep(s, budget_project_get_purpose(p));
        /* The declared form, so that a plan reads back as written; a
         * project without a plan has an empty form and empty cells. */
        append_sep(s, plan != NULL ? budget_plan_form_to_string(budget_plan_get_form(plan)) : "");
        for (int m = 1; m <= 12; m++) {
            int64_t v;
            if (!months[m])
                continue;
            g_string_append_c(s, ',');
            if (plan != NULL && budget_plan_has_month(plan, m, &v))
                append_micropct(s, v);
        }
        memset(row, 0, sizeof *row * extras->len);
        for (size_t k = 0; k < budget_project_get_n_extras(p); k++) {
            const char *v = NULL;
            const char *name = budget_project_get_extra_nth(p, k, &v);
            put_value(seen, row, name, v);
        }
        for (guint k = 0; k < extras->len; k++)
            append_sep(s, row[k] != NULL ? row[k] : "");
        g_string_append_c(s, '\n');
    }
    g_free(row);
    g_ptr_array_free(extras, TRUE);
    g_hash_table_destroy(seen);
    return write_file(path, s, error);
}

bool budget_csv_save_adjustments(const BudgetBook *book, const char *path, BudgetError *error)
{
    GString *s;
    size_t n;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    s = g_string_new("date,code,amount,reason\n");
    n = budget_book_get_n_adjustments(book);
    for (size_t i = 0; i < n; i++) {
        BudgetDate date = 0;
        const char *code = "", *reason = "";
        BudgetFen amount = 0;
        char buf[16];

        budget_book_get_adjustment_nth(book, i, &date, &code, &amount, &reason);
        budget_date_format(date, buf, sizeof buf);
        g_string_append(s, buf);
        append_sep(s, code);
        append_money(s, amount);
        append_sep(s, reason != NULL ? reason : "");
        g_string_append_c(s, '\n');
    }
    return write_file(path, s, error);
}

bool budget_csv_save_indicators(const BudgetBook *book, const char *path, BudgetError *error)
{
    GPtrArray *names;
    GHashTable *seen;
    GString *s;
    size_t n;

    budget_error_clear(error);
    budgetp_return_val_if_fail(book != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    n = budget_book_get_n_indicators(book);
    names = g_ptr_array_new();
    seen = g_hash_table_new(g_str_hash, g_str_equal);
    g_hash_table_add(seen, borrow("code"));
    for (size_t i = 0; i < n; i++) {
        size_t nf = budget_book_get_indicator_n_fields(book, i);
        for (size_t f = 0; f < nf; f++)
            add_name(names, seen, budget_book_get_indicator_field_nth(book, i, f, NULL));
    }
    s = g_string_new("code");
    for (guint k = 0; k < names->len; k++)
        append_sep(s, g_ptr_array_index(names, k));
    g_string_append_c(s, '\n');
    for (size_t i = 0; i < n; i++) {
        const char *code = budget_book_get_indicator_field(book, i, "code");
        append_cell(s, code != NULL ? code : "");
        for (guint k = 0; k < names->len; k++) {
            const char *v = budget_book_get_indicator_field(book, i, g_ptr_array_index(names, k));
            append_sep(s, v != NULL ? v : "");
        }
        g_string_append_c(s, '\n');
    }
    g_ptr_array_free(names, TRUE);
    g_hash_table_destroy(seen);
    return write_file(path, s, error);
}

bool budget_csv_save_transactions(const char *path, const BudgetTransaction *transactions, size_t n,
                                  BudgetError *error)
{
    GString *s;
    size_t n_extras;

    budget_error_clear(error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    budgetp_return_val_if_fail(transactions != NULL || n == 0, false, error);
    for (size_t i = 0; i < n; i++) {
        const BudgetTransaction *t = &transactions[i];
        if (t->code == NULL || t->code[0] == '\0' || budget_source_to_string((BudgetSource)t->source) == NULL ||
            !budget_date_is_valid(t->date) || (t->n_extras > 0 && (t->extra_names == NULL || t->extra_values == NULL))) {
            budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                              "transaction %zu has no code, an invalid date or source, or NULL extras", i);
            return false;
        }
    }
    n_extras = n > 0 ? transactions[0].n_extras : 0;
    s = g_string_new("date,code,amount,source,voucher,memo");
    for (size_t k = 0; k < n_extras; k++)
        append_sep(s, transactions[0].extra_names[k] != NULL ? transactions[0].extra_names[k] : "");
    g_string_append_c(s, '\n');
    for (size_t i = 0; i < n; i++) {
        const BudgetTransaction *t = &transactions[i];
        const char *source = budget_source_to_string((BudgetSource)t->source);
        char buf[16];

        budget_date_format(t->date, buf, sizeof buf);
        g_string_append(s, buf);
        append_sep(s, t->code);
        append_money(s, t->amount);
        append_sep(s, source);
        append_sep(s, t->voucher != NULL ? t->voucher : "");
        append_sep(s, t->memo != NULL ? t->memo : "");
        /* Extras by the first row's names, so rows may list them in any order. */
        for (size_t k = 0; k < n_extras; k++) {
            const char *v = "";
            for (size_t j = 0; j < t->n_extras; j++) {
                if (t->extra_names[j] != NULL && transactions[0].extra_names[k] != NULL &&
                    strcmp(t->extra_names[j], transactions[0].extra_names[k]) == 0) {
                    v = t->extra_values[j] != NULL ? t->extra_values[j] : "";
                    break;
                }
            }
            append_sep(s, v);
        }
        g_string_append_c(s, '\n');
    }
    return write_file(path, s, error);
}
