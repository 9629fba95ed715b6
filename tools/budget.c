/* budget: the command-line front end of libbudget.
 *
 *     budget report DIR [options]     execution report at a date
 *     budget validate DIR [options]   every problem of every file
 *     budget score DIR [options]      self-evaluation scores, department ratios
 *     budget import DOC --out DIR     a published 绩效目标表 into a data folder
 *     budget monitor DIR [options]    双监控: money and goal colours, projection
 *     budget check-payment DIR ...    spending-control pre-check of one payment
 *     budget form KIND DIR [options]  the national forms (自评表, 运行监控表)
 *
 * Exit codes, the same for every subcommand: 0 success, 1 problems found,
 * 2 usage error or unreadable input, 3 alert (monitor: red, or yellow with
 * --fail-on yellow; check-payment: refused or warned). */
#include <locale.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "budget-tool.h"

static const char *const usage_text =
    N_("Usage: budget COMMAND [OPTION...] DIR\n"
       "\n"
       "Track how a department's budget is spent against plan.\n"
       "DIR holds projects.csv and optionally transactions.csv,\n"
       "adjustments.csv and indicators.csv.\n"
       "\n"
       "Commands:\n"
       "  report     execution rate, plan, time progress and status at a date\n"
       "  validate   list every problem in every file (FILE:LINE:COLUMN: message)\n"
       "  score      self-evaluation scores (绩效自评), indicators, department ratios\n"
       "  chart      an SVG chart: a project's S-curve, execution rate by unit or project\n"
       "  import     a 绩效目标表 (.docx or text export) into a data folder: import DOC --out DIR\n"
       "  monitor    双监控: money and goal colours, unit roll-ups, year-end projection\n"
       "  check-payment  would one payment pass the spending control?\n"
       "  form       the national forms: self-evaluation (自评表), monitoring (运行监控表)\n"
       "\n"
       "Options:\n"
       "  -h, --help      show this help\n"
       "  --version       show the version\n"
       "\n"
       "Run 'budget COMMAND --help' for the options of a command.\n"
       "\n"
       "Examples:\n"
       "  budget report examples/data --as-of 2024-06-30\n"
       "  budget monitor examples/data --as-of 2024-06-30 --fail-on yellow\n"
       "  budget check-payment examples/data --code GXQ-2024-001 --amount 50000 --date 2024-05-10\n"
       "  budget form self-evaluation examples/data --code GXQ-2024-001 --format csv\n"
       "\n"
       "--as-of defaults to today when today is in the book's year, else to\n"
       "31 December of the book's year; every output states its date.\n"
       "Under a Chinese locale (LANG=zh_CN.UTF-8) messages, help and the table,\n"
       "html and xlsx formats are in Chinese; csv, json and markdown keep English\n"
       "names unless --headers zh.\n"
       "Exit status: 0 success, 1 problems found, 2 usage error or unreadable input,\n"
       "3 alert (monitor found red or yellow, check-payment refused or warned).\n");

gboolean tool_quiet = FALSE;

gboolean tool_resolve_as_of(const char *dir, const char *text, const BudgetCsvOptions *options,
                            BudgetDate *out)
{
    BudgetDate today = budget_date_today();
    BudgetCsvOptions *book_options;
    BudgetBook *book;
    BudgetError err;
    int year = 0;

    if (text != NULL) {
        if (!budget_date_parse(text, -1, out, &err)) {
            tool_errorf(_("--as-of: %s"), err.message);
            return FALSE;
        }
        return TRUE;
    }
    /* The book alone (no transactions): its year decides the default. */
    book_options = options != NULL ? NULL : budget_csv_options_new();
    if (book_options != NULL)
        budget_csv_options_set_lenient(book_options, TRUE);
    book = budget_csv_load_book(dir, options != NULL ? options : book_options, NULL, NULL);
    if (book != NULL)
        year = budget_book_get_year(book);
    budget_book_unref(book);
    budget_csv_options_free(book_options);
    /* No year (or no book): 0, so that the load says what is missing. */
    if (year == 0)
        *out = 0;
    else if (budget_date_get_year(today) == year)
        *out = today;
    else if (!budget_date_from_ymd(year, 12, 31, out))
        *out = 0;
    return TRUE;
}

void tool_note_as_of(BudgetDate as_of)
{
    char date[16];

    /* For a person at a terminal; a script reads the date it passed, or the
     * JSON's "as_of", and keeps a clean stderr. */
    if (tool_quiet || !isatty(fileno(stderr)))
        return;
    budget_date_format(as_of, date, sizeof date);
    tool_errorf(_("as of %s"), date);
}

gboolean tool_load_config(BudgetMonitorConfig *config, const char *path)
{
    BudgetError err;

    if (path == NULL)
        return TRUE;
    if (!budget_monitor_config_load_file(config, path, &err)) {
        if (err.line > 0)
            tool_errorf("%s:%" G_GINT64_FORMAT ": %s", path, err.line, err.message);
        else
            tool_errorf("%s: %s", path, err.message);
        return FALSE;
    }
    return TRUE;
}

/* ---- Loading a folder, with progress on a terminal --------------------- */

/* A load is long enough to show progress from this size of transactions.csv. */
#define PROGRESS_MIN_BYTES (8 * 1024 * 1024)
#define PROGRESS_WIDTH 30

typedef struct {
    int fd;
    guint64 size, done;
    int shown; /* percent drawn, -1 before the first */
} Progress;

static void progress_draw(Progress *p)
{
    int pct = p->size > 0 ? (int)(p->done * 100 / p->size) : 100;
    char bar[PROGRESS_WIDTH + 1];

    if (pct == p->shown)
        return;
    p->shown = pct;
    for (int i = 0; i < PROGRESS_WIDTH; i++)
        bar[i] = i < pct * PROGRESS_WIDTH / 100 ? '#' : '.';
    bar[PROGRESS_WIDTH] = '\0';
    fputc('\r', stderr);
    fprintf(stderr, _("budget: reading transactions.csv [%s] %3d%%"), bar, pct);
    fflush(stderr);
}

/* The loader's read callback (BudgetReadFunc): the file's bytes, counted. */
static ptrdiff_t progress_read(void *buf, size_t size, void *user_data)
{
    Progress *p = user_data;
    ssize_t n;

    do
        n = read(p->fd, buf, size);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return -1;
    p->done += (guint64)n;
    progress_draw(p);
    return n;
}

BudgetCsvFolder *tool_load_folder(const char *dir, BudgetDate as_of, BudgetCsvOptions *options,
                                  unsigned files, BudgetDiagnostics *diag, BudgetError *err)
{
    BudgetCsvFolder *folder;
    char *path = NULL;
    struct stat st;
    gboolean ok;

    budget_csv_options_set_files(options, files);
    if ((files & BUDGET_CSV_FILE_TRANSACTIONS) == 0 || tool_quiet || !isatty(fileno(stderr)))
        return budget_csv_folder_load(dir, as_of, options, diag, err);
    /* The folder without its transactions, then transactions.csv through
     * the read callback, counted: what budget_csv_folder_load() does, in
     * two steps. */
    budget_csv_options_set_files(options, files & ~(unsigned)BUDGET_CSV_FILE_TRANSACTIONS);
    folder = budget_csv_folder_load(dir, as_of, options, diag, err);
    budget_csv_options_set_files(options, files);
    if (folder == NULL)
        return NULL;
    if (!budget_csv_find_file(dir, "transactions.csv", &path, err)) {
        if (diag != NULL)
            budget_diagnostics_add(diag, err, false);
        budget_csv_folder_free(folder);
        return NULL;
    }
    if (path == NULL)
        return folder;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= PROGRESS_MIN_BYTES) {
        Progress p = {open(path, O_RDONLY), (guint64)st.st_size, 0, -1};
        if (p.fd < 0) {
            ok = budget_csv_load_transactions(budget_csv_folder_get_ledger(folder), path, options, diag, err);
        } else {
            ok = budget_csv_load_transactions_callback(budget_csv_folder_get_ledger(folder), progress_read,
                                                       &p, path, options, diag, err);
            close(p.fd);
            fputs("\r\033[K", stderr); /* the bar is gone once the file is read */
        }
    } else {
        ok = budget_csv_load_transactions(budget_csv_folder_get_ledger(folder), path, options, diag, err);
    }
    budget_free(path);
    if (!ok) {
        budget_csv_folder_free(folder);
        return NULL;
    }
    return folder;
}

/* Our text is UTF-8 whatever the locale: GLib would otherwise transliterate
 * the help of a C-locale terminal to '?'. */
static void print_raw_stdout(const char *text)
{
    fputs(text, stdout);
}

static void print_raw_stderr(const char *text)
{
    fputs(text, stderr);
}

/* The command's messages in the user's language (LANG, LC_ALL,
 * LC_MESSAGES). BUDGET_LOCALEDIR points at an uninstalled catalogue tree
 * (the tests use the build's po/ that way). Our output is UTF-8 whatever
 * the locale's charset. */
static void tool_init_i18n(void)
{
    const char *dir = g_getenv("BUDGET_LOCALEDIR");

    bindtextdomain(GETTEXT_PACKAGE, dir != NULL && dir[0] != '\0' ? dir : LOCALEDIR);
    bind_textdomain_codeset(GETTEXT_PACKAGE, "UTF-8");
    textdomain(GETTEXT_PACKAGE);
}

int main(int argc, char **argv)
{
    const char *command;

    setlocale(LC_ALL, "");
    tool_init_i18n();
    g_set_print_handler(print_raw_stdout);
    g_set_printerr_handler(print_raw_stderr);

    if (argc < 2) {
        fputs(_(usage_text), stderr);
        return TOOL_EXIT_USAGE;
    }
    command = argv[1];
    if (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0 || strcmp(command, "help") == 0) {
        fputs(_(usage_text), stdout);
        return TOOL_EXIT_OK;
    }
    if (strcmp(command, "--version") == 0) {
        printf("budget (libbudget) %s\n", budget_version());
        return TOOL_EXIT_OK;
    }
    if (strcmp(command, "report") == 0)
        return tool_cmd_report(argc - 1, argv + 1);
    if (strcmp(command, "validate") == 0)
        return tool_cmd_validate(argc - 1, argv + 1);
    if (strcmp(command, "score") == 0)
        return tool_cmd_score(argc - 1, argv + 1);
    if (strcmp(command, "chart") == 0)
        return tool_cmd_chart(argc - 1, argv + 1);
    if (strcmp(command, "import") == 0)
        return tool_cmd_import(argc - 1, argv + 1);
    if (strcmp(command, "monitor") == 0)
        return tool_cmd_monitor(argc - 1, argv + 1);
    if (strcmp(command, "check-payment") == 0)
        return tool_cmd_check_payment(argc - 1, argv + 1);
    if (strcmp(command, "form") == 0)
        return tool_cmd_form(argc - 1, argv + 1);
    if (command[0] == '-')
        tool_errorf(_("unknown option '%s' (try 'budget --help')"), command);
    else
        tool_errorf(_("unknown command '%s' (try 'budget --help')"), command);
    return TOOL_EXIT_USAGE;
}
