/*
 * linker.c - entity linking, the first half of the resolver stage: turns
 * entity mentions into entities.
 *
 * Within a document: brackets with originals and the gazetteer give
 * canonical names; a surname or given name standing alone joins the one
 * fuller name it belongs to ("김 대표" -> 김서연, "Hartmann" -> Daniel
 * Hartmann); the first word of a company name stands for it ("코베인");
 * "이사회"/"the board" becomes the board of the company right before it or
 * of the article's principal company. Across documents and languages:
 * organisations, then people, meet by a phonetic key of their romanisation
 * ("루메라 랩스" = "Lumera Labs Inc.", "올트먼" = "Altman", "박지훈" = "Park
 * Ji-hoon"), within one edit for long keys, exactly for short ones; people
 * only when context confirms it (a shared title, document or
 * organisation). The Latin form becomes the canonical name.
 *
 * Linear: lookups go through hash tables (aliases, per-document name
 * words, deletion neighbourhoods of keys); nothing compares all pairs.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "chr_resolver.h"

static int is_public_body(const chr_rules *rules, const char *name);

/* Which strings each entity's alias and title lists hold, so that adding
 * one (a mention attached, an entity merged into another) costs a hash
 * lookup, not a walk of a list that grows with a long article. The lists
 * keep their order: a string is appended when it is new, as
 * chr_strvec_add_unique() does. */
typedef struct {
    uint32_t hash; /* 0: empty */
    uint32_t list; /* 2 * entity + (0 aliases, 1 titles) */
    const char *s; /* borrowed from the list */
} member_slot;

typedef struct {
    member_slot *slots;
    size_t cap, len;
} member_set;

static uint32_t member_hash(uint32_t list, const char *s)
{
    uint32_t h = 2166136261u ^ list;
    h *= 16777619u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h ? h : 1;
}

static member_slot *member_find(const member_set *set, uint32_t h, uint32_t list, const char *s)
{
    for (size_t i = h & (set->cap - 1);; i = (i + 1) & (set->cap - 1)) {
        member_slot *slot = &set->slots[i];
        if (!slot->hash || (slot->hash == h && slot->list == list && strcmp(slot->s, s) == 0)) return slot;
    }
}

/* Appends 's' to list 'which' (0 aliases, 1 titles) of entity 'entity'
 * unless it holds it already. */
static void member_add(member_set *set, chr_corpus *c, long entity, int which, const char *s)
{
    chr_entity *e = &c->entities.items[entity];
    chr_strvec *v = which ? &e->titles : &e->aliases;
    if (2 * (set->len + 1) > set->cap) {
        member_slot *old = set->slots;
        size_t old_cap = set->cap;
        set->cap = old_cap ? 2 * old_cap : 1024;
        set->slots = chr_xcalloc(set->cap, sizeof *set->slots);
        for (size_t i = 0; i < old_cap; i++)
            if (old[i].hash) *member_find(set, old[i].hash, old[i].list, old[i].s) = old[i];
        free(old);
    }
    uint32_t list = (uint32_t)(2 * entity + which), h = member_hash(list, s);
    member_slot *slot = member_find(set, h, list, s);
    if (slot->hash) return;
    chr_vec_push(v, chr_xstrdup(s));
    slot->hash = h;
    slot->list = list;
    slot->s = v->items[v->len - 1];
    set->len++;
}

/* A string -> long table (open addressing; keys owned), for the aliases
 * and name words every mention indexes: no JSON value or key check per
 * word. */
typedef struct {
    uint64_t hash; /* 0: empty */
    char *key;
    size_t len; /* of key */
    long value;
} word_slot;

typedef struct {
    word_slot *slots;
    size_t cap, len;
} word_map;

/* Eight bytes a step: every mention looks up several keys. */
static uint64_t word_map_hash(const char *s, size_t n)
{
    uint64_t h = UINT64_C(14695981039346656037);
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t x;
        memcpy(&x, s, 8);
        h = (h ^ x) * UINT64_C(0x9E3779B97F4A7C15);
        h ^= h >> 29;
    }
    uint64_t x = 0;
    for (size_t i = 0; i < n; i++) x |= (uint64_t)(unsigned char)s[i] << (8 * i);
    h = (h ^ x ^ ((uint64_t)n << 56)) * UINT64_C(0x9E3779B97F4A7C15);
    h ^= h >> 29;
    return h ? h : 1;
}

/* (keys hold no NUL byte: they are made of C strings) */
static word_slot *word_map_slot(const word_map *wm, uint64_t h, const char *key, size_t n)
{
    for (size_t i = h & (wm->cap - 1);; i = (i + 1) & (wm->cap - 1)) {
        word_slot *slot = &wm->slots[i];
        if (!slot->hash || (slot->hash == h && slot->len == n && memcmp(slot->key, key, n) == 0)) return slot;
    }
}

/* The value of key[0..n), or NULL (borrowed). */
static long *word_map_get(const word_map *wm, const char *key, size_t n)
{
    if (!wm->cap) return NULL;
    word_slot *slot = word_map_slot(wm, word_map_hash(key, n), key, n);
    return slot->hash ? &slot->value : NULL;
}

/* Sets key[0..n) to 'value'. */
static void word_map_set(word_map *wm, const char *key, size_t n, long value)
{
    if (4 * (wm->len + 1) > 3 * wm->cap) {
        word_slot *old = wm->slots;
        size_t old_cap = wm->cap;
        wm->cap = old_cap ? 2 * old_cap : 1024;
        wm->slots = chr_xcalloc(wm->cap, sizeof *wm->slots);
        for (size_t i = 0; i < old_cap; i++)
            if (old[i].hash) *word_map_slot(wm, old[i].hash, old[i].key, old[i].len) = old[i];
        free(old);
    }
    uint64_t h = word_map_hash(key, n);
    word_slot *slot = word_map_slot(wm, h, key, n);
    if (!slot->hash) {
        slot->hash = h;
        slot->key = chr_xstrndup(key, n);
        slot->len = strlen(slot->key);
        wm->len++;
    }
    slot->value = value;
}

static void word_map_free(word_map *wm)
{
    for (size_t i = 0; i < wm->cap; i++) free(wm->slots[i].key);
    free(wm->slots);
}

/* Lookups that keep linking linear: alias -> entity, and per document a
 * word of a person's full name -> that person (-2 when two share it); the
 * members of every entity's alias and title lists. */
/* What an entity's last attach() indexed: the same again indexes nothing
 * new (every list and table it fills is a set, or keeps its first value,
 * or marks a word shared), so it is passed over. */
typedef struct {
    int doc;
    char *surface;                    /* a copy (its buffer reused), NULL for none yet */
    size_t surface_cap;
    const char *latin, *title;        /* the mention's own (they outlive linking); NULL for none */
} attach_memo;

typedef struct {
    word_map aliases;
    word_map name_words;
    member_set members;
    CHR_VEC(attach_memo) last; /* per entity */
    const chr_rules *rules;    /* borrowed: the org_suffix words */
} link_index;

/* ---- entities ----------------------------------------------------------------------------- */

/* Writes 'prefix' then s[0..n) into key[0..size) as snprintf("%s%.*s")
 * would, truncated to size - 1 bytes and NUL-terminated (size > 0); returns
 * the key's length. The lookup keys are built for every mention: no format
 * string to parse. */
static size_t make_key(char *key, size_t size, const char *prefix, size_t prefix_len, const char *s, size_t n)
{
    size_t k = prefix_len < size - 1 ? prefix_len : size - 1;
    memcpy(key, prefix, k);
    size_t room = size - 1 - k;
    if (n > room) n = room;
    memcpy(key + k, s, n);
    key[k + n] = '\0';
    return k + n;
}

/* Writes 'v' in decimal to buf (no NUL), as "%ld" would: returns its length. */
static size_t put_long(char *buf, long v)
{
    char digits[24];
    size_t n = 0, k = 0;
    unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
    do {
        digits[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) buf[k++] = '-';
    while (n) buf[k++] = digits[--n];
    return k;
}

/* The prefix "DOC" + 'sep' of a per-document key: returns its length. */
static size_t doc_prefix(char *buf, int doc, char sep)
{
    size_t k = put_long(buf, doc);
    buf[k++] = sep;
    return k;
}

/* "%ld" into buf (24 bytes or more). */
static void long_key(char *buf, long v)
{
    buf[put_long(buf, v)] = '\0';
}


static long new_entity(chr_corpus *c, chr_entity_type type, const char *name)
{
    chr_entity e = {.type = type, .name = chr_xstrdup(name), .merged_into = -1};
    chr_vec_push(&c->entities, e);
    return (long)c->entities.len - 1;
}

static void index_alias(link_index *ix, chr_entity_type type, const char *form, long entity)
{
    char key[600], prefix[2] = {(char)type, '\t'};
    size_t n = make_key(key, sizeof key, prefix, 2, form, strlen(form));
    /* (a key is read as a C string, as it always was) */
    n = strlen(key);
    if (!word_map_get(&ix->aliases, key, n)) word_map_set(&ix->aliases, key, n, entity);
}

/* Indexes 'key' (a word of a person's name in document 'doc'): -2 marks a
 * word that two people share. */
static void index_name_word(link_index *ix, int doc, const char *word, size_t len, long entity)
{
    char key[600], prefix[16];
    size_t n = make_key(key, sizeof key, prefix, doc_prefix(prefix, doc, '\t'), word, strnlen(word, len));
    long *old = word_map_get(&ix->name_words, key, n);
    if (!old) word_map_set(&ix->name_words, key, n, entity);
    else if (*old != entity) *old = -2;
}

/* Is 'name' a union's or a workers' council's: its last word of word
 * class labour_body ("Bluecrest Pilots Association")? */
static int is_labour_body_name(const chr_rules *rules, const char *name)
{
    const char *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    if (chr_rules_find_word(rules, "labour_body", last, strlen(last)) != NULL) return 1;
    /* (a Hangul compound ending in one: "소액주주연대", "청해조선지회";
     * nothing to scan past an empty last word) */
    for (const char *p = *last ? last + 1 : last; *p; p++)
        if ((unsigned char)*p >= 0xE0 && chr_rules_find_word(rules, "labour_body", p, strlen(p)) != NULL) return 1;
    return 0;
}

/* True for a personal name written in Hangul as one word of three or four
 * syllables ("김서연", a Chinese "린정하오", "남궁민수"): its first syllable
 * (or, of four, its first two) is the surname. */
static int korean_full_name(const char *form)
{
    size_t len = strlen(form), used;
    if (len != 9 && len != 12) return 0;
    for (size_t i = 0; i < len; i += 3)
        if (!chr_is_hangul_syllable(chr_utf8_decode(form + i, len - i, &used))) return 0;
    return 1;
}

static void index_name_words(link_index *ix, int doc, const char *form, long entity)
{
    if (korean_full_name(form)) {
        /* "김 대표" after "김서연 대표": the surname names her in this article */
        index_name_word(ix, doc, form, 3, entity);
        if (strlen(form) == 12) index_name_word(ix, doc, form, 6, entity); /* "남궁 대표" */
        return;
    }
    if (!strchr(form, ' ')) return;
    /* "Van der Berg" after "Pieter van der Berg": the surname phrase,
     * compared without case */
    const char *tail = strchr(form, ' ') + 1;
    if (strchr(tail, ' ')) {
        char key[300];
        make_key(key, sizeof key, "t:", 2, tail, strlen(tail));
        for (char *k = key; *k; k++) *k = (char)tolower((unsigned char)*k);
        index_name_word(ix, doc, key, strlen(key), entity);
    }
    const char *p = form;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t len = sp ? (size_t)(sp - p) : strlen(p);
        index_name_word(ix, doc, p, len, entity);
        if (!sp) break;
        p = sp + 1;
    }
}

static int same_or_none(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static void attach(chr_corpus *c, link_index *ix, size_t mention, long entity, const char *surface)
{
    chr_entity_mention *m = &c->entity_mentions.items[mention];
    chr_entity *e = &c->entities.items[entity];
    m->entity = entity;
    chr_vec_push(&e->mentions, mention);
    /* (what follows depends on the entity, its type and name, which do not
     * change while mentions attach, and on these) */
    while (ix->last.len <= (size_t)entity) {
        attach_memo none = {-1, NULL, 0, NULL, NULL};
        chr_vec_push(&ix->last, none);
    }
    attach_memo *memo = &ix->last.items[entity];
    if (memo->doc == m->doc && same_or_none(memo->surface, surface) && same_or_none(memo->latin, m->latin) &&
        same_or_none(memo->title, m->title))
        return;
    memo->doc = m->doc;
    size_t n = strlen(surface);
    if (n + 1 > memo->surface_cap) {
        memo->surface_cap = n + 1 > 64 ? n + 1 : 64;
        memo->surface = chr_xrealloc(memo->surface, memo->surface_cap);
    }
    memcpy(memo->surface, surface, n + 1);
    memo->latin = m->latin;
    memo->title = m->title;
    member_add(&ix->members, c, entity, 0, surface);
    index_alias(ix, e->type, surface, entity);
    index_alias(ix, e->type, e->name, entity);
    if (m->latin) {
        member_add(&ix->members, c, entity, 0, m->latin);
        index_alias(ix, e->type, m->latin, entity);
    }
    /* titles are people's: "이사회 의장" names the chair, not the board */
    if (m->title && e->type == CHR_ENT_PERSON) member_add(&ix->members, c, entity, 1, m->title);
    if (e->type == CHR_ENT_PERSON) {
        index_name_words(ix, m->doc, surface, entity);
        index_name_words(ix, m->doc, e->name, entity);
        if (m->latin) index_name_words(ix, m->doc, m->latin, entity);
    } else if (strchr(surface, ' ') && !is_public_body(ix->rules, surface) && !is_public_body(ix->rules, e->name) &&
               !is_labour_body_name(ix->rules, surface)) {
        /* "코베인 이사회", "Keystone said": the first word of a two-word
         * company name stands for the company in this article (not the
         * place a court is named after: "Dalmoe" of "Dalmoe District
         * Court" beside "Dalmoe United"; nor a union's, word class
         * labour_body: "Bluecrest" of "Bluecrest Pilots Association" is
         * the airline) */
        /* (a parent's, word class parent_org_word, "Cheongram Financial
         * Group", is that word's only when no operating company of the
         * article starts with it: find_org_by_first_word) */
        const char *sp = strchr(surface, ' ');
        const char *last = strrchr(surface, ' ') + 1;
        int parent = chr_rules_find_word(ix->rules, "parent_org_word", last, strlen(last)) != NULL;
        char word[300];
        make_key(word, sizeof word, parent ? "p:" : "o:", 2, surface, (size_t)(sp - surface));
        index_name_word(ix, m->doc, word, strlen(word), entity);
        /* a sports team's nickname alone ("레드호크스" after "유성
         * 레드호크스"; word class team_nickname) */
        if (chr_rules_find_word(ix->rules, "team_nickname", last, strlen(last))) {
            make_key(word, sizeof word, "o:", 2, last, strlen(last));
            index_name_word(ix, m->doc, word, strlen(word), entity);
        }
    } else {
        /* a one-word company name names it wherever a title follows it
         * ("전 광림솔라리스 대표" is no person named 광림솔라리스) */
        char whole[300];
        make_key(whole, sizeof whole, "o:", 2, surface, n);
        index_name_word(ix, m->doc, whole, strlen(whole), entity);
    }
    if (e->type != CHR_ENT_PERSON && !strchr(surface, ' ') && (unsigned char)surface[0] >= 0xEA) {
        /* "벨포트는" after "벨포트캐피털(Belport Capital)": a Hangul name
         * without its glued suffix word stands for the company in this
         * article (when its original names the two apart, or the suffix
         * is a brand's: word class shortname_suffix) */
        /* (a generic suffix may end in a brand's: "한길연금공단" is
         * "한길연금" too, as the stage found it: entity.c) */
        for (size_t cut = 1; cut < n; cut++) {
            if ((unsigned char)surface[cut] < 0xEA || !chr_rules_word(ix->rules, "org_suffix", surface + cut)) continue;
            int brand = chr_rules_word(ix->rules, "shortname_suffix", surface + cut) != NULL;
            if (!brand && !(m->latin && strchr(m->latin, ' '))) continue;
            if (chr_utf8_count(surface, cut) >= 2) {
                char word[300];
                make_key(word, sizeof word, "o:", 2, surface, cut);
                index_name_word(ix, m->doc, word, strlen(word), entity);
            }
            break;
        }
        /* "도림솔 이사회" after "도림솔세미텍": a Hangul company name's first
         * syllables (two or more, leaving two or more) stand for it in this
         * article when no other company of it starts with them (a shared
         * start marks the key as shared) and they are no common word */
        size_t syllables = chr_utf8_count(surface, n);
        for (size_t k = 2; syllables >= 4 && k + 2 <= syllables && 3 * k < n; k++) {
            size_t cut = 3 * k;
            int hangul = 1;
            for (size_t b = 0; b < cut && hangul; b += 3) hangul = (unsigned char)surface[b] >= 0xEA;
            if (!hangul) break;
            char start[64];
            chr_copy_str(start, cut + 1 < sizeof start ? cut + 1 : sizeof start, surface);
            if (chr_rules_word(ix->rules, "notname", start) || chr_rules_word(ix->rules, "org_suffix", start)) continue;
            char word[300];
            make_key(word, sizeof word, "o:", 2, surface, cut);
            index_name_word(ix, m->doc, word, strlen(word), entity);
        }
    }
}

static int has_hangul(const char *s)
{
    for (size_t i = 0; s[i];) {
        size_t used;
        uint32_t cp = chr_utf8_decode(s + i, strlen(s + i), &used);
        if (chr_is_hangul_syllable(cp)) return 1;
        i += used ? used : 1;
    }
    return 0;
}

/* The entity of 'type' having alias 'form', or -1. */
static long find_by_alias(const chr_corpus *c, const link_index *ix, chr_entity_type type, const char *form)
{
    char key[600], prefix[2] = {(char)type, '\t'};
    /* the same truncation as index_alias: keys hold at most 597 bytes of a form */
    make_key(key, sizeof key, prefix, 2, form, strlen(form));
    const long *hit = word_map_get(&ix->aliases, key, strlen(key));
    return hit ? chr_entity_root(c, *hit) : -1;
}

/* A person mentioned by one word of a fuller name seen in the same
 * document; -1 when none or when two people share the word. */
static long find_by_name_word(const chr_corpus *c, const link_index *ix, int doc, const char *word)
{
    char key[600], prefix[16];
    size_t n = make_key(key, sizeof key, prefix, doc_prefix(prefix, doc, '\t'), word, strlen(word));
    const long *hit = word_map_get(&ix->name_words, key, n);
    if (!hit || *hit < 0) return -1;
    return chr_entity_root(c, *hit);
}

/* The company whose name starts with 'word' (its key, "o:Cheongram") in
 * document 'doc': an operating company's first, and only when no
 * operating company's name starts with it, a parent's ("Cheongram
 * Financial Group"); -1 for none or for two. */
static long find_org_by_first_word(const chr_corpus *c, const link_index *ix, int doc, const char *word)
{
    char key[600], prefix[16];
    size_t n = make_key(key, sizeof key, prefix, doc_prefix(prefix, doc, '\t'), word, strlen(word));
    const long *hit = word_map_get(&ix->name_words, key, n);
    if (hit) return *hit < 0 ? -1 : chr_entity_root(c, *hit);
    if (strncmp(word, "o:", 2) != 0) return -1;
    char parent[600];
    snprintf(parent, sizeof parent, "p:%s", word + 2);
    return find_by_name_word(c, ix, doc, parent);
}

/* A Korean title without its "former" or "current" ("전 대표" is the
 * 대표 "석태우 전 천마타이어 대표" was). */
static const char *bare_title(const char *title)
{
    /* 전 (EC A0 84) and 현 (ED 98 84), then a space */
    if (strncmp(title, "\xEC\xA0\x84 ", 4) == 0 || strncmp(title, "\xED\x98\x84 ", 4) == 0) return title + 4;
    return title;
}

/* Is the person mention 'p' followed by "전 " (former), as in "석태우 전
 * 천마타이어 대표"? */
static int told_as_former(const chr_corpus *c, const chr_entity_mention *p)
{
    if (p->doc < 0 || (size_t)p->doc >= c->docs.len) return 0;
    const chr_doc *doc = c->docs.items[p->doc];
    if (p->end + 5 > doc->len) return 0;
    /* (the document keeps only some spans by now: NULL outside them) */
    const char *after = chr_doc_span(doc, p->end, p->end + 5);
    return after && memcmp(after, " \xEC\xA0\x84 ", 5) == 0;
}

/* Does 'full' end with 'tail', a title of two syllables or more that is
 * shorter ("해외사업부문장" and "부문장")? */
static int title_ends_with(const char *full, const char *tail)
{
    size_t a = strlen(full), b = strlen(tail);
    return b >= 6 && a > b && strcmp(full + a - b, tail) == 0;
}

/* A Latin surname alone ("Kwon said") that two people of the article
 * share ("Kwon Tae-ho", his father "Kwon Young-chan"): the one named in
 * full last before it, as a reader takes it; -1 for none. */
static long nearest_full_name(const chr_corpus *c, size_t mention, const char *surname)
{
    const chr_entity_mention *m = &c->entity_mentions.items[mention];
    size_t n = strlen(surname);
    size_t floor = mention > 4096 ? mention - 4096 : 0;
    for (size_t k = mention; k-- > floor;) {
        const chr_entity_mention *p = &c->entity_mentions.items[k];
        if (p->doc != m->doc) break;
        if (p->type != CHR_ENT_PERSON || p->entity < 0 || p->end - p->start <= n) continue;
        long e = chr_entity_root(c, p->entity);
        const char *name = c->entities.items[e].name;
        if (!name) continue;
        /* (the surname a word of the name: first, or last) */
        const char *last = strrchr(name, ' ');
        if ((strncmp(name, surname, n) == 0 && name[n] == ' ') || (last && strcmp(last + 1, surname) == 0)) return e;
    }
    return -1;
}

/* "정 회장" where two people of the article share the surname 정: the one
 * told earlier in the document with the same title ("정만석 회장"), when
 * only one was; -1 else. A role a person takes on in the story (word class
 * role_title: "한 후보" after "한수진 전 CRO") names the one person told
 * earlier with the surname, whatever title that mention had. */
static long surname_by_title(const chr_rules *rules, const chr_corpus *c, size_t mention, const char *surname,
                             const char *title)
{
    const chr_entity_mention *m = &c->entity_mentions.items[mention];
    size_t n = strlen(surname);
    int passes = chr_rules_find_word(rules, "role_title", title, strlen(title)) ? 3 : 2;
    /* the same title first; only with none, a title it ends ("도 전 부문장"
     * after "도서윤 전 해외사업부문장", where a sibling 도 is 대표) */
    for (int loose = 0; loose < passes; loose++) {
        long found = -1;
        /* (a title is told near the short form that uses it: a bounded
         * look back keeps a long document linear) */
        size_t floor = mention > 4096 ? mention - 4096 : 0;
        for (size_t k = mention; k-- > floor;) {
            const chr_entity_mention *p = &c->entity_mentions.items[k];
            if (p->doc != m->doc) break;
            if (p->type != CHR_ENT_PERSON || p->entity < 0) continue;
            if (loose == 2) {
                /* (a full name, longer than a surname alone) */
                if (p->end - p->start <= n) continue;
            } else if (!p->title) {
                continue;
            } else if (strcmp(p->title, title) != 0) {
                /* (a former title, "석 전 대표", is the one told as former
                 * with the full name: "석태우 전 천마타이어 대표") */
                const char *short_title = bare_title(title), *full_title = bare_title(p->title);
                int former = short_title != title;
                if (!loose) {
                    if (!former || strcmp(full_title, short_title) != 0 || !told_as_former(c, p)) continue;
                } else {
                    if (!title_ends_with(full_title, short_title)) continue;
                    if (former && !told_as_former(c, p) && full_title == p->title) continue;
                }
            } else if (loose == 1) {
                continue;
            }
            long e = chr_entity_root(c, p->entity);
            const char *name = c->entities.items[e].name;
            if (!name || strlen(name) <= n || strncmp(name, surname, n) != 0) continue;
            if (found >= 0 && found != e) return -1;
            found = e;
        }
        if (found >= 0) return found;
    }
    return -1;
}

static void entity_key(const char *name, char *key, size_t size)
{
    char rom[512];
    chr_romanize(name, strlen(name), rom, sizeof rom);
    chr_phonetic_key(rom, key, size);
}

static int edit_distance_le1(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > lb + 1 || lb > la + 1) return 0;
    size_t i = 0, j = 0;
    int edits = 0;
    while (i < la && j < lb) {
        if (a[i] == b[j]) {
            i++, j++;
            continue;
        }
        if (++edits > 1) return 0;
        if (la > lb) i++;
        else if (lb > la) j++;
        else i++, j++;
    }
    edits += (int)((la - i) + (lb - j));
    return edits <= 1;
}

/*
 * Spelling variants are found through a deletion neighbourhood, so that
 * linking stays linear in the number of entities: every key is indexed
 * under itself and under each string obtained by deleting one of its
 * characters. Two keys within one edit of each other always share one of
 * those strings; a shared string is then confirmed with edit_distance_le1
 * (it also catches transpositions, which are two edits).
 */
typedef struct {
    json_t *by_variant; /* variant -> [[entity, key], ...], or the one
                         * [entity, key] when there is one (most of them) */
    size_t min_fuzzy;   /* shorter keys must match exactly: "lnrs" (Elena Rossi)
                         * is one edit from "lnms" (Helen Marsh) */
} key_index;

/* Calls 'fn' for every entity indexed under a variant of 'key' whose own
 * key is within one edit of 'key' ('exact' when equal). */
static void key_index_each(const chr_corpus *c, const key_index *ki, const char *key,
                           void (*fn)(long entity, int exact, void *ctx), void *ctx)
{
    size_t n = strlen(key);
    char variant[256];
    /* a key too short for fuzzy matching is looked up as itself only */
    for (size_t del = n < ki->min_fuzzy ? n : 0; del <= n; del++) {
        if (del == n) chr_copy_str(variant, sizeof variant, key);
        else make_key(variant, sizeof variant, key, del, key + del + 1, n - del - 1);
        json_t *list = json_object_get(ki->by_variant, variant);
        int single = json_is_integer(json_array_get(list, 0));
        for (size_t i = 0; i < (single ? 1 : json_array_size(list)); i++) {
            json_t *pair = single ? list : json_array_get(list, i);
            const char *other = json_string_value(json_array_get(pair, 1));
            if (strcmp(key, other) != 0 && (strlen(key) < ki->min_fuzzy || strlen(other) < ki->min_fuzzy ||
                                            strchr(key, '#') || strchr(other, '#') || !edit_distance_le1(key, other)))
                continue;
            fn(chr_entity_root(c, (long)json_integer_value(json_array_get(pair, 0))), strcmp(key, other) == 0, ctx);
        }
    }
}

static void key_index_add(key_index *ki, const char *key, long entity)
{
    size_t n = strlen(key);
    char variant[256];
    /* one [entity, key] pair shared by every variant's list (they only read it) */
    json_t *pair = json_pack("[I,s]", (json_int_t)entity, key);
    /* short keys are indexed as themselves only: their one-character
     * deletions would be shared by half the corpus */
    for (size_t del = n < ki->min_fuzzy ? n : 0; del <= n; del++) {
        if (del == n) chr_copy_str(variant, sizeof variant, key);
        else make_key(variant, sizeof variant, key, del, key + del + 1, n - del - 1);
        json_t *list = json_object_get(ki->by_variant, variant);
        if (!list) {
            json_object_set(ki->by_variant, variant, pair);
            continue;
        }
        if (json_is_integer(json_array_get(list, 0))) {
            /* a second key under this variant: now a list */
            json_t *first = json_incref(list);
            list = json_array();
            json_array_append_new(list, first);
            json_object_set_new(ki->by_variant, variant, list);
        }
        json_array_append(list, pair);
    }
    json_decref(pair);
}

/* The keys of an entity's multi-word forms (when 'last_word', of their last
 * words), at least 3 consonants long, into 'keys'. */
/* The Hangul of the Latin surname that starts 'form' ("Park" -> 박, word
 * class surname_latin), or NULL. Borrowed from the rules. */
static const char *surname_in_hangul(const chr_rules *rules, const char *form)
{
    char first[64];
    const char *sp = strchr(form, ' ');
    if (!sp || (size_t)(sp - form) >= sizeof first) return NULL;
    memcpy(first, form, (size_t)(sp - form));
    first[sp - form] = '\0';
    const char *v = chr_rules_word(rules, "surname_latin", first);
    return v && v[0] ? v : NULL;
}

/* English drops an r after a vowel before a consonant, and Korean
 * transliteration follows ("Hartmann" -> 하트만, "Northbridge" -> 노스브리지);
 * Spanish or Russian keep it ("Marquez" -> 마르케스). Writes 'form' without
 * such r's into 'out' and returns 1 when it differs (Latin forms only). */
static int without_english_r(const char *form, char *out, size_t size)
{
    size_t k = 0;
    int changed = 0;
    for (size_t i = 0; form[i] && k + 1 < size; i++) {
        char c = (char)tolower((unsigned char)form[i]);
        if ((unsigned char)form[i] >= 0x80) return 0;
        if (c == 'r' && i > 0 && strchr("aeiou", tolower((unsigned char)form[i - 1])) &&
            isalpha((unsigned char)form[i + 1]) && !strchr("aeiouy", tolower((unsigned char)form[i + 1]))) {
            changed = 1;
            continue;
        }
        out[k++] = form[i];
    }
    out[k] = '\0';
    return changed;
}

static void entity_keys(const chr_rules *rules, const chr_entity *e, int last_word, chr_strvec *keys)
{
    for (size_t i = 0; i <= e->aliases.len; i++) {
        const char *form = i < e->aliases.len ? e->aliases.items[i] : e->name;
        const char *sp = strrchr(form, ' ');
        /* "김서연" is one word but a full name: it meets "Kim Seo-yeon" */
        if (!sp && (last_word || !korean_full_name(form))) continue;
        char key[256], buf[600];
        const char *hangul;
        if (!last_word && sp && (hangul = surname_in_hangul(rules, form)) != NULL) {
            /* "Park Ji-hoon": the conventional spelling of a Korean surname
             * is keyed as its Hangul (박), so that it meets "박지훈" */
            snprintf(buf, sizeof buf, "%s %s", hangul, strchr(form, ' ') + 1);
            entity_key(buf, key, sizeof key);
        } else {
            entity_key(last_word ? sp + 1 : form, key, sizeof key);
        }
        if (strlen(key) >= 3) chr_strvec_add_unique(keys, key);
        if (without_english_r(last_word ? sp + 1 : form, buf, sizeof buf)) {
            entity_key(buf, key, sizeof key);
            if (strlen(key) >= 3) chr_strvec_add_unique(keys, key);
        }
    }
}

struct candidates {
    long self;
    long found;
    int ambiguous;
};

typedef CHR_VEC(long) long_vec;

struct candidate_list {
    long self;
    long_vec found;
    long_vec exact; /* 1 when found through an equal key */
};

static void collect_candidate(long entity, int exact, void *ctx)
{
    struct candidate_list *cl = ctx;
    if (entity == cl->self) return;
    for (size_t i = 0; i < cl->found.len; i++)
        if (cl->found.items[i] == entity) {
            if (exact) cl->exact.items[i] = 1;
            return;
        }
    chr_vec_push(&cl->found, entity);
    chr_vec_push(&cl->exact, (long)exact);
}

static void principal_orgs(const chr_corpus *c, const chr_rules *rules, long *principal);
static int is_board_name(const char *name);

/* The companies each document is about, as a JSON set per document (keys:
 * entity index): its principal company (see most_mentioned) and every
 * company it names twice or more; built once, after organisations are
 * linked. A company an article mentions once in passing ("OpenAI") is no
 * context: it would confirm anything. */
static json_t **doc_org_sets(const chr_corpus *c)
{
    json_t **sets = chr_xcalloc(c->docs.len ? c->docs.len : 1, sizeof *sets);
    long *principal = chr_xcalloc(c->docs.len ? c->docs.len : 1, sizeof *principal);
    principal_orgs(c, NULL, principal);
    for (size_t d = 0; d < c->docs.len; d++) {
        sets[d] = json_object();
        if (principal[d] < 0) continue;
        char key[32];
        long_key(key, chr_entity_root(c, principal[d]));
        json_object_set_new(sets[d], key, json_true());
    }
    /* and every company named at least twice in the document: a story's
     * subject recurs, a passing mention does not */
    json_t *once = json_object();
    for (size_t i = 0; i < c->entity_mentions.len; i++) {
        const chr_entity_mention *m = &c->entity_mentions.items[i];
        if (m->type != CHR_ENT_ORG || m->entity < 0) continue;
        long e = chr_entity_root(c, m->entity);
        if (is_board_name(c->entities.items[e].name)) continue;
        char key[64], org[32];
        size_t kl = doc_prefix(key, m->doc, ':');
        long_key(key + kl, e);
        long_key(org, e);
        if (json_object_get(once, key)) json_object_set_new(sets[m->doc], org, json_true());
        else json_object_set_new(once, key, json_true());
    }
    json_decref(once);
    free(principal);
    return sets;
}

/*
 * Context that confirms two spellings are one person: a title they share
 * (for equal keys), both entities mentioned in one document, or documents
 * about the same company
 * ("Hanbit Bio" beside "김서연" and beside "Kim Seo-yeon"). Different people
 * whose names sound alike in unrelated stories stay apart. Cost: the two
 * entities' mentions.
 */
enum { CONTEXT_DOCS = 32 };

/* Do entities a and b both have a mention in some document? Mentions are
 * in document order, so the two lists are walked side by side. */
static int share_document(const chr_corpus *c, long a, long b)
{
    const chr_entity *ea = &c->entities.items[a], *eb = &c->entities.items[b];
    size_t i = 0, j = 0;
    while (i < ea->mentions.len && j < eb->mentions.len) {
        int da = c->entity_mentions.items[ea->mentions.items[i]].doc;
        int db = c->entity_mentions.items[eb->mentions.items[j]].doc;
        if (da == db) return 1;
        if (da < db) i++;
        else j++;
    }
    return 0;
}

static int same_context(const chr_corpus *c, json_t **doc_orgs, long a, long b, int exact)
{
    const chr_entity *ea = &c->entities.items[a], *eb = &c->entities.items[b];
    /* the same title ("CEO") in some mention of each: thousands of people
     * are CEOs, so a title confirms only long keys that are equal */
    for (size_t i = 0; exact && i < ea->titles.len; i++)
        if (chr_strvec_find(&eb->titles, ea->titles.items[i]) >= 0) return 1;
    json_t *docs = json_object(), *orgs = json_object();
    char key[32];
    /* at most CONTEXT_DOCS documents of each entity are looked at, so that
     * a name in every article of a large corpus keeps linking linear */
    CHR_VEC(int) adocs = {0};
    for (size_t i = 0; i < ea->mentions.len && json_object_size(docs) < CONTEXT_DOCS; i++) {
        int d = c->entity_mentions.items[ea->mentions.items[i]].doc;
        long_key(key, d);
        if (json_object_get(docs, key)) continue;
        json_object_set_new(docs, key, json_true());
        chr_vec_push(&adocs, d);
    }
    int same = 0, orgs_built = 0;
    json_t *seen = json_object();
    for (size_t i = 0; i < eb->mentions.len && !same && json_object_size(seen) < CONTEXT_DOCS; i++) {
        int d = c->entity_mentions.items[eb->mentions.items[i]].doc;
        long_key(key, d);
        if (json_object_get(docs, key)) {
            same = 1; /* a shared document settles it: no need for the organisations */
            break;
        }
        if (json_object_get(seen, key)) continue;
        json_object_set_new(seen, key, json_true());
        if (!orgs_built) {
            /* the organisations of a's documents, gathered only when needed:
             * copying them for every pair was quadratic in a long article */
            for (size_t k = 0; k < adocs.len; k++) json_object_update(orgs, doc_orgs[adocs.items[k]]);
            orgs_built = 1;
        }
        const char *org;
        json_t *v;
        json_object_foreach(doc_orgs[d], org, v) {
            if (json_object_get(orgs, org)) {
                same = 1;
                break;
            }
        }
    }
    json_decref(seen);
    json_decref(docs);
    json_decref(orgs);
    chr_vec_free(&adocs);
    return same;
}

static void note_candidate(long entity, int exact, void *ctx)
{
    struct candidates *cd = ctx;
    (void)exact;
    if (entity == cd->self) return;
    if (cd->found >= 0 && cd->found != entity) cd->ambiguous = 1;
    if (cd->found < 0 || entity < cd->found) cd->found = entity;
}

static void merge_entities(chr_corpus *c, member_set *members, long keep, long drop)
{
    chr_entity *k = &c->entities.items[keep];
    chr_entity *d = &c->entities.items[drop];
    for (size_t i = 0; i < d->mentions.len; i++) {
        chr_vec_push(&k->mentions, d->mentions.items[i]);
        c->entity_mentions.items[d->mentions.items[i]].entity = keep;
    }
    for (size_t i = 0; i < d->aliases.len; i++) member_add(members, c, keep, 0, d->aliases.items[i]);
    for (size_t i = 0; i < d->titles.len; i++) member_add(members, c, keep, 1, d->titles.items[i]);
    member_add(members, c, keep, 0, d->name);
    k = &c->entities.items[keep];
    /* the Latin form is the canonical name when any source gives it */
    if (has_hangul(k->name) && !has_hangul(d->name)) {
        free(k->name);
        k->name = chr_xstrdup(d->name);
    }
    chr_vec_free(&d->mentions);
    d->merged_into = (int)keep;
}

/* The Hangul syllables of 'name' (at most 'max'), or 0 when it holds
 * anything else (a space, a Latin letter) or more. */
static size_t hangul_syllables(const char *name, uint32_t *out, size_t max)
{
    size_t n = 0, len = strlen(name);
    for (size_t i = 0; i < len;) {
        size_t used = 1;
        uint32_t cp = chr_utf8_decode(name + i, len - i, &used);
        if (!chr_is_hangul_syllable(cp) || n == max) return 0;
        out[n++] = cp;
        i += used ? used : 1;
    }
    return n;
}

/* Is 'brief' a Korean contraction of 'full': its first two syllables,
 * then the first syllable of later words of it, with syllables left out
 * between ("한빛낙협" of "한빛낙농협동조합", "세원차" of "세원자동차")? A
 * prefix ("한빛낙농" of "한빛낙농협동조합") is a short form of another
 * kind, left to the other links. */
static int hangul_contraction(const char *brief, const char *full)
{
    uint32_t b[8], f[24];
    size_t nb = hangul_syllables(brief, b, 8), nf = hangul_syllables(full, f, 24);
    if (nb < 3 || nb > 6 || nf <= nb || b[0] != f[0] || b[1] != f[1]) return 0;
    size_t j = 2, gaps = 0;
    for (size_t i = 2; i < nb; i++) {
        size_t from = j;
        while (j < nf && f[j] != b[i]) j++;
        if (j == nf) return 0;
        if (j > from) gaps++;
        j++;
    }
    return gaps > 0;
}

/* In each document, an organisation named by a contraction of another's
 * full name there is that organisation ("한빛낙협" after
 * "한빛낙농협동조합"), and so is one in brackets right after another. A
 * document names few organisations: pairs. */
static void link_contractions(chr_corpus *c, member_set *members)
{
    CHR_VEC(long) orgs = {0};
    size_t i = 0;
    while (i < c->entity_mentions.len) {
        int doc = c->entity_mentions.items[i].doc;
        orgs.len = 0;
        const chr_entity_mention *before = NULL;
        for (; i < c->entity_mentions.len && c->entity_mentions.items[i].doc == doc; i++) {
            const chr_entity_mention *m = &c->entity_mentions.items[i];
            if (m->entity < 0 || m->type != CHR_ENT_ORG) continue;
            /* an organisation in brackets right after another is its short
             * name: "해담프라이빗에쿼티(해담PE)", "Korea Exchange (KRX)"
             * (mentions come in text order) */
            if (m->in_brackets && before && before->end + (size_t)m->in_brackets == m->start) {
                long full = chr_entity_root(c, before->entity), brief = chr_entity_root(c, m->entity);
                if (full != brief) merge_entities(c, members, full, brief);
            }
            before = m;
            long e = chr_entity_root(c, m->entity);
            int seen = 0;
            for (size_t k = 0; k < orgs.len && !seen; k++) seen = orgs.items[k] == e;
            if (!seen && orgs.len < 256) chr_vec_push(&orgs, e);
        }
        for (size_t a = 0; a < orgs.len; a++)
            for (size_t b = 0; b < orgs.len; b++) {
                long brief = chr_entity_root(c, orgs.items[a]), full = chr_entity_root(c, orgs.items[b]);
                if (brief == full || c->entities.items[brief].type != CHR_ENT_ORG ||
                    c->entities.items[full].type != CHR_ENT_ORG ||
                    !hangul_contraction(c->entities.items[brief].name, c->entities.items[full].name))
                    continue;
                merge_entities(c, members, full, brief);
            }
    }
    chr_vec_free(&orgs);
}

static int is_board_name(const char *name)
{
    size_t n = strlen(name);
    return n >= 6 && strcmp(name + n - 6, " board") == 0;
}

/* The organisations a document names: per entity, its count and its first
 * mention, in a small table cleared per document (no key strings, no JSON
 * values per mention). */
typedef struct {
    long e, n, first;
    size_t slot; /* its slot in the table */
} org_count;

typedef struct {
    CHR_VEC(org_count) v;
    size_t *slots; /* index + 1 into v, 0: empty */
    size_t cap;
} org_counts;

static size_t *org_counts_find(org_counts *oc, long e)
{
    size_t mask = oc->cap - 1;
    for (size_t i = ((uint64_t)e * UINT64_C(0x9E3779B97F4A7C15)) >> 40 & mask;; i = (i + 1) & mask)
        if (!oc->slots[i] || oc->v.items[oc->slots[i] - 1].e == e) return &oc->slots[i];
}

/* Counts a mention of organisation 'e', mention index 'i'. */
static void org_counts_add(org_counts *oc, long e, long i)
{
    if (2 * (oc->v.len + 1) > oc->cap) {
        free(oc->slots);
        oc->cap = oc->cap ? 2 * oc->cap : 64;
        oc->slots = chr_xcalloc(oc->cap, sizeof *oc->slots);
        for (size_t k = 0; k < oc->v.len; k++) {
            size_t *slot = org_counts_find(oc, oc->v.items[k].e);
            *slot = k + 1;
            oc->v.items[k].slot = (size_t)(slot - oc->slots);
        }
    }
    size_t *slot = org_counts_find(oc, e);
    if (*slot) {
        oc->v.items[*slot - 1].n++;
        return;
    }
    org_count c = {e, 1, i, (size_t)(slot - oc->slots)};
    chr_vec_push(&oc->v, c);
    *slot = oc->v.len;
}

static void org_counts_clear(org_counts *oc)
{
    for (size_t k = 0; k < oc->v.len; k++) oc->slots[oc->v.items[k].slot] = 0;
    oc->v.len = 0;
}

/* The article's principal company from 'oc': the one named first, as news
 * names its subject first, unless another is named more than twice as
 * often; -1 when none. (First mentions differ, so the order the table
 * holds them in does not matter.) */
static long most_mentioned(const org_counts *oc)
{
    long best = -1, best_count = 0, best_first = 0, lead = -1, lead_count = 0, lead_first = 0;
    for (size_t k = 0; k < oc->v.len; k++) {
        long n = oc->v.items[k].n, first = oc->v.items[k].first;
        if (n > best_count || (n == best_count && first < best_first)) {
            best = oc->v.items[k].e;
            best_count = n;
            best_first = first;
        }
        if (lead < 0 || first < lead_first) {
            lead = oc->v.items[k].e;
            lead_count = n;
            lead_first = first;
        }
    }
    return best_count > 2 * lead_count ? best : lead;
}

/* Is 'name' a public body's, named after a place ("Seoul Central District
 * Court", "Korea Fair Trade Commission": its last word of word class
 * public_body_en)? Such a body is no article's principal company and owns
 * no board it does not name. */
static int is_public_body(const chr_rules *rules, const char *name)
{
    if (!rules) return 0;
    const char *last = strrchr(name, ' ');
    if (last && chr_rules_word(rules, "public_body_en", last + 1) != NULL) return 1;
    /* a Korean name ending in a word of class public_body_ending ("경찰",
     * "서울경찰청", "부산지검") */
    for (const char *p = name; *p; p++)
        if (((unsigned char)*p & 0xC0) != 0x80 && chr_rules_word(rules, "public_body_ending", p) != NULL) return 1;
    return 0;
}

/* Fills principal[doc] with the organisation entity having most mentions
 * in each document so far (the one mentioned first on a tie), or -1; with
 * 'rules', never a public body (is_public_body) nor a union (the article's
 * company is what its strike is against).
 * Linear: one pass over the mentions, which are grouped by document. */
static void principal_orgs(const chr_corpus *c, const chr_rules *rules, long *principal)
{
    org_counts counts = {{0}, NULL, 0};
    for (size_t d = 0; d < c->docs.len; d++) principal[d] = -1;
    int doc = -1;
    for (size_t i = 0; i <= c->entity_mentions.len; i++) {
        const chr_entity_mention *m = i < c->entity_mentions.len ? &c->entity_mentions.items[i] : NULL;
        if (!m || m->doc != doc) {
            if (doc >= 0) principal[doc] = most_mentioned(&counts);
            org_counts_clear(&counts);
            if (!m) break;
            doc = m->doc;
        }
        if (m->type != CHR_ENT_ORG || m->entity < 0) continue;
        long e = chr_entity_root(c, m->entity);
        if (is_board_name(c->entities.items[e].name) || is_public_body(rules, c->entities.items[e].name) ||
            (rules && is_labour_body_name(rules, c->entities.items[e].name)))
            continue;
        org_counts_add(&counts, e, (long)i);
    }
    chr_vec_free(&counts.v);
    free(counts.slots);
}

static int is_board_word(const chr_rules *rules, const char *s)
{
    return chr_rules_word(rules, "board", s) != NULL;
}

/* The organisation entity owning the board or union mention 'i' explicitly
 * ("오픈AI 이사회", "OpenAI's board", "오픈AI의 이사회", "Haeseong's union"):
 * the company mention right before it; -1 when there is none. */
static long explicit_owner(const chr_corpus *c, size_t i)
{
    if (i == 0) return -1;
    const chr_entity_mention *m = &c->entity_mentions.items[i];
    const chr_entity_mention *p = &c->entity_mentions.items[i - 1];
    if (p->doc != m->doc || p->type != CHR_ENT_ORG || p->entity < 0 || m->start < p->end || m->start - p->end > 4)
        return -1;
    /* only a possessive may stand between: "MS도 이사회 자리를" is another
     * company's board seat for MS */
    const char *gap = chr_doc_span(c->docs.items[m->doc], p->end, m->start);
    size_t gl = m->start - p->end;
    while (gl > 0 && (gap[gl - 1] == ' ' || gap[gl - 1] == '\t')) gl--;
    if (!(gl == 0 || (gl == 3 && memcmp(gap, "\xEC\x9D\x98", 3) == 0) || (gl == 2 && memcmp(gap, "'s", 2) == 0) ||
          (gl == 4 && memcmp(gap, "\xE2\x80\x99s", 4) == 0)))
        return -1;
    long e = chr_entity_root(c, p->entity);
    return is_board_name(c->entities.items[e].name) ? -1 : e;
}

/* Whether a word of 'name' ends with a word of class labour_body ("Workers'
 * Union", "전국금융산업노조 늘봄은행지부"). */
static int names_labour_body(const chr_rules *rules, const char *name)
{
    for (const char *w = name; *w;) {
        const char *we = strchr(w, ' ');
        if (!we) we = w + strlen(w);
        char word[256];
        size_t n = (size_t)(we - w) < sizeof word - 1 ? (size_t)(we - w) : sizeof word - 1;
        memcpy(word, w, n);
        word[n] = '\0';
        for (size_t k = 0; k < n; k++)
            if (((unsigned char)word[k] & 0xC0) != 0x80 && chr_rules_word(rules, "labour_body", word + k)) return 1;
        w = *we ? we + 1 : we;
    }
    return 0;
}

/* A mention of a union named in full: where it is, and its entity. */
typedef struct {
    int doc;
    size_t start;
    long entity;
} labour_mention;

typedef CHR_VEC(labour_mention) labour_vec;

static int labour_mention_order(const void *a, const void *b)
{
    const labour_mention *x = a, *y = b;
    if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* The mentions of unions named in full (of entities whose name
 * names_labour_body), in text order, into 'out'. */
static void collect_labour_mentions(const chr_rules *rules, const chr_corpus *c, labour_vec *out)
{
    for (size_t k = 0; k < c->entity_mentions.len; k++) {
        const chr_entity_mention *o = &c->entity_mentions.items[k];
        if (o->entity < 0 || o->type != CHR_ENT_ORG) continue;
        long e = chr_entity_root(c, o->entity);
        if (names_labour_body(rules, c->entities.items[e].name))
            chr_vec_push(out, ((labour_mention){o->doc, o->start, e}));
    }
    if (out->len) qsort(out->items, out->len, sizeof *out->items, labour_mention_order);
}

/* The union named in full that a bare "the union" or "노조" (mention 'm')
 * stands for: the nearest one before it in its document, else the first
 * after it; -1 when the document names none. */
static long union_named_in_full(const labour_vec *unions, const chr_entity_mention *m)
{
    size_t lo = 0, hi = unions->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const labour_mention *u = &unions->items[mid];
        if (u->doc < m->doc || (u->doc == m->doc && u->start < m->start)) lo = mid + 1;
        else hi = mid;
    }
    if (lo > 0 && unions->items[lo - 1].doc == m->doc) return unions->items[lo - 1].entity;
    if (lo < unions->len && unions->items[lo].doc == m->doc) return unions->items[lo].entity;
    return -1;
}

/* What a mention's surface names that belongs to a company: its board
 * ("이사회", "the board") or its union named by no name of its own ("노조",
 * "the union"). */
enum { OWNED_NONE, OWNED_BOARD, OWNED_UNION };

/* Fills owner[doc] with the company whose board the document names
 * explicitly most often (first named on a tie), or -1: a bare "이사회" or
 * "the board" belongs to it before the article's principal company, and
 * never to whichever company happens to be named nearby. */
static void board_owners(const chr_corpus *c, const unsigned char *board, long *owner)
{
    json_t *counts = json_object();
    for (size_t d = 0; d < c->docs.len; d++) owner[d] = -1;
    int doc = -1;
    for (size_t i = 0; i <= c->entity_mentions.len; i++) {
        const chr_entity_mention *m = i < c->entity_mentions.len ? &c->entity_mentions.items[i] : NULL;
        if (!m || m->doc != doc) {
            if (doc >= 0) {
                long best = -1, best_n = 0, best_first = 0;
                const char *key;
                json_t *v;
                json_object_foreach(counts, key, v) {
                    long n = (long)json_integer_value(json_array_get(v, 0));
                    long first = (long)json_integer_value(json_array_get(v, 1));
                    if (n > best_n || (n == best_n && first < best_first))
                        best = strtol(key, NULL, 10), best_n = n, best_first = first;
                }
                owner[doc] = best;
            }
            json_object_clear(counts);
            if (!m) break;
            doc = m->doc;
        }
        if (board[i] != OWNED_BOARD) continue;
        long e = explicit_owner(c, i);
        if (e < 0) continue;
        char key[32];
        long_key(key, e);
        json_t *v = json_object_get(counts, key);
        if (v) json_array_set_new(v, 0, json_integer(json_integer_value(json_array_get(v, 0)) + 1));
        else json_object_set_new(counts, key, json_pack("[i,I]", 1, (json_int_t)i));
    }
    json_decref(counts);
}

/* The key of an organisation's form: its board suffix and legal form
 * ("Inc.", "Corp.": word class legal_suffix) removed, so that "Lumera Labs
 * Inc.", "Lumera Labs" and "루메라 랩스" meet. */
static void org_key(const chr_rules *rules, const char *form, int drop_r, char *key, size_t size)
{
    char buf[512];
    chr_copy_str(buf, sizeof buf, form);
    if (is_board_name(buf)) buf[strlen(buf) - 6] = '\0';
    char *sp = strrchr(buf, ' ');
    if (sp && chr_rules_word(rules, "legal_suffix", sp + 1)) {
        *sp = '\0';
        /* "Lumio Health, Inc." */
        if (sp > buf && sp[-1] == ',') sp[-1] = '\0';
    }
    /* split off a generic suffix ("Labs", "랩스", glued or not): the key is
     * NAME#SUFFIX, and such keys match only exactly, since a shared
     * "Robotics" must not make two companies one */
    size_t n = strlen(buf), cut = 0;
    sp = strrchr(buf, ' ');
    if (sp && (chr_rules_word(rules, "org_suffix", sp + 1) || chr_rules_word(rules, "org_suffix_en", sp + 1))) {
        cut = (size_t)(sp - buf);
    } else if (!sp) {
        for (size_t i = 1; i < n && !cut; i++)
            if (((unsigned char)buf[i] & 0xC0) != 0x80 && chr_rules_word(rules, "org_suffix", buf + i)) cut = i;
    }
    char head[512], tail[512], plain[512], k1[128], k2[128];
    snprintf(head, sizeof head, "%.*s", (int)(cut ? cut : n), buf);
    chr_copy_str(tail, sizeof tail, cut ? buf + cut : "");
    if (drop_r && without_english_r(head, plain, sizeof plain)) chr_copy_str(head, sizeof head, plain);
    if (drop_r && without_english_r(tail, plain, sizeof plain)) chr_copy_str(tail, sizeof tail, plain);
    entity_key(head, k1, sizeof k1);
    if (!cut) {
        snprintf(key, size, "%s", k1);
        return;
    }
    entity_key(tail, k2, sizeof k2);
    if (strlen(k1) < 4) {
        /* a short name before the suffix ("Viriri Robotics", "Vivilu
         * Robotics" are both "pl"): its romanisation itself, vowels and all
         * ("Hanbit" = 한빛 "hanbit", "Lumera" = 루메라 "lumera") */
        char rom[128];
        chr_romanize(head, strlen(head), rom, sizeof rom);
        size_t k = 0;
        for (size_t i = 0; rom[i] && k + 1 < sizeof k1; i++) {
            /* Hangul has one liquid and no v, f or z: 루메라 "rumera" =
             * Lumera, 노바 "noba" = Nova */
            static const char from[] = "rvfzq", to[] = "lbpjk";
            char ch = rom[i];
            const char *hit = strchr(from, ch);
            if (hit && ch) ch = to[hit - from];
            if (isalpha((unsigned char)ch)) k1[k++] = ch;
        }
        k1[k] = '\0';
        snprintf(key, size, "=%.120s#%.120s", k1, k2);
        return;
    }
    snprintf(key, size, "%.120s#%.120s", k1, k2);
}

/* Merges the organisation entities whose forms have keys within one edit
 * (keys of at least 5 consonants; exactly when a suffix was split off or
 * the key is shorter); boards only with boards. Linear. */
static void link_orgs(const chr_rules *rules, chr_corpus *c, member_set *members)
{
    key_index companies = {json_object(), 5}, boards = {json_object(), 5};
    for (size_t a = 0; a < c->entities.len; a++) {
        const chr_entity *e = &c->entities.items[a];
        if (e->merged_into >= 0 || e->type != CHR_ENT_ORG) continue;
        int board = is_board_name(e->name);
        key_index *ki = board ? &boards : &companies;
        chr_strvec keys = {0};
        for (size_t i = 0; i <= e->aliases.len; i++) {
            const char *form = i < e->aliases.len ? e->aliases.items[i] : e->name;
            if (board && i < e->aliases.len) continue; /* "이사회", "board" say nothing of whose */
            char key[256];
            for (int drop_r = 0; drop_r < 2; drop_r++) {
                org_key(rules, form, drop_r, key, sizeof key);
                if (strlen(key) >= 4) chr_strvec_add_unique(&keys, key);
            }
        }
        for (size_t k = 0; k < keys.len; k++) {
            for (;;) {
                long self = chr_entity_root(c, (long)a);
                struct candidates cd = {self, -1, 0};
                key_index_each(c, ki, keys.items[k], note_candidate, &cd);
                if (cd.found < 0) break;
                if (cd.found < self) merge_entities(c, members, cd.found, self);
                else merge_entities(c, members, self, cd.found);
            }
            key_index_add(ki, keys.items[k], chr_entity_root(c, (long)a));
        }
        chr_strvec_free(&keys);
    }
    json_decref(companies.by_variant);
    json_decref(boards.by_variant);
}

void chr_link_entities(const chr_rules *rules, const chr_entity_extractor *ex, chr_corpus *c)
{
    char surface[512];
    link_index ix = {{NULL, 0, 0}, {NULL, 0, 0}, {NULL, 0, 0}, {NULL, 0, 0}, rules};
    /* entities made before (none in a plain run) bring their lists */
    for (size_t a = 0; a < c->entities.len; a++)
        for (int which = 0; which < 2; which++) {
            chr_strvec *v = which ? &c->entities.items[a].titles : &c->entities.items[a].aliases;
            chr_strvec old = *v;
            *v = (chr_strvec){0};
            for (size_t i = 0; i < old.len; i++) member_add(&ix.members, c, (long)a, which, old.items[i]);
            chr_strvec_free(&old);
        }
    /* per document, the organisation mentioned most often (boards belong to it) */
    long *principal = chr_xcalloc(c->docs.len ? c->docs.len : 1, sizeof *principal);
    long *owner = chr_xcalloc(c->docs.len ? c->docs.len : 1, sizeof *owner);
    labour_vec unions = {0};
    /* what each mention's surface is, looked up once for the three passes
     * (and the board owners): what it names of a company (OWNED_BOARD,
     * OWNED_UNION); its gazetteer entry, when known[i] (canons[i] NULL:
     * none) */
    size_t nm = c->entity_mentions.len;
    unsigned char *board = chr_xcalloc(nm ? nm : 1, 1), *known = chr_xcalloc(nm ? nm : 1, 1);
    const char **canons = chr_xcalloc(nm ? nm : 1, sizeof *canons);
    chr_entity_type *gtypes = chr_xcalloc(nm ? nm : 1, sizeof *gtypes);
    for (size_t i = 0; i < nm; i++) {
        const chr_entity_mention *m = &c->entity_mentions.items[i];
        size_t n = m->end - m->start < sizeof surface - 1 ? m->end - m->start : sizeof surface - 1;
        memcpy(surface, chr_doc_span(c->docs.items[m->doc], m->start, m->start + n), n);
        surface[n] = '\0';
        board[i] = is_board_word(rules, surface) ? OWNED_BOARD
                   : !m->latin && chr_rules_word(rules, "owned_union", surface) ? OWNED_UNION
                                                                                : OWNED_NONE;
    }
    /* the first words of the organisations an article names in several
     * words ("Brivane" of "Brivane Korea"), with the first mention of each:
     * a one-word organisation told before every full name it starts
     * ("Maison Brivane Seoul ... Brivane Korea") waits
     * until the full names are linked, then finds its company by that
     * first word */
    word_map full_firsts = {0};
    for (size_t i = 0; i < nm; i++) {
        const chr_entity_mention *m = &c->entity_mentions.items[i];
        if (m->type != CHR_ENT_ORG || board[i] || m->entity >= 0) continue;
        const char *span = chr_doc_span(c->docs.items[m->doc], m->start, m->end);
        const char *sp = memchr(span, ' ', m->end - m->start);
        if (!sp) continue;
        char key[600], prefix[16];
        size_t n = make_key(key, sizeof key, prefix, doc_prefix(prefix, m->doc, '\t'), span, (size_t)(sp - span));
        if (!word_map_get(&full_firsts, key, n)) word_map_set(&full_firsts, key, n, (long)i);
    }
    /* pass 0: mentions that carry their own canonical name; pass 1 (full
     * names) twice, the second time for the one-word organisations held
     * back; pass 2: the rest */
    for (int step = 0; step < 4; step++) {
        int pass = step < 2 ? step : step - 1, hold_back = step == 1;
        if (pass == 2) {
            link_contractions(c, &ix.members);
            principal_orgs(c, rules, principal);
            board_owners(c, board, owner);
            collect_labour_mentions(rules, c, &unions);
        }
        for (size_t i = 0; i < c->entity_mentions.len; i++) {
            chr_entity_mention *m = &c->entity_mentions.items[i];
            if (m->entity >= 0) continue;
            const chr_doc *doc = c->docs.items[m->doc];
            size_t n = m->end - m->start < sizeof surface - 1 ? m->end - m->start : sizeof surface - 1;
            memcpy(surface, chr_doc_span(doc, m->start, m->start + n), n);
            surface[n] = '\0';
            if (!known[i]) {
                chr_entity_type t = CHR_ENT_ORG;
                const char *cn = chr_entity_gazetteer_lookup(ex, surface, &t);
                if (!cn && m->latin) cn = chr_entity_gazetteer_lookup(ex, m->latin, &t);
                canons[i] = cn;
                gtypes[i] = t;
                known[i] = 1;
            }
            chr_entity_type gtype = gtypes[i];
            const char *canon = canons[i];
            if (pass == 0) {
                if (board[i]) continue;
                if (!canon && !m->latin) continue;
                chr_entity_type type = canon ? gtype : m->type;
                const char *name = canon ? canon : m->latin;
                long e = find_by_alias(c, &ix, type, name);
                if (e < 0) e = new_entity(c, type, name);
                attach(c, &ix, i, e, surface);
            } else if (pass == 1) {
                if (board[i]) continue;
                /* only full names here; single words wait for pass 2 */
                if (m->type == CHR_ENT_PERSON && !strchr(surface, ' ')) continue;
                if (hold_back && m->type == CHR_ENT_ORG && !strchr(surface, ' ')) {
                    char key[600], prefix[16];
                    size_t kn = make_key(key, sizeof key, prefix, doc_prefix(prefix, m->doc, '\t'), surface, strlen(surface));
                    const long *first_full = word_map_get(&full_firsts, key, kn);
                    if (first_full && *first_full > (long)i) continue;
                }
                long e = find_by_alias(c, &ix, m->type, surface);
                if (e < 0 && m->type == CHR_ENT_PERSON) {
                    char key[600];
                    make_key(key, sizeof key, "t:", 2, surface, strlen(surface));
                    for (char *k = key; *k; k++) *k = (char)tolower((unsigned char)*k);
                    e = find_by_name_word(c, &ix, m->doc, key);
                }
                if (e < 0 && m->type == CHR_ENT_ORG) {
                    /* "Tidewell" or "Gallant Rock" after "Tidewell Energy ASA"
                     * or "Gallant Rock Partners" in this article: the company
                     * whose first word it starts with */
                    const char *sp = strchr(surface, ' ');
                    char word[600];
                    snprintf(word, sizeof word, "o:%.*s", sp ? (int)(sp - surface) : (int)strlen(surface), surface);
                    e = find_org_by_first_word(c, &ix, m->doc, word);
                    /* (a longer name of another company is no short form) */
                    if (e >= 0 && sp && strncmp(c->entities.items[e].name, surface, strlen(surface)) != 0) e = -1;
                }
                if (e < 0) e = new_entity(c, m->type, surface);
                attach(c, &ix, i, e, surface);
            } else {
                if (board[i] == OWNED_UNION) {
                    /* "the union", "Haeseong's union", "노조": the union the
                     * article names in full; with none, the union of the
                     * company right before it, else of the article's
                     * principal company, named "<company> <word>" as word
                     * class owned_union says */
                    long named = union_named_in_full(&unions, m);
                    if (named >= 0) {
                        attach(c, &ix, i, named, surface);
                        continue;
                    }
                    long own = explicit_owner(c, i);
                    if (own < 0) own = principal[m->doc];
                    const char *word = chr_rules_word(rules, "owned_union", surface);
                    char name[600];
                    if (own >= 0 && word)
                        snprintf(name, sizeof name, "%s %s", c->entities.items[chr_entity_root(c, own)].name, word);
                    else
                        chr_copy_str(name, sizeof name, surface);
                    long e = find_by_alias(c, &ix, CHR_ENT_ORG, name);
                    if (e < 0) e = new_entity(c, CHR_ENT_ORG, name);
                    attach(c, &ix, i, e, surface);
                    continue;
                }
                if (board[i]) {
                    /* "오픈AI 이사회", "Lumera's board": the board of the
                     * organisation right before it; a bare "이사회" or "the
                     * board" is the board of the company whose board the
                     * article names explicitly, else of its principal company */
                    const char *org = NULL;
                    long own = explicit_owner(c, i);
                    if (own < 0) own = owner[m->doc];
                    if (own >= 0) org = c->entities.items[chr_entity_root(c, own)].name;
                    if (!org && principal[m->doc] >= 0) org = c->entities.items[chr_entity_root(c, principal[m->doc])].name;
                    char name[600];
                    if (org) snprintf(name, sizeof name, "%s board", org);
                    else chr_copy_str(name, sizeof name, surface);
                    long e = find_by_alias(c, &ix, CHR_ENT_ORG, name);
                    if (e < 0) e = new_entity(c, CHR_ENT_ORG, name);
                    attach(c, &ix, i, e, surface);
                    continue;
                }
                long e = -1;
                /* (a role taken on, "한 후보", is its full name's even after
                 * a surname alone named nobody: "한 전 CRO를") */
                int by_title = m->type == CHR_ENT_PERSON && m->title && !strchr(surface, ' ');
                int role = by_title && chr_rules_find_word(rules, "role_title", m->title, strlen(m->title));
                if (role) e = surname_by_title(rules, c, i, surface, m->title);
                if (e < 0 && m->type == CHR_ENT_PERSON) e = find_by_name_word(c, &ix, m->doc, surface);
                /* (not a family's name its company bears: "Halloran" beside
                 * "Halloran Group" is left to the company below) */
                if (e < 0 && m->type == CHR_ENT_PERSON && !strchr(surface, ' ') && isupper((unsigned char)surface[0])) {
                    char word[600];
                    make_key(word, sizeof word, "o:", 2, surface, strlen(surface));
                    if (find_org_by_first_word(c, &ix, m->doc, word) < 0) e = nearest_full_name(c, i, surface);
                }
                /* (a role's title was asked already, with the same answer) */
                if (e < 0 && by_title && !role) e = surname_by_title(rules, c, i, surface, m->title);
                if (e < 0 && !strchr(surface, ' ')) {
                    char word[600];
                    make_key(word, sizeof word, "o:", 2, surface, strlen(surface));
                    e = find_org_by_first_word(c, &ix, m->doc, word);
                    if (e >= 0) m->type = CHR_ENT_ORG;
                }
                if (m->type == CHR_ENT_PERSON && chr_utf8_count(surface, strlen(surface)) == 1) {
                    /* a surname alone ("김 씨") that names nobody of this
                     * article stays within it: other articles' 김 are others */
                    char scoped[600];
                    char prefix[16];
                    make_key(scoped, sizeof scoped, prefix, doc_prefix(prefix, m->doc, '#'), surface, strlen(surface));
                    if (e < 0) e = find_by_alias(c, &ix, m->type, scoped);
                    if (e < 0) {
                        e = new_entity(c, m->type, surface);
                        index_alias(&ix, m->type, scoped, e);
                    }
                }
                if (e < 0) e = find_by_alias(c, &ix, m->type, surface);
                if (e < 0) e = new_entity(c, m->type, surface);
                attach(c, &ix, i, e, surface);
            }
        }
    }
    /* organisations first: their links are the context that confirms people's */
    link_orgs(rules, c, &ix.members);
    json_t **doc_orgs = doc_org_sets(c);
    /* across spellings and languages: person entities whose full names have
     * keys within one edit, confirmed by context, are one person (linear:
     * see key_index) */
    key_index full = {json_object(), 5};
    for (size_t a = 0; a < c->entities.len; a++) {
        if (c->entities.items[a].merged_into >= 0 || c->entities.items[a].type != CHR_ENT_PERSON) continue;
        chr_strvec keys = {0};
        entity_keys(rules, &c->entities.items[a], 0, &keys);
        for (size_t k = 0; k < keys.len; k++) {
            struct candidate_list cl = {chr_entity_root(c, (long)a), {0}, {0}};
            key_index_each(c, &full, keys.items[k], collect_candidate, &cl);
            for (size_t f = 0; f < cl.found.len; f++) {
                long self = chr_entity_root(c, (long)a), other = chr_entity_root(c, cl.found.items[f]);
                /* a shared title confirms only an equal key of 5+ consonants:
                 * short keys ("tkpt") are shared by many names */
                int strong = cl.exact.items[f] && strlen(keys.items[k]) >= 5;
                if (other == self || !same_context(c, doc_orgs, self, other, strong)) continue;
                /* two full names a document writes apart are two people
                 * ("Harold Castellan" and his son "Richard Castellan"); one
                 * person's other spelling comes from another article */
                if (!cl.exact.items[f] || strcmp(c->entities.items[self].name, c->entities.items[other].name) != 0)
                    if (share_document(c, self, other)) continue;
                /* the earlier entity keeps its place; the later one joins it */
                if (other < self) merge_entities(c, &ix.members, other, self);
                else merge_entities(c, &ix.members, self, other);
            }
            chr_vec_free(&cl.found);
            chr_vec_free(&cl.exact);
            key_index_add(&full, keys.items[k], chr_entity_root(c, (long)a));
        }
        chr_strvec_free(&keys);
    }
    json_decref(full.by_variant);
    /* single-word person entities left over: a word of exactly one fuller name */
    key_index lastw = {json_object(), 4};
    for (size_t a = 0; a < c->entities.len; a++) {
        const chr_entity *e = &c->entities.items[a];
        if (e->merged_into >= 0 || e->type != CHR_ENT_PERSON) continue;
        chr_strvec keys = {0};
        entity_keys(rules, e, 1, &keys);
        for (size_t k = 0; k < keys.len; k++) key_index_add(&lastw, keys.items[k], (long)a);
        chr_strvec_free(&keys);
    }
    for (size_t a = 0; a < c->entities.len; a++) {
        chr_entity *e = &c->entities.items[a];
        if (e->merged_into >= 0 || e->type != CHR_ENT_PERSON || strchr(e->name, ' ')) continue;
        char key[256];
        entity_key(e->name, key, sizeof key);
        if (strlen(key) < 3) continue;
        struct candidates cd = {(long)a, -1, 0};
        key_index_each(c, &lastw, key, note_candidate, &cd);
        if (cd.found >= 0 && !cd.ambiguous && same_context(c, doc_orgs, cd.found, (long)a, strlen(key) >= 5))
            merge_entities(c, &ix.members, cd.found, (long)a);
    }
    json_decref(lastw.by_variant);
    for (size_t d = 0; d < c->docs.len; d++) json_decref(doc_orgs[d]);
    free(doc_orgs);
    free(principal);
    free(owner);
    chr_vec_free(&unions);
    free(board);
    free(known);
    free(canons);
    free(gtypes);
    word_map_free(&full_firsts);
    word_map_free(&ix.aliases);
    word_map_free(&ix.name_words);
    for (size_t i = 0; i < ix.last.len; i++) {
        free(ix.last.items[i].surface);
    }
    chr_vec_free(&ix.last);
    free(ix.members.slots);
}

