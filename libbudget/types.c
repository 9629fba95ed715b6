/* types: the names of the enumerations of budget-types.h, which several
 * modules share, and the one lookup every _from_string() uses. */
#include "config.h"

#include <string.h>

#include "budget-private.h"

int budgetp_enum_lookup(const char *const *names, int n, const char *text)
{
    for (int i = 0; i < n; i++)
        if (names[i] != NULL && g_ascii_strcasecmp(text, names[i]) == 0)
            return i;
    return -1;
}

/* Each table is sized by the public count, so that a value added to an
 * enumeration without a name fails to compile (an excess initializer) or
 * shows as NULL in the tests that walk 0 .. _N - 1. */

static const char *const money_unit_names[BUDGET_MONEY_UNIT_N] = {"yuan", "wan", "yi"};

const char *budget_money_unit_to_string(BudgetMoneyUnit unit)
{
    g_return_val_if_fail((unsigned)unit < BUDGET_MONEY_UNIT_N, NULL);
    return money_unit_names[unit];
}

bool budget_money_unit_from_string(const char *text, BudgetMoneyUnit *out)
{
    /* The units as a table or a header writes them (预算数（万元）). */
    static const char *const chinese[BUDGET_MONEY_UNIT_N] = {"元", "万元", "亿元"};
    int i;

    g_return_val_if_fail(text != NULL, false);
    i = budgetp_enum_lookup(money_unit_names, BUDGET_MONEY_UNIT_N, text);
    if (i < 0)
        i = budgetp_enum_lookup(chinese, BUDGET_MONEY_UNIT_N, text);
    if (i < 0)
        return false;
    if (out != NULL)
        *out = (BudgetMoneyUnit)i;
    return true;
}

/* ---- Cells: sources and plan forms are read from CSV cells ------------ */

/* Trims ASCII white space by pointers (a source is read once per
 * transaction: no copy); false when nothing is left. */
static bool cell_bounds(const char *text, const char **start, size_t *len)
{
    const char *s = text, *e;

    while (g_ascii_isspace(*s))
        s++;
    e = s + strlen(s);
    while (e > s && g_ascii_isspace(e[-1]))
        e--;
    *start = s;
    *len = (size_t)(e - s);
    return *len > 0;
}

typedef struct {
    const char *text;
    int value;
} CellName;

/* @names ends with {NULL, 0}; English names match in any ASCII case, Chinese
 * ones byte for byte (ASCII case folding leaves them alone). */
static int cell_lookup(const CellName *names, const char *start, size_t len)
{
    for (size_t i = 0; names[i].text != NULL; i++)
        if (strlen(names[i].text) == len && g_ascii_strncasecmp(start, names[i].text, len) == 0)
            return names[i].value;
    return -1;
}

static const char *const source_names[BUDGET_SOURCE_N] = {"fiscal", "carryover", "other"};

const char *budget_source_to_string(BudgetSource source)
{
    g_return_val_if_fail((unsigned)source < BUDGET_SOURCE_N, NULL);
    return source_names[source];
}

bool budget_source_from_string(const char *text, BudgetSource *out)
{
    static const CellName names[] = {
        {"fiscal", BUDGET_SOURCE_FISCAL},
        {"carryover", BUDGET_SOURCE_CARRYOVER},
        {"other", BUDGET_SOURCE_OTHER},
        {"财政", BUDGET_SOURCE_FISCAL},
        {"财政资金", BUDGET_SOURCE_FISCAL},
        {"本年财政拨款", BUDGET_SOURCE_FISCAL},
        {"上年结转", BUDGET_SOURCE_CARRYOVER},
        {"结转", BUDGET_SOURCE_CARRYOVER},
        {"其他", BUDGET_SOURCE_OTHER},
        {"其他资金", BUDGET_SOURCE_OTHER},
        {NULL, 0},
    };
    const char *start;
    size_t len;
    int i;

    g_return_val_if_fail(text != NULL, false);
    /* A blank source cell means fiscal, the column's default. */
    i = cell_bounds(text, &start, &len) ? cell_lookup(names, start, len) : BUDGET_SOURCE_FISCAL;
    if (i < 0)
        return false;
    if (out != NULL)
        *out = (BudgetSource)i;
    return true;
}

static const char *const plan_form_names[BUDGET_PLAN_FORM_N] = {"auto", "cumulative", "incremental"};

const char *budget_plan_form_to_string(BudgetPlanForm form)
{
    g_return_val_if_fail((unsigned)form < BUDGET_PLAN_FORM_N, NULL);
    return plan_form_names[form];
}

bool budget_plan_form_from_string(const char *text, BudgetPlanForm *out)
{
    static const CellName names[] = {
        {"auto", BUDGET_PLAN_FORM_AUTO},
        {"cumulative", BUDGET_PLAN_FORM_CUMULATIVE},
        {"incremental", BUDGET_PLAN_FORM_INCREMENTAL},
        {"自动", BUDGET_PLAN_FORM_AUTO},
        {"累计", BUDGET_PLAN_FORM_CUMULATIVE},
        {"累计数", BUDGET_PLAN_FORM_CUMULATIVE},
        {"分期", BUDGET_PLAN_FORM_INCREMENTAL},
        {"增量", BUDGET_PLAN_FORM_INCREMENTAL},
        {NULL, 0},
    };
    const char *start;
    size_t len;
    int i;

    g_return_val_if_fail(text != NULL, false);
    /* A blank plan_form cell means auto, the column's default. */
    i = cell_bounds(text, &start, &len) ? cell_lookup(names, start, len) : BUDGET_PLAN_FORM_AUTO;
    if (i < 0)
        return false;
    if (out != NULL)
        *out = (BudgetPlanForm)i;
    return true;
}

/* ---- Names only --------------------------------------------------------- */

static const char *const plan_method_names[BUDGET_PLAN_METHOD_N] = {"step", "linear"};
BUDGETP_DEFINE_ENUM_NAMES(budget_plan_method, BudgetPlanMethod, method, BUDGET_PLAN_METHOD_N,
                          plan_method_names)

static const char *const time_method_names[BUDGET_TIME_METHOD_N] = {"days", "months"};
BUDGETP_DEFINE_ENUM_NAMES(budget_time_method, BudgetTimeMethod, method, BUDGET_TIME_METHOD_N,
                          time_method_names)

static const char *const denominator_names[BUDGET_DENOMINATOR_N] = {"adjusted", "original"};
BUDGETP_DEFINE_ENUM_NAMES(budget_denominator, BudgetDenominator, denominator, BUDGET_DENOMINATOR_N,
                          denominator_names)

static const char *const status_names[BUDGET_STATUS_N] = {
    [BUDGET_STATUS_ON_TRACK] = "on_track", [BUDGET_STATUS_AHEAD] = "ahead",
    [BUDGET_STATUS_BEHIND] = "behind",     [BUDGET_STATUS_SERIOUSLY_BEHIND] = "seriously_behind",
    [BUDGET_STATUS_NO_PLAN] = "no_plan",   [BUDGET_STATUS_OVER_BUDGET] = "over_budget",
};
BUDGETP_DEFINE_ENUM_NAMES(budget_status, BudgetStatus, status, BUDGET_STATUS_N, status_names)

static const char *const level_names[BUDGET_LEVEL_N] = {"project", "unit", "department"};
BUDGETP_DEFINE_ENUM_NAMES(budget_level, BudgetLevel, level, BUDGET_LEVEL_N, level_names)

static const char *const spend_policy_names[BUDGET_SPEND_POLICY_N] = {"ignore", "warn", "stop"};
BUDGETP_DEFINE_ENUM_NAMES(budget_spend_policy, BudgetSpendPolicy, policy, BUDGET_SPEND_POLICY_N,
                          spend_policy_names)
