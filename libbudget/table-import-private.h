/* table-import internals: the document as its readers give it — a list of
 * paragraphs and table rows, each with the line it starts on — and the
 * readers of each file kind. The text layouts (table-import-text.c) and the
 * .docx reader (table-import-docx.c) only cut a document into blocks; what
 * the blocks mean is decided once, in table-import.c (project tables) and
 * table-import-dept.c (部门整体 forms), so that a .docx and its text export
 * give the same result. */
#ifndef BUDGET_TABLE_IMPORT_PRIVATE_H
#define BUDGET_TABLE_IMPORT_PRIVATE_H

#include "budget-private.h"

typedef enum {
    BUDGETP_BLOCK_PARAGRAPH, /* text outside a table: one cell */
    BUDGETP_BLOCK_ROW        /* a table row: its cells, left to right */
} BudgetpBlockKind;

typedef struct {
    BudgetpBlockKind kind;
    int64_t line;     /* where the block starts, from 1 */
    GPtrArray *cells; /* char *, UTF-8, as written (not trimmed) */
    GArray *lines;    /* int64_t per cell: the line it starts on, where it differs
                       * from the row's (one cell per line); may be shorter */
} BudgetpBlock;

BudgetpBlock *budgetp_block_new(BudgetpBlockKind kind, int64_t line);
void budgetp_block_free(gpointer block);
/* The line cell @j of @b starts on: its own in a cell-per-line export, else
 * the row's. */
int64_t budgetp_block_cell_line(const BudgetpBlock *b, guint j);

/* Cuts UTF-8 text (no BOM) into blocks, appended to @blocks (of
 * BudgetpBlock, freed with budgetp_block_free). The layout (one cell per
 * line, or one row per line) is told from the text itself. */
void budgetp_import_text_blocks(const char *data, size_t len, GPtrArray *blocks);

/* Reads the body of a .docx into @blocks: paragraphs outside tables, and
 * per table row one cell per grid column (a cell spanning N columns is
 * followed by N − 1 empty ones; a vertically merged continuation is empty,
 * as the text export writes it). Nested tables' rows come after the row
 * that holds them. Errors: PARSE (not a zip, no word/document.xml, bad XML),
 * IO. */
bool budgetp_import_docx_blocks(const void *data, size_t len, const char *source, GPtrArray *blocks,
                                BudgetError *error);

/* ---- The import (table-import.c reads into it, table-import-save.c
 * writes it) ------------------------------------------------------------ */

/* A goal with its project's (or department's) code. */
typedef struct {
    char *code;
    int number;
    char *text;
} BudgetpImportGoal;

void budgetp_import_goal_free(gpointer goal);

/* ---- Shared by the interpreters (table-import.c, table-import-dept.c) --- */

/* @text without any white space (ASCII, U+3000, U+00A0), full-width colon
 * as ':' and full-width parentheses as ASCII: the form in which labels are
 * compared ("其中：财政    资金" = "其中:财政资金"). */
char *budgetp_import_norm(const char *text);
/* The next character of UTF-8 text (g_utf8_next_char casts const away). */
static inline const char *budgetp_import_next(const char *p)
{
    return p + g_utf8_skip[*(const guchar *)p];
}
/* @text with white space trimmed at both ends (U+3000 too), newly allocated. */
char *budgetp_import_trim(const char *text);
/* Is the cell empty once trimmed? */
bool budgetp_import_blank(const char *text);

/* ---- The interpreter's state, shared with table-import-dept.c ---------- */

/* The columns of an indicator table. */
enum {
    IND_L1,
    IND_L2,
    IND_L3,
    IND_DESC,
    IND_TARGET,
    IND_BASIS,
    IND_N_FIELDS
};

/* One indicator row as read, its blank category cells already inherited. */
typedef struct {
    char *field[IND_N_FIELDS];
    int64_t line;
} BudgetpIndRow;

typedef struct {
    int number;
    char *text;
} BudgetpGoal;

/* A project (or a department form's task) being read; it becomes a
 * BudgetProject once the whole document has been read without error, when
 * codes can be derived and checked for duplicates. */
typedef struct {
    char *code; /* NULL: none given (derived at the end) */
    char *name;
    char *unit;
    char *purpose;
    char *note; /* 备注 of a task, kept as an extra column */
    int year;
    int64_t line; /* of the row that started it */
    bool has_budget, has_fiscal, has_other;
    BudgetFen budget, fiscal, other;
    BudgetPlan *plan;
    GPtrArray *indicators; /* BudgetpIndRow * */
    GPtrArray *goals;      /* BudgetpGoal * */
} BudgetpProj;

typedef enum {
    SEC_NONE,
    SEC_PURPOSE,     /* after the money row: the 资金用途 text */
    SEC_PLAN_VALUES, /* after the plan's month headers */
    SEC_GOALS,       /* after 绩效目标: more 目标N rows */
    SEC_INDICATORS,  /* after an indicator header row */
    SEC_TASKS        /* a department form's task rows */
} BudgetpSection;

typedef struct {
    BudgetMoneyUnit unit;
    bool given;
} BudgetpUnit;

typedef struct {
    /* options */
    BudgetpUnit option_unit;
    int option_year;
    bool strict;
    const char *source;

    /* results, handed to the import when the document is read whole */
    GPtrArray *projects;        /* BudgetpProj * */
    GPtrArray *dept_goals;      /* BudgetpGoal *, of the department */
    GPtrArray *dept_indicators; /* BudgetpIndRow * */
    GArray *flags;              /* BudgetpFlag */

    /* where the reading is */
    int year;             /* of the last heading that named one; 0: none */
    BudgetpUnit doc_unit; /* a 单位 paragraph: until another */
    BudgetpUnit tab_unit; /* a table's title row: that table only */
    char *tab_title;      /* the title row's other text: the unit's name */
    bool title_pending;   /* a title row waits for its table's first project */
    int64_t table_line;   /* the line that started the current table */
    BudgetpProj *cur;
    BudgetpSection sec;
    GArray *cols;     /* per column of the header row: a field or month */
    GArray *owners;   /* per column: the header column that spans it, or −1 */
    guint label_col;  /* the plan header's label column */
    char *inherit[3]; /* last 一级/二级/三级 of the indicator table */

    /* department form */
    bool dept;
    char *dept_unit;
    char *task_unit;
    size_t n_tasks_in_table;

    BudgetError *error;
    bool failed;
} BudgetpReader;

typedef struct {
    BudgetTableImportFlag flag;
    size_t seq; /* order of finding, for a stable sort by line */
    BudgetError detail;
} BudgetpFlag;

/* Adds a flag at @line/@column; in strict mode a NOT_UNDERSTOOD flag is the
 * read's error instead. */
void budgetp_import_flag(BudgetpReader *r, BudgetTableImportFlag flag, int64_t line, int column,
                         const char *field, const char *format, ...) G_GNUC_PRINTF(6, 7);
/* Reads a money cell in the table's unit (or stops the read: no unit). */
bool budgetp_import_money(BudgetpReader *r, const char *text, int64_t line, int column, const char *field,
                          bool *given, BudgetFen *out);
/* A fiscal year for a table starting at @line: the document's, else the
 * option's; 0 after setting the error (none known). */
int budgetp_import_year(BudgetpReader *r, int64_t line);
BudgetpProj *budgetp_proj_new(int64_t line);
void budgetp_proj_free(gpointer proj);
void budgetp_ind_row_free(gpointer row);
void budgetp_goal_free(gpointer goal);
/* Is @norm (a normalised cell) one of the strings of @list (NULL-ended)? */
bool budgetp_import_is(const char *norm, const char *const *list);
/* The index of the first non-blank cell after @i that is not a label the
 * interpreter knows, before the next such label; -1 if none. */
int budgetp_import_value_after(const BudgetpBlock *b, guint i);
/* Fills r->owners from r->cols (G_MININT marks a blank header cell): each
 * column's owner is the nearest column at or left of it with a header, as
 * a merged header spans the blank cells after it. */
void budgetp_import_set_owners(BudgetpReader *r);
/* The owner of column @j (a column past the header row belongs to the
 * header's last owner), or −1. */
int budgetp_import_owner(const BudgetpReader *r, guint j);
/* The indicator header row @b (cells normalised in @norm) → r->cols. */
void budgetp_import_indicator_header(BudgetpReader *r, const BudgetpBlock *b, char **norm);
/* An indicator row under the current header; NULL if the row held none (a
 * category row, or a row flagged as not understood). */
BudgetpIndRow *budgetp_import_indicator_row(BudgetpReader *r, const BudgetpBlock *b);

/* table-import-dept.c: the rows of a 部门整体绩效目标申报表. Each returns
 * true when it took the row. */
bool budgetp_import_dept_row(BudgetpReader *r, const BudgetpBlock *b, char **norm);

struct BudgetTableImport {
    BudgetpUnit unit;
    int year;
    bool strict;
    bool used;
    BudgetBook *book;
    size_t n_plans;
    GPtrArray *goals;           /* BudgetpImportGoal */
    GPtrArray *dept_indicators; /* BudgetIndicator * */
    GArray *flags;              /* BudgetpFlag */
};

#endif /* BUDGET_TABLE_IMPORT_PRIVATE_H */
