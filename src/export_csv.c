/*
 * export_csv.c - the CSV renderer (RFC 4180): one row per event for
 * spreadsheets and analysts.
 *
 * Built from the same chronicle.timeline/1 events as the JSON contract
 * (chr_export_event, one at a time), so the two never disagree. Rows come in timeline
 * order (rank 1..n), then the events that are not on the timeline
 * (negated, possible) in id order with an empty rank. Records end in CRLF;
 * a field is quoted when it holds a comma, a quote, CR or LF, or starts or
 * ends with a space, and its quotes are doubled. With csv_bom the output
 * starts with a UTF-8 byte order mark, which spreadsheets need to read
 * Hangul as UTF-8.
 */
#include <stdio.h>
#include <stdlib.h>
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

/* What a row looks up: the entities (id -> entity, a jansson object used
 * as a hash map) and the corpus for the documents. */
typedef struct {
    json_t *entities;
    const chr_corpus *corpus;
} csv_maps;

/* The display name of entity 'id' (borrowed), or 'id' itself. */
static const char *entity_name(const csv_maps *m, const char *id)
{
    const json_t *v = json_object_get(json_object_get(m->entities, id), "name");
    return json_is_string(v) ? json_string_value(v) : id;
}

/* The source of document 'id' (its outlet, else its path, else the id). */
static const char *doc_source(const csv_maps *m, const char *id)
{
    long d = chr_export_doc_index(m->corpus, id);
    const chr_doc *doc = d >= 0 ? m->corpus->docs.items[d] : NULL;
    if (doc && doc->source) return doc->source;
    if (doc && doc->path) return doc->path;
    return id;
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

struct csv_walk {
    chr_buf *out;
    csv_maps maps;
};

static void put_event_row(const json_t *ev, long rank, void *ctx)
{
    struct csv_walk *w = ctx;
    put_event(w->out, &w->maps, ev, rank);
}

chr_status chr_render_csv(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out, chr_error *err)
{
    (void)err;
    if (opts && opts->csv_bom) chr_buf_puts(out, "\xEF\xBB\xBF");
    for (size_t c = 0; c < N_COLUMNS; c++) {
        if (c) chr_buf_putc(out, ',');
        chr_buf_puts(out, columns[c]);
    }
    chr_buf_puts(out, "\r\n");

    /* one event of the document at a time, never the whole document */
    struct csv_walk walk = {out, {chr_export_entity_map(corpus), corpus}};
    chr_export_each_event(corpus, put_event_row, &walk);
    json_decref(walk.maps.entities);
    return CHR_OK;
}
