/*
 * chr_entity.h - the people and organisations extractor (an extractor
 * stage).
 *
 * Finds entity mentions with the rule files' cues and appends them to
 * corpus->entity_mentions (entity = -1, types decided). Linking mentions
 * into entities is the resolver's job (chr_resolver.h).
 *
 * Rule records it reads:
 *   entity  TYPE  REGEX  [FLAG...]   a cue pattern; TYPE person, org or
 *           auto (decided by suffixes, the gazetteer and titles); groups:
 *           name (required), latin (an original in brackets), title, org
 *           (a word between name and title that must name a company, by
 *           the gazetteer, a suffix or Latin capitals, or be a place).
 *           FLAGS: foreign (a person's last word must look transliterated;
 *           for an org cue, the word before the suffix), recurs (with
 *           foreign: a transliterated word of the name must occur on its
 *           own in another sentence; without: an English name, not at a
 *           sentence start, whose last word is used alone as a person's
 *           elsewhere, "named Murati", "Altman's"), korean (a
 *           Korean personal name: surname + given name, kept whole: its last
 *           syllable is never taken for a particle), gate:[N:]ITEM|...
 *           (a prefilter, see chr_rules.h: the cue runs only near its
 *           items; up to three gates, all of which must hold: the cue
 *           runs only where their windows meet)
 *   org     CANONICAL  FORM...      gazetteer: every FORM names CANONICAL
 *   word    josa SURFACE COND       particles stripped from Korean names;
 *           COND is C (after a final consonant), V (after a vowel) or *
 *   word    name_ending SURFACE     a name ending that holds a particle's
 *           letters and keeps them ("이앤씨": no honorific 씨 stripped)
 *   word    title / person_title / org_suffix / surname /
 *           surname_not_alone / notname / loan_syllable / clause_ending /
 *           name_final / board / legal_suffix / surname_latin /
 *           person_before_en / person_after_en / place_word_en ...
 *                                   see src/rules/LANG/entities.rules
 *   word    shortname_suffix SURFACE a brand's glued suffix ("파트너스"): a
 *           Hangul company name without it stands for the company
 *   word    kind_reference SURFACE [ENDING]  "the union", "지회": a mention
 *           of the organisation whose name has a word ending in its last
 *           word (or in ENDING: "노조" for "… 노동조합"), the nearest named
 *           before it, else the first after
 *   word    company_union SURFACE   "노동조합": an organisation followed by
 *           it is, with it, that company's union
 *   word    labour_body SURFACE     the last words of unions' names
 *           ("Association", "지회"): never a company's short form, never
 *           the article's principal company (events.rules)
 *   word    title_prefix SURFACE    a word between a bare surname and its
 *           title ("한 전 대표")
 *   word    role_title SURFACE      a role a person takes on in the story
 *           ("후보", "내정자"): a surname with it is the one person of the
 *           article named in full with that surname before, whatever title
 *           that mention had
 *   word    parent_org_word SURFACE the last words of a parent company's
 *           name ("Group", "Holdings"): its first word names it only when
 *           no other company of the article starts with that word
 *   word    public_body_ending SURFACE  the ends of Korean public bodies'
 *           names ("경찰", "지검"): never the article's principal company
 *   word    western_given_name SURFACE  a Western given name in Hangul
 *           ("데이비드"): with a Korean surname and a title, one person
 *           ("데이비드 민 씨")
 *   word    team_nickname SURFACE   a sports team's nickname ("Mariners",
 *           "마리너스"): a name ending in it is a team, and its first word
 *           and the nickname alone each stand for the team
 *
 * A person cue whose name ends in an organisation suffix ("민주당 대변인")
 * yields that organisation instead; an all-capital bracketed original
 * without a suffix or gazetteer entry ("폐쇄회로(CCTV)") yields nothing.
 *
 * A user gazetteer (--gazetteer FILE) is a TSV file: TYPE<TAB>CANONICAL
 * <TAB>FORM..., TYPE being person or organization; '#' starts a comment.
 *
 * Owns: its compiled cues and the user gazetteer. Borrows: the rule set.
 */
#ifndef CHR_ENTITY_H
#define CHR_ENTITY_H

#include "chr_model.h"
#include "chr_rules.h"

typedef struct chr_entity_extractor chr_entity_extractor;

/* Compiles the cues; loads 'gazetteer_path' when not NULL. */
chr_entity_extractor *chr_entity_new(const chr_rules *rules, const char *gazetteer_path, chr_error *err);
void chr_entity_free(chr_entity_extractor *ex);

/* Gates on (the default) or off: with them off every cue runs over every
 * body and headline sentence. For tests, which check that the gates of the
 * rule files change nothing. */
void chr_entity_set_gates(chr_entity_extractor *ex, int on);

/* Finds the entity mentions of document 'doc_index'. */
chr_status chr_entity_extract(const chr_entity_extractor *ex, chr_corpus *corpus, int doc_index,
                              chr_error *err);

/* Finds the entity mentions of documents [first_doc, end_doc): the same
 * mentions, in the same order, as chr_entity_extract on each in turn, but
 * each cue runs over all of them before the next (faster on many short
 * documents). On an error the documents before the one named in 'err'
 * have their mentions. */
chr_status chr_entity_extract_batch(const chr_entity_extractor *ex, chr_corpus *corpus, int first_doc, int end_doc,
                                    chr_error *err);

/* The gates of the cues (borrowed), for a caller that scans documents for
 * them together with other gates (chr_gates_union). */
const chr_gates *chr_entity_gates(const chr_entity_extractor *ex);

/* The span [*from, *to) of 'doc' whose scan for chr_entity_gates() the
 * stage reads (empty when it reads none). */
void chr_entity_gate_span(const chr_entity_extractor *ex, const chr_doc *doc, size_t *from, size_t *to);

/* chr_entity_extract_batch() with the gate scans made by the caller:
 * scanned[i] is document first_doc + i's scan for chr_entity_gates() over
 * at least chr_entity_gate_span() (borrowed); the same mentions. With
 * 'scanned' NULL the stage scans each document itself. */
chr_status chr_entity_extract_scanned(const chr_entity_extractor *ex, chr_corpus *corpus, int first_doc, int end_doc,
                                      const chr_gate_hits *scanned, chr_error *err);

/* Canonical name for a surface form from the gazetteers, or NULL
 * (borrowed). *type is set when found. */
const char *chr_entity_gazetteer_lookup(const chr_entity_extractor *ex, const char *form, chr_entity_type *type);

/*
 * Strips a trailing Korean particle from the UTF-8 word s[0..len): returns
 * the length of the stem (len when nothing is stripped). A particle is
 * stripped only when it agrees with the final consonant of the syllable
 * before it and leaves at least 'min_stem' syllables, and never from inside
 * a word of class name_ending ("범진이앤씨").
 */
size_t chr_entity_strip_josa(const chr_rules *rules, const char *s, size_t len, int min_stem);

/* Romanises Hangul (Revised Romanization, syllable by syllable) into out;
 * other characters are copied lower-cased. */
void chr_romanize(const char *s, size_t len, char *out, size_t out_size);

/* A phonetic key for comparing a Latin name with its transliterations:
 * out is NUL-terminated. */
void chr_phonetic_key(const char *romanized, char *out, size_t out_size);

#endif
