/*
 * chr_evaluate.h - scoring a timeline against a gold timeline (library).
 *
 * Sits beside the pipeline, not in it: it reads two JSON documents, a gold
 * annotation in the format of the shared seed gold (entities with aliases,
 * timexes with values, events with type alternatives, date, participants,
 * optional flags) and a chronicle.timeline/1 output, and computes the
 * figures researchers quote: entity precision/recall and split entities,
 * timex recall and value accuracy, event precision/recall/F1 (greedy
 * matching on type, date and a shared participant), pairwise order
 * agreement, and the date F1 of timeline-summarization research (overlap of
 * the predicted and gold event dates). Its event and order figures follow
 * ../shared/eval/score.py exactly.
 *
 * Owns: nothing beyond the result. Borrows: the JSON values and texts.
 */
#ifndef CHR_EVALUATE_H
#define CHR_EVALUATE_H

#include <jansson.h>

#include "chr_common.h"

typedef struct {
    /* entities */
    double ent_precision, ent_recall_typed, ent_recall_any, ent_f1;
    long ent_fragmented, ent_missed, ent_false_positives;
    /* timexes */
    double tx_recall, tx_value_accuracy;
    /* events */
    double ev_precision, ev_recall, ev_f1;
    long ev_gold, ev_matched, ev_false_positives, ev_wrong_date;
    /* order: pairs of matched gold events with distinct dates */
    long order_pairs, order_concordant;
    double order_score; /* -1 when there are no pairs ("None") */
    /* date selection (timeline summarization): distinct day-level dates */
    long dates_gold, dates_pred, dates_common;
    double date_precision, date_recall, date_f1;
    /* offsets: mentions whose text is not the document's text at start..end */
    long offsets_bad, offsets_total;
} chr_eval_result;

/*
 * Scores 'pred' (a chronicle.timeline/1 document) against 'gold'. 'texts'
 * holds the n_texts documents' text (UTF-8) in the order of the output's
 * documents (d1, d2, ...), for the offset check; with n_texts 0 offsets are
 * not checked. Returns CHR_OK and fills 'out', or CHR_ERR_INPUT when a
 * document lacks what it must have (message in 'err').
 */
chr_status chr_evaluate(const json_t *gold, const json_t *pred, const char *const *texts, size_t n_texts,
                        chr_eval_result *out, chr_error *err);

/*
 * Loads the gold file (a single gold, or a map name -> gold from which
 * 'key' picks one; NULL key picks the entry named after the first document's
 * base name), the output file and the documents, then scores. Returns
 * CHR_OK or CHR_ERR_IO / CHR_ERR_INPUT with 'err' filled.
 */
chr_status chr_evaluate_files(const char *gold_path, const char *pred_path, const char *key,
                              const char *const *doc_paths, size_t n_docs, chr_eval_result *out, chr_error *err);

/* Appends the one-line summary score.py prints (same figures, same
 * rounding) plus the date F1 to 'out'. */
void chr_eval_summary(const chr_eval_result *r, chr_buf *out);

/* Appends the full result as a JSON object (for --json) to 'out'. */
void chr_eval_json(const chr_eval_result *r, chr_buf *out);

#endif
