/* target-eval: a parsed target against an actual value (实际完成值). The
 * actual is read by the parser's own rules (budgetp_target_build()), then
 * judged by kind; budget_target_evaluate() in budget-target.h gives the
 * rules in order. An evaluation that cannot be done says why with a
 * BudgetTargetReason (what code decides on) and a message (for people). */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "target-private.h"

typedef struct {
    const char *text;
    BudgetTargetGrade grade;
} GradeWord;

/* ---------------------------------------------------------------------
 * Evaluation
 * ------------------------------------------------------------------- */

/* The evaluation cannot be done, for @code; the message is for people. */
static void G_GNUC_PRINTF(3, 4)
    cannot(BudgetTargetEvaluation *out, BudgetTargetReason code, const char *format, ...)
{
    va_list ap;
    char *msg;

    va_start(ap, format);
    msg = g_strdup_vprintf(format, ap);
    va_end(ap);
    out->result = BUDGET_TARGET_CANNOT_EVALUATE;
    out->reason_code = (int)code;
    budgetp_strlcpy_utf8(out->reason, msg, sizeof out->reason);
    g_free(msg);
}

static bool cmp_holds(BudgetTargetComparator c, int64_t a, int64_t v)
{
    switch (c) {
    case BUDGET_TARGET_CMP_EQ:
        return a == v;
    case BUDGET_TARGET_CMP_GE:
        return a >= v;
    case BUDGET_TARGET_CMP_GT:
        return a > v;
    case BUDGET_TARGET_CMP_LE:
        return a <= v;
    case BUDGET_TARGET_CMP_LT:
        return a < v;
    default:
        return false;
    }
}

/* num ÷ den in basis points, num ≥ 0, den > 0, rounded half away from zero. */
static int64_t bp_of(int64_t num, int64_t den)
{
    return (int64_t)budgetp_div_round((__int128)num * 10000, den);
}

/* The ratio of an unmet comparison of @a against @v (see the header). */
static bool unmet_ratio(BudgetTargetComparator c, int64_t a, int64_t v, int64_t *bp)
{
    if (v < 0)
        return false;
    if (v == 0) {
        *bp = 0;
        return true;
    }
    if (a <= 0) {
        *bp = 0;
        return true;
    }
    if (budgetp_target_cmp_is_higher(c))
        *bp = bp_of(a, v);
    else if (budgetp_target_cmp_is_lower(c))
        *bp = bp_of(v, a);
    else
        *bp = a < v ? bp_of(a, v) : bp_of(v, a);
    if (*bp > 9999)
        *bp = 9999;
    return true;
}

static void judge(BudgetTargetEvaluation *out, bool met, BudgetTargetComparator c, int64_t a, int64_t v)
{
    out->result = met ? BUDGET_TARGET_MET : BUDGET_TARGET_NOT_MET;
    if (met) {
        out->has_ratio = true;
        out->ratio_bp = 10000;
    } else {
        out->has_ratio = unmet_ratio(c, a, v, &out->ratio_bp);
        if (!out->has_ratio)
            out->ratio_bp = 0;
    }
}

typedef enum {
    WORD_UNKNOWN,
    WORD_MET,
    WORD_PARTLY,
    WORD_NOT
} WordClass;

static const char *const met_words[] = {
    "完成",
    "按期完成",
    "按时完成",
    "如期完成",
    "按要求完成",
    "按计划完成",
    "达标",
    "达到",
    "达成",
    "达到要求",
    "达到预期",
    "实现",
    "实现目标",
    "是",
    "符合",
    "符合要求",
    "符合标准",
    "符合规定",
    "通过",
    "通过评审",
    "通过验收",
    "合格",
    "满足",
    "满足要求",
    "满足需要",
    "满足工作需要",
    "满足工作要求",
    "有效",
    "充分",
    "合理",
    "完整",
    "规范",
    "合规",
    "完备",
    "良好",
    "正常",
    "正常运行",
    "正常使用",
    "稳定运行",
    "成效明显",
    "明显",
    "显著",
    "及时",
    "准确",
    "及时准确",
    "落实",
    "到位",
    "持续提升",
    "提升",
    "提高",
    "好",
    "优",
    "优秀",
    "y",
    "yes",
    "√",
    "✓",
};
static const char *const partly_exact[] = {"一般", "较好", "部分", "基本"};
static const char *const partly_prefix[] = {"大部分", "部分", "基本", "大部", "初步", "较为"};
static const GradeWord grade_words[] = {
    {"优", BUDGET_TARGET_GRADE_EXCELLENT}, {"优秀", BUDGET_TARGET_GRADE_EXCELLENT},
    {"良", BUDGET_TARGET_GRADE_GOOD},      {"良好", BUDGET_TARGET_GRADE_GOOD},
    {"中", BUDGET_TARGET_GRADE_FAIR},      {"中等", BUDGET_TARGET_GRADE_FAIR},
    {"差", BUDGET_TARGET_GRADE_POOR},      {"较差", BUDGET_TARGET_GRADE_POOR},
};

static const char *const not_exact[] = {"否", "n", "no", "×", "✗", "差", "较差"};
static const char *const not_prefix[] = {"尚未", "没有", "无法", "未", "没"};
static const char *const done_prefix[] = {"已经", "均已", "全部", "全面", "已", "均"};
static const char *const na_words[] = {"不适用", "不涉及", "无", "n/a", "na"};

static bool in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(w, list[k]) == 0)
            return true;
    return false;
}

static const char *strip_prefix(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t l = strlen(list[k]);
        if (strncmp(w, list[k], l) == 0)
            return w + l;
    }
    return NULL;
}

/* Met by itself: a met word, the target's own text or its keyword. */
static bool is_met_word(const char *w, const char *own, const char *keyword)
{
    const char *r = strip_prefix(w, done_prefix, G_N_ELEMENTS(done_prefix));

    if (r != NULL && *r != '\0')
        w = r;
    return in_list(w, met_words, G_N_ELEMENTS(met_words)) || (own != NULL && strcmp(w, own) == 0) ||
           (keyword != NULL && strcmp(w, keyword) == 0);
}

/* The three bands of the national 自评表 as forms write them in the actual
 * column of qualitative rows (财预〔2020〕10号 自评表 notes: 达成预期指标,
 * 部分达成预期指标并具有一定效果, 未达成预期指标且效果较差), with the
 * shorter forms they are cut to. Read before anything else. */
static const struct {
    const char *text;
    WordClass wc;
} band_words[] = {
    {"达成预期指标", WORD_MET},
    {"达成预期目标", WORD_MET},
    {"达到预期指标", WORD_MET},
    {"达到预期目标", WORD_MET},
    {"已达成预期指标", WORD_MET},
    {"部分达成预期指标", WORD_PARTLY},
    {"部分达成预期目标", WORD_PARTLY},
    {"部分达成预期指标并具有一定效果", WORD_PARTLY},
    {"部分达成预期指标且具有一定效果", WORD_PARTLY},
    {"未达成预期指标", WORD_NOT},
    {"未达成预期目标", WORD_NOT},
    {"未达成预期指标且效果较差", WORD_NOT},
    {"未达成预期指标并且效果较差", WORD_NOT},
};

/* @w: normalized, lower-cased, trimmed. @own: the target's normalized text. */
static WordClass classify_word(const char *w, const char *own, const char *keyword)
{
    const char *r;

    for (size_t k = 0; k < G_N_ELEMENTS(band_words); k++)
        if (strcmp(w, band_words[k].text) == 0)
            return band_words[k].wc;
    {
        /* degree words, "程度较高" (the table in target-lex.c) */
        BudgetTargetResult degree;
        if (budgetp_target_degree_word(w, &degree))
            return degree == BUDGET_TARGET_MET          ? WORD_MET
                   : degree == BUDGET_TARGET_PARTLY_MET ? WORD_PARTLY
                                                        : WORD_NOT;
    }

    if (in_list(w, not_exact, G_N_ELEMENTS(not_exact)) ||
        strip_prefix(w, not_prefix, G_N_ELEMENTS(not_prefix)))
        return WORD_NOT;
    if (strncmp(w, "不", strlen("不")) == 0 && is_met_word(w + strlen("不"), own, keyword))
        return WORD_NOT;
    if (is_met_word(w, own, keyword))
        return WORD_MET;
    if (in_list(w, partly_exact, G_N_ELEMENTS(partly_exact)))
        return WORD_PARTLY;
    r = strip_prefix(w, partly_prefix, G_N_ELEMENTS(partly_prefix));
    if (r != NULL && is_met_word(r, own, keyword))
        return WORD_PARTLY;
    return WORD_UNKNOWN;
}

/* Normalized actual: folded, spaces dropped, final punctuation off, ASCII lower case. */
static char *actual_word(const BudgetpTargetText *nm)
{
    size_t b = 0, e = nm->n;
    char *w;

    budgetp_target_trim_punct(nm, &b, &e);
    w = budgetp_target_norm_slice(nm, b, e);
    for (char *p = w; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    return w;
}

static bool eval_word(const BudgetTarget *t, const char *w, BudgetTargetEvaluation *out)
{
    BudgetpTargetText tn;
    size_t b, e;
    char *own;
    WordClass wc;

    budgetp_target_text_init(&tn, t->text, strlen(t->text));
    b = 0;
    e = tn.n;
    budgetp_target_trim_punct(&tn, &b, &e);
    own = budgetp_target_norm_slice(&tn, b, e);
    budgetp_target_text_clear(&tn);
    wc = classify_word(w, t->kind == BUDGET_TARGET_QUALITATIVE ? own : NULL, t->keyword);
    g_free(own);
    switch (wc) {
    case WORD_MET:
        out->result = BUDGET_TARGET_MET;
        return true;
    case WORD_PARTLY:
        out->result = BUDGET_TARGET_PARTLY_MET;
        return true;
    case WORD_NOT:
        out->result = BUDGET_TARGET_NOT_MET;
        return true;
    default:
        return false;
    }
}

/* Checks that an actual number @a (parsed as a target) fits @t's unit and
 * returns its value in @t's scale. */
static bool actual_value(const BudgetTarget *t, const BudgetTarget *a, const char *shown, int64_t *out,
                         BudgetTargetEvaluation *ev)
{
    if (a->unit_class == BUDGET_TARGET_UNIT_NONE) {
        if (t->unit_class == BUDGET_TARGET_UNIT_MONEY) {
            /* a bare number is in the target's money unit */
            static const int64_t per_fen[] = {100, 1000000, INT64_C(10000000000)};
            __int128 v = (__int128)a->value * per_fen[t->money_unit];
            if (v % TARGET_MICRO != 0) {
                cannot(ev, BUDGET_TARGET_REASON_NUMBER_TOO_PRECISE, "actual '%s' is not exact to the fen",
                       shown);
                return false;
            }
            v /= TARGET_MICRO;
            if (v > INT64_MAX || v < INT64_MIN) {
                cannot(ev, BUDGET_TARGET_REASON_NUMBER_TOO_LARGE, "actual '%s' is too large", shown);
                return false;
            }
            *out = (int64_t)v;
            return true;
        }
        *out = a->value;
        return true;
    }
    if (t->unit_class == BUDGET_TARGET_UNIT_NONE && t->glued != NULL && g_utf8_strlen(t->glued, -1) <= 2 &&
        a->unit_class == BUDGET_TARGET_UNIT_COUNT) {
        /* "≥20羽" against "25只": glued text as short as a unit is the
         * target's unit; a longer one ("1建成一套平台") names what is
         * measured and takes the actual's unit. */
        cannot(ev, BUDGET_TARGET_REASON_UNIT_MISMATCH, "unit mismatch: target '%s', actual '%s'", t->glued,
               a->unit);
        return false;
    }
    if (t->unit_class == BUDGET_TARGET_UNIT_NONE && a->unit_class != BUDGET_TARGET_UNIT_MONEY) {
        *out = a->value;
        return true;
    }
    if (a->unit_class != t->unit_class || strcmp(a->unit_key, t->unit_key) != 0) {
        cannot(ev, BUDGET_TARGET_REASON_UNIT_MISMATCH, "unit mismatch: target '%s', actual '%s'", t->unit,
               a->unit);
        return false;
    }
    *out = a->value;
    return true;
}

/* Whether the actual @a is a number the evaluation can read, saying why
 * not in @out: a bare number with an optional unit; one written with a
 * comparator ("≥266米", as forms copy the target) is read as its number with
 * a warning in @out->reason; one glued to text the target does not write
 * ("50英寸" against "≥50厘米") is a unit mismatch, never dropped. */
static bool actual_number(const BudgetTarget *t, const BudgetTarget *a, const char *shown,
                          BudgetTargetReason not_a_number, BudgetTargetEvaluation *out)
{
    bool same_glued;

    if (a->kind != BUDGET_TARGET_NUMBER) {
        cannot(out, not_a_number,
               not_a_number == BUDGET_TARGET_REASON_ACTUAL_NOT_A_NUMBER
                   ? "actual '%s' is not a number"
                   : "actual '%s' is neither a grade nor a number",
               shown);
        return false;
    }
    same_glued = a->glued != NULL && t->glued != NULL && g_str_has_prefix(t->glued, a->glued) &&
                 a->label != NULL && strcmp(a->label, a->glued) == 0;
    if (a->label != NULL && !same_glued) {
        if (a->glued != NULL && strcmp(a->label, a->glued) == 0) {
            /* text glued after the number and nothing else: its unit */
            cannot(out, BUDGET_TARGET_REASON_UNIT_MISMATCH, "unit mismatch: target '%s', actual '%s'",
                   t->glued != NULL ? t->glued : t->unit, a->glued);
        } else if (not_a_number == BUDGET_TARGET_REASON_ACTUAL_NOT_A_NUMBER) {
            cannot(out, not_a_number, "actual '%s' is not a number", shown);
        } else {
            cannot(out, not_a_number, "actual '%s' is neither a grade nor a number", shown);
        }
        return false;
    }
    if (!a->implied) {
        char *w =
            g_strdup_printf("warning: actual '%s' is written with the comparator '%s': read as its number",
                            shown, budget_target_comparator_to_string(a->cmp));
        budgetp_strlcpy_utf8(out->reason, w, sizeof out->reason);
        g_free(w);
    }
    return true;
}

static BudgetTargetGrade grade_of_word(const char *w)
{
    for (size_t k = 0; k < G_N_ELEMENTS(grade_words); k++)
        if (strcmp(w, grade_words[k].text) == 0)
            return grade_words[k].grade;
    return BUDGET_TARGET_GRADE_NONE;
}

static void set_grade(BudgetTargetEvaluation *out, BudgetTargetGrade g)
{
    out->grade = g;
    out->result = g == BUDGET_TARGET_GRADE_EXCELLENT ? BUDGET_TARGET_MET
                  : g == BUDGET_TARGET_GRADE_POOR    ? BUDGET_TARGET_NOT_MET
                                                     : BUDGET_TARGET_PARTLY_MET;
}

static void eval_tiers(const BudgetTarget *t, const BudgetTarget *a, const char *w, const char *shown,
                       BudgetTargetEvaluation *out)
{
    BudgetTargetGrade g = grade_of_word(w);
    int64_t v, top = t->tiers[0].threshold;

    if (g != BUDGET_TARGET_GRADE_NONE) {
        set_grade(out, g);
        return;
    }
    if (!actual_number(t, a, shown, BUDGET_TARGET_REASON_ACTUAL_NOT_GRADE_OR_NUMBER, out) ||
        !actual_value(t, a, shown, &v, out))
        return;
    /* below every band: the catch-all band's grade, else 差 */
    g = BUDGET_TARGET_GRADE_POOR;
    if (t->tiers[t->n_tiers - 1].catch_all)
        g = t->tiers[t->n_tiers - 1].grade;
    for (size_t k = 0; k < t->n_tiers; k++) {
        const TargetTier *tt = &t->tiers[k];
        if (tt->catch_all)
            break;
        if (cmp_holds(tt->cmp, v, tt->threshold)) {
            g = tt->grade;
            break;
        }
    }
    set_grade(out, g);
    out->has_actual_value = true;
    out->actual_value = v;
    out->has_deviation = !__builtin_sub_overflow(v, top, &out->deviation);
    if (g == BUDGET_TARGET_GRADE_EXCELLENT) {
        out->has_ratio = true;
        out->ratio_bp = 10000;
    } else {
        out->has_ratio = unmet_ratio(t->tiers[0].cmp, v, top, &out->ratio_bp);
    }
}

/* An actual that is unparsed for a reason about its number (one we refuse to
 * read: too large, too precise, or two numbers) passes that reason on,
 * rather than "not a number", which would hide it. */
static bool actual_reason_passes(BudgetTargetReason code)
{
    switch (code) {
    case BUDGET_TARGET_REASON_NUMBER_TOO_LARGE:
    case BUDGET_TARGET_REASON_NUMBER_TOO_PRECISE:
    case BUDGET_TARGET_REASON_MORE_THAN_ONE_NUMBER:
        return true;
    default:
        return false;
    }
}

static void eval_quantity(const BudgetTarget *t, const BudgetTarget *a, const char *shown,
                          BudgetTargetEvaluation *out)
{
    int64_t v;

    if (a->kind == BUDGET_TARGET_UNPARSED && actual_reason_passes(a->reason_code)) {
        cannot(out, a->reason_code, "actual '%s': %s", shown, a->reason);
        return;
    }
    if (!actual_number(t, a, shown, BUDGET_TARGET_REASON_ACTUAL_NOT_A_NUMBER, out) ||
        !actual_value(t, a, shown, &v, out))
        return;
    out->has_actual_value = true;
    out->actual_value = v;
    if (t->kind == BUDGET_TARGET_NUMBER) {
        judge(out, cmp_holds(t->cmp, v, t->value), t->cmp, v, t->value);
        out->has_deviation = !__builtin_sub_overflow(v, t->value, &out->deviation);
    } else if (v < t->low) {
        judge(out, false, BUDGET_TARGET_CMP_GE, v, t->low);
        out->has_deviation = !__builtin_sub_overflow(v, t->low, &out->deviation);
    } else if (v > t->high) {
        judge(out, false, BUDGET_TARGET_CMP_LE, v, t->high);
        out->has_deviation = !__builtin_sub_overflow(v, t->high, &out->deviation);
    } else {
        judge(out, true, BUDGET_TARGET_CMP_EQ, v, v);
        out->has_deviation = true;
        out->deviation = 0;
    }
}

/* Whether the words around the date of the actual @a may be set aside: the
 * target's own words ("完成时间为2022年12月30日" copied from the target) or a
 * completion word ("2022年11月完成"). */
static bool deadline_words_read(const BudgetTarget *t, const BudgetTarget *a)
{
    char *w;
    bool met;

    if (a->label == NULL)
        return true;
    if (t->label != NULL && strcmp(a->label, t->label) == 0)
        return true;
    w = g_utf8_strdown(a->label, -1);
    met = classify_word(w, NULL, NULL) == WORD_MET;
    g_free(w);
    return met;
}

static void eval_deadline(const BudgetTarget *t, const BudgetTarget *a, const char *w, const char *shown,
                          BudgetTargetEvaluation *out)
{
    if (a->kind == BUDGET_TARGET_DEADLINE && deadline_words_read(t, a)) {
        if (a->label != NULL) {
            char *m = g_strdup_printf(
                "warning: actual '%s' has the words '%s' around its date: read as the date", shown, a->label);
            budgetp_strlcpy_utf8(out->reason, m, sizeof out->reason);
            g_free(m);
        }
        out->result = a->deadline <= t->deadline ? BUDGET_TARGET_MET : BUDGET_TARGET_NOT_MET;
        out->has_actual_value = true;
        out->actual_value = a->deadline;
        out->has_deviation = true;
        out->deviation = budget_date_diff_days(t->deadline, a->deadline);
        return;
    }
    if (!eval_word(t, w, out))
        cannot(out, BUDGET_TARGET_REASON_ACTUAL_NOT_DATE_OR_WORD,
               "actual '%s' is neither a date nor a known completion word", shown);
}

static void eval_qualitative(const BudgetTarget *t, const BudgetTarget *a, const char *w, const char *shown,
                             BudgetTargetEvaluation *out)
{
    if (eval_word(t, w, out))
        return;
    if (a->kind == BUDGET_TARGET_NUMBER && a->implied && a->label == NULL &&
        a->unit_class == BUDGET_TARGET_UNIT_PERCENT && a->value >= 0) {
        /* a percent is the degree achieved on the band scale: 100 % (and
         * more) is met, 0 is not met, anything between partly met with that
         * ratio, which the score places in its bands */
        int64_t bp = bp_of(a->value, 100 * TARGET_MICRO);
        char *m =
            g_strdup_printf("warning: actual '%s' against a word target: read as the degree achieved", shown);

        out->result = bp >= 10000 ? BUDGET_TARGET_MET
                      : bp == 0   ? BUDGET_TARGET_NOT_MET
                                  : BUDGET_TARGET_PARTLY_MET;
        out->has_ratio = true;
        out->ratio_bp = bp > 10000 ? 10000 : bp;
        out->has_actual_value = true;
        out->actual_value = a->value;
        budgetp_strlcpy_utf8(out->reason, m, sizeof out->reason);
        g_free(m);
        return;
    }
    /* numbers, including ones refused for their number ("3和5") */
    if (a->kind == BUDGET_TARGET_NUMBER ||
        (a->kind == BUDGET_TARGET_UNPARSED && actual_reason_passes(a->reason_code)))
        cannot(out, BUDGET_TARGET_REASON_ACTUAL_NOT_A_WORD, "a qualitative target needs a word, not '%s'",
               shown);
    else
        cannot(out, BUDGET_TARGET_REASON_ACTUAL_UNKNOWN_WORD, "unknown word '%s'", shown);
}

static bool eval_checked(const BudgetTarget *t, const char *actual, size_t n, BudgetTargetEvaluation *out)
{
    BudgetpTargetText nm;
    char *w, *shown;
    BudgetTarget *a;

    memset(out, 0, sizeof *out);
    out->grade = BUDGET_TARGET_GRADE_NONE;
    if (actual == NULL)
        n = 0;
    a = budgetp_target_build(actual != NULL ? actual : "", n,
                             t->kind == BUDGET_TARGET_DEADLINE ? budget_date_get_year(t->deadline) : 0, &nm);
    w = actual_word(&nm);
    shown = g_strstrip(g_strndup(actual != NULL ? actual : "", n));
    budgetp_target_text_clear(&nm);
    if (w[0] == '\0')
        out->result = BUDGET_TARGET_NOT_REPORTED;
    else if (in_list(w, na_words, G_N_ELEMENTS(na_words)))
        out->result = BUDGET_TARGET_NOT_APPLICABLE;
    else if (t->kind == BUDGET_TARGET_UNPARSED)
        cannot(out, BUDGET_TARGET_REASON_TARGET_UNPARSED, "target not parsed: %s", t->reason);
    else if (t->kind == BUDGET_TARGET_NUMBER || t->kind == BUDGET_TARGET_RANGE)
        eval_quantity(t, a, shown, out);
    else if (t->kind == BUDGET_TARGET_TIERS)
        eval_tiers(t, a, w, shown, out);
    else if (t->kind == BUDGET_TARGET_DEADLINE)
        eval_deadline(t, a, w, shown, out);
    else
        eval_qualitative(t, a, w, shown, out);
    g_free(w);
    g_free(shown);
    budget_target_unref(a);
    return true;
}

bool budget_target_evaluate(const BudgetTarget *target, const char *actual, ptrdiff_t len,
                            BudgetTargetEvaluation *out, BudgetError *error)
{
    size_t n = 0;

    budget_error_clear(error);
    budgetp_return_val_if_fail(target != NULL, false, error);
    budgetp_return_val_if_fail(out != NULL, false, error);
    budgetp_return_val_if_fail(len >= -1, false, error);
    if (actual != NULL) {
        n = len < 0 ? strlen(actual) : (size_t)len;
        if (!g_utf8_validate(actual, (gssize)n, NULL) || memchr(actual, '\0', n) != NULL) {
            memset(out, 0, sizeof *out);
            out->result = BUDGET_TARGET_CANNOT_EVALUATE;
            out->reason_code = BUDGET_TARGET_REASON_ACTUAL_INVALID_UTF8;
            budgetp_strlcpy_utf8(out->reason, "actual is not valid UTF-8", sizeof out->reason);
            budgetp_error_set(error, BUDGET_ERROR_ENCODING, NULL, 0, 0, NULL,
                              "actual value is not valid UTF-8");
            return false;
        }
    }
    return eval_checked(target, actual, n, out);
}

bool budget_target_evaluate_text(const char *target_text, const char *actual, int year,
                                 BudgetTargetEvaluation *out, BudgetError *error)
{
    BudgetTarget *t;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(out != NULL, false, error);
    t = budget_target_parse(target_text, -1, year, error);
    if (t == NULL)
        return false;
    ok = budget_target_evaluate(t, actual, -1, out, error);
    budget_target_unref(t);
    return ok;
}
