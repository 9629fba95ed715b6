/* table-import: what the rows of a 绩效目标表 mean.
 *
 * The readers (table-import-text.c, table-import-docx.c) give paragraphs
 * and rows; here each row is recognised by its labels (项目编码, 预算数,
 * 资金支出计划, 绩效目标, 一级指标 …), never by its position in the table,
 * because the published forms differ in which rows they have and where
 * blank cells shift the values. Cells under a header row (the plan's months,
 * the indicator columns) belong to the header cell whose span covers them:
 * a blank header cell continues the one on its left, as a merged label
 * does. Results are collected per project and become a book only when the
 * whole document has been read, so a failed read keeps nothing and codes
 * can be derived and deduplicated in document order. */
#include "config.h"

#include <string.h>

#include "table-import-private.h"

void budgetp_import_goal_free(gpointer p)
{
    BudgetpImportGoal *g = p;

    g_free(g->code);
    g_free(g->text);
    g_free(g);
}

static const char *const flag_names[BUDGET_TABLE_IMPORT_FLAG_N] = {
    "derived_code", "duplicate_code", "invalid_plan", "funding", "not_understood",
};

BUDGETP_DEFINE_ENUM_NAMES(budget_table_import_flag, BudgetTableImportFlag, flag, BUDGET_TABLE_IMPORT_FLAG_N,
                          flag_names)

/* ---- Text helpers ----------------------------------------------------- */

static bool is_space(gunichar c)
{
    return g_unichar_isspace(c) || c == 0x3000 || c == 0x00a0 || c == 0xfeff;
}

char *budgetp_import_norm(const char *text)
{
    GString *out = g_string_new(NULL);

    for (const char *p = text; *p != '\0'; p = budgetp_import_next(p)) {
        gunichar c = g_utf8_get_char(p);

        if (is_space(c))
            continue;
        if (c == 0xff1a)
            c = ':';
        else if (c == 0xff08)
            c = '(';
        else if (c == 0xff09)
            c = ')';
        g_string_append_unichar(out, c);
    }
    return g_string_free(out, FALSE);
}

char *budgetp_import_trim(const char *text)
{
    const char *start = text, *end = text + strlen(text);

    while (start < end && is_space(g_utf8_get_char(start)))
        start = budgetp_import_next(start);
    while (end > start) {
        const char *prev = g_utf8_prev_char(end);
        if (!is_space(g_utf8_get_char(prev)))
            break;
        end = prev;
    }
    return g_strndup(start, (gsize)(end - start));
}

bool budgetp_import_blank(const char *text)
{
    for (const char *p = text; *p != '\0'; p = budgetp_import_next(p))
        if (!is_space(g_utf8_get_char(p)))
            return false;
    return true;
}

bool budgetp_import_is(const char *norm, const char *const *list)
{
    for (size_t i = 0; list[i] != NULL; i++)
        if (strcmp(norm, list[i]) == 0)
            return true;
    return false;
}

/* ---- Labels ----------------------------------------------------------- */

static const char *const code_labels[] = {"项目编码", "项目代码", "项目编号", "专项资金编码", NULL};
static const char *const name_labels[] = {"项目名称", "专项资金名称", "资金名称", NULL};
static const char *const budget_labels[] = {"预算数", "预算资金", "年度预算数", "资金总额", "预算金额", NULL};
static const char *const fiscal_labels[] = {"其中:财政资金", "财政资金", "其中:财政拨款", "财政拨款", NULL};
static const char *const other_labels[] = {"其他资金", "其中:其他资金", NULL};
static const char *const row_labels[] = {"预算规模及资金用途", "资金用途", "预算规模", "资金用途说明", NULL};
static const char *const goal_labels[] = {"绩效目标", "年度绩效目标", "年度总体目标",
                                          "总体目标", "项目绩效目标", NULL};
/* A score line or page furniture inside a table: the row is skipped. */
static const char *const furniture_prefixes[] = {"得分", "总分", "评分", "分值", NULL};

static bool is_money_label(const char *norm)
{
    return budgetp_import_is(norm, budget_labels) || budgetp_import_is(norm, fiscal_labels) ||
           budgetp_import_is(norm, other_labels);
}

static bool is_label(const char *norm)
{
    return budgetp_import_is(norm, code_labels) || budgetp_import_is(norm, name_labels) ||
           is_money_label(norm) || budgetp_import_is(norm, row_labels);
}

static bool is_plan_label(const char *norm)
{
    return g_str_has_prefix(norm, "资金支出计划") || g_str_has_prefix(norm, "分季度用款计划") ||
           g_str_has_prefix(norm, "用款计划") || g_str_has_prefix(norm, "支出计划");
}

/* "单位:万元", "金额单位:元", "(单位:亿元)" → the unit. */
static bool unit_statement(const char *norm, BudgetMoneyUnit *out)
{
    static const struct {
        const char *text;
        BudgetMoneyUnit unit;
    } units[] = {
        {"元", BUDGET_MONEY_UNIT_YUAN}, {"万元", BUDGET_MONEY_UNIT_WAN}, {"亿元", BUDGET_MONEY_UNIT_YI}};
    const char *p = norm;
    size_t len;

    if (*p == '(')
        p++;
    if (g_str_has_prefix(p, "金额"))
        p += strlen("金额");
    if (!g_str_has_prefix(p, "单位:"))
        return false;
    p += strlen("单位:");
    len = strlen(p);
    if (len > 0 && p[len - 1] == ')')
        len--;
    for (size_t i = 0; i < G_N_ELEMENTS(units); i++) {
        if (len == strlen(units[i].text) && strncmp(p, units[i].text, len) == 0) {
            *out = units[i].unit;
            return true;
        }
    }
    return false;
}

/* A code cell that holds no code: dashes, a slash, 无. */
static bool no_code(const char *norm)
{
    if (*norm == '\0' || strcmp(norm, "无") == 0)
        return true;
    for (const char *p = norm; *p != '\0'; p = budgetp_import_next(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c != '-' && c != '/' && c != 0x2014 && c != 0x2015 && c != 0x2500 && c != 0xff0d && c != 0x2013)
            return false;
    }
    return true;
}

/* A month header: "3月底", "3月末", "3月", "截至3月底", quarters (一季度,
 * 第一季度, 1季度, Q1). Returns the month, 0 for text that names no month,
 * or −1 for a month number outside 1..12 ("13月底"). */
static int header_month(const char *norm)
{
    static const char *const quarters[4][4] = {
        {"一季度", "第一季度", "1季度", "Q1"},
        {"二季度", "第二季度", "2季度", "Q2"},
        {"三季度", "第三季度", "3季度", "Q3"},
        {"四季度", "第四季度", "4季度", "Q4"},
    };
    static const char *const suffixes[] = {"", "底", "末", "份", "底前", "末前", NULL};
    const char *p = norm;
    int month = 0, digits = 0;

    for (int q = 0; q < 4; q++)
        for (int k = 0; k < 4; k++)
            if (g_ascii_strcasecmp(norm, quarters[q][k]) == 0)
                return 3 * (q + 1);
    if (g_str_has_prefix(p, "截至") || g_str_has_prefix(p, "截止"))
        p += strlen("截至");
    while (g_ascii_isdigit(*p) && digits < 3) {
        month = month * 10 + (*p - '0');
        p++;
        digits++;
    }
    if (digits == 0 || !g_str_has_prefix(p, "月"))
        return 0;
    p += strlen("月");
    if (!budgetp_import_is(p, suffixes))
        return 0;
    return month >= 1 && month <= 12 ? month : -1;
}

/* A heading's fiscal year: the paragraph starts (after a bookmark, a
 * numbering such as "1、" or "（一）", and white space) with four digits and
 * 年; body text is not read for years (it cites other years). */
static int heading_year(const char *norm)
{
    const char *p = norm;
    int year = 0;

    if (g_utf8_strlen(norm, -1) > 60)
        return 0;
    while (*p == '(' || g_ascii_isdigit(*p) || g_str_has_prefix(p, "、") || g_str_has_prefix(p, ".")) {
        /* a numbering "1、" or "(2024年度)": stop at four digits and 年 */
        if (g_ascii_isdigit(p[0]) && g_ascii_isdigit(p[1]) && g_ascii_isdigit(p[2]) &&
            g_ascii_isdigit(p[3]) && g_str_has_prefix(p + 4, "年"))
            break;
        p = budgetp_import_next(p);
    }
    for (int i = 0; i < 4; i++) {
        if (!g_ascii_isdigit(p[i]))
            return 0;
        year = year * 10 + (p[i] - '0');
    }
    if (!g_str_has_prefix(p + 4, "年"))
        return 0;
    return year >= 1900 && year <= 9999 ? year : 0;
}

/* "[bookmark: _Toc29198132]1、2020年…" → "1、2020年…". */
static const char *skip_bookmarks(const char *text)
{
    while (g_str_has_prefix(text, "[bookmark:")) {
        const char *close = strchr(text, ']');
        if (close == NULL)
            break;
        text = close + 1;
    }
    return text;
}

/* ---- Reader helpers ---------------------------------------------------- */

void budgetp_import_flag(BudgetpReader *r, BudgetTableImportFlag flag, int64_t line, int column,
                         const char *field, const char *format, ...)
{
    BudgetpFlag f;
    va_list args;

    if (r->failed)
        return;
    f.flag = flag;
    f.seq = r->flags->len;
    budget_error_clear(&f.detail);
    va_start(args, format);
    budgetp_error_setv(&f.detail,
                       flag == BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD ? BUDGET_ERROR_PARSE
                                                                       : BUDGET_ERROR_INCONSISTENT,
                       r->source, line, column, field, format, args);
    va_end(args);
    if (r->strict && flag == BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD) {
        if (r->error != NULL)
            *r->error = f.detail;
        r->failed = true;
        return;
    }
    g_array_append_val(r->flags, f);
}

static void fail(BudgetpReader *r, int code, int64_t line, int column, const char *field, const char *format,
                 ...) G_GNUC_PRINTF(6, 7);

static void fail(BudgetpReader *r, int code, int64_t line, int column, const char *field, const char *format,
                 ...)
{
    va_list args;

    if (r->failed)
        return;
    va_start(args, format);
    budgetp_error_setv(r->error, code, r->source, line, column, field, format, args);
    va_end(args);
    r->failed = true;
}

/* Does the cell end with a unit of its own (元, 万元, 亿元)? */
static bool has_unit_suffix(const char *norm)
{
    return g_str_has_suffix(norm, "元");
}

bool budgetp_import_money(BudgetpReader *r, const char *text, int64_t line, int column, const char *field,
                          bool *given, BudgetFen *out)
{
    char *norm = budgetp_import_norm(text);
    BudgetpUnit unit = r->tab_unit.given ? r->tab_unit : r->doc_unit.given ? r->doc_unit : r->option_unit;
    BudgetError err;
    bool ok = true;

    *given = false;
    if (*norm == '\0') {
        g_free(norm);
        return true;
    }
    if (!unit.given && !has_unit_suffix(norm)) {
        fail(r, BUDGET_ERROR_PARSE, line, column, "unit",
             "the table at line %" G_GINT64_FORMAT " states no money unit (单位：元, 万元 or 亿元) and the "
             "amount \"%s\" has none: give the unit (--unit 元|万元|亿元)",
             r->table_line, norm);
        g_free(norm);
        return false;
    }
    if (!budget_money_parse_unit(norm, -1, unit.given ? unit.unit : BUDGET_MONEY_UNIT_YUAN, out, &err)) {
        fail(r, err.code, line, column, field, "%s: %s", field, err.message);
        ok = false;
    } else {
        *given = true;
    }
    g_free(norm);
    return ok;
}

int budgetp_import_year(BudgetpReader *r, int64_t line)
{
    if (r->year != 0)
        return r->year;
    if (r->option_year != 0)
        return r->option_year;
    fail(r, BUDGET_ERROR_PARSE, line, 0, "year",
         "the table at line %" G_GINT64_FORMAT " has no fiscal year: no heading before it names one "
         "(2024年…); give the year (--year)",
         line);
    return 0;
}

BudgetpProj *budgetp_proj_new(int64_t line)
{
    BudgetpProj *p = g_new0(BudgetpProj, 1);

    p->line = line;
    p->indicators = g_ptr_array_new_with_free_func(budgetp_ind_row_free);
    p->goals = g_ptr_array_new_with_free_func(budgetp_goal_free);
    return p;
}

void budgetp_proj_free(gpointer proj)
{
    BudgetpProj *p = proj;

    g_free(p->code);
    g_free(p->name);
    g_free(p->unit);
    g_free(p->purpose);
    g_free(p->note);
    if (p->plan != NULL)
        budget_plan_unref(p->plan);
    g_ptr_array_free(p->indicators, TRUE);
    g_ptr_array_free(p->goals, TRUE);
    g_free(p);
}

void budgetp_ind_row_free(gpointer row)
{
    BudgetpIndRow *ir = row;

    for (int i = 0; i < IND_N_FIELDS; i++)
        g_free(ir->field[i]);
    g_free(ir);
}

void budgetp_goal_free(gpointer goal)
{
    BudgetpGoal *g = goal;

    g_free(g->text);
    g_free(g);
}

static const char *cell(const BudgetpBlock *b, guint i)
{
    return i < b->cells->len ? g_ptr_array_index(b->cells, i) : "";
}

int budgetp_import_value_after(const BudgetpBlock *b, guint i)
{
    for (guint j = i + 1; j < b->cells->len; j++) {
        char *norm = budgetp_import_norm(cell(b, j));
        bool blank = *norm == '\0', label = is_label(norm);

        g_free(norm);
        if (label)
            return -1;
        if (!blank)
            return (int)j;
    }
    return -1;
}

/* ---- Rows of a project table ------------------------------------------- */

/* A title row: "⇥某某县某某中心⇥⇥单位：元" — the table's money unit and the
 * name of its unit (预算单位). */
static void read_title_row(BudgetpReader *r, const BudgetpBlock *b, char **norm, BudgetMoneyUnit unit)
{
    static const char *const prefixes[] = {
        "填报单位:", "单位名称:", "预算单位:", "部门(单位)名称:", "部门名称:"};

    r->tab_unit.given = true;
    r->tab_unit.unit = unit;
    g_clear_pointer(&r->tab_title, g_free);
    for (guint i = 0; i < b->cells->len; i++) {
        BudgetMoneyUnit u;
        const char *t = norm[i];

        if (*t == '\0' || unit_statement(t, &u))
            continue;
        for (size_t k = 0; k < G_N_ELEMENTS(prefixes); k++)
            if (g_str_has_prefix(t, prefixes[k]))
                t += strlen(prefixes[k]);
        if (r->tab_title == NULL && *t != '\0')
            r->tab_title = g_strdup(t);
    }
    r->title_pending = true;
    r->table_line = b->line;
    r->sec = SEC_NONE;
}

static void start_project(BudgetpReader *r, int64_t line)
{
    BudgetpProj *p = budgetp_proj_new(line);

    if (!r->title_pending) {
        /* A table with no title row of its own: it starts here and states no unit. */
        r->tab_unit.given = false;
        g_clear_pointer(&r->tab_title, g_free);
        r->table_line = line;
    }
    r->title_pending = false;
    p->unit = g_strdup(r->tab_title);
    p->year = budgetp_import_year(r, r->table_line);
    g_ptr_array_add(r->projects, p);
    r->cur = p;
    r->dept = false;
    g_clear_pointer(&r->inherit[0], g_free);
    g_clear_pointer(&r->inherit[1], g_free);
    g_clear_pointer(&r->inherit[2], g_free);
}

/* 项目编码 ⇥ code ⇥ 项目名称 ⇥ name: a new project, or the code or name of
 * the current one when it has none yet (a form giving them on two rows). */
static void read_code_row(BudgetpReader *r, const BudgetpBlock *b, char **norm)
{
    bool has_code = false, has_name = false;

    for (guint i = 0; i < b->cells->len; i++) {
        has_code = has_code || budgetp_import_is(norm[i], code_labels);
        has_name = has_name || budgetp_import_is(norm[i], name_labels);
    }
    if (r->cur == NULL || has_code || (has_name && r->cur->name != NULL) || r->title_pending)
        start_project(r, b->line);
    if (r->failed)
        return;
    for (guint i = 0; i < b->cells->len; i++) {
        bool code = budgetp_import_is(norm[i], code_labels);
        int v;

        if (!code && !budgetp_import_is(norm[i], name_labels))
            continue;
        v = budgetp_import_value_after(b, i);
        if (code && v >= 0 && !no_code(norm[v])) {
            g_free(r->cur->code);
            r->cur->code = g_strdup(norm[v]);
        } else if (!code && v >= 0) {
            g_free(r->cur->name);
            r->cur->name = budgetp_import_trim(cell(b, (guint)v));
        }
    }
    r->sec = SEC_NONE;
}

/* 预算数 ⇥ amount ⇥ 其中：财政资金 ⇥ amount ⇥ 其他资金 ⇥ amount. */
static void read_money_row(BudgetpReader *r, const BudgetpBlock *b, char **norm)
{
    for (guint i = 0; i < b->cells->len && !r->failed; i++) {
        int v;
        bool *given;
        BudgetFen *out;
        const char *field;

        if (budgetp_import_is(norm[i], budget_labels)) {
            given = &r->cur->has_budget, out = &r->cur->budget, field = "budget";
        } else if (budgetp_import_is(norm[i], fiscal_labels)) {
            given = &r->cur->has_fiscal, out = &r->cur->fiscal, field = "fiscal";
        } else if (budgetp_import_is(norm[i], other_labels)) {
            given = &r->cur->has_other, out = &r->cur->other, field = "other";
        } else {
            continue;
        }
        v = budgetp_import_value_after(b, i);
        if (v >= 0)
            (void)budgetp_import_money(r, cell(b, (guint)v), budgetp_block_cell_line(b, (guint)v), v + 1,
                                       field, given, out);
    }
    r->sec = SEC_PURPOSE;
}

/* The row after the money row: the 资金用途 text (its label, when it has
 * one, merged with the row above and so blank). */
static void read_purpose_row(BudgetpReader *r, const BudgetpBlock *b, char **norm)
{
    GString *text = g_string_new(NULL);

    for (guint i = 0; i < b->cells->len; i++) {
        char *t;

        if (*norm[i] == '\0' || budgetp_import_is(norm[i], row_labels))
            continue;
        t = budgetp_import_trim(cell(b, i));
        if (text->len > 0)
            g_string_append_c(text, ' ');
        g_string_append(text, t);
        g_free(t);
    }
    g_free(r->cur->purpose);
    r->cur->purpose = g_string_free(text, FALSE);
    r->sec = SEC_NONE;
}

void budgetp_import_set_owners(BudgetpReader *r)
{
    int owner = -1;

    g_array_set_size(r->owners, 0);
    for (guint k = 0; k < r->cols->len; k++) {
        if (g_array_index(r->cols, int, k) != G_MININT)
            owner = (int)k;
        g_array_append_val(r->owners, owner);
    }
}

int budgetp_import_owner(const BudgetpReader *r, guint j)
{
    if (r->owners->len == 0)
        return -1;
    if (j >= r->owners->len)
        j = r->owners->len - 1;
    return g_array_index(r->owners, int, j);
}

/* 资金支出计划（%）⇥ 3月底 ⇥ 6月底 …: the month of each column. */
static void read_plan_header(BudgetpReader *r, const BudgetpBlock *b, char **norm)
{
    g_array_set_size(r->cols, 0);
    r->label_col = 0;
    for (guint i = 0; i < b->cells->len; i++) {
        int m = G_MININT;

        if (is_plan_label(norm[i]))
            r->label_col = i;
        else if (*norm[i] != '\0' && i > r->label_col)
            m = header_month(norm[i]);
        g_array_append_val(r->cols, m);
        if (m == 0 || m == -1)
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN, budgetp_block_cell_line(b, i),
                                (int)i + 1, "plan",
                                "plan column \"%s\" names no month (1月底 … 12月底, 一季度 … 四季度): its "
                                "values are not read",
                                norm[i]);
    }
    budgetp_import_set_owners(r);
    r->sec = SEC_PLAN_VALUES;
}

/* The plan's percentages under the month headers. */
static void read_plan_values(BudgetpReader *r, const BudgetpBlock *b, char **norm)
{
    int64_t value[13];
    bool given[13] = {false}, header[13] = {false}, bad = false, any = false;
    BudgetPlan *plan;
    BudgetPlanForm form;
    BudgetError err;

    r->sec = SEC_NONE;
    for (guint k = r->label_col + 1; k < r->cols->len; k++) {
        int m = g_array_index(r->cols, int, k);
        if (m >= 1 && m <= 12)
            header[m] = true;
    }
    for (guint j = 0; j < b->cells->len && !r->failed; j++) {
        int k, m;

        if (*norm[j] == '\0')
            continue;
        k = j > r->label_col ? budgetp_import_owner(r, j) : -1;
        if (k <= (int)r->label_col)
            k = -1;
        if (k < 0) {
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD, budgetp_block_cell_line(b, j),
                                (int)j + 1, "plan", "plan value \"%s\" is under no month header", norm[j]);
            continue;
        }
        m = g_array_index(r->cols, int, k);
        if (m < 1)
            continue; /* flagged with its header */
        if (given[m]) {
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN, budgetp_block_cell_line(b, j),
                                (int)j + 1, "plan",
                                "two plan values under the header of month %d: the plan is not read", m);
            bad = true;
            continue;
        }
        if (!budget_money_percent_parse(norm[j], -1, &value[m], &err)) {
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN, budgetp_block_cell_line(b, j),
                                (int)j + 1, "plan",
                                "plan value \"%s\" is not a percentage: the plan is not read", norm[j]);
            bad = true;
            continue;
        }
        given[m] = true;
        any = true;
    }
    if (r->failed || bad)
        return;
    if (!any) {
        budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN, b->line, 0, "plan",
                            "the plan row is blank: the project has no plan");
        return;
    }
    plan = budget_plan_new();
    for (int m = 1; m <= 12 && !bad; m++) {
        if (given[m] && !budget_plan_set_month(plan, m, value[m], &err)) {
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN, b->line, 0, "plan",
                                "plan value for month %d: %s: the plan is not read", m, err.message);
            bad = true;
        } else if (!given[m] && header[m]) {
            (void)budget_plan_set_blank(plan, m);
        }
    }
    if (bad) {
        budget_plan_unref(plan);
        return;
    }
    /* Cumulative or incremental is BudgetPlan's inference (DESIGN.md); an
     * invalid plan is kept as printed and flagged, never mended. */
    if (!budget_plan_resolve(plan, &form, &err))
        budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_INVALID_PLAN, b->line, 0, "plan", "%s", err.message);
    if (r->cur->plan != NULL)
        budget_plan_unref(r->cur->plan);
    r->cur->plan = plan;
}

/* Goals of the current project (or of the department, in its form). */
static GPtrArray *goal_list(BudgetpReader *r)
{
    return r->dept || r->cur == NULL ? r->dept_goals : r->cur->goals;
}

static void add_goal(BudgetpReader *r, int number, const char *text)
{
    GPtrArray *list = goal_list(r);
    BudgetpGoal *g = g_new0(BudgetpGoal, 1);

    g->number = number > 0 ? number : (int)list->len + 1;
    g->text = budgetp_import_trim(text);
    g_ptr_array_add(list, g);
}

/* "目标2" → 2; 0 if the cell is no goal label. */
static int goal_label(const char *norm)
{
    const char *p = norm;
    int n = 0;

    if (!g_str_has_prefix(p, "目标"))
        return 0;
    p += strlen("目标");
    if (!g_ascii_isdigit(*p))
        return 0;
    while (g_ascii_isdigit(*p) && n < 1000)
        n = n * 10 + (*p++ - '0');
    return *p == '\0' ? n : 0;
}

/* A goal cell: numbered lines ("1、…", "2.…") are goals of their own, an
 * unnumbered line goes on with the goal above it. */
static void add_goal_text(BudgetpReader *r, const char *text)
{
    char **lines = g_strsplit(text, "\n", -1);
    GString *cur = NULL;
    int number = 0;

    for (size_t i = 0; lines[i] != NULL; i++) {
        const char *p = lines[i];
        int n = 0;
        char *t;

        while (*p == ' ' || *p == '\t')
            p++;
        while (g_ascii_isdigit(*p) && n < 1000)
            n = n * 10 + (*p++ - '0');
        if (n > 0 && (g_str_has_prefix(p, "、") || *p == '.' || g_str_has_prefix(p, "．"))) {
            if (cur != NULL)
                add_goal(r, number, cur->str), g_string_free(cur, TRUE);
            p = g_str_has_prefix(p, "、")   ? p + strlen("、")
                : g_str_has_prefix(p, "．") ? p + strlen("．")
                                            : p + 1;
            cur = g_string_new(p);
            number = n;
            continue;
        }
        t = budgetp_import_trim(lines[i]);
        if (*t != '\0') {
            if (cur == NULL)
                cur = g_string_new(t), number = 0;
            else
                g_string_append_printf(cur, "\n%s", t);
        }
        g_free(t);
    }
    if (cur != NULL)
        add_goal(r, number, cur->str), g_string_free(cur, TRUE);
    g_strfreev(lines);
}

/* 绩效目标 ⇥ 目标1 ⇥ text, or 绩效目标 ⇥ "1、…\n2、…"; and the rows after it
 * (⇥ ⇥ 目标2 ⇥ text). */
static void read_goal_row(BudgetpReader *r, const BudgetpBlock *b, char **norm)
{
    for (guint i = 0; i < b->cells->len; i++) {
        int n = goal_label(norm[i]);

        if (*norm[i] == '\0' || budgetp_import_is(norm[i], goal_labels))
            continue;
        if (n > 0) {
            int v = budgetp_import_value_after(b, i);
            add_goal(r, n, v >= 0 ? cell(b, (guint)v) : "");
            if (v >= 0)
                i = (guint)v;
            continue;
        }
        add_goal_text(r, cell(b, i));
    }
    r->sec = SEC_GOALS;
}

/* ---- Indicator tables (shared with the department form) ---------------- */

void budgetp_import_indicator_header(BudgetpReader *r, const BudgetpBlock *b, char **norm)
{
    static const struct {
        const char *name;
        int field;
    } names[] = {
        {"一级指标", IND_L1},       {"二级指标", IND_L2},          {"三级指标", IND_L3},
        {"绩效指标描述", IND_DESC}, {"指标描述", IND_DESC},        {"指标内容", IND_DESC},
        {"指标解释", IND_DESC},     {"计算公式", IND_DESC},        {"指标说明", IND_DESC},
        {"指标值", IND_TARGET},     {"目标值", IND_TARGET},        {"绩效指标值", IND_TARGET},
        {"指标目标值", IND_TARGET}, {"年度指标值", IND_TARGET},    {"指标值确定依据", IND_BASIS},
        {"确定依据", IND_BASIS},    {"指标值设定依据", IND_BASIS}, {"备注", IND_BASIS},
    };
    /* A row label in the header's first column ("年度绩效指标"): no field. */
    static const char *const row_names[] = {"年度绩效指标", "绩效指标", "部门整体绩效指标", NULL};

    g_array_set_size(r->cols, 0);
    for (guint i = 0; i < b->cells->len; i++) {
        int field = G_MININT;

        if (*norm[i] != '\0') {
            field = -1;
            for (size_t k = 0; k < G_N_ELEMENTS(names) && field < 0; k++)
                if (strcmp(norm[i], names[k].name) == 0)
                    field = names[k].field;
            if (field < 0 && !budgetp_import_is(norm[i], row_names))
                budgetp_import_flag(
                    r, BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD, budgetp_block_cell_line(b, i), (int)i + 1,
                    "indicator",
                    "indicator column \"%s\" is not one of 一级指标, 二级指标, 三级指标, 绩效指标描述, "
                    "指标值, 指标值确定依据: its cells are not read",
                    norm[i]);
        }
        g_array_append_val(r->cols, field);
    }
    budgetp_import_set_owners(r);
    for (int k = 0; k < 3; k++)
        g_clear_pointer(&r->inherit[k], g_free);
    r->sec = SEC_INDICATORS;
}

BudgetpIndRow *budgetp_import_indicator_row(BudgetpReader *r, const BudgetpBlock *b)
{
    BudgetpIndRow *ir = g_new0(BudgetpIndRow, 1);
    bool bad = false;

    ir->line = b->line;
    for (guint j = 0; j < b->cells->len && !r->failed; j++) {
        const char *c = cell(b, j);
        int k, f;

        if (budgetp_import_blank(c))
            continue;
        k = budgetp_import_owner(r, j);
        f = k >= 0 ? g_array_index(r->cols, int, k) : -1;
        if (f < 0 || ir->field[f] != NULL) {
            char *n = budgetp_import_norm(c);
            budgetp_import_flag(
                r, BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD, budgetp_block_cell_line(b, j), (int)j + 1,
                "indicator", "indicator cell \"%s\" is under no column of its own: the row is not read", n);
            g_free(n);
            bad = true;
            continue;
        }
        /* Category cells are labels broken over lines ("产出\n指标"). */
        ir->field[f] = f <= IND_L2 ? budgetp_import_norm(c) : budgetp_import_trim(c);
    }
    /* Blank category cells are merged with the row above. */
    for (int f = IND_L1; f <= IND_L3 && !bad; f++) {
        if (ir->field[f] != NULL) {
            g_free(r->inherit[f]);
            r->inherit[f] = g_strdup(ir->field[f]);
            /* a new 一级 starts new 二级 and 三级 groups */
            for (int g = f + 1; g <= IND_L3 && ir->field[g] == NULL; g++)
                g_clear_pointer(&r->inherit[g], g_free);
        } else {
            ir->field[f] = g_strdup(r->inherit[f]);
        }
    }
    if (!bad && ir->field[IND_DESC] == NULL && ir->field[IND_TARGET] == NULL &&
        (ir->field[IND_BASIS] != NULL || ir->field[IND_L3] == NULL)) {
        /* Only category cells: a row naming a 一级/二级 group for the rows below. */
        if (ir->field[IND_BASIS] != NULL)
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD, b->line, 0, "indicator",
                                "indicator row with no 三级指标, description or target: not read");
        bad = true;
    }
    if (bad || r->failed) {
        budgetp_ind_row_free(ir);
        return NULL;
    }
    return ir;
}

/* ---- Dispatch ---------------------------------------------------------- */

static bool row_has(char **norm, guint n, const char *const *labels)
{
    for (guint i = 0; i < n; i++)
        if (budgetp_import_is(norm[i], labels))
            return true;
    return false;
}

static bool is_indicator_header(char **norm, guint n)
{
    static const char *const l1[] = {"一级指标", NULL}, *const l2[] = {"二级指标", NULL},
                             *const l3[] = {"三级指标", NULL};

    return row_has(norm, n, l1) && row_has(norm, n, l2) && row_has(norm, n, l3);
}

static void read_row(BudgetpReader *r, const BudgetpBlock *b)
{
    guint n = b->cells->len;
    char **norm = g_new0(char *, n + 1);
    guint first = n, n_filled = 0;
    BudgetMoneyUnit unit;
    bool has_unit = false;

    for (guint i = 0; i < n; i++) {
        norm[i] = budgetp_import_norm(cell(b, i));
        if (*norm[i] != '\0') {
            n_filled++;
            if (first == n)
                first = i;
            if (unit_statement(norm[i], &unit))
                has_unit = true;
        }
    }
    if (n_filled == 0) {
        /* A blank plan row is a plan row (said so); other blank rows are
         * the second row of a merged header, or spacing. */
        if (r->sec == SEC_PLAN_VALUES)
            read_plan_values(r, b, norm);
        goto out;
    }
    /* A score line ("得分", "总分：") or a page number ("第 2 页"): furniture. */
    for (size_t k = 0; furniture_prefixes[k] != NULL; k++)
        if (g_str_has_prefix(norm[first], furniture_prefixes[k]))
            goto out;
    if (g_str_has_prefix(norm[first], "第") && g_str_has_suffix(norm[first], "页") && n_filled == 1)
        goto out;
    if (has_unit) {
        read_title_row(r, b, norm, unit);
    } else if (row_has(norm, n, code_labels) || (row_has(norm, n, name_labels) && r->sec != SEC_TASKS)) {
        read_code_row(r, b, norm);
    } else if (r->cur != NULL && !r->dept &&
               (row_has(norm, n, budget_labels) || row_has(norm, n, fiscal_labels))) {
        read_money_row(r, b, norm);
    } else if (r->cur != NULL && !r->dept && is_plan_label(norm[first])) {
        read_plan_header(r, b, norm);
    } else if (r->sec == SEC_PLAN_VALUES) {
        read_plan_values(r, b, norm);
    } else if (row_has(norm, n, goal_labels)) {
        read_goal_row(r, b, norm);
    } else if (is_indicator_header(norm, n)) {
        budgetp_import_indicator_header(r, b, norm);
    } else if (budgetp_import_dept_row(r, b, norm)) {
        /* a department form's row */
    } else if (r->sec == SEC_INDICATORS && (r->cur != NULL || r->dept)) {
        BudgetpIndRow *ir = budgetp_import_indicator_row(r, b);
        if (ir != NULL)
            g_ptr_array_add(r->dept ? r->dept_indicators : r->cur->indicators, ir);
    } else if (r->sec == SEC_GOALS && goal_label(norm[first]) > 0) {
        read_goal_row(r, b, norm);
    } else if (r->sec == SEC_PURPOSE && r->cur != NULL) {
        read_purpose_row(r, b, norm);
    } else {
        budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD, b->line, 0, NULL,
                            "table row starting \"%s\" is not understood: not read", norm[first]);
    }
out:
    g_strfreev(norm);
}

static void read_paragraph(BudgetpReader *r, const BudgetpBlock *b)
{
    char *norm = budgetp_import_norm(skip_bookmarks(cell(b, 0)));
    BudgetMoneyUnit unit;
    int year = heading_year(norm);

    if (year != 0)
        r->year = year;
    if (unit_statement(norm, &unit)) {
        r->doc_unit.given = true;
        r->doc_unit.unit = unit;
    }
    if (strstr(norm, "部门整体绩效目标申报表") != NULL || strstr(norm, "部门(单位)整体绩效目标") != NULL)
        r->dept = true, r->cur = NULL, r->sec = SEC_NONE;
    g_free(norm);
}

/* ---- Building the book ------------------------------------------------- */

static char *derived_code(const BudgetpProj *p)
{
    char *key = g_strdup_printf("%s\x1f%s", p->unit != NULL ? p->unit : "", p->name != NULL ? p->name : "");
    char *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA256, key, -1);
    char *code = g_ascii_strup(sum, 10);
    char *out = g_strconcat("X", code, NULL);

    g_free(key);
    g_free(sum);
    g_free(code);
    return out;
}

static BudgetIndicator *make_indicator(const char *code, const BudgetpIndRow *ir)
{
    BudgetIndicator *ind = budget_indicator_new(code, NULL);

    budget_indicator_set_level1(ind, ir->field[IND_L1]);
    budget_indicator_set_level2(ind, ir->field[IND_L2]);
    budget_indicator_set_level3(ind, ir->field[IND_L3]);
    budget_indicator_set_description(ind, ir->field[IND_DESC]);
    budget_indicator_set_target(ind, ir->field[IND_TARGET]);
    budget_indicator_set_basis(ind, ir->field[IND_BASIS]);
    return ind;
}

/* The projects read, in document order, into @imp's book. */
static bool build(BudgetTableImport *imp, BudgetpReader *r, BudgetBook *book)
{
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    bool ok = true;

    for (guint i = 0; i < r->projects->len && ok; i++) {
        BudgetpProj *p = g_ptr_array_index(r->projects, i);
        char *code = p->code != NULL ? g_strdup(p->code) : derived_code(p);
        BudgetProject *proj;
        BudgetError err;

        if (p->code == NULL)
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_DERIVED_CODE, p->line, 0, "code",
                                "project \"%s\" has no code: given the derived code %s",
                                p->name != NULL ? p->name : "", code);
        if (g_hash_table_contains(seen, code)) {
            char *base = code;
            for (int k = 2;; k++) {
                code = g_strdup_printf("%s-%d", base, k);
                if (!g_hash_table_contains(seen, code))
                    break;
                g_free(code);
            }
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_DUPLICATE_CODE, p->line, 0, "code",
                                "project \"%s\": code %s was seen before: given the code %s",
                                p->name != NULL ? p->name : "", base, code);
            g_free(base);
        }
        g_hash_table_add(seen, g_strdup(code));
        proj = budget_project_new(code, &err);
        if (proj == NULL) {
            fail(r, err.code, p->line, 0, "code", "%s", err.message);
            g_free(code);
            break;
        }
        budget_project_set_name(proj, p->name);
        budget_project_set_unit(proj, p->unit);
        budget_project_set_purpose(proj, p->purpose);
        (void)budget_project_set_year(proj, p->year);
        if (p->has_budget)
            budget_project_set_budget(proj, p->budget);
        else
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_FUNDING, p->line, 0, "budget",
                                "project %s has no 预算数: its budget is 0", code);
        if (p->has_fiscal)
            (void)budget_project_set_funding(proj, BUDGET_SOURCE_FISCAL, p->fiscal);
        if (p->has_other)
            (void)budget_project_set_funding(proj, BUDGET_SOURCE_OTHER, p->other);
        if (!budget_project_check_funding(proj, &err) ||
            (p->has_fiscal && p->has_budget && !p->has_other && p->fiscal > p->budget))
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_FUNDING, p->line, 0, "budget",
                                "project %s: funds do not add up to the budget (kept as printed)", code);
        if (p->note != NULL)
            budget_project_set_extra(proj, "备注", p->note);
        if (p->plan != NULL) {
            budget_project_set_plan(proj, p->plan);
            imp->n_plans++;
        }
        if (!budget_book_add_project(book, proj, &err)) {
            fail(r, err.code, p->line, 0, "code", "%s", err.message);
            ok = false;
        }
        for (guint k = 0; k < p->indicators->len && ok; k++) {
            BudgetIndicator *ind = make_indicator(code, g_ptr_array_index(p->indicators, k));
            if (!budget_book_add_indicator(book, ind, &err)) {
                fail(r, err.code, p->line, 0, "code", "%s", err.message);
                ok = false;
            }
            budget_indicator_unref(ind);
        }
        for (guint k = 0; k < p->goals->len; k++) {
            BudgetpGoal *pg = g_ptr_array_index(p->goals, k);
            BudgetpImportGoal *g = g_new0(BudgetpImportGoal, 1);
            g->code = g_strdup(code), g->number = pg->number, g->text = g_strdup(pg->text);
            g_ptr_array_add(imp->goals, g);
        }
        budget_project_unref(proj);
        g_free(code);
    }
    if (ok && !r->failed) {
        const char *dept = r->dept_unit != NULL ? r->dept_unit : r->task_unit != NULL ? r->task_unit : "部门";
        for (guint k = 0; k < r->dept_goals->len; k++) {
            BudgetpGoal *pg = g_ptr_array_index(r->dept_goals, k);
            BudgetpImportGoal *g = g_new0(BudgetpImportGoal, 1);
            g->code = g_strdup(dept), g->number = pg->number, g->text = g_strdup(pg->text);
            g_ptr_array_add(imp->goals, g);
        }
        for (guint k = 0; k < r->dept_indicators->len; k++)
            g_ptr_array_add(imp->dept_indicators,
                            make_indicator(dept, g_ptr_array_index(r->dept_indicators, k)));
    }
    g_hash_table_destroy(seen);
    return ok && !r->failed;
}

static int compare_flags(gconstpointer a, gconstpointer b)
{
    const BudgetpFlag *x = a, *y = b;

    if (x->detail.line != y->detail.line)
        return (x->detail.line > y->detail.line) - (x->detail.line < y->detail.line);
    return (x->seq > y->seq) - (x->seq < y->seq);
}

static bool interpret(BudgetTableImport *imp, GPtrArray *blocks, const char *source, BudgetError *error)
{
    BudgetpReader r;
    BudgetBook *book;
    bool ok;

    memset(&r, 0, sizeof r);
    r.option_unit = imp->unit;
    r.option_year = imp->year;
    r.strict = imp->strict;
    r.source = source;
    r.error = error;
    r.projects = g_ptr_array_new_with_free_func(budgetp_proj_free);
    r.dept_goals = g_ptr_array_new_with_free_func(budgetp_goal_free);
    r.dept_indicators = g_ptr_array_new_with_free_func(budgetp_ind_row_free);
    r.flags = g_array_new(FALSE, FALSE, sizeof(BudgetpFlag));
    r.cols = g_array_new(FALSE, FALSE, sizeof(int));
    r.owners = g_array_new(FALSE, FALSE, sizeof(int));

    for (guint i = 0; i < blocks->len && !r.failed; i++) {
        const BudgetpBlock *b = g_ptr_array_index(blocks, i);
        if (b->kind == BUDGETP_BLOCK_PARAGRAPH)
            read_paragraph(&r, b);
        else
            read_row(&r, b);
    }
    book = budget_book_new();
    ok = !r.failed && build(imp, &r, book);
    if (ok) {
        budget_book_unref(imp->book);
        imp->book = book;
        /* Flags in document order (codes are derived after the reading). */
        g_array_sort(r.flags, compare_flags);
        g_array_append_vals(imp->flags, r.flags->data, r.flags->len);
    } else {
        budget_book_unref(book);
        imp->n_plans = 0;
        g_ptr_array_set_size(imp->goals, 0);
        g_ptr_array_set_size(imp->dept_indicators, 0);
    }
    g_ptr_array_free(r.projects, TRUE);
    g_ptr_array_free(r.dept_goals, TRUE);
    g_ptr_array_free(r.dept_indicators, TRUE);
    g_array_free(r.flags, TRUE);
    g_array_free(r.cols, TRUE);
    g_array_free(r.owners, TRUE);
    g_free(r.tab_title);
    g_free(r.dept_unit);
    g_free(r.task_unit);
    for (int k = 0; k < 3; k++)
        g_free(r.inherit[k]);
    return ok;
}

/* ---- Public API -------------------------------------------------------- */

BudgetTableImport *budget_table_import_new(void)
{
    BudgetTableImport *imp = g_new0(BudgetTableImport, 1);

    imp->book = budget_book_new();
    imp->goals = g_ptr_array_new_with_free_func(budgetp_import_goal_free);
    imp->dept_indicators = g_ptr_array_new_with_free_func((GDestroyNotify)budget_indicator_unref);
    imp->flags = g_array_new(FALSE, FALSE, sizeof(BudgetpFlag));
    return imp;
}

void budget_table_import_free(BudgetTableImport *import)
{
    if (import == NULL)
        return;
    budget_book_unref(import->book);
    g_ptr_array_free(import->goals, TRUE);
    g_ptr_array_free(import->dept_indicators, TRUE);
    g_array_free(import->flags, TRUE);
    g_free(import);
}

bool budget_table_import_set_money_unit(BudgetTableImport *import, BudgetMoneyUnit unit)
{
    g_return_val_if_fail(import != NULL, false);
    g_return_val_if_fail((unsigned)unit < BUDGET_MONEY_UNIT_N, false);
    import->unit.given = true;
    import->unit.unit = unit;
    return true;
}

bool budget_table_import_set_year(BudgetTableImport *import, int year)
{
    g_return_val_if_fail(import != NULL, false);
    if (year < 1900 || year > 9999)
        return false;
    import->year = year;
    return true;
}

void budget_table_import_set_strict(BudgetTableImport *import, bool strict)
{
    g_return_if_fail(import != NULL);
    import->strict = strict;
}

static bool begin_read(BudgetTableImport *import, BudgetError *error)
{
    if (import->used) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                          "an import reads one document: make a new import for the next one");
        return false;
    }
    import->used = true;
    return true;
}

bool budget_table_import_read_text(BudgetTableImport *import, const char *data, ptrdiff_t len,
                                   const char *source_name, BudgetError *error)
{
    GPtrArray *blocks;
    char *converted = NULL;
    size_t n;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(import != NULL, false, error);
    budgetp_return_val_if_fail(data != NULL || len == 0, false, error);
    budgetp_return_val_if_fail(len >= -1, false, error);
    if (!begin_read(import, error))
        return false;
    n = len < 0 ? strlen(data) : (size_t)len;
    if (n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        data += 3, n -= 3;
    if (!g_utf8_validate(data, (gssize)n, NULL) || memchr(data, '\0', n) != NULL) {
        gsize out_len = 0;
        converted = g_convert(data, (gssize)n, "UTF-8", "GB18030", NULL, &out_len, NULL);
        if (converted == NULL || memchr(converted, '\0', out_len) != NULL) {
            budgetp_error_set(error, BUDGET_ERROR_ENCODING, source_name, 0, 0, NULL,
                              "the text is neither UTF-8 nor GB18030");
            g_free(converted);
            return false;
        }
        data = converted, n = out_len;
    }
    blocks = g_ptr_array_new_with_free_func(budgetp_block_free);
    budgetp_import_text_blocks(data, n, blocks);
    ok = interpret(import, blocks, source_name, error);
    g_ptr_array_free(blocks, TRUE);
    g_free(converted);
    return ok;
}

bool budget_table_import_read_docx(BudgetTableImport *import, const void *data, size_t len,
                                   const char *source_name, BudgetError *error)
{
    GPtrArray *blocks;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(import != NULL, false, error);
    budgetp_return_val_if_fail(data != NULL || len == 0, false, error);
    if (!begin_read(import, error))
        return false;
    blocks = g_ptr_array_new_with_free_func(budgetp_block_free);
    ok = budgetp_import_docx_blocks(data, len, source_name, blocks, error) &&
         interpret(import, blocks, source_name, error);
    g_ptr_array_free(blocks, TRUE);
    return ok;
}

bool budget_table_import_read_file(BudgetTableImport *import, const char *path, BudgetError *error)
{
    char *data = NULL;
    gsize len = 0;
    GError *gerr = NULL;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(import != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    if (!g_file_get_contents(path, &data, &len, &gerr)) {
        budgetp_error_set(error, BUDGET_ERROR_IO, path, 0, 0, NULL, "cannot read %s: %s", path,
                          gerr->message);
        g_error_free(gerr);
        return false;
    }
    if (len >= 4 && memcmp(data, "PK\3\4", 4) == 0)
        ok = budget_table_import_read_docx(import, data, len, path, error);
    else
        ok = budget_table_import_read_text(import, data, (ptrdiff_t)len, path, error);
    g_free(data);
    return ok;
}

BudgetBook *budget_table_import_get_book(const BudgetTableImport *import)
{
    g_return_val_if_fail(import != NULL, NULL);
    return import->book;
}

size_t budget_table_import_get_n_plans(const BudgetTableImport *import)
{
    g_return_val_if_fail(import != NULL, 0);
    return import->n_plans;
}

size_t budget_table_import_get_n_goals(const BudgetTableImport *import)
{
    g_return_val_if_fail(import != NULL, 0);
    return import->goals->len;
}

const char *budget_table_import_get_goal_nth(const BudgetTableImport *import, size_t index, const char **code,
                                             int *number)
{
    const BudgetpImportGoal *g;

    g_return_val_if_fail(import != NULL, NULL);
    g_return_val_if_fail(index < import->goals->len, NULL);
    g = g_ptr_array_index(import->goals, index);
    if (code != NULL)
        *code = g->code;
    if (number != NULL)
        *number = g->number;
    return g->text;
}

size_t budget_table_import_get_n_department_indicators(const BudgetTableImport *import)
{
    g_return_val_if_fail(import != NULL, 0);
    return import->dept_indicators->len;
}

BudgetIndicator *budget_table_import_get_department_indicator_nth(const BudgetTableImport *import,
                                                                  size_t index)
{
    g_return_val_if_fail(import != NULL, NULL);
    g_return_val_if_fail(index < import->dept_indicators->len, NULL);
    return g_ptr_array_index(import->dept_indicators, index);
}

size_t budget_table_import_get_n_flags(const BudgetTableImport *import)
{
    g_return_val_if_fail(import != NULL, 0);
    return import->flags->len;
}

const BudgetError *budget_table_import_get_flag_nth(const BudgetTableImport *import, size_t index,
                                                    BudgetTableImportFlag *flag)
{
    const BudgetpFlag *f;

    g_return_val_if_fail(import != NULL, NULL);
    g_return_val_if_fail(index < import->flags->len, NULL);
    f = &g_array_index(import->flags, BudgetpFlag, index);
    if (flag != NULL)
        *flag = f->flag;
    return &f->detail;
}

char *budget_table_import_format_summary(const BudgetTableImport *import)
{
    g_return_val_if_fail(import != NULL, NULL);
    return g_strdup_printf(
        "%zu projects, %zu indicators, %zu plans, %zu goals, %zu department indicators "
        "read; %u items flagged",
        budget_book_get_n_projects(import->book), budget_book_get_n_indicators(import->book), import->n_plans,
        (size_t)import->goals->len, (size_t)import->dept_indicators->len, import->flags->len);
}
