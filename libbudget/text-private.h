/* text: DESIGN.md's shared "text" module. For now only how a text is quoted
 * in a message or a terminal table, so that what the user sees is what is
 * there: invisible and control characters become escapes, bytes that are not
 * UTF-8 become \xNN, and a long text is shortened in the middle.
 *
 * This header needs only GLib and has no BUDGET_COMPILATION check on purpose:
 * the `budget` tool compiles text.c into itself (libbudget hides its budgetp_
 * symbols), so that its tables escape by the same rule as the library's
 * messages. */
#ifndef BUDGET_TEXT_PRIVATE_H
#define BUDGET_TEXT_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

/* The max_chars for a value quoted inside a BudgetError message (256 bytes).
 * A quoted result of N characters takes at most 4 * N bytes (an escape is
 * ASCII, one byte per character; a printable character is at most 4 bytes;
 * the "…" of a cut is 3 bytes for one character), so a value quoted with this
 * maximum takes at most 160 bytes and leaves 95 for the rest of the message. */
#define BUDGETP_TEXT_MESSAGE_MAX 40

/* One unit of a text's quoted form: a character that stands as it is, or an
 * escape. Units never split: a cut keeps or drops a whole escape. */
typedef struct {
    const char *next; /* where the following unit starts in the input */
    size_t n_chars;   /* characters of this unit's quoted form (1 when it stands as it is) */
    char escape[12];  /* the escape ("\\x1b", "\\u00a0", "\\U000e0001", "\\\\"), or "" when
                         the input bytes up to @next are shown as they are */
} BudgetpTextUnit;

/* Reads the unit that starts at @p (before @end) into @unit; false at the end.
 * The rules are those of budgetp_text_quote(). */
bool budgetp_text_next_unit(const char *p, const char *end, BudgetpTextUnit *unit);

/* Appends the quoted form of @text (@len bytes, or up to its NUL if @len < 0;
 * NULL is an empty text) to @out: see budgetp_text_quote(). */
void budgetp_text_append_quoted(GString *out, const char *text, gssize len, size_t max_chars);

/* @text as it should be quoted inside a message or shown in a table, as
 * valid UTF-8:
 * - printable characters as they are (CJK and other scripts included);
 * - tab, line feed and carriage return as \t, \n, \r; the other C0 controls
 *   and DEL as \x1b, \x7f (a NUL inside @len as \x00);
 * - every other character whose g_unichar_type() is CONTROL (C1: \u0085),
 *   FORMAT, SPACE_SEPARATOR (except the ASCII space), LINE_SEPARATOR or
 *   PARAGRAPH_SEPARATOR as \uXXXX, or \UXXXXXXXX above U+FFFF, in lower-case
 *   hex (the list is in text.c);
 * - each byte that does not belong to valid UTF-8 as \xNN (NN >= 80, so it
 *   cannot be mistaken for a control character);
 * - a backslash as \\ only when the character after it would make it read as
 *   one of these escapes (\ x u U t n r), otherwise as it is.
 * When the quoted form is longer than @max_chars characters (0: no limit) it
 * is cut in the middle, keeping its start and its end around "…" (one
 * character), at most @max_chars characters in all: "GXQ-2024-…-ABCDEF12".
 * Free with g_free(). */
char *budgetp_text_quote(const char *text, gssize len, size_t max_chars) G_GNUC_WARN_UNUSED_RESULT;

/* Whether the @len bytes at @buf are valid UTF-8 by the rules of
 * g_utf8_validate() (no overlong form, no surrogate, nothing past
 * U+10FFFF), except that NUL bytes are allowed: *@nul tells whether one
 * was seen before *@end, where the check stopped (@buf + @len when valid,
 * else the start of the first bad sequence, as g_utf8_validate() sets it).
 * Where the processor has AVX2, 32 bytes at a time (text-utf8.c), and a
 * buffer found bad is checked again by the scalar code for *@end. */
bool budgetp_text_utf8_valid(const char *buf, size_t len, const char **end, bool *nul);
/* The same, by the scalar code: ASCII eight bytes at a time, runs of
 * 3-byte characters (Chinese) two at a time, the rest through a table of
 * lead bytes (text.c). */
bool budgetp_text_utf8_valid_scalar(const char *buf, size_t len, const char **end, bool *nul);
/* Whether the readers may use their AVX2 code (default: yes, when the
 * processor has it): budgetp_text_utf8_valid()'s wide check and the
 * ledger's line scan (csv-load.c). For the tests, which run both ways. */
void budgetp_text_utf8_set_wide(bool wide);
bool budgetp_text_utf8_wide_available(void); /* the processor has AVX2 */
bool budgetp_text_wide_enabled(void);        /* it has, and it is allowed */

#endif /* BUDGET_TEXT_PRIVATE_H */
