/*
 * chr_rules.h - language knowledge as data, and the compiled regexes built
 * from it.
 *
 * Rule files live in src/rules/<lang>/<name>.rules and are embedded into the
 * binary at build time; --rules DIR replaces the whole embedded set with the
 * files of DIR/<lang>/NAME.rules. A rule file is UTF-8 text, one record per
 * line, fields separated by one or more TAB characters; '#' starts a comment
 * line; blank lines are ignored. The first field is the record kind:
 *
 *   word     CLASS  SURFACE  [VALUE]   a lexicon entry (month names, josa,
 *                                      titles, cue words, ...)
 *   define   NAME   REGEX              a named sub-pattern, usable as {NAME}
 *   timex    NAME   TYPE  RECIPE  REGEX   a date/time pattern (chr_timex.h)
 *   event    TYPE   REGEX  [OPTIONS]   an event trigger (chr_event.h)
 *   entity   ...                       entity cues (chr_entity.h)
 *   org      CANONICAL  FORM...        gazetteer entry (chr_entity.h)
 *   ...                                other kinds belong to their module
 *
 * Inside a regex field, {NAME} expands to a 'define' and {word:CLASS} to an
 * alternation of every surface of that word class (longest first, quoted),
 * so adding a cue word never needs a pattern edit. The alternation is
 * written as a prefix tree ("a(?:n(?:other)?)?", "[Mm]onday"), which
 * matches the same text in the same order but tests a shared prefix once;
 * a class whose branches could match the same text under case folding
 * ("Mon", "monday") keeps the plain list.
 *
 * Owns: every record and string loaded; compiled regexes are owned by the
 * module that compiled them (chr_regex_free).
 */
#ifndef CHR_RULES_H
#define CHR_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "chr_common.h"

#define CHR_RULE_MAX_FIELDS 12

typedef struct {
    const char *file; /* e.g. "ko/timex.rules" (borrowed from the rule set) */
    const char *lang; /* the directory name: "ko", "en", ... */
    long line;        /* 1-based */
    int nfields;
    char *fields[CHR_RULE_MAX_FIELDS]; /* fields[0] is the kind */
} chr_rule_record;

typedef struct chr_rules chr_rules;

/* Loads the rule files embedded at build time. Returns NULL and fills 'err'
 * on a malformed record. Free with chr_rules_free(). */
chr_rules *chr_rules_load_embedded(chr_error *err);

/* Loads every DIR/<lang>/NAME.rules file (sorted by path). */
chr_rules *chr_rules_load_dir(const char *dir, chr_error *err);

/* Parses one rule file's text; used by both loaders and by tests. */
chr_rules *chr_rules_load_text(const char *display_name, const char *lang,
                               const char *text, size_t len, chr_error *err);

void chr_rules_free(chr_rules *rules);

size_t chr_rules_count(const chr_rules *rules);
const chr_rule_record *chr_rules_at(const chr_rules *rules, size_t index);

/* Looks up a word of 'word_class' with surface 'surface'; returns its VALUE
 * field ("" when the record has none) or NULL. Borrowed. */
const char *chr_rules_word(const chr_rules *rules, const char *word_class, const char *surface);

/* The first word record of 'word_class' whose surface is s[0..len) (no
 * NUL needed), or NULL; chr_rules_next_word() gives the next record of the
 * same class and surface, in file order, or NULL. Borrowed. */
const chr_rule_record *chr_rules_find_word(const chr_rules *rules, const char *word_class, const char *s, size_t len);
const chr_rule_record *chr_rules_next_word(const chr_rules *rules, const chr_rule_record *rec);

/* Whether text[0..n) holds a word (Latin letters) of class order_cue
 * ("after", "before") that opens a clause: one not followed by a word of
 * class determiner ("after an internal review" opens a noun phrase). */
int chr_rules_clause_cue_in(const chr_rules *rules, const char *text, size_t n);

/* 0 when no surface of 'word_class' ends with the character ch[0..n);
 * 1 when one may (a hash: now and then a yes for a no). A quick test
 * before looking up the endings of a word one by one. */
int chr_rules_class_may_end_with(const chr_rules *rules, const char *word_class, const char *ch, size_t n);

/* Bytes of the longest surface of 'word_class' (0 when it has none). */
size_t chr_rules_longest_word(const chr_rules *rules, const char *word_class);

/* True when any word record of 'word_class' exists. */
int chr_rules_has_class(const chr_rules *rules, const char *word_class);

/* Calls 'fn' for every word of 'word_class' in file order. */
void chr_rules_each_word(const chr_rules *rules, const char *word_class,
                         void (*fn)(const chr_rule_record *rec, void *ctx), void *ctx);

/* Expands {NAME} and {word:CLASS} in 'pattern'. Returns a new string (caller
 * frees) or NULL with 'err' naming the record's file and line. */
char *chr_rules_expand(const chr_rules *rules, const chr_rule_record *rec,
                       const char *pattern, chr_error *err);

/* ---- compiled regexes ---------------------------------------------------- */

typedef struct chr_regex chr_regex;

/* Match limit applied to every regex (the JIT honours it too). */
#define CHR_REGEX_MATCH_LIMIT 1000000u

/*
 * Expands and compiles 'pattern' with UTF and UCP and sets the match limit.
 * 'rec' names the source in errors (may be NULL for built-in patterns).
 * Returns NULL and fills 'err' with the file, the line and PCRE2's message
 * on failure. The regex owns its match data and, from its 17th search on,
 * its JIT code (compiled then, when the platform allows): a search changes
 * that state, so one regex serves one thread at a time.
 */
chr_regex *chr_regex_compile(const chr_rules *rules, const chr_rule_record *rec,
                             const char *pattern, chr_error *err);
void chr_regex_free(chr_regex *re);

/* Up to this many capture groups are reported. */
#define CHR_REGEX_MAX_GROUPS 20

typedef struct {
    size_t start, end;                    /* whole match, byte offsets */
    size_t group_start[CHR_REGEX_MAX_GROUPS];
    size_t group_end[CHR_REGEX_MAX_GROUPS]; /* unset groups: start == end == SIZE_MAX */
    int ngroups;                          /* highest group number + 1 */
} chr_match;

/*
 * Finds the first match in subject[0..len) at or after byte 'from'. The
 * subject must be valid UTF-8 (the reader guarantees it). Returns 1 on a
 * match, 0 on none, -1 on an error (match limit) with 'err' filled.
 * Empty matches are reported; callers advance past them with
 * chr_regex_next_start().
 */
int chr_regex_find(const chr_regex *re, const char *subject, size_t len, size_t from,
                   chr_match *m, chr_error *err);

/* Like chr_regex_find(), but only a match that starts at or before byte
 * 'start_limit' counts (PCRE2's offset limit): the search gives up there
 * instead of running on to the end of the subject. Returns 0 when
 * from > start_limit. */
int chr_regex_find_limited(const chr_regex *re, const char *subject, size_t len, size_t from, size_t start_limit,
                           chr_match *m, chr_error *err);

/* Where to search next after 'm': its end, or one whole UTF-8 character
 * further when the match was empty. */
size_t chr_regex_next_start(const char *subject, size_t len, const chr_match *m);

/* False when no match of 're' can start at or after 'from' in
 * subject[0..len): the pattern's text shows bytes every match holds (a
 * run of plain characters outside any alternation, optional part or
 * lookaround) and they do not occur in subject[from..len); or, for a
 * pattern whose match may start at a space (PCRE2 would try every space),
 * none of the literals of which every match holds one does (see
 * chr_regex_required_at). True otherwise. One memmem (a few), for a
 * search that would find nothing. */
int chr_regex_may_match(const chr_regex *re, const char *subject, size_t len, size_t from);

/* Where in subject[from..len) the first of the bytes every match holds
 * starts (those chr_regex_may_match() looks for, or, when the pattern
 * shows none, the earliest of a group of plain alternatives on its one
 * path, "(?<trigger>bid|offer)", of which every match holds one):
 * SIZE_MAX when they do not occur there, so that no match can start at
 * or after 'from'; 'from' itself when the pattern shows neither. A
 * caller trying starts in increasing order may keep the answer for
 * every start up to it. */
size_t chr_regex_required_at(const chr_regex *re, const char *subject, size_t len, size_t from);

/* Group number of a named group, or -1. */
int chr_regex_group_index(const chr_regex *re, const char *name);

/* Calls 'fn' for every named group of 're' with its name and number. */
void chr_regex_each_name(const chr_regex *re, void (*fn)(const char *name, int number, void *ctx), void *ctx);

/* Name of the pattern's source for messages ("ko/timex.rules:12"). */
const char *chr_regex_source(const chr_regex *re);

/* ---- gates: where a pattern can match at all ----------------------------- */

/*
 * A gate is a pattern's prefilter, written by the rule file as a flag
 *
 *     gate:ITEM|ITEM...       or       gate:N:ITEM|ITEM...
 *
 * and promising that every match the pattern's module accepts contains one
 * of the ITEMs, starting at most N characters after the start of the match
 * (with no N: anywhere in the match). An ITEM is a literal, {word:CLASS}
 * (every surface of the class, up to its first space) or {NAME} of a
 * define that lists plain words, {word:...} and {NAME}s ("A|B", "(?:A|B)"),
 * so that a pattern and its gate share one list; a leading ^ asks for the
 * item at a word start only (not right after a letter or digit), which is
 * right when the pattern puts a space or a non-letter before it.
 * A module scans a document once for the items of all its gates
 * (chr_gates_scan) and runs a gated pattern only near their occurrences:
 * a wrong gate loses matches, never adds any, and a gate changes nothing
 * else (the tests compare gated and ungated runs).
 *
 * A module may let a record carry more than one gate flag (entity cues
 * take up to three): each is a promise of its own, so the pattern runs
 * only where the windows of all of them meet. A second gate pays when the
 * first is common and the match must also hold a rarer item, such as an
 * organisation suffix or a loanword syllable, at a known distance.
 */
typedef struct chr_gates chr_gates;

#define CHR_GATES_MAX 64

/* A union (chr_gates_union) scans for this many sets of gates at once. */
#define CHR_GATE_SETS 3

/* Where the items of a set of gates occur: one entry per position where
 * an item of some gate starts, in text order; bit g of 'mask' is gate g. */
typedef struct {
    size_t at;
    uint64_t mask;
} chr_gate_hit;
typedef CHR_VEC(chr_gate_hit) chr_gate_hits;

chr_gates *chr_gates_new(void);
void chr_gates_free(chr_gates *gates);

/* True when the record field 'field' is a gate flag ("gate:..."). */
int chr_gate_is_flag(const char *field);

/*
 * Parses the gate flag 'spec' of record 'rec' and adds it to 'gates' (a
 * gate spelt the same way as an earlier one shares its number; when all
 * CHR_GATES_MAX are taken, its items join the last gate of the nearest
 * reach at least as long, whose number it shares). Returns the gate's
 * number, or -1 with 'err' naming the record's file and line (bad syntax,
 * an unknown word class, a full set with no gate of a reach as long).
 */
int chr_gates_add(chr_gates *gates, const chr_rules *rules, const chr_rule_record *rec, const char *spec,
                  chr_error *err);

/*
 * Derives a gate from the pattern's own first words: when every match of
 * 'pattern' (rule text, before {...} expansion) must start with one of a
 * few literals ("(?<trigger>해임|해고)...", "(?:CEO|대표)\h*...",
 * "이사회에\h*...", "\bfired|fires"), adds them as a gate of reach 0 and
 * returns its number;
 * returns -1 when it cannot tell (a class, an escape, a lookaround or an
 * optional part first) or the set is full. Nothing to write in the rule.
 */
int chr_gates_add_leading(chr_gates *gates, const char *pattern);

/*
 * chr_gates_add_leading(), except that zero-width assertions opening the
 * pattern (\b, lookbehinds: "(?<!제)(?<trigger>조사|...)") are passed
 * over, and that when every gate is taken the pattern's first words join
 * the last gate (of reach 0) instead of getting none: the patterns of that gate are then tried where any of
 * their first words occurs, which finds what each finds alone and costs
 * far less than a search of the whole text. Returns the gate's number, or
 * -1 when the pattern's first words cannot be told (or the last gate has
 * a reach other than 0).
 */
int chr_gates_add_leading_or_share(chr_gates *gates, const char *pattern);

/*
 * The literals every match of 'pattern' (rule text, before {...}
 * expansion) must start with, past the zero-width assertions opening it,
 * as chr_gates_add_leading_or_share() finds them: appends them to 'out'
 * (the caller owns the strings) and returns 1, or returns 0 and appends
 * nothing when they cannot be told. A pattern that shares a gate with
 * others can check its own words at a gate hit before it runs.
 */
int chr_gates_first_words(const char *pattern, chr_strvec *out);

/* The N of gate 'gate': at most how many characters before an item a
 * match may start; SIZE_MAX when the gate has none. */
size_t chr_gates_reach(const chr_gates *gates, int gate);

/* Appends to 'out' every position in [from, to) of text[0..len) where an
 * item of a gate starts (an item may run on past 'to'), in text order. */
void chr_gates_scan(const chr_gates *gates, const char *text, size_t len, size_t from, size_t to,
                    chr_gate_hits *out);

/*
 * A union of the gates of 'n' sets (1 to CHR_GATE_SETS, each made by
 * chr_gates_new and its adds, not a union itself), for one scan where a
 * document needs the scans of each: what chr_gates_union_scan() finds for
 * set k is what chr_gates_scan() of sets[k] finds, and costs about what
 * one scan costs, as the sets share the walk over the text and the
 * lookups of their literals. The union copies what it needs; the caller
 * frees it with chr_gates_free. Returns NULL for a bad 'n'.
 */
chr_gates *chr_gates_union(const chr_gates *const *sets, size_t n);

/* Appends to outs[k] what chr_gates_scan(sets[k], ...) appends, for each
 * set k of the union 'u' (chr_gates_union). */
void chr_gates_union_scan(const chr_gates *u, const char *text, size_t len, size_t from, size_t to,
                          chr_gate_hits *outs);

/* The byte offset 'chars' characters before 'pos' in UTF-8 'text' (0 at
 * the most). */
size_t chr_utf8_back(const char *text, size_t pos, size_t chars);

#endif
