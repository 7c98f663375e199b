/*
 * chr_resolver.h - the resolver stage: from mentions to things.
 *
 * Links entity mentions into entities (within a document: a surname or a
 * given name to the full name, brackets and the gazetteer to canonical
 * names; across documents and languages: by romanisation and a phonetic
 * key, confirmed by type), merges event mentions into events (same type,
 * compatible time and participants; a noun naming an event told before
 * joins it whatever its clause's date; what was planned and then done by
 * the same person is one event, dated when done), and dates every event
 * it can: an explicit date in the clause (or re-anchored by the
 * extractor), a relation the text names ("two days after the firing",
 * "해임 당일"), a shift from the previous event ("12일 뒤"), then the time
 * of the sentence's earlier event (context). Events of a type of word
 * class anchor_only (an accident) are counted from, then dropped; an
 * undated event told as a fact only by nouns is dropped unless its type
 * is of word class noun_event.
 *
 * Reads: the extractors' records. Writes: corpus->entities, corpus->events
 * and the 'entity'/'event' links of mentions. Borrows: the rule set.
 */
#ifndef CHR_RESOLVER_H
#define CHR_RESOLVER_H

#include "chr_entity.h"
#include "chr_model.h"
#include "chr_rules.h"

/* Entity linking alone (linker.c): fills corpus->entities and the
 * 'entity' field of every mention. Called by chr_resolve. */
void chr_link_entities(const chr_rules *rules, const chr_entity_extractor *entities, chr_corpus *corpus);

/* Runs entity linking, event coreference and dating over the corpus. */
chr_status chr_resolve(const chr_rules *rules, const chr_entity_extractor *entities, chr_corpus *corpus,
                       chr_error *err);

/* Parses a TIMEX3 date value ("2023-11-17", "2023-11", "2019",
 * "XXXX-11-17", "2023-11-18TMO", "2024-Q3") into its first and last day.
 * Returns 0 for values that are not calendar dates (durations, refs).
 * Unknown fields stay 0 in the dates. */
int chr_value_bounds(const char *value, chr_date *first, chr_date *last);

/* Two date values are compatible when neither contradicts the other
 * (equal, or one contains the other). Empty values are compatible. */
int chr_values_compatible(const char *a, const char *b);

#endif
