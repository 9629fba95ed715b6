/* table-import: the 部门整体绩效目标申报表 (department form).
 *
 * Its task table (年度主要任务: 任务名称 / 主要内容 / 预算资金 合计 /
 * 其中：财政资金 / 备注, the unit named in a column on the first task row
 * only, merged down) gives one project per task under that unit; its
 * 年度总体目标 gives the department's goals and its indicator table (read by
 * the shared indicator reader of table-import.c) the department indicators.
 * A task has no code on the form: each gets a derived code, flagged. */
#include "config.h"

#include <string.h>

#include "table-import-private.h"

enum {
    T_BLANK = G_MININT,
    T_SKIP = -1,
    T_UNIT = 0,
    T_NAME,
    T_CONTENT,
    T_TOTAL,
    T_FISCAL,
    T_OTHER,
    T_NOTE,
    T_N
};

static const char *const dept_unit_labels[] = {"部门(单位)名称", "单位名称", "部门名称", "预算单位名称",
                                               "填报单位",       "预算单位", NULL};
static const char *const total_rows[] = {"合计", "小计", "总计", NULL};

static int task_field(const char *norm)
{
    static const struct {
        const char *name;
        int field;
    } names[] = {
        {"任务名称", T_NAME},       {"主要内容", T_CONTENT},     {"任务内容", T_CONTENT},
        {"预算资金合计", T_TOTAL},  {"合计", T_TOTAL},           {"预算资金", T_TOTAL},
        {"预算数", T_TOTAL},        {"其中:财政资金", T_FISCAL}, {"财政资金", T_FISCAL},
        {"其中:其他资金", T_OTHER}, {"其他资金", T_OTHER},       {"备注", T_NOTE},
        {"单位名称", T_UNIT},       {"预算单位", T_UNIT},        {"部门(单位)名称", T_UNIT},
    };

    if (*norm == '\0')
        return T_BLANK;
    for (size_t k = 0; k < G_N_ELEMENTS(names); k++)
        if (strcmp(norm, names[k].name) == 0)
            return names[k].field;
    return T_SKIP;
}

/* The task header: each column's field; the column just left of 任务名称
 * (年度主要任务, 单位, or blank) holds the unit. */
static void read_task_header(BudgetpReader *r, const BudgetpBlock *b, char **norm)
{
    guint name_col = 0;

    g_array_set_size(r->cols, 0);
    for (guint i = 0; i < b->cells->len; i++) {
        int f = task_field(norm[i]);
        if (f == T_NAME)
            name_col = i;
        g_array_append_val(r->cols, f);
    }
    if (name_col > 0 && g_array_index(r->cols, int, name_col - 1) != T_UNIT)
        g_array_index(r->cols, int, name_col - 1) = T_UNIT;
    budgetp_import_set_owners(r);
    r->dept = true;
    r->cur = NULL;
    r->sec = SEC_TASKS;
    r->n_tasks_in_table = 0;
    g_clear_pointer(&r->task_unit, g_free);
}

/* A second header row under a spanning 预算资金 (合计 / 其中：财政资金). */
static bool read_task_subheader(BudgetpReader *r, const BudgetpBlock *b, char **norm)
{
    bool any = false;

    for (guint i = 0; i < b->cells->len; i++) {
        int f = task_field(norm[i]);
        if (f == T_TOTAL || f == T_FISCAL || f == T_OTHER)
            any = true;
        else if (f != T_BLANK)
            return false;
    }
    if (!any)
        return false;
    for (guint i = 0; i < b->cells->len && i < r->cols->len; i++) {
        int f = task_field(norm[i]);
        if (f != T_BLANK)
            g_array_index(r->cols, int, i) = f;
    }
    budgetp_import_set_owners(r);
    return true;
}

static int column_field(const BudgetpReader *r, guint j)
{
    int k = budgetp_import_owner(r, j);

    return k >= 0 ? g_array_index(r->cols, int, k) : T_SKIP;
}

static void read_task_row(BudgetpReader *r, const BudgetpBlock *b, char **norm)
{
    const char *cells[T_N] = {NULL};
    guint col[T_N] = {0};
    BudgetpProj *p;

    for (guint j = 0; j < b->cells->len; j++) {
        int f;

        if (*norm[j] == '\0')
            continue;
        if (budgetp_import_is(norm[j], total_rows))
            return; /* a total row: the sum of the tasks above */
        f = column_field(r, j);
        if (f < 0 || cells[f] != NULL) {
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD, budgetp_block_cell_line(b, j),
                                (int)j + 1, NULL, "task cell \"%s\" is under no column of its own: not read",
                                norm[j]);
            continue;
        }
        cells[f] = g_ptr_array_index(b->cells, j);
        col[f] = j;
    }
    if (cells[T_UNIT] != NULL) {
        g_free(r->task_unit);
        r->task_unit = budgetp_import_trim(cells[T_UNIT]);
    }
    if (cells[T_NAME] == NULL && cells[T_CONTENT] == NULL) {
        if (cells[T_TOTAL] != NULL || cells[T_FISCAL] != NULL || cells[T_NOTE] != NULL)
            budgetp_import_flag(r, BUDGET_TABLE_IMPORT_FLAG_NOT_UNDERSTOOD, b->line, 0, NULL,
                                "task row with no 任务名称 or 主要内容: not read");
        return;
    }
    p = budgetp_proj_new(b->line);
    p->name = cells[T_NAME] != NULL ? budgetp_import_trim(cells[T_NAME]) : NULL;
    p->purpose = cells[T_CONTENT] != NULL ? budgetp_import_trim(cells[T_CONTENT]) : NULL;
    p->note = cells[T_NOTE] != NULL ? budgetp_import_trim(cells[T_NOTE]) : NULL;
    p->unit = g_strdup(r->task_unit != NULL ? r->task_unit : r->dept_unit);
    p->year = budgetp_import_year(r, r->table_line != 0 ? r->table_line : b->line);
    g_ptr_array_add(r->projects, p);
    if (cells[T_TOTAL] != NULL)
        (void)budgetp_import_money(r, cells[T_TOTAL], budgetp_block_cell_line(b, col[T_TOTAL]),
                                   (int)col[T_TOTAL] + 1, "budget", &p->has_budget, &p->budget);
    if (cells[T_FISCAL] != NULL)
        (void)budgetp_import_money(r, cells[T_FISCAL], budgetp_block_cell_line(b, col[T_FISCAL]),
                                   (int)col[T_FISCAL] + 1, "fiscal", &p->has_fiscal, &p->fiscal);
    if (cells[T_OTHER] != NULL)
        (void)budgetp_import_money(r, cells[T_OTHER], budgetp_block_cell_line(b, col[T_OTHER]),
                                   (int)col[T_OTHER] + 1, "other", &p->has_other, &p->other);
    r->n_tasks_in_table++;
}

bool budgetp_import_dept_row(BudgetpReader *r, const BudgetpBlock *b, char **norm)
{
    for (guint i = 0; i < b->cells->len; i++) {
        if (strcmp(norm[i], "任务名称") == 0) {
            read_task_header(r, b, norm);
            return true;
        }
    }
    for (guint i = 0; i < b->cells->len; i++) {
        if (budgetp_import_is(norm[i], dept_unit_labels)) {
            int v = budgetp_import_value_after(b, i);
            if (v >= 0) {
                g_free(r->dept_unit);
                r->dept_unit = budgetp_import_trim(g_ptr_array_index(b->cells, (guint)v));
            }
            r->dept = true;
            r->cur = NULL;
            r->sec = SEC_NONE;
            if (r->table_line == 0 || !r->title_pending)
                r->table_line = b->line;
            r->title_pending = false;
            return true;
        }
    }
    if (r->sec != SEC_TASKS)
        return false;
    if (r->n_tasks_in_table == 0 && read_task_subheader(r, b, norm))
        return true;
    read_task_row(r, b, norm);
    return true;
}
