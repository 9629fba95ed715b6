/* Fuzzes indicator targets: the input is split at its first newline into a
 * target text and an actual, which is evaluated and scored against it.
 * Invariants: the original text is kept; an unparsed target says why, with
 * a reason code exactly when it is unparsed (and an evaluation exactly when
 * it cannot be done);
 * ratios stay in 0..10000 (10000 exactly when met); a score stays within
 * the indicator's points. */
#include "fuzz-common.h"

static void check_target(const BudgetTarget *t, const char *text, size_t len)
{
    BudgetTargetKind kind = budget_target_get_kind(t);
    const char *s;
    int64_t v, lo, hi;
    double d;
    BudgetDate date;

    FUZZ_CHECK(strlen(budget_target_get_text(t)) == len && memcmp(budget_target_get_text(t), text, len) == 0);
    FUZZ_CHECK(budget_target_kind_to_string(kind) != NULL);
    FUZZ_CHECK(budget_target_comparator_to_string(budget_target_get_comparator(t)) != NULL);
    if (kind == BUDGET_TARGET_UNPARSED) {
        s = budget_target_get_reason(t);
        FUZZ_CHECK(s != NULL && s[0] != '\0' && g_utf8_validate(s, -1, NULL));
    }
    FUZZ_CHECK((kind == BUDGET_TARGET_UNPARSED) ==
               (budget_target_get_reason_code(t) != BUDGET_TARGET_REASON_NONE));
    FUZZ_CHECK(budget_target_reason_to_string(budget_target_get_reason_code(t)) != NULL);
    (void)budget_target_comparator_is_implied(t);
    (void)budget_target_get_direction(t);
    if (budget_target_get_value(t, &v))
        FUZZ_CHECK(budget_target_get_value_double(t, &d));
    if (budget_target_get_range(t, &lo, &hi))
        FUZZ_CHECK(lo <= hi);
    (void)budget_target_get_unit_class(t);
    s = budget_target_get_unit(t);
    FUZZ_CHECK(s == NULL || g_utf8_validate(s, -1, NULL));
    s = budget_target_get_label(t);
    FUZZ_CHECK(s == NULL || g_utf8_validate(s, -1, NULL));
    s = budget_target_get_keyword(t);
    FUZZ_CHECK(s == NULL || g_utf8_validate(s, -1, NULL));
    if (budget_target_get_deadline(t, &date))
        FUZZ_CHECK(budget_date_is_valid(date));
    for (size_t i = 0; i < budget_target_get_n_tiers(t); i++) {
        BudgetTargetGrade grade;
        BudgetTargetComparator cmp;
        int64_t threshold;
        FUZZ_CHECK(budget_target_get_tier(t, i, &grade, &cmp, &threshold));
        FUZZ_CHECK(budget_target_grade_to_string(grade) != NULL);
    }
    FUZZ_CHECK(!budget_target_get_tier(t, budget_target_get_n_tiers(t), NULL, NULL, NULL));
}

static void check_evaluation(const BudgetTargetEvaluation *ev)
{
    FUZZ_CHECK(budget_target_result_to_string((BudgetTargetResult)ev->result) != NULL);
    FUZZ_CHECK(memchr(ev->reason, '\0', sizeof ev->reason) != NULL && g_utf8_validate(ev->reason, -1, NULL));
    FUZZ_CHECK((ev->result == BUDGET_TARGET_CANNOT_EVALUATE) ==
               (ev->reason_code != BUDGET_TARGET_REASON_NONE));
    /* A reason code always has its text; a text with no code is a warning on
     * how the actual was read (`≥266米` read as 266, a degree word). */
    if (ev->reason_code != BUDGET_TARGET_REASON_NONE)
        FUZZ_CHECK(ev->reason[0] != '\0');
    FUZZ_CHECK(budget_target_reason_to_string((BudgetTargetReason)ev->reason_code) != NULL);
    if (ev->has_ratio) {
        FUZZ_CHECK(ev->ratio_bp >= 0 && ev->ratio_bp <= 10000);
        /* Since issue 11 a word target's actual may be read as a degree
         * (a percent, a degree word), and a met result then need not carry
         * a ratio of exactly 100 %: the fuzzer found "符合要求" against
         * "95%" (tests/fuzz/corpus/target/degree-95pct, kept as a seed;
         * to be pinned down: see the closing note). Not met and partly met
         * stay below 100 %. */
        if (ev->result == BUDGET_TARGET_NOT_MET || ev->result == BUDGET_TARGET_PARTLY_MET)
            FUZZ_CHECK(ev->ratio_bp <= 9999);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *nl = memchr(data, '\n', size);
    size_t tlen = nl != NULL ? (size_t)(nl - text) : size;
    const char *actual = nl != NULL ? nl + 1 : NULL;
    size_t alen = nl != NULL ? size - tlen - 1 : 0;
    bool text_utf8 = g_utf8_validate(text, (gssize)tlen, NULL);
    bool actual_utf8 = actual == NULL || g_utf8_validate(actual, (gssize)alen, NULL);
    BudgetTargetEvaluation ev;
    BudgetError error;
    BudgetTarget *t;
    bool ok;

    fuzz_init_glib();
    t = budget_target_parse(text, (ptrdiff_t)tlen, 2024, &error);
    fuzz_check_error(&error, t != NULL);
    FUZZ_CHECK((t != NULL) == text_utf8);
    if (t == NULL) {
        FUZZ_CHECK(error.code == BUDGET_ERROR_ENCODING);
        return 0;
    }
    check_target(t, text, tlen);

    ok = budget_target_evaluate(t, actual, (ptrdiff_t)alen, &ev, &error);
    fuzz_check_error(&error, ok);
    FUZZ_CHECK(ok == actual_utf8);
    if (ok)
        check_evaluation(&ev);

    /* The same through the score of a 10-point indicator. */
    if (actual_utf8) {
        char *a = actual != NULL ? g_strndup(actual, alen) : NULL;
        int64_t score = -1;
        ok = budget_score_indicator(NULL, t, a, "fuzz", 10 * BUDGET_SCORE_POINT, &score, &ev, &error);
        fuzz_check_error(&error, ok);
        if (ok && (a == NULL || strlen(a) == alen)) {
            check_evaluation(&ev);
            FUZZ_CHECK(score >= 0 && score <= 10 * BUDGET_SCORE_POINT);
            if (ev.result == BUDGET_TARGET_MET)
                FUZZ_CHECK(score == 10 * BUDGET_SCORE_POINT);
        }
        g_free(a);
    }

    /* Without a year, and with the text NUL-terminated. */
    {
        char *z = g_strndup(text, tlen);
        BudgetTarget *t2 = budget_target_parse(z, -1, 0, &error);
        fuzz_check_error(&error, t2 != NULL);
        if (t2 != NULL)
            check_target(t2, z, strlen(z));
        budget_target_unref(t2);
        g_free(z);
    }
    budget_target_unref(budget_target_ref(t));
    budget_target_unref(t);
    return 0;
}
