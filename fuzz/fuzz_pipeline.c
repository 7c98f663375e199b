/*
 * fuzz_pipeline.c - the fuzz target: arbitrary bytes through the whole
 * pipeline and every exporter.
 *
 *   bytes -> reader (strict, then lossy) -> [compare: sort documents]
 *         -> extractors -> resolver -> timeline -> [compare: coverage]
 *         -> every renderer of chr_export_all(), the coverage text and
 *            CSV, and every kind of gnuplot chart
 *
 * The exporter table is iterated, so a format added to src/export.c is
 * fuzzed without touching this file. The input may hold several documents
 * separated by a form-feed line ("\n\f\n"), so cross-document linking,
 * event coreference and the comparison are fuzzed too.
 *
 * Besides crashes, leaks and UB, one property is checked (abort on
 * failure): no article byte reaches a gnuplot script (no backquote, no
 * "system"), and the chart's data file has no '"' and no control
 * character but TAB and LF.
 *
 * Built two ways: with clang -fsanitize=fuzzer (libFuzzer supplies main;
 * scripts/fuzz.sh), and with fuzz/replay.c, a plain main() that feeds every
 * file of fuzz/corpus/ through LLVMFuzzerTestOneInput so gcc builds run the
 * corpus in `make test`.
 *
 * Owns: one engine for the whole process (compiling the rules is the
 * expensive part), released by chr_fuzz_shutdown().
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chr_compare.h"
#include "chr_plot.h"
#include "chronicle.h"
#include "fuzz.h"

static chr_engine *engine;

/* The engine built from the embedded rules, created on first use. A rule
 * set that does not load is a build bug, not a finding: abort loudly. */
static chr_engine *get_engine(void)
{
    if (engine) return engine;
    chr_install_allocators();
    chr_error err;
    chr_error_clear(&err);
    engine = chr_engine_new(NULL, &err);
    if (!engine) {
        char line[1200];
        chr_error_format(&err, line, sizeof line);
        fprintf(stderr, "fuzz: the embedded rules do not load: %s\n", line);
        abort();
    }
    return engine;
}

void chr_fuzz_shutdown(void)
{
    chr_engine_free(engine);
    engine = NULL;
}

/* The gnuplot safety property of chr_plot.h: aborts when it is broken. */
static void check_chart(const chr_buf *script, const chr_buf *data)
{
    const char *why = NULL;
    if (script->len && (memchr(script->data, '`', script->len) || strstr(script->data, "system")))
        why = "a backquote or 'system' in the gnuplot script";
    for (size_t i = 0; i < data->len && !why; i++) {
        unsigned char c = (unsigned char)data->data[i];
        if (c == '"') why = "a '\"' in the chart data";
        else if (c < 0x20 && c != '\t' && c != '\n') why = "a control character in the chart data";
    }
    if (why) {
        fprintf(stderr, "fuzz: %s\n--- script\n%s\n--- data\n%s\n", why, script->len ? script->data : "",
                data->len ? data->data : "");
        abort();
    }
}

/* Every kind of chart of the finished corpus ('coverage' borrowed). */
static void run_charts(const chr_corpus *corpus, const chr_export_options *eo)
{
    json_t *doc = chr_export_document(corpus, eo);
    for (int kind = CHR_PLOT_TIMELINE; kind <= CHR_PLOT_ENTITIES; kind++) {
        chr_plot_options po = {.kind = (chr_plot_kind)kind, .terminal = kind == CHR_PLOT_COVERAGE ? CHR_PLOT_PNG : CHR_PLOT_SVG,
                               .data_path = "chart.tsv", .output_path = "chart.svg"};
        chr_buf script = {0}, data = {0};
        chr_error err;
        chr_error_clear(&err);
        if (chr_plot_render(doc, &po, &script, &data, &err) == CHR_OK) check_chart(&script, &data);
        chr_buf_free(&script);
        chr_buf_free(&data);
    }
    json_decref(doc);
}

/* Runs one corpus made of the documents in data[0..size) through every
 * stage and every exporter. Errors are expected results (the input is
 * garbage); only crashes, leaks and UB are findings. */
static void run_once(const uint8_t *data, size_t size, const chr_read_options *ro, const char *label_lang)
{
    static const char sep[] = "\n\f\n";
    const chr_engine *eng = get_engine();
    chr_corpus *corpus = chr_corpus_new();
    chr_error err;
    chr_error_clear(&err);
    chr_status st = CHR_OK;
    const char *p = (const char *)data, *end = p + size;
    int ndocs = 0;
    for (;;) {
        const char *cut = memmem(p, (size_t)(end - p), sep, sizeof sep - 1);
        const char *stop = cut && ndocs < 3 ? cut : end;
        char name[32];
        snprintf(name, sizeof name, "fuzz-%d.txt", ++ndocs);
        st = chr_engine_add_bytes(eng, corpus, name, p, (size_t)(stop - p), ro, &err);
        if (st != CHR_OK || stop == end) break;
        p = stop + sizeof sep - 1;
    }
    /* several documents take the path of 'chronicle compare' */
    int compare = st == CHR_OK && corpus->docs.len > 1;
    if (compare) st = chr_compare_sort_documents(corpus, &err);
    if (st == CHR_OK) st = chr_engine_run(eng, corpus, label_lang, &err);
    if (st == CHR_OK) {
        json_t *coverage = compare ? chr_compare_coverage(corpus) : NULL;
        size_t n;
        const chr_exporter *ex = chr_export_all(&n);
        for (size_t i = 0; i < n; i++) {
            chr_export_options eo = {.generator_version = CHRONICLE_VERSION, .label_lang = label_lang,
                                     .csv_bom = (int)(i & 1), .coverage = coverage};
            chr_buf out = {0};
            chr_error_clear(&err);
            (void)ex[i].render(corpus, &eo, &out, &err);
            chr_buf_free(&out);
        }
        if (coverage) {
            chr_buf out = {0};
            chr_compare_render_text(coverage, &out);
            chr_compare_render_csv(coverage, 1, &out);
            chr_buf_free(&out);
        }
        chr_export_options eo = {.generator_version = CHRONICLE_VERSION, .label_lang = label_lang, .coverage = coverage};
        run_charts(corpus, &eo);
        json_decref(coverage);
    }
    chr_corpus_free(corpus);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* strict: invalid UTF-8 and NUL bytes are errors; no article date */
    chr_read_options strict = {0};
    run_once(data, size, &strict, NULL);

    /* lossy: bad bytes become U+FFFD; with an article date and a fixed
     * source, so relative dates resolve and labels are chosen by language */
    chr_read_options lossy = {.lossy = 1, .source = "Fuzz Wire"};
    chr_parse_dct("2023-11-30T09:30", &lossy.dct);
    run_once(data, size, &lossy, size & 1 ? "ko" : "en");
    return 0;
}
