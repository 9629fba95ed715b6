/* target internals, shared by the files of the target module:
 *
 *   target.c        the object: lifetime, getters, enum names
 *   target-lex.c    text normalisation with a byte map back to the original,
 *                   and the lexemes of a target: numbers, comparators, units
 *   target-parse.c  a target text into the typed BudgetTarget
 *   target-eval.c   a target against an actual value
 *
 * Data flows one way: lex → parse → eval. Evaluation reads an actual by
 * parsing it as a target (budgetp_target_build()), so an actual is read by
 * exactly the rules of a target. */
#ifndef BUDGET_TARGET_PRIVATE_H
#define BUDGET_TARGET_PRIVATE_H

#include <string.h>

#include "budget-private.h"

#define TARGET_MAX_TIERS 4
#define TARGET_MICRO INT64_C(1000000)
#define TARGET_MAX_NUMS 16

typedef struct {
    BudgetTargetGrade grade;
    BudgetTargetComparator cmp; /* NONE: catch-all without a number */
    int64_t threshold;
    bool catch_all; /* the band for everything below (or above) the last threshold */
} TargetTier;

/* Allocated with g_atomic_rc_box; never modified after parsing, so any
 * number of threads may read one target. */
struct BudgetTarget {
    char *text; /* the original text, exactly */
    BudgetTargetKind kind;
    BudgetTargetReason reason_code; /* unparsed only; NONE otherwise */
    char *reason;                   /* unparsed only: reason_code for humans, naming the text */
    char *label;                    /* text around the number/date/tiers, or NULL */
    const char *keyword;            /* qualitative: static phrase or NULL */
    BudgetTargetComparator cmp;
    bool implied;
    BudgetTargetDirection direction;
    BudgetTargetUnitClass unit_class;
    BudgetMoneyUnit money_unit; /* money: the unit written, for bare actuals */
    char *unit;                 /* as written, "" if none */
    char *unit_key;             /* normalized: "%" for percent, "台" / "次/年", "/站" for money */
    char *glued;                /* number targets: Han text glued after the number that is no
                                 * known unit ("出除率达标" in "≥90出除率达标"), with no text
                                 * before the number; NULL otherwise. An actual whose own
                                 * glued text starts it is read in the same (unknown) unit. */
    int64_t value, low, high;   /* micro-units, or fen for money */
    BudgetDate deadline;
    size_t n_tiers;
    TargetTier tiers[TARGET_MAX_TIERS];
};

/* ---- target.c ---------------------------------------------------------- */

/* Frees what a target owns (the destructor of its rc box). */
void budgetp_target_clear(gpointer data);
/* Appends @value (in @t's scale: micro-units, or fen for money) with @t's
 * unit as read: "266米", "95%", "1.5元/站" (money in yuan). */
void budgetp_target_append_value(const BudgetTarget *t, int64_t value, GString *out);
/* Appends the target as read: "≥ 266米", "80% – 90%", "by 2024-12-31",
 * "qualitative (按期完成)", "tiers: 优 ≥ 85%, …", "unparsed: …". */
void budgetp_target_describe(const BudgetTarget *t, GString *out);
/* Appends the actual of @ev as read against @t: "266米", "2024-11-30",
 * "word: met", "grade 良", "blank", "not applicable", "unread: …". */
void budgetp_target_describe_actual(const BudgetTarget *t, const BudgetTargetEvaluation *ev, GString *out);

/* ---- target-lex.c: normalised text ---------------------------------------
 * Full-width ASCII forms folded to ASCII (except the full-width comma, a
 * clause separator, never a thousands separator), whitespace dropped, with a
 * map back to the original bytes so that units, labels and messages quote
 * what the user wrote. */

typedef struct {
    char *s;
    size_t n;
    size_t *map; /* s[j] comes from orig[map[j]]; map[n] = orig_len */
    const char *orig;
    size_t orig_len;
} BudgetpTargetText;

void budgetp_target_text_init(BudgetpTargetText *nm, const char *text, size_t len);
void budgetp_target_text_clear(BudgetpTargetText *nm);

/* Whether s[i..e) starts with @lit. */
static inline bool budgetp_target_starts(const BudgetpTargetText *nm, size_t i, size_t e, const char *lit)
{
    size_t l = strlen(lit);
    return i + l <= e && memcmp(nm->s + i, lit, l) == 0;
}

/* Whether s[b..i) ends with @lit. */
static inline bool budgetp_target_ends(const BudgetpTargetText *nm, size_t b, size_t i, const char *lit)
{
    size_t l = strlen(lit);
    return i >= b + l && memcmp(nm->s + i - l, lit, l) == 0;
}

/* Whether s[b..e) holds @lit. */
bool budgetp_target_contains(const BudgetpTargetText *nm, size_t b, size_t e, const char *lit);
/* The original text of s[b..e), without surrounding spaces. Free with g_free(). */
char *budgetp_target_orig_slice(const BudgetpTargetText *nm, size_t b, size_t e);
/* The normalised text of s[b..e). Free with g_free(). */
char *budgetp_target_norm_slice(const BudgetpTargetText *nm, size_t b, size_t e);
/* Narrows [*b, *e) past punctuation that starts or ends a text without
 * meaning anything ("。", "；", ...; ".5" keeps its point). */
void budgetp_target_trim_punct(const BudgetpTargetText *nm, size_t *b, size_t *e);

static inline bool budgetp_target_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static inline bool budgetp_target_is_han(gunichar c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

/* ---- target-lex.c: numbers ----------------------------------------------- */

/* A number in the normalised text, read by budgetp_decimal_scan(). */
typedef struct {
    size_t b, e;
    int64_t micro; /* value × 10^6, when neither flag below is set */
    int int_digits;
    bool plain; /* digits only: no point, no comma */
    bool overflow;
    bool too_precise; /* a non-zero digit past 6 decimals */
} BudgetpTargetNum;

/* The numbers of s[b..e), at most @max stored; returns how many there are.
 * Thousands commas are read unless the text holds "[" ("[80,90]"). */
size_t budgetp_target_find_nums(const BudgetpTargetText *nm, size_t b, size_t e, BudgetpTargetNum *nums,
                                size_t max);

/* ---- target-lex.c: comparators ------------------------------------------- */

/* The longest comparator written before a number that ends at @i (within
 * [b, i)); its length, 0 (and CMP_NONE) if none. */
size_t budgetp_target_match_cmp_before(const BudgetpTargetText *nm, size_t b, size_t i,
                                       BudgetTargetComparator *cmp);
/* The longest comparator written after a number and its unit (以上, 以内...),
 * starting at @i; its length, 0 (and CMP_NONE) if none. */
size_t budgetp_target_match_cmp_after(const BudgetpTargetText *nm, size_t i, size_t e,
                                      BudgetTargetComparator *cmp);
/* The first comparator of the must-sit-next-to-a-number list found in
 * s[b..e) (a static string), or NULL. */
const char *budgetp_target_find_cmp_mark(const BudgetpTargetText *nm, size_t b, size_t e);

static inline bool budgetp_target_cmp_is_higher(BudgetTargetComparator c)
{
    return c == BUDGET_TARGET_CMP_GE || c == BUDGET_TARGET_CMP_GT;
}

static inline bool budgetp_target_cmp_is_lower(BudgetTargetComparator c)
{
    return c == BUDGET_TARGET_CMP_LE || c == BUDGET_TARGET_CMP_LT;
}

/* ---- target-lex.c: units ------------------------------------------------- */

typedef struct {
    size_t b, e;  /* the unit in the normalized text, per-part included */
    size_t per_b; /* where "/per" starts (== e if none) */
    BudgetTargetUnitClass cls;
    BudgetMoneyUnit money;
} BudgetpTargetUnit;

/* Matches a unit at @i (longest first, then an optional "/per"); a
 * unit-less match has b == e and class NONE. Returns u->e. */
size_t budgetp_target_match_unit(const BudgetpTargetText *nm, size_t i, size_t e, BudgetpTargetUnit *u);
/* The key two units are compared by: "%" for percent, the "/per" part for
 * money (元/万元/亿元 compare in fen), the unit itself otherwise. Free with g_free(). */
char *budgetp_target_unit_key(const BudgetpTargetText *nm, const BudgetpTargetUnit *u);

/* ---- target-lex.c: degree words ------------------------------------------ */

/* Whether @w (normalised, trimmed) is a degree word ("程度较高", "程度一般",
 * "较低"), and the result it reads as: met, partly met or not met. */
bool budgetp_target_degree_word(const char *w, BudgetTargetResult *out);

/* ---- target-parse.c ------------------------------------------------------ */

/* A new target for @text (@len bytes, valid UTF-8, no NUL), parsed with
 * @year for year-less deadlines; @nm is left holding its normalised text
 * (clear it with budgetp_target_text_clear()). Never NULL. */
BudgetTarget *budgetp_target_build(const char *text, size_t len, int year, BudgetpTargetText *nm);

#endif /* BUDGET_TARGET_PRIVATE_H */
