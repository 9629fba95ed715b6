#ifndef BUDGET_MACROS_H
#define BUDGET_MACROS_H

#if !defined(BUDGET_INSIDE) && !defined(BUDGET_COMPILATION)
#error "Only <budget.h> can be included directly."
#endif

/**
 * SECTION:budget-macros
 * @title: Macros
 * @short_description: export, availability and C++ linkage macros
 */

#ifdef __cplusplus
#define BUDGET_BEGIN_DECLS extern "C" {
#define BUDGET_END_DECLS }
#else
#define BUDGET_BEGIN_DECLS
#define BUDGET_END_DECLS
#endif

#if defined(_WIN32) || defined(__CYGWIN__)
#  ifdef BUDGET_COMPILATION
#    define BUDGET_API __declspec(dllexport)
#  else
#    define BUDGET_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define BUDGET_API __attribute__((visibility("default")))
#else
#  define BUDGET_API
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
