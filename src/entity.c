/*
 * entity.c - the people and organisations extractor.
 *
 * Pipeline position: after the reader, beside the timex extractor, before
 * the resolver. Three passes over each document's body:
 *   1. cue patterns ('entity' records): titles, brackets with originals,
 *      suffixes, "said", ... give defining mentions with a type;
 *   2. the gazetteers give organisation mentions by form;
 *   3. every word of a defining person's name, and the whole name of a
 *      company found by a cue, standing alone ("알트만은", "Altman said",
 *      "스텔라웍스 이사회는"), gives a further mention.
 * Korean particles are stripped from every mention (never from a Korean
 * personal name right before its title); names are checked against the
 * rule files' stop words, places and clause endings; overlapping mentions
 * go to the longer one.
 */
#include "chr_entity.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef enum { CUE_PERSON, CUE_ORG, CUE_AUTO } cue_type;

/* A cue may carry this many gates; it runs where the windows of all meet. */
#define CUE_GATES_MAX 3

typedef struct {
    const chr_rule_record *rec;
    chr_regex *re;
    cue_type type;
    int foreign, recurs, korean;
    int gate;                      /* in the extractor's gates, or -1 */
    int more_gates[CUE_GATES_MAX - 1]; /* further gates, all of which hold */
    int nmore;
    int g_name, g_latin, g_title, g_org;
    /* take_match() rejects every match of it in a body sentence whose
     * name does not open with a loanword syllable run (loan_first()):
     * run_cue() tries it only where one does */
    int loan_first;
} entity_cue;

struct chr_entity_extractor {
    const chr_rules *rules;
    CHR_VEC(entity_cue) cues;
    chr_gates *gates; /* the cues' gates, found in one pass per document */
    int ungated;      /* tests: run every cue over every sentence */
    json_t *gazetteer; /* form -> [canonical, "p"|"o"] */
    chr_strvec forms;  /* gazetteer forms, longest first, for scanning */
    size_t *form_lens; /* their lengths */
    chr_entity_type *form_types;
    struct pattern_index *form_index; /* the forms indexed once, for every document */
    struct class_info *classes;       /* per word_class, what the lookups check first */
};

static void classes_build(chr_entity_extractor *ex);

/* The end of the group that opens at p[0] ('(' ... ')'), or 0 when it is
 * not closed; a class ([...]) may hold parentheses, an escape anything. */
static size_t group_close(const char *p)
{
    int level = 0;
    for (size_t k = 0; p[k]; k++) {
        if (p[k] == '\\') {
            if (!p[++k]) return 0;
        } else if (p[k] == '[') {
            k++;
            if (p[k] == '^') k++;
            if (p[k] == ']') k++; /* a leading ']' is a member */
            while (p[k] && p[k] != ']') k += p[k] == '\\' && p[k + 1] ? 2 : 1;
            if (!p[k]) return 0;
        } else if (p[k] == '(') {
            level++;
        } else if (p[k] == ')' && --level == 0) {
            return k + 1;
        }
    }
    return 0;
}

/* True when every match of 'pattern' (rule text) that sets its name group
 * sets it from the match's start: only lookarounds before the group, no
 * quantifier on it and no alternative at the top level. */
static int name_opens_match(const char *pattern)
{
    const char *p = pattern;
    while (p[0] == '(' && p[1] == '?' &&
           (p[2] == '=' || p[2] == '!' || (p[2] == '<' && (p[3] == '=' || p[3] == '!')))) {
        size_t n = group_close(p);
        if (!n) return 0;
        p += n;
    }
    if (strncmp(p, "(?<name>", 8) != 0) return 0;
    size_t n = group_close(p);
    if (!n || strchr("?*+{", p[n])) return 0;
    /* (a top-level '|' would let a match start elsewhere) */
    for (const char *q = pattern; *q;) {
        if (*q == '|') return 0;
        if (*q == '(' || *q == '[') {
            size_t k = *q == '(' ? group_close(q) : 0;
            if (*q == '[') {
                k = 1;
                if (q[k] == '^') k++;
                if (q[k] == ']') k++;
                while (q[k] && q[k] != ']') k += q[k] == '\\' && q[k + 1] ? 2 : 1;
                if (!q[k]) return 0;
                k++;
            }
            if (!k) return 0;
            q += k;
        } else {
            q += *q == '\\' && q[1] ? 2 : 1;
        }
    }
    return 1;
}

static struct pattern_index *pattern_index_new(const char *const *pats, const size_t *lens, size_t np);
static void pattern_index_free(struct pattern_index *ix);

static void gazetteer_add(chr_entity_extractor *ex, const char *form, const char *canonical, chr_entity_type type)
{
    if (!form[0] || json_object_get(ex->gazetteer, form)) return;
    json_object_set_new(ex->gazetteer, form, json_pack("[s,s]", canonical, type == CHR_ENT_PERSON ? "p" : "o"));
    chr_strvec_add_unique(&ex->forms, form);
}

static chr_status load_user_gazetteer(chr_entity_extractor *ex, const char *path, chr_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return chr_error_set(err, CHR_ERR_IO, path, 0, -1, "%s", strerror(errno));
    char line[4096];
    long line_no = 0;
    chr_status st = CHR_OK;
    while (fgets(line, sizeof line, fp)) {
        line_no++;
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
        if (n == 0 || line[0] == '#') continue;
        char *fields[16];
        int nf = 0;
        char *save = NULL;
        for (char *tok = strtok_r(line, "\t", &save); tok && nf < 16; tok = strtok_r(NULL, "\t", &save))
            fields[nf++] = tok;
        if (nf < 2) {
            st = chr_error_set(err, CHR_ERR_INPUT, path, line_no, -1,
                               "gazetteer: expected TYPE<TAB>CANONICAL[<TAB>FORM...]");
            break;
        }
        chr_entity_type type;
        if (strcmp(fields[0], "person") == 0) type = CHR_ENT_PERSON;
        else if (strcmp(fields[0], "organization") == 0 || strcmp(fields[0], "org") == 0) type = CHR_ENT_ORG;
        else {
            st = chr_error_set(err, CHR_ERR_INPUT, path, line_no, -1,
                               "gazetteer: type '%s' is not person or organization", fields[0]);
            break;
        }
        for (int f = 1; f < nf; f++) gazetteer_add(ex, fields[f], fields[1], type);
    }
    fclose(fp);
    return st;
}

static int longer_form_first(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx != ly) return lx > ly ? -1 : 1;
    return strcmp(x, y);
}

chr_entity_extractor *chr_entity_new(const chr_rules *rules, const char *gazetteer_path, chr_error *err)
{
    chr_entity_extractor *ex = chr_xcalloc(1, sizeof *ex);
    ex->rules = rules;
    ex->gazetteer = json_object();
    ex->gates = chr_gates_new();
    classes_build(ex);
    for (size_t i = 0; i < chr_rules_count(rules); i++) {
        const chr_rule_record *rec = chr_rules_at(rules, i);
        if (strcmp(rec->fields[0], "org") == 0) {
            for (int f = 1; f < rec->nfields; f++) gazetteer_add(ex, rec->fields[f], rec->fields[1], CHR_ENT_ORG);
            continue;
        }
        if (strcmp(rec->fields[0], "entity") != 0) continue;
        entity_cue cue = {.rec = rec, .gate = -1};
        if (strcmp(rec->fields[1], "person") == 0) cue.type = CUE_PERSON;
        else if (strcmp(rec->fields[1], "org") == 0) cue.type = CUE_ORG;
        else if (strcmp(rec->fields[1], "auto") == 0) cue.type = CUE_AUTO;
        else {
            chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                          "entity type '%s' is not person, org or auto", rec->fields[1]);
            chr_entity_free(ex);
            return NULL;
        }
        for (int f = 3; f < rec->nfields; f++) {
            if (strcmp(rec->fields[f], "foreign") == 0) cue.foreign = 1;
            else if (strcmp(rec->fields[f], "recurs") == 0) cue.recurs = 1;
            else if (strcmp(rec->fields[f], "korean") == 0) cue.korean = 1;
            else if (chr_gate_is_flag(rec->fields[f])) {
                if (cue.gate >= 0 && cue.nmore == CUE_GATES_MAX - 1) {
                    chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                  "an entity cue takes at most %d gates", CUE_GATES_MAX);
                    chr_entity_free(ex);
                    return NULL;
                }
                int g = chr_gates_add(ex->gates, rules, rec, rec->fields[f], err);
                if (g < 0) {
                    chr_entity_free(ex);
                    return NULL;
                }
                if (cue.gate < 0) cue.gate = g;
                else cue.more_gates[cue.nmore++] = g;
            } else {
                chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                              "unknown entity flag '%s' (foreign, recurs, korean, gate:...)", rec->fields[f]);
                chr_entity_free(ex);
                return NULL;
            }
        }
        cue.re = chr_regex_compile(rules, rec, rec->fields[2], err);
        if (!cue.re) {
            chr_entity_free(ex);
            return NULL;
        }
        cue.g_name = chr_regex_group_index(cue.re, "name");
        cue.g_latin = chr_regex_group_index(cue.re, "latin");
        cue.g_title = chr_regex_group_index(cue.re, "title");
        cue.g_org = chr_regex_group_index(cue.re, "org");
        /* (see take_match: a body match of such a cue needs a name whose
         * first word looks transliterated) */
        cue.loan_first = cue.foreign && cue.recurs && cue.g_latin < 0 && name_opens_match(rec->fields[2]);
        if (cue.g_name < 0) {
            chr_regex_free(cue.re);
            chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1, "an entity pattern needs a (?<name>...) group");
            chr_entity_free(ex);
            return NULL;
        }
        chr_vec_push(&ex->cues, cue);
    }
    if (gazetteer_path && load_user_gazetteer(ex, gazetteer_path, err) != CHR_OK) {
        chr_entity_free(ex);
        return NULL;
    }
    if (ex->forms.len) qsort(ex->forms.items, ex->forms.len, sizeof *ex->forms.items, longer_form_first);
    ex->form_lens = chr_xmalloc((ex->forms.len + 1) * sizeof *ex->form_lens);
    ex->form_types = chr_xmalloc((ex->forms.len + 1) * sizeof *ex->form_types);
    for (size_t f = 0; f < ex->forms.len; f++) {
        ex->form_lens[f] = strlen(ex->forms.items[f]);
        chr_entity_gazetteer_lookup(ex, ex->forms.items[f], &ex->form_types[f]);
    }
    ex->form_index = pattern_index_new((const char *const *)ex->forms.items, ex->form_lens, ex->forms.len);
    return ex;
}

void chr_entity_free(chr_entity_extractor *ex)
{
    if (!ex) return;
    for (size_t i = 0; i < ex->cues.len; i++) chr_regex_free(ex->cues.items[i].re);
    chr_vec_free(&ex->cues);
    chr_gates_free(ex->gates);
    json_decref(ex->gazetteer);
    chr_strvec_free(&ex->forms);
    free(ex->form_lens);
    free(ex->form_types);
    pattern_index_free(ex->form_index);
    free(ex->classes);
    free(ex);
}

void chr_entity_set_gates(chr_entity_extractor *ex, int on)
{
    ex->ungated = !on;
}

const char *chr_entity_gazetteer_lookup(const chr_entity_extractor *ex, const char *form, chr_entity_type *type)
{
    json_t *hit = json_object_get(ex->gazetteer, form);
    if (!hit) return NULL;
    if (type) *type = json_string_value(json_array_get(hit, 1))[0] == 'p' ? CHR_ENT_PERSON : CHR_ENT_ORG;
    return json_string_value(json_array_get(hit, 0));
}

/* ---- character classes ------------------------------------------------------------ */

static int is_letter_at(const char *s, size_t len, size_t i)
{
    if (i >= len) return 0;
    size_t used;
    uint32_t cp = chr_utf8_decode(s + i, len - i, &used);
    return chr_is_hangul_syllable(cp) || (cp < 0x80 && isalnum((int)cp)) || (cp >= 0xC0 && cp < 0x250);
}

/* True when the character ending just before 'i' is a letter or digit. */
static int letter_before(const char *s, size_t i)
{
    if (i == 0) return 0;
    size_t k = i - 1;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    size_t used;
    uint32_t cp = chr_utf8_decode(s + k, i - k, &used);
    return chr_is_hangul_syllable(cp) || (cp < 0x80 && isalnum((int)cp)) || (cp >= 0xC0 && cp < 0x250);
}

/* The end of the run of letters (is_letter_at) from 'i' in s[0..len). */
static size_t letter_run_end(const char *s, size_t len, size_t i)
{
    while (i < len && is_letter_at(s, len, i)) {
        size_t used;
        chr_utf8_decode(s + i, len - i, &used);
        i += used;
    }
    return i;
}

static int is_hangul_at(const char *s, size_t len, size_t i)
{
    size_t used;
    return i < len && chr_is_hangul_syllable(chr_utf8_decode(s + i, len - i, &used));
}

static int is_latin_byte(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* ---- validation --------------------------------------------------------------------- */

/* The word classes the extractor looks words up in, with what it knows of
 * each up front (class_info): a lookup is a hash of class and surface in
 * the rule set's table, and most words looked up are in no class, so the
 * last character of a word, checked against a bitmap, answers most of
 * them without hashing. */
typedef enum {
    WC_JOSA,
    WC_CLAUSE_ENDING,
    WC_VERB_ENDING,
    WC_ORG_SUFFIX,
    WC_ORG_SUFFIX_EN,
    WC_LOAN_SYLLABLE,
    WC_SURNAME,
    WC_NAME_FINAL,
    WC_NOTNAME,
    WC_BOARD,
    WC_NAME_PARTICLE,
    WC_PLACE_WORD_EN,
    WC_PERSON_BEFORE_EN,
    WC_PERSON_AFTER_EN,
    WC_PERSON_ASIDE_EN,
    WC_ENTITLE,
    WC_LEGAL_SUFFIX,
    WC_TITLE,
    WC_PERSON_TITLE,
    WC_SHORTNAME_SUFFIX,
    WC_ABBREVIATION,
    WC_LABOUR_BODY,
    WC_GENERIC_FORM,
    WC_COUNT
} word_class;

static const char *const word_class_names[WC_COUNT] = {
    [WC_JOSA] = "josa",
    [WC_CLAUSE_ENDING] = "clause_ending",
    [WC_VERB_ENDING] = "verb_ending",
    [WC_ORG_SUFFIX] = "org_suffix",
    [WC_SHORTNAME_SUFFIX] = "shortname_suffix",
    [WC_ABBREVIATION] = "common_abbreviation",
    [WC_ORG_SUFFIX_EN] = "org_suffix_en",
    [WC_LOAN_SYLLABLE] = "loan_syllable",
    [WC_SURNAME] = "surname",
    [WC_NAME_FINAL] = "name_final",
    [WC_NOTNAME] = "notname",
    [WC_BOARD] = "board",
    [WC_NAME_PARTICLE] = "name_particle",
    [WC_PLACE_WORD_EN] = "place_word_en",
    [WC_PERSON_BEFORE_EN] = "person_before_en",
    [WC_PERSON_AFTER_EN] = "person_after_en",
    [WC_PERSON_ASIDE_EN] = "person_aside_en",
    [WC_ENTITLE] = "entitle",
    [WC_LEGAL_SUFFIX] = "legal_suffix",
    [WC_TITLE] = "title",
    [WC_PERSON_TITLE] = "person_title",
    [WC_LABOUR_BODY] = "labour_body",
    [WC_GENERIC_FORM] = "generic_form",
};

/* Code points below this get a bit each in class_info.ends: Hangul
 * syllables end at U+D7A3. */
#define ENDS_CPS 0xD7A4u

typedef struct class_info {
    size_t longest; /* bytes of its longest surface */
    int ends_high;  /* some surface ends with a code point from ENDS_CPS on */
    int has_empty;  /* an empty surface */
    uint64_t ends[(ENDS_CPS + 63) / 64];      /* the code points its surfaces end with */
    uint64_t syllables[(11172 + 63) / 64]; /* the Hangul syllables that are a surface alone */
} class_info;

/* The last code point of s[0..n) (n > 0), decoded as the lookups' callers
 * and the rule set's surfaces are: from the last lead byte. */
static uint32_t last_char(const char *s, size_t n)
{
    size_t k = n - 1;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    size_t used;
    return chr_utf8_decode(s + k, n - k, &used);
}

static void class_info_add(const chr_rule_record *rec, void *ctx)
{
    class_info *ci = ctx;
    const char *surface = rec->fields[2];
    size_t len = strlen(surface);
    if (len == 0) {
        ci->has_empty = 1;
        return;
    }
    if (len > ci->longest) ci->longest = len;
    uint32_t cp = last_char(surface, len);
    if (cp >= ENDS_CPS) ci->ends_high = 1;
    else ci->ends[cp / 64] |= (uint64_t)1 << (cp % 64);
    size_t used;
    uint32_t first = chr_utf8_decode(surface, len, &used);
    if (used == len && chr_is_hangul_syllable(first))
        ci->syllables[(first - 0xAC00) / 64] |= (uint64_t)1 << ((first - 0xAC00) % 64);
}

static void classes_build(chr_entity_extractor *ex)
{
    ex->classes = chr_xcalloc(WC_COUNT, sizeof *ex->classes);
    for (int c = 0; c < WC_COUNT; c++) chr_rules_each_word(ex->rules, word_class_names[c], class_info_add, &ex->classes[c]);
}

/* False when no surface of 'ci' can end where s[0..n) does (n > 0): the
 * last characters differ. True does not mean one does. */
static int class_may_end(const class_info *ci, const char *s, size_t n)
{
    uint32_t cp = last_char(s, n);
    if (cp >= ENDS_CPS) return ci->ends_high;
    return (int)((ci->ends[cp / 64] >> (cp % 64)) & 1);
}

static int word_in_class(const chr_entity_extractor *ex, word_class c, const char *s, size_t len)
{
    const class_info *ci = &ex->classes[c];
    /* (words of 256 bytes or more were never looked up) */
    if (len == 0) return ci->has_empty;
    if (len >= 256 || len > ci->longest || !class_may_end(ci, s, len)) return 0;
    return chr_rules_find_word(ex->rules, word_class_names[c], s, len) != NULL;
}

/* True when the Hangul syllable 'cp' is on its own a surface of class 'c'. */
static int syllable_in_class(const chr_entity_extractor *ex, word_class c, uint32_t cp)
{
    uint32_t syl = cp - 0xAC00;
    return (int)((ex->classes[c].syllables[syl / 64] >> (syl % 64)) & 1);
}

/* chr_entity_strip_josa(), answering first from the last character: most
 * words end in one no particle ends in. */
static size_t strip_josa(const chr_entity_extractor *ex, const char *s, size_t len, int min_stem)
{
    if (len < 2 || !class_may_end(&ex->classes[WC_JOSA], s, len)) return len;
    return chr_entity_strip_josa(ex->rules, s, len, min_stem);
}

/* A word looks transliterated when one of its syllables is a loanword
 * syllable (츠, 트, 케, ...) of the rule files. */
static int looks_foreign(const chr_entity_extractor *ex, const char *s, size_t len)
{
    size_t i = 0;
    int syllables = 0, loan = 0;
    while (i < len) {
        size_t used;
        uint32_t cp = chr_utf8_decode(s + i, len - i, &used);
        if (!chr_is_hangul_syllable(cp)) return 0;
        syllables++;
        if (syllable_in_class(ex, WC_LOAN_SYLLABLE, cp)) loan = 1;
        i += used;
    }
    /* one syllable only when it is itself a loan syllable (샘, 팀, 존) */
    return syllables >= 1 && loan;
}

/* True when the word ends with a surface of class 'c' (a verb ending such
 * as "며", "는"), leaving at least one syllable. */
static int ends_with_class(const chr_entity_extractor *ex, word_class c, const char *s, size_t n)
{
    const class_info *ci = &ex->classes[c];
    if (n < 2 || !class_may_end(ci, s, n)) return 0;
    /* a surface is at most ci->longest bytes: shorter cuts cannot match */
    size_t cut = n > ci->longest ? n - ci->longest : 1;
    for (; cut < n; cut++) {
        if (((unsigned char)s[cut] & 0xC0) == 0x80) continue;
        if (word_in_class(ex, c, s + cut, n - cut)) return 1;
    }
    return 0;
}

/* The number of syllables of s[0..n) when it is one to five Hangul
 * syllables and nothing else, else 0. */
/* Does a Hangul name end in a polite verb ending cut before its "다"
 * ("…입니", "…습니", "…합니", "…됩니")? */
static int polite_verb_ending(const char *s, size_t len)
{
    static const char *const endings[] = {"\xEC\x9E\x85\xEB\x8B\x88", "\xEC\x8A\xB5\xEB\x8B\x88",
                                          "\xED\x95\xA9\xEB\x8B\x88", "\xEB\x90\xA9\xEB\x8B\x88"};
    if (len < 6) return 0;
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++)
        if (memcmp(s + len - 6, endings[i], 6) == 0) return 1;
    return 0;
}

static size_t short_hangul_word(const char *s, size_t n)
{
    if (n == 0 || n > 15) return 0;
    size_t syl = 0;
    for (size_t i = 0; i < n;) {
        size_t used;
        if (!chr_is_hangul_syllable(chr_utf8_decode(s + i, n - i, &used))) return 0;
        i += used;
        syl++;
    }
    return syl;
}

/* A bare Hangul word of one to five syllables: no particle, no verb or
 * clause ending, not a stop word. */
static int bare_word(const chr_entity_extractor *ex, const char *s, size_t n)
{
    if (!short_hangul_word(s, n)) return 0;
    return strip_josa(ex, s, n, 1) == n && !ends_with_class(ex, WC_CLAUSE_ENDING, s, n) &&
           !ends_with_class(ex, WC_VERB_ENDING, s, n) && !word_in_class(ex, WC_NOTNAME, s, n);
}

/* A Korean name with its surname: a surname syllable and two more
 * ("박성호"), which a transliterated name does not end with. */
static int korean_full_name(const chr_entity_extractor *ex, const char *s, size_t n)
{
    if (short_hangul_word(s, n) != 3) return 0;
    size_t used;
    chr_utf8_decode(s, n, &used);
    return word_in_class(ex, WC_SURNAME, s, used);
}

/* True when the word s[0..n) can be the given name before a transliterated
 * surname ("샘", "미라", "그렉", "사암"): a bare word (no particle), not a
 * verb or clause ending, not a stop word, of 1 to 5 syllables, a single
 * syllable only when it is itself a loanword syllable. */
static int plausible_first_word(const chr_entity_extractor *ex, const char *s, size_t n)
{
    size_t syl = short_hangul_word(s, n);
    if (!syl) return 0;
    if (syl == 1) return looks_foreign(ex, s, n);
    if (strip_josa(ex, s, n, 1) != n) return 0;
    if (ends_with_class(ex, WC_CLAUSE_ENDING, s, n)) return 0;
    if (ends_with_class(ex, WC_VERB_ENDING, s, n)) {
        /* "미라": a few verb endings are also common name endings */
        size_t k0 = n - 1;
        while (k0 > 0 && ((unsigned char)s[k0] & 0xC0) == 0x80) k0--;
        if (!word_in_class(ex, WC_NAME_FINAL, s + k0, n - k0)) return 0;
    }
    if (word_in_class(ex, WC_NOTNAME, s, n)) return 0;
    if (looks_foreign(ex, s, n)) return 1;
    /* a Korean-looking word is a given name only when it ends in an open
     * syllable ("미라"): adnominals and most nouns end in a consonant
     * ("둘러싼", "결국") */
    size_t k = n - 1;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    size_t used;
    uint32_t cp = chr_utf8_decode(s + k, n - k, &used);
    return (cp - 0xAC00) % 28 == 0;
}

/* For a two-word name next to a title whose surname t[last..e) looks
 * transliterated: true when the word t[s..first_end) is its given name.
 * A transliterated word is; a Korean-looking one ("미라") only when it is
 * plausible, of at most two syllables, not a Korean name with its surname
 * ("류모", "변희재"), before a surname of three syllables or more, and not
 * after a title with a topic particle ("총리는 반대 승리가"). */
static int given_name_before(const chr_entity_extractor *ex, const char *t, size_t s, size_t first_end, size_t last,
                             size_t e, const char *title)
{
    size_t n = first_end - s;
    if (!plausible_first_word(ex, t + s, n)) return 0;
    if (looks_foreign(ex, t + s, n)) return 1;
    if (chr_utf8_count(t + s, n) > 2 || chr_utf8_count(t + last, e - last) < 3) return 0;
    if (title && title < t + s) {
        /* the particle right before the name */
        size_t k = s;
        while (k > 0 && t[k - 1] == ' ') k--;
        if (k >= 3 && (memcmp(t + k - 3, "\xEC\x9D\x80", 3) == 0 || memcmp(t + k - 3, "\xEB\x8A\x94", 3) == 0))
            return 0;
    }
    size_t used;
    chr_utf8_decode(t + s, n, &used);
    if (word_in_class(ex, WC_SURNAME, t + s, used)) return 0;
    return 1;
}

/* ---- word starts of a document ------------------------------------------------------- */

/* Per-document scratch of the cue pass: the memo of word counts and an
 * index of the positions where a word starts (a letter not after a
 * letter), keyed by a hash of their first two characters, so that looking
 * a word up costs its occurrences, not a scan of the whole document (a
 * long article has thousands of distinct names). */
typedef struct {
    uint32_t key, at;
} word_start;

/* One memoised answer about a word: its standalone_count() (kind 0) or
 * its latin_word_alone_elsewhere() sentences (kind 1). The word's bytes
 * are at 'key' in the memo's 'keys'. */
typedef struct {
    uint64_t hash; /* 0: an empty slot */
    size_t key, n;
    int kind;
    long a, b;
} word_memo_slot;

/* The memo: open addressing, at most half full. (A jansson object did
 * this before, a tenth of the cue pass's own work in small articles.) */
typedef struct {
    word_memo_slot *slots;
    size_t cap, len;
    chr_buf keys;
} word_memo;

typedef struct {
    word_memo cache;
    uint32_t *starts; /* word starts grouped by bucket, in text order within one */
    uint32_t *bucket; /* bucket b holds starts[bucket[b] .. bucket[b + 1]) */
    uint32_t mask;    /* number of buckets - 1 */
    int built;
    int lookups;      /* words looked up before the index was built */
} doc_words;

static uint64_t memo_hash(const char *w, size_t n, int kind)
{
    uint64_t h = UINT64_C(1469598103934665603) ^ (uint64_t)kind;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)w[i]) * UINT64_C(1099511628211);
    return h ? h : 1;
}

/* The slot of (kind, w[0..n)) in 'm': its answer, or the empty slot where
 * it goes ('m' has room: memo_put() keeps it half empty). */
static word_memo_slot *memo_slot(word_memo *m, uint64_t h, const char *w, size_t n, int kind)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        word_memo_slot *sl = &m->slots[i];
        if (!sl->hash || (sl->hash == h && sl->kind == kind && sl->n == n && memcmp(m->keys.data + sl->key, w, n) == 0))
            return sl;
    }
}

/* The memoised answer for (kind, w[0..n)), or NULL. */
static const word_memo_slot *memo_get(word_memo *m, const char *w, size_t n, int kind)
{
    if (!m->cap) return NULL;
    word_memo_slot *sl = memo_slot(m, memo_hash(w, n, kind), w, n, kind);
    return sl->hash ? sl : NULL;
}

static void memo_put(word_memo *m, const char *w, size_t n, int kind, long a, long b)
{
    if (2 * (m->len + 1) > m->cap) {
        word_memo old = *m;
        m->cap = old.cap ? old.cap * 2 : 64;
        m->slots = chr_xcalloc(m->cap, sizeof *m->slots);
        for (size_t i = 0; i < old.cap; i++)
            if (old.slots[i].hash) {
                const word_memo_slot *o = &old.slots[i];
                *memo_slot(m, o->hash, m->keys.data + o->key, o->n, o->kind) = *o;
            }
        free(old.slots);
    }
    uint64_t h = memo_hash(w, n, kind);
    word_memo_slot *sl = memo_slot(m, h, w, n, kind);
    if (!sl->hash) m->len++;
    size_t key = m->keys.len;
    chr_buf_append(&m->keys, w, n);
    *sl = (word_memo_slot){h, key, n, kind, a, b};
}

static void memo_free(word_memo *m)
{
    free(m->slots);
    chr_buf_free(&m->keys);
}

/* Lookups by memmem before a document's index of word starts is built. */
#define DOC_WORDS_LAZY 4

/* Hash of the first two characters of s[0..len); *ok = 0 when it has fewer. */
/* Bytes of the UTF-8 character starting with 'c' with 'avail' bytes left,
 * as chr_utf8_decode() counts them (1 for a stray or cut-off byte). */
static size_t utf8_used(unsigned char c, size_t avail)
{
    size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return n > avail ? 1 : n;
}

static uint32_t two_char_key(const char *s, size_t len, int *ok)
{
    if (len == 0) {
        *ok = 0;
        return 0;
    }
    size_t used = utf8_used((unsigned char)s[0], len);
    if (used >= len) {
        *ok = 0;
        return 0;
    }
    size_t k = used + utf8_used((unsigned char)s[used], len - used); /* at most 8 bytes */
    uint64_t x = 0;
    for (size_t i = k; i-- > 0;) x = (x << 8) | (unsigned char)s[i];
    *ok = 1;
    /* any hash will do: a bucket is checked word by word */
    x *= UINT64_C(0x9E3779B97F4A7C15);
    return (uint32_t)(x >> 32);
}

/* Bytes of the character at s[0..len) as chr_utf8_decode() counts them, and
 * whether it is a letter or digit in the sense of is_letter_at(): a Hangul
 * syllable, an ASCII letter or digit, U+00C0..U+024F. Decided from the
 * bytes without decoding; inlined for the index below, which looks at
 * every character of a document. */
static size_t char_letter(const unsigned char *s, size_t len, int *letter)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *letter = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        return 1;
    }
    if (c >= 0xE0 && c < 0xF0) {
        if (len < 3) {
            *letter = 0; /* cut off: U+FFFD */
            return 1;
        }
        /* U+AC00..U+D7A3: EA B0..BF, EB, EC, ED 80..9E (9E up to A3) */
        unsigned char b1 = s[1];
        *letter = c == 0xEB || c == 0xEC || (c == 0xEA && b1 >= 0xB0) ||
                  (c == 0xED && (b1 < 0x9E || (b1 == 0x9E && s[2] <= 0xA3)));
        return 3;
    }
    if (c >= 0xC0 && c < 0xE0) {
        if (len < 2) {
            *letter = 0;
            return 1;
        }
        /* U+00C0..U+024F: C3..C8, C9 80..8F */
        *letter = (c >= 0xC3 && c <= 0xC8) || (c == 0xC9 && s[1] < 0x90);
        return 2;
    }
    if (c >= 0xF0 && len >= 4) {
        *letter = 0;
        return 4;
    }
    *letter = 0; /* a stray byte: U+FFFD */
    return 1;
}

/* The end of the run of letters and digits (char_letter) starting at i:
 * the first character from i that is none, or len. */
static size_t letters_end(const char *t, size_t i, size_t len)
{
    while (i < len) {
        unsigned char c = (unsigned char)t[i];
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (c < 0x80 && len - i >= 8) {
            /* eight ASCII bytes at once: with bit 5 set, a letter is
             * 0x61..0x7A and a digit 0x30..0x39 (bytes under 0x80 add
             * without a carry into the next byte) */
            const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones * 0x80;
            uint64_t w;
            memcpy(&w, t + i, 8);
            if (!(w & highs)) {
                uint64_t v = w | ones * 0x20;
                uint64_t letter = (v + ones * (0x80 - 0x61)) & ~(v + ones * (0x7F - 0x7A));
                uint64_t digit = (w + ones * (0x80 - 0x30)) & ~(w + ones * (0x7F - 0x39));
                uint64_t other = ~(letter | digit) & highs;
                if (!other) {
                    i += 8;
                    continue;
                }
                return i + (size_t)__builtin_ctzll(other) / 8;
            }
        }
#endif
        if (c < 0x80) {
            if ((unsigned)(c - '0') < 10u || (unsigned)((c | 0x20) - 'a') < 26u) {
                i++;
                continue;
            }
            return i;
        }
        if (c >= 0xEA && c <= 0xED && len - i >= 3) {
            /* a Hangul syllable, the common case, as char_letter() tells
             * it (U+AC00..U+D7A3), without the call */
            unsigned char b1 = (unsigned char)t[i + 1];
            if (!(c == 0xEB || c == 0xEC || (c == 0xEA && b1 >= 0xB0) ||
                  (c == 0xED && (b1 < 0x9E || (b1 == 0x9E && (unsigned char)t[i + 2] <= 0xA3)))))
                return i;
            i += 3;
            continue;
        }
        int letter;
        size_t used = char_letter((const unsigned char *)t + i, len - i, &letter);
        if (!letter) return i;
        i += used;
    }
    return len;
}

static void doc_words_build(doc_words *dw, const chr_doc *doc)
{
    dw->built = 1;
    const char *t = doc->text;
    size_t len = doc->len;
    if (len >= UINT32_MAX) return; /* never indexed: callers scan */
    CHR_VEC(word_start) v = {0};
    int prev_letter = letter_before(t, doc->body_start);
    for (size_t i = doc->body_start; i < len;) {
        int letter;
        if (prev_letter) {
            /* the rest of a word starts none: skip its letters at once */
            i = letters_end(t, i, len);
            if (i >= len) break;
            i += char_letter((const unsigned char *)t + i, len - i, &letter); /* not a letter */
            prev_letter = 0;
            continue;
        }
        size_t used = char_letter((const unsigned char *)t + i, len - i, &letter);
        if (letter && !prev_letter) {
            int ok;
            uint32_t key = two_char_key(t + i, len - i, &ok);
            if (ok) {
                word_start w = {key, (uint32_t)i};
                chr_vec_push(&v, w);
            }
        }
        prev_letter = letter;
        i += used;
    }
    /* a counting sort by bucket keeps each bucket in text order */
    size_t nb = 1;
    while (nb < v.len) nb <<= 1;
    dw->mask = (uint32_t)(nb - 1);
    dw->bucket = chr_xcalloc(nb + 1, sizeof *dw->bucket);
    dw->starts = chr_xmalloc((v.len + 1) * sizeof *dw->starts);
    for (size_t i = 0; i < v.len; i++) dw->bucket[(v.items[i].key & dw->mask) + 1]++;
    for (size_t b = 0; b < nb; b++) dw->bucket[b + 1] += dw->bucket[b];
    uint32_t *fill = chr_xmalloc(nb * sizeof *fill);
    memcpy(fill, dw->bucket, nb * sizeof *fill);
    for (size_t i = 0; i < v.len; i++) dw->starts[fill[v.items[i].key & dw->mask]++] = v.items[i].at;
    free(fill);
    chr_vec_free(&v);
}

/* The word starts that may begin with w[0..n) (same bucket of their first
 * two characters), in text order: sets *first and returns how many;
 * returns -1 when 'w' cannot be looked up that way (the caller scans). */
static long doc_words_find(doc_words *dw, const chr_doc *doc, const char *w, size_t n, size_t *first)
{
    if (!is_letter_at(w, n, 0)) return -1;
    int ok;
    uint32_t key = two_char_key(w, n, &ok);
    if (!ok) return -1;
    if (!dw->built) doc_words_build(dw, doc);
    if (!dw->bucket) return -1;
    size_t b = key & dw->mask;
    *first = dw->bucket[b];
    return (long)(dw->bucket[b + 1] - dw->bucket[b]);
}

/* The occurrences of w[0..n) that start a word, in text order: through
 * the document's index of word starts when w can be looked up there, else
 * by memmem from the body's start. */
typedef struct {
    const chr_doc *doc;
    const doc_words *dw;
    const char *w;
    size_t n;
    long ncand;   /* index candidates, or -1: memmem */
    size_t first; /* the first candidate's place in dw->starts */
    long c;       /* candidates taken */
    size_t pos;   /* memmem: where the next search starts */
} word_occurrences;

static void word_occurrences_begin(word_occurrences *it, const chr_doc *doc, doc_words *dw, const char *w, size_t n)
{
    it->doc = doc;
    it->dw = dw;
    it->w = w;
    it->n = n;
    it->first = 0;
    /* the index costs a pass over the document: the first few lookups
     * search it instead, most documents needing no more */
    it->ncand = dw->built || ++dw->lookups > DOC_WORDS_LAZY ? doc_words_find(dw, doc, w, n, &it->first) : -1;
    it->c = 0;
    it->pos = doc->body_start;
}

/* The next occurrence's offset, or SIZE_MAX when there is none. */
static size_t word_occurrences_next(word_occurrences *it)
{
    const char *t = it->doc->text;
    size_t len = it->doc->len, n = it->n;
    if (it->ncand >= 0) {
        while (it->c < it->ncand) {
            /* a word start: letter_before is false there */
            size_t at = it->dw->starts[it->first + (size_t)it->c++];
            if (n <= len - at && memcmp(t + at, it->w, n) == 0) return at;
        }
        return SIZE_MAX;
    }
    while (it->pos < len) {
        const char *found = chr_memmem(t + it->pos, len - it->pos, it->w, n);
        if (!found) break;
        size_t at = (size_t)(found - t);
        it->pos = at + 1;
        if (!letter_before(t, at)) return at;
    }
    it->pos = len;
    return SIZE_MAX;
}

/* Number of sentences in which word s[0..n) occurs on its own in the body
 * (followed by a particle, space or punctuation): a name recurs across
 * sentences, a common noun repeated inside one sentence does not count
 * twice. Counts are cached per word in 'dw' and found through its index of
 * word starts, so a long document is not scanned once per distinct word. */
static int standalone_count(const chr_entity_extractor *ex, const chr_doc *doc, const char *w, size_t n, doc_words *dw)
{
    if (n >= 256) return 0;
    /* (the key ends at a NUL byte, as the C string of the jansson memo did) */
    size_t kn = strnlen(w, n);
    const word_memo_slot *hit = memo_get(&dw->cache, w, kn, 0);
    if (hit) return (int)hit->a;
    int count = 0;
    long last_sentence = -2;
    const char *t = doc->text;
    word_occurrences it;
    word_occurrences_begin(&it, doc, dw, w, n);
    for (size_t at; (at = word_occurrences_next(&it)) != SIZE_MAX;) {
        size_t end = at + n;
        /* the rest of the word must be a particle */
        size_t we = letter_run_end(t, doc->len, end);
        if (we > end) {
            size_t stem = strip_josa(ex, t + at, we - at, 1);
            if (stem != n) continue;
        }
        long sent = chr_doc_sentence_at(doc, at);
        if (sent == last_sentence) continue;
        last_sentence = sent;
        count++;
    }
    memo_put(&dw->cache, w, kn, 0, count, 0);
    return count;
}

/* True when the Latin word w[0..n) stands alone, not right after another
 * capitalised word, in a sentence other than 'skip', and is used there as
 * a person: after a word of class person_before_en ("named Murati"),
 * before one of person_after_en ("Murati said") or with a possessive
 * ("Altman's"). "Silicon Valley" or "Union Square ... Square deals" do
 * not qualify. */
static long latin_word_alone_first(const chr_entity_extractor *ex, const chr_doc *doc, const char *w, size_t n, long skip,
                                   doc_words *dw)
{
    const char *t = doc->text;
    word_occurrences it;
    word_occurrences_begin(&it, doc, dw, w, n);
    for (size_t at; (at = word_occurrences_next(&it)) != SIZE_MAX;) {
        if ((at > 0 && (t[at - 1] == '-' || t[at - 1] == '\'')) ||
            is_letter_at(t, doc->len, at + n))
            continue;
        long sent = chr_doc_sentence_at(doc, at);
        if (sent == skip || sent < 0 || doc->sentences.items[sent].zone != CHR_ZONE_BODY) continue;
        size_t k = at;
        while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) k--;
        if (k < at && k > 0 && letter_before(t, k)) {
            size_t ws = k;
            while (ws > 0 && letter_before(t, ws)) ws--;
            /* "named Murati", "fired Altman", "Mr Ashdown" */
            if (word_in_class(ex, WC_PERSON_BEFORE_EN, t + ws, k - ws)) return sent;
            if (t[ws] >= 'A' && t[ws] <= 'Z') continue; /* "Mira Murati" again */
        }
        /* and used as a person: "Altman's return", "Murati said", "Murati would",
         * "Valkhof, who holds" */
        size_t a = at + n;
        if (a < doc->len && (t[a] == '\'' || (doc->len - a >= 3 && memcmp(t + a, "\xE2\x80\x99", 3) == 0))) return sent;
        if (doc->len - a >= 6 && memcmp(t + a, ", who ", 6) == 0) return sent;
        /* (an aside set off by commas that only a person takes, class
         * person_aside_en: "Ostrander, for his part, calls …") */
        if (doc->len - a >= 2 && t[a] == ',' && t[a + 1] == ' ') {
            const char *aside = t + a + 2, *close = memchr(aside, ',', doc->len - a - 2 < 32 ? doc->len - a - 2 : 32);
            if (close && word_in_class(ex, WC_PERSON_ASIDE_EN, aside, (size_t)(close - aside))) return sent;
        }
        while (a < doc->len && t[a] == ' ') a++;
        size_t ae = a;
        while (ae < doc->len && is_latin_byte(t[ae])) ae++;
        if (ae > a && word_in_class(ex, WC_PERSON_AFTER_EN, t + a, ae - a)) return sent;
    }
    return -1;
}

/* Whether the word is used alone as a person in a sentence other than
 * 'skip' (latin_word_alone_first). Memoised in 'dw' as the first two
 * such sentences, so a document is scanned once per word, not once per
 * mention (which was quadratic in a long document). */
static int latin_word_alone_elsewhere(const chr_entity_extractor *ex, const chr_doc *doc, const char *w, size_t n, long skip,
                                      doc_words *dw)
{
    if (n > 256) return latin_word_alone_first(ex, doc, w, n, skip, dw) >= 0;
    size_t kn = strnlen(w, n); /* (as the jansson memo's key, "%.*s") */
    const word_memo_slot *hit = memo_get(&dw->cache, w, kn, 1);
    long s1, s2;
    if (hit) {
        s1 = hit->a;
        s2 = hit->b;
    } else {
        s1 = latin_word_alone_first(ex, doc, w, n, -1, dw);
        s2 = s1 >= 0 ? latin_word_alone_first(ex, doc, w, n, s1, dw) : -1;
        memo_put(&dw->cache, w, kn, 1, s1, s2);
    }
    return (s1 >= 0 && s1 != skip) || (s2 >= 0 && s2 != skip);
}

/* Does the word occur in lower case in the document ("can", "because":
 * a common word that a sentence start capitalised, no given name)? */
static int lowercase_word_in(const chr_doc *doc, const char *w, size_t n)
{
    char low[64];
    if (n == 0 || n >= sizeof low) return 0;
    for (size_t i = 0; i < n; i++) low[i] = (char)tolower((unsigned char)w[i]);
    if (low[0] == w[0]) return 0;
    for (const char *at = doc->text, *end = doc->text + doc->len; at < end;) {
        const char *hit = chr_memmem(at, (size_t)(end - at), low, n);
        if (!hit) return 0;
        if ((hit == doc->text || !isalpha((unsigned char)hit[-1])) &&
            (hit + n == end || !isalpha((unsigned char)hit[n])))
            return 1;
        at = hit + 1;
    }
    return 0;
}

/* Is the word somewhere the first of a longer capitalised name ("Penhallow
 * Home Goods"): a company's word, whatever "Penhallow said" suggests? */
static int word_opens_longer_name(const chr_doc *doc, const char *w, size_t n)
{
    for (const char *at = doc->text, *end = doc->text + doc->len; at < end;) {
        const char *hit = chr_memmem(at, (size_t)(end - at), w, n);
        if (!hit) return 0;
        const char *after = hit + n;
        if ((hit == doc->text || !isalpha((unsigned char)hit[-1])) && after + 1 < end && after[0] == ' ' &&
            isupper((unsigned char)after[1]))
            return 1;
        at = hit + 1;
    }
    return 0;
}

/* Whether the word is used alone as a person in two sentences other
 * than 'skip' (of the first two such sentences, neither is 'skip'). */
static int latin_word_alone_twice(const chr_entity_extractor *ex, const chr_doc *doc, const char *w, size_t n, long skip,
                                  doc_words *dw)
{
    if (!latin_word_alone_elsewhere(ex, doc, w, n, skip, dw) || n > 256) return 0;
    const word_memo_slot *hit = memo_get(&dw->cache, w, strnlen(w, n), 1);
    return hit && hit->a >= 0 && hit->b >= 0 && hit->a != skip && hit->b != skip;
}

/* True when s[0..n) is a title word or phrase ("Co-founder", "Chief
 * Executive"), whatever the case of its first letter. */
static int is_entitle(const chr_entity_extractor *ex, const char *s, size_t n)
{
    char buf[128];
    if (n == 0 || n >= sizeof buf) return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    n = strlen(buf); /* (the lookups took the word as a C string) */
    if (word_in_class(ex, WC_ENTITLE, buf, n)) return 1;
    buf[0] = (char)tolower((unsigned char)buf[0]);
    return word_in_class(ex, WC_ENTITLE, buf, n);
}

/* ---- collecting mentions ------------------------------------------------------------- */

typedef struct {
    size_t start, end;
    chr_entity_type type;
    char *latin;
    char *title;
    int defining; /* from a cue or the gazetteer, not from a word of another name */
    int hint;     /* found in the headline: never a mention itself, but its
                     words are found again in the body ("사암 알트먼" in the
                     headline makes the body's bare "알트먼" a person) */
} found_mention;

typedef CHR_VEC(found_mention) mention_vec;

static void add_found(mention_vec *v, size_t start, size_t end, chr_entity_type type, const char *latin,
                      size_t latin_len, const char *title, size_t title_len, int defining)
{
    found_mention f = {start, end, type, latin ? chr_xstrndup(latin, latin_len) : NULL,
                       title ? chr_xstrndup(title, title_len) : NULL, defining, 0};
    chr_vec_push(v, f);
}

/* Trims white space and strips a particle from the last word of [*s, *e). */
static void trim_name(const chr_entity_extractor *ex, const char *t, size_t *s, size_t *e, int min_stem)
{
    while (*s < *e && (t[*s] == ' ' || t[*s] == '\t')) (*s)++;
    while (*e > *s && (t[*e - 1] == ' ' || t[*e - 1] == '\t')) (*e)--;
    size_t word = *e;
    while (word > *s && t[word - 1] != ' ') word--;
    if (is_hangul_at(t, *e, word) || is_latin_byte(t[word])) {
        size_t stem = strip_josa(ex, t + word, *e - word, min_stem);
        *e = word + stem;
    }
    /* possessive 's and a trailing comma or period are not part of a name */
    if (*e >= *s + 2 && t[*e - 2] == '\'' && t[*e - 1] == 's') *e -= 2;
    if (*e >= *s + 4 && memcmp(t + *e - 4, "\xE2\x80\x99s", 4) == 0) *e -= 4;
    /* "Inc." and "Corp." keep their dot */
    size_t lw = *e;
    while (lw > *s && t[lw - 1] != ' ') lw--;
    if (t[*e - 1] == '.' && (word_in_class(ex, WC_ORG_SUFFIX, t + lw, *e - lw) ||
                             word_in_class(ex, WC_ORG_SUFFIX_EN, t + lw, *e - lw) ||
                             word_in_class(ex, WC_LEGAL_SUFFIX, t + lw, *e - lw)))
        return;
    while (*e > *s && (t[*e - 1] == ',' || t[*e - 1] == '.') && !(*e >= *s + 2 && t[*e - 3] == ' ')) (*e)--;
}

static int count_words_in(const char *s, size_t n)
{
    int words = 0, in = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ') in = 0;
        else if (!in) in = 1, words++;
    }
    return words;
}

/* For "샘 알트만(Sam Altman)": keep the last k words before the bracket,
 * k chosen by how well their romanisation matches the original. */
static void choose_bracket_words(const char *t, size_t *s, size_t e, const char *latin, size_t latin_len)
{
    char lat[256], lkey[256];
    size_t ln = latin_len < sizeof lat - 1 ? latin_len : sizeof lat - 1;
    int all_caps = 1;
    for (size_t i = 0; i < ln; i++)
        if (latin[i] >= 'a' && latin[i] <= 'z') all_caps = 0;
    if (all_caps) {
        /* an acronym glosses one word, the last: no keys to compare */
        size_t w = e;
        while (w > *s && t[w - 1] == ' ') w--;
        while (w > *s && t[w - 1] != ' ') w--;
        *s = w; /* (e when there is no word) */
        return;
    }
    memcpy(lat, latin, ln);
    lat[ln] = '\0';
    chr_phonetic_key(lat, lkey, sizeof lkey);
    int latin_words = count_words_in(lat, ln);
    size_t best = e, cand = e;
    int best_score = -1000;
    for (int k = 1; k <= 3; k++) {
        /* move cand to the start of the k-th word from the end */
        size_t w = cand;
        while (w > *s && t[w - 1] == ' ') w--;
        while (w > *s && t[w - 1] != ' ') w--;
        if (w == cand) break;
        cand = w;
        char rom[512], key[256];
        chr_romanize(t + cand, e - cand, rom, sizeof rom);
        chr_phonetic_key(rom, key, sizeof key);
        /* score: shared prefix of the keys, minus the length difference */
        int shared = 0;
        while (key[shared] && key[shared] == lkey[shared]) shared++;
        int diff = (int)strlen(key) - (int)strlen(lkey);
        int score = shared * 2 - (diff < 0 ? -diff : diff);
        if (k == latin_words) score += 1;
        if (score > best_score) best_score = score, best = cand;
    }
    *s = best;
}

/* Is the last word of s[0, n) in word class 'wc' ("Lanternfall Studios":
 * an English organisation suffix)? */
static int last_word_in_class(const chr_entity_extractor *ex, int wc, const char *s, size_t n)
{
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ') w--;
    return w > 0 && w < n && word_in_class(ex, wc, s + w, n - w);
}

static int has_org_suffix(const chr_entity_extractor *ex, const char *s, size_t n)
{
    /* the last word, or the end of a Hangul compound, is an organisation
     * suffix (a suffix alone, "AI", "전자", names no organisation) */
    if (last_word_in_class(ex, WC_ORG_SUFFIX, s, n)) return 1;
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ') w--;
    for (size_t cut = w + 1; cut < n; cut++) {
        if (((unsigned char)s[cut] & 0xC0) == 0x80) continue;
        if (word_in_class(ex, WC_ORG_SUFFIX, s + cut, n - cut)) return 1;
    }
    return 0;
}

/* Does the Hangul word 'form' open, somewhere in the document, a name
 * given with its original in Latin capitals ("페라모스 내비게이션(Peramos
 * Navigation)", "페라모스(Peramos)")? Then the word names an organisation
 * even where nothing around it says so ("엘레니 마크리두 페라모스 최고경영자"). */
static int opens_bracketed_original(const chr_doc *doc, const char *form, size_t n)
{
    const char *t = doc->text;
    for (size_t at = 0; n > 0 && at + n < doc->len;) {
        const char *hit = chr_memmem(t + at, doc->len - at, form, n);
        if (!hit) return 0;
        size_t hs = (size_t)(hit - t), p = hs + n;
        at = p;
        if (hs > 0 && (unsigned char)t[hs - 1] >= 0x80) continue;
        /* at most one more Hangul word before the bracket */
        if (p < doc->len && t[p] == ' ') {
            size_t q = p + 1;
            while (q < doc->len && (unsigned char)t[q] >= 0x80) q++;
            if (q > p + 1 && q < doc->len && t[q] == '(') p = q;
        }
        if (p + 1 < doc->len && t[p] == '(' && t[p + 1] >= 'A' && t[p + 1] <= 'Z') return 1;
    }
    return 0;
}

/* Decides on match 'm' of 'cue': appends the mention it gives to 'out'
 * and returns 1, or returns 0 when the match is rejected. */
static int take_match(const chr_entity_extractor *ex, const entity_cue *cue, const chr_doc *doc, const chr_match *m,
                      mention_vec *out, doc_words *word_counts)
{
    const char *t = doc->text;
    long sent = chr_doc_sentence_at(doc, m->start);
    if (sent < 0) return 0;
    chr_zone zone = doc->sentences.items[sent].zone;
    if (zone != CHR_ZONE_BODY && zone != CHR_ZONE_HEADLINE) return 0;
    if (m->end > doc->sentences.items[sent].end) return 0;
    if (m->group_start[cue->g_name] == SIZE_MAX) return 0;
    size_t s = m->group_start[cue->g_name], e = m->group_end[cue->g_name];
    const char *latin = NULL;
    size_t latin_len = 0;
    if (cue->g_latin >= 0 && m->group_start[cue->g_latin] != SIZE_MAX) {
        latin = t + m->group_start[cue->g_latin];
        latin_len = m->group_end[cue->g_latin] - m->group_start[cue->g_latin];
        /* (a common word's abbreviation names no one: "투자은행(IB)",
         * "사모펀드(PEF)") */
        if (word_in_class(ex, WC_ABBREVIATION, latin, latin_len)) return 0;
        choose_bracket_words(t, &s, e, latin, latin_len);
    } else if (cue->foreign && cue->recurs && zone == CHR_ZONE_BODY) {
        /* an unprompted name in the body needs a transliterated first word
         * (checked below, after the name is trimmed, which leaves its
         * first word as it is): most matches fail here, so fail them
         * before any other work */
        size_t fs = s, fe;
        while (fs < e && (t[fs] == ' ' || t[fs] == '\t')) fs++;
        for (fe = fs; fe < e && t[fe] != ' ';) fe++;
        if (!looks_foreign(ex, t + fs, fe - fs)) return 0;
    }
    /* a name right before its bracketed original, or a Korean personal
     * name right before its title ("김수로 씨", "배두나 씨"), carries no
     * particle: its last syllable is part of the name */
    /* nor does a name followed by a company and a title ("애덤
     * 디앤젤로 쿼라 CEO") */
    int org_between = cue->g_org >= 0 && m->group_start[cue->g_org] != SIZE_MAX;
    size_t e_before = e;
    /* (nor a name right before its original in brackets: "모리타
     * 가즈에(森田和恵)") */
    int bracketed = e < doc->len && (t[e] == '(' || (e + 1 < doc->len && t[e] == ' ' && t[e + 1] == '('));
    if (!bracketed) trim_name(ex, t, &s, &e, latin || cue->korean ? 100 : 2);
    /* ... except a subject particle ("샘 알트만이 오픈AI CEO 자리에"):
     * a 로 there is the end of the name ("디앤젤로") */
    if (org_between && e < e_before && e_before - e <= 3 && memcmp(t + e, "\xEB\xA1\x9C", 3) == 0) e = e_before;
    if (e <= s) return 0;
    /* (a number glued before it is a count, not a name's start: "창업주
     * 2세인 회장") */
    if (cue->type == CUE_PERSON && s > 0 && isdigit((unsigned char)t[s - 1])) return 0;
    /* (nor is a title glued to its team a name: "운영팀장 단장 대행",
     * "재무팀장"; a title of two syllables or more ends the word) */
    if (cue->type == CUE_PERSON && (unsigned char)t[e - 1] >= 0x80) {
        size_t ws = e;
        while (ws > s && t[ws - 1] != ' ') ws--;
        for (size_t cut = ws + 3; cut + 6 <= e; cut++) {
            if (((unsigned char)t[cut] & 0xC0) == 0x80) continue;
            if (word_in_class(ex, WC_TITLE, t + cut, e - cut)) return 0;
        }
    }
    /* (nor a common noun or a title and its particle that reads as a
     * surname and a given name: "구단은 남궁현 대표이사" is the club's,
     * "구단" of word class notname; "한 국장은 사회부장과") */
    if (cue->type == CUE_PERSON && cue->korean && short_hangul_word(t + s, e - s) == 3) {
        size_t stem = strip_josa(ex, t + s, e - s, 1);
        if (stem < e - s && stem >= 6 &&
            (word_in_class(ex, WC_NOTNAME, t + s, stem) || word_in_class(ex, WC_TITLE, t + s, stem)))
            return 0;
    }
    /* (nor a common noun taken whole, "에너지 분야 대표", "원장의 제자인 임채윤
     * 대표", nor a polite verb ending, "대표 국책연구기관입니다") */
    if (cue->type == CUE_PERSON && (unsigned char)t[s] >= 0x80 &&
        (word_in_class(ex, WC_NOTNAME, t + s, e - s) || polite_verb_ending(t + s, e - s)))
        return 0;
    const char *title = NULL;
    size_t title_len = 0;
    if (cue->g_title >= 0 && m->group_start[cue->g_title] != SIZE_MAX) {
        title = t + m->group_start[cue->g_title];
        title_len = m->group_end[cue->g_title] - m->group_start[cue->g_title];
    }
    /* "NAME 전 ORG TITLE": the word between must name an organisation
     * (gazetteer, suffix, Latin capitals) or a place or country */
    if (cue->g_org >= 0 && m->group_start[cue->g_org] != SIZE_MAX) {
        size_t os = m->group_start[cue->g_org], oe = m->group_end[cue->g_org];
        char form[256];
        size_t fl = oe - os < sizeof form - 1 ? oe - os : sizeof form - 1;
        memcpy(form, t + os, fl);
        form[fl] = '\0';
        chr_entity_type gtype;
        int org_ok = (chr_entity_gazetteer_lookup(ex, form, &gtype) && gtype == CHR_ENT_ORG) ||
                     has_org_suffix(ex, form, fl) || word_in_class(ex, WC_NOTNAME, form, fl) ||
                     opens_bracketed_original(doc, form, fl);
        for (size_t i = 0; i < fl && !org_ok; i++)
            if (form[i] >= 'A' && form[i] <= 'Z') org_ok = 1;
        if (!org_ok) return 0;
    }
    /* reject stop words in any word of the name */
    int bad = 0;
    size_t w = s;
    while (w < e) {
        size_t we = w;
        while (we < e && t[we] != ' ') we++;
        if (word_in_class(ex, WC_NOTNAME, t + w, we - w) && !word_in_class(ex, WC_BOARD, t + s, e - s))
            bad = 1;
        w = we + 1;
    }
    if (bad) return 0;
    /* a title alone is nobody's name ("… 마키 전무…" in a headline) */
    if (cue->type == CUE_PERSON && (word_in_class(ex, WC_TITLE, t + s, e - s) ||
                                    word_in_class(ex, WC_TITLE, t + s, strip_josa(ex, t + s, e - s, 1))))
        return 0;
    if (cue->type == CUE_PERSON && !cue->foreign && is_latin_byte(t[s])) {
        /* "Co-founder Greg Brockman, who ...": a title at a sentence
         * start is no part of the name */
        for (int again = 1; again;) {
            again = 0;
            size_t w1 = s;
            while (w1 < e && t[w1] != ' ') w1++;
            size_t w2 = w1 + 1;
            while (w2 < e && t[w2] != ' ') w2++;
            if (w2 < e && is_entitle(ex, t + s, w2 - s) && count_words_in(t + w2, e - w2) >= 2)
                s = w2 + 1, again = 1;
            else if (w1 < e && is_entitle(ex, t + s, w1 - s) && count_words_in(t + w1, e - w1) >= 2)
                s = w1 + 1, again = 1;
        }
        /* (nor a title inside, after its company: "Orbis Chairman Kang
         * Tae-jun" is Kang Tae-jun) */
        for (size_t word = s; word < e;) {
            size_t word_end = word;
            while (word_end < e && t[word_end] != ' ') word_end++;
            if (word_end < e && word > s && is_entitle(ex, t + word, word_end - word) &&
                count_words_in(t + word_end, e - word_end) >= 2) {
                s = word_end + 1;
                break;
            }
            word = word_end + 1;
        }
    }
    if (cue->recurs && !cue->foreign) {
        /* an English name with no cue: not at a sentence start, no
         * company, and its last word alone in another sentence */
        size_t k = s;
        while (k > doc->body_start && (t[k - 1] == ' ' || t[k - 1] == '"' || t[k - 1] == '\t')) k--;
        int opens_sentence = (sent >= 0 && doc->sentences.items[sent].start >= s) ||
                             (k > 0 && (t[k - 1] == '.' || t[k - 1] == '\n' || t[k - 1] == ':'));
        size_t last = e;
        while (last > s && t[last - 1] != ' ') last--;
        /* most matches fail here ("The Company", "New York"): a test
         * cached per word, so first, before the lookups below */
        if (!latin_word_alone_elsewhere(ex, doc, t + last, e - last, sent, word_counts)) return 0;
        /* at a sentence start any word is capitalised ("After Ferrity"):
         * a name there only when its last word is a person in two other
         * sentences and its first word is no common word, nor a person
         * alone itself ("Niall Ferrity set the label up in 1998" before
         * "Ferrity sold", "Ferrity's own company") */
        if (opens_sentence) {
            size_t first_end = s;
            while (first_end < e && t[first_end] != ' ') first_end++;
            if (sent < 0 || zone != CHR_ZONE_BODY || !latin_word_alone_twice(ex, doc, t + last, e - last, sent, word_counts) ||
                word_in_class(ex, WC_NOTNAME, t + s, first_end - s) ||
                latin_word_alone_elsewhere(ex, doc, t + s, first_end - s, -1, word_counts) ||
                lowercase_word_in(doc, t + s, first_end - s) || word_opens_longer_name(doc, t + last, e - last))
                return 0;
        }
        char form[256];
        size_t fl = e - s < sizeof form - 1 ? e - s : sizeof form - 1;
        memcpy(form, t + s, fl);
        form[fl] = '\0';
        if (chr_entity_gazetteer_lookup(ex, form, NULL) || has_org_suffix(ex, form, fl)) return 0;
        size_t w1 = s;
        while (w1 < e && t[w1] != ' ') w1++;
        if (chr_entity_gazetteer_lookup(ex, form + (last - s), NULL) ||
            word_in_class(ex, WC_ORG_SUFFIX_EN, t + last, e - last) || is_entitle(ex, t + s, w1 - s) ||
            is_entitle(ex, t + last, e - last))
            return 0;
        {
            char fw[128];
            size_t fwn = w1 - s < sizeof fw - 1 ? w1 - s : sizeof fw - 1;
            memcpy(fw, t + s, fwn);
            fw[fwn] = '\0';
            if (chr_entity_gazetteer_lookup(ex, fw, NULL)) return 0;
        }
        if (word_in_class(ex, WC_PLACE_WORD_EN, t + last, e - last)) return 0;
    }
    int headline_hint = 0;
    if (cue->foreign && cue->recurs) {
        /* an unprompted two-word name: both words transliterated, and
         * the first one a bare word (no particle, no verb ending) */
        size_t first_end = s;
        while (first_end < e && t[first_end] != ' ') first_end++;
        if (first_end >= e) return 0;
        /* without a title, a given name of two syllables or more must
         * look transliterated too ("결국 마이크로소프트", "이후 코베인") */
        /* a headline only hints (it yields no mention): there a plain
         * given name will do when the transliterated surname is used
         * on its own all through the body ("사암 알트먼" / "알트먼은") */
        /* (not a company's kind before the name: "사란타 그룹 하르요노 회장") */
        headline_hint = zone == CHR_ZONE_HEADLINE && bare_word(ex, t + s, first_end - s) &&
                        !word_in_class(ex, WC_ORG_SUFFIX, t + s, first_end - s) &&
                            looks_foreign(ex, t + first_end + 1, e - first_end - 1) &&
                            standalone_count(ex, doc, t + first_end + 1, e - first_end - 1, word_counts) >= 3;
        if (!headline_hint && (!plausible_first_word(ex, t + s, first_end - s) ||
                               !looks_foreign(ex, t + s, first_end - s)))
            return 0;
        /* (nor a company a cue named already: "브레닝엔 셀(Brenningen Cell)"
         * and then "브레닝엔 셀은") */
        for (size_t k = 0; k < out->len; k++) {
            const found_mention *f = &out->items[k];
            size_t fl = f->end - f->start;
            if (f->type == CHR_ENT_ORG && f->defining && fl <= e - s && memcmp(t + f->start, t + s, fl) == 0 &&
                strip_josa(ex, t + s, e - s, 1) <= fl)
                return 0;
        }
        if (strip_josa(ex, t + s, first_end - s, 1) != first_end - s) return 0;
        if (ends_with_class(ex, WC_VERB_ENDING, t + s, first_end - s)) return 0;
        /* (nor a name and the company after it: "정우석 하람소프트 창업자") */
        if (has_org_suffix(ex, t + first_end + 1, e - first_end - 1)) return 0;
        /* the word that recurs must look transliterated: the surname
         * ("올트먼이 ... 올트먼과"), or a transliterated given name
         * ("일리야를") */
        int again = 0;
        if (looks_foreign(ex, t + first_end + 1, e - first_end - 1) &&
            standalone_count(ex, doc, t + first_end + 1, e - first_end - 1, word_counts) >= 2)
            again = 1;
        if (!again && looks_foreign(ex, t + s, first_end - s) && chr_utf8_count(t + s, first_end - s) >= 2 &&
            standalone_count(ex, doc, t + s, first_end - s, word_counts) >= 2)
            again = 1;
        if (!again) return 0;
    }
    if (cue->foreign && cue->type == CUE_ORG) {
        /* "루메라 랩스": the word before the suffix is transliterated */
        size_t first_end = s;
        while (first_end < e && t[first_end] != ' ') first_end++;
        if (!looks_foreign(ex, t + s, first_end - s)) return 0;
    } else if (cue->foreign) {
        /* the last word must look transliterated; drop leading words that
         * do not when the rest still does */
        size_t last = e;
        while (last > s && t[last - 1] != ' ') last--;
        /* "묻자 알트만": a leading word that does not look transliterated
         * is not part of the name */
        if (last > s && looks_foreign(ex, t + last, e - last)) {
            size_t first_end = s;
            while (first_end < e && t[first_end] != ' ') first_end++;
            /* nor is one ending like a verb or a topic particle ("...는");
             * a bare word that may be a given name stays ("미라 무라티
             * 임시 CEO", "그렉 브로크먼 공동창업자") */
            if (cue->recurs) {
                /* checked above */
            } else if (first_end == last - 1 && given_name_before(ex, t, s, first_end, last, e, title)) {
                /* a two-word name */
            } else if (first_end == last - 1 && title && title > t + s &&
                       short_hangul_word(t + s, first_end - s) >= 2 && !has_org_suffix(ex, t + s, first_end - s) &&
                       !korean_full_name(ex, t + last, e - last) &&
                       strip_josa(ex, t + s, first_end - s, 1) == first_end - s &&
                       !word_in_class(ex, WC_NOTNAME, t + s, first_end - s) &&
                       standalone_count(ex, doc, t + s, first_end - s, word_counts) >= 2) {
                /* a surname first that recurs alone ("하야시다 마키 전무 …
                 * 하야시다 사장"): Japanese and Chinese names */
            } else if (!looks_foreign(ex, t + s, first_end - s) ||
                       ends_with_class(ex, WC_VERB_ENDING, t + s, first_end - s)) {
                s = last;
            }
        }
        if (!looks_foreign(ex, t + last, e - last)) {
            /* "CEO 알트만 추방": after a title, try the first word alone;
             * before a title ("해봤더니 김 씨") the word next to the
             * title is the name or nothing is */
            size_t first_end = s;
            while (first_end < e && t[first_end] != ' ') first_end++;
            int title_first = title && title < t + s;
            if (title_first && first_end < e && looks_foreign(ex, t + s, first_end - s)) {
                /* "공동창업자 출신인 에멧 시어를 ... 시어는": the second
                 * word stays when it is a bare word that recurs alone */
                size_t sw = first_end + 1;
                int keep = plausible_first_word(ex, t + sw, e - sw) &&
                           !looks_foreign(ex, t + sw, e - sw) && e - sw >= 6;
                /* it recurs, or it is a short open-syllable word that
                 * carried a particle, closing the phrase ("에밋 시어를
                 * 임시 CEO로"; "알트만 추방" ends in a consonant) */
                if (keep && standalone_count(ex, doc, t + sw, e - sw, word_counts) < 2)
                    keep = e < m->group_end[cue->g_name] && chr_utf8_count(t + sw, e - sw) <= 2;
                if (!keep) e = first_end;
            } else if (title && title > t + s && first_end + 1 == last && looks_foreign(ex, t + s, first_end - s) &&
                       !has_org_suffix(ex, t + s, first_end - s) && !korean_full_name(ex, t + last, e - last) &&
                       plausible_first_word(ex, t + last, e - last) &&
                       (standalone_count(ex, doc, t + s, first_end - s, word_counts) >= 2 ||
                        standalone_count(ex, doc, t + last, e - last, word_counts) >= 2)) {
                /* a transliterated word and a bare one before a title, one
                 * of them recurring alone ("다카미네 요시오 사장 … 다카미네
                 * 사장", "케빈 로어 CEO … 로어 CEO"): both are the name */
            } else {
                return 0;
            }
        }
        /* after a title with a topic particle ("의장은 브렛 테일러가")
         * only a full two-word name: "총리는 알바니아 공식" is no name */
        if (title && title < t + s) {
            size_t k = m->group_start[cue->g_name];
            while (k > 0 && t[k - 1] == ' ') k--;
            if (k >= 3 && (memcmp(t + k - 3, "\xEC\x9D\x80", 3) == 0 || memcmp(t + k - 3, "\xEB\x8A\x94", 3) == 0) &&
                t + k - 3 == title + title_len && count_words_in(t + s, e - s) != 2)
                return 0;
        }
        /* a word ending like a verb or a clause ("전문입니다", "따르면")
         * is no part of a name */
        int verbal = 0;
        for (size_t w3 = s; w3 < e && !verbal;) {
            size_t we = w3;
            while (we < e && t[we] != ' ') we++;
            if (ends_with_class(ex, WC_CLAUSE_ENDING, t + w3, we - w3)) verbal = 1;
            w3 = we + 1;
        }
        if (verbal) return 0;
    }
    if (cue->recurs && cue->foreign) {
        /* some word of the name occurs again on its own (the name's own
         * occurrence is one of the count) */
        int again = 0;
        size_t w2 = s;
        while (w2 < e && !again) {
            size_t we = w2;
            while (we < e && t[we] != ' ') we++;
            if (standalone_count(ex, doc, t + w2, we - w2, word_counts) >= 2) again = 1;
            w2 = we + 1;
        }
        if (!again) return 0;
    }
    if (cue->type == CUE_PERSON && cue->foreign && s < e && (unsigned char)t[s] >= 0xE0) {
        /* a one-word transliterated name that is a common word with its
         * particle ("대표 자리로", "측은 그제부터") names nobody */
        size_t first_end = s;
        while (first_end < e && t[first_end] != ' ') first_end++;
        size_t stem = strip_josa(ex, t + s, first_end - s, 1);
        /* (nor does a company's kind alone: "그룹 회장직에서") */
        if (first_end == e && stem > 0 &&
            (word_in_class(ex, WC_NOTNAME, t + s, stem) || word_in_class(ex, WC_ORG_SUFFIX, t + s, first_end - s)))
            return 0;
    }
    chr_entity_type type = cue->type == CUE_ORG ? CHR_ENT_ORG : CHR_ENT_PERSON;
    if (cue->type == CUE_PERSON && cue->foreign && s > 1 && t[s - 1] == ' ') {
        /* "윤태섭 장터온 대표": after a Korean name with its surname, the
         * word before the title is that person's company */
        size_t pe = s - 1, ps = pe;
        while (ps > 0 && t[ps - 1] != ' ' && t[ps - 1] != '\n') ps--;
        size_t first_end = s;
        while (first_end < e && t[first_end] != ' ') first_end++;
        if (first_end == e && korean_full_name(ex, t + ps, pe - ps) && !word_in_class(ex, WC_TITLE, t + ps, pe - ps) &&
            !word_in_class(ex, WC_NOTNAME, t + ps, pe - ps))
            return 0;
    }
    if (cue->type == CUE_PERSON && cue->foreign) {
        /* "민주당 대변인", "정두언 새누리당 의원": a word with an
         * organisation suffix next to the title is the organisation */
        size_t last = e;
        while (last > s && t[last - 1] != ' ') last--;
        char lw[256];
        size_t lwn = e - last < sizeof lw - 1 ? e - last : sizeof lw - 1;
        memcpy(lw, t + last, lwn);
        lw[lwn] = '\0';
        chr_entity_type lwt;
        /* "나델라 마이크로소프트 CEO": a known company is no surname */
        int gaz_org = chr_entity_gazetteer_lookup(ex, lw, &lwt) && lwt == CHR_ENT_ORG;
        if (gaz_org || has_org_suffix(ex, t + last, e - last)) {
            s = last;
            type = CHR_ENT_ORG;
            title = NULL; /* the title is a person's, who is not named */
            title_len = 0;
        }
    }
    if (cue->type == CUE_PERSON && cue->foreign && type == CHR_ENT_PERSON) {
        /* "사란타 그룹 하르요노 회장": a company's kind before the name is
         * the company's, not a word of the name */
        size_t first_end = s;
        while (first_end < e && t[first_end] != ' ') first_end++;
        if (first_end < e && word_in_class(ex, WC_ORG_SUFFIX, t + s, first_end - s)) s = first_end + 1;
    }
    if (cue->type == CUE_AUTO) {
        chr_entity_type gtype;
        char form[256];
        size_t fl = e - s < sizeof form - 1 ? e - s : sizeof form - 1;
        memcpy(form, t + s, fl);
        form[fl] = '\0';
        int org = 0;
        if (chr_entity_gazetteer_lookup(ex, form, &gtype)) org = gtype == CHR_ENT_ORG;
        else if (latin) {
            char lat[256];
            size_t ln = latin_len < sizeof lat - 1 ? latin_len : sizeof lat - 1;
            memcpy(lat, latin, ln);
            lat[ln] = '\0';
            if (chr_entity_gazetteer_lookup(ex, lat, &gtype)) org = gtype == CHR_ENT_ORG;
            else {
                /* (a company's kind may open its name: "Fromageries Brissac",
                 * "Coopérative laitière de Lavergne") */
                const char *space = memchr(lat, ' ', ln);
                org = has_org_suffix(ex, lat, ln) || has_org_suffix(ex, form, fl) ||
                      last_word_in_class(ex, WC_ORG_SUFFIX_EN, lat, ln) ||
                      (space && chr_rules_find_word(ex->rules, "org_prefix_en", lat, (size_t)(space - lat)));
            }
            /* a firm of partners: "Carrow & Tan" */
            if (!org && strstr(lat, " & ")) org = 1;
            /* an all-capital original is an acronym: organisations use them */
            int caps = 1;
            for (size_t i = 0; i < ln; i++)
                if (lat[i] >= 'a' && lat[i] <= 'z') caps = 0;
            /* an all-capital original is an acronym: organisations use
             * them, and so do terms ("폐쇄회로(CCTV)"): without a
             * suffix or a gazetteer entry it names nobody */
            /* (a kind word alone with its acronym names that body:
             * "통화청(MAS)", "수사국(CAD)") */
            if (caps && !org && word_in_class(ex, WC_ORG_SUFFIX, form, fl)) org = 1;
            if (caps && !org) return 0;
            /* a one-word original without a title ("스텔라웍스(Stellarworks)")
             * names a company: a person's original gives the full name */
            if (!org && !title && !strchr(lat, ' ')) org = 1;
            /* a Hangul word glued to Latin capitals ("레인AI") is a company */
            for (size_t i = 0; i + 1 < fl; i++)
                if (form[i] >= 'A' && form[i] <= 'Z') org = 1;
        } else {
            org = has_org_suffix(ex, form, fl);
        }
        type = org ? CHR_ENT_ORG : CHR_ENT_PERSON;
    }
    add_found(out, s, e, type, latin, latin_len, title, title_len, 1);
    out->items[out->len - 1].hint = zone == CHR_ZONE_HEADLINE;
    return 1;
}

/* Where a cue's matches may start: byte ranges [lo, hi], in text order. */
typedef struct {
    size_t lo, hi;
} cue_window;
typedef CHR_VEC(cue_window) window_vec;

static int zone_takes_cues(chr_zone zone)
{
    return zone == CHR_ZONE_BODY || zone == CHR_ZONE_HEADLINE;
}

/*
 * Back from byte 'back' of UTF-8 'text' by up to 'chars' characters, a
 * step only while the position is past 'floor': the byte loop
 *     for (; chars > 0 && back > floor; chars--) { back--; while (back > 0
 *         && (text[back] & 0xC0) == 0x80) back--; }
 * taking eight bytes a step where all of them are passed over (about
 * three times fewer steps in Hangul).
 */
static size_t utf8_back_to(const char *text, size_t back, size_t chars, size_t floor)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t highs = UINT64_C(0x8080808080808080);
    while (chars > 0 && back >= 8 && back - 8 > floor) {
        uint64_t w;
        memcpy(&w, text + back - 8, 8); /* (byte k of the eight at bits 8k..) */
        /* bit 7 of each byte that starts a character (not 10xxxxxx) */
        uint64_t leads = ~(w & ~(w << 1)) & highs;
        size_t n = (size_t)(((leads >> 7) * UINT64_C(0x0101010101010101)) >> 56);
        if (n == 0 || n > chars) break;
        /* the steps end on the lowest of them; every step started past
         * 'floor' (at or above back - 8) */
        back = back - 8 + (size_t)__builtin_ctzll(leads) / 8;
        chars -= n;
    }
#endif
    for (; chars > 0 && back > floor; chars--) {
        back--;
        while (back > 0 && ((unsigned char)text[back] & 0xC0) == 0x80) back--;
    }
    return back;
}

/*
 * The windows where a match of a cue with gate 'gate' that take_match()
 * accepts can start: it lies inside one body or headline sentence, so an
 * ungated cue (gate -1) looks in those sentences only; a gated cue's match
 * also contains an item of its gate (hits[], with their sentences
 * hit_sent[]; 'mine' lists the 'nmine' hits of the gate), at most 'reach'
 * characters after the match's start, so it looks only before the items.
 * With 'within' (the windows of another gate of the cue, or NULL), hits
 * whose window cannot meet one of those are passed over: the windows
 * then differ, but not where they meet 'within' (windows_meet()).
 */
static void cue_windows(const chr_entity_extractor *ex, int gate, const chr_doc *doc, const chr_gate_hits *hits,
                        const long *hit_sent, const size_t *mine, size_t nmine, const window_vec *within,
                        window_vec *out)
{
    out->len = 0;
    if (gate < 0 || ex->ungated) {
        for (size_t i = 0; i < doc->sentences.len; i++) {
            const chr_sentence *sn = &doc->sentences.items[i];
            if (!zone_takes_cues(sn->zone) || sn->end <= sn->start) continue;
            cue_window w = {sn->start, sn->end - 1};
            chr_vec_push(out, w);
        }
        return;
    }
    size_t reach = chr_gates_reach(ex->gates, gate);
    size_t wj = 0;
    for (size_t i = 0; i < nmine; i++) {
        size_t h = mine[i];
        if (hit_sent[h] < 0) continue;
        const chr_sentence *sn = &doc->sentences.items[hit_sent[h]];
        if (!zone_takes_cues(sn->zone)) continue;
        size_t q = hits->items[h].at;
        if (within) {
            /* the hit's window lies in [q - 4 * reach, q] (a character
             * is at most 4 bytes): skip the 'within' windows that end
             * before it; none left, or the next one starting after q,
             * and the hit's window meets none */
            size_t far = reach == SIZE_MAX || q < reach * 4 ? 0 : q - reach * 4;
            while (wj < within->len && within->items[wj].hi < far) wj++;
            if (wj == within->len) break;
            if (within->items[wj].lo > q) continue;
        }
        size_t lo = sn->start;
        if (out->len && lo <= out->items[out->len - 1].hi + 1 &&
            (reach == SIZE_MAX || (q >= reach ? q - reach : 0) <= out->items[out->len - 1].hi + 1)) {
            /* 'reach' characters are 'reach' bytes or more: the window
             * starts at or before the last one's end, so they merge
             * without walking back */
            if (q > out->items[out->len - 1].hi) out->items[out->len - 1].hi = q;
            continue;
        }
        if (reach != SIZE_MAX) {
            /* back 'reach' characters, as chr_utf8_back() goes, but only
             * as far as it matters: to the sentence's start, or to the
             * last window's end when the sentence reaches it (it merges) */
            size_t floor = lo;
            if (out->len && lo <= out->items[out->len - 1].hi + 1) floor = out->items[out->len - 1].hi + 1;
            size_t back = utf8_back_to(doc->text, q, reach, floor);
            if (back > lo) lo = back;
        }
        /* lo never decreases from one hit to the next: merge */
        if (out->len && lo <= out->items[out->len - 1].hi + 1) {
            if (q > out->items[out->len - 1].hi) out->items[out->len - 1].hi = q;
        } else {
            cue_window w = {lo, q};
            chr_vec_push(out, w);
        }
    }
}

/*
 * Keeps in 'w' only what also lies in a window of 'other' (both in text
 * order and disjoint, as cue_windows() makes them): the windows of a cue
 * with several gates, each of which holds for every match it keeps.
 * 'scratch' is working space (its contents are lost).
 */
static void windows_meet(window_vec *w, const window_vec *other, window_vec *scratch)
{
    scratch->len = 0;
    size_t j = 0;
    for (size_t i = 0; i < w->len; i++) {
        cue_window a = w->items[i];
        while (j < other->len && other->items[j].hi < a.lo) j++;
        /* 'other' windows past a.hi may meet the next window of 'w': j stays */
        for (size_t k = j; k < other->len && other->items[k].lo <= a.hi; k++) {
            cue_window c = {a.lo > other->items[k].lo ? a.lo : other->items[k].lo,
                            a.hi < other->items[k].hi ? a.hi : other->items[k].hi};
            chr_vec_push(scratch, c);
        }
    }
    window_vec t = *w;
    *w = *scratch;
    *scratch = t;
}

/*
 * For a loan_first cue: the next run of starts in [*from, hi] where a
 * match may be kept, as [*from, *limit]; 0 when there is none. A match
 * starting in a body sentence is kept only when the first word of its
 * name, which opens at the match's start, is all syllables with a loanword
 * syllable among them (take_match(), looks_foreign()): so the start (or
 * the spaces and tabs before it, which take_match() passes over) must
 * open a run of syllables holding one, and may lie at most at the run's
 * last such syllable. A start outside any sentence, or in a sentence of
 * another zone than the body or the headline, is never kept; in a
 * headline every start is tried. Passing over the rest finds what the
 * search from every start finds, since a rejected match only moves the
 * search on by one character.
 */
static int loan_starts(const chr_entity_extractor *ex, const chr_doc *doc, size_t *from, size_t *limit, size_t hi)
{
    const char *t = doc->text;
    size_t i = *from;
    while (i <= hi && i < doc->len) {
        long s = chr_doc_sentence_at(doc, i);
        if (s < 0) {
            i++;
            while (i < doc->len && ((unsigned char)t[i] & 0xC0) == 0x80) i++;
            continue;
        }
        const chr_sentence *sn = &doc->sentences.items[s];
        size_t stop = sn->end - 1 < hi ? sn->end - 1 : hi; /* the last start in this sentence */
        if (sn->zone == CHR_ZONE_HEADLINE) {
            *from = i;
            *limit = stop;
            return 1;
        }
        while (sn->zone == CHR_ZONE_BODY && i <= stop) {
            size_t j = i;
            while (j < doc->len && (t[j] == ' ' || t[j] == '\t')) j++;
            size_t k = j, last_loan = SIZE_MAX;
            while (k < doc->len) {
                size_t used;
                uint32_t cp = chr_utf8_decode(t + k, doc->len - k, &used);
                if (!chr_is_hangul_syllable(cp)) break;
                if (syllable_in_class(ex, WC_LOAN_SYLLABLE, cp)) last_loan = k;
                k += used;
            }
            if (last_loan != SIZE_MAX) {
                *from = i;
                *limit = last_loan < stop ? last_loan : stop;
                return 1;
            }
            /* no start in [i, k) is kept; past a character that opens no run */
            if (k > i) {
                i = k;
            } else {
                i++;
                while (i < doc->len && ((unsigned char)t[i] & 0xC0) == 0x80) i++;
            }
        }
        if (i < sn->end) i = sn->end;
    }
    return 0;
}

/*
 * Runs 'cue' over its windows. The same matches as one search over the
 * whole document: a start outside every window gives a match that
 * take_match() rejects, and a rejected match only moves the search on by
 * one character.
 */
static void run_cue(const chr_entity_extractor *ex, const entity_cue *cue, const chr_doc *doc, mention_vec *out,
                    doc_words *word_counts, const window_vec *windows, chr_error *err, int *failed)
{
    const char *t = doc->text;
    size_t pos = doc->body_start;
    chr_match m;
    int loan = cue->loan_first && !ex->ungated;
    for (size_t w = 0; w < windows->len; w++) {
        const cue_window *win = &windows->items[w];
        int rc = 0;
        for (size_t from = pos > win->lo ? pos : win->lo; from <= win->hi;) {
            size_t limit = win->hi;
            if (loan && !loan_starts(ex, doc, &from, &limit, win->hi)) break;
            rc = chr_regex_find_limited(cue->re, t, doc->len, from, limit, &m, err);
            if (rc < 0) break;
            if (rc == 0) {
                /* none starts before 'limit': on to the next starts */
                if (limit >= win->hi) break;
                from = limit + 1;
                while (from < doc->len && ((unsigned char)t[from] & 0xC0) == 0x80) from++;
                continue;
            }
            /* a rejected match may hide an overlapping good one ("알려진
             * 일리야" before "일리야 서츠케버"): retry from the next character */
            pos = m.start + 1;
            while (pos < doc->len && ((unsigned char)t[pos] & 0xC0) == 0x80) pos++;
            if (take_match(ex, cue, doc, &m, out, word_counts) && m.end > pos) pos = m.end;
            from = pos > win->lo ? pos : win->lo;
        }
        if (rc < 0) {
            *failed = 1;
            return;
        }
    }
}

/* ---- finding many words in one pass ------------------------------------------------- */

/* One occurrence of pattern 'pat' at byte offset 'at'. */
typedef struct {
    size_t pat, at;
} pattern_hit;

typedef CHR_VEC(pattern_hit) hit_vec;
typedef CHR_VEC(size_t) size_vec;

static int hit_order(const void *a, const void *b)
{
    const pattern_hit *x = a, *y = b;
    if (x->pat != y->pat) return x->pat < y->pat ? -1 : 1;
    if (x->at != y->at) return x->at < y->at ? -1 : 1;
    return 0;
}

/* FNV-1a over bytes, finished into a table key (prefix_key). */
#define FNV_START 2166136261u
#define FNV_STEP(h, c) (((h) ^ (unsigned char)(c)) * 16777619u)
#define FNV_KEY(h) ((h) ^ ((h) >> 16))

/* Hash of the 'k' bytes at 's', for the pattern index. */
static uint32_t prefix_key(const char *s, size_t k)
{
    uint32_t h = FNV_START;
    for (size_t i = 0; i < k; i++) h = FNV_STEP(h, s[i]);
    return FNV_KEY(h);
}

/* Finds, for each of the 'np' patterns 'pats' (lengths 'lens'), the
 * occurrences in t[from..len) that a memmem loop restarting after each
 * occurrence would find (leftmost, non-overlapping per pattern), in one
 * pass over the text instead of one per pattern: patterns are indexed by
 * a hash of their first 6, 3 or 2 bytes (two Hangul syllables, one, or two
 * Latin letters: many names share a first syllable). The three hashes of
 * a position share one FNV run, a table holds the full hash so that most
 * misses cost no memcmp, and it is sized at 8 slots a pattern so that most
 * positions find their slot empty. Appends the occurrences to 'out'
 * ordered by pattern, then offset, as the per-pattern loops produced them.
 *
 * Only occurrences that start in the body sentences of 'doc', not right
 * after a letter or digit, are wanted (callers drop the others), so the
 * pass looks there only (body_candidates(), found once for both sets). That
 * finds the same occurrences as the loops for
 * a pattern that cannot overlap itself (no proper prefix is also a
 * suffix): all of them. A pattern that can ("하하하") keeps its memmem
 * loop over the whole text, where an occurrence elsewhere may hide an
 * overlapping one in the body; its occurrences after a letter are
 * reported too. */
static int overlaps_itself(const char *p, size_t n)
{
    for (size_t k = 1; k < n; k++)
        if (memcmp(p, p + n - k, k) == 0) return 1;
    return 0;
}

/* The index of a set of patterns (borrowed), built once for a set that
 * serves every document (the gazetteer) or per document (its names). */
typedef struct pattern_index {
    const char *const *pats;
    const size_t *lens;
    size_t np;
    size_t nkeys;
    long *head; /* NLEVELS tables of nkeys chains */
    long *next;
    uint32_t *key;
    int used_level[3];
    unsigned char *plain; /* per pattern: searched with memmem, not indexed */
    /* the first characters of the indexed patterns: a bit per Hangul
     * syllable, a flag per first byte otherwise; most positions stop here */
    uint64_t first_syllable[(11172 + 63) / 64];
    unsigned char first_byte[256];
} pattern_index;

enum { NLEVELS = 3 };
static const size_t level_len[NLEVELS] = {6, 3, 2};

static struct pattern_index *pattern_index_new(const char *const *pats, const size_t *lens, size_t np)
{
    pattern_index *ix = chr_xcalloc(1, sizeof *ix);
    ix->pats = pats;
    ix->lens = lens;
    ix->np = np;
    ix->nkeys = 64;
    while (ix->nkeys < 8 * np) ix->nkeys <<= 1;
    ix->head = chr_xmalloc(NLEVELS * ix->nkeys * sizeof *ix->head);
    ix->next = chr_xmalloc((np + 1) * sizeof *ix->next);
    ix->key = chr_xmalloc((np + 1) * sizeof *ix->key);
    ix->plain = chr_xcalloc(np + 1, 1);
    for (size_t k = 0; k < NLEVELS * ix->nkeys; k++) ix->head[k] = -1;
    for (size_t i = np; i-- > 0;) {
        ix->next[i] = -1;
        if (lens[i] < 2 || ((unsigned char)pats[i][0] & 0xC0) == 0x80 || overlaps_itself(pats[i], lens[i])) {
            /* too short to index, starting inside a character or overlapping
             * itself: the plain loop */
            ix->plain[i] = 1;
            continue;
        }
        int lv = 0;
        while (lens[i] < level_len[lv]) lv++;
        ix->used_level[lv] = 1;
        size_t used;
        uint32_t first = chr_utf8_decode(pats[i], lens[i], &used);
        if (chr_is_hangul_syllable(first))
            ix->first_syllable[(first - 0xAC00) / 64] |= (uint64_t)1 << ((first - 0xAC00) % 64);
        else
            ix->first_byte[(unsigned char)pats[i][0]] = 1;
        ix->key[i] = prefix_key(pats[i], level_len[lv]);
        long *slot = &ix->head[(size_t)lv * ix->nkeys + (ix->key[i] & (ix->nkeys - 1))];
        ix->next[i] = *slot;
        *slot = (long)i;
    }
    return ix;
}

static void pattern_index_free(struct pattern_index *ix)
{
    if (!ix) return;
    free(ix->head);
    free(ix->next);
    free(ix->key);
    free(ix->plain);
    free(ix);
}

/* The places where find_patterns_indexed() looks, in text order: every
 * character start in the body sentences of 'doc' that no letter or digit
 * precedes and a byte at least follows. Found once per document for all
 * the pattern sets searched there. */
static void body_candidates(const chr_doc *doc, size_vec *out)
{
    const char *t = doc->text;
    size_t len = doc->len, sn = 0, range_end = 0;
    int prev_letter = 0; /* the character before i is a letter or digit */
    out->len = 0;
    for (size_t i = doc->body_start, step = 1; i + 1 < len; i += step) {
        if (i >= range_end) {
            /* on to the next body sentence */
            while (sn < doc->sentences.len &&
                   (doc->sentences.items[sn].zone != CHR_ZONE_BODY || doc->sentences.items[sn].end <= i))
                sn++;
            if (sn == doc->sentences.len) break;
            if (doc->sentences.items[sn].start > i) i = doc->sentences.items[sn].start;
            range_end = doc->sentences.items[sn].end;
            /* (a sentence may start inside a character) */
            while (i + 1 < len && ((unsigned char)t[i] & 0xC0) == 0x80) i++;
            if (i + 1 >= len) break;
            prev_letter = letter_before(t, i);
        }
        if (prev_letter) {
            /* inside a word, where nothing starts: skip the rest of its
             * letters at once, then the character ending it */
            i = letters_end(t, i, len);
            if (i >= len) break;
            step = char_letter((const unsigned char *)t + i, len - i, &prev_letter);
            continue;
        }
        chr_vec_push(out, i);
        step = char_letter((const unsigned char *)t + i, len - i, &prev_letter);
    }
}

static void find_patterns_indexed(const pattern_index *ix, const chr_doc *doc, const size_vec *cands, hit_vec *out)
{
    const char *const *pats = ix->pats;
    const size_t *lens = ix->lens;
    size_t np = ix->np, nkeys = ix->nkeys;
    const long *head = ix->head, *next = ix->next;
    const uint32_t *key = ix->key;
    const int *used_level = ix->used_level;
    const char *t = doc->text;
    size_t from = doc->body_start, len = doc->len;
    if (np == 0 || from >= len) return;
    size_t *pos = chr_xmalloc(np * sizeof *pos);
    for (size_t i = np; i-- > 0;) {
        pos[i] = from;
        if (!ix->plain[i]) continue;
        size_t p = from;
        while (lens[i] && p < len) {
            const char *found = chr_memmem(t + p, len - p, pats[i], lens[i]);
            if (!found) break;
            size_t at = (size_t)(found - t);
            pattern_hit h = {i, at};
            chr_vec_push(out, h);
            p = at + lens[i];
        }
    }
    int deepest = used_level[0] ? 6 : used_level[1] ? 3 : 2;
    for (size_t ci = 0; ci < cands->len; ci++) {
        size_t i = cands->items[ci];
        unsigned char c = (unsigned char)t[i];
        size_t avail = len - i;
        if (c >= 0xEA && c <= 0xED && avail >= 3) {
            uint32_t cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)((unsigned char)t[i + 1] & 0x3F) << 6) |
                          ((unsigned char)t[i + 2] & 0x3F);
            if (chr_is_hangul_syllable(cp)) {
                uint32_t syl = cp - 0xAC00;
                if (!(ix->first_syllable[syl / 64] & ((uint64_t)1 << (syl % 64)))) continue;
            } else if (!ix->first_byte[c]) {
                continue;
            }
        } else if (!ix->first_byte[c]) {
            continue;
        }
        uint32_t h = FNV_STEP(FNV_STEP(FNV_START, t[i]), t[i + 1]);
        uint32_t keys[NLEVELS] = {0, 0, FNV_KEY(h)};
        if (deepest >= 3 && avail >= 3) {
            h = FNV_STEP(h, t[i + 2]);
            keys[1] = FNV_KEY(h);
            if (deepest >= 6 && avail >= 6) {
                h = FNV_STEP(FNV_STEP(FNV_STEP(h, t[i + 3]), t[i + 4]), t[i + 5]);
                keys[0] = FNV_KEY(h);
            }
        }
        for (int lv = 0; lv < NLEVELS; lv++) {
            if (!used_level[lv] || level_len[lv] > avail) continue;
            long k = head[(size_t)lv * nkeys + (keys[lv] & (nkeys - 1))];
            for (; k >= 0; k = next[k]) {
                size_t n = lens[k];
                if (key[k] != keys[lv] || i < pos[k] || n > avail || memcmp(t + i, pats[k], n) != 0) continue;
                pattern_hit hit = {(size_t)k, i};
                chr_vec_push(out, hit);
                pos[k] = i + n;
            }
        }
    }
    free(pos);
    if (out->len) qsort(out->items, out->len, sizeof *out->items, hit_order);
}

static void find_patterns(const char *const *pats, const size_t *lens, size_t np, const chr_doc *doc,
                          const size_vec *cands, hit_vec *out)
{
    pattern_index *ix = pattern_index_new(pats, lens, np);
    find_patterns_indexed(ix, doc, cands, out);
    pattern_index_free(ix);
}

/* Is the line around 'at' a heading set in capitals ("WHO IS BAE
 * JUNG-MIN")? There an all-capital word is no acronym: the gazetteer's
 * WHO and IS name nobody. */
static int in_capitals_heading(const char *t, size_t len, size_t at)
{
    size_t s = at, e = at;
    while (s > 0 && t[s - 1] != '\n') s--;
    while (e < len && t[e] != '\n') e++;
    int words = 0, in_word = 0;
    for (size_t i = s; i < e; i++) {
        /* (a line of Hangul with a few acronyms, "오픈AI CEO … MS", is no
         * heading in capitals) */
        if ((t[i] >= 'a' && t[i] <= 'z') || (unsigned char)t[i] >= 0x80) return 0;
        int upper = t[i] >= 'A' && t[i] <= 'Z';
        if (upper && !in_word) words++;
        in_word = upper;
    }
    return words >= 3;
}

/* True when a word of Hangul alone ends one space before 'at': a modifier
 * ("가상자산 거래소", "경쟁 거래소"), not a date ("5일 거래소는"). */
static int hangul_word_before(const char *t, size_t at)
{
    if (at < 2 || t[at - 1] != ' ' || !letter_before(t, at - 1)) return 0;
    size_t k = at - 1;
    while (k > 0 && letter_before(t, k)) {
        size_t p = k - 1;
        while (p > 0 && ((unsigned char)t[p] & 0xC0) == 0x80) p--;
        size_t used;
        if (!chr_is_hangul_syllable(chr_utf8_decode(t + p, k - p, &used))) return 0;
        k = p;
    }
    return 1;
}

static void scan_gazetteer(const chr_entity_extractor *ex, const chr_doc *doc, const size_vec *cands, mention_vec *out)
{
    const char *t = doc->text;
    hit_vec hits = {0};
    find_patterns_indexed(ex->form_index, doc, cands, &hits);
    for (size_t h = 0; h < hits.len; h++) {
        const char *form = ex->forms.items[hits.items[h].pat];
        size_t n = ex->form_lens[hits.items[h].pat];
        chr_entity_type type = ex->form_types[hits.items[h].pat];
        size_t at = hits.items[h].at;
        {
            if (letter_before(t, at)) continue;
            if (is_latin_byte(form[0]) && in_capitals_heading(t, doc->len, at)) continue;
            /* a form that is also a common noun names its body only alone:
             * "가상자산 거래소 코인베일" is a kind of firm, not the Korea Exchange */
            if (hangul_word_before(t, at) && word_in_class(ex, WC_GENERIC_FORM, form, n)) continue;
            long sent = chr_doc_sentence_at(doc, at);
            if (sent < 0 || doc->sentences.items[sent].zone != CHR_ZONE_BODY) continue;
            size_t end = at + n;
            if (is_letter_at(t, doc->len, end)) {
                /* a Latin form must end at a word boundary ("OpenAI's" is fine);
                 * a Hangul form may carry a particle */
                if (is_latin_byte(form[n - 1]) && is_latin_byte(t[end])) continue;
                /* "SK텔레콤" is not SK: Hangul after a form is a particle or
                 * another name */
                {
                    size_t we = letter_run_end(t, doc->len, end);
                    if (strip_josa(ex, t + at, we - at, 1) != n) continue;
                }
            }
            add_found(out, at, end, type, NULL, 0, NULL, 0, 1);
        }
    }
    chr_vec_free(&hits);
}

/* A set of strings (borrowed: they must outlive it), for the words of
 * scan_name_words: open addressing by a 64-bit FNV-1a hash. */
typedef struct {
    const char **slots;
    uint64_t *hashes;
    size_t cap, len;
} str_set;

static uint64_t str_set_hash(const char *s, size_t n)
{
    uint64_t h = UINT64_C(14695981039346656037);
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * UINT64_C(1099511628211);
    return h;
}

/* True when s[0..n) is in 'set'. */
static int str_set_has(const str_set *set, const char *s, size_t n)
{
    if (!set->cap) return 0;
    uint64_t h = str_set_hash(s, n);
    for (size_t k = h & (set->cap - 1); set->slots[k]; k = (k + 1) & (set->cap - 1))
        if (set->hashes[k] == h && strncmp(set->slots[k], s, n) == 0 && set->slots[k][n] == '\0') return 1;
    return 0;
}

/* Adds 's' unless it is there: 1 when added, 0 when it was there. */
static int str_set_add(str_set *set, const char *s)
{
    if (2 * (set->len + 1) > set->cap) {
        str_set old = *set;
        set->cap = old.cap ? 2 * old.cap : 64;
        set->slots = chr_xcalloc(set->cap, sizeof *set->slots);
        set->hashes = chr_xmalloc(set->cap * sizeof *set->hashes);
        for (size_t i = 0; i < old.cap; i++) {
            if (!old.slots[i]) continue;
            size_t k = old.hashes[i] & (set->cap - 1);
            while (set->slots[k]) k = (k + 1) & (set->cap - 1);
            set->slots[k] = old.slots[i];
            set->hashes[k] = old.hashes[i];
        }
        free(old.slots);
        free(old.hashes);
    }
    uint64_t h = str_set_hash(s, strlen(s));
    size_t k = h & (set->cap - 1);
    for (; set->slots[k]; k = (k + 1) & (set->cap - 1))
        if (set->hashes[k] == h && strcmp(set->slots[k], s) == 0) return 0;
    set->slots[k] = s;
    set->hashes[k] = h;
    set->len++;
    return 1;
}

static void str_set_free(str_set *set)
{
    free(set->slots);
    free(set->hashes);
}

typedef CHR_VEC(chr_entity_type) type_vec;

/* Files the first 'n' bytes of 's' as a company's short form in 'words'
 * and 'types', unless 'seen' holds it already. */
static void add_short_form(chr_strvec *words, type_vec *types, str_set *seen, const char *s, size_t n)
{
    char *form = chr_xstrndup(s, n);
    if (str_set_add(seen, form)) {
        chr_vec_push(words, form);
        chr_vec_push(types, CHR_ENT_ORG);
    } else {
        free(form);
    }
}

/* The initials of a Latin name of three or more capitalised words
 * ("Prudential Supervision Authority" -> "PSA"; "of", "and", "&" and
 * "the" count for none) into 'out' (up to 'cap' bytes); 0 when it has
 * none. */
static size_t latin_initials(const char *name, size_t n, char *out, size_t cap)
{
    size_t len = 0;
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && name[e] != ' ') e++;
        size_t wl = e - i;
        int skip = (wl == 2 && memcmp(name + i, "of", 2) == 0) || (wl == 3 && memcmp(name + i, "and", 3) == 0) ||
                   (wl == 1 && name[i] == '&') || (wl == 3 && memcmp(name + i, "the", 3) == 0);
        if (!skip) {
            if (!isupper((unsigned char)name[i]) || len + 1 >= cap) return 0;
            out[len++] = name[i];
        }
        i = e + 1;
    }
    out[len] = '\0';
    return len >= 3 ? len : 0;
}

/* A company named in full and then by its initials alone ("the Prudential
 * Supervision Authority … The PSA finally signed off"): each all-capital
 * word of the body that spells the initials of a name found by a cue is
 * a mention of it (its original, the full name, links the two). */
static void add_acronyms(const chr_doc *doc, mention_vec *out, size_t defining)
{
    const char *t = doc->text;
    for (size_t i = 0; i < defining; i++) {
        /* (its bounds copied: add_found below may move 'out') */
        const size_t name_start = out->items[i].start, name_end = out->items[i].end;
        if (out->items[i].type != CHR_ENT_ORG || !isupper((unsigned char)t[name_start])) continue;
        char initials[16];
        size_t n = latin_initials(t + name_start, name_end - name_start, initials, sizeof initials);
        if (!n) continue;
        int seen_before = 0;
        for (size_t j = 0; j < i && !seen_before; j++) {
            const found_mention *g = &out->items[j];
            seen_before = g->type == CHR_ENT_ORG && g->end - g->start == name_end - name_start &&
                          memcmp(t + g->start, t + name_start, name_end - name_start) == 0;
        }
        if (seen_before) continue;
        for (size_t at = name_end; at < doc->len;) {
            const char *hit = chr_memmem(t + at, doc->len - at, initials, n);
            if (!hit) break;
            size_t hs = (size_t)(hit - t), he = hs + n;
            at = hs + 1;
            if ((hs > 0 && (isalnum((unsigned char)t[hs - 1]) || t[hs - 1] == '-')) ||
                (he < doc->len && (isalnum((unsigned char)t[he]) || t[he] == '-')))
                continue;
            long sent = chr_doc_sentence_at(doc, hs);
            if (sent < 0 || doc->sentences.items[sent].zone != CHR_ZONE_BODY) continue;
            add_found(out, hs, he, CHR_ENT_ORG, t + name_start, name_end - name_start, NULL, 0, 0);
        }
    }
}

/* A kind_reference record: its surface, then the other ending it stands
 * for, if any ("노조" for a name ending in "노동조합"), as two strings. */
static void collect_kind_reference(const chr_rule_record *rec, void *ctx)
{
    chr_vec_push((chr_strvec *)ctx, chr_xstrdup(rec->fields[2]));
    chr_vec_push((chr_strvec *)ctx, chr_xstrdup(rec->nfields > 3 ? rec->fields[3] : ""));
}

/* Whether a word of the name [s, s+n) ends with 'kind' (case aside for
 * Latin letters): "Workers' Union" for "union", "청해조선지회" for "지회". */
static int name_has_kind_word(const char *s, size_t n, const char *kind, size_t kn)
{
    for (size_t w = 0; w < n;) {
        size_t we = w;
        while (we < n && s[we] != ' ') we++;
        if (we - w >= kn && (we == n || s[we] == ' ') && strncasecmp(s + we - kn, kind, kn) == 0) return 1;
        w = we + 1;
    }
    return 0;
}

/* A union or council named in full and then by what it is ("the
 * Shipbuilding Subcontract Workers' Union … the union signed", "조선하청
 * 노동자연대 청해조선지회는 … 지회는"): each reference of word class
 * kind_reference ("the union", "지회") whose last word ends a word of an
 * organisation's name is a mention of that organisation. */
static void add_kind_references(const chr_entity_extractor *ex, const chr_doc *doc, mention_vec *out,
                                size_t defining)
{
    chr_strvec refs = {0};
    chr_rules_each_word(ex->rules, "kind_reference", collect_kind_reference, &refs);
    const char *t = doc->text;
    for (size_t r = 0; r + 1 < refs.len; r += 2) {
        const char *ref = refs.items[r], *other = refs.items[r + 1];
        size_t rn = strlen(ref);
        const char *kind = strrchr(ref, ' ');
        kind = kind ? kind + 1 : ref;
        size_t kn = strlen(kind), on = strlen(other);
        for (size_t at = 0; at < doc->len;) {
            const char *hit = chr_memmem(t + at, doc->len - at, ref, rn);
            if (!hit) break;
            size_t hs = (size_t)(hit - t), he = hs + rn;
            at = hs + 1;
            if (letter_before(t, hs)) continue;
            if (is_letter_at(t, doc->len, he)) {
                if (is_latin_byte(ref[rn - 1])) continue;
                size_t we = letter_run_end(t, doc->len, he);
                if (strip_josa(ex, t + hs, we - hs, 1) != rn) continue;
            }
            long sent = chr_doc_sentence_at(doc, hs);
            if (sent < 0 || doc->sentences.items[sent].zone != CHR_ZONE_BODY) continue;
            /* (the nearest before it; else, in a text that names the body
             * only later, the first after it: "the union's request … the
             * Hangyeol Nuclear Workers' Union signed") */
            long nearest = -1, first_after = -1;
            for (size_t i = 0; i < defining; i++) {
                const found_mention *f = &out->items[i];
                if (f->type != CHR_ENT_ORG || !(name_has_kind_word(t + f->start, f->end - f->start, kind, kn) ||
                                                 (on && name_has_kind_word(t + f->start, f->end - f->start, other, on))))
                    continue;
                /* (a union named by no name of its own names none) */
                if (chr_rules_find_word(ex->rules, "owned_union", t + f->start, f->end - f->start)) continue;
                if (f->end <= hs) {
                    if (nearest < 0 || f->start > out->items[nearest].start) nearest = (long)i;
                } else if (f->start >= he && (first_after < 0 || f->start < out->items[first_after].start)) {
                    first_after = (long)i;
                }
            }
            if (nearest < 0) nearest = first_after;
            if (nearest < 0) continue;
            /* (copied: add_found may move 'out') */
            size_t ns = out->items[nearest].start, ne = out->items[nearest].end;
            char *name = chr_xstrndup(t + ns, ne - ns);
            add_found(out, hs, he, CHR_ENT_ORG, name, ne - ns, NULL, 0, 0);
            free(name);
        }
    }
    chr_strvec_free(&refs);
}

/* "한 대표" after "한지오 이사회 의장": a surname that is also a common
 * word (word class surname_not_alone: 한 "one", 이 "this") is found alone
 * only before a title, and only when the article named a Korean person of
 * three syllables with it. */
static void add_ambiguous_surnames(const chr_entity_extractor *ex, const chr_doc *doc, mention_vec *out,
                                   size_t defining)
{
    const char *t = doc->text;
    const size_t syllable = 3;
    for (size_t i = 0; i < defining; i++) {
        const size_t name_start = out->items[i].start, name_end = out->items[i].end;
        if (out->items[i].type != CHR_ENT_PERSON || name_end - name_start != 3 * syllable ||
            !is_hangul_at(t, name_end, name_start) || !is_hangul_at(t, name_start + syllable, name_start) ||
            !is_hangul_at(t, name_start + 2 * syllable, name_start + syllable) ||
            !chr_rules_find_word(ex->rules, "surname_not_alone", t + name_start, syllable))
            continue;
        int seen_before = 0;
        for (size_t j = 0; j < i && !seen_before; j++)
            seen_before = out->items[j].type == CHR_ENT_PERSON && out->items[j].end - out->items[j].start == 3 * syllable &&
                          memcmp(t + out->items[j].start, t + name_start, syllable) == 0;
        if (seen_before) continue;
        for (size_t at = 0; at + syllable < doc->len;) {
            const char *hit = chr_memmem(t + at, doc->len - at, t + name_start, syllable);
            if (!hit) break;
            size_t hs = (size_t)(hit - t), he = hs + syllable;
            at = he;
            /* (after a space or a line's start only: "엑(Jonas Ek)이
             * 최고경영자" holds a particle) */
            if ((hs > 0 && t[hs - 1] != ' ' && t[hs - 1] != '\n') || he >= doc->len || t[he] != ' ') continue;
            /* the title, maybe with a particle: "한 대표는", "한 의장을" */
            size_t ws = he + 1, we = letter_run_end(t, doc->len, ws);
            const size_t title_start = ws;
            if (we == ws) continue;
            /* (past a word of class title_prefix: "한 전 대표는") */
            if (we + 1 < doc->len && t[we] == ' ' && chr_rules_find_word(ex->rules, "title_prefix", t + ws, we - ws)) {
                ws = we + 1;
                we = letter_run_end(t, doc->len, ws);
                if (we == ws) continue;
            }
            size_t stem = strip_josa(ex, t + ws, we - ws, 1);
            /* (or a role named with the full name or later: "여 부행장",
             * "여 후보") */
            if (!word_in_class(ex, WC_TITLE, t + ws, stem) && !word_in_class(ex, WC_PERSON_TITLE, t + ws, stem)) continue;
            long sent = chr_doc_sentence_at(doc, hs);
            if (sent < 0 || doc->sentences.items[sent].zone != CHR_ZONE_BODY) continue;
            add_found(out, hs, he, CHR_ENT_PERSON, NULL, 0, t + title_start, ws + stem - title_start, 0);
        }
    }
}

/* The length of a short Hangul name in brackets at 'at' ("(원운공)": two to
 * six syllables, no title or stop word), 0 when there is none; *start is
 * where it begins. A word of class short_name_lead and a quote may come
 * before it ("(이하 서린)", "(이하 '서린')"). */
static size_t quote_mark_at(const char *t, size_t len, size_t at)
{
    if (at < len && (t[at] == '\'' || t[at] == '"')) return 1;
    if (at + 3 <= len && (memcmp(t + at, "‘", 3) == 0 || memcmp(t + at, "’", 3) == 0 || memcmp(t + at, "“", 3) == 0 ||
                          memcmp(t + at, "”", 3) == 0))
        return 3;
    return 0;
}

static size_t bracketed_short_name(const chr_entity_extractor *ex, const char *t, size_t len, size_t at, size_t *start)
{
    if (at >= len || t[at] != '(') return 0;
    size_t e = at + 1;
    size_t lead_end = e;
    while (lead_end < len && lead_end - e < 32 && t[lead_end] != ' ' && t[lead_end] != ')') lead_end++;
    if (lead_end < len && t[lead_end] == ' ' && lead_end > e &&
        chr_rules_find_word(ex->rules, "short_name_lead", t + e, lead_end - e)) {
        e = lead_end;
        while (e < len && t[e] == ' ') e++;
        e += quote_mark_at(t, len, e);
    }
    size_t name_start = e, syllables = 0;
    while (e + 3 <= len && is_hangul_at(t, e + 3, e)) {
        e += 3;
        syllables++;
    }
    size_t n = e - name_start;
    if (name_start > at + 1) e += quote_mark_at(t, len, e);
    if (e >= len || t[e] != ')' || syllables < 2 || syllables > 6) return 0;
    if (word_in_class(ex, WC_NOTNAME, t + name_start, n) || word_in_class(ex, WC_TITLE, t + name_start, n)) return 0;
    *start = name_start;
    return n;
}

/* Third pass: a word of a defining person's name, or a cue-found company's
 * whole name, standing alone. */
static void scan_name_words(const chr_entity_extractor *ex, const chr_doc *doc, const size_vec *cands,
                            mention_vec *out)
{
    const char *t = doc->text;
    size_t defining = out->len;
    chr_strvec words = {0};
    str_set seen = {0}; /* the words, for a lookup that does not scan them */
    type_vec types = {0};
    chr_strvec links = {0}; /* per word: the full name it stands for, or NULL */
    for (size_t i = 0; i < defining; i++) {
        found_mention *f = &out->items[i];
        if (f->type == CHR_ENT_ORG) {
            /* a short name in brackets right after the full one
             * ("한국원전운영공사(원운공)") stands for it wherever it stands
             * alone ("원운공은") */
            /* (not a committee's: "임원후보추천위원회(임추위)" acts on the
             * company, and its short form would stand in for the company) */
            size_t committee = strlen("위원회");
            int is_committee = f->end - f->start > committee &&
                               memcmp(t + f->end - committee, "위원회", committee) == 0;
            size_t short_start = 0;
            size_t short_len = is_committee ? 0 : bracketed_short_name(ex, t, doc->len, f->end, &short_start);
            if (short_len && !str_set_has(&seen, t + short_start, short_len)) {
                char *form = chr_xstrndup(t + short_start, short_len);
                str_set_add(&seen, form);
                chr_vec_push(&words, form);
                chr_vec_push(&types, CHR_ENT_ORG);
                while (links.len + 1 < words.len) chr_vec_push(&links, NULL);
                chr_vec_push(&links, chr_xstrndup(t + f->start, f->end - f->start));
            }
            /* a company found by a cue ("스텔라웍스(Stellarworks)") is found
             * again wherever its name stands alone ("스텔라웍스 이사회는") */
            /* (a name seen already passes the test below no more) */
            if (str_set_has(&seen, t + f->start, f->end - f->start)) continue;
            char *name = chr_xstrndup(t + f->start, f->end - f->start);
            if (chr_utf8_count(name, strlen(name)) >= 2 && !(strlen(name) < 256 ? word_in_class(ex, WC_BOARD, name, strlen(name))
                                         : chr_rules_word(ex->rules, "board", name) != NULL) &&
                /* (nor a union named by no name of its own: "union" is no
                 * name wherever it stands) */
                !chr_rules_find_word(ex->rules, "owned_union", name, strlen(name)) &&
                !chr_entity_gazetteer_lookup(ex, name, NULL) && str_set_add(&seen, name)) {
                chr_vec_push(&words, name);
                chr_vec_push(&types, CHR_ENT_ORG);
                /* "Tidewell said" after "Tidewell Energy ASA": the first word
                 * of a Latin company name stands for it (the linker joins it
                 * to the company named in full in this article) */
                /* its name without a trailing suffix word ("Gallant Rock"
                 * for "Gallant Rock Partners"), so the longer short form wins */
                size_t core = strlen(name);
                for (;;) {
                    const char *last = core ? memrchr(name, ' ', core) : NULL;
                    if (!last) break;
                    size_t lw = core - (size_t)(last - name) - 1;
                    if (!word_in_class(ex, WC_ORG_SUFFIX_EN, last + 1, lw) &&
                        !word_in_class(ex, WC_LEGAL_SUFFIX, last + 1, lw))
                        break;
                    core = (size_t)(last - name);
                    while (core && name[core - 1] == ',') core--;
                }
                if (core < strlen(name) && memchr(name, ' ', core) && isupper((unsigned char)name[0]))
                    add_short_form(&words, &types, &seen, name, core);
                /* "벨포트는" after "벨포트캐피털(Belport Capital)", "밸류하버는"
                 * after "밸류하버파트너스": a Hangul name without its glued
                 * suffix word stands for it too, when its original names the
                 * two apart or the suffix is a brand's (word class
                 * shortname_suffix; not "투자" of "투자은행(IB)") */
                size_t name_len = strlen(name);
                if (!strchr(name, ' ') && (unsigned char)name[0] >= 0xEA) {
                    for (size_t cut = 1; cut < name_len; cut++) {
                        if (((unsigned char)name[cut] & 0xC0) == 0x80 || (unsigned char)name[cut] < 0xEA) continue;
                        int brand = word_in_class(ex, WC_SHORTNAME_SUFFIX, name + cut, name_len - cut);
                        if (!brand && !word_in_class(ex, WC_ORG_SUFFIX, name + cut, name_len - cut)) continue;
                        int apart = (f->latin && strchr(f->latin, ' ')) || brand;
                        /* (a generic suffix may end in a brand's: "동백금융지주" is
                         * "동백금융" too, not "동백") */
                        if (!apart) continue;
                        if (chr_utf8_count(name, cut) >= 2 && !word_in_class(ex, WC_NOTNAME, name, cut))
                            add_short_form(&words, &types, &seen, name, cut);
                        break;
                    }
                }
                const char *sp = strchr(name, ' ');
                size_t w1 = sp ? (size_t)(sp - name) : 0;
                /* (not the place a public body is named after: "Fenwick" of
                 * "Fenwick County Circuit Court", word class public_body_en) */
                const char *last_word = memrchr(name, ' ', strlen(name));
                int public_body = last_word && chr_rules_word(ex->rules, "public_body_en", last_word + 1) != NULL;
                if (w1 >= 3 && isupper((unsigned char)name[0]) && !public_body && !word_in_class(ex, WC_NOTNAME, name, w1) &&
                    !chr_rules_find_word(ex->rules, "shortform_not", name, w1) &&
                    !word_in_class(ex, WC_ORG_SUFFIX_EN, name, w1))
                    add_short_form(&words, &types, &seen, name, w1);
                /* a sports team is its city or owner alone and its nickname
                 * alone ("Haedam" and "the Mariners", "해담" and "마리너스"
                 * after "해담 마리너스"; word class team_nickname) */
                if (last_word && chr_rules_word(ex->rules, "team_nickname", last_word + 1)) {
                    size_t nick_start = (size_t)(last_word + 1 - name);
                    add_short_form(&words, &types, &seen, last_word + 1, strlen(name) - nick_start);
                    if (chr_utf8_count(name, w1) >= 2 && !word_in_class(ex, WC_NOTNAME, name, w1))
                        add_short_form(&words, &types, &seen, name, w1);
                }
                /* so does the first Hangul word of a foreign company written
                 * in words, with its original ("노르발" for "노르발 뉴클리어
                 * 컴포넌츠(Norrvall Nuclear Components)") */
                if (w1 && (unsigned char)name[0] >= 0xEA && f->latin && strchr(f->latin, ' ') &&
                    chr_utf8_count(name, w1) >= 2 && !word_in_class(ex, WC_NOTNAME, name, w1) &&
                    !chr_rules_find_word(ex->rules, "shortform_not", name, w1) &&
                    !word_in_class(ex, WC_ORG_SUFFIX, name, w1))
                    add_short_form(&words, &types, &seen, name, w1);
            } else {
                free(name);
            }
            continue;
        }
        if (count_words_in(t + f->start, f->end - f->start) < 2) continue;
        {
            /* the whole name again ("Choi Jae-hoon had led"), not its words
             * one by one */
            /* (copied only when new) */
            if (!str_set_has(&seen, t + f->start, f->end - f->start)) {
                char *whole = chr_xstrndup(t + f->start, f->end - f->start);
                str_set_add(&seen, whole);
                chr_vec_push(&words, whole);
                chr_vec_push(&types, f->type);
            }
        }
        /* (a union's words name its company alone: "Bluecrest" after the
         * "Bluecrest Pilots Association" is the airline) */
        if (f->type == CHR_ENT_ORG && last_word_in_class(ex, WC_LABOUR_BODY, t + f->start, f->end - f->start)) continue;
        size_t w = f->start;
        while (w < f->end) {
            size_t we = w;
            while (we < f->end && t[we] != ' ') we++;
            /* single syllables ("샘") and initials are too ambiguous alone */
            /* (nor a title: "전무" of "하야시다 마키 전무" is nobody alone) */
            if (chr_utf8_count(t + w, we - w) >= 2 && !word_in_class(ex, WC_NOTNAME, t + w, we - w) &&
                !word_in_class(ex, WC_NAME_PARTICLE, t + w, we - w) && !word_in_class(ex, WC_TITLE, t + w, we - w)) {
                if (!str_set_has(&seen, t + w, we - w)) {
                    char *word = chr_xstrndup(t + w, we - w);
                    str_set_add(&seen, word);
                    chr_vec_push(&words, word);
                    chr_vec_push(&types, f->type);
                }
            }
            w = we + 1;
        }
    }
    add_acronyms(doc, out, defining);
    add_kind_references(ex, doc, out, defining);
    add_ambiguous_surnames(ex, doc, out, defining);
    size_t *lens = chr_xmalloc((words.len + 1) * sizeof *lens);
    for (size_t k = 0; k < words.len; k++) lens[k] = strlen(words.items[k]);
    hit_vec hits = {0};
    find_patterns((const char *const *)words.items, lens, words.len, doc, cands, &hits);
    for (size_t h = 0; h < hits.len; h++) {
        size_t k = hits.items[h].pat;
        const char *w = words.items[k];
        size_t n = lens[k];
        size_t at = hits.items[h].at;
        {
            if (letter_before(t, at)) continue;
            long sent = chr_doc_sentence_at(doc, at);
            if (sent < 0 || doc->sentences.items[sent].zone != CHR_ZONE_BODY) continue;
            size_t end = at + n;
            if (is_letter_at(t, doc->len, end)) {
                if (is_latin_byte(w[n - 1])) {
                    if (is_latin_byte(t[end])) continue;
                } else {
                    size_t we = letter_run_end(t, doc->len, end);
                    if (strip_josa(ex, t + at, we - at, 1) != n) continue;
                }
            }
            const char *link = k < links.len ? links.items[k] : NULL;
            add_found(out, at, end, types.items[k], link, link ? strlen(link) : 0, NULL, 0, 0);
        }
    }
    chr_vec_free(&hits);
    free(lens);
    str_set_free(&seen);
    chr_strvec_free(&words);
    chr_strvec_free(&links);
    chr_vec_free(&types);
}

static int found_order(const void *a, const void *b)
{
    const found_mention *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    size_t lx = x->end - x->start, ly = y->end - y->start;
    if (lx != ly) return lx > ly ? -1 : 1;
    if (x->defining != y->defining) return x->defining ? -1 : 1;
    if ((x->latin != NULL) != (y->latin != NULL)) return x->latin ? -1 : 1;
    return (int)x->type - (int)y->type;
}

/* One document's state in a batch (chr_entity_extract_batch): where
 * its gates' items are, by gate; its word index; what its cues found. */
typedef struct {
    const chr_doc *doc;
    mention_vec found;
    int failed;
    doc_words words;
    chr_gate_hits hits;
    long *hit_sent; /* the sentence of each hit, -1 for none */
    size_t gate_start[CHR_GATES_MAX + 1];
    size_t *by_gate; /* hits of gate g: by_gate[gate_start[g] .. gate_start[g + 1]) */
} doc_cues;

/* True when the sentences of 'doc' are in text order and do not overlap
 * (the reader makes them so): a scan of the cue sentences' whole span,
 * kept where it lies in one of them, is then their scans one by one. */
static int sentences_ordered(const chr_doc *doc)
{
    for (size_t i = 1; i < doc->sentences.len; i++)
        if (doc->sentences.items[i].start < doc->sentences.items[i - 1].end) return 0;
    return 1;
}

void chr_entity_gate_span(const chr_entity_extractor *ex, const chr_doc *doc, size_t *from, size_t *to)
{
    *from = *to = 0;
    if (ex->ungated) return;
    int any = 0;
    for (size_t i = 0; i < doc->sentences.len; i++) {
        const chr_sentence *sn = &doc->sentences.items[i];
        if (!zone_takes_cues(sn->zone) || sn->end <= sn->start) continue;
        if (!any || sn->start < *from) *from = sn->start;
        if (!any || sn->end > *to) *to = sn->end;
        any = 1;
    }
}

/* Fills 'dc' for 'doc': the gate scan of its cue sentences, or what of
 * 'scanned' (a scan of the span chr_entity_gate_span() names, or NULL)
 * lies in them. */
static void doc_cues_begin(const chr_entity_extractor *ex, const chr_doc *doc, doc_cues *dc,
                           const chr_gate_hits *scanned)
{
    memset(dc, 0, sizeof *dc);
    dc->doc = doc;
    if (scanned && !ex->ungated && sentences_ordered(doc)) {
        chr_vec_reserve(&dc->hits, scanned->len);
        for (size_t h = 0, sn = 0; h < scanned->len; h++) {
            size_t at = scanned->items[h].at;
            while (sn < doc->sentences.len && doc->sentences.items[sn].end <= at) sn++;
            if (sn < doc->sentences.len && doc->sentences.items[sn].start <= at &&
                zone_takes_cues(doc->sentences.items[sn].zone))
                chr_vec_push(&dc->hits, scanned->items[h]);
        }
        scanned = &dc->hits;
    }
    /* (only hits in body and headline sentences open windows) */
    for (size_t i = 0; i < doc->sentences.len && !ex->ungated && scanned != &dc->hits; i++) {
        const chr_sentence *sn = &doc->sentences.items[i];
        if (zone_takes_cues(sn->zone)) chr_gates_scan(ex->gates, doc->text, doc->len, sn->start, sn->end, &dc->hits);
    }
    const chr_gate_hits *hits = &dc->hits;
    dc->hit_sent = chr_xmalloc((hits->len + 1) * sizeof *dc->hit_sent);
    for (size_t h = 0, sn = 0; h < hits->len; h++) {
        size_t at = hits->items[h].at;
        while (sn < doc->sentences.len && doc->sentences.items[sn].end <= at) sn++;
        dc->hit_sent[h] = sn < doc->sentences.len && doc->sentences.items[sn].start <= at ? (long)sn : -1;
    }
    /* the hits of each gate, in text order: a cue walks its own */
    size_t *gate_start = dc->gate_start;
    for (size_t h = 0; h < hits->len; h++)
        for (uint64_t m = hits->items[h].mask; m; m &= m - 1) gate_start[__builtin_ctzll(m) + 1]++;
    for (int g = 0; g < CHR_GATES_MAX; g++) gate_start[g + 1] += gate_start[g];
    dc->by_gate = chr_xmalloc((gate_start[CHR_GATES_MAX] + 1) * sizeof *dc->by_gate);
    size_t fill[CHR_GATES_MAX];
    memcpy(fill, gate_start, sizeof fill);
    for (size_t h = 0; h < hits->len; h++)
        for (uint64_t m = hits->items[h].mask; m; m &= m - 1) dc->by_gate[fill[__builtin_ctzll(m)]++] = h;
}

/* Runs cue 'cue' over the windows of its gates in 'dc''s document; the
 * window vectors are scratch. */
static void doc_cues_run(const chr_entity_extractor *ex, const entity_cue *cue, doc_cues *dc, window_vec *windows,
                         window_vec *more, window_vec *scratch, chr_error *err)
{
    int g = cue->gate;
    size_t from = g >= 0 ? dc->gate_start[g] : 0, to = g >= 0 ? dc->gate_start[g + 1] : 0;
    cue_windows(ex, g, dc->doc, &dc->hits, dc->hit_sent, dc->by_gate + from, to - from, NULL, windows);
    for (int k = 0; k < cue->nmore && !ex->ungated && windows->len; k++) {
        g = cue->more_gates[k];
        cue_windows(ex, g, dc->doc, &dc->hits, dc->hit_sent, dc->by_gate + dc->gate_start[g],
                    dc->gate_start[g + 1] - dc->gate_start[g], windows, more);
        windows_meet(windows, more, scratch);
    }
    run_cue(ex, cue, dc->doc, &dc->found, &dc->words, windows, err, &dc->failed);
}

/* Frees what 'dc' holds but its found mentions. */
static void doc_cues_end(doc_cues *dc)
{
    chr_vec_free(&dc->hits);
    free(dc->hit_sent);
    free(dc->by_gate);
    memo_free(&dc->words.cache);
    free(dc->words.starts);
    free(dc->words.bucket);
}

/* A person found by shape whose name is a company's the text named with
 * its Latin original ("브레닝엔 셀(Brenningen Cell)" and then "브레닝엔 셀만
 * 의 문제는"): that company's mention. */
static void retype_company_names(const chr_entity_extractor *ex, const chr_doc *doc, mention_vec *found)
{
    const char *t = doc->text;
    size_vec orgs = {0};
    for (size_t j = 0; j < found->len; j++)
        if (found->items[j].type == CHR_ENT_ORG && found->items[j].latin && found->items[j].defining)
            chr_vec_push(&orgs, j);
    for (size_t i = 0; i < found->len && orgs.len; i++) {
        found_mention *f = &found->items[i];
        if (f->type != CHR_ENT_PERSON) continue;
        for (size_t k = 0; k < orgs.len; k++) {
            const found_mention *o = &found->items[orgs.items[k]];
            size_t ol = o->end - o->start;
            if (f->end - f->start < ol || memcmp(t + f->start, t + o->start, ol) != 0) continue;
            if (f->end - f->start > ol && strip_josa(ex, t + f->start, f->end - f->start, 1) != ol) continue;
            f->type = CHR_ENT_ORG;
            f->end = f->start + ol;
            break;
        }
    }
    chr_vec_free(&orgs);
}

/* Frees found mentions that are not taken. */
static void found_free(mention_vec *found)
{
    for (size_t i = 0; i < found->len; i++) {
        free(found->items[i].latin);
        free(found->items[i].title);
    }
    chr_vec_free(found);
}

/* A company's union named by the company ("한결원자력 노동조합은", "청람솔라
 * 노조가"): an organisation followed by a word of class company_union is,
 * with it, the union (the longer mention wins its place); the union's
 * strikes and deals name the company too (event.c). */
static void add_company_unions(const chr_entity_extractor *ex, const chr_doc *doc, mention_vec *found)
{
    const char *t = doc->text;
    size_t n = found->len;
    for (size_t i = 0; i < n; i++) {
        const found_mention f = found->items[i];
        if (f.type != CHR_ENT_ORG || f.hint || f.end >= doc->len || t[f.end] != ' ') continue;
        size_t ws = f.end + 1, we = letter_run_end(t, doc->len, ws);
        if (we == ws) continue;
        size_t stem = strip_josa(ex, t + ws, we - ws, 1);
        if (!chr_rules_find_word(ex->rules, "company_union", t + ws, stem)) continue;
        add_found(found, f.start, ws + stem, CHR_ENT_ORG, NULL, 0, NULL, 0, 0);
    }
}

/* The rest of the stage for document 'doc_index' once its cues ran: the
 * gazetteer and name scans, then its mentions in text order, appended to
 * the corpus ('failed': a cue failed, nothing is appended). Takes over
 * 'found'. */
static chr_status doc_mentions(const chr_entity_extractor *ex, chr_corpus *corpus, int doc_index, mention_vec found,
                               int failed, chr_error *err)
{
    const chr_doc *doc = corpus->docs.items[doc_index];
    if (!failed) {
        size_vec cands = {0};
        body_candidates(doc, &cands);
        retype_company_names(ex, doc, &found);
        scan_gazetteer(ex, doc, &cands, &found);
        add_company_unions(ex, doc, &found);
        scan_name_words(ex, doc, &cands, &found);
        chr_vec_free(&cands);
    }
    if (found.len) qsort(found.items, found.len, sizeof *found.items, found_order);
    size_t taken_end = 0;
    for (size_t i = 0; i < found.len; i++) {
        found_mention *f = &found.items[i];
        if (f->hint) {
            /* the headline informs the body; it yields no mention itself */
            free(f->latin);
            free(f->title);
            continue;
        }
        if (failed || f->start < taken_end) {
            /* an overlapping mention may still carry the original or title */
            if (!failed && corpus->entity_mentions.len > 0) {
                chr_entity_mention *prev = &corpus->entity_mentions.items[corpus->entity_mentions.len - 1];
                if (prev->doc == doc_index && prev->start == f->start && prev->end == f->end) {
                    if (!prev->latin && f->latin) prev->latin = f->latin, f->latin = NULL;
                    if (!prev->title && f->title) prev->title = f->title, f->title = NULL;
                }
            }
            free(f->latin);
            free(f->title);
            continue;
        }
        taken_end = f->end;
        chr_entity_mention m = {.doc = doc_index,
                                .start = f->start,
                                .end = f->end,
                                .sentence = chr_doc_sentence_at(doc, f->start),
                                .type = f->type,
                                .entity = -1,
                                .latin = f->latin,
                                .title = f->title,
                                .in_brackets = f->start > 0 && f->end < doc->len && doc->text[f->start - 1] == '(' &&
                                                       doc->text[f->end] == ')'
                                                   ? 1 + (f->start > 1 && doc->text[f->start - 2] == ' ')
                                                   : 0};
        chr_vec_push(&corpus->entity_mentions, m);
    }
    chr_vec_free(&found);
    if (failed) {
        chr_copy_str(err->file, sizeof err->file, doc->path ? doc->path : "(stdin)");
        return CHR_ERR_LIMIT;
    }
    return CHR_OK;
}

/*
 * The stage over documents [first_doc, end_doc), cue by cue: each cue
 * runs over every document of the batch before the next cue, so that its
 * compiled pattern and the code around it stay in the caches (one
 * document at a time through the 40-odd cues found them cold: a third of
 * the time in the cues' JIT code was cache misses). Each document's
 * mentions are what chr_entity_extract on it alone finds, appended in
 * document order. On a failure, the documents before the first one that
 * failed have their mentions; 'err' is that document's.
 */
chr_status chr_entity_extract_scanned(const chr_entity_extractor *ex, chr_corpus *corpus, int first_doc, int end_doc,
                                      const chr_gate_hits *scanned, chr_error *err)
{
    if (end_doc <= first_doc) return CHR_OK;
    size_t n = (size_t)(end_doc - first_doc);
    doc_cues *dcs = chr_xmalloc(n * sizeof *dcs);
    for (size_t i = 0; i < n; i++)
        doc_cues_begin(ex, corpus->docs.items[first_doc + (int)i], &dcs[i], scanned ? &scanned[i] : NULL);
    window_vec windows = {0}, more = {0}, scratch = {0};
    /* the first failure in document order, and its error */
    size_t failed_at = n;
    chr_error cue_err = {0}, *first_err = chr_xcalloc(1, sizeof *first_err);
    for (size_t c = 0; c < ex->cues.len; c++) {
        for (size_t i = 0; i < n; i++) {
            if (dcs[i].failed) continue;
            doc_cues_run(ex, &ex->cues.items[c], &dcs[i], &windows, &more, &scratch, &cue_err);
            if (dcs[i].failed && i < failed_at) {
                failed_at = i;
                *first_err = cue_err;
            }
        }
    }
    chr_vec_free(&windows);
    chr_vec_free(&more);
    chr_vec_free(&scratch);
    chr_status st = CHR_OK;
    for (size_t i = 0; i < n; i++) {
        doc_cues_end(&dcs[i]);
        if (i > failed_at) {
            found_free(&dcs[i].found);
            continue;
        }
        if (i == failed_at) *err = *first_err;
        chr_status ds = doc_mentions(ex, corpus, first_doc + (int)i, dcs[i].found, dcs[i].failed, err);
        if (st == CHR_OK) st = ds;
    }
    free(first_err);
    free(dcs);
    return st;
}

chr_status chr_entity_extract_batch(const chr_entity_extractor *ex, chr_corpus *corpus, int first_doc, int end_doc,
                                    chr_error *err)
{
    return chr_entity_extract_scanned(ex, corpus, first_doc, end_doc, NULL, err);
}

const chr_gates *chr_entity_gates(const chr_entity_extractor *ex)
{
    return ex->gates;
}

chr_status chr_entity_extract(const chr_entity_extractor *ex, chr_corpus *corpus, int doc_index, chr_error *err)
{
    return chr_entity_extract_batch(ex, corpus, doc_index, doc_index + 1, err);
}
