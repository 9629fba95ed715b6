/* monitor-config: the 双监控 settings of a BudgetMonitorConfig and the reader
 * of its configuration file's [report] and [monitor] groups (GKeyFile;
 * every key in docs/config.md). */
#include "config.h"

#include <string.h>

#include "monitor-private.h"

void budget_monitor_config_set_basis(BudgetMonitorConfig *config, BudgetMonitorBasis basis)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail((unsigned)basis < BUDGET_MONITOR_BASIS_N);
    config->basis = basis;
}

BudgetMonitorBasis budget_monitor_config_get_basis(const BudgetMonitorConfig *config)
{
    return budgetp_monitor_config_or_default(config)->basis;
}

void budget_monitor_config_set_against(BudgetMonitorConfig *config, BudgetMonitorAgainst against)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail((unsigned)against < BUDGET_MONITOR_AGAINST_N);
    config->against = against;
}

bool budget_monitor_config_set_colour_thresholds(BudgetMonitorConfig *config, BudgetMonitorBasis basis,
                                                 int64_t red_bp, int64_t yellow_bp, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    budgetp_return_val_if_fail((unsigned)basis < BUDGET_MONITOR_BASIS_N, false, error);
    if (red_bp > yellow_bp || (basis == BUDGET_MONITOR_BASIS_RATIO && red_bp < 0) ||
        red_bp < -1000 * BUDGET_BP_100 || yellow_bp > 1000 * BUDGET_BP_100) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                          "colour thresholds must satisfy %sred <= yellow",
                          basis == BUDGET_MONITOR_BASIS_RATIO ? "0 <= " : "");
        return false;
    }
    config->red_bp[basis] = red_bp;
    config->yellow_bp[basis] = yellow_bp;
    return true;
}

void budget_monitor_config_get_colour_thresholds(const BudgetMonitorConfig *config, BudgetMonitorBasis basis,
                                                 int64_t *red_bp, int64_t *yellow_bp)
{
    config = budgetp_monitor_config_or_default(config);
    if ((unsigned)basis >= BUDGET_MONITOR_BASIS_N) {
        g_return_if_fail_warning(G_LOG_DOMAIN, G_STRFUNC, "(unsigned)basis < BUDGET_MONITOR_BASIS_N");
        basis = BUDGET_MONITOR_BASIS_RATIO;
    }
    if (red_bp != NULL)
        *red_bp = config->red_bp[basis];
    if (yellow_bp != NULL)
        *yellow_bp = config->yellow_bp[basis];
}

void budget_monitor_config_set_floor(BudgetMonitorConfig *config, BudgetFen floor)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail(floor >= 0);
    config->floor = floor;
}

bool budget_monitor_config_set_goal_red_ratio(BudgetMonitorConfig *config, int64_t red_bp, BudgetError *error)
{
    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    if (red_bp < 0 || red_bp > BUDGET_BP_100) {
        budgetp_error_set(error, BUDGET_ERROR_INVALID_ARGUMENT, NULL, 0, 0, NULL,
                          "the goal red ratio must be between 0 and 100 %%");
        return false;
    }
    config->goal_red_bp = red_bp;
    return true;
}

void budget_monitor_config_set_projection(BudgetMonitorConfig *config, BudgetMonitorProjection method)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail((unsigned)method < BUDGET_MONITOR_PROJECTION_N);
    config->projection = method;
}

void budget_monitor_config_set_spend_policy(BudgetMonitorConfig *config, BudgetSpendPolicy policy,
                                            bool control_plan)
{
    g_return_if_fail(config != NULL);
    g_return_if_fail((unsigned)policy < BUDGET_SPEND_POLICY_N);
    config->spend_policy = policy;
    config->control_plan = control_plan;
}

BudgetSpendPolicy budget_monitor_config_get_spend_policy(const BudgetMonitorConfig *config,
                                                         bool *control_plan)
{
    config = budgetp_monitor_config_or_default(config);
    if (control_plan != NULL)
        *control_plan = config->control_plan;
    return config->spend_policy;
}

/* ---- The configuration file ------------------------------------------- */

typedef struct {
    const char *source;
    const char *data;
    size_t len;
    BudgetError *error;
} Loader;

/* The line on which @key of [@group] is written (1-based), 0 if not found:
 * GKeyFile keeps no places, so the text is scanned the way it reads it. */
static int key_line(const Loader *l, const char *group, const char *key)
{
    const char *p = l->data, *end = l->data + l->len;
    bool in_group = false;
    int line = 0;

    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        char *text;

        if (eol == NULL)
            eol = end;
        line++;
        text = g_strstrip(g_strndup(p, (size_t)(eol - p)));
        if (text[0] == '[') {
            size_t n = strlen(text);
            in_group = n >= 2 && text[n - 1] == ']' && strlen(group) == n - 2 &&
                       strncmp(text + 1, group, n - 2) == 0;
        } else if (in_group && text[0] != '#') {
            char *eq = strchr(text, '=');
            if (eq != NULL) {
                *eq = '\0';
                g_strstrip(text);
                if (strcmp(text, key) == 0) {
                    g_free(text);
                    return line;
                }
            }
        }
        g_free(text);
        p = eol + 1;
    }
    return 0;
}

static bool fail(const Loader *l, int code, const char *group, const char *key, const char *fmt, ...)
    G_GNUC_PRINTF(5, 6);

static bool fail(const Loader *l, int code, const char *group, const char *key, const char *fmt, ...)
{
    va_list args;
    char *msg;

    va_start(args, fmt);
    msg = g_strdup_vprintf(fmt, args);
    va_end(args);
    budgetp_error_set(l->error, code, l->source, key != NULL ? key_line(l, group, key) : 0, 0, key,
                      "[%s] %s: %s", group, key != NULL ? key : "", msg);
    g_free(msg);
    return false;
}

/* Lines GKeyFile would refuse, with their number (its own message has none). */
static bool check_syntax(const Loader *l)
{
    const char *p = l->data, *end = l->data + l->len;
    int line = 0;

    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        char *text;
        bool ok;

        if (eol == NULL)
            eol = end;
        line++;
        text = g_strstrip(g_strndup(p, (size_t)(eol - p)));
        ok = text[0] == '\0' || text[0] == '#' || (text[0] == '[' && text[strlen(text) - 1] == ']') ||
             (strchr(text, '=') != NULL && text[0] != '=');
        if (!ok) {
            char *q =
                g_strescape(text, "\xc2\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef");
            budgetp_error_set(l->error, BUDGET_ERROR_PARSE, l->source, line, 0, NULL,
                              "\"%s\" is neither a [group], a key = value nor a # comment", q);
            g_free(q);
        }
        g_free(text);
        if (!ok)
            return false;
        p = eol + 1;
    }
    return true;
}

/* A percentage as a report writes it ("-15", "60", "12.5", "60%") → bp. */
static bool read_pct(const Loader *l, GKeyFile *kf, const char *group, const char *key, int64_t *out)
{
    char *v = g_key_file_get_value(kf, group, key, NULL);
    int64_t micropct;
    BudgetError sub;
    bool ok;

    ok = budget_money_percent_parse(v, -1, &micropct, &sub);
    if (!ok)
        fail(l, BUDGET_ERROR_PARSE, group, key, "\"%s\" is not a percentage: %s", v, sub.message);
    else if (micropct % 10000 != 0)
        ok = fail(l, BUDGET_ERROR_PARSE, group, key, "\"%s\" has more than 2 decimals", v);
    else
        *out = micropct / 10000;
    g_free(v);
    return ok;
}

/* An enum value by its names; on failure the names are listed. */
static bool read_name(const Loader *l, GKeyFile *kf, const char *group, const char *key,
                      const char *const *names, int n, int *out)
{
    char *v = g_strstrip(g_key_file_get_value(kf, group, key, NULL));
    int i = budgetp_enum_lookup(names, n, v);
    bool ok = i >= 0;

    if (ok) {
        *out = i;
    } else {
        GString *list = g_string_new(NULL);
        for (int k = 0; k < n; k++)
            g_string_append_printf(list, "%s%s", k > 0 ? ", " : "", names[k]);
        fail(l, BUDGET_ERROR_PARSE, group, key, "unknown value \"%s\" (use one of: %s)", v, list->str);
        g_string_free(list, TRUE);
    }
    g_free(v);
    return ok;
}

static const char *const report_keys[] = {
    "plan_method", "time_method", "denominator", "seriously_behind", "behind", "ahead",
};
static const char *const monitor_keys[] = {
    "basis", "against",        "ratio_red",  "ratio_yellow", "gap_red",      "gap_yellow",
    "floor", "goal_red_ratio", "projection", "spend_policy", "control_plan",
};

static bool known_keys(const Loader *l, GKeyFile *kf, const char *group, const char *const *keys, size_t n)
{
    gsize n_found = 0;
    char **found = g_key_file_get_keys(kf, group, &n_found, NULL);
    bool ok = true;

    for (gsize i = 0; ok && found != NULL && i < n_found; i++) {
        bool known = false;
        for (size_t k = 0; k < n && !known; k++)
            known = strcmp(found[i], keys[k]) == 0;
        if (!known)
            ok = fail(l, BUDGET_ERROR_NOT_FOUND, group, found[i],
                      "unknown key (docs/config.md lists the keys)");
    }
    g_strfreev(found);
    return ok;
}

/* Reads @key as a name of an enumeration given by its _to_string() names
 * (@names[0 .. n-1], filled by the caller), when the key is there. */
#define READ_ENUM(l, kf, g, key, Type, N, to_string, slot)                                                   \
    G_STMT_START                                                                                             \
    {                                                                                                        \
        if (g_key_file_has_key((kf), (g), (key), NULL)) {                                                    \
            const char *names_[N];                                                                           \
            int v_;                                                                                          \
            for (int i_ = 0; i_ < (N); i_++)                                                                 \
                names_[i_] = to_string((Type)i_);                                                            \
            if (!read_name((l), (kf), (g), (key), names_, (N), &v_))                                         \
                return false;                                                                                \
            (slot) = (Type)v_;                                                                               \
        }                                                                                                    \
    }                                                                                                        \
    G_STMT_END

static bool load_report(const Loader *l, GKeyFile *kf, BudgetMonitorConfig *c)
{
    const char *g = "report";
    int64_t *slots[] = {&c->seriously_behind_bp, &c->behind_bp, &c->ahead_bp};

    if (!g_key_file_has_group(kf, g))
        return true;
    if (!known_keys(l, kf, g, report_keys, G_N_ELEMENTS(report_keys)))
        return false;
    READ_ENUM(l, kf, g, "plan_method", BudgetPlanMethod, BUDGET_PLAN_METHOD_N, budget_plan_method_to_string,
              c->plan_method);
    READ_ENUM(l, kf, g, "time_method", BudgetTimeMethod, BUDGET_TIME_METHOD_N, budget_time_method_to_string,
              c->time_method);
    READ_ENUM(l, kf, g, "denominator", BudgetDenominator, BUDGET_DENOMINATOR_N, budget_denominator_to_string,
              c->denominator);
    for (size_t k = 0; k < 3; k++)
        if (g_key_file_has_key(kf, g, report_keys[3 + k], NULL) &&
            !read_pct(l, kf, g, report_keys[3 + k], slots[k]))
            return false;
    if (!(c->seriously_behind_bp <= c->behind_bp && c->behind_bp <= c->ahead_bp))
        return fail(l, BUDGET_ERROR_INVALID_ARGUMENT, g, "behind",
                    "the thresholds must satisfy seriously_behind <= behind <= ahead");
    return true;
}

static bool read_bool(const Loader *l, GKeyFile *kf, const char *g, const char *key, bool *out)
{
    char *v = g_strstrip(g_key_file_get_value(kf, g, key, NULL));
    bool ok = true;

    if (g_ascii_strcasecmp(v, "true") == 0 || g_ascii_strcasecmp(v, "yes") == 0 || strcmp(v, "1") == 0)
        *out = true;
    else if (g_ascii_strcasecmp(v, "false") == 0 || g_ascii_strcasecmp(v, "no") == 0 || strcmp(v, "0") == 0)
        *out = false;
    else
        ok = fail(l, BUDGET_ERROR_PARSE, g, key, "\"%s\" is not true or false", v);
    g_free(v);
    return ok;
}

static bool load_monitor(const Loader *l, GKeyFile *kf, BudgetMonitorConfig *c)
{
    const char *g = "monitor";
    const struct {
        const char *key;
        int64_t *slot;
    } pcts[] = {
        {"ratio_red", &c->red_bp[BUDGET_MONITOR_BASIS_RATIO]},
        {"ratio_yellow", &c->yellow_bp[BUDGET_MONITOR_BASIS_RATIO]},
        {"gap_red", &c->red_bp[BUDGET_MONITOR_BASIS_GAP]},
        {"gap_yellow", &c->yellow_bp[BUDGET_MONITOR_BASIS_GAP]},
        {"goal_red_ratio", &c->goal_red_bp},
    };

    if (!g_key_file_has_group(kf, g))
        return true;
    if (!known_keys(l, kf, g, monitor_keys, G_N_ELEMENTS(monitor_keys)))
        return false;
    READ_ENUM(l, kf, g, "basis", BudgetMonitorBasis, BUDGET_MONITOR_BASIS_N, budget_monitor_basis_to_string,
              c->basis);
    READ_ENUM(l, kf, g, "against", BudgetMonitorAgainst, BUDGET_MONITOR_AGAINST_N,
              budget_monitor_against_to_string, c->against);
    READ_ENUM(l, kf, g, "projection", BudgetMonitorProjection, BUDGET_MONITOR_PROJECTION_N,
              budget_monitor_projection_to_string, c->projection);
    READ_ENUM(l, kf, g, "spend_policy", BudgetSpendPolicy, BUDGET_SPEND_POLICY_N,
              budget_spend_policy_to_string, c->spend_policy);
    if (g_key_file_has_key(kf, g, "control_plan", NULL) &&
        !read_bool(l, kf, g, "control_plan", &c->control_plan))
        return false;
    for (size_t k = 0; k < G_N_ELEMENTS(pcts); k++)
        if (g_key_file_has_key(kf, g, pcts[k].key, NULL) && !read_pct(l, kf, g, pcts[k].key, pcts[k].slot))
            return false;
    if (g_key_file_has_key(kf, g, "floor", NULL)) {
        char *v = g_strstrip(g_key_file_get_value(kf, g, "floor", NULL));
        BudgetError sub;
        bool ok = budget_money_parse_unit(v, -1, BUDGET_MONEY_UNIT_YUAN, &c->floor, &sub);

        if (!ok)
            fail(l, BUDGET_ERROR_PARSE, g, "floor", "\"%s\" is not an amount: %s", v, sub.message);
        else if (c->floor < 0)
            ok = fail(l, BUDGET_ERROR_PARSE, g, "floor", "\"%s\" is negative", v);
        g_free(v);
        if (!ok)
            return false;
    }
    for (int b = 0; b < BUDGET_MONITOR_BASIS_N; b++)
        if (c->red_bp[b] > c->yellow_bp[b] || (b == BUDGET_MONITOR_BASIS_RATIO && c->red_bp[b] < 0))
            return fail(l, BUDGET_ERROR_INVALID_ARGUMENT, g,
                        b == BUDGET_MONITOR_BASIS_RATIO ? "ratio_red" : "gap_red",
                        "the thresholds must satisfy %sred <= yellow",
                        b == BUDGET_MONITOR_BASIS_RATIO ? "0 <= " : "");
    if (c->goal_red_bp < 0 || c->goal_red_bp > BUDGET_BP_100)
        return fail(l, BUDGET_ERROR_INVALID_ARGUMENT, g, "goal_red_ratio", "must be between 0 and 100 %%");
    return true;
}

bool budget_monitor_config_load_data(BudgetMonitorConfig *config, const char *data, ptrdiff_t len,
                                     const char *source_name, BudgetError *error)
{
    Loader l;
    GKeyFile *kf;
    GError *gerr = NULL;
    BudgetMonitorConfig copy;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    budgetp_return_val_if_fail(data != NULL || len == 0, false, error);
    budgetp_return_val_if_fail(len >= -1, false, error);
    l.source = source_name != NULL ? source_name : "";
    l.data = data != NULL ? data : "";
    l.len = len < 0 ? strlen(l.data) : (size_t)len;
    l.error = error;
    if (!g_utf8_validate(l.data, (gssize)l.len, NULL)) {
        budgetp_error_set(error, BUDGET_ERROR_ENCODING, l.source, 0, 0, NULL, "the file is not UTF-8");
        return false;
    }
    if (!check_syntax(&l))
        return false;
    kf = g_key_file_new();
    if (!g_key_file_load_from_data(kf, l.data, l.len, G_KEY_FILE_NONE, &gerr)) {
        budgetp_error_set(error, BUDGET_ERROR_PARSE, l.source, 0, 0, NULL, "%s", gerr->message);
        g_error_free(gerr);
        g_key_file_free(kf);
        return false;
    }
    /* Read into a copy: a failure leaves @config as it was. */
    copy = *config;
    ok = load_report(&l, kf, &copy) && load_monitor(&l, kf, &copy);
    if (ok)
        *config = copy;
    g_key_file_free(kf);
    return ok;
}

bool budget_monitor_config_load_file(BudgetMonitorConfig *config, const char *path, BudgetError *error)
{
    char *data = NULL;
    gsize len = 0;
    GError *gerr = NULL;
    bool ok;

    budget_error_clear(error);
    budgetp_return_val_if_fail(config != NULL, false, error);
    budgetp_return_val_if_fail(path != NULL, false, error);
    if (!g_file_get_contents(path, &data, &len, &gerr)) {
        budgetp_error_set(error, BUDGET_ERROR_IO, path, 0, 0, NULL, "cannot read: %s", gerr->message);
        g_error_free(gerr);
        return false;
    }
    ok = budget_monitor_config_load_data(config, data, (ptrdiff_t)len, path, error);
    g_free(data);
    return ok;
}
