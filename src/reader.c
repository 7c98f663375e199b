/*
 * reader.c - the first pipeline stage: turns a file's bytes into a chr_doc.
 *
 * It validates UTF-8 once (every later regex runs with PCRE2_NO_UTF_CHECK),
 * reads the front matter, detects the language, marks the scraped header
 * (publisher line, headline) and the trailing boilerplate so that no
 * extractor looks at them, and splits the body into sentences.
 */
#include "chr_reader.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

typedef CHR_VEC(chr_regex *) regex_vec;

struct chr_reader {
    const chr_rules *rules;
    regex_vec boilerplate; /* a line matching one starts the trailing boilerplate */
    regex_vec datelines;   /* a wire dateline opening a body line: "(서울=연합뉴스) 홍길동 기자 =" */
    regex_vec bylines;     /* a line naming the writers: "By Jane Roe | Staff Writer", "홍길동 기자 | 입력 …" */
    regex_vec speakers;    /* who speaks, opening a line of an interview or a script: "CB:", "앵커:" */
    regex_vec published;   /* the publication date in a header line: "Published June 12, 2025", "입력 2025.03.14 09:12" */
};

chr_reader *chr_reader_new(const chr_rules *rules, chr_error *err)
{
    chr_reader *reader = chr_xcalloc(1, sizeof *reader);
    reader->rules = rules;
    for (size_t i = 0; i < chr_rules_count(rules); i++) {
        const chr_rule_record *rec = chr_rules_at(rules, i);
        if (strcmp(rec->fields[0], "zone") != 0) continue;
        int dateline = strcmp(rec->fields[1], "dateline") == 0, byline = strcmp(rec->fields[1], "byline") == 0;
        int speaker = strcmp(rec->fields[1], "speaker") == 0, published = strcmp(rec->fields[1], "published") == 0;
        if (!dateline && !byline && !speaker && !published && strcmp(rec->fields[1], "boilerplate") != 0) {
            chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                          "unknown zone '%s' (expected 'boilerplate', 'dateline', 'byline', 'speaker' or 'published')",
                          rec->fields[1]);
            chr_reader_free(reader);
            return NULL;
        }
        chr_regex *re = chr_regex_compile(rules, rec, rec->fields[2], err);
        if (!re) {
            chr_reader_free(reader);
            return NULL;
        }
        if (dateline) chr_vec_push(&reader->datelines, re);
        else if (byline) chr_vec_push(&reader->bylines, re);
        else if (speaker) chr_vec_push(&reader->speakers, re);
        else if (published) chr_vec_push(&reader->published, re);
        else chr_vec_push(&reader->boilerplate, re);
    }
    return reader;
}

void chr_reader_free(chr_reader *reader)
{
    if (!reader) return;
    for (size_t i = 0; i < reader->boilerplate.len; i++) chr_regex_free(reader->boilerplate.items[i]);
    chr_vec_free(&reader->boilerplate);
    for (size_t i = 0; i < reader->datelines.len; i++) chr_regex_free(reader->datelines.items[i]);
    chr_vec_free(&reader->datelines);
    for (size_t i = 0; i < reader->bylines.len; i++) chr_regex_free(reader->bylines.items[i]);
    chr_vec_free(&reader->bylines);
    for (size_t i = 0; i < reader->speakers.len; i++) chr_regex_free(reader->speakers.items[i]);
    chr_vec_free(&reader->speakers);
    for (size_t i = 0; i < reader->published.len; i++) chr_regex_free(reader->published.items[i]);
    chr_vec_free(&reader->published);
    free(reader);
}

/* ---- dates ------------------------------------------------------------------- */

static int parse_fixed_int(const char *s, int digits, int *out)
{
    int v = 0;
    for (int i = 0; i < digits; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

int chr_parse_dct(const char *text, chr_dct *out)
{
    chr_dct d = {.present = 1, .hour = -1, .minute = -1};
    if (!text || strlen(text) < 10) return 0;
    if (!parse_fixed_int(text, 4, &d.year) || text[4] != '-' || !parse_fixed_int(text + 5, 2, &d.month) ||
        text[7] != '-' || !parse_fixed_int(text + 8, 2, &d.day))
        return 0;
    if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > chr_days_in_month(d.year, d.month))
        return 0;
    const char *rest = text + 10;
    if (*rest == 'T' || *rest == ' ') {
        if (!parse_fixed_int(rest + 1, 2, &d.hour) || rest[3] != ':' || !parse_fixed_int(rest + 4, 2, &d.minute))
            return 0;
        if (d.hour > 23 || d.minute > 59) return 0;
        rest += 6;
        if (*rest == ':') {
            int sec;
            if (!parse_fixed_int(rest + 1, 2, &sec) || sec > 60) return 0;
            rest += 3;
        }
        /* a zone designator is accepted and ignored: dates are local to the article */
        if (*rest == 'Z') rest++;
        else if ((*rest == '+' || *rest == '-') && strlen(rest) >= 3) rest += strlen(rest);
    }
    if (*rest != '\0') return 0;
    *out = d;
    return 1;
}

/* ---- UTF-8 validation ------------------------------------------------------------ */

/* Returns the byte offset of the first invalid sequence or NUL, or -1. Sets
 * *is_nul when the problem is a NUL byte. */
static long find_invalid_utf8(const unsigned char *s, size_t len, int *is_nul)
{
    size_t i = 0;
    *is_nul = 0;
    while (i < len) {
        /* eight ASCII bytes at a time while none is NUL or above 0x7F */
        while (i + 8 <= len) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            if ((x & UINT64_C(0x8080808080808080)) ||
                ((x - UINT64_C(0x0101010101010101)) & ~x & UINT64_C(0x8080808080808080)))
                break;
            i += 8;
        }
        if (i >= len) break;
        unsigned char c = s[i];
        /* the common three-byte form (Hangul) checked directly: E1-EC and
         * EE-EF take any continuation, E0 needs A0+ (no overlong form),
         * ED below A0 (no surrogate) */
        if (c >= 0xE0 && c <= 0xEF && i + 3 <= len && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80 &&
            (c != 0xE0 || s[i + 1] >= 0xA0) && (c != 0xED || s[i + 1] < 0xA0)) {
            i += 3;
            continue;
        }
        if (c < 0x80) {
            if (c == 0) {
                *is_nul = 1;
                return (long)i;
            }
            i++;
            continue;
        }
        size_t n;
        uint32_t min;
        if ((c & 0xE0) == 0xC0) n = 2, min = 0x80;
        else if ((c & 0xF0) == 0xE0) n = 3, min = 0x800;
        else if ((c & 0xF8) == 0xF0) n = 4, min = 0x10000;
        else return (long)i;
        if (i + n > len) return (long)i;
        uint32_t cp = c & (0x7F >> n);
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return (long)i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return (long)i;
        i += n;
    }
    return -1;
}

/* Copies 'in' replacing every invalid sequence (and NUL) with U+FFFD. */
static char *repair_utf8(const char *in, size_t len, size_t *out_len)
{
    chr_buf out = {0};
    size_t i = 0;
    while (i < len) {
        int is_nul;
        long bad = find_invalid_utf8((const unsigned char *)in + i, len - i, &is_nul);
        if (bad < 0) {
            chr_buf_append(&out, in + i, len - i);
            break;
        }
        chr_buf_append(&out, in + i, (size_t)bad);
        chr_buf_puts(&out, "\xEF\xBF\xBD");
        i += (size_t)bad + 1;
        while (i < len && ((unsigned char)in[i] & 0xC0) == 0x80) i++;
    }
    *out_len = out.len;
    return chr_buf_take(&out);
}

/* ---- front matter ------------------------------------------------------------------ */

static char *trim_copy(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
    if (n >= 2 && ((s[0] == '"' && s[n - 1] == '"') || (s[0] == '\'' && s[n - 1] == '\''))) s++, n -= 2;
    return chr_xstrndup(s, n);
}

static int line_is_fence(const char *line, size_t n)
{
    while (n && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t')) n--;
    return n == 3 && memcmp(line, "---", 3) == 0;
}

static chr_lang parse_lang(const char *s)
{
    if (strcmp(s, "ko") == 0) return CHR_LANG_KO;
    if (strcmp(s, "en") == 0) return CHR_LANG_EN;
    if (strcmp(s, "mixed") == 0) return CHR_LANG_MIXED;
    return CHR_LANG_UNKNOWN;
}

/* Reads the front matter at 'start'; sets doc fields and doc->body_start. */
static chr_status read_front_matter(chr_doc *doc, const char *name, size_t start, int *lang_set,
                                    chr_error *err)
{
    const char *t = doc->text;
    size_t len = doc->len;
    size_t eol = start;
    while (eol < len && t[eol] != '\n') eol++;
    if (!line_is_fence(t + start, eol - start)) return CHR_OK;
    size_t pos = eol < len ? eol + 1 : len;
    long line_no = 1;
    while (pos < len) {
        line_no++;
        size_t e = pos;
        while (e < len && t[e] != '\n') e++;
        const char *line = t + pos;
        size_t n = e - pos;
        size_t next = e < len ? e + 1 : len;
        if (line_is_fence(line, n)) {
            doc->body_start = next;
            return CHR_OK;
        }
        const char *colon = memchr(line, ':', n);
        size_t key_len = colon ? (size_t)(colon - line) : 0;
        int blank = 1;
        for (size_t k = 0; k < n; k++)
            if (line[k] != ' ' && line[k] != '\t' && line[k] != '\r') blank = 0;
        if (!blank && line[0] != '#') {
            if (!colon || key_len == 0)
                return chr_error_set(err, CHR_ERR_INPUT, name, line_no, -1,
                                     "front matter: expected 'key: value' (is the closing '---' line missing?)");
            char *key = trim_copy(line, key_len);
            size_t vlen = n - key_len - 1;
            const char *vstart = colon + 1;
            /* a '#' after white space starts a comment (the value itself may hold '#') */
            for (size_t k = 0; k + 1 < vlen; k++)
                if ((vstart[k] == ' ' || vstart[k] == '\t') && vstart[k + 1] == '#') {
                    vlen = k;
                    break;
                }
            char *value = trim_copy(vstart, vlen);
            chr_status st = CHR_OK;
            if (strcmp(key, "title") == 0) {
                free(doc->title);
                doc->title = value[0] ? chr_xstrdup(value) : NULL;
            } else if (strcmp(key, "source") == 0) {
                free(doc->source);
                doc->source = value[0] ? chr_xstrdup(value) : NULL;
            } else if (strcmp(key, "url") == 0) {
                free(doc->url);
                doc->url = value[0] ? chr_xstrdup(value) : NULL;
            } else if (strcmp(key, "date") == 0) {
                if (value[0] && !chr_parse_dct(value, &doc->dct))
                    st = chr_error_set(err, CHR_ERR_INPUT, name, line_no, -1,
                                       "front matter: date '%s' is not a valid YYYY-MM-DD date", value);
            } else if (strcmp(key, "lang") == 0) {
                chr_lang lang = parse_lang(value);
                if (value[0] && lang == CHR_LANG_UNKNOWN && strcmp(value, "auto") != 0)
                    st = chr_error_set(err, CHR_ERR_INPUT, name, line_no, -1,
                                       "front matter: lang '%s' is not ko, en or auto", value);
                else if (lang != CHR_LANG_UNKNOWN) {
                    doc->lang = lang;
                    *lang_set = 1;
                }
            }
            /* other keys are kept for the user's own tools and ignored here */
            free(key);
            free(value);
            if (st != CHR_OK) return st;
        }
        pos = next;
    }
    return chr_error_set(err, CHR_ERR_INPUT, name, line_no, -1, "front matter: no closing '---' line");
}

/* ---- language -------------------------------------------------------------------- */

static chr_lang detect_lang(const char *text, size_t len)
{
    /* counted from the bytes (the text is valid UTF-8): a syllable
     * U+AC00..U+D7A3 is a three-byte form led by EA..ED, a letter an ASCII
     * byte; every other character is skipped by its lead byte */
    size_t hangul = 0, latin = 0, i = 0;
    const unsigned char *s = (const unsigned char *)text;
    while (i < len) {
        unsigned char c = s[i];
        if (c < 0x80) {
            if ((unsigned)((c | 0x20) - 'a') < 26) latin++;
            i++;
        } else if (c >= 0xE0 && c < 0xF0) {
            if (c >= 0xEA && c <= 0xED && i + 2 < len) {
                uint32_t cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
                if (cp >= 0xAC00 && cp <= 0xD7A3) hangul++;
            }
            i += 3;
        } else {
            i += c >= 0xF0 ? 4 : c >= 0xC0 ? 2 : 1;
        }
    }
    /* A Hangul syllable carries about as much as three Latin letters. */
    double h = (double)hangul, l = (double)latin / 3.0;
    if (h + l < 1.0) return CHR_LANG_UNKNOWN;
    double share = h / (h + l);
    if (share >= 0.6) return CHR_LANG_KO;
    if (share <= 0.1) return CHR_LANG_EN;
    return CHR_LANG_MIXED;
}

/* ---- lines, zones and sentences -------------------------------------------------- */

typedef struct {
    size_t start, end; /* without the line break and surrounding space */
} line_span;

static int is_space_byte(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* True when s[0..n) ends like a sentence (a full stop or its cousins). */
static int ends_like_sentence(const char *s, size_t n)
{
    while (n) {
        unsigned char c = (unsigned char)s[n - 1];
        /* skip a citation mark ("… in 2015.[2]"), closing quotes and brackets */
        if (c == ']' && n >= 3 && isdigit((unsigned char)s[n - 2])) {
            size_t k = n - 2;
            while (k > 0 && isdigit((unsigned char)s[k - 1])) k--;
            if (k > 0 && s[k - 1] == '[') {
                n = k - 1;
                continue;
            }
        }
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            n--;
            continue;
        }
        if (n >= 3 && (memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(s + n - 3, "\xE2\x80\x99", 3) == 0)) {
            n -= 3;
            continue;
        }
        break;
    }
    if (!n) return 0;
    char c = s[n - 1];
    return c == '.' || c == '!' || c == '?' || (n >= 3 && memcmp(s + n - 3, "\xE3\x80\x82", 3) == 0);
}

/* True when a sentence ends inside s[0..n) and more text follows it (a
 * photo caption and its credit: "… on Sept. 16. (Photo: J. Alvarez)");
 * an abbreviation before a number or a lowercase word does not count
 * ("Sept. 16", "Inc. shares"). */
static int sentence_inside(const char *s, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++) {
        if ((s[i] != '.' && s[i] != '!' && s[i] != '?') || s[i + 1] != ' ') continue;
        unsigned char next = (unsigned char)s[i + 2];
        if (!isdigit(next) && !islower(next)) return 1;
    }
    return 0;
}

/* True when s[0..n) is a field of an info box: one to three words and a
 * colon, then the value ("Founded: 2014", "Key people: Nadia Okafor"). */
static int is_field_line(const char *s, size_t n)
{
    size_t words = 1;
    for (size_t i = 0; i + 1 < n && words <= 3; i++) {
        if (s[i] == ':' && s[i + 1] == ' ' && i > 0) return 1;
        if (s[i] == ' ') words++;
    }
    return 0;
}

static size_t count_words(const char *s, size_t n)
{
    size_t words = 0;
    int in_word = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_space_byte(s[i])) in_word = 0;
        else if (!in_word) in_word = 1, words++;
    }
    return words;
}

static int is_abbreviation(const chr_reader *reader, const char *text, size_t word_start, size_t dot)
{
    size_t n = dot - word_start;
    if (n == 0) return 0;
    /* a single capital letter is an initial: "J. Smith", "U.S." */
    if (n == 1 && text[word_start] >= 'A' && text[word_start] <= 'Z') return 1;
    /* dotted forms such as "U.S" or "a.m" */
    for (size_t k = word_start; k < dot; k++)
        if (text[k] == '.') return 1;
    char word[64];
    if (n >= sizeof word) return 0;
    memcpy(word, text + word_start, n);
    word[n] = '\0';
    return reader->rules && chr_rules_word(reader->rules, "abbrev", word) != NULL;
}

static int is_closer(const char *t, size_t len, size_t i, size_t *width)
{
    if (i >= len) return 0;
    char c = t[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
        *width = 1;
        return 1;
    }
    if (i + 3 <= len && (memcmp(t + i, "\xE2\x80\x9D", 3) == 0 || memcmp(t + i, "\xE2\x80\x99", 3) == 0 ||
                         memcmp(t + i, "\xE3\x80\x8D", 3) == 0 || memcmp(t + i, "\xE3\x80\x8F", 3) == 0)) {
        *width = 3;
        return 1;
    }
    return 0;
}

static void push_sentence(chr_doc *doc, size_t start, size_t end, chr_zone zone, int paragraph)
{
    while (start < end && is_space_byte(doc->text[start])) start++;
    while (end > start && is_space_byte(doc->text[end - 1])) end--;
    if (end <= start) return;
    chr_sentence s = {.start = start, .end = end, .zone = zone, .paragraph = paragraph};
    chr_vec_push(&doc->sentences, s);
}

/* The bytes split_sentences() acts on: spaces (is_space_byte), brackets,
 * enders and the first byte of "。"; every other byte it passes over at
 * the cost of one lookup (most of a text is letters). */
static const unsigned char sentence_byte[256] = {
    [' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1, ['\f'] = 1, ['\v'] = 1, ['('] = 1, ['['] = 1,
    [')'] = 1, [']'] = 1,  ['.'] = 1,  ['!'] = 1,  ['?'] = 1,  [0xE3] = 1,
};

/* Splits one line of body text into sentences. */
static void split_sentences(const chr_reader *reader, chr_doc *doc, size_t start, size_t end, int paragraph)
{
    const char *t = doc->text;
    size_t sent_start = start;
    int depth = 0; /* brackets: no split inside ( ) or [ ] */
    size_t word_start = start;
    for (size_t i = start; i < end; i++) {
        char c = t[i];
        if (!sentence_byte[(unsigned char)c]) continue;
        if (is_space_byte(c)) {
            word_start = i + 1;
            continue;
        }
        if (c == '(' || c == '[') depth++;
        else if ((c == ')' || c == ']') && depth > 0) depth--;
        int ender = c == '.' || c == '!' || c == '?';
        size_t ender_width = 1;
        if (!ender && i + 3 <= end && memcmp(t + i, "\xE3\x80\x82", 3) == 0) ender = 1, ender_width = 3;
        if (!ender || depth > 0) continue;
        size_t j = i + ender_width;
        /* runs of enders ("?!", "...") belong together */
        while (j < end && (t[j] == '.' || t[j] == '!' || t[j] == '?')) j++;
        size_t w;
        while (is_closer(t, end, j, &w)) j += w;
        /* a reference mark after the stop ("reinstated.[6] Over the",
         * "[citation needed]") ends the sentence with it */
        size_t marks_end = j;
        while (marks_end < end && t[marks_end] == '[') {
            size_t q = marks_end + 1;
            while (q < end && q < marks_end + 24 && t[q] != ']' && t[q] != '\n' && t[q] != '[') q++;
            if (q >= end || t[q] != ']' || q == marks_end + 1) break;
            marks_end = q + 1;
        }
        if (marks_end > j && (marks_end == end || is_space_byte(t[marks_end]))) {
            size_t k = marks_end;
            while (k < end && is_space_byte(t[k])) k++;
            if (k == end || !(t[k] >= 'a' && t[k] <= 'z')) {
                push_sentence(doc, sent_start, marks_end, CHR_ZONE_BODY, paragraph);
                sent_start = marks_end;
                i = marks_end - 1;
                continue;
            }
        }
        if (j < end && !is_space_byte(t[j])) continue; /* "5.1", "U.S.-based", "a.m." */
        if (c == '.' && j == i + 1 && is_abbreviation(reader, t, word_start, i)) continue;
        if (j > i + 1 || c != '.') {
            /* '"Why?" she asked': a lower-case word after ? ! or a closing
             * quote continues the sentence */
            size_t k = j;
            while (k < end && is_space_byte(t[k])) k++;
            if (k < end && t[k] >= 'a' && t[k] <= 'z') continue;
        }
        if (c == '.' && j == i + 1) {
            /* a lower-case word or a digit after the stop continues the
             * sentence ("No. 1", "approx. 5"), but not after a Hangul
             * syllable: "…시작한 회사다. 2021년 …" ends one (U+AC00–U+D7A3
             * start with the bytes EA–ED) */
            size_t k = j;
            while (k < end && is_space_byte(t[k])) k++;
            int hangul_before = i >= start + 3 && (unsigned char)t[i - 3] >= 0xEA && (unsigned char)t[i - 3] <= 0xED;
            if (k < end && ((t[k] >= 'a' && t[k] <= 'z') || (!hangul_before && t[k] >= '0' && t[k] <= '9'))) continue;
        }
        push_sentence(doc, sent_start, j, CHR_ZONE_BODY, paragraph);
        sent_start = j;
        i = j - 1;
    }
    push_sentence(doc, sent_start, end, CHR_ZONE_BODY, paragraph);
}

static int line_matches_any(const regex_vec *list, const char *text, size_t start, size_t end)
{
    for (size_t r = 0; r < list->len; r++) {
        chr_match m;
        chr_error ignored;
        /* markers are anchored by the rule itself; match within the line */
        if (chr_regex_find_limited(list->items[r], text + start, end - start, 0, 0, &m, &ignored) == 1 && m.start == 0)
            return 1;
    }
    return 0;
}

/* A wire dateline at the start of a body line is metadata, not news: it is
 * kept as a sentence of its own that no extractor reads, and its 'source'
 * group names the outlet when nothing else did. Returns where the body text
 * starts. */
static size_t skip_dateline(const chr_reader *reader, chr_doc *doc, size_t start, size_t end, int paragraph)
{
    for (size_t r = 0; r < reader->datelines.len; r++) {
        chr_match m;
        chr_error ignored;
        if (chr_regex_find_limited(reader->datelines.items[r], doc->text, end, start, start, &m, &ignored) != 1 ||
            m.start != start ||
            m.end <= m.start)
            continue;
        push_sentence(doc, m.start, m.end, CHR_ZONE_PUBLISHER, paragraph);
        int g = chr_regex_group_index(reader->datelines.items[r], "source");
        if (g >= 0 && m.group_start[g] != SIZE_MAX && !doc->source)
            doc->source = chr_xstrndup(doc->text + m.group_start[g], m.group_end[g] - m.group_start[g]);
        return m.end;
    }
    return start;
}

/* The speaker's label opening a line of an interview or a script ("H&K:",
 * "Chiara Benedetti:") is a sentence of its own, so that what the line
 * says opens its sentence ("CB: Two days after the walkout, ..."). Returns
 * where the speech starts. */
static size_t skip_speaker(const chr_reader *reader, chr_doc *doc, size_t start, size_t end, int paragraph)
{
    for (size_t r = 0; r < reader->speakers.len; r++) {
        chr_match m;
        chr_error ignored;
        if (chr_regex_find_limited(reader->speakers.items[r], doc->text, end, start, start, &m, &ignored) != 1 ||
            m.start != start || m.end <= m.start || m.end >= end)
            continue;
        push_sentence(doc, m.start, m.end, CHR_ZONE_BODY, paragraph);
        return m.end;
    }
    return start;
}

/* A line this long that ends like a sentence is a paragraph of the body
 * (a sentence of news), not a line of page chrome. */
#define BODY_PARAGRAPH_BYTES 40

/* A line above the first paragraph at most this long that does not end
 * like a sentence is a headline or a deck (about 100 Hangul syllables);
 * this many such lines that start with a number are a list that tells
 * the story instead. */
#define SUBHEAD_BYTES 300
#define MAX_LISTED 3

/* A byline this many lines under the header or fewer, with at most this
 * many lines that end like a sentence above it (standfirsts), ends the
 * headline's block. */
#define BYLINE_REACH 8
#define MAX_STANDFIRSTS 2

/* A menu or a share bar ("Share on Facebook | Share on X | Email",
 * "전체기사 | 경제 | 금융"): items between two or more bars, and no
 * sentence. */
static int is_bar_line(const char *s, size_t n)
{
    size_t bars = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '|') bars++;
    return bars >= 2 && !ends_like_sentence(s, n);
}

/* The lines of a block of links ("관련기사" and the titles under it) are
 * at most this many. */
#define LINK_BLOCK_LINES 8

typedef CHR_VEC(line_span) line_vec;
typedef CHR_VEC(size_t) index_list;

/* Whether content line 'i' is a paragraph of the body. */
static int is_body_paragraph(const char *t, const line_vec *lines, const index_list *content, size_t i)
{
    const line_span *ln = &lines->items[content->items[i]];
    size_t n = ln->end - ln->start;
    return n >= BODY_PARAGRAPH_BYTES && ends_like_sentence(t + ln->start, n);
}

/* For the marker line at content index 'i' after the body began: the
 * index just past the block of link titles it heads, when the story goes
 * on below it (two paragraphs of the body before any other marker line),
 * else 'i'. */
static size_t mid_article_block_end(const chr_reader *reader, const char *t, const line_vec *lines,
                                    const index_list *content, size_t i)
{
    size_t j = i + 1;
    while (j < content->len && j - i <= LINK_BLOCK_LINES && !is_body_paragraph(t, lines, content, j)) {
        const line_span *ln = &lines->items[content->items[j]];
        if (line_matches_any(&reader->boilerplate, t, ln->start, ln->end)) return i;
        j++;
    }
    if (j - i > LINK_BLOCK_LINES) return i;
    int paragraphs = 0;
    for (size_t k = j; k < content->len && paragraphs < 2; k++) {
        const line_span *ln = &lines->items[content->items[k]];
        if (line_matches_any(&reader->boilerplate, t, ln->start, ln->end)) break;
        if (is_body_paragraph(t, lines, content, k)) paragraphs++;
    }
    return paragraphs >= 2 ? j : i;
}

static void mark_zones_and_split(const chr_reader *reader, chr_doc *doc)
{
    const char *t = doc->text;
    line_vec lines = {0};
    size_t pos = doc->body_start;
    /* skip a BOM at the very start of the body */
    if (pos + 3 <= doc->len && memcmp(t + pos, "\xEF\xBB\xBF", 3) == 0) pos += 3;
    while (pos < doc->len) {
        const char *nl = memchr(t + pos, '\n', doc->len - pos);
        size_t e = nl ? (size_t)(nl - t) : doc->len;
        size_t s = pos, f = e;
        while (s < f && is_space_byte(t[s])) s++;
        while (f > s && is_space_byte(t[f - 1])) f--;
        line_span ln = {s, f};
        chr_vec_push(&lines, ln);
        pos = e < doc->len ? e + 1 : doc->len;
    }
    /* non-empty lines */
    index_list content = {0};
    for (size_t i = 0; i < lines.len; i++)
        if (lines.items[i].end > lines.items[i].start) chr_vec_push(&content, i);

    /* Header: leading short lines that do not end like a sentence, followed
     * by body text. The last of them is the headline; one before it, when
     * it is at most three words, is the publisher line. */
    size_t header_lines = 0;
    while (header_lines < content.len && header_lines < 3) {
        line_span *ln = &lines.items[content.items[header_lines]];
        size_t n = ln->end - ln->start;
        if (n > 300 || ends_like_sentence(t + ln->start, n)) break;
        header_lines++;
    }
    if (header_lines == content.len) header_lines = 0; /* nothing after it: it is all body */
    /* trailing boilerplate: from the first marker line after the header
     * that follows a paragraph of the body; a marker line above the first
     * paragraph (a byline under the headline, a share bar) is page chrome
     * of its own line only */
    /* a byline a few short lines under the headline: what stands above it
     * is the headline's (a standfirst that ends like a sentence too) */
    size_t byline = 0; /* (0: none) */
    for (size_t i = header_lines, standfirsts = 0; i < content.len && i < header_lines + BYLINE_REACH; i++) {
        line_span *ln = &lines.items[content.items[i]];
        size_t n = ln->end - ln->start;
        if (line_matches_any(&reader->bylines, t, ln->start, ln->end)) {
            byline = i;
            break;
        }
        if (n > SUBHEAD_BYTES) break;
        if (ends_like_sentence(t + ln->start, n) && ++standfirsts > MAX_STANDFIRSTS) break;
    }
    size_t boiler_from = content.len;
    int paragraph_seen = 0;
    index_list chrome = {0};
    size_t first_paragraph = 0; /* (0: none) */
    for (size_t i = header_lines; i < content.len; i++) {
        line_span *ln = &lines.items[content.items[i]];
        if (byline && i < byline) continue;
        if (byline && i == byline) {
            chr_vec_push(&chrome, i);
            continue;
        }
        if (i > header_lines && line_matches_any(&reader->boilerplate, t, ln->start, ln->end)) {
            if (!paragraph_seen) {
                chr_vec_push(&chrome, i);
                continue;
            }
            /* a block of links inside the article ("관련기사" and a few
             * titles, then the story goes on): chrome, when two paragraphs
             * of the body follow it before any other marker line */
            size_t block_end = mid_article_block_end(reader, t, &lines, &content, i);
            if (block_end > i) {
                for (size_t k = i; k < block_end; k++) chr_vec_push(&chrome, k);
                i = block_end - 1;
                continue;
            }
            boiler_from = i;
            break;
        }
        size_t n = ln->end - ln->start;
        if (((n >= BODY_PARAGRAPH_BYTES && ends_like_sentence(t + ln->start, n)) || n > SUBHEAD_BYTES) && !paragraph_seen) {
            paragraph_seen = 1;
            first_paragraph = i;
        }
    }
    /* the headline and the decks under it, above the first paragraph:
     * they sum up the story, they do not tell it (unless several start
     * with a number: a list that tells it, "2019: founded", …) */
    size_t listed = 0;
    for (size_t i = header_lines; i < first_paragraph; i++) {
        line_span *ln = &lines.items[content.items[i]];
        size_t n = ln->end - ln->start;
        if (n > SUBHEAD_BYTES || ends_like_sentence(t + ln->start, n) || sentence_inside(t + ln->start, n)) continue;
        if (isdigit((unsigned char)t[ln->start])) listed++;
    }
    if (listed >= MAX_LISTED) first_paragraph = 0;
    size_t next_chrome = 0;
    int paragraph = 0;
    for (size_t i = 0; i < content.len; i++) {
        line_span *ln = &lines.items[content.items[i]];
        chr_zone zone = CHR_ZONE_BODY;
        if (i < header_lines) {
            size_t n = ln->end - ln->start;
            zone = (i + 1 == header_lines) ? CHR_ZONE_HEADLINE : CHR_ZONE_PUBLISHER;
            if (zone == CHR_ZONE_PUBLISHER && count_words(t + ln->start, n) > 3) zone = CHR_ZONE_HEADLINE;
        } else if (i >= boiler_from) {
            zone = CHR_ZONE_BOILERPLATE;
        } else if (next_chrome < chrome.len && chrome.items[next_chrome] == i) {
            zone = CHR_ZONE_BOILERPLATE;
            next_chrome++;
        } else if (is_bar_line(t + ln->start, ln->end - ln->start)) {
            zone = CHR_ZONE_BOILERPLATE;
        } else if (i < byline) {
            zone = CHR_ZONE_HEADLINE;
        } else if (i < first_paragraph && ln->end - ln->start <= SUBHEAD_BYTES &&
                   !ends_like_sentence(t + ln->start, ln->end - ln->start) &&
                   !sentence_inside(t + ln->start, ln->end - ln->start) &&
                   !is_field_line(t + ln->start, ln->end - ln->start)) {
            zone = CHR_ZONE_HEADLINE;
        }
        if (zone == CHR_ZONE_BODY) {
            size_t body_from = skip_dateline(reader, doc, ln->start, ln->end, paragraph);
            body_from = skip_speaker(reader, doc, body_from, ln->end, paragraph);
            split_sentences(reader, doc, body_from, ln->end, paragraph);
        } else {
            push_sentence(doc, ln->start, ln->end, zone, paragraph);
            if (zone == CHR_ZONE_HEADLINE && !doc->title) doc->title = chr_xstrndup(t + ln->start, ln->end - ln->start);
            /* a scraped page names its publisher on its first line */
            if (zone == CHR_ZONE_PUBLISHER && !doc->source) doc->source = chr_xstrndup(t + ln->start, ln->end - ln->start);
        }
        paragraph++;
    }
    chr_vec_free(&chrome);
    chr_vec_free(&content);
    chr_vec_free(&lines);
}

/* Replaces text[s, e) by white space of the same length in bytes and in
 * code points: an ASCII byte becomes ' ' (line breaks stay), a two-byte
 * character U+00A0, a three-byte one U+3000; four-byte ones stay. */
static void blank_span(char *text, size_t s, size_t e)
{
    for (size_t i = s; i < e;) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {
            if (c != '\n' && c != '\r') text[i] = ' ';
            i++;
        } else if ((c & 0xE0) == 0xC0 && i + 1 < e) {
            memcpy(text + i, "\xC2\xA0", 2);
            i += 2;
        } else if ((c & 0xF0) == 0xE0 && i + 2 < e) {
            memcpy(text + i, "\xE3\x80\x80", 3);
            i += 3;
        } else {
            i++;
        }
    }
}

/*
 * TimeML input (a file that starts with "<?xml" or "<TimeML" and has a
 * <TEXT> element): the DCT comes from the TIMEX3 with
 * functionInDocument="CREATION_TIME" (unless set already), and only the
 * content of <TEXT> is read. Everything outside it, and every tag inside
 * it, is blanked with white space of the same length, so offsets still
 * count the code points of the file as read and a TIMEX3's content keeps
 * its place. Entities (&amp;) are left as written. Returns 1 for TimeML.
 */
static int read_timeml(chr_doc *doc, size_t start)
{
    const char *t = doc->text;
    size_t i = start;
    while (i < doc->len && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t')) i++;
    if (!(doc->len - i >= 5 && memcmp(t + i, "<?xml", 5) == 0) && !(doc->len - i >= 7 && memcmp(t + i, "<TimeML", 7) == 0))
        return 0;
    const char *open = strstr(t + i, "<TEXT>");
    const char *close = open ? strstr(open, "</TEXT>") : NULL;
    if (!open || !close) return 0;
    const char *ct = strstr(t + i, "functionInDocument=\"CREATION_TIME\"");
    if (ct && !doc->dct.present) {
        const char *tag = ct;
        while (tag > t && *tag != '<') tag--;
        const char *tag_end = strchr(ct, '>');
        const char *val = strstr(tag, "value=\"");
        if (tag_end && val && val < tag_end) {
            char buf[32];
            size_t n = 0;
            for (val += 7; *val && *val != '"' && n + 1 < sizeof buf; val++) buf[n++] = *val;
            buf[n] = '\0';
            chr_parse_dct(buf, &doc->dct);
        }
    }
    size_t body = (size_t)(open - t) + 6, body_end = (size_t)(close - t);
    blank_span(doc->text, start, body);
    blank_span(doc->text, body_end, doc->len);
    for (size_t k = body; k < body_end; k++) {
        if (doc->text[k] != '<') continue;
        size_t e = k;
        while (e < body_end && doc->text[e] != '>') e++;
        blank_span(doc->text, k, e < body_end ? e + 1 : body_end);
        k = e;
    }
    doc->body_start = body;
    return 1;
}

/* How many lines from the top of the body a publication date may stand on
 * (a scraped page's publisher, section, headline, standfirst and byline
 * come first). */
#define PUBLISHED_MAX_LINES 15

/* How far into its line a publication date may start (a long first
 * paragraph is not searched through). */
#define PUBLISHED_MAX_START 300

/* The integer value of group 'name' of 'm' in 'line' (digits only), or -1. */
static int group_number(const chr_regex *re, const chr_match *m, const char *line, const char *name)
{
    int g = chr_regex_group_index(re, name);
    if (g < 0 || g >= m->ngroups || m->group_start[g] == SIZE_MAX) return -1;
    int v = 0;
    for (size_t i = m->group_start[g]; i < m->group_end[g]; i++) {
        if (line[i] < '0' || line[i] > '9' || v > 100000) return -1;
        v = v * 10 + (line[i] - '0');
    }
    return m->group_end[g] > m->group_start[g] ? v : -1;
}

static int group_set(const chr_regex *re, const chr_match *m, const char *name)
{
    int g = chr_regex_group_index(re, name);
    return g >= 0 && g < m->ngroups && m->group_start[g] != SIZE_MAX;
}

/* Reads a 'zone published' match into a DCT: groups year, month (digits)
 * or monthname (a word of class monthname), day, and optionally hour,
 * minute, am, pm. Returns 0 when they do not make a real date. */
static int published_date(const chr_rules *rules, const chr_regex *re, const chr_match *m, const char *line,
                          chr_dct *out)
{
    chr_dct d = {.present = 1, .hour = -1, .minute = -1};
    d.year = group_number(re, m, line, "year");
    d.month = group_number(re, m, line, "month");
    d.day = group_number(re, m, line, "day");
    if (d.month < 0 && group_set(re, m, "monthname")) {
        int g = chr_regex_group_index(re, "monthname");
        char name[16];
        size_t n = m->group_end[g] - m->group_start[g];
        if (n == 0 || n >= sizeof name) return 0;
        memcpy(name, line + m->group_start[g], n);
        name[n] = '\0';
        const char *value = chr_rules_word(rules, "monthname", name);
        /* ("NOVEMBER", "november": the class lists the usual and the lower-case forms) */
        if (!value) {
            for (size_t i = 0; i < n; i++) name[i] = (char)tolower((unsigned char)name[i]);
            value = chr_rules_word(rules, "monthname", name);
        }
        d.month = value ? atoi(value) : -1;
    }
    if (d.year < 1900 || d.year > 2199 || d.month < 1 || d.month > 12 || d.day < 1 ||
        d.day > chr_days_in_month(d.year, d.month))
        return 0;
    int hour = group_number(re, m, line, "hour"), minute = group_number(re, m, line, "minute");
    if (hour >= 0 && minute < 0) minute = 0; /* "오전 9시" */
    if (hour >= 0) {
        if (group_set(re, m, "pm") && hour >= 1 && hour < 12) hour += 12;
        else if (group_set(re, m, "am") && hour == 12) hour = 0;
        if (hour <= 23 && minute <= 59) d.hour = hour, d.minute = minute;
    }
    *out = d;
    return 1;
}

/* A scraped article with no front matter date and no --dct often says
 * when it was published in its header lines ("Published June 12, 2025",
 * "한빛경제 | 입력 2025.03.14 09:12", "SEOUL, March 27, 2025 (KWS) -"):
 * the first line of the first PUBLISHED_MAX_LINES that a 'zone published'
 * pattern matches with a real date gives the DCT. */
static void find_published_date(const chr_reader *reader, chr_doc *doc)
{
    const char *t = doc->text;
    size_t line = doc->body_start;
    for (int n = 0; n < PUBLISHED_MAX_LINES && line < doc->len; n++) {
        size_t end = line;
        while (end < doc->len && t[end] != '\n') end++;
        size_t len = end > line && t[end - 1] == '\r' ? end - line - 1 : end - line;
        for (size_t r = 0; r < reader->published.len; r++) {
            const chr_regex *re = reader->published.items[r];
            chr_match m;
            chr_error ignored;
            size_t from = 0;
            while (from <= PUBLISHED_MAX_START &&
                   chr_regex_find_limited(re, t + line, len, from, PUBLISHED_MAX_START, &m, &ignored) == 1) {
                chr_dct d;
                if (published_date(reader->rules, re, &m, t + line, &d)) {
                    doc->dct = d;
                    return;
                }
                from = chr_regex_next_start(t + line, len, &m);
            }
        }
        /* (a blank line does not count: headers space their lines out) */
        if (len == 0) n--;
        line = end + 1;
    }
}

static void build_checkpoints(chr_doc *doc)
{
    doc->ncheckpoints = doc->len / CHR_CP_STRIDE + 1;
    doc->cp_checkpoints = chr_xcalloc(doc->ncheckpoints, sizeof *doc->cp_checkpoints);
    size_t cp = 0;
    for (size_t k = 0; k < doc->ncheckpoints; k++) {
        doc->cp_checkpoints[k] = cp;
        size_t from = k * CHR_CP_STRIDE;
        size_t to = from + CHR_CP_STRIDE < doc->len ? from + CHR_CP_STRIDE : doc->len;
        cp += chr_utf8_count(doc->text + from, to - from);
    }
    doc->length_cp = cp;
}

/* Reads 'bytes' into a document. With 'owned' the document takes the
 * buffer (malloc'd, NUL-terminated after 'len' bytes) and frees it on
 * error, so a large file is held once, not twice; else the bytes are
 * copied. */
static chr_status load(const char *display_name, char *bytes, size_t len, int owned, const chr_read_options *opts,
                       const chr_reader *reader, chr_doc **out, chr_error *err)
{
    *out = NULL;
    int is_nul = 0;
    long bad = find_invalid_utf8((const unsigned char *)bytes, len, &is_nul);
    if (bad >= 0 && !opts->lossy) {
        if (owned) free(bytes);
        return chr_error_set(err, CHR_ERR_INPUT, display_name, 0, bad,
                             is_nul ? "NUL byte: this looks like a binary file, not UTF-8 text"
                                    : "invalid UTF-8 (use --lossy to replace invalid bytes)");
    }
    chr_doc *doc = chr_xcalloc(1, sizeof *doc);
    if (bad >= 0) {
        doc->text = repair_utf8(bytes, len, &doc->len);
        if (owned) free(bytes);
    } else {
        doc->text = owned ? bytes : chr_xstrndup(bytes, len);
        doc->len = len;
    }
    size_t start = 0;
    if (doc->len >= 3 && memcmp(doc->text, "\xEF\xBB\xBF", 3) == 0) start = 3;
    doc->body_start = start;
    int lang_set = 0;
    chr_status st = read_timeml(doc, start) ? CHR_OK : read_front_matter(doc, display_name, start, &lang_set, err);
    if (st != CHR_OK) {
        chr_doc_free(doc);
        return st;
    }
    if (!doc->source && opts->source) doc->source = chr_xstrdup(opts->source);
    if (!doc->dct.present) doc->dct = opts->dct;
    if (!doc->dct.present) find_published_date(reader, doc);
    if (!lang_set) {
        doc->lang = opts->lang != CHR_LANG_UNKNOWN ? opts->lang
                                                  : detect_lang(doc->text + doc->body_start, doc->len - doc->body_start);
    }
    build_checkpoints(doc);
    mark_zones_and_split(reader, doc);
    *out = doc;
    return CHR_OK;
}

chr_status chr_reader_load_bytes(const char *display_name, const char *bytes, size_t len,
                                 const chr_read_options *opts, const chr_reader *reader, chr_doc **out,
                                 chr_error *err)
{
    return load(display_name, (char *)bytes, len, 0, opts, reader, out, err);
}

/* Reads standard input whole into a new NUL-terminated buffer. */
static chr_status read_stdin(char **out, size_t *out_len, chr_error *err)
{
    size_t cap = 1 << 16, len = 0;
    char *data = chr_xmalloc(cap);
    size_t n;
    while ((n = fread(data + len, 1, cap - 1 - len, stdin)) > 0) {
        len += n;
        if (len + 1 == cap) data = chr_xrealloc(data, cap *= 2);
    }
    data[len] = '\0';
    if (ferror(stdin)) {
        int saved = errno;
        free(data);
        return chr_error_set(err, CHR_ERR_IO, "(stdin)", 0, -1, "read error: %s", strerror(saved));
    }
    *out = data;
    *out_len = len;
    return CHR_OK;
}

/* Reads the file 'path' whole into a new NUL-terminated buffer, with one
 * open, one fstat and reads straight into a buffer of the file's size
 * (no stdio buffer between: thousands of small articles made that copy,
 * its allocation and a stat of its own a measurable part of reading). */
static chr_status read_path(const char *path, char **out, size_t *out_len, chr_error *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return chr_error_set(err, CHR_ERR_IO, path, 0, -1, "%s", strerror(errno));
    struct stat info;
    if (fstat(fd, &info) != 0) {
        int saved = errno;
        close(fd);
        return chr_error_set(err, CHR_ERR_IO, path, 0, -1, "%s", strerror(saved));
    }
    if (S_ISDIR(info.st_mode)) {
        close(fd);
        return chr_error_set(err, CHR_ERR_IO, path, 0, -1, "is a directory, not a file");
    }
    /* the file's size as a first guess (it may still grow or shrink while
     * we read; a pipe or device has none) */
    size_t cap = S_ISREG(info.st_mode) && info.st_size > 0 ? (size_t)info.st_size + 1 : 1 << 16, len = 0;
    char *data = chr_xmalloc(cap);
    for (;;) {
        if (len + 1 == cap) data = chr_xrealloc(data, cap *= 2);
        ssize_t n = read(fd, data + len, cap - 1 - len);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int saved = errno;
            free(data);
            close(fd);
            return chr_error_set(err, CHR_ERR_IO, path, 0, -1, "read error: %s", strerror(saved));
        }
        if (n == 0) break;
        len += (size_t)n;
        /* a regular file read to its size is done: no read to see the end */
        if (S_ISREG(info.st_mode) && len == (size_t)info.st_size) break;
    }
    close(fd);
    data[len] = '\0';
    *out = data;
    *out_len = len;
    return CHR_OK;
}

chr_status chr_reader_load_file(const char *path, const chr_read_options *opts, const chr_reader *reader,
                                chr_doc **out, chr_error *err)
{
    *out = NULL;
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "(stdin)" : path;
    char *data = NULL;
    size_t len = 0;
    chr_status st = is_stdin ? read_stdin(&data, &len, err) : read_path(path, &data, &len, err);
    if (st != CHR_OK) return st;
    st = load(name, data, len, 1, opts, reader, out, err);
    if (st == CHR_OK && !is_stdin) (*out)->path = chr_xstrdup(path);
    return st;
}
