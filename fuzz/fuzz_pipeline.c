/*
 * fuzz_pipeline.c - the fuzz target: arbitrary bytes through the whole
 * pipeline and every exporter.
 *
 *   bytes -> reader (strict, then lossy) -> extractors -> resolver
 *         -> timeline -> every renderer of chr_export_all()
 *
 * The exporter table is iterated, so a format added to src/export.c is
 * fuzzed without touching this file. The input may hold several documents
 * separated by a form-feed line ("\n\f\n"), so cross-document linking and
 * event coreference are fuzzed too.
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
    if (st == CHR_OK) st = chr_engine_run(eng, corpus, label_lang, &err);
    if (st == CHR_OK) {
        size_t n;
        const chr_exporter *ex = chr_export_all(&n);
        for (size_t i = 0; i < n; i++) {
            chr_export_options eo = {.generator_version = CHRONICLE_VERSION, .label_lang = label_lang,
                                     .csv_bom = (int)(i & 1)};
            chr_buf out = {0};
            chr_error_clear(&err);
            (void)ex[i].render(corpus, &eo, &out, &err);
            chr_buf_free(&out);
        }
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
