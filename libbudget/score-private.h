/* score internals: the layouts of the score module's opaque types. */
#ifndef BUDGET_SCORE_PRIVATE_H
#define BUDGET_SCORE_PRIVATE_H

#include "budget-private.h"

#define SCORE_N_PARTS 4

/* A step band: value `cmp` threshold → points. */
typedef struct {
    BudgetTargetComparator cmp;
    int64_t threshold;
    int64_t points;
} ScoreStep;

/* A custom rule: step bands, or a deduction per step past a threshold. */
typedef struct {
    bool is_deduction;
    GArray *steps; /* of ScoreStep */
    bool over;
    bool whole_steps;
    int64_t threshold;
    int64_t step;
    int64_t points_per_step;
} ScoreRule;

struct BudgetScoreConfig {
    int64_t part_points[SCORE_N_PARTS]; /* micro-points */
    int64_t qualitative_bp[3];          /* achieved, partly, not achieved */
    int64_t qualitative_min_bp[2];      /* lower edges: achieved, partly */
    BudgetScoreAbsentLevel absent;      /* where an absent level's points go */
    int64_t tier_bp[4];                 /* 优 良 中 差 */
    int64_t grade_min[3];               /* 优 良 中, micro-points */
    BudgetDenominator denominator;
    bool execution_cap;           /* cap the execution part at its points */
    BudgetScoreLower lower;       /* unmet ≤ targets */
    BudgetScoreBlank blank;       /* blank actuals */
    int decimals;                 /* 0..6: scores rounded so; -1: exact */
    BudgetScoreRounding rounding; /* half up or down, to @decimals */
    char name[64];                /* the profile's name, printed with scores */
    char source[256];             /* the document it follows */
    ScoreRule *execution_rule;    /* nullable */
    GHashTable *rules;            /* level3 → ScoreRule; NULL in the defaults */
};

/* A deep copy of @config (rules included); @config NULL gives the defaults. */
BudgetScoreConfig *budgetp_score_config_copy(const BudgetScoreConfig *config);
/* Removes the rule of @level3 (NULL: the execution part's rule), if any. */
void budgetp_score_config_remove_rule(BudgetScoreConfig *config, const char *level3);
/* Moves everything @from holds into @to and frees @from. */
void budgetp_score_config_move(BudgetScoreConfig *to, BudgetScoreConfig *from);

typedef struct {
    BudgetIndicator *indicator; /* a copy: the card shows what was scored */
    char *reason;
    BudgetScorePart part;
    BudgetTarget *target;
    bool weight_given;
    int64_t weight;
    int64_t score;
    BudgetTargetEvaluation eval;
    const char *rule;  /* static: the rule that gave the score */
    char *deduction;   /* why less than the weight, "" if not */
    char *warning;     /* how the actual was read, "" if nothing to say */
    char *target_read; /* the target as read */
    char *actual_read; /* the actual as read */
} ScoreIndicator;

struct BudgetScorecard {
    char *code;
    BudgetScoreExecution execution; /* why the execution part is scored or not */
    bool has_rate;
    int64_t rate_bp;
    bool has_total;
    int64_t total;
    BudgetTargetGrade grade;
    int64_t available[SCORE_N_PARTS];
    int64_t score[SCORE_N_PARTS];
    int64_t scaled[SCORE_N_PARTS];
    GArray *indicators;  /* of ScoreIndicator */
    GPtrArray *notes;    /* of char * */
    size_t n_blank_zero; /* indicators scored 0 for a blank actual */
    int decimals;        /* the config's rounding */
    char *profile;       /* the config's name */
};

struct BudgetScoreReport {
    GPtrArray *cards; /* of BudgetScorecard *, code order */
};

/* Runs what budget_score_report_new() runs, over @book at @as_of (@ledger
 * nullable), adding each project that cannot be scored to @diag as an error
 * instead of stopping; an adjusted budget that does not fit is left to the
 * caller, who checks every as-of date. */
void budgetp_score_check(const BudgetBook *book, const BudgetLedger *ledger, BudgetDate as_of,
                         BudgetDiagnostics *diag);

#endif /* BUDGET_SCORE_PRIVATE_H */
