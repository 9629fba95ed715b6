/* budget import: a published 绩效目标表 (text export or .docx) into a data folder. */
#include <string.h>

#include "budget-tool.h"

/* "元", "万元", "亿元", or the English names budget_money_unit_from_string() reads. */
static gboolean parse_unit(const char *text, BudgetMoneyUnit *out)
{
    if (strcmp(text, "元") == 0)
        *out = BUDGET_MONEY_UNIT_YUAN;
    else if (strcmp(text, "万元") == 0)
        *out = BUDGET_MONEY_UNIT_WAN;
    else if (strcmp(text, "亿元") == 0)
        *out = BUDGET_MONEY_UNIT_YI;
    else
        return budget_money_unit_from_string(text, out);
    return TRUE;
}

/* Each flag on stderr as FILE:LINE:COLUMN: warning: FLAG: message. */
static void print_flags(const BudgetTableImport *import)
{
    for (size_t i = 0; i < budget_table_import_get_n_flags(import); i++) {
        BudgetTableImportFlag flag;
        BudgetError shown = *budget_table_import_get_flag_nth(import, i, &flag);
        char *text;

        g_snprintf(shown.message, sizeof shown.message, "%s: %s", budget_table_import_flag_to_string(flag),
                   budget_table_import_get_flag_nth(import, i, NULL)->message);
        text = tool_format_problem(&shown, TRUE);
        fprintf(stderr, "%s\n", text);
        g_free(text);
    }
}

static int run_import(const char *doc, const char *out, const char *unit, int year, gboolean strict)
{
    BudgetTableImport *import = budget_table_import_new();
    BudgetMoneyUnit money_unit;
    BudgetError err;
    char *summary;
    int status = TOOL_EXIT_USAGE;

    if (unit != NULL) {
        if (!parse_unit(unit, &money_unit)) {
            tool_errorf(_("import: --unit must be 元, 万元 or 亿元, not '%s'"), unit);
            goto done;
        }
        (void)budget_table_import_set_money_unit(import, money_unit);
    }
    if (year != 0 && !budget_table_import_set_year(import, year)) {
        tool_errorf(_("import: --year must be 1900..9999, not %d"), year);
        goto done;
    }
    budget_table_import_set_strict(import, strict);
    if (!budget_table_import_read_file(import, doc, &err)) {
        tool_print_problem(&err);
        /* An unreadable file is a usage problem; a document the import
         * cannot take without more from the user is a problem of the data. */
        status = err.code == BUDGET_ERROR_IO ? TOOL_EXIT_USAGE : TOOL_EXIT_PROBLEMS;
        goto done;
    }
    print_flags(import);
    if (g_mkdir_with_parents(out, 0777) != 0) {
        tool_errorf(_("import: cannot create the folder %s"), out);
        goto done;
    }
    if (!budget_table_import_save(import, out, &err)) {
        tool_print_problem(&err);
        goto done;
    }
    summary = budget_table_import_format_summary(import);
    fprintf(stderr, "%s\n", summary);
    budget_free(summary);
    status = TOOL_EXIT_OK;

done:
    budget_table_import_free(import);
    return status;
}

int tool_cmd_import(int argc, char **argv)
{
    char *out = NULL, *unit = NULL;
    int year = 0;
    gboolean strict = FALSE;
    GOptionEntry entries[] = {
        {"out", 'o', 0, G_OPTION_ARG_FILENAME, &out, N_("Folder to write (created if missing)"), "DIR"},
        /* FILENAME: the bytes as given (UTF-8), so that 万元 reads in any locale;
         * STRING would convert from the locale's charset, which in C is ASCII. */
        {"unit", 0, 0, G_OPTION_ARG_FILENAME, &unit, N_("Money unit of tables that state none"),
         "元|万元|亿元"},
        {"year", 0, 0, G_OPTION_ARG_INT, &year, N_("Fiscal year of tables with no year in a heading"),
         "YEAR"},
        {"strict", 0, 0, G_OPTION_ARG_NONE, &strict, N_("Fail on any row or cell not understood"), NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *context = g_option_context_new(_("DOC - import a published 绩效目标表"));
    GError *gerror = NULL;
    int status = TOOL_EXIT_USAGE;

    g_set_prgname("budget import");
    g_option_context_set_translation_domain(context, GETTEXT_PACKAGE);
    g_option_context_add_main_entries(context, entries, NULL);
    g_option_context_set_description(
        context, _("DOC is a 绩效目标表 document: a .docx, or its text export (one cell per\n"
                   "line, or one row per line with tab-separated cells). Writes into DIR:\n"
                   "  projects.csv, indicators.csv    the projects and their indicators\n"
                   "  goals.csv                       the goals (目标1 …): code,number,goal\n"
                   "  department-indicators.csv       部门整体 indicators of a department form\n"
                   "  import-report.txt               the summary and every flagged item\n"
                   "each written to a temporary file and renamed into place.\n"
                   "\n"
                   "Nothing is guessed: a table that states no money unit (单位：万元) needs\n"
                   "--unit, one with no year in a heading before it (2024年…) needs --year;\n"
                   "without them the import stops naming the table's line. Flagged items\n"
                   "(a derived code, an invalid plan, funds that do not add up, a row not\n"
                   "understood) are printed as FILE:LINE:COLUMN: warning: FLAG: message;\n"
                   "--strict makes a row not understood an error. See docs/import.md.\n"
                   "\n"
                   "Exit status: 0 imported, 1 the document needs --unit or --year, or\n"
                   "--strict found a row not understood, 2 usage error or unreadable file."));
    if (!g_option_context_parse(context, &argc, &argv, &gerror)) {
        tool_errorf(_("import: %s (try 'budget import --help')"), gerror->message);
        g_error_free(gerror);
        goto out;
    }
    if (argc != 2) {
        tool_errorf(_("import: %s (try 'budget import --help')"),
                    argc < 2 ? _("missing DOC") : _("more than one DOC given"));
        goto out;
    }
    if (out == NULL) {
        tool_errorf(_("import: missing --out DIR (try 'budget import --help')"));
        goto out;
    }
    status = run_import(argv[1], out, unit, year, strict);

out:
    g_option_context_free(context);
    g_free(out);
    g_free(unit);
    return status;
}
