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

/* one bit per anchor token (128 at most); GCC and Clang have the type */
__extension__ typedef unsigned __int128 anchor_bits;
#define MAX_ANCHORS 128
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
    G_FOLLOWING, G_COUNT
};
static const char *const group_names[G_COUNT] = {
    "year", "yy", "month", "monthname", "day", "decade", "quarter", "half", "part", "pod",
    "hour", "minute", "ampm", "num", "unit", "halfnum", "daycount", "weekday", "dir", "mod",
    "week", "ordinal", "weekend", "second", "season", "rangeend", "mdir", "weekof", "century",
    "following",
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
    char fixed[48];       /* set:/fixed: value */
    anchor_bits gate;     /* anchor bits: run only near one of them; 0 = everywhere */
    unsigned char gate_bit[32]; /* the same as a list */
    int ngate;
    int group[G_COUNT];   /* group numbers, -1 when absent */
    char group_class[G_COUNT][32]; /* lexicon class for each group */
} timex_rule;

typedef struct {
    const char *word; /* borrowed from the rules */
    const char *lang;
    int tense;        /* -1 past, +1 future */
    const char *mod;  /* for a 'premod' word: its TIMEX3 mod */
} tense_cue;

struct chr_timex_extractor {
    const chr_rules *rules;
    CHR_VEC(timex_rule) list;
    CHR_VEC(tense_cue) cues;
    CHR_VEC(tense_cue) premods; /* class 'premod', longest first */
    /* anchors (the optional 6th field of a timex record): bit per token */
    char anchor_token[MAX_ANCHORS][32];
    int nanchors;
    anchor_bits hangul[11172];       /* syllable anywhere -> bits */
    anchor_bits hangul_digit[11172]; /* syllable right after a digit ("17일") -> bits */
    anchor_bits digit_bit;           /* any ASCII digit */
    struct { char word[16]; anchor_bits bits; } words[512]; /* ASCII words, lower case, open addressing */
    /* tense cues by their first two bytes (CUE_BUCKETS buckets; cues shorter
     * than two bytes in every bucket), so that one pass over a clause finds
     * them all instead of one memmem per cue */
    unsigned cue_bucket[CUE_BUCKETS + 1];
    unsigned short *cue_items;
};

struct cue_ctx {
    chr_timex_extractor *tx;
    int tense;
};

static void add_cue(const chr_rule_record *rec, void *ctx)
{
    struct cue_ctx *cc = ctx;
    tense_cue c = {rec->fields[2], rec->lang, cc->tense, NULL};
    if (cc->tense) chr_vec_push(&cc->tx->cues, c);
    else if (rec->nfields > 3) {
        c.mod = rec->fields[3];
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
    else if (strcmp(recipe, "before") == 0) r->kind = RECIPE_BEFORE;
    else if (strcmp(recipe, "ago") == 0) r->kind = RECIPE_AGO, r->offset = -1;
    else if (strcmp(recipe, "hence") == 0) r->kind = RECIPE_AGO, r->offset = 1;
    else if (strcmp(recipe, "set") == 0) r->kind = RECIPE_SET;
    else if (strcmp(recipe, "setdate") == 0) r->kind = RECIPE_SETDATE;
    else if (strncmp(recipe, "set:", 4) == 0 || strncmp(recipe, "fixed:", 6) == 0) {
        r->kind = recipe[0] == 's' ? RECIPE_SET : RECIPE_FIXED;
        const char *v = strchr(recipe, ':') + 1;
        if (!*v || strlen(v) >= sizeof r->fixed)
            return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1, "recipe '%s' needs a value", recipe);
        snprintf(r->fixed, sizeof r->fixed, "%s", v);
    } else if (strncmp(recipe, "dct:", 4) == 0 || strncmp(recipe, "ref:", 4) == 0 ||
               strncmp(recipe, "refonly:", 8) == 0) {
        r->kind = recipe[0] == 'd' ? RECIPE_DCT : RECIPE_REF;
        r->only_ref = recipe[3] == 'o';
        const char *p = strchr(recipe, ':') + 1;
        if (!strchr("DWMYQE", *p) || !*p || (p[1] != '+' && p[1] != '-'))
            return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                 "recipe '%s': expected dct:U+N, ref:U-N or refonly:U+N with U one of D W M Y Q E "
                                 "(decade)", recipe);
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
        if (underscore) snprintf(nc->rule->group_class[g], sizeof nc->rule->group_class[g], "%s", underscore + 1);
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

/* Adds 'bits' to the ASCII word 'w' (lower-cased, at most 15 letters). */
static int add_word(chr_timex_extractor *tx, const char *w, anchor_bits bits)
{
    char low[16];
    size_t n = 0;
    for (; w[n] && n < sizeof low - 1; n++) {
        if (!isalpha((unsigned char)w[n])) break;
        low[n] = (char)tolower((unsigned char)w[n]);
    }
    if (n == 0 || n >= sizeof low - 1) return 0;
    low[n] = '\0';
    size_t cap = sizeof tx->words / sizeof tx->words[0];
    for (size_t i = word_hash(low) % cap, k = 0; k < cap; i = (i + 1) % cap, k++) {
        if (!tx->words[i].word[0] || strcmp(tx->words[i].word, low) == 0) {
            snprintf(tx->words[i].word, sizeof tx->words[i].word, "%s", low);
            tx->words[i].bits |= bits;
            return 1;
        }
    }
    return 0;
}

static anchor_bits lookup_word(const chr_timex_extractor *tx, const char *low)
{
    size_t cap = sizeof tx->words / sizeof tx->words[0];
    for (size_t i = word_hash(low) % cap, k = 0; k < cap && tx->words[i].word[0]; i = (i + 1) % cap, k++)
        if (strcmp(tx->words[i].word, low) == 0) return tx->words[i].bits;
    return 0;
}

/* Registers the start of 'w' (its first Hangul syllable or its first ASCII
 * word) under 'bits'; 'after_digit' for the "#X" form. 0 when 'w' starts
 * with neither. */
static int add_anchor_text(chr_timex_extractor *tx, const char *w, anchor_bits bits, int after_digit)
{
    size_t used;
    uint32_t cp = chr_utf8_decode(w, strlen(w), &used);
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
        if (after_digit) tx->hangul_digit[cp - 0xAC00] |= bits;
        else tx->hangul[cp - 0xAC00] |= bits;
        return 1;
    }
    if (!after_digit && isalpha((unsigned char)w[0])) return add_word(tx, w, bits);
    return 0;
}

struct class_anchor {
    chr_timex_extractor *tx;
    anchor_bits bits;
    int ok;
};

static void add_class_word(const chr_rule_record *rec, void *ctx)
{
    struct class_anchor *ca = ctx;
    if (!add_anchor_text(ca->tx, rec->fields[2], ca->bits, 0)) ca->ok = 0;
}

/*
 * Reads a rule's anchors: space-separated tokens, any of which a sentence
 * must contain for the rule to run on it. A token is "#" (an ASCII digit),
 * "#X" (the Hangul syllable X right after a digit, white space allowed:
 * "17일"), a Hangul syllable or an ASCII word (case-insensitive), or
 * "{CLASS}" (the start of every word of a lexicon class). Sets r->gate, or
 * fails with an error naming the record.
 */
static chr_status parse_anchors(chr_timex_extractor *tx, timex_rule *r, const char *spec, chr_error *err)
{
    const chr_rule_record *rec = r->rec;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", spec);
    for (char *save = NULL, *tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
        int bit = -1;
        for (int i = 0; i < tx->nanchors; i++)
            if (strcmp(tx->anchor_token[i], tok) == 0) bit = i;
        if (bit < 0) {
            if (tx->nanchors == MAX_ANCHORS || strlen(tok) >= sizeof tx->anchor_token[0])
                return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                     "anchor '%s': at most %d anchors of up to 31 bytes", tok, MAX_ANCHORS);
            bit = tx->nanchors++;
            snprintf(tx->anchor_token[bit], sizeof tx->anchor_token[bit], "%s", tok);
            anchor_bits b = (anchor_bits)1 << bit;
            int ok;
            if (strcmp(tok, "#") == 0) {
                tx->digit_bit |= b;
                ok = 1;
            } else if (tok[0] == '#') {
                ok = add_anchor_text(tx, tok + 1, b, 1);
            } else if (tok[0] == '{' && tok[strlen(tok) - 1] == '}') {
                char cls[64];
                snprintf(cls, sizeof cls, "%.*s", (int)strlen(tok) - 2, tok + 1);
                struct class_anchor ca = {tx, b, chr_rules_has_class(tx->rules, cls)};
                chr_rules_each_word(tx->rules, cls, add_class_word, &ca);
                ok = ca.ok;
            } else {
                ok = add_anchor_text(tx, tok, b, 0);
            }
            if (!ok)
                return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                     "anchor '%s' is not #, #X, a Hangul syllable, an ASCII word or {CLASS} "
                                     "of such words", tok);
        }
        if (!(r->gate & ((anchor_bits)1 << bit))) {
            if (r->ngate == (int)sizeof r->gate_bit)
                return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1, "at most %d anchors per rule",
                                     (int)sizeof r->gate_bit);
            r->gate_bit[r->ngate++] = (unsigned char)bit;
        }
        r->gate |= (anchor_bits)1 << bit;
    }
    return CHR_OK;
}

/* Where an anchor occurs: the byte offset of its token (a digit run's
 * first digit for "#" and "#X") and the bits it sets. */
typedef struct {
    size_t pos;
    anchor_bits bits;
} anchor_hit;
typedef CHR_VEC(anchor_hit) hit_vec;

static void add_hit(hit_vec *hits, size_t pos, anchor_bits bits)
{
    if (!bits) return;
    if (hits->len && hits->items[hits->len - 1].pos == pos) {
        hits->items[hits->len - 1].bits |= bits;
        return;
    }
    anchor_hit h = {pos, bits};
    chr_vec_push(hits, h);
}

/* Appends the anchors of text[s, e) to 'hits' in text order (one pass over
 * the bytes) and returns their union. */
static anchor_bits sentence_bits(const chr_timex_extractor *tx, const char *text, size_t s, size_t e, hit_vec *hits)
{
    anchor_bits bits = 0;
    int after_digit = 0; /* the last non-space character was a digit */
    size_t digits_at = s;
    size_t i = s;
    while (i < e) {
        unsigned char c = (unsigned char)text[i];
        if (c >= '0' && c <= '9') {
            if (!after_digit || (i > s && text[i - 1] == ' ')) {
                digits_at = i;
                add_hit(hits, i, tx->digit_bit);
            }
            bits |= tx->digit_bit;
            after_digit = 1;
            i++;
        } else if (c < 0x80) {
            if (isalpha(c)) {
                char low[16];
                size_t n = 0, at = i;
                while (i < e && isalpha((unsigned char)text[i])) {
                    if (n < sizeof low - 1) low[n] = (char)tolower((unsigned char)text[i]);
                    n++;
                    i++;
                }
                if (n < sizeof low - 1) {
                    low[n] = '\0';
                    anchor_bits b = lookup_word(tx, low);
                    bits |= b;
                    add_hit(hits, at, b);
                }
                after_digit = 0;
            } else {
                if (c != ' ') after_digit = 0;
                i++;
            }
        } else if ((c & 0xF0) == 0xE0 && i + 2 < e) {
            uint32_t cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(text[i + 1] & 0x3F) << 6) |
                          (uint32_t)(text[i + 2] & 0x3F);
            if (cp >= 0xAC00 && cp <= 0xD7A3) {
                anchor_bits b = tx->hangul[cp - 0xAC00];
                bits |= b;
                add_hit(hits, i, b);
                if (after_digit) {
                    b = tx->hangul_digit[cp - 0xAC00];
                    bits |= b;
                    add_hit(hits, digits_at, b);
                }
            }
            after_digit = 0;
            i += 3;
        } else {
            after_digit = 0;
            i++;
            while (i < e && ((unsigned char)text[i] & 0xC0) == 0x80) i++;
        }
    }
    return bits;
}

/* The bucket of the two bytes at 'p' (tense cue lookup). */
static unsigned cue_hash(const char *p)
{
    return (((unsigned)(unsigned char)p[0] << 5) ^ (unsigned char)p[1]) % CUE_BUCKETS;
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
    }
}

chr_timex_extractor *chr_timex_new(const chr_rules *rules, chr_error *err)
{
    chr_timex_extractor *tx = chr_xcalloc(1, sizeof *tx);
    tx->rules = rules;
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
        timex_rule r = {.rec = rec};
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
            snprintf(r.group_class[g], sizeof r.group_class[g], "%s", group_names[g]);
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
        chr_vec_push(&tx->list, r);
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

void chr_timex_format_date(const chr_date *date, char gran, char *out, size_t out_size)
{
    char year[8];
    if (date->year > 0) snprintf(year, sizeof year, "%04d", date->year % 10000);
    else snprintf(year, sizeof year, "XXXX");
    switch (gran) {
    case 'C':
        if (date->year > 0) snprintf(out, out_size, "%03d", (date->year / 10) % 1000);
        else snprintf(out, out_size, "XXX");
        break;
    case 'Y': snprintf(out, out_size, "%s", year); break;
    case 'Q': snprintf(out, out_size, "%s-Q%d", year, date->month > 0 ? (date->month - 1) / 3 + 1 : 1); break;
    case 'H': snprintf(out, out_size, "%s-H%d", year, date->month > 6 ? 2 : 1); break;
    case 'M':
        if (date->month > 0) snprintf(out, out_size, "%s-%02d", year, date->month);
        else snprintf(out, out_size, "%s-XX", year);
        break;
    case 'W':
        if (date->year > 0 && date->month > 0 && date->day > 0) {
            int wy;
            int w = iso_week(date->year, date->month, date->day, &wy);
            snprintf(out, out_size, "%04d-W%02d", wy, w);
        } else {
            snprintf(out, out_size, "%s-WXX", year);
        }
        break;
    default: {
        char month[12], day[12];
        if (date->month > 0) snprintf(month, sizeof month, "%02d", date->month % 100);
        else snprintf(month, sizeof month, "XX");
        if (date->day > 0) snprintf(day, sizeof day, "%02d", date->day % 100);
        else snprintf(day, sizeof day, "XX");
        snprintf(out, out_size, "%s-%s-%s", year, month, day);
    }
    }
}

/* ---- reading groups ---------------------------------------------------------------- */

typedef struct {
    const chr_timex_extractor *tx;
    const timex_rule *rule;
    const chr_doc *doc;
    const chr_match *m;
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
        *out = strtod(digits, NULL);
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

static void format_duration(double amount, char unit, int unknown, char *out, size_t size)
{
    char num[32];
    if (unknown) snprintf(num, sizeof num, "X");
    else if (fabs(amount - floor(amount)) < 1e-9) snprintf(num, sizeof num, "%.0f", amount);
    else snprintf(num, sizeof num, "%g", amount);
    switch (unit) {
    case 'h': snprintf(out, size, "PT%sH", num); break;
    case 'm': snprintf(out, size, "PT%sM", num); break;
    case 's': snprintf(out, size, "PT%sS", num); break;
    default: snprintf(out, size, "P%s%c", num, unit ? unit : 'D');
    }
}

/* ---- the tense of the clause ------------------------------------------------------------ */

/* The tense of the clause around the match: -1 past, +1 future, 0 unknown,
 * from the words of the classes 'tensepast' and 'tensefuture' in the
 * document's language. The nearest cue wins; a cue on the side where the
 * language does not put the verb counts at three times its distance (a
 * Korean verb follows its date, an English one precedes it). */
static int clause_tense(const match_view *v)
{
    long s = chr_doc_sentence_at(v->doc, v->m->start);
    if (s < 0) return 0;
    const chr_timex_extractor *tx = v->tx;
    const chr_sentence *sent = &v->doc->sentences.items[s];
    const char *text = v->doc->text;
    const char *lang = chr_lang_name(v->doc->lang);
    int en = v->doc->lang == CHR_LANG_EN;
    size_t start = v->m->start, end = v->m->end;
    /* the clause around the expression: at most 240 bytes either side */
    size_t lo = start > sent->start + 240 ? start - 240 : sent->start;
    size_t hi = end + 240 < sent->end ? end + 240 : sent->end;
    size_t ncues = tx->cues.len < MAX_CUES ? tx->cues.len : MAX_CUES;
    /* one pass over each side: the first cue after the expression and the
     * last one before it, per cue (an occurrence lies wholly on its side) */
    size_t after[MAX_CUES], before[MAX_CUES];
    for (size_t i = 0; i < ncues; i++) after[i] = before[i] = SIZE_MAX;
    for (int side = 0; side < 2; side++) {
        size_t from = side ? end : lo, to = side ? hi : start;
        for (size_t i = from; i + 1 < to; i++) {
            unsigned h = cue_hash(text + i);
            for (unsigned k = tx->cue_bucket[h]; k < tx->cue_bucket[h + 1]; k++) {
                unsigned ci = tx->cue_items[k];
                const char *w = tx->cues.items[ci].word;
                size_t wl = strlen(w);
                if (i + wl > to || memcmp(text + i, w, wl) != 0) continue;
                if (side) {
                    if (after[ci] == SIZE_MAX) after[ci] = i;
                } else {
                    before[ci] = i;
                }
            }
        }
    }
    long best = -1;
    int tense = 0;
    for (size_t i = 0; i < ncues; i++) {
        const tense_cue *c = &tx->cues.items[i];
        if (c->lang && (v->doc->lang == CHR_LANG_KO || en) && strcmp(c->lang, lang) != 0) continue;
        size_t wl = strlen(c->word);
        if (!wl) continue;
        if (after[i] != SIZE_MAX) {
            long d = (en ? 3 : 1) * (long)(after[i] - end);
            /* English: a cue past a comma is in the next clause ("removed
             * Kim on May 31, will go back"): any cue before wins over it */
            if (en && memchr(text + end, ',', after[i] - end)) d += 1000;
            if (best < 0 || d < best) best = d, tense = c->tense;
        }
        if (before[i] != SIZE_MAX) {
            long d = (en ? 1 : 3) * (long)(start - (before[i] + wl));
            if (best < 0 || d < best) best = d, tense = c->tense;
        }
    }
    return tense;
}

/* ---- normalisation ---------------------------------------------------------------------- */

typedef struct {
    int has;          /* a narrative reference exists */
    chr_date date;
    char granularity;
    long timex;       /* its index in corpus->timexes */
} narrative_ref;

/* Reads the duration groups; returns 1 when a length was found. */
static int read_duration(const match_view *v, double *amount, char *unit, int *unknown)
{
    char buf[64];
    *unknown = 0;
    *unit = 0;
    if (group_number(v, G_DAYCOUNT, amount, unknown)) {
        *unit = 'D';
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
    if ((w = group_word(v, G_PART, buf, sizeof buf)) != NULL) snprintf(mod, 16, "%s", w);
    if ((w = group_word(v, G_MOD, buf, sizeof buf)) != NULL) snprintf(mod, 16, "%s", w);
    if ((w = group_word(v, G_POD, buf, sizeof buf)) != NULL) snprintf(pod, 4, "%s", w);
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
    if (second >= 0) snprintf(out, size, "T%02d:%02d:%02d", hour % 100, minute % 100, second % 100);
    else snprintf(out, size, "T%02d:%02d", hour % 100, minute % 100);
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
        snprintf(t->value, sizeof t->value, "%.30s%.16s", base, clock);
        t->type = CHR_TX_TIME;
    } else if (pod[0]) {
        if (gran != 'D') {
            chr_date dd = *d;
            chr_timex_format_date(&dd, 'D', base, sizeof base);
        }
        snprintf(t->value, sizeof t->value, "%sT%s", base, pod);
        t->type = CHR_TX_TIME;
    } else {
        snprintf(t->value, sizeof t->value, "%s", base);
    }
}

/* True when only a range connector (word class 'rangesep': "-", "~",
 * "부터", "to"...) separates the previous expression from this match. */
static int prev_connects(const match_view *v, const chr_timex *prev)
{
    if (prev->end > v->m->start || v->m->start - prev->end > 24) return 0;
    if (prev->sentence != chr_doc_sentence_at(v->doc, v->m->start) || prev->date.month <= 0) return 0;
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

static void normalise(const match_view *v, chr_timex *t, narrative_ref *ref, const chr_timex *prev,
                      long prev_index)
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
        snprintf(t->value, sizeof t->value, "%s", r->fixed);
        if (strcmp(r->fixed, "PRESENT_REF") == 0 && dct->present) snprintf(t->anchor, sizeof t->anchor, "dct");
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
            snprintf(t->value, sizeof t->value, "%s", r->fixed);
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
        if (r->kind == RECIPE_AFTER && !ref[0].has && !ref[2].has && dct->present && !unknown &&
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
        snprintf(t->anchor, sizeof t->anchor, "dct");
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
        else if (direction > 0) add_days(&d, (target - wd + 7) % 7 == 0 ? 7 : (target - wd + 7) % 7);
        else if (direction == 0) add_days(&d, target - wd);
        else if (dir && (wd - target + 7) % 7 == 0) add_days(&d, -7); /* "last Tuesday" said on a Tuesday */
        else add_days(&d, -((wd - target + 7) % 7));
        snprintf(t->anchor, sizeof t->anchor, "dct");
        finish_date_value(t, &d, 'D', pod, v);
        snprintf(t->mod, sizeof t->mod, "%s", mod);
        return;
    }
    case RECIPE_DCT:
    case RECIPE_REF: {
        /* a day offset needs a day to start from, a month offset a month:
         * ref[0] is the last day the text established, ref[1] the last
         * month (or day), ref[2] the last year */
        int level = r->unit == 'D' || r->unit == 'W' ? 0 : r->unit == 'M' || r->unit == 'Q' ? 1 : 2;
        ref += level;
        int use_ref = r->kind == RECIPE_REF && ref->has;
        if (r->only_ref && !use_ref) {
            /* "the same week" with no date before it: which week is unknown */
            static const char *const open_unit[] = {"XXXX-XX-XX", "XXXX-WXX", "XXXX-XX", "XXXX", "XXXX-QX", "XXX"};
            const char *units = "DWMYQE";
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
            snprintf(t->anchor, sizeof t->anchor, "dct");
        } else {
            d = (chr_date){0, 0, 0};
        }
        if (d.year > 0 || d.month > 0) apply_offset(&d, r->unit, n);
        gran = unit_gran;
        refine_with_groups(v, &d, &gran, pod, mod);
        if (gran == 'Y') d.month = 0, d.day = 0;
        if (gran == 'M') d.day = 0;
        finish_date_value(t, &d, gran, pod, v);
        snprintf(t->mod, sizeof t->mod, "%s", mod);
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
            if (dct->present) {
                d = (chr_date){dct->year, dct->month, dct->day};
                snprintf(t->anchor, sizeof t->anchor, "dct");
            }
            gran = 'D';
        }
        if (d.year == 0 && d.month == 0 && d.day > 0 && prev && prev_connects(v, prev)) {
            /* "11월 17~22일", "7월 13일부터 15일": the end takes the start's month */
            d.year = prev->date.year;
            d.month = prev->date.month;
            if (d.year > 0) snprintf(t->anchor, sizeof t->anchor, "#%d", (int)(prev_index % 1000000000));
        }
        if (d.year == 0 && dct->present && gran != 'C') {
            const char *dir = group_word(v, G_DIR, buf, sizeof buf);
            int direction = dir ? atoi(dir) : clause_tense(v);
            if (d.month == 0 && d.day > 0) {
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
                    snprintf(t->anchor, sizeof t->anchor, "dct");
                }
            } else if (d.month > 0 && (gran == 'Q' || gran == 'H')) {
                /* "3분기", "the third quarter": the article's year (a quarter is
                 * named in the year it belongs to, before and after it) */
                d.year = dct->year;
                snprintf(t->anchor, sizeof t->anchor, "dct");
            } else if (d.month > 0) {
                /* "11월 17일" without a year: the year that puts it nearest the DCT */
                chr_date best = d;
                long best_dist = -1;
                for (int k = -1; k <= 1; k++) {
                    chr_date c = d;
                    c.year = dct->year + k;
                    if (c.day > chr_days_in_month(c.year, c.month)) continue;
                    long dist = distance_days(&c, dct);
                    long signed_diff = chr_date_to_days(c.year, c.month, c.day > 0 ? c.day : 1) -
                                       chr_date_to_days(dct->year, dct->month, dct->day);
                    if (direction < 0 && signed_diff > 0) continue;
                    if (direction > 0 && signed_diff < 0) continue;
                    if (best_dist < 0 || dist < best_dist) best = c, best_dist = dist;
                }
                if (best_dist >= 0) {
                    d = best;
                    snprintf(t->anchor, sizeof t->anchor, "dct");
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
                snprintf(t->anchor, sizeof t->anchor, "dct");
            }
            if (d.year > 0) snprintf(t->value, sizeof t->value, "%04d-%.2s", d.year % 10000, season);
            else snprintf(t->value, sizeof t->value, "XXXX-%.2s", season);
            t->date = d;
            t->granularity = 'Y';
            snprintf(t->mod, sizeof t->mod, "%s", mod);
            return;
        }
        const char *ord = group_word(v, G_ORDINAL, buf, sizeof buf);
        if (ord && atoi(ord) < 0 && d.month > 0 && d.day == 0 && !group_text(v, G_WEEKOF, buf, sizeof buf)) {
            /* "10월 마지막 날", "말일": the month's last day */
            d.day = chr_days_in_month(d.year > 0 ? d.year : 2001, d.month);
            gran = 'D';
        }
        if (gran == 0) gran = 'D';
        finish_date_value(t, &d, gran, pod, v);
        snprintf(t->mod, sizeof t->mod, "%s", mod);
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
    snprintf(value, sizeof value, "%s", prev->value);
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
    snprintf(merged.value, sizeof merged.value, "%.30s%.16s", value, clock);
    *t = merged;
    return 1;
}

/*
 * A 'premod' word right before the expression ("mid-" November, "이르면"
 * 2024년 10월, "about" two years), separated by a space or a hyphen and not
 * reaching back past 'floor': the expression grows to include it and takes
 * its mod, unless the rule already set one.
 */
static void extend_premod(const chr_timex_extractor *tx, const chr_doc *doc, chr_timex *t, size_t floor)
{
    if (t->mod[0] || t->start < floor + 2) return;
    const char *text = doc->text;
    char sep = text[t->start - 1];
    if (sep != ' ' && sep != '-') return;
    for (size_t i = 0; i < tx->premods.len; i++) {
        const tense_cue *c = &tx->premods.items[i];
        if (c->lang && (doc->lang == CHR_LANG_KO || doc->lang == CHR_LANG_EN) &&
            strcmp(c->lang, chr_lang_name(doc->lang)) != 0)
            continue;
        size_t wl = strlen(c->word);
        if (t->start < floor + wl + 1) continue;
        size_t s = t->start - 1 - wl;
        if (memcmp(text + s, c->word, wl) != 0) continue;
        unsigned char before = s > floor ? (unsigned char)text[s - 1] : ' ';
        if (isalnum(before) || before >= 0x80) continue; /* part of a longer word */
        t->start = s;
        snprintf(t->mod, sizeof t->mod, "%s", c->mod);
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
        snprintf(merged.value, sizeof merged.value, "%s", out);
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
        if (strcmp(prev->mod, "MORE_THAN") == 0) snprintf(merged.mod, sizeof merged.mod, "%s", sign > 0 ? "AFTER" : "BEFORE");
        else if (strcmp(prev->mod, "LESS_THAN") == 0) snprintf(merged.mod, sizeof merged.mod, "%s", sign > 0 ? "BEFORE" : "AFTER");
    }
    chr_timex_format_date(&d, 'D', merged.value, sizeof merged.value);
    *t = merged;
    return 1;
}

/* 1 when the span of 't' is a bare clock time ("3pm", "9:30 a.m."). */
static int is_bare_clock(const chr_doc *doc, const chr_timex *t)
{
    if (t->type != CHR_TX_TIME || t->start >= t->end || !isdigit((unsigned char)doc->text[t->start])) return 0;
    for (size_t i = t->start; i < t->end; i++)
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
    snprintf(merged.value, sizeof merged.value, "%.30s%.16s", base, hm);
    *t = merged;
    return 1;
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

/* Runs rule 'r' over text[from, to) and keeps the matches that lie in one
 * body sentence. Returns 0, or -1 on a match-limit error. */
static int scan_range(const chr_timex_extractor *tx, const chr_doc *doc, size_t r, size_t from, size_t to,
                      candidate_vec *found, match_vec *matches, chr_error *err)
{
    const timex_rule *rule = &tx->list.items[r];
    size_t pos = from;
    chr_match m;
    int rc = 0;
    while (pos < to && (rc = chr_regex_find(rule->re, doc->text, to, pos, &m, err)) == 1) {
        pos = chr_regex_next_start(doc->text, to, &m);
        if (m.end == m.start) continue;
        long s = chr_doc_sentence_at(doc, m.start);
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
    return pos < to && rc < 0 ? -1 : 0;
}

chr_status chr_timex_extract(const chr_timex_extractor *tx, chr_corpus *corpus, int doc_index, chr_error *err)
{
    const chr_doc *doc = corpus->docs.items[doc_index];
    candidate_vec found = {0};
    match_vec matches = {0};
    /* where the anchors are (one pass over the text), so that an anchored
     * rule runs only in windows around its anchors: WINDOW_BACK bytes
     * before one (an expression starts at most that far before its
     * anchor) to WINDOW_AHEAD after it; a match that ends near the window's
     * end is looked for again up to the sentence's end, since a lookahead
     * or an optional tail may reach beyond the window */
    enum { WINDOW_BACK = 72, WINDOW_AHEAD = 160, WINDOW_MARGIN = 64 };
    hit_vec hits = {0};
    CHR_VEC(long) hit_sent = {0};
    for (size_t i = 0; tx->nanchors && i < doc->sentences.len; i++) {
        if (doc->sentences.items[i].zone != CHR_ZONE_BODY) continue;
        sentence_bits(tx, doc->text, doc->sentences.items[i].start, doc->sentences.items[i].end, &hits);
        while (hit_sent.len < hits.len) chr_vec_push(&hit_sent, (long)i);
    }
    /* the hits of each anchor bit, in text order (indices into 'hits'): a
     * counting sort over the set bits of every hit */
    size_t *bit_start = chr_xcalloc(MAX_ANCHORS + 1, sizeof *bit_start);
    for (size_t h = 0; h < hits.len; h++)
        for (int half = 0; half < 2; half++)
            for (uint64_t w = (uint64_t)(hits.items[h].bits >> (64 * half)); w; w &= w - 1)
                bit_start[64 * half + __builtin_ctzll(w) + 1]++;
    for (int bit = 0; bit < MAX_ANCHORS; bit++) bit_start[bit + 1] += bit_start[bit];
    size_t nlist = bit_start[MAX_ANCHORS];
    typedef struct {
        size_t pos;
        long sentence;
    } bit_hit;
    bit_hit *bit_list = chr_xcalloc(nlist + 1, sizeof *bit_list);
    size_t *fill = chr_xcalloc(MAX_ANCHORS, sizeof *fill);
    memcpy(fill, bit_start, MAX_ANCHORS * sizeof *fill);
    for (size_t h = 0; h < hits.len; h++)
        for (int half = 0; half < 2; half++)
            for (uint64_t w = (uint64_t)(hits.items[h].bits >> (64 * half)); w; w &= w - 1)
                bit_list[fill[64 * half + __builtin_ctzll(w)]++] = (bit_hit){hits.items[h].pos, hit_sent.items[h]};
    free(fill);
    int failed = 0;
    size_t *heads = chr_xcalloc(MAX_ANCHORS, sizeof *heads);
    for (size_t r = 0; r < tx->list.len && !failed; r++) {
        const timex_rule *rule = &tx->list.items[r];
        /* a Korean article runs the Korean rules, an English one the
         * English rules; mixed or unknown runs all */
        if (rule->rec->lang && (doc->lang == CHR_LANG_KO || doc->lang == CHR_LANG_EN) &&
            strcmp(rule->rec->lang, chr_lang_name(doc->lang)) != 0)
            continue;
        if (!rule->gate || !tx->nanchors) {
            failed = scan_range(tx, doc, r, doc->body_start, doc->len, &found, &matches, err) < 0;
            continue;
        }
        size_t done = 0;     /* searched up to here */
        size_t kept_end = 0; /* end of this rule's last match: a rule's matches do not overlap */
        size_t covered_to = 0;
        for (int k = 0; k < rule->ngate; k++) heads[rule->gate_bit[k]] = bit_start[rule->gate_bit[k]];
        while (!failed) {
            /* the next hit of any of the rule's bits (a merge of their lists) */
            size_t p = SIZE_MAX;
            long si = -1;
            for (int k = 0; k < rule->ngate; k++) {
                int bit = rule->gate_bit[k];
                if (heads[bit] < bit_start[bit + 1] && bit_list[heads[bit]].pos < p)
                    p = bit_list[heads[bit]].pos, si = bit_list[heads[bit]].sentence;
            }
            if (p == SIZE_MAX) break;
            for (int k = 0; k < rule->ngate; k++) {
                int bit = rule->gate_bit[k];
                while (heads[bit] < bit_start[bit + 1] && bit_list[heads[bit]].pos <= p + WINDOW_MARGIN &&
                       bit_list[heads[bit]].pos + WINDOW_MARGIN <= covered_to)
                    heads[bit]++;
                if (heads[bit] < bit_start[bit + 1] && bit_list[heads[bit]].pos == p) heads[bit]++;
            }
            const chr_sentence *sent = &doc->sentences.items[si];
            /* an anchor well inside the last window was searched with it */
            if (p + WINDOW_MARGIN <= covered_to) continue;
            size_t from = p > sent->start + WINDOW_BACK ? p - WINDOW_BACK : sent->start;
            while (from < p && ((unsigned char)doc->text[from] & 0xC0) == 0x80) from++;
            if (from < done) from = done;
            size_t to = p + WINDOW_AHEAD < sent->end ? p + WINDOW_AHEAD : sent->end;
            while (to < sent->end && ((unsigned char)doc->text[to] & 0xC0) == 0x80) to++;
            if (from >= to) continue;
            size_t before = found.len;
            failed = scan_range(tx, doc, r, from, to, &found, &matches, err) < 0;
            int near_end = 0;
            for (size_t k = before; k < found.len; k++)
                if (found.items[k].mend + WINDOW_MARGIN > to) near_end = 1;
            if (!failed && to < sent->end && near_end) {
                /* look again without the window's end */
                found.len = before;
                failed = scan_range(tx, doc, r, from, sent->end, &found, &matches, err) < 0;
                to = sent->end;
            }
            covered_to = to;
            /* the next window may start where an expression cut by this
             * one's end could begin */
            done = to > WINDOW_MARGIN && to - WINDOW_MARGIN > from ? to - WINDOW_MARGIN : from;
            if (to == sent->end) done = to;
            while (done < to && ((unsigned char)doc->text[done] & 0xC0) == 0x80) done++;
            /* the overlap may find a match again, or a part of one */
            size_t w = before;
            for (size_t k = before; k < found.len; k++) {
                if (found.items[k].mstart < kept_end) continue;
                kept_end = found.items[k].mend;
                found.items[w++] = found.items[k];
            }
            found.len = w;
        }
    }
    free(heads);
    free(bit_start);
    free(bit_list);
    chr_vec_free(&hits);
    chr_vec_free(&hit_sent);
    if (failed) {
        snprintf(err->file, sizeof err->file, "%s", doc->path ? doc->path : "(stdin)");
        chr_vec_free(&found);
        chr_vec_free(&matches);
        return CHR_ERR_LIMIT;
    }
    if (found.len) qsort(found.items, found.len, sizeof *found.items, candidate_order);
    narrative_ref ref[3] = {{0}, {0}, {0}};
    size_t taken_end = 0;
    size_t first = corpus->timexes.len; /* this document's first timex */
    for (size_t i = 0; i < found.len; i++) {
        candidate *c = &found.items[i];
        if (c->start < taken_end) continue;
        taken_end = c->end;
        match_view v = {tx, &tx->list.items[c->rule], doc, &matches.items[c->match]};
        chr_timex t = {0};
        t.doc = doc_index;
        t.start = c->start;
        t.end = c->end;
        t.sentence = chr_doc_sentence_at(doc, c->start);
        const chr_timex *prev = corpus->timexes.len > first ? &corpus->timexes.items[corpus->timexes.len - 1] : NULL;
        normalise(&v, &t, ref, prev, (long)corpus->timexes.len - 1);
        if (!t.value[0]) continue;
        if (t.type != CHR_TX_SET) {
            size_t floor = prev && prev->end > doc->sentences.items[t.sentence].start ? prev->end
                                                                                         : doc->sentences.items[t.sentence].start;
            extend_premod(tx, doc, &t, floor);
        }
        if (prev && (merge_clock(&v, prev, &t) || merge_length(&v, prev, &t) || merge_offset(&v, prev, &t) ||
                     merge_set_clock(&v, prev, &t))) {
            /* "내일 저녁 7시", "Friday at 3 p.m.": the clock time joins its
             * day; "2년 1개월": the lengths join */
            corpus->timexes.items[corpus->timexes.len - 1] = t;
            continue;
        }
        chr_vec_push(&corpus->timexes, t);
        /* a date with a known year becomes the narrative reference, at the
         * levels its granularity supports (day, month, year) */
        if ((t.type == CHR_TX_DATE || t.type == CHR_TX_TIME) && t.date.year > 0 && !t.shift) {
            int from = t.granularity == 'D' && t.date.day > 0 ? 0 : t.granularity == 'M' && t.date.month > 0 ? 1 : 2;
            for (int k = from; k < 3; k++) {
                ref[k].has = 1;
                ref[k].date = t.date;
                ref[k].granularity = t.granularity;
                ref[k].timex = (long)corpus->timexes.len - 1;
            }
        }
    }
    chr_vec_free(&found);
    chr_vec_free(&matches);
    return CHR_OK;
}
