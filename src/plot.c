/*
 * plot.c - charts of a timeline: a gnuplot script and the tab-separated
 * data file it reads (see chr_plot.h for the safety rules).
 *
 * Three kinds. The timeline puts the dated events on a date axis whose
 * ticks adapt to the span (days, weeks, months or years), one marker per
 * event coloured by type, a bar from earliest to latest when the date is
 * a range, hollow markers for uncertain or planned dates, a shaded band
 * from each ouster to the next return of the same person (or company, or
 * in the same article), and the labels in
 * lanes: each label's width is estimated in pixels (Hangul counts double)
 * and it takes the first lane where it overlaps nothing. The coverage
 * chart is a dot matrix of events (rows) by sources (columns); the
 * entities chart stacks each entity's mentions per source as bars.
 *
 * The data file holds one block per layer (gnuplot "index"), each ending
 * in two blank lines; every row starts with a number, so no row can look
 * like a comment, and every text field is cleaned by put_text().
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "chr_model.h"
#include "chr_plot.h"

/* ---- options ---------------------------------------------------------------- */

int chr_plot_kind_parse(const char *name, chr_plot_kind *kind)
{
    static const char *const names[] = {"timeline", "coverage", "entities"};
    for (int i = 0; i < 3; i++)
        if (strcmp(name, names[i]) == 0) {
            *kind = (chr_plot_kind)i;
            return 1;
        }
    return 0;
}

int chr_plot_terminal_for(const char *path, chr_plot_terminal *terminal)
{
    size_t n = strlen(path);
    if (n >= 4 && strcasecmp(path + n - 4, ".svg") == 0) *terminal = CHR_PLOT_SVG;
    else if (n >= 4 && strcasecmp(path + n - 4, ".png") == 0) *terminal = CHR_PLOT_PNG;
    else return 0;
    return 1;
}

int chr_plot_path_safe(const char *path)
{
    if (!path || !path[0]) return 0;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++)
        if (*p < 0x20 || *p == 0x7f) return 0;
    const char *p = path;
    while (*p == ' ') p++;
    return *p != '|' && *p != '<';
}

/* ---- text --------------------------------------------------------------------- */

static const char *str_or_empty(const json_t *v)
{
    return json_is_string(v) ? json_string_value(v) : "";
}

static int is_wide(uint32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6);
}

/*
 * Appends 's' as one data field: control characters (C0, DEL, C1, U+2028,
 * U+2029), tabs and newlines become spaces, runs of spaces collapse, '"'
 * becomes U+201D, and the text is cut at 'max_cols' display columns with
 * an ellipsis. An empty result is written as "-" (an empty field would be
 * read as missing). Returns the display columns written.
 */
static size_t put_text(chr_buf *out, const char *s, size_t max_cols)
{
    size_t len = strlen(s), i = 0, cols = 0, start = out->len;
    int space = 1; /* drops leading spaces */
    while (i < len) {
        size_t used;
        uint32_t cp = chr_utf8_decode(s + i, len - i, &used);
        if (used == 0) used = 1;
        int blank = cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029 ||
                    cp == ' ' || cp == 0xA0 || cp == 0x3000;
        if (blank) {
            if (!space && cols + 1 < max_cols) chr_buf_putc(out, ' '), cols++;
            space = 1;
            i += used;
            continue;
        }
        size_t w = is_wide(cp) ? 2 : 1;
        if (cols + w > max_cols - 1 && i + used < len) {
            chr_buf_puts(out, "\xE2\x80\xA6"); /* … */
            cols++;
            break;
        }
        if (cp == '"') chr_buf_puts(out, "\xE2\x80\x9D"); /* ” */
        else chr_buf_append(out, s + i, used);
        cols += w;
        space = 0;
        i += used;
    }
    while (out->len > start && out->data[out->len - 1] == ' ') out->data[--out->len] = '\0', cols--;
    if (out->len == start) chr_buf_putc(out, '-'), cols = 1;
    return cols;
}

/* Display columns of 's' as put_text() would write it (uncut). */
static size_t text_cols(const char *s, size_t max_cols)
{
    chr_buf tmp = {0};
    size_t cols = put_text(&tmp, s, max_cols);
    chr_buf_free(&tmp);
    return cols;
}

/* Appends 's' to the script as a single-quoted gnuplot string: ' doubled,
 * control characters replaced by spaces. */
static void put_sq(chr_buf *script, const char *s)
{
    chr_buf_putc(script, '\'');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '\'') chr_buf_puts(script, "''");
        else if (*p < 0x20 || *p == 0x7f) chr_buf_putc(script, ' ');
        else chr_buf_putc(script, (char)*p);
    }
    chr_buf_putc(script, '\'');
}

/* Appends a relative path with "./" in front, so that no path the script
 * names can start with a character gnuplot treats specially. */
static void put_path(chr_buf *script, const char *path)
{
    chr_buf tmp = {0};
    if (path[0] != '/' && !(path[0] == '.' && path[1] == '/')) chr_buf_puts(&tmp, "./");
    chr_buf_puts(&tmp, path);
    put_sq(script, tmp.data);
    chr_buf_free(&tmp);
}

/* ---- dates ------------------------------------------------------------------------ */

/* Days since 1970-01-01 of "YYYY-MM-DD"; returns 1, or 0 when 's' is not one. */
static int parse_day(const char *s, long *days)
{
    int y, m, d;
    if (strlen(s) < 10 || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
    *days = chr_date_to_days(y, m, d);
    return 1;
}

static void day_string(long days, char *buf, size_t size, int parts)
{
    int y, m, d;
    chr_date_from_days(days, &y, &m, &d);
    if (parts == 1) snprintf(buf, size, "%04d", y);
    else if (parts == 2) snprintf(buf, size, "%04d-%02d", y, m);
    else snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
}

/*
 * Appends "set xtics (...)" for [lo, hi] (days): days, weeks, months or
 * years, at most about 'max_ticks' of them, each labelled in full so the
 * axis reads without a legend. Returns the unit name for the axis label.
 */
static const char *put_xtics(chr_buf *script, double lo, double hi, int max_ticks)
{
    double span = hi - lo;
    /* no tick so close to an edge that its label would be cut */
    lo += span * 0.03, hi -= span * 0.03;
    char label[32];
    int first = 1;
    const char *unit;
    chr_buf_puts(script, "set xtics (");
    if (span <= 16) {
        long step = (long)ceil(span / max_ticks);
        if (step < 1) step = 1;
        for (long d = (long)ceil(lo); d <= (long)floor(hi); d += step) {
            day_string(d, label, sizeof label, 3);
            chr_buf_printf(script, "%s'%s' %ld", first ? "" : ", ", label, d);
            first = 0;
        }
        unit = "date (days)";
    } else if (span <= 7.0 * max_ticks) {
        long d = (long)ceil(lo);
        int y, m, dd;
        chr_date_from_days(d, &y, &m, &dd);
        d += (7 - chr_weekday(y, m, dd)) % 7; /* Mondays */
        for (; d <= (long)floor(hi); d += 7) {
            day_string(d, label, sizeof label, 3);
            chr_buf_printf(script, "%s'%s' %ld", first ? "" : ", ", label, d);
            first = 0;
        }
        unit = "date (weeks, Mondays)";
    } else if (span <= 31.0 * 12 * 6) {
        static const int steps[] = {1, 2, 3, 6, 12};
        int step = 12;
        for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++)
            if (span / (30.4 * steps[k]) <= max_ticks) {
                step = steps[k];
                break;
            }
        int y, m, d;
        chr_date_from_days((long)ceil(lo), &y, &m, &d);
        if (d > 1) m++;
        if (m > 12) m = 1, y++;
        while ((m - 1) % step) {
            if (++m > 12) m = 1, y++;
        }
        for (long x; (x = chr_date_to_days(y, m, 1)) <= (long)floor(hi);) {
            snprintf(label, sizeof label, "%04d-%02d", y, m);
            chr_buf_printf(script, "%s'%s' %ld", first ? "" : ", ", label, x);
            first = 0;
            m += step;
            while (m > 12) m -= 12, y++;
        }
        unit = "date (months)";
    } else {
        static const int steps[] = {1, 2, 5, 10, 20, 50, 100};
        int step = 100;
        for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++)
            if (span / (365.25 * steps[k]) <= max_ticks) {
                step = steps[k];
                break;
            }
        int y, m, d;
        chr_date_from_days((long)ceil(lo), &y, &m, &d);
        if (m > 1 || d > 1) y++;
        while (y % step) y++;
        for (long x; (x = chr_date_to_days(y, 1, 1)) <= (long)floor(hi); y += step) {
            chr_buf_printf(script, "%s'%04d' %ld", first ? "" : ", ", y, x);
            first = 0;
        }
        unit = "date (years)";
    }
    chr_buf_puts(script, ")\n");
    return unit;
}

/* ---- the script's frame ------------------------------------------------------- */

static const char FONT_PNG[] = "NanumGothic,10";
static const char FONT_SVG[] = "NanumGothic,Noto Sans CJK KR,sans-serif,10";

static void put_header(chr_buf *script, const chr_plot_options *opts, const char *what, int width, int height)
{
    chr_buf_printf(script, "# %s, written by chronicle. Render with: gnuplot SCRIPT\n", what);
    chr_buf_puts(script, "# Text from the articles is only in the data file; this script holds constants.\n");
    chr_buf_puts(script, "reset\nset encoding utf8\n");
    if (opts->terminal == CHR_PLOT_PNG)
        chr_buf_printf(script, "set terminal pngcairo size %d,%d font '%s' noenhanced background '#ffffff'\n", width,
                       height, FONT_PNG);
    else
        chr_buf_printf(script, "set terminal svg size %d,%d font '%s' noenhanced background '#ffffff'\n", width,
                       height, FONT_SVG);
    chr_buf_puts(script, "set output ");
    put_path(script, opts->output_path);
    chr_buf_puts(script, "\nset datafile separator tab\nset termoption noenhanced\n");
    chr_buf_puts(script, "data = ");
    put_path(script, opts->data_path);
    chr_buf_puts(script, "\n");
}

static void put_title(chr_buf *script, const chr_plot_options *opts, const char *fallback)
{
    chr_buf_puts(script, "set title ");
    put_sq(script, opts->title ? opts->title : fallback);
    chr_buf_puts(script, " noenhanced font ',13'\n");
}

/* Ends a data block that began at byte 'start'. gnuplot does not count an
 * empty block as an index, so an empty one gets a row of NaN (the script
 * never plots it, but the indices after it stay right). */
static void end_block(chr_buf *data, size_t start)
{
    if (data->len == start) chr_buf_puts(data, "NaN\tNaN\tNaN\tNaN\n");
    chr_buf_puts(data, "\n\n");
}

/* ---- the types and their colours ---------------------------------------------- */

static const struct {
    const char *type;
    unsigned rgb;
} palette[] = {
    {"ouster", 0xd62728},       {"resignation", 0xff7f0e}, {"appointment", 0x2ca02c}, {"return", 0x1f77b4},
    {"board_call", 0x9467bd},   {"agreement", 0x17becf},   {"board_change", 0x8c564b}, {"investigation", 0xe377c2},
    {"statement", 0x7f7f7f},    {"protest", 0xbcbd22},     {"lawsuit", 0x393b79},      {"deal", 0x637939},
    {"founding", 0x8c6d31},     {"product", 0x843c39},     {"leave", 0x7b4173},
};
#define N_PALETTE (sizeof palette / sizeof palette[0])
#define OTHER_RGB 0x000000u

/* The palette index of 'type', or N_PALETTE for a type the rules added. */
static size_t type_index(const char *type)
{
    for (size_t i = 0; i < N_PALETTE; i++)
        if (strcmp(palette[i].type, type) == 0) return i;
    return N_PALETTE;
}

/* ---- the timeline chart --------------------------------------------------------- */

enum { TL_WIDTH = 1400, TL_LANE_PX = 24, TL_MAX_LANES = 80, TL_MAX_LABELS = 600, TL_LABEL_COLS = 44 };
#define TL_LEFT 0.02
#define TL_RIGHT 0.98
/* estimated pixels per display column (a Hangul syllable is two) at the
 * 10-point font: NanumGothic in pngcairo and in Chromium's SVG renderer
 * stay inside it on the charts in docs/img */
#define TL_COL_PX 6.6

typedef struct {
    const json_t *ev; /* borrowed */
    const char *type;
    long lo, hi;  /* earliest and latest, days */
    double x;     /* the marker */
    int uncertain;
    int outside;  /* -1 before the focus window, 1 after it, 0 inside */
    int lane;
    int side;     /* 1: label right of the marker, -1: left, 0: no room */
    double px_lo, px_hi;
} tl_item;

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct {
    double lo, hi;
} tl_span;

typedef CHR_VEC(tl_span) tl_spans;

typedef struct {
    tl_spans *lanes; /* occupied pixel spans per lane */
    int n;
} tl_lanes;

/* Appends the label of 'it': its text, after its date when it is drawn
 * at an edge of the focus window. */
static void item_label(const tl_item *it, chr_buf *out)
{
    if (it->outside) {
        const char *value = str_or_empty(json_object_get(json_object_get(it->ev, "when"), "value"));
        chr_buf_printf(out, "%s%s: ", it->outside < 0 ? "<- " : "", value);
    }
    chr_buf_puts(out, str_or_empty(json_object_get(it->ev, "label")));
    if (it->outside > 0) chr_buf_puts(out, " ->");
}

static int lane_free(const tl_spans *lane, double lo, double hi)
{
    for (size_t i = 0; i < lane->len; i++)
        if (lo < lane->items[i].hi && lane->items[i].lo < hi) return 0;
    return 1;
}

/* Makes lanes 0..k exist (empty). */
static void lane_open(tl_lanes *lanes, int k)
{
    if (k < lanes->n) return;
    lanes->lanes = chr_xrealloc(lanes->lanes, (size_t)(k + 1) * sizeof *lanes->lanes);
    memset(&lanes->lanes[lanes->n], 0, (size_t)(k + 1 - lanes->n) * sizeof *lanes->lanes);
    lanes->n = k + 1;
}

/* Puts [lo, hi] in the first lane where it fits; returns the lane or -1. */
static int lane_take(tl_lanes *lanes, double lo, double hi)
{
    for (int k = 0; k < TL_MAX_LANES; k++) {
        lane_open(lanes, k);
        if (lane_free(&lanes->lanes[k], lo, hi)) {
            chr_vec_push(&lanes->lanes[k], ((tl_span){lo, hi}));
            return k;
        }
    }
    return -1;
}

static void lanes_free(tl_lanes *lanes)
{
    for (int k = 0; k < lanes->n; k++) chr_vec_free(&lanes->lanes[k]);
    free(lanes->lanes);
}

/* True when the two events share an entity in 'role'. */
static int shares_role(const json_t *a, const json_t *b, const char *role)
{
    size_t i, k;
    const json_t *p, *q;
    json_array_foreach(json_object_get(a, "participants"), i, p) {
        if (strcmp(str_or_empty(json_object_get(p, "role")), role) != 0) continue;
        json_array_foreach(json_object_get(b, "participants"), k, q)
            if (strcmp(str_or_empty(json_object_get(q, "role")), role) == 0 &&
                strcmp(str_or_empty(json_object_get(p, "entity")), str_or_empty(json_object_get(q, "entity"))) == 0)
                return 1;
    }
    return 0;
}

/* True when both events are first reported by the same document. */
static int same_first_doc(const json_t *a, const json_t *b)
{
    const json_t *ma = json_array_get(json_object_get(a, "mentions"), 0);
    const json_t *mb = json_array_get(json_object_get(b, "mentions"), 0);
    return ma && mb && strcmp(str_or_empty(json_object_get(ma, "doc")), str_or_empty(json_object_get(mb, "doc"))) == 0;
}

/* Appends the footnote's "Sources:" rows (one entry per document, at
 * most 40, wrapped at about 190 columns), from *y down by 'line_h' per
 * row; returns the number of rows. */
static int put_sources_footnote(chr_buf *data, const json_t *doc, double *y, double line_h)
{
    int rows = 1;
    size_t i;
    const json_t *d;
    chr_buf_printf(data, "0.005\t%.4f\tSources:", *y);
    size_t cols = 8;
    size_t n_docs = json_array_size(json_object_get(doc, "documents"));
    json_array_foreach(json_object_get(doc, "documents"), i, d) {
        const char *src = str_or_empty(json_object_get(d, "source"));
        if (!src[0]) src = str_or_empty(json_object_get(d, "path"));
        if (i == 40) {
            chr_buf_printf(data, " and %zu more.", n_docs - i);
            break;
        }
        chr_buf entry = {0};
        chr_buf_printf(&entry, " %s ", str_or_empty(json_object_get(d, "id")));
        size_t c = put_text(&entry, src, 40);
        const char *dct = str_or_empty(json_object_get(d, "dct"));
        if (dct[0]) {
            chr_buf_puts(&entry, " (");
            put_text(&entry, dct, 20);
            chr_buf_puts(&entry, ")");
            c += 13;
        }
        chr_buf_puts(&entry, i + 1 < json_array_size(json_object_get(doc, "documents")) ? ";" : "");
        c += 6;
        if (cols + c > 190) {
            *y -= line_h;
            chr_buf_printf(data, "\n0.005\t%.4f\t ", *y);
            cols = 2;
            rows++;
        }
        chr_buf_append(data, entry.data, entry.len);
        cols += c;
        chr_buf_free(&entry);
    }
    chr_buf_putc(data, '\n');
    *y -= line_h;
    return rows;
}

static chr_status plot_timeline(const json_t *doc, const chr_plot_options *opts, chr_buf *script, chr_buf *data)
{
    json_t *events = json_object();
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(doc, "events"), i, v)
        json_object_set(events, str_or_empty(json_object_get(v, "id")), v);

    CHR_VEC(tl_item) items = {0};
    size_t undated = 0;
    json_array_foreach(json_object_get(doc, "timeline"), i, v) {
        const json_t *ev = json_object_get(events, str_or_empty(json_object_get(v, "event")));
        if (!ev) continue;
        const json_t *when = json_object_get(ev, "when");
        tl_item it = {.ev = ev, .type = str_or_empty(json_object_get(ev, "type")), .lane = -1};
        if (!parse_day(str_or_empty(json_object_get(when, "earliest")), &it.lo)) {
            undated++;
            continue;
        }
        if (!parse_day(str_or_empty(json_object_get(when, "latest")), &it.hi) || it.hi < it.lo) it.hi = it.lo;
        it.x = (it.lo + it.hi) / 2.0;
        const char *basis = str_or_empty(json_object_get(when, "basis"));
        const char *modality = str_or_empty(json_object_get(ev, "modality"));
        it.uncertain = it.hi > it.lo || strcmp(basis, "context") == 0 || strcmp(basis, "dct") == 0 ||
                       strcmp(modality, "planned") == 0 || strcmp(modality, "reported") == 0;
        chr_vec_push(&items, it);
    }

    double lo = 0, hi = 1;
    for (i = 0; i < items.len; i++) {
        if (i == 0 || items.items[i].lo < lo) lo = (double)items.items[i].lo;
        if (i == 0 || items.items[i].hi > hi) hi = (double)items.items[i].hi;
    }
    if (items.len == 0) lo = 0, hi = 1;
    long first_day = (long)lo, last_day = (long)hi;

    /* Focus: a story of a few days told with a founding ten years back
     * would be one pixel wide. When most events sit in a window much
     * shorter than the whole span, the axis shows that window and the
     * events outside it are drawn at its edges as diamonds, their labels
     * starting with their dates. */
    size_t outside = 0;
    if (items.len >= 4) {
        double *xs = chr_xmalloc(items.len * sizeof *xs);
        for (i = 0; i < items.len; i++) xs[i] = items.items[i].x;
        qsort(xs, items.len, sizeof *xs, cmp_double);
        size_t k = (items.len * 7 + 9) / 10, best = 0;
        for (i = 0; i + k <= items.len; i++)
            if (xs[i + k - 1] - xs[i] < xs[best + k - 1] - xs[best]) best = i;
        double a = xs[best], b = xs[best + k - 1];
        for (int grown = 1; grown;) { /* take in the neighbours close to the window */
            grown = 0;
            double margin = b - a > 7 ? b - a : 7;
            for (i = 0; i < items.len; i++) {
                if (xs[i] < a && xs[i] >= a - margin) a = xs[i], grown = 1;
                if (xs[i] > b && xs[i] <= b + margin) b = xs[i], grown = 1;
            }
        }
        free(xs);
        if (b - a < 0.2 * (hi - lo)) {
            double wpad = (b - a) * 0.04 + 1.0;
            for (i = 0; i < items.len; i++) {
                tl_item *it = &items.items[i];
                if (it->x >= a && it->x <= b) {
                    /* a range that reaches out of the window is cut at its edges */
                    if ((double)it->lo < a - wpad) it->lo = (long)floor(a - wpad);
                    if ((double)it->hi > b + wpad) it->hi = (long)ceil(b + wpad);
                    continue;
                }
                it->outside = it->x < a ? -1 : 1;
                it->x = it->x < a ? a - wpad * 0.6 : b + wpad * 0.6;
                it->lo = it->hi = (long)it->x;
                outside++;
            }
            lo = a, hi = b;
        }
    }
    double pad = (hi - lo) * 0.04 + 1.0;
    lo -= pad, hi += pad;
    double plot_px = TL_WIDTH * (TL_RIGHT - TL_LEFT);
    double px_per_day = plot_px / (hi - lo);
#define TO_PX(d) (((d) - lo) * px_per_day)

    /* ouster -> return: from an ouster to the return that ends the story:
     * the last return after it of the same person (or the same company,
     * or in the same article; in a corpus with one of each, the only
     * return), stopping at a later ouster of that person once a return has
     * been seen, so that two stories of one person stay two bands. Each
     * return ends one band. */
    typedef struct { size_t ouster, ret; } pair;
    CHR_VEC(pair) pairs = {0};
    size_t n_ousters = 0, n_returns = 0;
    size_t *by_x = chr_xmalloc((items.len ? items.len : 1) * sizeof *by_x);
    for (i = 0; i < items.len; i++) {
        n_ousters += strcmp(items.items[i].type, "ouster") == 0;
        n_returns += strcmp(items.items[i].type, "return") == 0;
        by_x[i] = i;
    }
    for (i = 1; i < items.len; i++) /* insertion sort: stable, and the timeline is nearly sorted */
        for (size_t k = i; k > 0 && items.items[by_x[k - 1]].x > items.items[by_x[k]].x; k--) {
            size_t t = by_x[k];
            by_x[k] = by_x[k - 1], by_x[k - 1] = t;
        }
    for (i = 0; i < items.len; i++) {
        const tl_item *o = &items.items[i];
        if (strcmp(o->type, "ouster") != 0 || o->outside) continue;
        long best = -1;
        for (size_t j = 0; j < items.len; j++) {
            const tl_item *r = &items.items[by_x[j]];
            if (r->x <= o->x) continue;
            int same_subject = shares_role(o->ev, r->ev, "subject");
            if (strcmp(r->type, "ouster") == 0 && same_subject && best >= 0) break;
            if (strcmp(r->type, "return") != 0) continue;
            if (!same_subject && !shares_role(o->ev, r->ev, "organization") && !same_first_doc(o->ev, r->ev) &&
                !(n_ousters == 1 && n_returns == 1))
                continue;
            best = (long)by_x[j];
        }
        int taken = 0;
        for (size_t k = 0; k < pairs.len; k++) taken |= best >= 0 && pairs.items[k].ret == (size_t)best;
        if (best >= 0 && !taken) chr_vec_push(&pairs, ((pair){i, (size_t)best}));
    }
    free(by_x);

    /* lanes: the interval labels first (top lanes), then the events in order */
    tl_lanes lanes = {0};
    CHR_VEC(int) pair_lane = {0};
    for (i = 0; i < pairs.len; i++) {
        double x0 = TO_PX(items.items[pairs.items[i].ouster].x);
        if (x0 + 30 * TL_COL_PX > plot_px) x0 = plot_px - 30 * TL_COL_PX;
        int lane = lane_take(&lanes, x0, x0 + 30 * TL_COL_PX);
        chr_vec_push(&pair_lane, lane);
    }
    int first_event_lane = lanes.n;
    for (i = 0; i < items.len; i++) {
        tl_item *it = &items.items[i];
        chr_buf label = {0};
        item_label(it, &label);
        double w = (double)text_cols(label.data, TL_LABEL_COLS) * TL_COL_PX;
        chr_buf_free(&label);
        double m_lo = TO_PX((double)it->lo) - 6, m_hi = TO_PX((double)it->hi) + 6;
        double mx = TO_PX(it->x);
        int lane = -1;
        /* right of the marker when it fits in the plot, else left */
        for (int k = first_event_lane; k < TL_MAX_LANES && lane < 0; k++) {
            if (i >= TL_MAX_LABELS) break; /* bounds the work on huge inputs */
            lane_open(&lanes, k);
            /* a label starts beyond the end of its bar (or marker) */
            double r_lo = m_lo < mx - 6 ? m_lo : mx - 6, r_hi = (m_hi > mx + 6 ? m_hi : mx + 6) + 8 + w;
            double l_lo = (m_lo < mx - 6 ? m_lo : mx - 6) - 8 - w, l_hi = m_hi > mx + 6 ? m_hi : mx + 6;
            if (r_hi <= plot_px && lane_free(&lanes.lanes[k], r_lo, r_hi > m_hi ? r_hi : m_hi)) {
                chr_vec_push(&lanes.lanes[k], ((tl_span){r_lo, r_hi > m_hi ? r_hi : m_hi}));
                lane = k, it->side = 1;
            } else if (l_lo >= 0 && lane_free(&lanes.lanes[k], l_lo < m_lo ? l_lo : m_lo, l_hi)) {
                chr_vec_push(&lanes.lanes[k], ((tl_span){l_lo < m_lo ? l_lo : m_lo, l_hi}));
                lane = k, it->side = -1;
            }
        }
        if (lane < 0) { /* no room for the label: the marker in the last lane */
            lane = TL_MAX_LANES - 1;
            it->side = 0;
        }
        it->lane = lane;
    }
    int n_lanes = 0;
    for (i = 0; i < items.len; i++)
        if (items.items[i].lane + 1 > n_lanes) n_lanes = items.items[i].lane + 1;
    if (n_lanes < first_event_lane) n_lanes = first_event_lane;
    if (n_lanes < 1) n_lanes = 1;

    /* block 0: ouster -> return bands; block 1: range bars; block 2:
     * markers; block 3: labels right; block 4: labels left; block 5: the
     * interval labels; block 6: footnote */
    size_t counts[7] = {0};
    size_t mark = data->len;
    for (i = 0; i < pairs.len; i++) {
        const tl_item *o = &items.items[pairs.items[i].ouster], *r = &items.items[pairs.items[i].ret];
        chr_buf_printf(data, "%.1f\t%.1f\t%.2f\t%.2f\n", o->x, r->x, -0.6, n_lanes - 0.4);
        counts[0]++;
    }
    end_block(data, mark), mark = data->len;
    for (i = 0; i < items.len; i++) {
        const tl_item *it = &items.items[i];
        if (it->hi <= it->lo) continue;
        size_t t = type_index(it->type);
        chr_buf_printf(data, "%ld\t%d\t%ld\t%u\n", it->lo, it->lane, it->hi + 1, t < N_PALETTE ? palette[t].rgb : OTHER_RGB);
        counts[1]++;
    }
    end_block(data, mark), mark = data->len;
    for (i = 0; i < items.len; i++) {
        const tl_item *it = &items.items[i];
        size_t t = type_index(it->type);
        chr_buf_printf(data, "%.1f\t%d\t%d\t%u\n", it->x, it->lane, it->outside ? (it->uncertain ? 12 : 13) : it->uncertain ? 6 : 7,
                       t < N_PALETTE ? palette[t].rgb : OTHER_RGB);
        counts[2]++;
    }
    end_block(data, mark), mark = data->len;
    for (int side = 1; side >= -1; side -= 2) {
        for (i = 0; i < items.len; i++) {
            const tl_item *it = &items.items[i];
            if (it->side != side) continue;
            double at = it->hi > it->lo ? (side == 1 ? it->hi + 1.0 : (double)it->lo) : it->x;
            chr_buf_printf(data, "%.1f\t%d\t", at, it->lane);
            chr_buf label = {0};
            item_label(it, &label);
            put_text(data, label.data, TL_LABEL_COLS);
            chr_buf_free(&label);
            chr_buf_putc(data, '\n');
            counts[side == 1 ? 3 : 4]++;
        }
        end_block(data, mark), mark = data->len;
    }
    for (i = 0; i < pairs.len; i++) {
        const tl_item *o = &items.items[pairs.items[i].ouster], *r = &items.items[pairs.items[i].ret];
        if (pair_lane.items[i] < 0) continue;
        double at = o->x;
        if (TO_PX(at) + 30 * TL_COL_PX > plot_px) at = lo + (plot_px - 30 * TL_COL_PX) / px_per_day;
        double days = r->x - o->x;
        chr_buf_printf(data, "%.1f\t%d\tousted -> returned: %.0f day%s\n", at, pair_lane.items[i], days,
                       fabs(days - 1.0) < 0.05 ? "" : "s");
        counts[5]++;
    }
    end_block(data, mark), mark = data->len;

    /* the footnote, in [0,1] coordinates of its own strip */
    chr_buf scratch = {0}; /* a dry run counts the rows */
    double y0 = 0;
    int foot_lines = put_sources_footnote(&scratch, doc, &y0, 0) + (undated > 0 || outside > 0);
    chr_buf_free(&scratch);
    int foot_px = 22 + 16 * foot_lines;
    double line_h = 16.0 / foot_px, y = 1.0 - 10.0 / foot_px;
    put_sources_footnote(data, doc, &y, line_h);
    counts[6]++;
    if (undated || outside) {
        chr_buf_printf(data, "0.005\t%.4f\t", y);
        if (outside)
            chr_buf_printf(data, "%zu event%s outside the dates shown %s drawn at the edges as diamonds, with %s dates. ",
                           outside, outside == 1 ? "" : "s", outside == 1 ? "is" : "are",
                           outside == 1 ? "its" : "their");
        if (undated)
            chr_buf_printf(data, "%zu event%s without a date %s not shown.", undated, undated == 1 ? "" : "s",
                           undated == 1 ? "is" : "are");
        chr_buf_putc(data, '\n');
        counts[6]++;
    }
    end_block(data, mark), mark = data->len;

    /* the script */
    int main_px = 90 + 40 /* key */ + n_lanes * TL_LANE_PX + 60;
    int height = main_px + foot_px;
    put_header(script, opts, "A timeline chart", TL_WIDTH, height);
    char fallback[160];
    if (items.len) {
        char a[16], b[16];
        day_string(first_day, a, sizeof a, 3);
        day_string(last_day, b, sizeof b, 3);
        snprintf(fallback, sizeof fallback, "Timeline: %zu dated events, %s to %s", items.len, a, b);
    } else {
        snprintf(fallback, sizeof fallback, "Timeline: no dated events");
    }
    chr_buf_printf(script, "set multiplot\nset origin 0,%.4f\nset size 1,%.4f\n", (double)foot_px / height,
                   (double)main_px / height);
    chr_buf_printf(script, "set lmargin at screen %.2f\nset rmargin at screen %.2f\n", TL_LEFT, TL_RIGHT);
    put_title(script, opts, fallback);
    chr_buf_printf(script, "set xrange [%.1f:%.1f]\nset yrange [%.2f:%.2f]\n", lo, hi, n_lanes - 0.4, -0.8);
    chr_buf_puts(script, "unset ytics\nset border 1\nset grid xtics lc rgb '#dddddd' lt 1\n");
    chr_buf_puts(script, "set xtics nomirror out font ',10'\n");
    if (items.len) put_xtics(script, lo, hi, 14);
    else chr_buf_puts(script, "unset xtics\nunset key\n");
    chr_buf_puts(script, "set key outside below center horizontal maxrows 2 width 1 samplen 2 font ',10'\n");
    if (!items.len) /* gnuplot cannot draw a key alone */
        chr_buf_puts(script, "set label 1 'No dated events' at graph 0.5, graph 0.5 center\n");
    chr_buf_puts(script, "plot \\\n");
    if (!items.len) chr_buf_puts(script, "  NaN notitle, \\\n");
    if (counts[0])
        chr_buf_puts(script, "  data index 0 using (($1+$2)/2):(($3+$4)/2):(($2-$1)/2):(($4-$3)/2) with boxxyerror "
                             "fs transparent solid 0.12 noborder lc rgb '#d62728' notitle, \\\n");
    if (counts[1])
        chr_buf_puts(script, "  data index 1 using 1:2:($3-$1):(0):4 with vectors nohead lw 5 lc rgb variable "
                             "notitle, \\\n");
    if (counts[2])
        chr_buf_puts(script, "  data index 2 using 1:2:3:4 with points pt variable ps 1.4 lw 2 lc rgb variable "
                             "notitle, \\\n");
    if (counts[3])
        chr_buf_puts(script, "  data index 3 using 1:2:3 with labels left offset 1,0 noenhanced notitle, \\\n");
    if (counts[4])
        chr_buf_puts(script, "  data index 4 using 1:2:3 with labels right offset -1,0 noenhanced notitle, \\\n");
    if (counts[5])
        chr_buf_puts(script, "  data index 5 using 1:2:3 with labels left offset 0.5,0 noenhanced tc rgb '#b22222' "
                             "notitle, \\\n");
    /* the legend: one entry per type present, in the taxonomy's order */
    int seen[N_PALETTE + 1] = {0};
    for (i = 0; i < items.len; i++) seen[type_index(items.items[i].type)] = 1;
    for (size_t t = 0; t < N_PALETTE; t++)
        if (seen[t])
            chr_buf_printf(script, "  keyentry with points pt 7 ps 1.4 lc rgb '#%06x' title '%s', \\\n", palette[t].rgb,
                           palette[t].type);
    if (seen[N_PALETTE]) chr_buf_puts(script, "  keyentry with points pt 7 ps 1.4 lc rgb '#000000' title 'other', \\\n");
    chr_buf_puts(script, "  keyentry with points pt 6 ps 1.4 lw 2 lc rgb '#444444' title 'uncertain or planned date'");
    if (outside)
        chr_buf_puts(script, ", \\\n  keyentry with points pt 13 ps 1.4 lc rgb '#444444' title 'outside the dates shown'");
    if (counts[1]) chr_buf_puts(script, ", \\\n  keyentry with lines lw 5 lc rgb '#888888' title 'date range'");
    if (counts[0])
        chr_buf_puts(script, ", \\\n  keyentry with boxes fs transparent solid 0.12 noborder lc rgb '#d62728' "
                             "title 'ouster to return'");
    chr_buf_puts(script, "\n\n# the footnote strip\nreset\nset datafile separator tab\n");
    chr_buf_printf(script, "set origin 0,0\nset size 1,%.4f\n", (double)foot_px / height);
    chr_buf_puts(script, "set lmargin at screen 0.01\nset rmargin at screen 0.99\nset tmargin 0\nset bmargin 0\n"
                         "unset border\nunset tics\nunset key\nset xrange [0:1]\nset yrange [0:1]\n");
    chr_buf_puts(script, "plot data index 6 using 1:2:3 with labels left noenhanced font ',9' tc rgb '#333333'\n");
    chr_buf_puts(script, "unset multiplot\n");
#undef TO_PX

    lanes_free(&lanes);
    chr_vec_free(&pair_lane);
    chr_vec_free(&pairs);
    chr_vec_free(&items);
    json_decref(events);
    return CHR_OK;
}

/* ---- sources ------------------------------------------------------------------- */

/* Column per distinct source name (documents of one outlet share one);
 * fills doc_col (document id -> column, as json integers) and names. */
static void collect_sources(const json_t *doc, json_t *doc_col, chr_strvec *names)
{
    size_t i;
    const json_t *d;
    json_array_foreach(json_object_get(doc, "documents"), i, d) {
        const char *src = str_or_empty(json_object_get(d, "source"));
        if (!src[0]) src = str_or_empty(json_object_get(d, "path"));
        if (!src[0]) src = str_or_empty(json_object_get(d, "id"));
        size_t col = chr_strvec_add_unique(names, src);
        json_object_set_new(doc_col, str_or_empty(json_object_get(d, "id")), json_integer((json_int_t)col));
    }
}

/* ---- the coverage chart ---------------------------------------------------------- */

/* Appends one row of the matrix: 'hit' per column (0 absent, 1 reports,
 * 2 reports with another date) and the row's label "DATE  LABEL". */
static void coverage_row(size_t r, const char *value, const char *label, const int *hit, size_t n_src,
                         chr_buf *blocks[3], chr_buf *ylabels, size_t *max_cols)
{
    for (size_t c = 0; c < n_src; c++) chr_buf_printf(blocks[hit[c] == 2 ? 1 : hit[c] == 1 ? 0 : 2], "%zu\t%zu\n", c + 1, r + 1);
    chr_buf_printf(ylabels, "%zu\t", r + 1);
    chr_buf line = {0};
    chr_buf_printf(&line, "%s  %s", value[0] ? value : "(no date)", label);
    size_t cols = put_text(ylabels, line.data, 60);
    if (cols > *max_cols) *max_cols = cols;
    chr_buf_putc(ylabels, '\n');
    chr_buf_free(&line);
}

static chr_status plot_coverage(const json_t *doc, const chr_plot_options *opts, chr_buf *script, chr_buf *data)
{
    json_t *doc_col = json_object(), *events = json_object();
    chr_strvec sources = {0};
    collect_sources(doc, doc_col, &sources);
    size_t i, k;
    json_t *v;
    json_array_foreach(json_object_get(doc, "events"), i, v)
        json_object_set(events, str_or_empty(json_object_get(v, "id")), v);

    /* rows, top to bottom: the aligned events of a coverage section (from
     * chronicle compare: each report names its document, whether it
     * reports the event and with which date), else the timeline's events
     * and the documents that mention them */
    size_t n_src = sources.len ? sources.len : 1;
    size_t max_cols = 0, n_rows = 0;
    chr_buf reported = {0}, conflict = {0}, missing = {0}, ylabels = {0};
    chr_buf *dots[3] = {&reported, &conflict, &missing};
    int *hit = chr_xcalloc(n_src, sizeof *hit);
    const json_t *cov_events = json_object_get(json_object_get(doc, "coverage"), "events");
    if (json_is_array(cov_events) && json_array_size(cov_events) > 0) {
        json_array_foreach(cov_events, i, v) {
            const char *value = str_or_empty(json_object_get(v, "date"));
            memset(hit, 0, n_src * sizeof *hit);
            const json_t *rep;
            json_array_foreach(json_object_get(v, "reports"), k, rep) {
                const json_t *col = json_object_get(doc_col, str_or_empty(json_object_get(rep, "doc")));
                if (!col || !json_is_true(json_object_get(rep, "reported"))) continue;
                const char *date = str_or_empty(json_object_get(rep, "date"));
                size_t c = (size_t)json_integer_value(col);
                hit[c] = date[0] && value[0] && strcmp(date, value) != 0 ? 2 : (hit[c] ? hit[c] : 1);
            }
            coverage_row(n_rows++, value, str_or_empty(json_object_get(v, "label")), hit, n_src, dots, &ylabels,
                         &max_cols);
        }
    } else {
        json_array_foreach(json_object_get(doc, "timeline"), i, v) {
            const json_t *ev = json_object_get(events, str_or_empty(json_object_get(v, "event")));
            if (!ev) continue;
            memset(hit, 0, n_src * sizeof *hit);
            const json_t *m;
            json_array_foreach(json_object_get(ev, "mentions"), k, m) {
                const json_t *col = json_object_get(doc_col, str_or_empty(json_object_get(m, "doc")));
                if (col) hit[json_integer_value(col)] = 1;
            }
            coverage_row(n_rows++, str_or_empty(json_object_get(json_object_get(ev, "when"), "value")),
                         str_or_empty(json_object_get(ev, "label")), hit, n_src, dots, &ylabels, &max_cols);
        }
    }
    free(hit);
    chr_buf xlabels = {0};
    size_t max_src_cols = 0;
    for (size_t c = 0; c < sources.len; c++) {
        chr_buf_printf(&xlabels, "%zu\t", c + 1);
        size_t cols = put_text(&xlabels, sources.items[c], 30);
        if (cols > max_src_cols) max_src_cols = cols;
        chr_buf_putc(&xlabels, '\n');
    }
    const chr_buf *blocks[] = {&reported, &conflict, &missing, &ylabels, &xlabels};
    size_t mark = data->len;
    for (size_t b = 0; b < 5; b++) {
        if (blocks[b]->len) chr_buf_append(data, blocks[b]->data, blocks[b]->len);
        end_block(data, mark), mark = data->len;
    }

    int left_px = (int)(max_cols * TL_COL_PX) + 30;
    int width = left_px + (int)n_src * 90 + 60;
    if (width < 700) width = 700;
    int bottom_px = (int)(max_src_cols * TL_COL_PX * 0.55) + 75;
    int height = 110 + (int)(n_rows ? n_rows : 1) * 20 + bottom_px;
    put_header(script, opts, "A coverage chart (events x sources)", width, height);
    char fallback[160];
    snprintf(fallback, sizeof fallback, "Coverage: %zu events x %zu sources", n_rows, sources.len);
    put_title(script, opts, fallback);
    chr_buf_printf(script, "set lmargin at screen %.4f\nset rmargin at screen %.4f\n", (double)left_px / width,
                   1.0 - 40.0 / width);
    chr_buf_printf(script, "set bmargin at screen %.4f\n", (double)bottom_px / height);
    chr_buf_printf(script, "set xrange [0.5:%zu.5]\nset yrange [%zu.5:0.5]\n", n_src, n_rows ? n_rows : 1);
    chr_buf_puts(script, "set xtics nomirror rotate by 30 right font ',10'\nset ytics nomirror font ',10'\n"
                         "set grid xtics ytics lc rgb '#e5e5e5' lt 1\nset border 3\n");
    chr_buf_puts(script, "set key outside below center horizontal font ',10'\n");
    chr_buf_puts(script, "plot \\\n");
    if (reported.len)
        chr_buf_puts(script, "  data index 0 using 1:2 with points pt 7 ps 1.6 lc rgb '#1f77b4' "
                             "title 'reports the event', \\\n");
    if (conflict.len)
        chr_buf_puts(script, "  data index 1 using 1:2 with points pt 7 ps 1.6 lc rgb '#ff7f0e' notitle, \\\n"
                             "  data index 1 using 1:2 with points pt 2 ps 2.2 lw 2 lc rgb '#b22222' "
                             "title 'reports it with another date', \\\n");
    if (missing.len)
        chr_buf_puts(script, "  data index 2 using 1:2 with points pt 6 ps 0.6 lc rgb '#bbbbbb' "
                             "title 'does not report it', \\\n");
    chr_buf_puts(script, "  data index 3 using (NaN):1:ytic(2) notitle");
    if (xlabels.len) chr_buf_puts(script, ", \\\n  data index 4 using 1:(NaN):xtic(2) notitle");
    chr_buf_puts(script, "\n");

    for (size_t b = 0; b < 5; b++) chr_buf_free((chr_buf *)blocks[b]);
    chr_strvec_free(&sources);
    json_decref(doc_col);
    json_decref(events);
    return CHR_OK;
}

/* ---- the entities chart ------------------------------------------------------------ */

enum { ENT_MAX = 25 };

typedef struct {
    const json_t *ent; /* borrowed */
    size_t total;
    size_t *per_source;
} ent_row;

static int ent_cmp(const void *a, const void *b)
{
    const ent_row *x = a, *y = b;
    if (x->total != y->total) return x->total > y->total ? -1 : 1;
    return strcmp(str_or_empty(json_object_get(x->ent, "id")), str_or_empty(json_object_get(y->ent, "id")));
}

static const unsigned source_rgb[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b,
                                      0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
#define N_SOURCE_RGB (sizeof source_rgb / sizeof source_rgb[0])

static chr_status plot_entities(const json_t *doc, const chr_plot_options *opts, chr_buf *script, chr_buf *data)
{
    json_t *doc_col = json_object();
    chr_strvec sources = {0};
    collect_sources(doc, doc_col, &sources);
    size_t n_src = sources.len ? sources.len : 1;
    CHR_VEC(ent_row) rows = {0};
    size_t i, k;
    const json_t *e, *m;
    json_array_foreach(json_object_get(doc, "entities"), i, e) {
        ent_row r = {.ent = e, .per_source = chr_xcalloc(n_src, sizeof(size_t))};
        json_array_foreach(json_object_get(e, "mentions"), k, m) {
            const json_t *col = json_object_get(doc_col, str_or_empty(json_object_get(m, "doc")));
            if (!col) continue;
            r.per_source[json_integer_value(col)]++;
            r.total++;
        }
        chr_vec_push(&rows, r);
    }
    if (rows.len) qsort(rows.items, rows.len, sizeof *rows.items, ent_cmp);
    size_t shown = rows.len < ENT_MAX ? rows.len : ENT_MAX;

    /* one block per source: a header row naming it (the key reads it with
     * columnheader), then y, from, to for each entity */
    size_t max_total = 1, max_cols = 0;
    size_t mark = data->len;
    for (size_t c = 0; c < n_src; c++) {
        chr_buf_puts(data, "0\t0\t0\t");
        put_text(data, c < sources.len ? sources.items[c] : "-", 40);
        chr_buf_putc(data, '\n');
        for (size_t r = 0; r < shown; r++) {
            size_t from = 0;
            for (size_t j = 0; j < c; j++) from += rows.items[r].per_source[j];
            if (rows.items[r].per_source[c])
                chr_buf_printf(data, "%zu\t%zu\t%zu\t-\n", r + 1, from, from + rows.items[r].per_source[c]);
        }
        end_block(data, mark), mark = data->len;
    }
    for (size_t r = 0; r < shown; r++) {
        if (rows.items[r].total > max_total) max_total = rows.items[r].total;
        chr_buf_printf(data, "%zu\t", r + 1);
        size_t cols = put_text(data, str_or_empty(json_object_get(rows.items[r].ent, "name")), 40);
        if (cols > max_cols) max_cols = cols;
        chr_buf_putc(data, '\n');
    }
    end_block(data, mark), mark = data->len;

    int left_px = (int)(max_cols * TL_COL_PX) + 30;
    int width = 1000;
    int height = 150 + (int)(shown ? shown : 1) * 24 + 20 * (int)((n_src + 2) / 3);
    put_header(script, opts, "An entities chart (mentions per entity per source)", width, height);
    char fallback[160];
    snprintf(fallback, sizeof fallback, "Mentions per entity and source (top %zu of %zu entities)", shown, rows.len);
    put_title(script, opts, fallback);
    chr_buf_printf(script, "set lmargin at screen %.4f\nset rmargin at screen 0.96\n", (double)left_px / width);
    chr_buf_printf(script, "set yrange [%zu.6:0.4]\nset xrange [0:%zu]\n", shown ? shown : 1,
                   max_total + max_total / 10 + 1);
    chr_buf_puts(script, "set ytics nomirror font ',10'\nset xtics nomirror\nset grid xtics lc rgb '#e5e5e5' lt 1\n"
                         "set border 3\nset style fill solid 0.85 noborder\n"
                         "set key outside below center horizontal font ',10'\n");
    if (!shown) {
        chr_buf_puts(script, "set label 1 'No entities' at graph 0.5, graph 0.5 center\nplot NaN notitle\n");
        n_src = 0;
    } else {
        chr_buf_puts(script, "plot \\\n");
    }
    for (size_t c = 0; c < n_src; c++) {
        size_t bars = 0; /* a source without a bar among the rows shown has no clause */
        for (size_t r = 0; r < shown; r++) bars += rows.items[r].per_source[c] > 0;
        if (bars)
            chr_buf_printf(script, "  data index %zu using (($2+$3)/2):1:(($3-$2)/2):(0.36) with boxxyerror "
                                   "lc rgb '#%06x' title columnheader(4), \\\n",
                           c, source_rgb[c % N_SOURCE_RGB]);
    }
    if (shown) chr_buf_printf(script, "  data index %zu using (NaN):1:ytic(2) notitle\n", n_src);

    for (i = 0; i < rows.len; i++) free(rows.items[i].per_source);
    chr_vec_free(&rows);
    chr_strvec_free(&sources);
    json_decref(doc_col);
    return CHR_OK;
}

/* ---- entry ------------------------------------------------------------------------ */

chr_status chr_plot_render(const json_t *doc, const chr_plot_options *opts, chr_buf *script, chr_buf *data,
                           chr_error *err)
{
    if (!chr_plot_path_safe(opts->output_path))
        return chr_error_set(err, CHR_ERR_USAGE, opts->output_path ? opts->output_path : "", 0, -1,
                             "output path must not be empty, hold control characters or start with '|' or '<'");
    if (!chr_plot_path_safe(opts->data_path))
        return chr_error_set(err, CHR_ERR_USAGE, opts->data_path ? opts->data_path : "", 0, -1,
                             "data path must not be empty, hold control characters or start with '|' or '<'");
    if (!json_is_object(doc) || strcmp(str_or_empty(json_object_get(doc, "schema")), "chronicle.timeline/1") != 0 ||
        !json_is_array(json_object_get(doc, "events")) || !json_is_array(json_object_get(doc, "timeline")))
        return chr_error_set(err, CHR_ERR_INPUT, "", 0, -1, "not a chronicle.timeline/1 document");
    switch (opts->kind) {
    case CHR_PLOT_COVERAGE: return plot_coverage(doc, opts, script, data);
    case CHR_PLOT_ENTITIES: return plot_entities(doc, opts, script, data);
    case CHR_PLOT_TIMELINE: break;
    }
    return plot_timeline(doc, opts, script, data);
}
