/*
 * engine.c - runs the pipeline: holds every stage's compiled rules and
 * calls the stages in order over a corpus.
 */
#include <stdio.h>
#include <stdlib.h>

#include "chr_entity.h"
#include "chr_event.h"
#include "chr_resolver.h"
#include "chr_timeline.h"
#include "chr_timex.h"
#include "chronicle.h"

struct chr_engine {
    chr_rules *rules;
    chr_reader *reader;
    chr_timex_extractor *timex;
    chr_entity_extractor *entity;
    chr_event_extractor *event;
};

chr_engine *chr_engine_new(const chr_engine_options *opts, chr_error *err)
{
    chr_engine *engine = chr_xcalloc(1, sizeof *engine);
    engine->rules = opts && opts->rules_dir ? chr_rules_load_dir(opts->rules_dir, err) : chr_rules_load_embedded(err);
    if (!engine->rules || !(engine->reader = chr_reader_new(engine->rules, err)) ||
        !(engine->timex = chr_timex_new(engine->rules, err)) ||
        !(engine->entity = chr_entity_new(engine->rules, opts ? opts->gazetteer : NULL, err)) ||
        !(engine->event = chr_event_new(engine->rules, err))) {
        chr_engine_free(engine);
        return NULL;
    }
    return engine;
}

void chr_engine_free(chr_engine *engine)
{
    if (!engine) return;
    chr_event_free(engine->event);
    chr_entity_free(engine->entity);
    chr_timex_free(engine->timex);
    chr_reader_free(engine->reader);
    chr_rules_free(engine->rules);
    free(engine);
}

const chr_rules *chr_engine_rules(const chr_engine *engine)
{
    return engine->rules;
}

static chr_status extract_pending(const chr_engine *engine, chr_corpus *corpus, chr_error *err);

/* Appends 'doc'; with spans_only it is extracted (and its text dropped)
 * right away, so that only one article's whole text is ever held. */
static chr_status add_doc(const chr_engine *engine, chr_corpus *corpus, chr_doc *doc, chr_error *err)
{
    snprintf(doc->id, sizeof doc->id, "d%zu", corpus->docs.len + 1);
    chr_vec_push(&corpus->docs, doc);
    return corpus->spans_only ? extract_pending(engine, corpus, err) : CHR_OK;
}

chr_status chr_engine_add_file(const chr_engine *engine, chr_corpus *corpus, const char *path,
                               const chr_read_options *opts, chr_error *err)
{
    chr_doc *doc = NULL;
    chr_status st = chr_reader_load_file(path, opts, engine->reader, &doc, err);
    if (st == CHR_OK) st = add_doc(engine, corpus, doc, err);
    return st;
}

chr_status chr_engine_add_bytes(const chr_engine *engine, chr_corpus *corpus, const char *name, const char *bytes,
                                size_t len, const chr_read_options *opts, chr_error *err)
{
    chr_doc *doc = NULL;
    chr_status st = chr_reader_load_bytes(name, bytes, len, opts, engine->reader, &doc, err);
    if (st == CHR_OK) st = add_doc(engine, corpus, doc, err);
    return st;
}

/* How far past an entity mention the linker reads: the possessive between
 * a company and its board ("오픈AI의 이사회", "OpenAI's board"; see
 * explicit_board_owner in linker.c) is at most this many bytes. */
#define ENTITY_GAP_BYTES 4

/*
 * Drops document 'd''s text but what the later stages read of it: the
 * linker, each entity mention and the few bytes after it; the timeline,
 * the text between two event mentions of one sentence; the exporters,
 * every mention and time expression and the sentence of every event
 * mention, unless a spool (corpus->spool_doc) has written the time
 * expressions and event mentions already. The records of 'd' are those
 * from index 'first_*' on (each extractor appends the ones of the
 * document it runs on).
 */
static void keep_spans(chr_corpus *c, int d, size_t first_timex, size_t first_entity, size_t first_event)
{
    CHR_VEC(chr_span) spans = {0};
    CHR_VEC(long) sentences = {0};
    int spooled = c->spool_doc != NULL;
    for (size_t i = spooled ? c->timexes.len : first_timex; i < c->timexes.len; i++) {
        const chr_timex *t = &c->timexes.items[i];
        if (t->doc != d) continue;
        chr_span sp = {t->start, t->end};
        chr_vec_push(&spans, sp);
    }
    for (size_t i = first_entity; i < c->entity_mentions.len; i++) {
        const chr_entity_mention *m = &c->entity_mentions.items[i];
        if (m->doc != d) continue;
        chr_span sp = {m->start, m->end + ENTITY_GAP_BYTES};
        chr_vec_push(&spans, sp);
    }
    for (size_t i = first_event; i < c->event_mentions.len;) {
        const chr_event_mention *m = &c->event_mentions.items[i];
        if (m->doc != d) {
            i++;
            continue;
        }
        /* the timeline reads between any two mentions of one sentence (in
         * it, but a trigger need not be, nor a mention have a sentence):
         * keep the run of them whole, from the first start to the last
         * end, whatever their order (the sentence itself may not be kept) */
        chr_span sp = {m->start, m->end};
        size_t k = i + 1;
        for (; k < c->event_mentions.len; k++) {
            const chr_event_mention *n = &c->event_mentions.items[k];
            if (n->doc != d || n->sentence != m->sentence) break;
            if (n->start < sp.start) sp.start = n->start;
            if (n->end > sp.end) sp.end = n->end;
        }
        chr_vec_push(&spans, sp);
        if (m->sentence >= 0 && !spooled) chr_vec_push(&sentences, m->sentence);
        i = k;
    }
    chr_doc_keep(c->docs.items[d], spans.items, spans.len, sentences.items, sentences.len);
    chr_vec_free(&spans);
    chr_vec_free(&sentences);
}

/* Gives back the spare room of the participant lists of the event
 * mentions from 'first' on: one or two participants in room for eight,
 * times every mention of a large corpus. */
static void trim_participants(chr_corpus *c, size_t first)
{
    for (size_t i = first; i < c->event_mentions.len; i++) {
        chr_event_mention *m = &c->event_mentions.items[i];
        if (m->participants.cap == m->participants.len) continue;
        if (m->participants.len == 0) {
            chr_vec_free(&m->participants);
            continue;
        }
        m->participants.items = chr_xrealloc(m->participants.items, m->participants.len * sizeof *m->participants.items);
        m->participants.cap = m->participants.len;
    }
}

/* Runs the extractors on the documents not yet extracted, in order. */
static chr_status extract_pending(const chr_engine *engine, chr_corpus *corpus, chr_error *err)
{
    chr_status st = CHR_OK;
    for (; corpus->extracted < corpus->docs.len && st == CHR_OK; corpus->extracted++) {
        int d = (int)corpus->extracted;
        size_t first_timex = corpus->timexes.len, first_entity = corpus->entity_mentions.len,
               first_event = corpus->event_mentions.len;
        st = chr_timex_extract(engine->timex, corpus, d, err);
        if (st == CHR_OK) st = chr_entity_extract(engine->entity, corpus, d, err);
        if (st == CHR_OK) st = chr_event_extract(engine->event, corpus, d, err);
        if (st == CHR_OK) trim_participants(corpus, first_event);
        if (st == CHR_OK && corpus->spool_doc)
            st = corpus->spool_doc(corpus, d, first_timex, first_event, corpus->spool_ctx, err);
        if (st == CHR_OK && corpus->spans_only) keep_spans(corpus, d, first_timex, first_entity, first_event);
    }
    return st;
}

chr_status chr_engine_run(const chr_engine *engine, chr_corpus *corpus, const char *label_lang, chr_error *err)
{
    chr_status st = extract_pending(engine, corpus, err);
    if (st == CHR_OK) st = chr_resolve(engine->rules, engine->entity, corpus, err);
    if (st == CHR_OK) st = chr_timeline_build(engine->rules, corpus, label_lang, err);
    return st;
}
