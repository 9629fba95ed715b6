/* text: quoting a text for a message or a table (see text-private.h).
 *
 * Which characters are escaped. The rule is g_unichar_type(): CONTROL,
 * FORMAT, SPACE_SEPARATOR other than U+0020, LINE_SEPARATOR and
 * PARAGRAPH_SEPARATOR. With GLib 2.74 (Unicode 15) that is:
 *   U+0000-U+001F, U+007F-U+009F       C0, DEL, C1 controls
 *   U+00A0                             no-break space
 *   U+00AD                             soft hyphen
 *   U+0600-U+0605 U+061C U+06DD U+070F U+0890-U+0891 U+08E2
 *                                      Arabic and Syriac format marks
 *   U+1680 U+180E                      Ogham space, Mongolian vowel separator
 *   U+2000-U+200A                      en quad ... hair space
 *   U+200B-U+200F                      zero width space, ZWNJ, ZWJ, LRM, RLM
 *   U+2028 U+2029                      line and paragraph separators
 *   U+202A-U+202E                      bidirectional embeddings and overrides
 *   U+202F U+205F                      narrow no-break and math spaces
 *   U+2060-U+2064 U+2066-U+206F        word joiner, invisible operators, isolates
 *   U+3000                             ideographic (full-width) space
 *   U+FEFF                             BOM / zero width no-break space
 *   U+FFF9-U+FFFB                      interlinear annotation
 *   U+110BD U+110CD U+13430-U+1343F U+1BCA0-U+1BCA3 U+1D173-U+1D17A
 *   U+E0001 U+E0020-U+E007F            language tag and tag characters
 * An older GLib knows fewer format characters (and a newer one perhaps more);
 * the rule, not the list, is the contract.
 *
 * Left as they are: unassigned code points (a GLib older than the terminal
 * would escape new emoji), private use, combining marks and variation
 * selectors (they modify the character before them), and look-alike letters
 * such as the Hangul fillers.
 *
 * Why a backslash is doubled only before \ x u U t n r: those are the only
 * characters that make "\" start an escape, so everything else stays as the
 * user wrote it ("财政\其他", "A\B"), while "\x1b" typed as four characters
 * shows as "\\x1b" and cannot be taken for an ESC. The choice depends on the
 * character after the backslash in the input; a cut always puts "…" there,
 * and "\\" reads as one backslash wherever it stands, so a cut text still
 * reads back unambiguously. */
#include "config.h"

#include "text-private.h"

#include <string.h>

/* Characters after a backslash that would make it read as an escape. */
static const char escape_letters[] = "\\xuUtnr";

static bool is_escaped(gunichar c)
{
    switch (g_unichar_type(c)) {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
        return true;
    case G_UNICODE_SPACE_SEPARATOR:
        return c != ' ';
    default:
        return false;
    }
}

static void set_escape(BudgetpTextUnit *unit, const char *next, const char *escape)
{
    unit->next = next;
    unit->n_chars = g_strlcpy(unit->escape, escape, sizeof unit->escape);
}

/* A byte as \xNN: a C0 control, DEL, or a byte that is not part of valid UTF-8. */
static void set_byte_escape(BudgetpTextUnit *unit, const char *next, unsigned char byte)
{
    char buf[sizeof unit->escape];

    g_snprintf(buf, sizeof buf, "\\x%02x", (unsigned)byte);
    set_escape(unit, next, buf);
}

/* A character from U+0080 up as \uXXXX, or \UXXXXXXXX past U+FFFF. */
static void set_char_escape(BudgetpTextUnit *unit, const char *next, gunichar c)
{
    char buf[sizeof unit->escape];

    if (c <= 0xFFFF)
        g_snprintf(buf, sizeof buf, "\\u%04x", (unsigned)c);
    else
        g_snprintf(buf, sizeof buf, "\\U%08x", (unsigned)c);
    set_escape(unit, next, buf);
}

bool budgetp_text_next_unit(const char *p, const char *end, BudgetpTextUnit *unit)
{
    unsigned char b;
    size_t n;
    gunichar c;

    if (p >= end)
        return false;
    unit->escape[0] = '\0';
    unit->n_chars = 1;
    b = (unsigned char)*p;
    if (b < 0x80) {
        switch (b) {
        case '\t':
            set_escape(unit, p + 1, "\\t");
            return true;
        case '\n':
            set_escape(unit, p + 1, "\\n");
            return true;
        case '\r':
            set_escape(unit, p + 1, "\\r");
            return true;
        case '\\':
            if (p + 1 < end && p[1] != '\0' && strchr(escape_letters, p[1]) != NULL)
                set_escape(unit, p + 1, "\\\\");
            else
                unit->next = p + 1;
            return true;
        default:
            if (b < 0x20 || b == 0x7F)
                set_byte_escape(unit, p + 1, b);
            else
                unit->next = p + 1;
            return true;
        }
    }
    /* A multi-byte character must be whole and valid (g_utf8_validate refuses
     * overlong forms, surrogates and code points past U+10FFFF); otherwise
     * only its first byte is escaped and the next byte starts afresh, so a
     * truncated or foreign sequence shows every byte it has. */
    n = (size_t)g_utf8_skip[b];
    if (n < 2 || n > 4 || (size_t)(end - p) < n || !g_utf8_validate(p, (gssize)n, NULL)) {
        set_byte_escape(unit, p + 1, b);
        return true;
    }
    c = g_utf8_get_char(p);
    if (!is_escaped(c))
        unit->next = p + n;
    else
        set_char_escape(unit, p + n, c);
    return true;
}

static void append_unit(GString *out, const char *p, const BudgetpTextUnit *unit)
{
    if (unit->escape[0] != '\0')
        g_string_append(out, unit->escape);
    else
        g_string_append_len(out, p, unit->next - p);
}

void budgetp_text_append_quoted(GString *out, const char *text, gssize len, size_t max_chars)
{
    BudgetpTextUnit unit;
    const char *end, *p;
    size_t total = 0, head = 0, before, tail_max;

    g_return_if_fail(out != NULL);
    if (text == NULL)
        return;
    end = text + (len < 0 ? strlen(text) : (size_t)len);
    if (max_chars > 0)
        for (p = text; budgetp_text_next_unit(p, end, &unit); p = unit.next)
            total += unit.n_chars;
    if (max_chars == 0 || total <= max_chars) {
        for (p = text; budgetp_text_next_unit(p, end, &unit); p = unit.next)
            append_unit(out, p, &unit);
        return;
    }

    /* Too long: the start gets half of what remains after the "…" (rounded
     * up), the end the rest, so two codes that differ only at one end still
     * look different. A unit that does not fit whole is left out. */
    for (p = text; budgetp_text_next_unit(p, end, &unit) && head + unit.n_chars <= max_chars / 2;
         p = unit.next) {
        append_unit(out, p, &unit);
        head += unit.n_chars;
    }
    g_string_append(out, "\xE2\x80\xA6"); /* … */
    tail_max = max_chars - 1 - head;
    /* The end starts at the first unit from which at most tail_max characters remain. */
    for (before = head; budgetp_text_next_unit(p, end, &unit) && total - before > tail_max; p = unit.next)
        before += unit.n_chars;
    for (; budgetp_text_next_unit(p, end, &unit); p = unit.next)
        append_unit(out, p, &unit);
}

char *budgetp_text_quote(const char *text, gssize len, size_t max_chars)
{
    GString *out = g_string_new(NULL);

    budgetp_text_append_quoted(out, text, len, max_chars);
    return g_string_free(out, FALSE);
}

/* ---- UTF-8 validation ------------------------------------------------- */

/* For each byte that can start a multi-byte sequence: the number of
 * continuation bytes (low 2 bits) and the range of the first one (lo in
 * bits 8-15, hi in bits 16-23); 0 for a byte that cannot start one
 * (80..C1, F5..FF: continuation bytes, overlong 2-byte leads, past
 * U+10FFFF). Only E0, ED, F0 and F4 narrow the first continuation byte
 * (overlong forms, surrogates, past U+10FFFF); every later one is 80..BF. */
#define LEAD(more, lo, hi) ((guint32)(more) | (guint32)(lo) << 8 | (guint32)(hi) << 16)
static const guint32 utf8_lead[256] = {
    [0xC2] = LEAD(1, 0x80, 0xBF), [0xC3] = LEAD(1, 0x80, 0xBF), [0xC4] = LEAD(1, 0x80, 0xBF),
    [0xC5] = LEAD(1, 0x80, 0xBF), [0xC6] = LEAD(1, 0x80, 0xBF), [0xC7] = LEAD(1, 0x80, 0xBF),
    [0xC8] = LEAD(1, 0x80, 0xBF), [0xC9] = LEAD(1, 0x80, 0xBF), [0xCA] = LEAD(1, 0x80, 0xBF),
    [0xCB] = LEAD(1, 0x80, 0xBF), [0xCC] = LEAD(1, 0x80, 0xBF), [0xCD] = LEAD(1, 0x80, 0xBF),
    [0xCE] = LEAD(1, 0x80, 0xBF), [0xCF] = LEAD(1, 0x80, 0xBF), [0xD0] = LEAD(1, 0x80, 0xBF),
    [0xD1] = LEAD(1, 0x80, 0xBF), [0xD2] = LEAD(1, 0x80, 0xBF), [0xD3] = LEAD(1, 0x80, 0xBF),
    [0xD4] = LEAD(1, 0x80, 0xBF), [0xD5] = LEAD(1, 0x80, 0xBF), [0xD6] = LEAD(1, 0x80, 0xBF),
    [0xD7] = LEAD(1, 0x80, 0xBF), [0xD8] = LEAD(1, 0x80, 0xBF), [0xD9] = LEAD(1, 0x80, 0xBF),
    [0xDA] = LEAD(1, 0x80, 0xBF), [0xDB] = LEAD(1, 0x80, 0xBF), [0xDC] = LEAD(1, 0x80, 0xBF),
    [0xDD] = LEAD(1, 0x80, 0xBF), [0xDE] = LEAD(1, 0x80, 0xBF), [0xDF] = LEAD(1, 0x80, 0xBF),
    [0xE0] = LEAD(2, 0xA0, 0xBF), [0xE1] = LEAD(2, 0x80, 0xBF), [0xE2] = LEAD(2, 0x80, 0xBF),
    [0xE3] = LEAD(2, 0x80, 0xBF), [0xE4] = LEAD(2, 0x80, 0xBF), [0xE5] = LEAD(2, 0x80, 0xBF),
    [0xE6] = LEAD(2, 0x80, 0xBF), [0xE7] = LEAD(2, 0x80, 0xBF), [0xE8] = LEAD(2, 0x80, 0xBF),
    [0xE9] = LEAD(2, 0x80, 0xBF), [0xEA] = LEAD(2, 0x80, 0xBF), [0xEB] = LEAD(2, 0x80, 0xBF),
    [0xEC] = LEAD(2, 0x80, 0xBF), [0xED] = LEAD(2, 0x80, 0x9F), [0xEE] = LEAD(2, 0x80, 0xBF),
    [0xEF] = LEAD(2, 0x80, 0xBF), [0xF0] = LEAD(3, 0x90, 0xBF), [0xF1] = LEAD(3, 0x80, 0xBF),
    [0xF2] = LEAD(3, 0x80, 0xBF), [0xF3] = LEAD(3, 0x80, 0xBF), [0xF4] = LEAD(3, 0x80, 0x8F),
};
#undef LEAD

bool budgetp_text_utf8_valid_scalar(const char *buf, size_t len, const char **end, bool *nul)
{
    const guchar *p = (const guchar *)buf, *stop = p + len;
    const guint64 high = G_GUINT64_CONSTANT(0x8080808080808080),
                  ones = G_GUINT64_CONSTANT(0x0101010101010101);
    guint64 zero = 0; /* SWAR zero flags of the ASCII bytes passed */

    while (p < stop) {
        guint32 lead;
        size_t more;

        if (stop - p >= 8) {
            guint64 w, m;

            memcpy(&w, p, 8);
            m = w & high;
            if (m == 0) {
                zero |= (w - ones) & ~w & high;
                p += 8;
                continue;
            }
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
            {
                unsigned k = (unsigned)__builtin_ctzll(m) >> 3; /* ASCII bytes before it */

                if (k > 0) {
                    guint64 keep = (G_GUINT64_CONSTANT(1) << (8 * k)) - 1, a = w | ~keep;

                    /* the bytes past k set to FF cannot look like NUL, nor
                     * borrow into the kept ones (the subtraction carries up) */
                    zero |= (a - ones) & ~a & high;
                    p += k;
                }
            }
#endif
        }
        if (*p < 0x80) {
            zero |= *p == 0;
            p++;
            continue;
        }
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
        /* Chinese text: runs of a lead byte E1..EC or EE..EF and two
         * continuation bytes, which need no range check beyond their top
         * bits; two characters per word while they last. */
        while (stop - p >= 8) {
            guint64 w;
            guint32 l0, l1;

            memcpy(&w, p, 8);
            l0 = (guint32)w & 0x0F;
            l1 = (guint32)(w >> 24) & 0x0F;
            if ((w & G_GUINT64_CONSTANT(0x0000C0C0F0C0C0F0)) != G_GUINT64_CONSTANT(0x00008080E08080E0) ||
                l0 == 0 || l0 == 0x0D || l1 == 0 || l1 == 0x0D)
                break;
            p += 6;
        }
        if (p == stop || *p < 0x80)
            continue;
        if (stop - p >= 4) {
            guint32 w;

            memcpy(&w, p, 4);
            if ((w & 0x00C0C0F0u) == 0x008080E0u && p[0] != 0xE0 && p[0] != 0xED) {
                p += 3;
                continue;
            }
        }
#endif
        lead = utf8_lead[*p];
        more = lead & 3;
        if (more == 0 || (size_t)(stop - p) <= more || p[1] < ((lead >> 8) & 0xFF) || p[1] > (lead >> 16))
            break;
        if (more >= 2 && (p[2] & 0xC0) != 0x80)
            break;
        if (more == 3 && (p[3] & 0xC0) != 0x80)
            break;
        p += more + 1;
    }
    *nul = zero != 0;
    *end = (const char *)p;
    return p == stop;
}
