/* The voucher set: duplicate voucher numbers found in bounded memory per
 * distinct voucher, with exact answers. See the comment at the top of
 * voucher-set.c for the design (two passes, 8-byte fingerprints, exact
 * confirmation). Private to libbudget: the transactions reader uses it. */
#ifndef BUDGET_VOUCHER_SET_PRIVATE_H
#define BUDGET_VOUCHER_SET_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct BudgetpVoucherSet BudgetpVoucherSet;

/* A 64-bit hash of @len bytes of @text. Injectable for tests only (to force
 * collisions); the library always uses the default. */
typedef uint64_t (*BudgetpVoucherHashFunc)(const char *text, size_t len);

/* An empty set using the library's seeded 64-bit hash. Free with
 * budgetp_voucher_set_free(). */
BudgetpVoucherSet *budgetp_voucher_set_new(void);
/* The same with another hash, for tests (a constant hash makes every
 * voucher collide). */
BudgetpVoucherSet *budgetp_voucher_set_new_with_hash(BudgetpVoucherHashFunc hash);
/* NULL allowed. */
void budgetp_voucher_set_free(BudgetpVoucherSet *set);

/* Pass 1: counts the voucher @text (@len bytes, or (size_t)-1 for
 * NUL-terminated). @line is not needed in pass 1 (pass 2 finds the first
 * line again) and is taken only so both passes read alike; it may be 0.
 * Call with every voucher that pass 2 will confirm, in the same order. */
void budgetp_voucher_set_add(BudgetpVoucherSet *set, const char *text, size_t len, int64_t line);

/* After pass 1: true when some fingerprint was added twice, i.e. there may
 * be a duplicate and the reader needs pass 2. False means no voucher repeats
 * (exact: equal texts have equal fingerprints). */
bool budgetp_voucher_set_has_candidates(const BudgetpVoucherSet *set);

/* Pass 2, called for the same vouchers in the same order as pass 1 with
 * their lines: the line of the earlier row with exactly the same text, or 0
 * when this is its first use. After the first confirm the set no longer
 * accepts budgetp_voucher_set_add(). */
int64_t budgetp_voucher_set_confirm(BudgetpVoucherSet *set, const char *text, size_t len, int64_t line);

/* Bytes the set holds now (tables and kept texts), for the docs and tests. */
size_t budgetp_voucher_set_memory(const BudgetpVoucherSet *set);

/* The default hash, exposed for tests. */
uint64_t budgetp_voucher_hash(const char *text, size_t len);

#endif /* BUDGET_VOUCHER_SET_PRIVATE_H */
