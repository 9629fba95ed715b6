/* target: the BudgetTarget object (DESIGN.md "Indicators"): its lifetime,
 * its getters and the names of its enums. Reading a target text is
 * target-lex.c and target-parse.c; judging an actual is target-eval.c (see
 * target-private.h for how they fit together). */
#include "config.h"

#include <string.h>

#include "target-private.h"

void budgetp_target_clear(gpointer data)
{
    BudgetTarget *t = data;

    g_free(t->text);
    g_free(t->reason);
    g_free(t->glued);
    g_free(t->label);
    g_free(t->unit);
    g_free(t->unit_key);
}

BudgetTarget *budget_target_ref(BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, NULL);
    return g_atomic_rc_box_acquire(target);
}

void budget_target_unref(BudgetTarget *target)
{
    if (target != NULL)
        g_atomic_rc_box_release_full(target, budgetp_target_clear);
}

/* ---------------------------------------------------------------------
 * Getters
 * ------------------------------------------------------------------- */

const char *budget_target_get_text(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, NULL);
    return target->text;
}

BudgetTargetKind budget_target_get_kind(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, BUDGET_TARGET_UNPARSED);
    return target->kind;
}

const char *budget_target_get_reason(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, NULL);
    return target->kind == BUDGET_TARGET_UNPARSED ? target->reason : NULL;
}

BudgetTargetReason budget_target_get_reason_code(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, BUDGET_TARGET_REASON_NONE);
    return target->kind == BUDGET_TARGET_UNPARSED ? target->reason_code : BUDGET_TARGET_REASON_NONE;
}

BudgetTargetComparator budget_target_get_comparator(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, BUDGET_TARGET_CMP_NONE);
    return target->kind == BUDGET_TARGET_NUMBER ? target->cmp : BUDGET_TARGET_CMP_NONE;
}

bool budget_target_comparator_is_implied(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, false);
    return target->kind == BUDGET_TARGET_NUMBER && target->implied;
}

BudgetTargetDirection budget_target_get_direction(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, BUDGET_TARGET_DIRECTION_NONE);
    return target->direction;
}

bool budget_target_get_value(const BudgetTarget *target, int64_t *out_value)
{
    g_return_val_if_fail(target != NULL, false);
    g_return_val_if_fail(out_value != NULL, false);
    if (target->kind != BUDGET_TARGET_NUMBER)
        return false;
    *out_value = target->value;
    return true;
}

bool budget_target_get_value_double(const BudgetTarget *target, double *out_value)
{
    g_return_val_if_fail(target != NULL, false);
    g_return_val_if_fail(out_value != NULL, false);
    if (target->kind != BUDGET_TARGET_NUMBER)
        return false;
    *out_value = (double)target->value / (target->unit_class == BUDGET_TARGET_UNIT_MONEY ? 100.0 : 1e6);
    return true;
}

bool budget_target_get_range(const BudgetTarget *target, int64_t *out_low, int64_t *out_high)
{
    g_return_val_if_fail(target != NULL, false);
    if (target->kind != BUDGET_TARGET_RANGE)
        return false;
    if (out_low != NULL)
        *out_low = target->low;
    if (out_high != NULL)
        *out_high = target->high;
    return true;
}

BudgetTargetUnitClass budget_target_get_unit_class(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, BUDGET_TARGET_UNIT_NONE);
    return target->unit_class;
}

const char *budget_target_get_unit(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, NULL);
    return target->unit;
}

const char *budget_target_get_label(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, NULL);
    return target->label;
}

bool budget_target_get_deadline(const BudgetTarget *target, BudgetDate *out_date)
{
    g_return_val_if_fail(target != NULL, false);
    g_return_val_if_fail(out_date != NULL, false);
    if (target->kind != BUDGET_TARGET_DEADLINE)
        return false;
    *out_date = target->deadline;
    return true;
}

const char *budget_target_get_keyword(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, NULL);
    return target->kind == BUDGET_TARGET_QUALITATIVE ? target->keyword : NULL;
}

size_t budget_target_get_n_tiers(const BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, 0);
    return target->kind == BUDGET_TARGET_TIERS ? target->n_tiers : 0;
}

bool budget_target_get_tier(const BudgetTarget *target, size_t index, BudgetTargetGrade *out_grade,
                            BudgetTargetComparator *out_cmp, int64_t *out_threshold)
{
    g_return_val_if_fail(target != NULL, false);
    if (target->kind != BUDGET_TARGET_TIERS || index >= target->n_tiers)
        return false;
    if (out_grade != NULL)
        *out_grade = target->tiers[index].grade;
    if (out_cmp != NULL)
        *out_cmp = target->tiers[index].cmp;
    if (out_threshold != NULL)
        *out_threshold = target->tiers[index].threshold;
    return true;
}

/* ---------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------- */

static const char *const kind_names[BUDGET_TARGET_KIND_N] = {"unparsed", "number",      "range",
                                                             "deadline", "qualitative", "tiers"};
BUDGETP_DEFINE_ENUM_NAMES(budget_target_kind, BudgetTargetKind, kind, BUDGET_TARGET_KIND_N, kind_names)

static const char *const comparator_names[BUDGET_TARGET_COMPARATOR_N] = {"", "=", "≥", ">", "≤", "<"};
BUDGETP_DEFINE_ENUM_NAMES(budget_target_comparator, BudgetTargetComparator, cmp, BUDGET_TARGET_COMPARATOR_N,
                          comparator_names)

static const char *const direction_names[BUDGET_TARGET_DIRECTION_N] = {"none", "higher", "lower", "exact"};
BUDGETP_DEFINE_ENUM_NAMES(budget_target_direction, BudgetTargetDirection, direction,
                          BUDGET_TARGET_DIRECTION_N, direction_names)

static const char *const unit_class_names[BUDGET_TARGET_UNIT_CLASS_N] = {"none", "percent", "count", "money"};
BUDGETP_DEFINE_ENUM_NAMES(budget_target_unit_class, BudgetTargetUnitClass, unit_class,
                          BUDGET_TARGET_UNIT_CLASS_N, unit_class_names)

static const char *const result_names[BUDGET_TARGET_RESULT_N] = {
    "met", "partly_met", "not_met", "not_reported", "not_applicable", "cannot_evaluate"};
BUDGETP_DEFINE_ENUM_NAMES(budget_target_result, BudgetTargetResult, result, BUDGET_TARGET_RESULT_N,
                          result_names)

static const char *const grade_names[BUDGET_TARGET_GRADE_N] = {"", "优", "良", "中", "差"};
BUDGETP_DEFINE_ENUM_NAMES(budget_target_grade, BudgetTargetGrade, grade, BUDGET_TARGET_GRADE_N, grade_names)

/* Sized by the public count, so that a new reason cannot be left unnamed. */
static const char *const reason_names[BUDGET_TARGET_REASON_N] = {
    [BUDGET_TARGET_REASON_NONE] = "none",
    [BUDGET_TARGET_REASON_EMPTY] = "empty",
    [BUDGET_TARGET_REASON_NO_CONTENT] = "no_content",
    [BUDGET_TARGET_REASON_UNKNOWN_UNIT] = "unknown_unit",
    [BUDGET_TARGET_REASON_NUMBER_TOO_LARGE] = "number_too_large",
    [BUDGET_TARGET_REASON_NUMBER_TOO_PRECISE] = "number_too_precise",
    [BUDGET_TARGET_REASON_MORE_THAN_ONE_NUMBER] = "more_than_one_number",
    [BUDGET_TARGET_REASON_CONFLICTING_COMPARATORS] = "conflicting_comparators",
    [BUDGET_TARGET_REASON_COMPARATOR_WITHOUT_NUMBER] = "comparator_without_number",
    [BUDGET_TARGET_REASON_COMPARATOR_AWAY] = "comparator_away",
    [BUDGET_TARGET_REASON_UNIT_WITHOUT_NUMBER] = "unit_without_number",
    [BUDGET_TARGET_REASON_UNIT_AWAY] = "unit_away",
    [BUDGET_TARGET_REASON_NUMBER_IN_WORDS] = "number_in_words",
    [BUDGET_TARGET_REASON_RANGE_UNCLOSED] = "range_unclosed",
    [BUDGET_TARGET_REASON_RANGE_WITH_COMPARATOR] = "range_with_comparator",
    [BUDGET_TARGET_REASON_RANGE_REVERSED] = "range_reversed",
    [BUDGET_TARGET_REASON_UNITS_DIFFER] = "units_differ",
    [BUDGET_TARGET_REASON_DATE_MALFORMED] = "date_malformed",
    [BUDGET_TARGET_REASON_DATE_AMBIGUOUS] = "date_ambiguous",
    [BUDGET_TARGET_REASON_DATE_NO_YEAR] = "date_no_year",
    [BUDGET_TARGET_REASON_DATE_INVALID] = "date_invalid",
    [BUDGET_TARGET_REASON_TIERS_WITHOUT_THRESHOLDS] = "tiers_without_thresholds",
    [BUDGET_TARGET_REASON_TIERS_CLAUSE_WITHOUT_GRADE] = "tiers_clause_without_grade",
    [BUDGET_TARGET_REASON_TIERS_TOO_MANY_BANDS] = "tiers_too_many_bands",
    [BUDGET_TARGET_REASON_TIERS_GRADE_REPEATED] = "tiers_grade_repeated",
    [BUDGET_TARGET_REASON_TIERS_EQUALS] = "tiers_equals",
    [BUDGET_TARGET_REASON_TIERS_NOT_IN_ORDER] = "tiers_not_in_order",
    [BUDGET_TARGET_REASON_TIERS_CATCH_ALL_MISPLACED] = "tiers_catch_all_misplaced",
    [BUDGET_TARGET_REASON_TIERS_CATCH_ALL_GAP] = "tiers_catch_all_gap",
    [BUDGET_TARGET_REASON_TARGET_UNPARSED] = "target_unparsed",
    [BUDGET_TARGET_REASON_ACTUAL_INVALID_UTF8] = "actual_invalid_utf8",
    [BUDGET_TARGET_REASON_ACTUAL_NOT_A_NUMBER] = "actual_not_a_number",
    [BUDGET_TARGET_REASON_ACTUAL_NOT_A_WORD] = "actual_not_a_word",
    [BUDGET_TARGET_REASON_ACTUAL_UNKNOWN_WORD] = "actual_unknown_word",
    [BUDGET_TARGET_REASON_ACTUAL_NOT_GRADE_OR_NUMBER] = "actual_not_grade_or_number",
    [BUDGET_TARGET_REASON_ACTUAL_NOT_DATE_OR_WORD] = "actual_not_date_or_word",
    [BUDGET_TARGET_REASON_UNIT_MISMATCH] = "unit_mismatch",
    [BUDGET_TARGET_REASON_UNKNOWN_SYMBOL] = "unknown_symbol",
};

BUDGETP_DEFINE_ENUM_NAMES(budget_target_reason, BudgetTargetReason, reason, BUDGET_TARGET_REASON_N,
                          reason_names)

/* ---- Descriptions: what was read, for people checking a score ---------- */

void budgetp_target_append_value(const BudgetTarget *t, int64_t value, GString *out)
{
    if (t->unit_class == BUDGET_TARGET_UNIT_MONEY) {
        char money[32];
        budget_money_format(value, money, sizeof money);
        g_string_append_printf(out, "%s元%s", money, t->unit_key != NULL ? t->unit_key : "");
        return;
    }
    {
        uint64_t mag = value < 0 ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
        uint64_t frac = mag % (uint64_t)TARGET_MICRO;

        g_string_append_printf(out, "%s%" G_GUINT64_FORMAT, value < 0 ? "-" : "",
                               mag / (uint64_t)TARGET_MICRO);
        if (frac != 0) {
            char digits[8];
            int end = 6;
            g_snprintf(digits, sizeof digits, "%06u", (unsigned)frac);
            while (end > 0 && digits[end - 1] == '0')
                end--;
            digits[end] = '\0';
            g_string_append_printf(out, ".%s", digits);
        }
    }
    if (t->unit_class == BUDGET_TARGET_UNIT_PERCENT)
        g_string_append(out, "%");
    else if (t->unit_class == BUDGET_TARGET_UNIT_COUNT)
        g_string_append(out, t->unit);
    else if (t->glued != NULL && g_utf8_strlen(t->glued, -1) <= 2)
        g_string_append(out, t->glued); /* an unknown unit such as 羽 */
}

void budgetp_target_describe(const BudgetTarget *t, GString *out)
{
    char date[16];

    switch (t->kind) {
    case BUDGET_TARGET_NUMBER:
        g_string_append_printf(out, "%s ", comparator_names[t->cmp]);
        budgetp_target_append_value(t, t->value, out);
        if (t->implied)
            g_string_append(out, " (no comparator: at least)");
        break;
    case BUDGET_TARGET_RANGE:
        budgetp_target_append_value(t, t->low, out);
        g_string_append(out, " – ");
        budgetp_target_append_value(t, t->high, out);
        break;
    case BUDGET_TARGET_DEADLINE:
        budget_date_format(t->deadline, date, sizeof date);
        g_string_append_printf(out, "by %s", date);
        break;
    case BUDGET_TARGET_QUALITATIVE:
        g_string_append(out, "qualitative");
        if (t->keyword != NULL)
            g_string_append_printf(out, " (%s)", t->keyword);
        break;
    case BUDGET_TARGET_TIERS:
        g_string_append(out, "tiers:");
        for (size_t k = 0; k < t->n_tiers; k++) {
            const TargetTier *tt = &t->tiers[k];
            g_string_append_printf(out, "%s %s ", k == 0 ? "" : ",", grade_names[tt->grade]);
            if (tt->cmp == BUDGET_TARGET_CMP_NONE) {
                g_string_append(out, "otherwise");
            } else {
                g_string_append_printf(out, "%s ", comparator_names[tt->cmp]);
                budgetp_target_append_value(t, tt->threshold, out);
            }
        }
        break;
    default:
        g_string_append_printf(out, "unparsed: %s", t->reason != NULL ? t->reason : "");
        break;
    }
}

void budgetp_target_describe_actual(const BudgetTarget *t, const BudgetTargetEvaluation *ev, GString *out)
{
    char date[16];

    switch (ev->result) {
    case BUDGET_TARGET_NOT_REPORTED:
        g_string_append(out, "blank");
        return;
    case BUDGET_TARGET_NOT_APPLICABLE:
        g_string_append(out, "not applicable");
        return;
    case BUDGET_TARGET_CANNOT_EVALUATE:
        g_string_append_printf(out, "unread: %s", ev->reason);
        return;
    default:
        break;
    }
    if (ev->has_actual_value) {
        if (t->kind == BUDGET_TARGET_DEADLINE) {
            budget_date_format((BudgetDate)ev->actual_value, date, sizeof date);
            g_string_append(out, date);
        } else if (t->kind == BUDGET_TARGET_QUALITATIVE) {
            /* a percent read as the degree achieved */
            g_string_append(out, "degree ");
            budgetp_target_append_value(t, ev->actual_value, out);
            g_string_append(out, "%");
        } else {
            budgetp_target_append_value(t, ev->actual_value, out);
        }
    } else if (ev->grade != BUDGET_TARGET_GRADE_NONE) {
        g_string_append_printf(out, "grade %s", grade_names[ev->grade]);
    } else {
        g_string_append_printf(out, "word: %s",
                               ev->result == BUDGET_TARGET_MET          ? "met"
                               : ev->result == BUDGET_TARGET_PARTLY_MET ? "partly met"
                                                                        : "not met");
    }
}
