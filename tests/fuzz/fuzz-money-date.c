/* Fuzzes the cell parsers: money (plain and with each unit), percent and
 * date. Invariants: what parses formats and parses back to the same value
 * (money in every unit, with and without thousands separators; dates);
 * a length-delimited call reads no byte past @len and agrees with the
 * NUL-terminated call on the same text. */
#include "fuzz-common.h"

static void check_money_round_trip(BudgetFen v)
{
    static const BudgetMoneyUnit units[] = {BUDGET_MONEY_UNIT_YUAN, BUDGET_MONEY_UNIT_WAN,
                                            BUDGET_MONEY_UNIT_YI};
    char buf[64];
    BudgetFen back = 0;
    BudgetError error;
    size_t n;

    n = budget_money_format(v, buf, sizeof buf);
    FUZZ_CHECK(n > 0 && n < sizeof buf && strlen(buf) == n);
    FUZZ_CHECK(budget_money_format(v, NULL, 0) == n);
    FUZZ_CHECK(budget_money_parse(buf, -1, &back, &error));
    FUZZ_CHECK(back == v);
    for (size_t u = 0; u < G_N_ELEMENTS(units); u++) {
        for (int thousands = 0; thousands < 2; thousands++) {
            n = budget_money_format_unit(v, units[u], thousands, buf, sizeof buf);
            FUZZ_CHECK(n > 0 && n < sizeof buf && strlen(buf) == n);
            back = 0;
            if (!budget_money_parse_unit(buf, (ptrdiff_t)n, units[u], &back, &error))
                fprintf(stderr, "cannot re-read \"%s\" (unit %d): %s\n", buf, (int)units[u], error.message);
            FUZZ_CHECK(error.code == BUDGET_ERROR_OK);
            FUZZ_CHECK(back == v);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const BudgetMoneyUnit units[] = {BUDGET_MONEY_UNIT_YUAN, BUDGET_MONEY_UNIT_WAN,
                                            BUDGET_MONEY_UNIT_YI};
    const char *text = (const char *)data;
    char *z = g_strndup(text, size); /* NUL-terminated copy (stops at an inner NUL) */
    bool has_nul = memchr(data, '\0', size) != NULL;
    BudgetError error;
    BudgetFen fen = 0, fen_z = 0;
    int64_t pct = 0, pct_z = 0;
    BudgetDate date = 0, date_z = 0;
    bool ok, ok_z;

    fuzz_init_glib();

    /* Money, plain. */
    ok = budget_money_parse(text, (ptrdiff_t)size, &fen, &error);
    fuzz_check_error(&error, ok);
    ok_z = budget_money_parse(z, -1, &fen_z, &error);
    fuzz_check_error(&error, ok_z);
    if (!has_nul)
        FUZZ_CHECK(ok == ok_z && (!ok || fen == fen_z));
    if (ok)
        check_money_round_trip(fen);

    /* Money with each default unit. */
    for (size_t u = 0; u < G_N_ELEMENTS(units); u++) {
        ok = budget_money_parse_unit(text, (ptrdiff_t)size, units[u], &fen, &error);
        fuzz_check_error(&error, ok);
        ok_z = budget_money_parse_unit(z, -1, units[u], &fen_z, &error);
        fuzz_check_error(&error, ok_z);
        if (!has_nul)
            FUZZ_CHECK(ok == ok_z && (!ok || fen == fen_z));
        if (ok)
            check_money_round_trip(fen);
    }

    /* Percent. */
    ok = budget_money_percent_parse(text, (ptrdiff_t)size, &pct, &error);
    fuzz_check_error(&error, ok);
    ok_z = budget_money_percent_parse(z, -1, &pct_z, &error);
    fuzz_check_error(&error, ok_z);
    if (!has_nul)
        FUZZ_CHECK(ok == ok_z && (!ok || pct == pct_z));
    if (ok) {
        int64_t bp = budget_money_micropct_to_bp(pct);
        char buf[64];
        /* 1 bp = 10000 micro-percent, rounded 四舍五入. */
        FUZZ_CHECK((__int128)bp * 10000 - pct <= 5000 && pct - (__int128)bp * 10000 <= 5000);
        FUZZ_CHECK(budget_money_rate_format(bp, buf, sizeof buf) < sizeof buf);
    }

    /* Date. */
    ok = budget_date_parse(text, (ptrdiff_t)size, &date, &error);
    fuzz_check_error(&error, ok);
    ok_z = budget_date_parse(z, -1, &date_z, &error);
    fuzz_check_error(&error, ok_z);
    if (!has_nul)
        FUZZ_CHECK(ok == ok_z && (!ok || date == date_z));
    if (ok) {
        char buf[32];
        BudgetDate back = 0;
        int64_t bp = 0;
        FUZZ_CHECK(budget_date_is_valid(date));
        FUZZ_CHECK(budget_date_format(date, buf, sizeof buf) < sizeof buf);
        FUZZ_CHECK(budget_date_parse(buf, -1, &back, &error) && back == date);
        FUZZ_CHECK(budget_date_day_of_year(date) >= 1 &&
                   budget_date_day_of_year(date) <= budget_date_days_in_year(budget_date_get_year(date)));
        for (int method = 0; method < 2; method++) {
            if (budget_date_time_progress_bp(budget_date_get_year(date), date, (BudgetTimeMethod)method, &bp))
                FUZZ_CHECK(bp >= 0 && bp <= 10000);
            /* Before the year nothing has elapsed; after it, all of it. */
            if (budget_date_get_year(date) < 9999) {
                FUZZ_CHECK(budget_date_time_progress_bp(budget_date_get_year(date) + 1, date,
                                                        (BudgetTimeMethod)method, &bp));
                FUZZ_CHECK(bp == 0);
            }
            if (budget_date_get_year(date) > 1) {
                FUZZ_CHECK(budget_date_time_progress_bp(budget_date_get_year(date) - 1, date,
                                                        (BudgetTimeMethod)method, &bp));
                FUZZ_CHECK(bp == 10000);
            }
        }
    }
    g_free(z);
    return 0;
}
