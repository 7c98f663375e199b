/*
 * export_timelinejs.c - the TimelineJS3 renderer: Knight Lab's timeline
 * JSON, which newsrooms embed on the web.
 *
 * Built from the chronicle.timeline/1 events, one at a time (chr_export_event),
 * and the documents. One slide per dated event
 * on the timeline, in timeline order: start_date with the precision of the
 * TIMEX3 value (year; year and month; or a full date), end_date when the
 * event's earliest date is before its latest, text {headline: the label,
 * text: the first sentence that reports it and its sources}, group = the
 * event type, unique_id = the event id, and display_date written the Korean
 * way ("2023년 11월 17일") for events reported in Korean. Events without a
 * year (no date, XXXX-11-17) cannot be placed and are left out. The title
 * slide names the documents.
 *
 * TimelineJS renders headline and text as HTML, so article text is
 * HTML-escaped here: an article cannot inject markup into a page.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chr_export.h"

static const char *str_or_empty(const json_t *v)
{
    return json_is_string(v) ? json_string_value(v) : "";
}

/* Appends 's' with &, <, > and quotes escaped for HTML. */
static void put_html(chr_buf *out, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': chr_buf_puts(out, "&amp;"); break;
        case '<': chr_buf_puts(out, "&lt;"); break;
        case '>': chr_buf_puts(out, "&gt;"); break;
        case '"': chr_buf_puts(out, "&quot;"); break;
        case '\'': chr_buf_puts(out, "&#39;"); break;
        default: chr_buf_putc(out, *s);
        }
    }
}

/* A new JSON string holding 'buf' (reset afterwards). */
static json_t *take_string(chr_buf *buf)
{
    json_t *s = json_string(buf->data ? buf->data : "");
    chr_buf_reset(buf);
    return s;
}

/* Parses "YYYY[-MM[-DD]]..." into its parts; returns how many it found. */
static int parse_date(const char *s, int *y, int *m, int *d)
{
    *y = *m = *d = 0;
    char *end;
    if (strlen(s) < 4 || s[0] < '0' || s[0] > '9') return 0;
    *y = (int)strtol(s, &end, 10);
    if (end - s != 4) return 0;
    if (end[0] != '-' || end[1] < '0' || end[1] > '9') return 1;
    *m = (int)strtol(end + 1, &end, 10);
    if (end[0] != '-' || end[1] < '0' || end[1] > '9') return 2;
    *d = (int)strtol(end + 1, &end, 10);
    return 3;
}

/* 1, 2 or 3 when 'v' is a plain year, year-month or date (possibly with a
 * time or part of day after it); 0 for weeks, quarters and the rest. */
static int value_precision(const char *v)
{
    size_t n = strlen(v);
    for (size_t i = 0; i < 4; i++)
        if (i >= n || v[i] < '0' || v[i] > '9') return 0;
    if (n == 4) return 1;
    if (n < 7 || v[4] != '-' || v[5] < '0' || v[5] > '9' || v[6] < '0' || v[6] > '9') return 0;
    if (n == 7) return 2;
    if (n < 10 || v[7] != '-' || v[8] < '0' || v[8] > '9' || v[9] < '0' || v[9] > '9') return 0;
    return 3;
}

/* A new TimelineJS date object with 'parts' of y, m, d. */
static json_t *tl_date(int parts, int y, int m, int d)
{
    char buf[16];
    json_t *o = json_object();
    snprintf(buf, sizeof buf, "%d", y);
    json_object_set_new(o, "year", json_string(buf));
    if (parts >= 2) {
        snprintf(buf, sizeof buf, "%d", m);
        json_object_set_new(o, "month", json_string(buf));
    }
    if (parts >= 3) {
        snprintf(buf, sizeof buf, "%d", d);
        json_object_set_new(o, "day", json_string(buf));
    }
    return o;
}

static void put_korean_date(chr_buf *out, int parts, int y, int m, int d)
{
    chr_buf_printf(out, "%d년", y);
    if (parts >= 2) chr_buf_printf(out, " %d월", m);
    if (parts >= 3) chr_buf_printf(out, " %d일", d);
}

/* Builds one slide for event 'ev', or returns NULL when it has no year. */
static json_t *event_slide(const json_t *ev, const json_t *docs)
{
    const json_t *when = json_object_get(ev, "when");
    const char *value = str_or_empty(json_object_get(when, "value"));
    const char *earliest = str_or_empty(json_object_get(when, "earliest"));
    const char *latest = str_or_empty(json_object_get(when, "latest"));
    int vy, vm, vd, ey, em, ed, ly, lm, ld;
    parse_date(value, &vy, &vm, &vd);
    int eparts = parse_date(earliest, &ey, &em, &ed);
    int lparts = parse_date(latest, &ly, &lm, &ld);

    /* start: the value's own precision when it is a plain date (2024,
     * 2024-11, 2024-11-17, 2023-11-18TMO); else (weeks, quarters,
     * seasons) the earliest full date, with the latest as end_date. A plain
     * year or month needs no end_date: its precision says the span. */
    int sparts = value_precision(value), sy = vy, sm = vm, sd = vd;
    if (sparts == 0) sparts = eparts, sy = ey, sm = em, sd = ed;
    if (sparts == 0) return NULL;
    int ranged = eparts == 3 && lparts == 3 && strcmp(earliest, latest) < 0;
    int span_of_value = value_precision(value) > 0 && value_precision(value) < 3;

    json_t *slide = json_object();
    json_object_set_new(slide, "start_date", tl_date(sparts, sy, sm, sd));
    if (ranged && !span_of_value) json_object_set_new(slide, "end_date", tl_date(3, ly, lm, ld));

    /* the first document that reports the event gives the language and the text */
    const json_t *first = json_array_get(json_object_get(ev, "mentions"), 0);
    const json_t *d0 = first ? json_object_get(docs, str_or_empty(json_object_get(first, "doc"))) : NULL;
    int korean = d0 && strcmp(str_or_empty(json_object_get(d0, "lang")), "ko") == 0;

    chr_buf b = {0};
    if (korean) {
        put_korean_date(&b, sparts, sy, sm, sd);
        if (ranged && !span_of_value) {
            chr_buf_puts(&b, " ~ ");
            if (ly != sy) chr_buf_printf(&b, "%d년 ", ly);
            chr_buf_printf(&b, "%d월 %d일", lm, ld);
        }
        json_object_set_new(slide, "display_date", take_string(&b));
    }

    json_t *text = json_object();
    const char *label = str_or_empty(json_object_get(ev, "label"));
    while (*label == ' ') label++;
    put_html(&b, label);
    json_object_set_new(text, "headline", take_string(&b));
    if (first) {
        chr_buf_puts(&b, "<p>");
        put_html(&b, str_or_empty(json_object_get(first, "sentence")));
        chr_buf_puts(&b, "</p>");
    }
    json_t *seen = json_object();
    size_t i, n = 0;
    const json_t *m;
    json_array_foreach(json_object_get(ev, "mentions"), i, m) {
        const char *id = str_or_empty(json_object_get(m, "doc"));
        const json_t *d = json_object_get(docs, id);
        if (!d || json_object_get(seen, id)) continue;
        json_object_set_new(seen, id, json_true());
        chr_buf_puts(&b, n++ ? ", " : "<p>");
        const char *src = str_or_empty(json_object_get(d, "source"));
        put_html(&b, src[0] ? src : str_or_empty(json_object_get(d, "path")));
    }
    if (n) chr_buf_puts(&b, "</p>");
    json_decref(seen);
    json_object_set_new(text, "text", take_string(&b));
    json_object_set_new(slide, "text", text);
    json_object_set(slide, "group", json_object_get(ev, "type"));
    json_object_set(slide, "unique_id", json_object_get(ev, "id"));
    chr_buf_free(&b);
    return slide;
}

/* The title slide: the documents' titles and sources. */
static json_t *title_slide(const json_t *documents)
{
    chr_buf b = {0};
    json_t *text = json_object();
    size_t n = json_array_size(documents);
    const json_t *d0 = json_array_get(documents, 0);
    if (n == 1 && json_is_string(json_object_get(d0, "title")))
        put_html(&b, json_string_value(json_object_get(d0, "title")));
    else if (n == 1)
        chr_buf_puts(&b, "Timeline");
    else
        chr_buf_printf(&b, "Timeline of %zu articles", n);
    json_object_set_new(text, "headline", take_string(&b));
    size_t i;
    const json_t *d;
    json_array_foreach(documents, i, d) {
        const char *src = str_or_empty(json_object_get(d, "source"));
        const char *title = str_or_empty(json_object_get(d, "title"));
        const char *dct = str_or_empty(json_object_get(d, "dct"));
        if (!src[0]) src = str_or_empty(json_object_get(d, "path"));
        chr_buf_puts(&b, "<p>");
        put_html(&b, src);
        if (title[0]) {
            chr_buf_puts(&b, ": ");
            put_html(&b, title);
        }
        if (dct[0]) {
            chr_buf_puts(&b, " (");
            put_html(&b, dct);
            chr_buf_puts(&b, ")");
        }
        chr_buf_puts(&b, "</p>");
    }
    json_object_set_new(text, "text", take_string(&b));
    chr_buf_free(&b);
    json_t *slide = json_object();
    json_object_set_new(slide, "text", text);
    json_object_set_new(slide, "unique_id", json_string("title"));
    return slide;
}

chr_status chr_render_timelinejs(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out,
                                 chr_error *err)
{
    (void)opts;
    (void)err;
    /* the documents (the title slide lists them) and one event at a time,
     * never the whole timeline document with every mention */
    json_t *documents = json_array(), *docs = json_object();
    for (size_t d = 0; d < corpus->docs.len; d++) {
        json_t *v = chr_export_doc(corpus, d);
        json_array_append_new(documents, v);
        json_object_set(docs, str_or_empty(json_object_get(v, "id")), v);
    }

    json_t *root = json_object();
    json_object_set_new(root, "title", title_slide(documents));
    json_t *slides = json_array();
    for (size_t t = 0; t < corpus->timeline.len; t++) {
        json_t *ev = chr_export_event(corpus, corpus->timeline.items[t]);
        json_t *slide = ev ? event_slide(ev, docs) : NULL;
        if (slide) json_array_append_new(slides, slide);
        json_decref(ev);
    }
    json_object_set_new(root, "events", slides);
    chr_export_dump_json(root, out);
    json_decref(root);
    json_decref(docs);
    json_decref(documents);
    return CHR_OK;
}
