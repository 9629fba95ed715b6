/* target: indicator target texts (指标值) parsed into typed targets and
 * evaluated against actual values (DESIGN.md "Indicators"). The rules are
 * documented in budget-target.h; this file follows them literally. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "target-private.h"

#define MICRO INT64_C(1000000)
#define MAX_NUMS 16

/* ---------------------------------------------------------------------
 * Normalized text: full-width ASCII forms folded to ASCII (except the
 * full-width comma, a clause separator, never a thousands separator),
 * whitespace dropped, with a map back to the original bytes so units and
 * labels are returned as written.
 * ------------------------------------------------------------------- */

typedef struct {
    char *s;
    size_t n;
    size_t *map; /* s[j] comes from orig[map[j]]; map[n] = orig_len */
    const char *orig;
    size_t orig_len;
} Norm;

static void norm_init(Norm *nm, const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    size_t j = 0;

    nm->s = g_malloc(len + 1);
    nm->map = g_new(size_t, len + 1);
    nm->orig = text;
    nm->orig_len = len;
    while (p < end) {
        gunichar c = g_utf8_get_char(p);
        const char *next = (p + g_utf8_skip[*(const guchar *)p]);
        size_t at = (size_t)(p - text);

        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000 || c == 0xA0) {
            p = next;
            continue;
        }
        if (c >= 0xFF01 && c <= 0xFF5E && c != 0xFF0C) {
            nm->map[j] = at;
            nm->s[j++] = (char)(c - 0xFEE0);
        } else {
            for (const char *q = p; q < next; q++) {
                nm->map[j] = at;
                nm->s[j++] = *q;
            }
        }
        p = next;
    }
    nm->n = j;
    nm->map[j] = len;
    nm->s[j] = '\0';
}

static void norm_clear(Norm *nm)
{
    g_free(nm->s);
    g_free(nm->map);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether s[i..e) starts with @lit. */
static bool starts(const Norm *nm, size_t i, size_t e, const char *lit)
{
    size_t l = strlen(lit);
    return i + l <= e && memcmp(nm->s + i, lit, l) == 0;
}

/* Whether s[b..i) ends with @lit. */
static bool ends(const Norm *nm, size_t b, size_t i, const char *lit)
{
    size_t l = strlen(lit);
    return i >= b + l && memcmp(nm->s + i - l, lit, l) == 0;
}

static bool contains(const Norm *nm, size_t b, size_t e, const char *lit)
{
    for (size_t i = b; i < e; i++)
        if (starts(nm, i, e, lit))
            return true;
    return false;
}

/* The original text of s[b..e), without surrounding spaces. */
static char *orig_slice(const Norm *nm, size_t b, size_t e)
{
    char *r = g_strndup(nm->orig + nm->map[b], nm->map[e] - nm->map[b]);
    return g_strstrip(r);
}

static char *norm_slice(const Norm *nm, size_t b, size_t e)
{
    return g_strndup(nm->s + b, e - b);
}

/* Punctuation that may end or start a target without meaning anything. */
static const char *const edge_punct[] = {"。", ".", "；", ";", "，", ",", "!", "！", "、", ":", "："};

static void trim_punct(const Norm *nm, size_t *b, size_t *e)
{
    bool again = true;

    while (again && *b < *e) {
        again = false;
        for (size_t k = 0; k < G_N_ELEMENTS(edge_punct); k++) {
            size_t l = strlen(edge_punct[k]);
            if (ends(nm, *b, *e, edge_punct[k])) {
                *e -= l;
                again = true;
            } else if (starts(nm, *b, *e, edge_punct[k]) &&
                       !(l == 1 && *b + 1 < *e && is_digit(nm->s[*b + 1]))) {
                /* ".5" is a number, not punctuation */
                *b += l;
                again = true;
            }
        }
    }
}

/* ---------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------- */

typedef struct {
    size_t b, e;
    int64_t micro;
    int int_digits;
    bool plain; /* digits only: no point, no comma */
    bool overflow;
    bool too_precise;
} Num;

static size_t scan_num(const Norm *nm, size_t i, size_t e, bool commas, Num *num)
{
    const char *s = nm->s;
    int64_t ip = 0, frac = 0;
    int nfrac = 0;

    memset(num, 0, sizeof *num);
    num->b = i;
    num->plain = true;
    while (i < e) {
        if (is_digit(s[i])) {
            if (__builtin_mul_overflow(ip, 10, &ip) || __builtin_add_overflow(ip, s[i] - '0', &ip))
                num->overflow = true;
            num->int_digits++;
            i++;
        } else if (commas && s[i] == ',' && num->int_digits > 0 && i + 3 < e && is_digit(s[i + 1]) &&
                   is_digit(s[i + 2]) && is_digit(s[i + 3]) && (i + 4 >= e || !is_digit(s[i + 4]))) {
            num->plain = false;
            i++;
        } else {
            break;
        }
    }
    if (i + 1 < e && s[i] == '.' && is_digit(s[i + 1])) {
        num->plain = false;
        i++;
        while (i < e && is_digit(s[i])) {
            if (nfrac < 6) {
                frac = frac * 10 + (s[i] - '0');
                nfrac++;
            } else if (s[i] != '0') {
                num->too_precise = true;
            }
            i++;
        }
    }
    while (nfrac < 6) {
        frac *= 10;
        nfrac++;
    }
    if (__builtin_mul_overflow(ip, MICRO, &num->micro) || __builtin_add_overflow(num->micro, frac, &num->micro))
        num->overflow = true;
    num->e = i;
    return i;
}

static size_t find_nums(const Norm *nm, size_t b, size_t e, Num *nums, size_t max)
{
    bool commas = !contains(nm, b, e, "[");
    size_t n = 0;

    for (size_t i = b; i < e;) {
        if (is_digit(nm->s[i]) || (nm->s[i] == '.' && i + 1 < e && is_digit(nm->s[i + 1]))) {
            Num num;
            i = scan_num(nm, i, e, commas, &num);
            if (n < max)
                nums[n] = num;
            n++;
        } else {
            i++;
        }
    }
    return n;
}

/* ---------------------------------------------------------------------
 * Comparators and units
 * ------------------------------------------------------------------- */

typedef struct {
    const char *text;
    BudgetTargetComparator cmp;
} CmpWord;

/* Before the number. Longest match wins (不低于 over 低于). */
static const CmpWord cmp_before[] = {
    {">=", BUDGET_TARGET_CMP_GE},       {"≥", BUDGET_TARGET_CMP_GE},        {"≧", BUDGET_TARGET_CMP_GE},
    {"<=", BUDGET_TARGET_CMP_LE},       {"≤", BUDGET_TARGET_CMP_LE},        {"≦", BUDGET_TARGET_CMP_LE},
    {"==", BUDGET_TARGET_CMP_EQ},       {"=", BUDGET_TARGET_CMP_EQ},        {">", BUDGET_TARGET_CMP_GT},
    {"<", BUDGET_TARGET_CMP_LT},        {"大于或等于", BUDGET_TARGET_CMP_GE}, {"大于等于", BUDGET_TARGET_CMP_GE},
    {"不低于", BUDGET_TARGET_CMP_GE},   {"不少于", BUDGET_TARGET_CMP_GE},   {"不小于", BUDGET_TARGET_CMP_GE},
    {"至少", BUDGET_TARGET_CMP_GE},     {"达到", BUDGET_TARGET_CMP_GE},     {"小于或等于", BUDGET_TARGET_CMP_LE},
    {"小于等于", BUDGET_TARGET_CMP_LE}, {"不高于", BUDGET_TARGET_CMP_LE},   {"不超过", BUDGET_TARGET_CMP_LE},
    {"不多于", BUDGET_TARGET_CMP_LE},   {"不大于", BUDGET_TARGET_CMP_LE},   {"至多", BUDGET_TARGET_CMP_LE},
    {"最多", BUDGET_TARGET_CMP_LE},     {"大于", BUDGET_TARGET_CMP_GT},     {"高于", BUDGET_TARGET_CMP_GT},
    {"超过", BUDGET_TARGET_CMP_GT},     {"多于", BUDGET_TARGET_CMP_GT},     {"小于", BUDGET_TARGET_CMP_LT},
    {"低于", BUDGET_TARGET_CMP_LT},     {"少于", BUDGET_TARGET_CMP_LT},     {"不足", BUDGET_TARGET_CMP_LT},
    {"等于", BUDGET_TARGET_CMP_EQ},
};

/* After the number and unit. */
static const CmpWord cmp_after[] = {
    {"及以上", BUDGET_TARGET_CMP_GE}, {"以上", BUDGET_TARGET_CMP_GE}, {"及以下", BUDGET_TARGET_CMP_LE},
    {"以下", BUDGET_TARGET_CMP_LE},   {"以内", BUDGET_TARGET_CMP_LE}, {"之内", BUDGET_TARGET_CMP_LE},
    {"内", BUDGET_TARGET_CMP_LE},
};

/* Longest comparator ending at @i (within [b, i)); returns its length. */
static size_t match_cmp_before(const Norm *nm, size_t b, size_t i, BudgetTargetComparator *cmp)
{
    size_t best = 0;

    *cmp = BUDGET_TARGET_CMP_NONE;
    for (size_t k = 0; k < G_N_ELEMENTS(cmp_before); k++) {
        size_t l = strlen(cmp_before[k].text);
        if (l > best && ends(nm, b, i, cmp_before[k].text)) {
            best = l;
            *cmp = cmp_before[k].cmp;
        }
    }
    return best;
}

static size_t match_cmp_after(const Norm *nm, size_t i, size_t e, BudgetTargetComparator *cmp)
{
    size_t best = 0;

    *cmp = BUDGET_TARGET_CMP_NONE;
    for (size_t k = 0; k < G_N_ELEMENTS(cmp_after); k++) {
        size_t l = strlen(cmp_after[k].text);
        if (l > best && starts(nm, i, e, cmp_after[k].text)) {
            best = l;
            *cmp = cmp_after[k].cmp;
        }
    }
    return best;
}

static bool cmp_is_higher(BudgetTargetComparator c)
{
    return c == BUDGET_TARGET_CMP_GE || c == BUDGET_TARGET_CMP_GT;
}

static bool cmp_is_lower(BudgetTargetComparator c)
{
    return c == BUDGET_TARGET_CMP_LE || c == BUDGET_TARGET_CMP_LT;
}

typedef struct {
    const char *text;
    BudgetTargetUnitClass cls;
    BudgetMoneyUnit money;
} UnitWord;

static const UnitWord units[] = {
    {"%", BUDGET_TARGET_UNIT_PERCENT, 0},    {"百分比", BUDGET_TARGET_UNIT_PERCENT, 0},
    {"元", BUDGET_TARGET_UNIT_MONEY, BUDGET_MONEY_UNIT_YUAN},
    {"万元", BUDGET_TARGET_UNIT_MONEY, BUDGET_MONEY_UNIT_WAN},
    {"亿元", BUDGET_TARGET_UNIT_MONEY, BUDGET_MONEY_UNIT_YI},
    {"个", BUDGET_TARGET_UNIT_COUNT, 0},     {"次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"人次", BUDGET_TARGET_UNIT_COUNT, 0},   {"万人次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"套", BUDGET_TARGET_UNIT_COUNT, 0},     {"台套", BUDGET_TARGET_UNIT_COUNT, 0},
    {"期", BUDGET_TARGET_UNIT_COUNT, 0},     {"期次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"天", BUDGET_TARGET_UNIT_COUNT, 0},     {"日", BUDGET_TARGET_UNIT_COUNT, 0},
    {"工作日", BUDGET_TARGET_UNIT_COUNT, 0}, {"个工作日", BUDGET_TARGET_UNIT_COUNT, 0},
    {"项", BUDGET_TARGET_UNIT_COUNT, 0},     {"家", BUDGET_TARGET_UNIT_COUNT, 0},
    {"人", BUDGET_TARGET_UNIT_COUNT, 0},     {"万人", BUDGET_TARGET_UNIT_COUNT, 0},
    {"名", BUDGET_TARGET_UNIT_COUNT, 0},     {"台", BUDGET_TARGET_UNIT_COUNT, 0},
    {"份", BUDGET_TARGET_UNIT_COUNT, 0},     {"篇", BUDGET_TARGET_UNIT_COUNT, 0},
    {"场", BUDGET_TARGET_UNIT_COUNT, 0},     {"户", BUDGET_TARGET_UNIT_COUNT, 0},
    {"辆", BUDGET_TARGET_UNIT_COUNT, 0},     {"平方米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"平方公里", BUDGET_TARGET_UNIT_COUNT, 0}, {"公里", BUDGET_TARGET_UNIT_COUNT, 0},
    {"千米", BUDGET_TARGET_UNIT_COUNT, 0},   {"米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"吨", BUDGET_TARGET_UNIT_COUNT, 0},     {"万吨", BUDGET_TARGET_UNIT_COUNT, 0},
    {"亩", BUDGET_TARGET_UNIT_COUNT, 0},     {"万亩", BUDGET_TARGET_UNIT_COUNT, 0},
    {"公顷", BUDGET_TARGET_UNIT_COUNT, 0},   {"处", BUDGET_TARGET_UNIT_COUNT, 0},
    {"座", BUDGET_TARGET_UNIT_COUNT, 0},     {"所", BUDGET_TARGET_UNIT_COUNT, 0},
    {"件", BUDGET_TARGET_UNIT_COUNT, 0},     {"条", BUDGET_TARGET_UNIT_COUNT, 0},
    {"批", BUDGET_TARGET_UNIT_COUNT, 0},     {"批次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"册", BUDGET_TARGET_UNIT_COUNT, 0},     {"本", BUDGET_TARGET_UNIT_COUNT, 0},
    {"张", BUDGET_TARGET_UNIT_COUNT, 0},     {"部", BUDGET_TARGET_UNIT_COUNT, 0},
    {"组", BUDGET_TARGET_UNIT_COUNT, 0},     {"类", BUDGET_TARGET_UNIT_COUNT, 0},
    {"站", BUDGET_TARGET_UNIT_COUNT, 0},     {"站点", BUDGET_TARGET_UNIT_COUNT, 0},
    {"个站点", BUDGET_TARGET_UNIT_COUNT, 0}, {"点位", BUDGET_TARGET_UNIT_COUNT, 0},
    {"个点位", BUDGET_TARGET_UNIT_COUNT, 0}, {"小时", BUDGET_TARGET_UNIT_COUNT, 0},
    {"分钟", BUDGET_TARGET_UNIT_COUNT, 0},   {"秒", BUDGET_TARGET_UNIT_COUNT, 0},
    {"个月", BUDGET_TARGET_UNIT_COUNT, 0},   {"年", BUDGET_TARGET_UNIT_COUNT, 0},
    {"周", BUDGET_TARGET_UNIT_COUNT, 0},     {"季度", BUDGET_TARGET_UNIT_COUNT, 0},
    {"课时", BUDGET_TARGET_UNIT_COUNT, 0},   {"学时", BUDGET_TARGET_UNIT_COUNT, 0},
    {"宗", BUDGET_TARGET_UNIT_COUNT, 0},     {"起", BUDGET_TARGET_UNIT_COUNT, 0},
    {"公斤", BUDGET_TARGET_UNIT_COUNT, 0},   {"千克", BUDGET_TARGET_UNIT_COUNT, 0},
    {"立方米", BUDGET_TARGET_UNIT_COUNT, 0}, {"万立方米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"千瓦时", BUDGET_TARGET_UNIT_COUNT, 0}, {"度", BUDGET_TARGET_UNIT_COUNT, 0},
    {"块", BUDGET_TARGET_UNIT_COUNT, 0},     {"棵", BUDGET_TARGET_UNIT_COUNT, 0},
    {"株", BUDGET_TARGET_UNIT_COUNT, 0},     {"只", BUDGET_TARGET_UNIT_COUNT, 0},
    {"头", BUDGET_TARGET_UNIT_COUNT, 0},     {"间", BUDGET_TARGET_UNIT_COUNT, 0},
    {"栋", BUDGET_TARGET_UNIT_COUNT, 0},     {"轮", BUDGET_TARGET_UNIT_COUNT, 0},
    {"分", BUDGET_TARGET_UNIT_COUNT, 0},
};

typedef struct {
    size_t b, e;     /* the unit in the normalized text, per-part included */
    size_t per_b;    /* where "/per" starts (== e if none) */
    BudgetTargetUnitClass cls;
    BudgetMoneyUnit money;
} UnitMatch;

static bool is_han(gunichar c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

/* Matches a unit at @i; a unit-less match has b == e and class NONE. */
static size_t match_unit(const Norm *nm, size_t i, size_t e, UnitMatch *u)
{
    size_t best = 0;

    memset(u, 0, sizeof *u);
    u->b = i;
    for (size_t k = 0; k < G_N_ELEMENTS(units); k++) {
        size_t l = strlen(units[k].text);
        if (l > best && starts(nm, i, e, units[k].text)) {
            best = l;
            u->cls = units[k].cls;
            u->money = units[k].money;
        }
    }
    u->e = u->per_b = i + best;
    if (best > 0 && u->e < e && nm->s[u->e] == '/') {
        size_t j = u->e + 1;
        while (j < e && is_han(g_utf8_get_char(nm->s + j)))
            j += (size_t)g_utf8_skip[(guchar)nm->s[j]];
        if (j > u->e + 1)
            u->e = j;
    }
    return u->e;
}

static char *unit_key(const Norm *nm, const UnitMatch *u)
{
    if (u->cls == BUDGET_TARGET_UNIT_PERCENT)
        return g_strdup("%");
    if (u->cls == BUDGET_TARGET_UNIT_MONEY)
        return norm_slice(nm, u->per_b, u->e);
    return norm_slice(nm, u->b, u->e);
}

/* Comparators that must sit next to a number (a label holding one means
 * the text is not what we think). */
static const char *const cmp_marks[] = {"≥",       "≤",       "≧",       "≦",       ">",       "<",
                                        "=",       "不低于",  "不少于",  "不小于",  "不高于",  "不超过",
                                        "不多于",  "不大于",  "大于等于", "小于等于", "大于",   "小于",
                                        "高于",    "低于",    "少于",    "多于",    "超过"};

/* ---------------------------------------------------------------------
 * Target construction
 * ------------------------------------------------------------------- */

static void target_clear(gpointer data)
{
    BudgetTarget *t = data;

    g_free(t->text);
    g_free(t->reason);
    g_free(t->label);
    g_free(t->unit);
    g_free(t->unit_key);
}

static void G_GNUC_PRINTF(2, 3) set_unparsed(BudgetTarget *t, const char *format, ...)
{
    va_list ap;

    if (t->kind == BUDGET_TARGET_UNPARSED && t->reason != NULL)
        return;
    va_start(ap, format);
    g_free(t->reason);
    t->reason = g_strdup_vprintf(format, ap);
    va_end(ap);
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
    t->keyword = NULL;
}

/* prefix + suffix (original text), NULL if both are empty. */
static char *make_label(const Norm *nm, size_t b1, size_t e1, size_t b2, size_t e2)
{
    char *a, *c, *r;

    trim_punct(nm, &b1, &e1);
    trim_punct(nm, &b2, &e2);
    a = b1 < e1 ? orig_slice(nm, b1, e1) : g_strdup("");
    c = b2 < e2 ? orig_slice(nm, b2, e2) : g_strdup("");
    r = g_strconcat(a, c, NULL);
    g_free(a);
    g_free(c);
    if (r[0] == '\0') {
        g_free(r);
        return NULL;
    }
    return r;
}

/* The value of @num written in @u: micro-units, or fen for money. */
static bool num_value(const Norm *nm, const Num *num, bool neg, const UnitMatch *u, int64_t *out, char **why)
{
    char *numtext = orig_slice(nm, num->b, num->e);

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
            *why = g_strdup_printf(err.code == BUDGET_ERROR_OVERFLOW ? "amount '%s%s' is too large"
                                                                      : "amount '%s%s' is not exact to the fen",
                                   numtext, suffix[u->money]);
            g_free(numtext);
            return false;
        }
        *out = fen;
        g_free(numtext);
        return true;
    }
    if (num->overflow) {
        *why = g_strdup_printf("number '%s' is too large", numtext);
        g_free(numtext);
        return false;
    }
    if (num->too_precise) {
        *why = g_strdup_printf("number '%s' has more than 6 decimals", numtext);
        g_free(numtext);
        return false;
    }
    g_free(numtext);
    *out = neg ? -num->micro : num->micro;
    return true;
}

static void set_unit(BudgetTarget *t, const Norm *nm, const UnitMatch *u)
{
    g_free(t->unit);
    g_free(t->unit_key);
    t->unit_class = u->cls;
    t->money_unit = u->money;
    t->unit = u->b < u->e ? orig_slice(nm, u->b, u->e) : g_strdup("");
    t->unit_key = unit_key(nm, u);
}

/* ASCII letters straight after a number: a unit we do not know. */
static bool unknown_unit(BudgetTarget *t, const Norm *nm, const UnitMatch *u, size_t e)
{
    size_t j = u->e;

    if (u->cls != BUDGET_TARGET_UNIT_NONE || j >= e || !is_alpha(nm->s[j]))
        return false;
    while (j < e && (is_alpha(nm->s[j]) || nm->s[j] == '/'))
        j++;
    {
        char *name = orig_slice(nm, u->e, j);
        set_unparsed(t, "unknown unit '%s'", name);
        g_free(name);
    }
    return true;
}

static void parse_number(BudgetTarget *t, const Norm *nm, size_t b, size_t e, const Num *num)
{
    BudgetTargetComparator pc, qc, cmp;
    size_t pe = num->b, cl, i, ql;
    bool neg = false;
    UnitMatch u;
    char *why = NULL;
    int64_t v;

    if (pe > b && (nm->s[pe - 1] == '-' || nm->s[pe - 1] == '+')) {
        BudgetTargetComparator c;
        if (pe - 1 == b || match_cmp_before(nm, b, pe - 1, &c) > 0) {
            neg = nm->s[pe - 1] == '-';
            pe--;
        }
    }
    cl = match_cmp_before(nm, b, pe, &pc);
    i = match_unit(nm, num->e, e, &u);
    if (unknown_unit(t, nm, &u, e))
        return;
    ql = match_cmp_after(nm, i, e, &qc);
    if (pc != BUDGET_TARGET_CMP_NONE && qc != BUDGET_TARGET_CMP_NONE &&
        !((cmp_is_higher(pc) && qc == BUDGET_TARGET_CMP_GE) || (cmp_is_lower(pc) && qc == BUDGET_TARGET_CMP_LE))) {
        char *a = orig_slice(nm, pe - cl, pe), *c = orig_slice(nm, i, i + ql);
        set_unparsed(t, "conflicting comparators '%s' and '%s'", a, c);
        g_free(a);
        g_free(c);
        return;
    }
    cmp = pc != BUDGET_TARGET_CMP_NONE ? pc : qc;
    if (!num_value(nm, num, neg, &u, &v, &why)) {
        set_unparsed(t, "%s", why);
        g_free(why);
        return;
    }
    t->kind = BUDGET_TARGET_NUMBER;
    t->implied = cmp == BUDGET_TARGET_CMP_NONE;
    t->cmp = t->implied ? BUDGET_TARGET_CMP_GE : cmp;
    t->direction = cmp_is_higher(t->cmp)  ? BUDGET_TARGET_DIRECTION_HIGHER
                   : cmp_is_lower(t->cmp) ? BUDGET_TARGET_DIRECTION_LOWER
                                          : BUDGET_TARGET_DIRECTION_EXACT;
    t->value = v;
    set_unit(t, nm, &u);
    t->label = make_label(nm, b, pe - cl, i + ql, e);
}

static const char *const range_seps[] = {"-", "~", "〜", "—", "–", "至", "到", "——"};

/* Two numbers: a range, or more than one number. */
static void parse_two(BudgetTarget *t, const Norm *nm, size_t b, size_t e, const Num *nums)
{
    UnitMatch ua, ub;
    size_t i, sep = 0, after;
    bool bracket = false;
    BudgetTargetComparator pc;
    int64_t lo, hi;
    char *why = NULL;

    i = match_unit(nm, nums[0].e, e, &ua);
    if ((ends(nm, b, nums[0].b, "[") || ends(nm, b, nums[0].b, "(")) &&
        (starts(nm, i, e, ",") || starts(nm, i, e, "，"))) {
        bracket = true;
        sep = starts(nm, i, e, ",") ? 1 : strlen("，");
    } else {
        for (size_t k = 0; k < G_N_ELEMENTS(range_seps); k++) {
            size_t l = strlen(range_seps[k]);
            if (l > sep && starts(nm, i, e, range_seps[k]))
                sep = l;
        }
    }
    if (sep == 0 || i + sep != nums[1].b) {
        char *a = orig_slice(nm, nums[0].b, nums[0].e), *c = orig_slice(nm, nums[1].b, nums[1].e);
        set_unparsed(t, "more than one number ('%s' and '%s')", a, c);
        g_free(a);
        g_free(c);
        return;
    }
    after = match_unit(nm, nums[1].e, e, &ub);
    if (unknown_unit(t, nm, &ub, e) || unknown_unit(t, nm, &ua, e))
        return;
    if (bracket) {
        if (!(starts(nm, after, e, "]") || starts(nm, after, e, ")"))) {
            set_unparsed(t, "unclosed range bracket");
            return;
        }
        after++;
        if (ua.cls == BUDGET_TARGET_UNIT_NONE && ub.cls == BUDGET_TARGET_UNIT_NONE) {
            /* "[80,90]%": the unit after the bracket serves both */
            after = match_unit(nm, after, e, &ub);
            if (unknown_unit(t, nm, &ub, e))
                return;
        }
    }
    if (match_cmp_before(nm, b, nums[0].b - (bracket ? 1 : 0), &pc) > 0) {
        set_unparsed(t, "comparator before a range");
        return;
    }
    if (ua.cls != BUDGET_TARGET_UNIT_NONE && ub.cls != BUDGET_TARGET_UNIT_NONE) {
        char *ka = unit_key(nm, &ua), *kb = unit_key(nm, &ub);
        bool same = ua.cls == ub.cls && strcmp(ka, kb) == 0;
        g_free(ka);
        g_free(kb);
        if (!same) {
            char *a = orig_slice(nm, ua.b, ua.e), *c = orig_slice(nm, ub.b, ub.e);
            set_unparsed(t, "range bounds in different units ('%s' and '%s')", a, c);
            g_free(a);
            g_free(c);
            return;
        }
    }
    if (ub.cls == BUDGET_TARGET_UNIT_NONE && ua.cls != BUDGET_TARGET_UNIT_NONE) {
        /* "80%-90": the first unit serves both */
        UnitMatch tmp = ua;
        if (!num_value(nm, &nums[0], false, &ua, &lo, &why) || !num_value(nm, &nums[1], false, &tmp, &hi, &why))
            goto bad_value;
        set_unit(t, nm, &ua);
    } else {
        if (!num_value(nm, &nums[0], false, &ub, &lo, &why) || !num_value(nm, &nums[1], false, &ub, &hi, &why))
            goto bad_value;
        set_unit(t, nm, &ub);
    }
    if (lo > hi) {
        char *a = orig_slice(nm, nums[0].b, nums[0].e), *c = orig_slice(nm, nums[1].b, nums[1].e);
        set_unparsed(t, "range lower bound '%s' is above upper bound '%s'", a, c);
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
    set_unparsed(t, "%s", why);
    g_free(why);
}

/* ---------------------------------------------------------------------
 * Deadlines
 * ------------------------------------------------------------------- */

static const char *const year_end_words[] = {"年度末", "年度内", "年底", "年末", "年内"};

static size_t match_word(const Norm *nm, size_t i, size_t e, const char *const *words, size_t n)
{
    size_t best = 0;
    for (size_t k = 0; k < n; k++) {
        size_t l = strlen(words[k]);
        if (l > best && starts(nm, i, e, words[k]))
            best = l;
    }
    return best;
}

/* Whether the text is written as a date: a 4-digit number followed by 年
 * or "-", a number followed by 月, or a year-end word without digits. */
static bool looks_like_date(const Norm *nm, size_t b, size_t e, const Num *nums, size_t n)
{
    for (size_t k = 0; k < n && k < MAX_NUMS; k++) {
        if (nums[k].plain && nums[k].int_digits == 4 &&
            (starts(nm, nums[k].e, e, "年") || starts(nm, nums[k].e, e, "-")))
            return true;
        if (nums[k].plain && starts(nm, nums[k].e, e, "月"))
            return true;
    }
    if (n == 0)
        for (size_t i = b; i < e; i++)
            if (match_word(nm, i, e, year_end_words, G_N_ELEMENTS(year_end_words)) > 0)
                return true;
    return false;
}

static int num_int(const Num *num)
{
    return (int)(num->micro / MICRO);
}

static void parse_deadline(BudgetTarget *t, const Norm *nm, size_t b, size_t e, const Num *nums, size_t n,
                           int year)
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
    } else if (nums[0].plain && nums[0].int_digits == 4 && starts(nm, nums[0].e, e, "-")) {
        if (n < 3 || nums[1].b != nums[0].e + 1 || !starts(nm, nums[1].e, e, "-") || nums[2].b != nums[1].e + 1 ||
            !nums[1].plain || !nums[2].plain) {
            set_unparsed(t, "incomplete date (YYYY-MM-DD expected)");
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
        if (nums[0].int_digits == 4 && starts(nm, i, e, "年")) {
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
            if (n < 2 || nums[1].b != i || !starts(nm, nums[1].e, e, "月")) {
                char *s = orig_slice(nm, ds, i);
                set_unparsed(t, "year '%s' without month (write e.g. '%s12月31日')", s, s);
                g_free(s);
                return;
            }
        }
        if (k >= n || nums[k].b != (k == 0 ? nums[0].b : i) || !starts(nm, nums[k].e, e, "月") || !nums[k].plain) {
            set_unparsed(t, "not a date");
            return;
        }
        m = num_int(&nums[k]);
        i = nums[k].e + strlen("月");
        k++;
        if (k < n && nums[k].b == i && nums[k].plain &&
            (starts(nm, nums[k].e, e, "日") || starts(nm, nums[k].e, e, "号"))) {
            d = num_int(&nums[k]);
            month_end = false;
            i = nums[k].e + strlen("日");
            k++;
        } else if (starts(nm, i, e, "底") || starts(nm, i, e, "末")) {
            i += strlen("底");
        } else if (match_word(nm, i, e, before_words, 3) > 0) {
            char *s = orig_slice(nm, ds, i + match_word(nm, i, e, before_words, 3));
            set_unparsed(t, "'%s' is ambiguous (before the month, or by its end?)", s);
            g_free(s);
            return;
        }
        de = i;
        used = k;
    }
have_span:
    if (used < n) {
        char *s = orig_slice(nm, nums[used].b, nums[used].e);
        set_unparsed(t, "a number ('%s') besides the date", s);
        g_free(s);
        return;
    }
    if (y == 0) {
        if (year == 0) {
            char *s = orig_slice(nm, ds, de);
            set_unparsed(t, "deadline '%s' has no year and no budget year was given", s);
            g_free(s);
            return;
        }
        y = year;
    }
    if (month_end) {
        if (m < 1 || m > 12 || y < 1 || y > 9999) {
            set_unparsed(t, "no such month %d-%02d", y, m);
            return;
        }
        date = budget_date_month_end(y, m);
    } else if (!budget_date_from_ymd(y, m, d, &date)) {
        set_unparsed(t, "no such date %04d-%02d-%02d", y, m, d);
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

static const GradeWord grade_words[] = {
    {"优", BUDGET_TARGET_GRADE_EXCELLENT}, {"优秀", BUDGET_TARGET_GRADE_EXCELLENT},
    {"良", BUDGET_TARGET_GRADE_GOOD},      {"良好", BUDGET_TARGET_GRADE_GOOD},
    {"中", BUDGET_TARGET_GRADE_FAIR},      {"中等", BUDGET_TARGET_GRADE_FAIR},
    {"差", BUDGET_TARGET_GRADE_POOR},      {"较差", BUDGET_TARGET_GRADE_POOR},
};

static bool is_clause_sep(const Norm *nm, size_t i, size_t e, size_t *len)
{
    static const char *const seps[] = {"，", "；", ";", "、", "。"};
    for (size_t k = 0; k < G_N_ELEMENTS(seps); k++)
        if (starts(nm, i, e, seps[k])) {
            *len = strlen(seps[k]);
            return true;
        }
    /* an ASCII comma between digits is a thousands separator */
    if (nm->s[i] == ',' && !(i > 0 && is_digit(nm->s[i - 1]) && i + 1 < e && is_digit(nm->s[i + 1]))) {
        *len = 1;
        return true;
    }
    return false;
}

/* A grade mark ("为优") that ends a clause: the text is graded tiers. */
static bool has_grade_mark(const Norm *nm, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        for (size_t k = 0; k < G_N_ELEMENTS(grade_marks); k++) {
            size_t l = strlen(grade_marks[k].text), sl;
            if (starts(nm, i, e, grade_marks[k].text) && (i + l == e || is_clause_sep(nm, i + l, e, &sl)))
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
    UnitMatch unit;
} Band;

static BudgetTargetComparator complement(BudgetTargetComparator c)
{
    switch (c) {
    case BUDGET_TARGET_CMP_GE: return BUDGET_TARGET_CMP_LT;
    case BUDGET_TARGET_CMP_GT: return BUDGET_TARGET_CMP_LE;
    case BUDGET_TARGET_CMP_LE: return BUDGET_TARGET_CMP_GT;
    case BUDGET_TARGET_CMP_LT: return BUDGET_TARGET_CMP_GE;
    default: return BUDGET_TARGET_CMP_NONE;
    }
}

/* One "… 为 X" clause. Returns false (with @t unparsed) on error. */
static bool parse_band(BudgetTarget *t, const Norm *nm, size_t b, size_t e, Band *band)
{
    Num nums[MAX_NUMS];
    size_t n = find_nums(nm, b, e, nums, MAX_NUMS), i, ql;
    BudgetTargetComparator pc, qc;
    char *why = NULL;

    if (n == 0)
        return true;
    if (n > 1) {
        char *s = orig_slice(nm, b, e);
        set_unparsed(t, "tier band '%s' has more than one number", s);
        g_free(s);
        return false;
    }
    match_cmp_before(nm, b, nums[0].b, &pc);
    i = match_unit(nm, nums[0].e, e, &band->unit);
    if (unknown_unit(t, nm, &band->unit, e))
        return false;
    ql = match_cmp_after(nm, i, e, &qc);
    (void)ql;
    if (pc != BUDGET_TARGET_CMP_NONE && qc != BUDGET_TARGET_CMP_NONE &&
        !((cmp_is_higher(pc) && qc == BUDGET_TARGET_CMP_GE) || (cmp_is_lower(pc) && qc == BUDGET_TARGET_CMP_LE))) {
        char *s = orig_slice(nm, b, e);
        set_unparsed(t, "conflicting comparators in tier band '%s'", s);
        g_free(s);
        return false;
    }
    band->cmp = pc != BUDGET_TARGET_CMP_NONE ? pc : qc;
    if (!num_value(nm, &nums[0], false, &band->unit, &band->threshold, &why)) {
        set_unparsed(t, "%s", why);
        g_free(why);
        return false;
    }
    band->has_number = true;
    band->unit_key = unit_key(nm, &band->unit);
    return true;
}

static void parse_tiers(BudgetTarget *t, const Norm *nm, size_t b, size_t e)
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

            trim_punct(nm, &xb, &xe);
            for (size_t k = 0; k < G_N_ELEMENTS(grade_marks); k++) {
                size_t l = strlen(grade_marks[k].text);
                if (l > best && ends(nm, xb, xe, grade_marks[k].text)) {
                    best = l;
                    g = grade_marks[k].grade;
                }
            }
            if (xb < xe && g == BUDGET_TARGET_GRADE_NONE) {
                Num tmp[1];
                char *s = orig_slice(nm, xb, xe);
                if (find_nums(nm, xb, xe, tmp, 1) > 0) {
                    set_unparsed(t, "tier clause '%s' has a number but no grade", s);
                    g_free(s);
                    goto out;
                }
                if (label->len > 0)
                    g_string_append(label, "，");
                g_string_append(label, s);
                g_free(s);
            } else if (xb < xe) {
                if (nb == TARGET_MAX_TIERS) {
                    set_unparsed(t, "too many tier bands");
                    goto out;
                }
                for (size_t k = 0; k < nb; k++)
                    if (bands[k].grade == g) {
                        set_unparsed(t, "grade '%s' given twice", budget_target_grade_to_string(g));
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
        set_unparsed(t, "tier text without thresholds");
        goto out;
    }
    /* the unit is named by the first band that writes one; the others
     * write the same or none (none is refused for money: fen vs micro) */
    for (size_t k = 0; k < nb; k++)
        if (bands[k].has_number &&
            (unit_band == NULL || (unit_band->unit.cls == BUDGET_TARGET_UNIT_NONE && bands[k].unit.cls != BUDGET_TARGET_UNIT_NONE)))
            unit_band = &bands[k];
    for (size_t k = 0; k < nb; k++) {
        const Band *bd = &bands[k];
        if (bd->has_number && ((bd->unit.cls != BUDGET_TARGET_UNIT_NONE &&
                                (bd->unit.cls != unit_band->unit.cls || strcmp(bd->unit_key, unit_band->unit_key) != 0)) ||
                               (bd->unit.cls == BUDGET_TARGET_UNIT_NONE && unit_band->unit.cls == BUDGET_TARGET_UNIT_MONEY))) {
            set_unparsed(t, "tier bands in different units");
            goto out;
        }
    }
    dir = cmp_is_lower(bands[0].cmp) ? BUDGET_TARGET_DIRECTION_LOWER : BUDGET_TARGET_DIRECTION_HIGHER;
    for (size_t k = 0; k < nb; k++) {
        Band *bd = &bands[k];
        bool agrees = bd->has_number && (dir == BUDGET_TARGET_DIRECTION_HIGHER
                                             ? (bd->cmp == BUDGET_TARGET_CMP_NONE || cmp_is_higher(bd->cmp))
                                             : cmp_is_lower(bd->cmp));
        TargetTier *tt = &t->tiers[k];

        tt->grade = bd->grade;
        if (bd->cmp == BUDGET_TARGET_CMP_EQ) {
            set_unparsed(t, "tier band '%s' uses '='", budget_target_grade_to_string(bd->grade));
            goto out;
        }
        if (agrees) {
            if (n_regular != k) {
                set_unparsed(t, "tier band '%s' comes after the catch-all band",
                             budget_target_grade_to_string(bd->grade));
                goto out;
            }
            if (k > 0 && (dir == BUDGET_TARGET_DIRECTION_HIGHER ? bd->threshold >= bands[k - 1].threshold
                                                                : bd->threshold <= bands[k - 1].threshold)) {
                set_unparsed(t, "tier thresholds of '%s' and '%s' are not in order",
                             budget_target_grade_to_string(bands[k - 1].grade),
                             budget_target_grade_to_string(bd->grade));
                goto out;
            }
            tt->cmp = bd->cmp == BUDGET_TARGET_CMP_NONE ? BUDGET_TARGET_CMP_GE : bd->cmp;
            tt->threshold = bd->threshold;
            n_regular++;
        } else {
            if (k == 0 || k != nb - 1) {
                set_unparsed(t, "only the last tier band may be a catch-all");
                goto out;
            }
            if (bd->has_number && bd->threshold != bands[k - 1].threshold) {
                set_unparsed(t, "catch-all tier band '%s' does not start at the last threshold",
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
    "按期完成", "按时完成", "如期完成", "按要求完成", "按计划完成", "符合要求", "符合标准", "符合规定",
    "通过评审", "通过验收", "满足工作需要", "满足工作要求", "满足要求", "满足需要", "正常运行",
    "正常使用", "稳定运行", "成效明显", "及时准确", "持续提升", "达到要求", "达到预期", "顺利开展",
    "充分",     "合理",     "有效",     "完整",       "规范",       "合规",     "完备",     "达标",
    "完成",     "提升",     "保障",
};

static const char *find_keyword(const Norm *nm, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++) {
        const char *best = NULL;
        for (size_t k = 0; k < G_N_ELEMENTS(keywords); k++)
            if (starts(nm, i, e, keywords[k]) && (best == NULL || strlen(keywords[k]) > strlen(best)))
                best = keywords[k];
        if (best != NULL)
            return best;
    }
    return NULL;
}

static void parse_words(BudgetTarget *t, const Norm *nm, size_t b, size_t e)
{
    bool han = false;

    for (size_t i = b; i < e; i += (size_t)g_utf8_skip[(guchar)nm->s[i]])
        if (is_han(g_utf8_get_char(nm->s + i)))
            han = true;
    for (size_t k = 0; k < G_N_ELEMENTS(cmp_marks); k++)
        if (contains(nm, b, e, cmp_marks[k])) {
            set_unparsed(t, "comparator '%s' without a number", cmp_marks[k]);
            return;
        }
    if (contains(nm, b, e, "百分之")) {
        set_unparsed(t, "number written in words ('百分之…')");
        return;
    }
    if (contains(nm, b, e, "%")) {
        set_unparsed(t, "unit '%%' without a number");
        return;
    }
    if (!han) {
        set_unparsed(t, "no number, date or words");
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
    Norm ln;
    char *bad = NULL;

    norm_init(&ln, t->label, strlen(t->label));
    for (size_t k = 0; k < G_N_ELEMENTS(cmp_marks) && bad == NULL; k++)
        if (contains(&ln, 0, ln.n, cmp_marks[k]))
            bad = g_strdup_printf("comparator '%s' away from the number", cmp_marks[k]);
    if (bad == NULL && (contains(&ln, 0, ln.n, "%") || contains(&ln, 0, ln.n, "百分比")))
        bad = g_strdup("percent sign away from the number");
    norm_clear(&ln);
    if (bad != NULL) {
        set_unparsed(t, "%s", bad);
        g_free(bad);
    }
}

/* Fills @t (already holding its text) from @nm. */
static void parse_norm(BudgetTarget *t, const Norm *nm, int year)
{
    size_t b = 0, e = nm->n, n;
    Num nums[MAX_NUMS];

    trim_punct(nm, &b, &e);
    if (b >= e) {
        set_unparsed(t, "empty target");
        return;
    }
    n = find_nums(nm, b, e, nums, MAX_NUMS);
    if (has_grade_mark(nm, b, e)) {
        if (n == 0)
            set_unparsed(t, "tier text without thresholds");
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
        char *a = orig_slice(nm, nums[0].b, nums[0].e), *c = orig_slice(nm, nums[1].b, nums[1].e);
        set_unparsed(t, "more than one number ('%s' and '%s')", a, c);
        g_free(a);
        g_free(c);
    }
    if (t->label != NULL && t->kind != BUDGET_TARGET_TIERS)
        check_label(t);
}

static BudgetTarget *target_build(const char *text, size_t len, int year, Norm *nm)
{
    BudgetTarget *t = g_atomic_rc_box_new0(BudgetTarget);

    t->text = g_strndup(text, len);
    t->unit = g_strdup("");
    norm_init(nm, text, len);
    parse_norm(t, nm, year);
    return t;
}

BudgetTarget *budget_target_parse(const char *text, ptrdiff_t len, int year, BudgetError *error)
{
    size_t n;
    Norm nm;
    BudgetTarget *t;

    budget_error_clear(error);
    budgetp_return_val_if_fail(text != NULL, NULL, error);
    budgetp_return_val_if_fail(year >= 0 && year <= 9999, NULL, error);
    n = len < 0 ? strlen(text) : (size_t)len;
    if (!g_utf8_validate(text, (gssize)n, NULL) || memchr(text, '\0', n) != NULL) {
        budgetp_error_set(error, BUDGET_ERROR_ENCODING, NULL, 0, 0, NULL, "target text is not valid UTF-8");
        return NULL;
    }
    t = target_build(text, n, year, &nm);
    norm_clear(&nm);
    return t;
}

BudgetTarget *budget_target_ref(BudgetTarget *target)
{
    g_return_val_if_fail(target != NULL, NULL);
    return g_atomic_rc_box_acquire(target);
}

void budget_target_unref(BudgetTarget *target)
{
    if (target != NULL)
        g_atomic_rc_box_release_full(target, target_clear);
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
 * Evaluation
 * ------------------------------------------------------------------- */

static void G_GNUC_PRINTF(2, 3) cannot(BudgetTargetEvaluation *out, const char *format, ...)
{
    va_list ap;
    char *msg;

    va_start(ap, format);
    msg = g_strdup_vprintf(format, ap);
    va_end(ap);
    out->result = BUDGET_TARGET_CANNOT_EVALUATE;
    budgetp_strlcpy_utf8(out->reason, msg, sizeof out->reason);
    g_free(msg);
}

static bool cmp_holds(BudgetTargetComparator c, int64_t a, int64_t v)
{
    switch (c) {
    case BUDGET_TARGET_CMP_EQ: return a == v;
    case BUDGET_TARGET_CMP_GE: return a >= v;
    case BUDGET_TARGET_CMP_GT: return a > v;
    case BUDGET_TARGET_CMP_LE: return a <= v;
    case BUDGET_TARGET_CMP_LT: return a < v;
    default: return false;
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
    if (cmp_is_higher(c))
        *bp = bp_of(a, v);
    else if (cmp_is_lower(c))
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

typedef enum { WORD_UNKNOWN, WORD_MET, WORD_PARTLY, WORD_NOT } WordClass;

static const char *const met_words[] = {
    "完成",     "按期完成", "按时完成", "如期完成", "按要求完成", "按计划完成", "达标",     "达到",
    "达成",     "达到要求", "达到预期", "实现",     "实现目标",   "是",         "符合",     "符合要求",
    "符合标准", "符合规定", "通过",     "通过评审", "通过验收",   "合格",       "满足",     "满足要求",
    "满足需要", "满足工作需要", "满足工作要求", "有效", "充分",   "合理",       "完整",     "规范",
    "合规",     "完备",     "良好",     "正常",     "正常运行",   "正常使用",   "稳定运行", "成效明显",
    "明显",     "显著",     "及时",     "准确",     "及时准确",   "落实",       "到位",     "持续提升",
    "提升",     "提高",     "好",       "优",       "优秀",       "y",          "yes",      "√",
    "✓",
};
static const char *const partly_exact[] = {"一般", "较好", "部分", "基本"};
static const char *const partly_prefix[] = {"大部分", "部分", "基本", "大部", "初步", "较为"};
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

/* @w: normalized, lower-cased, trimmed. @own: the target's normalized text. */
static WordClass classify_word(const char *w, const char *own, const char *keyword)
{
    const char *r;

    if (in_list(w, not_exact, G_N_ELEMENTS(not_exact)) || strip_prefix(w, not_prefix, G_N_ELEMENTS(not_prefix)))
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
static char *actual_word(const Norm *nm)
{
    size_t b = 0, e = nm->n;
    char *w;

    trim_punct(nm, &b, &e);
    w = norm_slice(nm, b, e);
    for (char *p = w; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    return w;
}

static bool eval_word(const BudgetTarget *t, const char *w, BudgetTargetEvaluation *out)
{
    Norm tn;
    size_t b, e;
    char *own;
    WordClass wc;

    norm_init(&tn, t->text, strlen(t->text));
    b = 0;
    e = tn.n;
    trim_punct(&tn, &b, &e);
    own = norm_slice(&tn, b, e);
    norm_clear(&tn);
    wc = classify_word(w, t->kind == BUDGET_TARGET_QUALITATIVE ? own : NULL, t->keyword);
    g_free(own);
    switch (wc) {
    case WORD_MET: out->result = BUDGET_TARGET_MET; return true;
    case WORD_PARTLY: out->result = BUDGET_TARGET_PARTLY_MET; return true;
    case WORD_NOT: out->result = BUDGET_TARGET_NOT_MET; return true;
    default: return false;
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
            if (v % MICRO != 0) {
                cannot(ev, "actual '%s' is not exact to the fen", shown);
                return false;
            }
            v /= MICRO;
            if (v > INT64_MAX || v < INT64_MIN) {
                cannot(ev, "actual '%s' is too large", shown);
                return false;
            }
            *out = (int64_t)v;
            return true;
        }
        *out = a->value;
        return true;
    }
    if (t->unit_class == BUDGET_TARGET_UNIT_NONE && a->unit_class != BUDGET_TARGET_UNIT_MONEY) {
        *out = a->value;
        return true;
    }
    if (a->unit_class != t->unit_class || strcmp(a->unit_key, t->unit_key) != 0) {
        cannot(ev, "unit mismatch: target '%s', actual '%s'", t->unit, a->unit);
        return false;
    }
    *out = a->value;
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
    if (a->kind != BUDGET_TARGET_NUMBER || !a->implied || a->label != NULL) {
        cannot(out, "actual '%s' is neither a grade nor a number", shown);
        return;
    }
    if (!actual_value(t, a, shown, &v, out))
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

static void eval_quantity(const BudgetTarget *t, const BudgetTarget *a, const char *shown,
                          BudgetTargetEvaluation *out)
{
    int64_t v;

    if (a->kind == BUDGET_TARGET_UNPARSED && a->reason != NULL && strstr(a->reason, "number") != NULL) {
        /* a number we refuse to read (too precise, too large) */
        cannot(out, "actual '%s': %s", shown, a->reason);
        return;
    }
    if (a->kind != BUDGET_TARGET_NUMBER || !a->implied || a->label != NULL) {
        cannot(out, "actual '%s' is not a number", shown);
        return;
    }
    if (!actual_value(t, a, shown, &v, out))
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

static void eval_deadline(const BudgetTarget *t, const BudgetTarget *a, const char *w, const char *shown,
                          BudgetTargetEvaluation *out)
{
    if (a->kind == BUDGET_TARGET_DEADLINE && a->label == NULL) {
        out->result = a->deadline <= t->deadline ? BUDGET_TARGET_MET : BUDGET_TARGET_NOT_MET;
        out->has_actual_value = true;
        out->actual_value = a->deadline;
        out->has_deviation = true;
        out->deviation = budget_date_diff_days(t->deadline, a->deadline);
        return;
    }
    if (!eval_word(t, w, out))
        cannot(out, "actual '%s' is neither a date nor a known completion word", shown);
}

static bool eval_checked(const BudgetTarget *t, const char *actual, size_t n, BudgetTargetEvaluation *out)
{
    Norm nm;
    char *w, *shown;
    BudgetTarget *a;

    memset(out, 0, sizeof *out);
    out->grade = BUDGET_TARGET_GRADE_NONE;
    if (actual == NULL)
        n = 0;
    a = target_build(actual != NULL ? actual : "", n,
                     t->kind == BUDGET_TARGET_DEADLINE ? budget_date_get_year(t->deadline) : 0, &nm);
    w = actual_word(&nm);
    shown = g_strstrip(g_strndup(actual != NULL ? actual : "", n));
    norm_clear(&nm);
    if (w[0] == '\0')
        out->result = BUDGET_TARGET_NOT_REPORTED;
    else if (in_list(w, na_words, G_N_ELEMENTS(na_words)))
        out->result = BUDGET_TARGET_NOT_APPLICABLE;
    else if (t->kind == BUDGET_TARGET_UNPARSED)
        cannot(out, "target not parsed: %s", t->reason);
    else if (t->kind == BUDGET_TARGET_NUMBER || t->kind == BUDGET_TARGET_RANGE)
        eval_quantity(t, a, shown, out);
    else if (t->kind == BUDGET_TARGET_TIERS)
        eval_tiers(t, a, w, shown, out);
    else if (t->kind == BUDGET_TARGET_DEADLINE)
        eval_deadline(t, a, w, shown, out);
    else if (!eval_word(t, w, out))
        cannot(out, a->kind == BUDGET_TARGET_NUMBER ? "a qualitative target needs a word, not '%s'"
                                                    : "unknown word '%s'",
               shown);
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
    if (actual != NULL) {
        n = len < 0 ? strlen(actual) : (size_t)len;
        if (!g_utf8_validate(actual, (gssize)n, NULL) || memchr(actual, '\0', n) != NULL) {
            memset(out, 0, sizeof *out);
            out->result = BUDGET_TARGET_CANNOT_EVALUATE;
            budgetp_strlcpy_utf8(out->reason, "actual is not valid UTF-8", sizeof out->reason);
            budgetp_error_set(error, BUDGET_ERROR_ENCODING, NULL, 0, 0, NULL, "actual value is not valid UTF-8");
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

/* ---------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------- */

const char *budget_target_kind_to_string(BudgetTargetKind kind)
{
    static const char *const names[] = {"unparsed", "number", "range", "deadline", "qualitative", "tiers"};
    return (unsigned)kind < G_N_ELEMENTS(names) ? names[kind] : NULL;
}

const char *budget_target_comparator_to_string(BudgetTargetComparator cmp)
{
    static const char *const names[] = {"", "=", "≥", ">", "≤", "<"};
    return (unsigned)cmp < G_N_ELEMENTS(names) ? names[cmp] : NULL;
}

const char *budget_target_result_to_string(BudgetTargetResult result)
{
    static const char *const names[] = {"met", "partly_met", "not_met", "not_reported", "not_applicable",
                                        "cannot_evaluate"};
    return (unsigned)result < G_N_ELEMENTS(names) ? names[result] : NULL;
}

const char *budget_target_grade_to_string(BudgetTargetGrade grade)
{
    static const char *const names[] = {"", "优", "良", "中", "差"};
    return (unsigned)grade < G_N_ELEMENTS(names) ? names[grade] : NULL;
}
