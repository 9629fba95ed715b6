/* target-parse: a target text (指标值) into a typed BudgetTarget (DESIGN.md
 * "Indicators"). The rules are documented in budget-target.h; this file
 * follows them literally. Whatever cannot be read without guessing makes the
 * target unparsed with a BudgetTargetReason and a message naming the text at
 * fault (set_unparsed(): the first reason wins). */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "target-private.h"

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* ---------------------------------------------------------------------
 * Target construction
 * ------------------------------------------------------------------- */

/* Makes @t unparsed for @code, with a message for people that names the
 * text at fault. The first reason wins. */
static void G_GNUC_PRINTF(3, 4)
    set_unparsed(BudgetTarget *t, BudgetTargetReason code, const char *format, ...)
{
    va_list ap;

    if (t->kind == BUDGET_TARGET_UNPARSED && t->reason != NULL)
        return;
    va_start(ap, format);
    g_free(t->reason);
    t->reason = g_strdup_vprintf(format, ap);
    va_end(ap);
    t->reason_code = code;
    t->kind = BUDGET_TARGET_UNPARSED;
    t->cmp = BUDGET_TARGET_CMP_NONE;
    t->implied = false;
    t->direction = BUDGET_TARGET_DIRECTION_NONE;
    t->unit_class = BUDGET_TARGET_UNIT_NONE;
    t->n_tiers = 0;
    g_clear_pointer(&t->label, g_free);
    g_free(t->unit);
    t->unit = g_strdup("");
    g_clear_pointer(&t->unit_key, g_free);
    g_clear_pointer(&t->glued, g_free);
    t->keyword = NULL;
}

/* The first symbol of s[b..e) that is a mathematical or other symbol
 * (Unicode Sm, So) outside ASCII: a comparator look-alike the lexer does not fold
 * ("≈", "≠", "±"), which the parser must not drop. NULL if none; else a
 * copy of the character, free with g_free(). */
static char *find_symbol(const BudgetpTargetText *nm, size_t b, size_t e)
{
    for (size_t i = b; i < e; i += (size_t)g_utf8_skip[(guchar)nm->s[i]]) {
        gunichar c = g_utf8_get_char(nm->s + i);
        GUnicodeType type = g_unichar_type(c);
        if (c < 0x80) /* ASCII comparators and signs are the comparator lists' */
            continue;
        if (type == G_UNICODE_MATH_SYMBOL || type == G_UNICODE_OTHER_SYMBOL)
            return g_strndup(nm->s + i, (size_t)g_utf8_skip[(guchar)nm->s[i]]);
    }
    return NULL;
}

/* prefix + suffix (original text), NULL if both are empty. */
static char *make_label(const BudgetpTargetText *nm, size_t b1, size_t e1, size_t b2, size_t e2)
{
    char *a, *c, *r;

    budgetp_target_trim_punct(nm, &b1, &e1);
    budgetp_target_trim_punct(nm, &b2, &e2);
    a = b1 < e1 ? budgetp_target_orig_slice(nm, b1, e1) : g_strdup("");
    c = b2 < e2 ? budgetp_target_orig_slice(nm, b2, e2) : g_strdup("");
    r = g_strconcat(a, c, NULL);
    g_free(a);
    g_free(c);
    if (r[0] == '\0') {
        g_free(r);
        return NULL;
    }
    return r;
}

/* The value of @num written in @u: micro-units, or fen for money. On failure
 * returns why, with the message in @why. */
static BudgetTargetReason num_value(const BudgetpTargetText *nm, const BudgetpTargetNum *num, bool neg,
                                    const BudgetpTargetUnit *u, int64_t *out, char **why)
{
    char *numtext = budgetp_target_orig_slice(nm, num->b, num->e);

    if (u->cls == BUDGET_TARGET_UNIT_MONEY) {
        static const char *const suffix[] = {"元", "万元", "亿元"};
        char *money = g_strconcat(neg ? "-" : "", nm->s + num->b, NULL);
        BudgetError err;
        BudgetFen fen;
        bool ok;

        money[(neg ? 1 : 0) + (num->e - num->b)] = '\0';
        {
            char *full = g_strconcat(money, suffix[u->money], NULL);
            ok = budget_money_parse_unit(full, -1, BUDGET_MONEY_UNIT_YUAN, &fen, &err);
            g_free(full);
        }
        g_free(money);
        if (!ok) {
            bool large = err.code == BUDGET_ERROR_OVERFLOW;
            *why = g_strdup_printf(large ? "amount '%s%s' is too large"
                                         : "amount '%s%s' is not exact to the fen",
                                   numtext, suffix[u->money]);
            g_free(numtext);
            return large ? BUDGET_TARGET_REASON_NUMBER_TOO_LARGE : BUDGET_TARGET_REASON_NUMBER_TOO_PRECISE;
        }
        *out = fen;
        g_free(numtext);
        return BUDGET_TARGET_REASON_NONE;
    }
    if (num->overflow) {
        *why = g_strdup_printf("number '%s' is too large", numtext);
        g_free(numtext);
        return BUDGET_TARGET_REASON_NUMBER_TOO_LARGE;
    }
    if (num->too_precise) {
        *why = g_strdup_printf("number '%s' has more than 6 decimals", numtext);
        g_free(numtext);
        return BUDGET_TARGET_REASON_NUMBER_TOO_PRECISE;
    }
    g_free(numtext);
    *out = neg ? -num->micro : num->micro;
    return BUDGET_TARGET_REASON_NONE;
}

static void set_unit(BudgetTarget *t, const BudgetpTargetText *nm, const BudgetpTargetUnit *u)
{
    g_free(t->unit);
    g_free(t->unit_key);
    t->unit_class = u->cls;
    t->money_unit = u->money;
    t->unit = u->b < u->e ? budgetp_target_orig_slice(nm, u->b, u->e) : g_strdup("");
    t->unit_key = budgetp_target_unit_key(nm, u);
}

/* ASCII letters straight after a number: a unit we do not know. */
static bool unknown_unit(BudgetTarget *t, const BudgetpTargetText *nm, const BudgetpTargetUnit *u, size_t e)
{
    size_t j = u->e;

    if (u->cls != BUDGET_TARGET_UNIT_NONE || j >= e || !is_alpha(nm->s[j]))
        return false;
    while (j < e && (is_alpha(nm->s[j]) || nm->s[j] == '/'))
        j++;
    {
        char *name = budgetp_target_orig_slice(nm, u->e, j);
        set_unparsed(t, BUDGET_TARGET_REASON_UNKNOWN_UNIT, "unknown unit '%s'", name);
        g_free(name);
    }
    return true;
}

static void parse_number(BudgetTarget *t, const BudgetpTargetText *nm, size_t b, size_t e,
                         const BudgetpTargetNum *num)
{
    BudgetTargetComparator pc, qc, cmp;
    size_t pe = num->b, cl, i, ql;
    bool neg = false;
    BudgetpTargetUnit u;
    char *why = NULL;
    BudgetTargetReason bad;
    int64_t v;

    if (pe > b && (nm->s[pe - 1] == '-' || nm->s[pe - 1] == '+')) {
        BudgetTargetComparator c;
        if (pe - 1 == b || budgetp_target_match_cmp_before(nm, b, pe - 1, &c) > 0) {
            neg = nm->s[pe - 1] == '-';
            pe--;
        }
    }
    cl = budgetp_target_match_cmp_before(nm, b, pe, &pc);
    i = budgetp_target_match_unit(nm, num->e, e, &u);
    if (unknown_unit(t, nm, &u, e))
        return;
    ql = budgetp_target_match_cmp_after(nm, i, e, &qc);
    if (pc != BUDGET_TARGET_CMP_NONE && qc != BUDGET_TARGET_CMP_NONE &&
        !((budgetp_target_cmp_is_higher(pc) && qc == BUDGET_TARGET_CMP_GE) ||
          (budgetp_target_cmp_is_lower(pc) && qc == BUDGET_TARGET_CMP_LE))) {
        char *a = budgetp_target_orig_slice(nm, pe - cl, pe), *c = budgetp_target_orig_slice(nm, i, i + ql);
        set_unparsed(t, BUDGET_TARGET_REASON_CONFLICTING_COMPARATORS, "conflicting comparators '%s' and '%s'",
                     a, c);
        g_free(a);
        g_free(c);
        return;
    }
    cmp = pc != BUDGET_TARGET_CMP_NONE ? pc : qc;
    bad = num_value(nm, num, neg, &u, &v, &why);
    if (bad != BUDGET_TARGET_REASON_NONE) {
        set_unparsed(t, bad, "%s", why);
        g_free(why);
        return;
    }
    t->kind = BUDGET_TARGET_NUMBER;
    t->implied = cmp == BUDGET_TARGET_CMP_NONE;
    t->cmp = t->implied ? BUDGET_TARGET_CMP_GE : cmp;
    t->direction = budgetp_target_cmp_is_higher(t->cmp)  ? BUDGET_TARGET_DIRECTION_HIGHER
                   : budgetp_target_cmp_is_lower(t->cmp) ? BUDGET_TARGET_DIRECTION_LOWER
                                                         : BUDGET_TARGET_DIRECTION_EXACT;
    t->value = v;
    set_unit(t, nm, &u);
    t->label = make_label(nm, b, pe - cl, i + ql, e);
    if (u.cls == BUDGET_TARGET_UNIT_NONE && ql == 0 && pe - cl == b) {
        /* Han text glued to the number, nothing before it: an unknown unit
         * or what is measured, kept so that an actual can repeat it. */
        size_t j = i;
        while (j < e && budgetp_target_is_han(g_utf8_get_char(nm->s + j)))
            j += (size_t)g_utf8_skip[(guchar)nm->s[j]];
        if (j > i)
            t->glued = budgetp_target_norm_slice(nm, i, j);
    }
}

static const char *const range_seps[] = {"-", "~", "〜", "—", "–", "至", "到", "——"};

/* Two numbers: a range, or more than one number. */
static void parse_two(BudgetTarget *t, const BudgetpTargetText *nm, size_t b, size_t e,
                      const BudgetpTargetNum *nums)
{
    BudgetpTargetUnit ua, ub;
    size_t i, sep = 0, after;
    bool bracket = false;
    BudgetTargetComparator pc;
    int64_t lo, hi;
    char *why = NULL;
    BudgetTargetReason bad;

    i = budgetp_target_match_unit(nm, nums[0].e, e, &ua);
    if ((budgetp_target_ends(nm, b, nums[0].b, "[") || budgetp_target_ends(nm, b, nums[0].b, "(")) &&
        (budgetp_target_starts(nm, i, e, ",") || budgetp_target_starts(nm, i, e, "，"))) {
        bracket = true;
        sep = budgetp_target_starts(nm, i, e, ",") ? 1 : strlen("，");
    } else {
        for (size_t k = 0; k < G_N_ELEMENTS(range_seps); k++) {
            size_t l = strlen(range_seps[k]);
            if (l > sep && budgetp_target_starts(nm, i, e, range_seps[k]))
                sep = l;
        }
    }
    if (sep == 0 || i + sep != nums[1].b) {
        char *a = budgetp_target_orig_slice(nm, nums[0].b, nums[0].e),
             *c = budgetp_target_orig_slice(nm, nums[1].b, nums[1].e);
        set_unparsed(t, BUDGET_TARGET_REASON_MORE_THAN_ONE_NUMBER, "more than one number ('%s' and '%s')", a,
                     c);
        g_free(a);
        g_free(c);
        return;
    }
    after = budgetp_target_match_unit(nm, nums[1].e, e, &ub);
    if (unknown_unit(t, nm, &ub, e) || unknown_unit(t, nm, &ua, e))
        return;
    if (bracket) {
        if (!(budgetp_target_starts(nm, after, e, "]") || budgetp_target_starts(nm, after, e, ")"))) {
            set_unparsed(t, BUDGET_TARGET_REASON_RANGE_UNCLOSED, "unclosed range bracket");
            return;
        }
        after++;
        if (ua.cls == BUDGET_TARGET_UNIT_NONE && ub.cls == BUDGET_TARGET_UNIT_NONE) {
            /* "[80,90]%": the unit after the bracket serves both */
            after = budgetp_target_match_unit(nm, after, e, &ub);
            if (unknown_unit(t, nm, &ub, e))
                return;
        }
    }
    if (budgetp_target_match_cmp_before(nm, b, nums[0].b - (bracket ? 1 : 0), &pc) > 0) {
        set_unparsed(t, BUDGET_TARGET_REASON_RANGE_WITH_COMPARATOR, "comparator before a range");
        return;
    }
    if (ua.cls != BUDGET_TARGET_UNIT_NONE && ub.cls != BUDGET_TARGET_UNIT_NONE) {
        char *ka = budgetp_target_unit_key(nm, &ua), *kb = budgetp_target_unit_key(nm, &ub);
        bool same = ua.cls == ub.cls && strcmp(ka, kb) == 0;
        g_free(ka);
        g_free(kb);
        if (!same) {
            char *a = budgetp_target_orig_slice(nm, ua.b, ua.e),
                 *c = budgetp_target_orig_slice(nm, ub.b, ub.e);
            set_unparsed(t, BUDGET_TARGET_REASON_UNITS_DIFFER,
                         "range bounds in different units ('%s' and '%s')", a, c);
            g_free(a);
            g_free(c);
            return;
        }
    }
    if (ub.cls == BUDGET_TARGET_UNIT_NONE && ua.cls != BUDGET_TARGET_UNIT_NONE) {
        /* "80%-90": the first unit serves both */
        BudgetpTargetUnit tmp = ua;
        bad = num_value(nm, &nums[0], false, &ua, &lo, &why);
        if (bad == BUDGET_TARGET_REASON_NONE)
            bad = num_value(nm, &nums[1], false, &tmp, &hi, &why);
        if (bad != BUDGET_TARGET_REASON_NONE)
            goto bad_value;
        set_unit(t, nm, &ua);
    } else {
        bad = num_value(nm, &nums[0], false, &ub, &lo, &why);
        if (bad == BUDGET_TARGET_REASON_NONE)
            bad = num_value(nm, &nums[1], false, &ub, &hi, &why);
        if (bad != BUDGET_TARGET_REASON_NONE)
            goto bad_value;
        set_unit(t, nm, &ub);
    }
    if (lo > hi) {
        char *a = budgetp_target_orig_slice(nm, nums[0].b, nums[0].e),
             *c = budgetp_target_orig_slice(nm, nums[1].b, nums[1].e);
        set_unparsed(t, BUDGET_TARGET_REASON_RANGE_REVERSED,
                     "range lower bound '%s' is above upper bound '%s'", a, c);
        g_free(a);
        g_free(c);
        return;
    }
    t->kind = BUDGET_TARGET_RANGE;
    t->direction = BUDGET_TARGET_DIRECTION_EXACT;
    t->low = lo;
    t->high = hi;
    t->label = make_label(nm, b, nums[0].b - (bracket ? 1 : 0), after, e);
    return;
bad_value:
    set_unparsed(t, bad, "%s", why);
    g_free(why);
}

/* ---------------------------------------------------------------------
 * Deadlines
 * ------------------------------------------------------------------- */

static const char *const year_end_words[] = {"年度末", "年度内", "年底", "年末", "年内"};

static size_t match_word(const BudgetpTargetText *nm, size_t i, size_t e, const char *const *words, size_t n)
{
    size_t best = 0;
    for (size_t k = 0; k < n; k++) {
        size_t l = strlen(words[k]);
        if (l > best && budgetp_target_starts(nm, i, e, words[k]))
            best = l;
    }
    return best;
}

/* Whether the text is written as a date: a 4-digit number followed by 年
 * or "-", a number followed by 月, or a year-end word without digits. */
static bool looks_like_date(const BudgetpTargetText *nm, size_t b, size_t e, const BudgetpTargetNum *nums,
                            size_t n)
{
    for (size_t k = 0; k < n && k < TARGET_MAX_NUMS; k++) {
        if (nums[k].plain && nums[k].int_digits == 4 &&
            (budgetp_target_starts(nm, nums[k].e, e, "年") || budgetp_target_starts(nm, nums[k].e, e, "-")))
            return true;
        if (nums[k].plain && budgetp_target_starts(nm, nums[k].e, e, "月"))
            return true;
    }
    if (n == 0)
        for (size_t i = b; i < e; i++)
            if (match_word(nm, i, e, year_end_words, G_N_ELEMENTS(year_end_words)) > 0)
                return true;
    return false;
}

static int num_int(const BudgetpTargetNum *num)
{
    return (int)(num->micro / TARGET_MICRO);
}

static void parse_deadline(BudgetTarget *t, const BudgetpTargetText *nm, size_t b, size_t e,
                           const BudgetpTargetNum *nums, size_t n, int year)
{
    size_t ds = e, de = e, used = 0;
    int y = 0, m = 12, d = 0;
    bool month_end = true;
    static const char *const before_words[] = {"之前", "以前", "前", "为止", "止"};
    BudgetDate date;

    if (n == 0) {
        for (size_t i = b; i < e; i++) {
            size_t l = match_word(nm, i, e, year_end_words, G_N_ELEMENTS(year_end_words));
            if (l > 0) {
                ds = i;
                de = i + l;
                break;
            }
        }
    } else if (nums[0].plain && nums[0].int_digits == 4 && budgetp_target_starts(nm, nums[0].e, e, "-")) {
        if (n < 3 || nums[1].b != nums[0].e + 1 || !budgetp_target_starts(nm, nums[1].e, e, "-") ||
            nums[2].b != nums[1].e + 1 || !nums[1].plain || !nums[2].plain) {
            set_unparsed(t, BUDGET_TARGET_REASON_DATE_MALFORMED, "incomplete date (YYYY-MM-DD expected)");
            return;
        }
        y = num_int(&nums[0]);
        m = num_int(&nums[1]);
        d = num_int(&nums[2]);
        month_end = false;
        ds = nums[0].b;
        de = nums[2].e;
        used = 3;
    } else {
        size_t i = nums[0].e;
        size_t k = 0;

        ds = nums[0].b;
        if (nums[0].int_digits == 4 && budgetp_target_starts(nm, i, e, "年")) {
            size_t l;
            y = num_int(&nums[0]);
            i += strlen("年");
            k = 1;
            l = match_word(nm, i - strlen("年"), e, year_end_words, G_N_ELEMENTS(year_end_words));
            if (l > 0) {
                de = i - strlen("年") + l;
                used = 1;
                goto have_span;
            }
            if (n < 2 || nums[1].b != i || !budgetp_target_starts(nm, nums[1].e, e, "月")) {
                char *s = budgetp_target_orig_slice(nm, ds, i);
                set_unparsed(t, BUDGET_TARGET_REASON_DATE_MALFORMED,
                             "year '%s' without month (write e.g. '%s12月31日')", s, s);
                g_free(s);
                return;
            }
        }
        if (k >= n || nums[k].b != (k == 0 ? nums[0].b : i) ||
            !budgetp_target_starts(nm, nums[k].e, e, "月") || !nums[k].plain) {
            set_unparsed(t, BUDGET_TARGET_REASON_DATE_MALFORMED, "not a date");
            return;
        }
        m = num_int(&nums[k]);
        i = nums[k].e + strlen("月");
        k++;
        if (k < n && nums[k].b == i && nums[k].plain &&
            (budgetp_target_starts(nm, nums[k].e, e, "日") ||
             budgetp_target_starts(nm, nums[k].e, e, "号"))) {
            d = num_int(&nums[k]);
            month_end = false;
            i = nums[k].e + strlen("日");
            k++;
        } else if (budgetp_target_starts(nm, i, e, "底") || budgetp_target_starts(nm, i, e, "末")) {
            i += strlen("底");
        } else if (match_word(nm, i, e, before_words, 3) > 0) {
            char *s = budgetp_target_orig_slice(nm, ds, i + match_word(nm, i, e, before_words, 3));
            set_unparsed(t, BUDGET_TARGET_REASON_DATE_AMBIGUOUS,
                         "'%s' is ambiguous (before the month, or by its end?)", s);
            g_free(s);
            return;
        }
        de = i;
        used = k;
    }
have_span:
    if (used < n) {
        char *s = budgetp_target_orig_slice(nm, nums[used].b, nums[used].e);
        set_unparsed(t, BUDGET_TARGET_REASON_MORE_THAN_ONE_NUMBER, "a number ('%s') besides the date", s);
        g_free(s);
        return;
    }
    if (y == 0) {
        if (year == 0) {
            char *s = budgetp_target_orig_slice(nm, ds, de);
            set_unparsed(t, BUDGET_TARGET_REASON_DATE_NO_YEAR,
                         "deadline '%s' has no year and no budget year was given", s);
            g_free(s);
            return;
        }
        y = year;
    }
    if (month_end) {
        if (m < 1 || m > 12 || y < 1 || y > 9999) {
            set_unparsed(t, BUDGET_TARGET_REASON_DATE_INVALID, "no such month %d-%02d", y, m);
            return;
        }
        date = budget_date_month_end(y, m);
    } else if (!budget_date_from_ymd(y, m, d, &date)) {
        set_unparsed(t, BUDGET_TARGET_REASON_DATE_INVALID, "no such date %04d-%02d-%02d", y, m, d);
        return;
    }
    de += match_word(nm, de, e, before_words, G_N_ELEMENTS(before_words));
    t->kind = BUDGET_TARGET_DEADLINE;
    t->direction = BUDGET_TARGET_DIRECTION_LOWER;
    t->deadline = date;
    t->label = make_label(nm, b, ds, de, e);
}

/* ---------------------------------------------------------------------
 * Tiers
 * ------------------------------------------------------------------- */

typedef struct {
    const char *text;
    BudgetTargetGrade grade;
} GradeWord;

static const GradeWord grade_marks[] = {
    {"为优秀", BUDGET_TARGET_GRADE_EXCELLENT}, {"为优", BUDGET_TARGET_GRADE_EXCELLENT},
    {"为良好", BUDGET_TARGET_GRADE_GOOD},      {"为良", BUDGET_TARGET_GRADE_GOOD},
    {"为中等", BUDGET_TARGET_GRADE_FAIR},      {"为中", BUDGET_TARGET_GRADE_FAIR},
    {"为较差", BUDGET_TARGET_GRADE_POOR},      {"为差", BUDGET_TARGET_GRADE_POOR},
};

static bool is_clause_sep(const BudgetpTargetText *nm, size_t i, size_t e, size_t *len)
{
    static const char *const seps[] = {"，", "；", ";", "、", "。"};
    for (size_t k = 0; k < G_N_ELEMENTS(seps); k++)
        if (budgetp_target_starts(nm, i, e, seps[k])) {
            *len = strlen(seps[k]);
            return true;
        }
    /* an ASCII comma between digits is a thousands separator */
    if (nm->s[i] == ',' && !(i > 0 && budgetp_target_is_digit(nm->s[i - 1]) && i + 1 < e &&
                             budgetp_target_is_digit(nm->s[i + 1]))) {
        *len = 1;
        return true;
    }
    return false;
}

/* A grade mark ("为优") that ends a clause: the text is graded tiers. */
static bool has_grade_mark(const BudgetpTargetText *nm, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        for (size_t k = 0; k < G_N_ELEMENTS(grade_marks); k++) {
            size_t l = strlen(grade_marks[k].text), sl;
            if (budgetp_target_starts(nm, i, e, grade_marks[k].text) &&
                (i + l == e || is_clause_sep(nm, i + l, e, &sl)))
                return true;
        }
    return false;
}

typedef struct {
    BudgetTargetGrade grade;
    BudgetTargetComparator cmp; /* as written; NONE = implied or no number */
    bool has_number;
    int64_t threshold;
    char *unit_key;
    BudgetpTargetUnit unit;
} Band;

static BudgetTargetComparator complement(BudgetTargetComparator c)
{
    switch (c) {
    case BUDGET_TARGET_CMP_GE:
        return BUDGET_TARGET_CMP_LT;
    case BUDGET_TARGET_CMP_GT:
        return BUDGET_TARGET_CMP_LE;
    case BUDGET_TARGET_CMP_LE:
        return BUDGET_TARGET_CMP_GT;
    case BUDGET_TARGET_CMP_LT:
        return BUDGET_TARGET_CMP_GE;
    default:
        return BUDGET_TARGET_CMP_NONE;
    }
}

/* One "… 为 X" clause. Returns false (with @t unparsed) on error. */
static bool parse_band(BudgetTarget *t, const BudgetpTargetText *nm, size_t b, size_t e, Band *band)
{
    BudgetpTargetNum nums[TARGET_MAX_NUMS];
    size_t n = budgetp_target_find_nums(nm, b, e, nums, TARGET_MAX_NUMS), i, ql;
    BudgetTargetComparator pc, qc;
    char *why = NULL;
    BudgetTargetReason bad;

    if (n == 0)
        return true;
    if (n > 1) {
        char *s = budgetp_target_orig_slice(nm, b, e);
        set_unparsed(t, BUDGET_TARGET_REASON_MORE_THAN_ONE_NUMBER, "tier band '%s' has more than one number",
                     s);
        g_free(s);
        return false;
    }
    budgetp_target_match_cmp_before(nm, b, nums[0].b, &pc);
    i = budgetp_target_match_unit(nm, nums[0].e, e, &band->unit);
    if (unknown_unit(t, nm, &band->unit, e))
        return false;
    ql = budgetp_target_match_cmp_after(nm, i, e, &qc);
    (void)ql;
    if (pc != BUDGET_TARGET_CMP_NONE && qc != BUDGET_TARGET_CMP_NONE &&
        !((budgetp_target_cmp_is_higher(pc) && qc == BUDGET_TARGET_CMP_GE) ||
          (budgetp_target_cmp_is_lower(pc) && qc == BUDGET_TARGET_CMP_LE))) {
        char *s = budgetp_target_orig_slice(nm, b, e);
        set_unparsed(t, BUDGET_TARGET_REASON_CONFLICTING_COMPARATORS,
                     "conflicting comparators in tier band '%s'", s);
        g_free(s);
        return false;
    }
    band->cmp = pc != BUDGET_TARGET_CMP_NONE ? pc : qc;
    bad = num_value(nm, &nums[0], false, &band->unit, &band->threshold, &why);
    if (bad != BUDGET_TARGET_REASON_NONE) {
        set_unparsed(t, bad, "%s", why);
        g_free(why);
        return false;
    }
    band->has_number = true;
    band->unit_key = budgetp_target_unit_key(nm, &band->unit);
    return true;
}

static void parse_tiers(BudgetTarget *t, const BudgetpTargetText *nm, size_t b, size_t e)
{
    Band bands[TARGET_MAX_TIERS + 1];
    size_t nb = 0, cb = b;
    GString *label = g_string_new(NULL);
    const Band *unit_band = NULL;
    BudgetTargetDirection dir;
    size_t n_regular = 0;

    memset(bands, 0, sizeof bands);
    for (size_t i = b; i <= e;) {
        size_t sl = 0;
        if (i < e && !is_clause_sep(nm, i, e, &sl)) {
            i++;
            continue;
        }
        {
            size_t ce = i, xb = cb, xe = ce, best = 0;
            BudgetTargetGrade g = BUDGET_TARGET_GRADE_NONE;

            budgetp_target_trim_punct(nm, &xb, &xe);
            for (size_t k = 0; k < G_N_ELEMENTS(grade_marks); k++) {
                size_t l = strlen(grade_marks[k].text);
                if (l > best && budgetp_target_ends(nm, xb, xe, grade_marks[k].text)) {
                    best = l;
                    g = grade_marks[k].grade;
                }
            }
            if (xb < xe && g == BUDGET_TARGET_GRADE_NONE) {
                BudgetpTargetNum tmp[1];
                char *s = budgetp_target_orig_slice(nm, xb, xe);
                if (budgetp_target_find_nums(nm, xb, xe, tmp, 1) > 0) {
                    set_unparsed(t, BUDGET_TARGET_REASON_TIERS_CLAUSE_WITHOUT_GRADE,
                                 "tier clause '%s' has a number but no grade", s);
                    g_free(s);
                    goto out;
                }
                if (label->len > 0)
                    g_string_append(label, "，");
                g_string_append(label, s);
                g_free(s);
            } else if (xb < xe) {
                if (nb == TARGET_MAX_TIERS) {
                    set_unparsed(t, BUDGET_TARGET_REASON_TIERS_TOO_MANY_BANDS, "too many tier bands");
                    goto out;
                }
                for (size_t k = 0; k < nb; k++)
                    if (bands[k].grade == g) {
                        set_unparsed(t, BUDGET_TARGET_REASON_TIERS_GRADE_REPEATED, "grade '%s' given twice",
                                     budget_target_grade_to_string(g));
                        goto out;
                    }
                bands[nb].grade = g;
                if (!parse_band(t, nm, xb, xe - best, &bands[nb])) {
                    nb++;
                    goto out;
                }
                nb++;
            }
        }
        if (i >= e)
            break;
        i += sl;
        cb = i;
    }
    /* best grade first */
    for (size_t x = 1; x < nb; x++)
        for (size_t y = x; y > 0 && bands[y - 1].grade > bands[y].grade; y--) {
            Band tmp = bands[y];
            bands[y] = bands[y - 1];
            bands[y - 1] = tmp;
        }
    if (nb == 0 || !bands[0].has_number) {
        set_unparsed(t, BUDGET_TARGET_REASON_TIERS_WITHOUT_THRESHOLDS, "tier text without thresholds");
        goto out;
    }
    /* the unit is named by the first band that writes one; the others
     * write the same or none (none is refused for money: fen vs micro) */
    for (size_t k = 0; k < nb; k++)
        if (bands[k].has_number && (unit_band == NULL || (unit_band->unit.cls == BUDGET_TARGET_UNIT_NONE &&
                                                          bands[k].unit.cls != BUDGET_TARGET_UNIT_NONE)))
            unit_band = &bands[k];
    for (size_t k = 0; k < nb; k++) {
        const Band *bd = &bands[k];
        if (bd->has_number &&
            ((bd->unit.cls != BUDGET_TARGET_UNIT_NONE &&
              (bd->unit.cls != unit_band->unit.cls || strcmp(bd->unit_key, unit_band->unit_key) != 0)) ||
             (bd->unit.cls == BUDGET_TARGET_UNIT_NONE && unit_band->unit.cls == BUDGET_TARGET_UNIT_MONEY))) {
            set_unparsed(t, BUDGET_TARGET_REASON_UNITS_DIFFER, "tier bands in different units");
            goto out;
        }
    }
    dir = budgetp_target_cmp_is_lower(bands[0].cmp) ? BUDGET_TARGET_DIRECTION_LOWER
                                                    : BUDGET_TARGET_DIRECTION_HIGHER;
    for (size_t k = 0; k < nb; k++) {
        Band *bd = &bands[k];
        bool agrees = bd->has_number &&
                      (dir == BUDGET_TARGET_DIRECTION_HIGHER
                           ? (bd->cmp == BUDGET_TARGET_CMP_NONE || budgetp_target_cmp_is_higher(bd->cmp))
                           : budgetp_target_cmp_is_lower(bd->cmp));
        TargetTier *tt = &t->tiers[k];

        tt->grade = bd->grade;
        if (bd->cmp == BUDGET_TARGET_CMP_EQ) {
            set_unparsed(t, BUDGET_TARGET_REASON_TIERS_EQUALS, "tier band '%s' uses '='",
                         budget_target_grade_to_string(bd->grade));
            goto out;
        }
        if (agrees) {
            if (n_regular != k) {
                set_unparsed(t, BUDGET_TARGET_REASON_TIERS_CATCH_ALL_MISPLACED,
                             "tier band '%s' comes after the catch-all band",
                             budget_target_grade_to_string(bd->grade));
                goto out;
            }
            if (k > 0 && (dir == BUDGET_TARGET_DIRECTION_HIGHER ? bd->threshold >= bands[k - 1].threshold
                                                                : bd->threshold <= bands[k - 1].threshold)) {
                set_unparsed(t, BUDGET_TARGET_REASON_TIERS_NOT_IN_ORDER,
                             "tier thresholds of '%s' and '%s' are not in order",
                             budget_target_grade_to_string(bands[k - 1].grade),
                             budget_target_grade_to_string(bd->grade));
                goto out;
            }
            tt->cmp = bd->cmp == BUDGET_TARGET_CMP_NONE ? BUDGET_TARGET_CMP_GE : bd->cmp;
            tt->threshold = bd->threshold;
            n_regular++;
        } else {
            if (k == 0 || k != nb - 1) {
                set_unparsed(t, BUDGET_TARGET_REASON_TIERS_CATCH_ALL_MISPLACED,
                             "only the last tier band may be a catch-all");
                goto out;
            }
            if (bd->has_number && bd->threshold != bands[k - 1].threshold) {
                set_unparsed(t, BUDGET_TARGET_REASON_TIERS_CATCH_ALL_GAP,
                             "catch-all tier band '%s' does not start at the last threshold",
                             budget_target_grade_to_string(bd->grade));
                goto out;
            }
            tt->cmp = bd->has_number ? complement(t->tiers[k - 1].cmp) : BUDGET_TARGET_CMP_NONE;
            tt->threshold = bd->has_number ? bd->threshold : 0;
            tt->catch_all = true;
        }
    }
    t->kind = BUDGET_TARGET_TIERS;
    t->n_tiers = nb;
    t->direction = dir;
    set_unit(t, nm, &unit_band->unit);
    if (label->len > 0)
        t->label = g_strdup(label->str);
out:
    for (size_t k = 0; k < TARGET_MAX_TIERS + 1; k++)
        g_free(bands[k].unit_key);
    g_string_free(label, TRUE);
}

/* ---------------------------------------------------------------------
 * Qualitative
 * ------------------------------------------------------------------- */

/* Standard phrases of qualitative targets, for budget_target_get_keyword(). */
static const char *const keywords[] = {
    "按期完成", "按时完成", "如期完成", "按要求完成",   "按计划完成",   "符合要求", "符合标准",
    "符合规定", "通过评审", "通过验收", "满足工作需要", "满足工作要求", "满足要求", "满足需要",
    "正常运行", "正常使用", "稳定运行", "成效明显",     "及时准确",     "持续提升", "达到要求",
    "达到预期", "顺利开展", "充分",     "合理",         "有效",         "完整",     "规范",
    "合规",     "完备",     "达标",     "完成",         "提升",         "保障",
};

static const char *find_keyword(const BudgetpTargetText *nm, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++) {
        const char *best = NULL;
        for (size_t k = 0; k < G_N_ELEMENTS(keywords); k++)
            if (budgetp_target_starts(nm, i, e, keywords[k]) &&
                (best == NULL || strlen(keywords[k]) > strlen(best)))
                best = keywords[k];
        if (best != NULL)
            return best;
    }
    return NULL;
}

static void parse_words(BudgetTarget *t, const BudgetpTargetText *nm, size_t b, size_t e)
{
    bool han = false;
    const char *mark;

    for (size_t i = b; i < e; i += (size_t)g_utf8_skip[(guchar)nm->s[i]])
        if (budgetp_target_is_han(g_utf8_get_char(nm->s + i)))
            han = true;
    mark = budgetp_target_find_cmp_mark(nm, b, e);
    if (mark != NULL) {
        set_unparsed(t, BUDGET_TARGET_REASON_COMPARATOR_WITHOUT_NUMBER, "comparator '%s' without a number",
                     mark);
        return;
    }
    {
        char *sym = find_symbol(nm, b, e);
        if (sym != NULL && strcmp(sym, "√") != 0 && strcmp(sym, "✓") != 0 && strcmp(sym, "×") != 0) {
            set_unparsed(t, BUDGET_TARGET_REASON_UNKNOWN_SYMBOL,
                         "symbol '%s' is not a comparator or unit libbudget reads", sym);
            g_free(sym);
            return;
        }
        g_free(sym);
    }
    if (budgetp_target_contains(nm, b, e, "百分之")) {
        set_unparsed(t, BUDGET_TARGET_REASON_NUMBER_IN_WORDS, "number written in words ('百分之…')");
        return;
    }
    if (budgetp_target_contains(nm, b, e, "%")) {
        set_unparsed(t, BUDGET_TARGET_REASON_UNIT_WITHOUT_NUMBER, "unit '%%' without a number");
        return;
    }
    if (!han) {
        set_unparsed(t, BUDGET_TARGET_REASON_NO_CONTENT, "no number, date or words");
        return;
    }
    t->kind = BUDGET_TARGET_QUALITATIVE;
    t->direction = BUDGET_TARGET_DIRECTION_NONE;
    t->keyword = find_keyword(nm, b, e);
}

/* A comparator or a percent sign left in the label of a number, range or
 * deadline is not next to its number: refuse rather than guess. */
static void check_label(BudgetTarget *t)
{
    BudgetpTargetText ln;
    const char *mark;
    bool percent;
    char *sym;

    budgetp_target_text_init(&ln, t->label, strlen(t->label));
    mark = budgetp_target_find_cmp_mark(&ln, 0, ln.n);
    percent = budgetp_target_contains(&ln, 0, ln.n, "%") || budgetp_target_contains(&ln, 0, ln.n, "百分比");
    sym = find_symbol(&ln, 0, ln.n);
    budgetp_target_text_clear(&ln);
    if (mark != NULL)
        set_unparsed(t, BUDGET_TARGET_REASON_COMPARATOR_AWAY, "comparator '%s' away from the number", mark);
    else if (percent)
        set_unparsed(t, BUDGET_TARGET_REASON_UNIT_AWAY, "percent sign away from the number");
    else if (sym != NULL) /* "≈100%", "≠0", "±10%": never read as "at least" or dropped */
        set_unparsed(t, BUDGET_TARGET_REASON_UNKNOWN_SYMBOL,
                     "symbol '%s' is not a comparator or unit libbudget reads", sym);
    g_free(sym);
}

/* Fills @t (already holding its text) from @nm. */
static void parse_norm(BudgetTarget *t, const BudgetpTargetText *nm, int year)
{
    size_t b = 0, e = nm->n, n;
    BudgetpTargetNum nums[TARGET_MAX_NUMS];

    budgetp_target_trim_punct(nm, &b, &e);
    if (b >= e) {
        set_unparsed(t, BUDGET_TARGET_REASON_EMPTY, "empty target");
        return;
    }
    n = budgetp_target_find_nums(nm, b, e, nums, TARGET_MAX_NUMS);
    if (has_grade_mark(nm, b, e)) {
        if (n == 0)
            set_unparsed(t, BUDGET_TARGET_REASON_TIERS_WITHOUT_THRESHOLDS, "tier text without thresholds");
        else
            parse_tiers(t, nm, b, e);
    } else if (looks_like_date(nm, b, e, nums, n)) {
        parse_deadline(t, nm, b, e, nums, n, year);
    } else if (n == 0) {
        parse_words(t, nm, b, e);
    } else if (n == 1) {
        parse_number(t, nm, b, e, &nums[0]);
    } else if (n == 2) {
        parse_two(t, nm, b, e, nums);
    } else {
        char *a = budgetp_target_orig_slice(nm, nums[0].b, nums[0].e),
             *c = budgetp_target_orig_slice(nm, nums[1].b, nums[1].e);
        set_unparsed(t, BUDGET_TARGET_REASON_MORE_THAN_ONE_NUMBER, "more than one number ('%s' and '%s')", a,
                     c);
        g_free(a);
        g_free(c);
    }
    if (t->label != NULL && t->kind != BUDGET_TARGET_TIERS)
        check_label(t);
}

BudgetTarget *budgetp_target_build(const char *text, size_t len, int year, BudgetpTargetText *nm)
{
    BudgetTarget *t = g_atomic_rc_box_new0(BudgetTarget);

    t->text = g_strndup(text, len);
    t->unit = g_strdup("");
    budgetp_target_text_init(nm, text, len);
    parse_norm(t, nm, year);
    return t;
}

BudgetTarget *budget_target_parse(const char *text, ptrdiff_t len, int year, BudgetError *error)
{
    size_t n;
    BudgetpTargetText nm;
    BudgetTarget *t;

    budget_error_clear(error);
    budgetp_return_val_if_fail(text != NULL, NULL, error);
    budgetp_return_val_if_fail(len >= -1, NULL, error);
    budgetp_return_val_if_fail(year >= 0 && year <= 9999, NULL, error);
    n = len < 0 ? strlen(text) : (size_t)len;
    if (!g_utf8_validate(text, (gssize)n, NULL) || memchr(text, '\0', n) != NULL) {
        budgetp_error_set(error, BUDGET_ERROR_ENCODING, NULL, 0, 0, NULL, "target text is not valid UTF-8");
        return NULL;
    }
    t = budgetp_target_build(text, n, year, &nm);
    budgetp_target_text_clear(&nm);
    return t;
}
