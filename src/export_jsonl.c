/*
 * export_jsonl.c - the JSON Lines renderer: one event per line, for
 * pipelines (jq -c, grep, a database loader).
 *
 * Each line is a compact JSON object: the event exactly as in the
 * chronicle.timeline/1 document (id, type, label, when, modality,
 * participants, amount, mentions), with "rank" (null when the event is not
 * on the timeline) after its id, each participant's entity "name", and
 * "sources": the documents that report it (id, source, title, url, lang,
 * dct). Lines come in timeline order, then the events that are not on the
 * timeline in id order. Keys keep the document's insertion order and JSON
 * escapes every newline, so the output is deterministic and line-safe.
 */
#include <stdlib.h>
#include <string.h>

#include "chr_export.h"

static const char *str_or_empty(const json_t *v)
{
    return json_is_string(v) ? json_string_value(v) : "";
}

/* A new object: the event with rank, participant names and sources. */
static json_t *event_line(const json_t *ev, json_t *rank, const json_t *entities, const chr_corpus *corpus)
{
    json_t *o = json_object();
    const char *key;
    json_t *value;
    json_object_set(o, "id", json_object_get(ev, "id"));
    json_object_set_new(o, "rank", rank);
    json_object_foreach((json_t *)ev, key, value) {
        if (strcmp(key, "id") == 0) continue;
        if (strcmp(key, "participants") == 0) {
            json_t *parts = json_array();
            size_t i;
            json_t *p;
            json_array_foreach(value, i, p) {
                json_t *q = json_object();
                const char *id = str_or_empty(json_object_get(p, "entity"));
                const json_t *ent = json_object_get(entities, id);
                json_object_set_new(q, "entity", json_string(id));
                json_object_set(q, "name", ent ? json_object_get(ent, "name") : json_null());
                json_object_set(q, "role", json_object_get(p, "role"));
                json_array_append_new(parts, q);
            }
            json_object_set_new(o, key, parts);
        } else {
            json_object_set(o, key, value);
        }
    }
    json_t *sources = json_array();
    json_t *seen = json_object();
    size_t i;
    json_t *m;
    json_array_foreach(json_object_get(ev, "mentions"), i, m) {
        const char *id = str_or_empty(json_object_get(m, "doc"));
        long di = chr_export_doc_index(corpus, id);
        if (di < 0 || json_object_get(seen, id)) continue;
        json_object_set_new(seen, id, json_true());
        json_t *d = chr_export_doc(corpus, (size_t)di);
        json_t *s = json_object();
        static const char *const keys[] = {"id", "source", "title", "url", "lang", "dct"};
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
            json_t *v = json_object_get(d, keys[k]);
            json_object_set(s, keys[k], v ? v : json_null());
        }
        json_array_append_new(sources, s);
        json_decref(d);
    }
    json_decref(seen);
    json_object_set_new(o, "sources", sources);
    return o;
}

static int append_to_buf(const char *buffer, size_t size, void *data)
{
    chr_buf_append((chr_buf *)data, buffer, size);
    return 0;
}

static void put_line(chr_buf *out, json_t *line)
{
    json_dump_callback(line, append_to_buf, out, JSON_COMPACT | JSON_REAL_PRECISION(15));
    chr_buf_putc(out, '\n');
    chr_buf_flush_point(out);
    json_decref(line);
}

struct jsonl_walk {
    chr_buf *out;
    json_t *entities;
    const chr_corpus *corpus;
};

/* rank 0: an event off the timeline, whose line says null */
static void put_event_line(const json_t *ev, long rank, void *ctx)
{
    struct jsonl_walk *w = ctx;
    put_line(w->out, event_line(ev, rank ? json_integer(rank) : json_null(), w->entities, w->corpus));
}

chr_status chr_render_jsonl(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out, chr_error *err)
{
    (void)opts;
    (void)err;
    /* one event of the document at a time, never the whole document */
    struct jsonl_walk walk = {out, chr_export_entity_map(corpus), corpus};
    chr_export_each_event(corpus, put_event_line, &walk);
    json_decref(walk.entities);
    return CHR_OK;
}
