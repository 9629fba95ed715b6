/* CUnit suite for book: projects in code order, year, units, adjustments, indicators. */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "test-util.h"

/* The index of @code in @book, -1 when it has none (for the tests' checks). */
static ptrdiff_t index_of(const BudgetBook *book, const char *code)
{
    size_t i;
    return budget_book_get_project_index(book, code, &i) ? (ptrdiff_t)i : -1;
}

/* Adds a project and drops the caller's reference (the book keeps one). */
static void add(BudgetBook *book, const char *code, const char *unit, int year, BudgetFen budget)
{
    BudgetProject *p = budget_project_new(code, NULL);
    BudgetError err;

    budget_project_set_unit(p, unit);
    budget_project_set_year(p, year);
    budget_project_set_budget(p, budget);
    CU_ASSERT_TRUE(budget_book_add_project(book, p, &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    budget_project_unref(p);
}

static void test_book_code_order(void)
{
    BudgetBook *book = budget_book_new();

    CU_ASSERT_EQUAL(budget_book_get_n_projects(book), 0);
    CU_ASSERT_PTR_NULL(budget_book_get_project_nth(book, 0));
    add(book, "项目1", "u", 0, 1);
    add(book, "a2", "u", 0, 2);
    add(book, "B1", "u", 0, 3);
    add(book, "a10", "u", 0, 4);
    /* Byte order: 'B' (0x42) < 'a' (0x61) < UTF-8 lead byte 0xE9; "a10" < "a2". */
    CU_ASSERT_EQUAL(budget_book_get_n_projects(book), 4);
    CU_ASSERT_STRING_EQUAL(budget_project_get_code(budget_book_get_project_nth(book, 0)), "B1");
    CU_ASSERT_STRING_EQUAL(budget_project_get_code(budget_book_get_project_nth(book, 1)), "a10");
    CU_ASSERT_STRING_EQUAL(budget_project_get_code(budget_book_get_project_nth(book, 2)), "a2");
    CU_ASSERT_STRING_EQUAL(budget_project_get_code(budget_book_get_project_nth(book, 3)), "项目1");
    CU_ASSERT_PTR_NULL(budget_book_get_project_nth(book, 4));
    CU_ASSERT_EQUAL(index_of(book, "a2"), 2);
    {
        size_t i = 77;
        CU_ASSERT_FALSE(budget_book_get_project_index(book, "nope", &i));
        CU_ASSERT_EQUAL(i, 77); /* left as it was */
        CU_ASSERT_TRUE(budget_book_get_project_index(book, "a2", NULL));
    }
    CU_ASSERT_EQUAL(index_of(book, "项目1"), 3);
    CU_ASSERT_EQUAL(index_of(book, "nope"), -1);
    assert_fen(2, budget_project_get_budget(budget_book_get_project(book, "a2")));
    CU_ASSERT_PTR_NULL(budget_book_get_project(book, "A2"));
    /* Adding after a read re-sorts: "a1" goes between "B1" and "a10". */
    add(book, "a1", "u", 0, 5);
    CU_ASSERT_EQUAL(index_of(book, "a1"), 1);
    CU_ASSERT_EQUAL(index_of(book, "a2"), 3);
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_book_get_project(book, NULL)));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(index_of(NULL, "a1"), -1));
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_book_get_n_projects(NULL), 0));
    budget_book_unref(book);
}

static int compare_strcmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Code order is strcmp()'s byte order at every length: codes that share
 * their first 7, 8, 9, 15, 16 or 17 bytes, codes shorter than 8 bytes, bytes past 0x7F
 * (UTF-8), a code that is a prefix of another; added in a scrambled order,
 * read back as strcmp() sorts them. */
static void test_book_code_order_prefixes(void)
{
    static const char *const codes[] = {
        "1302242",
        "13022422",
        "130224220",
        "130224221",
        "13022422P00TUN222200Q",
        "13022422P00TUN222200R",
        "13022423",
        "1302242Z",
        "130224",
        "A",
        "AB",
        "ABCDEFGH",
        "ABCDEFGHI",
        "ABCDEFGG",
        "ABCDEFGHH",
        "项目",
        "项目一",
        "项目二项目三",
        "项目一二",
        "\x7f",
        "~~~~~~~~~",
        "0",
        "00000000",
        "000000000",
        "0000000",
        "13022422P00TUN22",
        "13022422P00TUN2",
        "13022422P00TUN220",
        "AAAAAAAA项",
        "AAAAAAAAz",
        "AAAAAAAA",
    };
    size_t n = G_N_ELEMENTS(codes);
    const char *sorted[G_N_ELEMENTS(codes)];
    BudgetBook *book = budget_book_new();

    /* Added in the order i * 11 mod n: a permutation, as 11 and n = 31 share no factor. */
    G_STATIC_ASSERT(G_N_ELEMENTS(codes) == 31);
    for (size_t i = 0; i < n; i++)
        add(book, codes[(i * 11) % n], "u", 0, (BudgetFen)i);
    memcpy(sorted, codes, sizeof sorted);
    qsort(sorted, n, sizeof sorted[0], compare_strcmp);
    CU_ASSERT_EQUAL(budget_book_get_n_projects(book), n);
    for (size_t i = 0; i < n; i++) {
        CU_ASSERT_STRING_EQUAL(budget_project_get_code(budget_book_get_project_nth(book, i)), sorted[i]);
        CU_ASSERT_EQUAL(index_of(book, sorted[i]), (ptrdiff_t)i);
    }
    budget_book_unref(book);
}

static void test_book_duplicate(void)
{
    BudgetBook *book = budget_book_new();
    BudgetProject *dup = budget_project_new("P1", NULL);
    BudgetError err;

    add(book, "P1", "u", 0, 100);
    CU_ASSERT_FALSE(budget_book_add_project(book, dup, &err));
    assert_error(&err, BUDGET_ERROR_DUPLICATE_KEY, 0, 0, "code");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "P1"));
    CU_ASSERT_EQUAL(budget_book_get_n_projects(book), 1);
    assert_fen(100, budget_project_get_budget(budget_book_get_project(book, "P1"))); /* the first stays */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_book_add_project(book, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_book_add_project(NULL, dup, &err)));
    budget_project_unref(dup);
    budget_book_unref(book);
}

static void test_book_many_projects(void)
{
    /* 30,000 projects in descending order (the worst case for insertion):
     * must stay fast and come out ascending. */
    BudgetBook *book = budget_book_new();
    gint64 start = g_get_monotonic_time();
    char code[32];
    bool ok = true;

    for (int i = 30000; i > 0; i--) {
        BudgetProject *p;

        snprintf(code, sizeof code, "P%06d", i);
        p = budget_project_new(code, NULL);
        ok = ok && budget_book_add_project(book, p, NULL);
        budget_project_unref(p);
    }
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(budget_book_get_n_projects(book), 30000);
    for (size_t i = 0; i < 30000; i++) {
        snprintf(code, sizeof code, "P%06zu", i + 1);
        if (strcmp(budget_project_get_code(budget_book_get_project_nth(book, i)), code) != 0) {
            CU_FAIL("project out of order");
            break;
        }
    }
    CU_ASSERT_EQUAL(index_of(book, "P012345"), 12344);
    for (size_t i = 0; i < 30000 && ok; i++) {
        snprintf(code, sizeof code, "P%06zu", i + 1);
        ok = index_of(book, code) == (ptrdiff_t)i;
    }
    CU_ASSERT_TRUE(ok);
    /* A prefix, a longer code, a near miss and the empty code are unknown. */
    CU_ASSERT_EQUAL(index_of(book, "P01234"), -1);
    CU_ASSERT_EQUAL(index_of(book, "P0123456"), -1);
    CU_ASSERT_EQUAL(index_of(book, "P030001"), -1);
    CU_ASSERT_EQUAL(index_of(book, ""), -1);
    /* Generous bound (valgrind): O(n²) insertion would take far longer. */
    CU_ASSERT(g_get_monotonic_time() - start < 20 * G_USEC_PER_SEC);
    budget_book_unref(book);
}

static void test_book_year(void)
{
    BudgetBook *book = budget_book_new();

    CU_ASSERT_EQUAL(budget_book_get_year(book), 0); /* no project: no year */
    add(book, "A", "u", 0, 1);
    CU_ASSERT_EQUAL(budget_book_get_year(book), 0); /* no project has a year */
    add(book, "B", "u", 2023, 1);
    CU_ASSERT_EQUAL(budget_book_get_year(book), 2023);
    add(book, "C", "u", 2025, 1);
    CU_ASSERT_EQUAL(budget_book_get_year(book), 2025); /* the largest */
    CU_ASSERT_TRUE(budget_book_set_year(book, 2030));
    CU_ASSERT_EQUAL(budget_book_get_year(book), 2030); /* explicit wins */
    CU_ASSERT_FALSE(budget_book_set_year(book, 10000));
    CU_ASSERT_FALSE(budget_book_set_year(book, -1));
    CU_ASSERT_EQUAL(budget_book_get_year(book), 2030);
    CU_ASSERT_TRUE(budget_book_set_year(book, 0));
    CU_ASSERT_EQUAL(budget_book_get_year(book), 2025); /* derived again */
    budget_book_unref(book);
}

static void test_book_units(void)
{
    BudgetBook *book = budget_book_new();

    CU_ASSERT_EQUAL(budget_book_get_n_units(book), 0);
    add(book, "P1", "局机关", 0, 1);
    add(book, "P2", "", 0, 1);
    add(book, "P3", "418001 事务中心", 0, 1);
    add(book, "P4", "局机关", 0, 1);
    /* Distinct, byte order: "" < "418001 ..." < "局机关"; blank counts as one. */
    CU_ASSERT_EQUAL(budget_book_get_n_units(book), 3);
    CU_ASSERT_STRING_EQUAL(budget_book_get_unit_nth(book, 0), "");
    CU_ASSERT_STRING_EQUAL(budget_book_get_unit_nth(book, 1), "418001 事务中心");
    CU_ASSERT_STRING_EQUAL(budget_book_get_unit_nth(book, 2), "局机关");
    CU_ASSERT_PTR_NULL(budget_book_get_unit_nth(book, 3));
    /* A unit changed after the project was added is seen. */
    budget_project_set_unit(budget_book_get_project(book, "P2"), "局机关");
    CU_ASSERT_EQUAL(budget_book_get_n_units(book), 2);
    CU_ASSERT_STRING_EQUAL(budget_book_get_unit_nth(book, 0), "418001 事务中心");
    add(book, "P0", "A", 0, 1);
    CU_ASSERT_EQUAL(budget_book_get_n_units(book), 3);
    CU_ASSERT_STRING_EQUAL(budget_book_get_unit_nth(book, 1), "A"); /* '4' 0x34 < 'A' 0x41 */
    budget_book_unref(book);
}

static void test_book_adjustments(void)
{
    BudgetBook *book = budget_book_new();
    BudgetError err;
    BudgetFen v = 0;
    BudgetDate date = 0;
    const char *code = NULL, *reason = NULL;

    add(book, "P1", "u", 2024, 100000000); /* 1,000,000.00 yuan */
    add(book, "P2", "u", 2024, 500);
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240315, "P1", 20000000, "追加", &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240901, "P1", -5000000, NULL, &err));
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240831, "P2", 7, "x", &err));
    CU_ASSERT_EQUAL(budget_book_get_n_adjustments(book), 3);
    CU_ASSERT_TRUE(budget_book_get_adjustment_nth(book, 1, &date, &code, &v, &reason));
    CU_ASSERT_EQUAL(date, 20240901);
    CU_ASSERT_STRING_EQUAL(code, "P1");
    assert_fen(-5000000, v);
    CU_ASSERT_STRING_EQUAL(reason, ""); /* NULL reason reads back as "" */
    CU_ASSERT_TRUE(budget_book_get_adjustment_nth(book, 0, NULL, NULL, NULL, &reason));
    CU_ASSERT_STRING_EQUAL(reason, "追加");
    CU_ASSERT_FALSE(budget_book_get_adjustment_nth(book, 3, &date, &code, &v, &reason));

    /* P1 as of 2024-03-14: no adjustment yet → 100,000,000. */
    CU_ASSERT_TRUE(budget_book_get_adjusted_budget(book, "P1", 20240314, &v, &err));
    assert_fen(100000000, v);
    /* As of 2024-03-15 (the day counts): 100,000,000 + 20,000,000. */
    CU_ASSERT_TRUE(budget_book_get_adjusted_budget(book, "P1", 20240315, &v, &err));
    assert_fen(120000000, v);
    /* As of 2024-08-31: the 09-01 cut is after as-of → still 120,000,000. */
    CU_ASSERT_TRUE(budget_book_get_adjusted_budget(book, "P1", 20240831, &v, &err));
    assert_fen(120000000, v);
    /* As of 2024-12-31: 100,000,000 + 20,000,000 − 5,000,000. */
    CU_ASSERT_TRUE(budget_book_get_adjusted_budget(book, "P1", 20241231, &v, &err));
    assert_fen(115000000, v);
    CU_ASSERT_TRUE(budget_book_get_adjusted_budget(book, "P2", 20241231, &v, &err));
    assert_fen(507, v); /* 500 + 7 */

    v = 42;
    CU_ASSERT_FALSE(budget_book_get_adjusted_budget(book, "P9", 20241231, &v, &err));
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 0, 0, "code");
    assert_fen(42, v);
    CU_ASSERT_FALSE(budget_book_add_adjustment(book, 20240101, "P9", 1, NULL, &err));
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 0, 0, "code");
    CU_ASSERT_FALSE(budget_book_add_adjustment(book, 20240230, "P1", 1, NULL, &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, "date");
    CU_ASSERT_EQUAL(budget_book_get_n_adjustments(book), 3); /* refused ones are not kept */
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_book_add_adjustment(book, 20240101, NULL, 1, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_book_get_adjusted_budget(book, "P1", 20240101, NULL, &err)));
    budget_book_unref(book);
}

static void test_book_adjustment_overflow(void)
{
    BudgetBook *book = budget_book_new();
    BudgetError err;
    BudgetFen v = 0;

    add(book, "P1", "u", 2024, INT64_MAX - 10);
    /* The total of adjustments: INT64_MAX, then +1 would overflow. */
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240201, "P1", INT64_MAX, NULL, &err));
    CU_ASSERT_FALSE(budget_book_add_adjustment(book, 20240202, "P1", 1, NULL, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, "amount");
    CU_ASSERT_EQUAL(budget_book_get_n_adjustments(book), 1);
    /* Before the adjustment: INT64_MAX − 10 fits. After: budget + INT64_MAX overflows. */
    CU_ASSERT_TRUE(budget_book_get_adjusted_budget(book, "P1", 20240131, &v, &err));
    assert_fen(INT64_MAX - 10, v);
    CU_ASSERT_FALSE(budget_book_get_adjusted_budget(book, "P1", 20240201, &v, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, NULL);
    /* A cut brings it back: INT64_MAX − 10 + INT64_MAX − INT64_MAX. */
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240301, "P1", -INT64_MAX, NULL, &err));
    CU_ASSERT_TRUE(budget_book_get_adjusted_budget(book, "P1", 20241231, &v, &err));
    assert_fen(INT64_MAX - 10, v);
    budget_book_unref(book);
}

/* Adds an indicator of @code with @level3 and @target; gives the caller's
 * reference back to the book. */
static bool add_indicator(BudgetBook *book, const char *code, const char *level3, const char *target,
                          BudgetError *err)
{
    BudgetIndicator *ind = budget_indicator_new(code, NULL);
    bool ok;

    budget_indicator_set_level3(ind, level3);
    budget_indicator_set_target(ind, target);
    ok = budget_book_add_indicator(book, ind, err);
    budget_indicator_unref(ind);
    return ok;
}

static void test_book_indicators(void)
{
    BudgetBook *book = budget_book_new();
    BudgetIndicator *mine;
    BudgetError err;

    add(book, "P1", "u", 2024, 1);
    add(book, "P2", "u", 2024, 1);
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(book), 0);
    CU_ASSERT_EQUAL(budget_book_get_project_n_indicators(book, "P1"), 0);
    CU_ASSERT_TRUE(add_indicator(book, "P1", "监测站点数", "≥95%", &err));
    assert_error(&err, BUDGET_ERROR_OK, 0, 0, "");
    CU_ASSERT_TRUE(add_indicator(book, "P2", "b", "=1", &err));
    CU_ASSERT_TRUE(add_indicator(book, "P1", "c", "", &err));
    /* Book order is the order added; per project too. */
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(book), 3);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level3(budget_book_get_indicator_nth(book, 0)), "监测站点数");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_code(budget_book_get_indicator_nth(book, 1)), "P2");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_target(budget_book_get_indicator_nth(book, 0)), "≥95%");
    CU_ASSERT_EQUAL(budget_book_get_project_n_indicators(book, "P1"), 2);
    CU_ASSERT_EQUAL(budget_book_get_project_n_indicators(book, "P2"), 1);
    CU_ASSERT_EQUAL(budget_book_get_project_n_indicators(book, "P9"), 0);
    CU_ASSERT_PTR_EQUAL(budget_book_get_project_indicator_nth(book, "P1", 0),
                        budget_book_get_indicator_nth(book, 0));
    CU_ASSERT_PTR_EQUAL(budget_book_get_project_indicator_nth(book, "P1", 1),
                        budget_book_get_indicator_nth(book, 2));
    CU_ASSERT_PTR_EQUAL(budget_book_get_project_indicator_nth(book, "P2", 0),
                        budget_book_get_indicator_nth(book, 1));

    /* Out of range is misuse: a critical and NULL. */
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_book_get_indicator_nth(book, 3)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_book_get_project_indicator_nth(book, "P1", 2)));
    EXPECT_CRITICAL(CU_ASSERT_PTR_NULL(budget_book_get_project_indicator_nth(book, "P9", 0)));

    /* Unknown project: NOT_FOUND, nothing added. */
    CU_ASSERT_FALSE(add_indicator(book, "P3", "x", "", &err));
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 0, 0, "code");
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(book), 3);
    EXPECT_CRITICAL(CU_ASSERT_FALSE(budget_book_add_indicator(book, NULL, &err)));
    assert_error(&err, BUDGET_ERROR_INVALID_ARGUMENT, 0, 0, NULL);
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(book), 3);

    /* The book shares the indicator: it outlives the caller's reference, and a
     * change made through the caller's pointer shows in the book. */
    mine = budget_indicator_new("P2", NULL);
    CU_ASSERT_TRUE(budget_book_add_indicator(book, mine, &err));
    budget_indicator_set_actual(mine, "96%");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_actual(budget_book_get_indicator_nth(book, 3)), "96%");
    CU_ASSERT_PTR_EQUAL(budget_book_get_project_indicator_nth(book, "P2", 1), mine);
    budget_indicator_ref(mine);
    budget_book_unref(book);
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_actual(mine), "96%"); /* still alive: our reference */
    budget_indicator_unref(mine);
    budget_indicator_unref(mine);
}

/* Many indicators: order kept for the book and for each project, with
 * projects interleaved and one text larger than any buffer. */
static void test_book_indicators_many(void)
{
    BudgetBook *book = budget_book_new();
    char *big = g_malloc(600 * 1024 + 1);
    BudgetError err;
    bool ok = true;

    add(book, "P1", "u", 2024, 1);
    add(book, "P2", "u", 2024, 1);
    for (int i = 0; i < 30000 && ok; i++) {
        char level3[32];

        snprintf(level3, sizeof level3, "L%d", i);
        ok = add_indicator(book, i % 3 == 1 ? "P2" : "P1", level3, i % 5 == 0 ? "" : "≥95%", &err);
    }
    CU_ASSERT_TRUE(ok);
    memset(big, 'x', 600 * 1024);
    big[600 * 1024] = '\0';
    CU_ASSERT_TRUE(add_indicator(book, "P1", "", big, &err));
    memset(big, 'y', 600 * 1024); /* the indicator keeps its own copy */
    CU_ASSERT_EQUAL(budget_book_get_n_indicators(book), 30001);
    /* i % 3 == 1 goes to P2: 10000 of 0..29999; the other 20000 and the big one to P1. */
    CU_ASSERT_EQUAL(budget_book_get_project_n_indicators(book, "P2"), 10000);
    CU_ASSERT_EQUAL(budget_book_get_project_n_indicators(book, "P1"), 20001);
    for (size_t i = 0; i < 30000 && ok; i++) {
        char want[32];
        const BudgetIndicator *ind = budget_book_get_indicator_nth(book, i);
        /* its place among its project's: i / 3 for P2 (i = 3k + 1), and for P1
         * (i = 3k or 3k + 2) 2k or 2k + 1 */
        size_t k = i / 3, at = i % 3 == 1 ? k : 2 * k + (i % 3 == 2 ? 1 : 0);

        snprintf(want, sizeof want, "L%zu", i);
        ok = strcmp(budget_indicator_get_level3(ind), want) == 0 &&
             strcmp(budget_indicator_get_target(ind), i % 5 == 0 ? "" : "≥95%") == 0 &&
             budget_book_get_project_indicator_nth(book, i % 3 == 1 ? "P2" : "P1", at) == ind;
    }
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(strlen(budget_indicator_get_target(budget_book_get_indicator_nth(book, 30000))),
                    600 * 1024);
    CU_ASSERT_EQUAL(budget_indicator_get_target(budget_book_get_indicator_nth(book, 30000))[600 * 1024 - 1],
                    'x');
    CU_ASSERT_PTR_EQUAL(budget_book_get_project_indicator_nth(book, "P1", 20000),
                        budget_book_get_indicator_nth(book, 30000));
    g_free(big);
    budget_book_unref(book);
}

/* The code index after every kind of change: codes of 1 to 40 bytes (the
 * hash reads 8 at a time), projects added after a lookup, Chinese codes. */
static void test_book_code_index(void)
{
    BudgetBook *book = budget_book_new();
    char code[48];
    bool ok = true;

    for (int len = 40; len >= 1; len--) {
        memset(code, 'C', (size_t)len);
        code[len] = '\0';
        add(book, code, "u", 2024, len);
    }
    /* In code order "C" < "CC" < ...: the code of length L is at L − 1. */
    for (int len = 1; len <= 40 && ok; len++) {
        memset(code, 'C', (size_t)len);
        code[len] = '\0';
        ok = index_of(book, code) == len - 1;
    }
    CU_ASSERT_TRUE(ok);
    memset(code, 'C', 41);
    code[41] = '\0';
    CU_ASSERT_EQUAL(index_of(book, code), -1);
    /* "B" sorts first: every position moves up by one. */
    add(book, "B", "u", 2024, 1);
    add(book, "项目", "u", 2024, 1);
    CU_ASSERT_EQUAL(index_of(book, "B"), 0);
    CU_ASSERT_EQUAL(index_of(book, "C"), 1);
    CU_ASSERT_EQUAL(index_of(book, "CCCCCCCC"), 8);
    CU_ASSERT_EQUAL(index_of(book, "项目"), 41);
    CU_ASSERT_EQUAL(index_of(book, "项"), -1);
    budget_book_unref(book);
}

static void test_book_ref_unref(void)
{
    BudgetBook *book = budget_book_new();
    BudgetProject *p = budget_project_new("P1", NULL);

    CU_ASSERT_TRUE(budget_book_add_project(book, p, NULL));
    CU_ASSERT_PTR_EQUAL(budget_book_ref(book), book);
    budget_book_unref(book);
    CU_ASSERT_PTR_EQUAL(budget_book_get_project(book, "P1"), p);
    budget_book_unref(book);
    /* The project outlives the book through the caller's reference. */
    CU_ASSERT_STRING_EQUAL(budget_project_get_code(p), "P1");
    budget_project_unref(p);
    budget_book_unref(NULL);
}

/* Several threads read one book whose sort is still pending. */
static gpointer read_book(gpointer data)
{
    const BudgetBook *book = data;
    size_t bad = 0;

    /* Readers race to build the code index: every one must see it whole. */
    for (size_t i = 0; i < budget_book_get_n_projects(book); i++) {
        const char *code = budget_project_get_code(budget_book_get_project_nth(book, i));

        if (index_of(book, code) != (ptrdiff_t)i)
            bad++;
    }

    for (size_t i = 0; i + 1 < budget_book_get_n_projects(book); i++)
        if (strcmp(budget_project_get_code(budget_book_get_project_nth(book, i)),
                   budget_project_get_code(budget_book_get_project_nth(book, i + 1))) >= 0)
            bad++;
    if (budget_book_get_n_units(book) != 7)
        bad++;
    return GSIZE_TO_POINTER(bad);
}

static void test_book_concurrent_readers(void)
{
    BudgetBook *book = budget_book_new();
    GThread *threads[4];
    char code[16], unit[16];

    for (int i = 2000; i > 0; i--) {
        snprintf(code, sizeof code, "C%05d", (i * 7919) % 2003);
        snprintf(unit, sizeof unit, "U%d", i % 7);
        add(book, code, unit, 0, i);
    }
    for (int t = 0; t < 4; t++)
        threads[t] = g_thread_new("reader", read_book, book);
    for (int t = 0; t < 4; t++)
        CU_ASSERT_EQUAL(GPOINTER_TO_SIZE(g_thread_join(threads[t])), 0);
    budget_book_unref(book);
}

/* A book read from CSV text, so that its rows have places. */
static BudgetBook *csv_book(const char *projects, const char *adjustments)
{
    BudgetBook *book = budget_book_new();
    BudgetError err;

    CU_ASSERT_TRUE_FATAL(
        budget_csv_load_projects_data(book, projects, strlen(projects), "projects.csv", NULL, NULL, &err));
    if (adjustments != NULL)
        CU_ASSERT_TRUE_FATAL(budget_csv_load_adjustments_data(book, adjustments, strlen(adjustments),
                                                              "adjustments.csv", NULL, NULL, &err));
    return book;
}

/* Issue 6 item 7: a budget of INT64_MAX fen (92233720368547758.07 元) plus
 * an adjustment of 1 fen on 2024-03-01. */
static void test_book_adjusted_overflow_place(void)
{
    BudgetBook *book = csv_book("code,name,unit,year,budget\nA1,a,U1,2024,92233720368547758.07\n",
                                "date,code,amount,reason\n2024-03-01,A1,0.01,x\n");
    BudgetError err;
    BudgetFen out = 0;

    /* Before the adjustment: the budget alone, INT64_MAX. */
    CU_ASSERT_TRUE(budget_book_get_adjusted_budget(book, "A1", 20240229, &out, &err));
    assert_fen(INT64_MAX, out);
    /* From its date: INT64_MAX + 1 does not fit; the adjustment's row is
     * line 2 of adjustments.csv, its amount column 3. */
    CU_ASSERT_FALSE(budget_book_get_adjusted_budget(book, "A1", 20240301, &out, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 2, 3, "amount");
    CU_ASSERT_STRING_EQUAL(err.source, "adjustments.csv");
    CU_ASSERT_STRING_EQUAL(err.message, "project A1: the adjustment of 0.01 on 2024-03-01 takes its adjusted "
                                        "budget past 92233720368547758.07, the most 64 bits of fen hold");
    budget_book_unref(book);
}

/* Only the adjusted budget at the date counts, not a partial sum in the
 * order the rows were added, and the culprit is the row that took it out of
 * range for good. Budget 0; rows (line: date amount):
 *   2: 05-01 −0.05    3: 03-01 +92233720368547758.07 (INT64_MAX)
 *   4: 04-01 +0.01    5: 03-01 −0.01
 * At 03-31: 0 + INT64_MAX − 1 = INT64_MAX − 1 (line 3 then line 5: fits).
 * At 04-30: + 1 = INT64_MAX: fits (the file order INT64_MAX − 5 + … never matters).
 * Add row 6: 04-15 +0.01: at 04-30 INT64_MAX + 1 does not fit, culprit line 6;
 * at 05-31: INT64_MAX + 1 − 5 = INT64_MAX − 4 fits again. */
static void test_book_adjusted_order(void)
{
    BudgetBook *book = csv_book("code,budget\nA1,0\n", "date,code,amount\n2024-05-01,A1,-0.05\n"
                                                       "2024-03-01,A1,92233720368547758.07\n"
                                                       "2024-04-01,A1,0.01\n2024-03-01,A1,-0.01\n"
                                                       "2024-04-15,A1,0.01\n");
    BudgetError err;
    BudgetFen out = 0;

    CU_ASSERT_TRUE(budget_book_get_adjusted_budget(book, "A1", 20240331, &out, &err));
    assert_fen(INT64_MAX - 1, out);
    CU_ASSERT_TRUE(budget_book_get_adjusted_budget(book, "A1", 20240414, &out, &err));
    assert_fen(INT64_MAX, out);
    CU_ASSERT_FALSE(budget_book_get_adjusted_budget(book, "A1", 20240430, &out, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 6, 3, "amount");
    CU_ASSERT_TRUE(budget_book_get_adjusted_budget(book, "A1", 20240531, &out, &err));
    assert_fen(INT64_MAX - 4, out);
    budget_book_unref(book);
}

/* Below the range: budget INT64_MIN (−92233720368547758.08) and −0.01. A
 * book built by hand has no place: line 0, but the field and message. */
static void test_book_adjusted_underflow_by_hand(void)
{
    BudgetBook *book = budget_book_new();
    BudgetProject *p = budget_project_new("B1", NULL);
    BudgetError err;
    BudgetFen out = 0;

    budget_project_set_budget(p, INT64_MIN);
    CU_ASSERT_TRUE(budget_book_add_project(book, p, NULL));
    budget_project_unref(p);
    CU_ASSERT_TRUE(budget_book_add_adjustment(book, 20240601, "B1", -1, "cut", NULL));
    CU_ASSERT_FALSE(budget_book_get_adjusted_budget(book, "B1", 20241231, &out, &err));
    assert_error(&err, BUDGET_ERROR_OVERFLOW, 0, 0, "amount");
    CU_ASSERT_STRING_EQUAL(err.source, "");
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "below -92233720368547758.08, the least"));
    budget_book_unref(book);
}

/* No year is 0, never a guessed 2024: whatever needs the year refuses the
 * book (see test-ledger.c, "a book without a year"). */
static void test_book_no_year(void)
{
    BudgetBook *book = budget_book_new();

    CU_ASSERT_EQUAL(budget_book_get_year(book), 0);
    add(book, "A", "u", 0, BUDGET_YUAN(1));
    CU_ASSERT_EQUAL(budget_book_get_year(book), 0);
    CU_ASSERT_TRUE(budget_book_set_year(book, 2024));
    CU_ASSERT_EQUAL(budget_book_get_year(book), 2024);
    CU_ASSERT_TRUE(budget_book_set_year(book, 0)); /* derive again: none */
    CU_ASSERT_EQUAL(budget_book_get_year(book), 0);
    EXPECT_CRITICAL(CU_ASSERT_EQUAL(budget_book_get_year(NULL), 0));
    budget_book_unref(book);
}

static CU_TestInfo book_tests[] = {
    {"projects in code (byte) order", test_book_code_order},
    {"code order at every length and byte", test_book_code_order_prefixes},
    {"duplicate code", test_book_duplicate},
    {"30,000 projects in reverse order", test_book_many_projects},
    {"code index: lengths, later projects", test_book_code_index},
    {"year: explicit, max project year, else none (0)", test_book_year},
    {"distinct units", test_book_units},
    {"adjustments and adjusted budget", test_book_adjustments},
    {"adjustment overflow", test_book_adjustment_overflow},
    {"adjusted budget overflow names the adjustment row", test_book_adjusted_overflow_place},
    {"adjusted budget: the total at the date, not a partial sum", test_book_adjusted_order},
    {"adjusted budget below the range, book built by hand", test_book_adjusted_underflow_by_hand},
    {"indicators: added, shared, per project", test_book_indicators},
    {"30,001 indicators in order", test_book_indicators_many},
    {"ref and unref", test_book_ref_unref},
    {"concurrent readers", test_book_concurrent_readers},
    {"no year is 0", test_book_no_year},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"book", test_criticals_init, test_criticals_cleanup, NULL, NULL, book_tests},
    CU_SUITE_INFO_NULL,
};
