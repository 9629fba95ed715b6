#ifndef BUDGET_MACROS_H
#define BUDGET_MACROS_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

/**
 * SECTION:budget-macros
 * @title: Macros
 * @short_description: export, availability and C++ linkage macros
 *
 * The macros every public prototype is written with. A program never uses
 * them directly; they keep the library's ABI explicit: only symbols marked
 * %BUDGET_API are exported (the library is built with -fvisibility=hidden
 * and a version script, see docs/abi.md), and each one says the release it
 * appeared in.
 */

/**
 * BUDGET_BEGIN_DECLS:
 *
 * Opens an `extern "C"` block when the header is read by a C++ compiler, so
 * that C++ programs link to the C symbols; empty in C. Since: 1.0
 */

/**
 * BUDGET_END_DECLS:
 *
 * Closes the block opened by %BUDGET_BEGIN_DECLS. Since: 1.0
 */

/**
 * BUDGET_API:
 *
 * Marks a symbol as exported: default ELF visibility with GCC and Clang,
 * dllexport while building the library on Windows and dllimport when using
 * it. Since: 1.0
 */

/**
 * BUDGET_WARN_UNUSED_RESULT:
 *
 * Makes the compiler warn when a caller ignores the result, on constructors
 * and other functions that return an owned object (a leak otherwise). It
 * follows the declaration, as GLib's G_GNUC_WARN_UNUSED_RESULT does:
 * `BudgetBook *budget_book_new(void) BUDGET_WARN_UNUSED_RESULT;`.
 * Since: 1.0
 */

/**
 * BUDGET_DEPRECATED_FOR:
 * @f: the function to use instead
 *
 * Marks a function as deprecated in favour of @f; calling it makes the
 * compiler warn. A deprecated function keeps working until the next soname.
 * Since: 1.0
 */

/**
 * BUDGET_AVAILABLE_IN_1_0:
 *
 * Marks a prototype as part of the 1.0 API (and exports it, as %BUDGET_API).
 * Symbols of a later release get their own macro and version node.
 * Since: 1.0
 */

#ifdef __cplusplus
#define BUDGET_BEGIN_DECLS extern "C" {
#define BUDGET_END_DECLS }
#else
#define BUDGET_BEGIN_DECLS
#define BUDGET_END_DECLS
#endif

#if defined(_WIN32) || defined(__CYGWIN__)
#ifdef BUDGET_COMPILATION
#define BUDGET_API __declspec(dllexport)
#else
#define BUDGET_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#define BUDGET_API __attribute__((visibility("default")))
#else
#define BUDGET_API
#endif

#if defined(__GNUC__) && (__GNUC__ > 3 || (__GNUC__ == 3 && __GNUC_MINOR__ >= 4))
#define BUDGET_WARN_UNUSED_RESULT __attribute__((warn_unused_result))
#define BUDGET_DEPRECATED_FOR(f) __attribute__((deprecated("use " #f " instead")))
#else
#define BUDGET_WARN_UNUSED_RESULT
#define BUDGET_DEPRECATED_FOR(f)
#endif

/* Every public prototype carries the release it appeared in. */
#define BUDGET_AVAILABLE_IN_1_0 BUDGET_API

#endif /* BUDGET_MACROS_H */
