/*
 * chr_timeline.h - the timeline builder (the stage before the exporters).
 *
 * Gives every record its public id (d1, p1/o1, t1, e1), writes each
 * event's label from the 'label' templates of the rule files, and orders
 * the events: dated ones by their interval (ties share a rank), dates
 * without a year after those with one, undated ones last in text order.
 * An undated event that a cue relates to a dated event of its sentence
 * ('word order_cue SURFACE after_post|after_pre|before_post|before_pre':
 * "해임 이후", "after the ouster") sits right after (before) it.
 * Negated and possible events are not on the timeline.
 *
 *   label  TYPE  LANG  TEMPLATE    e.g. "{subject} ousted[ by {agent}]";
 *          placeholders {subject} {agent} {organization} {counterparty}
 *          {amount} {type}; a [segment] is dropped when a placeholder in it
 *          is empty; TYPE '*' is the fallback.
 *
 * Reads and writes the corpus. Borrows the rule set.
 */
#ifndef CHR_TIMELINE_H
#define CHR_TIMELINE_H

#include "chr_model.h"
#include "chr_rules.h"

/* 'label_lang': "ko", "en" or NULL (each event in its source's language). */
chr_status chr_timeline_build(const chr_rules *rules, chr_corpus *corpus, const char *label_lang, chr_error *err);

#endif
