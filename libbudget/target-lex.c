/* target-lex: the text layer of the target module. A target or an actual
 * is normalised once (full-width forms folded, spaces dropped) into a
 * BudgetpTargetText that keeps a byte map back to the original, so that a
 * unit, a label or a message quotes exactly what the user wrote; then its
 * lexemes are found here: numbers (through the shared decimal scanner),
 * comparators and units. Parsing (target-parse.c) decides what they mean. */
#include "config.h"

#include <string.h>

#include "target-private.h"
#include "text-number-private.h"

/* ---------------------------------------------------------------------
 * Normalized text: full-width ASCII forms folded to ASCII (except the
 * full-width comma, a clause separator, never a thousands separator),
 * whitespace dropped, with a map back to the original bytes so units and
 * labels are returned as written.
 * ------------------------------------------------------------------- */

/* Comparator look-alikes that published forms write for the comparators
 * they mean (═ U+2550 is the "=" of a Yunnan form; ﹦ ﹤ ﹥ are the small
 * forms, ⩾ ⩽ the slanted ones, ≧ ≦ are read by the comparator list), folded
 * to the comparator itself. A symbol not listed here is left as written, and
 * the parser refuses it next to a number (BUDGET_TARGET_REASON_UNKNOWN_SYMBOL)
 * rather than read it as some other comparator. Each replacement is no longer
 * in UTF-8 than the character it replaces. */
static const char *fold_lookalike(gunichar c)
{
    switch (c) {
    case 0x2550: /* ═ box drawings double horizontal */
    case 0xFE66: /* ﹦ small equals sign */
    case 0x2261: /* ≡ identical to, written for "=" */
    case 0x3013: /* 〓 geta mark, "=" in some fonts' exports */
        return "=";
    case 0xFE64: /* ﹤ small less-than sign */
        return "<";
    case 0xFE65: /* ﹥ small greater-than sign */
        return ">";
    case 0x2A7E: /* ⩾ greater-than or slanted equal to */
    case 0x2267: /* ≧ greater-than over equal to */
    case 0x22DD: /* ⋝ equal to or greater-than */
    case 0x226E: /* ≮ not less than */
        return "≥";
    case 0x2A7D: /* ⩽ less-than or slanted equal to */
    case 0x2266: /* ≦ less-than over equal to */
    case 0x22DC: /* ⋜ equal to or less-than */
    case 0x226F: /* ≯ not greater than */
        return "≤";
    default:
        return NULL;
    }
}

void budgetp_target_text_init(BudgetpTargetText *nm, const char *text, size_t len)
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
        } else if (fold_lookalike(c) != NULL) {
            /* Never longer than the character it replaces, so s has room. */
            for (const char *q = fold_lookalike(c); *q; q++) {
                nm->map[j] = at;
                nm->s[j++] = *q;
            }
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

void budgetp_target_text_clear(BudgetpTargetText *nm)
{
    g_free(nm->s);
    g_free(nm->map);
}

bool budgetp_target_contains(const BudgetpTargetText *nm, size_t b, size_t e, const char *lit)
{
    for (size_t i = b; i < e; i++)
        if (budgetp_target_starts(nm, i, e, lit))
            return true;
    return false;
}

char *budgetp_target_orig_slice(const BudgetpTargetText *nm, size_t b, size_t e)
{
    char *r = g_strndup(nm->orig + nm->map[b], nm->map[e] - nm->map[b]);
    return g_strstrip(r);
}

char *budgetp_target_norm_slice(const BudgetpTargetText *nm, size_t b, size_t e)
{
    return g_strndup(nm->s + b, e - b);
}

/* Punctuation that may end or start a target without meaning anything. */
static const char *const edge_punct[] = {"。", ".", "；", ";", "，", ",", "!", "！", "、", ":", "："};

void budgetp_target_trim_punct(const BudgetpTargetText *nm, size_t *b, size_t *e)
{
    bool again = true;

    while (again && *b < *e) {
        again = false;
        for (size_t k = 0; k < G_N_ELEMENTS(edge_punct); k++) {
            size_t l = strlen(edge_punct[k]);
            if (budgetp_target_ends(nm, *b, *e, edge_punct[k])) {
                *e -= l;
                again = true;
            } else if (budgetp_target_starts(nm, *b, *e, edge_punct[k]) &&
                       !(l == 1 && *b + 1 < *e && budgetp_target_is_digit(nm->s[*b + 1]))) {
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

/* Reads the number at s[i..e) into @num; returns where it ends. */
static size_t scan_num(const BudgetpTargetText *nm, size_t i, size_t e, bool commas, BudgetpTargetNum *num)
{
    BudgetpDecimal d;

    budgetp_decimal_scan(nm->s + i, e - i, 6,
                         BUDGETP_DECIMAL_LEADING_POINT | (commas ? BUDGETP_DECIMAL_COMMAS : 0), &d);
    memset(num, 0, sizeof *num);
    num->b = i;
    num->e = i + d.len;
    num->int_digits = d.int_digits;
    num->plain = !d.has_point && !d.has_commas;
    num->too_precise = d.too_precise;
    /* a value is negated by its caller: its magnitude must fit int64 */
    num->overflow = d.overflow || d.magnitude > (uint64_t)INT64_MAX;
    num->micro = num->overflow || num->too_precise ? 0 : (int64_t)d.magnitude;
    return num->e;
}

size_t budgetp_target_find_nums(const BudgetpTargetText *nm, size_t b, size_t e, BudgetpTargetNum *nums,
                                size_t max)
{
    bool commas = !budgetp_target_contains(nm, b, e, "[");
    size_t n = 0;

    for (size_t i = b; i < e;) {
        if (budgetp_target_is_digit(nm->s[i]) ||
            (nm->s[i] == '.' && i + 1 < e && budgetp_target_is_digit(nm->s[i + 1]))) {
            BudgetpTargetNum num;
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
    {">=", BUDGET_TARGET_CMP_GE},         {"≥", BUDGET_TARGET_CMP_GE},
    {"≧", BUDGET_TARGET_CMP_GE},          {"<=", BUDGET_TARGET_CMP_LE},
    {"≤", BUDGET_TARGET_CMP_LE},          {"≦", BUDGET_TARGET_CMP_LE},
    {"==", BUDGET_TARGET_CMP_EQ},         {"=", BUDGET_TARGET_CMP_EQ},
    {">", BUDGET_TARGET_CMP_GT},          {"<", BUDGET_TARGET_CMP_LT},
    {"大于或等于", BUDGET_TARGET_CMP_GE}, {"大于等于", BUDGET_TARGET_CMP_GE},
    {"不低于", BUDGET_TARGET_CMP_GE},     {"不少于", BUDGET_TARGET_CMP_GE},
    {"不小于", BUDGET_TARGET_CMP_GE},     {"至少", BUDGET_TARGET_CMP_GE},
    {"达到", BUDGET_TARGET_CMP_GE},       {"小于或等于", BUDGET_TARGET_CMP_LE},
    {"小于等于", BUDGET_TARGET_CMP_LE},   {"不高于", BUDGET_TARGET_CMP_LE},
    {"不超过", BUDGET_TARGET_CMP_LE},     {"不多于", BUDGET_TARGET_CMP_LE},
    {"不大于", BUDGET_TARGET_CMP_LE},     {"至多", BUDGET_TARGET_CMP_LE},
    {"最多", BUDGET_TARGET_CMP_LE},       {"大于", BUDGET_TARGET_CMP_GT},
    {"高于", BUDGET_TARGET_CMP_GT},       {"超过", BUDGET_TARGET_CMP_GT},
    {"多于", BUDGET_TARGET_CMP_GT},       {"小于", BUDGET_TARGET_CMP_LT},
    {"低于", BUDGET_TARGET_CMP_LT},       {"少于", BUDGET_TARGET_CMP_LT},
    {"不足", BUDGET_TARGET_CMP_LT},       {"等于", BUDGET_TARGET_CMP_EQ},
};

/* After the number and unit. */
static const CmpWord cmp_after[] = {
    {"及以上", BUDGET_TARGET_CMP_GE}, {"以上", BUDGET_TARGET_CMP_GE}, {"及以下", BUDGET_TARGET_CMP_LE},
    {"以下", BUDGET_TARGET_CMP_LE},   {"以内", BUDGET_TARGET_CMP_LE}, {"之内", BUDGET_TARGET_CMP_LE},
    {"内", BUDGET_TARGET_CMP_LE},
};

size_t budgetp_target_match_cmp_before(const BudgetpTargetText *nm, size_t b, size_t i,
                                       BudgetTargetComparator *cmp)
{
    size_t best = 0;

    *cmp = BUDGET_TARGET_CMP_NONE;
    for (size_t k = 0; k < G_N_ELEMENTS(cmp_before); k++) {
        size_t l = strlen(cmp_before[k].text);
        if (l > best && budgetp_target_ends(nm, b, i, cmp_before[k].text)) {
            best = l;
            *cmp = cmp_before[k].cmp;
        }
    }
    return best;
}

size_t budgetp_target_match_cmp_after(const BudgetpTargetText *nm, size_t i, size_t e,
                                      BudgetTargetComparator *cmp)
{
    size_t best = 0;

    *cmp = BUDGET_TARGET_CMP_NONE;
    for (size_t k = 0; k < G_N_ELEMENTS(cmp_after); k++) {
        size_t l = strlen(cmp_after[k].text);
        if (l > best && budgetp_target_starts(nm, i, e, cmp_after[k].text)) {
            best = l;
            *cmp = cmp_after[k].cmp;
        }
    }
    return best;
}

typedef struct {
    const char *text;
    BudgetTargetUnitClass cls;
    BudgetMoneyUnit money;
} UnitWord;

static const UnitWord units[] = {
    {"%", BUDGET_TARGET_UNIT_PERCENT, 0},
    {"百分比", BUDGET_TARGET_UNIT_PERCENT, 0},
    {"元", BUDGET_TARGET_UNIT_MONEY, BUDGET_MONEY_UNIT_YUAN},
    {"万元", BUDGET_TARGET_UNIT_MONEY, BUDGET_MONEY_UNIT_WAN},
    {"亿元", BUDGET_TARGET_UNIT_MONEY, BUDGET_MONEY_UNIT_YI},
    {"个", BUDGET_TARGET_UNIT_COUNT, 0},
    {"次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"人次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"万人次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"套", BUDGET_TARGET_UNIT_COUNT, 0},
    {"台套", BUDGET_TARGET_UNIT_COUNT, 0},
    {"期", BUDGET_TARGET_UNIT_COUNT, 0},
    {"期次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"天", BUDGET_TARGET_UNIT_COUNT, 0},
    {"日", BUDGET_TARGET_UNIT_COUNT, 0},
    {"工作日", BUDGET_TARGET_UNIT_COUNT, 0},
    {"个工作日", BUDGET_TARGET_UNIT_COUNT, 0},
    {"项", BUDGET_TARGET_UNIT_COUNT, 0},
    {"家", BUDGET_TARGET_UNIT_COUNT, 0},
    {"人", BUDGET_TARGET_UNIT_COUNT, 0},
    {"万人", BUDGET_TARGET_UNIT_COUNT, 0},
    {"名", BUDGET_TARGET_UNIT_COUNT, 0},
    {"台", BUDGET_TARGET_UNIT_COUNT, 0},
    {"份", BUDGET_TARGET_UNIT_COUNT, 0},
    {"篇", BUDGET_TARGET_UNIT_COUNT, 0},
    {"场", BUDGET_TARGET_UNIT_COUNT, 0},
    {"户", BUDGET_TARGET_UNIT_COUNT, 0},
    {"辆", BUDGET_TARGET_UNIT_COUNT, 0},
    {"平方米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"平方公里", BUDGET_TARGET_UNIT_COUNT, 0},
    {"公里", BUDGET_TARGET_UNIT_COUNT, 0},
    {"千米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"吨", BUDGET_TARGET_UNIT_COUNT, 0},
    {"万吨", BUDGET_TARGET_UNIT_COUNT, 0},
    {"亩", BUDGET_TARGET_UNIT_COUNT, 0},
    {"万亩", BUDGET_TARGET_UNIT_COUNT, 0},
    {"公顷", BUDGET_TARGET_UNIT_COUNT, 0},
    {"处", BUDGET_TARGET_UNIT_COUNT, 0},
    {"座", BUDGET_TARGET_UNIT_COUNT, 0},
    {"所", BUDGET_TARGET_UNIT_COUNT, 0},
    {"件", BUDGET_TARGET_UNIT_COUNT, 0},
    {"条", BUDGET_TARGET_UNIT_COUNT, 0},
    {"批", BUDGET_TARGET_UNIT_COUNT, 0},
    {"批次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"册", BUDGET_TARGET_UNIT_COUNT, 0},
    {"本", BUDGET_TARGET_UNIT_COUNT, 0},
    {"张", BUDGET_TARGET_UNIT_COUNT, 0},
    {"部", BUDGET_TARGET_UNIT_COUNT, 0},
    {"组", BUDGET_TARGET_UNIT_COUNT, 0},
    {"类", BUDGET_TARGET_UNIT_COUNT, 0},
    {"站", BUDGET_TARGET_UNIT_COUNT, 0},
    {"站点", BUDGET_TARGET_UNIT_COUNT, 0},
    {"个站点", BUDGET_TARGET_UNIT_COUNT, 0},
    {"点位", BUDGET_TARGET_UNIT_COUNT, 0},
    {"个点位", BUDGET_TARGET_UNIT_COUNT, 0},
    {"小时", BUDGET_TARGET_UNIT_COUNT, 0},
    {"分钟", BUDGET_TARGET_UNIT_COUNT, 0},
    {"秒", BUDGET_TARGET_UNIT_COUNT, 0},
    {"个月", BUDGET_TARGET_UNIT_COUNT, 0},
    {"年", BUDGET_TARGET_UNIT_COUNT, 0},
    {"周", BUDGET_TARGET_UNIT_COUNT, 0},
    {"季度", BUDGET_TARGET_UNIT_COUNT, 0},
    {"课时", BUDGET_TARGET_UNIT_COUNT, 0},
    {"学时", BUDGET_TARGET_UNIT_COUNT, 0},
    {"宗", BUDGET_TARGET_UNIT_COUNT, 0},
    {"起", BUDGET_TARGET_UNIT_COUNT, 0},
    {"公斤", BUDGET_TARGET_UNIT_COUNT, 0},
    {"千克", BUDGET_TARGET_UNIT_COUNT, 0},
    {"立方米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"万立方米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"千瓦时", BUDGET_TARGET_UNIT_COUNT, 0},
    {"度", BUDGET_TARGET_UNIT_COUNT, 0},
    {"块", BUDGET_TARGET_UNIT_COUNT, 0},
    {"棵", BUDGET_TARGET_UNIT_COUNT, 0},
    {"株", BUDGET_TARGET_UNIT_COUNT, 0},
    {"只", BUDGET_TARGET_UNIT_COUNT, 0},
    {"头", BUDGET_TARGET_UNIT_COUNT, 0},
    {"间", BUDGET_TARGET_UNIT_COUNT, 0},
    {"栋", BUDGET_TARGET_UNIT_COUNT, 0},
    {"轮", BUDGET_TARGET_UNIT_COUNT, 0},
    {"分", BUDGET_TARGET_UNIT_COUNT, 0},
    /* Measures of length, area, volume, weight, energy and the like, as
     * forms write them ("≥50厘米", "25.29㎡"). */
    {"厘米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"毫米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"微米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"延米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"平方厘米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"平方千米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"万平方米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"立方厘米", BUDGET_TARGET_UNIT_COUNT, 0},
    {"克", BUDGET_TARGET_UNIT_COUNT, 0},
    {"毫克", BUDGET_TARGET_UNIT_COUNT, 0},
    {"斤", BUDGET_TARGET_UNIT_COUNT, 0},
    {"升", BUDGET_TARGET_UNIT_COUNT, 0},
    {"毫升", BUDGET_TARGET_UNIT_COUNT, 0},
    {"瓦", BUDGET_TARGET_UNIT_COUNT, 0},
    {"千瓦", BUDGET_TARGET_UNIT_COUNT, 0},
    {"兆瓦", BUDGET_TARGET_UNIT_COUNT, 0},
    {"万千瓦时", BUDGET_TARGET_UNIT_COUNT, 0},
    {"千伏", BUDGET_TARGET_UNIT_COUNT, 0},
    {"分贝", BUDGET_TARGET_UNIT_COUNT, 0},
    {"摄氏度", BUDGET_TARGET_UNIT_COUNT, 0},
    {"℃", BUDGET_TARGET_UNIT_COUNT, 0},
    {"㎡", BUDGET_TARGET_UNIT_COUNT, 0},
    {"㎞", BUDGET_TARGET_UNIT_COUNT, 0},
    {"㎏", BUDGET_TARGET_UNIT_COUNT, 0},
    {"m²", BUDGET_TARGET_UNIT_COUNT, 0},
    {"架", BUDGET_TARGET_UNIT_COUNT, 0},
    {"艘", BUDGET_TARGET_UNIT_COUNT, 0},
    {"盏", BUDGET_TARGET_UNIT_COUNT, 0},
    {"根", BUDGET_TARGET_UNIT_COUNT, 0},
    {"枚", BUDGET_TARGET_UNIT_COUNT, 0},
    {"人日", BUDGET_TARGET_UNIT_COUNT, 0},
    {"户次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"车次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"场次", BUDGET_TARGET_UNIT_COUNT, 0},
    {"个百分点", BUDGET_TARGET_UNIT_COUNT, 0},
};

size_t budgetp_target_match_unit(const BudgetpTargetText *nm, size_t i, size_t e, BudgetpTargetUnit *u)
{
    size_t best = 0;

    memset(u, 0, sizeof *u);
    u->b = i;
    for (size_t k = 0; k < G_N_ELEMENTS(units); k++) {
        size_t l = strlen(units[k].text);
        if (l > best && budgetp_target_starts(nm, i, e, units[k].text)) {
            best = l;
            u->cls = units[k].cls;
            u->money = units[k].money;
        }
    }
    u->e = u->per_b = i + best;
    if (best > 0 && u->e < e && nm->s[u->e] == '/') {
        size_t j = u->e + 1;
        while (j < e && budgetp_target_is_han(g_utf8_get_char(nm->s + j)))
            j += (size_t)g_utf8_skip[(guchar)nm->s[j]];
        if (j > u->e + 1)
            u->e = j;
    }
    return u->e;
}

char *budgetp_target_unit_key(const BudgetpTargetText *nm, const BudgetpTargetUnit *u)
{
    if (u->cls == BUDGET_TARGET_UNIT_PERCENT)
        return g_strdup("%");
    if (u->cls == BUDGET_TARGET_UNIT_MONEY)
        return budgetp_target_norm_slice(nm, u->per_b, u->e);
    return budgetp_target_norm_slice(nm, u->b, u->e);
}

/* Comparators that must sit next to a number (a label holding one means
 * the text is not what we think). */
static const char *const cmp_marks[] = {"≥",      "≤",      "≧",        "≦",        ">",      "<",
                                        "=",      "不低于", "不少于",   "不小于",   "不高于", "不超过",
                                        "不多于", "不大于", "大于等于", "小于等于", "大于",   "小于",
                                        "高于",   "低于",   "少于",     "多于",     "超过"};

const char *budgetp_target_find_cmp_mark(const BudgetpTargetText *nm, size_t b, size_t e)
{
    for (size_t k = 0; k < G_N_ELEMENTS(cmp_marks); k++)
        if (budgetp_target_contains(nm, b, e, cmp_marks[k]))
            return cmp_marks[k];
    return NULL;
}

/* ---------------------------------------------------------------------
 * Degree words
 * ------------------------------------------------------------------- */

/* Degree words (程度词): how the actual column of a qualitative 效益 row
 * grades an effect, "程度较高". Where it comes from: the three bands of the
 * national 自评表 notes (财预〔2020〕10号: 达成预期指标 / 部分达成预期指标并
 * 具有一定效果 / 未达成预期指标且效果较差), with the degree the 裕安区 form
 * (tests/data/forms/anhui-yuan-wenwu-2022) writes, 程度较高, scored full by
 * its publisher: a high degree (高, 较高, 很高) is achieved, a middling one
 * (一般, 中等) partly achieved, a low one (较低, 低, 很低) not achieved, the
 * "效果较差" of the notes. Written after 程度 or 水平 ("程度一般", "水平较高");
 * 较高, 很高, 较低 and 很低 also alone. A bare 高 or 低 is not read (高 of
 * what?), and 一般 and 中等 alone keep their readings (partly met; 中, a
 * grade). */
static const struct {
    const char *text;
    BudgetTargetResult result;
    bool alone; /* read without 程度 or 水平 before it */
} degree_levels[] = {
    {"很高", BUDGET_TARGET_MET, true},         {"较高", BUDGET_TARGET_MET, true},
    {"高", BUDGET_TARGET_MET, false},          {"一般", BUDGET_TARGET_PARTLY_MET, false},
    {"中等", BUDGET_TARGET_PARTLY_MET, false}, {"较低", BUDGET_TARGET_NOT_MET, true},
    {"很低", BUDGET_TARGET_NOT_MET, true},     {"低", BUDGET_TARGET_NOT_MET, false},
};
static const char *const degree_nouns[] = {"程度", "水平"};

bool budgetp_target_degree_word(const char *w, BudgetTargetResult *out)
{
    bool after_noun = false;

    for (size_t n = 0; n < G_N_ELEMENTS(degree_nouns) && !after_noun; n++) {
        size_t l = strlen(degree_nouns[n]);
        if (strncmp(w, degree_nouns[n], l) == 0) {
            w += l;
            after_noun = true;
        }
    }
    for (size_t k = 0; k < G_N_ELEMENTS(degree_levels); k++)
        if (strcmp(w, degree_levels[k].text) == 0 && (after_noun || degree_levels[k].alone)) {
            *out = degree_levels[k].result;
            return true;
        }
    return false;
}
