/* export internals shared with other modules: the one CSV quoting rule. */
#ifndef BUDGET_EXPORT_PRIVATE_H
#define BUDGET_EXPORT_PRIVATE_H

#include "budget-private.h"

/* Appends @value (UTF-8, NUL-terminated; NULL is an empty field) to @out as
 * one CSV field, quoted when it holds a comma, a quote, CR or LF, or starts
 * or ends with a space or a tab (the reader trims those of unquoted fields),
 * a quote inside doubled. Every CSV writer of libbudget uses this rule, so
 * that every field it writes reads back exactly. */
void budgetp_export_csv_field(GString *out, const char *value);

#endif /* BUDGET_EXPORT_PRIVATE_H */
