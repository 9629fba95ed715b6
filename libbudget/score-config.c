/* score-config: scoring profiles, the [score] groups of a GKeyFile (INI)
 * file, read into a BudgetScoreConfig through its own setters, so that a
 * profile can set nothing the C API cannot. The file may hold other groups
 * ([report], [monitor], [policy] of the other commands): they are not ours
 * and are ignored; every key of our groups must be known. A load works on a
 * copy and replaces the configuration only when the whole file was read. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "budget-private.h"
#include "score-private.h"

#define POINT BUDGET_SCORE_POINT

/* Where errors point: the file (or none), and its text for line numbers. */
typedef struct {
    const char *source; /* NULL for data */
    const char *data;
    size_t len;
    BudgetError *error;
    bool failed;
} Loader;

/* Trims ASCII blanks from both ends of s[*b..*e). */
static void trim(const char *s, size_t *b, size_t *e)
{
    while (*b < *e && (s[*b] == ' ' || s[*b] == '\t' || s[*b] == '\r'))
        (*b)++;
    while (*e > *b && (s[*e - 1] == ' ' || s[*e - 1] == '\t' || s[*e - 1] == '\r'))
        (*e)--;
}

/* The line (1-based) of @key in @group, or of the group header when @key
 * is NULL; 0 if not found. GKeyFile keeps no line numbers, so the text is
 * scanned as GKeyFile reads it: "[group]" headers, "key = value" lines,
 * '#' comments. */
static int64_t line_of(const Loader *ld, const char *group, const char *key)
{
    const char *s = ld->data;
    size_t i = 0;
    int64_t line = 0;
    bool in_group = false;

    while (i < ld->len) {
        size_t e = i, b;
        while (e < ld->len && s[e] != '\n')
            e++;
        line++;
        b = i;
        {
            size_t tb = b, te = e;
            trim(s, &tb, &te);
            if (tb < te && s[tb] == '[' && s[te - 1] == ']') {
                in_group = te - tb - 2 == strlen(group) && memcmp(s + tb + 1, group, te - tb - 2) == 0;
                if (in_group && key == NULL)
                    return line;
            } else if (in_group && key != NULL && tb < te && s[tb] != '#') {
                size_t eq = tb;
                while (eq < te && s[eq] != '=')
                    eq++;
                if (eq < te) {
                    size_t kb = tb, ke = eq;
                    trim(s, &kb, &ke);
                    if (ke - kb == strlen(key) && memcmp(s + kb, key, ke - kb) == 0)
                        return line;
                }
            }
        }
        i = e + 1;
    }
    return 0;
}

static void G_GNUC_PRINTF(5, 6)
    fail(Loader *ld, int code, const char *group, const char *key, const char *format, ...)
{
    va_list ap;
    char *msg;

    if (ld->failed)
        return;
    ld->failed = true;
    va_start(ap, format);
    msg = g_strdup_vprintf(format, ap);
    va_end(ap);
    budgetp_error_set(ld->error, code, ld->source, group != NULL ? line_of(ld, group, key) : 0, 0, key,
                      "[%s] %s", group != NULL ? group : "", msg);
    g_free(msg);
}

/* ---- Values -------------------------------------------------------------- */

/* A number of points ("10", "2.5"). */
static bool read_points(Loader *ld, const char *group, const char *key, const char *text, int64_t *out)
{
    BudgetError e;

    if (!budget_score_parse_points(text, out, &e)) {
        fail(ld, e.code, group, key, "%s", e.message);
        return false;
    }
    return true;
}

/* A percent share "70" or "70%" (up to 2 decimals) into basis points. */
static bool read_bp(Loader *ld, const char *group, const char *key, const char *text, int64_t *out)
{
    char *t = g_strstrip(g_strdup(text));
    size_t n = strlen(t);
    int64_t micro;
    BudgetError e;
    bool ok;

    if (n > 0 && t[n - 1] == '%')
        t[n - 1] = '\0';
    /* points and percent share the micro scale: 70 → 70000000 */
    ok = budget_score_parse_points(t, &micro, &e) && micro % 10000 == 0;
    g_free(t);
    if (!ok) {
        fail(ld, BUDGET_ERROR_PARSE, group, key,
             "'%s' is not a percent share from 0 to 100 with at most 2 decimals", text);
        return false;
    }
    *out = micro / 10000;
    return true;
}

/* A comma-separated list of exactly @n values read by @read. */
static bool read_list(Loader *ld, const char *group, const char *key, const char *text, size_t n,
                      int64_t *out,
                      bool (*read)(Loader *, const char *, const char *, const char *, int64_t *))
{
    char **parts = g_strsplit_set(text, ",，", -1);
    bool ok = g_strv_length(parts) == n;

    if (!ok)
        fail(ld, BUDGET_ERROR_PARSE, group, key, "'%s': %zu values separated by commas expected", text, n);
    for (size_t i = 0; ok && i < n; i++)
        ok = read(ld, group, key, parts[i], &out[i]);
    g_strfreev(parts);
    return ok;
}

static bool read_bool(Loader *ld, const char *group, const char *key, const char *text, bool *out)
{
    if (g_ascii_strcasecmp(text, "true") == 0 || g_ascii_strcasecmp(text, "yes") == 0 ||
        strcmp(text, "1") == 0) {
        *out = true;
        return true;
    }
    if (g_ascii_strcasecmp(text, "false") == 0 || g_ascii_strcasecmp(text, "no") == 0 ||
        strcmp(text, "0") == 0) {
        *out = false;
        return true;
    }
    fail(ld, BUDGET_ERROR_PARSE, group, key, "'%s' is not true or false", text);
    return false;
}

/* A threshold as a target writes it ("90%", "≤10%", "1万元"): its value in
 * the target scale, and its comparator (@cmp NULL: none may be written). */
static bool read_value(Loader *ld, const char *group, const char *key, const char *text,
                       BudgetTargetComparator *cmp, int64_t *out)
{
    BudgetTarget *t = budget_target_parse(text, -1, 0, NULL);
    bool ok =
        t != NULL && budget_target_get_kind(t) == BUDGET_TARGET_NUMBER && budget_target_get_label(t) == NULL;

    if (ok && cmp == NULL && !budget_target_comparator_is_implied(t))
        ok = false;
    if (ok && cmp != NULL && budget_target_comparator_is_implied(t))
        ok = false;
    if (ok) {
        budget_target_get_value(t, out);
        if (cmp != NULL)
            *cmp = budget_target_get_comparator(t);
    } else {
        fail(ld, BUDGET_ERROR_PARSE, group, key, "'%s' is not %s", text,
             cmp != NULL ? "a comparator and a number (\"≤10%\")"
                         : "a number with an optional unit (\"5%\")");
    }
    budget_target_unref(t);
    return ok;
}

/* ---- Groups -------------------------------------------------------------- */

static const char *const score_keys[] = {
    "name",           "source",         "description",         "execution_points",
    "output_points",  "outcome_points", "satisfaction_points", "absent_level",
    "execution_cap",  "denominator",    "qualitative_shares",  "qualitative_edges",
    "tier_shares",    "grade_bands",    "lower_rule",          "blank_actual",
    "score_decimals", "score_rounding",
};
static const char *const step_keys[] = {"bands"};
static const char *const deduction_keys[] = {"direction", "threshold", "step", "points", "whole_steps"};

/* Every key of @group is one of @keys. */
static bool check_keys(Loader *ld, GKeyFile *kf, const char *group, const char *const *keys, size_t n)
{
    gchar **have = g_key_file_get_keys(kf, group, NULL, NULL);
    bool ok = true;

    for (size_t i = 0; ok && have != NULL && have[i] != NULL; i++) {
        bool known = false;
        for (size_t k = 0; k < n && !known; k++)
            known = strcmp(have[i], keys[k]) == 0;
        if (!known) {
            fail(ld, BUDGET_ERROR_PARSE, group, have[i], "unknown key '%s'", have[i]);
            ok = false;
        }
    }
    g_strfreev(have);
    return ok;
}

/* The value of @key, NULL if not given (GKeyFile unescapes it). */
static char *value_of(GKeyFile *kf, const char *group, const char *key)
{
    char *v = g_key_file_get_string(kf, group, key, NULL);
    return v != NULL ? g_strstrip(v) : NULL;
}

static bool load_score_group(Loader *ld, GKeyFile *kf, const char *g, BudgetScoreConfig *c)
{
    static const char *const part_keys[] = {"execution_points", "output_points", "outcome_points",
                                            "satisfaction_points"};
    BudgetError e;
    char *v;
    bool ok = check_keys(ld, kf, g, score_keys, G_N_ELEMENTS(score_keys));

    for (int p = 0; ok && p < SCORE_N_PARTS; p++) {
        int64_t points;
        if ((v = value_of(kf, g, part_keys[p])) == NULL)
            continue;
        ok = read_points(ld, g, part_keys[p], v, &points) &&
             budget_score_config_set_part_points(c, (BudgetScorePart)p, points, NULL);
        g_free(v);
    }
    if (ok && (v = value_of(kf, g, "name")) != NULL) {
        char *src = value_of(kf, g, "source");
        ok = budget_score_config_set_name(c, v, src != NULL ? src : "", &e);
        if (!ok)
            fail(ld, BUDGET_ERROR_RANGE, g, "name", "%s", e.message);
        g_free(src);
        g_free(v);
    } else if (ok && (v = value_of(kf, g, "source")) != NULL) {
        ok = budget_score_config_set_name(c, c->name, v, &e);
        if (!ok)
            fail(ld, BUDGET_ERROR_RANGE, g, "source", "%s", e.message);
        g_free(v);
    }
    if (ok && (v = value_of(kf, g, "absent_level")) != NULL) {
        BudgetScoreAbsentLevel a;
        ok = budget_score_absent_level_from_string(v, &a);
        if (ok)
            budget_score_config_set_absent_level(c, a);
        else
            fail(ld, BUDGET_ERROR_PARSE, g, "absent_level", "'%s': use rescale or to_output_outcome", v);
        g_free(v);
    }
    if (ok && (v = value_of(kf, g, "execution_cap")) != NULL) {
        bool cap;
        ok = read_bool(ld, g, "execution_cap", v, &cap);
        if (ok)
            budget_score_config_set_execution_cap(c, cap);
        g_free(v);
    }
    if (ok && (v = value_of(kf, g, "denominator")) != NULL) {
        BudgetDenominator d;
        ok = budget_denominator_from_string(v, &d);
        if (ok)
            budget_score_config_set_denominator(c, d);
        else
            fail(ld, BUDGET_ERROR_PARSE, g, "denominator", "'%s': use adjusted or original", v);
        g_free(v);
    }
    if (ok) {
        /* shares and edges are checked together, whichever of the two keys is given */
        int64_t shares[3] = {c->qualitative_bp[0], c->qualitative_bp[1], c->qualitative_bp[2]};
        int64_t edges[2] = {c->qualitative_min_bp[0], c->qualitative_min_bp[1]};
        char *vs = value_of(kf, g, "qualitative_shares"), *ve = value_of(kf, g, "qualitative_edges");

        if (vs != NULL)
            ok = read_list(ld, g, "qualitative_shares", vs, 3, shares, read_bp);
        if (ok && ve != NULL)
            ok = read_list(ld, g, "qualitative_edges", ve, 2, edges, read_bp);
        if (ok && (vs != NULL || ve != NULL) &&
            !budget_score_config_set_qualitative_bands_full(c, shares[0], shares[1], shares[2], edges[0],
                                                            edges[1], &e)) {
            fail(ld, e.code, g, vs != NULL ? "qualitative_shares" : "qualitative_edges", "%s", e.message);
            ok = false;
        }
        g_free(vs);
        g_free(ve);
    }
    if (ok && (v = value_of(kf, g, "tier_shares")) != NULL) {
        int64_t t[4];
        ok = read_list(ld, g, "tier_shares", v, 4, t, read_bp);
        if (ok && !budget_score_config_set_tier_shares(c, t[0], t[1], t[2], t[3], &e)) {
            fail(ld, e.code, g, "tier_shares", "%s", e.message);
            ok = false;
        }
        g_free(v);
    }
    if (ok && (v = value_of(kf, g, "grade_bands")) != NULL) {
        int64_t t[3];
        ok = read_list(ld, g, "grade_bands", v, 3, t, read_points);
        if (ok && !budget_score_config_set_grade_bands(c, t[0], t[1], t[2], &e)) {
            fail(ld, e.code, g, "grade_bands", "%s", e.message);
            ok = false;
        }
        g_free(v);
    }
    if (ok && (v = value_of(kf, g, "lower_rule")) != NULL) {
        BudgetScoreLower l;
        ok = budget_score_lower_from_string(v, &l);
        if (ok)
            budget_score_config_set_lower_rule(c, l);
        else
            fail(ld, BUDGET_ERROR_PARSE, g, "lower_rule", "'%s': use ratio or linear", v);
        g_free(v);
    }
    if (ok && (v = value_of(kf, g, "blank_actual")) != NULL) {
        BudgetScoreBlank b;
        ok = budget_score_blank_from_string(v, &b);
        if (ok)
            budget_score_config_set_blank_actual(c, b);
        else
            fail(ld, BUDGET_ERROR_PARSE, g, "blank_actual", "'%s': use zero, full or exclude", v);
        g_free(v);
    }
    if (ok && (v = value_of(kf, g, "score_decimals")) != NULL) {
        char *end = NULL;
        long d = g_ascii_strcasecmp(v, "exact") == 0 ? -1 : strtol(v, &end, 10);
        if (end != NULL && (*end != '\0' || end == v)) {
            fail(ld, BUDGET_ERROR_PARSE, g, "score_decimals", "'%s': use 0 to 6, or exact", v);
            ok = false;
        } else if (!budget_score_config_set_decimals(c, (int)CLAMP(d, -2, 7), &e)) {
            fail(ld, e.code, g, "score_decimals", "%s", e.message);
            ok = false;
        }
        g_free(v);
    }
    if (ok && (v = value_of(kf, g, "score_rounding")) != NULL) {
        BudgetScoreRounding r;
        ok = budget_score_rounding_from_string(v, &r);
        if (ok)
            budget_score_config_set_rounding(c, r);
        else
            fail(ld, BUDGET_ERROR_PARSE, g, "score_rounding", "'%s': use half_up or down", v);
        g_free(v);
    }
    return ok;
}

/* [score step NAME]: bands = ≤0%:3; ≤10%:2; ≤20%:1 (first that holds). */
static bool load_step_group(Loader *ld, GKeyFile *kf, const char *g, const char *name, BudgetScoreConfig *c)
{
    char *v;
    char **items;
    bool ok = check_keys(ld, kf, g, step_keys, G_N_ELEMENTS(step_keys)), any = false;

    if (!ok)
        return false;
    if ((v = value_of(kf, g, "bands")) == NULL) {
        fail(ld, BUDGET_ERROR_PARSE, g, NULL, "a step group needs bands (\"≤0%%:3; ≤10%%:2\")");
        return false;
    }
    /* a group replaces any rule of the name: bands never add to a lower profile's */
    budgetp_score_config_remove_rule(c, name);
    items = g_strsplit_set(v, ";；", -1);
    for (size_t i = 0; ok && items[i] != NULL; i++) {
        char *item = g_strstrip(items[i]), *colon;
        BudgetTargetComparator cmp;
        int64_t threshold, points;

        if (*item == '\0')
            continue;
        colon = strrchr(item, ':');
        if (colon == NULL) {
            fail(ld, BUDGET_ERROR_PARSE, g, "bands", "band '%s' is not COMPARATOR VALUE : POINTS", item);
            ok = false;
            break;
        }
        *colon = '\0';
        ok = read_value(ld, g, "bands", g_strstrip(item), &cmp, &threshold) &&
             read_points(ld, g, "bands", g_strstrip(colon + 1), &points) &&
             budget_score_config_add_step(c, name, cmp, threshold, points, NULL);
        any = true;
    }
    g_strfreev(items);
    g_free(v);
    if (ok && !any) {
        fail(ld, BUDGET_ERROR_PARSE, g, "bands", "no band given");
        ok = false;
    }
    return ok;
}

/* [score deduction NAME]: direction, threshold, step, points, whole_steps. */
static bool load_deduction_group(Loader *ld, GKeyFile *kf, const char *g, const char *name,
                                 BudgetScoreConfig *c)
{
    char *dir = value_of(kf, g, "direction"), *th = value_of(kf, g, "threshold"),
         *st = value_of(kf, g, "step"), *pts = value_of(kf, g, "points"),
         *whole = value_of(kf, g, "whole_steps");
    int64_t threshold = 0, step = 0, points = 0;
    bool ok = check_keys(ld, kf, g, deduction_keys, G_N_ELEMENTS(deduction_keys)), over = false,
         whole_steps = true;
    BudgetError e;

    if (ok && (dir == NULL || th == NULL || st == NULL || pts == NULL)) {
        fail(ld, BUDGET_ERROR_PARSE, g, NULL,
             "a deduction group needs direction, threshold, step and points");
        ok = false;
    }
    if (ok) {
        if (strcmp(dir, "above") == 0 || strcmp(dir, "over") == 0) {
            over = true;
        } else if (strcmp(dir, "below") != 0 && strcmp(dir, "under") != 0) {
            fail(ld, BUDGET_ERROR_PARSE, g, "direction", "'%s': use below or above", dir);
            ok = false;
        }
    }
    ok = ok && read_value(ld, g, "threshold", th, NULL, &threshold) &&
         read_value(ld, g, "step", st, NULL, &step) && read_points(ld, g, "points", pts, &points);
    if (ok && whole != NULL)
        ok = read_bool(ld, g, "whole_steps", whole, &whole_steps);
    if (ok && !budget_score_config_set_deduction(c, name, over, threshold, step, points, whole_steps, &e)) {
        fail(ld, BUDGET_ERROR_RANGE, g, "step", "%s", e.message);
        ok = false;
    }
    g_free(dir);
    g_free(th);
    g_free(st);
    g_free(pts);
    g_free(whole);
    return ok;
}

static bool load(BudgetScoreConfig *config, const char *source, const char *data, size_t len,
                 BudgetError *error)
{
    Loader ld = {source, data, len, error, false};
    GKeyFile *kf = g_key_file_new();
    GError *gerr = NULL;
    BudgetScoreConfig *c;
    gchar **groups;
    bool ok = true;

    if (!g_utf8_validate(data, (gssize)len, NULL)) {
        const char *end;
        int64_t line = 1;
        g_utf8_validate(data, (gssize)len, &end);
        for (const char *p = data; p < end; p++)
            line += *p == '\n';
        budgetp_error_set(error, BUDGET_ERROR_ENCODING, source, line, 0, NULL, "a profile must be UTF-8");
        g_key_file_free(kf);
        return false;
    }
    if (!g_key_file_load_from_data(kf, data, len, G_KEY_FILE_NONE, &gerr)) {
        /* GKeyFile quotes the line it refused: find it for the line number */
        int64_t line = 0;
        const char *q = strstr(gerr->message, "“"), *qe = q != NULL ? strstr(q, "”") : NULL;
        if (q != NULL && qe != NULL) {
            char *bad = g_strndup(q + strlen("“"), (size_t)(qe - q - strlen("“")));
            char **lines = g_strsplit(data, "\n", -1);
            for (size_t i = 0; lines[i] != NULL && line == 0; i++)
                if (strcmp(g_strchomp(lines[i]), bad) == 0)
                    line = (int64_t)i + 1;
            g_strfreev(lines);
            g_free(bad);
        }
        budgetp_error_set(error, BUDGET_ERROR_PARSE, source, line, 0, NULL, "not a key file: %s",
                          gerr->message);
        g_error_free(gerr);
        g_key_file_free(kf);
        return false;
    }
    c = budgetp_score_config_copy(config);
    groups = g_key_file_get_groups(kf, NULL);
    /* [score] first, so that rules never depend on the order of groups */
    if (g_key_file_has_group(kf, "score"))
        ok = load_score_group(&ld, kf, "score", c);
    for (size_t i = 0; ok && groups[i] != NULL; i++) {
        const char *g = groups[i], *rest;

        if (!g_str_has_prefix(g, "score ") && strcmp(g, "score") != 0)
            continue; /* another command's group */
        if (strcmp(g, "score") == 0)
            continue;
        rest = g + strlen("score ");
        if (strcmp(rest, "execution step") == 0) {
            ok = load_step_group(&ld, kf, g, NULL, c);
        } else if (strcmp(rest, "execution deduction") == 0) {
            ok = load_deduction_group(&ld, kf, g, NULL, c);
        } else if (g_str_has_prefix(rest, "step ") && rest[strlen("step ")] != '\0') {
            ok = load_step_group(&ld, kf, g, rest + strlen("step "), c);
        } else if (g_str_has_prefix(rest, "deduction ") && rest[strlen("deduction ")] != '\0') {
            ok = load_deduction_group(&ld, kf, g, rest + strlen("deduction "), c);
        } else {
            fail(&ld, BUDGET_ERROR_PARSE, g, NULL,
                 "unknown score group: use [score], [score step NAME], [score deduction NAME], "
                 "[score execution step] or [score execution deduction]");
            ok = false;
        }
    }
    g_strfreev(groups);
    g_key_file_free(kf);
    if (!ok) {
        budget_score_config_free(c);
        return false;
    }
    budgetp_score_config_move(config, c);
    return true;
}

bool budget_score_config_load_data(BudgetScoreConfig *config, const char *data, ptrdiff_t len,
                                   BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    budgetp_return_val_if_fail(data != NULL, false, error);
    budgetp_return_val_if_fail(len >= -1, false, error);
    return load(config, NULL, data, len < 0 ? strlen(data) : (size_t)len, error);
}

bool budget_score_config_load_file(BudgetScoreConfig *config, const char *path, BudgetError *error)
{
    gchar *data = NULL;
    gsize len = 0;
    GError *gerr = NULL;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    if (!g_file_get_contents(path, &data, &len, &gerr)) {
        budgetp_error_set(error, BUDGET_ERROR_IO, path, 0, 0, NULL, "cannot read the profile: %s",
                          gerr->message);
        g_error_free(gerr);
        return false;
    }
    ok = load(config, path, data, len, error);
    g_free(data);
    return ok;
}
