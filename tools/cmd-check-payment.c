/* budget check-payment: the spending-control pre-check of one payment. The
 * folder's payments dated on or before the payment (the ledger so far) are
 * recorded into a ledger, then the payment is recorded under the configured
 * policy (budget_ledger_set_policy()), so that the decision is the ledger's
 * own rule; the numbers shown beside it come from the public API. */
#include <string.h>

#include "budget-tool.h"

typedef struct {
    char *code;
    char *amount;
    char *date;
    char *config;
    char *encoding;
} PaymentArgs;

typedef struct {
    gboolean warned;
    char message[256];
} WarnBox;

static int on_warning(const BudgetError *warning, void *user_data)
{
    WarnBox *box = user_data;

    box->warned = TRUE;
    g_strlcpy(box->message, warning->message, sizeof box->message);
    return 0;
}

/* Records the payments dated on or before the checked one. */
typedef struct {
    BudgetLedger *ledger;
    BudgetDate until;
    BudgetError error;
    gboolean failed;
} SoFar;

static int record_so_far(const BudgetTransaction *t, void *user_data)
{
    SoFar *so_far = user_data;

    if (t->date > so_far->until)
        return 0;
    if (!budget_ledger_record(so_far->ledger, t->date, t->code, t->amount, (BudgetSource)t->source,
                              &so_far->error)) {
        so_far->failed = TRUE;
        return 1;
    }
    return 0;
}

static void print_money(const char *label, BudgetFen v)
{
    char buf[48];

    size_t width = tool_display_width(label);

    budget_money_format_unit(v, BUDGET_MONEY_UNIT_YUAN, true, buf, sizeof buf);
    /* Padded by display width: a translated label may be CJK. */
    printf("  %s%*s %20s 元\n", label, width < 34 ? (int)(34 - width) : 0, "", buf);
}

/* The plan allowance at @date as the ledger reads it: the cumulative percent
 * of the first checkpoint whose month end is on or after @date (a blank
 * checkpoint carries the previous value; after the last, the last). */
static gboolean plan_allowance(const BudgetProject *project, int year, BudgetDate date, BudgetFen budget,
                               int *month, BudgetFen *out)
{
    const BudgetPlan *plan = budget_project_get_plan(project);
    int m = budget_date_get_month(date), last = 0;
    int64_t micropct;

    if (plan == NULL || !budget_plan_resolve(plan, NULL, NULL))
        return FALSE;
    if (budget_date_get_year(date) != year)
        m = budget_date_get_year(date) < year ? 1 : 13;
    for (int k = 1; k <= 12; k++)
        if (budget_plan_has_month(plan, k, NULL) || budget_plan_is_blank(plan, k))
            last = k;
    for (; m <= 12; m++)
        if (budget_plan_has_month(plan, m, NULL) || budget_plan_is_blank(plan, m))
            break;
    if (m > 12)
        m = last;
    if (m == 0 || !budget_plan_get_cumulative(plan, m, &micropct))
        return FALSE;
    *month = m;
    return budget_money_scale_micropct(budget, micropct, out);
}

static int run_check(const char *dir, const PaymentArgs *args, const BudgetMonitorConfig *config)
{
    BudgetCsvOptions *options = budget_csv_options_new();
    ToolProblems problems;
    BudgetDiagnostics *diag = tool_problems_new(&problems, stderr, TRUE);
    BudgetCsvFolder *folder = NULL;
    BudgetLedger *ledger = NULL;
    char *transactions = NULL;
    BudgetBook *book;
    const BudgetProject *project;
    BudgetSpendPolicy policy;
    bool control_plan;
    BudgetFen amount, executed = 0, budget, allowance;
    BudgetDate date;
    BudgetError err;
    WarnBox box = {FALSE, ""};
    size_t index;
    int status = TOOL_EXIT_USAGE, month = 0;
    char when[16];

    if (!budget_money_parse_unit(args->amount, -1, BUDGET_MONEY_UNIT_YUAN, &amount, &err)) {
        tool_errorf(_("--amount: %s"), err.message);
        goto out;
    }
    if (!budget_date_parse(args->date, -1, &date, &err)) {
        tool_errorf(_("--date: %s"), err.message);
        goto out;
    }
    if (!tool_set_encoding(options, args->encoding))
        goto out;
    /* The book and its adjustments; the ledger so far is built below. */
    budget_csv_options_set_files(options, BUDGET_CSV_FILE_ADJUSTMENTS);
    folder = budget_csv_folder_load(dir, date, options, diag, &err);
    if (folder == NULL) {
        tool_hint_year(&err);
        goto out;
    }
    book = budget_csv_folder_get_book(folder);
    if (!budget_book_get_project_index(book, args->code, &index)) {
        tool_errorf(_("--code: no project %s in %s"), args->code, dir);
        goto out;
    }
    ledger = budget_ledger_new(book, date, &err);
    if (ledger == NULL) {
        tool_print_problem(&err);
        goto out;
    }
    if (!budget_csv_find_file(dir, "transactions.csv", &transactions, &err)) {
        tool_print_problem(&err);
        goto out;
    }
    if (transactions != NULL) {
        SoFar so_far = {ledger, date, {0}, FALSE};
        gboolean read =
            budget_csv_read_transactions(book, transactions, options, record_so_far, &so_far, diag, &err);
        if (so_far.failed) {
            tool_print_problem(&so_far.error);
            goto out;
        }
        if (!read) /* in the list, printed already */
            goto out;
    }
    project = budget_book_get_project(book, args->code);
    budget_ledger_get_executed(ledger, index, &executed);
    if (!budget_book_get_adjusted_budget(book, args->code, date, &budget, &err)) {
        tool_print_problem(&err);
        goto out;
    }
    policy = budget_monitor_config_get_spend_policy(config, &control_plan);
    budget_date_format(date, when, sizeof when);

    printf(_("Payment check for %s (%s) on %s, policy %s%s\n"), args->code, budget_project_get_name(project),
           when, budget_spend_policy_to_string(policy),
           control_plan ? _(" against budget and plan") : _(" against budget"));
    print_money(_("paid up to the date (transactions)"), executed);
    print_money(_("this payment"), amount);
    {
        BudgetFen total;
        if (budget_money_add(executed, amount, &total))
            print_money(_("total with this payment"), total);
    }
    print_money(_("adjusted budget at the date"), budget);
    if (control_plan &&
        plan_allowance(project, budget_book_get_year(book), date, budget, &month, &allowance)) {
        char label[64];
        g_snprintf(label, sizeof label, _("plan allowance (checkpoint %02d月)"), month);
        print_money(label, allowance);
    }

    if (policy == BUDGET_SPEND_IGNORE) {
        printf(_("allowed: spending control is off (spend_policy = ignore)\n"));
        status = TOOL_EXIT_OK;
        goto out;
    }
    budget_ledger_set_policy(ledger, policy, control_plan);
    budget_ledger_set_warn_func(ledger, on_warning, &box);
    if (!budget_ledger_record(ledger, date, args->code, amount, BUDGET_SOURCE_FISCAL, &err)) {
        if (err.code == BUDGET_ERROR_RANGE) {
            printf(_("refused: %s\n"), err.message);
            status = TOOL_EXIT_ALERT;
        } else {
            tool_print_problem(&err);
        }
    } else if (box.warned) {
        printf(_("warning: %s\n"), box.message);
        status = TOOL_EXIT_ALERT;
    } else {
        printf(_("allowed\n"));
        status = TOOL_EXIT_OK;
    }
    budget_ledger_set_warn_func(ledger, NULL, NULL);
    if (status != TOOL_EXIT_USAGE) {
        int flushed = tool_flush_stdout();
        if (flushed != TOOL_EXIT_OK)
            status = flushed;
    }

out:
    budget_ledger_unref(ledger);
    budget_free(transactions);
    budget_csv_folder_free(folder);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return status;
}

int tool_cmd_check_payment(int argc, char **argv)
{
    PaymentArgs args = {0};
    GOptionEntry entries[] = {
        {"code", 0, 0, G_OPTION_ARG_FILENAME, &args.code, N_("The project code (required)"), "CODE"},
        {"amount", 0, 0, G_OPTION_ARG_FILENAME, &args.amount, N_("The payment in 元 (or 万元 with the unit)"),
         "MONEY"},
        {"date", 0, 0, G_OPTION_ARG_FILENAME, &args.date, N_("The payment date (required)"), "YYYY-MM-DD"},
        {"config", 0, 0, G_OPTION_ARG_FILENAME, &args.config,
         N_("Read spend_policy and control_plan from [monitor] (docs/config.md)"), "FILE"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &tool_quiet, N_("No notes on stderr"), NULL},
        {"encoding", 0, 0, G_OPTION_ARG_FILENAME, &args.encoding, N_("Input encoding (default: auto)"),
         "auto|UTF-8|GB18030"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *context = g_option_context_new(_("DIR - would this payment pass the spending control?"));
    BudgetMonitorConfig *config = budget_monitor_config_new();
    int status = TOOL_EXIT_USAGE;

    g_set_prgname("budget check-payment");
    g_option_context_set_translation_domain(context, GETTEXT_PACKAGE);
    g_option_context_add_main_entries(context, entries, NULL);
    g_option_context_set_description(
        context,
        _("Records the payments of transactions.csv dated up to --date, then checks this one as the "
          "ledger's\n"
          "spending control would (budget_ledger_set_policy): past the budget adjusted to\n"
          "its date, or (plan control) past the planned amount of the checkpoint that\n"
          "closes its period. The default policy is stop with plan control; a config\n"
          "file's [monitor] spend_policy (ignore, warn, stop) and control_plan change it.\n"
          "\n"
          "Examples:\n"
          "  budget check-payment examples/data --code GXQ-2024-001 --amount 50000 --date 2024-05-10\n"
          "\n"
          "Exit status: 0 allowed, 2 usage error or unreadable input, 3 refused (stop)\n"
          "or warned (warn)."));
    if (!tool_parse_args(context, "check-payment", &argc, &argv))
        goto out;
    if (args.code == NULL || args.amount == NULL || args.date == NULL) {
        tool_errorf(
            _("check-payment: --code, --amount and --date are required (try 'budget check-payment --help')"));
        goto out;
    }
    if (!tool_load_config(config, args.config))
        goto out;
    if (!tool_check_data_dir(argv[1]))
        goto out;
    status = run_check(argv[1], &args, config);

out:
    budget_monitor_config_free(config);
    g_option_context_free(context);
    g_free(args.code);
    g_free(args.amount);
    g_free(args.date);
    g_free(args.config);
    g_free(args.encoding);
    return status;
}
