/*
 * timeline.c - the timeline builder: ids, labels and chronological order.
 *
 * Pipeline position: after the resolver, before the exporters, which only
 * read what this stage leaves.
 */
#include "chr_timeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chr_resolver.h"

static void assign_ids(chr_corpus *c)
{
    for (size_t i = 0; i < c->timexes.len; i++) snprintf(c->timexes.items[i].id, sizeof c->timexes.items[i].id, "t%zu", i + 1);
    size_t persons = 0, orgs = 0;
    for (size_t i = 0; i < c->entities.len; i++) {
        chr_entity *e = &c->entities.items[i];
        if (e->merged_into >= 0 || e->mentions.len == 0) continue;
        if (e->type == CHR_ENT_PERSON) snprintf(e->id, sizeof e->id, "p%zu", ++persons);
        else snprintf(e->id, sizeof e->id, "o%zu", ++orgs);
    }
    size_t events = 0;
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped) snprintf(c->events.items[i].id, sizeof c->events.items[i].id, "e%zu", ++events);
    /* the resolver wrote internal indices as "#N" into bases */
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *e = &c->events.items[i];
        char *hash = strchr(e->basis, '#');
        if (!hash) continue;
        long n = strtol(hash + 1, NULL, 10);
        const char *rest = hash + 1;
        while (*rest >= '0' && *rest <= '9') rest++;
        char prefix[64], out[160];
        snprintf(prefix, sizeof prefix, "%.*s", (int)(hash - e->basis), e->basis);
        const char *id = "";
        /* "relative:t#N": counted from a day the text named (timex N) */
        int from_timex = strcmp(prefix, "relative:t") == 0;
        if (from_timex) prefix[strlen(prefix) - 1] = '\0';
        if ((from_timex || strncmp(prefix, "timex", 5) == 0) && n >= 0 && (size_t)n < c->timexes.len)
            id = c->timexes.items[n].id;
        else if (n >= 0 && (size_t)n < c->events.len) id = c->events.items[n].id;
        snprintf(out, sizeof out, "%s%s%s", prefix, id, rest);
        snprintf(e->basis, sizeof e->basis, "%.63s", out);
    }
}

/* ---- labels --------------------------------------------------------------------------- */

static int has_hangul(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        size_t used;
        uint32_t cp = chr_utf8_decode(s + i, len - i, &used);
        if (chr_is_hangul_syllable(cp)) return 1;
        i += used ? used : 1;
    }
    return 0;
}

static const char *display_name(const chr_entity *e, const char *lang)
{
    if (strcmp(lang, "ko") == 0 && !has_hangul(e->name)) {
        /* the longest Hangul alias reads best in a Korean label */
        const char *best = NULL;
        for (size_t i = 0; i < e->aliases.len; i++)
            if (has_hangul(e->aliases.items[i]) && (!best || strlen(e->aliases.items[i]) > strlen(best)))
                best = e->aliases.items[i];
        if (best) return best;
    }
    return e->name;
}

static const char *role_name(const chr_corpus *c, const chr_event *e, const char *role, const char *lang)
{
    for (size_t i = 0; i < e->participants.len; i++) {
        const chr_participant *p = &e->participants.items[i];
        if (strcmp(p->role, role) == 0) return display_name(&c->entities.items[p->entity], lang);
    }
    return "";
}

typedef CHR_VEC(const chr_rule_record *) record_vec;

/* The 'label' records of the rule set, in file order: looked up once per
 * event, so gathered once rather than found among every record each time. */
static void collect_labels(const chr_rules *rules, record_vec *out)
{
    for (size_t i = 0; i < chr_rules_count(rules); i++) {
        const chr_rule_record *rec = chr_rules_at(rules, i);
        if (strcmp(rec->fields[0], "label") == 0 && rec->nfields >= 4) chr_vec_push(out, rec);
    }
}

static const char *find_template(const record_vec *labels, const char *type, const char *lang)
{
    const char *fallback = NULL;
    for (size_t i = 0; i < labels->len; i++) {
        const chr_rule_record *rec = labels->items[i];
        if (strcmp(rec->fields[2], lang) != 0) continue;
        if (strcmp(rec->fields[1], type) == 0) return rec->fields[3];
        if (strcmp(rec->fields[1], "*") == 0 && !fallback) fallback = rec->fields[3];
    }
    return fallback;
}

/* Expands one template; [segments] with an empty placeholder vanish. */
static void expand_template(const char *tpl, const char *const *keys, const char *const *values, size_t n, chr_buf *out)
{
    chr_buf segment = {0};
    int in_segment = 0, segment_ok = 1;
    for (const char *p = tpl; *p; p++) {
        chr_buf *dst = in_segment ? &segment : out;
        if (*p == '[' && !in_segment) {
            in_segment = 1;
            segment_ok = 1;
            chr_buf_reset(&segment);
            continue;
        }
        if (*p == ']' && in_segment) {
            in_segment = 0;
            if (segment_ok) chr_buf_append(out, segment.data ? segment.data : "", segment.len);
            continue;
        }
        if (*p == '{') {
            const char *close = strchr(p, '}');
            if (close) {
                const char *value = NULL;
                for (size_t k = 0; k < n; k++)
                    if (strlen(keys[k]) == (size_t)(close - p - 1) && strncmp(keys[k], p + 1, (size_t)(close - p - 1)) == 0)
                        value = values[k];
                if (!value || !value[0]) segment_ok = 0;
                else chr_buf_puts(dst, value);
                p = close;
                continue;
            }
        }
        chr_buf_putc(dst, *p);
    }
    chr_buf_free(&segment);
}

/* A headline starts with a capital and not with a separator left by an
 * empty placeholder (", 소송" -> "소송", "calls X" -> "Calls X"). */
static void tidy_label(chr_buf *label)
{
    size_t skip = 0;
    while (skip < label->len && (label->data[skip] == ' ' || label->data[skip] == ',' || label->data[skip] == ':'))
        skip++;
    if (skip) {
        memmove(label->data, label->data + skip, label->len - skip + 1);
        label->len -= skip;
    }
    if (label->len && label->data[0] >= 'a' && label->data[0] <= 'z') label->data[0] = (char)(label->data[0] - 32);
}

static void write_labels(const chr_rules *rules, chr_corpus *c, const char *label_lang)
{
    record_vec labels = {0};
    collect_labels(rules, &labels);
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *e = &c->events.items[i];
        const char *lang = label_lang;
        if (e->mentions.len == 0) continue; /* folded into another event by the resolver */
        if (!lang) {
            const chr_doc *doc = c->docs.items[c->event_mentions.items[e->mentions.items[0]].doc];
            lang = doc->lang == CHR_LANG_KO ? "ko" : "en";
        }
        const char *tpl = find_template(&labels, e->type, lang);
        char amount[96] = "";
        if (e->amount.present) {
            if (e->amount.text) chr_copy_str(amount, sizeof amount, e->amount.text);
            else snprintf(amount, sizeof amount, "%.0f %s", e->amount.value, e->amount.currency);
        }
        const char *keys[] = {"subject", "agent", "organization", "counterparty", "amount", "type"};
        const char *values[] = {role_name(c, e, "subject", lang), role_name(c, e, "agent", lang),
                                role_name(c, e, "organization", lang), role_name(c, e, "counterparty", lang), amount,
                                e->type};
        chr_buf out = {0};
        if (tpl) expand_template(tpl, keys, values, 6, &out);
        if (out.len == 0) chr_buf_puts(&out, e->type);
        tidy_label(&out);
        free(e->label);
        e->label = chr_buf_take(&out);
    }
    chr_vec_free(&labels);
}

/* ---- order ------------------------------------------------------------------------------- */

typedef struct {
    size_t event;
    int group;        /* 0 dated, 1 dated without a year, 2 undated */
    long from, to;    /* day numbers or month*100+day */
    int side;         /* -1 just before, +1 just after the slot from..to (an
                         undated event placed by a textual cue) */
    size_t doc;
    size_t position;  /* first mention */
} order_key;

/* An ordering cue: 'after' (+1) or 'before' (-1); 'post' when it follows
 * the event it relates to ("해임 이후": Korean postpositions), else it
 * precedes it ("after the ouster"). From 'word order_cue SURFACE KIND'. */
typedef struct {
    const char *word;
    size_t len;
    int direction;
    int post;
} order_cue;

typedef CHR_VEC(order_cue) cue_vec;

static void collect_cue(const chr_rule_record *rec, void *ctx)
{
    cue_vec *cues = ctx;
    if (rec->nfields < 4) return;
    const char *kind = rec->fields[3];
    order_cue q = {.word = rec->fields[2], .len = strlen(rec->fields[2])};
    q.direction = strncmp(kind, "after", 5) == 0 ? 1 : strncmp(kind, "before", 6) == 0 ? -1 : 0;
    q.post = strstr(kind, "_post") != NULL;
    if (q.direction && q.len) chr_vec_push(cues, q);
}

static int is_latin_alnum(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

/* The first cue in text[from, to) (Latin cues as whole words), or NULL. */
static const order_cue *cue_between(const cue_vec *cues, const char *text, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        for (size_t k = 0; k < cues->len; k++) {
            const order_cue *q = &cues->items[k];
            if (i + q->len > to || memcmp(text + i, q->word, q->len) != 0) continue;
            if (is_latin_alnum(q->word[0]) &&
                ((i > from && is_latin_alnum(text[i - 1])) || (i + q->len < to && is_latin_alnum(text[i + q->len]))))
                continue;
            return q;
        }
    return NULL;
}

/*
 * Places an undated event next to a dated one when a sentence relates them
 * with a cue ("해임 이후 반발이 이어졌다", "staff protested after the board
 * fired him"): sets key 'u' to just after (or before) the dated event's slot.
 * 'slot_of' maps an event index to its key (or -1).
 */
static void place_by_cue(const chr_corpus *c, const cue_vec *cues, order_key *keys, const long *slot_of, order_key *u)
{
    const chr_event *e = &c->events.items[u->event];
    for (size_t mi = 0; mi < e->mentions.len; mi++) {
        size_t ui = e->mentions.items[mi];
        const chr_event_mention *mu = &c->event_mentions.items[ui];
        /* the other mentions of the sentence are its neighbours */
        size_t lo = ui, hi = ui + 1;
        while (lo > 0 && c->event_mentions.items[lo - 1].doc == mu->doc &&
               c->event_mentions.items[lo - 1].sentence == mu->sentence)
            lo--;
        while (hi < c->event_mentions.len && c->event_mentions.items[hi].doc == mu->doc &&
               c->event_mentions.items[hi].sentence == mu->sentence)
            hi++;
        for (size_t k = lo; k < hi; k++) {
            const chr_event_mention *md = &c->event_mentions.items[k];
            if (k == ui || md->event < 0 || (size_t)md->event == u->event) continue;
            long slot = slot_of[md->event];
            if (slot < 0 || keys[slot].group == 2 || keys[slot].side != 0) continue;
            const chr_event_mention *first = k < ui ? md : mu, *second = k < ui ? mu : md;
            if (first->end > second->start) continue;
            const order_cue *q = cue_between(cues, chr_doc_span(c->docs.items[mu->doc], first->end, second->start), 0,
                                             second->start - first->end);
            if (!q) continue;
            /* the cue attaches to the event it relates to: the one before
             * it for a postposition, after it for a preposition */
            const chr_event_mention *ref = q->post ? first : second;
            if (ref != md) continue;
            u->group = keys[slot].group;
            u->from = keys[slot].from;
            u->to = keys[slot].to;
            u->side = q->direction;
            return;
        }
    }
}

static int key_compare(const void *a, const void *b)
{
    const order_key *x = a, *y = b;
    if (x->group != y->group) return x->group < y->group ? -1 : 1;
    if (x->group < 2) {
        if (x->from != y->from) return x->from < y->from ? -1 : 1;
        if (x->to != y->to) return x->to < y->to ? -1 : 1;
        if (x->side != y->side) return x->side < y->side ? -1 : 1;
    }
    if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
    if (x->position != y->position) return x->position < y->position ? -1 : 1;
    return x->event < y->event ? -1 : x->event > y->event;
}

static int same_slot(const order_key *x, const order_key *y)
{
    return x->group == y->group && x->group < 2 && x->from == y->from && x->to == y->to && x->side == y->side;
}

static void order_events(const chr_rules *rules, chr_corpus *c)
{
    CHR_VEC(order_key) keys = {0};
    long *slot_of = chr_xmalloc((c->events.len ? c->events.len : 1) * sizeof *slot_of);
    for (size_t i = 0; i < c->events.len; i++) slot_of[i] = -1;
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *e = &c->events.items[i];
        e->rank = 0;
        if (e->dropped || e->modality == CHR_MOD_NEGATED || e->modality == CHR_MOD_POSSIBLE) continue;
        const chr_event_mention *first = &c->event_mentions.items[e->mentions.items[0]];
        order_key k = {.event = i, .group = 2, .doc = (size_t)first->doc, .position = first->start};
        chr_date f, l;
        if (e->value[0] && chr_value_bounds(e->value, &f, &l)) {
            if (f.year > 0) {
                k.group = 0;
                k.from = chr_date_to_days(f.year, f.month ? f.month : 1, f.day ? f.day : 1);
                int lm = l.month ? l.month : 12;
                k.to = chr_date_to_days(l.year, lm, l.day ? l.day : chr_days_in_month(l.year, lm));
            } else if (f.month > 0) {
                k.group = 1;
                k.from = f.month * 100 + f.day;
                k.to = l.month * 100 + (l.day ? l.day : 31);
            }
        }
        slot_of[i] = (long)keys.len;
        chr_vec_push(&keys, k);
    }
    cue_vec cues = {0};
    chr_rules_each_word(rules, "order_cue", collect_cue, &cues);
    if (cues.len)
        for (size_t i = 0; i < keys.len; i++)
            if (keys.items[i].group == 2) place_by_cue(c, &cues, keys.items, slot_of, &keys.items[i]);
    chr_vec_free(&cues);
    free(slot_of);
    if (keys.len) qsort(keys.items, keys.len, sizeof *keys.items, key_compare);
    long rank = 0;
    for (size_t i = 0; i < keys.len; i++) {
        if (i == 0 || !same_slot(&keys.items[i - 1], &keys.items[i])) rank++;
        c->events.items[keys.items[i].event].rank = rank;
        chr_vec_push(&c->timeline, keys.items[i].event);
    }
    chr_vec_free(&keys);
}

chr_status chr_timeline_build(const chr_rules *rules, chr_corpus *corpus, const char *label_lang, chr_error *err)
{
    (void)err;
    corpus->timeline.len = 0;
    assign_ids(corpus);
    write_labels(rules, corpus, label_lang);
    order_events(rules, corpus);
    return CHR_OK;
}
