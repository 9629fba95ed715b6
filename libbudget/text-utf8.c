/* text-utf8: the UTF-8 check of the readers, 32 bytes at a time where the
 * processor can (see budgetp_text_utf8_valid() in text-private.h).
 *
 * How the wide check decides. A byte is judged with the one before it
 * (prev1) and, for the third and fourth bytes of a character, the two and
 * three before it. Each rule that a pair (prev1, byte) can break is one bit:
 * three 16-entry tables, on the high and low nibble of prev1 and the high
 * nibble of the byte, each give the bits of the rules their nibble may take
 * part in breaking, and a rule is broken where all three agree. The pairs:
 *
 *   bit  rule                               prev1        byte
 *   01   a character cut short              C0..FF       00..7F or C0..FF
 *   02   a continuation with no lead        00..7F       80..BF
 *   04   overlong 3-byte form               E0           80..9F
 *   08   past U+10FFFF                      F4..FF       90..BF
 *   10   surrogate                          ED           A0..BF
 *   20   overlong 2-byte form               C0, C1       80..BF
 *   40   overlong 4-byte form, or past      F0, F5..FF   80..8F
 *        U+10FFFF from its lead byte
 *   80   two continuations in a row         80..BF       80..BF
 *
 * Bit 80 is no error where the byte must be the third or fourth of a
 * character (two before it is E0..FF, or three before it F0..FF), and the
 * error there is its absence: the check takes the bits exclusive-or that
 * expectation. The tables are written out from the table above; the tests
 * compare the result with g_utf8_validate() at every prefix of edge cases and
 * of random text (tests/test-text.c), through both the wide and the scalar
 * check. A buffer the wide check finds bad, or that ends inside a character,
 * is checked again by the scalar code, which says where it stops. */
#include "config.h"

#include "text-private.h"

#include <string.h>

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define HAVE_WIDE_UTF8 1
#include <immintrin.h>

#define CUT 0x01
#define STRAY 0x02
#define OVER3 0x04
#define LARGE 0x08
#define SURR 0x10
#define OVER2 0x20
#define OVER4 0x40 /* and past U+10FFFF from F5..FF */
#define TWO 0x80
#define ANY_LOW (CUT | STRAY | TWO) /* rules the low nibble of prev1 does not narrow */

/* A 16-entry table in both lanes; the entries are bit sets up to 0xFF,
 * given as the char bytes the intrinsic takes. */
#define B(x) ((char)(unsigned char)(x))
#define TABLE(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p)                                                \
    _mm256_setr_epi8(B(a), B(b), B(c), B(d), B(e), B(f), B(g), B(h), B(i), B(j), B(k), B(l), B(m), B(n),     \
                     B(o), B(p), B(a), B(b), B(c), B(d), B(e), B(f), B(g), B(h), B(i), B(j), B(k), B(l),     \
                     B(m), B(n), B(o), B(p))

/* Whether the @len bytes at @p hold valid UTF-8 ending on a character
 * boundary, NUL bytes allowed; *@nul tells whether there was one. */
__attribute__((target("avx2"))) static bool wide_valid(const guchar *p, size_t len, bool *nul)
{
    const __m256i prev1_high = TABLE(STRAY, STRAY, STRAY, STRAY, STRAY, STRAY, STRAY, STRAY, TWO, TWO, TWO,
                                     TWO, CUT | OVER2, CUT, CUT | OVER3 | SURR, CUT | LARGE | OVER4);
    const __m256i prev1_low = TABLE(
        ANY_LOW | OVER3 | OVER2 | OVER4, ANY_LOW | OVER2, ANY_LOW, ANY_LOW, ANY_LOW | LARGE,
        ANY_LOW | LARGE | OVER4, ANY_LOW | LARGE | OVER4, ANY_LOW | LARGE | OVER4, ANY_LOW | LARGE | OVER4,
        ANY_LOW | LARGE | OVER4, ANY_LOW | LARGE | OVER4, ANY_LOW | LARGE | OVER4, ANY_LOW | LARGE | OVER4,
        ANY_LOW | LARGE | OVER4 | SURR, ANY_LOW | LARGE | OVER4, ANY_LOW | LARGE | OVER4);
    const __m256i byte_high =
        TABLE(CUT, CUT, CUT, CUT, CUT, CUT, CUT, CUT, STRAY | OVER2 | TWO | OVER3 | OVER4,
              STRAY | OVER2 | TWO | OVER3 | LARGE, STRAY | OVER2 | TWO | SURR | LARGE,
              STRAY | OVER2 | TWO | SURR | LARGE, CUT, CUT, CUT, CUT);
    const __m256i nibble = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
    const __m256i third = _mm256_set1_epi8((char)(0xE0 - 0x80)),
                  fourth = _mm256_set1_epi8((char)(0xF0 - 0x80));
    __m256i prev = zero, errors = zero, nuls = zero;
    guchar tail[32];
    size_t i = 0;

    for (;;) {
        __m256i in, shifted, p1, p2, p3, bits, must;

        if (i + 32 <= len) {
            in = _mm256_loadu_si256((const __m256i *)(p + i));
        } else if (i < len) {
            memset(tail, ' ', sizeof tail);
            memcpy(tail, p + i, len - i);
            in = _mm256_loadu_si256((const __m256i *)tail);
        } else {
            break;
        }
        /* bytes 15..30 of prev:in, then the lanes' own: the byte before each */
        shifted = _mm256_permute2x128_si256(prev, in, 0x21);
        p1 = _mm256_alignr_epi8(in, shifted, 15);
        p2 = _mm256_alignr_epi8(in, shifted, 14);
        p3 = _mm256_alignr_epi8(in, shifted, 13);
        bits = _mm256_and_si256(
            _mm256_and_si256(
                _mm256_shuffle_epi8(prev1_high, _mm256_and_si256(_mm256_srli_epi16(p1, 4), nibble)),
                _mm256_shuffle_epi8(prev1_low, _mm256_and_si256(p1, nibble))),
            _mm256_shuffle_epi8(byte_high, _mm256_and_si256(_mm256_srli_epi16(in, 4), nibble)));
        must = _mm256_or_si256(_mm256_subs_epu8(p2, third), _mm256_subs_epu8(p3, fourth));
        must = _mm256_and_si256(must, _mm256_set1_epi8((char)0x80));
        errors = _mm256_or_si256(errors, _mm256_xor_si256(bits, must));
        nuls = _mm256_or_si256(nuls, _mm256_cmpeq_epi8(in, zero));
        prev = in;
        i += 32;
    }
    *nul = !_mm256_testz_si256(nuls, nuls);
    if (len % 32 != 0) {
        /* the spaces after a cut character flag it: nothing to add */
        return _mm256_testz_si256(errors, errors);
    }
    if (!_mm256_testz_si256(errors, errors))
        return false;
    /* ends on a character boundary: none of the last three bytes still
     * waits for a continuation */
    return len == 0 ||
           (p[len - 1] < 0xC0 && (len < 2 || p[len - 2] < 0xE0) && (len < 3 || p[len - 3] < 0xF0));
}

static bool have_avx2(void)
{
    static int known; /* 0 not asked, 1 no, 2 yes; any thread may ask first */
    int k = __atomic_load_n(&known, __ATOMIC_RELAXED);

    if (k == 0) {
        __builtin_cpu_init();
        k = __builtin_cpu_supports("avx2") ? 2 : 1;
        __atomic_store_n(&known, k, __ATOMIC_RELAXED);
    }
    return k == 2;
}

/* Where the last character of the @len bytes at @p starts when it is cut
 * short by the end (a read chunk ends anywhere), else @len. */
static size_t whole_characters(const guchar *p, size_t len)
{
    size_t j = len, k = 0, need;

    while (j > 0 && k < 3 && (p[j - 1] & 0xC0) == 0x80) {
        j--;
        k++;
    }
    if (j == 0 || p[j - 1] < 0xC0)
        return len;
    need = p[j - 1] >= 0xF0 ? 3 : p[j - 1] >= 0xE0 ? 2 : 1;
    return need > k ? j - 1 : len;
}
#endif

static int use_wide = 1;

void budgetp_text_utf8_set_wide(bool wide)
{
    __atomic_store_n(&use_wide, wide ? 1 : 0, __ATOMIC_RELAXED);
}

bool budgetp_text_utf8_wide_available(void)
{
#ifdef HAVE_WIDE_UTF8
    return have_avx2();
#else
    return false;
#endif
}

/* BUDGET_NO_AVX2 set to anything but "" or "0" keeps the readers on their
 * scalar code (to rule the wide code out, and for the tests). */
static bool wide_allowed(void)
{
    const char *no = g_getenv("BUDGET_NO_AVX2");

    return __atomic_load_n(&use_wide, __ATOMIC_RELAXED) &&
           (no == NULL || no[0] == '\0' || strcmp(no, "0") == 0);
}

bool budgetp_text_wide_enabled(void)
{
    return wide_allowed() && budgetp_text_utf8_wide_available();
}

bool budgetp_text_utf8_valid(const char *buf, size_t len, const char **end, bool *nul)
{
#ifdef HAVE_WIDE_UTF8
    if (len >= 32 && have_avx2() && wide_allowed()) {
        size_t whole = whole_characters((const guchar *)buf, len);
        bool tail_nul = false;

        if (wide_valid((const guchar *)buf, whole, nul)) {
            if (whole == len) {
                *end = buf + len;
                return true;
            }
            /* the cut character: the scalar check says where it stops */
            bool ok = budgetp_text_utf8_valid_scalar(buf + whole, len - whole, end, &tail_nul);

            *nul = *nul || tail_nul;
            return ok;
        }
    }
#endif
    return budgetp_text_utf8_valid_scalar(buf, len, end, nul);
}
