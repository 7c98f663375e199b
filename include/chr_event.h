/*
 * chr_event.h - the event extractor (the last extractor stage).
 *
 * Finds event triggers, splits sentences into clauses, and gives each
 * trigger its clause's modality, the entities in its clause as
 * participants with roles, the timex that dates it, a preceding duration
 * that shifts it ("12일 뒤"), and a money amount. Appends to
 * corpus->event_mentions. Merging mentions into events is the resolver's.
 *
 * Rule records it reads:
 *   event     TYPE  REGEX  [weak=TYPE] [polarity=negated]
 *             a trigger; group 'trigger' marks the trigger inside a longer
 *             context match (else the whole match); when two rules find the
 *             same trigger the longer context match wins. weak=T: an
 *             ambiguous cue that becomes T when merged with a T event.
 *   clause    REGEX               a clause boundary (Korean connective
 *                                 endings, English conjunctions)
 *   modality  MODALITY  REGEX  SCOPE   a cue for reported / planned /
 *             possible / negated, looked for 'after' or 'before' the
 *             trigger within its clause, or in the whole 'clause' or
 *             'sentence'; the first matching record in file order wins
 *   role      ROLE  REGEX  [TYPE,...]   the text right after an entity
 *             mention (its particle, or "by"/"에 의한") that gives it ROLE
 *   amount    NAME  REGEX         money; groups 'value' (digits with scale
 *             words) and 'currency'; words of classes 'scale', 'currency'
 *   word      pronoun SURFACE     resolved to the last person mentioned
 *   word      agent_org SURFACE   organisations that act (a board, a court)
 *
 * Owns: its compiled rules. Borrows: the rule set.
 */
#ifndef CHR_EVENT_H
#define CHR_EVENT_H

#include "chr_model.h"
#include "chr_rules.h"

typedef struct chr_event_extractor chr_event_extractor;

chr_event_extractor *chr_event_new(const chr_rules *rules, chr_error *err);
void chr_event_free(chr_event_extractor *ex);

/* Finds the event mentions of document 'doc_index'. Needs the document's
 * timexes and entity mentions (entity indices may still be -1). */
chr_status chr_event_extract(const chr_event_extractor *ex, chr_corpus *corpus, int doc_index, chr_error *err);

/*
 * Parses a money expression: 'value_text' holds digits, separators and
 * scale words ("4억 2,900만", "1.2bn", "51 million"), 'currency_text' a
 * currency word or sign. Returns 1 and fills 'out' (value, currency) on
 * success.
 */
int chr_event_parse_amount(const chr_rules *rules, const char *value_text, const char *currency_text,
                           chr_amount *out);

#endif
