/*
 * export_csv.c - the CSV renderer (RFC 4180): one row per event for
 * spreadsheets and analysts.
 *
 * Built from the same chronicle.timeline/1 document as the JSON contract
 * (chr_export_document), so the two never disagree. Rows come in timeline
 * order (rank 1..n), then the events that are not on the timeline
 * (negated, possible) in id order with an empty rank. Records end in CRLF;
 * a field is quoted when it holds a comma, a quote, CR or LF, or starts or
 * ends with a space, and its quotes are doubled. With csv_bom the output
 * starts with a UTF-8 byte order mark, which spreadsheets need to read
 * Hangul as UTF-8.
 */
#include <stdio.h>
#include <string.h>

#include "chr_export.h"

static const char *const columns[] = {"id", "rank", "date", "earliest", "latest", "type",
                                      "label", "modality", "participants", "sources"};
#define N_COLUMNS (sizeof columns / sizeof columns[0])

static const char *str_or_empty(const json_t *v)
{
    return json_is_string(v) ? json_string_value(v) : "";
}

/* Appends 's' as one field, quoted only when it must be. */
static void put_field(chr_buf *out, const char *s)
{
    size_t n = strlen(s);
    int quote = n > 0 && (s[0] == ' ' || s[n - 1] == ' ');
    for (size_t i = 0; i < n && !quote; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n') quote = 1;
    if (!quote) {
        chr_buf_append(out, s, n);
        return;
    }
    chr_buf_putc(out, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') chr_buf_putc(out, '"');
        chr_buf_putc(out, s[i]);
    }
    chr_buf_putc(out, '"');
}

/* Lookup tables (jansson objects used as hash maps, borrowed values). */
typedef struct {
    json_t *entity_name; /* entity id -> name */
    json_t *doc_source;  /* document id -> source, else path */
    json_t *event;       /* event id -> event object */
} csv_maps;

static void maps_build(csv_maps *m, const json_t *doc)
{
    m->entity_name = json_object();
    m->doc_source = json_object();
    m->event = json_object();
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(doc, "entities"), i, v)
        json_object_set(m->entity_name, str_or_empty(json_object_get(v, "id")), json_object_get(v, "name"));
    json_array_foreach(json_object_get(doc, "documents"), i, v) {
        json_t *src = json_object_get(v, "source");
        if (!json_is_string(src)) src = json_object_get(v, "path");
        if (json_is_string(src)) json_object_set(m->doc_source, str_or_empty(json_object_get(v, "id")), src);
    }
    json_array_foreach(json_object_get(doc, "events"), i, v)
        json_object_set(m->event, str_or_empty(json_object_get(v, "id")), v);
}

static void maps_free(csv_maps *m)
{
    json_decref(m->entity_name);
    json_decref(m->doc_source);
    json_decref(m->event);
}

/* The display name of entity 'id' (borrowed), or 'id' itself. */
static const char *entity_name(const csv_maps *m, const char *id)
{
    const json_t *v = json_object_get(m->entity_name, id);
    return json_is_string(v) ? json_string_value(v) : id;
}

/* The source of document 'id' (its outlet, else its path, else the id). */
static const char *doc_source(const csv_maps *m, const char *id)
{
    const json_t *v = json_object_get(m->doc_source, id);
    return json_is_string(v) ? json_string_value(v) : id;
}

static void put_event(chr_buf *out, const csv_maps *maps, const json_t *ev, long rank)
{
    const json_t *when = json_object_get(ev, "when");
    chr_buf field = {0};
    put_field(out, str_or_empty(json_object_get(ev, "id")));
    chr_buf_putc(out, ',');
    if (rank > 0) chr_buf_printf(out, "%ld", rank);
    chr_buf_putc(out, ',');
    put_field(out, str_or_empty(json_object_get(when, "value")));
    chr_buf_putc(out, ',');
    put_field(out, str_or_empty(json_object_get(when, "earliest")));
    chr_buf_putc(out, ',');
    put_field(out, str_or_empty(json_object_get(when, "latest")));
    chr_buf_putc(out, ',');
    put_field(out, str_or_empty(json_object_get(ev, "type")));
    chr_buf_putc(out, ',');
    put_field(out, str_or_empty(json_object_get(ev, "label")));
    chr_buf_putc(out, ',');
    put_field(out, str_or_empty(json_object_get(ev, "modality")));
    chr_buf_putc(out, ',');

    /* participants: "Name (role); Name (role)" */
    size_t i;
    const json_t *p;
    json_array_foreach(json_object_get(ev, "participants"), i, p) {
        if (i) chr_buf_puts(&field, "; ");
        chr_buf_printf(&field, "%s (%s)", entity_name(maps, str_or_empty(json_object_get(p, "entity"))),
                       str_or_empty(json_object_get(p, "role")));
    }
    put_field(out, field.data ? field.data : "");
    chr_buf_putc(out, ',');

    /* sources: every document that reports the event, once, in mention order */
    chr_buf_reset(&field);
    chr_strvec seen = {0};
    const json_t *m;
    json_array_foreach(json_object_get(ev, "mentions"), i, m) {
        const char *src = doc_source(maps, str_or_empty(json_object_get(m, "doc")));
        size_t before = seen.len;
        chr_strvec_add_unique(&seen, src);
        if (seen.len == before) continue;
        if (before) chr_buf_puts(&field, "; ");
        chr_buf_puts(&field, src);
    }
    put_field(out, field.data ? field.data : "");
    chr_buf_puts(out, "\r\n");
    chr_buf_flush_point(out);
    chr_strvec_free(&seen);
    chr_buf_free(&field);
}

chr_status chr_render_csv(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out, chr_error *err)
{
    (void)err;
    json_t *doc = chr_export_document(corpus, opts);
    if (opts && opts->csv_bom) chr_buf_puts(out, "\xEF\xBB\xBF");
    for (size_t c = 0; c < N_COLUMNS; c++) {
        if (c) chr_buf_putc(out, ',');
        chr_buf_puts(out, columns[c]);
    }
    chr_buf_puts(out, "\r\n");

    csv_maps maps;
    maps_build(&maps, doc);
    json_t *on_timeline = json_object();
    size_t i;
    const json_t *t, *ev;
    json_array_foreach(json_object_get(doc, "timeline"), i, t) {
        const char *id = str_or_empty(json_object_get(t, "event"));
        ev = json_object_get(maps.event, id);
        if (!ev) continue;
        json_object_set_new(on_timeline, id, json_true());
        put_event(out, &maps, ev, (long)json_integer_value(json_object_get(t, "rank")));
    }
    json_array_foreach(json_object_get(doc, "events"), i, ev)
        if (!json_object_get(on_timeline, str_or_empty(json_object_get(ev, "id")))) put_event(out, &maps, ev, 0);
    json_decref(on_timeline);
    maps_free(&maps);
    json_decref(doc);
    return CHR_OK;
}
