/* indicator: one performance indicator (绩效指标) of a project, with typed
 * fields (DESIGN.md "Indicators"; model: indicator). */
#include "config.h"

#include <inttypes.h>
#include <string.h>

#include "indicator-private.h"

const char *const budgetp_indicator_columns[BUDGETP_INDICATOR_N_TEXTS] = {
    "level1", "level2", "level3", "description", "target", "basis", "weight", "actual",
};

/* ---- Levels ----------------------------------------------------------- */

const char *budget_indicator_level_to_string(BudgetIndicatorLevel level)
{
    static const char *const names[BUDGET_INDICATOR_LEVEL_N] = {"output", "outcome", "satisfaction", "cost"};

    g_return_val_if_fail((int)level >= 0 && level < BUDGET_INDICATOR_LEVEL_N, NULL);
    return names[level];
}

bool budget_indicator_level_from_string(const char *text, BudgetIndicatorLevel *out)
{
    /* The order decides texts that hold two words: 成本 first, so that
     * "成本效益" is cost (财预〔2020〕10号 scores 成本 with 产出). */
    static const struct {
        const char *word;
        BudgetIndicatorLevel level;
    } words[] = {
        {"成本", BUDGET_INDICATOR_LEVEL_COST},         {"产出", BUDGET_INDICATOR_LEVEL_OUTPUT},
        {"效益", BUDGET_INDICATOR_LEVEL_OUTCOME},      {"效果", BUDGET_INDICATOR_LEVEL_OUTCOME},
        {"满意", BUDGET_INDICATOR_LEVEL_SATISFACTION}, {"output", BUDGET_INDICATOR_LEVEL_OUTPUT},
        {"cost", BUDGET_INDICATOR_LEVEL_COST},         {"outcome", BUDGET_INDICATOR_LEVEL_OUTCOME},
        {"benefit", BUDGET_INDICATOR_LEVEL_OUTCOME},   {"satisfaction", BUDGET_INDICATOR_LEVEL_SATISFACTION},
    };
    char *lower;
    bool found = false;

    g_return_val_if_fail(text != NULL, false);
    lower = g_ascii_strdown(text, -1);
    for (size_t i = 0; i < G_N_ELEMENTS(words) && !found; i++) {
        if (strstr(lower, words[i].word) != NULL) {
            found = true;
            if (out != NULL)
                *out = words[i].level;
        }
    }
    g_free(lower);
    return found;
}

/* ---- Lifetime --------------------------------------------------------- */

BudgetIndicator *budget_indicator_new(const char *code, BudgetError *error)
{
    BudgetIndicator *indicator;

    budget_error_clear(error);
    budgetp_return_val_if_fail(code != NULL, NULL, error);
    if (code[0] == '\0' || !g_utf8_validate(code, -1, NULL)) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, "code",
                          "an indicator's project code must be non-empty UTF-8");
        return NULL;
    }
    indicator = g_new0(BudgetIndicator, 1);
    indicator->ref_count = 1;
    indicator->code = g_strdup(code);
    for (int t = 0; t < BUDGETP_INDICATOR_N_TEXTS; t++)
        indicator->text[t] = g_strdup("");
    return indicator;
}

BudgetIndicator *budget_indicator_copy(const BudgetIndicator *indicator)
{
    BudgetIndicator *copy;

    g_return_val_if_fail(indicator != NULL, NULL);
    copy = g_new0(BudgetIndicator, 1);
    copy->ref_count = 1;
    copy->code = g_strdup(indicator->code);
    for (int t = 0; t < BUDGETP_INDICATOR_N_TEXTS; t++)
        copy->text[t] = g_strdup(indicator->text[t]);
    copy->has_weight = indicator->has_weight;
    copy->weight = indicator->weight;
    for (size_t k = 0; k < budget_indicator_get_n_extras(indicator); k++) {
        const char *value = NULL;
        const char *name = budget_indicator_get_extra_nth(indicator, k, &value);
        budget_indicator_set_extra(copy, name, value);
    }
    return copy;
}

BudgetIndicator *budget_indicator_ref(BudgetIndicator *indicator)
{
    g_return_val_if_fail(indicator != NULL, NULL);
    g_atomic_int_inc(&indicator->ref_count);
    return indicator;
}

void budget_indicator_unref(BudgetIndicator *indicator)
{
    if (indicator == NULL || !g_atomic_int_dec_and_test(&indicator->ref_count))
        return;
    g_free(indicator->code);
    for (int t = 0; t < BUDGETP_INDICATOR_N_TEXTS; t++)
        g_free(indicator->text[t]);
    if (indicator->extra_names != NULL) {
        g_ptr_array_unref(indicator->extra_names);
        g_ptr_array_unref(indicator->extra_values);
    }
    g_free(indicator);
}

/* ---- Texts ------------------------------------------------------------ */

const char *budget_indicator_get_code(const BudgetIndicator *indicator)
{
    g_return_val_if_fail(indicator != NULL, NULL);
    return indicator->code;
}

static const char *get_text(const BudgetIndicator *indicator, BudgetpIndicatorText t)
{
    return indicator != NULL ? indicator->text[t] : "";
}

static void set_text(BudgetIndicator *indicator, BudgetpIndicatorText t, const char *text)
{
    char *copy = g_strdup(text != NULL ? text : "");

    g_free(indicator->text[t]);
    indicator->text[t] = copy;
}

/* The getter and setter of one text field: a NULL indicator is a critical,
 * then "" (getter) or nothing (setter). */
#define TEXT_FIELD(name, slot)                                                                               \
    const char *budget_indicator_get_##name(const BudgetIndicator *indicator)                                \
    {                                                                                                        \
        g_return_val_if_fail(indicator != NULL, "");                                                         \
        return get_text(indicator, slot);                                                                    \
    }                                                                                                        \
    void budget_indicator_set_##name(BudgetIndicator *indicator, const char *text)                           \
    {                                                                                                        \
        g_return_if_fail(indicator != NULL);                                                                 \
        set_text(indicator, slot, text);                                                                     \
    }

TEXT_FIELD(level1, BUDGETP_INDICATOR_LEVEL1)
TEXT_FIELD(level2, BUDGETP_INDICATOR_LEVEL2)
TEXT_FIELD(level3, BUDGETP_INDICATOR_LEVEL3)
TEXT_FIELD(description, BUDGETP_INDICATOR_DESCRIPTION)
TEXT_FIELD(target, BUDGETP_INDICATOR_TARGET)
TEXT_FIELD(basis, BUDGETP_INDICATOR_BASIS)
TEXT_FIELD(actual, BUDGETP_INDICATOR_ACTUAL)

bool budget_indicator_get_level(const BudgetIndicator *indicator, BudgetIndicatorLevel *out)
{
    g_return_val_if_fail(indicator != NULL, false);
    return budget_indicator_level_from_string(indicator->text[BUDGETP_INDICATOR_LEVEL1], out);
}

/* ---- Weight ----------------------------------------------------------- */

bool budget_indicator_get_weight(const BudgetIndicator *indicator, int64_t *out)
{
    g_return_val_if_fail(indicator != NULL, false);
    if (!indicator->has_weight)
        return false;
    if (out != NULL)
        *out = indicator->weight;
    return true;
}

const char *budget_indicator_get_weight_text(const BudgetIndicator *indicator)
{
    g_return_val_if_fail(indicator != NULL, "");
    return indicator->text[BUDGETP_INDICATOR_WEIGHT];
}

bool budget_indicator_set_weight(BudgetIndicator *indicator, const char *text, BudgetError *error)
{
    int64_t points = 0;

    budget_error_clear(error);
    budgetp_return_val_if_fail(indicator != NULL, false, error);
    if (text != NULL && text[0] != '\0') {
        BudgetError sub;

        /* The one reader of points (score.c), so that a weight the CSV
         * reader accepts is one the score accepts. */
        if (!budget_score_parse_points(text, &points, &sub)) {
            budgetp_error_set(error, sub.code, NULL, 0, 0, "weight", "%s", sub.message);
            return false;
        }
    }
    set_text(indicator, BUDGETP_INDICATOR_WEIGHT, text);
    indicator->has_weight = text != NULL && text[0] != '\0';
    indicator->weight = points;
    return true;
}

bool budget_indicator_set_weight_points(BudgetIndicator *indicator, int64_t points, BudgetError *error)
{
    char buf[32];
    int64_t frac = points % BUDGET_SCORE_POINT;

    budget_error_clear(error);
    budgetp_return_val_if_fail(indicator != NULL, false, error);
    if (points < 0 || points > 100 * (int64_t)BUDGET_SCORE_POINT) {
        budgetp_error_set(error, BUDGET_ERROR_RANGE, NULL, 0, 0, "weight",
                          "a weight is 0 to 100 points (0 to 100000000 micro-points), not %" PRId64
                          " micro-points",
                          points);
        return false;
    }
    /* The shortest exact decimal: 2500000 → "2.5", 10000000 → "10". */
    if (frac == 0) {
        g_snprintf(buf, sizeof buf, "%" PRId64, points / BUDGET_SCORE_POINT);
    } else {
        int n;
        n = g_snprintf(buf, sizeof buf, "%" PRId64 ".%06" PRId64, points / BUDGET_SCORE_POINT, frac);
        while (n > 0 && buf[n - 1] == '0')
            buf[--n] = '\0';
    }
    set_text(indicator, BUDGETP_INDICATOR_WEIGHT, buf);
    indicator->has_weight = true;
    indicator->weight = points;
    return true;
}

/* ---- Extra columns ---------------------------------------------------- */

static gssize find_extra(const BudgetIndicator *indicator, const char *column)
{
    if (indicator->extra_names == NULL)
        return -1;
    for (guint i = 0; i < indicator->extra_names->len; i++) {
        if (strcmp(g_ptr_array_index(indicator->extra_names, i), column) == 0)
            return (gssize)i;
    }
    return -1;
}

/* A column the library interprets: "code" and the texts' columns. */
static bool is_known_column(const char *column)
{
    if (g_ascii_strcasecmp(column, "code") == 0)
        return true;
    for (int t = 0; t < BUDGETP_INDICATOR_N_TEXTS; t++) {
        if (g_ascii_strcasecmp(column, budgetp_indicator_columns[t]) == 0)
            return true;
    }
    return false;
}

void budget_indicator_set_extra(BudgetIndicator *indicator, const char *column, const char *value)
{
    gssize i;

    g_return_if_fail(indicator != NULL);
    g_return_if_fail(column != NULL && column[0] != '\0');
    g_return_if_fail(!is_known_column(column));
    i = find_extra(indicator, column);
    if (value == NULL) {
        if (i >= 0) {
            g_ptr_array_remove_index(indicator->extra_names, (guint)i);
            g_ptr_array_remove_index(indicator->extra_values, (guint)i);
        }
        return;
    }
    if (i >= 0) {
        char **slot = (char **)&g_ptr_array_index(indicator->extra_values, (guint)i);

        g_free(*slot);
        *slot = g_strdup(value);
        return;
    }
    if (indicator->extra_names == NULL) {
        indicator->extra_names = g_ptr_array_new_with_free_func(g_free);
        indicator->extra_values = g_ptr_array_new_with_free_func(g_free);
    }
    g_ptr_array_add(indicator->extra_names, g_strdup(column));
    g_ptr_array_add(indicator->extra_values, g_strdup(value));
}

const char *budget_indicator_get_extra(const BudgetIndicator *indicator, const char *column)
{
    gssize i;

    g_return_val_if_fail(indicator != NULL, NULL);
    g_return_val_if_fail(column != NULL, NULL);
    i = find_extra(indicator, column);
    return i >= 0 ? g_ptr_array_index(indicator->extra_values, (guint)i) : NULL;
}

size_t budget_indicator_get_n_extras(const BudgetIndicator *indicator)
{
    g_return_val_if_fail(indicator != NULL, 0);
    return indicator->extra_names != NULL ? indicator->extra_names->len : 0;
}

const char *budget_indicator_get_extra_nth(const BudgetIndicator *indicator, size_t index, const char **value)
{
    if (value != NULL)
        *value = NULL;
    g_return_val_if_fail(indicator != NULL, NULL);
    g_return_val_if_fail(index < budget_indicator_get_n_extras(indicator), NULL);
    if (value != NULL)
        *value = g_ptr_array_index(indicator->extra_values, index);
    return g_ptr_array_index(indicator->extra_names, index);
}

/* ---- Notes: the optional texts of the national forms ------------------- */

static const char *const note_names[BUDGET_INDICATOR_NOTE_N] = {
    "actual_midyear", "projected", "likelihood", "deviation_reason", "measures",
};

const char *budget_indicator_note_to_string(BudgetIndicatorNote note)
{
    g_return_val_if_fail((unsigned)note < BUDGET_INDICATOR_NOTE_N, NULL);
    return note_names[note];
}

/* "1-6月实际完成值", "1—N月实际完成值", "1至6月…": a month span before the words. */
static bool is_months_actual(const char *text)
{
    static const char suffix[] = "月实际完成值";
    size_t n = strlen(text), k = sizeof suffix - 1;

    return n > k && strcmp(text + n - k, suffix) == 0 && g_ascii_isdigit(text[0]);
}

bool budget_indicator_note_from_string(const char *text, BudgetIndicatorNote *out)
{
    static const struct {
        const char *header;
        BudgetIndicatorNote note;
    } chinese[] = {
        {"截至目前实际完成值", BUDGET_INDICATOR_NOTE_ACTUAL_MIDYEAR},
        {"半年实际完成值", BUDGET_INDICATOR_NOTE_ACTUAL_MIDYEAR},
        {"全年预计完成值", BUDGET_INDICATOR_NOTE_PROJECTED},
        {"完成目标可能性", BUDGET_INDICATOR_NOTE_LIKELIHOOD},
        {"偏差原因", BUDGET_INDICATOR_NOTE_DEVIATION_REASON},
        {"偏差原因分析", BUDGET_INDICATOR_NOTE_DEVIATION_REASON},
        {"改进措施", BUDGET_INDICATOR_NOTE_MEASURES},
        {"完善措施", BUDGET_INDICATOR_NOTE_MEASURES},
    };
    int i;

    g_return_val_if_fail(text != NULL, false);
    i = budgetp_enum_lookup(note_names, BUDGET_INDICATOR_NOTE_N, text);
    if (i >= 0) {
        if (out != NULL)
            *out = (BudgetIndicatorNote)i;
        return true;
    }
    for (size_t k = 0; k < G_N_ELEMENTS(chinese); k++) {
        if (strcmp(text, chinese[k].header) == 0) {
            if (out != NULL)
                *out = chinese[k].note;
            return true;
        }
    }
    if (is_months_actual(text)) {
        if (out != NULL)
            *out = BUDGET_INDICATOR_NOTE_ACTUAL_MIDYEAR;
        return true;
    }
    return false;
}

const char *budget_indicator_get_note(const BudgetIndicator *indicator, BudgetIndicatorNote note)
{
    g_return_val_if_fail(indicator != NULL, NULL);
    g_return_val_if_fail((unsigned)note < BUDGET_INDICATOR_NOTE_N, NULL);
    return budget_indicator_get_extra(indicator, note_names[note]);
}

void budget_indicator_set_note(BudgetIndicator *indicator, BudgetIndicatorNote note, const char *text)
{
    g_return_if_fail(indicator != NULL);
    g_return_if_fail((unsigned)note < BUDGET_INDICATOR_NOTE_N);
    budget_indicator_set_extra(indicator, note_names[note], text);
}
