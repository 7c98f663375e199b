/*
 * model.c - calendar arithmetic and the lifetime of the corpus, the record
 * store that every pipeline stage appends to.
 */
#include "chr_model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long chr_date_to_days(int year, int month, int day)
{
    /* Howard Hinnant's days_from_civil. */
    long y = (long)year - (month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void chr_date_from_days(long days, int *year, int *month, int *day)
{
    days += 719468;
    long era = (days >= 0 ? days : days - 146096) / 146097;
    long doe = days - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    *year = (int)(y + (m <= 2));
    *month = (int)m;
    *day = (int)d;
}

int chr_days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && year > 0 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
    if (month == 2 && year == 0) return 29; /* unknown year: allow the 29th */
    return days[month - 1];
}

int chr_weekday(int year, int month, int day)
{
    long days = chr_date_to_days(year, month, day);
    /* 1970-01-01 was a Thursday (3 when Monday is 0). */
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

const char *chr_lang_name(chr_lang lang)
{
    switch (lang) {
    case CHR_LANG_KO: return "ko";
    case CHR_LANG_EN: return "en";
    case CHR_LANG_MIXED: return "mixed";
    default: return "unknown";
    }
}

const char *chr_timex_type_name(chr_timex_type type)
{
    switch (type) {
    case CHR_TX_TIME: return "TIME";
    case CHR_TX_DURATION: return "DURATION";
    case CHR_TX_SET: return "SET";
    default: return "DATE";
    }
}

const char *chr_modality_name(chr_modality m)
{
    switch (m) {
    case CHR_MOD_REPORTED: return "reported";
    case CHR_MOD_PLANNED: return "planned";
    case CHR_MOD_POSSIBLE: return "possible";
    case CHR_MOD_NEGATED: return "negated";
    default: return "asserted";
    }
}

/* The last piece starting at or before 'pos', or NULL. */
static const chr_doc_piece *piece_at(const chr_doc *doc, size_t pos)
{
    size_t lo = 0, hi = doc->npieces;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->pieces[mid].start <= pos) lo = mid + 1;
        else hi = mid;
    }
    return lo ? &doc->pieces[lo - 1] : NULL;
}

size_t chr_doc_cp_offset(const chr_doc *doc, size_t byte)
{
    if (byte > doc->len) byte = doc->len;
    if (!doc->text) {
        const chr_doc_piece *p = piece_at(doc, byte);
        if (!p) return 0;
        size_t upto = byte < p->run_end ? byte : p->run_end;
        return p->cp + chr_utf8_count(doc->kept + p->off, upto - p->start);
    }
    size_t k = byte / CHR_CP_STRIDE;
    if (k >= doc->ncheckpoints) k = doc->ncheckpoints ? doc->ncheckpoints - 1 : 0;
    size_t base_byte = k * CHR_CP_STRIDE;
    size_t base_cp = doc->ncheckpoints ? doc->cp_checkpoints[k] : 0;
    return base_cp + chr_utf8_count(doc->text + base_byte, byte - base_byte);
}

int chr_dct_format(const chr_dct *dct, char *out, size_t out_size)
{
    if (!dct->present) {
        if (out_size) out[0] = '\0';
        return 0;
    }
    if (dct->hour >= 0)
        snprintf(out, out_size, "%04d-%02d-%02dT%02d:%02d", dct->year % 10000, dct->month % 100, dct->day % 100,
                 dct->hour % 100, dct->minute % 100);
    else
        snprintf(out, out_size, "%04d-%02d-%02d", dct->year % 10000, dct->month % 100, dct->day % 100);
    return 1;
}

long chr_entity_root(const chr_corpus *corpus, long entity)
{
    while (entity >= 0 && (size_t)entity < corpus->entities.len && corpus->entities.items[entity].merged_into >= 0)
        entity = corpus->entities.items[entity].merged_into;
    return entity;
}

long chr_doc_sentence_at(const chr_doc *doc, size_t pos)
{
    size_t lo = 0, hi = doc->sentences.len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const chr_sentence *s = &doc->sentences.items[mid];
        if (pos < s->start)
            hi = mid;
        else if (pos >= s->end)
            lo = mid + 1;
        else
            return (long)mid;
    }
    return -1;
}

const char *chr_doc_span(const chr_doc *doc, size_t start, size_t end)
{
    if (doc->text) return doc->text + start;
    const chr_doc_piece *p = piece_at(doc, start);
    if (!p || end < start || end > p->run_end) return NULL;
    return doc->kept + p->off + (start - p->start);
}

const chr_sentence *chr_doc_sentence(const chr_doc *doc, long index)
{
    if (index < 0) return NULL;
    if (!doc->sentence_ids) return (size_t)index < doc->sentences.len ? &doc->sentences.items[index] : NULL;
    size_t lo = 0, hi = doc->sentences.len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->sentence_ids[mid] < index) lo = mid + 1;
        else hi = mid;
    }
    return lo < doc->sentences.len && doc->sentence_ids[lo] == index ? &doc->sentences.items[lo] : NULL;
}

static int cmp_span(const void *a, const void *b)
{
    const chr_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start ? 1 : (x->end > y->end) - (x->end < y->end);
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* Kept ranges closer than this are kept as one run: a piece record costs
 * about as much. */
#define KEEP_MERGE_GAP 32
/* Texts at least this long are shrunk where they are (see chr_doc_keep). */
#define KEEP_SHRINK_IN_PLACE ((size_t)1 << 20)

void chr_doc_keep(chr_doc *doc, chr_span *spans, size_t n, long *sentences, size_t n_sentences)
{
    if (!doc->text) return;
    /* the kept sentences, in index order, without repeats */
    if (n_sentences) qsort(sentences, n_sentences, sizeof *sentences, cmp_long);
    CHR_VEC(chr_sentence) kept_sentences = {0};
    long *ids = chr_xmalloc((n_sentences ? n_sentences : 1) * sizeof *ids);
    CHR_VEC(chr_span) runs = {0};
    chr_vec_reserve(&runs, n + n_sentences);
    for (size_t i = 0; i < n_sentences; i++) {
        long k = sentences[i];
        if (k < 0 || (size_t)k >= doc->sentences.len || (kept_sentences.len && ids[kept_sentences.len - 1] == k))
            continue;
        ids[kept_sentences.len] = k;
        chr_vec_push(&kept_sentences, doc->sentences.items[k]);
        chr_span sp = {doc->sentences.items[k].start, doc->sentences.items[k].end};
        chr_vec_push(&runs, sp);
    }
    for (size_t i = 0; i < n; i++) {
        chr_span sp = spans[i];
        if (sp.end > doc->len) sp.end = doc->len;
        if (sp.start > sp.end) continue;
        chr_vec_push(&runs, sp);
    }
    /* merge into disjoint runs, in text order */
    if (runs.len) qsort(runs.items, runs.len, sizeof *runs.items, cmp_span);
    size_t nruns = 0;
    for (size_t i = 0; i < runs.len; i++) {
        chr_span sp = runs.items[i];
        if (nruns && sp.start <= runs.items[nruns - 1].end + KEEP_MERGE_GAP) {
            if (sp.end > runs.items[nruns - 1].end) runs.items[nruns - 1].end = sp.end;
        } else {
            runs.items[nruns++] = sp;
        }
    }
    /* pieces of at most CHR_CP_STRIDE bytes, with their code point offsets
     * (taken from the whole text, before it goes) */
    CHR_VEC(chr_doc_piece) pieces = {0};
    size_t off = 0;
    /* the pieces come in text order: count code points on from the last
     * one instead of from a checkpoint each time (chr_doc_cp_offset's
     * answer, for a pass over the text at most) */
    size_t counted = 0, cp = 0;
    for (size_t r = 0; r < nruns; r++) {
        chr_span sp = runs.items[r];
        size_t p = sp.start;
        do {
            size_t at = p < doc->len ? p : doc->len;
            cp += chr_utf8_count(doc->text + counted, at - counted);
            counted = at;
            chr_doc_piece piece = {p, sp.end, off + (p - sp.start), cp};
            chr_vec_push(&pieces, piece);
            p += CHR_CP_STRIDE;
        } while (p < sp.end);
        off += sp.end - sp.start;
    }
    /* move the kept bytes to the front (each run's new place is at or
     * before its old one) and give the rest back */
    off = 0;
    for (size_t r = 0; r < nruns; r++) {
        memmove(doc->text + off, doc->text + runs.items[r].start, runs.items[r].end - runs.items[r].start);
        off += runs.items[r].end - runs.items[r].start;
    }
    doc->text[off] = '\0';
    if (doc->len >= KEEP_SHRINK_IN_PLACE) {
        /* a large block is mapped on its own: shrinking it gives the rest
         * back to the system without a copy */
        doc->kept = chr_xrealloc(doc->text, off + 1);
    } else {
        /* a small one would leave its tail as a hole in the heap that the
         * next article's text does not fit in: copy and free it whole */
        doc->kept = chr_xmalloc(off + 1);
        memcpy(doc->kept, doc->text, off + 1);
        free(doc->text);
    }
    doc->text = NULL;
    doc->pieces = pieces.len ? chr_xrealloc(pieces.items, pieces.len * sizeof *pieces.items) : pieces.items;
    doc->npieces = pieces.len;
    chr_vec_free(&runs);
    free(doc->cp_checkpoints);
    doc->cp_checkpoints = NULL;
    doc->ncheckpoints = 0;
    chr_vec_free(&doc->sentences);
    doc->sentences.items = kept_sentences.items;
    doc->sentences.len = doc->sentences.cap = kept_sentences.len;
    doc->sentence_ids = ids;
}

chr_corpus *chr_corpus_new(void)
{
    return chr_xcalloc(1, sizeof(chr_corpus));
}

void chr_doc_free(chr_doc *doc)
{
    if (!doc) return;
    free(doc->path);
    free(doc->source);
    free(doc->title);
    free(doc->url);
    free(doc->text);
    free(doc->kept);
    free(doc->pieces);
    free(doc->sentence_ids);
    free(doc->cp_checkpoints);
    chr_vec_free(&doc->sentences);
    free(doc);
}

void chr_corpus_free(chr_corpus *corpus)
{
    if (!corpus) return;
    for (size_t i = 0; i < corpus->docs.len; i++) chr_doc_free(corpus->docs.items[i]);
    chr_vec_free(&corpus->docs);
    chr_vec_free(&corpus->timexes);
    for (size_t i = 0; i < corpus->entity_mentions.len; i++) {
        free(corpus->entity_mentions.items[i].latin);
        free(corpus->entity_mentions.items[i].title);
    }
    chr_vec_free(&corpus->entity_mentions);
    for (size_t i = 0; i < corpus->entities.len; i++) {
        chr_entity *e = &corpus->entities.items[i];
        free(e->name);
        chr_strvec_free(&e->aliases);
        chr_strvec_free(&e->titles);
        chr_vec_free(&e->mentions);
    }
    chr_vec_free(&corpus->entities);
    for (size_t i = 0; i < corpus->event_mentions.len; i++) {
        chr_event_mention *m = &corpus->event_mentions.items[i];
        chr_vec_free(&m->participants);
        free(m->amount.text);
    }
    chr_vec_free(&corpus->event_mentions);
    for (size_t i = 0; i < corpus->events.len; i++) {
        chr_event *e = &corpus->events.items[i];
        free(e->label);
        chr_vec_free(&e->participants);
        chr_vec_free(&e->mentions);
        free(e->amount.text);
    }
    chr_vec_free(&corpus->events);
    chr_vec_free(&corpus->timeline);
    free(corpus);
}
