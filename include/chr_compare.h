/*
 * chr_compare.h - coverage across sources: which document reports which
 * event, with which date, and where the sources disagree.
 *
 *   reader -> extractors -> resolver -> timeline -> compare -> exporters
 *
 * The comparison reads a finished corpus and never changes its events. It
 * first sorts the documents (before the pipeline runs) so that the same
 * files in any order give the same corpus, then aligns events the resolver
 * kept apart because their sources disagree (see chr_compare_coverage),
 * and builds the "coverage" section (docs/coverage.schema.json) that the
 * JSON exporter embeds through chr_export_options.coverage. The text
 * matrix and the CSV are pure renderers of that section.
 *
 * Borrows: the corpus. Owns: nothing; every json_t returned is a new
 * reference the caller json_decref()s.
 */
#ifndef CHR_COMPARE_H
#define CHR_COMPARE_H

#include <jansson.h>

#include "chr_common.h"
#include "chr_model.h"

/* Two events of different documents may be one event reported with
 * different dates when their dates are at most this many days apart ... */
#define CHR_COMPARE_WINDOW_DAYS 3
/* ... or this many when they have the same type and the same person as
 * subject (one person is rarely ousted or reinstated twice in ten days,
 * while outlets do date "the return" by its agreement or by its start). */
#define CHR_COMPARE_SUBJECT_WINDOW_DAYS 10

/*
 * Sorts the documents of a corpus that has been read but not yet run
 * (no timexes, entities or events) by article date (undated last), then
 * source name, then path, then content, and renumbers their ids d1, d2, ...
 * in that order. Returns CHR_OK, or CHR_ERR_USAGE in 'err' when the
 * pipeline has already run.
 */
chr_status chr_compare_sort_documents(chr_corpus *corpus, chr_error *err);

/*
 * Builds the coverage section of a resolved corpus (after
 * chr_timeline_build). Returns a new reference (caller json_decref()s).
 */
json_t *chr_compare_coverage(const chr_corpus *corpus);

/* Appends the coverage matrix, the conflicts, the sources and the agreement
 * table as text readable at 80 columns (Hangul and other wide characters
 * count two columns). 'coverage' is borrowed. */
void chr_compare_render_text(const json_t *coverage, chr_buf *out);

/* Appends the coverage matrix as RFC 4180 CSV (CRLF line ends), with a
 * UTF-8 byte order mark first when 'bom'. 'coverage' is borrowed. */
void chr_compare_render_csv(const json_t *coverage, int bom, chr_buf *out);

/* Terminal columns that the UTF-8 string 's' occupies (East Asian wide
 * and fullwidth characters count two, combining marks zero). */
size_t chr_compare_display_width(const char *s);

#endif
