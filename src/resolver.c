/*
 * resolver.c - the resolver stage: links entity mentions into entities,
 * merges event mentions into events and dates the events.
 *
 * Pipeline position: after every extractor has run on every document,
 * before the timeline builder. It is the only stage that looks across
 * documents, which is what makes a multi-source timeline one timeline.
 */
#include "chr_resolver.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chr_timex.h"

/* A participant's role is one of a few short words in a char[16]: compared
 * as one 8-byte block on the hot path of merging (sizeof "subject" == 8). */
#define ROLE_IS(role, word) (memcmp((role), word, sizeof word) == 0)

/* strcmp() == 0 for the inner loops: most strings there differ at once */
static int same_string(const char *a, const char *b)
{
    return a[0] == b[0] && strcmp(a, b) == 0;
}

/* ---- date values ---------------------------------------------------------------------- */

static int parse_digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

int chr_value_bounds(const char *value, chr_date *first, chr_date *last)
{
    int year = 0, month = 0, day = 0;
    if (!value || strlen(value) < 4) return 0;
    if (value[0] == 'P') return 0;
    if (memcmp(value, "XXXX", 4) != 0 && !parse_digits(value, 4, &year)) {
        /* a decade "199" */
        int decade;
        if (strlen(value) == 3 && parse_digits(value, 3, &decade)) {
            *first = (chr_date){decade * 10, 1, 1};
            *last = (chr_date){decade * 10 + 9, 12, 31};
            return 1;
        }
        return 0;
    }
    const char *p = value + 4;
    *first = (chr_date){year, 1, 1};
    *last = (chr_date){year, 12, 31};
    if (*p == '-' && p[1] == 'Q' && isdigit((unsigned char)p[2])) {
        int q = p[2] - '0';
        first->month = (q - 1) * 3 + 1;
        last->month = q * 3;
        last->day = chr_days_in_month(year, last->month);
        return 1;
    }
    if (*p == '-' && p[1] == 'H' && isdigit((unsigned char)p[2])) {
        int h = p[2] - '0';
        first->month = h == 2 ? 7 : 1;
        last->month = h == 2 ? 12 : 6;
        last->day = h == 2 ? 31 : 30;
        return 1;
    }
    if (*p == '-' && p[1] == 'W') {
        int week;
        if (year > 0 && parse_digits(p + 2, 2, &week)) {
            /* ISO week: the Monday of week 1 is the Monday on or before 4 January */
            long jan4 = chr_date_to_days(year, 1, 4);
            long monday = jan4 - chr_weekday(year, 1, 4) + (long)(week - 1) * 7;
            /* a weekend ("2023-W46-WE") is its Saturday and Sunday */
            if (strcmp(p + 4, "-WE") == 0) monday += 5;
            chr_date_from_days(monday, &first->year, &first->month, &first->day);
            chr_date_from_days(strcmp(p + 4, "-WE") == 0 ? monday + 1 : monday + 6, &last->year, &last->month, &last->day);
            return 1;
        }
        return year > 0;
    }
    if (*p == '-' && (parse_digits(p + 1, 2, &month) || memcmp(p + 1, "XX", 2) == 0)) {
        p += 3;
        first->month = month;
        last->month = month ? month : 12;
        last->day = month ? chr_days_in_month(year, month) : 31;
        if (!month) first->month = 0, last->month = 0;
        if (*p == '-' && parse_digits(p + 1, 2, &day)) {
            first->day = last->day = day;
            first->month = last->month = month;
        } else if (*p == '-' && memcmp(p + 1, "XX", 2) == 0 && !month) {
            first->day = last->day = 0;
        }
    }
    if (!year && !month) return 0;
    return 1;
}

static long date_key(const chr_date *d)
{
    return (long)d->year * 10000 + d->month * 100 + d->day;
}

int chr_values_compatible(const char *a, const char *b)
{
    if (!a[0] || !b[0]) return 1;
    chr_date af, al, bf, bl;
    if (!chr_value_bounds(a, &af, &al) || !chr_value_bounds(b, &bf, &bl)) return strcmp(a, b) == 0;
    if (af.year == 0 || bf.year == 0) {
        /* compare month and day only */
        if (af.month && bf.month && af.month != bf.month) return 0;
        if (af.day && bf.day && af.day != bf.day) return 0;
        return 1;
    }
    return date_key(&af) <= date_key(&bl) && date_key(&bf) <= date_key(&al);
}


/* ---- events ---------------------------------------------------------------------------------- */

typedef struct {
    char weak_to[32];
    int explicit_date; /* dated by a timex, not by a shift or context */
} event_state;

typedef CHR_VEC(event_state) state_vec;

static int has_subject_conflict(const chr_corpus *c, const chr_event *e, const chr_event_mention *m)
{
    /* the mention's side first: it is short, and without a subject there
     * is no conflict however long the event's list */
    int m_has = 0;
    for (size_t k = 0; k < m->participants.len && !m_has; k++)
        if (ROLE_IS(m->participants.items[k].role, "subject")) m_has = 1;
    if (!m_has) return 0;
    int e_has = 0;
    for (size_t i = 0; i < e->participants.len; i++) {
        const chr_participant *p = &e->participants.items[i];
        if (!ROLE_IS(p->role, "subject")) continue;
        e_has = 1;
        for (size_t k = 0; k < m->participants.len; k++) {
            const chr_participant *q = &m->participants.items[k];
            if (!ROLE_IS(q->role, "subject")) continue;
            if (chr_entity_root(c, q->entity) == chr_entity_root(c, p->entity)) return 0; /* shared */
        }
    }
    return e_has;
}

/* Is entity 'e' a company's board (the linker names one "<Company> board")? */
static int is_board_entity(const chr_corpus *c, long e)
{
    const char *name = c->entities.items[e].name;
    size_t n = name ? strlen(name) : 0;
    return n >= 5 && strcmp(name + n - 5, "board") == 0 && (n == 5 || name[n - 6] == ' ');
}

/* Without people on both sides, two mentions that each name organisations
 * must share one ("오픈AI 출시" is not "레인AI 판매"). */
static int has_org_conflict(const chr_corpus *c, const chr_event *e, const chr_event_mention *m)
{
    int e_org = 0, m_org = 0;
    for (size_t i = 0; i < e->participants.len; i++) {
        const chr_participant *p = &e->participants.items[i];
        if (c->entities.items[p->entity].type != CHR_ENT_ORG || ROLE_IS(p->role, "agent")) continue;
        e_org = 1;
        for (size_t k = 0; k < m->participants.len; k++)
            if (chr_entity_root(c, m->participants.items[k].entity) == chr_entity_root(c, p->entity)) return 0;
    }
    for (size_t k = 0; k < m->participants.len; k++) {
        const chr_participant *q = &m->participants.items[k];
        if (c->entities.items[q->entity].type == CHR_ENT_ORG && !ROLE_IS(q->role, "agent")) m_org = 1;
    }
    return e_org && m_org;
}

/* Do two names share six bytes in a row (two Hangul syllables, a Latin
 * word's stem): "경찰" and "부산경찰청" name the same police? */
static int names_overlap(const char *a, const char *b)
{
    if (!a || !b) return 0;
    size_t la = strlen(a), lb = strlen(b);
    if (la > lb) {
        const char *t = a;
        a = b, b = t;
        size_t n = la;
        la = lb, lb = n;
    }
    if (la < 6) return la > 0 && chr_memmem(b, lb, a, la) != NULL;
    for (size_t i = 0; i + 6 <= la; i++)
        if (chr_memmem(b, lb, a + i, 6)) return 1;
    return 0;
}

/* Do the event and the mention each name an acting body (a regulator, a
 * court, prosecutors), and none the same? Two authorities' inquiries are two
 * events ("Ofwat's investigation … the Environment Agency's criminal
 * investigation into the same spills"); names that overlap are one body
 * told two ways ("경찰", "부산경찰청"). */
static int has_agent_conflict(const chr_corpus *c, const chr_event *e, const chr_event_mention *m)
{
    int e_agent = 0, m_agent = 0;
    for (size_t i = 0; i < e->participants.len; i++) {
        const chr_participant *p = &e->participants.items[i];
        if (c->entities.items[p->entity].type != CHR_ENT_ORG || !ROLE_IS(p->role, "agent") ||
            is_board_entity(c, p->entity))
            continue;
        e_agent = 1;
        for (size_t k = 0; k < m->participants.len; k++) {
            long q = chr_entity_root(c, m->participants.items[k].entity);
            if (q == chr_entity_root(c, p->entity)) return 0;
            if (c->entities.items[q].type == CHR_ENT_ORG &&
                names_overlap(c->entities.items[q].name, c->entities.items[chr_entity_root(c, p->entity)].name))
                return 0;
        }
    }
    for (size_t k = 0; k < m->participants.len; k++) {
        const chr_participant *q = &m->participants.items[k];
        if (c->entities.items[q->entity].type == CHR_ENT_ORG && ROLE_IS(q->role, "agent") &&
            !is_board_entity(c, q->entity))
            m_agent = 1;
    }
    return e_agent && m_agent;
}

static int has_person_subject(const chr_corpus *c, const chr_participant *items, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ROLE_IS(items[i].role, "subject") && c->entities.items[items[i].entity].type == CHR_ENT_PERSON) return 1;
    return 0;
}

static int shares_participant(const chr_corpus *c, const chr_event *e, const chr_event_mention *m)
{
    for (size_t i = 0; i < e->participants.len; i++)
        for (size_t k = 0; k < m->participants.len; k++)
            if (chr_entity_root(c, e->participants.items[i].entity) == chr_entity_root(c, m->participants.items[k].entity))
                return 1;
    return 0;
}

/* Do 'a' and 'b' share a participant, or has 'a' none? */
static int events_share_participant(const chr_event *a, const chr_event *b)
{
    if (a->participants.len == 0) return 1;
    for (size_t i = 0; i < a->participants.len; i++)
        for (size_t k = 0; k < b->participants.len; k++)
            if (a->participants.items[i].entity == b->participants.items[k].entity) return 1;
    return 0;
}

/* Do 'e' and 'm' name the same person as subject? */
static int shares_person_subject(const chr_corpus *c, const chr_event *e, const chr_event_mention *m)
{
    for (size_t i = 0; i < e->participants.len; i++) {
        const chr_participant *p = &e->participants.items[i];
        if (!ROLE_IS(p->role, "subject") || c->entities.items[p->entity].type != CHR_ENT_PERSON) continue;
        for (size_t k = 0; k < m->participants.len; k++) {
            const chr_participant *q = &m->participants.items[k];
            if (ROLE_IS(q->role, "subject") && chr_entity_root(c, q->entity) == chr_entity_root(c, p->entity)) return 1;
        }
    }
    return 0;
}

static const char *mention_value(const chr_corpus *c, const chr_event_mention *m)
{
    if (m->value[0]) return m->value;
    return m->timex >= 0 ? c->timexes.items[m->timex].value : "";
}

static void add_event_participants(const chr_corpus *c, chr_event *e, const chr_event_mention *m)
{
    for (size_t k = 0; k < m->participants.len; k++) {
        chr_participant p = m->participants.items[k];
        p.entity = chr_entity_root(c, p.entity);
        int dup = 0;
        for (size_t i = 0; i < e->participants.len; i++)
            if (e->participants.items[i].entity == p.entity) dup = 1;
        if (!dup) chr_vec_push(&e->participants, p);
    }
}

/* Copies a TIMEX3 date value; a time of day is kept ("2023-11-18TMO"). */
static void set_event_date(chr_event *e, const char *value, const char *basis)
{
    char copy[sizeof e->value];
    chr_copy_str(copy, sizeof copy, value);
    memcpy(e->value, copy, sizeof copy);
    snprintf(e->basis, sizeof e->basis, "%.63s", basis);
}

typedef CHR_VEC(size_t) index_vec;

/* The events of one event type under one key (a document or an entity). */
typedef struct {
    int type;
    index_vec events;
} type_bucket;

typedef CHR_VEC(type_bucket) bucket_vec;

/* How many of a bucket's most recent events a mention looks at: merging
 * cost stays bounded when one company has thousands of deals. */
#define MERGE_SCAN_LIMIT 512

static index_vec *bucket_get(bucket_vec *b, int type, int create)
{
    for (size_t i = 0; i < b->len; i++)
        if (b->items[i].type == type) return &b->items[i].events;
    if (!create) return NULL;
    type_bucket nb = {.type = type};
    chr_vec_push(b, nb);
    return &b->items[b->len - 1].events;
}

static void buckets_free(bucket_vec *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < b[i].len; k++) chr_vec_free(&b[i].items[k].events);
        chr_vec_free(&b[i]);
    }
    free(b);
}

static int shift_value(const char *base, const chr_timex *d, char *out, size_t size);

/*
 * Interned strings (event types, date values): equal strings get equal
 * small ids, so the candidate loop of merging compares numbers. A date
 * value is parsed once, here, instead of once per candidate pair.
 */
typedef struct {
    char *s;
    int ok;            /* chr_value_bounds() succeeded */
    chr_date first, last;
} interned;

typedef struct {
    CHR_VEC(interned) items;
    int *slots; /* open addressing: id + 1, 0 empty */
    size_t nslots;
} interner;

static uint64_t str_hash(const char *s)
{
    uint64_t h = UINT64_C(1469598103934665603);
    for (; *s; s++) h = (h ^ (unsigned char)*s) * UINT64_C(1099511628211);
    return h;
}

static void interner_grow(interner *in)
{
    size_t n = in->nslots ? in->nslots * 2 : 256;
    free(in->slots);
    in->slots = chr_xcalloc(n, sizeof *in->slots);
    in->nslots = n;
    for (size_t i = 0; i < in->items.len; i++) {
        size_t k = (size_t)str_hash(in->items.items[i].s) & (n - 1);
        while (in->slots[k]) k = (k + 1) & (n - 1);
        in->slots[k] = (int)i + 1;
    }
}

/* The id of 's' (-1 for ""), added when new. */
static int intern(interner *in, const char *s)
{
    if (!s[0]) return -1;
    if (2 * (in->items.len + 1) > in->nslots) interner_grow(in);
    size_t k = (size_t)str_hash(s) & (in->nslots - 1);
    for (; in->slots[k]; k = (k + 1) & (in->nslots - 1)) {
        int id = in->slots[k] - 1;
        if (same_string(in->items.items[id].s, s)) return id;
    }
    interned it = {.s = chr_xstrdup(s)};
    it.ok = chr_value_bounds(s, &it.first, &it.last);
    chr_vec_push(&in->items, it);
    in->slots[k] = (int)in->items.len;
    return (int)in->items.len - 1;
}

static void interner_free(interner *in)
{
    for (size_t i = 0; i < in->items.len; i++) free(in->items.items[i].s);
    chr_vec_free(&in->items);
    free(in->slots);
}

/* chr_values_compatible() of two interned values (-1: ""). */
static int ids_compatible(const interner *in, int a, int b)
{
    if (a < 0 || b < 0) return 1;
    const interned *x = &in->items.items[a], *y = &in->items.items[b];
    if (!x->ok || !y->ok) return a == b;
    if (x->first.year == 0 || y->first.year == 0) {
        if (x->first.month && y->first.month && x->first.month != y->first.month) return 0;
        if (x->first.day && y->first.day && x->first.day != y->first.day) return 0;
        return 1;
    }
    return date_key(&x->first) <= date_key(&y->last) && date_key(&y->first) <= date_key(&x->last);
}

/* What the candidate loop of merging reads of an event, kept apart from
 * the large chr_event records so that a scan over hundreds of candidates
 * touches one small array. In step with the event's fields. */
typedef struct {
    size_t stamp;        /* the last mention that looked at it, +1 */
    int type, weak;      /* interned type and its state's weak_to (-1: none) */
    int first_doc;       /* the document of its first mention */
    int last_doc;        /* the document it was last indexed under */
    int value;           /* interned ev->value (-1: "") */
    int shifted;         /* a verb of it is dated by a length from another time */
    int report_only;     /* dated only by the days its news came out (report_dated) */
    int ordinal;         /* the number its mentions give it in a series (0: none) */
    int stage;           /* the step of a process its mentions name (0: none) */
    int office_dated;    /* a done appointment dated only by a plan to take office */
    chr_modality modality;
} event_hot;

/* Indexes event 'e' under 'key' for its type and its ambiguous type. */
static void index_event(bucket_vec *key, size_t e, int type, int weak)
{
    if (type >= 0) chr_vec_push(bucket_get(key, type, 1), e);
    if (weak >= 0 && weak != type) chr_vec_push(bucket_get(key, weak, 1), e);
}

/* Does a verb (a mention that is no noun) tell event 'e'? */
static int told_by_verb(const chr_corpus *c, const chr_event *e)
{
    for (size_t k = 0; k < e->mentions.len; k++)
        if (!c->event_mentions.items[e->mentions.items[k]].nominal) return 1;
    return 0;
}

/* Is 'e' told by a verb dated by a length from another time ("two days
 * later") in a sentence where no mention of 'other' is ("사의를 전달하고 취임 3년 만에 내려왔다" tells both in one)? */
static int shifted_verb_apart(const chr_corpus *c, const chr_event *e, const chr_event *other)
{
    for (size_t k = 0; k < e->mentions.len; k++) {
        const chr_event_mention *m = &c->event_mentions.items[e->mentions.items[k]];
        if (m->shift_timex < 0 || m->counted_back || (m->nominal && !m->light_verb)) continue;
        int together = 0;
        for (size_t q = 0; q < other->mentions.len && !together; q++) {
            const chr_event_mention *o = &c->event_mentions.items[other->mentions.items[q]];
            together = o->doc == m->doc && o->sentence == m->sentence;
        }
        if (!together) return 1;
    }
    return 0;
}

static int is_factual(chr_modality m);

/* Does the date 'v' of mention 'm' start after its article's date? */
static int planned_after_dct(const chr_corpus *c, const chr_event_mention *m, const interned *v)
{
    if (!v->ok || m->doc < 0 || (size_t)m->doc >= c->docs.len) return 0;
    const chr_dct *dct = &c->docs.items[m->doc]->dct;
    if (!dct->present) return 0;
    chr_date d = {.year = dct->year, .month = dct->month, .day = dct->day};
    return date_key(&v->first) > date_key(&d);
}

/* Is mention 'm' told by a word of class takes_office ("취임"): its day is
 * when an appointment told without one takes hold? */
static int takes_office(const chr_rules *rules, const chr_corpus *c, const chr_event_mention *m)
{
    if (m->doc < 0 || (size_t)m->doc >= c->docs.len || m->end <= m->start || m->end - m->start >= 64) return 0;
    const char *span = chr_doc_span(c->docs.items[m->doc], m->start, m->end);
    if (!span) return 0;
    char word[64];
    memcpy(word, span, m->end - m->start);
    word[m->end - m->start] = '\0';
    return chr_rules_word(rules, "takes_office", word) != NULL;
}

/* Does the date 'v' of mention 'm' end half a year or more before its
 * article's date? */
static int value_long_before_dct(const chr_corpus *c, int doc, const char *value);

static int long_before_dct(const chr_corpus *c, const chr_event_mention *m, const interned *v)
{
    return v->ok && value_long_before_dct(c, m->doc, v->s);
}

static int own_clause_time(const chr_corpus *c, const chr_event_mention *m);

/* Does date value 'value' end half a year or more before the date of
 * article 'doc'? */
static int value_long_before_dct(const chr_corpus *c, int doc, const char *value)
{
    chr_date first, last;
    if (doc < 0 || (size_t)doc >= c->docs.len || !chr_value_bounds(value, &first, &last) || last.year <= 0) return 0;
    const chr_dct *dct = &c->docs.items[doc]->dct;
    if (!dct->present) return 0;
    long end = chr_date_to_days(last.year, last.month ? last.month : 12, last.day ? last.day : 28);
    return chr_date_to_days(dct->year, dct->month, dct->day) - end >= 180;
}

/* Is every mention of 'e' a relative clause's verb with a time of its own? */
static int only_relative_verbs(const chr_corpus *c, const chr_event *e)
{
    for (size_t k = 0; k < e->mentions.len; k++) {
        const chr_event_mention *m = &c->event_mentions.items[e->mentions.items[k]];
        if (!m->relative_verb || !own_clause_time(c, m)) return 0;
    }
    return e->mentions.len > 0;
}

/* Is the time of mention 'm' after its trigger, in the clause the trigger
 * opens ("who joined Tollbridge in 2019"), not the time of a clause around
 * it ("ruled on Monday that … directors who had ousted him")? */
static int own_clause_time(const chr_corpus *c, const chr_event_mention *m)
{
    return m->timex >= 0 && (size_t)m->timex < c->timexes.len && c->timexes.items[m->timex].start >= m->end;
}

/* Do the interned days 'a' and 'b' (one of them the day news came out)
 * lie within a month of each other? A mention to be dated by a length
 * ('shifted', no day yet) counts as near. */
static int near_report_day(const interner *values, int a, int b, int shifted)
{
    if (a < 0 || b < 0) return shifted && (a >= 0 || b >= 0);
    const interned *x = &values->items.items[a], *y = &values->items.items[b];
    if (!x->ok || !y->ok) return 0;
    long gap = chr_date_to_days(x->first.year, x->first.month ? x->first.month : 1, x->first.day ? x->first.day : 1) -
               chr_date_to_days(y->first.year, y->first.month ? y->first.month : 1, y->first.day ? y->first.day : 1);
    if (gap < 0) gap = -gap;
    return gap <= 31;
}

/*
 * Merges every event mention into an event. A mention can only join an
 * event of its type (or ambiguous type) that is in its own document or
 * shares a participant, so the candidates come from two indexes (events
 * by document and type, events by entity and type) instead of a scan of
 * every event: the cost grows with the events a mention could join, not
 * with the corpus. Among equally good candidates the latest event wins.
 */
/* Is event 'e' dated by its relation to mention 'target' ("the same day as
 * the chairman's exit"; only by a length before or after it when
 * 'by_length_only')? */
static int counts_from_mention(const chr_corpus *c, const chr_event *e, size_t target, int by_length_only)
{
    for (size_t k = 0; k < e->mentions.len; k++) {
        const chr_event_mention *q = &c->event_mentions.items[e->mentions.items[k]];
        if (by_length_only && q->relation != 1 && q->relation != -1) continue;
        if (q->relation && q->after_mention == (long)target) return 1;
    }
    return 0;
}

/* Do the spans of values 'x' and 'y' lie two months or more apart? */
static int values_months_apart(const char *x, const char *y)
{
    chr_date xf, xl, yf, yl;
    if (!chr_value_bounds(x, &xf, &xl) || !chr_value_bounds(y, &yf, &yl) || xf.year <= 0 || yf.year <= 0) return 0;
    long x0 = chr_date_to_days(xf.year, xf.month ? xf.month : 1, xf.day ? xf.day : 1);
    long x1 = chr_date_to_days(xl.year, xl.month ? xl.month : 12, xl.day ? xl.day : 28);
    long y0 = chr_date_to_days(yf.year, yf.month ? yf.month : 1, yf.day ? yf.day : 1);
    long y1 = chr_date_to_days(yl.year, yl.month ? yl.month : 12, yl.day ? yl.day : 28);
    return y0 - x1 >= 60 || x0 - y1 >= 60;
}

/* Has event 'e' a mention in the sentence of 'm' (counted back by a
 * length) that ends before the length? */
static int told_before_length(const chr_corpus *c, const chr_event *e, const chr_event_mention *m)
{
    if (m->shift_timex < 0 || (size_t)m->shift_timex >= c->timexes.len) return 0;
    const chr_timex *length = &c->timexes.items[m->shift_timex];
    if (length->type != CHR_TX_DURATION) return 0;
    for (size_t k = 0; k < e->mentions.len; k++) {
        const chr_event_mention *o = &c->event_mentions.items[e->mentions.items[k]];
        if (o->doc == m->doc && o->sentence == m->sentence && o->end <= length->start) return 1;
    }
    return 0;
}

/* Is mention 'q' one of event 'e', or (a noun not merged yet) in a
 * sentence that tells 'e' ("announced a voluntary recall": the recall is
 * the announcement's)? */
static int told_with_mention(const chr_corpus *c, const chr_event *e, const chr_event_mention *q)
{
    for (size_t k = 0; k < e->mentions.len; k++) {
        const chr_event_mention *o = &c->event_mentions.items[e->mentions.items[k]];
        if (o == q || (q->event < 0 && o->doc == q->doc && o->sentence == q->sentence && !strcmp(o->type, q->type)))
            return 1;
    }
    return 0;
}

/* Is event 'e' told by a verb dated the day of another event, with no
 * time of its own ("사고 직후 … 명령을 내렸다"), when that event's day is not
 * the day 'value' names? */
static int counted_from_event(const chr_corpus *c, const chr_event *e, const char *value)
{
    for (size_t k = 0; k < e->mentions.len; k++) {
        const chr_event_mention *o = &c->event_mentions.items[e->mentions.items[k]];
        if (o->nominal || o->timex >= 0 || o->relation != 2 || o->after_mention < 0 ||
            (size_t)o->after_mention >= c->event_mentions.len)
            continue;
        long anchor = c->event_mentions.items[o->after_mention].event;
        if (anchor < 0 || (size_t)anchor >= c->events.len) continue;
        /* (a half year or a week holding the day is no other day) */
        const char *day = c->events.items[anchor].value;
        if (day[0] && value[0] && !chr_values_compatible(day, value)) return 1;
    }
    return 0;
}

/* Does event 'e' have a mention in the sentence of 'm', in another
 * clause, dated by a time of its own that is not m's? */
static int told_apart_in_sentence(const chr_corpus *c, const chr_event *e, const chr_event_mention *m)
{
    for (size_t k = 0; k < e->mentions.len; k++) {
        const chr_event_mention *o = &c->event_mentions.items[e->mentions.items[k]];
        if (o->doc == m->doc && o->sentence == m->sentence && o->clause_start != m->clause_start &&
            ((o->timex >= 0 && o->timex != m->timex) ||
             /* (or one counted by a length of its own: "기자회견 일주일 뒤부터
              * … 보이콧에 들어갔고, 같은 달 22일에는 … 집회가 열렸다") */
             (o->shift_timex >= 0 && m->timex >= 0 && m->shift_timex != o->shift_timex)))
            return 1;
    }
    return 0;
}

static void merge_events(const chr_rules *rules, const chr_corpus *c, state_vec *states)
{
    chr_corpus *corpus = (chr_corpus *)c;
    size_t ndocs = corpus->docs.len ? corpus->docs.len : 1, nents = corpus->entities.len ? corpus->entities.len : 1;
    bucket_vec *by_doc = chr_xcalloc(ndocs, sizeof *by_doc);
    bucket_vec *by_entity = chr_xcalloc(nents, sizeof *by_entity);
    interner types = {0}, values = {0};
    CHR_VEC(event_hot) hot = {0};
    /* which mentions a relation counts from: most are none, and asking
     * every candidate event's mentions would grow with the event's size */
    unsigned char *counted_from = chr_xcalloc(corpus->event_mentions.len ? corpus->event_mentions.len : 1, 1);
    for (size_t i = 0; i < corpus->event_mentions.len; i++) {
        const chr_event_mention *q = &corpus->event_mentions.items[i];
        if (q->relation && q->after_mention >= 0 && (size_t)q->after_mention < corpus->event_mentions.len)
            counted_from[q->after_mention] = 1;
    }
    /* participants now point at entities */
    for (size_t i = 0; i < corpus->event_mentions.len; i++) {
        chr_event_mention *m = &corpus->event_mentions.items[i];
        for (size_t k = 0; k < m->participants.len; k++) {
            long em = m->participants.items[k].entity;
            m->participants.items[k].entity = chr_entity_root(c, c->entity_mentions.items[em].entity);
        }
    }
    /* events are told by verbs; nouns and relative clauses refer back to
     * them ("the board that ousted him" in a lede before "was removed on
     * Friday"), so those merge after the rest (a Korean noun with its light
     * verb, "해임안을 의결했다", tells the event and keeps its place) */
    for (size_t step = 0; step < 2 * corpus->event_mentions.len; step++) {
        int nominal_pass = step >= corpus->event_mentions.len;
        size_t i = nominal_pass ? step - corpus->event_mentions.len : step;
        chr_event_mention *m = &corpus->event_mentions.items[i];
        if ((m->nominal == 2) != nominal_pass) continue;
        const char *value = mention_value(c, m);
        int vid = intern(&values, value);
        /* the day a mention counted from an event already dated would get
         * ("계약 이틀 뒤 공개서한을 내고"): no event dated otherwise is it
         * (its own date is set later, by date_by_shifts()) */
        int counted_vid = -1;
        if (vid < 0 && (m->relation == 1 || m->relation == 2) && m->after_mention >= 0 &&
            (size_t)m->after_mention < corpus->event_mentions.len) {
            long from_event = corpus->event_mentions.items[m->after_mention].event;
            /* (an event only nouns tell may have taken a wrong day: "해임을
             * 주도한 … 14일 물러났다") */
            if (from_event >= 0 && (size_t)from_event < hot.len && hot.items[from_event].value >= 0 &&
                told_by_verb(corpus, &corpus->events.items[from_event])) {
                const char *base = values.items.items[hot.items[from_event].value].s;
                char shifted[48];
                if (m->relation == 2) counted_vid = hot.items[from_event].value;
                else if (m->shift_timex >= 0 && (size_t)m->shift_timex < c->timexes.len &&
                         shift_value(base, &c->timexes.items[m->shift_timex], shifted, sizeof shifted))
                    counted_vid = intern(&values, shifted);
            }
        }
        long best = -1;
        int best_score = -1;
        int want[2] = {intern(&types, m->type), intern(&types, m->weak_to)};
        int m_person = has_person_subject(c, m->participants.items, m->participants.len);
        int person_event = m->nominal && chr_rules_word(rules, "person_event", m->type) != NULL;
        for (size_t src = 0; src <= m->participants.len; src++) {
            bucket_vec *key = NULL;
            if (src == 0) {
                if (m->doc >= 0 && (size_t)m->doc < ndocs) key = &by_doc[m->doc];
            } else {
                long ent = m->participants.items[src - 1].entity;
                if (ent >= 0 && (size_t)ent < nents) key = &by_entity[ent];
            }
            if (!key) continue;
            for (int w = 0; w < 2; w++) {
                if (want[w] < 0) continue;
                const index_vec *list = bucket_get(key, want[w], 0);
                if (!list) continue;
                size_t from = list->len > MERGE_SCAN_LIMIT ? list->len - MERGE_SCAN_LIMIT : 0;
                for (size_t li = list->len; li-- > from;) {
                    size_t e = list->items[li];
                    event_hot *h = &hot.items[e];
                    if (h->stamp == i + 1) continue;
                    h->stamp = i + 1;
                    int same_type = h->type == want[0];
                    int upgrade = want[1] >= 0 && h->type == want[1];
                    int absorbed = h->weak >= 0 && h->weak == want[0];
                    if (!same_type && !upgrade && !absorbed) continue;
                    if ((h->modality == CHR_MOD_NEGATED) != (m->modality == CHR_MOD_NEGATED)) continue;
                    /* a day or more after (or before) an event is not that
                     * event ("사고 당일 작업중지 명령을 내렸고, 이튿날 수사에
                     * 착수했다") */
                    if ((m->relation == 1 || m->relation == -1) && m->after_mention >= 0 &&
                        (size_t)m->after_mention < corpus->event_mentions.len &&
                        corpus->event_mentions.items[m->after_mention].event == (long)e)
                        continue;
                    /* "첫 서한" and "두 번째 공개서한" are two letters */
                    if (h->ordinal && m->ordinal && h->ordinal != m->ordinal) continue;
                    /* (a charge, its verdict and the appeal are three
                     * events: "charged him with fraud … acquitted him on
                     * June 11 … appealed the verdict") */
                    if (h->stage && m->stage && h->stage != m->stage) continue;
                    /* (a second one told with a day of its own is not the
                     * first told without a number: "2차 집회를 열겠다" on
                     * Saturday after the rally of the 27th) */
                    /* (nor the first dated by a length from another day,
                     * which the merge does not know yet: "닷새 뒤 경고 파업에
                     * 돌입했다 … 17일부터 2차 파업을 벌였다") */
                    if (m->ordinal >= 2 && h->ordinal != m->ordinal && vid >= 0 &&
                        (h->value >= 0 ? !ids_compatible(&values, h->value, vid) : h->shifted))
                        continue;
                    /* a threat or a demand ("그만두겠다는", "사퇴를 요구") is not
                     * the event that happened: possible stays apart */
                    if ((h->modality == CHR_MOD_POSSIBLE) != (m->modality == CHR_MOD_POSSIBLE)) continue;
                    int same_doc = h->first_doc == m->doc;
                    /* (a noun joins the event its word told before: "지난달
                     * 11일 압수수색했다 … 압수수색 나흘 뒤", not a later probe) */
                    int same_word = m->same_word > 0 && (size_t)m->same_word <= corpus->event_mentions.len &&
                                    corpus->event_mentions.items[m->same_word - 1].event == (long)e;
                    /* (a noun refers back: of two such events, the one told
                     * before it, "인수 두 달 뒤" after "지분을 사들이며", not a
                     * later deal) */
                    const chr_event *cand = &corpus->events.items[e];
                    int told_before = nominal_pass && same_doc && cand->mentions.len &&
                                      corpus->event_mentions.items[cand->mentions.items[0]].start < m->start;
                    /* (a noun counted from in days names an event told
                     * with its day: "압수수색 사흘 뒤" is the raid of the 9th,
                     * not an audit of last month) */
                    /* (or one a length of days dates later: "사흘 뒤 … 통지했다") */
                    int day_named = m->counted_in_days &&
                                    ((h->value >= 0 && values.items.items[h->value].ok &&
                                      date_key(&values.items.items[h->value].first) ==
                                          date_key(&values.items.items[h->value].last)) ||
                                     (h->value < 0 && h->shifted));
                    /* (a noun of a step names the event of that step: "A day
                     * after the indictment" is the charge, not a civil suit) */
                    int same_stage = m->stage && h->stage == m->stage;
                    int score = (same_doc ? 8 : 0) + (vid >= 0 && h->value == vid ? 4 : 0) + (same_type ? 2 : 0) +
                                2 * same_word + told_before + day_named + 2 * same_stage;
                    /* the checks below only reject: a candidate that could
                     * not beat the best so far needs none of them (the
                     * latest of equally good candidates wins) */
                    if (score < best_score || (score == best_score && (long)e < best)) continue;
                    chr_event *ev = &corpus->events.items[e];
                    /* a noun naming an event already told ("해임 열흘 만에")
                     * refers back to it whatever the date of its own clause,
                     * unless its light verb tells it there on another date
                     * ("2023년 5월 소송을 제기했다", after the 2026 ruling) */
                    int back_reference = m->nominal && h->value >= 0 &&
                                         !((m->light_verb || (m->relative_verb && own_clause_time(c, m))) && vid >= 0 &&
                                             !ids_compatible(&values, h->value, vid));
                    /* what was planned and then done, by the same person, is
                     * one event dated when it was done ("would return" on the
                     * 10th, "returned" on the 14th) */
                    int plan_done = (h->modality == CHR_MOD_PLANNED) != (m->modality == CHR_MOD_PLANNED) &&
                                    h->modality != CHR_MOD_NEGATED && h->modality != CHR_MOD_POSSIBLE &&
                                    m->modality != CHR_MOD_NEGATED && m->modality != CHR_MOD_POSSIBLE &&
                                    shares_person_subject(c, ev, m);
                    /* (not when what was done ended before the plan's day:
                     * "appointed CEO effective April 15" is not "joined
                     * Caremark in 2020") */
                    if (plan_done && h->value >= 0 && vid >= 0) {
                        const interned *planned = &values.items.items[h->modality == CHR_MOD_PLANNED ? h->value : vid];
                        const interned *done = &values.items.items[h->modality == CHR_MOD_PLANNED ? vid : h->value];
                        if (planned->ok && done->ok &&
                            date_key(&done->last) < date_key(&planned->first))
                            plan_done = 0;
                    }
                    /* the day the news came out ("has pushed out Arkwright,
                     * the drugmaker said on Wednesday") and the day the story
                     * tells ("Directors voted late on Tuesday to remove
                     * Arkwright") are one event of one person */
                    /* (of one person, or where one of the two names none: a
                     * lead's "parted ways with its founder") */
                    /* (not a plan with what was done: "선임했다고 7일 밝혔다.
                     * … 오는 14일 공식 취임한다" are the naming and the taking
                     * of office) */
                    int report_join = (m->report_dated || h->report_only) && same_doc && same_type &&
                                      (h->modality == CHR_MOD_PLANNED) == (m->modality == CHR_MOD_PLANNED) &&
                                      (shares_person_subject(c, ev, m) ||
                                       ((!m_person || !has_person_subject(c, ev->participants.items, ev->participants.len)) &&
                                        near_report_day(&values, h->value, vid, m->shift_timex >= 0)));
                    if (!back_reference && !plan_done && !report_join && !ids_compatible(&values, h->value, vid))
                        continue;
                    if (counted_vid >= 0 && h->value >= 0 && !(m->nominal && !m->light_verb) && !plan_done &&
                        !ids_compatible(&values, h->value, counted_vid))
                        continue;
                    /* what is to happen joins what happened only through the
                     * same person ("이사진은 물러난다" is not "사표를 던졌다") */
                    int e_person = has_person_subject(c, ev->participants.items, ev->participants.len);
                    /* (nor does a plan its own verb dates after the article
                     * join what was done and told with no day: "라이더들의
                     * 반발도 여전합니다 … 오는 28일 집회를 열겠다고 예고했다") */
                    if (!plan_done && h->value < 0 && vid >= 0 && is_factual(h->modality) &&
                        m->modality == CHR_MOD_PLANNED && planned_after_dct(corpus, m, &values.items.items[vid]))
                        continue;
                    /* (nor the other way, a bare noun told as done with no
                     * day of its own) */
                    if (!plan_done && h->value >= 0 && vid < 0 && h->modality == CHR_MOD_PLANNED &&
                        is_factual(m->modality) && m->nominal && !m->light_verb && !m_person &&
                        planned_after_dct(corpus, m, &values.items.items[h->value]))
                        continue;
                    if (!plan_done && !m->nominal &&
                        (h->modality == CHR_MOD_PLANNED) != (m->modality == CHR_MOD_PLANNED) && e_person != m_person)
                        continue;
                    /* a verb dated by a length from another time ("became CEO
                     * two years later") is not the event already dated */
                    /* (a verb the clause's noun stands for as well: "A week
                     * later the FCA confirmed it had opened an
                     * investigation" is not the arrest of February 26) */
                    if (m->shift_timex >= 0 && !m->counted_back &&
                        (!m->nominal || (m->nominal == 2 && !m->relation &&
                                         c->timexes.items[m->shift_timex].type == CHR_TX_DURATION)) &&
                        h->value >= 0 && same_doc && !(report_join && h->report_only))
                        continue;
                    /* (nor, the other way, is a verb with a date of its own
                     * the one dated later by such a length: "사고 이틀 뒤
                     * 특별감독에 착수했다 ... 지난 3일 압수수색했다") */
                    if (h->shifted && h->value < 0 && vid >= 0 && !m->nominal && same_doc) continue;
                    /* (nor one counted from another event, still undated:
                     * "사고 직후 작업중지 명령을 내렸다 … 지난 4일 작업중지
                     * 명령을 해제했다") */
                    if (h->value < 0 && vid >= 0 && !m->nominal && same_doc &&
                        counted_from_event(c, ev, mention_value(c, m)))
                        continue;
                    /* a relative clause with a time long past tells the
                     * background of an undated verb's news, not its date:
                     * "handed the reins to Dandekar, who joined Quorvant in
                     * 2020" (a recent one dates it: "succeeds Markey, who
                     * resigned Tuesday") */
                    if (m->relative_verb && same_doc && h->value < 0 && vid >= 0 && own_clause_time(c, m) &&
                        told_by_verb(corpus, ev) && long_before_dct(c, m, &values.items.items[vid]))
                        continue;
                    if (vid < 0 && !m->nominal && same_doc && h->value >= 0 && only_relative_verbs(c, ev) &&
                        long_before_dct(c, m, &values.items.items[h->value]))
                        continue;
                    /* (nor is a noun the event is counted from that event
                     * itself: "was shown the door on the same day as the
                     * chairman's exit") */
                    /* (nor a verb an event is counted from by a length:
                     * "raided the headquarters 16 days after the ministry
                     * launched its probe") */
                    if (counted_from[i] && counts_from_mention(c, ev, i, !m->nominal)) continue;
                    /* (nor is an event a length after (or before) one of
                     * its mentions that event: "Two weeks after that first
                     * announcement, the company widened the recall") */
                    if ((m->relation == 1 || m->relation == -1) && m->after_mention >= 0 &&
                        (size_t)m->after_mention < corpus->event_mentions.len &&
                        told_with_mention(corpus, ev, &corpus->event_mentions.items[m->after_mention]) &&
                        m->shift_timex >= 0 &&
                        (size_t)m->shift_timex < corpus->timexes.len &&
                        corpus->timexes.items[m->shift_timex].type == CHR_TX_DURATION)
                        continue;
                    if (has_subject_conflict(c, ev, m)) continue;
                    /* (nor is an event counted back from its sentence's day
                     * one told before the length there: "ordered a recall on
                     * March 17, six days after it opened an inspection") */
                    if (m->counted_back && told_before_length(c, ev, m)) continue;
                    /* (a noun naming a person's event (word class
                     * person_event), with no person of its own, takes its
                     * sentence's company from the verb it sits by: "퇴사
                     * 일주일 뒤 … 노을랩을 세웠다" is still the exit from the
                     * old one) */
                    if (!(e_person && m_person) && !(m->nominal && !m_person && back_reference && person_event) &&
                        has_org_conflict(c, ev, m))
                        continue;
                    /* (two authorities' acts told with two dates are two
                     * events) */
                    if (!(e_person && m_person) && vid >= 0 && h->value >= 0 && vid != h->value &&
                        has_agent_conflict(c, ev, m))
                        continue;
                    /* (nor are two acts of one sentence whose clauses tell
                     * two times of their own: "공정위는 이달 초 현장조사에
                     * 나섰고, 국회는 지난 11일 청문회에 그를 불렀다") */
                    if (same_doc && vid >= 0 && h->value >= 0 && vid != h->value && m->timex >= 0 &&
                        told_apart_in_sentence(c, ev, m))
                        continue;
                    if (!same_doc && !shares_participant(c, ev, m)) continue;
                    best_score = score, best = (long)e;
                }
            }
        }
        int created = best < 0;
        if (created) {
            chr_event ev = {.modality = m->modality, .anchor_only = m->anchor_only};
            chr_copy_str(ev.type, sizeof ev.type, m->type);
            chr_vec_push(&corpus->events, ev);
            event_state st = {0};
            chr_copy_str(st.weak_to, sizeof st.weak_to, m->weak_to);
            chr_vec_push(states, st);
            event_hot h = {.type = want[0], .weak = want[1], .first_doc = m->doc, .last_doc = -1, .value = -1,
                           .report_only = m->report_dated && vid >= 0, .modality = m->modality};
            chr_vec_push(&hot, h);
            best = (long)corpus->events.len - 1;
        }
        chr_event *ev = &corpus->events.items[best];
        event_state *st = &states->items[best];
        event_hot *h = &hot.items[best];
        if (st->weak_to[0] && strcmp(st->weak_to, m->type) == 0) {
            /* the ambiguous cue was the stronger type all along */
            chr_copy_str(ev->type, sizeof ev->type, m->type);
            st->weak_to[0] = '\0';
            h->type = want[0];
            h->weak = -1;
        }
        /* a firm mention of the event's own type settles an ambiguous one */
        if (!m->weak_to[0] && strcmp(ev->type, m->type) == 0) {
            st->weak_to[0] = '\0';
            h->weak = -1;
        }
        chr_vec_push(&ev->mentions, i);
        m->event = best;
        if (!h->ordinal) h->ordinal = m->ordinal;
        if (!h->stage) h->stage = m->stage;
        if (m->shift_timex >= 0 && !m->counted_back && (!m->nominal || m->light_verb)) h->shifted = 1;
        int was_planned = ev->modality == CHR_MOD_PLANNED && ev->mentions.len > 1;
        int was_done = ev->mentions.len > 1 && (ev->modality == CHR_MOD_ASSERTED || ev->modality == CHR_MOD_REPORTED);
        /* what a verb tells of it (a noun with its light verb is one)
         * decides how sure the text is; a bare noun refers to it in
         * passing ("경영 복귀를 전제로 한 투자", "강 전 대표의 복귀는 …
         * 협상으로 이뤄졌다" of a return still to come) */
        if (m->modality < ev->modality) ev->modality = m->modality;
        h->modality = ev->modality;
        size_t known = created ? 0 : ev->participants.len;
        add_event_participants(c, ev, m);
        /* index what is new: the event in this document, its new participants */
        int t = h->type, wt = h->weak;
        if (m->doc >= 0 && (size_t)m->doc < ndocs && h->last_doc != m->doc) {
            index_event(&by_doc[m->doc], (size_t)best, t, wt);
            h->last_doc = m->doc;
        }
        for (size_t k = known; k < ev->participants.len; k++) {
            long ent = ev->participants.items[k].entity;
            if (ent >= 0 && (size_t)ent < nents) index_event(&by_entity[ent], (size_t)best, t, wt);
        }
        if (!ev->amount.present && m->amount.present) {
            ev->amount = m->amount;
            ev->amount.text = chr_xstrdup(m->amount.text);
        }
        /* (a length from another time dates it instead of the day its news
         * came out: "Two days later, the board voted to remove him") */
        if (!created && h->report_only && m->shift_timex >= 0 && !m->counted_back && !m->nominal && vid < 0) {
            set_event_date(ev, "", "");
            st->explicit_date = 0;
            h->value = -1;
            h->report_only = 0;
            h->shifted = 1;
        }
        int report_day = !created && h->value >= 0 && vid >= 0 && !ids_compatible(&values, h->value, vid) &&
                         (m->report_dated || h->report_only);
        int told_day = report_day && !m->report_dated && h->report_only;
        if (!created && vid >= 0) h->report_only = h->report_only && m->report_dated;
        /* (in the sentence that told it done: a day told apart is the
         * report's, "어제 선임했다. … 다음 달 2일 취임한다") */
        int office_day = m->modality == CHR_MOD_PLANNED && !created && was_done && h->value < 0 && vid >= 0 &&
                         ev->mentions.len >= 2 &&
                         corpus->event_mentions.items[ev->mentions.items[ev->mentions.len - 2]].sentence == m->sentence &&
                         planned_after_dct(corpus, m, &values.items.items[vid]) && takes_office(rules, c, m);
        int keep = (h->value >= 0 && !ids_compatible(&values, h->value, vid) &&
                    (m->nominal || m->modality == CHR_MOD_PLANNED) && !told_day) ||
                   (report_day && m->report_dated) ||
                   /* "did not address the reasons for his firing on
                    * Wednesday": a noun that joins an event told by a verb
                    * does not date it, its clause's time is the main verb's
                    * (an event only nouns tell takes the date one of them
                    * gives: "settle an investigation ... began its inquiry
                    * in 2024") */
                   /* (unless its own verb dates it: "Under the agreement,
                    * reached on Thursday") */
                   /* (nor a relative clause with its own time on an event
                    * its verb left undated: "She succeeds Markey, who
                    * resigned Tuesday") */
                   (m->nominal == 2 && !m->light_verb && !created && told_by_verb(corpus, ev) &&
                    !(m->relative_verb && h->value < 0 && !h->shifted && own_clause_time(c, m))) ||
                   /* a plan for after the article ("a permanent CEO, expected
                    * to be named by the first quarter of next year") does not
                    * date what was already done ("named Park interim CEO") */
                   /* (taking office is when it holds: "내정됐고, 다음 달 1일
                    * 취임할 예정이다") */
                   (m->modality == CHR_MOD_PLANNED && !created && was_done && h->value < 0 && vid >= 0 &&
                    planned_after_dct(corpus, m, &values.items.items[vid]) && !office_day);
        if (vid >= 0 && !keep) {
            /* the date it was done replaces the date of the plan */
            int finer = h->value < 0 || (was_planned && m->modality != CHR_MOD_PLANNED) || told_day ||
                        (h->office_dated && m->modality != CHR_MOD_PLANNED);
            h->office_dated = office_day || (h->office_dated && !finer);
            const interned *mv = &values.items.items[vid], *ov = h->value >= 0 ? &values.items.items[h->value] : NULL;
            if (!finer && mv->ok && ov->ok)
                finer = date_key(&mv->last) - date_key(&mv->first) < date_key(&ov->last) - date_key(&ov->first);
            if (finer) {
                char basis[96];
                if (m->value[0] && m->timex >= 0 && m->value_length >= 0 && (size_t)m->value_length < c->timexes.len)
                    snprintf(basis, sizeof basis, "relative:t#%ld%c%.20s", m->timex, strcmp(value, c->timexes.items[m->timex].value) < 0 ? '-' : '+',
                             c->timexes.items[m->value_length].value);
                else
                    snprintf(basis, sizeof basis, "timex:#%ld", m->timex);
                set_event_date(ev, value, basis);
                h->value = intern(&values, ev->value);
                st->explicit_date = 1;
            }
        }
    }
    free(counted_from);
    buckets_free(by_doc, ndocs);
    buckets_free(by_entity, nents);
    interner_free(&types);
    interner_free(&values);
    chr_vec_free(&hot);
}

/* Is every mention of 'e' a noun or a relative clause in document 'doc'? */
static int all_nominal_in(const chr_corpus *c, const chr_event *e, int doc)
{
    for (size_t k = 0; k < e->mentions.len; k++) {
        const chr_event_mention *m = &c->event_mentions.items[e->mentions.items[k]];
        if (!m->nominal || m->doc != doc) return 0;
    }
    return e->mentions.len > 0;
}

/* Does 'e' name a company as its subject and no person? */
static int company_subject_only(const chr_corpus *c, const chr_event *e)
{
    int company = 0;
    for (size_t i = 0; i < e->participants.len; i++) {
        const chr_participant *p = &e->participants.items[i];
        if (!ROLE_IS(p->role, "subject")) continue;
        if (c->entities.items[p->entity].type == CHR_ENT_PERSON) return 0;
        company = 1;
    }
    return company;
}

/* Does 'e' name a person as subject that no mention list of 'other' has? */
static int subjects_differ(const chr_corpus *c, const chr_event *a, const chr_event *b)
{
    int a_has = 0;
    for (size_t i = 0; i < a->participants.len; i++) {
        const chr_participant *p = &a->participants.items[i];
        if (!ROLE_IS(p->role, "subject") || c->entities.items[p->entity].type != CHR_ENT_PERSON) continue;
        a_has = 1;
        for (size_t k = 0; k < b->participants.len; k++)
            if (ROLE_IS(b->participants.items[k].role, "subject") && b->participants.items[k].entity == p->entity)
                return 0;
    }
    return a_has && has_person_subject(c, b->participants.items, b->participants.len);
}

/*
 * A later reference by a noun or a relative clause ("해임 결정에 찬성표를
 * 던졌다가", "the board that fired Altman", "조사 과정에서") to an event the
 * document tells with a verb joins that event, whatever person the sentence
 * around it is about: an event made only of such mentions, undated or of
 * a compatible date, folds into the one event of its type (and modality
 * class) that a verb tells, or a date places, in the same document. It keeps a verb-told event's
 * participants and the date. With several candidates it folds only into one
 * that shares its subject; with none it stays (the noun is the only
 * telling). Cost: the events each document tells, once.
 */
/* Moves every mention of event 'from' into event 'into' (with their
 * participants unless 'keep_theirs') and the amount when 'into' has none,
 * and drops 'from'. */
static void absorb_event(chr_corpus *c, size_t into, size_t from, int keep_theirs)
{
    chr_event *b = &c->events.items[into], *a = &c->events.items[from];
    for (size_t k = 0; k < a->mentions.len; k++) {
        size_t mi = a->mentions.items[k];
        chr_vec_push(&b->mentions, mi);
        c->event_mentions.items[mi].event = (long)into;
        if (!keep_theirs) add_event_participants(c, b, &c->event_mentions.items[mi]);
    }
    if (!b->amount.present && a->amount.present) {
        b->amount = a->amount;
        a->amount.present = 0;
        a->amount.text = NULL;
    }
    a->mentions.len = 0;
    a->participants.len = 0;
    a->value[0] = '\0';
    a->dropped = 1;
}

static int is_factual(chr_modality m)
{
    return m == CHR_MOD_ASSERTED || m == CHR_MOD_REPORTED;
}

static int value_after_dct(const chr_corpus *c, const chr_event_mention *m, const char *value);

/* Does 'value' begin after the date of document 'doc'? */
static int value_after_dct_doc(const chr_corpus *c, int doc, const char *value)
{
    chr_date first, last;
    if (doc < 0 || (size_t)doc >= c->docs.len || !chr_value_bounds(value, &first, &last) || first.year <= 0) return 0;
    const chr_dct *dct = &c->docs.items[doc]->dct;
    if (!dct->present) return 0;
    chr_date d = {.year = dct->year, .month = dct->month, .day = dct->day};
    return date_key(&first) > date_key(&d);
}

/* The step of a process an event's mentions name (0: none). */
static int event_stage(const chr_corpus *c, const chr_event *e)
{
    for (size_t k = 0; k < e->mentions.len; k++) {
        int stage = c->event_mentions.items[e->mentions.items[k]].stage;
        if (stage) return stage;
    }
    return 0;
}

/* Do events 'a' and 'b' name two steps of a process (a charge and its
 * verdict), so that they are never one event? */
static int stages_differ(const chr_corpus *c, const chr_event *a, const chr_event *b)
{
    int stage_a = event_stage(c, a), stage_b = event_stage(c, b);
    return stage_a && stage_b && stage_a != stage_b;
}

static void fold_references(chr_corpus *c, state_vec *states)
{
    /* per document: the events a verb of it tells */
    size_t ndocs = c->docs.len ? c->docs.len : 1;
    index_vec *told = chr_xcalloc(ndocs, sizeof *told);
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        for (size_t k = 0; k < e->mentions.len; k++) {
            const chr_event_mention *m = &c->event_mentions.items[e->mentions.items[k]];
            /* (Korean tells most events with a noun and a light verb,
             * "계약을 체결했다": a dated event counts as told) */
            if ((m->nominal && !e->value[0]) || m->doc < 0 || (size_t)m->doc >= ndocs) continue;
            index_vec *list = &told[m->doc];
            if (!list->len || list->items[list->len - 1] != i) chr_vec_push(list, i);
        }
    }
    size_t *seen = chr_xcalloc(c->events.len ? c->events.len : 1, sizeof *seen); /* last A that looked, +1 */
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *a = &c->events.items[i];
        if (a->mentions.len == 0) continue;
        int doc = c->event_mentions.items[a->mentions.items[0]].doc;
        if (doc < 0 || (size_t)doc >= ndocs) continue;
        /* only nouns and relative clauses, in one document or several */
        int nominal = 1, one_doc = 1, shifted = 0;
        for (size_t k = 0; k < a->mentions.len; k++) {
            const chr_event_mention *m = &c->event_mentions.items[a->mentions.items[k]];
            if (!m->nominal) nominal = 0;
            if (m->doc != doc) one_doc = 0;
            if (m->shift_timex >= 0 && !m->counted_back && (!m->nominal || m->light_verb)) shifted = 1;
            /* (one that holds now is dated by the article, later) */
            if (m->present && !m->nominal && is_factual(m->modality)) shifted = 1;
        }
        /* (one to be dated by a length from another time is told, not a
         * reference: "이틀 뒤 … 가처분을 신청했다") */
        if (shifted) continue;
        /* an undated event told by verbs joins the dated one of its type
         * and person, when there is exactly one ("물러났다" told after
         * "3월 4일 물러났다" in a paragraph the merge saw first) */
        int undated_person = !a->value[0] && has_person_subject(c, a->participants.items, a->participants.len);
        if (!nominal && !undated_person) continue;
        long target = -1, same_subject = -1;
        int candidates = 0;
        for (size_t k = 0; k < a->mentions.len; k++) {
            int d = c->event_mentions.items[a->mentions.items[k]].doc;
            if (d < 0 || (size_t)d >= ndocs || (k > 0 && d == c->event_mentions.items[a->mentions.items[k - 1]].doc))
                continue;
            for (size_t q = 0; q < told[d].len; q++) {
                size_t j = told[d].items[q];
                chr_event *b = &c->events.items[j];
                if (j == i || seen[j] == i + 1 || b->mentions.len == 0 || !same_string(b->type, a->type)) continue;
                seen[j] = i + 1;
                if (stages_differ(c, a, b)) continue;
                if ((b->modality == CHR_MOD_NEGATED) != (a->modality == CHR_MOD_NEGATED) ||
                    (b->modality == CHR_MOD_POSSIBLE) != (a->modality == CHR_MOD_POSSIBLE))
                    continue;
                if (a->value[0] && b->value[0] && !chr_values_compatible(a->value, b->value)) continue;
                /* (nor one whose day a length from another time gives later:
                 * "통지 바로 다음 날 조사에 착수했다" is not the fine of
                 * February, "Two days later, the commission opened an
                 * investigation" not one running "into next year") */
                if (a->value[0] && !b->value[0] && shifted_verb_apart(c, b, a)) continue;
                /* (two dated references are two tellings of their own) */
                if (a->value[0] && all_nominal_in(c, b, d)) continue;
                /* a dated relative clause about another person is that
                 * person's own event ("Grant, who joined in 2021, will be
                 * replaced by Mehta") */
                if (a->value[0] && has_person_subject(c, a->participants.items, a->participants.len) &&
                    has_person_subject(c, b->participants.items, b->participants.len) && subjects_differ(c, a, b))
                    continue;
                if (!nominal && !b->value[0]) continue;
                /* (nor a verb's news the background a relative clause told
                 * long before: "handed the reins to Dandekar, who joined
                 * Quorvant in 2020") */
                if (!nominal && !a->value[0] && only_relative_verbs(c, b) && value_long_before_dct(c, d, b->value))
                    continue;
                if (a->value[0] && !b->value[0] && only_relative_verbs(c, a) && value_long_before_dct(c, d, a->value))
                    continue;
                /* (nor what was done what is planned after the article:
                 * "handed the reins to Dandekar" is not "expect to settle
                 * on a permanent successor in the first quarter") */
                if (!nominal && !a->value[0] && is_factual(a->modality) && b->modality == CHR_MOD_PLANNED &&
                    value_after_dct(c, &c->event_mentions.items[b->mentions.items[0]], b->value))
                    continue;
                candidates++;
                target = (long)j;
                /* (one whose subject is a company shares no person's:
                 * "The board named Yoon acting CEO" is not "Lee and Choi
                 * joined Qinghe" read with Hanul as its subject) */
                if (!subjects_differ(c, a, b) && has_person_subject(c, a->participants.items, a->participants.len) &&
                    !company_subject_only(c, b)) {
                    /* (two candidates with its subject: none is sure) */
                    same_subject = same_subject == -1 ? (long)j : -2;
                }
            }
        }
        /* across documents, or for a verb, only an event of the same person */
        if (!one_doc || !nominal) candidates = 2;
        if (same_subject == -2) same_subject = -1;
        if (candidates > 1) target = same_subject;
        if (target < 0) continue;
        chr_event *b = &c->events.items[target];
        /* a verb's subject beats a noun's; between nouns the subject most
         * mentions name wins (settle_subjects) */
        int keep_theirs = subjects_differ(c, a, b) && !all_nominal_in(c, b, doc) && one_doc && nominal;
        if (!b->value[0] && a->value[0]) {
            set_event_date(b, a->value, a->basis);
            states->items[target].explicit_date = states->items[i].explicit_date;
        }
        absorb_event(c, (size_t)target, i, keep_theirs);
    }
    for (size_t d = 0; d < ndocs; d++) chr_vec_free(&told[d]);
    free(told);
    free(seen);
}

/* Adds a duration to a date value at the duration's granularity. */
/* Does 'value' name one day ("2024-10-09", not "2024-10" nor "")? */
static int is_single_day(const char *value)
{
    chr_date first, last;
    return value[0] && chr_value_bounds(value, &first, &last) && first.year == last.year &&
           first.month == last.month && first.day == last.day && first.day > 0;
}

/* A value that names a year and nothing finer ("2019"). */
static int is_year_only(const char *value)
{
    return strlen(value) == 4 && isdigit((unsigned char)value[0]) && isdigit((unsigned char)value[1]) &&
           isdigit((unsigned char)value[2]) && isdigit((unsigned char)value[3]);
}

static int shift_value(const char *base, const chr_timex *d, char *out, size_t size)
{
    chr_date first, last;
    if (!chr_value_bounds(base, &first, &last) || first.month == 0 || first.day == 0) return 0;
    chr_date r = d->shift > 0 ? first : first;
    /* a count of days from a month or a week ("사고 이튿날" after "지난
     * 3월 … 사고") would land on a day the text never gave */
    if ((d->unit == 'D' || d->unit == 'W' || d->unit == 'h' || d->unit == 'm') &&
        (first.year != last.year || first.month != last.month || first.day != last.day))
        return 0;
    /* "weeks later": an unknown count of days or more dates nothing; of
     * hours, the same day (below) */
    if (strchr(d->value, 'X') && d->unit != 'h' && d->unit != 'm') return 0;
    long n = (long)(d->amount + 0.5) * (d->shift < 0 ? -1 : 1);
    char unit = d->unit;
    /* a length of two units ("1년 2개월", P1Y2M) counts in months; of a
     * year and days, in no unit a day could be counted from */
    long years = 0, months = 0;
    int parts = 0, other_parts = 0;
    for (const char *v = d->value[0] == 'P' ? d->value + 1 : ""; *v;) {
        char *end;
        long amount = strtol(v, &end, 10);
        if (end == v || !*end) break;
        if (*end == 'Y') years = amount;
        else if (*end == 'M') months = amount;
        else other_parts++;
        parts++;
        v = end + 1;
    }
    if (parts > 1) {
        if (other_parts) return 0;
        n = (12 * years + months) * (d->shift < 0 ? -1 : 1);
        unit = 'M';
    }
    char gran = 'D';
    switch (unit) {
    case 'D':
    case 'W': {
        long days = d->unit == 'W' ? 7 * n : n;
        if (r.year > 0) {
            chr_date_from_days(chr_date_to_days(r.year, r.month, r.day) + days, &r.year, &r.month, &r.day);
        } else {
            int y;
            chr_date_from_days(chr_date_to_days(2001, r.month, r.day) + days, &y, &r.month, &r.day);
        }
        break;
    }
    case 'M': {
        int total = (r.year > 0 ? r.year : 2001) * 12 + r.month - 1 + (int)n;
        if (r.year > 0) r.year = total / 12;
        r.month = total % 12 + 1;
        gran = 'M';
        break;
    }
    case 'Y':
        if (r.year > 0) r.year += (int)n;
        gran = 'Y';
        break;
    case 'h':
    case 'm':
        /* "몇 시간 뒤", "hours later": the same day (a shift of a day or
         * more is written in days) */
        if (n >= 24 || n <= -24) return 0;
        break;
    default: return 0;
    }
    chr_timex_format_date(&r, gran, out, size);
    return 1;
}

/* The last day-level date (or month, with months_too) of document 'doc' between byte offsets 'from'
 * and 'to' whose sentence no event mention in [first_mention, end_mention)
 * falls in; -1 when there is none. */
static long narrative_day_between(const chr_corpus *c, int doc, size_t from, size_t to, size_t first_mention,
                                  size_t end_mention, int past_only, char unit)
{
    /* (what happened counts from no day after the article's: "told workers
     * on Sept. 14 that their jobs would end on Nov. 15. Two days later,
     * 200 walked out") */
    long dct_days = LONG_MAX;
    if (past_only && doc >= 0 && (size_t)doc < c->docs.len && c->docs.items[doc]->dct.present) {
        const chr_dct *dct = &c->docs.items[doc]->dct;
        dct_days = chr_date_to_days(dct->year, dct->month, dct->day);
    }
    /* (timexes are in document and text order: start past the last one
     * before 'to' of this document) */
    size_t lo = 0, hi = c->timexes.len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const chr_timex *t = &c->timexes.items[mid];
        if (t->doc < doc || (t->doc == doc && t->start < to)) lo = mid + 1;
        else hi = mid;
    }
    for (size_t k = lo; k-- > 0;) {
        const chr_timex *t = &c->timexes.items[k];
        if (t->doc != doc) return -1;
        if (t->end > to) continue;
        if (t->start < from) return -1;
        /* (a month counts for a length of months: "지난해 10월 … 감원을
         * 발표했다. 한 달 뒤, 음악가 200여 명이 반발했다") */
        /* (and a year for a length of years: "floated on KOSDAQ in 2016,
         * and two years later it bought the rights") */
        /* (a time of a day gives that day: "지난달 15일 밤 … 보름 뒤") */
        int time_of_day = t->type == CHR_TX_TIME && t->date.year > 0 && t->date.day > 0;
        if ((t->type != CHR_TX_DATE && !time_of_day) || t->shift ||
            !(t->granularity == 'D' || time_of_day || ((unit == 'M' || unit == 'Y') && t->granularity == 'M' && t->date.month > 0) ||
              (unit == 'Y' && t->granularity == 'Y' && t->date.year > 0)))
            continue;
        if (t->date.year > 0 && chr_date_to_days(t->date.year, t->date.month > 0 ? t->date.month : 1, t->date.day > 0 ? t->date.day : 1) > dct_days)
            continue;
        for (size_t q = first_mention; q < end_mention; q++)
            if (c->event_mentions.items[q].doc == doc && c->event_mentions.items[q].sentence == t->sentence) return -1;
        return (long)k;
    }
    return -1;
}

/* The length a shift moves by, as a TIMEX3 duration, for the basis: its
 * value, or, where the timex is the DATE it gives ("two years later" after
 * 2019: 2021), its amount and unit. */
static const char *shift_length(const chr_timex *d, char *buf, size_t size)
{
    if (d->type == CHR_TX_DURATION || !d->unit) return d->value;
    int time = d->unit == 'h' || d->unit == 'm';
    snprintf(buf, size, "P%s%g%c", time ? "T" : "", d->amount, d->unit == 'h' ? 'H' : d->unit == 'm' ? 'M' : d->unit);
    return buf;
}

/* Dates event 'e' at 'value', reached by the shift 'd' from an anchor: a
 * timex (the basis reads "relative:t#N+P3D") or an event ("relative:#N+P3D"). */
static void set_shifted_date(chr_event *e, const char *value, int from_timex, long anchor, const chr_timex *d)
{
    char length[32], basis[96];
    snprintf(basis, sizeof basis, "relative:%s#%ld%c%.40s", from_timex ? "t" : "", anchor, d->shift < 0 ? '-' : '+',
             shift_length(d, length, sizeof length));
    set_event_date(e, value, basis);
}

/* The day told before mention 'p' in its sentence (a date of day
 * granularity, not itself a length), or -1. The document's timexes come
 * in text order: found by binary search. */
static long sentence_day_before(const chr_corpus *c, const chr_event_mention *p)
{
    if (p->sentence < 0) return -1;
    size_t lo = 0, hi = c->timexes.len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const chr_timex *t = &c->timexes.items[mid];
        if (t->doc < p->doc || (t->doc == p->doc && t->sentence < p->sentence)) lo = mid + 1;
        else hi = mid;
    }
    long day = -1;
    for (size_t k = lo; k < c->timexes.len; k++) {
        const chr_timex *t = &c->timexes.items[k];
        if (t->doc != p->doc || t->sentence != p->sentence || t->start >= p->start) break;
        if (t->type == CHR_TX_DATE && t->granularity == 'D' && !t->shift && t->date.year) day = (long)k;
    }
    return day;
}

/* For a planned event whose length of days or more, 'd', counted from an
 * earlier event gave 'value': when that is before the article's day,
 * rewrites it as the article's day plus the length and returns 1. */
static int planned_from_dct(const chr_corpus *c, const chr_event_mention *m, const chr_timex *d, char *value, size_t size)
{
    if (d->shift <= 0 || d->unit == 'h' || d->unit == 'm' || m->doc < 0 || (size_t)m->doc >= c->docs.len) return 0;
    const chr_doc *doc = c->docs.items[m->doc];
    chr_date first, last;
    if (!doc->dct.present || !chr_value_bounds(value, &first, &last) || last.year <= 0) return 0;
    long dct_days = chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day);
    if (chr_date_to_days(last.year, last.month ? last.month : 12, last.day ? last.day : 1) >= dct_days) return 0;
    char today[16];
    snprintf(today, sizeof today, "%04d-%02d-%02d", doc->dct.year % 10000, doc->dct.month % 100, doc->dct.day % 100);
    return shift_value(today, d, value, size);
}

/* Does 'value' start after the article date of mention 'm'? */
static int value_after_dct(const chr_corpus *c, const chr_event_mention *m, const char *value)
{
    return value_after_dct_doc(c, m->doc, value);
}

/* Is an event of another mention than 'm', before mention 'k' and at most
 * two sentences before 'm', factual and dated to the day? */
static int day_told_before(const chr_corpus *c, size_t k, const chr_event_mention *m)
{
    for (size_t q = k; q-- > 0;) {
        const chr_event_mention *p = &c->event_mentions.items[q];
        if (p->doc != m->doc || p->sentence < m->sentence - 2) return 0;
        if (p->event < 0 || p->event == m->event || !is_factual(p->modality)) continue;
        if (is_single_day(c->events.items[p->event].value)) return 1;
    }
    return 0;
}

/* Is there, before mention 'k' in its sentence, a verb mention (not a
 * noun), told as done, of another dated event than k's and 'except'? */
static int dated_verb_before(const chr_corpus *c, size_t k, long except)
{
    const chr_event_mention *p = &c->event_mentions.items[k];
    for (size_t q = k; q-- > 0;) {
        const chr_event_mention *o = &c->event_mentions.items[q];
        if (o->doc != p->doc || o->sentence != p->sentence) return 0;
        if (o->nominal || o->event < 0 || o->event == p->event || o->event == except || !is_factual(o->modality))
            continue;
        if (c->events.items[o->event].value[0]) return 1;
    }
    return 0;
}

static void date_by_shifts(chr_corpus *c, state_vec *states)
{
    for (int round = 0; round < 3; round++) {
        for (size_t i = 0; i < c->event_mentions.len; i++) {
            chr_event_mention *m = &c->event_mentions.items[i];
            if ((m->shift_timex < 0 && m->relation != 2) || m->event < 0) continue;
            chr_event *ev = &c->events.items[m->event];
            if (states->items[m->event].explicit_date) {
                /* the event dated by its own day is counted from one the
                 * text dates nowhere: that one lies the length before it
                 * ("The suit came three days after Seo returned", the suit
                 * told with its day elsewhere) */
                long other = m->relation == 1 && m->after_mention >= 0 ? c->event_mentions.items[m->after_mention].event : -1;
                const chr_timex *d = &c->timexes.items[m->shift_timex];
                if (other >= 0 && other != m->event && !c->events.items[other].value[0] &&
                    !states->items[other].explicit_date && d->type == CHR_TX_DURATION && !d->mod[0] &&
                    is_single_day(ev->value) && is_factual(c->events.items[other].modality)) {
                    chr_timex back = *d;
                    back.shift = -1;
                    char value[48];
                    if (shift_value(ev->value, &back, value, sizeof value))
                        set_shifted_date(&c->events.items[other], value, 0, m->event, &back);
                }
                continue;
            }
            if (m->relation == 2) {
                long other = m->after_mention >= 0 ? c->event_mentions.items[m->after_mention].event : -1;
                if (other < 0 || other == m->event || !c->events.items[other].value[0]) continue;
                char basis[96];
                snprintf(basis, sizeof basis, "relative:#%ld+P0D", other);
                set_event_date(ev, c->events.items[other].value, basis);
                continue;
            }
            /* an accident the text never dated to the day ("four days after
             * the accident", told only as "crushed by a falling load on May
             * 3"): counted as if no noun were named, from the story told
             * before (below) */
            if (round == 2 && m->relation && !ev->value[0] && m->after_mention >= 0 &&
                c->event_mentions.items[m->after_mention].event >= 0 &&
                c->timexes.items[m->shift_timex].type == CHR_TX_DURATION) {
                const chr_event *named = &c->events.items[c->event_mentions.items[m->after_mention].event];
                if (named->anchor_only && !is_single_day(named->value)) {
                    m->relation = 0;
                    m->after_mention = -1;
                }
            }
            if (m->relation) {
                /* the text names the other event: "two days after the firing" */
                long other = m->after_mention >= 0 ? c->event_mentions.items[m->after_mention].event : -1;
                if (other < 0 || other == m->event) continue;
                chr_timex d = c->timexes.items[m->shift_timex];
                char value[48], basis[96];
                if (round == 2 && !ev->value[0] && d.type == CHR_TX_DATE && d.narrative && d.granularity == 'D' &&
                    d.date.year && d.date.day && !d.shift && c->events.items[other].anchor_only &&
                    !is_single_day(c->events.items[other].value)) {
                    /* an accident the text never dated to the day ("화재
                     * 이튿날" with the fire told only as "지난달"): the day
                     * counted from the last day the text told, as the date
                     * stage did */
                    snprintf(basis, sizeof basis, "timex:#%ld", m->shift_timex);
                    set_event_date(ev, d.value, basis);
                    continue;
                }
                if (!c->events.items[other].value[0]) continue;
                if (d.type == CHR_TX_DATE && d.narrative && d.date.day && is_factual(m->modality) &&
                    c->events.items[other].modality == CHR_MOD_PLANNED) {
                    /* a day counted in a told sentence after a planned event
                     * ("다음 달 1일 취임한다. … 공시 이튿날 소송을 냈다") counts from
                     * the story's day, as the date stage did, not from the plan */
                    snprintf(basis, sizeof basis, "timex:#%ld", m->shift_timex);
                    set_event_date(ev, d.value, basis);
                    continue;
                }
                d.shift = m->relation;
                if ((d.type == CHR_TX_DATE || (d.type == CHR_TX_TIME && d.date.day)) && d.narrative) {
                    /* "이튿날" after the event's noun: its distance from the
                     * date the timex module counted it from (a timex of the
                     * text, or the article's date) */
                    const chr_date *from = NULL;
                    chr_date dct_day;
                    if (d.anchor[0] == '#') {
                        long a = strtol(d.anchor + 1, NULL, 10);
                        if (a >= 0 && (size_t)a < c->timexes.len) from = &c->timexes.items[a].date;
                    } else if (strcmp(d.anchor, "dct") == 0 && m->doc >= 0 && (size_t)m->doc < c->docs.len &&
                               c->docs.items[m->doc]->dct.present) {
                        const chr_doc *doc = c->docs.items[m->doc];
                        dct_day = (chr_date){doc->dct.year, doc->dct.month, doc->dct.day};
                        from = &dct_day;
                    }
                    if (!from || !from->day || !d.date.day) continue;
                    long days = chr_date_to_days(d.date.year, d.date.month, d.date.day) -
                                chr_date_to_days(from->year, from->month, from->day);
                    /* (the date stage named the article's own day, "구속
                     * 이튿날" with no day told before: that day stands) */
                    if (days == 0 && from == &dct_day) {
                        snprintf(basis, sizeof basis, "timex:#%ld", m->shift_timex);
                        set_event_date(ev, d.value, basis);
                        continue;
                    }
                    d.amount = (double)(days < 0 ? -days : days);
                    d.unit = 'D';
                    d.shift = days < 0 ? -m->relation : m->relation;
                }
                if (!shift_value(c->events.items[other].value, &d, value, sizeof value)) continue;
                /* (a bound, not a length, that would put what happened after
                 * the article: "The protest comes less than a week after the
                 * commission fined it" is happening now) */
                if (d.mod[0] && is_factual(m->modality) && value_after_dct(c, m, value)) continue;
                set_shifted_date(ev, value, 0, other, &d);
                continue;
            }
            /* the nearest earlier mention of a dated, different event */
            for (size_t k = i; k-- > 0;) {
                const chr_event_mention *p = &c->event_mentions.items[k];
                if (p->doc != m->doc) break;
                /* a noun of its own event, told before with a day of its
                 * own, that the merge joined to this one ("The same day, it
                 * brought in a firm to lead a forensic investigation. Five
                 * days later, the regulator opened an investigation"): the
                 * length counts from that day */
                long own_day = p->event == m->event && p->nominal && is_factual(p->modality) && p->sentence != m->sentence
                                   ? sentence_day_before(c, p)
                                   : -1;
                if (own_day >= 0) {
                    char value[48];
                    const chr_timex *d = &c->timexes.items[m->shift_timex];
                    if (p->start < d->start && shift_value(c->timexes.items[own_day].value, d, value, sizeof value)) {
                        set_shifted_date(ev, value, 1, own_day, d);
                        m->after_mention = (long)k;
                    }
                    break;
                }
                if (p->event == m->event || p->event < 0) continue;
                /* (a noun a dated verb before it in its sentence acts on is
                 * no step of the story: "On Nov. 14 the court suspended
                 * the dismissal and her appointment. Three days later"
                 * counts from the suspension) */
                if (p->nominal && dated_verb_before(c, k, m->event)) continue;
                const chr_event *anchor = &c->events.items[p->event];
                /* (an accident is a step of the story only when told with
                 * its day, and not when the clause only names it: "opened
                 * an investigation into the breach two days later") */
                if (anchor->anchor_only &&
                    (p->sentence == m->sentence || !is_single_day(anchor->value)))
                    continue;
                /* a mention with no time of its own, after a day its
                 * sentence named: that day is the last the story told,
                 * and the length counts from it ("The commission on July
                 * 15 banned it, after an inspection found … Three days
                 * later, the board voted") */
                char value[48];
                const chr_timex *d = &c->timexes.items[m->shift_timex];
                /* (not one dated by a length of its own, and not past a day
                 * told after it, which the lines below count from) */
                if (p->timex < 0 && p->shift_timex < 0 && p->sentence != m->sentence && is_factual(p->modality) &&
                    is_factual(m->modality) && (d->unit == 'D' || d->unit == 'W' || d->unit == 'h') &&
                    narrative_day_between(c, m->doc, p->end, d->start, k + 1, i, 1, d->unit) < 0) {
                    long told = sentence_day_before(c, p);
                    if (told >= 0 && (!anchor->value[0] || strcmp(c->timexes.items[told].value, anchor->value) != 0) &&
                        shift_value(c->timexes.items[told].value, d, value, sizeof value) && !value_after_dct(c, m, value)) {
                        set_shifted_date(ev, value, 1, told, d);
                        m->after_mention = (long)k;
                        break;
                    }
                }
                if (!anchor->value[0]) continue;
                /* a day the text named after that mention, in a sentence
                 * that tells no event ("지난달 28일 ... 유출됐다. ... 사흘 뒤
                 * 조사에 착수했다"), is what the shift counts from */
                /* (a day in the sentence of a planned event is that event's: "She
                 * will return on April 1. Hours later, ...") */
                long day = narrative_day_between(c, m->doc, p->end, d->start, is_factual(p->modality) ? k + 1 : k, i,
                                                is_factual(m->modality), d->unit);
                if (day >= 0) {
                    if (!shift_value(c->timexes.items[day].value, d, value, sizeof value)) break;
                    /* (years or months told to end after the article are
                     * how long something lasted: "8년 만에 경영 일선에서
                     * 물러났다") */
                    if (is_factual(m->modality) && (d->unit == 'Y' || d->unit == 'M') && value_after_dct(c, m, value))
                        break;
                    set_shifted_date(ev, value, 1, day, d);
                    break;
                }
                /* (a length of days counts from no year: the background
                 * told with one, just before, is passed over for the day
                 * the story told before it: "지난달 15일 … 발사가 실패했다.
                 * 2019년 창업 이후 … 보름 뒤 이사회는 … 해임하고") */
                if ((d->unit == 'D' || d->unit == 'W' || d->unit == 'h') && is_factual(m->modality) &&
                    is_year_only(anchor->value) && p->sentence >= m->sentence - 3)
                    continue;
                /* (what is only planned or said not to happen is no step of
                 * the narrative: "Vollrath will return on April 1. Hours
                 * later, two directors step down"; nor is a noun told after
                 * the length: "Hours later, two who had voted for her
                 * removal step down") */
                /* (a plan told with a day of the past was a step taken, an
                 * agreement: "사들이기로 했다고 발표한 건 작년 3월이었다. …
                 * 두 달 뒤 조사에 착수했다") */
                int past_plan = p->modality == CHR_MOD_PLANNED && p->timex >= 0 &&
                                !value_after_dct(c, p, c->timexes.items[p->timex].value);
                if ((!is_factual(p->modality) && !past_plan) || p->start >= d->end) continue;
                /* (a background told in a relative clause with only its
                 * month is no step to count days from: "Yoon, who was
                 * dismissed in March, … Baek resigned two days later") */
                if ((p->relative_verb || p->describes_person) && !is_single_day(anchor->value)) continue;
                /* (nor, for a length of days, one told with only its month
                 * when an event just before it has its day: "sent the
                 * review to the regulator on Nov. 10. The review, completed
                 * in late August, … placed her on leave two days later") */
                if ((d->unit == 'D' || d->unit == 'H') && !is_single_day(anchor->value) &&
                    day_told_before(c, k, m))
                    continue;
                if (!shift_value(anchor->value, d, value, sizeof value)) {
                    /* (a plan counted in days from a month past: from the
                     * article's day, as below) */
                    snprintf(value, sizeof value, "%s", anchor->value);
                    if (m->modality == CHR_MOD_PLANNED && planned_from_dct(c, m, d, value, sizeof value))
                        set_event_date(ev, value, "relative:dct");
                    break;
                }
                if (m->modality == CHR_MOD_PLANNED && planned_from_dct(c, m, d, value, sizeof value)) {
                    /* "사흘 뒤 열리는 이사회에서 취임할 예정이다": a plan
                     * lies ahead, so a length that would put it before the
                     * article counts from the article's day */
                    set_event_date(ev, value, "relative:dct");
                    break;
                }
                /* (a told event counted to a year after the article's is no
                 * step on from the event before it: "2016년부터 … 총괄해 온 정
                 * CTO는 9년 만에 회사를 떠나게 됐다" counts the years he served) */
                if (is_factual(m->modality) && d->unit == 'Y' && value_after_dct(c, m, value)) break;
                set_shifted_date(ev, value, 0, p->event, d);
                m->after_mention = (long)k;
                break;
            }
            /* no dated event before it: the last day the text named, in a
             * sentence that tells no event ("It went public on April 22,
             * saying ... Two days later, police raided ...") */
            if (!ev->value[0] && m->after_mention < 0) {
                size_t first = i;
                while (first > 0 && c->event_mentions.items[first - 1].doc == m->doc) first--;
                const chr_timex *d = &c->timexes.items[m->shift_timex];
                int anchored = 0;
                for (size_t k = first; k < i && !anchored; k++) {
                    const chr_event_mention *p = &c->event_mentions.items[k];
                    /* (a year's background is none for days, as above) */
                    if (p->event >= 0 && p->event != m->event && c->events.items[p->event].value[0] &&
                        !((d->unit == 'D' || d->unit == 'W' || d->unit == 'h') && is_factual(m->modality) &&
                          is_year_only(c->events.items[p->event].value) && p->sentence >= m->sentence - 3))
                        anchored = 1;
                }
                long day = anchored ? -1 : narrative_day_between(c, m->doc, 0, d->start, first, i, is_factual(m->modality), d->unit);
                char value[48];
                if (day >= 0 && shift_value(c->timexes.items[day].value, d, value, sizeof value) &&
                    !(is_factual(m->modality) && (d->unit == 'Y' || d->unit == 'M') && value_after_dct(c, m, value))) {
                    set_shifted_date(ev, value, 1, day, d);
                }
            }
        }
    }
}


/* An event told only as the one a later event is counted from ("resigned
 * on Monday, three weeks after its board removed him") is the event of its
 * type and subject the text tells with a day of its own, when there is
 * exactly one; that keeps its own date (the length was rounded). */
static void fold_counted_back(chr_corpus *c)
{
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *a = &c->events.items[i];
        if (a->dropped || a->mentions.len == 0) continue;
        int only_counted = 1;
        for (size_t k = 0; k < a->mentions.len && only_counted; k++)
            if (!c->event_mentions.items[a->mentions.items[k]].counted_back) only_counted = 0;
        if (!only_counted) continue;
        size_t first = a->mentions.items[0];
        int doc = c->event_mentions.items[first].doc;
        while (first > 0 && c->event_mentions.items[first - 1].doc == doc) first--;
        long target = -1, same_day = -1;
        int candidates = 0, same_days = 0;
        for (size_t q = first; q < c->event_mentions.len && c->event_mentions.items[q].doc == doc; q++) {
            long j = c->event_mentions.items[q].event;
            if (j < 0 || (size_t)j == i || j == target) continue;
            const chr_event *b = &c->events.items[j];
            if (b->dropped || b->mentions.len == 0 || !b->value[0] || !same_string(a->type, b->type) ||
                b->modality == CHR_MOD_NEGATED || b->modality == CHR_MOD_POSSIBLE)
                continue;
            if (subjects_differ(c, a, b) || !events_share_participant(a, b)) continue;
            if (stages_differ(c, a, b)) continue;
            /* (not the event its sentence tells before the length: "ordered
             * a recall on March 17, six days after it opened an inspection") */
            if (told_before_length(c, b, &c->event_mentions.items[a->mentions.items[0]])) continue;
            /* (nor one whose own day lies months off the day counted back:
             * "voted to tear up the deal" is not the contract "signed in
             * 2019") */
            if (a->value[0] && values_months_apart(a->value, b->value)) continue;
            candidates++;
            target = j;
            if (a->value[0] && chr_values_compatible(a->value, b->value) && j != same_day) {
                same_days++;
                same_day = j;
            }
        }
        /* (several: the one of the day counted back, if only one is) */
        if (candidates > 1 && same_days == 1) target = same_day;
        else if (candidates != 1) continue;
        absorb_event(c, (size_t)target, i, 1);
    }
}

/* An event dated by a length from another ("해임 사흘 만에 복귀에
 * 합의했다") is the event of its type the same document tells on that day
 * with the same person ("14일 오전 … 합의했다"): the merge ran before the
 * length gave it its day. */
static void fold_same_day(chr_corpus *c)
{
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *a = &c->events.items[i];
        if (a->dropped || a->mentions.len == 0 || !a->value[0] || strncmp(a->basis, "relative:", 9) != 0 ||
            !is_factual(a->modality) || !has_person_subject(c, a->participants.items, a->participants.len))
            continue;
        size_t first = a->mentions.items[0];
        int doc = c->event_mentions.items[first].doc;
        while (first > 0 && c->event_mentions.items[first - 1].doc == doc) first--;
        long target = -1;
        for (size_t q = first; q < c->event_mentions.len && c->event_mentions.items[q].doc == doc && target < 0; q++) {
            long j = c->event_mentions.items[q].event;
            if (j < 0 || (size_t)j == i) continue;
            const chr_event *b = &c->events.items[j];
            if (b->dropped || b->mentions.len == 0 || !b->value[0] || !same_string(a->type, b->type) ||
                !is_factual(b->modality) || strncmp(a->value, b->value, 10) != 0 || strlen(a->value) < 10 ||
                strlen(b->value) < 10 || subjects_differ(c, a, b) ||
                !has_person_subject(c, b->participants.items, b->participants.len) || stages_differ(c, a, b))
                continue;
            target = j;
        }
        if (target < 0) continue;
        absorb_event(c, (size_t)target, i, 0);
    }
}

/* Does an order cue open a clause between bytes 'from' and 'to' of the
 * document (chr_rules_clause_cue_in; text the timeline keeps: between two
 * event mentions of a sentence)? */
static int order_cue_between_mentions(const chr_rules *rules, const chr_doc *doc, size_t from, size_t to)
{
    if (to <= from) return 0;
    const char *t = chr_doc_span(doc, from, to);
    return t && chr_rules_clause_cue_in(rules, t, to - from);
}

/* An undated event stated as fact takes the time of a dated, factual
 * event mentioned earlier in the same sentence ("12일이 지나 복귀하고 첫
 * 인터뷰에 나섰다"). */
static void date_by_context(const chr_rules *rules, chr_corpus *c)
{
    for (size_t i = 0; i < c->event_mentions.len; i++) {
        chr_event_mention *m = &c->event_mentions.items[i];
        /* (a successor's planned stint, "Moe will run the company on an
         * interim basis", starts when the one before left: below) */
        int factual = is_factual(m->modality);
        if (m->event < 0 || (!factual && m->modality != CHR_MOD_PLANNED)) continue;
        chr_event *ev = &c->events.items[m->event];
        if (ev->value[0]) continue;
        /* (what holds now, "is investigating", "그때까지 … 맡는다", is the
         * article's, below, not that of an earlier event of its sentence) */
        /* (a noun without its light verb names an event told elsewhere,
         * "시리즈C 투자를 주도한 … 해임 결정을 철회하라는": not the other's) */
        for (size_t k = i; factual && !m->present && !(m->nominal == 1 && !m->light_verb) && k-- > 0;) {
            const chr_event_mention *p = &c->event_mentions.items[k];
            if (p->doc != m->doc || p->sentence != m->sentence) break;
            const chr_event *prev = &c->events.items[p->event];
            /* (an accident the sentence names is no step of its story:
             * "사고의 책임을 지고 물러났다" is not the accident's day) */
            /* (nor is a verb describing the person, background: "지난해
             * 자리에서 물러났던 … 서태윤 씨가 반년 만에 돌아왔다") */
            /* (nor one of a relative clause set off on the subject: "Cho,
             * who founded the company in 1994, resigned") */
            if (p->event == m->event || !prev->value[0] || !is_factual(p->modality) ||
                prev->anchor_only || (p->describes_person && !m->describes_person) ||
                (p->person_clause && !m->person_clause))
                continue;
            /* (nor a noun that only names an event dated elsewhere: "외부
             * 조사가 끝날 때까지 … 직무를 정지하고") */
            if (p->nominal == 1 && !p->light_verb && p->timex < 0 && p->shift_timex < 0) continue;
            /* ", nearly two weeks after the board fired him": a clause with a
             * time relation of its own does not share the sentence's time */
            if (m->own_time && p->start < m->clause_start) break;
            /* (nor one an English order cue opens: "resigned late last
             * night, just days after investigators searched") */
            if (!m->nominal && p->end <= m->start &&
                order_cue_between_mentions(rules, c->docs.items[m->doc], p->end, m->start))
                break;
            set_event_date(ev, prev->value, "context");
            break;
        }
        /* the same kind of event told in the sentence before, dated, gives
         * its time to the next, one or two sentences on ("A가 29일
         * 복귀했다. B도 사장으로 복귀했다") */
        /* (the same kind told in the sentence right before first:
         * "re-elected him chairman, the post he gave up in March. The same
         * meeting named Yoon" is the meeting's day) */
        for (int by_succession = 0; by_succession < 2; by_succession++)
        for (size_t k = i; !ev->value[0] && !m->describes_person && k-- > 0;) {
            const chr_event_mention *p = &c->event_mentions.items[k];
            if (p->doc != m->doc || p->sentence < m->sentence - 2) break;
            if (p->sentence == m->sentence || p->event < 0 || p->event == m->event) continue;
            if (!by_succession && p->sentence != m->sentence - 1) continue;
            const chr_event *prev = &c->events.items[p->event];
            /* (or, told in the very next sentence, the one who takes the
             * post another left: "X resigned the same day. Y was named
             * interim chair": word classes succession and departure) */
            int succeeds = by_succession && p->sentence == m->sentence - 1 && chr_rules_word(rules, "succession", ev->type) &&
                           chr_rules_word(rules, "departure", prev->type);
            /* (what holds now is the article's, unless it is the post
             * another left the sentence before: "directors showed Farrady
             * the door on Monday. Oyelaran has been handed the reins") */
            if (m->present && !(succeeds && p->timex >= 0 && !p->nominal && !m->relative_verb && !m->person_clause))
                continue;
            if ((!same_string(prev->type, ev->type) && !succeeds) || !prev->value[0] || !is_factual(p->modality) ||
                (!factual && (!succeeds || p->timex < 0 || p->nominal)))
                continue;
            set_event_date(ev, prev->value, "context");
        }
    }
}

/* Does timex 'k' date a mention of event 'event' before mention 'i'? */
static int timex_dates_event_before(const chr_corpus *c, size_t i, long k, long event)
{
    for (size_t q = i; q-- > 0;) {
        const chr_event_mention *p = &c->event_mentions.items[q];
        if (p->doc != c->event_mentions.items[i].doc) break;
        if (p->timex == k && p->event == event) return 1;
        if (p->sentence < c->timexes.items[k].sentence) break;
    }
    return 0;
}

/* An undated event told as fact by a verb takes the day of the sentence
 * just before it in its paragraph when that sentence names a day and tells
 * no event ("On Friday Ambercourt blinked. It said it had agreed to begin
 * talks"); in a script of one sentence a line, the line before goes on
 * the same way; the day may lie two such sentences back. */
static void date_by_previous_sentence(chr_corpus *c)
{
    size_t ndocs = c->docs.len;
    for (size_t i = 0; i < c->event_mentions.len; i++) {
        const chr_event_mention *m = &c->event_mentions.items[i];
        if (m->event < 0 || !is_factual(m->modality) || m->present || (m->nominal && !m->light_verb) || m->timex >= 0 ||
            m->shift_timex >= 0 || m->sentence < 1 || m->doc < 0 || (size_t)m->doc >= ndocs)
            continue;
        chr_event *ev = &c->events.items[m->event];
        if (ev->value[0]) continue;
        long day = -1;
        for (long at = m->sentence, back = 0; back < m->story_goes_on && at > 0 && day < 0; back++, at--) {
            long prev = at - 1;
            int told = 0;
            for (size_t q = i; q-- > 0 && !told;) {
                const chr_event_mention *p = &c->event_mentions.items[q];
                if (p->doc != m->doc || p->sentence < prev) break;
                /* (an event there with no time of its own in it, and not
                 * one that holds now, is a step of the same scene: "The
                 * showdown came at a general meeting on 12 December. X's
                 * resolution was defeated. Shareholders instead elected …") */
                if (p->sentence == prev && p->event >= 0 && !c->events.items[p->event].anchor_only &&
                    ((c->events.items[p->event].value[0] && (p->timex >= 0 || p->shift_timex >= 0)) || p->present))
                    told = 1;
            }
            if (told) break;
            int same_paragraph = back < m->paragraph_back;
            /* (the sentence's timexes by binary search: the document's come
             * in text order, so in sentence order) */
            size_t lo = 0, hi = c->timexes.len;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                const chr_timex *t = &c->timexes.items[mid];
                if (t->doc < m->doc || (t->doc == m->doc && t->sentence < prev)) lo = mid + 1;
                else hi = mid;
            }
            for (size_t k = lo; k < c->timexes.len && c->timexes.items[k].doc == m->doc; k++) {
                const chr_timex *t = &c->timexes.items[k];
                if (t->sentence > prev) break;
                /* (a month or a year sets the scene as well: "That changed
                 * in 2016. … Ferrity sold a 60% stake") */
                /* (not for a trigger that counts only when dated: "9년간
                 * 물류와 판매를 맡아 온" after a year is no launch; nor from
                 * another paragraph or a time still to come: "남은 청구는
                 * 내년 3월 … 다뤄질 예정이다. ■ 회사를 떠나다") */
                int coarse_scene = !m->requires_date && same_paragraph &&
                                   !value_after_dct_doc(c, m->doc, t->value) &&
                                   ((t->granularity == 'M' && t->date.month) || t->granularity == 'Y');
                /* (a day still to come is no scene for what is told as
                 * done: "출금은 다음 달 1일 재개된다. 진씨를 대표로 선임했다";
                 * unless it is the day the same event was planned for there:
                 * "오는 13일부터 파업에 들어가겠다고 예고했다. 노조가 파업에
                 * 나서는 것은 12년 만이다") */
                if ((t->type == CHR_TX_DATE || t->type == CHR_TX_TIME) && !t->shift && t->date.year &&
                    (!value_after_dct_doc(c, m->doc, t->value) || timex_dates_event_before(c, i, (long)k, m->event)) &&
                    ((t->granularity == 'D' && t->date.day) || coarse_scene))
                    day = (long)k;
            }
        }
        if (day >= 0) set_event_date(ev, c->timexes.items[day].value, "context");
    }
}

/* A story that opens on the article's own day ("오늘 임시 주주총회에서 첫
 * 승부를 가렸습니다", "shareholders met on Friday") goes on telling that
 * day's scene until the text names another date: an undated event told by
 * a verb in between ("코르베인 측 이사 두 명이 선임됐습니다", "about 200
 * workers rallied outside") happened that day. */
static void date_by_opening_scene(chr_corpus *c)
{
    size_t ndocs = c->docs.len;
    long *scene_start = chr_xcalloc(ndocs ? ndocs : 1, sizeof *scene_start);
    long *scene_end = chr_xcalloc(ndocs ? ndocs : 1, sizeof *scene_end);
    for (size_t d = 0; d < ndocs; d++) scene_start[d] = scene_end[d] = -1;
    for (size_t k = 0; k < c->timexes.len; k++) {
        const chr_timex *t = &c->timexes.items[k];
        if (t->doc < 0 || (size_t)t->doc >= ndocs || scene_end[t->doc] >= 0) continue;
        const chr_doc *doc = c->docs.items[t->doc];
        if (!doc->dct.present) continue;
        if (t->type != CHR_TX_DATE && t->type != CHR_TX_TIME) continue;
        int today = (t->granularity == 'D' || t->type == CHR_TX_TIME) && t->date.year == doc->dct.year && t->date.month == doc->dct.month &&
                    t->date.day == doc->dct.day;
        /* (a clock time with no date of its own is the scene's) */
        int clock_only = t->type == CHR_TX_TIME && !t->date.year;
        if (today && scene_start[t->doc] < 0) scene_start[t->doc] = t->sentence;
        else if (!today && !clock_only) scene_end[t->doc] = scene_start[t->doc] >= 0 ? t->sentence : 0;
    }
    for (size_t i = 0; i < c->event_mentions.len; i++) {
        const chr_event_mention *m = &c->event_mentions.items[i];
        if (m->event < 0 || m->doc < 0 || (size_t)m->doc >= ndocs || !is_factual(m->modality) || m->present ||
            (m->nominal && !m->light_verb) || m->timex >= 0 || m->shift_timex >= 0 || m->requires_date ||
            m->relative_verb || m->person_clause || m->describes_person)
            continue;
        long start = scene_start[m->doc], end = scene_end[m->doc];
        if (start < 0 || m->sentence <= start || (end >= 0 && m->sentence >= end)) continue;
        chr_event *ev = &c->events.items[m->event];
        if (ev->value[0]) continue;
        const chr_dct *dct = &c->docs.items[m->doc]->dct;
        char value[16];
        snprintf(value, sizeof value, "%04d-%02d-%02d", dct->year % 10000, dct->month % 100, dct->day % 100);
        set_event_date(ev, value, "context");
    }
    free(scene_start);
    free(scene_end);
}

/* An event told "in the same announcement" as one the article's day dated
 * only at the end ("…has walked away, the retailer said on Thursday. In the
 * same announcement, it said it had hired …") takes that day too. */
static void date_by_late_occasion(chr_corpus *c)
{
    for (size_t i = 0; i < c->event_mentions.len; i++) {
        const chr_event_mention *m = &c->event_mentions.items[i];
        if (m->relation != 2 || m->event < 0 || m->after_mention < 0) continue;
        chr_event *ev = &c->events.items[m->event];
        long other = c->event_mentions.items[m->after_mention].event;
        if (ev->value[0] || other < 0 || other == m->event || !c->events.items[other].value[0]) continue;
        char basis[96];
        snprintf(basis, sizeof basis, "relative:#%ld+P0D", other);
        set_event_date(ev, c->events.items[other].value, basis);
    }
}

/* An undated event stated as fact in the present tense ("반발이 거세지고
 * 있다", "is investigating") is happening when the article is written:
 * the article date dates it. */
static void date_by_dct(chr_corpus *c)
{
    for (size_t i = 0; i < c->event_mentions.len; i++) {
        const chr_event_mention *m = &c->event_mentions.items[i];
        /* (not a past adnominal that describes a person in a sentence told
         * in the present: "경질된 오재훈 전 감독은 … 검토하고 있다") */
        if (m->event < 0 || !m->present || !is_factual(m->modality) || m->describes_person) continue;
        chr_event *ev = &c->events.items[m->event];
        const chr_doc *doc = c->docs.items[m->doc];
        if (ev->value[0] || !doc->dct.present) continue;
        /* "소액주주들의 반발은 거세지고 있다. 주주연대는 지난 18일 간담회를
         * 열고 ...": a state told in the present that the next sentence
         * opens with a past day, which no told event of that sentence
         * takes, began that day */
        long dct_days = chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day);
        size_t lo = 0, hi = c->timexes.len;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            const chr_timex *x = &c->timexes.items[mid];
            if (x->doc < m->doc || (x->doc == m->doc && x->sentence <= m->sentence)) lo = mid + 1;
            else hi = mid;
        }
        for (size_t k = lo; k < c->timexes.len && c->timexes.items[k].doc == m->doc; k++) {
            const chr_timex *t = &c->timexes.items[k];
            if (t->sentence > m->sentence + 1) break;
            if (t->type != CHR_TX_DATE || t->granularity != 'D' || t->date.year == 0) break;
            if (chr_date_to_days(t->date.year, t->date.month, t->date.day) >= dct_days) break;
            int taken = 0;
            for (size_t q = i + 1; q < c->event_mentions.len; q++) {
                const chr_event_mention *n = &c->event_mentions.items[q];
                if (n->doc != m->doc || n->sentence > t->sentence) break;
                if (n->timex == (long)k && is_factual(n->modality)) taken = 1;
            }
            if (!taken) set_event_date(ev, t->value, "context");
            break;
        }
        if (ev->value[0]) continue;
        char value[16];
        snprintf(value, sizeof value, "%04d-%02d-%02d", doc->dct.year % 10000, doc->dct.month % 100, doc->dct.day % 100);
        set_event_date(ev, value, "dct");
    }
}

/* Events of a type of the word class anchor_only ("the accident", "사고")
 * are no events of the timeline: they are told only so that later ones can
 * be counted from them ("사고 다음 날 조사에 착수했다"). Once every date is
 * settled they are left out, and a date counted from one is said to count
 * from the day that dated it. */
static void drop_anchors(chr_corpus *c)
{
    int any = 0;
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *e = &c->events.items[i];
        if (!e->dropped && e->anchor_only) e->dropped = any = 1;
    }
    if (!any) return;
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *e = &c->events.items[i];
        if (e->dropped || strncmp(e->basis, "relative:#", 10) != 0) continue;
        char *rest;
        long n = strtol(e->basis + 10, &rest, 10);
        if (n < 0 || (size_t)n >= c->events.len || !c->events.items[n].dropped) continue;
        const char *from = c->events.items[n].basis;
        char basis[sizeof e->basis];
        if (strncmp(from, "timex:#", 7) == 0)
            snprintf(basis, sizeof basis, "relative:t#%ld%.40s", strtol(from + 7, NULL, 10), rest);
        else
            snprintf(basis, sizeof basis, "context");
        snprintf(e->basis, sizeof e->basis, "%s", basis);
    }
}

/* Events whose every mention needs a date and that got none are left
 * out, and so are those whose every mention needs a party (an
 * organisation or an amount) or a person and that have none. */
static void drop_undated(const chr_rules *rules, chr_corpus *c)
{
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *e = &c->events.items[i];
        if (e->dropped) continue;
        int party = e->amount.present, needs_party = e->mentions.len > 0;
        for (size_t p = 0; p < e->participants.len; p++)
            if (c->entities.items[e->participants.items[p].entity].type == CHR_ENT_ORG &&
                !ROLE_IS(e->participants.items[p].role, "agent"))
                party = 1;
        for (size_t k = 0; k < e->mentions.len; k++)
            if (!c->event_mentions.items[e->mentions.items[k]].requires_party) needs_party = 0;
        if (needs_party && !party) {
            e->dropped = 1;
            continue;
        }
        int person = 0, needs_person = e->mentions.len > 0;
        for (size_t p = 0; p < e->participants.len; p++)
            if (c->entities.items[e->participants.items[p].entity].type == CHR_ENT_PERSON) person = 1;
        for (size_t k = 0; k < e->mentions.len; k++)
            if (!c->event_mentions.items[e->mentions.items[k]].requires_person) needs_person = 0;
        if (needs_person && !person) {
            e->dropped = 1;
            continue;
        }
        if (e->value[0]) continue;
        int all = 1, nouns = e->mentions.len > 0;
        for (size_t k = 0; k < e->mentions.len; k++) {
            const chr_event_mention *m = &c->event_mentions.items[e->mentions.items[k]];
            if (!m->requires_date) all = 0;
            if (!m->nominal || m->light_verb || m->relative_verb) nouns = 0;
        }
        /* (an undated event told as a fact only by nouns, "the
         * departure", "the merger", refers to one the text tells elsewhere
         * or to none: no event of its own; unless its type is one news
         * tells by a noun alone, word class noun_event: "반발", "조사", "the
         * lawsuit"; what is denied or only possible stays, as said) */
        e->dropped = all || (nouns && (e->modality == CHR_MOD_ASSERTED || e->modality == CHR_MOD_REPORTED) &&
                             !chr_rules_word(rules, "noun_event", e->type));
    }
}

/* One subject per event: the one most of its mentions name. */
static void settle_subjects(chr_corpus *c)
{
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *e = &c->events.items[i];
        long best = -1;
        size_t best_count = 0;
        for (size_t p = 0; p < e->participants.len; p++) {
            if (!ROLE_IS(e->participants.items[p].role, "subject")) continue;
            long ent = e->participants.items[p].entity;
            size_t count = 0;
            for (size_t k = 0; k < e->mentions.len; k++) {
                const chr_event_mention *m = &c->event_mentions.items[e->mentions.items[k]];
                for (size_t q = 0; q < m->participants.len; q++)
                    if (chr_entity_root(c, m->participants.items[q].entity) == ent && ROLE_IS(m->participants.items[q].role, "subject"))
                        count++;
            }
            if (count > best_count) best_count = count, best = ent;
        }
        size_t out = 0;
        for (size_t p = 0; p < e->participants.len; p++) {
            chr_participant *part = &e->participants.items[p];
            if (ROLE_IS(part->role, "subject") && part->entity != best) continue;
            e->participants.items[out++] = *part;
        }
        e->participants.len = out;
    }
}

/* What a board does happens at its company: "<Company> board" as agent
 * (or as the organisation the event fell back on) gives "<Company>" as
 * organisation when the event names none other (a board change, the
 * board's talks, its statement). Each board entity is looked up once. */
static void board_company(chr_corpus *c)
{
    long *owner = NULL;
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *e = &c->events.items[i];
        if (e->dropped) continue;
        long board = -1;
        int has_org = 0;
        for (size_t p = 0; p < e->participants.len; p++) {
            const chr_participant *q = &e->participants.items[p];
            int a_board = c->entities.items[q->entity].type == CHR_ENT_ORG && is_board_entity(c, q->entity);
            /* (a board the event fell back on as its organisation counts
             * as its company's too: "노조와 4월 2일 합의했습니다" in an
             * interview whose last company named was "이사회") */
            if (strcmp(q->role, "organization") == 0 && !a_board) has_org = 1;
            if ((ROLE_IS(q->role, "agent") || strcmp(q->role, "organization") == 0) && a_board) board = q->entity;
        }
        if (has_org || board < 0) continue;
        const char *name = c->entities.items[board].name;
        size_t n = strlen(name);
        if (n <= 6) continue;
        if (!owner) {
            owner = chr_xcalloc(c->entities.len ? c->entities.len : 1, sizeof *owner);
            for (size_t k = 0; k < c->entities.len; k++) owner[k] = -2;
        }
        if (owner[board] == -2) {
            owner[board] = -1;
            for (size_t k = 0; k < c->entities.len; k++) {
                const chr_entity *o = &c->entities.items[k];
                if (o->merged_into >= 0 || o->type != CHR_ENT_ORG || !o->name) continue;
                if (strlen(o->name) == n - 6 && memcmp(o->name, name, n - 6) == 0) {
                    owner[board] = (long)k;
                    break;
                }
            }
        }
        if (owner[board] >= 0) {
            chr_participant org = {.entity = owner[board]};
            snprintf(org.role, sizeof org.role, "organization");
            chr_vec_push(&e->participants, org);
        }
    }
    free(owner);
}

/* An event told with nobody named ("200 of them walked off the night
 * shift", "In a statement Thursday, the company said") happened at the
 * company the article is about: the organisation its text names most
 * often, at least twice and more often than any other. One told with
 * others named but not that company is about it (role "about"). */
static void main_company(chr_corpus *c)
{
    size_t ndocs = c->docs.len;
    if (!ndocs || !c->entities.len) return;
    long *main_org = chr_xcalloc(ndocs, sizeof *main_org);
    size_t *count = chr_xcalloc(c->entities.len, sizeof *count);
    size_t m = 0;
    for (size_t d = 0; d < ndocs; d++) {
        main_org[d] = -1;
        size_t first = m;
        for (; m < c->entity_mentions.len && c->entity_mentions.items[m].doc == (int)d; m++) {
            long e = c->entity_mentions.items[m].entity;
            while (e >= 0 && c->entities.items[e].merged_into >= 0) e = c->entities.items[e].merged_into;
            /* (a board is no company of its own: "이사회" named more often
             * than its company leaves the company the article's) */
            if (e >= 0 && c->entities.items[e].type == CHR_ENT_ORG && !is_board_entity(c, e)) count[e]++;
        }
        size_t best = 0, second = 0;
        long best_e = -1;
        for (size_t k = first; k < m; k++) {
            long e = c->entity_mentions.items[k].entity;
            while (e >= 0 && c->entities.items[e].merged_into >= 0) e = c->entities.items[e].merged_into;
            if (e < 0 || !count[e]) continue;
            if (count[e] > best) {
                if (best_e != e) second = best;
                best = count[e], best_e = e;
            } else if (e != best_e && count[e] > second) {
                second = count[e];
            }
        }
        if (best >= 2 && best > second) main_org[d] = best_e;
        for (size_t k = first; k < m; k++) {
            long e = c->entity_mentions.items[k].entity;
            while (e >= 0 && c->entities.items[e].merged_into >= 0) e = c->entities.items[e].merged_into;
            if (e >= 0) count[e] = 0;
        }
    }
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *e = &c->events.items[i];
        if (e->dropped || !e->mentions.len) continue;
        int doc = c->event_mentions.items[e->mentions.items[0]].doc;
        if (doc < 0 || (size_t)doc >= ndocs || main_org[doc] < 0) continue;
        /* (one told with others named is still part of that company's
         * story, unless it names it: "Prosecutors raided the plant", "the
         * regulator fined it", "Kim was named chief executive", even a
         * rival's "세림도기는 지난 9일 신주를 배정했다"; role "about", no
         * party to it) */
        int named = 0, one_doc = 1;
        for (size_t k = 0; k < e->participants.len; k++)
            if (e->participants.items[k].entity == main_org[doc]) named = 1;
        for (size_t k = 1; k < e->mentions.len; k++)
            if (c->event_mentions.items[e->mentions.items[k]].doc != doc) one_doc = 0;
        if (named || !one_doc) continue;
        chr_participant org = {.entity = main_org[doc]};
        snprintf(org.role, sizeof org.role, "%s", e->participants.len ? "about" : "organization");
        chr_vec_push(&e->participants, org);
    }
    free(count);
    free(main_org);
}

/* The first entity mention of document 'doc' in sentence 'sentence' or
 * after it: mentions are in text order, document by document. */
static size_t first_mention_in_sentence(const chr_corpus *c, int doc, long sentence)
{
    size_t lo = 0, hi = c->entity_mentions.len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const chr_entity_mention *n = &c->entity_mentions.items[mid];
        if (n->doc < doc || (n->doc == doc && n->sentence < sentence)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Who else the sentences telling an event name, past the parties the
 * extractor found ("검찰은 … 동하일렉트릭 본사를 압수수색했다": the company
 * searched; "Norvane Capital, which owns 14% of Hwirang, wrote to the
 * board"): role "mentioned", no party to it, so it is added after merging
 * and comparing sources ignores it. */
static void named_alongside(chr_corpus *c)
{
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *e = &c->events.items[i];
        if (e->dropped) continue;
        for (size_t k = 0; k < e->mentions.len; k++) {
            const chr_event_mention *m = &c->event_mentions.items[e->mentions.items[k]];
            if (m->anchor_only || m->sentence < 0) continue;
            for (size_t j = first_mention_in_sentence(c, m->doc, m->sentence); j < c->entity_mentions.len; j++) {
                const chr_entity_mention *n = &c->entity_mentions.items[j];
                if (n->doc != m->doc || n->sentence != m->sentence) break;
                long root = chr_entity_root(c, n->entity);
                if (root < 0) continue;
                int known = 0;
                for (size_t q = 0; q < e->participants.len && !known; q++)
                    if (chr_entity_root(c, e->participants.items[q].entity) == root) known = 1;
                if (known) continue;
                chr_participant named = {.entity = root};
                snprintf(named.role, sizeof named.role, "%s", "mentioned");
                chr_vec_push(&e->participants, named);
            }
        }
    }
}

static void fill_bounds(chr_corpus *c)
{
    for (size_t i = 0; i < c->events.len; i++) {
        chr_event *e = &c->events.items[i];
        chr_date first, last;
        if (!e->value[0] || !chr_value_bounds(e->value, &first, &last) || first.year == 0) continue;
        if (first.month == 0) first.month = 1, first.day = 1;
        if (first.day == 0) first.day = 1;
        if (last.month == 0) last.month = 12;
        if (last.day == 0) last.day = chr_days_in_month(last.year, last.month);
        snprintf(e->earliest, sizeof e->earliest, "%04d-%02d-%02d", first.year, first.month, first.day);
        snprintf(e->latest, sizeof e->latest, "%04d-%02d-%02d", last.year, last.month, last.day);
    }
}

chr_status chr_resolve(const chr_rules *rules, const chr_entity_extractor *entities, chr_corpus *corpus,
                       chr_error *err)
{
    (void)err;
    chr_link_entities(rules, entities, corpus);
    /* an accident the story counts from is one whoever its sentences name
     * (the inspectors who came the next day are not its parties) */
    for (size_t i = 0; i < corpus->event_mentions.len; i++) {
        chr_event_mention *m = &corpus->event_mentions.items[i];
        if (m->participants.len && m->anchor_only) m->participants.len = 0;
    }
    state_vec states = {0};
    merge_events(rules, corpus, &states);
    fold_references(corpus, &states);
    date_by_shifts(corpus, &states);
    fold_counted_back(corpus);
    fold_same_day(corpus);
    date_by_context(rules, corpus);
    date_by_previous_sentence(corpus);
    date_by_opening_scene(corpus);
    date_by_dct(corpus);
    date_by_late_occasion(corpus);
    drop_anchors(corpus);
    drop_undated(rules, corpus);
    settle_subjects(corpus);
    board_company(corpus);
    main_company(corpus);
    named_alongside(corpus);
    fill_bounds(corpus);
    chr_vec_free(&states);
    return CHR_OK;
}
