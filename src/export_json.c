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
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "chr_export.h"

static json_t *string_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *text_slice(const chr_doc *doc, size_t start, size_t end)
{
    const char *s = chr_doc_span(doc, start, end);
    return s ? json_stringn(s, end - start) : json_string("");
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
    char buf[32];
    return chr_dct_format(dct, buf, sizeof buf) ? json_string(buf) : json_null();
}

/* Element i of the "documents" array; NULL when it is not output. New reference. */
typedef json_t *(*element_fn)(const chr_corpus *corpus, size_t i);

/* The array of the 'n' elements 'fn' gives (skipping NULLs). New reference. */
static json_t *array_of(const chr_corpus *corpus, size_t n, element_fn fn)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = fn(corpus, i);
        if (o) json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *document_one(const chr_corpus *corpus, size_t i)
{
    {
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
        return o;
    }
}

static json_t *documents_json(const chr_corpus *corpus)
{
    return array_of(corpus, corpus->docs.len, document_one);
}

static json_t *strings_json(const chr_strvec *v)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < v->len; i++) json_array_append_new(arr, json_string(v->items[i]));
    return arr;
}

/* Mention k of entity i (an element of its "mentions"). New reference. */
static json_t *entity_mention(const chr_corpus *corpus, size_t i, size_t k)
{
    const chr_entity *e = &corpus->entities.items[i];
    const chr_entity_mention *m = &corpus->entity_mentions.items[e->mentions.items[k]];
    json_t *mo = json_object();
    add_span(mo, corpus, m->doc, m->start, m->end);
    return mo;
}

static size_t entity_mention_count(const chr_corpus *corpus, size_t i)
{
    return corpus->entities.items[i].mentions.len;
}

/* Element i of the "entities" array with its "mentions" (the last key)
 * left empty; NULL when it is not output. New reference. */
static json_t *entity_head(const chr_corpus *corpus, size_t i)
{
    const chr_entity *e = &corpus->entities.items[i];
    if (e->merged_into >= 0 || e->mentions.len == 0) return NULL;
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(e->id));
    json_object_set_new(o, "type", json_string(e->type == CHR_ENT_PERSON ? "person" : "organization"));
    json_object_set_new(o, "name", json_string(e->name));
    json_object_set_new(o, "aliases", strings_json(&e->aliases));
    json_object_set_new(o, "titles", strings_json(&e->titles));
    json_object_set_new(o, "mentions", json_array());
    return o;
}

/* Fills the empty "mentions" of 'o', element i of its array (NULL stays
 * NULL: not output). Returns 'o'. */
static json_t *with_mentions(json_t *o, const chr_corpus *corpus, size_t i,
                             size_t (*count)(const chr_corpus *, size_t),
                             json_t *(*mention)(const chr_corpus *, size_t, size_t))
{
    if (!o) return NULL;
    json_t *mentions = json_object_get(o, "mentions");
    for (size_t k = 0; k < count(corpus, i); k++) json_array_append_new(mentions, mention(corpus, i, k));
    return o;
}

/* Element i of the "entities" array; NULL when it is not output. New reference. */
static json_t *entity_one(const chr_corpus *corpus, size_t i)
{
    return with_mentions(entity_head(corpus, i), corpus, i, entity_mention_count, entity_mention);
}

static json_t *entities_json(const chr_corpus *corpus)
{
    return array_of(corpus, corpus->entities.len, entity_one);
}

/* Element i of the "timexes" array; NULL when it is not output. New reference. */
static json_t *timex_one(const chr_corpus *corpus, size_t i)
{
    {
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
        return o;
    }
}

static json_t *timexes_json(const chr_corpus *corpus)
{
    return array_of(corpus, corpus->timexes.len, timex_one);
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

/* Mention k of event i (an element of its "mentions"). New reference. */
static json_t *event_mention(const chr_corpus *corpus, size_t i, size_t k)
{
    const chr_event *e = &corpus->events.items[i];
    const chr_event_mention *m = &corpus->event_mentions.items[e->mentions.items[k]];
    const chr_doc *doc = corpus->docs.items[m->doc];
    json_t *mo = json_object();
    add_span(mo, corpus, m->doc, m->start, m->end);
    json_object_set_new(mo, "modality", json_string(chr_modality_name(m->modality)));
    const chr_sentence *s = chr_doc_sentence(doc, m->sentence);
    json_object_set_new(mo, "sentence", s ? text_slice(doc, s->start, s->end) : json_string(""));
    return mo;
}

static size_t event_mention_count(const chr_corpus *corpus, size_t i)
{
    return corpus->events.items[i].mentions.len;
}

/* Element i of the "events" array with its "mentions" (the last key) left
 * empty; NULL when it is not output. New reference. */
static json_t *event_head(const chr_corpus *corpus, size_t i)
{
    {
        const chr_event *e = &corpus->events.items[i];
        if (e->dropped) return NULL;
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
        json_object_set_new(o, "mentions", json_array());
        return o;
    }
}

/* Element i of the "events" array; NULL when it is not output. New reference. */
static json_t *event_one(const chr_corpus *corpus, size_t i)
{
    return with_mentions(event_head(corpus, i), corpus, i, event_mention_count, event_mention);
}

static json_t *events_json(const chr_corpus *corpus)
{
    return array_of(corpus, corpus->events.len, event_one);
}

/* Element i of the "timeline" array; NULL when it is not output. New reference. */
static json_t *timeline_one(const chr_corpus *corpus, size_t i)
{
    {
        const chr_event *e = &corpus->events.items[corpus->timeline.items[i]];
        json_t *o = json_object();
        json_object_set_new(o, "event", json_string(e->id));
        json_object_set_new(o, "rank", json_integer(e->rank));
        json_object_set_new(o, "date", nullable(e->value));
        json_object_set_new(o, "type", json_string(e->type));
        json_object_set_new(o, "label", json_string(e->label ? e->label : e->type));
        return o;
    }
}

static json_t *timeline_json(const chr_corpus *corpus)
{
    return array_of(corpus, corpus->timeline.len, timeline_one);
}

json_t *chr_export_event(const chr_corpus *corpus, size_t i)
{
    return event_one(corpus, i);
}

void chr_export_each_event(const chr_corpus *corpus, void (*fn)(const json_t *ev, long rank, void *ctx), void *ctx)
{
    unsigned char *on_timeline = chr_xcalloc(corpus->events.len ? corpus->events.len : 1, 1);
    for (int pass = 0; pass < 2; pass++) {
        size_t n = pass == 0 ? corpus->timeline.len : corpus->events.len;
        for (size_t k = 0; k < n; k++) {
            size_t e = pass == 0 ? corpus->timeline.items[k] : k;
            if (pass == 1 && on_timeline[e]) continue;
            json_t *ev = chr_export_event(corpus, e);
            if (!ev) continue;
            if (pass == 0) on_timeline[e] = 1;
            fn(ev, pass == 0 ? corpus->events.items[e].rank : 0, ctx);
            json_decref(ev);
        }
    }
    free(on_timeline);
}

json_t *chr_export_doc(const chr_corpus *corpus, size_t i)
{
    return document_one(corpus, i);
}

long chr_export_doc_index(const chr_corpus *corpus, const char *id)
{
    /* ids are "d1", "d2", ... in input order (engine.c) */
    if (id[0] != 'd' || id[1] < '1' || id[1] > '9') return -1;
    char *end;
    unsigned long n = strtoul(id + 1, &end, 10);
    if (*end || n == 0 || n > corpus->docs.len) return -1;
    return strcmp(corpus->docs.items[n - 1]->id, id) == 0 ? (long)(n - 1) : -1;
}

json_t *chr_export_entity_map(const chr_corpus *corpus)
{
    json_t *map = json_object();
    for (size_t i = 0; i < corpus->entities.len; i++) {
        json_t *o = entity_head(corpus, i);
        if (o) json_object_set_new(map, corpus->entities.items[i].id, o);
    }
    return map;
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

/* The same, for the output buffer itself: jansson never looks back at
 * what it printed, so the bytes may go to the buffer's sink on the way. */
static int append_to_out(const char *buffer, size_t size, void *data)
{
    chr_buf_append((chr_buf *)data, buffer, size);
    chr_buf_flush_point((chr_buf *)data);
    return 0;
}

void chr_export_dump_json(const json_t *doc, chr_buf *out)
{
    json_dump_callback(doc, append_to_out, out, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
    chr_buf_putc(out, '\n');
}

/* Appends the JSON of 'v' as jansson would print it 'depth' levels deep
 * in a document dumped with chr_export_dump_json's flags: each line after
 * the first indented by 2 * 'depth' more spaces. JSON escapes newlines
 * inside strings, so every raw newline starts a line of layout. */
static void dump_nested(const json_t *v, int depth, chr_buf *scratch, chr_buf *out)
{
    chr_buf_reset(scratch);
    json_dump_callback(v, append_to_buf, scratch, JSON_INDENT(2) | JSON_REAL_PRECISION(15) | JSON_ENCODE_ANY);
    size_t from = 0;
    for (size_t i = 0; i < scratch->len; i++) {
        if (scratch->data[i] != '\n') continue;
        chr_buf_append(out, scratch->data + from, i + 1 - from);
        for (int k = 0; k < depth; k++) chr_buf_append(out, "  ", 2);
        from = i + 1;
    }
    chr_buf_append(out, scratch->data + from, scratch->len - from);
}

/* Appends '"key": ' of the root object, after a comma unless it is the first. */
static void root_key(const char *key, int first, chr_buf *scratch, chr_buf *out)
{
    chr_buf_append(out, first ? "\n  " : ",\n  ", first ? 3 : 4);
    json_t *k = json_string(key);
    dump_nested(k, 1, scratch, out);
    json_decref(k);
    chr_buf_append(out, ": ", 2);
}

static void root_value(const char *key, json_t *v, chr_buf *scratch, chr_buf *out)
{
    root_key(key, 0, scratch, out);
    dump_nested(v, 1, scratch, out);
    json_decref(v);
}

/* ---- mentions written directly ------------------------------------------------
 * Mentions are most of a large document's bytes, and building, dumping and
 * freeing a jansson object for each was a fifth of a whole run. These
 * writers give jansson's bytes for the same flat objects (JSON_INDENT(2),
 * 4 levels deep): strings escaped as jansson escapes them (", \, the
 * control characters as \b \f \n \r \t or \u00XX; everything else as
 * is), integers in decimal. tests/unit/test_model.c compares them with
 * jansson. */

void chr_json_put_string(chr_buf *out, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    chr_buf_putc(out, '"');
    size_t run = 0; /* bytes copied as they are, pending */
    for (size_t i = 0; i < n; i++) {
        /* eight bytes at a time while none needs an escape: no control
         * character, quote or backslash (a zero-byte test each) */
        while (i + 8 <= n) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            const uint64_t ones = UINT64_C(0x0101010101010101), highs = UINT64_C(0x8080808080808080);
            uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
            if (((x - ones * 0x20) & ~x & highs) | ((q - ones) & ~q & highs) | ((b - ones) & ~b & highs)) break;
            i += 8;
        }
        if (i >= n) break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        chr_buf_append(out, s + run, i - run);
        run = i + 1;
        char esc[7] = {'\\', 0};
        size_t len = 2;
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            esc[1] = 'u', esc[2] = '0', esc[3] = '0', esc[4] = hex[c >> 4], esc[5] = hex[c & 15];
            len = 6;
        }
        chr_buf_append(out, esc, len);
    }
    chr_buf_append(out, s + run, n - run);
    chr_buf_putc(out, '"');
}

/* '"key": ' after a comma (unless first), a line break and 'indent'
 * spaces (at most 16) */
static inline void put_key_at(chr_buf *out, const char *key, int first, int indent)
{
    /* (one bounds check for the whole key, and inline so that the length
     * of a literal key is known: a mention writes a dozen keys) */
    size_t n = strlen(key), need = 2 + (size_t)indent + 1 + n + 3;
    if (out->len + need + 1 > out->cap) chr_buf_grow(out, need);
    char *p = out->data + out->len;
    if (!first) *p++ = ',';
    *p++ = '\n';
    memset(p, ' ', (size_t)indent);
    p += indent;
    *p++ = '"';
    memcpy(p, key, n);
    p += n;
    memcpy(p, "\": ", 3);
    p += 3;
    out->len = (size_t)(p - out->data);
    out->data[out->len] = '\0';
}

/* the same for a mention's keys (4 levels deep) */
static void put_mention_key(chr_buf *out, const char *key, int first)
{
    put_key_at(out, key, first, 10);
}

static void put_int(chr_buf *out, size_t v)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n) chr_buf_putc(out, digits[--n]);
}

static void put_string_value(chr_buf *out, const char *s)
{
    chr_json_put_string(out, s, strlen(s));
}

/* Where the last code point offset was taken, in a document that still
 * has its whole text: the spool takes a document's offsets in about text
 * order, and counting on from the last one is shorter than from the
 * checkpoint before it. */
typedef struct {
    const chr_doc *doc;
    size_t byte, cp;
} cp_cursor;

/* chr_doc_cp_offset(doc, byte), counted on from 'cur' (NULL: none) when
 * that is nearer, which then moves to 'byte'. */
static size_t cp_offset(const chr_doc *doc, size_t byte, cp_cursor *cur)
{
    if (byte > doc->len) byte = doc->len;
    size_t cp;
    if (cur && doc->text && cur->doc == doc && byte >= cur->byte && byte - cur->byte <= byte % CHR_CP_STRIDE)
        cp = cur->cp + chr_utf8_count(doc->text + cur->byte, byte - cur->byte);
    else
        cp = chr_doc_cp_offset(doc, byte);
    if (cur && doc->text) cur->doc = doc, cur->byte = byte, cur->cp = cp;
    return cp;
}

/* "doc", "start", "end", "text" of a span, keys 'indent' deep; "doc"
 * first unless 'first' is 0. The end's offset is the start's plus the
 * code points of the text between, when that text is at hand. */
static void put_span_fields_at(chr_buf *out, const chr_corpus *corpus, int doc_index, size_t start, size_t end,
                               int first, int indent, cp_cursor *cur)
{
    const chr_doc *doc = corpus->docs.items[doc_index];
    put_key_at(out, "doc", first, indent);
    put_string_value(out, doc->id);
    size_t cp_start = cp_offset(doc, start, cur), cp_end;
    const char *t = chr_doc_span(doc, start, end);
    if (t && start <= end && end <= doc->len) {
        cp_end = cp_start + chr_utf8_count(t, end - start);
        if (cur && doc->text) cur->byte = end, cur->cp = cp_end;
    } else {
        cp_end = cp_offset(doc, end, cur);
    }
    put_key_at(out, "start", 0, indent);
    put_int(out, cp_start);
    put_key_at(out, "end", 0, indent);
    put_int(out, cp_end);
    put_key_at(out, "text", 0, indent);
    chr_json_put_string(out, t ? t : "", t ? end - start : 0);
}

static void put_span_fields(chr_buf *out, const chr_corpus *corpus, int doc_index, size_t start, size_t end,
                            cp_cursor *cur)
{
    put_span_fields_at(out, corpus, doc_index, start, end, 1, 10, cur);
}

/* The id the timeline stage gives timex 'i' (timeline.c, assign_ids),
 * for a spool that writes timexes before that stage runs. */
static const char *timex_id_ahead(size_t i, char id[24])
{
    snprintf(id, 24, "t%zu", i + 1);
    return id;
}

/* True when 's' is UTF-8 as jansson's json_string() accepts it (no
 * overlong form, no surrogate, nothing past U+10FFFF): given anything
 * else it returns NULL and the key is left out of its object. */
static int jansson_accepts(const char *str)
{
    const unsigned char *s = (const unsigned char *)str;
    while (*s) {
        unsigned char c = *s;
        if (c < 0x80) {
            s++;
            continue;
        }
        size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!n) return 0;
        uint32_t cp = c & (0x7F >> n);
        for (size_t k = 1; k < n; k++) {
            if ((s[k] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (s[k] & 0x3F);
        }
        if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        s += n;
    }
    return 1;
}

/* '"key": "s"' ("null" for NULL), as jansson prints string_or_null(s),
 * keys 'indent' deep; nothing when jansson would leave the key out. */
static void put_string_field(chr_buf *out, const char *key, const char *s, int first, int indent)
{
    if (s && !jansson_accepts(s)) return;
    put_key_at(out, key, first, indent);
    if (s) put_string_value(out, s);
    else chr_buf_append(out, "null", 4);
}

static void put_long(chr_buf *out, long v)
{
    if (v < 0) {
        chr_buf_putc(out, '-');
        put_int(out, (size_t)0 - (size_t)v);
    } else {
        put_int(out, (size_t)v);
    }
}

/* Element i of the "documents" array, as document_one() dumped 2 levels deep. */
static void write_document(const chr_corpus *corpus, size_t i, chr_buf *out)
{
    const chr_doc *doc = corpus->docs.items[i];
    char dct[32];
    chr_buf_putc(out, '{');
    put_string_field(out, "id", doc->id, 1, 6);
    put_string_field(out, "path", doc->path, 0, 6);
    put_string_field(out, "source", doc->source, 0, 6);
    put_string_field(out, "title", doc->title, 0, 6);
    put_string_field(out, "url", doc->url, 0, 6);
    put_string_field(out, "lang", chr_lang_name(doc->lang), 0, 6);
    put_string_field(out, "dct", chr_dct_format(&doc->dct, dct, sizeof dct) ? dct : NULL, 0, 6);
    put_key_at(out, "length", 0, 6);
    put_int(out, doc->length_cp);
    chr_buf_append(out, "\n    }", 6);
}

/* Element i of the "timeline" array, as timeline_one() dumped 2 levels deep. */
static void write_timeline_entry(const chr_corpus *corpus, size_t i, chr_buf *out)
{
    const chr_event *e = &corpus->events.items[corpus->timeline.items[i]];
    chr_buf_putc(out, '{');
    put_string_field(out, "event", e->id, 1, 6);
    put_key_at(out, "rank", 0, 6);
    put_long(out, e->rank);
    put_string_field(out, "date", e->value[0] ? e->value : NULL, 0, 6);
    put_string_field(out, "type", e->type, 0, 6);
    put_string_field(out, "label", e->label ? e->label : e->type, 0, 6);
    chr_buf_append(out, "\n    }", 6);
}

/* A root array of 'n' elements that 'write' prints directly, as
 * root_array() prints them from jansson. */
static void root_array_direct(const char *key, const chr_corpus *corpus, size_t n,
                              void (*write)(const chr_corpus *, size_t, chr_buf *), chr_buf *scratch, chr_buf *out)
{
    root_key(key, 0, scratch, out);
    for (size_t i = 0; i < n; i++) {
        chr_buf_append(out, i ? ",\n    " : "[\n    ", 6);
        write(corpus, i, out);
        chr_buf_flush_point(out);
    }
    chr_buf_append(out, n ? "\n  ]" : "[]", n ? 4 : 2);
}

/* Element i of the "timexes" array, as timex_one() dumped 2 levels deep;
 * with 'ahead', before the timeline stage has given timexes their ids. */
static void write_timex(const chr_corpus *corpus, size_t i, int ahead, cp_cursor *cur, chr_buf *out)
{
    const chr_timex *t = &corpus->timexes.items[i];
    char id[24];
    chr_buf_putc(out, '{');
    put_key_at(out, "id", 1, 6);
    put_string_value(out, ahead ? timex_id_ahead(i, id) : t->id);
    put_span_fields_at(out, corpus, t->doc, t->start, t->end, 0, 6, cur);
    put_key_at(out, "type", 0, 6);
    put_string_value(out, chr_timex_type_name(t->type));
    put_key_at(out, "value", 0, 6);
    put_string_value(out, t->value);
    if (t->mod[0]) {
        put_key_at(out, "mod", 0, 6);
        put_string_value(out, t->mod);
    }
    put_key_at(out, "anchor", 0, 6);
    const char *anchor = NULL;
    if (strcmp(t->anchor, "dct") == 0) anchor = "dct";
    else if (t->anchor[0] == '#') {
        long k = atol(t->anchor + 1);
        if (k >= 0 && (size_t)k < corpus->timexes.len)
            anchor = ahead ? timex_id_ahead((size_t)k, id) : corpus->timexes.items[k].id;
    } else if (t->anchor[0]) {
        anchor = t->anchor;
    }
    if (anchor) put_string_value(out, anchor);
    else chr_buf_append(out, "null", 4);
    chr_buf_append(out, "\n    }", 6);
}

static void write_entity_mention(const chr_corpus *corpus, size_t i, size_t k, chr_buf *out)
{
    const chr_entity *e = &corpus->entities.items[i];
    const chr_entity_mention *m = &corpus->entity_mentions.items[e->mentions.items[k]];
    chr_buf_putc(out, '{');
    put_span_fields(out, corpus, m->doc, m->start, m->end, NULL);
    chr_buf_append(out, "\n        }", 10);
}

/* Event mention 'index' (of corpus event_mentions) as an element of its
 * event's "mentions". */
static void write_event_mention_at(const chr_corpus *corpus, size_t index, cp_cursor *cur, chr_buf *out)
{
    const chr_event_mention *m = &corpus->event_mentions.items[index];
    const chr_doc *doc = corpus->docs.items[m->doc];
    chr_buf_putc(out, '{');
    put_span_fields(out, corpus, m->doc, m->start, m->end, cur);
    put_mention_key(out, "modality", 0);
    const char *modality = chr_modality_name(m->modality);
    chr_json_put_string(out, modality, strlen(modality));
    put_mention_key(out, "sentence", 0);
    const chr_sentence *sen = chr_doc_sentence(doc, m->sentence);
    const char *t = sen ? chr_doc_span(doc, sen->start, sen->end) : NULL;
    chr_json_put_string(out, t ? t : "", t ? sen->end - sen->start : 0);
    chr_buf_append(out, "\n        }", 10);
}

static void write_event_mention(const chr_corpus *corpus, size_t i, size_t k, chr_buf *out)
{
    write_event_mention_at(corpus, corpus->events.items[i].mentions.items[k], NULL, out);
}

/* Writes the elements of the "mentions" of element i of a root array,
 * each after a line break (and a comma but for the first), and returns
 * how many it wrote. */
typedef size_t (*mentions_fn)(const chr_corpus *corpus, size_t i, void *ctx, chr_buf *out);

static size_t entity_mentions_of(const chr_corpus *corpus, size_t i, void *ctx, chr_buf *out)
{
    (void)ctx;
    size_t nm = corpus->entities.items[i].mentions.len;
    for (size_t k = 0; k < nm; k++) {
        chr_buf_append(out, k ? ",\n        " : "\n        ", k ? 10 : 9);
        write_entity_mention(corpus, i, k, out);
        chr_buf_flush_point(out);
    }
    return nm;
}

static size_t event_mentions_of(const chr_corpus *corpus, size_t i, void *ctx, chr_buf *out)
{
    (void)ctx;
    size_t nm = corpus->events.items[i].mentions.len;
    for (size_t k = 0; k < nm; k++) {
        chr_buf_append(out, k ? ",\n        " : "\n        ", k ? 10 : 9);
        write_event_mention(corpus, i, k, out);
        chr_buf_flush_point(out);
    }
    return nm;
}

/* put_string_field() for a key among others: '*first' says whether none
 * was written before it, and turns 0 once one is. */
static void put_string_field_next(chr_buf *out, const char *key, const char *s, int *first, int indent)
{
    if (s && !jansson_accepts(s)) return;
    put_key_at(out, key, *first, indent);
    if (s) put_string_value(out, s);
    else chr_buf_append(out, "null", 4);
    *first = 0;
}

/* The bytes of event_head(corpus, i) dumped 2 levels deep (an element of
 * the root "events" array, its "mentions" empty), written directly: that
 * was most of the jansson work left in a large corpus's output. An amount
 * (rare; jansson prints its real numbers) is still dumped by jansson, in
 * 'scratch'. Returns 0, writing nothing, for an event not output. */
static int write_event_head(const chr_corpus *corpus, size_t i, chr_buf *scratch, chr_buf *out)
{
    const chr_event *e = &corpus->events.items[i];
    if (e->dropped) return 0;
    int first = 1;
    chr_buf_putc(out, '{');
    put_string_field_next(out, "id", e->id, &first, 6);
    put_string_field_next(out, "type", e->type, &first, 6);
    put_string_field_next(out, "label", e->label ? e->label : e->type, &first, 6);
    put_key_at(out, "when", first, 6);
    int wfirst = 1;
    chr_buf_putc(out, '{');
    put_string_field_next(out, "value", e->value[0] ? e->value : NULL, &wfirst, 8);
    put_string_field_next(out, "earliest", e->earliest[0] ? e->earliest : NULL, &wfirst, 8);
    put_string_field_next(out, "latest", e->latest[0] ? e->latest : NULL, &wfirst, 8);
    put_string_field_next(out, "basis", e->basis[0] ? e->basis : "none", &wfirst, 8);
    chr_buf_append(out, wfirst ? "}" : "\n      }", wfirst ? 1 : 8);
    put_string_field(out, "modality", chr_modality_name(e->modality), 0, 6);
    put_key_at(out, "participants", 0, 6);
    if (!e->participants.len) chr_buf_append(out, "[]", 2);
    for (size_t k = 0; k < e->participants.len; k++) {
        const chr_participant *p = &e->participants.items[k];
        const chr_entity *ent = &corpus->entities.items[p->entity];
        chr_buf_append(out, k ? ",\n        {" : "[\n        {", 11);
        int pfirst = 1;
        put_string_field_next(out, "entity", ent->id, &pfirst, 10);
        put_string_field_next(out, "role", p->role, &pfirst, 10);
        if (!pfirst) chr_buf_append(out, "\n        ", 9);
        chr_buf_putc(out, '}');
    }
    if (e->participants.len) chr_buf_append(out, "\n      ]", 8);
    put_key_at(out, "amount", 0, 6);
    if (e->amount.present) {
        json_t *a = amount_json(&e->amount);
        dump_nested(a, 3, scratch, out);
        json_decref(a);
    } else {
        chr_buf_append(out, "null", 4);
    }
    put_key_at(out, "mentions", 0, 6);
    chr_buf_append(out, "[]\n    }", 8);
    return 1;
}

/*
 * Like root_array for elements whose last key is "mentions": 'head' gives
 * the element with that array empty, and 'mentions' prints them one at a
 * time into its place, so an entity named in every article of a large
 * corpus is never built whole. The bytes are those of the whole element:
 * jansson prints an empty array as "[]" and, indented, each element of a
 * "mentions" array of an element of a root array on its own line 8 spaces
 * deep, the closing bracket 6 deep.
 */
static void root_array_by_mention(const char *key, const chr_corpus *corpus, size_t n, element_fn head,
                                  int (*write_head)(const chr_corpus *, size_t, chr_buf *, chr_buf *),
                                  mentions_fn mentions, void *ctx, chr_buf *scratch, chr_buf *out)
{
    root_key(key, 0, scratch, out);
    chr_buf elem = {0};
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        chr_buf_reset(&elem);
        if (write_head) {
            /* (the same bytes as 'head' dumped below) */
            if (!write_head(corpus, i, scratch, &elem)) continue;
        } else {
            json_t *o = head(corpus, i);
            if (!o) continue;
            dump_nested(o, 2, scratch, &elem);
            json_decref(o);
        }
        chr_buf_append(out, any ? ",\n    " : "[\n    ", 6);
        any = 1;
        /* the empty "mentions" array is the last "[]" of the element */
        size_t at = elem.len;
        while (at >= 2 && memcmp(elem.data + at - 2, "[]", 2) != 0) at--;
        if (at < 2) {
            chr_buf_append(out, elem.data, elem.len);
            chr_buf_flush_point(out);
            continue;
        }
        size_t mark = out->len;
        chr_buf_append(out, elem.data, at - 1);
        if (!mentions(corpus, i, ctx, out)) {
            /* none: the "[]" as it was (nothing was flushed since 'mark') */
            out->len = mark;
            chr_buf_append(out, elem.data, elem.len);
            chr_buf_flush_point(out);
            continue;
        }
        chr_buf_append(out, "\n      ", 7);
        chr_buf_append(out, elem.data + at - 1, elem.len - (at - 1));
        chr_buf_flush_point(out);
    }
    chr_buf_free(&elem);
    chr_buf_append(out, any ? "\n  ]" : "[]", any ? 4 : 2);
}

/* ---- the spool ---------------------------------------------------------------
 * Time expressions and event mentions are most of a large corpus's records
 * and, with the event sentences, most of the text it keeps; yet each one's
 * JSON depends on its own document only (its offsets, its text, its
 * sentence, its modality, ids known when it is found). The spool writes
 * that JSON to unlinked temporary files as each document is extracted,
 * while the document's whole text is still there (so offsets map by
 * checkpoint, and the text kept afterwards is only what the linker and
 * the timeline stage read), and the renderer copies it back: the
 * timexes in order, the event mentions grouped by event. */

struct chr_json_spool {
    struct spool_file {
        int fd;           /* unlinked: gone however the process ends */
        uint64_t flushed; /* bytes written to fd */
        chr_buf pending;  /* bytes not yet written */
    } timexes, mentions;
    size_t ntimexes;
    /* event mention i is bytes [mention_at[i], mention_at[i + 1]) of
       'mentions', a comma and its line break first */
    CHR_VEC(uint64_t) mention_at;
    int failed_errno;   /* the first I/O failure, 0 when none */
    chr_buf copy;       /* bytes read back */
};

static int spool_file_open(struct spool_file *f)
{
    const char *dir = getenv("TMPDIR");
    chr_buf path = {0};
    chr_buf_printf(&path, "%s/chronicle-spool.XXXXXX", dir && dir[0] ? dir : "/tmp");
    f->fd = mkstemp(path.data);
    if (f->fd >= 0) unlink(path.data);
    chr_buf_free(&path);
    return f->fd >= 0 ? 0 : -1;
}

static void spool_file_close(struct spool_file *f)
{
    if (f->fd >= 0) close(f->fd);
    f->fd = -1;
    chr_buf_free(&f->pending);
}

static void spool_fail(chr_json_spool *sp, int e)
{
    if (!sp->failed_errno) sp->failed_errno = e ? e : EIO;
}

/* Writes the pending bytes of 'f' once there are enough of them (all
 * with 'all'). */
static void spool_file_drain(chr_json_spool *sp, struct spool_file *f, int all)
{
    if (f->pending.len < (all ? 1 : CHR_BUF_FLUSH_AT)) return;
    size_t done = 0;
    while (done < f->pending.len && !sp->failed_errno) {
        ssize_t w = write(f->fd, f->pending.data + done, f->pending.len - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) spool_fail(sp, errno);
        else done += (size_t)w;
    }
    f->flushed += f->pending.len;
    chr_buf_reset(&f->pending);
}

/* Bytes [at, at + n) of 'f' appended to 'out' (zeros after a failure). */
static void spool_file_copy(chr_json_spool *sp, struct spool_file *f, uint64_t at, uint64_t n, chr_buf *out)
{
    while (n) {
        size_t chunk = n < ((size_t)1 << 20) ? (size_t)n : (size_t)1 << 20;
        if (sp->copy.cap < chunk + 1) {
            sp->copy.data = chr_xrealloc(sp->copy.data, chunk + 1);
            sp->copy.cap = chunk + 1;
        }
        size_t got = 0;
        while (got < chunk && !sp->failed_errno) {
            ssize_t r = pread(f->fd, sp->copy.data + got, chunk - got, (off_t)(at + got));
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) spool_fail(sp, r < 0 ? errno : EIO);
            else got += (size_t)r;
        }
        if (got < chunk) memset(sp->copy.data + got, 0, chunk - got);
        chr_buf_append(out, sp->copy.data, chunk);
        chr_buf_flush_point(out);
        at += chunk;
        n -= chunk;
    }
}

chr_json_spool *chr_json_spool_new(chr_error *err)
{
    chr_json_spool *sp = chr_xcalloc(1, sizeof *sp);
    sp->timexes.fd = sp->mentions.fd = -1;
    if (spool_file_open(&sp->timexes) != 0 || spool_file_open(&sp->mentions) != 0) {
        chr_error_set(err, CHR_ERR_IO, getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", 0, -1,
                      "cannot create a temporary file: %s", strerror(errno));
        chr_json_spool_free(sp);
        return NULL;
    }
    chr_vec_push(&sp->mention_at, (uint64_t)0);
    return sp;
}

void chr_json_spool_free(chr_json_spool *sp)
{
    if (!sp) return;
    spool_file_close(&sp->timexes);
    spool_file_close(&sp->mentions);
    chr_vec_free(&sp->mention_at);
    chr_buf_free(&sp->copy);
    free(sp);
}

static chr_status spool_docs(const chr_corpus *corpus, int first_doc, int end_doc, size_t first_timex,
                             size_t first_event, void *ctx, chr_error *err)
{
    chr_json_spool *sp = ctx;
    (void)first_doc, (void)end_doc;
    if (first_timex != sp->ntimexes || first_event + 1 != sp->mention_at.len)
        return chr_error_set(err, CHR_ERR_IO, "(spool)", 0, -1, "records were added outside the extractors");
    cp_cursor cur = {0};
    for (size_t i = first_timex; i < corpus->timexes.len; i++) {
        chr_buf_append(&sp->timexes.pending, ",\n    ", 6);
        write_timex(corpus, i, 1, &cur, &sp->timexes.pending);
        spool_file_drain(sp, &sp->timexes, 0);
    }
    cur.doc = NULL;
    sp->ntimexes = corpus->timexes.len;
    for (size_t i = first_event; i < corpus->event_mentions.len; i++) {
        chr_buf_append(&sp->mentions.pending, ",\n        ", 10);
        write_event_mention_at(corpus, i, &cur, &sp->mentions.pending);
        chr_vec_push(&sp->mention_at, sp->mentions.flushed + sp->mentions.pending.len);
        /* (a long article's would be tens of MB) */
        spool_file_drain(sp, &sp->mentions, 0);
    }
    if (sp->failed_errno)
        return chr_error_set(err, CHR_ERR_IO, "(temporary file)", 0, -1, "write failed: %s", strerror(sp->failed_errno));
    return CHR_OK;
}

void chr_json_spool_attach(chr_json_spool *sp, chr_corpus *corpus)
{
    corpus->spool_docs = spool_docs;
    corpus->spool_ctx = sp;
}

/* The spooled mentions of event i: runs of consecutive mentions are one
 * run of bytes. */
static size_t spooled_event_mentions_of(const chr_corpus *corpus, size_t i, void *ctx, chr_buf *out)
{
    chr_json_spool *sp = ctx;
    const chr_event *e = &corpus->events.items[i];
    size_t nm = e->mentions.len;
    for (size_t k = 0; k < nm;) {
        size_t first = e->mentions.items[k], last = first;
        size_t next = k + 1;
        while (next < nm && e->mentions.items[next] == last + 1) last++, next++;
        /* the first mention of the event goes without its comma */
        uint64_t from = sp->mention_at.items[first] + (k == 0);
        spool_file_copy(sp, &sp->mentions, from, sp->mention_at.items[last + 1] - from, out);
        k = next;
    }
    return nm;
}

/* The same bytes as chr_export_dump_json(chr_export_document(...)), but
 * the document is printed element by element, so the whole jansson tree of
 * a large corpus (several times the size of the JSON) never exists at once. */
chr_status chr_render_json(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out, chr_error *err)
{
    chr_json_spool *sp = opts ? opts->spool : NULL;
    if (sp) {
        if (sp->ntimexes != corpus->timexes.len || sp->mention_at.len != corpus->event_mentions.len + 1)
            return chr_error_set(err, CHR_ERR_IO, "(spool)", 0, -1, "the spool does not hold every record");
        spool_file_drain(sp, &sp->timexes, 1);
        spool_file_drain(sp, &sp->mentions, 1);
    }
    chr_buf scratch = {0};
    chr_buf_append(out, "{", 1);
    root_key("schema", 1, &scratch, out);
    json_t *schema = json_string("chronicle.timeline/1");
    dump_nested(schema, 1, &scratch, out);
    json_decref(schema);
    json_t *gen = json_object();
    json_object_set_new(gen, "name", json_string("chronicle"));
    json_object_set_new(gen, "version", json_string(opts && opts->generator_version ? opts->generator_version : ""));
    root_value("generator", gen, &scratch, out);
    /* documents and the timeline written directly too (the bytes of
     * document_one and timeline_one) */
    root_array_direct("documents", corpus, corpus->docs.len, write_document, &scratch, out);
    root_array_by_mention("entities", corpus, corpus->entities.len, entity_head, NULL, entity_mentions_of, NULL,
                          &scratch, out);
    /* timexes written directly, as mentions are (the bytes of timex_one) */
    root_key("timexes", 0, &scratch, out);
    if (sp && corpus->timexes.len) {
        /* the spool has them in order, each after ",\n    " */
        chr_buf_append(out, "[", 1);
        spool_file_copy(sp, &sp->timexes, 1, sp->timexes.flushed - 1, out);
    }
    for (size_t i = 0; !sp && i < corpus->timexes.len; i++) {
        chr_buf_append(out, i ? ",\n    " : "[\n    ", 6);
        write_timex(corpus, i, 0, NULL, out);
        chr_buf_flush_point(out);
    }
    chr_buf_append(out, corpus->timexes.len ? "\n  ]" : "[]", corpus->timexes.len ? 4 : 2);
    root_array_by_mention("events", corpus, corpus->events.len, event_head, write_event_head,
                          sp ? spooled_event_mentions_of : event_mentions_of, sp, &scratch, out);
    root_array_direct("timeline", corpus, corpus->timeline.len, write_timeline_entry, &scratch, out);
    if (opts && opts->coverage) root_value("coverage", json_incref((json_t *)opts->coverage), &scratch, out);
    chr_buf_append(out, "\n}\n", 3);
    chr_buf_free(&scratch);
    if (sp && sp->failed_errno)
        return chr_error_set(err, CHR_ERR_IO, "(temporary file)", 0, -1, "read failed: %s", strerror(sp->failed_errno));
    return CHR_OK;
}
