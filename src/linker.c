/*
 * linker.c - entity linking, the first half of the resolver stage: turns
 * entity mentions into entities.
 *
 * Within a document: brackets with originals and the gazetteer give
 * canonical names, a surname or given name standing alone joins the one
 * fuller name it belongs to, "이사회"/"the board" becomes the board of the
 * nearest organisation. Across documents and languages: person names meet
 * by a phonetic key of their romanisation ("알트만", "올트먼", "Altman").
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "chr_resolver.h"

/* Lookups that keep linking linear: alias -> entity, and per document a
 * word of a person's full name -> that person (-2 when two share it). */
typedef struct {
    json_t *aliases;
    json_t *name_words;
} link_index;

/* ---- entities ----------------------------------------------------------------------------- */

static long entity_root(const chr_corpus *c, long e)
{
    while (e >= 0 && c->entities.items[e].merged_into >= 0) e = c->entities.items[e].merged_into;
    return e;
}

static long new_entity(chr_corpus *c, chr_entity_type type, const char *name)
{
    chr_entity e = {.type = type, .name = chr_xstrdup(name), .merged_into = -1};
    chr_vec_push(&c->entities, e);
    return (long)c->entities.len - 1;
}

static void index_alias(link_index *ix, chr_entity_type type, const char *form, long entity)
{
    char key[600];
    snprintf(key, sizeof key, "%c\t%s", (char)type, form);
    if (!json_object_get(ix->aliases, key)) json_object_set_new(ix->aliases, key, json_integer(entity));
}

static void index_name_words(link_index *ix, int doc, const char *form, long entity)
{
    if (!strchr(form, ' ')) return;
    const char *p = form;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t len = sp ? (size_t)(sp - p) : strlen(p);
        char key[600];
        snprintf(key, sizeof key, "%d\t%.*s", doc, (int)len, p);
        json_t *old = json_object_get(ix->name_words, key);
        if (!old) json_object_set_new(ix->name_words, key, json_integer(entity));
        else if (json_integer_value(old) != entity) json_object_set_new(ix->name_words, key, json_integer(-2));
        if (!sp) break;
        p = sp + 1;
    }
}

static void attach(chr_corpus *c, link_index *ix, size_t mention, long entity, const char *surface)
{
    chr_entity_mention *m = &c->entity_mentions.items[mention];
    chr_entity *e = &c->entities.items[entity];
    m->entity = entity;
    chr_vec_push(&e->mentions, mention);
    chr_strvec_add_unique(&e->aliases, surface);
    index_alias(ix, e->type, surface, entity);
    index_alias(ix, e->type, e->name, entity);
    if (m->latin) {
        chr_strvec_add_unique(&e->aliases, m->latin);
        index_alias(ix, e->type, m->latin, entity);
    }
    if (m->title) chr_strvec_add_unique(&e->titles, m->title);
    if (e->type == CHR_ENT_PERSON) {
        index_name_words(ix, m->doc, surface, entity);
        index_name_words(ix, m->doc, e->name, entity);
        if (m->latin) index_name_words(ix, m->doc, m->latin, entity);
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
    char key[600];
    snprintf(key, sizeof key, "%c\t%s", (char)type, form);
    json_t *hit = json_object_get(ix->aliases, key);
    return hit ? entity_root(c, (long)json_integer_value(hit)) : -1;
}

/* A person mentioned by one word of a fuller name seen in the same
 * document; -1 when none or when two people share the word. */
static long find_by_name_word(const chr_corpus *c, const link_index *ix, int doc, const char *word)
{
    char key[600];
    snprintf(key, sizeof key, "%d\t%s", doc, word);
    json_t *hit = json_object_get(ix->name_words, key);
    if (!hit || json_integer_value(hit) < 0) return -1;
    return entity_root(c, (long)json_integer_value(hit));
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

/* Two person entities are spellings of one name when some pair of their
 * multi-word forms has phonetic keys within one edit (keys of at least 3
 * consonants), or their single-word forms match a fuller one exactly. */
static int same_person(const chr_entity *a, const chr_entity *b)
{
    for (size_t i = 0; i <= a->aliases.len; i++) {
        const char *x = i < a->aliases.len ? a->aliases.items[i] : a->name;
        for (size_t k = 0; k <= b->aliases.len; k++) {
            const char *y = k < b->aliases.len ? b->aliases.items[k] : b->name;
            int xw = strchr(x, ' ') != NULL, yw = strchr(y, ' ') != NULL;
            if (!xw || !yw) continue;
            char kx[256], ky[256];
            entity_key(x, kx, sizeof kx);
            entity_key(y, ky, sizeof ky);
            if (strlen(kx) >= 3 && strlen(ky) >= 3 && edit_distance_le1(kx, ky)) return 1;
        }
    }
    return 0;
}

static void merge_entities(chr_corpus *c, long keep, long drop)
{
    chr_entity *k = &c->entities.items[keep];
    chr_entity *d = &c->entities.items[drop];
    for (size_t i = 0; i < d->mentions.len; i++) {
        chr_vec_push(&k->mentions, d->mentions.items[i]);
        c->entity_mentions.items[d->mentions.items[i]].entity = keep;
    }
    for (size_t i = 0; i < d->aliases.len; i++) chr_strvec_add_unique(&k->aliases, d->aliases.items[i]);
    for (size_t i = 0; i < d->titles.len; i++) chr_strvec_add_unique(&k->titles, d->titles.items[i]);
    chr_strvec_add_unique(&k->aliases, d->name);
    /* the Latin form is the canonical name when any source gives it */
    if (has_hangul(k->name) && !has_hangul(d->name)) {
        free(k->name);
        k->name = chr_xstrdup(d->name);
    }
    chr_vec_free(&d->mentions);
    d->merged_into = (int)keep;
}

static int is_board_word(const chr_rules *rules, const char *s)
{
    return chr_rules_word(rules, "board", s) != NULL;
}

void chr_link_entities(const chr_rules *rules, const chr_entity_extractor *ex, chr_corpus *c)
{
    char surface[512];
    link_index ix = {json_object(), json_object()};
    /* pass 1: mentions that carry their own canonical name */
    for (int pass = 0; pass < 3; pass++) {
        for (size_t i = 0; i < c->entity_mentions.len; i++) {
            chr_entity_mention *m = &c->entity_mentions.items[i];
            if (m->entity >= 0) continue;
            const chr_doc *doc = c->docs.items[m->doc];
            size_t n = m->end - m->start < sizeof surface - 1 ? m->end - m->start : sizeof surface - 1;
            memcpy(surface, doc->text + m->start, n);
            surface[n] = '\0';
            chr_entity_type gtype;
            const char *canon = chr_entity_gazetteer_lookup(ex, surface, &gtype);
            if (!canon && m->latin) canon = chr_entity_gazetteer_lookup(ex, m->latin, &gtype);
            if (pass == 0) {
                if (is_board_word(rules, surface)) continue;
                if (!canon && !m->latin) continue;
                chr_entity_type type = canon ? gtype : m->type;
                const char *name = canon ? canon : m->latin;
                long e = find_by_alias(c, &ix, type, name);
                if (e < 0) e = new_entity(c, type, name);
                attach(c, &ix, i, e, surface);
            } else if (pass == 1) {
                if (is_board_word(rules, surface)) continue;
                /* only full names here; single words wait for pass 2 */
                if (m->type == CHR_ENT_PERSON && !strchr(surface, ' ')) continue;
                long e = find_by_alias(c, &ix, m->type, surface);
                if (e < 0) e = new_entity(c, m->type, surface);
                attach(c, &ix, i, e, surface);
            } else {
                if (is_board_word(rules, surface)) {
                    /* "이사회", "the board": the board of the nearest organisation before it */
                    const char *org = NULL;
                    for (size_t k = i; k-- > 0;) {
                        const chr_entity_mention *p = &c->entity_mentions.items[k];
                        if (p->doc != m->doc) break;
                        if (p->type == CHR_ENT_ORG && p->entity >= 0) {
                            const chr_entity *pe = &c->entities.items[entity_root(c, p->entity)];
                            if (!strstr(pe->name, " board")) {
                                org = pe->name;
                                break;
                            }
                        }
                    }
                    char name[600];
                    if (org) snprintf(name, sizeof name, "%s board", org);
                    else snprintf(name, sizeof name, "%s", surface);
                    long e = find_by_alias(c, &ix, CHR_ENT_ORG, name);
                    if (e < 0) e = new_entity(c, CHR_ENT_ORG, name);
                    attach(c, &ix, i, e, surface);
                    continue;
                }
                long e = m->type == CHR_ENT_PERSON ? find_by_name_word(c, &ix, m->doc, surface) : -1;
                if (e < 0) e = find_by_alias(c, &ix, m->type, surface);
                if (e < 0) e = new_entity(c, m->type, surface);
                attach(c, &ix, i, e, surface);
            }
        }
    }
    /* across spellings and languages */
    for (size_t a = 0; a < c->entities.len; a++) {
        if (c->entities.items[a].merged_into >= 0 || c->entities.items[a].type != CHR_ENT_PERSON) continue;
        for (size_t b = a + 1; b < c->entities.len; b++) {
            if (c->entities.items[b].merged_into >= 0 || c->entities.items[b].type != CHR_ENT_PERSON) continue;
            if (same_person(&c->entities.items[a], &c->entities.items[b])) merge_entities(c, (long)a, (long)b);
        }
    }
    /* single-word person entities left over: a word of exactly one fuller name */
    for (size_t a = 0; a < c->entities.len; a++) {
        chr_entity *e = &c->entities.items[a];
        if (e->merged_into >= 0 || e->type != CHR_ENT_PERSON || strchr(e->name, ' ')) continue;
        char key[256];
        entity_key(e->name, key, sizeof key);
        long target = -1;
        int ambiguous = 0;
        for (size_t b = 0; b < c->entities.len && !ambiguous; b++) {
            const chr_entity *f = &c->entities.items[b];
            if (b == a || f->merged_into >= 0 || f->type != CHR_ENT_PERSON) continue;
            for (size_t k = 0; k <= f->aliases.len; k++) {
                const char *form = k < f->aliases.len ? f->aliases.items[k] : f->name;
                const char *last = strrchr(form, ' ');
                if (!last) continue;
                char lk[256];
                entity_key(last + 1, lk, sizeof lk);
                if (strlen(key) >= 3 && edit_distance_le1(key, lk)) {
                    if (target >= 0 && target != (long)b) ambiguous = 1;
                    target = (long)b;
                    break;
                }
            }
        }
        if (target >= 0 && !ambiguous) merge_entities(c, target, (long)a);
    }
    json_decref(ix.aliases);
    json_decref(ix.name_words);
}

