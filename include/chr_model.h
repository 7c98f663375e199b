/*
 * chr_model.h - the records that flow down the pipeline.
 *
 *   reader -> extractors (timex, entity, event) -> resolver -> timeline -> exporters
 *
 * A chr_corpus holds every document and what each stage found in it. Each
 * stage appends to its own vectors and only reads the ones of earlier
 * stages. Spans are byte offsets into chr_doc.text (views, not copies);
 * exporters turn them into code point offsets with chr_doc_cp_offset().
 *
 * Owns: chr_corpus_free() frees the documents and every record. Strings in
 * records are owned by the record unless marked "borrowed".
 */
#ifndef CHR_MODEL_H
#define CHR_MODEL_H

#include <stddef.h>

#include "chr_common.h"

/* ---- dates ---------------------------------------------------------------- */

/* A calendar date of some granularity; 0 in a field means unknown. */
typedef struct {
    int year;
    int month;
    int day;
} chr_date;

/* Days since 1970-01-01 for a full date (proleptic Gregorian). */
long chr_date_to_days(int year, int month, int day);
void chr_date_from_days(long days, int *year, int *month, int *day);
int chr_days_in_month(int year, int month);
/* 0 = Monday ... 6 = Sunday. */
int chr_weekday(int year, int month, int day);

/* ---- documents (reader) --------------------------------------------------- */

typedef enum { CHR_LANG_UNKNOWN = 0, CHR_LANG_KO, CHR_LANG_EN, CHR_LANG_MIXED } chr_lang;
const char *chr_lang_name(chr_lang lang);

typedef enum {
    CHR_ZONE_FRONT_MATTER = 0,
    CHR_ZONE_PUBLISHER,
    CHR_ZONE_HEADLINE,
    CHR_ZONE_BODY,
    CHR_ZONE_BOILERPLATE
} chr_zone;

typedef struct {
    size_t start, end; /* bytes, trimmed of surrounding white space */
    chr_zone zone;
    int paragraph;
} chr_sentence;

/* The document creation time: a date, optionally with a clock time. */
typedef struct {
    int present;
    int year, month, day;
    int hour, minute; /* -1 when absent */
} chr_dct;

/* A byte range [start, end) of a document's text. */
typedef struct {
    size_t start, end;
} chr_span;

/* Where a kept byte range lives once a document has dropped its text
 * (chr_doc_keep): bytes [start, next piece's start) of the original text,
 * at 'off' in 'kept'. Pieces of one contiguous run (at most CHR_CP_STRIDE
 * bytes each, so offsets map in bounded time) share 'run_end'. */
typedef struct {
    size_t start;   /* byte offset in the original text */
    size_t run_end; /* end of the run of kept bytes this piece is part of */
    size_t off;     /* its first byte in 'kept' */
    size_t cp;      /* code points before 'start' in the original text */
} chr_doc_piece;

typedef struct chr_doc {
    char id[16];    /* "d1", "d2", ... in input order */
    char *path;     /* as given on the command line; NULL for "-" */
    char *source;   /* NULL when unknown */
    char *title;
    char *url;
    chr_lang lang;
    chr_dct dct;
    char *text;      /* the file's bytes exactly as read (BOM, CRLF kept);
                        NULL after chr_doc_keep: read spans with chr_doc_span */
    size_t len;      /* bytes in the text as read (kept after chr_doc_keep) */
    size_t body_start; /* first byte after the front matter */
    size_t length_cp;  /* code points in text */
    /* every sentence; after chr_doc_keep only the kept ones, whose indices
       are in 'sentence_ids' (read them with chr_doc_sentence) */
    CHR_VEC(chr_sentence) sentences;
    long *sentence_ids;
    /* code point count at every CHR_CP_STRIDE-th byte, for offset mapping */
    size_t *cp_checkpoints;
    size_t ncheckpoints;
    /* after chr_doc_keep: the kept bytes back to back, and where they were */
    char *kept;
    chr_doc_piece *pieces;
    size_t npieces;
} chr_doc;

#define CHR_CP_STRIDE 4096

/* Code point offset of byte offset 'byte' (which must start a character). */
size_t chr_doc_cp_offset(const chr_doc *doc, size_t byte);
/* Formats the DCT as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" into out; returns 0
 * (and writes "") when there is none. */
int chr_dct_format(const chr_dct *dct, char *out, size_t out_size);

/* Index of the sentence containing byte 'pos', or -1 (whole text only). */
long chr_doc_sentence_at(const chr_doc *doc, size_t pos);

/*
 * The bytes [start, end) of the document's text: a borrowed pointer to
 * end - start bytes, valid while the document lives. After chr_doc_keep,
 * NULL when the range was not kept whole.
 */
const char *chr_doc_span(const chr_doc *doc, size_t start, size_t end);

/* Sentence 'index' (as the extractors numbered them), or NULL when there
 * is none or it was not kept. Borrowed. */
const chr_sentence *chr_doc_sentence(const chr_doc *doc, long index);

/*
 * Drops the document's text except the 'n' byte ranges 'spans' (reordered
 * here) and the sentences whose indices are in 'sentences' (n_sentences of
 * them, reordered here), which the later stages and the exporters read.
 * Ranges closer than a few bytes are kept as one. The kept bytes are moved
 * to the front of the text's own buffer, which then shrinks, so this needs
 * no second copy. Byte offsets keep their meaning: chr_doc_span,
 * chr_doc_sentence and chr_doc_cp_offset answer for kept ranges as before.
 * A no-op when the text is already dropped.
 */
void chr_doc_keep(chr_doc *doc, chr_span *spans, size_t n, long *sentences, size_t n_sentences);

/* ---- time expressions (timex) --------------------------------------------- */

typedef enum { CHR_TX_DATE = 0, CHR_TX_TIME, CHR_TX_DURATION, CHR_TX_SET } chr_timex_type;
const char *chr_timex_type_name(chr_timex_type type);

typedef struct {
    char id[24]; /* "t1", ... assigned by the timeline stage */
    int doc;
    size_t start, end;
    long sentence;
    chr_timex_type type;
    char value[48];  /* TIMEX3 value */
    char mod[16];    /* TIMEX3 mod (EARLY, MID, LATE, BEFORE, AFTER, ...) or "" */
    char anchor[16]; /* "dct", a timex index as "#N" (renumbered on output), or "" */
    /* calendar reading of a DATE/TIME, for dating events */
    chr_date date;
    char granularity; /* 'Y' year, 'M' month, 'D' day, 'Q' quarter, 'H' half,
                         'W' week, 'C' decade, 0 none */
    /* DURATION: amount and unit ('D','W','M','Y','h','m'); for arithmetic */
    double amount;
    char unit;
    /* +1 when the expression dates what follows relative to the previous
       event ("12일 뒤", "two days later"), -1 for "earlier"; 0 otherwise */
    int shift;
    /* 1 for a length since an earlier event ("12년 만에 돌아왔다"): it
       counts from that event, so it never dates the verb in place of a
       date the same clause gives */
    int elapsed;
    /* 1 when the expression is counted from the narrative's last day (the
       timex module's 'ref' recipe: "이튿날", "the next day"), whether that
       day was the text's or, with none yet, the article's */
    int narrative;
    /* a date on a line of its own, in a text that dates its sections with
       two or more such lines ("MONDAY, MARCH 1" above what happened that
       day): the end of the section it heads (the next heading's line);
       0 for any other timex */
    size_t section_end;
    /* 1 for a day before the story's told in the pluperfect ("had signed
       the contract on March 14, 2023"): a flashback, no step of the story */
    int flashback;
} chr_timex;

/* ---- entities -------------------------------------------------------------- */

typedef enum { CHR_ENT_PERSON = 'p', CHR_ENT_ORG = 'o' } chr_entity_type;

typedef struct {
    int doc;
    size_t start, end; /* the name without particles */
    long sentence;
    chr_entity_type type;
    long entity;       /* index into corpus entities, set by linking */
    char *latin;       /* a Latin original given in brackets, or NULL */
    char *title;       /* a title/role seen with this mention, or NULL */
    int in_brackets;   /* "(" right before it and ")" right after: 1, or 2 with a space before the "(" */
} chr_entity_mention;

typedef struct {
    char id[24];
    chr_entity_type type;
    char *name;          /* canonical display name */
    chr_strvec aliases;  /* every surface form */
    chr_strvec titles;
    CHR_VEC(size_t) mentions; /* indices into corpus entity_mentions */
    int merged_into;     /* -1, or the entity this one was merged into */
} chr_entity;

/* ---- events ---------------------------------------------------------------- */

typedef enum {
    CHR_MOD_ASSERTED = 0,
    CHR_MOD_REPORTED,
    CHR_MOD_PLANNED,
    CHR_MOD_POSSIBLE,
    CHR_MOD_NEGATED
} chr_modality;
const char *chr_modality_name(chr_modality m);

typedef struct {
    long entity; /* index into corpus entities */
    char role[16];
} chr_participant;

typedef struct {
    int present;
    double value;
    char currency[8];
    char *text;
} chr_amount;

typedef struct {
    int doc;
    size_t start, end;        /* the trigger */
    long sentence;
    size_t clause_start, clause_end;
    char type[32];
    chr_modality modality;
    /* in a mention, entity is an index into corpus entity_mentions; the
       resolver turns it into an entity index for the event */
    CHR_VEC(chr_participant) participants;
    long timex;        /* the timex that dates it (same clause), or -1 */
    long shift_timex;  /* a shifting duration before it ("12일 뒤"), or -1 */
    long after_mention; /* for a shift: the event mention it is relative to, or -1 */
    long same_word;    /* for a noun: 1 + the index of the nearest earlier
                          mention of its document told by the same trigger
                          word and of its type ("압수수색했다" … "압수수색
                          나흘 뒤"), 0 when none: the event it names */
    chr_amount amount;
    char weak_to[32];  /* an ambiguous cue that becomes this type when merged
                          with an event of it ("퇴임" next to an ouster) */
    int requires_date; /* the trigger counts only when the event gets a date */
    int own_time;      /* its clause opens with a time relation of its own
                          (", nearly two weeks after ..."): an earlier time
                          of the sentence does not date it */
    int requires_party; /* ... only with an organisation or an amount
                           ("안전성 투자" alone is a goal, not a deal) */
    int requires_person; /* ... only with a person in it ("결제가 돌아왔다"
                            is no one's return) */
    int nominal;       /* a noun naming the event, often a reference back to
                          an event told before: 1 by what follows ("해임
                          이후"), 2 by the trigger itself ("his removal",
                          "the board that ousted him"); 0 a verb */
    int person_clause; /* the verb of a relative clause on a person ("Tenby,
                          who has run the company since then") */
    int relative_verb; /* a verb of a relative clause ("who joined in 2019"):
                          it refers back like a noun, but a date of its own
                          clause that differs makes it an event of its own */
    int report_dated;  /* its time is the day it was reported, after a reporting
                          verb ("has pushed out X, the company said on
                          Wednesday"): a day the story may tell otherwise */
    int light_verb;    /* a noun told with its light verb ("소송을 제기했다"):
                          dated in its own clause, an event of its own */
    int describes_person; /* a verb in a relative clause right before the
                          person it describes ("임시 CEO에 오른 에밋 시어는"):
                          background, so no later sentence's event of its
                          kind lends it a date */
    char value[48];    /* the date of 'timex' re-anchored on the last narrated
                          event ("이튿날" after the ouster, not after a
                          background state), or "" to use the timex's */
    long value_length; /* the length (timex index) 'value' lies from the day
                          of 'timex' ("three days after her first day on
                          March 17"), or -1 */
    int paragraph_back;    /* how many sentences right before it (0-2) share its paragraph */
    int story_goes_on;     /* how many sentences right before it (0-2) the story
                            goes on from: of its paragraph, or script lines
                            of one sentence each */
    int present;       /* told in the present tense ("반발이 거세지고 있다",
                          "is investigating"): undated, it is dated by the
                          article date */
    int relation;      /* +1 (-1): 'shift_timex' after (before) the event of
                          'after_mention', named in the text ("two days
                          after the firing"); 2: the same day as it ("해임
                          당일"); 0 none */
    int counted_in_days; /* a noun a length in days counts from ("압수수색 사흘
                            뒤"): it names an event told with its day, not one
                            told only with its month */
    int counted_back;  /* the event a later one is counted from ("four days
                          after its board removed him"): a reference to an
                          event the text may tell with a day of its own */
    long event;        /* index into corpus events after coreference */
    int anchor_only;   /* its type is of word class anchor_only (an accident):
                          counted from, never listed */
    int ordinal;       /* its place in a series the text numbers ("두 번째
                          공개서한", "2차 집회", "a second letter"): 1, 2 …;
                          0 for none. Two numbers apart are two events */
    int stage;         /* the step of a process its trigger names (rule
                          option stage=N: a charge, a verdict, an appeal);
                          0 for none. Two steps apart are two events */
} chr_event_mention;

typedef struct {
    char id[24];
    char type[32];
    int anchor_only;   /* of an anchor_only type: dropped once dated */
    char *label;
    char value[48];    /* TIMEX3 or "" for null */
    char earliest[16]; /* ISO date or "" */
    char latest[16];
    char basis[64];
    chr_modality modality;
    CHR_VEC(chr_participant) participants;
    chr_amount amount;
    CHR_VEC(size_t) mentions; /* indices into corpus event_mentions */
    long rank;                /* 0 when not on the timeline */
    int dropped;              /* left out of the output (e.g. an undated launch) */
} chr_event;

/* ---- the corpus -------------------------------------------------------------- */

typedef struct chr_corpus {
    CHR_VEC(chr_doc *) docs;
    CHR_VEC(chr_timex) timexes;
    CHR_VEC(chr_entity_mention) entity_mentions;
    CHR_VEC(chr_entity) entities;
    CHR_VEC(chr_event_mention) event_mentions;
    CHR_VEC(chr_event) events;
    CHR_VEC(size_t) timeline; /* event indices in chronological order */
    /* set before adding documents: documents are extracted as soon as a
       batch of them is added (engine.c), then each keeps only the spans
       the later stages and the exporters read and frees the rest of its
       text (chr_doc_keep), so memory follows what was found, not the
       input; not for an output that prints whole articles (TimeML) */
    int spans_only;
    size_t extracted; /* documents the extractors have run on (engine.c) */
    /* optional, set before adding documents (with spans_only): called for
       each batch of documents [first_doc, end_doc) once the extractors
       are done with them, before their text is dropped, with the index of
       their first timex and first event mention (their records run to the
       end of both vectors, in document order). It takes over writing the
       documents' timexes and event mentions (the JSON renderer's spool,
       chr_json_spool), so the documents keep no text for them: not their
       spans, not the event sentences. Borrowed. */
    chr_status (*spool_docs)(const struct chr_corpus *corpus, int first_doc, int end_doc, size_t first_timex,
                             size_t first_event, void *ctx, chr_error *err);
    void *spool_ctx;
} chr_corpus;

/* The entity that 'entity' was merged into (itself when not merged). */
long chr_entity_root(const chr_corpus *corpus, long entity);

chr_corpus *chr_corpus_new(void);
/* Frees the corpus, its documents and every record; NULL is a no-op. */
void chr_corpus_free(chr_corpus *corpus);
void chr_doc_free(chr_doc *doc);

#endif
