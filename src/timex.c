/*
 * timex.c - the date and time extractor: finds time expressions with the
 * rule files' patterns and normalises them to TIMEX3 values.
 *
 * Pipeline position: after the reader, before the resolver. One pass over
 * the body finds the rules' anchors (a digit, "년" after a digit, a month
 * name...); a rule with anchors runs only in windows around them, a rule
 * without runs once over the whole text, and only the rules of the
 * document's language run. Matches outside body sentences or across a
 * sentence boundary are dropped, overlaps go to the longest match (then the
 * earlier rule), and the survivors are normalised in text order so that
 * narrative-relative expressions ("이튿날", "the next day") see the last
 * date the text established; a clock time joins the day before it, lengths
 * join ("2년 1개월"), and a 'premod' word before an expression joins it.
 */
#include "chr_timex.h"

#include <ctype.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* every distinct anchor token of the rules has an id */
typedef unsigned short anchor_id;
#define MAX_ANCHORS 2048
#define HANGUL_COUNT 11172
/* how far before its anchor a match may start, unless the rule says
 * (back:N): a Korean or English prefix ("지난", "the beginning of") is
 * rarely longer than this */
#define DEFAULT_BACK 72
#define MAX_BACK 200
#define NEED_AHEAD 64
#define NEED_WORDS 256 /* distinct need: words over all rules */
#define CUE_BUCKETS 1024
#define MAX_CUES 1024


typedef enum {
    RECIPE_DATE,
    RECIPE_DCT,
    RECIPE_REF,
    RECIPE_WEEKDAY,
    RECIPE_DURATION,
    RECIPE_AFTER,
    RECIPE_BEFORE,
    RECIPE_AGO,
    RECIPE_SET,
    RECIPE_SETDATE,
    RECIPE_FIXED
} recipe_kind;

typedef enum { OFFSET_CONST, OFFSET_NUM, OFFSET_DIR } offset_source;

/* The named groups a pattern may use; the order indexes timex_rule.group. */
enum {
    G_YEAR, G_YY, G_MONTH, G_MONTHNAME, G_DAY, G_DECADE, G_QUARTER, G_HALF, G_PART, G_POD,
    G_HOUR, G_MINUTE, G_AMPM, G_NUM, G_UNIT, G_HALFNUM, G_DAYCOUNT, G_WEEKDAY, G_DIR, G_MOD,
    G_WEEK, G_ORDINAL, G_WEEKEND, G_SECOND, G_SEASON, G_RANGEEND, G_MDIR, G_WEEKOF, G_CENTURY,
    G_FOLLOWING, G_PRECEDING, G_FISCAL, G_SOME, G_LEAD, G_THATWEEK, G_COUNT
};
static const char *const group_names[G_COUNT] = {
    "year", "yy", "month", "monthname", "day", "decade", "quarter", "half", "part", "pod",
    "hour", "minute", "ampm", "num", "unit", "halfnum", "daycount", "weekday", "dir", "mod",
    "week", "ordinal", "weekend", "second", "season", "rangeend", "mdir", "weekof", "century",
    "following", "preceding", "fiscal", "some", "lead", "thatweek",
};

typedef struct {
    const chr_rule_record *rec;
    chr_regex *re;
    chr_timex_type type;
    recipe_kind kind;
    char unit;            /* for dct:/ref: */
    int offset;           /* constant offset or sign for num/dir */
    offset_source offset_from;
    int only_ref;         /* refonly: no narrative reference leaves the unit open */
    int past_ref;         /* refpast: in a past clause, the last day not after the DCT */
    int elapsed;          /* 'elapsed': an 'after' never counted from the article date */
    int dated;            /* 'later' / 'earlier': an 'after' / 'before' that, in years or
                           * months, dates itself from the narrative's date */
    char fixed[48];       /* set:/fixed: value */
    int back;             /* a match starts at most this many bytes before its anchor */
    anchor_id gate[32];   /* its anchors: it runs only near one of them; none = everywhere */
    unsigned char gate_back[32]; /* per anchor: how far before it a match may start */
    int ngate;
    /* need:A,B: a match also has one of these near its anchor, so the rule
     * is not run where none is; each need token is a clause, all must hold */
    struct need_clause {
        int digit;     /* "#" (any digit) is among the words */
        unsigned char word[16];  /* the others, as indexes into the extractor's need_words */
        int nwords;
        int has_single;          /* how many distinct words are one byte */
        uint64_t single[4];      /* a bit per word of one byte */
        unsigned char singles[16]; /* those bytes (the first 16) */
        uint64_t pairs[4];       /* a bit per hash of the first two bytes of the others (need_pair) */
        uint64_t first[4];       /* a bit per first byte of the others: tested before the
                                  * pair's hash, as one byte is cheaper to look up */
        /* their first two bytes, when at most 16 pairs (else npairs -1): with
         * SSE2, 16 places are tested against them at once */
        unsigned char pair_first[16], pair_second[16];
        int npairs;
        int before;    /* need<N: the window starts N bytes before the anchor; -1: where a match may start */
        int ahead;     /* need>M: it ends M bytes after the anchor (NEED_AHEAD) */
    } need[4];
    int nneed;
    int group[G_COUNT];   /* group numbers, -1 when absent */
    char group_class[G_COUNT][32]; /* lexicon class for each group */
    /* its record's language as a chr_lang (-1 for another name), so the
     * per-document choice of rules compares numbers, not names */
    int lang;
} timex_rule;

typedef struct {
    const char *word; /* borrowed from the rules */
    const char *lang;
    int tense;        /* -1 past, +1 future */
    const char *mod;  /* for a 'premod' word: its TIMEX3 mod (mod_len bytes) */
    size_t mod_len;
    const char *types; /* for a 'premod' word: the TIMEX3 types it may join,
                        * after a ':' in its value ("APPROX:DURATION,SET");
                        * NULL: any but SET */
    size_t len;       /* of 'word' */
    chr_lang only;    /* the language of 'lang', CHR_LANG_UNKNOWN for any */
} tense_cue;

/* Whether cue 'c' may apply in a document of language 'lang': a Korean or
 * English document takes the cues of its language and the shared ones,
 * other documents take all. */
static int cue_applies(const tense_cue *c, chr_lang lang)
{
    return c->only == CHR_LANG_UNKNOWN || (lang != CHR_LANG_KO && lang != CHR_LANG_EN) || c->only == lang;
}

struct chr_timex_extractor {
    const chr_rules *rules;
    CHR_VEC(timex_rule) list;
    CHR_VEC(tense_cue) cues;
    CHR_VEC(tense_cue) premods; /* class 'premod', longest first */
    /* anchors (the optional 6th field of a timex record), an id per token */
    char (*anchor_token)[32];
    int nanchors;
    int digit_id; /* "#": any ASCII digit run; -1 when no rule has it */
    /* while the rules load: (key, id) pairs; then tables of id lists */
    CHR_VEC(struct key_id { uint32_t key; anchor_id id; }) syllable_pairs, digit_syllable_pairs;
    CHR_VEC(struct word_id { char word[16]; anchor_id id; }) word_pairs;
    /* a syllable anywhere, a syllable right after a digit ("17일"): the ids
     * of syllable k are syllable_ids[syllable_start[k] .. syllable_start[k + 1]) */
    unsigned *syllable_start, *digit_syllable_start;
    anchor_id *syllable_ids, *digit_syllable_ids;
    /* anchors of two or more Hangul syllables ("지난", "이듬해"): filed under
     * their first syllable (index + 1 into hangul_words, 0 = none) */
    unsigned short *hangul_word_first;
    /* the same tables for the pass, compact: a bit per syllable that is,
     * starts or ("#X") follows an anchor, and for those (the n-th set bit,
     * counted with syllable_rank) their entry. The tables above are too
     * large for the first-level cache, and most syllables of a text are in
     * none */
    uint64_t syllable_any[(HANGUL_COUNT + 63) / 64];
    /* what a syllable after no digit is tested with: a bit per syllable
     * that is an anchor by itself ("날", a word of one syllable), and a bit
     * per syllable and next syllable (syllable_next) where a word of two
     * or more may start: "이" and "지" start many words ("이번", "지난")
     * but are rarely followed by their second syllables */
    uint64_t syllable_plain[(HANGUL_COUNT + 63) / 64];
    uint64_t syllable_follow[65536 / 64];
    unsigned short syllable_rank[(HANGUL_COUNT + 63) / 64];
    struct syllable_entry {
        unsigned ids, digit_ids;      /* into syllable_ids, digit_syllable_ids */
        unsigned short nids, ndigit_ids;
        unsigned short word_first;    /* as hangul_word_first */
        /* a bit per last byte (mod 64) of the second syllable of its words
         * (all bits for a word of one syllable): most places continue none */
        uint64_t word_next;
    } *syllable_entries;
    CHR_VEC(struct hangul_word {
        char rest[30];
        unsigned char rest_len;
        unsigned short next;
        anchor_id id;
        int after_class; /* "{CLASS}>X": index + 1 into after_classes, 0 = none */
    }) hangul_words;
    /* the words a "{CLASS}>X" anchor wants right before X (white space
     * allowed): Hangul words of the class, borrowed from the rules */
    CHR_VEC(struct class_words {
        CHR_VEC(struct class_word { const char *text; size_t len; }) words;
        uint64_t last[4]; /* a bit per last byte of the words: most places end none */
    }) after_classes;
    /* a digit run right before an ASCII punctuation mark ("#/", "#:") */
    unsigned punct_start[129];
    anchor_id *punct_ids;
    CHR_VEC(struct key_id) punct_pairs;
    /* a digit run of exactly N digits ("#4": a year's shape) */
    unsigned run_start[11];
    anchor_id *run_ids;
    CHR_VEC(struct key_id) run_pairs;
    /* ASCII words, lower case, open addressing; ids word_ids[start, start + len) */
    struct { char word[16]; unsigned start, len; } words[2048];
    uint64_t word_filter[64]; /* a bit per word hash (mod 4096): most words are no anchor */
    anchor_id *word_ids;
    /* the rules of each anchor: anchor_rules[anchor_rule_start[id] ..
     * anchor_rule_start[id + 1]), with how far before it their matches start */
    unsigned *anchor_rule_start;
    struct anchor_rule { unsigned rule; unsigned char back; } *anchor_rules;
    /* every need: word but "#" (at most NEED_WORDS) */
    char need_words[NEED_WORDS][16];
    unsigned char need_len[NEED_WORDS];
    int nneed_words;
    /* tense cues by their first two bytes (CUE_BUCKETS buckets; cues shorter
     * than two bytes in every bucket), so that one pass over a clause finds
     * them all instead of one memmem per cue */
    unsigned cue_bucket[CUE_BUCKETS + 1];
    unsigned short *cue_items;
    /* a bit per pair of bytes a cue starts with (every pair after a cue's
     * only byte): most places of a sentence start none, and one test says so */
    uint64_t cue_pairs[65536 / 64];
    /* the same per three bytes (cue_triple): most of the places where a
     * cue's two bytes start (" w", "ed") continue none */
    uint64_t cue_triples[65536 / 64];
};

struct cue_ctx {
    chr_timex_extractor *tx;
    int tense;
};

static void add_cue(const chr_rule_record *rec, void *ctx)
{
    struct cue_ctx *cc = ctx;
    tense_cue c = {rec->fields[2], rec->lang, cc->tense, NULL, 0, NULL, strlen(rec->fields[2]), CHR_LANG_UNKNOWN};
    if (rec->lang && strcmp(rec->lang, "ko") == 0) c.only = CHR_LANG_KO;
    else if (rec->lang && strcmp(rec->lang, "en") == 0) c.only = CHR_LANG_EN;
    else if (rec->lang) c.only = CHR_LANG_MIXED; /* another language: never a Korean or English document's */
    if (cc->tense) chr_vec_push(&cc->tx->cues, c);
    else if (rec->nfields > 3) {
        c.mod = rec->fields[3];
        c.types = strchr(c.mod, ':');
        c.mod_len = c.types ? (size_t)(c.types - c.mod) : strlen(c.mod);
        if (c.types) c.types++;
        chr_vec_push(&cc->tx->premods, c);
    }
}

static int longest_first(const void *a, const void *b)
{
    size_t x = strlen(((const tense_cue *)a)->word), y = strlen(((const tense_cue *)b)->word);
    return x < y ? 1 : x > y ? -1 : 0;
}

static chr_status parse_recipe(timex_rule *r, const char *recipe, chr_error *err)
{
    const chr_rule_record *rec = r->rec;
    r->offset_from = OFFSET_CONST;
    if (strcmp(recipe, "date") == 0) r->kind = RECIPE_DATE;
    else if (strcmp(recipe, "weekday") == 0) r->kind = RECIPE_WEEKDAY;
    else if (strcmp(recipe, "duration") == 0) r->kind = RECIPE_DURATION;
    else if (strcmp(recipe, "after") == 0) r->kind = RECIPE_AFTER;
    else if (strcmp(recipe, "elapsed") == 0) r->kind = RECIPE_AFTER, r->elapsed = 1;
    else if (strcmp(recipe, "before") == 0) r->kind = RECIPE_BEFORE;
    else if (strcmp(recipe, "later") == 0) r->kind = RECIPE_AFTER, r->dated = 1;
    else if (strcmp(recipe, "earlier") == 0) r->kind = RECIPE_BEFORE, r->dated = 1;
    else if (strcmp(recipe, "ago") == 0) r->kind = RECIPE_AGO, r->offset = -1;
    else if (strcmp(recipe, "hence") == 0) r->kind = RECIPE_AGO, r->offset = 1;
    else if (strcmp(recipe, "set") == 0) r->kind = RECIPE_SET;
    else if (strcmp(recipe, "setdate") == 0) r->kind = RECIPE_SETDATE;
    else if (strncmp(recipe, "set:", 4) == 0 || strncmp(recipe, "fixed:", 6) == 0) {
        r->kind = recipe[0] == 's' ? RECIPE_SET : RECIPE_FIXED;
        const char *v = strchr(recipe, ':') + 1;
        if (!*v || strlen(v) >= sizeof r->fixed)
            return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1, "recipe '%s' needs a value", recipe);
        chr_copy_str(r->fixed, sizeof r->fixed, v);
    } else if (strncmp(recipe, "dct:", 4) == 0 || strncmp(recipe, "ref:", 4) == 0 ||
               strncmp(recipe, "refonly:", 8) == 0 || strncmp(recipe, "refpast:", 8) == 0) {
        r->kind = recipe[0] == 'd' ? RECIPE_DCT : RECIPE_REF;
        r->only_ref = recipe[3] == 'o';
        r->past_ref = recipe[3] == 'p';
        const char *p = strchr(recipe, ':') + 1;
        if (!strchr("DWMYQEK", *p) || !*p || (p[1] != '+' && p[1] != '-'))
            return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                 "recipe '%s': expected dct:U+N, ref:U-N, refonly:U+N or refpast:U+N with U one of D W M Y Q E "
                                 "(decade) K (century)", recipe);
        r->unit = *p;
        int sign = p[1] == '-' ? -1 : 1;
        const char *n = p + 2;
        if (strcmp(n, "num") == 0) {
            r->offset_from = OFFSET_NUM;
            r->offset = sign;
        } else if (strcmp(n, "dir") == 0) {
            r->offset_from = OFFSET_DIR;
            r->offset = sign;
        } else {
            char *end;
            long v = strtol(n, &end, 10);
            if (*n == '\0' || *end != '\0' || v > 1000)
                return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                     "recipe '%s': offset must be a number, 'num' or 'dir'", recipe);
            r->offset = sign * (int)v;
        }
    } else {
        return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                             "unknown timex recipe '%s' (see chr_timex.h for the list)", recipe);
    }
    return CHR_OK;
}

struct name_ctx {
    timex_rule *rule;
    chr_status status;
    chr_error *err;
};

/* A group is named SEMANTIC or SEMANTIC_CLASS: "dir" reads the word class
 * "dir", "dir_relday" reads the class "relday" with the meaning of "dir". */
static void bind_group(const char *name, int number, void *ctx)
{
    struct name_ctx *nc = ctx;
    char semantic[32];
    const char *underscore = strchr(name, '_');
    size_t n = underscore ? (size_t)(underscore - name) : strlen(name);
    if (n >= sizeof semantic) n = sizeof semantic - 1;
    memcpy(semantic, name, n);
    semantic[n] = '\0';
    for (int g = 0; g < G_COUNT; g++) {
        if (strcmp(group_names[g], semantic) != 0) continue;
        if (number >= CHR_REGEX_MAX_GROUPS) break;
        nc->rule->group[g] = number;
        if (underscore) chr_copy_str(nc->rule->group_class[g], sizeof nc->rule->group_class[g], underscore + 1);
        return;
    }
    if (nc->status == CHR_OK)
        nc->status = chr_error_set(nc->err, CHR_ERR_RULES, nc->rule->rec->file, nc->rule->rec->line, -1,
                                   "group '%s' has no meaning for timex rules (or is group %d, beyond %d)", name,
                                   number, CHR_REGEX_MAX_GROUPS - 1);
}

/* ---- anchors: which sentences a rule can match in ------------------------------------ */

static uint32_t word_hash(const char *w)
{
    uint32_t h = 2166136261u;
    for (; *w; w++) h = (h ^ (unsigned char)*w) * 16777619u;
    return h;
}

/* Files anchor 'id' under the ASCII word 'w' (lower-cased, its leading
 * letters, at most 15). 0 when 'w' starts with no letter. */
static int add_word(chr_timex_extractor *tx, const char *w, anchor_id id)
{
    struct word_id pair = {{0}, id};
    size_t n = 0;
    for (; w[n] && n < sizeof pair.word - 1; n++) {
        if (!isalpha((unsigned char)w[n])) break;
        pair.word[n] = (char)tolower((unsigned char)w[n]);
    }
    if (n == 0 || (n == sizeof pair.word - 1 && isalpha((unsigned char)w[n]))) return 0;
    chr_vec_push(&tx->word_pairs, pair);
    return 1;
}

/* The ids of the ASCII word 'low' (lower case, hash 'hash'): *count of
 * them, or NULL. */
static const anchor_id *lookup_word(const chr_timex_extractor *tx, const char *low, uint32_t hash, unsigned *count)
{
    size_t cap = sizeof tx->words / sizeof tx->words[0];
    *count = 0;
    if (!(tx->word_filter[(hash >> 6) & 63] >> (hash & 63) & 1)) return NULL;
    for (size_t i = hash % cap, k = 0; k < cap && tx->words[i].word[0]; i = (i + 1) % cap, k++)
        if (strcmp(tx->words[i].word, low) == 0) {
            *count = tx->words[i].len;
            return tx->word_ids + tx->words[i].start;
        }
    *count = 0;
    return NULL;
}

/* Files anchor 'id' under the start of 'w': its leading Hangul syllables
 * (one: that syllable; more: a word compared in place) or its first ASCII
 * word; 'after_digit' for the "#X" form (one syllable). With 'exact', 'w'
 * must be nothing but that. 0 when 'w' does not fit. */
static int add_anchor_text(chr_timex_extractor *tx, const char *w, anchor_id id, int after_digit, int exact,
                           int after_class)
{
    size_t used, len = strlen(w);
    uint32_t cp = chr_utf8_decode(w, len, &used);
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
        size_t run = used; /* the leading syllables */
        while (run < len) {
            size_t step;
            if (!chr_is_hangul_syllable(chr_utf8_decode(w + run, len - run, &step)) || !step) break;
            run += step;
        }
        if (exact && run < len) return 0;
        if (run == used && !after_class) {
            struct key_id pair = {cp - 0xAC00, id};
            chr_vec_push(after_digit ? &tx->digit_syllable_pairs : &tx->syllable_pairs, pair);
            return 1;
        }
        struct hangul_word hw = {{0}, (unsigned char)(run - used), 0, id, after_class};
        if (after_digit || run - used >= sizeof hw.rest) return 0;
        memcpy(hw.rest, w + used, run - used);
        hw.next = tx->hangul_word_first[cp - 0xAC00];
        chr_vec_push(&tx->hangul_words, hw);
        tx->hangul_word_first[cp - 0xAC00] = (unsigned short)tx->hangul_words.len;
        return 1;
    }
    if (!after_digit && isalpha((unsigned char)w[0])) return add_word(tx, w, id);
    return 0;
}

struct class_anchor {
    chr_timex_extractor *tx;
    anchor_id id;
    int ok;
};

static void add_class_word(const chr_rule_record *rec, void *ctx)
{
    struct class_anchor *ca = ctx;
    if (!add_anchor_text(ca->tx, rec->fields[2], ca->id, 0, 0, 0)) ca->ok = 0;
}

/* Keeps a class word for a "{CLASS}>X" anchor when it is all Hangul
 * syllables (no space): the one place right before X it can end. */
static void add_after_word(const chr_rule_record *rec, void *ctx)
{
    struct class_words *list = ctx;
    const char *w = rec->fields[2];
    size_t len = strlen(w);
    for (size_t k = 0, step = 0; k < len; k += step)
        if (!chr_is_hangul_syllable(chr_utf8_decode(w + k, len - k, &step)) || !step) return;
    struct class_word cw = {w, len};
    chr_vec_push(&list->words, cw);
    list->last[(unsigned char)w[len - 1] / 64] |= (uint64_t)1 << ((unsigned char)w[len - 1] % 64);
}

/* Whether text[s, at) ends with a word of 'list', white space between. */
static int after_class_word(const struct class_words *list, const char *text, size_t s, size_t at)
{
    while (at > s && text[at - 1] == ' ') at--;
    if (at == s || !(list->last[(unsigned char)text[at - 1] / 64] >> ((unsigned char)text[at - 1] % 64) & 1)) return 0;
    for (size_t k = 0; k < list->words.len; k++) {
        size_t n = list->words.items[k].len;
        const char *w = list->words.items[k].text;
        if (n <= at - s && text[at - 1] == w[n - 1] && memcmp(text + at - n, w, n) == 0) return 1;
    }
    return 0;
}

static int key_id_order(const void *a, const void *b)
{
    const struct key_id *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

static int word_id_order(const void *a, const void *b)
{
    const struct word_id *x = a, *y = b;
    int c = strcmp(x->word, y->word);
    return c ? c : (x->id > y->id) - (x->id < y->id);
}

static void build_id_table(struct key_id *pairs, size_t n, size_t nkeys, unsigned *start, anchor_id **ids);

/* Turns (syllable, id) pairs into a table: ids of syllable k at
 * ids[start[k] .. start[k + 1]) (duplicates dropped). */
static void build_syllable_table(struct key_id *pairs, size_t n, unsigned **start, anchor_id **ids)
{
    *start = chr_xcalloc(HANGUL_COUNT + 1, sizeof **start);
    build_id_table(pairs, n, HANGUL_COUNT, *start, ids);
}

/* Turns (key, id) pairs, keys below 'nkeys', into ids of key k at
 * ids[start[k] .. start[k + 1]) (duplicates dropped); 'start' holds nkeys + 1
 * zeros. */
static void build_id_table(struct key_id *pairs, size_t n, size_t nkeys, unsigned *start, anchor_id **ids)
{
    if (n) qsort(pairs, n, sizeof *pairs, key_id_order);
    *ids = chr_xcalloc(n ? n : 1, sizeof **ids);
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && pairs[i].key == pairs[i - 1].key && pairs[i].id == pairs[i - 1].id) continue;
        (*ids)[out++] = pairs[i].id;
        start[pairs[i].key + 1]++;
    }
    for (size_t k = 0; k < nkeys; k++) start[k + 1] += start[k];
}

/* The bit of syllable 'k' followed by a byte 'last', the last byte of
 * the next syllable (syllable_follow). */
static unsigned syllable_next(unsigned k, unsigned char last)
{
    return (k * 64 + (last & 63u)) & 0xFFFFu;
}

/* Builds the lookup tables once every rule's anchors are filed. 0 when the
 * word table is full. */
static int build_anchor_tables(chr_timex_extractor *tx)
{
    build_syllable_table(tx->syllable_pairs.items, tx->syllable_pairs.len, &tx->syllable_start, &tx->syllable_ids);
    build_syllable_table(tx->digit_syllable_pairs.items, tx->digit_syllable_pairs.len, &tx->digit_syllable_start,
                         &tx->digit_syllable_ids);
    unsigned nentries = 0;
    tx->syllable_entries = chr_xcalloc(HANGUL_COUNT, sizeof *tx->syllable_entries);
    for (unsigned k = 0; k < HANGUL_COUNT; k++) {
        if (k % 64 == 0) tx->syllable_rank[k / 64] = (unsigned short)nentries;
        struct syllable_entry e = {tx->syllable_start[k], tx->digit_syllable_start[k],
                                   (unsigned short)(tx->syllable_start[k + 1] - tx->syllable_start[k]),
                                   (unsigned short)(tx->digit_syllable_start[k + 1] - tx->digit_syllable_start[k]),
                                   tx->hangul_word_first[k], 0};
        if (!e.nids && !e.ndigit_ids && !e.word_first) continue;
        int single = e.nids > 0;
        for (unsigned w = e.word_first; w; w = tx->hangul_words.items[w - 1].next) {
            const struct hangul_word *hw = &tx->hangul_words.items[w - 1];
            e.word_next |= hw->rest_len ? (uint64_t)1 << ((unsigned char)hw->rest[2] & 63) : ~(uint64_t)0;
            if (!hw->rest_len) {
                single = 1;
            } else {
                unsigned b = syllable_next(k, (unsigned char)hw->rest[2]);
                tx->syllable_follow[b / 64] |= (uint64_t)1 << (b % 64);
            }
        }
        tx->syllable_any[k / 64] |= (uint64_t)1 << (k % 64);
        if (single) tx->syllable_plain[k / 64] |= (uint64_t)1 << (k % 64);
        tx->syllable_entries[nentries++] = e;
    }
    build_id_table(tx->punct_pairs.items, tx->punct_pairs.len, 128, tx->punct_start, &tx->punct_ids);
    build_id_table(tx->run_pairs.items, tx->run_pairs.len, 10, tx->run_start, &tx->run_ids);
    size_t n = tx->word_pairs.len;
    struct word_id *pairs = tx->word_pairs.items;
    if (n) qsort(pairs, n, sizeof *pairs, word_id_order);
    tx->word_ids = chr_xcalloc(n ? n : 1, sizeof *tx->word_ids);
    size_t cap = sizeof tx->words / sizeof tx->words[0], out = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && strcmp(pairs[i].word, pairs[i - 1].word) == 0) {
            if (pairs[i].id == pairs[i - 1].id) continue;
        } else {
            size_t slot = word_hash(pairs[i].word) % cap, k = 0;
            while (k < cap && tx->words[slot].word[0]) slot = (slot + 1) % cap, k++;
            if (k == cap) return 0;
            memcpy(tx->words[slot].word, pairs[i].word, sizeof pairs[i].word);
            tx->words[slot].start = (unsigned)out;
            uint32_t h = word_hash(pairs[i].word);
            tx->word_filter[(h >> 6) & 63] |= (uint64_t)1 << (h & 63);
        }
        tx->word_ids[out++] = pairs[i].id;
        size_t slot = word_hash(pairs[i].word) % cap;
        while (strcmp(tx->words[slot].word, pairs[i].word) != 0) slot = (slot + 1) % cap;
        tx->words[slot].len++;
    }
    return 1;
}

/* The hash of the two bytes at 'p' (need: words of two bytes or more). */
static unsigned need_pair(const char *p)
{
    return ((unsigned)(unsigned char)p[0] * 31u + (unsigned char)p[1]) & 255u;
}

/*
 * Reads a rule's anchors: space-separated tokens, one of which every match
 * contains. A token is "#" (an ASCII digit run), "#N" (a run of exactly N
 * digits), "#." (a digit run before a mark), "#X" (the Hangul syllable
 * X right after a digit, white space allowed: "17일"), Hangul syllables
 * ("후", "이듬해"), an ASCII word (case-insensitive), "{CLASS}" (the
 * start of every word of a lexicon class) or "{CLASS}>X" (X right after a
 * word of the class). "TOKEN:N" says a match starts at
 * most N bytes before that anchor, "back:N" the same for every anchor of the
 * rule (default DEFAULT_BACK). "need:A,B" says a match also has A or B
 * ("#": a digit) between its start and NEED_AHEAD bytes after its anchor;
 * "need<N>M:A,B" looks from N bytes before the anchor (for a lookbehind's
 * word) to M bytes after it, either bound optional; each need token is a
 * clause that must hold. Sets r->gate, or fails with an error naming the
 * record.
 */
static chr_status parse_anchors(chr_timex_extractor *tx, timex_rule *r, const char *spec, chr_error *err)
{
    const chr_rule_record *rec = r->rec;
    char buf[1024];
    if (strlen(spec) >= sizeof buf)
        return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1, "anchors: longer than %d bytes",
                             (int)sizeof buf - 1);
    /* the rule's own distance first (back:N), wherever it is written */
    chr_copy_str(buf, sizeof buf, spec);
    for (char *save = NULL, *tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
        if (strncmp(tok, "back:", 5) != 0) continue;
        char *end = NULL;
        long back = strtol(tok + 5, &end, 10);
        if (end == tok + 5 || *end || back < 0 || back > MAX_BACK)
            return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                 "'%s': back:N takes a number of bytes from 0 to %d", tok, MAX_BACK);
        r->back = (int)back;
    }
    chr_copy_str(buf, sizeof buf, spec);
    for (char *save = NULL, *tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
        if (strncmp(tok, "back:", 5) == 0) continue;
        if (strncmp(tok, "need", 4) == 0 && strchr(":<>", tok[4])) {
            if (r->nneed == (int)(sizeof r->need / sizeof r->need[0]))
                return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1, "at most %d need: tokens",
                                     (int)(sizeof r->need / sizeof r->need[0]));
            struct need_clause *cl = &r->need[r->nneed++];
            *cl = (struct need_clause){0, {0}, 0, 0, {0}, {0}, {0}, {0}, {0}, {0}, 0, -1, NEED_AHEAD};
            char *list = tok + 4;
            for (int k = 0; k < 2 && (*list == '<' || *list == '>'); k++) {
                char *end = NULL;
                long n = strtol(list + 1, &end, 10);
                if (end == list + 1 || !strchr(":<>", *end) || n < 0 || n > MAX_BACK)
                    return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                         "'%s': need<N>M:A,B takes numbers of bytes from 0 to %d", tok, MAX_BACK);
                if (*list == '<') cl->before = (int)n;
                else cl->ahead = (int)n;
                list = end;
            }
            if (*list != ':')
                return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                     "'%s': need<N>M:A,B takes numbers of bytes from 0 to %d", tok, MAX_BACK);
            list++;
            int nwords = 0;
            for (char *save2 = NULL, *lit = strtok_r(list, ",", &save2); lit; lit = strtok_r(NULL, ",", &save2)) {
                if (++nwords > (int)sizeof cl->word || strlen(lit) >= sizeof tx->need_words[0])
                    return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                         "need: at most 16 words of up to %d bytes", (int)sizeof tx->need_words[0] - 1);
                if (strcmp(lit, "#") == 0) {
                    cl->digit = 1;
                    continue;
                }
                int w = 0;
                while (w < tx->nneed_words && strcmp(tx->need_words[w], lit) != 0) w++;
                if (w == tx->nneed_words) {
                    if (w == (int)(sizeof tx->need_words / sizeof tx->need_words[0]))
                        return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                             "need: at most %d distinct words over all rules", w);
                    chr_copy_str(tx->need_words[w], sizeof tx->need_words[w], lit);
                    tx->need_len[w] = (unsigned char)strlen(lit);
                    tx->nneed_words++;
                }
                cl->word[cl->nwords++] = (unsigned char)w;
                unsigned h = lit[1] ? need_pair(lit) : (unsigned char)lit[0];
                if (lit[1]) {
                    cl->pairs[h / 64] |= (uint64_t)1 << (h % 64);
                    cl->first[(unsigned char)lit[0] / 64] |= (uint64_t)1 << ((unsigned char)lit[0] % 64);
                    int f = 0;
                    while (f < cl->npairs && (cl->pair_first[f] != (unsigned char)lit[0] || cl->pair_second[f] != (unsigned char)lit[1])) f++;
                    if (f == cl->npairs && cl->npairs >= 0) {
                        if (f < (int)sizeof cl->pair_first) {
                            cl->pair_first[f] = (unsigned char)lit[0];
                            cl->pair_second[f] = (unsigned char)lit[1];
                            cl->npairs++;
                        } else {
                            cl->npairs = -1; /* too many: the byte loop alone */
                        }
                    }
                }
                else if (!(cl->single[h / 64] >> (h % 64) & 1)) {
                    cl->single[h / 64] |= (uint64_t)1 << (h % 64);
                    if (cl->has_single < (int)sizeof cl->singles) cl->singles[cl->has_single] = (unsigned char)h;
                    cl->has_single++;
                }
            }
            if (!nwords)
                return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1, "need: names no word");
            continue;
        }
        int back = r->back;
        char *colon = strrchr(tok, ':');
        if (colon) {
            char *end = NULL;
            long n = strtol(colon + 1, &end, 10);
            if (end == colon + 1 || *end || n < 0 || n > MAX_BACK)
                return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                     "anchor '%s': TOKEN:N takes a number of bytes from 0 to %d", tok, MAX_BACK);
            back = (int)n;
            *colon = '\0';
        }
        int bit = -1;
        for (int i = 0; i < tx->nanchors; i++)
            if (strcmp(tx->anchor_token[i], tok) == 0) bit = i;
        if (bit < 0) {
            if (tx->nanchors == MAX_ANCHORS || strlen(tok) >= sizeof tx->anchor_token[0])
                return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                     "anchor '%s': at most %d anchors of up to 31 bytes", tok, MAX_ANCHORS);
            bit = tx->nanchors++;
            chr_copy_str(tx->anchor_token[bit], sizeof tx->anchor_token[bit], tok);
            anchor_id id = (anchor_id)bit;
            int ok;
            if (strcmp(tok, "#") == 0) {
                tx->digit_id = bit;
                ok = 1;
            } else if (tok[0] == '#' && tok[1] >= '1' && tok[1] <= '9' && !tok[2]) {
                struct key_id pair = {(uint32_t)(tok[1] - '0'), id};
                chr_vec_push(&tx->run_pairs, pair);
                ok = 1;
            } else if (tok[0] == '#' && ispunct((unsigned char)tok[1]) && !tok[2]) {
                struct key_id pair = {(unsigned char)tok[1], id};
                chr_vec_push(&tx->punct_pairs, pair);
                ok = 1;
            } else if (tok[0] == '#') {
                ok = add_anchor_text(tx, tok + 1, id, 1, 1, 0);
            } else if (tok[0] == '{' && strstr(tok, "}>")) {
                /* "{CLASS}>X": X right after a word of CLASS */
                const char *close = strstr(tok, "}>");
                char cls[64];
                snprintf(cls, sizeof cls, "%.*s", (int)(close - tok - 1), tok + 1);
                struct class_words cw = {{0}, {0}};
                chr_vec_push(&tx->after_classes, cw);
                struct class_words *list = &tx->after_classes.items[tx->after_classes.len - 1];
                chr_rules_each_word(tx->rules, cls, add_after_word, list);
                ok = list->words.len > 0 &&
                     add_anchor_text(tx, close + 2, id, 0, 1, (int)tx->after_classes.len);
            } else if (tok[0] == '{' && tok[strlen(tok) - 1] == '}') {
                char cls[64];
                snprintf(cls, sizeof cls, "%.*s", (int)strlen(tok) - 2, tok + 1);
                struct class_anchor ca = {tx, id, chr_rules_has_class(tx->rules, cls)};
                chr_rules_each_word(tx->rules, cls, add_class_word, &ca);
                ok = ca.ok;
            } else {
                ok = add_anchor_text(tx, tok, id, 0, 1, 0);
            }
            if (!ok)
                return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                     "anchor '%s' is not #, #X, Hangul syllables, an ASCII word or {CLASS} "
                                     "of such words", tok);
        }
        int k = 0;
        while (k < r->ngate && r->gate[k] != bit) k++;
        if (k == r->ngate) {
            if (r->ngate == (int)(sizeof r->gate / sizeof r->gate[0]))
                return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1, "at most %d anchors per rule",
                                     (int)(sizeof r->gate / sizeof r->gate[0]));
            r->gate_back[k] = 0;
            r->gate[r->ngate++] = (anchor_id)bit;
        }
        if (r->gate_back[k] < back) r->gate_back[k] = (unsigned char)back;
    }
    return CHR_OK;
}

/* Where an anchor occurs: the byte offset of its token (a digit run's
 * first digit for "#" and "#X") and its id. */
typedef struct {
    size_t pos;
    anchor_id id;
} anchor_hit;
typedef CHR_VEC(anchor_hit) hit_vec;

/* The number of bits set in 'x'. __builtin_popcountll is a libgcc call
 * without -mpopcnt, and the anchor pass makes one per anchor syllable. */
static unsigned bit_count(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555u;
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
    return (unsigned)((x * 0x0101010101010101u) >> 56);
}

static void add_hits(hit_vec *hits, size_t pos, const anchor_id *ids, size_t count)
{
    for (size_t k = 0; k < count; k++) {
        anchor_hit h = {pos, ids[k]};
        chr_vec_push(hits, h);
    }
}

/* Appends the anchors of the sentence text[s, e) to 'hits' in text
 * order (one pass over the bytes). */
static void sentence_anchors(const chr_timex_extractor *tx, const char *text, size_t s, size_t e,
                             hit_vec *hits)
{
    int after_digit = 0; /* the last non-space character was a digit */
    size_t digits_at = s;
    size_t i = s;
    while (i < e) {
        unsigned char c = (unsigned char)text[i];
        if (c >= '0' && c <= '9') {
            if (!after_digit || (i > s && text[i - 1] == ' ')) {
                digits_at = i;
                if (tx->digit_id >= 0) {
                    anchor_id id = (anchor_id)tx->digit_id;
                    add_hits(hits, i, &id, 1);
                }
                size_t run = 1;
                while (i + run < e && text[i + run] >= '0' && text[i + run] <= '9') run++;
                if (run < 10)
                    add_hits(hits, i, tx->run_ids + tx->run_start[run], tx->run_start[run + 1] - tx->run_start[run]);
            }
            after_digit = 1;
            i++;
        } else if (c < 0x80) {
            if ((unsigned)((c | 0x20) - 'a') < 26) { /* an ASCII letter, without the locale */
                char low[16];
                size_t n = 0, at = i;
                uint32_t hash = 2166136261u; /* word_hash, as the letters come */
                while (i < e && (unsigned)(((unsigned char)text[i] | 0x20) - 'a') < 26) {
                    if (n < sizeof low - 1) {
                        unsigned char lc = (unsigned char)(text[i] | 0x20); /* ASCII letters only */
                        low[n] = (char)lc;
                        hash = (hash ^ lc) * 16777619u;
                    }
                    n++;
                    i++;
                }
                if (n < sizeof low - 1) {
                    low[n] = '\0';
                    unsigned count;
                    const anchor_id *ids = lookup_word(tx, low, hash, &count);
                    add_hits(hits, at, ids, count);
                }
                after_digit = 0;
            } else {
                if (after_digit && c != ' ')
                    add_hits(hits, digits_at, tx->punct_ids + tx->punct_start[c],
                             tx->punct_start[c + 1] - tx->punct_start[c]);
                if (c != ' ') after_digit = 0;
                i++;
            }
        } else if ((c & 0xF0) == 0xE0 && i + 2 < e) {
            uint32_t cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(text[i + 1] & 0x3F) << 6) |
                          (uint32_t)(text[i + 2] & 0x3F);
            unsigned k = cp - 0xAC00;
            int hangul = cp >= 0xAC00 && cp <= 0xD7A3;
            unsigned kk = hangul ? k : 0;
            uint64_t bits = hangul ? tx->syllable_any[kk / 64] : 0;
            /* one test, without branches: after a digit any anchor syllable;
             * else one that is an anchor by itself, or that a word starts
             * with whose second syllable may follow (most are neither) */
            unsigned b = syllable_next(kk, i + 5 < e ? (unsigned char)text[i + 5] : 0);
            unsigned test = (unsigned)(bits >> (kk % 64) & 1) &
                            ((unsigned)after_digit | (unsigned)(tx->syllable_plain[kk / 64] >> (kk % 64) & 1) |
                             ((unsigned)(i + 6 <= e) & (unsigned)(tx->syllable_follow[b / 64] >> (b % 64) & 1)));
            if (test) {
                const struct syllable_entry *se =
                    &tx->syllable_entries[tx->syllable_rank[k / 64] +
                                          bit_count(bits & (((uint64_t)1 << (k % 64)) - 1))];
                add_hits(hits, i, tx->syllable_ids + se->ids, se->nids);
                /* a word's rest starts with a syllable, whose last byte is text[i + 5] */
                unsigned w = i + 6 <= e && !(se->word_next >> ((unsigned char)text[i + 5] & 63) & 1) ? 0 : se->word_first;
                for (; w; w = tx->hangul_words.items[w - 1].next) {
                    const struct hangul_word *hw = &tx->hangul_words.items[w - 1];
                    /* the rest starts with a syllable: its last byte tells most apart */
                    if (i + 3 + hw->rest_len <= e && (!hw->rest_len || text[i + 5] == hw->rest[2]) &&
                        memcmp(text + i + 3, hw->rest, hw->rest_len) == 0 &&
                        (!hw->after_class || after_class_word(&tx->after_classes.items[hw->after_class - 1], text, s, i)))
                        add_hits(hits, i, &hw->id, 1);
                }
                if (after_digit) add_hits(hits, digits_at, tx->digit_syllable_ids + se->digit_ids, se->ndigit_ids);
            }
            after_digit = 0;
            i += 3;
        } else {
            after_digit = 0;
            i++;
            while (i < e && ((unsigned char)text[i] & 0xC0) == 0x80) i++;
        }
    }
}

/* The bucket of the two bytes at 'p' (tense cue lookup). */
static unsigned cue_hash(const char *p)
{
    return (((unsigned)(unsigned char)p[0] << 5) ^ (unsigned char)p[1]) % CUE_BUCKETS;
}

/* The filter bit of the three bytes at 'p': for a Hangul syllable its
 * code point, for ASCII a fold the bucket's byte tests tell apart. */
static unsigned cue_triple(const char *p)
{
    return ((unsigned)((unsigned char)p[0] & 0x0F) << 12) | ((unsigned)((unsigned char)p[1] & 0x3F) << 6) |
           ((unsigned char)p[2] & 0x3Fu);
}

/* Files each tense cue (at most MAX_CUES) under the bucket of its first two
 * bytes, a cue of one byte under every bucket. */
static void build_cue_buckets(chr_timex_extractor *tx)
{
    size_t n = tx->cues.len < MAX_CUES ? tx->cues.len : MAX_CUES;
    unsigned count[CUE_BUCKETS] = {0};
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        const char *w = tx->cues.items[i].word;
        if (!w[0]) continue;
        if (!w[1]) {
            for (unsigned b = 0; b < CUE_BUCKETS; b++) count[b]++;
            total += CUE_BUCKETS;
        } else {
            count[cue_hash(w)]++;
            total++;
        }
    }
    tx->cue_items = chr_xcalloc(total ? total : 1, sizeof *tx->cue_items);
    tx->cue_bucket[0] = 0;
    for (unsigned b = 0; b < CUE_BUCKETS; b++) tx->cue_bucket[b + 1] = tx->cue_bucket[b] + count[b];
    unsigned fill[CUE_BUCKETS];
    memcpy(fill, tx->cue_bucket, sizeof fill);
    for (size_t i = 0; i < n; i++) {
        const char *w = tx->cues.items[i].word;
        if (!w[0]) continue;
        if (!w[1])
            for (unsigned b = 0; b < CUE_BUCKETS; b++) tx->cue_items[fill[b]++] = (unsigned short)i;
        else
            tx->cue_items[fill[cue_hash(w)]++] = (unsigned short)i;
        unsigned first = (unsigned)(unsigned char)w[0] << 8;
        for (unsigned second = 0; second < 256; second++)
            if (!w[1] || second == (unsigned char)w[1])
                tx->cue_pairs[(first | second) / 64] |= (uint64_t)1 << ((first | second) % 64);
        if (w[1] && w[2]) {
            unsigned h = cue_triple(w);
            tx->cue_triples[h / 64] |= (uint64_t)1 << (h % 64);
        } else {
            /* a cue of one or two bytes: every third byte (and second) */
            for (unsigned second = 0; second < 256; second++)
                for (unsigned third = 0; third < 256; third++) {
                    if (w[1] && second != (unsigned char)w[1]) continue;
                    char b[3] = {w[0], (char)second, (char)third};
                    unsigned h = cue_triple(b);
                    tx->cue_triples[h / 64] |= (uint64_t)1 << (h % 64);
                }
        }
    }
}

chr_timex_extractor *chr_timex_new(const chr_rules *rules, chr_error *err)
{
    chr_timex_extractor *tx = chr_xcalloc(1, sizeof *tx);
    tx->rules = rules;
    tx->anchor_token = chr_xcalloc(MAX_ANCHORS, sizeof *tx->anchor_token);
    tx->hangul_word_first = chr_xcalloc(HANGUL_COUNT, sizeof *tx->hangul_word_first);
    tx->digit_id = -1;
    struct cue_ctx past = {tx, -1}, future = {tx, 1};
    chr_rules_each_word(rules, "tensepast", add_cue, &past);
    chr_rules_each_word(rules, "tensefuture", add_cue, &future);
    struct cue_ctx premod = {tx, 0};
    chr_rules_each_word(rules, "premod", add_cue, &premod);
    if (tx->premods.len) qsort(tx->premods.items, tx->premods.len, sizeof *tx->premods.items, longest_first);
    build_cue_buckets(tx);
    for (size_t i = 0; i < chr_rules_count(rules); i++) {
        const chr_rule_record *rec = chr_rules_at(rules, i);
        if (strcmp(rec->fields[0], "timex") != 0) continue;
        timex_rule r = {.rec = rec, .back = DEFAULT_BACK};
        const char *type = rec->fields[2];
        if (strcmp(type, "DATE") == 0) r.type = CHR_TX_DATE;
        else if (strcmp(type, "TIME") == 0) r.type = CHR_TX_TIME;
        else if (strcmp(type, "DURATION") == 0) r.type = CHR_TX_DURATION;
        else if (strcmp(type, "SET") == 0) r.type = CHR_TX_SET;
        else {
            chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                          "timex type '%s' is not DATE, TIME, DURATION or SET", type);
            chr_timex_free(tx);
            return NULL;
        }
        if (parse_recipe(&r, rec->fields[3], err) != CHR_OK) {
            chr_timex_free(tx);
            return NULL;
        }
        r.re = chr_regex_compile(rules, rec, rec->fields[4], err);
        if (!r.re) {
            chr_timex_free(tx);
            return NULL;
        }
        for (int g = 0; g < G_COUNT; g++) {
            r.group[g] = -1;
            chr_copy_str(r.group_class[g], sizeof r.group_class[g], group_names[g]);
        }
        struct name_ctx nc = {&r, CHR_OK, err};
        chr_regex_each_name(r.re, bind_group, &nc);
        if (nc.status == CHR_OK && rec->nfields > 5 && rec->fields[5][0])
            nc.status = parse_anchors(tx, &r, rec->fields[5], err);
        if (nc.status != CHR_OK) {
            chr_regex_free(r.re);
            chr_timex_free(tx);
            return NULL;
        }
        r.lang = !rec->lang ? -1
                 : strcmp(rec->lang, chr_lang_name(CHR_LANG_KO)) == 0 ? (int)CHR_LANG_KO
                 : strcmp(rec->lang, chr_lang_name(CHR_LANG_EN)) == 0 ? (int)CHR_LANG_EN
                                                                      : -1;
        chr_vec_push(&tx->list, r);
    }
    tx->anchor_rule_start = chr_xcalloc(MAX_ANCHORS + 1, sizeof *tx->anchor_rule_start);
    size_t nlinks = 0;
    for (size_t r = 0; r < tx->list.len; r++) {
        for (int k = 0; k < tx->list.items[r].ngate; k++) tx->anchor_rule_start[tx->list.items[r].gate[k] + 1]++;
        nlinks += (size_t)tx->list.items[r].ngate;
    }
    for (int a = 0; a < MAX_ANCHORS; a++) tx->anchor_rule_start[a + 1] += tx->anchor_rule_start[a];
    tx->anchor_rules = chr_xcalloc(nlinks + 1, sizeof *tx->anchor_rules);
    unsigned *fill = chr_xcalloc(MAX_ANCHORS, sizeof *fill);
    memcpy(fill, tx->anchor_rule_start, MAX_ANCHORS * sizeof *fill);
    for (size_t r = 0; r < tx->list.len; r++)
        for (int k = 0; k < tx->list.items[r].ngate; k++)
            tx->anchor_rules[fill[tx->list.items[r].gate[k]]++] =
                (struct anchor_rule){(unsigned)r, tx->list.items[r].gate_back[k]};
    free(fill);
    if (!build_anchor_tables(tx)) {
        chr_error_set(err, CHR_ERR_RULES, "(timex rules)", 0, -1, "too many distinct anchor words");
        chr_timex_free(tx);
        return NULL;
    }
    return tx;
}

void chr_timex_free(chr_timex_extractor *tx)
{
    if (!tx) return;
    for (size_t i = 0; i < tx->list.len; i++) chr_regex_free(tx->list.items[i].re);
    chr_vec_free(&tx->list);
    chr_vec_free(&tx->cues);
    chr_vec_free(&tx->premods);
    free(tx->cue_items);
    free(tx->anchor_token);
    chr_vec_free(&tx->syllable_pairs);
    chr_vec_free(&tx->digit_syllable_pairs);
    chr_vec_free(&tx->word_pairs);
    free(tx->syllable_start);
    free(tx->digit_syllable_start);
    free(tx->syllable_ids);
    free(tx->digit_syllable_ids);
    free(tx->hangul_word_first);
    free(tx->syllable_entries);
    chr_vec_free(&tx->hangul_words);
    free(tx->word_ids);
    free(tx->anchor_rule_start);
    free(tx->anchor_rules);
    for (size_t k = 0; k < tx->after_classes.len; k++) chr_vec_free(&tx->after_classes.items[k].words);
    chr_vec_free(&tx->after_classes);
    chr_vec_free(&tx->punct_pairs);
    free(tx->punct_ids);
    chr_vec_free(&tx->run_pairs);
    free(tx->run_ids);
    free(tx);
}

/* ---- formatting ------------------------------------------------------------------ */

static int iso_week(int y, int m, int d, int *week_year)
{
    long days = chr_date_to_days(y, m, d);
    int wd = chr_weekday(y, m, d); /* 0 = Monday */
    long thursday = days - wd + 3;
    int ty, tm, td;
    chr_date_from_days(thursday, &ty, &tm, &td);
    long jan1 = chr_date_to_days(ty, 1, 1);
    *week_year = ty;
    return (int)((thursday - jan1) / 7 + 1);
}

/* Writes 'value' (0 or more) in decimal, zero-padded to 'width' digits, at
 * 'p'; returns the end. Values are small (years, months, hours), and
 * snprintf was a tenth of the date stage. */
static char *put_number(char *p, int value, int width)
{
    char digits[12];
    int n = 0;
    unsigned v = value < 0 ? 0u : (unsigned)value;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v && n < (int)sizeof digits);
    while (n < width && n < (int)sizeof digits) digits[n++] = '0';
    while (n) *p++ = digits[--n];
    return p;
}

static char *put_text(char *p, const char *text)
{
    while (*text) *p++ = *text++;
    return p;
}

void chr_timex_format_date(const chr_date *date, char gran, char *out, size_t out_size)
{
    char buf[40], *p = buf;
    int year = date->year > 0 ? date->year % 10000 : -1;
    switch (gran) {
    case 'C': p = date->year > 0 ? put_number(p, (date->year / 10) % 1000, 3) : put_text(p, "XXX"); break;
    case 'W':
        if (date->year > 0 && date->month > 0 && date->day > 0) {
            int wy;
            int w = iso_week(date->year, date->month, date->day, &wy);
            p = put_number(p, wy, 4);
            p = put_text(p, "-W");
            p = put_number(p, w, 2);
            break;
        }
        /* fall through */
    default:
        p = year >= 0 ? put_number(p, year, 4) : put_text(p, "XXXX");
        switch (gran) {
        case 'Y': break;
        case 'Q':
            p = put_text(p, "-Q");
            p = put_number(p, date->month > 0 ? (date->month - 1) / 3 + 1 : 1, 1);
            break;
        case 'H': p = put_text(p, date->month > 6 ? "-H2" : "-H1"); break;
        case 'M':
            *p++ = '-';
            p = date->month > 0 ? put_number(p, date->month, 2) : put_text(p, "XX");
            break;
        case 'W': p = put_text(p, "-WXX"); break;
        default:
            *p++ = '-';
            p = date->month > 0 ? put_number(p, date->month % 100, 2) : put_text(p, "XX");
            *p++ = '-';
            p = date->day > 0 ? put_number(p, date->day % 100, 2) : put_text(p, "XX");
        }
    }
    *p = '\0';
    if (out_size) {
        size_t n = (size_t)(p - buf) < out_size - 1 ? (size_t)(p - buf) : out_size - 1;
        memcpy(out, buf, n);
        out[n] = '\0';
    }
}

/* ---- reading groups ---------------------------------------------------------------- */

/* The tense cues of one sentence, found once for all its expressions */
typedef struct {
    size_t pos;
    unsigned short cue;
} cue_hit;
typedef struct {
    long sentence; /* -1: none yet */
    CHR_VEC(cue_hit) hits; /* in text order */
} cue_cache;

typedef struct {
    const chr_timex_extractor *tx;
    const timex_rule *rule;
    const chr_doc *doc;
    const chr_match *m;
    cue_cache *cues;
    long sentence; /* the sentence m starts in */
} match_view;

/* Copies group 'g' into buf (inner white space folded to one space; ASCII
 * lower-cased when 'lower'); returns 0 when the group did not take part. */
static int group_text_case(const match_view *v, int g, char *buf, size_t size, int lower)
{
    int n = v->rule->group[g];
    if (n < 0 || n >= v->m->ngroups || v->m->group_start[n] == SIZE_MAX) return 0;
    size_t s = v->m->group_start[n], e = v->m->group_end[n];
    size_t k = 0;
    int last_space = 0;
    for (size_t i = s; i < e && k + 1 < size; i++) {
        char c = v->doc->text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!last_space && k) buf[k++] = ' ';
            last_space = 1;
            continue;
        }
        last_space = 0;
        buf[k++] = lower ? (char)tolower((unsigned char)c) : c;
    }
    while (k && buf[k - 1] == ' ') k--;
    buf[k] = '\0';
    return 1;
}

static int group_text(const match_view *v, int g, char *buf, size_t size)
{
    return group_text_case(v, g, buf, size, 1);
}

/* Looks a group's text up in its lexicon class: as written, then in lower case. */
static const char *lookup_group(const match_view *v, int g, char *buf, size_t size)
{
    if (!group_text_case(v, g, buf, size, 0)) return NULL;
    const char *w = chr_rules_word(v->tx->rules, v->rule->group_class[g], buf);
    if (w) return w;
    group_text_case(v, g, buf, size, 1);
    return chr_rules_word(v->tx->rules, v->rule->group_class[g], buf);
}

/* Reads a Sino-Korean number written in Hangul ("이천십오" 2015, "삼십일"
 * 31): digits 일..구 and the units 십, 백, 천, 만. Returns 1 with *out set. */
static int sino_number(const char *s, double *out)
{
    static const char *const digit[] = {"영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"};
    static const char *const unit[] = {"십", "백", "천"};
    static const int unit_value[] = {10, 100, 1000};
    long total = 0, part = 0, d = -1;
    if (!*s) return 0;
    while (*s) {
        int found = 0;
        for (int k = 0; k < 10 && !found; k++)
            if (strncmp(s, digit[k], 3) == 0) d = k, found = 1;
        for (int k = 0; k < 3 && !found; k++)
            if (strncmp(s, unit[k], 3) == 0) part += (d < 0 ? 1 : d) * unit_value[k], d = -1, found = 1;
        if (!found && strncmp(s, "만", 3) == 0) {
            total += (part + (d < 0 ? 0 : d)) * 10000;
            if (total == 0) total = 10000;
            part = 0, d = -1, found = 1;
        }
        if (!found) return 0;
        s += 3;
    }
    *out = (double)(total + part + (d < 0 ? 0 : d));
    return 1;
}

/*
 * A year spelled in English words: "nineteen seventy eight" (1978),
 * "nineteen oh one" (1901), "twenty ten", "eighteen hundred", "two
 * thousand and eighteen", "one thousand seven hundred and eighty nine".
 * Returns 1 with the year in 'out' (1000-2999), else 0.
 */
static int english_year(const char *s, double *out)
{
    static const char *const small[] = {"zero",    "one",     "two",       "three",    "four",     "five",    "six",
                                        "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
                                        "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
    static const char *const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    int vals[16], n = 0; /* 0-19, 20-90 by tens, -100 hundred, -1000 thousand */
    const char *p = s;
    while (*p) {
        while (*p == ' ' || *p == '-' || *p == '\t') p++;
        if (!*p) break;
        char w[16];
        size_t k = 0;
        while (*p && *p != ' ' && *p != '-' && *p != '\t') {
            if (k + 1 < sizeof w) w[k++] = (char)tolower((unsigned char)*p);
            p++;
        }
        w[k] = '\0';
        if (strcmp(w, "and") == 0) continue;
        if (n == (int)(sizeof vals / sizeof vals[0])) return 0;
        int v = -1;
        if (strcmp(w, "oh") == 0 || strcmp(w, "o") == 0) v = 0;
        for (int i = 0; i < 20 && v < 0; i++)
            if (strcmp(w, small[i]) == 0) v = i;
        for (int i = 0; i < 8 && v < 0; i++)
            if (strcmp(w, tens[i]) == 0) v = 20 + 10 * i;
        if (v < 0 && strcmp(w, "hundred") == 0) v = -100;
        if (v < 0 && strcmp(w, "thousand") == 0) v = -1000;
        if (v == -1) return 0;
        vals[n++] = v;
    }
    long year = 0;
    int has_thousand = 0;
    for (int i = 0; i < n; i++) has_thousand |= vals[i] == -1000;
    if (has_thousand) {
        /* a cardinal: "two thousand and eighteen" */
        long part = 0;
        for (int i = 0; i < n; i++) {
            if (vals[i] == -1000) year += (part ? part : 1) * 1000, part = 0;
            else if (vals[i] == -100) part = (part ? part : 1) * 100;
            else part += vals[i];
        }
        year += part;
    } else {
        /* two pairs of digits: "nineteen" + "seventy eight", "oh one", "hundred" */
        if (n < 2 || vals[0] < 10) return 0;
        int i = 1;
        long first = vals[0];
        long second = 0;
        if (vals[i] == -100) second = 0, i++;
        else if (vals[i] == 0 && i + 1 < n && vals[i + 1] > 0 && vals[i + 1] < 10) second = vals[i + 1], i += 2;
        else if (vals[i] >= 10 && vals[i] < 20) second = vals[i++];
        else if (vals[i] >= 20) {
            second = vals[i++];
            if (i < n && vals[i] > 0 && vals[i] < 10) second += vals[i++];
        } else
            return 0;
        if (i != n) return 0;
        year = first * 100 + second;
    }
    if (year < 1000 || year > 2999) return 0;
    *out = (double)year;
    return 1;
}

/* Reads a number group: digits (commas allowed), an ordinal in digits
 * ("15th"), or a lexicon word of the group's class. Returns 1 with *out set;
 * 'unknown' is set for "몇"/"a few". */
static int group_number(const match_view *v, int g, double *out, int *unknown)
{
    char buf[128];
    if (!group_text(v, g, buf, sizeof buf)) return 0;
    char digits[128];
    size_t k = 0;
    int has_digit = 0, other = 0;
    for (char *p = buf; *p; p++) {
        if (isdigit((unsigned char)*p) || *p == '.') {
            digits[k++] = *p;
            if (isdigit((unsigned char)*p)) has_digit = 1;
        } else if (*p != ',') {
            other = 1;
        }
    }
    digits[k] = '\0';
    if (has_digit && !other) {
        /* whole numbers (nearly all) without strtod */
        double whole = 0;
        size_t n = 0;
        while (n < k && digits[n] != '.' && n < 15) whole = whole * 10 + (digits[n++] - '0');
        *out = n == k ? whole : strtod(digits, NULL);
        return 1;
    }
    /* an English ordinal in digits ("15th", "22nd"): the number */
    size_t n = strlen(buf), nd = strspn(buf, "0123456789");
    if (nd && n == nd + 2 && (strcmp(buf + nd, "st") == 0 || strcmp(buf + nd, "nd") == 0 ||
                              strcmp(buf + nd, "rd") == 0 || strcmp(buf + nd, "th") == 0)) {
        *out = strtod(buf, NULL);
        return 1;
    }
    const char *w = lookup_group(v, g, buf, sizeof buf);
    if (!w) return sino_number(buf, out) || english_year(buf, out);
    if (strcmp(w, "X") == 0) {
        if (unknown) *unknown = 1;
        *out = 0;
        return 1;
    }
    *out = strtod(w, NULL);
    return 1;
}

static int group_int(const match_view *v, int g, int *out)
{
    double d;
    int unknown = 0;
    if (!group_number(v, g, &d, &unknown) || unknown) return 0;
    if (d > 100000 || d < -100000) return 0;
    *out = (int)d;
    return 1;
}

/* Looks a group up in the lexicon class of the same name. */
static const char *group_word(const match_view *v, int g, char *buf, size_t size)
{
    return lookup_group(v, g, buf, size);
}

/* The ordinal group as a number's text: a lexicon word's value ("third"
 * 3, "last" -1) or the digits themselves ("week 10"). */
static const char *ordinal_text(const match_view *v, char *buf, size_t size)
{
    const char *w = group_word(v, G_ORDINAL, buf, size);
    int n;
    if (w) return w;
    if (!group_int(v, G_ORDINAL, &n)) return NULL;
    snprintf(buf, size, "%d", n);
    return buf;
}

/* ---- calendar helpers ---------------------------------------------------------------- */

/* Does the match ask for a month's last day (a negative ordinal, "말일",
 * "the last day of"), not for its last week? */
static int asks_month_last_day(const match_view *v)
{
    char buf[64];
    const char *ord = group_word(v, G_ORDINAL, buf, sizeof buf);
    return ord && atoi(ord) < 0 && !group_text(v, G_WEEKOF, buf, sizeof buf);
}

static void to_month_last_day(chr_date *d, char *gran)
{
    d->day = chr_days_in_month(d->year > 0 ? d->year : 2001, d->month);
    *gran = 'D';
}

static void add_months(chr_date *d, int months)
{
    int total = d->year * 12 + (d->month - 1) + months;
    d->year = total / 12;
    d->month = total % 12 + 1;
    if (d->day > 0) {
        int dim = chr_days_in_month(d->year, d->month);
        if (d->day > dim) d->day = dim;
    }
}

static void add_days(chr_date *d, long days)
{
    if (d->year <= 0 || d->month <= 0 || d->day <= 0) {
        /* unknown year: do the arithmetic in a leap-free stand-in year */
        if (d->month > 0 && d->day > 0) {
            int y, m, dd;
            chr_date_from_days(chr_date_to_days(2001, d->month, d->day) + days, &y, &m, &dd);
            d->month = m;
            d->day = dd;
        }
        return;
    }
    int y, m, dd;
    chr_date_from_days(chr_date_to_days(d->year, d->month, d->day) + days, &y, &m, &dd);
    d->year = y;
    d->month = m;
    d->day = dd;
}

static long distance_days(const chr_date *a, const chr_dct *dct)
{
    int day = a->day > 0 ? a->day : 15;
    long x = chr_date_to_days(a->year, a->month, day);
    long y = chr_date_to_days(dct->year, dct->month, dct->day);
    return x > y ? x - y : y - x;
}

/* Writes at most 'max' bytes of 's' at 'p', not past 'end'; returns the
 * end. With join() it stands for snprintf's "%.Ns%.Ms" per expression. */
static char *put_str(char *p, const char *end, const char *s, size_t max)
{
    for (size_t k = 0; k < max && s[k] && p < end; k++) *p++ = s[k];
    return p;
}

/* 'out' = at most 'amax' bytes of 'a', then 'b' (at most 'bmax'), then
 * 'c', cut to 'size' - 1 bytes, as snprintf(out, size, "%.*s%.*s%s"). */
static void join(char *out, size_t size, const char *a, size_t amax, const char *b, size_t bmax, const char *c)
{
    if (!size) return;
    const char *end = out + size - 1;
    char *p = put_str(out, end, a, amax);
    p = put_str(p, end, b, bmax);
    p = put_str(p, end, c, SIZE_MAX);
    *p = '\0';
}

static void format_duration(double amount, char unit, int unknown, char *out, size_t size)
{
    char num[32];
    if (unknown) chr_copy_str(num, sizeof num, "X");
    else if (fabs(amount - floor(amount)) < 1e-9 && amount >= 0 && amount < 1e9)
        *put_number(num, (int)amount, 1) = '\0';
    else if (fabs(amount - floor(amount)) < 1e-9) snprintf(num, sizeof num, "%.0f", amount);
    else snprintf(num, sizeof num, "%g", amount);
    switch (unit) {
    case 'h': join(out, size, "PT", 2, num, SIZE_MAX, "H"); break;
    case 'm': join(out, size, "PT", 2, num, SIZE_MAX, "M"); break;
    case 's': join(out, size, "PT", 2, num, SIZE_MAX, "S"); break;
    default: {
        char u[2] = {unit ? unit : 'D', '\0'};
        join(out, size, "P", 1, num, SIZE_MAX, u);
    }
    }
}

/* ---- the tense of the clause ------------------------------------------------------------ */

/* The tense of the clause around the match: -1 past, +1 future, 0 unknown,
 * from the words of the classes 'tensepast' and 'tensefuture' in the
 * document's language. The nearest cue wins; a cue on the side where the
 * language does not put the verb counts at three times its distance (a
 * Korean verb follows its date, an English one precedes it). */
/* Whether only spaces and marks stand between the start of its line and
 * byte 'start' (cheap: it stops at the first letter or digit back). */
static int opens_line(const char *text, size_t start)
{
    for (size_t i = start; i > 0; i--) {
        unsigned char c = (unsigned char)text[i - 1];
        if (c == '\n') return 1;
        if (c < 0x80 ? isalnum(c) != 0 : (c >= 0xE4 && c <= 0xED)) return 0;
    }
    return 1;
}

/* How many days before the DCT a yearless day in a clause that looks
 * ahead may lie and still be read as this year's, not next year's. */
#define TENSE_NEAR_DAYS 45

/* The longest title a dated heading carries after its dash. */
#define HEADING_TITLE_BYTES 96

/* Whether bytes [start, end) stand on a line of their own, with nothing
 * but spaces and marks (bullets, "✔", ":", dashes) around them. */
static int stands_alone(const char *text, size_t len, size_t start, size_t end)
{
    size_t ls = start, le = end;
    while (ls > 0 && text[ls - 1] != '\n') ls--;
    while (le < len && text[le] != '\n') le++;
    for (size_t i = ls; i < le; i++) {
        if (i == start) i = end;
        if (i >= le) break;
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80 ? isalnum(c) != 0 : (c >= 0xE4 && c <= 0xED)) return 0;
    }
    return 1;
}

/* Whether the line of bytes [start, end) is a heading with a title after
 * the date ("■ 19일(월) - 20분짜리 화상회의", "Day 2 | The talks"): only
 * marks before it, then a dash or a bar and a short title that does not
 * end like a sentence. */
static int opens_titled_heading(const char *text, size_t len, size_t start, size_t end)
{
    size_t ls = start, le = end;
    while (ls > 0 && text[ls - 1] != '\n') ls--;
    while (le < len && text[le] != '\n') le++;
    for (size_t i = ls; i < start; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80 ? isalnum(c) != 0 : (c >= 0xE4 && c <= 0xED)) return 0;
    }
    size_t i = end;
    /* a bracketed weekday or note right after the date: "(월)", "(20일·화)" */
    while (i < le && text[i] == ' ') i++;
    if (i < le && text[i] == '(') {
        while (i < le && text[i] != ')') i++;
        if (i < le) i++;
    }
    while (i < le && text[i] == ' ') i++;
    int dash = 0;
    if (i < le && (text[i] == '-' || text[i] == '|')) dash = 1, i++;
    else if (i + 2 < le && (unsigned char)text[i] == 0xE2 && (unsigned char)text[i + 1] == 0x80 &&
             ((unsigned char)text[i + 2] == 0x93 || (unsigned char)text[i + 2] == 0x94))
        dash = 1, i += 3;
    if (!dash || le - i > HEADING_TITLE_BYTES) return 0;
    size_t last = le;
    while (last > i && (text[last - 1] == ' ' || text[last - 1] == '\r')) last--;
    if (last <= i || text[last - 1] == '.') return 0;
    /* (a Korean sentence ends in "다") */
    if (last - i >= 3 && memcmp(text + last - 3, "\xEB\x8B\xA4", 3) == 0) return 0;
    return 1;
}

/* Whether the cue at [cue, cue_end) lies in an English relative clause
 * ("who", "whose" or "which" after the last comma before the cue) that a
 * comma closes before 'start'. */
static int in_closed_relative_en(const char *text, size_t lo, size_t cue, size_t cue_end, size_t start)
{
    if (cue_end >= start || !memchr(text + cue_end, ',', start - cue_end)) return 0;
    size_t open = cue;
    while (open > lo && text[open - 1] != ',') open--;
    if (open == lo) return 0;
    for (size_t i = open; i < cue; i++) {
        if (text[i] != ' ') continue;
        const char *w = text + i + 1;
        if (memcmp(w, "who ", 4) == 0 || (cue - i > 6 && (memcmp(w, "whose ", 6) == 0 || memcmp(w, "which ", 6) == 0)))
            return 1;
    }
    return 0;
}

/* Is the word right before 'start' (one space between) a Hangul word of
 * two syllables or more, a noun an event is told by ("구속 이튿날"), not a
 * determiner ("그 다음날")? */
static int noun_right_before(const char *text, size_t start)
{
    /* (two syllables and a space are seven bytes) */
    if (start < 7 || text[start - 1] != ' ') return 0;
    size_t syllables = 0, i = start - 1, used;
    /* (a Hangul syllable is three bytes in UTF-8) */
    while (i >= 3 && chr_is_hangul_syllable(chr_utf8_decode(text + i - 3, 3, &used)) && used == 3) {
        syllables++;
        i -= 3;
    }
    return syllables >= 2 && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n');
}

static int clause_tense(const match_view *v)
{
    long s = v->sentence;
    if (s < 0) return 0;
    const chr_timex_extractor *tx = v->tx;
    const chr_sentence *sent = &v->doc->sentences.items[s];
    const char *text = v->doc->text;
    int en = v->doc->lang == CHR_LANG_EN;
    size_t start = v->m->start, end = v->m->end;
    /* the clause around the expression: at most 240 bytes either side */
    size_t lo = start > sent->start + 240 ? start - 240 : sent->start;
    size_t hi = end + 240 < sent->end ? end + 240 : sent->end;
    size_t ncues = tx->cues.len < MAX_CUES ? tx->cues.len : MAX_CUES;
    cue_cache *cache = v->cues;
    if (cache->sentence != s) {
        /* every cue of the sentence, one pass */
        cache->sentence = s;
        cache->hits.len = 0;
        for (size_t i = sent->start; i + 1 < sent->end; i++) {
            unsigned pair = (unsigned)(unsigned char)text[i] << 8 | (unsigned char)text[i + 1];
            if (!(tx->cue_pairs[pair / 64] >> (pair % 64) & 1)) continue;
            if (i + 2 < sent->end) {
                unsigned t = cue_triple(text + i);
                if (!(tx->cue_triples[t / 64] >> (t % 64) & 1)) continue;
            }
            unsigned h = cue_hash(text + i);
            for (unsigned k = tx->cue_bucket[h]; k < tx->cue_bucket[h + 1]; k++) {
                unsigned ci = tx->cue_items[k];
                size_t wl = tx->cues.items[ci].len;
                const char *w = tx->cues.items[ci].word;
                /* a bucket shares its two bytes' hash, often the bytes ("ed ",
                 * "ed,", "ed."): the bytes after them tell most apart */
                if (i + wl > sent->end || w[0] != text[i] || (wl > 2 && w[2] != text[i + 2]) ||
                    memcmp(text + i, w, wl) != 0)
                    continue;
                /* a cue that starts inside a longer one and ends with it
                 * (or one byte on) is part of it: the "ed " of " is
                 * expected " is no past tense */
                int inside = 0;
                for (size_t q = cache->hits.len; q-- > 0 && !inside;) {
                    cue_hit *prev = &cache->hits.items[q];
                    size_t pl = tx->cues.items[prev->cue].len;
                    if (prev->pos + pl + 32 < i) break;
                    /* (not one that goes on past it: " plan to" is no
                     * cue in " plan took") */
                    if (prev->pos + pl <= i || i + wl > prev->pos + pl + 1) continue;
                    inside = 1;
                    /* (of two at one place, the longer) */
                    if (prev->pos == i && pl < wl) prev->cue = (unsigned short)ci;
                }
                if (inside) continue;
                cue_hit hit = {i, (unsigned short)ci};
                chr_vec_push(&cache->hits, hit);
            }
        }
    }
    /* per cue, the first occurrence after the expression and the last one
     * before it (an occurrence lies wholly on its side) */
    size_t after[MAX_CUES], before[MAX_CUES];
    unsigned short seen[2 * MAX_CUES]; /* the cues found, once each */
    size_t nseen = 0;
    memset(after, 0xFF, ncues * sizeof *after);
    memset(before, 0xFF, ncues * sizeof *before);
    /* the hits from 'lo' on (they are in text order) */
    size_t k0 = 0, k1 = cache->hits.len;
    while (k0 < k1) {
        size_t mid = (k0 + k1) / 2;
        if (cache->hits.items[mid].pos < lo) k0 = mid + 1;
        else k1 = mid;
    }
    for (size_t k = k0; k < cache->hits.len && cache->hits.items[k].pos < hi; k++) {
        size_t i = cache->hits.items[k].pos;
        unsigned ci = cache->hits.items[k].cue;
        size_t wl = tx->cues.items[ci].len;
        int left = i >= lo && i + 1 < start && i + wl <= start;
        int right = i >= end && i + 1 < hi && i + wl <= hi;
        if (!left && !right) continue;
        if (en && tx->cues.items[ci].tense < 0 && text[i] == 'e' && text[i + 1] == 'd') {
            /* "will be sentenced", "to be presented": a participle after
             * "be" has no tense of its own (the word before "be" tells) */
            /* (a hyphenated word is one word: "a re-engineered pipeline") */
            size_t w = i;
            while (w > sent->start && (isalpha((unsigned char)text[w - 1]) || text[w - 1] == '-')) w--;
            if (w >= sent->start + 3 && text[w - 1] == ' ' && text[w - 2] == 'e' && text[w - 3] == 'b' &&
                (w == sent->start + 3 || !isalpha((unsigned char)text[w - 4])))
                continue;
            /* nor one after a determiner (class determiner): an adjective,
             * "a reconstituted board", "the proposed deal" */
            if (w > sent->start + 1 && text[w - 1] == ' ') {
                size_t d = w - 1;
                while (d > sent->start && isalpha((unsigned char)text[d - 1])) d--;
                char word[8];
                if (w - 1 - d > 0 && w - 1 - d < sizeof word) {
                    memcpy(word, text + d, w - 1 - d);
                    word[w - 1 - d] = '\0';
                    /* (a relative pronoun that is also one opens a verb:
                     * "the chain that agreed on Monday") */
                    if (chr_rules_word(tx->rules, "determiner", word) && !chr_rules_word(tx->rules, "determiner_opening_verb", word))
                        continue;
                }
            }
        }
        /* (so has an irregular past form after "be" or "to": "will be
         * held on Jan. 16", "plans to put its nominees on the board") */
        if (en && tx->cues.items[ci].tense < 0 && text[i] == ' ' && i >= sent->start + 3 &&
            ((text[i - 1] == 'e' && text[i - 2] == 'b') || (text[i - 1] == 'o' && text[i - 2] == 't')) &&
            (i == sent->start + 2 || !isalpha((unsigned char)text[i - 3])))
            continue;
        /* (a cue that is also a currency, class amount_word, after an
         * amount, a number or a word of class amount_scale, tells no
         * tense: "5 billion won", "38,150 won") */
        if (en && i > sent->start + 1 && chr_rules_word(tx->rules, "amount_word", tx->cues.items[ci].word)) {
            size_t w = i;
            while (w > sent->start && text[w - 1] == ' ') w--;
            size_t ws = w;
            while (ws > sent->start && isalnum((unsigned char)text[ws - 1])) ws--;
            char scale[16];
            int scaled = w - ws > 0 && w - ws < sizeof scale;
            if (scaled) {
                memcpy(scale, text + ws, w - ws);
                scale[w - ws] = '\0';
                scaled = chr_rules_word(tx->rules, "amount_scale", scale) != NULL;
            }
            if (w > ws && (isdigit((unsigned char)text[w - 1]) || scaled)) continue;
        }
        if (after[ci] == SIZE_MAX && before[ci] == SIZE_MAX) seen[nseen++] = (unsigned short)ci;
        if (right) {
            if (after[ci] == SIZE_MAX) after[ci] = i;
        } else {
            before[ci] = i;
        }
    }
    long best = -1;
    int tense = 0;
    /* in cue order, as every cue once was (ties go to the earlier cue) */
    for (size_t a = 1; a < nseen; a++)
        for (size_t b = a; b > 0 && seen[b - 1] > seen[b]; b--) {
            unsigned short x = seen[b];
            seen[b] = seen[b - 1];
            seen[b - 1] = x;
        }
    for (size_t n = 0; n < nseen; n++) {
        size_t i = seen[n];
        const tense_cue *c = &tx->cues.items[i];
        if (!cue_applies(c, v->doc->lang)) continue;
        size_t wl = c->len;
        if (!wl) continue;
        if (after[i] != SIZE_MAX) {
            long d = (en ? 3 : 1) * (long)(after[i] - end);
            /* English: a cue past a comma is in the next clause ("removed
             * Kim on May 31, will go back"): any cue before wins over it */
            if (en && memchr(text + end, ',', after[i] - end)) d += 1000;
            /* (and past "that", which opens what was said: "told workers on
             * Sept. 14 that their jobs would end") */
            else if (en && after[i] - end >= 5 && chr_memmem(text + end, after[i] - end + 1, " that ", 6)) d += 1000;
            /* (and past "and", which opens the next conjunct: "is due to be
             * signed on June 20 and offered to all stores from July"; the
             * cue may share its space: "resigned on Monday and will leave") */
            else if (en && after[i] - end >= 4 && chr_memmem(text + end, after[i] - end + 1, " and ", 5)) d += 500;
            if (best < 0 || d < best) best = d, tense = c->tense;
        }
        if (before[i] != SIZE_MAX) {
            long d = (en ? 1 : 3) * (long)(start - (before[i] + wl));
            /* English: a cue of a relative clause set off and closed by a
             * comma before the expression is not its clause's ("elect Lim,
             * a former prosecutor who led the unit, at a meeting on Dec. 18") */
            if (en && in_closed_relative_en(text, lo, before[i], before[i] + wl, start)) d += 1000;
            if (best < 0 || d < best) best = d, tense = c->tense;
        }
    }
    return tense;
}

/* ---- normalisation ---------------------------------------------------------------------- */

/* How long before the article a day told with its weekday may be for a
 * bare weekday after it to fall in that day's week: a quarter. */
#define STORY_WEEK_REACH 92
/* How many sentences on a bare weekday may still name the story's day of
 * that weekday again */
#define STORY_SAME_WEEKDAY_REACH 3
/* How many sentences on a bare day of the month later than the story's
 * last day still falls in that day's month */
#define STORY_MONTH_REACH 3

typedef struct {
    int has;          /* a narrative reference exists */
    chr_date date;
    char granularity;
    long timex;       /* its index in corpus->timexes */
    long sentence;    /* the sentence it is in */
    int fiscal;       /* it is a fiscal year or quarter ("FY1997-Q4") */
    int with_dct;     /* (REF_LEAD) its sentence also names the article's day */
    int heading;      /* it stands on a line of its own: a chronology's heading */
    int told_apart;   /* a heading, or a day counted from another the text
                         told ("the next morning"): the story has moved away
                         from the article's day */
    int not_alone;    /* its sentence told another day before it */
    int report;       /* the day the news was told ("…했다고 13일 밝혔다") */
    size_t end;       /* where its expression ends */
    int weekday_named; /* its expression names the weekday ("Friday, Nov. 14") */
    int year_told;    /* its year is the text's, not the article date's */
    int eve_of_lead;  /* the day before the lead's, counted from it ("6일 … 따르면
                         … 전날 밤 합의했다"): "이날" after it is still the lead's */
    int looked_back;  /* a length since counts from it (REF_BEFORE_LOOKBACK) */
} narrative_ref;

/* How many bytes may lie between a length and the day it reaches ("Three
 * weeks later, on February 9") */
#define STORY_YEAR_GAP 6

/* How many sentences after the sentence that told a day a bare clock time
 * is still on that day. */
#define CLOCK_DAY_REACH 2
/* ... and within a paragraph, when that day came before the article's */
#define PARAGRAPH_CLOCK_DAY_REACH 4
/* ... and in the past tense after a day before the article's: a broadcast
 * script tells the scene a sentence a line ("어제(14일) 아침 … 막아섭니다. /
 * … 들었습니다. / … 가로막았고 … 들어갔습니다. / … 정오 무렵까지 …") */
#define PAST_CLOCK_DAY_REACH 3

/* How many sentences after 'from' up to 'to' tell the story, counted up
 * to 'enough' + 1 (the callers compare with a small reach: a clock time
 * far from its day would otherwise walk every sentence between): a
 * sentence ending in "!" or "?" (with any closing quote) is a cry or a
 * question quoted in it, "\"물러가라! 물러가라! 계약 무효!\"", and moves no
 * clock on. */
static long narrated_sentences_between(const chr_doc *doc, long from, long to, long enough)
{
    long n = 0;
    for (long s = from + 1; s <= to && s >= 0 && (size_t)s < doc->sentences.len && n <= enough; s++) {
        const char *t = doc->text;
        size_t e = doc->sentences.items[s].end;
        size_t b = doc->sentences.items[s].start;
        while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '"' || t[e - 1] == '\'')) e--;
        /* (a closing curly quote, U+201D or U+2019) */
        while (e >= b + 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
               ((unsigned char)t[e - 1] == 0x9D || (unsigned char)t[e - 1] == 0x99))
            e -= 3;
        if (e > b && (t[e - 1] == '!' || t[e - 1] == '?')) continue;
        n++;
    }
    return n;
}

/* The levels of the narrative reference: the last day the text
 * established, the last month (or day), the last year (or anything finer),
 * and the last quarter ("the quarter", "the same period
 * last year" and a year before a quarter look back to it, not to a day
 * told since: "the three months ended Sept. 30") */
enum { REF_DAY, REF_MONTH, REF_YEAR, REF_PERIOD, REF_LEAD, REF_BEFORE_HEADING, REF_BEFORE_REPORT, REF_PAST_DAY, REF_BEFORE_LOOKBACK, REF_LEVELS };
/* (REF_BEFORE_HEADING: the day before the last chronology heading moved the
 * story on; "Friday / The next morning, ..." counts from it. REF_BEFORE_REPORT:
 * the story's day told in the sentence that then named the day of the
 * report, "지난 10일 … 의결했다고 13일 밝혔다": "같은 날" is the 10th,
 * while "이날" is the news's day. REF_PAST_DAY: the last day told that is
 * not after the article's: a day counted on in the past tense after a
 * planned one, "다음 달 1일 취임한다. … 공시 이튿날 소송을 냈다", counts from it;
 * "the same day" may still be the plan's: "has called a rally for that day".
 * REF_BEFORE_LOOKBACK: the story's day before a day a length since counts
 * from ("지난달 14일 … 돌입한 지 23일 만이다"): "이날" after it is that day,
 * while "이튿날" still counts from the day looked back to) */

/* Writes "FY" before a year, quarter or half value ("FY1997", "FY1997-Q4"):
 * TIMEX3 (TIDES 2005) marks a fiscal period so */
static void make_fiscal(chr_timex *t)
{
    size_t n = strlen(t->value);
    if (t->type != CHR_TX_DATE || n < 4 || n + 3 > sizeof t->value || !isdigit((unsigned char)t->value[0]) ||
        (t->granularity != 'Y' && t->granularity != 'Q' && t->granularity != 'H'))
        return;
    memmove(t->value + 2, t->value, n + 1);
    memcpy(t->value, "FY", 2);
}

/*
 * "two years later", "a year earlier" after a dated event: TIMEX3 makes
 * them a DATE, the narrative's date moved by the length, at that date's
 * granularity (a quarter stays a quarter: "the third quarter ... a year
 * earlier" is last year's third quarter) or the length's when the date is
 * finer. 't' keeps its shift, amount and unit, which date the events
 * around it; with no narrative date it stays a DURATION.
 */
static void date_from_ref(const match_view *v, chr_timex *t, const narrative_ref *ref, double amount, char unit)
{
    const narrative_ref *best = NULL;
    for (int k = 0; k < 3; k++)
        if (ref[k].has && (!best || ref[k].timex > best->timex)) best = &ref[k];
    if (!best || best->date.year <= 0 || v->doc->lang != CHR_LANG_EN) return;
    /* a day told just after a quarter is mostly its end ("third-quarter
     * revenue ... for the three months ended Sept. 30 rose from $1.6
     * billion a year earlier"): the comparison is with the quarter */
    const narrative_ref *period = &ref[REF_PERIOD];
    if (best->granularity == 'D' && unit == 'Y' && period->has && period->date.year > 0 &&
        period->timex + 4 >= best->timex)
        best = period;
    chr_date d = best->date;
    char gran = best->granularity;
    int n = (int)amount * t->shift;
    if (unit == 'Y') d.year += n;
    else add_months(&d, n);
    if (gran == 'D' || gran == 'W' || !gran) gran = unit;
    if (gran == 'M' && d.month == 0) return;
    chr_timex_format_date(&d, gran, t->value, sizeof t->value);
    t->date = d;
    t->granularity = gran;
    t->type = CHR_TX_DATE;
    if (best->fiscal) make_fiscal(t);
    snprintf(t->anchor, sizeof t->anchor, "#%ld", best->timex % 1000000000);
}

/* Reads the duration groups; returns 1 when a length was found. */
static int read_duration(const match_view *v, double *amount, char *unit, int *unknown)
{
    char buf[64];
    *unknown = 0;
    *unit = 0;
    if (group_number(v, G_DAYCOUNT, amount, unknown)) {
        *unit = 'D';
    } else if (group_text(v, G_SOME, buf, sizeof buf)) {
        /* the unit in the plural with no count: "hours later" */
        *amount = 0;
        *unknown = 1;
    } else if (!group_number(v, G_NUM, amount, unknown)) {
        /* "a year", "half a year": the unit alone means one */
        *amount = 1;
        if (v->rule->group[G_NUM] >= 0 && !group_text(v, G_UNIT, buf, sizeof buf)) return 0;
    }
    const char *u = group_word(v, G_UNIT, buf, sizeof buf);
    double times = 1;
    if (u && *u) {
        /* a unit worth several ("fortnight" 2W, "biweekly" 2W): its count
         * multiplies the length */
        char *rest;
        double t = strtod(u, &rest);
        if (rest != u && *rest) times = t, u = rest;
        *unit = u[0];
    }
    if (!*unit) return 0;
    if (group_text(v, G_HALFNUM, buf, sizeof buf)) *amount += 0.5;
    *amount *= times;
    if (*unit == 'Q') {
        /* TIMEX3 has no quarter unit: a quarter is three months */
        *amount *= 3;
        *unit = 'M';
    } else if (*unit == 'E') {
        /* a decade: ten years */
        *amount *= 10;
        *unit = 'Y';
    }
    return 1;
}

static void apply_offset(chr_date *d, char unit, int n)
{
    switch (unit) {
    case 'D': add_days(d, n); break;
    case 'W': add_days(d, 7L * n); break;
    case 'M': add_months(d, n); break;
    case 'Q': add_months(d, 3 * n); break;
    case 'E': d->year += 10 * n; break; /* a decade */
    case 'K': d->year += 100 * n; break; /* a century */
    default: d->year += n; break;
    }
}

/* Fills month/day/pod refinements common to every recipe. */
static void refine_with_groups(const match_view *v, chr_date *d, char *gran, char *pod, char *mod)
{
    char buf[64];
    int month = 0, day = 0, quarter = 0;
    const char *w;
    if (group_int(v, G_MONTH, &month) && month >= 1 && month <= 12) {
        d->month = month;
        d->day = 0;
        *gran = 'M';
    } else if ((w = group_word(v, G_MONTHNAME, buf, sizeof buf)) != NULL && atoi(w) >= 1 && atoi(w) <= 12) {
        d->month = atoi(w);
        d->day = 0;
        *gran = 'M';
    }
    if (group_int(v, G_DAY, &day) && day >= 1 && day <= 31) {
        d->day = day;
        *gran = 'D';
    }
    if (group_int(v, G_QUARTER, &quarter) && quarter >= 1 && quarter <= 4) {
        d->month = (quarter - 1) * 3 + 1;
        *gran = 'Q';
    }
    if ((w = group_word(v, G_HALF, buf, sizeof buf)) != NULL) {
        d->month = atoi(w) == 2 ? 7 : 1;
        *gran = 'H';
    }
    if ((w = group_word(v, G_PART, buf, sizeof buf)) != NULL) chr_copy_str(mod, 16, w);
    if ((w = group_word(v, G_MOD, buf, sizeof buf)) != NULL) chr_copy_str(mod, 16, w);
    if ((w = group_word(v, G_POD, buf, sizeof buf)) != NULL) chr_copy_str(pod, 4, w);
}

/* Appends a clock time "THH:MM" when hour groups are present. */
static int clock_suffix(const match_view *v, char *out, size_t size)
{
    int hour, minute = 0, second = -1;
    char buf[32];
    if (!group_int(v, G_HOUR, &hour)) return 0;
    group_int(v, G_MINUTE, &minute);
    group_int(v, G_SECOND, &second);
    const char *ampm = group_word(v, G_AMPM, buf, sizeof buf);
    if (ampm && strcmp(ampm, "pm") == 0 && hour < 12) hour += 12;
    if (ampm && strcmp(ampm, "am") == 0 && hour == 12) hour = 0;
    if (hour > 24 || minute > 59 || second > 59) return 0;
    char text[16], *p = text;
    *p++ = 'T';
    p = put_number(p, hour % 100, 2);
    *p++ = ':';
    p = put_number(p, minute % 100, 2);
    if (second >= 0) {
        *p++ = ':';
        p = put_number(p, second % 100, 2);
    }
    *p = '\0';
    chr_copy_str(out, size, text);
    return 1;
}

static void finish_date_value(chr_timex *t, const chr_date *d, char gran, const char *pod, const match_view *v)
{
    char base[40];
    t->date = *d;
    t->granularity = gran;
    chr_timex_format_date(d, gran, base, sizeof base);
    char clock[16];
    if (clock_suffix(v, clock, sizeof clock)) {
        if (gran != 'D') {
            /* a clock time without a day: the day is unknown */
            chr_date dd = *d;
            chr_timex_format_date(&dd, 'D', base, sizeof base);
        }
        join(t->value, sizeof t->value, base, 30, clock, 16, "");
        t->type = CHR_TX_TIME;
    } else if (pod[0]) {
        if (gran != 'D') {
            chr_date dd = *d;
            chr_timex_format_date(&dd, 'D', base, sizeof base);
        }
        join(t->value, sizeof t->value, base, SIZE_MAX, "T", 1, pod);
        t->type = CHR_TX_TIME;
    } else {
        chr_copy_str(t->value, sizeof t->value, base);
    }
}

/* True when only a range connector (word class 'rangesep': "-", "~",
 * "부터", "to"...) separates the previous expression from this match. */
static int prev_connects(const match_view *v, const chr_timex *prev)
{
    if (prev->end > v->m->start || v->m->start - prev->end > 24) return 0;
    if (prev->sentence != v->sentence || prev->date.month <= 0) return 0;
    char gap[32];
    size_t k = 0;
    for (size_t i = prev->end; i < v->m->start && k + 1 < sizeof gap; i++) {
        char c = v->doc->text[i];
        if (c == ' ' || c == '\t') continue;
        gap[k++] = c;
    }
    gap[k] = '\0';
    return chr_rules_word(v->tx->rules, "rangesep", gap) != NULL;
}

/*
 * A clock time with no day and no tense ("3AM", "세시반") when the DCT has
 * a clock time of its own: the next such time, as for a weekday with no
 * tense (the coming one). An hour without am/pm or a part of day that has
 * passed is first read in the afternoon ("3:30" at 04:30 is 15:30), else
 * on the next day. Rewrites t->value ("YYYY-MM-DDTHH:MM...") and t->date.
 */
static void next_clock(const match_view *v, chr_timex *t, const chr_dct *dct, const char *pod)
{
    char buf[32];
    char *tp = strchr(t->value, 'T');
    if (!tp || tp - t->value != 10 || !isdigit((unsigned char)tp[1]) || clause_tense(v) != 0) return;
    int hour = atoi(tp + 1), minute = tp[3] == ':' ? atoi(tp + 4) : 0;
    int now = dct->hour * 60 + (dct->minute > 0 ? dct->minute : 0), at = hour * 60 + minute;
    if (at >= now) return;
    int known = pod[0] || group_text(v, G_AMPM, buf, sizeof buf);
    if (!known && hour >= 1 && hour < 12 && at + 720 >= now) {
        hour += 12;
    } else {
        chr_date d = t->date;
        add_days(&d, 1);
        t->date = d;
        char day[16];
        chr_timex_format_date(&d, 'D', day, sizeof day);
        memcpy(t->value, day, 10);
    }
    tp[1] = (char)('0' + hour / 10);
    tp[2] = (char)('0' + hour % 10);
}

/* True when "from", "with", "than" or "versus" closes the 32 bytes
 * before 'at' in 'text': a figure compared with one "a year ago". */
static int compared(const char *text, size_t at)
{
    static const char *const words[] = {" from ", " with ", " than ", " versus ", " vs. "};
    size_t lo = at > 32 ? at - 32 : 0;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t n = strlen(words[i]);
        for (size_t p = lo; p + n <= at; p++)
            if (memcmp(text + p, words[i], n) == 0) return 1;
    }
    return 0;
}

/* Where the quote that holds byte 'pos' opens, when one opened between
 * 'from' and 'pos' and has not closed ("…posted: \"Today the board"), else
 * SIZE_MAX. */
static size_t quote_open_before(const char *text, size_t from, size_t pos)
{
    size_t open = SIZE_MAX;
    for (size_t i = from; i < pos; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '"') open = open == SIZE_MAX ? i : SIZE_MAX;
        else if (c == 0xE2 && i + 2 < pos && (unsigned char)text[i + 1] == 0x80) {
            if ((unsigned char)text[i + 2] == 0x9C) open = i;
            else if ((unsigned char)text[i + 2] == 0x9D) open = SIZE_MAX;
        }
    }
    return open;
}

/* Both strings, and equal (NULL is no text). */
static int same_text(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

/* Is 'pos' inside a quote that narration carries in sentence 'sentence'
 * (one that opens after the sentence's first words, not one that opens
 * the sentence: an answer or a statement telling the story itself)? */
static int in_carried_quote(const chr_doc *doc, long sentence, size_t pos)
{
    if (sentence < 0 || (size_t)sentence >= doc->sentences.len) return 0;
    size_t from = doc->sentences.items[sentence].start;
    size_t quote = quote_open_before(doc->text, from, pos);
    while (from < quote && (doc->text[from] == ' ' || doc->text[from] == '\n')) from++;
    return quote != SIZE_MAX && quote > from;
}

/* Whether 'prev', a length in days or weeks, counted from 'day' lands in
 * another month ("10월 14일 … 66일 만": December) or one it does not know. */
static int length_leaves_month(const chr_timex *prev, const chr_date *day)
{
    if (!prev || prev->type != CHR_TX_DURATION) return 0;
    if ((prev->unit != 'D' && prev->unit != 'W') || prev->amount < 0) return 1;
    chr_date moved = *day;
    add_days(&moved, (long)(prev->amount + 0.5) * (prev->unit == 'W' ? 7 : 1));
    return moved.year != day->year || moved.month != day->month;
}

/* Gives 'd' (a month and day with no year) the year a length told right
 * before it reaches from the story's last month, when that month's year
 * was the text's and not the article's: "In January 2024 I wrote to them.
 * Three weeks later, on February 9, I was let go". Returns 1 when it did. */
static int story_year(const match_view *v, const narrative_ref *ref, const chr_dct *dct, const chr_timex *prev,
                      chr_date *d)
{
    const narrative_ref *story = &ref[REF_MONTH];
    if (!prev || prev->type != CHR_TX_DURATION || prev->shift <= 0 || prev->sentence != v->sentence ||
        prev->end > v->m->start || v->m->start - prev->end > STORY_YEAR_GAP || !story->has || !story->year_told ||
        story->date.year <= 0 || story->date.month <= 0 || story->date.year == dct->year || story->fiscal || d->day <= 0)
        return 0;
    for (size_t i = prev->end; i < v->m->start; i++)
        if (v->doc->text[i] != ' ' && v->doc->text[i] != ',' && !isalpha((unsigned char)v->doc->text[i])) return 0;
    chr_date reached = {story->date.year, story->date.month, story->date.day > 0 ? story->date.day : 1};
    long n = (long)(prev->amount + 0.5);
    if (prev->unit == 'D') add_days(&reached, n);
    else if (prev->unit == 'W') add_days(&reached, 7 * n);
    else if (prev->unit == 'M') add_months(&reached, (int)n);
    else return 0;
    chr_date best = {0, 0, 0};
    long best_dist = -1;
    for (int k = -1; k <= 1; k++) {
        chr_date c = {reached.year + k, d->month, d->day};
        if (c.day > chr_days_in_month(c.year, c.month)) continue;
        long dist = chr_date_to_days(c.year, c.month, c.day) - chr_date_to_days(reached.year, reached.month, reached.day);
        if (dist < 0) dist = -dist;
        if (best_dist < 0 || dist < best_dist) best = c, best_dist = dist;
    }
    if (best_dist < 0 || best.year == dct->year) return 0;
    *d = best;
    return 1;
}

/* How many sentences after a day told in another year than the
 * article's a yearless day may still be read in that year, and how many
 * days after it. */
#define STORY_DAY_YEAR_SENTENCES 3
#define STORY_DAY_YEAR_DAYS 92

/* A yearless month and day told a few sentences after a day the text told
 * with its own year, other than the article's, up to three months after
 * that day and not after the article: in the story's year. */
static int story_day_year(const match_view *v, const narrative_ref *ref, const chr_dct *dct, chr_date *d)
{
    const narrative_ref *story = &ref[REF_DAY];
    if (!dct->present || !story->has || story->fiscal || story->granularity != 'D' ||
        story->date.year <= 0 || story->date.month <= 0 || story->date.day <= 0 || story->date.year == dct->year ||
        v->sentence < 0 || story->sentence < 0 || v->sentence < story->sentence ||
        v->sentence - story->sentence > STORY_DAY_YEAR_SENTENCES)
        return 0;
    long from = chr_date_to_days(story->date.year, story->date.month, story->date.day);
    long dct_days = chr_date_to_days(dct->year, dct->month, dct->day);
    for (int k = 0; k <= 1; k++) {
        int year = story->date.year + k;
        if (d->day > chr_days_in_month(year, d->month)) continue;
        long at = chr_date_to_days(year, d->month, d->day);
        if (at < from || at - from > STORY_DAY_YEAR_DAYS || at > dct_days) continue;
        d->year = year;
        return 1;
    }
    return 0;
}

/* The longest line a chronology's item may be. */
#define CHRONOLOGY_ITEM_BYTES 200

/* A yearless month (and day) with no direction word that opens a short
 * line right below a line that opens with a dated day or month: an item of
 * a chronology, in the year of the item above (the next year when its
 * month comes earlier). */
static int chronology_year(const match_view *v, const chr_timex *prev, chr_date *d)
{
    const char *text = v->doc->text;
    if (!prev || prev->type != CHR_TX_DATE || prev->date.year <= 0 || prev->date.month <= 0 ||
        (prev->granularity != 'D' && prev->granularity != 'M') || prev->end > v->m->start ||
        !opens_line(text, v->m->start) || !opens_line(text, prev->start))
        return 0;
    /* (an item is a short line, not a paragraph) */
    size_t line_end = v->m->end;
    while (line_end < v->doc->len && text[line_end] != '\n') {
        if (line_end - v->m->start > CHRONOLOGY_ITEM_BYTES) return 0;
        line_end++;
    }
    /* (the line right above, or the one above a blank line) */
    int newlines = 0;
    for (size_t i = prev->end; i < v->m->start; i++)
        if (text[i] == '\n' && ++newlines > 2) return 0;
    if (newlines == 0) return 0;
    d->year = prev->date.year + (d->month < prev->date.month ? 1 : 0);
    return 1;
}

static void normalise_value(const match_view *v, chr_timex *t, narrative_ref *ref, const chr_timex *prev,
                            long prev_index, int fiscal_doc, int *ref_fiscal)
{
    const timex_rule *r = v->rule;
    const chr_dct *dct = &v->doc->dct;
    char buf[64];
    char pod[4] = "", mod[16] = "";
    chr_date d = {0, 0, 0};
    char gran = 0;
    t->type = r->type;

    switch (r->kind) {
    case RECIPE_SETDATE: {
        /* "일요일마다" XXXX-WXX-7, "4월 15일마다" XXXX-04-15, "매일 오후 3시" T15 */
        char base[32] = "", clock[16] = "";
        int month = 0, day = 0;
        const char *w = group_word(v, G_WEEKDAY, buf, sizeof buf);
        if (w) snprintf(base, sizeof base, "XXXX-WXX-%d", atoi(w) % 7 + 1);
        else if (group_int(v, G_MONTH, &month) && group_int(v, G_DAY, &day) && month >= 1 && month <= 12 && day >= 1 &&
                 day <= 31)
            snprintf(base, sizeof base, "XXXX-%02d-%02d", month, day);
        if (clock_suffix(v, clock, sizeof clock) && strcmp(clock + 3, ":00") == 0) clock[3] = '\0';
        snprintf(t->value, sizeof t->value, "%s%s", base, clock);
        t->type = CHR_TX_SET;
        return;
    }
    case RECIPE_FIXED:
        chr_copy_str(t->value, sizeof t->value, r->fixed);
        if (strcmp(r->fixed, "PRESENT_REF") == 0 && dct->present) chr_copy_str(t->anchor, sizeof t->anchor, "dct");
        return;
    case RECIPE_SET: {
        char clock[16];
        if (r->fixed[0] == 'T' && clock_suffix(v, clock, sizeof clock)) {
            /* "every night at 9": the part of the day places the hour (after
             * noon unless it is the morning or am/pm says) */
            int hour = atoi(clock + 1);
            if (hour < 12 && strcmp(r->fixed, "TMO") != 0 && !group_text(v, G_AMPM, buf, sizeof buf)) hour += 12;
            snprintf(t->value, sizeof t->value, "T%02d%.6s", hour % 100, strcmp(clock + 3, ":00") == 0 ? "" : clock + 3);
            return;
        }
        if (r->fixed[0]) {
            chr_copy_str(t->value, sizeof t->value, r->fixed);
            return;
        }
        double amount;
        char unit;
        int unknown;
        if (read_duration(v, &amount, &unit, &unknown)) format_duration(amount, unit, unknown, t->value, sizeof t->value);
        else snprintf(t->value, sizeof t->value, "P1D");
        return;
    }
    case RECIPE_DURATION:
    case RECIPE_AFTER:
    case RECIPE_BEFORE:
    case RECIPE_AGO: {
        double amount;
        char unit;
        int unknown;
        if (!read_duration(v, &amount, &unit, &unknown)) {
            snprintf(t->value, sizeof t->value, "PXD");
            return;
        }
        t->amount = amount;
        t->unit = unit;
        int from_now = 0;
        if (r->kind == RECIPE_AFTER && !r->elapsed && !ref[0].has && !ref[2].has && dct->present && !unknown &&
            unit != 'h' && unit != 'm' && unit != 's' && clause_tense(v) >= 0) {
            /* "2주 후 돌아올 예정이다" with no date before it: two weeks
             * from the article date, a DATE (after an earlier date it
             * stays a length that dates the next event); hours, minutes
             * and seconds stay lengths ("in 10.21 seconds": a race) */
            from_now = 1;
        }
        if (r->kind != RECIPE_AGO && !from_now) {
            format_duration(amount, unit, unknown, t->value, sizeof t->value);
            t->type = CHR_TX_DURATION;
            t->shift = r->kind == RECIPE_AFTER ? 1 : r->kind == RECIPE_BEFORE ? -1 : 0;
            t->elapsed = r->elapsed;
            if (r->dated && !unknown && (unit == 'Y' || unit == 'M') && amount == floor(amount))
                date_from_ref(v, t, ref, amount, unit);
            return;
        }
        t->type = CHR_TX_DATE;
        if (!dct->present || unknown) {
            snprintf(t->value, sizeof t->value, "PAST_REF");
            return;
        }
        d = (chr_date){dct->year, dct->month, dct->day};
        long whole = (long)amount * (r->offset > 0 || from_now ? 1 : -1); /* 'ago' goes back, 'hence' forward */
        switch (unit) {
        case 'D': add_days(&d, whole); gran = 'D'; break;
        case 'W': add_days(&d, 7 * whole); gran = 'D'; break;
        case 'M': add_months(&d, (int)whole); gran = 'M'; break;
        case 'Y': d.year += (int)whole; gran = 'Y'; break;
        default: gran = 'D'; break;
        }
        chr_copy_str(t->anchor, sizeof t->anchor, "dct");
        {
            /* "a decade ago", "three decades ago": TIMEX3 dates it by decade */
            const char *u = group_word(v, G_UNIT, buf, sizeof buf);
            const narrative_ref *period = &ref[REF_PERIOD];
            if (unit == 'Y' && u && u[0] == 'E') {
                gran = 'C';
            } else if (unit == 'Y' && whole == -1 && period->has && period->date.year > 0 &&
                       period->sentence == t->sentence && compared(v->doc->text, t->start)) {
                /* "third-quarter earnings of 51 cents, up from 44 cents a
                 * year ago": the same quarter a year before */
                d = period->date;
                d.year += (int)whole;
                gran = period->granularity;
                *ref_fiscal = period->fiscal;
                snprintf(t->anchor, sizeof t->anchor, "#%ld", period->timex % 1000000000);
            }
        }
        finish_date_value(t, &d, gran, pod, v);
        return;
    }
    case RECIPE_WEEKDAY: {
        int target = -1, week = 0, has_week = 0, ordinal = 0, month = 0, year = 0;
        const char *w = group_word(v, G_WEEKDAY, buf, sizeof buf);
        if (w) target = atoi(w);
        const char *dir = group_word(v, G_DIR, buf, sizeof buf);
        /* no direction word: the tense of the clause; none either: the
         * coming one (a bare weekday in a plan or a headline) */
        int direction = dir ? atoi(dir) : clause_tense(v);
        if (!dir && prev && prev->granularity == 'D' && prev->date.day > 0 && prev->end <= v->m->start &&
            ((v->m->start - prev->end == strlen("인 ") && memcmp(v->doc->text + prev->end, "인 ", strlen("인 ")) == 0) ||
             (v->m->start - prev->end == 1 && v->doc->text[prev->end] == ' ')) &&
            target == chr_weekday(prev->date.year, prev->date.month, prev->date.day)) {
            /* "이튿날인 월요일", "지난 1일 일요일 밤": the weekday names the
             * day just told, which may be far from the article's week */
            d = prev->date;
            if ((w = group_word(v, G_POD, buf, sizeof buf)) != NULL) chr_copy_str(pod, 4, w);
            snprintf(t->anchor, sizeof t->anchor, "#%ld", prev_index % 1000000000);
            finish_date_value(t, &d, 'D', pod, v);
            return;
        }
        /* a weekday heading a line of its own after a day the text told,
         * both before the article ("✔ 이틀 뒤 … ✔ 목요일"): the next such
         * day after it */
        /* (the first such heading after a day told in running text with
         * its weekday, "Thursday, February 10 … ■ Thursday", is that day);
         * and a bare weekday in the text under such a heading is the day of
         * that heading's week ("Saturday ■ … landed on Saturday") */
        int alone = opens_line(v->doc->text, v->m->start) && stands_alone(v->doc->text, v->doc->len, v->m->start, v->m->end);
        if (!dir && (direction == 0 || (!alone && ref[0].heading)) && dct->present && ref[0].has &&
            ref[0].date.day > 0 && target >= 0 && target <= 6 && (alone || ref[0].heading)) {
            chr_date next = ref[0].date;
            int rwd = chr_weekday(next.year, next.month, next.day), ahead = (target - rwd + 7) % 7;
            if (ahead == 0 && alone && ref[0].heading) ahead = 7;
            add_days(&next, ahead);
            if (chr_date_to_days(next.year, next.month, next.day) <= chr_date_to_days(dct->year, dct->month, dct->day)) {
                d = next;
                if ((w = group_word(v, G_POD, buf, sizeof buf)) != NULL) chr_copy_str(pod, 4, w);
                snprintf(t->anchor, sizeof t->anchor, "#%ld", ref[0].timex);
                finish_date_value(t, &d, 'D', pod, v);
                return;
            }
        }
        /* a bare weekday in a past clause after a day the text told with
         * its weekday, more than a week before the article ("Then, on
         * Friday, Nov. 14, the board voted … By Sunday night, 61 had
         * signed"), is a day of that story's week: news names a weekday
         * alone for a day of the article's own week otherwise */
        /* (or the very weekday of a day told a few sentences before without
         * it: "지난달 31일 … 해임됐다. … 당시 이사회는 금요일 오후 7시께
         * 소집됐다", the 31st a Friday) */
        /* (where the language's news does so: word weekday_recalls_story) */
        int told_weekday = chr_rules_word(v->tx->rules, "weekday_recalls_story", chr_lang_name(v->doc->lang)) &&
                           ref[0].has && ref[0].date.day > 0 && target >= 0 && target <= 6 &&
                           chr_weekday(ref[0].date.year, ref[0].date.month, ref[0].date.day) == target &&
                           v->sentence - ref[0].sentence <= STORY_SAME_WEEKDAY_REACH;
        if (!dir && direction < 0 && dct->present && ref[0].has && (ref[0].weekday_named || told_weekday) &&
            ref[0].date.day > 0 &&
            target >= 0 && target <= 6 && !group_text(v, G_WEEK, buf, sizeof buf) &&
            !group_text(v, G_ORDINAL, buf, sizeof buf) && !group_text(v, G_MONTHNAME, buf, sizeof buf) &&
            !group_text(v, G_THATWEEK, buf, sizeof buf) && !group_text(v, G_PRECEDING, buf, sizeof buf) &&
            !group_text(v, G_FOLLOWING, buf, sizeof buf)) {
            long told = chr_date_to_days(ref[0].date.year, ref[0].date.month, ref[0].date.day);
            long article = chr_date_to_days(dct->year, dct->month, dct->day);
            chr_date next = ref[0].date;
            add_days(&next, (target - chr_weekday(next.year, next.month, next.day) + 7) % 7);
            /* (not the very day told, named again sentences on, past a
             * heading: "The following Monday Shim was out. … MERCHANTS GO
             * TO COURT … On Monday about 300 merchants sued" is the
             * article's week) */
            int same_day_far = next.year == ref[0].date.year && next.month == ref[0].date.month &&
                               next.day == ref[0].date.day && v->sentence - ref[0].sentence > STORY_SAME_WEEKDAY_REACH;
            if (article - told > 7 && article - told <= STORY_WEEK_REACH && !same_day_far &&
                chr_date_to_days(next.year, next.month, next.day) <= article) {
                d = next;
                if ((w = group_word(v, G_POD, buf, sizeof buf)) != NULL) chr_copy_str(pod, 4, w);
                snprintf(t->anchor, sizeof t->anchor, "#%ld", ref[0].timex);
                finish_date_value(t, &d, 'D', pod, v);
                return;
            }
        }
        if (!dir && direction == 0) direction = 1;
        if ((w = group_word(v, G_WEEK, buf, sizeof buf)) != NULL) week = atoi(w), has_week = 1;
        if ((w = group_word(v, G_ORDINAL, buf, sizeof buf)) != NULL) ordinal = atoi(w);
        group_int(v, G_MONTH, &month);
        if (!month && (w = group_word(v, G_MONTHNAME, buf, sizeof buf)) != NULL) month = atoi(w);
        group_int(v, G_YEAR, &year);
        refine_with_groups(v, &d, &gran, pod, mod);
        if (target < 0 || target > 6) {
            snprintf(t->value, sizeof t->value, "XXXX-WXX-%d", 1);
            return;
        }
        if (ordinal && !month && dct->present) {
            /* "첫째 주 금요일", "다음 달 둘째 월요일": a month relative to the DCT */
            chr_date md = {dct->year, dct->month, 1};
            if ((w = group_word(v, G_MDIR, buf, sizeof buf)) != NULL) add_months(&md, atoi(w));
            month = md.month;
            if (!year) year = md.year;
        }
        if (ordinal && month >= 1 && month <= 12) {
            /* "10월 첫째 화요일", "the last Monday of March" */
            if (!year) year = dct->present ? dct->year : 0;
            if (year <= 0) {
                snprintf(t->value, sizeof t->value, "XXXX-%02d-WXX-%d", month, target + 1);
                return;
            }
            int first_wd = chr_weekday(year, month, 1);
            int day = 1 + (target - first_wd + 7) % 7;
            int dim = chr_days_in_month(year, month);
            if (ordinal > 0) day += 7 * (ordinal - 1);
            else while (day + 7 <= dim) day += 7;
            if (day > dim) day -= 7;
            d = (chr_date){year, month, day};
            finish_date_value(t, &d, 'D', pod, v);
            return;
        }
        if ((w = group_word(v, G_THATWEEK, buf, sizeof buf)) != NULL && ref[0].has && ref[0].date.day > 0) {
            /* "그 주 일요일", "그다음 주 월요일": a day of the narrative's
             * week (or the week after it), not the article's */
            d = ref[0].date;
            int rwd = chr_weekday(d.year, d.month, d.day);
            add_days(&d, 7L * atoi(w) + target - rwd);
            snprintf(t->anchor, sizeof t->anchor, "#%ld", ref[0].timex);
            finish_date_value(t, &d, 'D', pod, v);
            return;
        }
        if (group_text(v, G_PRECEDING, buf, sizeof buf) && ref[0].has && ref[0].date.day > 0) {
            /* "the previous Friday": the last one before the narrative's day */
            d = ref[0].date;
            int rwd = chr_weekday(d.year, d.month, d.day);
            add_days(&d, -((rwd - target + 7) % 7 == 0 ? 7 : (rwd - target + 7) % 7));
            snprintf(t->anchor, sizeof t->anchor, "#%ld", ref[0].timex);
            finish_date_value(t, &d, 'D', pod, v);
            return;
        }
        if (group_text(v, G_FOLLOWING, buf, sizeof buf) && ref[0].has && ref[0].date.day > 0) {
            /* "the following Tuesday": the first one after the narrative's day */
            d = ref[0].date;
            int rwd = chr_weekday(d.year, d.month, d.day);
            add_days(&d, (target - rwd + 7) % 7 == 0 ? 7 : (target - rwd + 7) % 7);
            snprintf(t->anchor, sizeof t->anchor, "#%ld", ref[0].timex);
            finish_date_value(t, &d, 'D', pod, v);
            return;
        }
        if (!dct->present) {
            snprintf(t->value, sizeof t->value, "XXXX-WXX-%d", target + 1);
            return;
        }
        int wd = chr_weekday(dct->year, dct->month, dct->day);
        d = (chr_date){dct->year, dct->month, dct->day};
        if (has_week) add_days(&d, 7L * week + target - wd); /* "다음주 수요일": that week's day */
        /* (a bare weekday that is the article's own, in a clause whose
         * nearest tense cue is a future one: that day, "stepped down on
         * Wednesday but will remain chairman" told on a Wednesday; with no
         * tense at all, a plan or a headline, the coming one) */
        else if (direction > 0 && !dir && target == wd && clause_tense(v) > 0) add_days(&d, 0);
        else if (direction > 0) add_days(&d, (target - wd + 7) % 7 == 0 ? 7 : (target - wd + 7) % 7);
        else if (direction == 0) add_days(&d, target - wd);
        else if (dir && (wd - target + 7) % 7 == 0) add_days(&d, -7); /* "last Tuesday" said on a Tuesday */
        /* ("last Wednesday" said on a Thursday is not yesterday, where the
         * language's news says so: word last_weekday_skips_yesterday; a
         * weekend paper's "last Friday" is) */
        else if (dir && (wd - target + 7) % 7 == 1 && wd >= 1 && wd <= 4 &&
                 chr_rules_word(v->tx->rules, "last_weekday_skips_yesterday", chr_lang_name(v->doc->lang)))
            add_days(&d, -8);
        else add_days(&d, -((wd - target + 7) % 7));
        chr_copy_str(t->anchor, sizeof t->anchor, "dct");
        finish_date_value(t, &d, 'D', pod, v);
        chr_copy_str(t->mod, sizeof t->mod, mod);
        return;
    }
    case RECIPE_DCT:
    case RECIPE_REF: {
        /* a day offset needs a day to start from, a month offset a month:
         * ref[0] is the last day the text established, ref[1] the last
         * month (or day), ref[2] the last year */
        int level = r->unit == 'D' || r->unit == 'W' ? REF_DAY
                    : r->unit == 'M'                  ? REF_MONTH
                    : r->unit == 'Q'                  ? REF_PERIOD
                                                      : REF_YEAR;
        narrative_ref *lead = &ref[REF_LEAD];
        narrative_ref *day_ref = &ref[REF_DAY], *before_lookback = &ref[REF_BEFORE_LOOKBACK];
        int same_day_of_month = 0;
        /* the first sentence under a chronology heading that counts a day
         * on ("Friday / The next morning, …") counts from the day before the
         * heading: the heading has moved the story on already */
        if (level == REF_DAY && ref[REF_DAY].has && ref[REF_DAY].heading && ref[REF_BEFORE_HEADING].has &&
            v->sentence == ref[REF_DAY].sentence + 1 && r->offset_from == OFFSET_CONST && r->offset == 1 &&
            ref[REF_BEFORE_HEADING].date.day > 0 &&
            chr_date_to_days(ref[REF_DAY].date.year, ref[REF_DAY].date.month, ref[REF_DAY].date.day) -
                    chr_date_to_days(ref[REF_BEFORE_HEADING].date.year, ref[REF_BEFORE_HEADING].date.month,
                                     ref[REF_BEFORE_HEADING].date.day) ==
                1)
            ref += REF_BEFORE_HEADING;
        else if (level == REF_DAY && r->offset == 0 && r->offset_from == OFFSET_CONST && v->rule->group[G_LEAD] < 0 &&
                 ref[REF_DAY].has && ref[REF_DAY].report && ref[REF_BEFORE_REPORT].has &&
                 ref[REF_BEFORE_REPORT].date.day > 0 && ref[REF_BEFORE_REPORT].sentence == ref[REF_DAY].sentence)
            ref += REF_BEFORE_REPORT;
        else if (level == REF_DAY && r->kind == RECIPE_REF &&
                 (!(r->offset_from == OFFSET_CONST && r->offset == 0) || r->past_ref) &&
                 ref[REF_DAY].has && ref[REF_DAY].date.day > 0 && ref[REF_PAST_DAY].has && dct->present &&
                 chr_date_to_days(ref[REF_DAY].date.year, ref[REF_DAY].date.month, ref[REF_DAY].date.day) >
                     chr_date_to_days(dct->year, dct->month, dct->day) &&
                 clause_tense(v) < 0)
            ref += REF_PAST_DAY;
        else if (level == REF_DAY && r->kind == RECIPE_REF && r->offset_from == OFFSET_CONST && r->offset == 0 &&
                 v->doc->lang == CHR_LANG_EN && ref[REF_MONTH].has && ref[REF_MONTH].granularity == 'M' && ref[REF_MONTH].sentence == v->sentence &&
                 ref[REF_MONTH].end <= v->m->start && v->m->start - ref[REF_MONTH].end <= 24 &&
                 (!ref[REF_DAY].has || ref[REF_MONTH].timex > ref[REF_DAY].timex)) {
            /* "the same day" right after a month in its sentence is that
             * month's day: "consolidated the cases in April and, the same
             * day, appointed …", a few words on (which day is not told; English only: a
             * Korean month there is mostly a background clause's, "2019년
             * 12월 취임해 … 같은 날 내려왔다") */
            ref += REF_MONTH;
            same_day_of_month = 1;
        } else if (level == REF_DAY && r->kind == RECIPE_REF && r->offset_from == OFFSET_CONST &&
                   r->offset == 1 && ref[REF_MONTH].has && ref[REF_MONTH].granularity == 'M' &&
                   ref[REF_MONTH].date.month > 0 && ref[REF_MONTH].sentence >= 0 &&
                   ref[REF_MONTH].sentence == v->sentence - 1 && v->doc->lang == CHR_LANG_EN && v->sentence >= 0 &&
                   (size_t)v->sentence < v->doc->sentences.len &&
                   v->m->start == v->doc->sentences.items[v->sentence].start &&
                   (!ref[REF_DAY].has || ref[REF_DAY].sentence < ref[REF_MONTH].sentence) &&
                   (!dct->present || ref[REF_MONTH].date.year * 12 + ref[REF_MONTH].date.month < dct->year * 12 + dct->month)) {
            /* "the next day" right after a sentence that told only a month
             * ("Kwon was detained in early March. The next day he stepped
             * down") is a day of that month, not one after the last day told
             * weeks before */
            ref += REF_MONTH;
            same_day_of_month = 1;
        } else
            ref += level;
        int use_ref = r->kind == RECIPE_REF && ref->has;
        /* "Today" in words quoted in a sentence that told the day they
         * were said ("That evening she posted: \"Today the board removed
         * me\"") is that day, not the article's */
        if (r->kind == RECIPE_DCT && level == REF_DAY && ref->has && ref->date.day > 0 && ref->sentence == v->sentence &&
            v->sentence >= 0 && (size_t)v->sentence < v->doc->sentences.len) {
            size_t quote = quote_open_before(v->doc->text, v->doc->sentences.items[v->sentence].start, v->m->start);
            if (quote != SIZE_MAX && ref->end <= quote) use_ref = 1;
        }
        /* (so is the day said in a quote a narrated sentence carries, when
         * its paragraph told an earlier day: "정 회장은 지난 9일 기자들 앞에
         * 섰다. 그는 이어 \"오늘부로 회장직을 내려놓겠다\"고 말했다") */
        else if (r->kind == RECIPE_DCT && level == REF_DAY && ref->has && ref->date.day > 0 && dct->present &&
                 v->sentence > ref->sentence && ref->sentence >= 0 && (size_t)v->sentence < v->doc->sentences.len &&
                 v->doc->sentences.items[ref->sentence].paragraph == v->doc->sentences.items[v->sentence].paragraph &&
                 chr_date_to_days(ref->date.year, ref->date.month, ref->date.day) <
                     chr_date_to_days(dct->year, dct->month, dct->day) &&
                 (r->offset_from == OFFSET_DIR ? same_text(group_word(v, G_DIR, buf, sizeof buf), "0")
                                               : r->offset_from == OFFSET_CONST && r->offset == 0) &&
                 in_carried_quote(v->doc, v->sentence, v->m->start))
            use_ref = 1;
        /* ("이날" after a day looked back to is the story's day before it) */
        if (use_ref && level == REF_DAY && group_text(v, G_LEAD, buf, sizeof buf) && ref == day_ref &&
            ref->looked_back && before_lookback->has)
            ref = before_lookback;
        /* "이날" opening a paragraph no day was told in yet is the news's
         * day, the first the article told (or its date), not the last day
         * of the background before it (group "lead") */
        if (use_ref && level == REF_DAY && group_text(v, G_LEAD, buf, sizeof buf) && v->sentence >= 0 &&
            (!prev || prev->sentence < 0 || (size_t)prev->sentence >= v->doc->sentences.len ||
             (v->doc->sentences.items[prev->sentence].paragraph != v->doc->sentences.items[v->sentence].paragraph &&
              /* (a script's line right after a line of one sentence that
               * told a day, no blank line between, goes on from it: "… 건
               * 지난 14일이었습니다. / 법원은 이날") */
              !(prev->sentence == v->sentence - 1 && prev->end <= v->m->start &&
                !chr_memmem(v->doc->text + prev->end, v->m->start - prev->end, "\n\n", 2) &&
                (prev->sentence == 0 || v->doc->sentences.items[prev->sentence - 1].paragraph !=
                                            v->doc->sentences.items[prev->sentence].paragraph))))) {
            /* (the article's when the lead names it too: "1일 이사회를 열고
             * … 2일 밝혔다"; the lead's own day else: "20일(현지시간)") */
            if (lead->has && !(lead->with_dct && dct->present)) ref = lead;
            else if (dct->present) use_ref = 0;
        } else if (use_ref && level == REF_DAY && group_text(v, G_LEAD, buf, sizeof buf) && ref->eve_of_lead &&
                   lead->has && ref->sentence >= 0 && v->sentence >= 0 &&
                   (size_t)ref->sentence < v->doc->sentences.len && (size_t)v->sentence < v->doc->sentences.len &&
                   v->doc->sentences.items[ref->sentence].paragraph != v->doc->sentences.items[v->sentence].paragraph) {
            /* (the lead's day again in a later paragraph, after the eve
             * counted from it: "6일 … 따르면 노사는 전날 밤 합의했다. / … 조합원들은
             * 이날 오전 복귀했다"; in the eve's paragraph "이날 저녁" is the eve's) */
            ref = lead;
        }
        /* (a day of the month or year told before, "같은 달 28일", "그해 6월
         * 4일", is a calendar day, not one counted from the narrative's) */
        int calendar_day = 0;
        if (r->unit != 'D' && r->unit != 'W') calendar_day = group_int(v, G_DAY, &calendar_day) && calendar_day > 0;
        t->narrative = r->kind == RECIPE_REF && !calendar_day;
        if (use_ref && ref->fiscal) *ref_fiscal = 1;
        if (r->only_ref && !use_ref) {
            /* "the same week" with no date before it: which week is unknown */
            static const char *const open_unit[] = {"XXXX-XX-XX", "XXXX-WXX", "XXXX-XX", "XXXX", "XXXX-QX", "XXX", "XX"};
            const char *units = "DWMYQEK";
            const char *u = strchr(units, r->unit);
            snprintf(t->value, sizeof t->value, "%s%s", open_unit[u ? u - units : 0],
                     r->unit == 'W' && group_text(v, G_WEEKEND, buf, sizeof buf) ? "-WE" : "");
            return;
        }
        int n = r->offset;
        if (r->offset_from == OFFSET_NUM) {
            int num;
            if (!group_int(v, G_NUM, &num)) num = 1;
            n = r->offset * num;
        } else if (r->offset_from == OFFSET_DIR) {
            const char *dir = group_word(v, G_DIR, buf, sizeof buf);
            n = r->offset * (dir ? atoi(dir) : 0);
            /* "over the weekend": no direction word, the clause's tense; a
             * weekend ends its ISO week, so the coming one is this week's
             * (next week's on a Sunday) and the last one the week before
             * (this week's on Saturday or Sunday) */
            if (!dir && group_text(v, G_WEEKEND, buf, sizeof buf)) {
                int tense = clause_tense(v);
                int wd = dct->present ? chr_weekday(dct->year, dct->month, dct->day) : 0;
                n = tense > 0 ? (wd == 6 ? 1 : 0) : tense < 0 ? (wd >= 5 ? 0 : -1) : 0;
                n *= r->offset;
            }
        }
        char unit_gran = r->unit == 'E' ? 'C' : r->unit; /* "this decade": TIMEX3 201 */
        if (use_ref) {
            d = ref->date;
            snprintf(t->anchor, sizeof t->anchor, "#%ld", ref->timex);
        } else if (dct->present) {
            d = (chr_date){dct->year, dct->month, dct->day};
            chr_copy_str(t->anchor, sizeof t->anchor, "dct");
            /* "the day after" a noun with no day told before it, where the
             * language's news so names the article's own day ("창업주 구속
             * 이튿날 … 계약 해지": word next_day_after_noun_is_today): that
             * day, not the day after the article */
            if (r->kind == RECIPE_REF && r->unit == 'D' && n == 1 && level == REF_DAY && !ref->has &&
                chr_rules_word(v->tx->rules, "next_day_after_noun_is_today", chr_lang_name(v->doc->lang)) &&
                noun_right_before(v->doc->text, v->m->start))
                n = 0;
        } else {
            d = (chr_date){0, 0, 0};
        }
        if ((d.year > 0 || d.month > 0) && !(same_day_of_month && use_ref)) apply_offset(&d, r->unit, n);
        gran = same_day_of_month && use_ref ? 'M' : unit_gran;
        refine_with_groups(v, &d, &gran, pod, mod);
        /* "on the last day of the month": the story's month's last day */
        if (gran == 'M' && d.month > 0 && asks_month_last_day(v)) to_month_last_day(&d, &gran);
        if (gran == 'Y' || gran == 'K') d.month = 0, d.day = 0;
        if (gran == 'M') d.day = 0;
        if (gran == 'K') {
            /* "the end of the century": TIMEX3 writes a century as the
             * first two digits of its years (1999: 19) */
            if (d.year <= 0) {
                snprintf(t->value, sizeof t->value, "XX");
            } else {
                snprintf(t->value, sizeof t->value, "%02d", (d.year / 100) % 100);
                t->date = (chr_date){d.year / 100 * 100, 0, 0};
            }
            t->granularity = 'Y';
        } else {
            finish_date_value(t, &d, gran, pod, v);
        }
        chr_copy_str(t->mod, sizeof t->mod, mod);
        break;
    }
    case RECIPE_DATE: {
        int year = 0, yy = -1, decade = -1;
        if (group_int(v, G_YEAR, &year)) {
            if (year < 100) yy = year, year = 0;
        } else if (group_int(v, G_YY, &yy)) {
            year = 0;
        }
        if (yy >= 0) {
            /* a two-digit year up to twenty years ahead of the DCT is this
             * century's ("3-7-27" in 2016 is 2027), else the last one's */
            int pivot = dct->present ? (dct->year % 100) + 20 : 30;
            year = yy <= pivot ? 2000 + yy : 1900 + yy;
        }
        if (group_int(v, G_DECADE, &decade)) {
            if (decade < 100) decade += decade <= 30 ? 2000 : 1900;
            d.year = decade;
            gran = 'C';
        } else {
            d.year = year;
            gran = year ? 'Y' : 0;
        }
        refine_with_groups(v, &d, &gran, pod, mod);
        int hour_probe, bare_clock = 0;
        if (gran == 0 && (pod[0] || group_int(v, G_HOUR, &hour_probe))) {
            /* a bare part of day ("아침") is about the DCT's day */
            bare_clock = group_int(v, G_HOUR, &hour_probe);
            /* a clock time right after a sentence that told a day is on
             * that day ("The next morning, the artists moved. By 11 a.m.
             * ..."), not the article's */
            const narrative_ref *day = &ref[REF_DAY];
            /* (a day that only dates the report, after the story's own day
             * in its sentence, leaves the clock that day: "전날 열린 주총에서
             * … 가결됐다고 14일 밝혔다. 주총이 끝난 뒤 오후 4시께") */
            if (day->has && day->report && ref[REF_BEFORE_REPORT].has && ref[REF_BEFORE_REPORT].date.day > 0 &&
                ref[REF_BEFORE_REPORT].sentence == day->sentence)
                day = &ref[REF_BEFORE_REPORT];
            /* (when the story has moved away from the article's day, and
             * not ahead of it: "the worst may not be over until Thursday") */
            /* (nor when that sentence told two days: "a fire early Tuesday
             * … raided the following day. The blaze started at 4:40 a.m.") */
            /* (or a day before the article's told earlier in the clock's
             * paragraph: "At about six o'clock on the evening of 18
             * November. … we were in the boardroom until past midnight") */
            int same_paragraph_before =
                day->has && dct->present && v->sentence >= 0 && day->sentence >= 0 &&
                (size_t)v->sentence < v->doc->sentences.len && (size_t)day->sentence < v->doc->sentences.len &&
                v->doc->sentences.items[v->sentence].paragraph == v->doc->sentences.items[day->sentence].paragraph &&
                day->date.day > 0 &&
                chr_date_to_days(day->date.year, day->date.month, day->date.day) <
                    chr_date_to_days(dct->year, dct->month, dct->day);
            /* (or a day before the article's told a sentence or two before
             * a past clause, as a broadcast script, a paragraph a sentence,
             * tells it: "어제(19일) 오전, … 청사 앞. … 밤 11시가 넘도록 조사를
             * 받았습니다") */
            int past_story_day = bare_clock && day->has && dct->present && !same_paragraph_before &&
                                 day->date.day > 0 &&
                                 chr_date_to_days(day->date.year, day->date.month, day->date.day) <
                                     chr_date_to_days(dct->year, dct->month, dct->day) &&
                                 clause_tense(v) < 0;
            /* (a clock time heading a line of its own, a live blog's entry
             * time, is the article's day's) */
            int entry_time = opens_line(v->doc->text, v->m->start) &&
                             (stands_alone(v->doc->text, v->doc->len, v->m->start, v->m->end) ||
                              opens_titled_heading(v->doc->text, v->doc->len, v->m->start, v->m->end));
            if (bare_clock && !entry_time && day->has && (day->told_apart || same_paragraph_before || past_story_day) &&
                !day->not_alone &&
                day->granularity == 'D' && day->date.day > 0 &&
                v->sentence >= 0 && day->sentence >= 0 &&
                narrated_sentences_between(v->doc, day->sentence, v->sentence, PARAGRAPH_CLOCK_DAY_REACH) <=
                    (same_paragraph_before ? PARAGRAPH_CLOCK_DAY_REACH
                     : past_story_day     ? PAST_CLOCK_DAY_REACH
                                          : CLOCK_DAY_REACH) &&
                (!dct->present ||
                 chr_date_to_days(day->date.year, day->date.month, day->date.day) <=
                     chr_date_to_days(dct->year, dct->month, dct->day))) {
                d = day->date;
                snprintf(t->anchor, sizeof t->anchor, "#%ld", day->timex % 1000000000L);
            } else if (dct->present) {
                d = (chr_date){dct->year, dct->month, dct->day};
                chr_copy_str(t->anchor, sizeof t->anchor, "dct");
            }
            gran = 'D';
        }
        if (d.year == 0 && d.month == 0 && d.day > 0 && prev && prev_connects(v, prev)) {
            /* "11월 17~22일", "7월 13일부터 15일": the end takes the start's month */
            d.year = prev->date.year;
            d.month = prev->date.month;
            if (d.year > 0) snprintf(t->anchor, sizeof t->anchor, "#%d", (int)(prev_index % 1000000000));
        }
        if (d.year == 0 && d.month == 0 && d.day > 0 && prev && prev->type == CHR_TX_DURATION && prev->shift &&
            (prev->unit == 'D' || prev->unit == 'W') && prev->end <= v->m->start &&
            v->m->start - prev->end == strlen("인 ") && memcmp(v->doc->text + prev->end, "인 ", strlen("인 ")) == 0 &&
            ref[REF_DAY].has && ref[REF_DAY].date.day > 0) {
            /* "이틀 뒤인 4일": the day the length reaches from the story's
             * last day names its month, which may be far from the
             * article's */
            chr_date reached = ref[REF_DAY].date;
            add_days(&reached, (long)(prev->amount + 0.5) * (prev->unit == 'W' ? 7 : 1) * prev->shift);
            chr_date best = {0, 0, 0};
            long best_dist = -1;
            for (int k = -1; k <= 1; k++) {
                chr_date c = {reached.year, reached.month, 1};
                add_months(&c, k);
                if (d.day > chr_days_in_month(c.year, c.month)) continue;
                c.day = d.day;
                long dist = chr_date_to_days(c.year, c.month, c.day) - chr_date_to_days(reached.year, reached.month, reached.day);
                if (dist < 0) dist = -dist;
                if (best_dist < 0 || dist < best_dist) best = c, best_dist = dist;
            }
            if (best_dist >= 0) {
                d = best;
                snprintf(t->anchor, sizeof t->anchor, "#%ld", ref[REF_DAY].timex % 1000000000L);
            }
        }
        if (d.year == 0 && dct->present && gran != 'C') {
            const char *dir = group_word(v, G_DIR, buf, sizeof buf);
            int direction = dir ? atoi(dir) : clause_tense(v);
            const narrative_ref *story = &ref[REF_DAY];
            if (d.month == 0 && d.day > 0 && !dir && direction <= 0 && story->has && story->date.year > 0 &&
                story->date.day > 0 && d.day > story->date.day &&
                d.day <= chr_days_in_month(story->date.year, story->date.month) &&
                (story->date.year != dct->year || story->date.month != dct->month) &&
                chr_date_to_days(story->date.year, story->date.month, d.day) <=
                    chr_date_to_days(dct->year, dct->month, dct->day) &&
                v->sentence >= 0 && story->sentence >= 0 && v->sentence - story->sentence <= STORY_MONTH_REACH &&
                /* (nor after a length that took the story out of that
                 * month: "10월 14일 … 사고 66일 만이다. … 19일 서명했다고 20일
                 * 밝혔다" is in the article's month) */
                !length_leaves_month(prev, &story->date)) {
                /* "지난달 10일 … 사흘 뒤 … 이어 17일에는": a bare day later in the
                 * month of the story's last day, told a few sentences after
                 * it, goes on in that month, not the article's */
                d.year = story->date.year;
                d.month = story->date.month;
                snprintf(t->anchor, sizeof t->anchor, "#%ld", story->timex % 1000000000L);
            } else if (d.month == 0 && d.day > 0) {
                /* "지난 17일", "on the 22nd": the nearest such day of month */
                chr_date best = {0, 0, 0};
                long best_dist = -1;
                for (int k = -1; k <= 1; k++) {
                    chr_date c = {dct->year, dct->month, 1};
                    add_months(&c, k);
                    if (d.day > chr_days_in_month(c.year, c.month)) continue;
                    c.day = d.day;
                    long diff = chr_date_to_days(c.year, c.month, c.day) -
                                chr_date_to_days(dct->year, dct->month, dct->day);
                    if (direction < 0 && diff > 0) continue;
                    if (direction > 0 && diff < 0) continue;
                    long dist = diff < 0 ? -diff : diff;
                    if (best_dist < 0 || dist < best_dist) best = c, best_dist = dist;
                }
                if (best_dist >= 0) {
                    d = best;
                    chr_copy_str(t->anchor, sizeof t->anchor, "dct");
                }
            } else if (d.month > 0 && (gran == 'Q' || gran == 'H')) {
                /* "3분기", "the third quarter": the article's year (a quarter is
                 * named in the year it belongs to, before and after it);
                 * "the second half of next year" the year its word says */
                d.year = dct->year + (dir ? atoi(dir) : 0);
                /* but one that starts after the DCT's month in a past
                 * clause is last year's ("reported a loss in the fourth
                 * quarter" told in March; not a fiscal one, whose year is
                 * not the calendar's, nor "of this year") */
                if (!dir && direction < 0 && d.month > dct->month && v->doc->lang == CHR_LANG_EN && !fiscal_doc &&
                    !group_text(v, G_FISCAL, buf, sizeof buf) && !chr_memmem(v->doc->text + v->m->start, v->m->end - v->m->start, "year", 4))
                    d.year--;
                /* and one over before the DCT's month in a future clause is
                 * next year's ("will cut 450 roles by the end of the first
                 * quarter" told in November) */
                /* (unless a year is told next to it: "out during Q3 this
                 * year", "2016 the third quarter") */
                int last_month = d.month + (gran == 'Q' ? 2 : 5);
                size_t near_from = v->m->start > 24 ? v->m->start - 24 : 0;
                size_t near_to = v->m->end + 24 < v->doc->len ? v->m->end + 24 : v->doc->len;
                int year_near = chr_memmem(v->doc->text + near_from, near_to - near_from, "year", 4) != NULL;
                for (size_t q = near_from; !year_near && q + 4 <= near_to; q++)
                    if ((v->doc->text[q] == '1' || v->doc->text[q] == '2') && isdigit((unsigned char)v->doc->text[q + 1]) &&
                        isdigit((unsigned char)v->doc->text[q + 2]) && isdigit((unsigned char)v->doc->text[q + 3]))
                        year_near = 1;
                if (!dir && direction > 0 && last_month < dct->month && v->doc->lang == CHR_LANG_EN && !fiscal_doc &&
                    !group_text(v, G_FISCAL, buf, sizeof buf) && !year_near)
                    d.year++;
                chr_copy_str(t->anchor, sizeof t->anchor, "dct");
            } else if (d.month > 0 && !dir && chronology_year(v, prev, &d)) {
                /* "2024년 4월 22일 감사 착수" then, on the next line, "4월 26일
                 * 고발": a chronology's item takes the year of the one above */
                snprintf(t->anchor, sizeof t->anchor, "#%ld", prev_index % 1000000000L);
            } else if (d.month > 0 && story_year(v, ref, dct, prev, &d)) {
                /* "In January 2024 I wrote to them. Three weeks later, on
                 * February 9, I was let go": a month the story goes on to
                 * after a year it told, not the article's */
                snprintf(t->anchor, sizeof t->anchor, "#%ld", ref[REF_MONTH].timex % 1000000000L);
            } else if (d.month > 0 && d.day > 0 && !dir && story_day_year(v, ref, dct, &d)) {
                /* "That was April 22 last year, a Monday. … The meeting was
                 * on May 31": a day the story goes on to, weeks after a day
                 * it told in another year, is in the story's year */
                snprintf(t->anchor, sizeof t->anchor, "#%ld", ref[REF_DAY].timex % 1000000000L);
            } else if (d.month > 0) {
                /* "11월 17일" without a year: the year that puts it nearest the DCT */
                chr_date best = d;
                long best_dist = -1;
                /* a plan read from the clause, not told by a word of the
                 * date, is no day most of a year ahead when the same day
                 * lies weeks before the DCT: a plan told in retrospect
                 * ("called a meeting for Sept. 8" told on Oct. 2); a past
                 * clause keeps its year back ("asked for a warrant on
                 * April 15" told on March 6) */
                if (!dir && direction > 0 && d.day > 0) {
                    for (int k = -1; k <= 1; k++) {
                        chr_date c = d;
                        c.year = dct->year + k;
                        if (c.day > chr_days_in_month(c.year, c.month)) continue;
                        long signed_diff = chr_date_to_days(c.year, c.month, c.day) -
                                           chr_date_to_days(dct->year, dct->month, dct->day);
                        if (signed_diff * direction < 0 && signed_diff * -direction <= TENSE_NEAR_DAYS) direction = 0;
                    }
                }
                for (int k = -1; k <= 1; k++) {
                    chr_date c = d;
                    c.year = dct->year + k;
                    if (c.day > chr_days_in_month(c.year, c.month)) continue;
                    long dist = distance_days(&c, dct);
                    long signed_diff = chr_date_to_days(c.year, c.month, c.day > 0 ? c.day : 1) -
                                       chr_date_to_days(dct->year, dct->month, dct->day);
                    /* a month alone is ahead while it lasts: "will close
                     * plants in late August" told on August 9 is this one */
                    if (c.day == 0 && direction > 0 && signed_diff < 0 &&
                        chr_date_to_days(c.year, c.month, chr_days_in_month(c.year, c.month)) >=
                            chr_date_to_days(dct->year, dct->month, dct->day))
                        signed_diff = 0;
                    if (direction < 0 && signed_diff > 0) continue;
                    if (direction > 0 && signed_diff < 0) continue;
                    if (best_dist < 0 || dist < best_dist) best = c, best_dist = dist;
                }
                if (best_dist >= 0) {
                    d = best;
                    chr_copy_str(t->anchor, sizeof t->anchor, "dct");
                }
            }
        }
        if (group_text(v, G_RANGEEND, buf, sizeof buf) && !(prev && prev_connects(v, prev))) {
            /* "13-15" is a range end only after a date it can take its month from */
            t->value[0] = '\0';
            return;
        }
        const char *season = group_word(v, G_SEASON, buf, sizeof buf);
        if (season) {
            /* "this summer", "1978년 봄": YYYY-SU (winter belongs to the year it starts in) */
            if (d.year == 0 && dct->present) {
                const char *dir = group_word(v, G_DIR, buf, sizeof buf);
                d.year = dct->year + (dir ? atoi(dir) : 0);
                /* (a year's word, "작년 봄", "지난해 봄", is that year's: its
                 * value ends in Y) */
                if (dir && !strchr(dir, 'Y') && strncmp(season, "WI", 2) != 0) {
                    /* "last spring" told in October is this year's spring,
                     * "next spring" told in February too: the nearest such
                     * season before (after) the article's */
                    int first = season[0] == 'S' && season[1] == 'P' ? 3 : season[0] == 'S' ? 6 : 9;
                    if ((atoi(dir) < 0 && first + 2 < dct->month) || (atoi(dir) > 0 && first > dct->month))
                        d.year = dct->year;
                }
                if (!dir && strncmp(season, "WI", 2) != 0) {
                    /* "will move in the spring" told in December is next
                     * year's: a season wholly behind the DCT in a clause
                     * about the future moves a year ahead. (Not back for
                     * the past tense: "a listing once pencilled in for the
                     * autumn" is a plan told in the past.) */
                    int first = season[0] == 'S' && season[1] == 'P' ? 3 : season[0] == 'S' ? 6 : 9;
                    if (first + 2 < dct->month && clause_tense(v) > 0) d.year++;
                }
                chr_copy_str(t->anchor, sizeof t->anchor, "dct");
            }
            if (d.year > 0) snprintf(t->value, sizeof t->value, "%04d-%.2s", d.year % 10000, season);
            else snprintf(t->value, sizeof t->value, "XXXX-%.2s", season);
            t->date = d;
            t->granularity = 'Y';
            chr_copy_str(t->mod, sizeof t->mod, mod);
            return;
        }
        /* "10월 마지막 날", "말일": the month's last day */
        if (d.month > 0 && d.day == 0 && asks_month_last_day(v)) to_month_last_day(&d, &gran);
        if (gran == 0) gran = 'D';
        finish_date_value(t, &d, gran, pod, v);
        chr_copy_str(t->mod, sizeof t->mod, mod);
        if (bare_clock && dct->present && dct->hour >= 0) next_clock(v, t, dct, pod);
        break;
    }
    }
    const char *ordw;
    if (group_text(v, G_WEEKOF, buf, sizeof buf) && t->date.year > 0 && t->date.month > 0 && t->date.day == 0 &&
        (ordw = ordinal_text(v, buf, sizeof buf)) != NULL) {
        /* "2014년 10월 첫째 주", "the last week of September 2014": the n-th
         * Monday-to-Sunday week that lies wholly in the month */
        int n = atoi(ordw), y = t->date.year, m = t->date.month, wy;
        int dim = chr_days_in_month(y, m);
        int first = 1 + (7 - chr_weekday(y, m, 1)) % 7; /* the first Monday (chr_weekday: 0 = Monday) */
        int nweeks = first + 6 <= dim ? (dim - first - 6) / 7 + 1 : 0;
        if (n < 0) n = nweeks;
        if (n >= 1 && n <= nweeks) {
            int wk = iso_week(y, m, first + 7 * (n - 1), &wy);
            snprintf(t->value, sizeof t->value, "%04d-W%02d", wy % 10000, wk);
            t->granularity = 'W';
        }
    } else if (group_text(v, G_WEEKOF, buf, sizeof buf) && t->date.year > 0 && t->date.month == 0 &&
        (ordw = ordinal_text(v, buf, sizeof buf)) != NULL) {
        /* "2027년 셋째 주": the n-th ISO week of the year; -1 its last */
        int n = atoi(ordw), wy;
        if (n < 0) n = iso_week(t->date.year, 12, 28, &wy);
        if (n >= 1 && n <= 53) {
            snprintf(t->value, sizeof t->value, "%04d-W%02d", t->date.year % 10000, n);
            t->granularity = 'W';
        }
    }
    int century;
    if (group_int(v, G_CENTURY, &century) && century >= 1 && century <= 99) {
        /* "21세기", "the 20th century": TIMEX3 gives the first two digits of its years */
        snprintf(t->value, sizeof t->value, "%02d", century - 1);
        t->date = (chr_date){(century - 1) * 100, 0, 0};
        t->granularity = 'Y';
    }
    if (t->granularity == 'W' && group_text(v, G_WEEKEND, buf, sizeof buf)) {
        size_t n = strlen(t->value);
        if (n + 3 < sizeof t->value) memcpy(t->value + n, "-WE", 4);
    }
}

/*
 * A clock time with no day of its own ("7시 30분", "3 p.m.") right after a
 * day ("9월 20일 저녁", "tomorrow"), separated only by white space, a comma
 * or "at"/"에": rewrites 't' as the day at that time, spanning both, and
 * returns 1 (the caller replaces 'prev' with it). A part of day on the day
 * (afternoon, evening, night) puts an hour before noon in the afternoon.
 */
static int merge_clock(const match_view *v, const chr_timex *prev, chr_timex *t)
{
    char buf[64], clock[16];
    if (t->type != CHR_TX_TIME || v->rule->kind != RECIPE_DATE) return 0;
    static const int dated[] = {G_YEAR, G_YY, G_MONTH, G_MONTHNAME, G_DAY, G_WEEKDAY, G_DIR};
    for (size_t i = 0; i < sizeof dated / sizeof dated[0]; i++)
        if (group_text(v, dated[i], buf, sizeof buf)) return 0;
    if (!clock_suffix(v, clock, sizeof clock)) return 0;
    if (prev->type != CHR_TX_DATE && prev->type != CHR_TX_TIME) return 0;
    const char *prev_clock = strchr(prev->value, ':') ? strchr(prev->value, 'T') : NULL;
    if (prev_clock && prev->sentence == t->sentence && prev_connects(v, prev)) {
        /* "9:30 ~ 11:00", "11:30-1:30": the end of a clock range is on the
         * start's day, and after it (an earlier hour is in the afternoon) */
        int start_hour = atoi(prev_clock + 1), hour = atoi(clock + 1);
        if (hour < start_hour && hour < 12 && !group_text(v, G_AMPM, buf, sizeof buf)) hour += 12;
        snprintf(t->value, sizeof t->value, "%.*sT%02d%.12s", (int)(prev_clock - prev->value) % 40, prev->value,
                 hour % 100, clock + 3);
        t->date = prev->date;
        return 0; /* a second expression, not a merge */
    }
    if (prev->granularity != 'D' || strchr(prev->value, ':') || prev->sentence != t->sentence) return 0;
    if (prev->end > t->start || t->start - prev->end > 4) return 0;
    for (size_t i = prev->end; i < t->start; i++) {
        char c = v->doc->text[i];
        if (c != ' ' && c != ',' && c != '\t' && c != 'a' && c != 't') return 0;
    }
    char value[48];
    chr_copy_str(value, sizeof value, prev->value);
    char *tpod = strchr(value, 'T');
    int afternoon = 0;
    if (tpod) {
        afternoon = strcmp(tpod, "TAF") == 0 || strcmp(tpod, "TEV") == 0 || strcmp(tpod, "TNI") == 0;
        *tpod = '\0';
    }
    int hour = atoi(clock + 1);
    if (afternoon && hour < 12 && !group_text(v, G_AMPM, buf, sizeof buf)) {
        clock[1] = (char)('0' + (hour + 12) / 10);
        clock[2] = (char)('0' + (hour + 12) % 10);
    }
    chr_timex merged = *prev;
    merged.end = t->end;
    merged.type = CHR_TX_TIME;
    join(merged.value, sizeof merged.value, value, 30, clock, 16, "");
    *t = merged;
    return 1;
}

/* 1 when premod 'c' may join an expression of type 'type': the types its
 * record lists ("under" only a length: not "under Monday's deal"), or with
 * no list any but a SET. */
static int premod_fits(const tense_cue *c, chr_timex_type type)
{
    if (!c->types) return type != CHR_TX_SET;
    const char *name = chr_timex_type_name(type);
    size_t n = strlen(name);
    for (const char *p = c->types; (p = strstr(p, name)) != NULL; p += n)
        if ((p == c->types || p[-1] == ',') && (p[n] == '\0' || p[n] == ',')) return 1;
    return 0;
}

/*
 * A 'premod' word right before the expression ("mid-" November, "이르면"
 * 2024년 10월, "about" two years, "about" every nine years), separated by a
 * space or a hyphen and not reaching back past 'floor': the expression
 * grows to include it and takes its mod, unless the rule already set one
 * or the word does not fit the expression's type (premod_fits).
 */
static void extend_premod(const chr_timex_extractor *tx, const chr_doc *doc, chr_timex *t, size_t floor)
{
    if (t->mod[0] || t->start < floor + 2) return;
    const char *text = doc->text;
    char sep = text[t->start - 1];
    if (sep != ' ' && sep != '-') return;
    for (size_t i = 0; i < tx->premods.len; i++) {
        const tense_cue *c = &tx->premods.items[i];
        size_t wl = c->len;
        if (t->start < floor + wl + 1) continue;
        size_t s = t->start - 1 - wl;
        /* the byte next to the separator rules out most words at once */
        if ((wl && text[s + wl - 1] != c->word[wl - 1]) || !cue_applies(c, doc->lang) ||
            memcmp(text + s, c->word, wl) != 0 || !premod_fits(c, t->type))
            continue;
        unsigned char before = s > floor ? (unsigned char)text[s - 1] : ' ';
        if (isalnum(before) || before >= 0x80) continue; /* part of a longer word */
        t->start = s;
        snprintf(t->mod, sizeof t->mod, "%.*s", (int)(c->mod_len < sizeof t->mod ? c->mod_len : sizeof t->mod - 1),
                 c->mod);
        return;
    }
}

/*
 * "2년 1개월 21일", "two years and three months": a length right after
 * another (white space, a comma, "하고", "그리고", "and" between) extends
 * it. Two plain DURATIONs become one ("P2Y1M21D"); a length before "N일
 * 전" / "N days ago" moves that date further back. Returns 1 when 't' was
 * rewritten to replace 'prev'.
 */
static int merge_length(const match_view *v, const chr_timex *prev, chr_timex *t)
{
    if (prev->type != CHR_TX_DURATION || prev->shift || prev->sentence != t->sentence || prev->end > t->start ||
        t->start - prev->end > 12 || prev->value[0] != 'P' || strchr(prev->value, 'X'))
        return 0;
    char gap[16];
    size_t k = 0;
    for (size_t i = prev->end; i < t->start && k + 1 < sizeof gap; i++)
        if (v->doc->text[i] != ' ' && v->doc->text[i] != '\t') gap[k++] = v->doc->text[i];
    gap[k] = '\0';
    if (k && strcmp(gap, ",") != 0 && strcmp(gap, "하고") != 0 && strcmp(gap, "그리고") != 0 && strcmp(gap, "and") != 0 &&
        strcmp(gap, ",and") != 0)
        return 0;
    /* "N일 전" / "N days ago" go back; "two months from now", "2 years 21
     * days later" (a DATE from the article date) go forward */
    int is_ago = (v->rule->kind == RECIPE_AGO || v->rule->kind == RECIPE_AFTER) && t->type == CHR_TX_DATE &&
                 t->date.year > 0;
    int sign = v->rule->kind == RECIPE_AGO && v->rule->offset < 0 ? -1 : 1;
    if (t->type == CHR_TX_DURATION && !t->shift && t->value[0] == 'P' && !strchr(t->value, 'X')) {
        /* add the parts unit by unit and write them in ISO order: P2Y + P1M21D
         * is P2Y1M21D, "2 days 1 month" P1M2D, PT2H + PT30M PT2H30M */
        static const char order[] = "YMWDHmS"; /* 'm' minutes, after T */
        double part[7] = {0};
        int seen[7] = {0};
        const char *vals[2] = {prev->value, t->value};
        for (int k2 = 0; k2 < 2; k2++) {
            int in_time = 0;
            for (const char *p = vals[k2] + 1; *p;) {
                if (*p == 'T') {
                    in_time = 1, p++;
                    continue;
                }
                char *end;
                double n = strtod(p, &end);
                if (end == p || !*end) return 0;
                char u = *end == 'M' && in_time ? 'm' : *end;
                const char *at = strchr(order, u);
                if (!at || (in_time != (at - order >= 4))) return 0;
                /* (a unit told twice is a list, not one length: "3년, 5년
                 * 뒤면", "two or three years") */
                if (k2 == 1 && seen[at - order]) return 0;
                part[at - order] += n;
                seen[at - order] = 1;
                p = end + 1;
            }
        }
        char out[48] = "P";
        size_t n = 1;
        int timed = 0;
        for (int k2 = 0; k2 < 7; k2++) {
            if (!seen[k2]) continue;
            if (k2 >= 4 && !timed) out[n++] = 'T', timed = 1;
            int w = snprintf(out + n, sizeof out - n, "%g%c", part[k2], k2 == 5 ? 'M' : order[k2]);
            if (w <= 0 || (size_t)w >= sizeof out - n) return 0;
            n += (size_t)w;
        }
        chr_timex merged = *t;
        merged.start = prev->start;
        chr_copy_str(merged.value, sizeof merged.value, out);
        *t = merged;
        return 1;
    }
    if (is_ago && !strchr(prev->value, 'T')) {
        /* "2년 1개월 21일 전": go back (or forward) by the earlier lengths too */
        chr_date d = t->date;
        char gran = t->granularity;
        const char *p = prev->value + 1;
        while (*p) {
            char *end;
            long n = strtol(p, &end, 10);
            if (end == p || !*end) return 0;
            n *= sign;
            switch (*end) {
            case 'Y': d.year += (int)n; break;
            case 'M': add_months(&d, (int)n); if (gran == 'Y') gran = 'M'; break;
            case 'W': add_days(&d, 7 * n); gran = 'D'; break;
            case 'D': add_days(&d, n); gran = 'D'; break;
            default: return 0;
            }
            p = end + 1;
        }
        chr_timex merged = *t;
        merged.start = prev->start;
        merged.date = d;
        merged.granularity = gran;
        chr_timex_format_date(&d, gran, merged.value, sizeof merged.value);
        *t = merged;
        return 1;
    }
    return 0;
}

/* The words between 'prev' and 't' with white space dropped, into 'gap'
 * (at most 'size' - 1 bytes); 0 when they are longer or 'prev' does not end
 * before 't' in the same sentence. */
static int gap_text(const match_view *v, const chr_timex *prev, const chr_timex *t, size_t limit, char *gap,
                    size_t size)
{
    if (prev->sentence != t->sentence || prev->end > t->start || t->start - prev->end > limit) return 0;
    size_t k = 0;
    for (size_t i = prev->end; i < t->start; i++) {
        char c = v->doc->text[i];
        if (c == ' ' || c == '\t') continue;
        if (k + 1 >= size) return 0;
        gap[k++] = c;
    }
    gap[k] = '\0';
    return 1;
}

/*
 * "two days after today", "four days from yesterday", "more than 2 weeks
 * after tomorrow": a plain length right before "after" / "from" / "before"
 * and a day moves that day. Returns 1 when 't' was rewritten to replace
 * 'prev'.
 */
static int merge_offset(const match_view *v, const chr_timex *prev, chr_timex *t)
{
    char gap[16];
    if (prev->type != CHR_TX_DURATION || prev->shift || prev->value[0] != 'P' || strchr(prev->value, 'X') ||
        strchr(prev->value, 'T'))
        return 0;
    if (t->type != CHR_TX_DATE || t->granularity != 'D' || t->date.year <= 0 || t->date.day <= 0 ||
        strchr(t->value, 'T'))
        return 0;
    if (!gap_text(v, prev, t, 10, gap, sizeof gap)) return 0;
    int sign = strcmp(gap, "after") == 0 || strcmp(gap, "from") == 0 ? 1 : strcmp(gap, "before") == 0 ? -1 : 0;
    if (!sign) return 0;
    chr_date d = t->date;
    long n = (long)prev->amount * sign;
    if ((double)(long)prev->amount != prev->amount) return 0;
    switch (prev->unit) {
    case 'D': add_days(&d, n); break;
    case 'W': add_days(&d, 7 * n); break;
    case 'M': add_months(&d, (int)n); break;
    case 'Y': d.year += (int)n; break;
    default: return 0;
    }
    chr_timex merged = *t;
    merged.start = prev->start;
    merged.date = d;
    if (!merged.mod[0] && prev->mod[0]) {
        /* "more than 2 weeks after today" is after that day, "less than" before it */
        if (strcmp(prev->mod, "MORE_THAN") == 0) chr_copy_str(merged.mod, sizeof merged.mod, sign > 0 ? "AFTER" : "BEFORE");
        else if (strcmp(prev->mod, "LESS_THAN") == 0) chr_copy_str(merged.mod, sizeof merged.mod, sign > 0 ? "BEFORE" : "AFTER");
    }
    chr_timex_format_date(&d, 'D', merged.value, sizeof merged.value);
    *t = merged;
    return 1;
}

/* 1 when the span of 't' is a bare clock time ("3pm", "9:30 a.m.", or
 * one lowercase word with a clock value: "midnight", "noon"; a day's name
 * is capitalised). */
static int is_bare_clock(const chr_doc *doc, const chr_timex *t)
{
    if (t->type != CHR_TX_TIME || t->start >= t->end) return 0;
    size_t start = t->start;
    /* (a modifier word before it leaves it bare: "around 8:40 a.m.") */
    if (t->mod[0]) {
        while (start < t->end && (islower((unsigned char)doc->text[start]) || doc->text[start] == ' ')) start++;
        if (start == t->end || !isdigit((unsigned char)doc->text[start]) || doc->text[start - 1] != ' ') start = t->start;
    }
    if (!isdigit((unsigned char)doc->text[start])) {
        const char *tc = strchr(t->value, 'T');
        if (!tc || !isdigit((unsigned char)tc[1])) return 0;
        for (size_t i = t->start; i < t->end; i++)
            if (!islower((unsigned char)doc->text[i]) && !(t->mod[0] && doc->text[i] == ' ')) return 0;
        return 1;
    }
    for (size_t i = start; i < t->end; i++)
        if (!strchr("0123456789:. apmAPM", doc->text[i])) return 0;
    return 1;
}

/*
 * "every Monday at 4pm", "3pm every day", "every morning at 9am", "at 9am
 * on Sundays": a recurring day or part of day and a clock time next to it
 * are one SET, the clock joined to the day ("XXXX-WXX-1T16") or alone
 * ("T09"). Returns 1 when 't' was rewritten to replace 'prev'.
 */
static int merge_set_clock(const match_view *v, const chr_timex *prev, chr_timex *t)
{
    const chr_timex *set, *clock;
    char gap[16];
    if (prev->type == CHR_TX_SET && is_bare_clock(v->doc, t)) set = prev, clock = t;
    else if (t->type == CHR_TX_SET && is_bare_clock(v->doc, prev)) set = t, clock = prev;
    else return 0;
    if (!gap_text(v, prev, t, 5, gap, sizeof gap)) return 0;
    if (gap[0] && strcmp(gap, "at") != 0 && strcmp(gap, "on") != 0 && strcmp(gap, ",") != 0) return 0;
    const char *tc = strchr(clock->value, 'T');
    if (!tc || (strchr(set->value, 'T') != NULL && set->value[0] != 'T')) return 0;
    char hm[16];
    snprintf(hm, sizeof hm, "%.15s", tc);
    if (strlen(hm) == 6 && strcmp(hm + 3, ":00") == 0) hm[3] = '\0';
    int hour = atoi(hm + 1);
    /* "every night at 9": a part of the day after noon puts the hour there */
    if (hour < 12 && (strcmp(set->value, "TAF") == 0 || strcmp(set->value, "TEV") == 0 || strcmp(set->value, "TNI") == 0)) {
        char rest[8];
        snprintf(rest, sizeof rest, "%.7s", hm + 3);
        snprintf(hm, sizeof hm, "T%02d%.7s", (hour + 12) % 100, rest);
    }
    const char *base = strncmp(set->value, "XXXX-", 5) == 0 ? set->value : "";
    chr_timex merged = *set;
    merged.start = prev->start;
    merged.end = t->end;
    merged.type = CHR_TX_SET;
    join(merged.value, sizeof merged.value, base, 30, hm, 16, "");
    *t = merged;
    return 1;
}

/*
 * "6 p.m. Monday", "8:30 a.m. Tuesday", "7am yesterday", "10 a.m. on
 * March 3": a bare clock time right before the day it is on is one TIME
 * on that day (the other order is merge_clock's). Returns 1 when 't' was
 * rewritten to replace 'prev'.
 */
static int merge_day_clock(const match_view *v, const chr_timex *prev, chr_timex *t)
{
    char gap[8];
    if (t->type != CHR_TX_DATE || t->granularity != 'D' || t->date.day == 0 || strchr(t->value, 'T') ||
        !is_bare_clock(v->doc, prev) || !gap_text(v, prev, t, 4, gap, sizeof gap))
        return 0;
    if (gap[0] && strcmp(gap, "on") != 0 && strcmp(gap, ",") != 0) return 0;
    const char *tc = strchr(prev->value, 'T');
    if (!tc) return 0;
    chr_timex merged = *t;
    merged.start = prev->start;
    merged.type = CHR_TX_TIME;
    if (!merged.mod[0]) chr_copy_str(merged.mod, sizeof merged.mod, prev->mod);
    join(merged.value, sizeof merged.value, t->value, 30, tc, 16, "");
    *t = merged;
    return 1;
}

/* Is the word after byte 'at' a verb of telling (word class report_verb:
 * "…의결했다고 13일 밝혔다")? The day before it is the report's. */
static int dates_the_report(const chr_timex_extractor *tx, const chr_doc *doc, size_t at)
{
    while (at < doc->len && doc->text[at] == ' ') at++;
    char word[16];
    for (size_t n = 9; n >= 6; n -= 3) {
        if (at + n > doc->len) continue;
        memcpy(word, doc->text + at, n);
        word[n] = '\0';
        if (chr_rules_word(tx->rules, "report_verb", word)) return 1;
    }
    return 0;
}

/* How many days before the story's a day told in the pluperfect must be
 * to be a flashback rather than the story told back from its news. */
#define FLASHBACK_DAYS 31

/* Does the clause before 'at' in its sentence (from 'from') hold a word
 * of class flashback_aux ("had") right before another word: a pluperfect,
 * "Kairostella had signed the launch contract on March 14, 2023"? */
static int flashback_before(const chr_timex_extractor *tx, const chr_doc *doc, size_t from, size_t at)
{
    char word[16];
    for (size_t i = from; i < at; i++) {
        if (i > from && isalpha((unsigned char)doc->text[i - 1])) continue;
        size_t end = i;
        while (end < at && isalpha((unsigned char)doc->text[end])) end++;
        if (end == i) continue;
        if (end - i < sizeof word && end < at && doc->text[end] == ' ' && end + 1 < at &&
            isalpha((unsigned char)doc->text[end + 1])) {
            memcpy(word, doc->text + i, end - i);
            word[end - i] = '\0';
            if (chr_rules_word(tx->rules, "flashback_aux", word)) return 1;
        }
        i = end;
    }
    return 0;
}

/* ---- extraction ---------------------------------------------------------------------------- */

/* A match kept for normalisation; its groups are in a separate vector so
 * that sorting moves small records. */
typedef struct {
    size_t start, end;   /* the expression (start may reach back to a lookbehind group) */
    size_t mstart, mend; /* the regex match */
    size_t rule;
    size_t match;        /* index into the matches vector */
} candidate;
typedef CHR_VEC(chr_match) match_vec;

static int candidate_order(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    size_t lx = x->end - x->start, ly = y->end - y->start;
    if (lx != ly) return lx > ly ? -1 : 1;
    return x->rule < y->rule ? -1 : x->rule > y->rule;
}

typedef CHR_VEC(candidate) candidate_vec;

/* Runs rule 'r' over text[from, limit) for matches that start at or
 * before 'last_start' and keeps those that lie in one body sentence; a
 * rule's matches do not overlap. Returns 0, or -1 on a match-limit error. */
static int scan_range(const chr_timex_extractor *tx, const chr_doc *doc, long si, size_t r, size_t from,
                      size_t last_start, size_t limit, candidate_vec *found, match_vec *matches, chr_error *err)
{
    const timex_rule *rule = &tx->list.items[r];
    size_t pos = from;
    chr_match m;
    int rc = 0;
    while (pos <= last_start && pos < limit &&
           (rc = chr_regex_find_limited(rule->re, doc->text, limit, pos, last_start, &m, err)) == 1) {
        pos = chr_regex_next_start(doc->text, limit, &m);
        if (m.end == m.start) continue;
        /* the subject ends with sentence 'si', which a match starts in
         * unless it starts before it */
        const chr_sentence *in = &doc->sentences.items[si];
        long s = m.start >= in->start && m.start < in->end ? si : chr_doc_sentence_at(doc, m.start);
        if (s < 0 || doc->sentences.items[s].zone != CHR_ZONE_BODY) continue;
        if (m.end > doc->sentences.items[s].end) continue;
        candidate c = {m.start, m.end, m.start, m.end, r, matches->len};
        /* a group captured in a lookbehind before the match ("mid-" in
         * "(?<=(?<part>mid)-)November") belongs to the expression: rules
         * start at their anchor word and look back for the rest */
        for (int g = 1; g < m.ngroups && g < CHR_REGEX_MAX_GROUPS; g++)
            if (m.group_start[g] != SIZE_MAX && m.group_start[g] < c.start &&
                m.group_start[g] >= doc->sentences.items[s].start)
                c.start = m.group_start[g];
        chr_vec_push(matches, m);
        chr_vec_push(found, c);
    }
    return rc < 0 ? -1 : 0;
}

/* Whether one of the words of need clause 'cl' of two bytes or more
 * starts at text[i] and ends by 'to'. */
static inline int need_word_at(const chr_timex_extractor *tx, const struct need_clause *cl, const char *text, size_t i,
                        size_t to)
{
    unsigned char c = (unsigned char)text[i];
    if (!(cl->first[c / 64] >> (c % 64) & 1)) return 0;
    unsigned h = need_pair(text + i);
    if (!(cl->pairs[h / 64] >> (h % 64) & 1)) return 0;
    for (int k = 0; k < cl->nwords; k++) {
        const char *w = tx->need_words[cl->word[k]];
        size_t n = tx->need_len[cl->word[k]];
        if (n > 1 && w[0] == text[i] && i + n <= to && memcmp(text + i, w, n) == 0) return 1;
    }
    return 0;
}

/* Whether every need: clause of the rule holds around the anchor at 'p':
 * one of its words ("#": any digit) lies wholly in its window, from where
 * a match may start ('back' bytes before 'p') or N bytes before (need<N)
 * to NEED_AHEAD or M bytes after (need>M). */
static int needs_met(const chr_timex_extractor *tx, const timex_rule *rule, const char *text, size_t len,
                     const chr_sentence *sent, size_t p, size_t back)
{
    for (int q = 0; q < rule->nneed; q++) {
        const struct need_clause *cl = &rule->need[q];
        size_t before = cl->before >= 0 ? (size_t)cl->before : back, ahead = (size_t)cl->ahead;
        size_t from = p > sent->start + before ? p - before : sent->start;
        size_t to = sent->end - p < ahead ? sent->end : p + ahead;
        int met = 0;
        size_t i = from;
        int simd_singles = cl->has_single <= (int)sizeof cl->singles ? cl->has_single : 0;
#ifdef __SSE2__
        /* 16 bytes at a time (the text may be read past the window, up to
         * its end; bytes from 'to' on are masked off) */
        if (cl->digit || simd_singles) {
            for (; i < to && i + 16 <= len && !met; i += 16) {
                __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
                __m128i hit = _mm_setzero_si128();
                if (cl->digit)
                    hit = _mm_and_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8('0')), v),
                                        _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8('9')), v));
                for (int f = 0; f < simd_singles; f++)
                    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)cl->singles[f])));
                unsigned mask = (unsigned)_mm_movemask_epi8(hit);
                if (to - i < 16) mask &= (1u << (to - i)) - 1;
                met = mask != 0;
            }
        }
#endif
        size_t rest = i; /* bytes before it were tested for digits and singles */
        if (cl->digit)
            for (i = rest; i < to && !met; i++) met = text[i] >= '0' && text[i] <= '9';
        if (cl->has_single)
            for (i = simd_singles ? rest : from; i < to && !met; i++)
                met = cl->single[(unsigned char)text[i] / 64] >> ((unsigned char)text[i] % 64) & 1;
        /* one pass over the window: most places start none of the words
         * (a test of their first byte, then of their first two, hashed,
         * says so) */
        i = from;
#ifdef __SSE2__
        /* 16 places at a time against the words' first two bytes (the
         * text may be read past the window, up to its end; places from
         * to - 1 on are masked off) */
        if (cl->npairs > 0 && !met) {
            for (; i + 1 < to && i + 17 <= len && !met; i += 16) {
                __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
                __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(text + i + 1));
                __m128i hit = _mm_setzero_si128();
                for (int f = 0; f < cl->npairs; f++)
                    hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)cl->pair_first[f])),
                                                          _mm_cmpeq_epi8(next, _mm_set1_epi8((char)cl->pair_second[f]))));
                unsigned mask = (unsigned)_mm_movemask_epi8(hit);
                if (to - 1 - i < 16) mask &= (1u << (to - 1 - i)) - 1;
                for (; mask && !met; mask &= mask - 1) met = need_word_at(tx, cl, text, i + (unsigned)__builtin_ctz(mask), to);
            }
        }
#endif
        for (; i + 1 < to && !met; i++) met = need_word_at(tx, cl, text, i, to);
        if (!met) return 0;
    }
    return 1;
}

/*
 * Normalises one expression: normalise_value, then the fiscal mark. A
 * date is fiscal when its rule's 'fiscal' group took part ("fiscal 1997",
 * "fiscal fourth-quarter"), when it was read from a fiscal narrative
 * reference ("the previous fiscal year", "the quarter", "a year earlier"
 * after "fiscal fourth-quarter"), or when it is a quarter without a year
 * in a document that has named a fiscal quarter ('fiscal_doc': a company
 * whose year is not the calendar's counts its quarters in it).
 */
static void normalise(const match_view *v, chr_timex *t, narrative_ref *ref, const chr_timex *prev,
                      long prev_index, int fiscal_doc)
{
    char buf[64];
    int fiscal = 0;
    normalise_value(v, t, ref, prev, prev_index, fiscal_doc, &fiscal);
    if (!t->value[0] || t->type != CHR_TX_DATE) return;
    if (group_text(v, G_FISCAL, buf, sizeof buf)) fiscal = 1;
    if (fiscal_doc && v->rule->kind == RECIPE_DATE && t->granularity == 'Q' && v->rule->group[G_QUARTER] >= 0 &&
        !group_text(v, G_YEAR, buf, sizeof buf) && !group_text(v, G_YY, buf, sizeof buf))
        fiscal = 1;
    if (fiscal) make_fiscal(t);
}

/* The state of normalising one document's expressions, in text order. */
typedef struct {
    narrative_ref ref[REF_LEVELS]; /* the last date the text established, per day, month, year, period */
    cue_cache cues;
    size_t first; /* the document's first timex */
    int fiscal_quarter; /* a fiscal quarter was named */
    /* the references before the last date that moved them, and that
     * date's sentence + 1 (0: none): a length since ("elapsed") after it
     * in its sentence makes it a look back ("파업에 돌입한 지 23일 만이다") */
    narrative_ref before_ref[REF_LEVELS];
    long before_sentence;
} doc_state;

/* Normalises one sentence's candidates: sorted, overlaps to the longest
 * (then the earlier rule), each joined to the one before where they form
 * one expression, appended to the corpus. */
static void take_candidates(const chr_timex_extractor *tx, chr_corpus *corpus, int doc_index, long si,
                            candidate_vec *found, const match_vec *matches, doc_state *st)
{
    const chr_doc *doc = corpus->docs.items[doc_index];
    if (found->len) qsort(found->items, found->len, sizeof *found->items, candidate_order);
    narrative_ref *ref = st->ref;
    size_t taken_end = 0;
    for (size_t i = 0; i < found->len; i++) {
        candidate *c = &found->items[i];
        if (c->start < taken_end) continue;
        taken_end = c->end;
        /* the candidates of sentence 'si' start in it (a lookbehind's
         * group too), unless sentences overlap */
        const chr_sentence *in = &doc->sentences.items[si];
        const chr_match *m = &matches->items[c->match];
        long ms = m->start >= in->start && m->start < in->end ? si : chr_doc_sentence_at(doc, m->start);
        match_view v = {tx, &tx->list.items[c->rule], doc, m, &st->cues, ms};
        chr_timex t = {0};
        t.doc = doc_index;
        t.start = c->start;
        t.end = c->end;
        t.sentence = c->start >= in->start && c->start < in->end ? si : chr_doc_sentence_at(doc, c->start);
        const chr_timex *prev =
            corpus->timexes.len > st->first ? &corpus->timexes.items[corpus->timexes.len - 1] : NULL;
        normalise(&v, &t, ref, prev, (long)corpus->timexes.len - 1, st->fiscal_quarter);
        if (!t.value[0]) continue;
        {
            size_t floor = prev && prev->end > doc->sentences.items[t.sentence].start ? prev->end
                                                                                         : doc->sentences.items[t.sentence].start;
            extend_premod(tx, doc, &t, floor);
        }
        int day_clock = prev && merge_day_clock(&v, prev, &t);
        if (day_clock) {
            /* the day is the story's: the reference below moves to it */
            corpus->timexes.items[corpus->timexes.len - 1] = t;
        } else if (prev && (merge_clock(&v, prev, &t) || merge_length(&v, prev, &t) || merge_offset(&v, prev, &t) ||
                            merge_set_clock(&v, prev, &t))) {
            /* "내일 저녁 7시", "Friday at 3 p.m.": the clock time joins its
             * day; "2년 1개월": the lengths join */
            corpus->timexes.items[corpus->timexes.len - 1] = t;
            continue;
        }
        /* a day of the month that names the day just told ("다음 주
         * 월요일인 24일": Monday is the 24th) is that day, whatever the
         * tense of the clause */
        if (!day_clock && prev && prev->doc == t.doc && prev->granularity == 'D' && t.granularity == 'D' &&
            prev->date.day == t.date.day && prev->date.year > 0 && t.start >= prev->end &&
            t.start - prev->end <= 4 && memcmp(doc->text + prev->end, "인", 3) == 0 && t.type == CHR_TX_DATE &&
            (prev->date.month != t.date.month || prev->date.year != t.date.year)) {
            chr_copy_str(t.value, sizeof t.value, prev->value);
            t.date = prev->date;
        }
        if (!day_clock) chr_vec_push(&corpus->timexes, t);
        /* (the day a length since counts from was a look back, not a step
         * of the story: "지난달 14일 … 파업에 돌입한 지 23일 만이다. … 이날
         * 오전" stays on the story's day) */
        if (v.rule->elapsed && st->before_sentence == t.sentence + 1 && ref[REF_DAY].has &&
            st->before_ref[REF_DAY].has) {
            ref[REF_BEFORE_LOOKBACK] = st->before_ref[REF_DAY];
            ref[REF_DAY].looked_back = 1;
            st->before_sentence = 0;
        }
        /* a date with a known year becomes the narrative reference, at the
         * levels its granularity supports (day, month, year) */
        /* ("the previous Friday" looks back: the story's day stays) */
        /* (a day before the story's told inside a quote is the speaker's
         * look back, not a step of the story: "재판부는 \"지난 4월 8일 열린
         * 이사회는 …\"며 … 결정문을 받은 이튿날" counts from the story's day;
         * a day ahead in a quote is one the story goes on to: "\"We'll be
         * back out there Saturday\" … a rally for that day") */
        /* (a quote opening its sentence is an answer or a statement that
         * tells the story itself: only a quote a sentence of narration
         * carries counts here) */
        /* a length of days after a day told in its sentence moves the
         * story on ("flagged the intrusion on Feb. 14, but customers were not
         * told until three days later. The commission opened an
         * investigation the following day": the 18th); the length itself
         * stays a DURATION, for the events it dates */
        if (t.type == CHR_TX_DURATION && t.shift > 0 && t.unit == 'D' && t.amount >= 1 && t.amount <= 31 &&
            t.amount == floor(t.amount) && doc->lang == CHR_LANG_EN && !day_clock && ref[REF_DAY].has &&
            ref[REF_DAY].date.day > 0 && ref[REF_DAY].granularity == 'D' && ref[REF_DAY].sentence == t.sentence &&
            ref[REF_DAY].end <= t.start) {
            chr_date moved = ref[REF_DAY].date;
            apply_offset(&moved, 'D', (int)t.amount);
            if (!doc->dct.present || chr_date_to_days(moved.year, moved.month, moved.day) <=
                                         chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day)) {
                ref[REF_DAY].date = moved;
                ref[REF_DAY].timex = (long)corpus->timexes.len - 1;
                ref[REF_DAY].end = t.end;
            }
        }
        int quoted = 0;
        if (t.sentence >= 0 && (size_t)t.sentence < doc->sentences.len && ref[REF_DAY].has && ref[REF_DAY].date.day > 0 &&
            t.date.day > 0 &&
            chr_date_to_days(t.date.year, t.date.month, t.date.day) <
                chr_date_to_days(ref[REF_DAY].date.year, ref[REF_DAY].date.month, ref[REF_DAY].date.day))
            quoted = in_carried_quote(doc, t.sentence, t.start);
        /* (a day before the story's told in the pluperfect is a flashback:
         * "after a rocket broke apart on Oct. 15 … Kairostella had signed
         * the contract on March 14, 2023. … the following day" is the 16th) */
        /* (only a month or more back, and in the clause of the date: "The
         * board had put him on leave Monday. The same day …" and "Hoek, who
         * had run the company since its launch, was shown the door on June
         * 12" go on with the story) */
        int flashback = 0;
        if (t.sentence >= 0 && (size_t)t.sentence < doc->sentences.len && ref[REF_DAY].has &&
            ref[REF_DAY].date.day > 0 && t.date.day > 0 && t.date.year > 0 &&
            chr_date_to_days(t.date.year, t.date.month, t.date.day) + FLASHBACK_DAYS <
                chr_date_to_days(ref[REF_DAY].date.year, ref[REF_DAY].date.month, ref[REF_DAY].date.day)) {
            size_t clause = doc->sentences.items[t.sentence].start;
            for (size_t b = clause; b < t.start; b++)
                if (doc->text[b] == ',' || doc->text[b] == ';') clause = b + 1;
            flashback = flashback_before(tx, doc, clause, t.start);
        }
        if (flashback && !day_clock) corpus->timexes.items[corpus->timexes.len - 1].flashback = 1;
        if ((t.type == CHR_TX_DATE || t.type == CHR_TX_TIME) && t.date.year > 0 && !t.shift &&
            v.rule->group[G_PRECEDING] < 0 && !quoted && !flashback) {
            int from = t.granularity == 'D' && t.date.day > 0 ? 0 : t.granularity == 'M' && t.date.month > 0 ? 1 : 2;
            narrative_ref now = {1, t.date, t.granularity, (long)corpus->timexes.len - 1, /* 't' is the last, pushed or merged */
                                 t.sentence, strncmp(t.value, "FY", 2) == 0, 0,
                                 opens_line(doc->text, t.start) &&
                                     (stands_alone(doc->text, doc->len, t.start, t.end) ||
                                      opens_titled_heading(doc->text, doc->len, t.start, t.end)),
                                 0, 0, 0, t.end, 0, 0, 0, 0};
            /* (a clock time on a heading's day goes on under that heading) */
            if (!now.heading && t.type == CHR_TX_TIME && ref[REF_DAY].has && ref[REF_DAY].heading &&
                t.date.year == ref[REF_DAY].date.year && t.date.month == ref[REF_DAY].date.month &&
                t.date.day == ref[REF_DAY].date.day)
                now.heading = 1;
            now.told_apart = now.heading || (t.narrative && t.anchor[0] == '#');
            now.eve_of_lead = !from && v.rule->kind != RECIPE_DATE && v.rule->kind != RECIPE_WEEKDAY && ref[REF_LEAD].has && ref[REF_LEAD].with_dct &&
                              ref[REF_LEAD].date.day > 0 && t.date.day > 0 &&
                              chr_date_to_days(t.date.year, t.date.month, t.date.day) ==
                                  chr_date_to_days(ref[REF_LEAD].date.year, ref[REF_LEAD].date.month,
                                                   ref[REF_LEAD].date.day) - 1;
            now.year_told = strcmp(t.anchor, "dct") != 0;
            char weekday_text[32];
            /* (a weekday counted in its month, "the first Monday of June",
             * tells no story week: it is how a date is named, not a day
             * the story walks on from) */
            now.weekday_named = (group_text(&v, G_WEEKDAY, weekday_text, sizeof weekday_text) &&
                                 !group_text(&v, G_ORDINAL, weekday_text, sizeof weekday_text)) ||
                                (!from && ref[REF_DAY].has && ref[REF_DAY].weekday_named &&
                                 t.date.year == ref[REF_DAY].date.year && t.date.month == ref[REF_DAY].date.month &&
                                 t.date.day == ref[REF_DAY].date.day);
            now.report = !from && dates_the_report(tx, doc, t.end);
            if (now.report && ref[REF_DAY].has) ref[REF_BEFORE_REPORT] = ref[REF_DAY];
            /* (not the clock this day joined: "4 a.m. on Saturday" tells one day) */
            now.not_alone = !from && ref[REF_DAY].has && ref[REF_DAY].sentence == t.sentence &&
                            ref[REF_DAY].granularity == 'D' && !(day_clock && ref[REF_DAY].timex == (long)corpus->timexes.len - 1);
            if (!from && now.heading && opens_line(doc->text, t.start) &&
                (stands_alone(doc->text, doc->len, t.start, t.end) ||
                 opens_titled_heading(doc->text, doc->len, t.start, t.end)))
                ref[REF_BEFORE_HEADING] = ref[REF_DAY];
            memcpy(st->before_ref, ref, sizeof st->before_ref);
            st->before_sentence = t.sentence + 1;
            for (int k = from; k < REF_PERIOD; k++) ref[k] = now;
            if (!from && v.doc->dct.present &&
                chr_date_to_days(t.date.year, t.date.month, t.date.day) <=
                    chr_date_to_days(v.doc->dct.year, v.doc->dct.month, v.doc->dct.day))
                ref[REF_PAST_DAY] = now;
            if (!from && !ref[REF_LEAD].has) ref[REF_LEAD] = now;
            if (!from && ref[REF_LEAD].sentence == t.sentence && v.doc->dct.present && t.date.year == v.doc->dct.year &&
                t.date.month == v.doc->dct.month && t.date.day == v.doc->dct.day)
                ref[REF_LEAD].with_dct = 1;
            if (t.granularity == 'Q' && t.date.month > 0) ref[REF_PERIOD] = now;
            if (now.fiscal && t.granularity == 'Q') st->fiscal_quarter = 1;
        }
    }
}

/* Whether bytes [from, to) hold nothing but spaces and marks (bullets,
 * "#", "▲", ":", dashes): no letter or digit. */
static int only_marks(const char *text, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {
            if (isalnum(c)) return 0;
        } else if (c >= 0xEA && c <= 0xED) {
            return 0; /* Hangul syllables (U+AC00..U+D7A3) and CJK before them */
        } else if (c >= 0xE4 && c <= 0xE9) {
            return 0; /* CJK ideographs */
        }
    }
    return 1;
}

static size_t line_start(const char *text, size_t pos)
{
    while (pos > 0 && text[pos - 1] != '\n') pos--;
    return pos;
}

static size_t line_end(const char *text, size_t len, size_t pos)
{
    while (pos < len && text[pos] != '\n') pos++;
    return pos;
}

/* A heading that is no date: a line of capitals ("WHAT COMES NEXT") or a
 * Markdown heading. */
static int is_plain_heading(const char *text, size_t from, size_t to)
{
    while (from < to && (text[from] == ' ' || text[from] == '\t')) from++;
    if (from < to && text[from] == '#') return 1;
    /* a short line opened by a block mark ("◆ 무엇이 문제였나", "■ Outlook")
     * that does not end like a sentence */
    static const char *const block_marks[] = {"\xE2\x97\x86", "\xE2\x97\x87", "\xE2\x96\xA0", "\xE2\x96\xA1",
                                              "\xE2\x96\xB6", "\xE2\x96\xB7", "\xE2\x97\x8F", "\xE2\x97\x8B"};
    size_t last = to;
    while (last > from && (text[last - 1] == ' ' || text[last - 1] == '\r')) last--;
    for (size_t k = 0; k < sizeof block_marks / sizeof *block_marks; k++)
        if (last - from >= 3 && last - from <= 3 + HEADING_TITLE_BYTES && memcmp(text + from, block_marks[k], 3) == 0 &&
            text[last - 1] != '.' && !(last - from >= 6 && memcmp(text + last - 3, "\xEB\x8B\xA4", 3) == 0))
            return 1;
    int upper = 0;
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 0x80 || islower(c)) return 0;
        if (isupper(c)) upper++;
    }
    return upper >= 3;
}

/* Sets section_end on the document's timexes from 'first' on that stand on
 * a line of their own or open it as a label ("March 2: talks open",
 * "**Monday.** The board met …"), when
 * there are two or more of them: a chronology's headings. A heading's
 * section runs to the next heading of either kind, a label's to the end of
 * its line. */
static void mark_section_headings(chr_corpus *corpus, const chr_doc *doc, size_t first)
{
    const char *text = doc->text;
    size_t len = doc->len, headings = 0;
    for (size_t k = first; k < corpus->timexes.len;) {
        chr_timex *t = &corpus->timexes.items[k];
        size_t ls = line_start(text, t->start), le = line_end(text, len, t->end);
        /* the timexes of this line ("지난주 월요일(26일)" is two) */
        size_t last = k;
        while (last + 1 < corpus->timexes.len && corpus->timexes.items[last + 1].start < le) last++;
        size_t next = last + 1;
        int dated = (t->type == CHR_TX_DATE || t->type == CHR_TX_TIME) && t->date.year != 0;
        /* (a length that moves the narrative on, "✔ 이틀 뒤", heads a section too) */
        if (!dated && !(t->type == CHR_TX_DURATION && t->shift)) {
            k = next;
            continue;
        }
        /* (a range's first day before it: "■ 24~25일(주말)") */
        size_t opens = t->start;
        if (opens > ls && (text[opens - 1] == '~' || text[opens - 1] == '-')) {
            size_t q = opens - 1;
            while (q > ls && isdigit((unsigned char)text[q - 1])) q--;
            if (q < opens - 1) opens = q;
        }
        int marks = only_marks(text, ls, opens);
        for (size_t q = k; marks && q < last; q++)
            marks = only_marks(text, corpus->timexes.items[q].end, corpus->timexes.items[q + 1].start);
        size_t tail = corpus->timexes.items[last].end, after = tail;
        while (after < le && (text[after] == ' ' || text[after] == '\t')) after++;
        /* (a run-in label in emphasis, the line's first timex alone:
         * "**Monday.** The board met in the afternoon …") */
        size_t run_in = t->end;
        while (run_in < le && (text[run_in] == '*' || text[run_in] == '_')) run_in++;
        int emphasized = run_in > t->end || (t->start > ls && (text[t->start - 1] == '*' || text[t->start - 1] == '_'));
        int run_in_label = 0;
        if (run_in < le && text[run_in] == '.' && emphasized && only_marks(text, ls, opens)) {
            run_in++;
            while (run_in < le && (text[run_in] == '*' || text[run_in] == '_')) run_in++;
            run_in_label = run_in < le && text[run_in] == ' ';
        }
        if (marks && (only_marks(text, tail, le) || opens_titled_heading(text, len, t->start, tail))) {
            t->section_end = le;
            headings++;
        } else if ((marks && after < le && text[after] == ':') || run_in_label) {
            t->section_end = SIZE_MAX; /* a label heads its own line only (below) */
            headings++;
        }
        k = next;
    }
    if (headings < 2) {
        for (size_t k = first; k < corpus->timexes.len; k++) corpus->timexes.items[k].section_end = 0;
        return;
    }
    /* a length heading counts from the heading before it, not from a day
     * told inside that section: "✔ 월요일(26일) … 다음 날 … ✔ 이틀 뒤" is the 28th */
    long last_day = -1;
    for (size_t k = first; k < corpus->timexes.len; k++) {
        chr_timex *t = &corpus->timexes.items[k];
        if (!t->section_end) continue;
        if (t->type == CHR_TX_DURATION && t->shift && last_day >= 0 && (t->unit == 'D' || t->unit == 'W') &&
            t->amount > 0 && !strchr(t->value, 'X')) {
            const chr_timex *base = &corpus->timexes.items[last_day];
            chr_date d = base->date;
            long days = (long)(t->amount + 0.5) * (t->unit == 'W' ? 7 : 1);
            add_days(&d, t->shift > 0 ? days : -days);
            t->type = CHR_TX_DATE;
            t->date = d;
            t->granularity = 'D';
            t->shift = 0;
            t->mod[0] = '\0';
            chr_timex_format_date(&d, 'D', t->value, sizeof t->value);
            snprintf(t->anchor, sizeof t->anchor, "#%ld", last_day % 100000000L);
        }
        if ((t->type == CHR_TX_DATE || t->type == CHR_TX_TIME) && t->granularity == 'D' && t->date.day) last_day = (long)k;
    }
    for (size_t k = first; k < corpus->timexes.len; k++) {
        chr_timex *t = &corpus->timexes.items[k];
        if (!t->section_end) continue;
        if (t->section_end == SIZE_MAX) {
            t->section_end = line_end(text, len, t->end);
            continue;
        }
        size_t next_heading = len;
        for (size_t q = k + 1; q < corpus->timexes.len; q++)
            if (corpus->timexes.items[q].section_end) {
                next_heading = line_start(text, corpus->timexes.items[q].start);
                break;
            }
        size_t pos = t->section_end;
        while (pos < next_heading) {
            size_t ls = pos + 1, le = line_end(text, len, ls);
            if (ls >= next_heading) break;
            if (is_plain_heading(text, ls, le)) {
                next_heading = ls;
                break;
            }
            pos = le;
        }
        t->section_end = next_heading;
    }
}

chr_status chr_timex_extract(const chr_timex_extractor *tx, chr_corpus *corpus, int doc_index, chr_error *err)
{
    const chr_doc *doc = corpus->docs.items[doc_index];
    /* Sentence by sentence (a match never crosses one): the anchors of the
     * sentence in text order, at each every rule that has it (so that an
     * anchored rule runs only around its anchors: every match contains
     * one, so it starts at most its rule's 'back' bytes before an anchor
     * and not after it, and PCRE2 tries only those starts (an offset
     * limit) while the match itself may run on to the sentence's end);
     * then the sentence's candidates are normalised and the scratch is
     * reused, so memory does not grow with the document */
    candidate_vec found = {0};
    match_vec matches = {0};
    doc_state st = {{{0}, {0}, {0}, {0}, {0}, {0}}, {-1, {0}}, corpus->timexes.len, 0, {{0}}, 0};
    int failed = 0;
    /* per rule: whether it runs on this document (1 anchored, 2 everywhere),
     * and the first start it has not tried (earlier ones were tried, or lie
     * in one of its matches) */
    unsigned char *active = chr_xcalloc(tx->list.len + 1, 1);
    size_t *tried_to = chr_xcalloc(tx->list.len + 1, sizeof *tried_to);
    /* the rules that want each start of the current anchor position, and
     * how far back (a position may carry several anchors of one rule) */
    size_t *want_back = chr_xcalloc(tx->list.len + 1, sizeof *want_back);
    size_t *wanted_at = chr_xcalloc(tx->list.len + 1, sizeof *wanted_at);
    CHR_VEC(size_t) wanting = {0};
    CHR_VEC(size_t) everywhere = {0}; /* the rules without anchors */
    for (size_t r = 0; r < tx->list.len; r++) {
        const timex_rule *rule = &tx->list.items[r];
        /* a Korean article runs the Korean rules, an English one the
         * English rules; mixed or unknown runs all */
        if (rule->rec->lang && (doc->lang == CHR_LANG_KO || doc->lang == CHR_LANG_EN) && rule->lang != (int)doc->lang)
            continue;
        active[r] = rule->ngate ? 1 : 2;
        if (!rule->ngate) chr_vec_push(&everywhere, r);
    }
    hit_vec hits = {0};
    for (size_t si = 0; si < doc->sentences.len && !failed; si++) {
        const chr_sentence *sent = &doc->sentences.items[si];
        if (sent->zone != CHR_ZONE_BODY) continue;
        found.len = matches.len = 0;
        for (size_t k = 0; k < everywhere.len && !failed; k++)
            failed = scan_range(tx, doc, (long)si, everywhere.items[k], sent->start, SIZE_MAX, sent->end, &found, &matches, err) < 0;
        hits.len = 0;
        sentence_anchors(tx, doc->text, sent->start, sent->end, &hits);
        /* "#X" hits are filed at their digits, after the hits between:
         * nearly sorted, so an insertion sort */
        for (size_t h = 1; h < hits.len; h++) {
            anchor_hit x = hits.items[h];
            size_t k = h;
            while (k > 0 && hits.items[k - 1].pos > x.pos) {
                hits.items[k] = hits.items[k - 1];
                k--;
            }
            hits.items[k] = x;
        }
        for (size_t h = 0; h < hits.len && !failed;) {
            size_t p = hits.items[h].pos, stamp = p + 1;
            wanting.len = 0;
            for (; h < hits.len && hits.items[h].pos == p; h++) {
                anchor_id id = hits.items[h].id;
                for (unsigned k = tx->anchor_rule_start[id]; k < tx->anchor_rule_start[id + 1]; k++) {
                    size_t r = tx->anchor_rules[k].rule;
                    if (active[r] != 1) continue;
                    if (wanted_at[r] != stamp) {
                        wanted_at[r] = stamp;
                        want_back[r] = 0;
                        chr_vec_push(&wanting, r);
                    }
                    if (tx->anchor_rules[k].back > want_back[r]) want_back[r] = tx->anchor_rules[k].back;
                }
            }
            for (size_t w = 0; w < wanting.len && !failed; w++) {
                size_t r = wanting.items[w];
                const timex_rule *rule = &tx->list.items[r];
                if (rule->nneed && !needs_met(tx, rule, doc->text, doc->len, sent, p, want_back[r])) continue;
                size_t from = p > sent->start + want_back[r] ? p - want_back[r] : sent->start;
                if (from < tried_to[r]) from = tried_to[r];
                if (from > p) continue;
                while (from < p && ((unsigned char)doc->text[from] & 0xC0) == 0x80) from++;
                size_t before = found.len;
                failed = scan_range(tx, doc, (long)si, r, from, p, sent->end, &found, &matches, err) < 0;
                /* a later anchor need not try these starts again: the
                 * subject (up to the sentence's end) is the same */
                size_t next = p + 1;
                while (next < sent->end && ((unsigned char)doc->text[next] & 0xC0) == 0x80) next++;
                if (found.len > before && found.items[found.len - 1].mend > next) next = found.items[found.len - 1].mend;
                if (next > tried_to[r]) tried_to[r] = next;
            }
        }
        if (!failed) take_candidates(tx, corpus, doc_index, (long)si, &found, &matches, &st);
    }
    free(active);
    free(tried_to);
    free(want_back);
    free(wanted_at);
    chr_vec_free(&wanting);
    chr_vec_free(&everywhere);
    chr_vec_free(&hits);
    chr_vec_free(&st.cues.hits);
    chr_vec_free(&found);
    chr_vec_free(&matches);
    if (!failed) mark_section_headings(corpus, doc, st.first);
    if (failed) {
        /* no half-read document: its expressions go with it */
        corpus->timexes.len = st.first;
        chr_copy_str(err->file, sizeof err->file, doc->path ? doc->path : "(stdin)");
        return CHR_ERR_LIMIT;
    }
    return CHR_OK;
}
