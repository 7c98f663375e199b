/*
 * rules.c - loads language knowledge (rule files) and compiles the regexes
 * built from it.
 *
 * Sits before every extractor: each extractor asks the rule set for the
 * records of its kinds and compiles their patterns once at start-up. The
 * loader checks only the shape of a record (its kind and field count);
 * meaning is checked by the module that owns the kind, with errors that
 * still name the file and the line.
 *
 * It also holds the gates, the extractors' prefilters: the words a pattern
 * needs (named by a rule's gate flag, or read from the pattern's first
 * words), found for all patterns of a module in one pass over a document,
 * so that each pattern runs only near them (chr_regex_find_limited).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "chr_rules.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Provided by the build (tools/embed.c writes it from src/rules). */
struct chr_embedded_file {
    const char *path;
    const char *data;
    size_t len;
};
extern const struct chr_embedded_file chr_embedded_rules[];
extern const size_t chr_embedded_rules_count;

/* A slot of the word table: the first 'word' record of one class and
 * surface (hash 0 marks an empty slot). */
typedef struct {
    uint32_t hash;
    uint32_t rec;
} word_slot;

struct chr_rules {
    CHR_VEC(chr_rule_record) records;
    chr_strvec names; /* owned file names and languages, referenced by records */
    /* (class, surface) -> first record, open addressing: the lookup of
     * every extractor's inner loops, so no key is built and no JSON hashed */
    word_slot *words;
    size_t words_cap, words_len;
    CHR_VEC(long) same_next; /* record -> next record of its class and surface, or -1 */
    /* hashes of (class, last character of a surface): "no particle ends
     * with this syllable" answered before any suffix is looked up */
    uint32_t *ends;
    size_t ends_cap, ends_len;
    json_t *classes;  /* "class" -> [record index, ...] in file order */
    json_t *longest;  /* "class" -> its longest surface in bytes */
    json_t *defines;  /* "NAME" -> record index */
    /* "class" -> the alternation {word:class} expands to: a cache that
     * expand_into() fills (thousands of patterns name a few classes, and
     * building a prefix tree is most of an expansion) and index_record()
     * empties, so it is not part of what a const chr_rules promises */
    json_t *word_alternations;
};

/* The record kinds the loader accepts, with their field counts (kind
 * included). Modules give them meaning. */
static const struct {
    const char *kind;
    int min_fields, max_fields;
} known_kinds[] = {
    {"word", 3, 4},    {"define", 3, 3},  {"timex", 5, 6},  {"event", 3, 12},
    {"entity", 3, 12}, {"org", 2, 12},    {"zone", 3, 4},   {"modality", 3, 5},
    {"role", 3, 5},    {"clause", 2, 3},  {"label", 4, 4},  {"amount", 3, 3},
};

static chr_rules *rules_new(void)
{
    chr_rules *rules = chr_xcalloc(1, sizeof *rules);
    rules->classes = json_object();
    rules->longest = json_object();
    rules->defines = json_object();
    rules->word_alternations = json_object();
    return rules;
}

void chr_rules_free(chr_rules *rules)
{
    if (!rules) return;
    for (size_t i = 0; i < rules->records.len; i++)
        for (int f = 0; f < rules->records.items[i].nfields; f++) free(rules->records.items[i].fields[f]);
    chr_vec_free(&rules->records);
    chr_strvec_free(&rules->names);
    free(rules->words);
    free(rules->ends);
    chr_vec_free(&rules->same_next);
    json_decref(rules->classes);
    json_decref(rules->longest);
    json_decref(rules->defines);
    json_decref(rules->word_alternations);
    free(rules);
}

static const char *intern_name(chr_rules *rules, const char *name)
{
    size_t i = chr_strvec_add_unique(&rules->names, name);
    return rules->names.items[i];
}

static int kind_shape(const char *kind, int *min_fields, int *max_fields)
{
    for (size_t i = 0; i < sizeof known_kinds / sizeof known_kinds[0]; i++) {
        if (strcmp(known_kinds[i].kind, kind) == 0) {
            *min_fields = known_kinds[i].min_fields;
            *max_fields = known_kinds[i].max_fields;
            return 1;
        }
    }
    return 0;
}

static long first_invalid_utf8(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0 || i + n > len || c == 0) return (long)i;
        for (size_t k = 1; k < n; k++)
            if ((s[i + k] & 0xC0) != 0x80) return (long)i;
        i += n;
    }
    return -1;
}

/* Mixes n bytes of p into h, eight at a time. */
static uint64_t hash_bytes(uint64_t h, const char *p, size_t n)
{
    while (n >= 8) {
        uint64_t x;
        memcpy(&x, p, 8);
        h = (h ^ x) * UINT64_C(0x9E3779B97F4A7C15);
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    /* the last 0..7 bytes, little-endian, as memcpy(&x, p, n) would load
     * them there (a call to memcpy with a length that varies cost more
     * than the mixing) */
    uint64_t x = 0;
    size_t k = 0;
    if (n & 4) {
        uint32_t v;
        memcpy(&v, p, 4);
        x = v;
        k = 4;
    }
    if (n & 2) {
        uint16_t v;
        memcpy(&v, p + k, 2);
        x |= (uint64_t)v << (8 * k);
        k += 2;
    }
    if (n & 1) x |= (uint64_t)(unsigned char)p[k] << (8 * k);
    h = (h ^ x ^ ((uint64_t)n << 56)) * UINT64_C(0x9E3779B97F4A7C15);
    return h ^ (h >> 29);
}

/* Hash of class and surface (the table's key); never 0 (0 marks an empty
 * slot). Eight bytes a step: it runs for every word looked up. */
static uint32_t word_hash(const char *cls, size_t cls_len, const char *s, size_t len)
{
    uint64_t h = hash_bytes(hash_bytes(UINT64_C(0x243F6A8885A308D3), cls, cls_len), s, len);
    uint32_t r = (uint32_t)(h >> 32);
    return r ? r : 1;
}

/* The slot of (cls, s[0..len)): its record's, or the empty one where it goes. */
static word_slot *word_find_slot(const chr_rules *rules, uint32_t h, const char *cls, const char *s, size_t len)
{
    size_t mask = rules->words_cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        word_slot *slot = &rules->words[i];
        if (slot->hash == 0) return slot;
        if (slot->hash != h) continue;
        const chr_rule_record *rec = &rules->records.items[slot->rec];
        if (strncmp(rec->fields[2], s, len) == 0 && rec->fields[2][len] == '\0' && strcmp(rec->fields[1], cls) == 0)
            return slot;
    }
}

/* Adds hash 'h' to the set of word endings (0 is never stored). */
static void ends_add(chr_rules *rules, uint32_t h)
{
    if (2 * (rules->ends_len + 1) > rules->ends_cap) {
        uint32_t *old = rules->ends;
        size_t old_cap = rules->ends_cap;
        rules->ends_cap = old_cap ? 2 * old_cap : 256;
        rules->ends = chr_xcalloc(rules->ends_cap, sizeof *rules->ends);
        rules->ends_len = 0;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i]) ends_add(rules, old[i]);
        free(old);
    }
    size_t mask = rules->ends_cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        if (rules->ends[i] == h) return;
        if (!rules->ends[i]) {
            rules->ends[i] = h;
            rules->ends_len++;
            return;
        }
    }
}

static void word_index(chr_rules *rules, size_t index)
{
    const chr_rule_record *rec = &rules->records.items[index];
    if (2 * (rules->words_len + 1) > rules->words_cap) {
        word_slot *old = rules->words;
        size_t old_cap = rules->words_cap;
        rules->words_cap = old_cap ? 2 * old_cap : 256;
        rules->words = chr_xcalloc(rules->words_cap, sizeof *rules->words);
        for (size_t i = 0; i < old_cap; i++) {
            if (!old[i].hash) continue;
            size_t k = old[i].hash & (rules->words_cap - 1);
            while (rules->words[k].hash) k = (k + 1) & (rules->words_cap - 1);
            rules->words[k] = old[i];
        }
        free(old);
    }
    const char *cls = rec->fields[1], *surface = rec->fields[2];
    size_t len = strlen(surface);
    uint32_t h = word_hash(cls, strlen(cls), surface, len);
    word_slot *slot = word_find_slot(rules, h, cls, surface, len);
    if (!slot->hash) {
        slot->hash = h;
        slot->rec = (uint32_t)index;
        rules->words_len++;
    } else {
        /* a second record of the same word: chained after the others */
        size_t k = slot->rec;
        while (rules->same_next.items[k] >= 0) k = (size_t)rules->same_next.items[k];
        rules->same_next.items[k] = (long)index;
    }
    if (len > 0) {
        size_t last = len - 1;
        while (last > 0 && ((unsigned char)surface[last] & 0xC0) == 0x80) last--;
        ends_add(rules, word_hash(cls, strlen(cls), surface + last, len - last));
    }
    json_t *lw = json_object_get(rules->longest, cls);
    if (!lw) json_object_set_new(rules->longest, cls, json_integer((json_int_t)len));
    else if ((json_int_t)len > json_integer_value(lw)) json_integer_set(lw, (json_int_t)len);
}

static chr_status index_record(chr_rules *rules, size_t index, chr_error *err)
{
    chr_rule_record *rec = &rules->records.items[index];
    while (rules->same_next.len <= index) chr_vec_push(&rules->same_next, -1L);
    json_object_clear(rules->word_alternations);
    if (strcmp(rec->fields[0], "word") == 0) {
        word_index(rules, index);
        json_t *list = json_object_get(rules->classes, rec->fields[1]);
        if (!list) {
            list = json_array();
            json_object_set_new(rules->classes, rec->fields[1], list);
        }
        json_array_append_new(list, json_integer((json_int_t)index));
    } else if (strcmp(rec->fields[0], "define") == 0) {
        if (json_object_get(rules->defines, rec->fields[1]))
            return chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                 "define '%s' is already defined", rec->fields[1]);
        json_object_set_new(rules->defines, rec->fields[1], json_integer((json_int_t)index));
    }
    return CHR_OK;
}

static chr_status parse_into(chr_rules *rules, const char *display_name, const char *lang,
                             const char *text, size_t len, chr_error *err)
{
    long bad = first_invalid_utf8((const unsigned char *)text, len);
    if (bad >= 0) {
        long line = 1;
        for (long i = 0; i < bad; i++)
            if (text[i] == '\n') line++;
        return chr_error_set(err, CHR_ERR_RULES, display_name, line, -1,
                             "invalid UTF-8 or NUL byte at byte %ld", bad);
    }
    const char *file = intern_name(rules, display_name);
    const char *lang_name = intern_name(rules, lang);
    size_t pos = 0;
    long line_no = 0;
    while (pos < len) {
        size_t eol = pos;
        while (eol < len && text[eol] != '\n') eol++;
        line_no++;
        size_t line_end = eol;
        if (line_end > pos && text[line_end - 1] == '\r') line_end--;
        const char *line = text + pos;
        size_t line_len = line_end - pos;
        pos = eol < len ? eol + 1 : len;

        size_t lead = 0;
        while (lead < line_len && (line[lead] == ' ' || line[lead] == '\t')) lead++;
        if (lead == line_len || line[lead] == '#') continue;
        if (lead > 0)
            return chr_error_set(err, CHR_ERR_RULES, file, line_no, -1,
                                 "a record must start at the beginning of the line");

        chr_rule_record rec = {.file = file, .lang = lang_name, .line = line_no};
        size_t i = 0;
        while (i < line_len) {
            size_t f_end = i;
            while (f_end < line_len && line[f_end] != '\t') f_end++;
            if (rec.nfields == CHR_RULE_MAX_FIELDS) {
                for (int f = 0; f < rec.nfields; f++) free(rec.fields[f]);
                return chr_error_set(err, CHR_ERR_RULES, file, line_no, -1,
                                     "too many fields (at most %d)", CHR_RULE_MAX_FIELDS);
            }
            rec.fields[rec.nfields++] = chr_xstrndup(line + i, f_end - i);
            i = f_end;
            while (i < line_len && line[i] == '\t') i++;
        }
        int min_fields, max_fields;
        if (!kind_shape(rec.fields[0], &min_fields, &max_fields)) {
            chr_error_set(err, CHR_ERR_RULES, file, line_no, -1, "unknown record kind '%s'", rec.fields[0]);
            for (int f = 0; f < rec.nfields; f++) free(rec.fields[f]);
            return CHR_ERR_RULES;
        }
        if (rec.nfields < min_fields || rec.nfields > max_fields) {
            chr_error_set(err, CHR_ERR_RULES, file, line_no, -1,
                          "a '%s' record takes %d to %d TAB-separated fields, this one has %d",
                          rec.fields[0], min_fields - 1, max_fields - 1, rec.nfields - 1);
            for (int f = 0; f < rec.nfields; f++) free(rec.fields[f]);
            return CHR_ERR_RULES;
        }
        chr_vec_push(&rules->records, rec);
        chr_status st = index_record(rules, rules->records.len - 1, err);
        if (st != CHR_OK) return st;
    }
    return CHR_OK;
}

chr_rules *chr_rules_load_text(const char *display_name, const char *lang, const char *text,
                               size_t len, chr_error *err)
{
    chr_rules *rules = rules_new();
    if (parse_into(rules, display_name, lang, text, len, err) != CHR_OK) {
        chr_rules_free(rules);
        return NULL;
    }
    return rules;
}

chr_rules *chr_rules_load_embedded(chr_error *err)
{
    chr_rules *rules = rules_new();
    for (size_t i = 0; i < chr_embedded_rules_count; i++) {
        const struct chr_embedded_file *f = &chr_embedded_rules[i];
        char lang[64];
        const char *slash = strchr(f->path, '/');
        size_t n = slash ? (size_t)(slash - f->path) : 0;
        if (n >= sizeof lang) n = sizeof lang - 1;
        memcpy(lang, f->path, n);
        lang[n] = '\0';
        char name[512];
        snprintf(name, sizeof name, "(built-in) %s", f->path);
        if (parse_into(rules, name, lang, f->data, f->len, err) != CHR_OK) {
            chr_rules_free(rules);
            return NULL;
        }
    }
    return rules;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists the entries of 'dir' sorted by name (dot files skipped). */
static int list_dir(const char *dir, chr_strvec *out)
{
    DIR *d = opendir(dir);
    if (!d) return -1;
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (de->d_name[0] != '.') chr_vec_push(out, chr_xstrdup(de->d_name));
    closedir(d);
    if (out->len) qsort(out->items, out->len, sizeof *out->items, compare_names);
    return 0;
}

chr_rules *chr_rules_load_dir(const char *dir, chr_error *err)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        chr_error_set(err, CHR_ERR_RULES, dir, 0, -1, "%s", strerror(errno));
        return NULL;
    }
    if (!S_ISDIR(st.st_mode)) {
        chr_error_set(err, CHR_ERR_RULES, dir, 0, -1, "not a directory");
        return NULL;
    }
    chr_rules *rules = rules_new();
    chr_strvec langs = {0};
    list_dir(dir, &langs);
    size_t files_loaded = 0;
    chr_status status = CHR_OK;
    for (size_t i = 0; i < langs.len && status == CHR_OK; i++) {
        char sub[4096];
        snprintf(sub, sizeof sub, "%s/%s", dir, langs.items[i]);
        if (stat(sub, &st) != 0 || !S_ISDIR(st.st_mode)) continue;
        chr_strvec files = {0};
        list_dir(sub, &files);
        for (size_t k = 0; k < files.len && status == CHR_OK; k++) {
            size_t nlen = strlen(files.items[k]);
            if (nlen < 6 || strcmp(files.items[k] + nlen - 6, ".rules") != 0) continue;
            char path[4096 + 256];
            snprintf(path, sizeof path, "%s/%s", sub, files.items[k]);
            char *data = NULL;
            size_t len = 0;
            status = chr_read_file(path, CHR_ERR_RULES, &data, &len, err);
            if (status == CHR_OK) {
                status = parse_into(rules, path, langs.items[i], data, len, err);
                files_loaded++;
            }
            free(data);
        }
        chr_strvec_free(&files);
    }
    chr_strvec_free(&langs);
    if (status == CHR_OK && files_loaded == 0)
        status = chr_error_set(err, CHR_ERR_RULES, dir, 0, -1, "no rule files (expected %s/<lang>/*.rules)", dir);
    if (status != CHR_OK) {
        chr_rules_free(rules);
        return NULL;
    }
    return rules;
}

size_t chr_rules_count(const chr_rules *rules)
{
    return rules->records.len;
}

const chr_rule_record *chr_rules_at(const chr_rules *rules, size_t index)
{
    return index < rules->records.len ? &rules->records.items[index] : NULL;
}

const chr_rule_record *chr_rules_find_word(const chr_rules *rules, const char *word_class, const char *s, size_t len)
{
    if (!rules->words_cap) return NULL;
    word_slot *slot = word_find_slot(rules, word_hash(word_class, strlen(word_class), s, len), word_class, s, len);
    return slot->hash ? &rules->records.items[slot->rec] : NULL;
}

int chr_rules_clause_cue_in(const chr_rules *rules, const char *text, size_t n)
{
    size_t i = 0;
    while (i < n) {
        while (i < n && !isalpha((unsigned char)text[i])) i++;
        size_t b = i;
        while (i < n && isalpha((unsigned char)text[i])) i++;
        if (i == b || i - b >= 16 || !chr_rules_find_word(rules, "order_cue", text + b, i - b)) continue;
        size_t w = i;
        while (w < n && text[w] == ' ') w++;
        size_t we = w;
        while (we < n && isalpha((unsigned char)text[we])) we++;
        if (we == w || !chr_rules_find_word(rules, "determiner", text + w, we - w)) return 1;
    }
    return 0;
}

const chr_rule_record *chr_rules_next_word(const chr_rules *rules, const chr_rule_record *rec)
{
    long next = rules->same_next.items[rec - rules->records.items];
    return next >= 0 ? &rules->records.items[next] : NULL;
}

int chr_rules_class_may_end_with(const chr_rules *rules, const char *word_class, const char *ch, size_t n)
{
    if (!rules->ends_cap) return 0;
    uint32_t h = word_hash(word_class, strlen(word_class), ch, n);
    size_t mask = rules->ends_cap - 1;
    for (size_t i = h & mask; rules->ends[i]; i = (i + 1) & mask)
        if (rules->ends[i] == h) return 1;
    return 0;
}

size_t chr_rules_longest_word(const chr_rules *rules, const char *word_class)
{
    return (size_t)json_integer_value(json_object_get(rules->longest, word_class));
}

const char *chr_rules_word(const chr_rules *rules, const char *word_class, const char *surface)
{
    const chr_rule_record *rec = chr_rules_find_word(rules, word_class, surface, strlen(surface));
    if (!rec) return NULL;
    return rec->nfields > 3 ? rec->fields[3] : "";
}

int chr_rules_has_class(const chr_rules *rules, const char *word_class)
{
    return json_object_get(rules->classes, word_class) != NULL;
}

void chr_rules_each_word(const chr_rules *rules, const char *word_class,
                         void (*fn)(const chr_rule_record *rec, void *ctx), void *ctx)
{
    json_t *list = json_object_get(rules->classes, word_class);
    size_t i;
    json_t *idx;
    json_array_foreach(list, i, idx) fn(&rules->records.items[json_integer_value(idx)], ctx);
}

/* ---- pattern expansion ------------------------------------------------------ */

static void quote_literal(chr_buf *out, const char *s)
{
    for (; *s; s++) {
        if (strchr("\\^$.|?*+()[]{}", *s)) chr_buf_putc(out, '\\');
        if (*s == ' ') {
            /* a space in a cue word matches any run of horizontal space */
            chr_buf_puts(out, "\\h+");
            continue;
        }
        chr_buf_putc(out, *s);
    }
}

struct word_list {
    CHR_VEC(const char *) surfaces;
};

static void collect_surface(const chr_rule_record *rec, void *ctx)
{
    struct word_list *list = ctx;
    chr_vec_push(&list->surfaces, rec->fields[2]);
}

static int longer_first(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx != ly) return lx > ly ? -1 : 1;
    return strcmp(x, y);
}

/* The bytes of the UTF-8 character at 's'. */
static size_t char_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    for (size_t k = 1; k < n; k++)
        if (!s[k]) return k;
    return n;
}

/* Whether the characters at 'a' and 'b' are told apart under any case
 * folding: ASCII letters by their lower case; other characters only when
 * they are Hangul syllables (no case), else not (returns 0). */
static int fold_distinct(const char *a, size_t la, const char *b, size_t lb)
{
    if (la == 1 && lb == 1) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x | 0x20);
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y | 0x20);
        return x != y;
    }
    for (int k = 0; k < 2; k++) {
        const unsigned char *c = (const unsigned char *)(k ? b : a);
        size_t n = k ? lb : la;
        if (n == 1) continue;
        if (n != 3) return 0;
        unsigned cp = ((unsigned)(c[0] & 0x0F) << 12) | ((unsigned)(c[1] & 0x3F) << 6) | (c[2] & 0x3Fu);
        if (cp < 0xAC00 || cp > 0xD7A3) return 0;
    }
    return la != lb || memcmp(a, b, la) != 0;
}

/* Whether the words w[0, n) and v[0, n) are the same after their first
 * 'skip' bytes. */
static int same_rest(const char *const *w, const char *const *v, size_t n, size_t skip)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(w[k] + skip, v[k] + skip) != 0) return 0;
    return 1;
}

/* Writes the words w[0, n) (in strcmp order, all sharing their first
 * 'depth' bytes) as a prefix tree after those bytes: "a(?:n(?:other)?)?"
 * for "a", "an", "another"; two branches that differ only in the case of
 * their first letter and go on alike become one ("[Mm]onday"). Returns 0,
 * having written nothing, where two branches of one node might still
 * match the same text under case folding. */
static int put_trie(chr_buf *out, const char *const *w, size_t n, size_t depth)
{
    size_t first = 0;
    while (first < n && !w[first][depth]) first++; /* the words that end here sort first */
    int ends = first > 0;
    /* the branches: runs of words with the same next character */
    size_t *at = chr_xcalloc(n + 1, sizeof *at);
    unsigned char *merged = chr_xcalloc(n + 1, 1);
    size_t groups = 0;
    for (size_t i = first; i < n;) {
        size_t cl = char_len(w[i] + depth), j = i + 1;
        while (j < n && strncmp(w[j] + depth, w[i] + depth, cl) == 0 && char_len(w[j] + depth) == cl) j++;
        at[groups++] = i;
        i = j;
    }
    at[groups] = n;
    size_t mark = out->len;
    int ok = 1, branches = 0;
    for (size_t g = 0; g < groups && ok; g++) {
        if (merged[g]) continue;
        const char *c = w[at[g]] + depth;
        size_t cl = char_len(c), size = at[g + 1] - at[g];
        int twin = -1;
        for (size_t h = g + 1; h < groups && ok; h++) {
            const char *d = w[at[h]] + depth;
            size_t dl = char_len(d);
            if (fold_distinct(c, cl, d, dl)) continue;
            /* the same letter in the other case: one branch if the rest agrees */
            if (cl == 1 && dl == 1 && twin < 0 && at[h + 1] - at[h] == size &&
                same_rest(w + at[g], w + at[h], size, depth + 1))
                twin = (int)h, merged[h] = 1;
            else
                ok = 0;
        }
        branches++;
    }
    if (ok && groups) {
        int wrap = ends || branches > 1;
        if (wrap) chr_buf_puts(out, "(?:");
        int written = 0;
        for (size_t g = 0; g < groups && ok; g++) {
            if (merged[g]) continue;
            const char *c = w[at[g]] + depth;
            size_t cl = char_len(c);
            if (written++) chr_buf_putc(out, '|');
            int twin = 0;
            for (size_t h = g + 1; h < groups; h++)
                if (merged[h] && cl == 1 && char_len(w[at[h]] + depth) == 1 && !fold_distinct(c, 1, w[at[h]] + depth, 1))
                    twin = 1;
            if (twin) {
                char pair[6] = {'[', c[0], (char)(c[0] ^ 0x20), ']', 0};
                chr_buf_puts(out, pair);
            } else {
                char one[5] = {0};
                memcpy(one, c, cl);
                quote_literal(out, one);
            }
            ok = put_trie(out, w + at[g], at[g + 1] - at[g], depth + cl);
        }
        if (ok && wrap) chr_buf_puts(out, ends ? ")?" : ")");
    }
    if (!ok) {
        out->len = mark;
        if (out->data) out->data[mark] = '\0';
    }
    free(at);
    free(merged);
    return ok;
}

static int bytes_order(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Writes "(?:...)" matching any word of class 'cls' to 'out'. */
static chr_status word_alternation(const chr_rules *rules, const chr_rule_record *rec, const char *cls,
                                   chr_buf *out, chr_error *err)
{
    struct word_list list = {0};
    chr_rules_each_word(rules, cls, collect_surface, &list);
    if (list.surfaces.len == 0) {
        chr_vec_free(&list.surfaces);
        return chr_error_set(err, CHR_ERR_RULES, rec ? rec->file : "(built-in)", rec ? rec->line : 0, -1,
                             "{word:%s}: no word of class '%s' is defined", cls, cls);
    }
    /* a prefix tree tries the words that match in the order the
     * alternation longest first would (those that match at one place
     * are prefixes of each other: deeper first), but tests each shared
     * prefix once, not once per word */
    qsort(list.surfaces.items, list.surfaces.len, sizeof *list.surfaces.items, bytes_order);
    int empty = !list.surfaces.items[0][0];
    chr_buf_puts(out, "(?:");
    if (empty || !put_trie(out, list.surfaces.items, list.surfaces.len, 0)) {
        qsort(list.surfaces.items, list.surfaces.len, sizeof *list.surfaces.items, longer_first);
        for (size_t i = 0; i < list.surfaces.len; i++) {
            if (i) chr_buf_putc(out, '|');
            quote_literal(out, list.surfaces.items[i]);
        }
    }
    chr_buf_putc(out, ')');
    chr_vec_free(&list.surfaces);
    return CHR_OK;
}

static chr_status expand_into(const chr_rules *rules, const chr_rule_record *rec, const char *pattern,
                              chr_buf *out, int depth, chr_error *err)
{
    const char *file = rec ? rec->file : "(built-in)";
    long line = rec ? rec->line : 0;
    if (depth > 8)
        return chr_error_set(err, CHR_ERR_RULES, file, line, -1, "defines nest too deeply (a define uses itself?)");
    const char *p = pattern;
    while (*p) {
        if (*p == '\\' && p[1]) {
            chr_buf_append(out, p, 2);
            p += 2;
            continue;
        }
        if (*p == '{' && ((p[1] >= 'A' && p[1] <= 'Z') || (p[1] >= 'a' && p[1] <= 'z'))) {
            const char *close = strchr(p, '}');
            if (!close)
                return chr_error_set(err, CHR_ERR_RULES, file, line, -1, "unclosed '{' in pattern");
            char name[128];
            size_t n = (size_t)(close - p - 1);
            if (n >= sizeof name) return chr_error_set(err, CHR_ERR_RULES, file, line, -1, "name in {...} too long");
            memcpy(name, p + 1, n);
            name[n] = '\0';
            if (strncmp(name, "word:", 5) == 0) {
                json_t *cached = json_object_get(rules->word_alternations, name + 5);
                if (!cached) {
                    chr_buf alternation = {0};
                    chr_status st = word_alternation(rules, rec, name + 5, &alternation, err);
                    if (st != CHR_OK) {
                        chr_buf_free(&alternation);
                        return st;
                    }
                    cached = json_stringn_nocheck(alternation.data, alternation.len);
                    chr_buf_free(&alternation);
                    if (!cached) return chr_error_set(err, CHR_ERR_RULES, file, line, -1, "out of memory");
                    json_object_set_new(rules->word_alternations, name + 5, cached);
                }
                chr_buf_append(out, json_string_value(cached), json_string_length(cached));
            } else {
                json_t *idx = json_object_get(rules->defines, name);
                if (!idx)
                    return chr_error_set(err, CHR_ERR_RULES, file, line, -1, "{%s} is not defined", name);
                const chr_rule_record *def = &rules->records.items[json_integer_value(idx)];
                chr_buf_puts(out, "(?:");
                chr_status st = expand_into(rules, def, def->fields[2], out, depth + 1, err);
                if (st != CHR_OK) return st;
                chr_buf_putc(out, ')');
            }
            p = close + 1;
            continue;
        }
        chr_buf_putc(out, *p++);
    }
    return CHR_OK;
}

char *chr_rules_expand(const chr_rules *rules, const chr_rule_record *rec, const char *pattern, chr_error *err)
{
    chr_buf out = {0};
    if (expand_into(rules, rec, pattern, &out, 0, err) != CHR_OK) {
        chr_buf_free(&out);
        return NULL;
    }
    return chr_buf_take(&out);
}

/* ---- regexes ------------------------------------------------------------------ */

#define CHR_REGEX_MAX_ALTS 16

/* Searches a regex runs interpreted before it is JIT-compiled. */
#define CHR_REGEX_JIT_AFTER 16

struct regex_jit {
    unsigned interpreted; /* searches run by pcre2_match so far */
    int state;            /* 1 compiled, -1 unavailable (JIT is best effort), 0 not yet tried */
    pcre2_jit_stack *stack; /* both contexts' JIT stack */
};

struct chr_regex {
    pcre2_code *code;
    pcre2_match_data *match_data;
    pcre2_match_context *context;         /* no offset limit */
    pcre2_match_context *limited_context; /* its offset limit set per call */
    /* JIT compilation waits for a regex's CHR_REGEX_JIT_AFTER-th search
     * (regex_run): most of the rules never get that far on one article,
     * and compiling them all costs more than reading a short one. The
     * state sits behind a pointer because searches take a const regex. */
    struct regex_jit *jit;
    /* bytes every match holds (required_literal()), 0 long when none is
     * known: a search of a subject without them is answered by memmem */
    char required[32];
    size_t required_len;
    /* or, when no such bytes are known: literals of which every match
     * holds one (a group of plain alternatives on the pattern's one path,
     * "(?<trigger>bid|offer)"); 'nalts' 0 when none (chr_regex_required_at) */
    char alts[CHR_REGEX_MAX_ALTS][32];
    size_t alt_len[CHR_REGEX_MAX_ALTS];
    size_t nalts;
    /* the bytes a match may start with (first_bytes()), when known: a
     * search whose every allowed start holds another byte is answered
     * without calling PCRE2 (a call costs more than the JIT's own test) */
    int has_first;
    uint8_t first[32]; /* bit b of byte b / 8: b may start a match */
    int anchored; /* PCRE2 anchors it (a leading \G): a match starts at the search's start */
    int alts_first; /* chr_regex_may_match() looks for 'alts' too: a match may start at a space */
    char source[600];
};

/* ---- a literal every match holds -----------------------------------------------
 * A conservative reading of an expanded pattern: the longest run of plain
 * characters that lies on the pattern's one path (no alternation around
 * it, no quantifier that may skip it, not in a lookaround). Anything it
 * does not follow (options, verbs, back references, \Q...\E) gives none. */

/* Past the class opening at p[i] == '['; 0 when unterminated. */
static size_t class_end(const char *p, size_t n, size_t i)
{
    size_t k = i + 1;
    if (k < n && p[k] == '^') k++;
    if (k < n && p[k] == ']') k++;
    while (k < n) {
        if (p[k] == '\\') k += 2;
        else if (p[k] == '[' && k + 1 < n && p[k + 1] == ':') {
            const char *e = strstr(p + k + 2, ":]");
            if (!e || (size_t)(e - p) >= n) return 0;
            k = (size_t)(e - p) + 2;
        } else if (p[k] == ']') return k + 1;
        else k++;
    }
    return 0;
}

/* Past the group opening at p[i] == '('; 0 when unterminated. */
static size_t group_end(const char *p, size_t n, size_t i)
{
    int level = 0;
    for (size_t k = i; k < n; k++) {
        if (p[k] == '\\') {
            k++;
        } else if (p[k] == '[') {
            k = class_end(p, n, k);
            if (!k) return 0;
            k--;
        } else if (p[k] == '(') {
            level++;
        } else if (p[k] == ')' && --level == 0) {
            return k + 1;
        }
    }
    return 0;
}

/* The quantifier at p[i]: its length (with a lazy or possessive mark), 0
 * for none, -1 for one it does not read; '*may_skip' set when it allows
 * no repeat. */
static long quantifier_at(const char *p, size_t n, size_t i, int *may_skip)
{
    *may_skip = 0;
    if (i >= n) return 0;
    size_t k = i;
    if (p[k] == '?' || p[k] == '*') {
        *may_skip = 1;
        k++;
    } else if (p[k] == '+') {
        k++;
    } else if (p[k] == '{') {
        k++;
        if (k >= n || p[k] < '0' || p[k] > '9') return -1;
        *may_skip = p[k] == '0';
        while (k < n && ((p[k] >= '0' && p[k] <= '9') || p[k] == ',')) k++;
        if (k >= n || p[k] != '}') return -1;
        k++;
    } else {
        return 0;
    }
    if (k < n && (p[k] == '?' || p[k] == '+')) k++;
    return (long)(k - i);
}

/* True when p[0..n) has a '|' outside groups and classes. */
static int has_top_alternation(const char *p, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (p[k] == '\\') k++;
        else if (p[k] == '|') return 1;
        else if (p[k] == '(' || p[k] == '[') {
            size_t e = p[k] == '(' ? group_end(p, n, k) : class_end(p, n, k);
            if (!e) return 1;
            k = e - 1;
        }
    }
    return 0;
}

/* Finds in the sequence p[0..n) (no top-level '|') the longest run of
 * plain characters every match holds, into *best / *best_len. Returns 0
 * when the pattern holds something it does not read. */
/* The plain literals of the alternatives of p[0..n) (a group's body with
 * a top-level '|'), into 'alts' (at most CHR_REGEX_MAX_ALTS, each under
 * 32 bytes); 0 when an alternative is empty or holds anything but plain
 * characters. */
typedef struct {
    const char *s[CHR_REGEX_MAX_ALTS];
    size_t len[CHR_REGEX_MAX_ALTS];
    size_t n, shortest; /* n 0: none found */
} literal_alts;

static int plain_alternatives(const char *p, size_t n, literal_alts *alts)
{
    alts->n = 0;
    alts->shortest = SIZE_MAX;
    size_t start = 0;
    for (size_t k = 0; k <= n; k++) {
        if (k < n && p[k] != '|') {
            if (strchr("\\.^$*+?{}[]()", p[k])) return 0;
            continue;
        }
        size_t len = k - start;
        if (len == 0 || len >= 32 || alts->n == CHR_REGEX_MAX_ALTS) return 0;
        alts->s[alts->n] = p + start;
        alts->len[alts->n++] = len;
        if (len < alts->shortest) alts->shortest = len;
        start = k + 1;
    }
    return alts->n > 0;
}

static int required_runs(const char *p, size_t n, int depth, const char **best, size_t *best_len, literal_alts *alts);

/* Like plain_alternatives(), for alternatives that are not plain: each
 * alternative of p[0..n) gives the longest run of plain characters its
 * every match holds (required_runs(); a run of 32 bytes or more is cut to
 * a prefix), so that every match of the group holds one of them
 * ("(?:개인)?정보\h*유출|사고|참사" gives 정보, 사고, 참사). 0 when an
 * alternative shows no such run of two bytes or more, or there are more
 * than CHR_REGEX_MAX_ALTS of them. */
static int alternative_literals(const char *p, size_t n, int depth, literal_alts *alts)
{
    alts->n = 0;
    alts->shortest = SIZE_MAX;
    size_t start = 0;
    for (size_t k = 0; k <= n; k++) {
        if (k < n) {
            if (p[k] == '\\') {
                if (++k >= n) return 0;
                continue;
            }
            if (p[k] == '(' || p[k] == '[') {
                size_t e = p[k] == '(' ? group_end(p, n, k) : class_end(p, n, k);
                if (!e) return 0;
                k = e - 1;
                continue;
            }
            if (p[k] != '|') continue;
        }
        const char *run = NULL;
        size_t len = 0;
        literal_alts inner = {.n = 0};
        if (!required_runs(p + start, k - start, depth + 1, &run, &len, &inner) || len < 2) return 0;
        if (len >= 32) {
            len = 31;
            while (len > 0 && ((unsigned char)run[len] & 0xC0) == 0x80) len--;
        }
        size_t a = 0;
        while (a < alts->n && !(alts->len[a] == len && memcmp(alts->s[a], run, len) == 0)) a++;
        if (a == alts->n) {
            if (alts->n == CHR_REGEX_MAX_ALTS) return 0;
            alts->s[alts->n] = run;
            alts->len[alts->n++] = len;
            if (len < alts->shortest) alts->shortest = len;
        }
        start = k + 1;
    }
    return alts->n > 0;
}

/* The length of the option letters and ':' of a group that sets options
 * for itself alone ("i:" of "(?i:", "-i:" of "(?-i:"), 'p' just past
 * its "(?"; 0 for anything else ("(?i)" sets them for the rest). */
static size_t option_group_length(const char *p, size_t n)
{
    size_t k = 0;
    while (k < n && p[k] != ':') {
        if (!strchr("imnsxJU-^", p[k])) return 0;
        k++;
    }
    return k > 0 && k < n ? k + 1 : 0;
}

static int required_runs(const char *p, size_t n, int depth, const char **best, size_t *best_len, literal_alts *alts)
{
    if (depth > 8) return 0;
    size_t run = 0, run_len = 0;
#define END_RUN() \
    do { \
        if (run_len > *best_len) *best = p + run, *best_len = run_len; \
        run_len = 0; \
    } while (0)
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)p[i];
        int may_skip;
        long q;
        if (c == '\\') {
            END_RUN();
            if (i + 1 >= n) return 0;
            char e = p[i + 1];
            size_t k = i + 2;
            if (e == 'p' || e == 'P' || e == 'x') {
                if (k < n && p[k] == '{') {
                    while (k < n && p[k] != '}') k++;
                    if (k >= n) return 0;
                    k++;
                } else if (e == 'x') {
                    return 0; /* \xhh: not read here */
                } else {
                    k++; /* \pL */
                }
            } else if (strchr("hHsSdDwWbBvVRXAzZGK", e) == NULL && ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9') || (unsigned char)e >= 0x80)) {
                return 0; /* back references, \Q, \c, \N, \o, \g, \k ... */
            }
            if ((q = quantifier_at(p, n, k, &may_skip)) < 0) return 0;
            i = k + (size_t)q;
        } else if (c == '[') {
            END_RUN();
            size_t k = class_end(p, n, i);
            if (!k || (q = quantifier_at(p, n, k, &may_skip)) < 0) return 0;
            i = k + (size_t)q;
        } else if (c == '(') {
            END_RUN();
            size_t k = group_end(p, n, i);
            if (!k) return 0;
            size_t body = 0; /* 0: a lookaround, skipped */
            if (i + 1 < n && p[i + 1] == '*') return 0; /* a verb */
            if (i + 1 < n && p[i + 1] != '?') {
                body = i + 1;
            } else if (i + 2 < n && (p[i + 2] == ':' || p[i + 2] == '>')) {
                body = i + 3;
            } else if (i + 2 < n && option_group_length(p + i + 2, n - (i + 2))) {
                /* "(?i:workers|staff)": what it matches may differ in
                 * case from what it spells, so it gives no literal; what
                 * lies outside it still does (the trigger words after it) */
                body = 0;
            } else if (i + 2 < n && p[i + 2] == '=') {
                /* a lookahead reads what follows its position, which
                 * the subject holds past the search's start: what every
                 * text it accepts holds, the subject holds too (what it
                 * holds that is not read here is passed over) */
                const char *look = NULL;
                size_t look_len = 0;
                if ((q = quantifier_at(p, n, k, &may_skip)) < 0) return 0;
                if (!may_skip && !has_top_alternation(p + i + 3, k - 1 - (i + 3)) &&
                    required_runs(p + i + 3, k - 1 - (i + 3), depth + 1, &look, &look_len, alts) && look_len > *best_len)
                    *best = look, *best_len = look_len;
                i = k + (size_t)q;
                continue;
            } else if (i + 2 < n && p[i + 2] == '!') {
                body = 0;
            } else if (i + 3 < n && p[i + 2] == '<' && (p[i + 3] == '=' || p[i + 3] == '!')) {
                body = 0;
            } else if (i + 3 < n && (p[i + 2] == '<' || (p[i + 2] == 'P' && p[i + 3] == '<')) ) {
                size_t b = i + 3;
                while (b < k && p[b] != '>') b++;
                if (b >= k) return 0;
                body = b + 1;
            } else {
                return 0; /* options, comments, conditions, recursion */
            }
            if ((q = quantifier_at(p, n, k, &may_skip)) < 0) return 0;
            if (body && !may_skip && !has_top_alternation(p + body, k - 1 - body) &&
                !required_runs(p + body, k - 1 - body, depth + 1, best, best_len, alts))
                return 0;
            /* a group of plain alternatives: every match holds one of them
             * (kept when their shortest is longer than any such group's so far) */
            literal_alts la;
            if (body && !may_skip && has_top_alternation(p + body, k - 1 - body) &&
                (plain_alternatives(p + body, k - 1 - body, &la) ||
                 alternative_literals(p + body, k - 1 - body, depth, &la)) &&
                (!alts->n || la.shortest > alts->shortest))
                *alts = la;
            i = k + (size_t)q;
        } else if (c == '.' || c == '^' || c == '$') {
            END_RUN();
            if ((q = quantifier_at(p, n, i + 1, &may_skip)) < 0) return 0;
            i += 1 + (size_t)q;
        } else if (c == '*' || c == '+' || c == '?' || c == '{' || c == '|' || c == ')') {
            return 0;
        } else {
            size_t k = i + 1;
            while (k < n && ((unsigned char)p[k] & 0xC0) == 0x80) k++;
            if ((q = quantifier_at(p, n, k, &may_skip)) < 0) return 0;
            if (q) {
                /* the character may repeat or go: the run ends before it */
                END_RUN();
            } else {
                if (!run_len) run = i;
                run_len += k - i;
            }
            i = k + (size_t)q;
        }
    }
    END_RUN();
#undef END_RUN
    return 1;
}

/* Sets re->required from the expanded pattern 'p' (see above). */
static void required_literal(chr_regex *re, const char *p)
{
    size_t n = strlen(p);
    const char *best = NULL;
    size_t best_len = 0;
    literal_alts alts = {.n = 0};
    if (has_top_alternation(p, n) || !required_runs(p, n, 0, &best, &best_len, &alts)) return;
    if (best_len < 3) {
        /* alternatives of two bytes or more (a Hangul syllable is three) */
        if (alts.n && alts.shortest >= 2) {
            for (size_t a = 0; a < alts.n; a++) {
                memcpy(re->alts[a], alts.s[a], alts.len[a]);
                re->alt_len[a] = alts.len[a];
            }
            re->nalts = alts.n;
        }
        return;
    }
    /* a prefix of it is held too: cut at a character's start */
    if (best_len >= sizeof re->required) {
        best_len = sizeof re->required - 1;
        while (best_len > 0 && ((unsigned char)best[best_len] & 0xC0) == 0x80) best_len--;
    }
    memcpy(re->required, best, best_len);
    re->required_len = best_len;
}

/* ---- the bytes a match starts with ----------------------------------------------
 * PCRE2 knows them for most unanchored patterns (its start-of-match
 * bitmap, which it uses itself to skip start positions). For a pattern
 * anchored by a leading \G, which PCRE2 gives none (it tries one start
 * only), they are those of the same pattern without the \G: dropping a
 * condition only adds matches. A lone first code unit is taken where
 * the bytes case folding can reach from it are known (PCRE2 does not say
 * whether it is caseless, and makes "(?:The|the)" or "[Tt]he" a caseless
 * 'T'): ASCII, a letter with its other case (and the lead byte of the
 * one non-ASCII character folding to k or s), and the lead bytes of
 * Hangul syllables, U+B000..U+D7FF, which have no case. */

/* Sets re->first from 'code''s start-of-match information; 0 when it
 * gives none to use. */
static int first_from_code(chr_regex *re, const pcre2_code *code)
{
    const uint8_t *bitmap = NULL;
    uint32_t type = 0, unit = 0;
    pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &bitmap);
    if (bitmap) {
        memcpy(re->first, bitmap, sizeof re->first);
        return 1;
    }
    pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &type);
    if (type != 1) return 0;
    pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODEUNIT, &unit);
    int ascii_letter = (unit | 0x20) >= 'a' && (unit | 0x20) <= 'z';
    if (unit >= 0x80 && !(unit >= 0xEB && unit <= 0xED)) return 0;
    memset(re->first, 0, sizeof re->first);
    re->first[unit / 8] |= (uint8_t)(1u << (unit % 8));
    if (ascii_letter) {
        /* both cases, and the lead bytes of the two non-ASCII characters
         * that fold to an ASCII letter: KELVIN SIGN U+212A (E2 84 AA) and
         * LATIN SMALL LETTER LONG S U+017F (C5 BF) */
        uint32_t other = unit ^ 0x20;
        re->first[other / 8] |= (uint8_t)(1u << (other % 8));
        if ((unit | 0x20) == 'k') re->first[0xE2 / 8] |= (uint8_t)(1u << (0xE2 % 8));
        if ((unit | 0x20) == 's') re->first[0xC5 / 8] |= (uint8_t)(1u << (0xC5 % 8));
    }
    return 1;
}

/* Sets re->has_first and re->first for 'code', compiled from 'expanded'
 * with 'options'. */
static void first_bytes(chr_regex *re, const pcre2_code *code, const char *expanded, uint32_t options)
{
    if (first_from_code(re, code)) {
        re->has_first = 1;
        return;
    }
    if (strncmp(expanded, "\\G", 2) != 0) return;
    int errcode;
    PCRE2_SIZE erroffset;
    pcre2_code *rest = pcre2_compile((PCRE2_SPTR)expanded + 2, PCRE2_ZERO_TERMINATED, options, &errcode, &erroffset,
                                     NULL);
    if (!rest) return; /* (it compiled with the \G: no reason it would not) */
    uint32_t all_options = 0;
    pcre2_pattern_info(rest, PCRE2_INFO_ALLOPTIONS, &all_options);
    if (!(all_options & PCRE2_ANCHORED)) re->has_first = first_from_code(re, rest);
    pcre2_code_free(rest);
}

/* True unless no start in [from, start_limit] (and before 'len') holds a
 * byte a match may start with. Looks at a few starts only: over a longer
 * range the search itself skips as fast. */
static int may_start(const chr_regex *re, const char *subject, size_t len, size_t from, size_t start_limit)
{
    if (!re->has_first || start_limit - from >= 16) return 1;
    size_t last = start_limit < len ? start_limit : len - 1;
    for (size_t i = from; i <= last && i < len; i++) {
        unsigned char b = (unsigned char)subject[i];
        if (re->first[b / 8] & (1u << (b % 8))) return 1;
    }
    return 0;
}

int chr_regex_may_match(const chr_regex *re, const char *subject, size_t len, size_t from)
{
    if (!re->required_len)
        return !re->alts_first || !re->nalts || chr_regex_required_at(re, subject, len, from) != SIZE_MAX;
    if (from > len || len - from < re->required_len) return 0;
    return chr_memmem(subject + from, len - from, re->required, re->required_len) != NULL;
}

size_t chr_regex_required_at(const chr_regex *re, const char *subject, size_t len, size_t from)
{
    if (from > len) return SIZE_MAX;
    if (re->required_len) {
        const char *at = chr_memmem(subject + from, len - from, re->required, re->required_len);
        return at ? (size_t)(at - subject) : SIZE_MAX;
    }
    if (!re->nalts) return from;
    size_t first = SIZE_MAX;
    for (size_t a = 0; a < re->nalts; a++) {
        size_t n = re->alt_len[a], stop = len;
        /* (once one is found, only starts before it matter) */
        if (first != SIZE_MAX && first - 1 + n < stop) stop = first - 1 + n;
        if (stop < from + n) continue;
        const char *at = chr_memmem(subject + from, stop - from, re->alts[a], n);
        if (at) first = (size_t)(at - subject);
    }
    return first;
}

chr_regex *chr_regex_compile(const chr_rules *rules, const chr_rule_record *rec, const char *pattern,
                             chr_error *err)
{
    char *expanded = rules ? chr_rules_expand(rules, rec, pattern, err) : chr_xstrdup(pattern);
    if (!expanded) return NULL;
    int errcode = 0;
    PCRE2_SIZE erroffset = 0;
    /* PCRE2_USE_OFFSET_LIMIT lets chr_regex_find_limited() bound where a
     * match may start; without a limit set it changes nothing */
    const uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_USE_OFFSET_LIMIT;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)expanded, PCRE2_ZERO_TERMINATED, options, &errcode, &erroffset, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        chr_error_set(err, CHR_ERR_RULES, rec ? rec->file : "(built-in)", rec ? rec->line : 0, -1,
                      "regex does not compile: %s (at offset %zu of the expanded pattern)", (char *)msg,
                      (size_t)erroffset);
        free(expanded);
        return NULL;
    }
    chr_regex *re = chr_xcalloc(1, sizeof *re);
    /* (an anchored pattern fails at once where it cannot match: a memmem
     * over the rest of the subject would cost more) */
    uint32_t all_options = 0;
    pcre2_pattern_info(code, PCRE2_INFO_ALLOPTIONS, &all_options);
    if (!(all_options & PCRE2_ANCHORED)) required_literal(re, expanded);
    re->anchored = (all_options & PCRE2_ANCHORED) != 0;
    first_bytes(re, code, expanded, options);
    /* a search for a pattern whose match may start at a space tries
     * every space of the subject; the literals of which every match
     * holds one ("\h(?:but|while|whereas|although)\h") are looked for
     * first (see chr_regex_may_match) */
    re->alts_first = !re->anchored && re->has_first && (re->first[' ' / 8] & (1u << (' ' % 8)));
    free(expanded);
    re->code = code;
    re->jit = chr_xcalloc(1, sizeof *re->jit);
    re->match_data = pcre2_match_data_create_from_pattern(code, NULL);
    re->context = pcre2_match_context_create(NULL);
    re->limited_context = pcre2_match_context_create(NULL);
    if (!re->match_data || !re->context || !re->limited_context) {
        fprintf(stderr, "chronicle: out of memory (pcre2)\n");
        abort();
    }
    pcre2_set_match_limit(re->context, CHR_REGEX_MATCH_LIMIT);
    pcre2_set_depth_limit(re->context, 10000);
    pcre2_set_match_limit(re->limited_context, CHR_REGEX_MATCH_LIMIT);
    pcre2_set_depth_limit(re->limited_context, 10000);
    if (rec)
        snprintf(re->source, sizeof re->source, "%s:%ld", rec->file, rec->line);
    else
        snprintf(re->source, sizeof re->source, "(built-in)");
    return re;
}

void chr_regex_free(chr_regex *re)
{
    if (!re) return;
    pcre2_match_data_free(re->match_data);
    pcre2_match_context_free(re->context);
    pcre2_match_context_free(re->limited_context);
    pcre2_jit_stack_free(re->jit->stack);
    free(re->jit);
    pcre2_code_free(re->code);
    free(re);
}

/* Compiles 're' to machine code: from then on searches call
 * pcre2_jit_match, skipping pcre2_match's checks. */
static void regex_jit_compile(const chr_regex *re)
{
    struct regex_jit *jit = re->jit;
    jit->state = pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE) == 0 ? 1 : -1;
    if (jit->state != 1) return;
    /* A JIT stack of the size pcre2_jit_match gives a match without
     * one (32 KB), so the same matches fit: assigned, each call runs the
     * compiled code directly instead of first setting up that stack on
     * the machine stack (a measurable part of millions of short calls). */
    jit->stack = pcre2_jit_stack_create(32768, 32768, NULL);
    if (jit->stack) {
        pcre2_jit_stack_assign(re->context, NULL, jit->stack);
        pcre2_jit_stack_assign(re->limited_context, NULL, jit->stack);
    }
}

/* One pcre2_match() call in 'ctx'; fills 'm' as chr_regex_find() says. */
static int regex_run(const chr_regex *re, pcre2_match_context *ctx, const char *subject, size_t len, size_t from,
                     chr_match *m, chr_error *err)
{
    if (re->jit->state == 0 && ++re->jit->interpreted > CHR_REGEX_JIT_AFTER) regex_jit_compile(re);
    /* the subject is valid UTF-8 (the reader checked it), which is all
     * pcre2_match would check before calling the JIT code */
    int rc = re->jit->state == 1
                 ? pcre2_jit_match(re->code, (PCRE2_SPTR)subject, len, from, PCRE2_NO_UTF_CHECK, re->match_data, ctx)
                 : pcre2_match(re->code, (PCRE2_SPTR)subject, len, from, PCRE2_NO_UTF_CHECK, re->match_data, ctx);
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc < 0) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(rc, msg, sizeof msg);
        chr_error_set(err, CHR_ERR_LIMIT, re->source, 0, (long)from, "regex failed: %s", (char *)msg);
        return -1;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(re->match_data);
    uint32_t pairs = pcre2_get_ovector_count(re->match_data);
    m->start = ov[0];
    m->end = ov[1];
    m->ngroups = (int)(pairs < CHR_REGEX_MAX_GROUPS ? pairs : CHR_REGEX_MAX_GROUPS);
    for (int g = 0; g < m->ngroups; g++) {
        if (g < rc && ov[2 * g] != PCRE2_UNSET) {
            m->group_start[g] = ov[2 * g];
            m->group_end[g] = ov[2 * g + 1];
        } else {
            m->group_start[g] = m->group_end[g] = SIZE_MAX;
        }
    }
    return 1;
}

/* A search may start a fixed count of bytes back ("t->start - 32"): from
 * the next character, since PCRE2 with PCRE2_NO_UTF_CHECK must not start
 * inside one. */
static size_t character_start(const char *subject, size_t len, size_t from)
{
    while (from < len && ((unsigned char)subject[from] & 0xC0) == 0x80) from++;
    return from;
}

int chr_regex_find(const chr_regex *re, const char *subject, size_t len, size_t from, chr_match *m,
                   chr_error *err)
{
    if (from > len) return 0;
    from = character_start(subject, len, from);
    /* a search to the end of the subject: a memmem of the bytes every
     * match holds answers most that find nothing, for less (it stops at
     * their first occurrence, which a match found reaches anyway) */
    if (!chr_regex_may_match(re, subject, len, from)) return 0;
    /* an anchored pattern tries one start, 'from' (a leading ^ or \A
     * only where that is 0): its first byte tells (see may_start) */
    if (re->anchored && !may_start(re, subject, len, from, from)) return 0;
    return regex_run(re, re->context, subject, len, from, m, err);
}

int chr_regex_find_limited(const chr_regex *re, const char *subject, size_t len, size_t from, size_t start_limit,
                           chr_match *m, chr_error *err)
{
    if (from > len || from > start_limit) return 0;
    from = character_start(subject, len, from);
    if (from > start_limit) return 0;
    if (!may_start(re, subject, len, from, start_limit)) return 0;
    /* the context belongs to this regex, like its match data */
    pcre2_set_offset_limit(re->limited_context, start_limit);
    return regex_run(re, re->limited_context, subject, len, from, m, err);
}

size_t chr_regex_next_start(const char *subject, size_t len, const chr_match *m)
{
    if (m->end > m->start) return m->end;
    size_t next = m->end + 1;
    while (next < len && ((unsigned char)subject[next] & 0xC0) == 0x80) next++;
    return next;
}

int chr_regex_group_index(const chr_regex *re, const char *name)
{
    int n = pcre2_substring_number_from_name(re->code, (PCRE2_SPTR)name);
    return n > 0 && n < CHR_REGEX_MAX_GROUPS ? n : -1;
}

void chr_regex_each_name(const chr_regex *re, void (*fn)(const char *name, int number, void *ctx), void *ctx)
{
    uint32_t count = 0, entry_size = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(re->code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(re->code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
    pcre2_pattern_info(re->code, PCRE2_INFO_NAMETABLE, &table);
    for (uint32_t i = 0; i < count; i++) {
        PCRE2_SPTR entry = table + (size_t)i * entry_size;
        int number = (entry[0] << 8) | entry[1];
        fn((const char *)entry + 2, number, ctx);
    }
}

const char *chr_regex_source(const chr_regex *re)
{
    return re->source;
}

/* ---- gates ---------------------------------------------------------------------- */

/* One literal of the gates, with the gates that want it. */
typedef struct {
    char *s;
    size_t len;
    uint64_t head, head_mask;     /* its first 8 bytes (fewer: masked), little-endian */
    uint32_t first;               /* its first code point */
    /* per set (chr_gates_union), the gates wanting it anywhere / at a
     * word start only */
    uint64_t anywhere[CHR_GATE_SETS], word_start[CHR_GATE_SETS];
    long next;                    /* next literal of the same bucket, or -1 */
} gate_literal;

#define GATE_BUCKETS 4096u
#define HANGUL_FIRST 0xAC00u
#define HANGUL_COUNT 11172u
#define PAIR_BUCKETS 16384u

struct chr_gates {
    int nsets; /* 1, or the sets of a union (chr_gates_union) */
    CHR_VEC(gate_literal) lits;
    long head[GATE_BUCKETS];     /* not Hangul-led, two bytes or more: by a hash of the first two bytes */
    long head1[256];             /* not Hangul-led, one byte: by that byte */
    /* the same chains by exact first character for Hangul syllables, the
     * text's most common case: one bit says whether any literal starts so */
    uint64_t syllable_bits[(HANGUL_COUNT + 63) / 64];
    long syllable_head[HANGUL_COUNT];
    /* a literal starting with two syllables ("대표", "이사회") is chained by
     * a hash of those six bytes instead: common first syllables ("이",
     * "대") then cost a walk only where the second one agrees too */
    uint64_t pair_bits[PAIR_BUCKETS / 64];
    long pair_head[PAIR_BUCKETS];
    /* syllables that start some literal, alone or as the first of a pair:
     * the others are passed over without looking at the next syllable */
    uint64_t syllable_starts[(HANGUL_COUNT + 63) / 64];
    unsigned char first_byte[256]; /* bytes that start some literal */
    /* for the literals of the 'head' chains (not Hangul-led): which first
     * two bytes start one of two bytes or more, and which bytes are a
     * literal of their own; Latin text has a letter that starts some
     * literal at almost every byte, and two bytes rule most of them out */
    uint64_t head_pair_bits[65536 / 64];
    unsigned char head_single[256];
    /* ... and, past the first two bytes: which pairs are a literal of two
     * bytes, and (a hash of) which first three bytes open a longer one */
    uint64_t head_two_bits[65536 / 64];
    uint64_t head_three_bits[65536 / 64];
    chr_strvec specs;            /* gate g was spelt specs.items[g] */
    size_t reach[CHR_GATES_MAX];
};

chr_gates *chr_gates_new(void)
{
    chr_gates *g = chr_xcalloc(1, sizeof *g);
    g->nsets = 1;
    for (size_t b = 0; b < GATE_BUCKETS; b++) g->head[b] = -1;
    for (size_t b = 0; b < 256; b++) g->head1[b] = -1;
    for (size_t b = 0; b < HANGUL_COUNT; b++) g->syllable_head[b] = -1;
    for (size_t b = 0; b < PAIR_BUCKETS; b++) g->pair_head[b] = -1;
    return g;
}

void chr_gates_free(chr_gates *gates)
{
    if (!gates) return;
    for (size_t i = 0; i < gates->lits.len; i++) free(gates->lits.items[i].s);
    chr_vec_free(&gates->lits);
    chr_strvec_free(&gates->specs);
    free(gates);
}

int chr_gate_is_flag(const char *field)
{
    return strncmp(field, "gate:", 5) == 0;
}

size_t chr_gates_reach(const chr_gates *gates, int gate)
{
    return gate >= 0 && (size_t)gate < gates->specs.len ? gates->reach[gate] : SIZE_MAX;
}

static int is_syllable(uint32_t cp)
{
    return cp - HANGUL_FIRST < HANGUL_COUNT;
}

/* The head bucket of a literal (a text position) opening with bytes b0 b1. */
static uint32_t head_key(unsigned char b0, unsigned char b1)
{
    _Static_assert(GATE_BUCKETS == 1u << 12, "head_key() gives 12 bits");
    return (((uint32_t)b0 << 8 | b1) * UINT32_C(0x9E3779B1)) >> 20;
}

/* The head_three_bits bit of a literal (a text position) opening with bytes b0 b1 b2. */
static uint32_t three_key(unsigned char b0, unsigned char b1, unsigned char b2)
{
    return (((uint32_t)b0 << 16 | (uint32_t)b1 << 8 | b2) * UINT32_C(0x9E3779B1)) >> 16;
}

/* The pair bucket of the six bytes w (little-endian, two syllables). */
static uint32_t pair_key(uint64_t w)
{
    return (uint32_t)(((w & UINT64_C(0xFFFFFFFFFFFF)) * UINT64_C(0x9E3779B97F4A7C15)) >> 50);
}

/* Adds literal s[0..len) for the gates 'anywhere' and 'word_start' of set 'set'. */
static void gates_add_literal_masks(chr_gates *g, const char *s, size_t len, int set, uint64_t anywhere,
                                    uint64_t word_start)
{
    size_t used, used2 = 0;
    uint32_t first = chr_utf8_decode(s, len, &used);
    uint32_t second = used < len ? chr_utf8_decode(s + used, len - used, &used2) : 0;
    int pair = is_syllable(first) && is_syllable(second);
    uint64_t w6 = 0;
    for (size_t i = 0; pair && i < 6; i++) w6 |= (uint64_t)(unsigned char)s[i] << (8 * i);
    /* a Hangul first character has a chain of its own (two of them: a pair
     * chain), others share a bucket */
    long *slot = pair ? &g->pair_head[pair_key(w6)]
                 : is_syllable(first) ? &g->syllable_head[first - HANGUL_FIRST]
                 : len >= 2           ? &g->head[head_key((unsigned char)s[0], (unsigned char)s[1])]
                                      : &g->head1[(unsigned char)s[0]];
    for (long k = *slot; k >= 0; k = g->lits.items[k].next) {
        gate_literal *lit = &g->lits.items[k];
        if (lit->len == len && memcmp(lit->s, s, len) == 0) {
            lit->word_start[set] |= word_start;
            lit->anywhere[set] |= anywhere;
            return;
        }
    }
    gate_literal lit = {.s = chr_xstrndup(s, len), .len = len, .first = first, .next = *slot};
    lit.anywhere[set] = anywhere;
    lit.word_start[set] = word_start;
    for (size_t i = 0; i < len && i < 8; i++) {
        lit.head |= (uint64_t)(unsigned char)s[i] << (8 * i);
        lit.head_mask |= (uint64_t)0xFF << (8 * i);
    }
    chr_vec_push(&g->lits, lit);
    *slot = (long)(g->lits.len - 1);
    g->first_byte[(unsigned char)s[0]] = 1;
    if (!pair && !is_syllable(first)) {
        if (len >= 2) {
            unsigned k = (unsigned)(unsigned char)s[0] << 8 | (unsigned char)s[1];
            g->head_pair_bits[k / 64] |= (uint64_t)1 << (k % 64);
            if (len == 2) {
                g->head_two_bits[k / 64] |= (uint64_t)1 << (k % 64);
            } else {
                uint32_t t = three_key((unsigned char)s[0], (unsigned char)s[1], (unsigned char)s[2]);
                g->head_three_bits[t / 64] |= (uint64_t)1 << (t % 64);
            }
        } else {
            g->head_single[(unsigned char)s[0]] = 1;
        }
    }
    if (is_syllable(first)) g->syllable_starts[(first - HANGUL_FIRST) / 64] |= (uint64_t)1 << ((first - HANGUL_FIRST) % 64);
    if (pair) {
        uint32_t key = pair_key(w6);
        g->pair_bits[key / 64] |= (uint64_t)1 << (key % 64);
    } else if (is_syllable(first)) {
        uint32_t syl = first - HANGUL_FIRST;
        g->syllable_bits[syl / 64] |= (uint64_t)1 << (syl % 64);
    }
}

static void gates_add_literal(chr_gates *g, const char *s, size_t len, int word_start, int gate)
{
    uint64_t bit = (uint64_t)1 << gate;
    gates_add_literal_masks(g, s, len, 0, word_start ? 0 : bit, word_start ? bit : 0);
}

struct gate_class_ctx {
    chr_gates *gates;
    int word_start, gate, bad;
};

static void gate_add_surface(const chr_rule_record *rec, void *ctx)
{
    struct gate_class_ctx *gc = ctx;
    const char *surface = rec->fields[2];
    size_t n = strcspn(surface, " "); /* a space in a surface matches any run of \h */
    if (n == 0) {
        gc->bad = 1;
        return;
    }
    gates_add_literal(gc->gates, surface, n, gc->word_start, gc->gate);
}

/* Adds the items of 'list' ("A|{word:CLASS}|{NAME}|...") to gate 'gate'.
 * At depth 0 'list' is the flag's text (literals, a leading ^); deeper it
 * is the regex of a define, which must list plain words and {...} items
 * only. 'word_start' applies to every item. Returns CHR_OK or fills 'err'. */
static chr_status gate_add_items(chr_gates *gates, const chr_rules *rules, const char *file, long line,
                                 const char *spec, const char *list, size_t list_len, int word_start, int gate,
                                 int depth, chr_error *err)
{
    if (depth > 8) return chr_error_set(err, CHR_ERR_RULES, file, line, -1, "gate '%s': defines nest too deeply", spec);
    /* a define reads "(?:A|B)" or "A|B" */
    if (depth > 0 && list_len >= 4 && strncmp(list, "(?:", 3) == 0 && list[list_len - 1] == ')') {
        int level = 0, wraps = 1;
        for (size_t i = 0; i < list_len && wraps; i++) {
            if (list[i] == '\\') i++;
            else if (list[i] == '(') level++;
            else if (list[i] == ')' && --level == 0 && i + 1 < list_len) wraps = 0;
        }
        if (wraps) list += 3, list_len -= 4;
    }
    size_t p = 0;
    while (p <= list_len) {
        size_t n = 0;
        while (p + n < list_len && list[p + n] != '|') n++;
        size_t next = p + n + 1;
        const char *item = list + p;
        int ws = word_start;
        if (depth == 0 && n > 0 && item[0] == '^') ws = 1, item++, n--;
        if (n == 0) return chr_error_set(err, CHR_ERR_RULES, file, line, -1, "gate '%s' has an empty item", spec);
        if (n > 2 && item[0] == '{' && item[n - 1] == '}') {
            char name[128];
            if (n - 2 >= sizeof name)
                return chr_error_set(err, CHR_ERR_RULES, file, line, -1, "gate '%s': name in {...} too long", spec);
            memcpy(name, item + 1, n - 2);
            name[n - 2] = '\0';
            if (strncmp(name, "word:", 5) == 0) {
                if (!chr_rules_has_class(rules, name + 5))
                    return chr_error_set(err, CHR_ERR_RULES, file, line, -1,
                                         "gate '%s': no word of class '%s' is defined", spec, name + 5);
                struct gate_class_ctx gc = {gates, ws, gate, 0};
                chr_rules_each_word(rules, name + 5, gate_add_surface, &gc);
                if (gc.bad)
                    return chr_error_set(err, CHR_ERR_RULES, file, line, -1,
                                         "gate '%s': a word of class '%s' starts with a space", spec, name + 5);
            } else {
                json_t *idx = json_object_get(rules->defines, name);
                if (!idx)
                    return chr_error_set(err, CHR_ERR_RULES, file, line, -1, "gate '%s': {%s} is not defined", spec,
                                         name);
                const char *def = rules->records.items[json_integer_value(idx)].fields[2];
                chr_status st =
                    gate_add_items(gates, rules, file, line, spec, def, strlen(def), ws, gate, depth + 1, err);
                if (st != CHR_OK) return st;
            }
        } else {
            /* a define is regex text: only a plain word is a literal there */
            for (size_t i = 0; depth > 0 && i < n; i++)
                if (strchr("\\^$.?*+()[]{}", item[i]))
                    return chr_error_set(err, CHR_ERR_RULES, file, line, -1,
                                         "gate '%s': '%.*s' in a define is not a plain word, {word:CLASS} or {NAME}",
                                         spec, (int)n, item);
            gates_add_literal(gates, item, n, ws, gate);
        }
        p = next;
    }
    return CHR_OK;
}

int chr_gates_add(chr_gates *gates, const chr_rules *rules, const chr_rule_record *rec, const char *spec,
                  chr_error *err)
{
    const char *file = rec ? rec->file : "(built-in)";
    long line = rec ? rec->line : 0;
    if (!chr_gate_is_flag(spec)) {
        chr_error_set(err, CHR_ERR_RULES, file, line, -1, "'%s' is not a gate (gate:[N:]ITEM|ITEM...)", spec);
        return -1;
    }
    long existing = chr_strvec_find(&gates->specs, spec);
    if (existing >= 0) return (int)existing;
    int gate = (int)gates->specs.len;
    const char *p = spec + 5;
    size_t reach = SIZE_MAX;
    size_t digits = strspn(p, "0123456789");
    if (digits > 0 && p[digits] == ':') {
        if (digits > 6) {
            chr_error_set(err, CHR_ERR_RULES, file, line, -1, "gate: the reach '%.*s' is too large", (int)digits, p);
            return -1;
        }
        reach = (size_t)strtoul(p, NULL, 10);
        p += digits + 1;
    }
    if (!*p) {
        chr_error_set(err, CHR_ERR_RULES, file, line, -1, "gate '%s' lists no item (gate:[N:]ITEM|ITEM...)", spec);
        return -1;
    }
    if (gates->specs.len >= CHR_GATES_MAX) {
        /* every gate is taken: the items join the last gate of the
         * nearest reach at least as long, whose patterns are then tried
         * near them too (a wider prefilter finds what each finds alone and
         * still costs far less than a search of the whole text) */
        gate = -1;
        for (int g = CHR_GATES_MAX; g-- > 0;)
            if (gates->reach[g] >= reach && (gate < 0 || gates->reach[g] < gates->reach[gate])) gate = g;
        if (gate < 0) {
            chr_error_set(err, CHR_ERR_RULES, file, line, -1,
                          "more than %d different gates, and none of a reach as long to share", CHR_GATES_MAX);
            return -1;
        }
        if (gate_add_items(gates, rules, file, line, spec, p, strlen(p), 0, gate, 0, err) != CHR_OK) return -1;
        return gate;
    }
    if (gate_add_items(gates, rules, file, line, spec, p, strlen(p), 0, gate, 0, err) != CHR_OK) {
        /* the items added before the error keep no bit: the number goes to
         * the next gate */
        uint64_t keep = ~((uint64_t)1 << gate);
        for (size_t i = 0; i < gates->lits.len; i++) {
            gates->lits.items[i].anywhere[0] &= keep;
            gates->lits.items[i].word_start[0] &= keep;
        }
        return -1;
    }
    gates->reach[gate] = reach;
    chr_vec_push(&gates->specs, chr_xstrdup(spec));
    return gate;
}

/* True when the character ending just before 'i' is a letter or a digit
 * (Hangul, ASCII, Latin-1 and Latin Extended letters). */
static int gate_letter_before(const char *s, size_t i)
{
    if (i == 0) return 0;
    size_t k = i - 1;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    size_t used;
    uint32_t cp = chr_utf8_decode(s + k, i - k, &used);
    return chr_is_hangul_syllable(cp) || (cp < 0x80 && ((cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'))) ||
           (cp >= 0xC0 && cp < 0x250);
}

/* The 8 bytes at text[i..len) as a little-endian number, zeros past the end. */
static uint64_t load8(const char *text, size_t i, size_t len)
{
    uint64_t w = 0;
    if (len - i >= 8) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        memcpy(&w, text + i, 8); /* one load */
#else
        for (int k = 7; k >= 0; k--) w = (w << 8) | (unsigned char)text[i + (size_t)k];
#endif
    } else {
        for (size_t k = len - i; k-- > 0;) w = (w << 8) | (unsigned char)text[i + k];
    }
    return w;
}

/* Adds to mask[set] the gates of each set whose literals of chain 'k'
 * occur at text[i..len) ('w': its first 8 bytes); *at_word_start caches
 * whether i starts a word (-1: not known yet). 'nsets' is a constant where
 * it is inlined. */
__attribute__((always_inline)) static inline void gate_chain(const chr_gates *gates, int nsets, long k, const char *text, size_t i, size_t len,
                              uint64_t w, int *at_word_start, uint64_t *mask)
{
    const gate_literal *lits = gates->lits.items;
    /* the first 8 bytes decide most candidates without a memcmp; a literal
     * of another first character fails them too */
    for (; k >= 0; k = lits[k].next) {
        const gate_literal *lit = &lits[k];
        if ((w & lit->head_mask) != lit->head || lit->len > len - i ||
            (lit->len > 8 && memcmp(text + i + 8, lit->s + 8, lit->len - 8) != 0))
            continue;
        for (int set = 0; set < nsets; set++) {
            mask[set] |= lit->anywhere[set];
            if (lit->word_start[set] & ~mask[set]) {
                if (*at_word_start < 0) *at_word_start = !gate_letter_before(text, i);
                if (*at_word_start) mask[set] |= lit->word_start[set];
            }
        }
    }
}

/* The scan of chr_gates_scan() and chr_gates_union_scan(): 'outs' has
 * one vector per set ('nsets' of them, a constant where it is inlined). */
__attribute__((always_inline)) static inline void gates_scan_sets(const chr_gates *gates, int nsets, const char *text, size_t len, size_t from,
                                   size_t to, chr_gate_hits *outs)
{
    if (to > len) to = len;
    for (size_t i = from; i < to;) {
        unsigned char c = (unsigned char)text[i];
        size_t step = 1;
        uint32_t cp = c;
        if (c >= 0xEA && c <= 0xED && len - i >= 3) {
            /* U+A000..U+DFFF, Hangul syllables among them: the common case,
             * decoded here and looked up by its bits */
            cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)((unsigned char)text[i + 1] & 0x3F) << 6) |
                 ((unsigned char)text[i + 2] & 0x3F);
            step = 3;
        }
        uint64_t w = 0, mask[CHR_GATE_SETS] = {0};
        int at_word_start = -1;
        if (is_syllable(cp)) {
            uint32_t syl = cp - HANGUL_FIRST;
            if (!(gates->syllable_starts[syl / 64] & ((uint64_t)1 << (syl % 64)))) {
                i += step;
                continue;
            }
            long single = gates->syllable_bits[syl / 64] & ((uint64_t)1 << (syl % 64)) ? gates->syllable_head[syl] : -1;
            long pair = -1;
            if (len - i >= 6 && (unsigned char)text[i + 3] >= 0xEA && (unsigned char)text[i + 3] <= 0xED) {
                w = load8(text, i, len);
                uint32_t key = pair_key(w);
                if (gates->pair_bits[key / 64] & ((uint64_t)1 << (key % 64))) pair = gates->pair_head[key];
            }
            if (single < 0 && pair < 0) {
                i += step;
                continue;
            }
            if (!w) w = load8(text, i, len);
            gate_chain(gates, nsets, single, text, i, len, w, &at_word_start, mask);
            gate_chain(gates, nsets, pair, text, i, len, w, &at_word_start, mask);
        } else {
            if (!gates->first_byte[c]) {
                i++; /* continuation bytes never start a literal */
                continue;
            }
            /* a literal of one byte is this byte; one of two or more
             * starts with these two bytes */
            unsigned k = i + 1 < len ? (unsigned)c << 8 | (unsigned char)text[i + 1] : 0;
            int two = i + 1 < len && (gates->head_pair_bits[k / 64] & ((uint64_t)1 << (k % 64)));
            if (two && !(gates->head_two_bits[k / 64] & ((uint64_t)1 << (k % 64)))) {
                /* no literal of these two bytes alone: a longer one needs its third */
                uint32_t t = i + 2 < len ? three_key(c, (unsigned char)text[i + 1], (unsigned char)text[i + 2]) : 0;
                two = i + 2 < len && (gates->head_three_bits[t / 64] & ((uint64_t)1 << (t % 64)));
            }
            if (!two && !gates->head_single[c]) {
                i++;
                continue;
            }
            step = 1;
            w = load8(text, i, len);
            if (gates->head_single[c]) gate_chain(gates, nsets, gates->head1[c], text, i, len, w, &at_word_start, mask);
            if (two)
                gate_chain(gates, nsets, gates->head[head_key(c, (unsigned char)text[i + 1])], text, i, len, w,
                           &at_word_start, mask);
        }
        for (int set = 0; set < nsets; set++)
            if (mask[set]) {
                chr_gate_hit h = {i, mask[set]};
                chr_vec_push(&outs[set], h);
            }
        i += step;
    }
}

void chr_gates_scan(const chr_gates *gates, const char *text, size_t len, size_t from, size_t to,
                    chr_gate_hits *out)
{
    gates_scan_sets(gates, 1, text, len, from, to, out);
}

chr_gates *chr_gates_union(const chr_gates *const *sets, size_t n)
{
    if (n < 1 || n > CHR_GATE_SETS) return NULL;
    chr_gates *u = chr_gates_new();
    u->nsets = (int)n;
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i < sets[k]->lits.len; i++) {
            const gate_literal *lit = &sets[k]->lits.items[i];
            gates_add_literal_masks(u, lit->s, lit->len, (int)k, lit->anywhere[0], lit->word_start[0]);
        }
    return u;
}

void chr_gates_union_scan(const chr_gates *u, const char *text, size_t len, size_t from, size_t to,
                          chr_gate_hits *outs)
{
    /* (the set count a constant in each copy of the loop) */
    switch (u->nsets) {
    case 1: gates_scan_sets(u, 1, text, len, from, to, outs); break;
    case 2: gates_scan_sets(u, 2, text, len, from, to, outs); break;
    default: gates_scan_sets(u, CHR_GATE_SETS, text, len, from, to, outs); break;
    }
}

size_t chr_utf8_back(const char *text, size_t pos, size_t chars)
{
    while (chars > 0 && pos > 0) {
        pos--;
        while (pos > 0 && ((unsigned char)text[pos] & 0xC0) == 0x80) pos--;
        chars--;
    }
    return pos;
}

/* ---- gates derived from a pattern's first words ------------------------------ */

/* ASCII punctuation: after a backslash, the character itself (PCRE2
 * gives every non-alphanumeric escape its literal meaning). */
static int is_ascii_punct(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

static int is_meta(char c)
{
    return c != '\0' && strchr("\\^$.|?*+()[]{}#", c) != NULL;
}

/* Where the alternative of p[0..len) going on at 'i' ends: the next '|'
 * outside groups and classes, or 'len'. */
static size_t alternative_end(const char *p, size_t len, size_t i)
{
    int level = 0;
    while (i < len && !(level == 0 && p[i] == '|')) {
        if (p[i] == '\\') {
            i += 2;
        } else if (p[i] == '[') {
            size_t e = class_end(p, len, i);
            i = e ? e : len;
        } else {
            if (p[i] == '(') level++;
            else if (p[i] == ')') level--;
            i++;
        }
    }
    return i < len ? i : len;
}

/* Collects into 'out' the literal each alternative of p[0..len) must start
 * with; returns 0 when some alternative may start otherwise. A group opening
 * an alternative ("(?:", "(?<name>") counts by its own alternatives. */
static int leading_literals(const char *p, size_t len, int depth, chr_strvec *out)
{
    if (depth > 4) return 0;
    size_t i = 0;
    for (;;) {
        /* one alternative from i; a word boundary first takes no character */
        while (len - i >= 2 && p[i] == '\\' && p[i + 1] == 'b') i += 2;
        if (i < len && p[i] == '(') {
            size_t body = 0;
            if (len - i > 3 && p[i + 1] == '?' && p[i + 2] == ':') body = i + 3;
            else if (len - i > 4 && p[i + 1] == '?' && p[i + 2] == '<' && ((p[i + 3] >= 'A' && p[i + 3] <= 'Z') ||
                                                                           (p[i + 3] >= 'a' && p[i + 3] <= 'z'))) {
                size_t k = i + 3;
                while (k < len && p[k] != '>') k++;
                body = k + 1;
            }
            if (!body || body >= len) return 0;
            /* the group's end */
            size_t k = body;
            int level = 1;
            for (; k < len && level; k++) {
                if (p[k] == '\\') k++;
                else if (p[k] == '[') {
                    /* skip a class, which may hold ')' (']' first in it is
                     * literal), as the walk to the next '|' below does:
                     * "(?:시리즈\h?[A-Z]|시드|투자)" has first words too */
                    k++;
                    if (k < len && p[k] == '^') k++;
                    if (k < len && p[k] == ']') k++;
                    while (k < len && p[k] != ']') k += p[k] == '\\' ? 2 : 1;
                } else if (p[k] == '(') level++;
                else if (p[k] == ')') level--;
            }
            if (level) return 0;
            if (!leading_literals(p + body, k - 1 - body, depth + 1, out)) return 0;
            /* k is past ')': a quantifier may skip the group */
            if (k < len && (p[k] == '*' || p[k] == '{')) return 0;
            if (k < len && p[k] == '?') {
                /* an optional group ("(?:특별|근로)?감독"): a match starts
                 * at its first words or, without it, at those of what
                 * follows it in this alternative (a lazy or possessive
                 * '?' is left alone) */
                if (k + 1 < len && (p[k + 1] == '?' || p[k + 1] == '+')) return 0;
                size_t rest = k + 1;
                i = alternative_end(p, len, rest);
                if (!leading_literals(p + rest, i - rest, depth + 1, out)) return 0;
                if (i >= len) return 1;
                i++; /* past '|' */
                continue;
            }
            i = k;
        } else {
            /* the literal characters from i, an escaped punctuation mark
             * among them ("\?", "\."): a question mark opens some cues */
            chr_buf lit = {0};
            size_t last = 0; /* where the last character starts in 'lit' */
            while (i < len) {
                if (p[i] == '\\' && i + 1 < len && is_ascii_punct(p[i + 1])) {
                    last = lit.len;
                    chr_buf_putc(&lit, p[i + 1]);
                    i += 2;
                } else if (!is_meta(p[i])) {
                    if (((unsigned char)p[i] & 0xC0) != 0x80) last = lit.len;
                    chr_buf_putc(&lit, p[i]);
                    i++;
                } else {
                    break;
                }
            }
            /* a quantifier after the last character makes it optional */
            if (i < len && (p[i] == '?' || p[i] == '*' || p[i] == '{')) lit.len = last;
            if (lit.len == 0) {
                chr_buf_free(&lit);
                return 0;
            }
            chr_vec_push(out, chr_xstrndup(lit.data, lit.len));
            chr_buf_free(&lit);
        }
        /* on to the next top-level '|' */
        i = alternative_end(p, len, i);
        if (i >= len) return 1;
        i++; /* past '|' */
    }
}

int chr_gates_add_leading(chr_gates *gates, const char *pattern)
{
    size_t len = strlen(pattern);
    if (len > 2 && pattern[0] == '(' && pattern[1] == '?' && pattern[2] != ':' && pattern[2] != '<') return -1; /* options */
    chr_strvec lits = {0};
    int gate = -1;
    if (leading_literals(pattern, len, 0, &lits) && gates->specs.len < CHR_GATES_MAX) {
        char *spec = chr_xmalloc(len + 8);
        snprintf(spec, len + 8, "lead:%s", pattern);
        long existing = chr_strvec_find(&gates->specs, spec);
        if (existing >= 0) {
            gate = (int)existing;
            free(spec);
        } else {
            gate = (int)gates->specs.len;
            for (size_t i = 0; i < lits.len; i++) gates_add_literal(gates, lits.items[i], strlen(lits.items[i]), 0, gate);
            gates->reach[gate] = 0;
            chr_vec_push(&gates->specs, spec);
        }
    }
    chr_strvec_free(&lits);
    return gate;
}

/* The length of the zero-width assertions opening 'p' (\b, lookbehinds,
 * lookaheads): a match starts where what follows them starts. (A trigger
 * opening with "(?!(?<=since the )launch)" was ungated for want of the
 * lookaheads: a whole-text search per English article, some 270 000
 * cycles each.) */
static size_t leading_assertions(const char *p)
{
    size_t i = 0;
    for (;;) {
        if (p[i] == '\\' && p[i + 1] == 'b') {
            i += 2;
        } else if (p[i] == '(' && p[i + 1] == '?' &&
                   ((p[i + 2] == '<' && (p[i + 3] == '=' || p[i + 3] == '!')) || p[i + 2] == '=' || p[i + 2] == '!')) {
            size_t len = strlen(p), k = i + (p[i + 2] == '<' ? 4 : 3);
            int level = 1;
            while (k < len && level) {
                if (p[k] == '\\') {
                    k += 2;
                    continue;
                }
                /* (a class may hold ')': "(?<![가-힣])") */
                if (p[k] == '[') {
                    k = class_end(p, len, k);
                    if (!k) return i;
                    continue;
                }
                if (p[k] == '(') level++;
                else if (p[k] == ')') level--;
                k++;
            }
            if (level) return i;
            i = k;
        } else {
            return i;
        }
    }
}

int chr_gates_first_words(const char *pattern, chr_strvec *out)
{
    pattern += leading_assertions(pattern);
    size_t len = strlen(pattern);
    if (len > 2 && pattern[0] == '(' && pattern[1] == '?' && pattern[2] != ':' && pattern[2] != '<') return 0; /* options */
    size_t had = out->len;
    if (leading_literals(pattern, len, 0, out)) return 1;
    while (out->len > had) free(out->items[--out->len]);
    return 0;
}

int chr_gates_add_leading_or_share(chr_gates *gates, const char *pattern)
{
    pattern += leading_assertions(pattern);
    int gate = chr_gates_add_leading(gates, pattern);
    if (gate >= 0 || gates->specs.len < CHR_GATES_MAX) return gate;
    int last = CHR_GATES_MAX - 1;
    if (gates->reach[last] != 0) return -1; /* (its items may start after the match: not first words) */
    size_t len = strlen(pattern);
    if (len > 2 && pattern[0] == '(' && pattern[1] == '?' && pattern[2] != ':' && pattern[2] != '<') return -1; /* options */
    chr_strvec lits = {0};
    if (leading_literals(pattern, len, 0, &lits))
        for (size_t i = 0; i < lits.len; i++) gates_add_literal(gates, lits.items[i], strlen(lits.items[i]), 0, last);
    else
        last = -1;
    chr_strvec_free(&lits);
    return last;
}
