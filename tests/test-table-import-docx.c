/* CUnit suite for table-import's .docx reader. The test writes real .docx
 * files (a zip, made with libarchive, of the minimal parts: content types,
 * package relationships, word/document.xml) rebuilding the seeds' tables
 * as Word holds them — one w:tbl per table on a 7-column grid, the last
 * cell of a short row spanning the rest (w:gridSpan), a blank first cell
 * merged with the one above (w:vMerge), a cell's lines as paragraphs, the
 * bookmarks as w:bookmarkStart — and checks that the .docx import gives,
 * project by project, what the text export gives. The rebuilding reads the
 * seed with its own small splitter, not the library's. */
#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>

#include "test-util.h"

#define GRID 7

static void append_runs(GString *xml, const char *text)
{
    char **parts = g_strsplit(text, "\t", -1);

    for (size_t i = 0; parts[i] != NULL; i++) {
        char *esc = g_markup_escape_text(parts[i], -1);
        if (i > 0)
            g_string_append(xml, "<w:r><w:tab/></w:r>");
        if (*esc != '\0')
            g_string_append_printf(
                xml, "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">%s</w:t></w:r>", esc);
        g_free(esc);
    }
    g_strfreev(parts);
}

/* A paragraph; "[bookmark: X]" prefixes become bookmarks, as in Word. */
static void append_paragraph(GString *xml, const char *text)
{
    g_string_append(xml, "<w:p>");
    while (g_str_has_prefix(text, "[bookmark: ") && strchr(text, ']') != NULL) {
        const char *close = strchr(text, ']');
        g_string_append_printf(xml,
                               "<w:bookmarkStart w:id=\"0\" w:name=\"%.*s\"/><w:bookmarkEnd w:id=\"0\"/>",
                               (int)(close - text - 11), text + 11);
        text = close + 1;
    }
    append_runs(xml, text);
    g_string_append(xml, "</w:p>");
}

/* One table row of @cells (each a list of lines). */
static void append_row(GString *xml, GPtrArray *cells, bool merge_first)
{
    guint k = cells->len;

    g_string_append(xml, "<w:tr>");
    for (guint i = 0; i < k; i++) {
        GPtrArray *lines = g_ptr_array_index(cells, i);
        bool blank = lines->len == 1 && *(const char *)g_ptr_array_index(lines, 0) == '\0';
        int span = i + 1 == k && k < GRID ? GRID - (int)k + 1 : 1;

        g_string_append(xml, "<w:tc><w:tcPr>");
        if (span > 1)
            g_string_append_printf(xml, "<w:gridSpan w:val=\"%d\"/>", span);
        if (i == 0 && blank && merge_first)
            g_string_append(xml, "<w:vMerge/>");
        else if (i == 0 && !blank)
            g_string_append(xml, "<w:vMerge w:val=\"restart\"/>");
        g_string_append(xml, "</w:tcPr>");
        for (guint l = 0; l < lines->len; l++)
            append_paragraph(xml, g_ptr_array_index(lines, l));
        g_string_append(xml, "</w:tc>");
    }
    g_string_append(xml, "</w:tr>");
}

/* word/document.xml for a text export in the one-cell-per-line layout. */
static char *document_from_text(const char *text)
{
    GString *xml =
        g_string_new("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                     "<w:body>");
    char **lines = g_strsplit(text, "\n", -1);
    GPtrArray *row = NULL; /* of GPtrArray * of lines */
    bool in_table = false, prev_row_first = false;

    for (size_t i = 0;; i++) {
        const char *l = lines[i];
        bool blank;
        char *stripped = l != NULL ? g_strstrip(g_strdup(l)) : NULL;

        blank = l == NULL || *stripped == '\0';
        g_free(stripped);
        if (l != NULL && l[0] == '\t') {
            GPtrArray *cell = g_ptr_array_new_with_free_func(g_free);
            g_ptr_array_add(cell, g_strstrip(g_strdup(l + 1)));
            if (row == NULL)
                row = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
            g_ptr_array_add(row, cell);
            continue;
        }
        if (!blank && row != NULL) {
            /* a cell's next line */
            GPtrArray *cell = g_ptr_array_index(row, row->len - 1);
            g_ptr_array_add(cell, g_strstrip(g_strdup(l)));
            continue;
        }
        if (row != NULL) {
            GPtrArray *first = g_ptr_array_index(row, 0);
            bool first_blank = *(const char *)g_ptr_array_index(first, 0) == '\0' && first->len == 1;

            if (!in_table) {
                g_string_append(xml, "<w:tbl><w:tblGrid>");
                for (int g = 0; g < GRID; g++)
                    g_string_append(xml, "<w:gridCol w:w=\"1200\"/>");
                g_string_append(xml, "</w:tblGrid>");
                in_table = true;
                prev_row_first = false;
            }
            append_row(xml, row, prev_row_first);
            prev_row_first = prev_row_first || !first_blank;
            g_ptr_array_unref(row);
            row = NULL;
        }
        if (l == NULL)
            break;
        if (!blank) {
            if (in_table)
                g_string_append(xml, "</w:tbl>"), in_table = false;
            append_paragraph(xml, l);
        }
    }
    if (in_table)
        g_string_append(xml, "</w:tbl>");
    g_string_append(xml, "<w:sectPr/></w:body></w:document>");
    g_strfreev(lines);
    return g_string_free(xml, FALSE);
}

static void add_entry(struct archive *a, const char *name, const char *data)
{
    struct archive_entry *e = archive_entry_new();

    archive_entry_set_pathname(e, name);
    archive_entry_set_size(e, (la_int64_t)strlen(data));
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    CU_ASSERT_EQUAL(archive_write_header(a, e), ARCHIVE_OK);
    CU_ASSERT_EQUAL(archive_write_data(a, data, strlen(data)), (la_ssize_t)strlen(data));
    archive_entry_free(e);
}

/* A .docx (zip) of @document_xml, or of no document part at all when NULL;
 * *len bytes, free with g_free(). */
static char *make_docx(const char *document_xml, size_t *len)
{
    size_t cap = 4 * 1024 * 1024, used = 0;
    char *buf = g_malloc(cap);
    struct archive *a = archive_write_new();

    CU_ASSERT_EQUAL(archive_write_set_format_zip(a), ARCHIVE_OK);
    CU_ASSERT_EQUAL(archive_write_open_memory(a, buf, cap, &used), ARCHIVE_OK);
    add_entry(
        a, "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>");
    add_entry(a, "_rels/.rels",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
              "Target=\"word/document.xml\"/></Relationships>");
    if (document_xml != NULL)
        add_entry(a, "word/document.xml", document_xml);
    CU_ASSERT_EQUAL(archive_write_close(a), ARCHIVE_OK);
    archive_write_free(a);
    *len = used;
    return buf;
}

/* ---- Comparing a .docx import with the text import -------------------- */

static void compare_indicators(const BudgetBook *a, const BudgetBook *b, const char *code)
{
    size_t n = budget_book_get_project_n_indicators(a, code);

    CU_ASSERT_EQUAL_FATAL(budget_book_get_project_n_indicators(b, code), n);
    for (size_t k = 0; k < n; k++) {
        const BudgetIndicator *x = budget_book_get_project_indicator_nth(a, code, k);
        const BudgetIndicator *y = budget_book_get_project_indicator_nth(b, code, k);

        CU_ASSERT_STRING_EQUAL(budget_indicator_get_level1(x), budget_indicator_get_level1(y));
        CU_ASSERT_STRING_EQUAL(budget_indicator_get_level2(x), budget_indicator_get_level2(y));
        CU_ASSERT_STRING_EQUAL(budget_indicator_get_level3(x), budget_indicator_get_level3(y));
        CU_ASSERT_STRING_EQUAL(budget_indicator_get_description(x), budget_indicator_get_description(y));
        CU_ASSERT_STRING_EQUAL(budget_indicator_get_target(x), budget_indicator_get_target(y));
        CU_ASSERT_STRING_EQUAL(budget_indicator_get_basis(x), budget_indicator_get_basis(y));
    }
}

static void compare_projects(const BudgetProject *x, const BudgetProject *y)
{
    CU_ASSERT_STRING_EQUAL(budget_project_get_name(x), budget_project_get_name(y));
    CU_ASSERT_STRING_EQUAL(budget_project_get_unit(x), budget_project_get_unit(y));
    CU_ASSERT_STRING_EQUAL(budget_project_get_purpose(x), budget_project_get_purpose(y));
    CU_ASSERT_EQUAL(budget_project_get_year(x), budget_project_get_year(y));
    assert_fen(budget_project_get_budget(x), budget_project_get_budget(y));
    for (int s = 0; s < 3; s++) {
        BudgetFen fx = -1, fy = -1;
        CU_ASSERT_EQUAL(budget_project_get_funding(x, (BudgetSource)s, &fx),
                        budget_project_get_funding(y, (BudgetSource)s, &fy));
        assert_fen(fx, fy);
    }
    CU_ASSERT_EQUAL_FATAL(budget_project_get_plan(x) != NULL, budget_project_get_plan(y) != NULL);
    for (int m = 1; m <= 12 && budget_project_get_plan(x) != NULL; m++) {
        int64_t vx = -1, vy = -1;
        CU_ASSERT_EQUAL(budget_plan_has_month(budget_project_get_plan(x), m, &vx),
                        budget_plan_has_month(budget_project_get_plan(y), m, &vy));
        CU_ASSERT_EQUAL(vx, vy);
    }
}

static void compare_seed(const char *name, size_t n_projects)
{
    char *path = test_data_path(name);
    size_t text_len = 0, docx_len = 0;
    char *text = test_read_file(path, &text_len);
    char *xml = document_from_text(text);
    char *docx = make_docx(xml, &docx_len);
    BudgetTableImport *from_text = budget_table_import_new(), *from_docx = budget_table_import_new();
    const BudgetBook *a, *b;
    BudgetError err;

    CU_ASSERT_TRUE_FATAL(budget_table_import_read_text(from_text, text, (ptrdiff_t)text_len, name, &err));
    CU_ASSERT_TRUE_FATAL(budget_table_import_read_docx(from_docx, docx, docx_len, "seed.docx", &err));
    a = budget_table_import_get_book(from_text);
    b = budget_table_import_get_book(from_docx);
    CU_ASSERT_EQUAL_FATAL(budget_book_get_n_projects(a), n_projects);
    CU_ASSERT_EQUAL_FATAL(budget_book_get_n_projects(b), n_projects);
    for (size_t i = 0; i < n_projects; i++) {
        const BudgetProject *x = budget_book_get_project_nth(a, i);
        const BudgetProject *y = budget_book_get_project(b, budget_project_get_code(x));

        CU_ASSERT_PTR_NOT_NULL_FATAL(y);
        compare_projects(x, y);
        compare_indicators(a, b, budget_project_get_code(x));
    }
    CU_ASSERT_EQUAL(budget_table_import_get_n_plans(from_docx), n_projects);
    CU_ASSERT_EQUAL_FATAL(budget_table_import_get_n_goals(from_docx),
                          budget_table_import_get_n_goals(from_text));
    for (size_t i = 0; i < budget_table_import_get_n_goals(from_text); i++) {
        const char *cx, *cy;
        int nx, ny;
        CU_ASSERT_STRING_EQUAL(budget_table_import_get_goal_nth(from_text, i, &cx, &nx),
                               budget_table_import_get_goal_nth(from_docx, i, &cy, &ny));
        CU_ASSERT_STRING_EQUAL(cx, cy);
        CU_ASSERT_EQUAL(nx, ny);
    }
    /* The same flags (their lines differ: a .docx counts blocks). */
    CU_ASSERT_EQUAL_FATAL(budget_table_import_get_n_flags(from_docx),
                          budget_table_import_get_n_flags(from_text));
    for (size_t i = 0; i < budget_table_import_get_n_flags(from_text); i++) {
        BudgetTableImportFlag fx, fy;
        (void)budget_table_import_get_flag_nth(from_text, i, &fx);
        (void)budget_table_import_get_flag_nth(from_docx, i, &fy);
        CU_ASSERT_EQUAL(fx, fy);
    }
    budget_table_import_free(from_text);
    budget_table_import_free(from_docx);
    g_free(docx);
    g_free(xml);
    g_free(text);
    g_free(path);
}

static void test_docx_seed_000(void)
{
    compare_seed("import/000_ee34ae722ba5d322.txt", 5);
}

static void test_docx_seed_003(void)
{
    compare_seed("import/003_625616916719a6fa.txt", 11);
}

/* A hand-written table: 一级 merged down three rows (vMerge restart, then
 * two continuations, one holding an empty paragraph), a description
 * spanning two grid columns, a plan whose 3月底 header spans two columns
 * with its value in the second (a shifted value), and the text of a cell
 * split over runs. */
static void test_docx_merged_cells(void)
{
    const char *xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>2023年项目绩效目标表</w:t></w:r></w:p>"
        "<w:tbl>"
        "<w:tr><w:tc><w:p><w:r><w:t>填报单位：某某中心</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan "
        "w:val=\"5\"/></w:tcPr><w:p><w:r><w:t>单位：元</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>项目编码</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>P9</w:t></w:r></"
        "w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan "
        "w:val=\"3\"/></w:tcPr><w:p><w:r><w:t>示例</w:t></w:r><w:r><w:t>项目</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>预算数</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1,000.50</w:t></"
        "w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>其中：财政资金</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1,000.50</w:t></"
        "w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>其他资金</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>资金支出计划（%）</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>3月底</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>6月底</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan "
        "w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>12月底</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>30%</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>60%</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>100%</w:t></w:r></w:p></"
        "w:tc><w:tc><w:p/></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>一级指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>二级指标</w:t></"
        "w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>三级指标</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>绩效指标描述</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>指标值</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge "
        "w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>产出</w:t></w:r></w:p><w:p><w:r><w:t>指标</w:t></w:r></"
        "w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>数量指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>完成率</w:t></w:r></"
        "w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>完成率</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>≥90%</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
        "<w:tc><w:p><w:r><w:t>质量指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>合格率</w:t></w:r></"
        "w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>合格率</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>=100%</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"continue\"/></w:tcPr></w:tc>"
        "<w:tc><w:p><w:r><w:t>时效指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>完成时限</w:t></w:r></"
        "w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>完成时限</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>2023年12月31日</w:t></w:r><w:r><w:delText>删</w:delText></w:r></w:p></w:tc></"
        "w:tr>"
        "</w:tbl><w:sectPr/></w:body></w:document>";
    size_t len = 0;
    char *docx = make_docx(xml, &len);
    BudgetTableImport *imp = budget_table_import_new();
    BudgetError err;
    const BudgetBook *book;
    const BudgetProject *p;
    const BudgetIndicator *ind;
    int64_t v = 0;

    CU_ASSERT_TRUE_FATAL(budget_table_import_read_docx(imp, docx, len, "hand.docx", &err));
    book = budget_table_import_get_book(imp);
    p = budget_book_get_project(book, "P9");
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_STRING_EQUAL(budget_project_get_name(p), "示例项目");
    CU_ASSERT_STRING_EQUAL(budget_project_get_unit(p), "某某中心");
    CU_ASSERT_EQUAL(budget_project_get_year(p), 2023);
    /* 1,000.50 元 = 100050 fen. */
    assert_fen(100050, budget_project_get_budget(p));
    /* 30% sits under the second grid column of 3月底: March's. */
    CU_ASSERT_TRUE(budget_plan_has_month(budget_project_get_plan(p), 3, &v));
    CU_ASSERT_EQUAL(v, 30000000);
    CU_ASSERT_TRUE(budget_plan_has_month(budget_project_get_plan(p), 6, &v));
    CU_ASSERT_EQUAL(v, 60000000);
    CU_ASSERT_TRUE(budget_plan_has_month(budget_project_get_plan(p), 12, &v));
    CU_ASSERT_EQUAL(v, 100000000);
    CU_ASSERT_EQUAL_FATAL(budget_book_get_project_n_indicators(book, "P9"), 3);
    ind = budget_book_get_project_indicator_nth(book, "P9", 2);
    /* 一级 "产出" + "指标" (two paragraphs) merged down; deleted text is no text. */
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_level1(ind), "产出指标");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_description(ind), "完成时限");
    CU_ASSERT_STRING_EQUAL(budget_indicator_get_target(ind), "2023年12月31日");
    CU_ASSERT_EQUAL(budget_table_import_get_n_flags(imp), 0);
    budget_table_import_free(imp);
    g_free(docx);
}

static void test_docx_not_a_docx(void)
{
    BudgetError err;
    BudgetTableImport *imp;
    size_t len = 0;
    char *docx;

    imp = budget_table_import_new();
    CU_ASSERT_FALSE(budget_table_import_read_docx(imp, "PK\3\4 not a zip", 15, "bad.docx", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, NULL);
    CU_ASSERT_STRING_EQUAL(err.source, "bad.docx");
    budget_table_import_free(imp);

    docx = make_docx(NULL, &len);
    imp = budget_table_import_new();
    CU_ASSERT_FALSE(budget_table_import_read_docx(imp, docx, len, "empty.docx", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, NULL);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "word/document.xml"));
    budget_table_import_free(imp);
    g_free(docx);

    docx = make_docx("<w:document><unclosed>", &len);
    imp = budget_table_import_new();
    CU_ASSERT_FALSE(budget_table_import_read_docx(imp, docx, len, "broken.docx", &err));
    assert_error(&err, BUDGET_ERROR_PARSE, 0, 0, NULL);
    budget_table_import_free(imp);
    g_free(docx);
}

/* budget_table_import_read_file() tells a .docx by its zip signature. */
static void test_docx_read_file(void)
{
    char *dir = test_make_tmpdir();
    char *path = g_build_filename(dir, "seed.docx", NULL);
    char *src = test_data_path("import/003_625616916719a6fa.txt");
    size_t text_len = 0, len = 0;
    char *text = test_read_file(src, &text_len);
    char *xml = document_from_text(text);
    char *docx = make_docx(xml, &len);
    BudgetTableImport *imp = budget_table_import_new();
    BudgetError err;

    CU_ASSERT_TRUE_FATAL(g_file_set_contents(path, docx, (gssize)len, NULL));
    CU_ASSERT_TRUE(budget_table_import_read_file(imp, path, &err));
    CU_ASSERT_EQUAL(budget_book_get_n_projects(budget_table_import_get_book(imp)), 11);
    budget_table_import_free(imp);
    g_free(docx);
    g_free(xml);
    g_free(text);
    g_free(src);
    g_free(path);
    g_free(dir);
}

static CU_TestInfo docx_tests[] = {
    {"seed 000 as .docx = as text", test_docx_seed_000}, {"seed 003 as .docx = as text", test_docx_seed_003},
    {"gridSpan, vMerge, runs", test_docx_merged_cells},  {"not a .docx", test_docx_not_a_docx},
    {"read_file tells a .docx", test_docx_read_file},    CU_TEST_INFO_NULL,
};

CU_SuiteInfo budget_test_suites[] = {
    {"table-import-docx", NULL, NULL, NULL, NULL, docx_tests},
    CU_SUITE_INFO_NULL,
};
