/* CUnit suite for the private voucher set (libbudget/voucher-set.c):
 * duplicate vouchers in two passes, exact under fingerprint collisions, and
 * bounded memory. Linked against libbudget-private.la (the symbols are
 * hidden in libbudget.so). */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "test-util.h"
#include "voucher-set-private.h"

typedef struct {
    const char *text;
    int64_t line;
} Row;

/* Runs both passes over @rows; fills @first[i] with confirm's answer. */
static bool run_passes(BudgetpVoucherSet *set, const Row *rows, size_t n, int64_t *first)
{
    bool candidates;

    for (size_t i = 0; i < n; i++)
        budgetp_voucher_set_add(set, rows[i].text, (size_t)-1, rows[i].line);
    candidates = budgetp_voucher_set_has_candidates(set);
    for (size_t i = 0; i < n; i++)
        first[i] = budgetp_voucher_set_confirm(set, rows[i].text, (size_t)-1, rows[i].line);
    return candidates;
}

/* One voucher used three times (lines 2, 5, 9): the second and third uses
 * both name line 2, the first use; the others are single uses. */
static void test_voucher_set_three_uses(void)
{
    static const Row rows[] = {
        {"记-202403-000001", 2}, {"记-202403-000002", 3}, {"记-202403-000003", 4}, {"记-202403-000001", 5},
        {"记-202403-000004", 6}, {"记-202403-000002", 7}, {"记-202403-000005", 8}, {"记-202403-000001", 9},
    };
    /* 000001: lines 2, 5, 9 → 0, 2, 2; 000002: lines 3, 7 → 0, 3. */
    static const int64_t expected[] = {0, 0, 0, 2, 0, 3, 0, 2};
    int64_t first[G_N_ELEMENTS(rows)];
    BudgetpVoucherSet *set = budgetp_voucher_set_new();

    CU_ASSERT_PTR_NOT_NULL_FATAL(set);
    CU_ASSERT_TRUE(run_passes(set, rows, G_N_ELEMENTS(rows), first));
    for (size_t i = 0; i < G_N_ELEMENTS(rows); i++)
        CU_ASSERT_EQUAL(first[i], expected[i]);
    budgetp_voucher_set_free(set);
    budgetp_voucher_set_free(NULL);
}

/* No voucher repeats: no candidates, so the reader skips pass 2; confirm
 * would answer 0 for every row anyway. */
static void test_voucher_set_no_duplicates(void)
{
    static const Row rows[] = {{"V1", 2}, {"V2", 3}, {"v1", 4}, {"V1 ", 5}, {" V1", 6}, {"V10", 7}};
    int64_t first[G_N_ELEMENTS(rows)];
    BudgetpVoucherSet *set = budgetp_voucher_set_new();

    CU_ASSERT_FALSE(budgetp_voucher_set_has_candidates(set)); /* empty */
    CU_ASSERT_FALSE(run_passes(set, rows, G_N_ELEMENTS(rows), first));
    for (size_t i = 0; i < G_N_ELEMENTS(rows); i++)
        CU_ASSERT_EQUAL(first[i], 0);
    budgetp_voucher_set_free(set);
}

/* Texts are compared by their @len bytes: a prefix, a NUL inside, and the
 * same bytes with a different length are different vouchers. */
static void test_voucher_set_lengths(void)
{
    BudgetpVoucherSet *set = budgetp_voucher_set_new();

    budgetp_voucher_set_add(set, "AB-1xyz", 4, 2);       /* "AB-1" */
    budgetp_voucher_set_add(set, "A\0B", 3, 3);          /* A NUL B */
    budgetp_voucher_set_add(set, "A\0C", 3, 4);          /* A NUL C: differs in the last byte */
    budgetp_voucher_set_add(set, "A", 1, 5);             /* "A" alone */
    budgetp_voucher_set_add(set, "A\0", 2, 6);           /* "A" NUL: same bytes as "A" plus a zero */
    budgetp_voucher_set_add(set, "AB-1", (size_t)-1, 7); /* NUL-terminated "AB-1": a repeat of line 2 */
    budgetp_voucher_set_add(set, "", 0, 8);              /* the empty text is a voucher like any other */
    CU_ASSERT_TRUE(budgetp_voucher_set_has_candidates(set));
    CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, "AB-1xyz", 4, 2), 0);
    CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, "A\0B", 3, 3), 0);
    CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, "A\0C", 3, 4), 0);
    CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, "A", 1, 5), 0);
    CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, "A\0", 2, 6), 0);
    CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, "AB-1", (size_t)-1, 7), 2);
    CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, "", 0, 8), 0);
    budgetp_voucher_set_free(set);

    /* The default hash tells these apart (it also sees the length). */
    CU_ASSERT_NOT_EQUAL(budgetp_voucher_hash("A", 1), budgetp_voucher_hash("A\0", 2));
    CU_ASSERT_NOT_EQUAL(budgetp_voucher_hash("", 0), budgetp_voucher_hash("\0", 1));
    CU_ASSERT_NOT_EQUAL(budgetp_voucher_hash("12345678", 8), budgetp_voucher_hash("12345678\0", 9));
    CU_ASSERT_EQUAL(budgetp_voucher_hash("AB-1xyz", 4), budgetp_voucher_hash("AB-1", 4));
}

/* Forced collisions: every text gets one fingerprint. Distinct vouchers are
 * then candidates, but pass 2 compares texts, so none is called a duplicate,
 * and the true duplicate is still found with its first line. */
static uint64_t constant_hash(const char *text, size_t len)
{
    (void)text;
    (void)len;
    return UINT64_C(42);
}

/* 0 and the top bit alone both reduce to the fingerprint 0, which marks an
 * empty slot: the set must still work. */
static uint64_t zero_hash(const char *text, size_t len)
{
    (void)text;
    (void)len;
    return 0;
}

static uint64_t top_bit_hash(const char *text, size_t len)
{
    (void)text;
    return len % 2 == 0 ? UINT64_C(1) << 63 : 0;
}

static void check_collisions(BudgetpVoucherHashFunc hash)
{
    static const Row rows[] = {{"A", 2}, {"B", 3}, {"C", 4}, {"B", 5}, {"DD", 6}, {"B", 7}};
    /* Only B repeats: lines 5 and 7 name 3. A, C, DD collide with B but are
     * single uses: 0. */
    static const int64_t expected[] = {0, 0, 0, 3, 0, 3};
    int64_t first[G_N_ELEMENTS(rows)];
    BudgetpVoucherSet *set = budgetp_voucher_set_new_with_hash(hash);

    CU_ASSERT_TRUE(run_passes(set, rows, G_N_ELEMENTS(rows), first)); /* collisions are candidates */
    for (size_t i = 0; i < G_N_ELEMENTS(rows); i++)
        CU_ASSERT_EQUAL(first[i], expected[i]);
    budgetp_voucher_set_free(set);
}

static void test_voucher_set_forced_collision(void)
{
    BudgetpVoucherSet *set;
    int64_t got = 0;

    check_collisions(constant_hash);
    check_collisions(zero_hash);
    check_collisions(top_bit_hash);

    /* Two distinct vouchers that collide and nothing else: candidates, but
     * no duplicate. */
    set = budgetp_voucher_set_new_with_hash(constant_hash);
    budgetp_voucher_set_add(set, "X-1", (size_t)-1, 2);
    budgetp_voucher_set_add(set, "X-2", (size_t)-1, 3);
    CU_ASSERT_TRUE(budgetp_voucher_set_has_candidates(set));
    got += budgetp_voucher_set_confirm(set, "X-1", (size_t)-1, 2);
    got += budgetp_voucher_set_confirm(set, "X-2", (size_t)-1, 3);
    CU_ASSERT_EQUAL(got, 0);
    budgetp_voucher_set_free(set);

    /* Many colliding texts (1,000 distinct, each used twice, all with one
     * fingerprint): each second use names its own first line, i + 2. */
    set = budgetp_voucher_set_new_with_hash(constant_hash);
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < 2000; i++) {
            char text[32];
            int64_t line = i + 2; /* row i of the file is on line i + 2 */
            snprintf(text, sizeof text, "C-%d", i % 1000);
            if (pass == 0) {
                budgetp_voucher_set_add(set, text, (size_t)-1, line);
            } else {
                int64_t first = budgetp_voucher_set_confirm(set, text, (size_t)-1, line);
                if (i < 1000) {
                    CU_ASSERT_EQUAL(first, 0);
                } else if (first != i - 1000 + 2) {
                    CU_FAIL("wrong first line for a colliding duplicate");
                }
            }
        }
    }
    budgetp_voucher_set_free(set);
}

/* 1,000,000 distinct vouchers: no candidate (no 63-bit fingerprint repeats
 * for these texts with the fixed seed), and the set holds only its slot
 * table. The table doubles from 1,024 slots whenever it would pass 3/4 full:
 * 2^20 slots hold 786,432 vouchers, too few, so it ends at 2^21 slots of 8
 * bytes = 16,777,216 bytes, i.e. under 17 bytes per voucher, plus the
 * struct. Pass 2 keeps nothing, so the figure does not change. */
static void test_voucher_set_memory_bound(void)
{
    BudgetpVoucherSet *set = budgetp_voucher_set_new();
    char text[32];
    size_t mem;
    int64_t any = 0;

    /* Empty: 1,024 slots of 8 bytes plus the struct. */
    mem = budgetp_voucher_set_memory(set);
    CU_ASSERT(mem > 8192 && mem <= 8192 + 256);
    for (int i = 0; i < 1000000; i++) {
        int n = snprintf(text, sizeof text, "记-2024%02d-%07d", i % 12 + 1, i);
        budgetp_voucher_set_add(set, text, (size_t)n, i + 2);
    }
    CU_ASSERT_FALSE(budgetp_voucher_set_has_candidates(set));
    mem = budgetp_voucher_set_memory(set);
    CU_ASSERT(mem > 16777216);
    CU_ASSERT(mem <= 16777216 + 256);
    CU_ASSERT(mem < (size_t)17 * 1000000); /* the stated bound: under 17 bytes per voucher */
    for (int i = 0; i < 1000000; i++) {
        int n = snprintf(text, sizeof text, "记-2024%02d-%07d", i % 12 + 1, i);
        any |= budgetp_voucher_set_confirm(set, text, (size_t)n, i + 2);
    }
    CU_ASSERT_EQUAL(any, 0);
    CU_ASSERT_EQUAL(budgetp_voucher_set_memory(set), mem);
    budgetp_voucher_set_free(set);
}

/* Pass 2 keeps exact texts only for candidates: 100,000 distinct vouchers
 * of which 10 are used twice keep 10 texts, not 100,000. */
static void test_voucher_set_pass2_memory(void)
{
    BudgetpVoucherSet *set = budgetp_voucher_set_new();
    char text[32];
    size_t before = 0, after;

    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < 100010; i++) {
            /* Rows 100000..100009 repeat the vouchers of rows 0, 1000, ..., 9000. */
            int v = i < 100000 ? i : (i - 100000) * 1000;
            int n = snprintf(text, sizeof text, "V%06d", v);
            if (pass == 0) {
                budgetp_voucher_set_add(set, text, (size_t)n, i + 2);
                continue;
            }
            if (i == 0)
                before = budgetp_voucher_set_memory(set);
            if (i < 100000) {
                CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, text, (size_t)n, i + 2), 0);
            } else {
                CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, text, (size_t)n, i + 2), v + 2);
            }
        }
    }
    after = budgetp_voucher_set_memory(set);
    /* 10 texts of 7 bytes in 24-byte records (10 * 32 = 320 bytes) and a
     * first table of 64 pointer slots (512 bytes): 832 bytes. */
    CU_ASSERT_EQUAL(after - before, 10 * (24 + 8) + 64 * 8);
    budgetp_voucher_set_free(set);
}

static void test_voucher_set_misuse(void)
{
    BudgetpVoucherSet *set = budgetp_voucher_set_new();

    EXPECT_CRITICAL(budgetp_voucher_set_add(NULL, "V", 1, 2));
    EXPECT_CRITICAL(budgetp_voucher_set_add(set, NULL, 1, 2));
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budgetp_voucher_set_has_candidates(NULL)));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(NULL, "V", 1, 2), 0));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, NULL, 1, 2), 0));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budgetp_voucher_set_memory(NULL), 0));
    budgetp_voucher_set_add(set, "V", 1, 2);
    budgetp_voucher_set_add(set, "V", 1, 3);
    CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, "V", 1, 2), 0);
    /* Pass 2 has begun: adding would make pass 1 and pass 2 disagree. */
    EXPECT_CRITICAL(budgetp_voucher_set_add(set, "W", 1, 4));
    CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, "V", 1, 3), 2);
    /* A voucher pass 1 never saw (the file changed): a first use, no false duplicate. */
    CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, "W", 1, 4), 0);
    CU_ASSERT_EQUAL(budgetp_voucher_set_confirm(set, "W", 1, 5), 0);
    budgetp_voucher_set_free(set);
}

static CU_TestInfo voucher_set_tests[] = {
    {"three uses", test_voucher_set_three_uses},
    {"no duplicates", test_voucher_set_no_duplicates},
    {"lengths", test_voucher_set_lengths},
    {"forced collision", test_voucher_set_forced_collision},
    {"memory bound", test_voucher_set_memory_bound},
    {"pass 2 memory", test_voucher_set_pass2_memory},
    {"misuse", test_voucher_set_misuse},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"voucher-set", test_criticals_init, test_criticals_cleanup, NULL, NULL, voucher_set_tests},
    CU_SUITE_INFO_NULL,
};
