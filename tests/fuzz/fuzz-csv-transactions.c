/* Fuzzes transactions.csv reading, with and without a book, strict and
 * lenient. Invariants: every row handed to the callback is well formed;
 * a strict read succeeds exactly when a lenient one reports no error, and
 * then both see the same rows; a callback that stops gives ABORTED. */
#include "fuzz-common.h"

typedef struct {
    BudgetDate date;
    int32_t source;
    BudgetFen amount;
    int64_t index;
} Tx;

typedef struct {
    GArray *rows; /* of Tx, when collecting for the ledger check */
    size_t n;
    BudgetFen sum; /* wrapping sum as unsigned: only compared, never used */
    uint64_t hash;
    size_t stop_after; /* 0: never stop */
    const BudgetBook *book;
    int64_t last_line;
    int64_t max_line; /* physical lines of the input */
} Seen;

/* Physical lines: LF, CRLF and a lone CR each end one. */
static int count_lines(const uint8_t *data, size_t size)
{
    int n = 1;
    for (size_t i = 0; i < size; i++)
        if (data[i] == '\r' || (data[i] == '\n' && (i == 0 || data[i - 1] != '\r')))
            n++;
    return n;
}

static int on_row(const BudgetTransaction *t, void *user_data)
{
    Seen *seen = user_data;

    FUZZ_CHECK(budget_date_is_valid(t->date));
    FUZZ_CHECK(budget_source_to_string((BudgetSource)t->source) != NULL);
    FUZZ_CHECK(t->code != NULL && t->code[0] != '\0' && g_utf8_validate(t->code, -1, NULL));
    FUZZ_CHECK(t->voucher != NULL && g_utf8_validate(t->voucher, -1, NULL));
    FUZZ_CHECK(t->memo != NULL && g_utf8_validate(t->memo, -1, NULL));
    /* Records start on increasing physical lines of the input. */
    FUZZ_CHECK(t->line >= 2 && t->line > seen->last_line && t->line <= seen->max_line);
    seen->last_line = t->line;
    FUZZ_CHECK(t->n_extras == 0 || (t->extra_names != NULL && t->extra_values != NULL));
    for (size_t i = 0; i < t->n_extras; i++)
        FUZZ_CHECK(t->extra_names[i] != NULL && t->extra_values[i] != NULL &&
                   g_utf8_validate(t->extra_values[i], -1, NULL));
    if (seen->book != NULL) {
        const BudgetProject *p = budget_book_get_project_nth(seen->book, t->project_index);
        FUZZ_CHECK(t->has_project);
        FUZZ_CHECK(p != NULL && strcmp(budget_project_get_code(p), t->code) == 0);
    } else {
        FUZZ_CHECK(!t->has_project && t->project_index == 0);
    }
    if (seen->rows != NULL) {
        Tx tx = {t->date, t->source, t->amount, t->has_project ? (int64_t)t->project_index : -1};
        g_array_append_val(seen->rows, tx);
    }
    seen->n++;
    seen->sum = (BudgetFen)((uint64_t)seen->sum + (uint64_t)t->amount);
    seen->hash = seen->hash * 1000003u ^ (uint64_t)t->date ^ ((uint64_t)t->line << 32);
    if (seen->stop_after != 0 && seen->n == seen->stop_after)
        return 1;
    return 0;
}

static BudgetBook *make_book(void)
{
    static const char *const codes[] = {"P001", "P002", "P003", "Z001", "Z002", "B001", "A", "项目1"};
    BudgetBook *book = budget_book_new();

    for (size_t i = 0; i < G_N_ELEMENTS(codes); i++) {
        BudgetProject *p = budget_project_new(codes[i], NULL);
        FUZZ_CHECK(p != NULL);
        budget_project_set_budget(p, 100000);
        budget_project_set_year(p, 2024);
        FUZZ_CHECK(budget_book_add_project(book, p, NULL));
        budget_project_unref(p);
    }
    return book;
}

static bool read_tx(const uint8_t *data, size_t size, const BudgetBook *book, bool lenient, bool vouchers,
                    Seen *seen, size_t *n_errors)
{
    BudgetCsvOptions *options = budget_csv_options_new();
    BudgetDiagnostics *diag = budget_diagnostics_new();
    BudgetError error;
    bool ok;

    budget_csv_options_set_lenient(options, lenient);
    budget_csv_options_set_check_vouchers(options, vouchers);
    seen->book = book;
    seen->max_line = count_lines(data, size);
    ok = budget_csv_read_transactions_data(book, (const char *)data, size, "transactions.csv", options,
                                           on_row, seen, diag, &error);
    fuzz_check_error(&error, ok);
    *n_errors = fuzz_check_diag(diag);
    for (size_t i = 0; i < budget_diagnostics_get_n(diag); i++)
        FUZZ_CHECK(budget_diagnostics_get(diag, i, NULL)->line <= seen->max_line);
    if (seen->stop_after != 0 && seen->n == seen->stop_after)
        FUZZ_CHECK(!ok && error.code == BUDGET_ERROR_ABORTED);
    else if (!lenient)
        FUZZ_CHECK(ok ? *n_errors == 0 : *n_errors >= 1);
    budget_diagnostics_free(diag);
    budget_csv_options_free(options);
    return ok;
}

/* Records @rows into @ledger, alternate rows only with @parity 0 or 1; false
 * if the ledger refuses one (an overflow: the check is then skipped). */
static bool record_rows(BudgetLedger *ledger, const GArray *rows, int parity)
{
    for (guint i = 0; i < rows->len; i++) {
        const Tx *t = &g_array_index(rows, Tx, i);
        if (parity >= 0 && (int)(i % 2) != parity)
            continue;
        if (!budget_ledger_record_nth(ledger, t->date, (size_t)t->index, t->amount, (BudgetSource)t->source,
                                      NULL))
            return false;
    }
    return true;
}

/* The accumulators are mergeable (DESIGN.md): a ledger fed every row equals
 * two ledgers fed alternate rows and merged; sources and months add up. */
static void check_ledger_merge(BudgetBook *book, const GArray *rows, BudgetDate as_of)
{
    BudgetLedger *all = budget_ledger_new(book, as_of, NULL);
    BudgetLedger *even = budget_ledger_new(book, as_of, NULL);
    BudgetLedger *odd = budget_ledger_new(book, as_of, NULL);

    FUZZ_CHECK(all != NULL && even != NULL && odd != NULL);
    if (record_rows(all, rows, -1) && record_rows(even, rows, 0) && record_rows(odd, rows, 1) &&
        budget_ledger_merge(even, odd, NULL)) {
        FUZZ_CHECK(budget_ledger_get_n_transactions(all) == rows->len);
        FUZZ_CHECK(budget_ledger_get_n_transactions(even) == rows->len);
        for (size_t i = 0; i < budget_book_get_n_projects(book); i++) {
            BudgetFen a = 0, b = 0, sum = 0;
            FUZZ_CHECK(budget_ledger_get_executed(all, i, &a) && budget_ledger_get_executed(even, i, &b));
            FUZZ_CHECK(a == b);
            FUZZ_CHECK(budget_ledger_get_n_transactions_nth(all, i) ==
                       budget_ledger_get_n_transactions_nth(even, i));
            for (int src = BUDGET_SOURCE_FISCAL; src <= BUDGET_SOURCE_OTHER; src++) {
                BudgetFen sa = 0, sb = 0;
                FUZZ_CHECK(budget_ledger_get_executed_by_source(all, i, (BudgetSource)src, &sa));
                FUZZ_CHECK(budget_ledger_get_executed_by_source(even, i, (BudgetSource)src, &sb));
                FUZZ_CHECK(sa == sb);
                sum = (BudgetFen)((uint64_t)sum + (uint64_t)sa);
            }
            FUZZ_CHECK(sum == a);
            sum = 0;
            for (int m = 0; m <= 12; m++) {
                BudgetFen ma = 0, mb = 0;
                FUZZ_CHECK(budget_ledger_get_month_executed(all, i, m, &ma));
                FUZZ_CHECK(budget_ledger_get_month_executed(even, i, m, &mb));
                FUZZ_CHECK(ma == mb);
                sum = (BudgetFen)((uint64_t)sum + (uint64_t)ma);
            }
            /* as-of is in the book's year: months 0..12 hold everything up to it. */
            FUZZ_CHECK(sum == a);
        }
    }
    budget_ledger_unref(all);
    budget_ledger_unref(even);
    budget_ledger_unref(odd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static BudgetBook *book;
    bool vouchers = size > 0 && (data[0] & 1);

    fuzz_init_glib();
    if (book == NULL)
        book = make_book();
    for (int with_book = 0; with_book < 2; with_book++) {
        const BudgetBook *b = with_book ? book : NULL;
        Seen strict = {0}, lenient = {0};
        size_t strict_errors, lenient_errors;
        bool strict_ok = read_tx(data, size, b, false, vouchers, &strict, &strict_errors);
        bool lenient_ok = read_tx(data, size, b, true, vouchers, &lenient, &lenient_errors);

        if (!lenient_ok)
            FUZZ_CHECK(!strict_ok);
        if (strict_ok) {
            FUZZ_CHECK(lenient_ok && lenient_errors == 0);
            FUZZ_CHECK(strict.n == lenient.n && strict.sum == lenient.sum && strict.hash == lenient.hash);
            if (with_book) {
                Seen again = {0};
                size_t n_errors;
                again.rows = g_array_new(FALSE, FALSE, sizeof(Tx));
                FUZZ_CHECK(read_tx(data, size, b, false, vouchers, &again, &n_errors));
                FUZZ_CHECK(again.rows->len == strict.n);
                check_ledger_merge(book, again.rows, size > 1 && (data[1] & 1) ? 20240630 : 20241231);
                g_array_free(again.rows, TRUE);
            }
            /* Stopping after the last good row aborts the read. */
            if (strict.n > 0) {
                Seen stop = {0};
                size_t n_errors;
                stop.stop_after = strict.n;
                FUZZ_CHECK(!read_tx(data, size, b, false, vouchers, &stop, &n_errors));
            }
        } else if (lenient_ok) {
            FUZZ_CHECK(lenient_errors >= 1);
        }
    }
    return 0;
}
