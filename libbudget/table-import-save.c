/* table-import: writing what was imported into a data folder.
 *
 * projects.csv and indicators.csv by the CSV writers of the csv module,
 * goals.csv and department-indicators.csv as tables of the export module,
 * import-report.txt as text; each through a temporary file in the folder
 * that is flushed to disk and renamed into place, and the folder flushed
 * at the end, so that a crash leaves either the old file or the new one. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "export-private.h"
#include "table-import-private.h"

static bool sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY);
    bool ok;

    if (fd < 0)
        return false;
    ok = fsync(fd) == 0 || errno == EINVAL;
    close(fd);
    return ok;
}

/* Writes @name in @dir through a temporary file in @dir: @save writes it,
 * then it is flushed to disk and renamed into place. */
static bool save_atomic(const char *dir, const char *name,
                        bool (*save)(const BudgetTableImport *, const char *, BudgetError *),
                        const BudgetTableImport *imp, BudgetError *error)
{
    char *path = g_build_filename(dir, name, NULL);
    char *tmp = g_strdup_printf("%s.XXXXXX", path);
    int fd = g_mkstemp(tmp);
    bool ok = false;

    if (fd < 0) {
        budgetp_error_set(error, BUDGET_ERROR_IO, path, 0, 0, NULL, "cannot write %s: %s", path,
                          g_strerror(errno));
        goto out;
    }
    close(fd);
    if (!save(imp, tmp, error))
        goto out;
    fd = open(tmp, O_RDONLY);
    if (fd < 0 || fsync(fd) != 0 || close(fd) != 0 || g_rename(tmp, path) != 0) {
        budgetp_error_set(error, BUDGET_ERROR_IO, path, 0, 0, NULL, "cannot write %s: %s", path,
                          g_strerror(errno));
        goto out;
    }
    ok = true;
out:
    if (!ok)
        (void)g_unlink(tmp);
    g_free(tmp);
    g_free(path);
    return ok;
}

static bool save_projects(const BudgetTableImport *imp, const char *path, BudgetError *error)
{
    return budget_csv_save_projects(imp->book, path, error);
}

static bool save_indicators(const BudgetTableImport *imp, const char *path, BudgetError *error)
{
    return budget_csv_save_indicators(imp->book, path, error);
}

static bool save_report(const BudgetTableImport *imp, const char *path, BudgetError *error)
{
    GString *s = g_string_new(NULL);
    char *summary = budget_table_import_format_summary(imp);
    GError *gerr = NULL;
    bool ok;

    g_string_append_printf(s, "%s\n", summary);
    for (guint i = 0; i < imp->flags->len; i++) {
        const BudgetpFlag *f = &g_array_index(imp->flags, BudgetpFlag, i);
        g_string_append_printf(s, "%s:%" G_GINT64_FORMAT ":%d: %s: %s\n", f->detail.source, f->detail.line,
                               f->detail.column, budget_table_import_flag_to_string(f->flag),
                               f->detail.message);
    }
    ok = g_file_set_contents(path, s->str, (gssize)s->len, &gerr);
    if (!ok) {
        budgetp_error_set(error, BUDGET_ERROR_IO, path, 0, 0, NULL, "cannot write %s: %s", path,
                          gerr->message);
        g_error_free(gerr);
    }
    g_free(summary);
    g_string_free(s, TRUE);
    return ok;
}

/* goals.csv and department-indicators.csv: tables of the export module,
 * whose path sink writes a temporary file, flushes and renames it. */
static bool save_goals(const BudgetTableImport *imp, const char *path, BudgetError *error)
{
    static const BudgetpColumn cols[] = {
        {"code", BUDGETP_COL_TEXT, "项目编码", NULL, false},
        {"number", BUDGETP_COL_COUNT, "序号", NULL, false},
        {"goal", BUDGETP_COL_TEXT, "绩效目标", NULL, false},
    };
    BudgetExport *ex = budget_export_new_for_path(BUDGET_EXPORT_FORMAT_CSV, path);
    BudgetpTable t;
    bool ok = budgetp_table_begin(&t, ex, cols, G_N_ELEMENTS(cols), NULL, error);

    for (guint i = 0; i < imp->goals->len && ok; i++) {
        const BudgetpImportGoal *g = g_ptr_array_index(imp->goals, i);
        char number[16];
        const char *cells[3] = {g->code, number, g->text};

        g_snprintf(number, sizeof number, "%d", g->number);
        ok = budgetp_table_row(&t, cells);
    }
    ok = budgetp_table_end(&t, ok) && ok;
    budget_export_free(ex);
    return ok;
}

static bool save_dept_indicators(const BudgetTableImport *imp, const char *path, BudgetError *error)
{
    static const BudgetpColumn cols[] = {
        {"code", BUDGETP_COL_TEXT, "编码", NULL, false},
        {"level1", BUDGETP_COL_TEXT, "一级指标", NULL, false},
        {"level2", BUDGETP_COL_TEXT, "二级指标", NULL, false},
        {"level3", BUDGETP_COL_TEXT, "三级指标", NULL, false},
        {"description", BUDGETP_COL_TEXT, "绩效指标描述", NULL, false},
        {"target", BUDGETP_COL_TEXT, "指标值", NULL, false},
        {"basis", BUDGETP_COL_TEXT, "指标值确定依据", NULL, false},
    };
    BudgetExport *ex = budget_export_new_for_path(BUDGET_EXPORT_FORMAT_CSV, path);
    BudgetpTable t;
    bool ok = budgetp_table_begin(&t, ex, cols, G_N_ELEMENTS(cols), NULL, error);

    for (guint i = 0; i < imp->dept_indicators->len && ok; i++) {
        const BudgetIndicator *ind = g_ptr_array_index(imp->dept_indicators, i);
        const char *cells[7] = {
            budget_indicator_get_code(ind),        budget_indicator_get_level1(ind),
            budget_indicator_get_level2(ind),      budget_indicator_get_level3(ind),
            budget_indicator_get_description(ind), budget_indicator_get_target(ind),
            budget_indicator_get_basis(ind),
        };
        ok = budgetp_table_row(&t, cells);
    }
    ok = budgetp_table_end(&t, ok) && ok;
    budget_export_free(ex);
    return ok;
}

bool budget_table_import_save(const BudgetTableImport *import, const char *dir, BudgetError *error)
{
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(import != NULL, false, error);
    budgetp_return_val_if_fail(dir != NULL, false, error);
    ok = save_atomic(dir, "projects.csv", save_projects, import, error) &&
         save_atomic(dir, "indicators.csv", save_indicators, import, error) &&
         save_atomic(dir, "goals.csv", save_goals, import, error) &&
         save_atomic(dir, "department-indicators.csv", save_dept_indicators, import, error) &&
         save_atomic(dir, "import-report.txt", save_report, import, error);
    if (ok && !sync_dir(dir)) {
        budgetp_error_set(error, BUDGET_ERROR_IO, dir, 0, 0, NULL, "cannot flush the folder %s: %s", dir,
                          g_strerror(errno));
        ok = false;
    }
    return ok;
}
