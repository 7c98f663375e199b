/*
 * export_text.c - the "text" renderer: the timeline as a table for the
 * terminal (rank, date, type, label, sources), at most 100 columns.
 *
 * Widths are display columns, not bytes: Hangul and other East Asian wide
 * characters take two columns, so Korean labels line up with English
 * ones. Cells that do not fit are cut at a character boundary and end in
 * "…". Events off the timeline (negated, possible) are counted in a
 * footer, not listed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chr_export.h"

enum { W_RANK = 4, W_DATE = 12, W_TYPE = 13, W_LABEL = 44, W_SOURCES = 22 }; /* + 4 gaps = 99 */

/* Display columns of one code point (East Asian Wide and Fullwidth: 2). */
static int cp_width(uint32_t cp)
{
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
    if (cp >= 0x0300 && cp <= 0x036F) return 0; /* combining marks */
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
        (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
        (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
        (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

/* Appends 's' in a cell of 'width' columns (cut with "…", padded with
 * spaces unless 'last'). */
static void put_cell(chr_buf *out, const char *s, int width, int last)
{
    size_t n = strlen(s), i = 0;
    int used = 0;
    /* does the whole string fit? */
    int total = 0;
    for (size_t k = 0; k < n;) {
        size_t len;
        uint32_t cp = chr_utf8_decode(s + k, n - k, &len);
        total += cp_width(cp);
        k += len ? len : 1;
    }
    int limit = total <= width ? width : width - 1; /* room for "…" */
    while (i < n) {
        size_t len;
        uint32_t cp = chr_utf8_decode(s + i, n - i, &len);
        if (!len) len = 1;
        int w = cp_width(cp);
        if (used + w > limit) break;
        if (cp == '\n' || cp == '\t') chr_buf_putc(out, ' ');
        else chr_buf_append(out, s + i, len);
        used += w;
        i += len;
    }
    if (i < n) {
        chr_buf_puts(out, "…");
        used++;
    }
    if (!last)
        for (; used < width; used++) chr_buf_putc(out, ' ');
}

/* The name a document goes by in the sources column. */
static const char *doc_name(const chr_doc *doc)
{
    if (doc->source && doc->source[0]) return doc->source;
    if (doc->path) {
        const char *slash = strrchr(doc->path, '/');
        return slash ? slash + 1 : doc->path;
    }
    return doc->id;
}

static void put_row(chr_buf *out, const char *rank, const char *date, const char *type, const char *label,
                    const char *sources)
{
    put_cell(out, rank, W_RANK, 0);
    chr_buf_putc(out, ' ');
    put_cell(out, date, W_DATE, 0);
    chr_buf_putc(out, ' ');
    put_cell(out, type, W_TYPE, 0);
    chr_buf_putc(out, ' ');
    put_cell(out, label, W_LABEL, 0);
    chr_buf_putc(out, ' ');
    put_cell(out, sources, W_SOURCES, 1);
    /* no trailing blanks */
    while (out->len > 0 && out->data[out->len - 1] == ' ') out->data[--out->len] = '\0';
    chr_buf_putc(out, '\n');
    /* a whole row is written: nothing before this point is edited again */
    chr_buf_flush_point(out);
}

chr_status chr_render_text(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out, chr_error *err)
{
    (void)opts;
    (void)err;
    put_row(out, "#", "date", "type", "event", "sources");
    put_row(out, "---", "----------", "------------", "-------------------------------------------",
            "---------------------");
    chr_buf sources = {0};
    unsigned char *seen = chr_xcalloc(corpus->docs.len ? corpus->docs.len : 1, 1);
    for (size_t t = 0; t < corpus->timeline.len; t++) {
        const chr_event *ev = &corpus->events.items[corpus->timeline.items[t]];
        char rank[24];
        snprintf(rank, sizeof rank, "%ld", ev->rank);
        chr_buf_reset(&sources);
        memset(seen, 0, corpus->docs.len ? corpus->docs.len : 1);
        for (size_t m = 0; m < ev->mentions.len; m++) {
            int d = corpus->event_mentions.items[ev->mentions.items[m]].doc;
            if (d < 0 || (size_t)d >= corpus->docs.len || seen[d]) continue;
            seen[d] = 1;
            if (sources.len) chr_buf_puts(&sources, ", ");
            chr_buf_puts(&sources, doc_name(corpus->docs.items[d]));
        }
        put_row(out, rank, ev->value[0] ? ev->value : "undated", ev->type, ev->label ? ev->label : "",
                sources.data ? sources.data : "");
    }
    free(seen);
    chr_buf_free(&sources);
    size_t off = 0;
    for (size_t i = 0; i < corpus->events.len; i++)
        if (!corpus->events.items[i].dropped && corpus->events.items[i].rank == 0) off++;
    if (corpus->timeline.len == 0) chr_buf_puts(out, "(no events on the timeline)\n");
    if (off) chr_buf_printf(out, "(%zu more event%s not on the timeline: negated or only possible)\n", off, off == 1 ? "" : "s");
    return CHR_OK;
}
