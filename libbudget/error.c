/* error: the caller-allocated BudgetError record and diagnostics lists. */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "budget-private.h"

void budget_error_clear(BudgetError *error)
{
    /* Called on entry of every function that takes an error, so once per cell
     * when reading: empty the strings rather than memset all 480 bytes. */
    if (error == NULL)
        return;
    error->code = BUDGET_ERROR_OK;
    error->line = 0;
    error->end_line = 0;
    error->column = 0;
    memset(error->reserved, 0, sizeof error->reserved);
    error->offset = -1;
    error->source[0] = '\0';
    error->field[0] = '\0';
    error->message[0] = '\0';
}

static const char *const code_names[BUDGET_ERROR_N] = {
    "OK",        "INVALID_ARGUMENT", "IO",    "ENCODING",     "PARSE",   "MISSING_COLUMN", "DUPLICATE_KEY",
    "NOT_FOUND", "OVERFLOW",         "RANGE", "INCONSISTENT", "ABORTED", "UNSUPPORTED",
};

static const char *const code_texts[BUDGET_ERROR_N] = {
    "no error",           "invalid argument",  "input/output error",
    "bad text encoding",  "malformed input",   "required column missing",
    "duplicate key",      "not found",         "amount out of range (overflow)",
    "value out of range", "inconsistent data", "stopped by a callback",
    "not supported",
};

const char *budget_error_code_name(int code)
{
    if (code < 0 || (size_t)code >= G_N_ELEMENTS(code_names))
        return "UNKNOWN";
    return code_names[code];
}

bool budget_error_code_from_string(const char *text, BudgetErrorCode *out)
{
    int i;

    g_return_val_if_fail(text != NULL, false);
    i = budgetp_enum_lookup(code_names, BUDGET_ERROR_N, text);
    if (i < 0)
        return false;
    if (out != NULL)
        *out = (BudgetErrorCode)i;
    return true;
}

const char *budget_strerror(int code)
{
    if (code < 0 || (size_t)code >= G_N_ELEMENTS(code_texts))
        return "unknown error";
    return code_texts[code];
}

void budgetp_strlcpy_utf8(char *dst, const char *src, size_t size)
{
    char *valid = NULL;
    size_t len;

    if (size == 0)
        return;
    if (src == NULL) {
        dst[0] = '\0';
        return;
    }
    /* Every message is valid UTF-8, even a file name given in another
     * encoding: bytes that are not become U+FFFD. */
    if (!g_utf8_validate(src, -1, NULL))
        src = valid = g_utf8_make_valid(src, -1);
    len = strlen(src);
    if (len < size) {
        memcpy(dst, src, len + 1);
    } else if (size < 4) {
        dst[0] = '\0';
    } else {
        /* Too long: keep as many whole characters as fit before "...". */
        len = size - 4;
        while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80)
            len--;
        memcpy(dst, src, len);
        memcpy(dst + len, "...", 4);
    }
    g_free(valid);
}

void budgetp_error_setv(BudgetError *error, int code, const char *source, int64_t line, int column,
                        const char *field, const char *format, va_list args)
{
    char *msg;

    if (error == NULL || error->code != BUDGET_ERROR_OK)
        return;
    budget_error_clear(error);
    error->code = code;
    error->line = line;
    error->column = column;
    budgetp_strlcpy_utf8(error->source, source, sizeof error->source);
    budgetp_strlcpy_utf8(error->field, field, sizeof error->field);
    msg = g_strdup_vprintf(format, args);
    budgetp_strlcpy_utf8(error->message, msg, sizeof error->message);
    g_free(msg);
}

void budgetp_error_set(BudgetError *error, int code, const char *source, int64_t line, int column,
                       const char *field, const char *format, ...)
{
    va_list args;

    va_start(args, format);
    budgetp_error_setv(error, code, source, line, column, field, format, args);
    va_end(args);
}

/* Appends the text of a record's char array, which a caller may have
 * filled by hand: never past the array, even without its NUL. */
static void append_field(GString *s, const char *field, size_t size)
{
    g_string_append_len(s, field, (gssize)strnlen(field, size));
}

size_t budget_error_format(const BudgetError *error, char *buf, size_t size)
{
    GString *s;
    size_t len;

    if (error == NULL) {
        if (buf != NULL && size > 0)
            buf[0] = '\0';
        return 0;
    }
    s = g_string_new(NULL);
    if (error->source[0] != '\0') {
        append_field(s, error->source, sizeof error->source);
        if (error->line > 0) {
            g_string_append_printf(s, ":%" G_GINT64_FORMAT, error->line);
            if (error->end_line > error->line)
                g_string_append_printf(s, "-%" G_GINT64_FORMAT, error->end_line);
            if (error->column > 0)
                g_string_append_printf(s, ":%d", error->column);
        }
        g_string_append(s, ": ");
    }
    if (error->message[0] != '\0')
        append_field(s, error->message, sizeof error->message);
    else
        g_string_append(s, budget_strerror(error->code));
    len = s->len;
    if (buf != NULL && size > 0) {
        size_t n = MIN(len, size - 1);
        /* A cut never splits a UTF-8 character: back off its continuation bytes. */
        if (n < len)
            while (n > 0 && ((unsigned char)s->str[n] & 0xC0) == 0x80)
                n--;
        memcpy(buf, s->str, n);
        buf[n] = '\0';
    }
    g_string_free(s, TRUE);
    return len;
}

void budget_free(void *ptr)
{
    g_free(ptr);
}

/* budget-glib.h */
#include "budget/budget-glib.h"

GQuark budget_error_quark(void)
{
    return g_quark_from_static_string("budget-error-quark");
}

GError *budget_error_to_gerror(const BudgetError *error)
{
    char buf[512];

    g_return_val_if_fail(error != NULL, NULL);
    budget_error_format(error, buf, sizeof buf);
    return g_error_new_literal(budget_error_quark(), error->code, buf);
}
