/*
 * hangul.c - Hangul knowledge that is arithmetic rather than data: syllable
 * decomposition, Korean particle agreement, Revised Romanization and the
 * phonetic key that lets "알트만", "올트먼" and "Altman" meet.
 *
 * Used by the entity extractor (particles) and the resolver (linking names
 * across spellings and languages).
 */
#include <ctype.h>
#include <string.h>

#include "chr_entity.h"

/* Jamo indices of a precomposed syllable. */
static void decompose(uint32_t cp, int *initial, int *medial, int *final)
{
    uint32_t idx = cp - 0xAC00;
    *initial = (int)(idx / 588);
    *medial = (int)((idx % 588) / 28);
    *final = (int)(idx % 28);
}

/* Decodes the last code point of s[0..len); sets *start to its offset. */
static uint32_t last_cp(const char *s, size_t len, size_t *start)
{
    if (len == 0) return 0;
    size_t i = len - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    size_t used;
    *start = i;
    return chr_utf8_decode(s + i, len - i, &used);
}

/* True when a particle of condition 'cond' may follow the code point
 * 'prev' (the last of the stem). */
static int josa_agrees(const char *cond, uint32_t prev)
{
    if (chr_is_hangul_syllable(prev)) {
        int i, m, f;
        decompose(prev, &i, &m, &f);
        /* 로/으로: after a vowel or ㄹ (final index 8) take 로 */
        if (strcmp(cond, "C") == 0 && f == 0) return 0;
        if (strcmp(cond, "V") == 0 && f != 0) return 0;
        if (strcmp(cond, "VL") == 0 && f != 0 && f != 8) return 0;
        if (strcmp(cond, "CL") == 0 && (f == 0 || f == 8)) return 0;
        return 1;
    }
    return (prev >= 'A' && prev <= 'Z') || (prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9') || prev == ')';
}

/* The longest particle wins: the candidate suffixes are tried from the
 * longest a josa word can be, each looked up in the rule set's word table
 * (a lookup per character of the word's end, not a walk over every
 * particle). */
/* Is s[stem..len) the end of a word of class name_ending ("이앤씨": a
 * company's "E&C", whose 씨 is no honorific)? */
static int particle_ends_a_name(const chr_rules *rules, const char *s, size_t len, size_t stem)
{
    size_t longest = chr_rules_longest_word(rules, "name_ending");
    for (size_t from = len > longest ? len - longest : 0; from < stem; from++) {
        if (((unsigned char)s[from] & 0xC0) == 0x80) continue;
        if (chr_rules_find_word(rules, "name_ending", s + from, len - from)) return 1;
    }
    return 0;
}

size_t chr_entity_strip_josa(const chr_rules *rules, const char *s, size_t len, int min_stem)
{
    size_t longest = chr_rules_longest_word(rules, "josa");
    if (longest == 0 || len < 2) return len;
    /* every candidate ends with the word's last character: most words
     * end in none a particle ends in */
    size_t last;
    last_cp(s, len, &last);
    if (!chr_rules_class_may_end_with(rules, "josa", s + last, len - last)) return len;
    size_t stem = len - 1 > longest ? len - longest : 1; /* a particle leaves a stem of a byte at least */
    for (; stem < len; stem++) {
        if (((unsigned char)s[stem] & 0xC0) == 0x80) continue;
        const chr_rule_record *rec = chr_rules_find_word(rules, "josa", s + stem, len - stem);
        if (!rec) continue;
        if ((int)chr_utf8_count(s, stem) < min_stem) continue;
        if (particle_ends_a_name(rules, s, len, stem)) continue;
        size_t at;
        uint32_t prev = last_cp(s, stem, &at);
        for (; rec; rec = chr_rules_next_word(rules, rec))
            if (josa_agrees(rec->nfields > 3 ? rec->fields[3] : "*", prev)) return stem;
    }
    return len;
}

static const char *const rr_initial[19] = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s",
                                           "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
static const char *const rr_medial[21] = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
                                          "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
static const char *const rr_final[28] = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
                                         "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

void chr_romanize(const char *s, size_t len, char *out, size_t out_size)
{
    size_t k = 0, i = 0;
    if (out_size == 0) return;
    while (i < len && k + 8 < out_size) {
        size_t used;
        uint32_t cp = chr_utf8_decode(s + i, len - i, &used);
        if (used == 0) break;
        i += used;
        if (chr_is_hangul_syllable(cp)) {
            int a, b, c;
            decompose(cp, &a, &b, &c);
            const char *parts[3] = {rr_initial[a], rr_medial[b], rr_final[c]};
            for (int p = 0; p < 3; p++)
                for (const char *q = parts[p]; *q && k + 1 < out_size; q++) out[k++] = *q;
        } else if (cp < 0x80) {
            out[k++] = (char)tolower((int)cp);
        }
    }
    out[k] = '\0';
}

/* tolower() and isalpha() as the "C" locale has them (chronicle never
 * sets another): inline, for the keys of every name. */
static int ascii_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static int ascii_alpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
}

void chr_phonetic_key(const char *in, char *out, size_t out_size)
{
    /* First rewrite digraphs to one consonant class, then keep consonants. */
    char tmp[512];
    size_t n = 0;
    size_t len = strlen(in);
    for (size_t i = 0; i < len && n + 2 < sizeof tmp; i++) {
        char c = (char)ascii_lower((unsigned char)in[i]);
        char next = i + 1 < len ? (char)ascii_lower((unsigned char)in[i + 1]) : '\0';
        if (!ascii_alpha((unsigned char)c)) {
            if (c == ' ' || c == '-') tmp[n++] = ' ';
            continue;
        }
        if ((c == 't' && next == 's') || (c == 'c' && next == 'h') || (c == 't' && next == 'z')) {
            tmp[n++] = 'c';
            i++;
            continue;
        }
        if (c == 'd' && next == 'g') { /* "Bridge" -> 브리지 */
            tmp[n++] = 'j';
            i++;
            continue;
        }
        if ((c == 's' && next == 'h') || (c == 't' && next == 'h')) {
            tmp[n++] = 's';
            i++;
            continue;
        }
        if (c == 'p' && next == 'h') {
            tmp[n++] = 'p';
            i++;
            continue;
        }
        if (c == 'c' && next == 'k') {
            tmp[n++] = 'k';
            i++;
            continue;
        }
        if (c == 'n' && next == 'g') {
            tmp[n++] = 'n';
            i++;
            continue;
        }
        if (c == 'c') c = (next == 'e' || next == 'i' || next == 'y') ? 's' : 'k';
        switch (c) {
        case 'g': case 'q': c = 'k'; break;
        case 'd': c = 't'; break;
        case 'b': case 'v': case 'f': c = 'p'; break;
        case 'r': c = 'l'; break;
        case 'z': c = 'j'; break;
        case 'h': continue;
        default: break;
        }
        if (c == 'x') {
            tmp[n++] = 'k';
            tmp[n++] = 's';
            continue;
        }
        tmp[n++] = c;
    }
    tmp[n] = '\0';
    /* Korean transliteration drops an r/l before a consonant or at the end
     * of a word in English names ("Sutskever" -> 수츠케버); drop 'l' that is
     * followed by a consonant only when it came from 'r' is not knowable
     * here, so drop word-final l after a vowel ("-er", "-or"). */
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < out_size; i++) {
        char c = tmp[i];
        if (c == ' ') continue;
        if (is_vowel(c)) continue;
        int word_end = (i + 1 == n) || tmp[i + 1] == ' ';
        if (c == 'l' && word_end && i > 0 && is_vowel(tmp[i - 1]) && i >= 3) continue;
        if (k > 0 && out[k - 1] == c) continue; /* doubled consonants count once */
        out[k++] = c;
    }
    out[k] = '\0';
}
