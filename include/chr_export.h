/*
 * chr_export.h - the exporters (last pipeline stage) and their registry.
 *
 * Every renderer is a pure function from a finished corpus to bytes
 * appended to a chr_buf: no I/O, no regexes. main.c writes the bytes
 * (atomically). Adding a format is one file plus one line in the table in
 * export.c.
 *
 * Borrows: the corpus and options. Owns: nothing.
 */
#ifndef CHR_EXPORT_H
#define CHR_EXPORT_H

#include <jansson.h>

#include "chr_model.h"

typedef struct {
    const char *generator_version; /* "chronicle x.y.z" goes into the JSON */
    const char *label_lang;        /* "ko", "en" or NULL (each event's source language) */
    int csv_bom;                   /* prefix CSV with a UTF-8 BOM for spreadsheets */
    const json_t *coverage;        /* borrowed: a compare coverage section, or NULL */
    struct chr_json_spool *spool;  /* borrowed: the JSON renderer's spool, or NULL */
} chr_export_options;

typedef chr_status (*chr_render_fn)(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out,
                                    chr_error *err);

typedef struct {
    const char *name;        /* the --format value */
    const char *description; /* one line for --help */
    chr_render_fn render;
    int needs_text;          /* prints whole articles, not just the spans
                                (so the corpus must not be spans_only) */
} chr_exporter;

/* The exporter named 'name', or NULL. */
const chr_exporter *chr_export_find(const char *name);
/* All exporters, in --help order; *count is set. */
const chr_exporter *chr_export_all(size_t *count);

/*
 * Builds the chronicle.timeline/1 document as a jansson value (a new
 * reference: the caller json_decref()s it). The JSON, JSON Lines and
 * TimelineJS renderers and the comparison share it.
 */
json_t *chr_export_document(const chr_corpus *corpus, const chr_export_options *opts);

/*
 * Pieces of that document, for renderers that go one event at a time
 * instead of building it whole (its "events" and "mentions" grow with the
 * corpus). New references: event i as in "events" (NULL when it is not
 * output), document i as in "documents"; an object mapping the id of every
 * entity in "entities" to that entity with its "mentions" left empty.
 * chr_export_doc_index: the index of the document of id "dN", or -1.
 */
json_t *chr_export_event(const chr_corpus *corpus, size_t i);
json_t *chr_export_doc(const chr_corpus *corpus, size_t i);
json_t *chr_export_entity_map(const chr_corpus *corpus);
long chr_export_doc_index(const chr_corpus *corpus, const char *id);

/* Calls fn(event, rank, ctx) for every output event, one built and freed
 * at a time: those on the timeline in its order with their rank, then the
 * others with rank 0 (the row and line exporters' order). */
void chr_export_each_event(const chr_corpus *corpus, void (*fn)(const json_t *ev, long rank, void *ctx), void *ctx);

/* Serialises 'doc' deterministically (insertion order, 2-space indent). */
void chr_export_dump_json(const json_t *doc, chr_buf *out);

/* Appends the JSON string of s[0, n) (valid UTF-8) with jansson's escapes,
 * so that text written directly matches text jansson dumps. */
void chr_json_put_string(chr_buf *out, const char *s, size_t n);

/*
 * The JSON renderer's spool: attached to a corpus before documents are
 * added (chr_json_spool_attach sets corpus->spool_docs), it writes each
 * document's timexes and event mentions, as chr_render_json prints them,
 * to unlinked temporary files as soon as its batch is extracted, so
 * neither they nor the text they quote need be held (the corpus keeps
 * their records for the resolver, not their text). chr_render_json with
 * opts->spool copies them back in place. The corpus must then be
 * rendered as JSON only: it keeps no text for the other formats.
 * chr_json_spool_new returns NULL (with 'err' set) when no temporary file
 * can be made; chr_json_spool_free(NULL) is a no-op.
 */
typedef struct chr_json_spool chr_json_spool;
chr_json_spool *chr_json_spool_new(chr_error *err);
void chr_json_spool_attach(chr_json_spool *spool, chr_corpus *corpus);
void chr_json_spool_free(chr_json_spool *spool);

/* The renderers in the table. */
chr_status chr_render_json(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out, chr_error *err);
chr_status chr_render_timeml(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out,
                             chr_error *err);
chr_status chr_render_text(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out, chr_error *err);
chr_status chr_render_csv(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out, chr_error *err);
chr_status chr_render_jsonl(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out, chr_error *err);
chr_status chr_render_timelinejs(const chr_corpus *corpus, const chr_export_options *opts, chr_buf *out,
                                 chr_error *err);

#endif
