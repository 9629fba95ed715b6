/* table-import: the tables of a Word document (.docx) read directly.
 *
 * A .docx is a zip whose word/document.xml holds the body: paragraphs
 * (w:p, their text in the w:t of runs) and tables (w:tbl → w:tr → w:tc).
 * A cell spanning grid columns (w:gridSpan) is followed by empty cells so
 * that every row has one cell per grid column, and the continuation of a
 * vertically merged cell (w:vMerge without "restart") is empty, as Word's
 * text export writes it: the interpreter then reads a .docx and its text
 * export alike. The zip is read with libarchive and the XML with libxml2,
 * which is told not to load anything from the network nor to expand
 * entities. */
#include "config.h"

#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "table-import-private.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
/* More than any real document.xml; a bigger one is refused (a zip bomb). */
#define MAX_DOCUMENT_XML ((size_t)64 * 1024 * 1024)

static bool is_w(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && node->ns != NULL && node->ns->href != NULL &&
           strcmp((const char *)node->ns->href, W_NS) == 0 && strcmp((const char *)node->name, name) == 0;
}

static const xmlNode *child_w(const xmlNode *node, const char *name)
{
    for (const xmlNode *c = node->children; c != NULL; c = c->next)
        if (is_w(c, name))
            return c;
    return NULL;
}

/* The w:val attribute of @node, or NULL (free with xmlFree). */
static xmlChar *w_val(const xmlNode *node)
{
    return xmlGetNsProp(node, (const xmlChar *)"val", (const xmlChar *)W_NS);
}

/* The text of runs under @node (w:t, w:tab as a tab, w:br and w:cr as line
 * breaks); deleted text (w:delText) and field codes (w:instrText) are not
 * text. Nested tables are skipped (their rows are read on their own). */
static void run_text(const xmlNode *node, GString *out)
{
    for (const xmlNode *c = node->children; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is_w(c, "t")) {
            xmlChar *t = xmlNodeGetContent(c);
            if (t != NULL)
                g_string_append(out, (const char *)t);
            xmlFree(t);
        } else if (is_w(c, "tab")) {
            g_string_append_c(out, '\t');
        } else if (is_w(c, "br") || is_w(c, "cr")) {
            g_string_append_c(out, '\n');
        } else if (!is_w(c, "tbl") && !is_w(c, "del") && !is_w(c, "pPr") && !is_w(c, "rPr")) {
            run_text(c, out);
        }
    }
}

/* A cell's text: its paragraphs joined by line breaks. */
static char *cell_text(const xmlNode *tc)
{
    GString *out = g_string_new(NULL);
    bool first = true;

    for (const xmlNode *c = tc->children; c != NULL; c = c->next) {
        if (is_w(c, "p")) {
            if (!first)
                g_string_append_c(out, '\n');
            run_text(c, out);
            first = false;
        } else if (is_w(c, "sdt")) {
            const xmlNode *content = child_w(c, "sdtContent");
            if (content != NULL) {
                char *t = cell_text(content);
                if (!first && *t != '\0')
                    g_string_append_c(out, '\n');
                g_string_append(out, t);
                first = first && *t == '\0';
                g_free(t);
            }
        }
    }
    return g_string_free(out, FALSE);
}

static int int_val(const xmlNode *node, int fallback)
{
    xmlChar *v = w_val(node);
    int n = fallback;

    if (v != NULL) {
        char *end;
        long l = strtol((const char *)v, &end, 10);
        if (end != (const char *)v && *end == '\0' && l >= 1 && l <= 1000)
            n = (int)l;
    }
    xmlFree(v);
    return n;
}

typedef struct {
    GPtrArray *blocks;
    int64_t line;
    int depth;
} Walk;

static void walk_body(Walk *w, const xmlNode *parent);

static void read_table(Walk *w, const xmlNode *tbl)
{
    for (const xmlNode *tr = tbl->children; tr != NULL; tr = tr->next) {
        BudgetpBlock *row;
        const xmlNode *trpr;

        if (is_w(tr, "sdt") || is_w(tr, "customXml")) {
            const xmlNode *content = is_w(tr, "sdt") ? child_w(tr, "sdtContent") : tr;
            if (content != NULL)
                read_table(w, content);
            continue;
        }
        if (!is_w(tr, "tr"))
            continue;
        row = budgetp_block_new(BUDGETP_BLOCK_ROW, ++w->line);
        g_ptr_array_add(w->blocks, row);
        trpr = child_w(tr, "trPr");
        if (trpr != NULL && child_w(trpr, "gridBefore") != NULL) {
            int before = int_val(child_w(trpr, "gridBefore"), 0);
            for (int k = 0; k < before; k++)
                g_ptr_array_add(row->cells, g_strdup(""));
        }
        for (const xmlNode *tc = tr->children; tc != NULL; tc = tc->next) {
            const xmlNode *tcpr, *merge;
            int span = 1;
            bool continued = false;

            if (!is_w(tc, "tc"))
                continue;
            tcpr = child_w(tc, "tcPr");
            if (tcpr != NULL) {
                if (child_w(tcpr, "gridSpan") != NULL)
                    span = int_val(child_w(tcpr, "gridSpan"), 1);
                merge = child_w(tcpr, "vMerge");
                if (merge != NULL) {
                    xmlChar *v = w_val(merge);
                    continued = v == NULL || strcmp((const char *)v, "restart") != 0;
                    xmlFree(v);
                }
            }
            g_ptr_array_add(row->cells, continued ? g_strdup("") : cell_text(tc));
            for (int k = 1; k < span; k++)
                g_ptr_array_add(row->cells, g_strdup(""));
        }
        /* Tables inside this row's cells: their rows after it. */
        if (w->depth < 8) {
            w->depth++;
            for (const xmlNode *tc = tr->children; tc != NULL; tc = tc->next)
                if (is_w(tc, "tc"))
                    for (const xmlNode *c = tc->children; c != NULL; c = c->next)
                        if (is_w(c, "tbl"))
                            read_table(w, c);
            w->depth--;
        }
    }
}

static void walk_body(Walk *w, const xmlNode *parent)
{
    for (const xmlNode *c = parent->children; c != NULL; c = c->next) {
        if (is_w(c, "p")) {
            BudgetpBlock *p = budgetp_block_new(BUDGETP_BLOCK_PARAGRAPH, ++w->line);
            GString *text = g_string_new(NULL);
            run_text(c, text);
            g_ptr_array_add(p->cells, g_string_free(text, FALSE));
            g_ptr_array_add(w->blocks, p);
        } else if (is_w(c, "tbl")) {
            read_table(w, c);
        } else if ((is_w(c, "sdt") || is_w(c, "customXml")) && w->depth < 8) {
            const xmlNode *content = is_w(c, "sdt") ? child_w(c, "sdtContent") : c;
            if (content != NULL) {
                w->depth++;
                walk_body(w, content);
                w->depth--;
            }
        }
    }
}

/* word/document.xml out of the zip, or NULL with the error set. */
static char *document_xml(const void *data, size_t len, const char *source, size_t *out_len,
                          BudgetError *error)
{
    struct archive *a = archive_read_new();
    struct archive_entry *entry;
    GString *xml = NULL;
    bool too_big = false, broken = false;

    archive_read_support_format_zip(a);
    if (archive_read_open_memory(a, data, len) != ARCHIVE_OK) {
        budgetp_error_set(error, BUDGET_ERROR_PARSE, source, 0, 0, NULL, "not a .docx: %s",
                          archive_error_string(a) != NULL ? archive_error_string(a) : "not a zip file");
        archive_read_free(a);
        return NULL;
    }
    for (;;) {
        int rc = archive_read_next_header(a, &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
            broken = true;
            break;
        }
        if (g_strcmp0(archive_entry_pathname(entry), "word/document.xml") != 0)
            continue;
        xml = g_string_new(NULL);
        for (;;) {
            char buf[16384];
            la_ssize_t n = archive_read_data(a, buf, sizeof buf);
            if (n < 0) {
                broken = true;
                break;
            }
            if (n == 0)
                break;
            if (xml->len + (size_t)n > MAX_DOCUMENT_XML) {
                too_big = true;
                break;
            }
            g_string_append_len(xml, buf, n);
        }
        break;
    }
    if (xml == NULL || broken || too_big) {
        budgetp_error_set(error, BUDGET_ERROR_PARSE, source, 0, 0, NULL, "not a .docx: %s",
                          too_big ? "word/document.xml is larger than 64 MiB"
                          : broken
                              ? (archive_error_string(a) != NULL ? archive_error_string(a) : "broken zip")
                              : "no word/document.xml in the zip");
        if (xml != NULL)
            g_string_free(xml, TRUE);
        archive_read_free(a);
        return NULL;
    }
    archive_read_free(a);
    *out_len = xml->len;
    return g_string_free(xml, FALSE);
}

bool budgetp_import_docx_blocks(const void *data, size_t len, const char *source, GPtrArray *blocks,
                                BudgetError *error)
{
    size_t xml_len = 0;
    char *xml = document_xml(data, len, source, &xml_len, error);
    xmlDoc *doc;
    const xmlNode *root, *body;
    Walk w = {blocks, 0, 0};

    if (xml == NULL)
        return false;
    doc = xmlReadMemory(xml, (int)xml_len, "document.xml", NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    g_free(xml);
    root = doc != NULL ? xmlDocGetRootElement(doc) : NULL;
    body = root != NULL && is_w(root, "document") ? child_w(root, "body") : NULL;
    if (body == NULL) {
        budgetp_error_set(error, BUDGET_ERROR_PARSE, source, 0, 0, NULL, "not a .docx: word/document.xml %s",
                          doc == NULL ? "is not well-formed XML" : "has no w:document/w:body");
        xmlFreeDoc(doc);
        return false;
    }
    walk_body(&w, body);
    xmlFreeDoc(doc);
    return true;
}
