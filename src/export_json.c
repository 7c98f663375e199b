/*
 * export_json.c - the chronicle.timeline/1 JSON renderer (the contract).
 *
 * Builds the document with jansson in a fixed key order and serialises it
 * with a fixed indent, so the same corpus always gives the same bytes.
 * Byte spans become code point offsets here, the only place they change
 * unit.
 */
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "chr_export.h"

static json_t *string_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *text_slice(const chr_doc *doc, size_t start, size_t end)
{
    return json_stringn(doc->text + start, end - start);
}

static void add_span(json_t *obj, const chr_corpus *corpus, int doc_index, size_t start, size_t end)
{
    const chr_doc *doc = corpus->docs.items[doc_index];
    json_object_set_new(obj, "doc", json_string(doc->id));
    json_object_set_new(obj, "start", json_integer((json_int_t)chr_doc_cp_offset(doc, start)));
    json_object_set_new(obj, "end", json_integer((json_int_t)chr_doc_cp_offset(doc, end)));
    json_object_set_new(obj, "text", text_slice(doc, start, end));
}

static json_t *dct_value(const chr_dct *dct)
{
    if (!dct->present) return json_null();
    char buf[32];
    if (dct->hour >= 0)
        snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", dct->year, dct->month, dct->day, dct->hour, dct->minute);
    else
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", dct->year, dct->month, dct->day);
    return json_string(buf);
}

static json_t *documents_json(const chr_corpus *corpus)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < corpus->docs.len; i++) {
        const chr_doc *doc = corpus->docs.items[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(doc->id));
        json_object_set_new(o, "path", string_or_null(doc->path));
        json_object_set_new(o, "source", string_or_null(doc->source));
        json_object_set_new(o, "title", string_or_null(doc->title));
        json_object_set_new(o, "url", string_or_null(doc->url));
        json_object_set_new(o, "lang", json_string(chr_lang_name(doc->lang)));
        json_object_set_new(o, "dct", dct_value(&doc->dct));
        json_object_set_new(o, "length", json_integer((json_int_t)doc->length_cp));
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *strings_json(const chr_strvec *v)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < v->len; i++) json_array_append_new(arr, json_string(v->items[i]));
    return arr;
}

static json_t *entities_json(const chr_corpus *corpus)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < corpus->entities.len; i++) {
        const chr_entity *e = &corpus->entities.items[i];
        if (e->merged_into >= 0 || e->mentions.len == 0) continue;
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(e->id));
        json_object_set_new(o, "type", json_string(e->type == CHR_ENT_PERSON ? "person" : "organization"));
        json_object_set_new(o, "name", json_string(e->name));
        json_object_set_new(o, "aliases", strings_json(&e->aliases));
        json_object_set_new(o, "titles", strings_json(&e->titles));
        json_t *mentions = json_array();
        for (size_t k = 0; k < e->mentions.len; k++) {
            const chr_entity_mention *m = &corpus->entity_mentions.items[e->mentions.items[k]];
            json_t *mo = json_object();
            add_span(mo, corpus, m->doc, m->start, m->end);
            json_array_append_new(mentions, mo);
        }
        json_object_set_new(o, "mentions", mentions);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *timexes_json(const chr_corpus *corpus)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < corpus->timexes.len; i++) {
        const chr_timex *t = &corpus->timexes.items[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(t->id));
        add_span(o, corpus, t->doc, t->start, t->end);
        json_object_set_new(o, "type", json_string(chr_timex_type_name(t->type)));
        json_object_set_new(o, "value", json_string(t->value));
        if (t->mod[0]) json_object_set_new(o, "mod", json_string(t->mod));
        json_t *anchor = json_null();
        if (strcmp(t->anchor, "dct") == 0) anchor = json_string("dct");
        else if (t->anchor[0] == '#') {
            long k = atol(t->anchor + 1);
            if (k >= 0 && (size_t)k < corpus->timexes.len) anchor = json_string(corpus->timexes.items[k].id);
        } else if (t->anchor[0]) {
            anchor = json_string(t->anchor);
        }
        json_object_set_new(o, "anchor", anchor);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *amount_json(const chr_amount *a)
{
    if (!a->present) return json_null();
    json_t *o = json_object();
    if (fabs(a->value - round(a->value)) < 1e-6 && fabs(a->value) < 9e15)
        json_object_set_new(o, "value", json_integer((json_int_t)llround(a->value)));
    else
        json_object_set_new(o, "value", json_real(a->value));
    json_object_set_new(o, "currency", json_string(a->currency));
    json_object_set_new(o, "text", json_string(a->text ? a->text : ""));
    return o;
}

static json_t *nullable(const char *s)
{
    return s[0] ? json_string(s) : json_null();
}

static json_t *events_json(const chr_corpus *corpus)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < corpus->events.len; i++) {
        const chr_event *e = &corpus->events.items[i];
        if (e->dropped) continue;
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(e->id));
        json_object_set_new(o, "type", json_string(e->type));
        json_object_set_new(o, "label", json_string(e->label ? e->label : e->type));
        json_t *when = json_object();
        json_object_set_new(when, "value", nullable(e->value));
        json_object_set_new(when, "earliest", nullable(e->earliest));
        json_object_set_new(when, "latest", nullable(e->latest));
        json_object_set_new(when, "basis", json_string(e->basis[0] ? e->basis : "none"));
        json_object_set_new(o, "when", when);
        json_object_set_new(o, "modality", json_string(chr_modality_name(e->modality)));
        json_t *parts = json_array();
        for (size_t k = 0; k < e->participants.len; k++) {
            const chr_participant *p = &e->participants.items[k];
            const chr_entity *ent = &corpus->entities.items[p->entity];
            json_t *po = json_object();
            json_object_set_new(po, "entity", json_string(ent->id));
            json_object_set_new(po, "role", json_string(p->role));
            json_array_append_new(parts, po);
        }
        json_object_set_new(o, "participants", parts);
        json_object_set_new(o, "amount", amount_json(&e->amount));
        json_t *mentions = json_array();
        for (size_t k = 0; k < e->mentions.len; k++) {
            const chr_event_mention *m = &corpus->event_mentions.items[e->mentions.items[k]];
            const chr_doc *doc = corpus->docs.items[m->doc];
            json_t *mo = json_object();
            add_span(mo, corpus, m->doc, m->start, m->end);
            json_object_set_new(mo, "modality", json_string(chr_modality_name(m->modality)));
            if (m->sentence >= 0) {
                const chr_sentence *s = &doc->sentences.items[m->sentence];
                json_object_set_new(mo, "sentence", text_slice(doc, s->start, s->end));
            } else {
                json_object_set_new(mo, "sentence", json_string(""));
            }
            json_array_append_new(mentions, mo);
        }
        json_object_set_new(o, "mentions", mentions);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *timeline_json(const chr_corpus *corpus)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < corpus->timeline.len; i++) {
        const chr_event *e = &corpus->events.items[corpus->timeline.items[i]];
        json_t *o = json_object();
        json_object_set_new(o, "event", json_string(e->id));
        json_object_set_new(o, "rank", json_integer(e->rank));
        json_object_set_new(o, "date", nullable(e->value));
        json_object_set_new(o, "type", json_string(e->type));
        json_object_set_new(o, "label", json_string(e->label ? e->label : e->type));
        json_array_append_new(arr, o);
    }
    return arr;
}

json_t *chr_export_document(const chr_corpus *corpus, const chr_export_options *opts)
{
    json_t *root = json_object();
    json_object_set_new(root, "schema", json_string("chronicle.timeline/1"));
    json_t *gen = json_object();
    json_object_set_new(gen, "name", json_string("chronicle"));
    json_object_set_new(gen, "version", json_string(opts && opts->generator_version ? opts->generator_version : ""));
    json_object_set_new(root, "generator", gen);
    json_object_set_new(root, "documents", documents_json(corpus));
    json_object_set_new(root, "entities", entities_json(corpus));
    json_object_set_new(root, "timexes", timexes_json(corpus));
    json_object_set_new(root, "events", events_json(corpus));
    json_object_set_new(root, "timeline", timeline_json(corpus));
    if (opts && opts->coverage) json_object_set(root, "coverage", (json_t *)opts->coverage);
    return root;
}

static int append_to_buf(const char *buffer, size_t size, void *data)
{
    chr_buf_append((chr_buf *)data, buffer, size);
    return 0;
}

void chr_export_dump_json(const json_t *doc, chr_buf *out)
{
    json_dump_callback(doc, append_to_buf, out, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
    chr_buf_putc(out, '\n');
}

chr_status chr_render_json(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out, chr_error *err)
{
    (void)err;
    json_t *doc = chr_export_document(corpus, opts);
    chr_export_dump_json(doc, out);
    json_decref(doc);
    return CHR_OK;
}
