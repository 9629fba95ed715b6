/* CUnit suite for the text module: quoting a text for messages and tables
 * (escapes for controls, invisible characters and invalid bytes; cuts in the
 * middle), and how a quoted value fits a BudgetError message. */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "budget-private.h"
#include "test-util.h"
#include "text-private.h"

/* Asserts that quoting @text (@len bytes, @max characters) gives exactly
 * @expected, as valid UTF-8; reports the caller's line and both strings. */
#define assert_quote(text, len, max, expected)                                                               \
    assert_quote_at((text), (len), (max), (expected), __FILE__, __LINE__)
static void assert_quote_at(const char *text, gssize len, size_t max, const char *expected, const char *file,
                            unsigned int at)
{
    char *got = budgetp_text_quote(text, len, max);
    char what[1024];
    gboolean ok = strcmp(got, expected) == 0 && g_utf8_validate(got, -1, NULL);

    snprintf(what, sizeof what, "quote(max %zu): expected \"%s\", got \"%s\"", max, expected, got);
    CU_assertImplementation(ok, at, what, file, "", CU_FALSE);
    g_free(got);
}

static void test_text_printable(void)
{
    /* Printable text, CJK and full-width punctuation included, stands as it is. */
    assert_quote("GXQ-2024-001", -1, 0, "GXQ-2024-001");
    assert_quote("农村公路养护（万元），100%", -1, 0, "农村公路养护（万元），100%");
    /* The ASCII space is the one space separator left as it is. */
    assert_quote("a b", -1, 0, "a b");
    /* A combining accent (e + U+0301) and an emoji (U+1F600) are not escaped. */
    assert_quote("e\xCC\x81 \xF0\x9F\x98\x80", -1, 0, "e\xCC\x81 \xF0\x9F\x98\x80");
    assert_quote("", -1, 0, "");
    assert_quote(NULL, -1, 0, "");
    /* @len limits the input: "abc" of "abcdef". */
    assert_quote("abcdef", 3, 0, "abc");
}

static void test_text_c0_controls(void)
{
    /* Tab, LF and CR by name; the other C0 controls and DEL as \xNN. */
    assert_quote("a\tb\nc\rd", -1, 0, "a\\tb\\nc\\rd");
    assert_quote("\x1b[31mRed\x1b[0m", -1, 0, "\\x1b[31mRed\\x1b[0m");
    assert_quote("\x01\x1f\x7f", -1, 0, "\\x01\\x1f\\x7f");
    /* A NUL inside @len is shown, not taken for the end. */
    assert_quote("a\0b", 3, 0, "a\\x00b");
}

static void test_text_c1_controls(void)
{
    /* U+0085 NEL = C2 85, U+009B CSI = C2 9B: characters, so \u, never \x
     * (\x80..\xff means a byte that is not UTF-8). */
    assert_quote("a\xC2\x85z", -1, 0, "a\\u0085z");
    assert_quote("\xC2\x9B"
                 "31m",
                 -1, 0, "\\u009b31m");
}

static void test_text_invisible(void)
{
    /* Each: the UTF-8 bytes of the character, and its code point in lower-case hex. */
    assert_quote("P1\xC2\xA0", -1, 0, "P1\\u00a0"); /* U+00A0 no-break space */
    assert_quote("a\xC2\xAD"
                 "b",
                 -1, 0, "a\\u00adb"); /* U+00AD soft hyphen */
    assert_quote("a\xE2\x80\x83"
                 "b",
                 -1, 0, "a\\u2003b"); /* U+2003 em space */
    assert_quote("P\xE2\x80\x8B"
                 "1",
                 -1, 0, "P\\u200b1");                                  /* U+200B zero width space */
    assert_quote("\xE2\x80\x8F", -1, 0, "\\u200f");                    /* U+200F right-to-left mark */
    assert_quote("\xE2\x80\xA8\xE2\x80\xA9", -1, 0, "\\u2028\\u2029"); /* line, paragraph separators */
    assert_quote("\xE2\x80\xAE"
                 "cba",
                 -1, 0, "\\u202ecba");              /* U+202E right-to-left override */
    assert_quote("\xE2\x80\xAF", -1, 0, "\\u202f"); /* U+202F narrow no-break space */
    assert_quote("\xE2\x81\x9F\xE2\x81\xA0\xE2\x81\xA4", -1, 0, "\\u205f\\u2060\\u2064");
    assert_quote("\xEF\xBB\xBF"
                 "code",
                 -1, 0, "\\ufeffcode");                             /* U+FEFF: a BOM inside a cell */
    assert_quote("项目\xE3\x80\x80名称", -1, 0, "项目\\u3000名称"); /* U+3000 ideographic space */
    assert_quote("\xE1\x9A\x80", -1, 0, "\\u1680");                 /* U+1680 Ogham space mark */
    assert_quote("\xD8\x9C", -1, 0, "\\u061c");                     /* U+061C Arabic letter mark (format) */
    /* Past U+FFFF: U+E0001 language tag = F3 A0 80 81, eight hex digits. */
    assert_quote("\xF3\xA0\x80\x81", -1, 0, "\\U000e0001");
}

static void test_text_backslash(void)
{
    /* A backslash is doubled only before \ x u U t n r. */
    assert_quote("A\\B", -1, 0, "A\\B");
    assert_quote("财政\\其他", -1, 0, "财政\\其他");
    assert_quote("end\\", -1, 0, "end\\");
    /* The six characters \u00a0 typed by the user differ from a NBSP. */
    assert_quote("\\u00a0", -1, 0, "\\\\u00a0");
    assert_quote("\\x1b", -1, 0, "\\\\x1b");
    assert_quote("C:\\tmp\\new", -1, 0, "C:\\\\tmp\\\\new");
    /* Two backslashes: the first is before "\" (doubled), the second at the
     * end (as it is): three in all, which read back as two. */
    assert_quote("\\\\", -1, 0, "\\\\\\");
    {
        char *nbsp = budgetp_text_quote("\xC2\xA0", -1, 0);
        char *typed = budgetp_text_quote("\\u00a0", -1, 0);
        CU_ASSERT_STRING_NOT_EQUAL(nbsp, typed);
        g_free(nbsp);
        g_free(typed);
    }
}

static void test_text_invalid_bytes(void)
{
    /* Bytes that are not UTF-8, one \xNN each, and the text goes on after them. */
    assert_quote("\xFF", -1, 0, "\\xff");
    assert_quote("\x80", -1, 0, "\\x80");                            /* lone continuation byte */
    assert_quote("\xD6\xD0\xCE\xC4", -1, 0, "\\xd6\\xd0\\xce\\xc4"); /* "中文" in GB18030 */
    assert_quote("a\xE4\xB8"
                 "b",
                 -1, 0, "a\\xe4\\xb8b");           /* "中" (E4 B8 AD) cut short */
    assert_quote("\xE4\xB8", -1, 0, "\\xe4\\xb8"); /* ... at the end */
    /* "中" cut short by @len: the bytes after @len are not read. */
    assert_quote("\xE4\xB8\xAD", 2, 0, "\\xe4\\xb8");
    assert_quote("\xC0\xAF", -1, 0, "\\xc0\\xaf");                            /* overlong "/" */
    assert_quote("\xED\xA0\x80", -1, 0, "\\xed\\xa0\\x80");                   /* surrogate U+D800 */
    assert_quote("\xF4\x90\x80\x80", -1, 0, "\\xf4\\x90\\x80\\x80");          /* past U+10FFFF */
    assert_quote("\xF8\x88\x80\x80\x80", -1, 0, "\\xf8\\x88\\x80\\x80\\x80"); /* 5-byte form */
    /* A NUL where a continuation byte should be (E4 00 AD, len 3). */
    assert_quote("\xE4\0\xAD", 3, 0, "\\xe4\\x00\\xad");
}

static void test_text_cut_middle(void)
{
    /* "GXQ-2024-0000000000-ABCDEF12" is 9 + 10 + 9 = 28 characters. With 19:
     * the start gets 19 / 2 = 9 ("GXQ-2024-"), the end 19 - 1 - 9 = 9
     * ("-ABCDEF12"). */
    assert_quote("GXQ-2024-0000000000-ABCDEF12", -1, 19, "GXQ-2024-\xE2\x80\xA6-ABCDEF12");
    /* Two codes that differ only in their last character stay different. */
    assert_quote("GXQ-2024-0000000000-ABCDEF13", -1, 19, "GXQ-2024-\xE2\x80\xA6-ABCDEF13");
    /* ... or only in their first. */
    assert_quote("HXQ-2024-0000000000-ABCDEF12", -1, 19, "HXQ-2024-\xE2\x80\xA6-ABCDEF12");
    /* 20 characters: start 10, end 20 - 1 - 10 = 9. */
    assert_quote("GXQ-2024-0000000000-ABCDEF12", -1, 20, "GXQ-2024-0\xE2\x80\xA6-ABCDEF12");
    /* Exactly max_chars: not cut; max 0: no limit. */
    assert_quote("0123456789", -1, 10, "0123456789");
    assert_quote("0123456789", -1, 9,
                 "0123\xE2\x80\xA6"
                 "6789");
    assert_quote("GXQ-2024-0000000000-ABCDEF12", -1, 0, "GXQ-2024-0000000000-ABCDEF12");
    /* max 1: only the mark of the cut. */
    assert_quote("0123456789", -1, 1, "\xE2\x80\xA6");
    /* At a UTF-8 boundary: ten CJK characters (3 bytes each), max 5: start
     * 5 / 2 = 2, end 5 - 1 - 2 = 2. */
    assert_quote("一二三四五六七八九十", -1, 5, "一二\xE2\x80\xA6九十");
    /* Escapes are counted by their length and never split. A, \u00a0 (6),
     * B..J (9), \u00a0 (6), K = 23 characters; max 10: the start takes A (1;
     * A + \u00a0 = 7 > 10 / 2); the end takes 10 - 1 - 1 = 8: K (1),
     * \u00a0 (7), J (8); I would make 9. */
    assert_quote("A\xC2\xA0"
                 "BCDEFGHIJ\xC2\xA0K",
                 -1, 10, "A\xE2\x80\xA6J\\u00a0K");
    /* Ten invalid bytes, \xff (4) each = 40; max 10: start one (4 <= 5), end
     * one (4 <= 10 - 1 - 4 = 5). */
    assert_quote("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", -1, 10, "\\xff\xE2\x80\xA6\\xff");
    /* A backslash doubled for the "x" after it stays doubled when the cut
     * comes right after it, and still reads as one backslash: "ab", "\\" (2),
     * then x..j = 2 + 2 + 9 = 13; max 9: start 4 ("ab\\"), end 9 - 1 - 4 = 4. */
    assert_quote("ab\\xcdefghij", -1, 9, "ab\\\\\xE2\x80\xA6ghij");
}

static void test_text_units(void)
{
    const char *text = "a\xC2\xA0中\xFF";
    const char *end = text + strlen(text);
    BudgetpTextUnit unit;
    const char *p = text;

    /* a: as it is, one byte. */
    CU_ASSERT_TRUE(budgetp_text_next_unit(p, end, &unit));
    CU_ASSERT_STRING_EQUAL(unit.escape, "");
    CU_ASSERT_EQUAL(unit.n_chars, 1);
    CU_ASSERT_PTR_EQUAL(unit.next, text + 1);
    /* NBSP: escaped, two bytes, six characters. */
    p = unit.next;
    CU_ASSERT_TRUE(budgetp_text_next_unit(p, end, &unit));
    CU_ASSERT_STRING_EQUAL(unit.escape, "\\u00a0");
    CU_ASSERT_EQUAL(unit.n_chars, 6);
    CU_ASSERT_PTR_EQUAL(unit.next, text + 3);
    /* 中: as it is, three bytes, one character. */
    p = unit.next;
    CU_ASSERT_TRUE(budgetp_text_next_unit(p, end, &unit));
    CU_ASSERT_STRING_EQUAL(unit.escape, "");
    CU_ASSERT_EQUAL(unit.n_chars, 1);
    CU_ASSERT_PTR_EQUAL(unit.next, text + 6);
    /* FF: one byte, four characters. */
    p = unit.next;
    CU_ASSERT_TRUE(budgetp_text_next_unit(p, end, &unit));
    CU_ASSERT_STRING_EQUAL(unit.escape, "\\xff");
    CU_ASSERT_EQUAL(unit.n_chars, 4);
    CU_ASSERT_PTR_EQUAL(unit.next, end);
    CU_ASSERT_FALSE(budgetp_text_next_unit(unit.next, end, &unit));
}

static void test_text_append(void)
{
    GString *s = g_string_new("code \"");

    /* Appends after what is there. */
    budgetp_text_append_quoted(s, "P\xC2\xA0", -1, 0);
    g_string_append_c(s, '"');
    CU_ASSERT_STRING_EQUAL(s->str, "code \"P\\u00a0\"");
    /* NULL text appends nothing; a NULL string is caller misuse. */
    budgetp_text_append_quoted(s, NULL, -1, 0);
    CU_ASSERT_EQUAL(s->len, strlen("code \"P\\u00a0\""));
    EXPECT_CRITICAL(budgetp_text_append_quoted(NULL, "x", -1, 0));
    g_string_free(s, TRUE);
}

/* Sixty U+20000 (F0 A0 80 80, 4 bytes each) then "END1". */
static char *long_code(void)
{
    GString *s = g_string_new(NULL);

    for (int i = 0; i < 60; i++)
        g_string_append(s, "\xF0\xA0\x80\x80");
    g_string_append(s, "END1");
    return g_string_free(s, FALSE);
}

static void test_text_message_limit(void)
{
    BudgetError err;
    char *code = long_code();
    char *q = budgetp_text_quote(code, -1, BUDGETP_TEXT_MESSAGE_MAX);
    GString *expected = g_string_new("unknown project code \"");

    /* 64 characters, max 40: the start takes 40 / 2 = 20 (80 bytes), the end
     * 40 - 1 - 20 = 19: 15 x U+20000 and END1 (64 bytes); with "…" (3 bytes)
     * 147 bytes, within the 4 x 40 = 160 promised. */
    CU_ASSERT_EQUAL(strlen(q), 147);
    CU_ASSERT(strlen(q) <= 4 * BUDGETP_TEXT_MESSAGE_MAX);
    budget_error_clear(&err);
    /* The message, 22 + 147 + 23 = 192 bytes, fits BudgetError's 256 whole:
     * the end of the code (END1) and of the message are kept. */
    budgetp_error_set(&err, BUDGET_ERROR_NOT_FOUND, "transactions.csv", 2, 2, "code",
                      "unknown project code \"%s\" (not in projects.csv)", q);
    for (int i = 0; i < 20; i++)
        g_string_append(expected, "\xF0\xA0\x80\x80");
    g_string_append(expected, "\xE2\x80\xA6");
    for (int i = 0; i < 15; i++)
        g_string_append(expected, "\xF0\xA0\x80\x80");
    g_string_append(expected, "END1\" (not in projects.csv)");
    CU_ASSERT_EQUAL(expected->len, 192);
    CU_ASSERT_STRING_EQUAL(err.message, expected->str);
    assert_error(&err, BUDGET_ERROR_NOT_FOUND, 2, 2, "code");
    g_free(q);
    g_free(code);
    g_string_free(expected, TRUE);

    /* The worst case for max 40: all escapes, ASCII. 100 NBSPs = 600
     * characters; the start takes three \u00a0 (18 <= 20, a fourth would make
     * 24), the end 40 - 1 - 18 = 21: three more. */
    {
        GString *nbsps = g_string_new(NULL);
        for (int i = 0; i < 100; i++)
            g_string_append(nbsps, "\xC2\xA0");
        assert_quote(nbsps->str, -1, BUDGETP_TEXT_MESSAGE_MAX,
                     "\\u00a0\\u00a0\\u00a0\xE2\x80\xA6\\u00a0\\u00a0\\u00a0");
        g_string_free(nbsps, TRUE);
    }
}

static void test_text_message_cut(void)
{
    BudgetError err;
    GString *cjk = g_string_new(NULL);
    GString *expected = g_string_new("code \"");

    /* Without max_chars the message itself is cut: "code \"" (6 bytes) + 200
     * x 中 (600) + "\"" does not fit 256 bytes, so budgetp_strlcpy_utf8 keeps
     * 252 bytes (byte 252 starts a character: (252 - 6) % 3 = 0), i.e. 82 x
     * 中, and "...": the end of the value, where two codes may differ, is
     * lost. This is why messages quote with BUDGETP_TEXT_MESSAGE_MAX. */
    for (int i = 0; i < 200; i++)
        g_string_append(cjk, "中");
    budget_error_clear(&err);
    budgetp_error_set(&err, BUDGET_ERROR_PARSE, "projects.csv", 3, 1, "code", "code \"%s\"", cjk->str);
    for (int i = 0; i < 82; i++)
        g_string_append(expected, "中");
    g_string_append(expected, "...");
    CU_ASSERT_EQUAL(strlen(err.message), 255);
    CU_ASSERT_STRING_EQUAL(err.message, expected->str);
    CU_ASSERT_TRUE(g_utf8_validate(err.message, -1, NULL));
    g_string_free(cjk, TRUE);
    g_string_free(expected, TRUE);
}

/* ---- budgetp_text_utf8_valid() against g_utf8_validate() -------------- */

/* What budgetp_text_utf8_valid() must say, from g_utf8_validate(), which
 * refuses NUL bytes when given a length: each stretch between NULs is
 * validated on its own; *@nul is whether a NUL comes before *@end. */
static bool reference_utf8(const char *buf, size_t len, const char **end, bool *nul)
{
    size_t pos = 0;

    *nul = false;
    while (pos < len) {
        const char *z = memchr(buf + pos, '\0', len - pos);
        size_t seg = z != NULL ? (size_t)(z - buf) - pos : len - pos;
        const gchar *e;

        if (!g_utf8_validate(buf + pos, (gssize)seg, &e)) {
            *end = e;
            return false;
        }
        if (z == NULL)
            break;
        *nul = true;
        pos = (size_t)(z - buf) + 1;
    }
    *end = buf + len;
    return true;
}

/* Checks @len bytes at @buf, and every prefix of them, against the
 * reference; reports the first difference with the bytes in hex. Returns
 * whether they agreed. */
static bool check_utf8_at(const char *buf, size_t len, const char *file, unsigned int at)
{
    for (size_t n = 0; n <= len; n++) {
        /* both ways: 32 bytes at a time where the processor can, and scalar */
        for (int wide = 0; wide < 2; wide++) {
            const char *end = NULL, *ref_end = NULL;
            bool nul = false, ref_nul = false;
            bool ok, ref;

            budgetp_text_utf8_set_wide(wide);
            ok = budgetp_text_utf8_valid(buf, n, &end, &nul);
            budgetp_text_utf8_set_wide(true);
            ref = reference_utf8(buf, n, &ref_end, &ref_nul);
            if (ok != ref || end != ref_end || nul != ref_nul) {
                GString *what = g_string_new(NULL);

                g_string_append_printf(what, "utf8_valid (%s) on %zu bytes:", wide ? "wide" : "scalar", n);
                for (size_t i = 0; i < n; i++)
                    g_string_append_printf(what, " %02x", (guchar)buf[i]);
                g_string_append_printf(what,
                                       ": got %d end %td nul %d, g_utf8_validate says %d end %td nul %d", ok,
                                       end - buf, nul, ref, ref_end - buf, ref_nul);
                CU_assertImplementation(CU_FALSE, at, what->str, file, "", CU_FALSE);
                g_string_free(what, TRUE);
                return false;
            }
        }
    }
    return true;
}
#define check_utf8(buf, len) check_utf8_at((buf), (len), __FILE__, __LINE__)

/* Hand-derived cases: where the check stops and whether it saw a NUL. */
static void test_text_utf8_valid_cases(void)
{
    static const char cjk[] = "支付唐山博远环境检测有限公司1月印刷费"; /* 18 CJK characters + "1": 55 bytes */
    static const char cut[] = "2024-01-01,\xE4\xB8,x"; /* E4 B8 then ',': the sequence at byte 11 is cut */
    static const char nul_first[] = "ab\0c\xE0\x80\x80zzzzzzzz"; /* NUL at 2, overlong E0 80 80 at 4 */
    static const char nul_after[] = "abc\xED\xA0\x80\0zzzzzzzz"; /* surrogate at 3, NUL after it */
    const char *end;
    bool nul;

    CU_ASSERT_EQUAL(strlen(cjk), 55);
    CU_ASSERT_TRUE(budgetp_text_utf8_valid(cjk, 55, &end, &nul));
    CU_ASSERT_PTR_EQUAL(end, cjk + 55);
    CU_ASSERT_FALSE(nul);
    CU_ASSERT_FALSE(budgetp_text_utf8_valid(cut, sizeof cut - 1, &end, &nul));
    CU_ASSERT_PTR_EQUAL(end, cut + 11);
    CU_ASSERT_FALSE(nul);
    CU_ASSERT_FALSE(budgetp_text_utf8_valid(nul_first, sizeof nul_first - 1, &end, &nul));
    CU_ASSERT_PTR_EQUAL(end, nul_first + 4);
    CU_ASSERT_TRUE(nul);
    CU_ASSERT_FALSE(budgetp_text_utf8_valid(nul_after, sizeof nul_after - 1, &end, &nul));
    CU_ASSERT_PTR_EQUAL(end, nul_after + 3);
    CU_ASSERT_FALSE(nul); /* the NUL is past where it stopped */
    CU_ASSERT_TRUE(budgetp_text_utf8_valid("", 0, &end, &nul));
    CU_ASSERT_FALSE(nul);
}

typedef struct {
    const char *bytes;
    size_t len;
} Bytes;
#define BYTES(s)                                                                                             \
    {                                                                                                        \
        (s), sizeof(s) - 1                                                                                   \
    }

/* Sequences that break the rules or sit at their edges, each checked
 * inside ASCII and Chinese text at every alignment. */
static const Bytes utf8_edges[] = {
    BYTES("\x80"),
    BYTES("\xBF"),
    BYTES("\xC0\x80"),
    BYTES("\xC1\xBF"),
    BYTES("\xC2\x80"),
    BYTES("\xDF\xBF"),
    BYTES("\xE0\x80\x80"),
    BYTES("\xE0\x9F\xBF"),
    BYTES("\xE0\xA0\x80"),
    BYTES("\xED\x9F\xBF"),
    BYTES("\xED\xA0\x80"),
    BYTES("\xED\xBF\xBF"),
    BYTES("\xEE\x80\x80"),
    BYTES("\xEF\xBF\xBF"),
    BYTES("\xF0\x80\x80\x80"),
    BYTES("\xF0\x8F\xBF\xBF"),
    BYTES("\xF0\x90\x80\x80"),
    BYTES("\xF4\x8F\xBF\xBF"),
    BYTES("\xF4\x90\x80\x80"),
    BYTES("\xF5\x80\x80\x80"),
    BYTES("\xF8\x88\x80\x80\x80"),
    BYTES("\xFE"),
    BYTES("\xFF"),
    BYTES("\xE4\xB8"),
    BYTES("\xE4"),
    BYTES("\xF0\x9F\x98"),
    BYTES("\xE4\xB8\x41"),
    BYTES("\xE4\x41\xB8"),
    BYTES("\xC3"),
    BYTES("\xC3\x41"),
    BYTES("\xE4\xB8\xAD\xED\xA0\x80"),
    BYTES("\xE4\xB8\xAD\xE0\x80\x80"),
    BYTES("\xE4\xB8\xAD\xE0\xA0\x80"),
    BYTES("\xE4\xB8\xAD\xED\x9F\xBF"),
    BYTES("\xE4\xB8\xAD\xC3\xA9"),
    BYTES("\xE4\xB8\xAD\xE4\xB8"),
    BYTES("\xE4\xB8\xAD\xE4\xC0\xAD"),
    BYTES("\xE4\xB8\xAD\xE4\xB8\xC0"),
    BYTES("\xE4\xB8\xAD\xF0\x9F\x98\x80"),
    BYTES("\xEF\xBB\xBF"),
    BYTES("\0"),
    BYTES("a\0b"),
    BYTES("\xE4\xB8\xAD\0\xE4\xB8\xAD"),
    BYTES("\x7F\x01"),
};

static void test_text_utf8_valid_edges(void)
{
    static const Bytes before[] = {
        BYTES(""),
        BYTES("a"),
        BYTES("abcdefg"),
        BYTES("abcdefgh"),
        BYTES("2024-01-01,13020223P00QVU800733D,"),
        /* the edge case at the end of the wide check's first block and past it */
        BYTES("2024-01-01,13020223P00QVU80073"),
        BYTES("2024-01-01,13020223P00QVU800733"),
        BYTES("\xE6\x94\xAF\xE4\xBB\x98\xE5\x94\x90\xE5\xB1\xB1\xE5\x8D\x9A\xE8\xBF\x9C\xE7\x8E"
              "\xAF\xE5\xA2\x83\xE6\xA3\x80\xE6\xB5\x8B"),
        BYTES("abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0"),
        BYTES("\xE4\xB8\xAD"),
        BYTES("\xE4\xB8\xAD\xE6\x96\x87"),
        BYTES("\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97"),
        BYTES("x\xE4\xB8\xAD\xE6\x96\x87"),
        BYTES("\0abc"),
        BYTES("abcdef\0"),
    };
    static const Bytes after[] = {
        BYTES(""),           BYTES("z"), BYTES("zzzzzzzzz"), BYTES("\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97"),
        BYTES("\0zzzzzzzz"),
    };
    size_t agreed = 0, total = 0;

    for (size_t e = 0; e < G_N_ELEMENTS(utf8_edges); e++)
        for (size_t b = 0; b < G_N_ELEMENTS(before); b++)
            for (size_t a = 0; a < G_N_ELEMENTS(after); a++) {
                char buf[128];
                size_t n = 0;

                memcpy(buf + n, before[b].bytes, before[b].len);
                n += before[b].len;
                memcpy(buf + n, utf8_edges[e].bytes, utf8_edges[e].len);
                n += utf8_edges[e].len;
                memcpy(buf + n, after[a].bytes, after[a].len);
                n += after[a].len;
                total++;
                agreed += check_utf8(buf, n);
            }
    CU_ASSERT_EQUAL(agreed, total);
    CU_ASSERT_EQUAL(total, G_N_ELEMENTS(utf8_edges) * G_N_ELEMENTS(before) * G_N_ELEMENTS(after));
}

/* Random byte strings: uniform bytes, and valid text (ASCII, NUL, Chinese,
 * 2- and 4-byte characters, at random) with a few bytes then changed. */
static void test_text_utf8_valid_random(void)
{
    GRand *rng = g_rand_new_with_seed(20261129);
    size_t valid = 0, invalid = 0;

    for (int i = 0; i < 20000; i++) {
        char buf[240];
        /* up to 220 bytes: several 32-byte blocks of the wide check, a
         * character cut at any block edge */
        size_t n = 0, len = (size_t)g_rand_int_range(rng, 0, i % 2 == 0 ? 80 : 220);
        const char *end;
        bool nul;

        if (i % 4 == 0) {
            for (; n < len; n++)
                buf[n] = (char)g_rand_int_range(rng, 0, 256);
        } else {
            while (n < len) {
                gunichar c;
                int kind = g_rand_int_range(rng, 0, 10);

                if (kind < 4)
                    c = (gunichar)g_rand_int_range(rng, 1, 0x80);
                else if (kind < 7)
                    c = (gunichar)g_rand_int_range(rng, 0x4E00, 0xA000);
                else if (kind == 7)
                    c = (gunichar)g_rand_int_range(rng, 0x80, 0x800);
                else if (kind == 8)
                    c = (gunichar)g_rand_int_range(rng, 0x10000, 0x110000);
                else
                    c = g_rand_int_range(rng, 0, 4) == 0 ? 0
                                                         : (gunichar)g_rand_int_range(rng, 0xE000, 0x10000);
                n += (size_t)g_unichar_to_utf8(c, buf + n);
            }
            for (int k = g_rand_int_range(rng, 0, 3); k > 0 && n > 0; k--)
                buf[g_rand_int_range(rng, 0, (gint32)n)] = (char)g_rand_int_range(rng, 0, 256);
        }
        if (!check_utf8(buf, n))
            break;
        if (budgetp_text_utf8_valid(buf, n, &end, &nul))
            valid++;
        else
            invalid++;
    }
    /* both outcomes well represented */
    CU_ASSERT(valid > 2000);
    CU_ASSERT(invalid > 2000);
    g_rand_free(rng);
}

static CU_TestInfo text_tests[] = {
    {"printable", test_text_printable},
    {"C0 controls and DEL", test_text_c0_controls},
    {"C1 controls", test_text_c1_controls},
    {"invisible characters", test_text_invisible},
    {"backslash", test_text_backslash},
    {"invalid bytes", test_text_invalid_bytes},
    {"cut in the middle", test_text_cut_middle},
    {"units", test_text_units},
    {"append", test_text_append},
    {"message limit", test_text_message_limit},
    {"message cut without a limit", test_text_message_cut},
    {"UTF-8 validation: cases", test_text_utf8_valid_cases},
    {"UTF-8 validation: edges in context", test_text_utf8_valid_edges},
    {"UTF-8 validation: random bytes", test_text_utf8_valid_random},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"text", test_criticals_init, test_criticals_cleanup, NULL, NULL, text_tests},
    CU_SUITE_INFO_NULL,
};
