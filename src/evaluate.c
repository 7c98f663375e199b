/*
 * evaluate.c - scores a chronicle timeline against a gold timeline.
 *
 * Not a pipeline stage: it reads finished JSON (ours and a gold
 * annotation) and counts. The matching follows ../shared/eval/score.py
 * figure for figure, so `chronicle eval` and the shared scorer agree:
 *
 *   entities  a predicted person/organisation matches the first gold
 *             entity sharing a normalised name or alias; extra predicted
 *             entries for one gold entity are split (fragmented) entities
 *   timexes   a gold expression is found when a predicted text contains
 *             it or is contained in it; its value is right when equal (or
 *             the same date part, for dates)
 *   events    greedy, gold events in order (required first, then
 *             optional): the first unused non-negated predicted event
 *             whose type is one of the gold types, whose date names the
 *             same date at the same granularity and which shares a
 *             participant; false positives are unmatched asserted,
 *             reported or planned events
 *   order     pairs of matched gold events with different, non-nested
 *             dates whose timeline ranks agree
 *   dates     date selection F1 (timeline summarization): the distinct
 *             dates of the gold events against those on the timeline
 *
 * Strings are compared after whitespace collapsing and case folding
 * (ASCII; the texts are NFC already, as the reader keeps them).
 */
#include "chr_evaluate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- small helpers ---------------------------------------------------------- */

/* A normalised copy of 's' (caller frees): runs of white space become one
 * space, ends trimmed, ASCII letters lower-cased. */
static char *norm(const char *s)
{
    if (!s) s = "";
    size_t n = strlen(s);
    char *out = chr_xmalloc(n + 1);
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = 1;
            continue;
        }
        if (space && o > 0) out[o++] = ' ';
        space = 0;
        out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[o] = '\0';
    return out;
}

static const char *jstr(const json_t *obj, const char *key)
{
    const json_t *v = json_is_object(obj) ? json_object_get(obj, key) : NULL;
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static int jtrue(const json_t *obj, const char *key)
{
    const json_t *v = json_is_object(obj) ? json_object_get(obj, key) : NULL;
    return v && json_is_true(v);
}

/* Length of the date part of a TIMEX3 value (everything before a 'T'). */
static size_t date_len(const char *v)
{
    const char *t = strchr(v, 'T');
    return t ? (size_t)(t - v) : strlen(v);
}

static int same_date_part(const char *a, const char *b)
{
    if (!a || !b) return 0;
    size_t la = date_len(a), lb = date_len(b);
    return la == lb && memcmp(a, b, la) == 0;
}

/* A set of normalised strings (small: linear search is fine). */
typedef chr_strvec strset;

static void set_add_norm(strset *s, const char *raw)
{
    char *n = norm(raw);
    chr_strvec_add_unique(s, n);
    free(n);
}

static int sets_meet(const strset *a, const strset *b)
{
    for (size_t i = 0; i < a->len; i++)
        if (chr_strvec_find(b, a->items[i]) >= 0) return 1;
    return 0;
}

/* The name and aliases of an entity (gold or predicted), normalised. */
static void entity_forms(const json_t *e, strset *out)
{
    set_add_norm(out, jstr(e, "name"));
    const json_t *al = json_object_get(e, "aliases");
    size_t i;
    const json_t *a;
    json_array_foreach(al, i, a) if (json_is_string(a)) set_add_norm(out, json_string_value(a));
}

static double ratio(long a, long b, double if_zero)
{
    return b ? (double)a / (double)b : if_zero;
}

static double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

/* Does the predicted type 'type' appear in the gold 'types' (a list of
 * alternatives, or a single string as score.py's `in` reads it)? */
static int type_in(const char *type, const json_t *types)
{
    if (!type) return 0;
    if (json_is_string(types)) return strstr(json_string_value(types), type) != NULL;
    size_t i;
    const json_t *t;
    json_array_foreach(types, i, t) if (json_is_string(t) && strcmp(json_string_value(t), type) == 0) return 1;
    return 0;
}

/* ---- offsets ------------------------------------------------------------------ */

typedef struct {
    const char *text;
    size_t *cp_byte; /* byte offset of every code point, plus the end */
    size_t ncp;
} doc_text;

static void doc_text_init(doc_text *d, const char *text)
{
    size_t n = strlen(text);
    d->text = text;
    d->cp_byte = chr_xmalloc((n + 1) * sizeof *d->cp_byte);
    d->ncp = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80) d->cp_byte[d->ncp++] = i;
    d->cp_byte[d->ncp] = n;
}

static void check_mentions(const json_t *ms, const doc_text *docs, size_t ndocs, const json_t *doc_ids,
                           chr_eval_result *r)
{
    size_t i;
    const json_t *m;
    json_array_foreach(ms, i, m) {
        r->offsets_total++;
        if (!ndocs) continue;
        const doc_text *d = &docs[0];
        const char *did = jstr(m, "doc");
        if (ndocs > 1 && did) {
            size_t k;
            const json_t *x;
            json_array_foreach(doc_ids, k, x) if (k < ndocs && strcmp(jstr(x, "id") ? jstr(x, "id") : "", did) == 0) d = &docs[k];
        }
        const json_t *js = json_object_get(m, "start"), *je = json_object_get(m, "end");
        const char *text = jstr(m, "text");
        if (!json_is_integer(js) || !json_is_integer(je) || !text) {
            r->offsets_bad++;
            continue;
        }
        json_int_t s = json_integer_value(js), e = json_integer_value(je);
        if (s < 0 || e < s || (size_t)e > d->ncp) {
            r->offsets_bad++;
            continue;
        }
        size_t bs = d->cp_byte[s], be = d->cp_byte[e];
        if (strlen(text) != be - bs || memcmp(text, d->text + bs, be - bs) != 0) r->offsets_bad++;
    }
}

/* ---- the scorer ------------------------------------------------------------------ */

static void score_entities(const json_t *gold, const json_t *pred, chr_eval_result *r)
{
    const json_t *gents = json_object_get(gold, "entities");
    const json_t *ents = json_object_get(pred, "entities");
    size_t ng = json_array_size(gents);
    strset *gforms = chr_xcalloc(ng ? ng : 1, sizeof *gforms);
    long *hits = chr_xcalloc(ng ? ng : 1, sizeof *hits);
    int *typed = chr_xcalloc(ng ? ng : 1, sizeof *typed);
    for (size_t i = 0; i < ng; i++) entity_forms(json_array_get(gents, i), &gforms[i]);
    long fp = 0;
    size_t k;
    const json_t *pe;
    json_array_foreach(ents, k, pe) {
        const char *type = jstr(pe, "type");
        if (!type || (strcmp(type, "person") != 0 && strcmp(type, "organization") != 0)) continue;
        strset pf = {0};
        entity_forms(pe, &pf);
        size_t i;
        for (i = 0; i < ng; i++)
            if (sets_meet(&pf, &gforms[i])) break;
        chr_strvec_free(&pf);
        if (i == ng) {
            fp++;
            continue;
        }
        hits[i]++;
        const char *gtype = jstr(json_array_get(gents, i), "type");
        if (gtype && strcmp(gtype, type) == 0) typed[i] = 1;
    }
    long nreq = 0, tp = 0, typed_tp = 0, npred = fp;
    for (size_t i = 0; i < ng; i++) {
        npred += hits[i];
        if (hits[i] > 1) r->ent_fragmented += hits[i] - 1;
        if (jtrue(json_array_get(gents, i), "optional")) continue;
        nreq++;
        if (hits[i]) tp++, typed_tp += typed[i];
        else r->ent_missed++;
    }
    r->ent_false_positives = fp;
    r->ent_precision = ratio(npred - fp, npred, 0.0);
    r->ent_recall_typed = ratio(typed_tp, nreq, 1.0);
    r->ent_recall_any = ratio(tp, nreq, 1.0);
    r->ent_f1 = f1(r->ent_precision, r->ent_recall_typed);
    for (size_t i = 0; i < ng; i++) chr_strvec_free(&gforms[i]);
    free(gforms);
    free(hits);
    free(typed);
}

static void score_timexes(const json_t *gold, const json_t *pred, chr_eval_result *r)
{
    const json_t *ptx = json_object_get(pred, "timexes");
    size_t np = json_array_size(ptx);
    char **pn = chr_xcalloc(np ? np : 1, sizeof *pn);
    for (size_t j = 0; j < np; j++) pn[j] = norm(jstr(json_array_get(ptx, j), "text"));
    long nreq = 0, found = 0, val_ok = 0;
    size_t i;
    const json_t *g;
    json_array_foreach(json_object_get(gold, "timexes"), i, g) {
        if (jtrue(g, "optional")) continue;
        nreq++;
        char *gt = norm(jstr(g, "text"));
        const char *gv = jstr(g, "value");
        int any = 0, ok = 0;
        for (size_t j = 0; j < np; j++) {
            if (!strstr(pn[j], gt) && !(pn[j][0] && strstr(gt, pn[j]))) continue;
            any = 1;
            const char *tv = jstr(json_array_get(ptx, j), "value");
            if (tv && gv && (strcmp(tv, gv) == 0 || (gv[0] != 'P' && same_date_part(tv, gv)))) ok = 1;
        }
        free(gt);
        found += any;
        val_ok += ok;
    }
    for (size_t j = 0; j < np; j++) free(pn[j]);
    free(pn);
    r->tx_recall = ratio(found, nreq, 1.0);
    r->tx_value_accuracy = ratio(val_ok, nreq, 1.0);
}

/* The value of a predicted event's when, or NULL. */
static const char *when_value(const json_t *ev)
{
    return jstr(json_object_get(ev, "when"), "value");
}

/* score.py's date_ok: no gold date matches anything; otherwise the
 * predicted 'when' must exist and name the same date part. */
static int date_ok(const char *gdate, const json_t *ev)
{
    if (!gdate) return 1;
    const json_t *w = json_object_get(ev, "when");
    if (!json_is_object(w) || json_object_size(w) == 0) return 0;
    return same_date_part(jstr(w, "value"), gdate);
}

static int parts_ok(const json_t *g, const strset *pnames, const json_t *gents)
{
    const json_t *names = json_object_get(g, "participants");
    if (jtrue(g, "optional_participants") || json_array_size(names) == 0) return 1;
    size_t i;
    const json_t *nm;
    json_array_foreach(names, i, nm) {
        const char *name = json_string_value(nm);
        if (!name) continue;
        strset gf = {0};
        set_add_norm(&gf, name);
        size_t k;
        const json_t *ge;
        json_array_foreach(gents, k, ge) {
            const char *gname = jstr(ge, "name");
            if (gname && strcmp(gname, name) == 0) {
                const json_t *al = json_object_get(ge, "aliases");
                size_t a;
                const json_t *x;
                json_array_foreach(al, a, x) if (json_is_string(x)) set_add_norm(&gf, json_string_value(x));
                break;
            }
        }
        int meet = sets_meet(&gf, pnames);
        chr_strvec_free(&gf);
        if (meet) return 1;
    }
    return 0;
}

static void score_events(const json_t *gold, const json_t *pred, chr_eval_result *r)
{
    const json_t *gents = json_object_get(gold, "entities");
    const json_t *ents = json_object_get(pred, "entities");
    const json_t *gevs = json_object_get(gold, "events");
    /* the non-negated predicted events and their participants' forms */
    const json_t *all = json_object_get(pred, "events");
    size_t nall = json_array_size(all), np = 0;
    const json_t **pev = chr_xcalloc(nall ? nall : 1, sizeof *pev);
    strset *pnames = chr_xcalloc(nall ? nall : 1, sizeof *pnames);
    for (size_t j = 0; j < nall; j++) {
        const json_t *ev = json_array_get(all, j);
        const char *mod = jstr(ev, "modality");
        if (mod && strcmp(mod, "negated") == 0) continue;
        size_t k;
        const json_t *p;
        json_array_foreach(json_object_get(ev, "participants"), k, p) {
            const char *id = jstr(p, "entity");
            size_t e;
            const json_t *en;
            json_array_foreach(ents, e, en) {
                const char *eid = jstr(en, "id");
                if (id && eid && strcmp(id, eid) == 0) {
                    entity_forms(en, &pnames[np]);
                    break;
                }
            }
        }
        pev[np++] = ev;
    }
    size_t ng = json_array_size(gevs);
    long *match = chr_xmalloc((ng ? ng : 1) * sizeof *match);
    int *used = chr_xcalloc(np ? np : 1, sizeof *used);
    for (size_t i = 0; i < ng; i++) match[i] = -1;
    long nreq = 0, nused = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < ng; i++) {
            const json_t *g = json_array_get(gevs, i);
            if (jtrue(g, "optional") != pass) continue;
            if (!pass) nreq++;
            for (size_t j = 0; j < np; j++) {
                if (used[j]) continue;
                if (type_in(jstr(pev[j], "type"), json_object_get(g, "type")) && date_ok(jstr(g, "date"), pev[j]) &&
                    parts_ok(g, &pnames[j], gents)) {
                    used[j] = 1;
                    match[i] = (long)j;
                    nused++;
                    break;
                }
            }
        }
    }
    long etp = 0;
    for (size_t i = 0; i < ng; i++) {
        const json_t *g = json_array_get(gevs, i);
        if (jtrue(g, "optional")) continue;
        if (match[i] >= 0) {
            etp++;
            continue;
        }
        for (size_t j = 0; j < np; j++)
            if (!used[j] && type_in(jstr(pev[j], "type"), json_object_get(g, "type")) &&
                parts_ok(g, &pnames[j], gents)) {
                r->ev_wrong_date++;
                break;
            }
    }
    long fp = 0;
    for (size_t j = 0; j < np; j++) {
        if (used[j]) continue;
        const char *mod = jstr(pev[j], "modality");
        if (!mod || strcmp(mod, "asserted") == 0 || strcmp(mod, "reported") == 0 || strcmp(mod, "planned") == 0) fp++;
    }
    r->ev_gold = nreq;
    r->ev_matched = etp;
    r->ev_false_positives = fp;
    r->ev_precision = ratio(nused, nused + fp, 0.0);
    r->ev_recall = ratio(etp, nreq, 1.0);
    r->ev_f1 = f1(r->ev_precision, r->ev_recall);

    /* order: pairwise concordance of timeline ranks with gold dates */
    const json_t *tl = json_object_get(pred, "timeline");
    for (size_t a = 0; a < ng; a++) {
        const json_t *ga = json_array_get(gevs, a);
        const char *da = jstr(ga, "date");
        if (jtrue(ga, "optional") || match[a] < 0 || !da) continue;
        for (size_t b = a + 1; b < ng; b++) {
            const json_t *gb = json_array_get(gevs, b);
            const char *db = jstr(gb, "date");
            if (jtrue(gb, "optional") || match[b] < 0 || !db) continue;
            size_t la = date_len(da), lb = date_len(db), lmin = la < lb ? la : lb;
            if (strncmp(da, db, lmin) == 0) continue; /* equal, or one a prefix of the other */
            r->order_pairs++;
            const char *ida = jstr(pev[match[a]], "id"), *idb = jstr(pev[match[b]], "id");
            const json_t *ra = NULL, *rb = NULL;
            size_t k;
            const json_t *t;
            json_array_foreach(tl, k, t) {
                const char *ev = jstr(t, "event");
                const json_t *rk = json_object_get(t, "rank");
                if (!ev || !json_is_number(rk)) continue;
                if (ida && strcmp(ev, ida) == 0) ra = rk; /* the last entry wins, as in a dict */
                if (idb && strcmp(ev, idb) == 0) rb = rk;
            }
            if (!ra || !rb) continue;
            int cmp = strncmp(da, db, lmin); /* lmin differs here: a strict string order */
            if ((json_number_value(ra) < json_number_value(rb)) == (cmp < 0)) r->order_concordant++;
        }
    }
    r->order_score = r->order_pairs ? (double)r->order_concordant / (double)r->order_pairs : -1.0;

    /* date selection F1 */
    strset gd = {0}, pd = {0};
    for (size_t i = 0; i < ng; i++) {
        const json_t *g = json_array_get(gevs, i);
        const char *d = jstr(g, "date");
        if (jtrue(g, "optional") || !d) continue;
        char *part = chr_xstrndup(d, date_len(d));
        chr_strvec_add_unique(&gd, part);
        free(part);
    }
    size_t k;
    const json_t *t;
    json_array_foreach(tl, k, t) {
        const char *id = jstr(t, "event");
        const char *v = NULL;
        for (size_t j = 0; j < nall && id; j++) {
            const json_t *ev = json_array_get(all, j);
            const char *eid = jstr(ev, "id");
            if (eid && strcmp(eid, id) == 0) v = when_value(ev);
        }
        if (!v) v = jstr(t, "date");
        if (!v) continue;
        char *part = chr_xstrndup(v, date_len(v));
        chr_strvec_add_unique(&pd, part);
        free(part);
    }
    long common = 0;
    for (size_t i = 0; i < gd.len; i++) common += chr_strvec_find(&pd, gd.items[i]) >= 0;
    r->dates_gold = (long)gd.len;
    r->dates_pred = (long)pd.len;
    r->dates_common = common;
    r->date_precision = ratio(common, (long)pd.len, gd.len ? 0.0 : 1.0);
    r->date_recall = ratio(common, (long)gd.len, 1.0);
    r->date_f1 = f1(r->date_precision, r->date_recall);
    chr_strvec_free(&gd);
    chr_strvec_free(&pd);

    for (size_t j = 0; j < nall; j++) chr_strvec_free(&pnames[j]);
    free(pnames);
    free(pev);
    free(match);
    free(used);
}

chr_status chr_evaluate(const json_t *gold, const json_t *pred, const char *const *texts, size_t n_texts,
                        chr_eval_result *out, chr_error *err)
{
    memset(out, 0, sizeof *out);
    if (!json_is_object(gold) || !json_is_array(json_object_get(gold, "entities")) ||
        !json_is_array(json_object_get(gold, "events")))
        return chr_error_set(err, CHR_ERR_INPUT, "gold", 0, -1, "not a gold timeline (needs 'entities' and 'events')");
    if (!json_is_object(pred))
        return chr_error_set(err, CHR_ERR_INPUT, "output", 0, -1, "not a chronicle.timeline/1 document");
    score_entities(gold, pred, out);
    score_timexes(gold, pred, out);
    score_events(gold, pred, out);

    doc_text *docs = chr_xcalloc(n_texts ? n_texts : 1, sizeof *docs);
    for (size_t i = 0; i < n_texts; i++) doc_text_init(&docs[i], texts[i]);
    const json_t *dids = json_object_get(pred, "documents");
    size_t i;
    const json_t *x;
    json_array_foreach(json_object_get(pred, "entities"), i, x)
        check_mentions(json_object_get(x, "mentions"), docs, n_texts, dids, out);
    check_mentions(json_object_get(pred, "timexes"), docs, n_texts, dids, out);
    json_array_foreach(json_object_get(pred, "events"), i, x)
        check_mentions(json_object_get(x, "mentions"), docs, n_texts, dids, out);
    for (size_t k = 0; k < n_texts; k++) free(docs[k].cp_byte);
    free(docs);
    return CHR_OK;
}

/* ---- files --------------------------------------------------------------------------- */

/* The file's text, or NULL with 'err' filled (caller frees). */
static char *read_file(const char *path, chr_error *err)
{
    char *data = NULL;
    size_t len = 0;
    return chr_read_file(path, CHR_ERR_IO, &data, &len, err) == CHR_OK ? data : NULL;
}

static json_t *load_json(const char *path, chr_error *err)
{
    json_error_t je;
    json_t *v = json_load_file(path, 0, &je);
    if (!v) {
        FILE *f = fopen(path, "rb");
        if (!f) {
            chr_error_set(err, CHR_ERR_IO, path, 0, -1, "%s", strerror(errno));
            return NULL;
        }
        fclose(f);
        chr_error_set(err, CHR_ERR_INPUT, path, je.line, -1, "not JSON: %s", je.text);
    }
    return v;
}

chr_status chr_evaluate_files(const char *gold_path, const char *pred_path, const char *key,
                              const char *const *doc_paths, size_t n_docs, chr_eval_result *out, chr_error *err)
{
    json_t *gold_all = load_json(gold_path, err);
    if (!gold_all) return err->code;
    json_t *pred = load_json(pred_path, err);
    if (!pred) {
        json_decref(gold_all);
        return err->code;
    }
    const json_t *gold = gold_all;
    char keybuf[256] = "";
    if (!json_object_get(gold_all, "entities")) {
        if (!key && n_docs > 0) {
            /* the entry named after the first document, without directory
             * and extension */
            const char *base = strrchr(doc_paths[0], '/');
            base = base ? base + 1 : doc_paths[0];
            chr_copy_str(keybuf, sizeof keybuf, base);
            char *dot = strrchr(keybuf, '.');
            if (dot) *dot = '\0';
            key = keybuf;
        }
        gold = key ? json_object_get(gold_all, key) : NULL;
        if (!gold) {
            json_decref(gold_all);
            json_decref(pred);
            return chr_error_set(err, CHR_ERR_INPUT, gold_path, 0, -1, "no gold entry '%s' (use --key)",
                                 key ? key : "");
        }
    }
    char **texts = chr_xcalloc(n_docs ? n_docs : 1, sizeof *texts);
    chr_status st = CHR_OK;
    for (size_t i = 0; i < n_docs && st == CHR_OK; i++)
        if (!(texts[i] = read_file(doc_paths[i], err))) st = err->code;
    if (st == CHR_OK) st = chr_evaluate(gold, pred, (const char *const *)texts, n_docs, out, err);
    for (size_t i = 0; i < n_docs; i++) free(texts[i]);
    free(texts);
    json_decref(gold_all);
    json_decref(pred);
    return st;
}

/* ---- output -------------------------------------------------------------------------- */

/* A figure as Python prints round(x, 3): "1.0", "0.5", "0.429". printf
 * rounds the exact binary value half-to-even, like Python's round. */
static void put3(chr_buf *out, double x)
{
    char s[32];
    snprintf(s, sizeof s, "%.3f", x);
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == '0' && s[n - 2] != '.') s[--n] = '\0';
    chr_buf_puts(out, s);
}

void chr_eval_summary(const chr_eval_result *r, chr_buf *out)
{
    chr_buf_puts(out, "entities P="), put3(out, r->ent_precision);
    chr_buf_puts(out, " R="), put3(out, r->ent_recall_typed);
    chr_buf_printf(out, " frag=%ld | timex R=", r->ent_fragmented), put3(out, r->tx_recall);
    chr_buf_puts(out, " val="), put3(out, r->tx_value_accuracy);
    chr_buf_puts(out, " | events P="), put3(out, r->ev_precision);
    chr_buf_puts(out, " R="), put3(out, r->ev_recall);
    chr_buf_puts(out, " F1="), put3(out, r->ev_f1);
    chr_buf_puts(out, " | order=");
    if (r->order_score < 0) chr_buf_puts(out, "None");
    else put3(out, r->order_score);
    chr_buf_puts(out, " | dates P="), put3(out, r->date_precision);
    chr_buf_puts(out, " R="), put3(out, r->date_recall);
    chr_buf_puts(out, " F1="), put3(out, r->date_f1);
    chr_buf_printf(out, " | bad_offsets=%ld/%ld\n", r->offsets_bad, r->offsets_total);
}

void chr_eval_json(const chr_eval_result *r, chr_buf *out)
{
    chr_buf_puts(out, "{\n  \"entities\": {\"precision\": "), put3(out, r->ent_precision);
    chr_buf_puts(out, ", \"recall_typed\": "), put3(out, r->ent_recall_typed);
    chr_buf_puts(out, ", \"recall_any_type\": "), put3(out, r->ent_recall_any);
    chr_buf_puts(out, ", \"f1\": "), put3(out, r->ent_f1);
    chr_buf_printf(out, ", \"fragmented\": %ld, \"missed\": %ld, \"false_positives\": %ld},\n", r->ent_fragmented,
                   r->ent_missed, r->ent_false_positives);
    chr_buf_puts(out, "  \"timexes\": {\"recall\": "), put3(out, r->tx_recall);
    chr_buf_puts(out, ", \"value_accuracy\": "), put3(out, r->tx_value_accuracy);
    chr_buf_puts(out, "},\n  \"events\": {\"precision\": "), put3(out, r->ev_precision);
    chr_buf_puts(out, ", \"recall\": "), put3(out, r->ev_recall);
    chr_buf_puts(out, ", \"f1\": "), put3(out, r->ev_f1);
    chr_buf_printf(out, ", \"gold\": %ld, \"matched\": %ld, \"false_positive_count\": %ld, \"wrong_date\": %ld},\n",
                   r->ev_gold, r->ev_matched, r->ev_false_positives, r->ev_wrong_date);
    chr_buf_printf(out, "  \"order\": {\"pairs\": %ld, \"concordant\": %ld, \"score\": ", r->order_pairs,
                   r->order_concordant);
    if (r->order_score < 0) chr_buf_puts(out, "null");
    else put3(out, r->order_score);
    chr_buf_printf(out, "},\n  \"dates\": {\"gold\": %ld, \"predicted\": %ld, \"common\": %ld, \"precision\": ",
                   r->dates_gold, r->dates_pred, r->dates_common);
    put3(out, r->date_precision);
    chr_buf_puts(out, ", \"recall\": "), put3(out, r->date_recall);
    chr_buf_puts(out, ", \"f1\": "), put3(out, r->date_f1);
    chr_buf_printf(out, "},\n  \"offsets\": {\"bad\": %ld, \"total\": %ld}\n}\n", r->offsets_bad, r->offsets_total);
}
