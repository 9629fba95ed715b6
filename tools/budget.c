/* budget: the command-line front end of libbudget.
 *
 *     budget report DIR [options]     execution report at a date
 *     budget validate DIR [options]   every problem of every file
 *     budget score DIR [options]      self-evaluation scores, department ratios
 *
 * Exit codes: 0 success, 1 validate found errors, 2 usage error or
 * unreadable input. */
#include <locale.h>
#include <string.h>

#include "budget-tool.h"

static const char usage_text[] =
    "Usage: budget COMMAND [OPTION...] DIR\n"
    "\n"
    "Track how a department's budget is spent against plan.\n"
    "DIR holds projects.csv and optionally transactions.csv,\n"
    "adjustments.csv and indicators.csv.\n"
    "\n"
    "Commands:\n"
    "  report     execution rate, plan, time progress and status at a date\n"
    "  validate   list every problem in every file (FILE:LINE:COLUMN: message)\n"
    "  score      self-evaluation scores (绩效自评), indicators, department ratios\n"
    "\n"
    "Options:\n"
    "  -h, --help      show this help\n"
    "  --version       show the version\n"
    "\n"
    "Run 'budget COMMAND --help' for the options of a command.\n"
    "Exit status: 0 success, 1 validate found errors, 2 usage error or unreadable input.\n";

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
        fputs(usage_text, stderr);
        return TOOL_EXIT_USAGE;
    }
    command = argv[1];
    if (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0 || strcmp(command, "help") == 0) {
        fputs(usage_text, stdout);
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
    if (command[0] == '-')
        tool_errorf("unknown option '%s' (try 'budget --help')", command);
    else
        tool_errorf("unknown command '%s' (try 'budget --help')", command);
    return TOOL_EXIT_USAGE;
}
