/* score: self-evaluation scores (绩效自评, 财预〔2020〕10号). Points are
 * micro-points; every score is one exact integer division rounded half
 * away from zero. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "budget-private.h"
#include "text-private.h"
#include "text-number-private.h"
#include "report-private.h"
#include "score-private.h"
#include "target-private.h"

#define POINT BUDGET_SCORE_POINT
#define MICROPCT_100 BUDGET_MICROPCT_100

/* ---- Configuration ---------------------------------------------------- */

/* The national defaults, 财预〔2020〕10号 and its 项目支出绩效自评表. */
static const BudgetScoreConfig default_config = {
    .part_points = {10 * POINT, 50 * POINT, 30 * POINT, 10 * POINT},
    /* Half-open bands [80 %, 100 %], [60 %, 80 %), [0, 60 %) as provincial
     * systems check them; 70 % (libbudget's choice) is inside the partly band. */
    .qualitative_bp = {10000, 7000, 0},
    .qualitative_min_bp = {8000, 6000},
    .absent = BUDGET_SCORE_ABSENT_RESCALE,
    .tier_bp = {10000, 8000, 6000, 0},
    .grade_min = {90 * POINT, 80 * POINT, 60 * POINT},
    .denominator = BUDGET_DENOMINATOR_ADJUSTED,
    .execution_cap = true, /* libbudget's choice */
    .lower = BUDGET_SCORE_LOWER_RATIO,
    .blank = BUDGET_SCORE_BLANK_ZERO,
    .decimals = -1,
    .rounding = BUDGET_SCORE_ROUNDING_HALF_UP,
    .name = "national",
    .source = "财预〔2020〕10号",
    .execution_rule = NULL,
    .rules = NULL,
};

static void rule_free(gpointer data)
{
    ScoreRule *rule = data;
    if (rule == NULL)
        return;
    if (rule->steps != NULL)
        g_array_free(rule->steps, TRUE);
    g_free(rule);
}

BudgetScoreConfig *budget_score_config_new(void)
{
    BudgetScoreConfig *c = g_new0(BudgetScoreConfig, 1);
    *c = default_config;
    c->rules = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, rule_free);
    return c;
}

void budget_score_config_free(BudgetScoreConfig *config)
{
    if (config == NULL)
        return;
    rule_free(config->execution_rule);
    g_hash_table_destroy(config->rules);
    g_free(config);
}

static ScoreRule *rule_copy(const ScoreRule *rule)
{
    ScoreRule *r;

    if (rule == NULL)
        return NULL;
    r = g_new(ScoreRule, 1);
    *r = *rule;
    if (rule->steps != NULL) {
        r->steps = g_array_sized_new(FALSE, FALSE, sizeof(ScoreStep), rule->steps->len);
        g_array_append_vals(r->steps, rule->steps->data, rule->steps->len);
    }
    return r;
}

BudgetScoreConfig *budgetp_score_config_copy(const BudgetScoreConfig *config)
{
    BudgetScoreConfig *c = budget_score_config_new();
    GHashTable *rules = c->rules;
    GHashTableIter it;
    gpointer key, value;

    if (config == NULL)
        return c;
    *c = *config;
    c->rules = rules;
    c->execution_rule = rule_copy(config->execution_rule);
    if (config->rules != NULL) {
        g_hash_table_iter_init(&it, config->rules);
        while (g_hash_table_iter_next(&it, &key, &value))
            g_hash_table_replace(c->rules, g_strdup(key), rule_copy(value));
    }
    return c;
}

void budgetp_score_config_move(BudgetScoreConfig *to, BudgetScoreConfig *from)
{
    rule_free(to->execution_rule);
    g_hash_table_destroy(to->rules);
    *to = *from;
    g_free(from);
}

void budgetp_score_config_remove_rule(BudgetScoreConfig *config, const char *level3)
{
    if (level3 == NULL)
        g_clear_pointer(&config->execution_rule, rule_free);
    else
        g_hash_table_remove(config->rules, level3);
}

static const char *const blank_names[BUDGET_SCORE_BLANK_N] = {"zero", "full", "exclude"};
BUDGETP_DEFINE_ENUM_NAMES(budget_score_blank, BudgetScoreBlank, blank, BUDGET_SCORE_BLANK_N, blank_names)

static const char *const lower_names[BUDGET_SCORE_LOWER_N] = {"ratio", "linear"};
BUDGETP_DEFINE_ENUM_NAMES(budget_score_lower, BudgetScoreLower, lower, BUDGET_SCORE_LOWER_N, lower_names)

void budget_score_config_set_blank_actual(BudgetScoreConfig *config, BudgetScoreBlank blank)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail((unsigned)blank < BUDGET_SCORE_BLANK_N);
    config->blank = blank;
}

void budget_score_config_set_lower_rule(BudgetScoreConfig *config, BudgetScoreLower lower)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail((unsigned)lower < BUDGET_SCORE_LOWER_N);
    config->lower = lower;
}

void budget_score_config_set_execution_cap(BudgetScoreConfig *config, bool cap)
{
    g_return_if_fail(config != NULL);
    config->execution_cap = cap;
}

bool budget_score_config_set_decimals(BudgetScoreConfig *config, int decimals, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    if (decimals < -1 || decimals > 6) {
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL,
                          "score decimals %d: need 0 .. 6, or -1 for exact scores", decimals);
        return false;
    }
    config->decimals = decimals;
    return true;
}

int budget_score_config_get_decimals(const BudgetScoreConfig *config)
{
    return (config != NULL ? config : &default_config)->decimals;
}

static const char *const rounding_names[BUDGET_SCORE_ROUNDING_N] = {"half_up", "down"};
BUDGETP_DEFINE_ENUM_NAMES(budget_score_rounding, BudgetScoreRounding, rounding, BUDGET_SCORE_ROUNDING_N,
                          rounding_names)

void budget_score_config_set_rounding(BudgetScoreConfig *config, BudgetScoreRounding rounding)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail((unsigned)rounding < BUDGET_SCORE_ROUNDING_N);
    config->rounding = rounding;
}

BudgetScoreRounding budget_score_config_get_rounding(const BudgetScoreConfig *config)
{
    return (config != NULL ? config : &default_config)->rounding;
}

bool budget_score_config_set_name(BudgetScoreConfig *config, const char *name, const char *source,
                                  BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    budgetp_return_val_if_fail(name != NULL, false, error);
    if (*name == '\0' || strlen(name) >= sizeof config->name || !g_utf8_validate(name, -1, NULL) ||
        (source != NULL && (strlen(source) >= sizeof config->source || !g_utf8_validate(source, -1, NULL)))) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, "name",
                          "a profile name is 1 to %zu bytes of UTF-8, its source at most %zu",
                          sizeof config->name - 1, sizeof config->source - 1);
        return false;
    }
    g_strlcpy(config->name, name, sizeof config->name);
    g_strlcpy(config->source, source != NULL ? source : "", sizeof config->source);
    return true;
}

const char *budget_score_config_get_name(const BudgetScoreConfig *config)
{
    return (config != NULL ? config : &default_config)->name;
}

const char *budget_score_config_get_source(const BudgetScoreConfig *config)
{
    return (config != NULL ? config : &default_config)->source;
}

static bool part_valid(BudgetScorePart part)
{
    return (int)part >= 0 && (int)part < SCORE_N_PARTS;
}

bool budget_score_config_set_part_points(BudgetScoreConfig *config, BudgetScorePart part, int64_t points,
                                         BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    if (!part_valid(part) || points < 0 || points > 100 * POINT) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                          "part %d with %" G_GINT64_FORMAT " micro-points: need a part and 0 .. 100 points",
                          (int)part, points);
        return false;
    }
    config->part_points[part] = points;
    return true;
}

int64_t budget_score_config_get_part_points(const BudgetScoreConfig *config, BudgetScorePart part)
{
    if (config == NULL)
        config = &default_config;
    return part_valid(part) ? config->part_points[part] : 0;
}

bool budget_score_config_set_qualitative_bands_full(BudgetScoreConfig *config, int64_t achieved_bp,
                                                    int64_t partly_bp, int64_t not_achieved_bp,
                                                    int64_t achieved_min_bp, int64_t partly_min_bp,
                                                    BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    if (!(0 < partly_min_bp && partly_min_bp < achieved_min_bp && achieved_min_bp <= BUDGET_BP_100)) {
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL,
                          "qualitative band edges must satisfy 0 < partly (%" G_GINT64_FORMAT
                          " bp) < achieved (%" G_GINT64_FORMAT " bp) <= 10000 bp",
                          partly_min_bp, achieved_min_bp);
        return false;
    }
    /* Half-open bands: achieved [a, 100 %], partly [p, a), not achieved [0, p). */
    if (achieved_bp < achieved_min_bp || achieved_bp > BUDGET_BP_100 || partly_bp < partly_min_bp ||
        partly_bp >= achieved_min_bp || not_achieved_bp < 0 || not_achieved_bp >= partly_min_bp) {
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL,
                          "qualitative shares must lie in [%" G_GINT64_FORMAT ", 10000], [%" G_GINT64_FORMAT
                          ", %" G_GINT64_FORMAT ") and [0, %" G_GINT64_FORMAT ") bp",
                          achieved_min_bp, partly_min_bp, achieved_min_bp, partly_min_bp);
        return false;
    }
    config->qualitative_bp[0] = achieved_bp;
    config->qualitative_bp[1] = partly_bp;
    config->qualitative_bp[2] = not_achieved_bp;
    config->qualitative_min_bp[0] = achieved_min_bp;
    config->qualitative_min_bp[1] = partly_min_bp;
    return true;
}

bool budget_score_config_set_qualitative_bands(BudgetScoreConfig *config, int64_t achieved_bp,
                                               int64_t partly_bp, int64_t not_achieved_bp, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    return budget_score_config_set_qualitative_bands_full(config, achieved_bp, partly_bp, not_achieved_bp,
                                                          config->qualitative_min_bp[0],
                                                          config->qualitative_min_bp[1], error);
}

static const char *const absent_names[BUDGET_SCORE_ABSENT_N] = {"rescale", "to_output_outcome"};

void budget_score_config_set_absent_level(BudgetScoreConfig *config, BudgetScoreAbsentLevel absent)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail((int)absent >= 0 && (int)absent < BUDGET_SCORE_ABSENT_N);
    config->absent = absent;
}

const char *budget_score_absent_level_to_string(BudgetScoreAbsentLevel absent)
{
    g_return_val_if_fail((int)absent >= 0 && (int)absent < BUDGET_SCORE_ABSENT_N, NULL);
    return absent_names[absent];
}

bool budget_score_absent_level_from_string(const char *text, BudgetScoreAbsentLevel *out)
{
    g_return_val_if_fail(text != NULL, false);
    for (int i = 0; i < BUDGET_SCORE_ABSENT_N; i++) {
        if (g_ascii_strcasecmp(text, absent_names[i]) == 0) {
            if (out != NULL)
                *out = (BudgetScoreAbsentLevel)i;
            return true;
        }
    }
    return false;
}

bool budget_score_config_set_tier_shares(BudgetScoreConfig *config, int64_t excellent_bp, int64_t good_bp,
                                         int64_t fair_bp, int64_t poor_bp, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    if (!(excellent_bp <= 10000 && excellent_bp >= good_bp && good_bp >= fair_bp && fair_bp >= poor_bp &&
          poor_bp >= 0)) {
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL,
                          "tier shares must satisfy 10000 >= 优 >= 良 >= 中 >= 差 >= 0 bp");
        return false;
    }
    config->tier_bp[0] = excellent_bp;
    config->tier_bp[1] = good_bp;
    config->tier_bp[2] = fair_bp;
    config->tier_bp[3] = poor_bp;
    return true;
}

bool budget_score_config_set_grade_bands(BudgetScoreConfig *config, int64_t excellent_min, int64_t good_min,
                                         int64_t fair_min, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    if (!(excellent_min <= 100 * POINT && excellent_min > good_min && good_min > fair_min && fair_min >= 0)) {
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL,
                          "grade bands must satisfy 100 >= 优 > 良 > 中 >= 0 points");
        return false;
    }
    config->grade_min[0] = excellent_min;
    config->grade_min[1] = good_min;
    config->grade_min[2] = fair_min;
    return true;
}

void budget_score_config_set_denominator(BudgetScoreConfig *config, BudgetDenominator denominator)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail(denominator == BUDGET_DENOMINATOR_ADJUSTED ||
                     denominator == BUDGET_DENOMINATOR_ORIGINAL);
    config->denominator = denominator;
}

/* The rule slot of @level3 (NULL: execution), created empty of @kind. */
static ScoreRule *rule_slot(BudgetScoreConfig *config, const char *level3, bool is_deduction)
{
    ScoreRule *rule = level3 == NULL ? config->execution_rule : g_hash_table_lookup(config->rules, level3);

    if (rule != NULL && rule->is_deduction == is_deduction)
        return rule;
    rule = g_new0(ScoreRule, 1);
    rule->is_deduction = is_deduction;
    if (!is_deduction)
        rule->steps = g_array_new(FALSE, FALSE, sizeof(ScoreStep));
    if (level3 == NULL) {
        rule_free(config->execution_rule);
        config->execution_rule = rule;
    } else {
        g_hash_table_replace(config->rules, g_strdup(level3), rule);
    }
    return rule;
}

bool budget_score_config_add_step(BudgetScoreConfig *config, const char *level3, BudgetTargetComparator cmp,
                                  int64_t threshold, int64_t points, BudgetError *error)
{
    ScoreStep step;

    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    if (cmp < BUDGET_TARGET_CMP_EQ || cmp > BUDGET_TARGET_CMP_LT || points < 0) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                          "a step band needs a comparator (=, >=, >, <=, <) and points >= 0");
        return false;
    }
    step.cmp = cmp;
    step.threshold = threshold;
    step.points = points;
    g_array_append_val(rule_slot(config, level3, false)->steps, step);
    return true;
}

bool budget_score_config_set_deduction(BudgetScoreConfig *config, const char *level3, bool over,
                                       int64_t threshold, int64_t step, int64_t points_per_step,
                                       bool whole_steps, BudgetError *error)
{
    ScoreRule *rule;

    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    if (step <= 0 || points_per_step < 0) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                          "a deduction needs a step > 0 and points per step >= 0");
        return false;
    }
    rule = rule_slot(config, level3, true);
    rule->over = over;
    rule->threshold = threshold;
    rule->step = step;
    rule->points_per_step = points_per_step;
    rule->whole_steps = whole_steps;
    return true;
}

/* ---- Small helpers ---------------------------------------------------- */

/* The part of the 100 points an indicator of @level counts in: 成本 with 产出
 * (财预〔2020〕10号 adds it there). */
static BudgetScorePart part_of_level(BudgetIndicatorLevel level)
{
    switch (level) {
    case BUDGET_INDICATOR_LEVEL_OUTPUT:
    case BUDGET_INDICATOR_LEVEL_COST:
        return BUDGET_SCORE_PART_OUTPUT;
    case BUDGET_INDICATOR_LEVEL_OUTCOME:
        return BUDGET_SCORE_PART_OUTCOME;
    case BUDGET_INDICATOR_LEVEL_SATISFACTION:
        return BUDGET_SCORE_PART_SATISFACTION;
    default:
        return BUDGET_SCORE_PART_NONE;
    }
}

BudgetScorePart budget_score_part_from_level1(const char *level1)
{
    BudgetIndicatorLevel level;

    if (level1 == NULL || !budget_indicator_level_from_string(level1, &level))
        return BUDGET_SCORE_PART_NONE;
    return part_of_level(level);
}

const char *budget_score_part_to_string(BudgetScorePart part)
{
    static const char *const names[] = {"execution", "output", "outcome", "satisfaction", "none"};
    if ((int)part < 0 || (int)part >= (int)G_N_ELEMENTS(names))
        return NULL;
    return names[part];
}

/* n / d rounded half away from zero, d > 0, clamped to int64. */
static int64_t div_round64(__int128 n, __int128 d)
{
    __int128 q = budgetp_div_round(n, d);
    if (q > INT64_MAX)
        return INT64_MAX;
    if (q < INT64_MIN)
        return INT64_MIN;
    return (int64_t)q;
}

static int64_t share_of(int64_t weight, int64_t bp)
{
    return div_round64((__int128)weight * bp, 10000);
}

BudgetTargetGrade budget_score_grade(const BudgetScoreConfig *config, int64_t total)
{
    /* Read from the total rounded to 2 decimals (DESIGN.md): the printed
     * total and the grade agree. */
    int64_t shown = div_round64(total, POINT / 100) * (POINT / 100);

    if (config == NULL)
        config = &default_config;
    if (shown >= config->grade_min[0])
        return BUDGET_TARGET_GRADE_EXCELLENT;
    if (shown >= config->grade_min[1])
        return BUDGET_TARGET_GRADE_GOOD;
    if (shown >= config->grade_min[2])
        return BUDGET_TARGET_GRADE_FAIR;
    return BUDGET_TARGET_GRADE_POOR;
}

size_t budget_score_format(int64_t points, char *buf, size_t size)
{
    return budget_score_format_decimals(points, 2, buf, size);
}

static const int64_t pow10_table[7] = {1, 10, 100, 1000, 10000, 100000, 1000000};

size_t budget_score_format_decimals(int64_t points, int decimals, char *buf, size_t size)
{
    int64_t scaled, unit;
    uint64_t mag;
    int n;

    if (decimals < 0 || decimals > 6)
        decimals = 2;
    unit = POINT / pow10_table[decimals];
    scaled = div_round64(points, unit);
    mag = scaled < 0 ? (uint64_t)0 - (uint64_t)scaled : (uint64_t)scaled;
    if (decimals == 0)
        n = snprintf(buf, size, "%s%" G_GUINT64_FORMAT, scaled < 0 ? "-" : "", mag);
    else
        n = snprintf(buf, size, "%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT, scaled < 0 ? "-" : "",
                     mag / (uint64_t)pow10_table[decimals], decimals, mag % (uint64_t)pow10_table[decimals]);
    return n < 0 ? 0 : (size_t)n;
}

/* @points rounded to @decimals (as forms print them), half away from zero
 * or down (the fraction dropped; points are never negative, so this is
 * truncation); unchanged when @decimals is -1 (exact). */
static int64_t round_points(int64_t points, int decimals, BudgetScoreRounding rounding)
{
    int64_t unit;

    if (decimals < 0)
        return points;
    unit = POINT / pow10_table[decimals];
    if (rounding == BUDGET_SCORE_ROUNDING_DOWN)
        return points / unit * unit;
    return div_round64(points, unit) * unit;
}

bool budget_score_parse_points(const char *text, int64_t *out, BudgetError *error)
{
    const char *p = text;
    BudgetpDecimal d;
    char *q;

    budget_error_clear(error);
    budgetp_return_val_if_fail(text != NULL, false, error);
    budgetp_return_val_if_fail(out != NULL, false, error);
    while (*p == ' ')
        p++;
    /* Micro-points: the one decimal scanner at scale 6 (text-number-private.h). */
    budgetp_decimal_scan(p, strlen(p), 6, 0, &d);
    p += d.len;
    if (strncmp(p, "分", strlen("分")) == 0) /* "10分" */
        p += strlen("分");
    while (*p == ' ')
        p++;
    if (d.len == 0 || *p != '\0' || d.too_precise) {
        q = budgetp_text_quote(text, -1, BUDGETP_TEXT_MESSAGE_MAX);
        budgetp_error_set(error, BUDGET_ERROR_PARSE, NULL, 0, 0, NULL,
                          "\"%s\" is not a number of points (e.g. 10 or 2.5, at most 6 decimals)", q);
        g_free(q);
        return false;
    }
    if (d.overflow || d.magnitude > (uint64_t)(100 * POINT)) {
        q = budgetp_text_quote(text, -1, BUDGETP_TEXT_MESSAGE_MAX);
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, NULL, "\"%s\" is more than 100 points", q);
        g_free(q);
        return false;
    }
    *out = (int64_t)d.magnitude;
    return true;
}

/* ---- Scoring one indicator -------------------------------------------- */

static bool compare(int64_t value, BudgetTargetComparator cmp, int64_t threshold)
{
    switch (cmp) {
    case BUDGET_TARGET_CMP_EQ:
        return value == threshold;
    case BUDGET_TARGET_CMP_GE:
        return value >= threshold;
    case BUDGET_TARGET_CMP_GT:
        return value > threshold;
    case BUDGET_TARGET_CMP_LE:
        return value <= threshold;
    case BUDGET_TARGET_CMP_LT:
        return value < threshold;
    default:
        return false;
    }
}

/* A rule's score for @value, and a line saying how it was reached. */
static int64_t apply_rule(const ScoreRule *rule, int64_t weight, int64_t value, GString *how)
{
    char buf[32];

    if (!rule->is_deduction) {
        for (guint i = 0; i < rule->steps->len; i++) {
            const ScoreStep *s = &g_array_index(rule->steps, ScoreStep, i);
            if (compare(value, s->cmp, s->threshold)) {
                budget_score_format(MIN(s->points, weight), buf, sizeof buf);
                g_string_append_printf(how, "step band %u of %u: %s points", i + 1, rule->steps->len, buf);
                return MIN(s->points, weight);
            }
        }
        g_string_append(how, "no step band holds: 0 points");
        return 0;
    }
    {
        __int128 excess = rule->over ? (__int128)value - rule->threshold : (__int128)rule->threshold - value;
        __int128 deduct, score;

        if (excess <= 0) {
            g_string_append(how, "within the deduction threshold: full points");
            return weight;
        }
        if (rule->whole_steps)
            deduct = (excess / rule->step) * rule->points_per_step;
        else
            deduct = budgetp_div_round(excess * rule->points_per_step, rule->step);
        score = (__int128)weight - deduct;
        if (score < 0)
            score = 0;
        budget_score_format(deduct > INT64_MAX ? INT64_MAX : (int64_t)deduct, buf, sizeof buf);
        g_string_append_printf(how, "deduction of %s points past the threshold", buf);
        return (int64_t)score;
    }
}

/* The value a rule judges: the actual as the evaluation read it, or else
 * the actual read as a bare number ("5%" → 5000000 micro-percent). */
static bool rule_value(const BudgetTargetEvaluation *ev, const char *actual, int64_t *value)
{
    BudgetTarget *t;
    bool ok = false;

    if (ev->has_actual_value && ev->result != BUDGET_TARGET_CANNOT_EVALUATE) {
        *value = ev->actual_value;
        return true;
    }
    if (actual == NULL)
        return false;
    t = budget_target_parse(actual, -1, 0, NULL);
    if (t != NULL && budget_target_get_kind(t) == BUDGET_TARGET_NUMBER &&
        budget_target_comparator_is_implied(t) && budget_target_get_label(t) == NULL)
        ok = budget_target_get_value(t, value);
    budget_target_unref(t);
    return ok;
}

/* Fraction of the points an unmet number or range target earns: num/den
 * exactly where it is defined (den > 0, num >= 0), else false. */
static bool unmet_fraction(const BudgetTarget *target, int64_t actual, __int128 *num, __int128 *den)
{
    int64_t v, low, high;

    if (budget_target_get_kind(target) == BUDGET_TARGET_RANGE) {
        if (!budget_target_get_range(target, &low, &high))
            return false;
        if (actual < low) {
            *num = actual;
            *den = low;
        } else {
            *num = high;
            *den = actual;
        }
    } else {
        if (!budget_target_get_value(target, &v))
            return false;
        switch (budget_target_get_comparator(target)) {
        case BUDGET_TARGET_CMP_GE:
        case BUDGET_TARGET_CMP_GT:
            *num = actual;
            *den = v;
            break;
        case BUDGET_TARGET_CMP_LE:
        case BUDGET_TARGET_CMP_LT:
            *num = v;
            *den = actual;
            break;
        case BUDGET_TARGET_CMP_EQ:
            *num = MIN(actual, v);
            *den = MAX(actual, v);
            break;
        default:
            return false;
        }
    }
    return *den > 0 && *num >= 0;
}

/* What scoring an indicator did, beside its score. */
typedef struct {
    const char *rule; /* static name (budget_scorecard_get_indicator_rule()) */
    bool dropped;     /* counts nowhere: not applicable, or blank and excluded */
    bool blank_zero;  /* scored 0 for a blank actual */
} ScoreHow;

/* Points × @num ÷ @den for an unmet number or range target, capped so that
 * an unmet target never scores full, with the rule that gave it. */
static int64_t score_unmet(const BudgetScoreConfig *c, const BudgetTarget *target, int64_t weight,
                           const BudgetTargetEvaluation *ev, ScoreHow *how)
{
    __int128 num, den;
    int64_t score, v, cap = share_of(weight, 9999);
    BudgetTargetComparator cmp = budget_target_get_comparator(target);
    bool range = budget_target_get_kind(target) == BUDGET_TARGET_RANGE;

    if (ev->has_actual_value && !range && budgetp_target_cmp_is_lower(cmp) &&
        c->lower == BUDGET_SCORE_LOWER_LINEAR && budget_target_get_value(target, &v) && v > 0) {
        /* linear, reaching 0 at twice the target: (2v − a) ÷ v */
        __int128 left = (__int128)2 * v - ev->actual_value;
        how->rule = "linear_to_double";
        score = left <= 0 ? 0 : div_round64((__int128)weight * left, v);
    } else if (ev->has_actual_value && unmet_fraction(target, ev->actual_value, &num, &den)) {
        how->rule = range                               ? "range_bound"
                    : budgetp_target_cmp_is_higher(cmp) ? "proportional"
                    : budgetp_target_cmp_is_lower(cmp)  ? "inverse"
                                                        : "equal_ratio";
        score = div_round64((__int128)weight * num, den);
    } else {
        how->rule = "completion_ratio";
        score = ev->has_ratio ? share_of(weight, ev->ratio_bp) : 0;
    }
    /* An unmet target never scores full: at most 99.99 % of the points. */
    return CLAMP(score, 0, cap);
}

/* Scores an evaluated indicator. @ev->result may be rewritten when a rule
 * scored it. Appends to @reason why it scored what it did, where useful,
 * and says in @how which rule gave the score. */
static int64_t score_evaluated(const BudgetScoreConfig *c, const BudgetTarget *target, const char *actual,
                               const ScoreRule *rule, int64_t weight, BudgetTargetEvaluation *ev,
                               GString *reason, ScoreHow *how)
{
    int64_t value;

    memset(how, 0, sizeof *how);
    switch (ev->result) {
    case BUDGET_TARGET_NOT_APPLICABLE:
        how->rule = "not_applicable";
        how->dropped = true;
        g_string_append(reason, "not applicable: dropped, the total is rescaled");
        return 0;
    case BUDGET_TARGET_NOT_REPORTED:
        switch (c->blank) {
        case BUDGET_SCORE_BLANK_FULL:
            how->rule = "blank_full";
            g_string_append(reason, "not reported: scores full (blank_actual = full)");
            return weight;
        case BUDGET_SCORE_BLANK_EXCLUDE:
            how->rule = "blank_excluded";
            how->dropped = true;
            g_string_append(reason, "not reported: dropped (blank_actual = exclude), the total is rescaled");
            return 0;
        default:
            how->rule = "blank_zero";
            how->blank_zero = true;
            g_string_append(reason, "not reported: scores 0");
            return 0;
        }
    default:
        break;
    }
    if (rule != NULL) {
        int64_t score;
        if (!rule_value(ev, actual, &value)) {
            how->rule = "cannot_evaluate";
            g_string_append(reason, "a scoring rule needs a number as actual");
            if (ev->reason_code != BUDGET_TARGET_REASON_NONE) {
                g_string_append_printf(reason, " (%s)", ev->reason);
            } else {
                /* judged by its words, which a rule cannot score: the evaluation says so too */
                ev->reason_code = BUDGET_TARGET_REASON_ACTUAL_NOT_A_NUMBER;
                budgetp_strlcpy_utf8(ev->reason, "a scoring rule needs a number as actual",
                                     sizeof ev->reason);
            }
            ev->result = BUDGET_TARGET_CANNOT_EVALUATE;
            return 0;
        }
        how->rule = rule->is_deduction ? "deduction" : "step";
        score = apply_rule(rule, weight, value, reason);
        ev->result = score >= weight ? BUDGET_TARGET_MET
                     : score == 0    ? BUDGET_TARGET_NOT_MET
                                     : BUDGET_TARGET_PARTLY_MET;
        return score;
    }
    if (ev->result == BUDGET_TARGET_CANNOT_EVALUATE) {
        how->rule = "cannot_evaluate";
        g_string_append(reason,
                        ev->reason_code != BUDGET_TARGET_REASON_NONE ? ev->reason : "cannot evaluate");
        return 0;
    }
    switch (budget_target_get_kind(target)) {
    case BUDGET_TARGET_NUMBER:
    case BUDGET_TARGET_RANGE:
        if (ev->result == BUDGET_TARGET_MET) {
            how->rule = "met";
            return weight;
        }
        if (ev->result == BUDGET_TARGET_PARTLY_MET) {
            how->rule = "qualitative_partly";
            return share_of(weight, c->qualitative_bp[1]);
        }
        return score_unmet(c, target, weight, ev, how);
    case BUDGET_TARGET_TIERS:
        switch (ev->grade) {
        case BUDGET_TARGET_GRADE_EXCELLENT:
            how->rule = "tier_excellent";
            return share_of(weight, c->tier_bp[0]);
        case BUDGET_TARGET_GRADE_GOOD:
            how->rule = "tier_good";
            return share_of(weight, c->tier_bp[1]);
        case BUDGET_TARGET_GRADE_FAIR:
            how->rule = "tier_fair";
            return share_of(weight, c->tier_bp[2]);
        case BUDGET_TARGET_GRADE_POOR:
            how->rule = "tier_poor";
            return share_of(weight, c->tier_bp[3]);
        default:
            break;
        }
        break;
    default:
        break;
    }
    /* Qualitative and deadline targets, and tiers judged by a word. A
     * percent given against a word target is the degree achieved: its band
     * is the one its edges place it in (100 % and 85 % achieved with the
     * national edges 80 / 60, 70 % partly, 50 % not). */
    if (budget_target_get_kind(target) == BUDGET_TARGET_QUALITATIVE && ev->has_ratio) {
        ev->result = ev->ratio_bp >= c->qualitative_min_bp[0]   ? BUDGET_TARGET_MET
                     : ev->ratio_bp >= c->qualitative_min_bp[1] ? BUDGET_TARGET_PARTLY_MET
                                                                : BUDGET_TARGET_NOT_MET;
    }
    switch (ev->result) {
    case BUDGET_TARGET_MET:
        how->rule = "qualitative_achieved";
        return share_of(weight, c->qualitative_bp[0]);
    case BUDGET_TARGET_PARTLY_MET:
        how->rule = "qualitative_partly";
        return share_of(weight, c->qualitative_bp[1]);
    default:
        how->rule = "qualitative_not";
        return share_of(weight, c->qualitative_bp[2]);
    }
}

static const ScoreRule *rule_for(const BudgetScoreConfig *c, const char *level3)
{
    if (c->rules == NULL || level3 == NULL || *level3 == '\0')
        return NULL;
    return g_hash_table_lookup(c->rules, level3);
}

bool budget_score_indicator(const BudgetScoreConfig *config, const BudgetTarget *target, const char *actual,
                            const char *level3, int64_t weight, int64_t *out_score,
                            BudgetTargetEvaluation *out_eval, BudgetError *error)
{
    BudgetTargetEvaluation ev;
    GString *reason;
    int64_t score;
    ScoreHow how;

    budget_error_clear(error);
    budgetp_return_val_if_fail(target != NULL, false, error);
    budgetp_return_val_if_fail(out_score != NULL, false, error);
    budgetp_return_val_if_fail(weight >= 0, false, error);
    if (config == NULL)
        config = &default_config;
    if (!budget_target_evaluate(target, actual, -1, &ev, error))
        return false;
    reason = g_string_new(NULL);
    score = score_evaluated(config, target, actual, rule_for(config, level3), weight, &ev, reason, &how);
    g_string_free(reason, TRUE);
    *out_score = round_points(score, config->decimals, config->rounding);
    if (out_eval != NULL)
        *out_eval = ev;
    return true;
}

/* ---- Scorecards ------------------------------------------------------- */

static void indicator_clear(ScoreIndicator *ind)
{
    budget_indicator_unref(ind->indicator);
    g_free(ind->reason);
    g_free(ind->deduction);
    g_free(ind->warning);
    g_free(ind->target_read);
    g_free(ind->actual_read);
    budget_target_unref(ind->target);
}

void budget_scorecard_free(BudgetScorecard *card)
{
    if (card == NULL)
        return;
    for (guint i = 0; i < card->indicators->len; i++)
        indicator_clear(&g_array_index(card->indicators, ScoreIndicator, i));
    g_array_free(card->indicators, TRUE);
    g_ptr_array_free(card->notes, TRUE);
    g_free(card->code);
    g_free(card->profile);
    g_free(card);
}

static void note(BudgetScorecard *card, const char *format, ...) G_GNUC_PRINTF(2, 3);
static void note(BudgetScorecard *card, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    g_ptr_array_add(card->notes, g_strdup_vprintf(format, args));
    va_end(args);
}

/* The execution part: points × executed ÷ budget, capped (财预〔2020〕10号).
 * Whether there is a rate is the one rule of budget_money_rate_bp(): a budget
 * of 0 or less gives none, and neither does a rate past 64 bits of bp; in
 * both cases the part does not apply (dropped, the total rescaled), each
 * with its reason, never 0 points and never a clamped rate. */
static bool score_execution(BudgetScorecard *card, const BudgetBook *book, const BudgetLedger *ledger,
                            BudgetDate as_of, size_t index, const BudgetScoreConfig *c, BudgetError *error)
{
    int64_t points = c->part_points[BUDGET_SCORE_PART_EXECUTION];
    BudgetFen executed = 0, denominator;
    BudgetpBookEntry *const *entries;
    BudgetpProjectFigures figures;
    size_t n;

    if (ledger != NULL && !budget_ledger_get_executed(ledger, index, &executed)) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                          "project %s is not in the ledger", card->code);
        return false;
    }
    /* The report's figures of the project (one rule for the denominator and
     * the rate, report-private.h); the plan does not matter here. */
    entries = budgetp_book_entries(book, &n);
    if (index >= n ||
        !budgetp_report_project_figures(book, entries[index], executed, budget_book_get_year(book), as_of,
                                        c->denominator, BUDGET_PLAN_METHOD_STEP, &figures, error))
        return false;
    denominator = figures.denominator;
    if (denominator <= 0) {
        card->execution =
            denominator == 0 ? BUDGET_SCORE_EXECUTION_ZERO_BUDGET : BUDGET_SCORE_EXECUTION_NEGATIVE_BUDGET;
        if (points > 0)
            note(card,
                 "execution: not applicable: no execution rate (the budget is %s): the part is dropped and "
                 "the total rescaled",
                 denominator == 0 ? "zero" : "negative");
        return true;
    }
    card->has_rate = figures.has_rate;
    card->rate_bp = figures.rate_bp;
    if (!card->has_rate || (c->execution_rule != NULL && points > 0 &&
                            (card->rate_bp > INT64_MAX / (MICROPCT_100 / BUDGET_BP_100) ||
                             card->rate_bp < INT64_MIN / (MICROPCT_100 / BUDGET_BP_100)))) {
        card->execution = BUDGET_SCORE_EXECUTION_RATE_DOES_NOT_FIT;
        if (points > 0)
            note(card,
                 "execution: not applicable: the execution rate does not fit in 64 bits of %s: the part "
                 "is dropped and the total rescaled",
                 card->has_rate ? "micro-percent, the scale of its rule" : "basis points");
        return true;
    }
    card->execution = BUDGET_SCORE_EXECUTION_SCORED;
    card->available[BUDGET_SCORE_PART_EXECUTION] = points;
    if (points == 0)
        return true;
    if (c->execution_rule != NULL) {
        /* The rule judges the execution rate as shown (bp), in its scale. */
        GString *how = g_string_new(NULL);
        int64_t value = card->rate_bp * (MICROPCT_100 / BUDGET_BP_100);
        card->score[BUDGET_SCORE_PART_EXECUTION] = apply_rule(c->execution_rule, points, value, how);
        note(card, "execution: %s", how->str);
        g_string_free(how, TRUE);
    } else {
        /* Exact, then the cap at the part's points (libbudget's choice,
         * a parameter: budget_score_config_set_execution_cap()). */
        __int128 s = budgetp_div_round((__int128)points * executed, denominator);
        if (c->execution_cap && s > points)
            s = points;
        card->score[BUDGET_SCORE_PART_EXECUTION] = s < 0                 ? 0
                                                   : s > INT64_MAX / 128 ? INT64_MAX / 128
                                                                         : (int64_t)s;
    }
    card->score[BUDGET_SCORE_PART_EXECUTION] =
        round_points(card->score[BUDGET_SCORE_PART_EXECUTION], c->decimals, c->rounding);
    return true;
}

/* The readings of an indicator (target and actual as read), the warning
 * its evaluation gave, and why it scored less than its weight. */
static void describe_indicator(ScoreIndicator *ind, int decimals)
{
    GString *t = g_string_new(NULL), *a = g_string_new(NULL);
    char w[32], sc[32];

    budgetp_target_describe(ind->target, t);
    budgetp_target_describe_actual(ind->target, &ind->eval, a);
    ind->warning = g_strdup(ind->eval.result != BUDGET_TARGET_CANNOT_EVALUATE ? ind->eval.reason : "");
    if (ind->part == BUDGET_SCORE_PART_NONE || ind->score >= ind->weight ||
        strcmp(ind->rule, "not_applicable") == 0 || strcmp(ind->rule, "blank_excluded") == 0) {
        ind->deduction = g_strdup("");
    } else {
        budget_score_format_decimals(ind->weight, decimals, w, sizeof w);
        budget_score_format_decimals(ind->score, decimals, sc, sizeof sc);
        if (strcmp(ind->rule, "cannot_evaluate") == 0)
            ind->deduction = g_strdup_printf("cannot evaluate (%s): %s of %s points", ind->reason, sc, w);
        else if (strcmp(ind->rule, "blank_zero") == 0)
            ind->deduction = g_strdup_printf("blank actual (blank_actual = zero): %s of %s points", sc, w);
        else
            ind->deduction = g_strdup_printf("actual %s against target %s: rule %s gives %s of %s points",
                                             a->str, t->str, ind->rule, sc, w);
    }
    ind->target_read = g_string_free(t, FALSE);
    ind->actual_read = g_string_free(a, FALSE);
}

/* Weights: given ones as they are; the rest of the part's points split
 * evenly, exactly, among the blank ones. */
static void split_weights(BudgetScorecard *card, const BudgetScoreConfig *c)
{
    for (int part = BUDGET_SCORE_PART_OUTPUT; part < SCORE_N_PARTS; part++) {
        int64_t given = 0, n_blank = 0, rest, each, extra;

        for (guint i = 0; i < card->indicators->len; i++) {
            const ScoreIndicator *ind = &g_array_index(card->indicators, ScoreIndicator, i);
            if ((int)ind->part != part)
                continue;
            if (ind->weight_given)
                given += ind->weight;
            else
                n_blank++;
        }
        rest = c->part_points[part] - given;
        if (rest < 0) {
            if (n_blank > 0)
                note(card, "%s: the given weights use more than the part's points: blank weights get 0",
                     budget_score_part_to_string((BudgetScorePart)part));
            rest = 0;
        } else if (rest == 0 && n_blank > 0 && given > 0) {
            note(card, "%s: the given weights use all the part's points: blank weights get 0",
                 budget_score_part_to_string((BudgetScorePart)part));
        }
        if (n_blank == 0)
            continue;
        each = rest / n_blank;
        extra = rest % n_blank;
        for (guint i = 0; i < card->indicators->len; i++) {
            ScoreIndicator *ind = &g_array_index(card->indicators, ScoreIndicator, i);
            if ((int)ind->part != part || ind->weight_given)
                continue;
            ind->weight = each + (extra > 0 ? 1 : 0);
            if (extra > 0)
                extra--;
        }
    }
}

/* The scorecard of the @index-th project of @book at @as_of, from its
 * indicators; @ledger NULL scores nothing executed. */
static BudgetScorecard *score_indicators(const BudgetBook *book, const BudgetLedger *ledger, BudgetDate as_of,
                                         size_t index, const BudgetScoreConfig *c, BudgetError *error)
{
    const BudgetProject *project = budget_book_get_project_nth(book, index);
    const char *code = budget_project_get_code(project);
    size_t n = budget_book_get_project_n_indicators(book, code);
    BudgetScorecard *card = g_new0(BudgetScorecard, 1);
    int year = budget_project_get_year(project);
    int64_t available = 0;

    if (year <= 0)
        year = budget_book_get_year(book);
    card->code = g_strdup(code);
    card->decimals = c->decimals;
    card->profile = g_strdup(c->name);
    card->indicators = g_array_sized_new(FALSE, TRUE, sizeof(ScoreIndicator), (guint)n);
    card->notes = g_ptr_array_new_with_free_func(g_free);
    card->grade = BUDGET_TARGET_GRADE_NONE;

    if (!score_execution(card, book, ledger, as_of, index, c, error))
        goto fail;

    /* The indicators: part, target, given weight. */
    for (size_t k = 0; k < n; k++) {
        ScoreIndicator ind, *p;
        BudgetIndicatorLevel level;

        memset(&ind, 0, sizeof ind);
        ind.indicator = budget_indicator_copy(budget_book_get_project_indicator_nth(book, code, k));
        g_array_append_val(card->indicators, ind);
        p = &g_array_index(card->indicators, ScoreIndicator, card->indicators->len - 1);
        p->part =
            budget_indicator_get_level(p->indicator, &level) ? part_of_level(level) : BUDGET_SCORE_PART_NONE;
        p->target = budget_target_parse(budget_indicator_get_target(p->indicator), -1, year, error);
        if (p->target == NULL)
            goto fail;
        p->weight_given = budget_indicator_get_weight(p->indicator, &p->weight);
    }
    split_weights(card, c);

    for (guint i = 0; i < card->indicators->len; i++) {
        ScoreIndicator *ind = &g_array_index(card->indicators, ScoreIndicator, i);
        GString *reason = g_string_new(NULL);
        const char *actual = budget_indicator_get_actual(ind->indicator);

        if (!budget_target_evaluate(ind->target, actual, -1, &ind->eval, error)) {
            g_string_free(reason, TRUE);
            goto fail;
        }
        if (ind->part == BUDGET_SCORE_PART_NONE) {
            ind->weight = 0;
            ind->rule = "not_scored";
            g_string_append_printf(reason,
                                   "level1 \"%s\" is not 产出, 成本, 效益, 效果 or 满意度: not scored",
                                   budget_indicator_get_level1(ind->indicator));
        } else {
            ScoreHow how;
            ind->score = score_evaluated(c, ind->target, actual,
                                         rule_for(c, budget_indicator_get_level3(ind->indicator)),
                                         ind->weight, &ind->eval, reason, &how);
            ind->score = round_points(ind->score, c->decimals, c->rounding);
            ind->rule = how.rule;
            if (how.blank_zero)
                card->n_blank_zero++;
            if (!how.dropped) {
                card->available[ind->part] += ind->weight;
                card->score[ind->part] += ind->score;
            }
        }
        ind->reason = g_string_free(reason, FALSE);
        describe_indicator(ind, c->decimals);
    }

    /* Each part's score counts × mult[p] ÷ den: 1 ÷ 1 unless an absent
     * level's points go to 产出 and 效益, which then count × (O + A) ÷ O (O
     * their points available together, A the absent points). The points
     * available become Σ available × mult ÷ den = available + A, and the
     * total Σ score × mult × 100 ÷ (den × available), exact in 128 bits
     * (at most 4 × 10^8 × 2·10^8 × 10^8 over 10^8 × 2·10^8). */
    int64_t mult[SCORE_N_PARTS] = {1, 1, 1, 1}, den = 1, absent = 0;
    __int128 num = 0;

    for (int p = 0; p < SCORE_N_PARTS; p++)
        available += card->available[p];
    if (c->absent == BUDGET_SCORE_ABSENT_TO_OUTPUT_OUTCOME) {
        int64_t present =
            card->available[BUDGET_SCORE_PART_OUTPUT] + card->available[BUDGET_SCORE_PART_OUTCOME];

        for (int p = BUDGET_SCORE_PART_OUTPUT; p < SCORE_N_PARTS; p++) {
            char a[32];

            if (c->part_points[p] <= 0 || card->available[p] > 0)
                continue;
            budget_score_format(c->part_points[p], a, sizeof a);
            if (present > 0) {
                absent += c->part_points[p];
                note(card, "%s: no indicator counts: its %s points go to output and outcome in proportion",
                     budget_score_part_to_string((BudgetScorePart)p), a);
            } else {
                note(card,
                     "%s: no indicator counts, and neither output nor outcome has points to take its %s: "
                     "the total is rescaled",
                     budget_score_part_to_string((BudgetScorePart)p), a);
            }
        }
        if (absent > 0) {
            den = present;
            for (int p = 0; p < SCORE_N_PARTS; p++)
                mult[p] = p == BUDGET_SCORE_PART_OUTPUT || p == BUDGET_SCORE_PART_OUTCOME ? present + absent
                                                                                          : present;
            available += absent;
        }
    }
    for (int p = 0; p < SCORE_N_PARTS; p++)
        num += (__int128)card->score[p] * mult[p];
    if (available > 0) {
        card->has_total = true;
        card->total =
            round_points(div_round64(num * 100 * POINT, (__int128)den * available), c->decimals, c->rounding);
        for (int p = 0; p < SCORE_N_PARTS; p++)
            card->scaled[p] =
                div_round64((__int128)card->score[p] * mult[p] * 100 * POINT, (__int128)den * available);
        card->grade = budget_score_grade(c, card->total);
        if (available != 100 * POINT) {
            char a[32];
            budget_score_format(available, a, sizeof a);
            note(card, "%s points available: the total is rescaled to 100", a);
        }
    } else {
        note(card, "no points available: no total");
    }
    return card;

fail:
    budget_scorecard_free(card);
    return NULL;
}

BudgetScorecard *budget_score_project(const BudgetLedger *ledger, const char *code,
                                      const BudgetScoreConfig *config, BudgetError *error)
{
    const BudgetBook *book;
    size_t index;
    BudgetScorecard *card;

    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, NULL, error);
    budgetp_return_val_if_fail(code != NULL, NULL, error);
    if (config == NULL)
        config = &default_config;
    book = budget_ledger_get_book(ledger);
    if (!budget_book_get_project_index(book, code, &index)) {
        budgetp_error_set(error, BUDGET_ERROR_NOT_FOUND, NULL, 0, 0, "code", "unknown project code \"%s\"",
                          code);
        return NULL;
    }
    card = score_indicators(book, ledger, budget_ledger_get_as_of(ledger), index, config, error);
    return card;
}

const char *budget_scorecard_get_code(const BudgetScorecard *card)
{
    g_return_val_if_fail(card != NULL, NULL);
    return card->code;
}

bool budget_scorecard_get_total(const BudgetScorecard *card, int64_t *out)
{
    g_return_val_if_fail(card != NULL, false);
    if (!card->has_total)
        return false;
    if (out != NULL)
        *out = card->total;
    return true;
}

BudgetTargetGrade budget_scorecard_get_grade(const BudgetScorecard *card)
{
    g_return_val_if_fail(card != NULL, BUDGET_TARGET_GRADE_NONE);
    return card->grade;
}

bool budget_scorecard_get_part(const BudgetScorecard *card, BudgetScorePart part, int64_t *out_available,
                               int64_t *out_score, int64_t *out_scaled)
{
    g_return_val_if_fail(card != NULL, false);
    if (!part_valid(part) || card->available[part] <= 0)
        return false;
    if (out_available != NULL)
        *out_available = card->available[part];
    if (out_score != NULL)
        *out_score = card->score[part];
    if (out_scaled != NULL)
        *out_scaled = card->scaled[part];
    return true;
}

bool budget_scorecard_get_execution_rate(const BudgetScorecard *card, int64_t *out_bp)
{
    g_return_val_if_fail(card != NULL, false);
    if (!card->has_rate)
        return false;
    if (out_bp != NULL)
        *out_bp = card->rate_bp;
    return true;
}

BudgetScoreExecution budget_scorecard_get_execution(const BudgetScorecard *card)
{
    g_return_val_if_fail(card != NULL, BUDGET_SCORE_EXECUTION_SCORED);
    return card->execution;
}

static const char *const execution_names[BUDGET_SCORE_EXECUTION_N] = {
    "scored",
    "zero_budget",
    "negative_budget",
    "rate_does_not_fit",
};

const char *budget_score_execution_to_string(BudgetScoreExecution execution)
{
    g_return_val_if_fail((int)execution >= 0 && (int)execution < BUDGET_SCORE_EXECUTION_N, NULL);
    return execution_names[execution];
}

bool budget_score_execution_from_string(const char *text, BudgetScoreExecution *out)
{
    g_return_val_if_fail(text != NULL, false);
    for (int i = 0; i < BUDGET_SCORE_EXECUTION_N; i++) {
        if (g_ascii_strcasecmp(text, execution_names[i]) == 0) {
            if (out != NULL)
                *out = (BudgetScoreExecution)i;
            return true;
        }
    }
    return false;
}

size_t budget_scorecard_get_n_notes(const BudgetScorecard *card)
{
    g_return_val_if_fail(card != NULL, 0);
    return card->notes->len;
}

const char *budget_scorecard_get_note(const BudgetScorecard *card, size_t index)
{
    g_return_val_if_fail(card != NULL, NULL);
    g_return_val_if_fail(index < card->notes->len, NULL);
    return g_ptr_array_index(card->notes, index);
}

size_t budget_scorecard_get_n_indicators(const BudgetScorecard *card)
{
    g_return_val_if_fail(card != NULL, 0);
    return card->indicators->len;
}

/* The indicator row @index; a NULL card or an index past the rows is
 * misuse (docs/api-conventions.md): a critical, then NULL. */
static const ScoreIndicator *indicator_at(const BudgetScorecard *card, size_t index)
{
    g_return_val_if_fail(card != NULL, NULL);
    g_return_val_if_fail(index < card->indicators->len, NULL);
    return &g_array_index(card->indicators, ScoreIndicator, index);
}

const BudgetIndicator *budget_scorecard_get_indicator(const BudgetScorecard *card, size_t index)
{
    const ScoreIndicator *ind = indicator_at(card, index);
    return ind != NULL ? ind->indicator : NULL;
}

const char *budget_scorecard_get_indicator_reason(const BudgetScorecard *card, size_t index)
{
    const ScoreIndicator *ind = indicator_at(card, index);
    return ind != NULL ? ind->reason : NULL;
}

BudgetScorePart budget_scorecard_get_indicator_part(const BudgetScorecard *card, size_t index)
{
    const ScoreIndicator *ind = indicator_at(card, index);
    return ind != NULL ? ind->part : BUDGET_SCORE_PART_NONE;
}

BudgetTarget *budget_scorecard_get_indicator_target(const BudgetScorecard *card, size_t index)
{
    const ScoreIndicator *ind = indicator_at(card, index);
    return ind != NULL ? ind->target : NULL;
}

bool budget_scorecard_get_indicator_score(const BudgetScorecard *card, size_t index, int64_t *out_weight,
                                          int64_t *out_score, BudgetTargetEvaluation *out_eval)
{
    const ScoreIndicator *ind = indicator_at(card, index);

    if (ind == NULL)
        return false;
    if (out_weight != NULL)
        *out_weight = ind->weight;
    if (out_score != NULL)
        *out_score = ind->score;
    if (out_eval != NULL)
        *out_eval = ind->eval;
    return true;
}

const char *budget_scorecard_get_indicator_rule(const BudgetScorecard *card, size_t index)
{
    const ScoreIndicator *ind = indicator_at(card, index);
    return ind != NULL ? ind->rule : NULL;
}

const char *budget_scorecard_get_indicator_deduction(const BudgetScorecard *card, size_t index)
{
    const ScoreIndicator *ind = indicator_at(card, index);
    return ind != NULL ? ind->deduction : NULL;
}

const char *budget_scorecard_get_indicator_warning(const BudgetScorecard *card, size_t index)
{
    const ScoreIndicator *ind = indicator_at(card, index);
    return ind != NULL ? ind->warning : NULL;
}

bool budget_scorecard_get_indicator_reading(const BudgetScorecard *card, size_t index,
                                            const char **out_target, const char **out_actual)
{
    const ScoreIndicator *ind = indicator_at(card, index);

    if (ind == NULL)
        return false;
    if (out_target != NULL)
        *out_target = ind->target_read;
    if (out_actual != NULL)
        *out_actual = ind->actual_read;
    return true;
}

size_t budget_scorecard_get_n_blank_zero(const BudgetScorecard *card)
{
    g_return_val_if_fail(card != NULL, 0);
    return card->n_blank_zero;
}

int budget_scorecard_get_decimals(const BudgetScorecard *card)
{
    g_return_val_if_fail(card != NULL, -1);
    return card->decimals;
}

const char *budget_scorecard_get_profile(const BudgetScorecard *card)
{
    g_return_val_if_fail(card != NULL, NULL);
    return card->profile;
}

/* ---- Score reports ---------------------------------------------------- */

/* Scores every project of @book at @as_of (@ledger nullable: nothing
 * executed). Without @diag, stops at the first project that cannot be
 * scored; with it, adds each such problem to @diag and goes on, except an
 * adjusted budget that does not fit (budgetp_score_check() leaves those to
 * the check of every as-of date) and returns NULL at the end if any. */
static BudgetScoreReport *score_projects(const BudgetBook *book, const BudgetLedger *ledger, BudgetDate as_of,
                                         const BudgetScoreConfig *config, BudgetDiagnostics *diag,
                                         BudgetError *error)
{
    size_t n_projects = budget_book_get_n_projects(book);
    BudgetScoreReport *report;
    bool failed = false;

    report = g_new0(BudgetScoreReport, 1);
    report->cards = g_ptr_array_new_with_free_func((GDestroyNotify)budget_scorecard_free);
    for (size_t p = 0; p < n_projects && (diag != NULL || !failed); p++) {
        BudgetError sub;
        BudgetScorecard *card;

        budget_error_clear(&sub);
        card = score_indicators(book, ledger, as_of, p, config, &sub);
        if (card == NULL) {
            failed = true;
            if (diag == NULL && error != NULL)
                *error = sub;
            else if (sub.code != BUDGET_ERROR_OVERFLOW)
                budget_diagnostics_add(diag, &sub, false);
            continue;
        }
        g_ptr_array_add(report->cards, card);
    }
    if (failed) {
        budget_score_report_free(report);
        return NULL;
    }
    return report;
}

BudgetScoreReport *budget_score_report_new(const BudgetLedger *ledger, const BudgetScoreConfig *config,
                                           BudgetError *error)
{
    BudgetError sub;
    BudgetScoreReport *report;

    budget_error_clear(error);
    budgetp_return_val_if_fail(ledger != NULL, NULL, error);
    if (config == NULL)
        config = &default_config;
    budget_error_clear(&sub);
    report = score_projects(budget_ledger_get_book(ledger), ledger, budget_ledger_get_as_of(ledger), config,
                            NULL, &sub);
    if (report == NULL && error != NULL)
        *error = sub;
    return report;
}

void budget_score_report_free(BudgetScoreReport *report)
{
    if (report == NULL)
        return;
    g_ptr_array_free(report->cards, TRUE);
    g_free(report);
}

size_t budget_score_report_get_n(const BudgetScoreReport *report)
{
    g_return_val_if_fail(report != NULL, 0);
    return report->cards->len;
}

const BudgetScorecard *budget_score_report_get_nth(const BudgetScoreReport *report, size_t index)
{
    g_return_val_if_fail(report != NULL, NULL);
    if (index >= report->cards->len)
        return NULL;
    return g_ptr_array_index(report->cards, index);
}

void budgetp_score_check(const BudgetBook *book, const BudgetLedger *ledger, BudgetDate as_of,
                         BudgetDiagnostics *diag)
{
    BudgetScoreReport *report;
    BudgetError sub;

    budget_error_clear(&sub);
    report = score_projects(book, ledger, as_of, &default_config, diag, &sub);
    budget_score_report_free(report);
}
