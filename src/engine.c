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
    /* the gates of the entity cues, the triggers and the modality cues,
     * scanned for in one pass per document (extract_batch) */
    chr_gates *gates;
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
    const chr_gates *sets[3] = {chr_entity_gates(engine->entity), chr_event_gates(engine->event, 0),
                                chr_event_gates(engine->event, 1)};
    engine->gates = chr_gates_union(sets, 3);
    return engine;
}

void chr_engine_free(chr_engine *engine)
{
    if (!engine) return;
    chr_gates_free(engine->gates);
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

/* A batch of documents (see extract_pending): at most this many, or the
 * first to reach this many bytes of text together. About 2 KB articles
 * ran fastest at 128-512 (the batch's text stays in the caches); the
 * byte bound keeps long files from being held many at a time. */
#define CHR_ENGINE_BATCH_DOCS 256
#define CHR_ENGINE_BATCH_BYTES (1u << 20)

static chr_status extract_pending(const chr_engine *engine, chr_corpus *corpus, chr_error *err);

/* The end of the batch of documents that starts at 'from' (see
 * extract_pending): '*full' set when it holds the most a batch may, not
 * just the documents added so far. */
static size_t batch_end(const chr_corpus *corpus, size_t from, int *full)
{
    size_t bytes = 0;
    for (size_t d = from; d < corpus->docs.len;) {
        bytes += corpus->docs.items[d++]->len;
        if (d - from >= CHR_ENGINE_BATCH_DOCS || bytes >= CHR_ENGINE_BATCH_BYTES) {
            *full = 1;
            return d;
        }
    }
    *full = 0;
    return corpus->docs.len;
}

/* Appends 'doc'; with spans_only the documents are extracted (and their
 * text dropped) as soon as they make a whole batch, so that only a
 * batch's whole text is ever held. */
static chr_status add_doc(const chr_engine *engine, chr_corpus *corpus, chr_doc *doc, chr_error *err)
{
    snprintf(doc->id, sizeof doc->id, "d%zu", corpus->docs.len + 1);
    chr_vec_push(&corpus->docs, doc);
    int full = 0;
    if (corpus->spans_only) batch_end(corpus, corpus->extracted, &full);
    return full ? extract_pending(engine, corpus, err) : CHR_OK;
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
 * mention, unless a spool (corpus->spool_docs) has written the time
 * expressions and event mentions already. The records of 'd' are those
 * from index 'range[0]' to 'range[1]' of each vector (each extractor
 * appends the ones of the document it runs on).
 */
static void keep_spans(chr_corpus *c, int d, const size_t *timex_range, const size_t *entity_range,
                       const size_t *event_range)
{
    CHR_VEC(chr_span) spans = {0};
    CHR_VEC(long) sentences = {0};
    int spooled = c->spool_docs != NULL;
    for (size_t i = spooled ? timex_range[1] : timex_range[0]; i < timex_range[1]; i++) {
        const chr_timex *t = &c->timexes.items[i];
        if (t->doc != d) continue;
        chr_span sp = {t->start, t->end};
        chr_vec_push(&spans, sp);
    }
    for (size_t i = entity_range[0]; i < entity_range[1]; i++) {
        const chr_entity_mention *m = &c->entity_mentions.items[i];
        if (m->doc != d) continue;
        chr_span sp = {m->start, m->end + ENTITY_GAP_BYTES};
        chr_vec_push(&spans, sp);
    }
    for (size_t i = event_range[0]; i < event_range[1];) {
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
        for (; k < event_range[1]; k++) {
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

/*
 * Runs the extractors on documents [d0, d1), a batch: each stage over
 * all of them, in document order, before the next stage. An article is
 * about 2 KB and each stage starts hundreds of compiled patterns (2 MB of
 * JIT code) and its own tables on it; one stage at a time over a batch
 * finds them in the caches, where one article at a time through every
 * stage evicted them (on 11 000 articles 3.67 -> 2.51 s of CPU, same output).
 * The stages of one document run in the same order as before, and each
 * appends its records one document at a time, so every vector is in the
 * same order; the event stage finds a document's timexes and entity
 * mentions among the batch's (doc_records in event.c).
 */
static chr_status extract_batch(const chr_engine *engine, chr_corpus *corpus, size_t d0, size_t d1, chr_error *err)
{
    size_t n = d1 - d0;
    /* where each document's records start, per vector; [n]: the end */
    size_t *first = chr_xmalloc(3 * (n + 1) * sizeof *first);
    size_t *first_timex = first, *first_entity = first + n + 1, *first_event = first + 2 * (n + 1);
    chr_status st = CHR_OK;
    for (size_t i = 0; i < n && st == CHR_OK; i++) {
        first_timex[i] = corpus->timexes.len;
        st = chr_timex_extract(engine->timex, corpus, (int)(d0 + i), err);
    }
    first_timex[n] = corpus->timexes.len;
    /* one gate scan per document for both stages: the spans each reads,
     * scanned for the entity cues', the triggers' and the modality cues'
     * gates at once (a third of the three scans' time), into one pool per
     * set for the batch, which the stages read through views */
    chr_gate_hits pools[3] = {{0}};
    size_t *at = chr_xmalloc(3 * (n + 1) * sizeof *at); /* where doc i's hits start, per pool */
    for (size_t i = 0; i < n; i++) {
        const chr_doc *doc = corpus->docs.items[d0 + i];
        for (int k = 0; k < 3; k++) at[3 * i + (size_t)k] = pools[k].len;
        size_t ef, et, vf, vt;
        chr_entity_gate_span(engine->entity, doc, &ef, &et);
        chr_event_gate_span(engine->event, doc, &vf, &vt);
        size_t from = ef < et ? ef : vf, to = ef < et ? et : vt;
        if (vf < vt && vf < from) from = vf;
        if (vf < vt && vt > to) to = vt;
        if (from < to) chr_gates_union_scan(engine->gates, doc->text, doc->len, from, to, pools);
    }
    for (int k = 0; k < 3; k++) at[3 * n + (size_t)k] = pools[k].len;
    chr_gate_hits *scans = chr_xcalloc(3 * n, sizeof *scans);
    chr_gate_hits *entity_scans = scans, *event_scans = scans + n;
    for (size_t i = 0; i < n; i++) {
        chr_gate_hits *views[3] = {&entity_scans[i], &event_scans[2 * i], &event_scans[2 * i + 1]};
        for (int k = 0; k < 3; k++) {
            size_t a = at[3 * i + (size_t)k], b = at[3 * (i + 1) + (size_t)k];
            views[k]->items = pools[k].items ? pools[k].items + a : NULL;
            views[k]->len = views[k]->cap = b - a;
        }
    }
    /* (the entity and event stages run cue by cue, trigger by trigger,
     * over the batch: where each document's records start is found
     * afterwards) */
    size_t entities_from = corpus->entity_mentions.len;
    if (st == CHR_OK) st = chr_entity_extract_scanned(engine->entity, corpus, (int)d0, (int)d1, entity_scans, err);
    for (size_t i = 0, k = entities_from; i <= n; i++) {
        while (k < corpus->entity_mentions.len && (size_t)corpus->entity_mentions.items[k].doc < d0 + i) k++;
        first_entity[i] = k;
    }
    size_t events_from = corpus->event_mentions.len;
    if (st == CHR_OK) st = chr_event_extract_scanned(engine->event, corpus, (int)d0, (int)d1, event_scans, err);
    for (int k = 0; k < 3; k++) chr_vec_free(&pools[k]);
    free(scans);
    free(at);
    if (st == CHR_OK) trim_participants(corpus, events_from);
    for (size_t i = 0, k = events_from; i <= n; i++) {
        while (k < corpus->event_mentions.len && (size_t)corpus->event_mentions.items[k].doc < d0 + i) k++;
        first_event[i] = k;
    }
    /* (the spool writes the batch's records from these on, in order) */
    if (st == CHR_OK && corpus->spool_docs)
        st = corpus->spool_docs(corpus, (int)d0, (int)d1, first_timex[0], first_event[0], corpus->spool_ctx, err);
    for (size_t i = 0; i < n && st == CHR_OK && corpus->spans_only; i++)
        keep_spans(corpus, (int)(d0 + i), first_timex + i, first_entity + i, first_event + i);
    free(first);
    return st;
}

static chr_status extract_pending(const chr_engine *engine, chr_corpus *corpus, chr_error *err)
{
    chr_status st = CHR_OK;
    while (corpus->extracted < corpus->docs.len && st == CHR_OK) {
        int full;
        size_t end = batch_end(corpus, corpus->extracted, &full);
        st = extract_batch(engine, corpus, corpus->extracted, end, err);
        if (st == CHR_OK) corpus->extracted = end;
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
