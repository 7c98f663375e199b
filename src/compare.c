/*
 * compare.c - coverage across sources, the stage after the timeline.
 *
 * The resolver merges event mentions across documents only when their
 * dates are compatible, so two outlets that give different days for the
 * same agreement leave two events. This file aligns such events into one
 * coverage row without touching the resolver, then says, per row and per
 * document, whether the document reports the event, with which date,
 * modality, participants and evidence sentence, and where the documents
 * disagree.
 *
 * Alignment rule (documented in README.md, "Comparing coverage"): negated
 * events are left out. Two events are candidates for one row when
 *   - no document reports both (the resolver already decided within a
 *     document),
 *   - their types are equal, or a known variant pair (board_change with
 *     resignation or appointment, protest with statement) sharing a
 *     participant, or the conflicting pair ouster/resignation sharing a
 *     subject,
 *   - their dates, when both are calendar dates, are at most
 *     CHR_COMPARE_WINDOW_DAYS apart (interval distance), or
 *     CHR_COMPARE_SUBJECT_WINDOW_DAYS for the same type with the same
 *     person as subject,
 *   - they do not name different organisations without a common subject,
 *     and when they name different subjects they have the same type and
 *     overlapping dates (reported as a participants conflict),
 *   - and there is positive evidence: a shared participant, or both dated.
 * Candidate pairs are joined best first (same type, then subjects that do
 * not clash, then closer dates, then more shared participants; ties by
 * event order) and a join is made only when every pair across the two
 * groups is compatible (complete linkage), so a chain of near dates never
 * glues three different events.
 *
 * Rows are ordered by date (undated last), then by timeline rank; a
 * document's date for a row is its own time expression when a mention has
 * one, else the resolved event date.
 *
 * Conflicts: a row whose documents give incompatible dates (by day), a
 * row whose documents give the ouster/resignation pair, and a row whose
 * documents name disjoint subjects.
 *
 * The text and CSV renderers at the end read only the coverage section.
 *
 * Borrows the corpus; every json_t returned is a new reference.
 */
#include "chr_compare.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chr_resolver.h"

/* ---- documents in a canonical order ---------------------------------------------------- */

static int cmp_nullable(const char *a, const char *b)
{
    if (!a || !b) return (a == NULL) - (b == NULL); /* NULL last */
    return strcmp(a, b);
}

static int cmp_docs(const void *pa, const void *pb)
{
    const chr_doc *a = *(chr_doc *const *)pa, *b = *(chr_doc *const *)pb;
    if (a->dct.present != b->dct.present) return a->dct.present ? -1 : 1;
    if (a->dct.present) {
        const int ka[5] = {a->dct.year, a->dct.month, a->dct.day, a->dct.hour, a->dct.minute};
        const int kb[5] = {b->dct.year, b->dct.month, b->dct.day, b->dct.hour, b->dct.minute};
        for (int i = 0; i < 5; i++)
            if (ka[i] != kb[i]) return ka[i] < kb[i] ? -1 : 1;
    }
    int c = cmp_nullable(a->source, b->source);
    if (c == 0) c = cmp_nullable(a->path, b->path);
    if (c == 0 && a->len != b->len) c = a->len < b->len ? -1 : 1;
    if (c == 0) c = memcmp(a->text, b->text, a->len);
    return c;
}

chr_status chr_compare_sort_documents(chr_corpus *corpus, chr_error *err)
{
    if (corpus->timexes.len || corpus->entity_mentions.len || corpus->event_mentions.len || corpus->events.len)
        return chr_error_set(err, CHR_ERR_USAGE, "", 0, -1, "documents can only be sorted before the pipeline runs");
    if (corpus->docs.len > 1) qsort(corpus->docs.items, corpus->docs.len, sizeof *corpus->docs.items, cmp_docs);
    for (size_t i = 0; i < corpus->docs.len; i++)
        snprintf(corpus->docs.items[i]->id, sizeof corpus->docs.items[i]->id, "d%u", (unsigned)(i + 1)); /* fits in id[16] */
    return CHR_OK;
}

/* ---- events as alignment items ---------------------------------------------------------- */

typedef struct {
    size_t event;        /* index into corpus events */
    unsigned char *docs; /* docs[d] != 0 when document d reports it (owned) */
    int dated;           /* first/last are valid day numbers */
    long first, last;
    int cluster;         /* the row group, an item index */
} item;

typedef struct {
    const chr_corpus *c;
    size_t ndocs;
    CHR_VEC(item) items;
} aligner;


/* Day numbers of a calendar value with a known year; 0 when there is none. */
static int value_days(const char *value, long *first, long *last)
{
    chr_date f, l;
    if (!value || !value[0] || !chr_value_bounds(value, &f, &l) || f.year <= 0) return 0;
    if (f.month == 0) f.month = 1, f.day = 1, l.month = 12, l.day = 31;
    if (f.day == 0) f.day = 1;
    if (l.day == 0) l.day = chr_days_in_month(l.year, l.month);
    *first = chr_date_to_days(f.year, f.month, f.day);
    *last = chr_date_to_days(l.year, l.month, l.day);
    return 1;
}

static int is_pair(const char *a, const char *b, const char *x, const char *y)
{
    return (strcmp(a, x) == 0 && strcmp(b, y) == 0) || (strcmp(a, y) == 0 && strcmp(b, x) == 0);
}

/* Types that sources use for one event without disagreeing. */
static int variant_types(const char *a, const char *b)
{
    return is_pair(a, b, "board_change", "resignation") || is_pair(a, b, "board_change", "appointment") ||
           is_pair(a, b, "protest", "statement");
}

/* Types that say incompatible things about one event. */
static int conflicting_types(const char *a, const char *b)
{
    return is_pair(a, b, "ouster", "resignation");
}

/* Participants of 'a' (in 'role', or any party's role when NULL) that 'b'
 * also has in that role; an entity only "mentioned" beside an event is no
 * party to it. */
static size_t shared_participants(const chr_corpus *c, const chr_event *a, const chr_event *b, const char *role)
{
    size_t n = 0;
    for (size_t i = 0; i < a->participants.len; i++) {
        const chr_participant *p = &a->participants.items[i];
        if (role ? strcmp(p->role, role) != 0 : strcmp(p->role, "mentioned") == 0) continue;
        for (size_t k = 0; k < b->participants.len; k++) {
            const chr_participant *q = &b->participants.items[k];
            if (role ? strcmp(q->role, role) != 0 : strcmp(q->role, "mentioned") == 0) continue;
            if (chr_entity_root(c, p->entity) == chr_entity_root(c, q->entity)) {
                n++;
                break;
            }
        }
    }
    return n;
}

static int has_role(const chr_event *e, const char *role)
{
    for (size_t i = 0; i < e->participants.len; i++)
        if (strcmp(e->participants.items[i].role, role) == 0) return 1;
    return 0;
}

static int shared_person_subject(const chr_corpus *c, const chr_event *a, const chr_event *b)
{
    for (size_t i = 0; i < a->participants.len; i++) {
        const chr_participant *p = &a->participants.items[i];
        long e = chr_entity_root(c, p->entity);
        if (strcmp(p->role, "subject") != 0 || e < 0 || (size_t)e >= c->entities.len ||
            c->entities.items[e].type != CHR_ENT_PERSON)
            continue;
        for (size_t k = 0; k < b->participants.len; k++)
            if (strcmp(b->participants.items[k].role, "subject") == 0 && chr_entity_root(c, b->participants.items[k].entity) == e)
                return 1;
    }
    return 0;
}

/*
 * Whether items a and b may be one row. Returns 0 when they may not;
 * otherwise a positive score (higher is a better match) and sets *strong
 * when there is positive evidence (a shared participant, or both dated).
 */
static long pair_score(const aligner *al, const item *a, const item *b, int *strong)
{
    const chr_corpus *c = al->c;
    const chr_event *ea = &c->events.items[a->event], *eb = &c->events.items[b->event];
    /* cheap refusals first: this runs for every pair of events */
    int same_type = strcmp(ea->type, eb->type) == 0;
    if (!same_type && !variant_types(ea->type, eb->type) && !conflicting_types(ea->type, eb->type)) return 0;
    for (size_t d = 0; d < al->ndocs; d++)
        if (a->docs[d] && b->docs[d]) return 0;
    size_t shared = shared_participants(c, ea, eb, NULL);
    size_t shared_subjects = shared_participants(c, ea, eb, "subject");
    if (!same_type) {
        if (conflicting_types(ea->type, eb->type)) {
            if (!shared_subjects) return 0;
        } else if (!variant_types(ea->type, eb->type) || !shared) {
            return 0;
        }
    }
    /* different organisations for no common subject are different events */
    if (has_role(ea, "organization") && has_role(eb, "organization") && !shared_subjects &&
        !shared_participants(c, ea, eb, "organization"))
        return 0;
    long gap = 0;
    if (a->dated && b->dated) {
        long lo = a->first > b->first ? a->first : b->first;
        long hi = a->last < b->last ? a->last : b->last;
        gap = lo > hi ? lo - hi : 0;
        long window = same_type && shared_person_subject(c, ea, eb) ? CHR_COMPARE_SUBJECT_WINDOW_DAYS
                                                                    : CHR_COMPARE_WINDOW_DAYS;
        if (gap > window) return 0;
    }
    /* different subjects: one event only when the type and the date agree
     * (a participants conflict); two people ousted the same day stay two
     * rows when both are reported by both, as same-subject pairs join first */
    int subject_clash = has_role(ea, "subject") && has_role(eb, "subject") && !shared_subjects;
    if (subject_clash && !(same_type && a->dated && b->dated && gap == 0)) return 0;
    *strong = shared > 0 || (a->dated && b->dated);
    /* same type first, then no clash of subjects, then closer dates, then
     * more shared participants */
    long score = 10 + (same_type ? 100000 : 0) + (subject_clash ? 0 : 5000) + (long)(shared > 9 ? 9 : shared) * 10;
    if (a->dated && b->dated) score += (CHR_COMPARE_SUBJECT_WINDOW_DAYS + 1 - gap) * 100;
    return score;
}

typedef struct {
    long score;
    size_t a, b;
} edge;

typedef CHR_VEC(size_t) size_vec;

static int cmp_edges(const void *pa, const void *pb)
{
    const edge *x = pa, *y = pb;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    if (x->a != y->a) return x->a < y->a ? -1 : 1;
    if (x->b != y->b) return x->b < y->b ? -1 : 1;
    return 0;
}

static void align(aligner *al)
{
    const chr_corpus *c = al->c;
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        if (e->dropped || e->modality == CHR_MOD_NEGATED || e->mentions.len == 0) continue;
        item it = {.event = i, .docs = chr_xcalloc(al->ndocs ? al->ndocs : 1, 1), .cluster = (int)al->items.len};
        for (size_t k = 0; k < e->mentions.len; k++) {
            int d = c->event_mentions.items[e->mentions.items[k]].doc;
            if (d >= 0 && (size_t)d < al->ndocs) it.docs[d] = 1;
        }
        it.dated = value_days(e->value, &it.first, &it.last);
        chr_vec_push(&al->items, it);
    }
    CHR_VEC(edge) edges = {0};
    for (size_t i = 0; i < al->items.len; i++)
        for (size_t j = i + 1; j < al->items.len; j++) {
            int strong = 0;
            long s = pair_score(al, &al->items.items[i], &al->items.items[j], &strong);
            if (s > 0 && strong) chr_vec_push(&edges, ((edge){s, i, j}));
        }
    if (edges.len) qsort(edges.items, edges.len, sizeof *edges.items, cmp_edges);
    /* members[c]: the items of group c, so a join checks |A| x |B| pairs */
    size_vec *members = chr_xcalloc(al->items.len ? al->items.len : 1, sizeof *members);
    for (size_t i = 0; i < al->items.len; i++) chr_vec_push(&members[i], i);
    for (size_t k = 0; k < edges.len; k++) {
        int ca = al->items.items[edges.items[k].a].cluster, cb = al->items.items[edges.items[k].b].cluster;
        if (ca == cb) continue;
        int ok = 1;
        for (size_t i = 0; i < members[ca].len && ok; i++)
            for (size_t j = 0; j < members[cb].len && ok; j++) {
                int strong;
                if (!pair_score(al, &al->items.items[members[ca].items[i]], &al->items.items[members[cb].items[j]],
                                &strong))
                    ok = 0;
            }
        if (!ok) continue;
        int keep = ca < cb ? ca : cb, gone = ca < cb ? cb : ca;
        for (size_t i = 0; i < members[gone].len; i++) {
            al->items.items[members[gone].items[i]].cluster = keep;
            chr_vec_push(&members[keep], members[gone].items[i]);
        }
        chr_vec_free(&members[gone]);
    }
    for (size_t i = 0; i < al->items.len; i++) chr_vec_free(&members[i]);
    free(members);
    chr_vec_free(&edges);
}

/* ---- one document's report of one row ---------------------------------------------------- */

typedef struct {
    long item;          /* the item that carries the report, or -1 */
    char value[48];     /* the date this document gives, or "" */
    long date_timex;    /* the timex that gives it, or -1 (derived by the resolver) */
    int own_date;       /* the document itself dates it (a timex or a shift such
                           as "12일 뒤" in its own text), not another source */
    chr_modality modality;
    size_t first_mention; /* index into corpus event_mentions */
} report;

typedef struct {
    CHR_VEC(size_t) items; /* indices into aligner items */
    long order_rank;
    size_t order_event;
    report *reports;      /* one per document (owned) */
    size_t nreporting;
    char type[32];
    char value[48];
    size_t label_event;
} row;

/* Day key of a value for grouping: "2024-10-10TAF" and "2024-10-10" are
 * one day. */
static void day_key(const char *value, char *out, size_t size)
{
    long f, l;
    if (value_days(value, &f, &l) && f == l) {
        int y, m, d;
        chr_date_from_days(f, &y, &m, &d);
        snprintf(out, size, "%04d-%02d-%02d", y, m, d);
    } else {
        snprintf(out, size, "%s", value);
    }
}

static void fill_report(const chr_corpus *c, const aligner *al, row *r, size_t d)
{
    report *rep = &r->reports[d];
    rep->item = -1;
    rep->date_timex = -1;
    rep->own_date = 0;
    for (size_t k = 0; k < r->items.len; k++) {
        const item *it = &al->items.items[r->items.items[k]];
        if (!it->docs[d]) continue;
        const chr_event *e = &c->events.items[it->event];
        rep->item = (long)r->items.items[k];
        rep->modality = CHR_MOD_NEGATED;
        int have_first = 0;
        for (size_t m = 0; m < e->mentions.len; m++) {
            size_t mi = e->mentions.items[m];
            const chr_event_mention *em = &c->event_mentions.items[mi];
            if (em->doc != (int)d) continue;
            if (!have_first || em->start < c->event_mentions.items[rep->first_mention].start)
                rep->first_mention = mi, have_first = 1;
            if (em->modality < rep->modality) rep->modality = em->modality;
            long f, l;
            if (em->shift_timex >= 0) rep->own_date = 1;
            /* a date the resolver re-anchored for this very mention comes first */
            if (!rep->own_date && em->value[0] && value_days(em->value, &f, &l)) {
                rep->own_date = 1;
                rep->date_timex = em->timex >= 0 && (size_t)em->timex < c->timexes.len ? em->timex : -1;
                chr_copy_str(rep->value, sizeof rep->value, em->value);
                continue;
            }
            if (rep->date_timex < 0 && em->timex >= 0 && (size_t)em->timex < c->timexes.len &&
                value_days(c->timexes.items[em->timex].value, &f, &l)) {
                rep->date_timex = em->timex;
                rep->own_date = 1;
                chr_copy_str(rep->value, sizeof rep->value, c->timexes.items[em->timex].value);
            }
        }
        if (!rep->own_date || !rep->value[0]) chr_copy_str(rep->value, sizeof rep->value, e->value);
        if (rep->modality == CHR_MOD_NEGATED) rep->modality = e->modality;
        return;
    }
}

/* The most common of 'n' strings (by day key when 'days'); ties go to the
 * first document's. Empty strings do not count. */
static void majority(const char *const *values, size_t n, int days, char *out, size_t size)
{
    size_t best = 0, best_i = n;
    for (size_t i = 0; i < n; i++) {
        if (!values[i] || !values[i][0]) continue;
        char ki[48], kj[48];
        day_key(values[i], ki, sizeof ki);
        size_t count = 0;
        for (size_t j = 0; j < n; j++) {
            if (!values[j] || !values[j][0]) continue;
            day_key(values[j], kj, sizeof kj);
            if (days ? strcmp(ki, kj) == 0 : strcmp(values[i], values[j]) == 0) count++;
        }
        if (count > best) best = count, best_i = i;
    }
    snprintf(out, size, "%s", best_i < n ? values[best_i] : "");
}

/* Rows by their date (first day; undated last), then by the timeline's
 * rank of their earliest-ranked event, then by event order. */
static int cmp_rows(const void *pa, const void *pb)
{
    const row *a = pa, *b = pb;
    long af = LONG_MAX, bf = LONG_MAX, l;
    if (!value_days(a->value, &af, &l)) af = LONG_MAX;
    if (!value_days(b->value, &bf, &l)) bf = LONG_MAX;
    if (af != bf) return af < bf ? -1 : 1;
    if (a->order_rank != b->order_rank) return a->order_rank < b->order_rank ? -1 : 1;
    if (a->order_event != b->order_event) return a->order_event < b->order_event ? -1 : 1;
    return 0;
}

/* ---- JSON ---------------------------------------------------------------------------- */

static json_t *str_or_null(const char *s)
{
    return s && s[0] ? json_string(s) : json_null();
}

static json_t *dct_json(const chr_dct *dct)
{
    char buf[32];
    return chr_dct_format(dct, buf, sizeof buf) ? json_string(buf) : json_null();
}

static const char *entity_id(const chr_corpus *c, long e)
{
    e = chr_entity_root(c, e);
    return e >= 0 && (size_t)e < c->entities.len ? c->entities.items[e].id : "";
}

static const char *entity_name(const chr_corpus *c, long e)
{
    e = chr_entity_root(c, e);
    return e >= 0 && (size_t)e < c->entities.len && c->entities.items[e].name ? c->entities.items[e].name : "";
}

static json_t *slice(const chr_doc *doc, size_t start, size_t end)
{
    return json_stringn(doc->text + start, end - start);
}

/* The participants this document gives: the union over its mentions. */
static json_t *report_participants(const chr_corpus *c, const chr_event *e, size_t d)
{
    json_t *arr = json_array();
    for (size_t m = 0; m < e->mentions.len; m++) {
        const chr_event_mention *em = &c->event_mentions.items[e->mentions.items[m]];
        if (em->doc != (int)d) continue;
        for (size_t k = 0; k < em->participants.len; k++) {
            const chr_participant *p = &em->participants.items[k];
            const char *id = entity_id(c, p->entity);
            if (!id[0]) continue;
            int dup = 0;
            size_t idx;
            json_t *v;
            json_array_foreach(arr, idx, v) {
                if (strcmp(json_string_value(json_object_get(v, "entity")), id) == 0 &&
                    strcmp(json_string_value(json_object_get(v, "role")), p->role) == 0)
                    dup = 1;
            }
            if (dup) continue;
            json_t *o = json_object();
            json_object_set_new(o, "entity", json_string(id));
            json_object_set_new(o, "name", json_string(entity_name(c, p->entity)));
            json_object_set_new(o, "role", json_string(p->role));
            json_array_append_new(arr, o);
        }
    }
    return arr;
}

static json_t *report_json(const chr_corpus *c, const aligner *al, const row *r, size_t d)
{
    const chr_doc *doc = c->docs.items[d];
    const report *rep = &r->reports[d];
    json_t *o = json_object();
    json_object_set_new(o, "doc", json_string(doc->id));
    json_object_set_new(o, "source", str_or_null(doc->source));
    json_object_set_new(o, "reported", json_boolean(rep->item >= 0));
    if (rep->item < 0) return o;
    const chr_event *e = &c->events.items[al->items.items[rep->item].event];
    json_object_set_new(o, "event", json_string(e->id));
    json_object_set_new(o, "type", json_string(e->type));
    json_object_set_new(o, "date", str_or_null(rep->value));
    if (rep->date_timex >= 0) {
        const chr_timex *t = &c->timexes.items[rep->date_timex];
        json_object_set_new(o, "date_basis", json_string(t->id));
        json_object_set_new(o, "date_text", slice(doc, t->start, t->end));
    } else {
        json_object_set_new(o, "date_basis", json_string(rep->value[0] ? "event" : "none"));
        json_object_set_new(o, "date_text", json_null());
    }
    json_object_set_new(o, "modality", json_string(chr_modality_name(rep->modality)));
    json_object_set_new(o, "participants", report_participants(c, e, d));
    const chr_event_mention *m = &c->event_mentions.items[rep->first_mention];
    json_t *ev = json_object();
    json_object_set_new(ev, "start", json_integer((json_int_t)chr_doc_cp_offset(doc, m->start)));
    json_object_set_new(ev, "end", json_integer((json_int_t)chr_doc_cp_offset(doc, m->end)));
    json_object_set_new(ev, "text", slice(doc, m->start, m->end));
    if (m->sentence >= 0 && (size_t)m->sentence < doc->sentences.len)
        json_object_set_new(ev, "sentence", slice(doc, doc->sentences.items[m->sentence].start,
                                                  doc->sentences.items[m->sentence].end));
    else
        json_object_set_new(ev, "sentence", json_string(""));
    json_object_set_new(o, "evidence", ev);
    return o;
}

/* A conflict side: the value and the documents that give it. */
static json_t *side_json(const chr_corpus *c, const char *value, const size_t *docs, size_t n)
{
    json_t *o = json_object(), *ids = json_array(), *names = json_array();
    json_object_set_new(o, "value", json_string(value));
    for (size_t i = 0; i < n; i++) {
        json_array_append_new(ids, json_string(c->docs.items[docs[i]]->id));
        json_array_append_new(names, str_or_null(c->docs.items[docs[i]]->source));
    }
    json_object_set_new(o, "docs", ids);
    json_object_set_new(o, "sources", names);
    return o;
}


/*
 * Groups the reporting documents of a row by key(d) (skipping empty keys)
 * and, when some two groups are incompatible under 'clash', returns the
 * conflict with the groups in that clash as its sides; otherwise NULL.
 */
static json_t *grouped_conflict(const chr_corpus *c, char keys[][160], size_t ndocs, const char *kind,
                                int (*clash)(const char *, const char *))
{
    size_t ngroups = 0;
    size_t *group_of = chr_xcalloc(ndocs ? ndocs : 1, sizeof *group_of);
    size_t *first = chr_xcalloc(ndocs ? ndocs : 1, sizeof *first); /* a representative doc per group */
    for (size_t d = 0; d < ndocs; d++) {
        if (!keys[d][0]) continue;
        size_t g = 0;
        while (g < ngroups && strcmp(keys[first[g]], keys[d]) != 0) g++;
        if (g == ngroups) first[ngroups++] = d;
        group_of[d] = g;
    }
    json_t *conflict = NULL;
    unsigned char *in = chr_xcalloc(ngroups ? ngroups : 1, 1);
    int any = 0;
    for (size_t g = 0; g < ngroups; g++)
        for (size_t h = g + 1; h < ngroups; h++)
            if (clash(keys[first[g]], keys[first[h]])) in[g] = in[h] = 1, any = 1;
    if (any) {
        conflict = json_object();
        json_object_set_new(conflict, "kind", json_string(kind));
        json_t *sides = json_array();
        size_vec docs = {0};
        /* sides in the order of their values (dates ascending) */
        unsigned char *done = chr_xcalloc(ngroups, 1);
        for (size_t round_ = 0; round_ < ngroups; round_++) {
            size_t g = ngroups;
            for (size_t h = 0; h < ngroups; h++)
                if (!done[h] && (g == ngroups || strcmp(keys[first[h]], keys[first[g]]) < 0)) g = h;
            done[g] = 1;
            if (!in[g]) continue;
            docs.len = 0;
            for (size_t d = 0; d < ndocs; d++)
                if (keys[d][0] && group_of[d] == g) chr_vec_push(&docs, d);
            json_array_append_new(sides, side_json(c, keys[first[g]], docs.items, docs.len));
        }
        chr_vec_free(&docs);
        free(done);
        json_object_set_new(conflict, "sides", sides);
    }
    free(in);
    free(first);
    free(group_of);
    return conflict;
}

static int dates_clash(const char *a, const char *b)
{
    return !chr_values_compatible(a, b);
}

static int types_clash(const char *a, const char *b)
{
    return conflicting_types(a, b);
}

/* Subject lists "Name (p1), Name (p2)" clash when they share no entity. */
static int subjects_clash(const char *a, const char *b)
{
    /* keys hold ids between '(' and ')'; look for a common one */
    for (const char *p = strchr(a, '('); p; p = strchr(p + 1, '(')) {
        const char *q = strchr(p, ')');
        if (!q) break;
        char id[40];
        snprintf(id, sizeof id, "%.*s", (int)(q - p + 1), p);
        if (strstr(b, id)) return 0;
    }
    return 1;
}

static void row_conflicts(const chr_corpus *c, const aligner *al, const row *r, const char *row_id, json_t *conflicts,
                          json_t *row_refs)
{
    size_t n = c->docs.len;
    char (*keys)[160] = chr_xcalloc(n ? n : 1, sizeof *keys);
    for (int kind = 0; kind < 3; kind++) {
        for (size_t d = 0; d < n; d++) {
            keys[d][0] = '\0';
            const report *rep = &r->reports[d];
            if (rep->item < 0) continue;
            const chr_event *e = &c->events.items[al->items.items[rep->item].event];
            if (kind == 0) {
                /* only a date a source states itself, as fact, can disagree:
                 * a date the resolver carried over from another source, or a
                 * planned or hypothetical one, is no conflict */
                if (rep->own_date && (rep->modality == CHR_MOD_ASSERTED || rep->modality == CHR_MOD_REPORTED))
                    day_key(rep->value, keys[d], sizeof keys[d]);
            } else if (kind == 1) {
                chr_copy_str(keys[d], sizeof keys[d], e->type);
            } else {
                /* the subjects this document names, in entity order */
                size_t len = 0;
                for (size_t ent = 0; ent < c->entities.len; ent++) {
                    int named = 0;
                    for (size_t m = 0; m < e->mentions.len && !named; m++) {
                        const chr_event_mention *em = &c->event_mentions.items[e->mentions.items[m]];
                        if (em->doc != (int)d) continue;
                        for (size_t k = 0; k < em->participants.len; k++)
                            if (strcmp(em->participants.items[k].role, "subject") == 0 &&
                                chr_entity_root(c, em->participants.items[k].entity) == (long)ent)
                                named = 1;
                    }
                    if (!named) continue;
                    int w = snprintf(keys[d] + len, sizeof keys[d] - len, "%s%s (%s)", len ? ", " : "",
                                     entity_name(c, (long)ent), entity_id(c, (long)ent));
                    if (w < 0 || (size_t)w >= sizeof keys[d] - len) break;
                    len += (size_t)w;
                }
            }
        }
        static const char *const kinds[] = {"date", "type", "participants"};
        static int (*const clashes[])(const char *, const char *) = {dates_clash, types_clash, subjects_clash};
        json_t *conflict = grouped_conflict(c, keys, n, kinds[kind], clashes[kind]);
        if (!conflict) continue;
        char id[24];
        snprintf(id, sizeof id, "x%zu", json_array_size(conflicts) + 1);
        json_t *full = json_object();
        json_object_set_new(full, "id", json_string(id));
        json_object_set(full, "kind", json_object_get(conflict, "kind"));
        json_object_set_new(full, "event", json_string(row_id));
        json_object_set_new(full, "type", json_string(r->type));
        if (kind == 2) json_object_set_new(full, "role", json_string("subject"));
        json_object_set(full, "sides", json_object_get(conflict, "sides"));
        json_decref(conflict);
        json_array_append_new(conflicts, full);
        json_array_append_new(row_refs, json_string(id));
    }
    free(keys);
}

/* ---- per source ------------------------------------------------------------------------- */

typedef struct {
    long entity;
    size_t count;
    size_t first; /* first mention, for the order of spellings */
} entity_count;

static int cmp_entity_counts(const void *pa, const void *pb)
{
    const entity_count *a = pa, *b = pb;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    return a->entity < b->entity ? -1 : a->entity > b->entity;
}

static json_t *source_entities(const chr_corpus *c, size_t d)
{
    CHR_VEC(entity_count) counts = {0};
    for (size_t i = 0; i < c->entity_mentions.len; i++) {
        const chr_entity_mention *m = &c->entity_mentions.items[i];
        if (m->doc != (int)d) continue;
        long e = chr_entity_root(c, m->entity);
        if (e < 0 || (size_t)e >= c->entities.len || !c->entities.items[e].id[0]) continue;
        size_t k = 0;
        while (k < counts.len && counts.items[k].entity != e) k++;
        if (k == counts.len) chr_vec_push(&counts, ((entity_count){e, 0, i}));
        counts.items[k].count++;
    }
    if (counts.len) qsort(counts.items, counts.len, sizeof *counts.items, cmp_entity_counts);
    const chr_doc *doc = c->docs.items[d];
    json_t *arr = json_array();
    for (size_t k = 0; k < counts.len; k++) {
        const chr_entity *e = &c->entities.items[counts.items[k].entity];
        json_t *o = json_object();
        json_object_set_new(o, "entity", json_string(e->id));
        json_object_set_new(o, "name", json_string(e->name ? e->name : ""));
        json_object_set_new(o, "type", json_string(e->type == CHR_ENT_PERSON ? "person" : "organization"));
        json_object_set_new(o, "mentions", json_integer((json_int_t)counts.items[k].count));
        chr_strvec spellings = {0};
        for (size_t i = counts.items[k].first; i < c->entity_mentions.len; i++) {
            const chr_entity_mention *m = &c->entity_mentions.items[i];
            if (m->doc != (int)d || chr_entity_root(c, m->entity) != counts.items[k].entity) continue;
            char *s = chr_xstrndup(doc->text + m->start, m->end - m->start);
            chr_strvec_add_unique(&spellings, s);
            free(s);
        }
        json_t *sp = json_array();
        for (size_t i = 0; i < spellings.len; i++) json_array_append_new(sp, json_string(spellings.items[i]));
        chr_strvec_free(&spellings);
        json_object_set_new(o, "spellings", sp);
        json_array_append_new(arr, o);
    }
    chr_vec_free(&counts);
    return arr;
}

static json_t *iso_day(long days)
{
    int y, m, d;
    char buf[16];
    chr_date_from_days(days, &y, &m, &d);
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return json_string(buf);
}

/* ---- the section ------------------------------------------------------------------------ */

json_t *chr_compare_coverage(const chr_corpus *corpus)
{
    const chr_corpus *c = corpus;
    size_t n = c->docs.len;
    aligner al = {.c = c, .ndocs = n};
    align(&al);

    /* rows from groups, in timeline order */
    CHR_VEC(row) rows = {0};
    for (size_t i = 0; i < al.items.len; i++) {
        if (al.items.items[i].cluster != (int)i) continue;
        row r = {.order_rank = LONG_MAX, .order_event = SIZE_MAX};
        for (size_t j = i; j < al.items.len; j++) {
            if (al.items.items[j].cluster != (int)i) continue;
            chr_vec_push(&r.items, j);
            const chr_event *e = &c->events.items[al.items.items[j].event];
            long rank = e->rank > 0 ? e->rank : LONG_MAX;
            if (rank < r.order_rank) r.order_rank = rank;
            if (al.items.items[j].event < r.order_event) r.order_event = al.items.items[j].event;
        }
        r.reports = chr_xcalloc(n ? n : 1, sizeof *r.reports);
        const char **values = chr_xcalloc(n ? n : 1, sizeof *values);
        const char **types = chr_xcalloc(n ? n : 1, sizeof *types);
        for (size_t d = 0; d < n; d++) {
            fill_report(c, &al, &r, d);
            if (r.reports[d].item < 0) continue;
            r.nreporting++;
            values[d] = r.reports[d].value;
            types[d] = c->events.items[al.items.items[r.reports[d].item].event].type;
        }
        majority(values, n, 1, r.value, sizeof r.value);
        majority(types, n, 0, r.type, sizeof r.type);
        /* the label of the event of the row's type that most documents report */
        size_t best_docs = 0;
        r.label_event = al.items.items[r.items.items[0]].event;
        for (size_t k = 0; k < r.items.len; k++) {
            const item *it = &al.items.items[r.items.items[k]];
            size_t nd = 0;
            for (size_t d = 0; d < n; d++) nd += it->docs[d] != 0;
            if (strcmp(c->events.items[it->event].type, r.type) == 0 && nd > best_docs)
                best_docs = nd, r.label_event = it->event;
        }
        free(values);
        free(types);
        chr_vec_push(&rows, r);
    }
    if (rows.len) qsort(rows.items, rows.len, sizeof *rows.items, cmp_rows);

    json_t *root = json_object();
    json_object_set_new(root, "schema", json_string("chronicle.coverage/1"));
    json_object_set_new(root, "window_days", json_integer(CHR_COMPARE_WINDOW_DAYS));
    json_object_set_new(root, "subject_window_days", json_integer(CHR_COMPARE_SUBJECT_WINDOW_DAYS));

    /* events (rows) and conflicts */
    json_t *events = json_array(), *conflicts = json_array();
    size_t *reported = chr_xcalloc(n ? n : 1, sizeof *reported);
    size_t *first_n = chr_xcalloc(n ? n : 1, sizeof *first_n);
    long *range_lo = chr_xcalloc(n ? n : 1, sizeof *range_lo), *range_hi = chr_xcalloc(n ? n : 1, sizeof *range_hi);
    json_t **exclusive = chr_xcalloc(n ? n : 1, sizeof *exclusive);
    for (size_t d = 0; d < n; d++) exclusive[d] = json_array(), range_lo[d] = LONG_MAX, range_hi[d] = LONG_MIN;
    size_t in_all = 0, n_exclusive = 0;
    for (size_t i = 0; i < rows.len; i++) {
        row *r = &rows.items[i];
        char id[24];
        snprintf(id, sizeof id, "c%zu", i + 1);
        const chr_event *le = &c->events.items[r->label_event];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(id));
        json_object_set_new(o, "type", json_string(r->type));
        json_object_set_new(o, "label", json_string(le->label ? le->label : r->type));
        json_object_set_new(o, "date", str_or_null(r->value));
        json_t *evs = json_array();
        for (size_t k = 0; k < r->items.len; k++)
            json_array_append_new(evs, json_string(c->events.items[al.items.items[r->items.items[k]].event].id));
        json_object_set_new(o, "events", evs);
        json_object_set_new(o, "sources_reporting", json_integer((json_int_t)r->nreporting));
        long first_doc = -1;
        for (size_t d = 0; d < n && first_doc < 0; d++)
            if (r->reports[d].item >= 0) first_doc = (long)d;
        json_object_set_new(o, "first_reported_by",
                            first_doc >= 0 ? json_string(c->docs.items[first_doc]->id) : json_null());
        json_t *reps = json_array();
        for (size_t d = 0; d < n; d++) {
            json_array_append_new(reps, report_json(c, &al, r, d));
            if (r->reports[d].item < 0) continue;
            reported[d]++;
            long f, l;
            if (value_days(r->reports[d].value, &f, &l)) {
                if (f < range_lo[d]) range_lo[d] = f;
                if (l > range_hi[d]) range_hi[d] = l;
            }
            if (r->nreporting == 1 && n > 1) {
                json_array_append_new(exclusive[d], json_string(id));
            }
        }
        if (first_doc >= 0) first_n[first_doc]++;
        if (r->nreporting == n && n > 0) in_all++;
        if (r->nreporting == 1 && n > 1) n_exclusive++;
        json_object_set_new(o, "reports", reps);
        json_t *refs = json_array();
        row_conflicts(c, &al, r, id, conflicts, refs);
        json_object_set_new(o, "conflicts", refs);
        json_array_append_new(events, o);
    }

    /* sources */
    json_t *sources = json_array();
    for (size_t d = 0; d < n; d++) {
        const chr_doc *doc = c->docs.items[d];
        json_t *o = json_object();
        json_object_set_new(o, "doc", json_string(doc->id));
        json_object_set_new(o, "source", str_or_null(doc->source));
        json_object_set_new(o, "path", str_or_null(doc->path));
        json_object_set_new(o, "lang", json_string(chr_lang_name(doc->lang)));
        json_object_set_new(o, "dct", dct_json(&doc->dct));
        json_object_set_new(o, "events_reported", json_integer((json_int_t)reported[d]));
        json_object_set_new(o, "first_reports", json_integer((json_int_t)first_n[d]));
        json_object_set_new(o, "exclusive", exclusive[d]);
        json_t *range = json_object();
        json_object_set_new(range, "earliest", range_lo[d] <= range_hi[d] ? iso_day(range_lo[d]) : json_null());
        json_object_set_new(range, "latest", range_lo[d] <= range_hi[d] ? iso_day(range_hi[d]) : json_null());
        json_object_set_new(o, "date_range", range);
        json_object_set_new(o, "entities", source_entities(c, d));
        json_array_append_new(sources, o);
    }

    /* agreement */
    json_t *agreement = json_object();
    json_object_set_new(agreement, "events", json_integer((json_int_t)rows.len));
    json_object_set_new(agreement, "in_every_source", json_integer((json_int_t)in_all));
    json_object_set_new(agreement, "exclusive", json_integer((json_int_t)n_exclusive));
    json_object_set_new(agreement, "conflicts", json_integer((json_int_t)json_array_size(conflicts)));
    json_t *pairs = json_array();
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; b < n; b++) {
            size_t both = 0, either = 0;
            for (size_t i = 0; i < rows.len; i++) {
                int ra = rows.items[i].reports[a].item >= 0, rb = rows.items[i].reports[b].item >= 0;
                both += ra && rb;
                either += ra || rb;
            }
            json_t *p = json_object();
            json_object_set_new(p, "a", json_string(c->docs.items[a]->id));
            json_object_set_new(p, "b", json_string(c->docs.items[b]->id));
            json_object_set_new(p, "shared", json_integer((json_int_t)both));
            json_object_set_new(p, "union", json_integer((json_int_t)either));
            double j = either ? (double)both / (double)either : 0.0;
            json_object_set_new(p, "jaccard", json_real(round(j * 10000.0) / 10000.0));
            json_array_append_new(pairs, p);
        }
    json_object_set_new(agreement, "pairs", pairs);

    json_object_set_new(root, "sources", sources);
    json_object_set_new(root, "events", events);
    json_object_set_new(root, "conflicts", conflicts);
    json_object_set_new(root, "agreement", agreement);

    for (size_t i = 0; i < rows.len; i++) {
        chr_vec_free(&rows.items[i].items);
        free(rows.items[i].reports);
    }
    chr_vec_free(&rows);
    for (size_t i = 0; i < al.items.len; i++) free(al.items.items[i].docs);
    chr_vec_free(&al.items);
    free(reported);
    free(first_n);
    free(range_lo);
    free(range_hi);
    free(exclusive);
    return root;
}

/* ---- renderers: text and CSV from the section ------------------------------------------------ */

static int wide(uint32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
           (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
           (cp >= 0x20000 && cp <= 0x3FFFD);
}

static int zero_width(uint32_t cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0x200B && cp <= 0x200F) ||
           cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F);
}

static size_t cp_width(uint32_t cp)
{
    return zero_width(cp) ? 0 : wide(cp) ? 2 : 1;
}

size_t chr_compare_display_width(const char *s)
{
    size_t len = strlen(s), w = 0;
    for (size_t i = 0; i < len;) {
        size_t used;
        uint32_t cp = chr_utf8_decode(s + i, len - i, &used);
        w += cp_width(cp);
        i += used ? used : 1;
    }
    return w;
}

/* Appends 's' cut to 'width' columns ("…" marks a cut), padded with spaces
 * to exactly 'width' unless 'pad' is 0. Line breaks become spaces. */
static void put_cell(chr_buf *out, const char *s, size_t width, int pad)
{
    size_t len = strlen(s), w = 0, total = chr_compare_display_width(s);
    for (size_t i = 0; i < len;) {
        size_t used;
        uint32_t cp = chr_utf8_decode(s + i, len - i, &used);
        if (!used) used = 1;
        size_t cw = cp_width(cp);
        if (total > width && w + cw + 1 > width) {
            chr_buf_puts(out, "\u2026");
            w++;
            break;
        }
        if (w + cw > width) break;
        if (cp == '\n' || cp == '\r' || cp == '\t') chr_buf_putc(out, ' ');
        else chr_buf_append(out, s + i, used);
        w += cw;
        i += used;
    }
    while (pad && w < width) chr_buf_putc(out, ' '), w++;
}

static const char *jstr(const json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

/* The matrix cell of one report: ✓, the source's date when it differs from
 * the row's, or ✗. */
static const char *cell_text(const json_t *rep, const char *row_date, char *buf, size_t size)
{
    if (!json_is_true(json_object_get(rep, "reported"))) return "\u2717";
    const char *date = jstr(rep, "date");
    char a[48], b[48];
    day_key(date, a, sizeof a);
    day_key(row_date, b, sizeof b);
    if (!date[0] || strcmp(a, b) == 0) return "\u2713";
    snprintf(buf, size, "%s", a);
    return buf;
}

/* Appends "a, b, c" wrapped at 80 columns, continuation lines indented. */
static void put_wrapped(chr_buf *out, size_t col, size_t indent, const char *const *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t w = chr_compare_display_width(items[i]) + (i + 1 < n ? 1 : 0);
        if (i > 0 && col + 1 + w > 80) {
            chr_buf_putc(out, '\n');
            for (col = 0; col < indent; col++) chr_buf_putc(out, ' ');
        } else if (i > 0) {
            chr_buf_putc(out, ' ');
            col++;
        }
        chr_buf_puts(out, items[i]);
        if (i + 1 < n) chr_buf_putc(out, ',');
        col += w;
    }
    chr_buf_putc(out, '\n');
}

static void source_label(const json_t *src, char *buf, size_t size)
{
    const char *name = jstr(src, "source");
    snprintf(buf, size, "%s (%s)", name[0] ? name : "(no source)", jstr(src, "doc"));
}

#define TEXT_SOURCES_PER_BLOCK 4
#define TEXT_CELL 11

void chr_compare_render_text(const json_t *coverage, chr_buf *out)
{
    const json_t *sources = json_object_get(coverage, "sources"), *events = json_object_get(coverage, "events");
    const json_t *conflicts = json_object_get(coverage, "conflicts"), *agreement = json_object_get(coverage, "agreement");
    size_t ns = json_array_size(sources), ne = json_array_size(events), nc = json_array_size(conflicts);
    chr_buf_printf(out, "coverage: %zu sources, %zu events, %lld in every source, %lld exclusive, %zu conflict%s\n\n",
                   ns, ne, (long long)json_integer_value(json_object_get(agreement, "in_every_source")),
                   (long long)json_integer_value(json_object_get(agreement, "exclusive")), nc, nc == 1 ? "" : "s");

    chr_buf_puts(out, "sources\n");
    size_t name_w = 6;
    for (size_t d = 0; d < ns; d++) {
        const char *name = jstr(json_array_get(sources, d), "source");
        size_t w = chr_compare_display_width(name[0] ? name : "(no source)");
        if (w > name_w) name_w = w;
    }
    if (name_w > 40) name_w = 40;
    for (size_t d = 0; d < ns; d++) {
        const json_t *s = json_array_get(sources, d);
        const json_t *range = json_object_get(s, "date_range");
        const char *dct = json_string_value(json_object_get(s, "dct"));
        char line[256];
        snprintf(line, sizeof line, "%s  %s\n         %lld events, %zu only here, dates %s..%s", jstr(s, "lang"),
                 dct ? dct : "(no date)", (long long)json_integer_value(json_object_get(s, "events_reported")),
                 json_array_size(json_object_get(s, "exclusive")),
                 json_is_string(json_object_get(range, "earliest")) ? jstr(range, "earliest") : "?",
                 json_is_string(json_object_get(range, "latest")) ? jstr(range, "latest") : "?");
        chr_buf_printf(out, "  %-4s ", jstr(s, "doc"));
        const char *name = jstr(s, "source");
        put_cell(out, name[0] ? name : "(no source)", name_w, 1);
        chr_buf_printf(out, "  %s\n", line);
    }

    for (size_t b0 = 0; b0 < ns || (b0 == 0 && ns == 0); b0 += TEXT_SOURCES_PER_BLOCK) {
        size_t b1 = b0 + TEXT_SOURCES_PER_BLOCK < ns ? b0 + TEXT_SOURCES_PER_BLOCK : ns;
        /* "  " + id (5) + date (10) + " " + label + (" " + cell (10)) per source <= 80 */
        size_t label_w = 80 - 7 - TEXT_CELL - TEXT_CELL * (b1 - b0);
        if (label_w > 40) label_w = 40;
        if (ns > TEXT_SOURCES_PER_BLOCK)
            chr_buf_printf(out, "\nevents x sources %s to %s", jstr(json_array_get(sources, b0), "doc"),
                           jstr(json_array_get(sources, b1 - 1), "doc"));
        else
            chr_buf_puts(out, "\nevents");
        chr_buf_puts(out, " (\u2713 reports it, a date: reports another date, \u2717 does not)\n");
        chr_buf_puts(out, "  id   ");
        put_cell(out, "date", TEXT_CELL - 1, 1);
        chr_buf_putc(out, ' ');
        put_cell(out, "event", label_w, b1 > b0);
        for (size_t d = b0; d < b1; d++) {
            chr_buf_putc(out, ' ');
            put_cell(out, jstr(json_array_get(sources, d), "doc"), TEXT_CELL - 1, d + 1 < b1);
        }
        chr_buf_putc(out, '\n');
        for (size_t i = 0; i < ne; i++) {
            const json_t *ev = json_array_get(events, i);
            char idbuf[16], label[256], cellbuf[48];
            snprintf(idbuf, sizeof idbuf, "%s%s", jstr(ev, "id"), json_array_size(json_object_get(ev, "conflicts")) ? "!" : "");
            snprintf(label, sizeof label, "%s: %s", jstr(ev, "type"), jstr(ev, "label"));
            chr_buf_puts(out, "  ");
            put_cell(out, idbuf, 5, 1);
            const char *date = jstr(ev, "date");
            char day[48];
            day_key(date, day, sizeof day); /* "2023-11-18TMO" shows as its day */
            put_cell(out, day[0] ? day : "-", TEXT_CELL - 1, 1);
            chr_buf_putc(out, ' ');
            put_cell(out, label, label_w, b1 > b0);
            const json_t *reps = json_object_get(ev, "reports");
            for (size_t d = b0; d < b1; d++) {
                chr_buf_putc(out, ' ');
                put_cell(out, cell_text(json_array_get(reps, d), date, cellbuf, sizeof cellbuf), TEXT_CELL - 1, d + 1 < b1);
            }
            chr_buf_putc(out, '\n');
        }
        if (ns == 0) break;
    }

    chr_buf_puts(out, "\nconflicts\n");
    if (nc == 0) chr_buf_puts(out, "  (none)\n");
    for (size_t i = 0; i < nc; i++) {
        const json_t *x = json_array_get(conflicts, i);
        chr_buf_printf(out, "  %s  %s %s: %s", jstr(x, "id"), jstr(x, "event"), jstr(x, "type"), jstr(x, "kind"));
        if (json_object_get(x, "role")) chr_buf_printf(out, " (%s)", jstr(x, "role"));
        chr_buf_putc(out, '\n');
        const json_t *sides = json_object_get(x, "sides");
        for (size_t k = 0; k < json_array_size(sides); k++) {
            const json_t *side = json_array_get(sides, k);
            const json_t *docs = json_object_get(side, "docs");
            size_t nd = json_array_size(docs);
            char (*labels)[160] = chr_xcalloc(nd ? nd : 1, sizeof *labels);
            const char **items = chr_xcalloc(nd ? nd : 1, sizeof *items);
            for (size_t j = 0; j < nd; j++) {
                const char *doc = json_string_value(json_array_get(docs, j));
                for (size_t d = 0; d < ns; d++)
                    if (strcmp(jstr(json_array_get(sources, d), "doc"), doc ? doc : "") == 0)
                        source_label(json_array_get(sources, d), labels[j], sizeof labels[j]);
                items[j] = labels[j];
            }
            chr_buf_puts(out, "      ");
            const char *value = jstr(side, "value");
            size_t vw = chr_compare_display_width(value);
            chr_buf_puts(out, value);
            chr_buf_puts(out, "  ");
            put_wrapped(out, 6 + vw + 2, 8, items, nd);
            free(items);
            free(labels);
        }
    }

    chr_buf_printf(out, "\nagreement: %lld of %zu events in every source; pairwise overlap (Jaccard)\n",
                   (long long)json_integer_value(json_object_get(agreement, "in_every_source")), ne);
    const json_t *pairs = json_object_get(agreement, "pairs");
    if (ns > 9) {
        for (size_t k = 0; k < json_array_size(pairs); k++) {
            const json_t *p = json_array_get(pairs, k);
            chr_buf_printf(out, "  %s-%s  %.2f (%lld/%lld)\n", jstr(p, "a"), jstr(p, "b"),
                           json_real_value(json_object_get(p, "jaccard")),
                           (long long)json_integer_value(json_object_get(p, "shared")),
                           (long long)json_integer_value(json_object_get(p, "union")));
        }
        return;
    }
    chr_buf_puts(out, "        ");
    for (size_t d = 0; d < ns; d++)
        chr_buf_printf(out, d + 1 < ns ? "%-7s" : "%s", jstr(json_array_get(sources, d), "doc"));
    chr_buf_putc(out, '\n');
    for (size_t a = 0; a < ns; a++) {
        chr_buf_printf(out, "  %-6s", jstr(json_array_get(sources, a), "doc"));
        for (size_t b = 0; b < ns; b++) {
            if (a == b) {
                chr_buf_puts(out, b + 1 < ns ? "-      " : "-");
                continue;
            }
            /* pairs are listed for a < b in document order */
            size_t lo = a < b ? a : b, hi = a < b ? b : a;
            size_t k = lo * ns - lo * (lo + 1) / 2 + (hi - lo - 1);
            chr_buf_printf(out, b + 1 < ns ? "%-7.2f" : "%.2f", json_real_value(json_object_get(json_array_get(pairs, k), "jaccard")));
        }
        chr_buf_putc(out, '\n');
    }
}

static void csv_field(chr_buf *out, const char *s)
{
    if (strpbrk(s, ",\"\r\n") == NULL) {
        chr_buf_puts(out, s);
        return;
    }
    chr_buf_putc(out, '"');
    for (; *s; s++) {
        if (*s == '"') chr_buf_putc(out, '"');
        chr_buf_putc(out, *s);
    }
    chr_buf_putc(out, '"');
}

void chr_compare_render_csv(const json_t *coverage, int bom, chr_buf *out)
{
    const json_t *sources = json_object_get(coverage, "sources"), *events = json_object_get(coverage, "events");
    const json_t *conflicts = json_object_get(coverage, "conflicts");
    size_t ns = json_array_size(sources);
    if (bom) chr_buf_puts(out, "\xEF\xBB\xBF");
    chr_buf_puts(out, "event,type,date,label,sources_reporting,conflicts");
    for (size_t d = 0; d < ns; d++) {
        const json_t *s = json_array_get(sources, d);
        char head[256];
        snprintf(head, sizeof head, "%s%s%s", jstr(s, "doc"), jstr(s, "source")[0] ? " " : "", jstr(s, "source"));
        chr_buf_putc(out, ',');
        csv_field(out, head);
    }
    chr_buf_puts(out, "\r\n");
    for (size_t i = 0; i < json_array_size(events); i++) {
        const json_t *ev = json_array_get(events, i);
        csv_field(out, jstr(ev, "id"));
        chr_buf_putc(out, ',');
        csv_field(out, jstr(ev, "type"));
        chr_buf_putc(out, ',');
        csv_field(out, jstr(ev, "date"));
        chr_buf_putc(out, ',');
        csv_field(out, jstr(ev, "label"));
        chr_buf_printf(out, ",%lld,", (long long)json_integer_value(json_object_get(ev, "sources_reporting")));
        /* the kinds of this row's conflicts, "date;type" */
        chr_buf kinds = {0};
        const json_t *refs = json_object_get(ev, "conflicts");
        for (size_t k = 0; k < json_array_size(refs); k++) {
            const char *ref = json_string_value(json_array_get(refs, k));
            for (size_t x = 0; x < json_array_size(conflicts); x++)
                if (ref && strcmp(jstr(json_array_get(conflicts, x), "id"), ref) == 0) {
                    if (kinds.len) chr_buf_putc(&kinds, ';');
                    chr_buf_puts(&kinds, jstr(json_array_get(conflicts, x), "kind"));
                }
        }
        csv_field(out, kinds.data ? kinds.data : "");
        chr_buf_free(&kinds);
        const json_t *reps = json_object_get(ev, "reports");
        for (size_t d = 0; d < ns; d++) {
            const json_t *rep = json_array_get(reps, d);
            chr_buf_putc(out, ',');
            if (!json_is_true(json_object_get(rep, "reported"))) csv_field(out, "\u2717");
            else csv_field(out, jstr(rep, "date")[0] ? jstr(rep, "date") : "\u2713");
        }
        chr_buf_puts(out, "\r\n");
    }
}
