/* department: the ratios of the 部门整体绩效目标 forms (预算调整率 …), from
 * the book, the ledger and the figures of department.csv. Every ratio is
 * one exact 128-bit division rounded half away from zero to a basis point. */
#include "config.h"

#include <string.h>

#include "budget-private.h"
#include "department-private.h"

/* ---- Department inputs and ratios ------------------------------------- */

typedef struct {
    const char *name;
    bool is_count;
    const char *chinese[4];
} ItemInfo;

/* English names and the Chinese ones of 部门整体 forms. */
static const ItemInfo items[BUDGET_DEPARTMENT_ITEM_N] = {
    {"carryover_last_year", false, {"上年结转结余", "上年结转结余资金", "上年结转", NULL}},
    {"carryover_this_year", false, {"本年结转结余", "年末结转结余", "本年结转结余资金", "结转结余"}},
    {"special_funds_total", false, {"专项资金总额", "专项资金", NULL, NULL}},
    {"special_funds_detailed", false, {"已细化专项资金", "专项资金细化额", "已细化到项目的专项资金", NULL}},
    {"procurement_planned", false, {"政府采购预算", "政府采购计划", "计划采购金额", NULL}},
    {"procurement_actual", false, {"政府采购实际", "实际采购金额", "政府采购实际金额", NULL}},
    {"public_expense", false, {"公用经费", "本年公用经费", NULL, NULL}},
    {"public_expense_last_year", false, {"上年公用经费", NULL, NULL, NULL}},
    {"staff_actual", true, {"在职人数", "实有人数", "本年在职人数", "在职人员数"}},
    {"staff_last_year", true, {"上年在职人数", "上年实有人数", NULL, NULL}},
    {"staff_authorised", true, {"编制数", "编制人数", "核定编制数", NULL}},
    {"sangong_expense", false, {"三公经费", "本年三公经费", "“三公”经费", "\"三公\"经费"}},
    {"sangong_expense_last_year", false, {"上年三公经费", "上年“三公”经费", "上年\"三公\"经费", NULL}},
    {"cost_budget", false, {"成本预算", "预算成本", NULL, NULL}},
    {"cost_actual", false, {"实际成本", "实际支出成本", NULL, NULL}},
};

static bool item_valid(BudgetDepartmentItem item)
{
    return (int)item >= 0 && (int)item < BUDGET_DEPARTMENT_ITEM_N;
}

bool budget_department_item_from_string(const char *name, BudgetDepartmentItem *out)
{
    g_return_val_if_fail(name != NULL, false);
    for (int i = 0; i < BUDGET_DEPARTMENT_ITEM_N; i++) {
        /* American spelling accepted too. */
        bool match =
            g_ascii_strcasecmp(name, items[i].name) == 0 ||
            (i == BUDGET_DEPARTMENT_STAFF_AUTHORISED && g_ascii_strcasecmp(name, "staff_authorized") == 0);
        for (int k = 0; !match && k < 4 && items[i].chinese[k] != NULL; k++)
            match = strcmp(name, items[i].chinese[k]) == 0;
        if (match) {
            if (out != NULL)
                *out = (BudgetDepartmentItem)i;
            return true;
        }
    }
    return false;
}

const char *budget_department_item_to_string(BudgetDepartmentItem item)
{
    g_return_val_if_fail(item_valid(item), NULL);
    return items[item].name;
}

bool budget_department_item_is_count(BudgetDepartmentItem item)
{
    return item_valid(item) && items[item].is_count;
}

BudgetDepartmentInputs *budget_department_inputs_new(void)
{
    return g_new0(BudgetDepartmentInputs, 1);
}

void budget_department_inputs_free(BudgetDepartmentInputs *inputs)
{
    g_free(inputs);
}

bool budget_department_inputs_set(BudgetDepartmentInputs *inputs, BudgetDepartmentItem item, int64_t value,
                                  BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(inputs != NULL, false, error);
    budgetp_return_val_if_fail(item_valid(item), false, error);
    if (items[item].is_count && value < 0) {
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, items[item].name,
                          "%s is a head count and cannot be negative", items[item].name);
        return false;
    }
    inputs->given[item] = true;
    inputs->value[item] = value;
    return true;
}

bool budget_department_inputs_get(const BudgetDepartmentInputs *inputs, BudgetDepartmentItem item,
                                  int64_t *out)
{
    if (inputs == NULL || !item_valid(item) || !inputs->given[item])
        return false;
    if (out != NULL)
        *out = inputs->value[item];
    return true;
}

static const char *const ratio_names[BUDGET_DEPARTMENT_RATIO_N][2] = {
    {"budget_adjustment_rate", "预算调整率"},
    {"carryover_rate", "结转结余率"},
    {"carryover_change_rate", "结转结余变动率"},
    {"special_funds_detail_rate", "专项资金细化率"},
    {"procurement_execution_rate", "政府采购执行率"},
    {"cost_saving_rate", "成本节约率"},
    {"public_expense_per_head_change_rate", "人均公用经费变动率"},
    {"sangong_change_rate", "三公经费变动率"},
    {"staff_control_rate", "在职人员控制率"},
};

const char *budget_department_ratio_to_string(BudgetDepartmentRatio ratio)
{
    g_return_val_if_fail((int)ratio >= 0 && (int)ratio < BUDGET_DEPARTMENT_RATIO_N, NULL);
    return ratio_names[ratio][0];
}

const char *budget_department_ratio_to_chinese(BudgetDepartmentRatio ratio)
{
    g_return_val_if_fail((int)ratio >= 0 && (int)ratio < BUDGET_DEPARTMENT_RATIO_N, NULL);
    return ratio_names[ratio][1];
}

bool budget_department_ratio_from_string(const char *name, BudgetDepartmentRatio *out)
{
    g_return_val_if_fail(name != NULL, false);
    for (int i = 0; i < BUDGET_DEPARTMENT_RATIO_N; i++) {
        if (g_ascii_strcasecmp(name, ratio_names[i][0]) == 0 || strcmp(name, ratio_names[i][1]) == 0) {
            if (out != NULL)
                *out = (BudgetDepartmentRatio)i;
            return true;
        }
    }
    return false;
}

static const char *const reason_names[BUDGET_DEPARTMENT_REASON_N] = {
    "ok", "not_given", "zero_denominator", "negative_denominator", "overflow", "invalid",
};

const char *budget_department_reason_to_string(BudgetDepartmentReason reason)
{
    g_return_val_if_fail((int)reason >= 0 && (int)reason < BUDGET_DEPARTMENT_REASON_N, NULL);
    return reason_names[reason];
}

bool budget_department_reason_from_string(const char *name, BudgetDepartmentReason *out)
{
    g_return_val_if_fail(name != NULL, false);
    for (int i = 0; i < BUDGET_DEPARTMENT_REASON_N; i++) {
        if (g_ascii_strcasecmp(name, reason_names[i]) == 0) {
            if (out != NULL)
                *out = (BudgetDepartmentReason)i;
            return true;
        }
    }
    return false;
}

/* The book's totals at the ledger's as-of date, exact in 128 bits;
 * additions and cuts are Σ 追加 and Σ |追减| dated on or before it. */
typedef struct {
    __int128 original, adjusted, executed, additions, cuts;
} BookSums;

/* Fails only when a project's adjusted budget does not fit (@error names
 * the adjustment). */
static bool book_sums(const BudgetLedger *ledger, BookSums *s, BudgetError *error)
{
    const BudgetBook *book = budget_ledger_get_book(ledger);
    BudgetDate as_of = budget_ledger_get_as_of(ledger);

    memset(s, 0, sizeof *s);
    for (size_t i = 0; i < budget_book_get_n_projects(book); i++) {
        const BudgetProject *p = budget_book_get_project_nth(book, i);
        BudgetFen adjusted, executed = 0;

        if (!budget_book_get_adjusted_budget(book, budget_project_get_code(p), as_of, &adjusted, error))
            return false;
        budget_ledger_get_executed(ledger, i, &executed); /* 0 for a project the ledger does not track */
        s->original += budget_project_get_budget(p);
        s->adjusted += adjusted;
        s->executed += executed;
    }
    for (size_t i = 0; i < budget_book_get_n_adjustments(book); i++) {
        BudgetDate date;
        BudgetFen amount;

        budget_book_get_adjustment_nth(book, i, &date, NULL, &amount, NULL);
        if (date > as_of)
            continue;
        if (amount > 0)
            s->additions += amount;
        else
            s->cuts -= (__int128)amount;
    }
    return true;
}

/* n ÷ d in bp, or why not. */
static BudgetDepartmentReason ratio_bp(BudgetDepartmentRatio ratio, __int128 n, __int128 d, int64_t *out,
                                       BudgetError *error)
{
    __int128 q;

    if (d == 0)
        return BUDGET_DEPARTMENT_REASON_ZERO_DENOMINATOR;
    if (d < 0)
        return BUDGET_DEPARTMENT_REASON_NEGATIVE_DENOMINATOR;
    /* |n| < 2^100 keeps n × 10000 inside 128 bits. */
    if (n <= ((__int128)1 << 100) && n >= -((__int128)1 << 100)) {
        q = budgetp_div_round(n * 10000, d);
        if (q <= INT64_MAX && q >= INT64_MIN) {
            *out = (int64_t)q;
            return BUDGET_DEPARTMENT_REASON_OK;
        }
    }
    budgetp_error_set(error, BUDGET_ERROR_OVERFLOW, NULL, 0, 0, ratio_names[ratio][0],
                      "%s (%s): the ratio does not fit in 64 bits of basis points", ratio_names[ratio][0],
                      ratio_names[ratio][1]);
    return BUDGET_DEPARTMENT_REASON_OVERFLOW;
}

/* The book totals a ratio may use: none without a ledger, or the error
 * that kept them from being computed. */
typedef struct {
    bool have_ledger;
    bool ok;
    BookSums sums;
    BudgetError failure; /* when have_ledger && !ok */
} BookTotals;

static void book_totals(const BudgetLedger *ledger, BookTotals *t)
{
    memset(t, 0, sizeof *t);
    budget_error_clear(&t->failure);
    t->have_ledger = ledger != NULL;
    t->ok = ledger != NULL && book_sums(ledger, &t->sums, &t->failure);
}

static const char *const measure_names[BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N][2] = {
    {"gross", "libbudget's default, its own choice: a signed rate gives a budget cut full marks under the "
              "step bands forms use (0 -> 3 points ...); no published formula verified"},
    {"net", "the signed formula (year-end budget - original) / original that some published forms write; "
            "source not verified"},
    {"additions", "additions (追加) only, as forms that control added budget count it; source not verified"},
};

const char *budget_department_adjustment_measure_to_string(BudgetDepartmentAdjustmentMeasure measure)
{
    g_return_val_if_fail((int)measure >= 0 && (int)measure < BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N, NULL);
    return measure_names[measure][0];
}

bool budget_department_adjustment_measure_from_string(const char *text,
                                                      BudgetDepartmentAdjustmentMeasure *out)
{
    g_return_val_if_fail(text != NULL, false);
    for (int i = 0; i < BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N; i++) {
        if (g_ascii_strcasecmp(text, measure_names[i][0]) == 0) {
            if (out != NULL)
                *out = (BudgetDepartmentAdjustmentMeasure)i;
            return true;
        }
    }
    return false;
}

const char *budget_department_adjustment_measure_get_source(BudgetDepartmentAdjustmentMeasure measure)
{
    if ((int)measure < 0 || (int)measure >= BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N)
        return NULL;
    return measure_names[measure][1];
}

/* 预算调整率's numerator under @measure (0 <= measure < N). */
static __int128 adjustment_numerator(const BookSums *s, BudgetDepartmentAdjustmentMeasure measure)
{
    switch (measure) {
    case BUDGET_DEPARTMENT_ADJUSTMENT_NET:
        return s->adjusted - s->original; /* = additions − cuts */
    case BUDGET_DEPARTMENT_ADJUSTMENT_ADDITIONS:
        return s->additions;
    default:
        return s->additions + s->cuts;
    }
}

/* One ratio from the book totals @t and @inputs. Only a ratio that uses the
 * book can fail on it. */
static BudgetDepartmentReason department_ratio(const BookTotals *t, const BudgetDepartmentInputs *inputs,
                                               BudgetDepartmentRatio ratio, int64_t *out_bp,
                                               BudgetError *error)
{
    const BudgetDepartmentReason not_given = BUDGET_DEPARTMENT_REASON_NOT_GIVEN;
    const BookSums *s = t->ok ? &t->sums : NULL;
    int64_t a, b, c, d;
    bool uses_book;

    switch (ratio) {
    case BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT:
    case BUDGET_DEPARTMENT_CARRYOVER_RATE:
        uses_book = true;
        break;
    case BUDGET_DEPARTMENT_CARRYOVER_CHANGE:
        uses_book = !budget_department_inputs_get(inputs, BUDGET_DEPARTMENT_CARRYOVER_THIS_YEAR, NULL) &&
                    budget_department_inputs_get(inputs, BUDGET_DEPARTMENT_CARRYOVER_LAST_YEAR, NULL);
        break;
    case BUDGET_DEPARTMENT_COST_SAVING:
        uses_book = !budget_department_inputs_get(inputs, BUDGET_DEPARTMENT_COST_BUDGET, NULL) ||
                    !budget_department_inputs_get(inputs, BUDGET_DEPARTMENT_COST_ACTUAL, NULL);
        break;
    default:
        uses_book = false;
        break;
    }
    if (uses_book && t->have_ledger && !t->ok) {
        if (error != NULL && error->code == BUDGET_ERROR_OK)
            *error = t->failure;
        return BUDGET_DEPARTMENT_REASON_OVERFLOW;
    }

#define GET(item, var) budget_department_inputs_get(inputs, BUDGET_DEPARTMENT_##item, &(var))
#define RATIO(n, den) ratio_bp(ratio, (n), (den), out_bp, error)
    switch (ratio) {
    case BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT:
        return s != NULL ? RATIO(adjustment_numerator(s, BUDGET_DEPARTMENT_ADJUSTMENT_GROSS), s->original)
                         : not_given;
    case BUDGET_DEPARTMENT_CARRYOVER_RATE:
        if (s == NULL)
            return not_given;
        if (GET(CARRYOVER_THIS_YEAR, a))
            return RATIO(a, s->adjusted);
        return RATIO(s->adjusted - s->executed, s->adjusted);
    case BUDGET_DEPARTMENT_CARRYOVER_CHANGE: {
        __int128 now;
        if (!GET(CARRYOVER_LAST_YEAR, b))
            return not_given;
        if (GET(CARRYOVER_THIS_YEAR, a))
            now = a;
        else if (s != NULL)
            now = s->adjusted - s->executed;
        else
            return not_given;
        return RATIO(now - b, b);
    }
    case BUDGET_DEPARTMENT_SPECIAL_FUNDS_DETAIL:
        return GET(SPECIAL_FUNDS_DETAILED, a) && GET(SPECIAL_FUNDS_TOTAL, b) ? RATIO(a, b) : not_given;
    case BUDGET_DEPARTMENT_PROCUREMENT_EXECUTION:
        return GET(PROCUREMENT_ACTUAL, a) && GET(PROCUREMENT_PLANNED, b) ? RATIO(a, b) : not_given;
    case BUDGET_DEPARTMENT_COST_SAVING:
        if (GET(COST_BUDGET, b) && GET(COST_ACTUAL, a))
            return RATIO((__int128)b - a, b);
        return s != NULL ? RATIO(s->adjusted - s->executed, s->adjusted) : not_given;
    case BUDGET_DEPARTMENT_PUBLIC_EXPENSE_CHANGE:
        /* (a/c − b/d) ÷ (b/d) = (a·d − b·c) ÷ (b·c), with a, b the expenses
         * and c, d the head counts of this and last year. A head count of
         * 0 leaves a per-head figure undefined: a zero denominator. */
        if (!GET(PUBLIC_EXPENSE, a) || !GET(PUBLIC_EXPENSE_LAST_YEAR, b) || !GET(STAFF_ACTUAL, c) ||
            !GET(STAFF_LAST_YEAR, d))
            return not_given;
        if (c <= 0 || d <= 0)
            return BUDGET_DEPARTMENT_REASON_ZERO_DENOMINATOR;
        return RATIO((__int128)a * d - (__int128)b * c, (__int128)b * c);
    case BUDGET_DEPARTMENT_SANGONG_CHANGE:
        return GET(SANGONG_EXPENSE, a) && GET(SANGONG_EXPENSE_LAST_YEAR, b) ? RATIO((__int128)a - b, b)
                                                                            : not_given;
    case BUDGET_DEPARTMENT_STAFF_CONTROL:
        return GET(STAFF_ACTUAL, a) && GET(STAFF_AUTHORISED, b) ? RATIO(a, b) : not_given;
    default:
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                          "unknown department ratio %d", (int)ratio);
        return BUDGET_DEPARTMENT_REASON_INVALID;
    }
#undef RATIO
#undef GET
}

BudgetDepartmentReason budget_department_ratio_full(const BudgetLedger *ledger,
                                                    const BudgetDepartmentInputs *inputs,
                                                    BudgetDepartmentRatio ratio, int64_t *out_bp,
                                                    BudgetError *error)
{
    BookTotals t;

    budget_error_clear(error);
    budgetp_return_val_if_fail(out_bp != NULL, BUDGET_DEPARTMENT_REASON_INVALID, error);
    book_totals(ledger, &t);
    return department_ratio(&t, inputs, ratio, out_bp, error);
}

BudgetDepartmentReason budget_department_adjustment_rate(const BudgetLedger *ledger,
                                                         BudgetDepartmentAdjustmentMeasure measure,
                                                         int64_t *out_bp, BudgetError *error)
{
    BookTotals t;

    budget_error_clear(error);
    budgetp_return_val_if_fail(out_bp != NULL, BUDGET_DEPARTMENT_REASON_INVALID, error);
    budgetp_return_val_if_fail((int)measure >= 0 && (int)measure < BUDGET_DEPARTMENT_ADJUSTMENT_MEASURE_N,
                               BUDGET_DEPARTMENT_REASON_INVALID, error);
    book_totals(ledger, &t);
    if (!t.have_ledger)
        return BUDGET_DEPARTMENT_REASON_NOT_GIVEN;
    if (!t.ok) {
        if (error != NULL)
            *error = t.failure;
        return BUDGET_DEPARTMENT_REASON_OVERFLOW;
    }
    return ratio_bp(BUDGET_DEPARTMENT_BUDGET_ADJUSTMENT, adjustment_numerator(&t.sums, measure),
                    t.sums.original, out_bp, error);
}

bool budget_department_ratio(const BudgetLedger *ledger, const BudgetDepartmentInputs *inputs,
                             BudgetDepartmentRatio ratio, int64_t *out_bp)
{
    g_return_val_if_fail(out_bp != NULL, false);
    return budget_department_ratio_full(ledger, inputs, ratio, out_bp, NULL) == BUDGET_DEPARTMENT_REASON_OK;
}

void budgetp_department_check(const BudgetLedger *ledger, const BudgetDepartmentInputs *inputs,
                              bool book_totals_fit, BudgetDiagnostics *diag)
{
    BookTotals t;

    /* The ratios never fail (an undefined one is a reason in its cell), so
     * they are checked at the ledger's as-of date only; one that overflows
     * is a warning. The book totals they use are the adjusted budgets, whose
     * overflows at every date the caller has reported: then
     * (@book_totals_fit false) the ratios on the book are left out rather
     * than named once more. */
    book_totals(book_totals_fit ? ledger : NULL, &t);
    for (int r = 0; r < BUDGET_DEPARTMENT_RATIO_N; r++) {
        BudgetError sub;
        int64_t bp;

        budget_error_clear(&sub);
        if (department_ratio(&t, inputs, (BudgetDepartmentRatio)r, &bp, &sub) ==
            BUDGET_DEPARTMENT_REASON_OVERFLOW)
            budget_diagnostics_add(diag, &sub, true);
    }
}
