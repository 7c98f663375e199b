/*
 * chronicle.h - the library's front door: an engine that holds the
 * compiled rules of every stage and runs the whole pipeline
 *
 *   reader -> extractors (timex, entity, event) -> resolver -> timeline -> exporters
 *
 * over a corpus. The CLI, the tests, the benchmarks and the fuzz target all
 * use it.
 *
 * Owns: the rule set and every compiled extractor (chr_engine_free).
 * Borrows: nothing after chr_engine_new returns.
 */
#ifndef CHRONICLE_H
#define CHRONICLE_H

#include "chr_common.h"
#include "chr_export.h"
#include "chr_model.h"
#include "chr_reader.h"
#include "chr_rules.h"

#define CHRONICLE_VERSION "0.1.0"

typedef struct {
    const char *rules_dir; /* NULL: the rules embedded at build time */
    const char *gazetteer; /* a user gazetteer TSV, or NULL */
} chr_engine_options;

typedef struct chr_engine chr_engine;

/* Loads and compiles every rule. NULL with 'err' on a bad rule file. */
chr_engine *chr_engine_new(const chr_engine_options *opts, chr_error *err);
void chr_engine_free(chr_engine *engine);

const chr_rules *chr_engine_rules(const chr_engine *engine);

/* Reads 'path' ("-" for standard input) and appends it to the corpus.
 * With corpus->spans_only it also runs the extractors on it at once (so
 * an extraction error can come from here) and drops its text but for the
 * spans that are output. */
chr_status chr_engine_add_file(const chr_engine *engine, chr_corpus *corpus, const char *path,
                               const chr_read_options *opts, chr_error *err);
/* The same from memory (copied). */
chr_status chr_engine_add_bytes(const chr_engine *engine, chr_corpus *corpus, const char *name, const char *bytes,
                                size_t len, const chr_read_options *opts, chr_error *err);

/* Runs the extractors on every document not yet extracted, then the
 * resolver and the timeline builder. 'label_lang' as in
 * chr_timeline_build. */
chr_status chr_engine_run(const chr_engine *engine, chr_corpus *corpus, const char *label_lang, chr_error *err);

#endif
