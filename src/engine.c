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

static void add_doc(chr_corpus *corpus, chr_doc *doc)
{
    snprintf(doc->id, sizeof doc->id, "d%zu", corpus->docs.len + 1);
    chr_vec_push(&corpus->docs, doc);
}

chr_status chr_engine_add_file(const chr_engine *engine, chr_corpus *corpus, const char *path,
                               const chr_read_options *opts, chr_error *err)
{
    chr_doc *doc = NULL;
    chr_status st = chr_reader_load_file(path, opts, engine->reader, &doc, err);
    if (st == CHR_OK) add_doc(corpus, doc);
    return st;
}

chr_status chr_engine_add_bytes(const chr_engine *engine, chr_corpus *corpus, const char *name, const char *bytes,
                                size_t len, const chr_read_options *opts, chr_error *err)
{
    chr_doc *doc = NULL;
    chr_status st = chr_reader_load_bytes(name, bytes, len, opts, engine->reader, &doc, err);
    if (st == CHR_OK) add_doc(corpus, doc);
    return st;
}

chr_status chr_engine_run(const chr_engine *engine, chr_corpus *corpus, const char *label_lang, chr_error *err)
{
    chr_status st = CHR_OK;
    for (size_t d = 0; d < corpus->docs.len && st == CHR_OK; d++) {
        st = chr_timex_extract(engine->timex, corpus, (int)d, err);
        if (st == CHR_OK) st = chr_entity_extract(engine->entity, corpus, (int)d, err);
        if (st == CHR_OK) st = chr_event_extract(engine->event, corpus, (int)d, err);
    }
    if (st == CHR_OK) st = chr_resolve(engine->rules, engine->entity, corpus, err);
    if (st == CHR_OK) st = chr_timeline_build(engine->rules, corpus, label_lang, err);
    return st;
}
