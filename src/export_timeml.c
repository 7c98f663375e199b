/*
 * export_timeml.c - the "timeml" renderer: each document's article text
 * with its time expressions tagged inline as TimeML TIMEX3 elements, so
 * that any TimeML scorer (the TempEval-3 tools) can read it.
 *
 *   <TimeML>
 *   <DOCID>d1</DOCID>
 *   <DCT><TIMEX3 tid="t0" type="DATE" value="2023-11-30"
 *         temporalFunction="false" functionInDocument="CREATION_TIME">2023-11-30</TIMEX3></DCT>
 *   <TEXT>... <TIMEX3 tid="t3" type="DATE" value="2023-11-17" anchorTimeID="t0">지난 17일</TIMEX3> ...</TEXT>
 *   </TimeML>
 *
 * The TEXT is the document after its front matter, XML-escaped (an '&'
 * that already starts an entity is kept: TimeML input is read with its
 * entities as written and its tags blanked). tid is the
 * timex id of the JSON output; anchorTimeID is "t0" (the DCT) or the id of
 * the expression a narrative-relative one was resolved against. Several
 * input documents give several TimeML elements, one after the other.
 * A pure renderer: no I/O, no regexes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chr_export.h"

/* True when text[i] starts an XML entity reference ("&amp;", "&#38;"). */
static int is_entity(const char *text, size_t i, size_t e)
{
    size_t k = i + 1;
    if (k < e && text[k] == '#') k++;
    size_t name = k;
    while (k < e && k - name < 8 && ((text[k] >= 'a' && text[k] <= 'z') || (text[k] >= 'A' && text[k] <= 'Z') ||
                                     (text[k] >= '0' && text[k] <= '9')))
        k++;
    return k > name && k < e && text[k] == ';';
}

/* Appends bytes [s, e) of 'text' with &, <, > and " escaped; an '&' that
 * already starts an entity (TimeML input keeps them as written) stays. */
static void put_escaped(chr_buf *out, const char *text, size_t s, size_t e)
{
    size_t run = s;
    for (size_t i = s; i < e; i++) {
        const char *rep = NULL;
        switch (text[i]) {
        case '&':
            if (is_entity(text, i, e)) continue;
            rep = "&amp;";
            break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        default:
            /* a long run without escapes (a whole article) goes out in slices */
            if (i + 1 - run >= CHR_BUF_FLUSH_AT) {
                chr_buf_append(out, text + run, i + 1 - run);
                chr_buf_flush_point(out);
                run = i + 1;
            }
            continue;
        }
        chr_buf_append(out, text + run, i - run);
        chr_buf_puts(out, rep);
        run = i + 1;
    }
    chr_buf_append(out, text + run, e - run);
    chr_buf_flush_point(out);
}

static void put_attr(chr_buf *out, const char *name, const char *value)
{
    chr_buf_printf(out, " %s=\"", name);
    put_escaped(out, value, 0, strlen(value));
    chr_buf_putc(out, '"');
}

static void put_dct(chr_buf *out, const chr_dct *dct)
{
    if (!dct->present) return;
    char value[32];
    if (dct->hour >= 0)
        snprintf(value, sizeof value, "%04d-%02d-%02dT%02d:%02d", dct->year % 10000, dct->month % 100,
                 dct->day % 100, dct->hour % 100, dct->minute % 100);
    else
        snprintf(value, sizeof value, "%04d-%02d-%02d", dct->year % 10000, dct->month % 100, dct->day % 100);
    chr_buf_printf(out,
                   "<DCT><TIMEX3 tid=\"t0\" type=\"%s\" value=\"%s\" temporalFunction=\"false\" "
                   "functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n",
                   dct->hour >= 0 ? "TIME" : "DATE", value, value);
}

chr_status chr_render_timeml(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out,
                             chr_error *err)
{
    (void)opts;
    size_t k = 0; /* timexes are in document order, text order within each */
    for (size_t d = 0; d < corpus->docs.len; d++) {
        const chr_doc *doc = corpus->docs.items[d];
        if (!doc->text)
            return chr_error_set(err, CHR_ERR_USAGE, doc->path ? doc->path : doc->id, 0, -1,
                                 "TimeML needs the whole text, which this corpus dropped (spans_only)");
        chr_buf_puts(out, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>");
        put_escaped(out, doc->id, 0, strlen(doc->id));
        chr_buf_puts(out, "</DOCID>\n");
        put_dct(out, &doc->dct);
        chr_buf_puts(out, "<TEXT>");
        size_t pos = doc->body_start;
        while (k < corpus->timexes.len && corpus->timexes.items[k].doc < (int)d) k++;
        for (; k < corpus->timexes.len && corpus->timexes.items[k].doc == (int)d; k++) {
            const chr_timex *t = &corpus->timexes.items[k];
            if (t->start < pos || t->end > doc->len) continue; /* overlapping: keep the first */
            put_escaped(out, doc->text, pos, t->start);
            chr_buf_puts(out, "<TIMEX3");
            put_attr(out, "tid", t->id);
            put_attr(out, "type", chr_timex_type_name(t->type));
            put_attr(out, "value", t->value);
            if (strcmp(t->anchor, "dct") == 0) {
                put_attr(out, "anchorTimeID", "t0");
            } else if (t->anchor[0] == '#') {
                long a = atol(t->anchor + 1);
                if (a >= 0 && (size_t)a < corpus->timexes.len) put_attr(out, "anchorTimeID", corpus->timexes.items[a].id);
            }
            if (t->mod[0]) put_attr(out, "mod", t->mod);
            chr_buf_putc(out, '>');
            put_escaped(out, doc->text, t->start, t->end);
            chr_buf_puts(out, "</TIMEX3>");
            pos = t->end;
        }
        put_escaped(out, doc->text, pos, doc->len);
        chr_buf_puts(out, "</TEXT>\n</TimeML>\n");
    }
    return CHR_OK;
}
