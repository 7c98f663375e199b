/*
 * bench_timex.c - times the date stage alone (chr_timex_extract) on a
 * text file. The file is cut into articles at line ends (about ARTICLE
 * bytes each, the size of a long news article) and each is read and split
 * into sentences once (not timed); then the timex extractor runs over every
 * article 'repeat' times. Prints MB/s of CPU time (the figure holds on a
 * busy machine) for the best round.
 *
 * usage: bench_timex FILE [REPEAT] [DCT]
 * Built by scripts/bench-timex against BUILD/libchronicle.a.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chr_common.h"
#include "chr_reader.h"
#include "chr_timex.h"

enum { ARTICLE = 8192 };

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_timex FILE [REPEAT] [DCT]\n");
        return 2;
    }
    int repeat = argc > 2 ? atoi(argv[2]) : 5;
    chr_error err = {0};
    chr_rules *rules = chr_rules_load_embedded(&err);
    chr_reader *reader = rules ? chr_reader_new(rules, &err) : NULL;
    chr_timex_extractor *tx = reader ? chr_timex_new(rules, &err) : NULL;
    if (!tx) {
        fprintf(stderr, "bench_timex: %s\n", err.message);
        return 1;
    }
    size_t len = 0;
    char *text = NULL;
    if (chr_read_file(argv[1], CHR_ERR_IO, &text, &len, &err) != CHR_OK) {
        fprintf(stderr, "bench_timex: %s: %s\n", argv[1], err.message);
        return 1;
    }
    chr_read_options opts = {0};
    chr_parse_dct(argc > 3 ? argv[3] : "2023-11-30", &opts.dct);
    chr_corpus *corpus = chr_corpus_new();
    for (size_t at = 0; at < len;) {
        size_t end = at + ARTICLE < len ? at + ARTICLE : len;
        while (end < len && text[end - 1] != '\n') end++;
        chr_doc *doc = NULL;
        if (chr_reader_load_bytes(argv[1], text + at, end - at, &opts, reader, &doc, &err) != CHR_OK) {
            fprintf(stderr, "bench_timex: %s: %s\n", argv[1], err.message);
            return 1;
        }
        /* the repeated samples carry trailing boilerplate: time the stage
         * on every sentence as if all were body text */
        for (size_t i = 0; i < doc->sentences.len; i++) doc->sentences.items[i].zone = CHR_ZONE_BODY;
        chr_vec_push(&corpus->docs, doc);
        at = end;
    }
    double best = 1e30;
    size_t found = 0;
    for (int i = 0; i < repeat; i++) {
        corpus->timexes.len = 0;
        double t0 = cpu_now();
        for (size_t d = 0; d < corpus->docs.len; d++)
            if (chr_timex_extract(tx, corpus, (int)d, &err) != CHR_OK) {
                fprintf(stderr, "bench_timex: %s\n", err.message);
                return 1;
            }
        double t = cpu_now() - t0;
        if (t < best) best = t;
        found = corpus->timexes.len;
    }
    printf("%s: %.1f MB in %zu articles, %.3f s CPU (best of %d): %.0f MB/s, %zu time expressions\n", argv[1],
           (double)len / 1e6, corpus->docs.len, best, repeat, (double)len / 1e6 / best, found);
    free(text);
    chr_corpus_free(corpus);
    chr_timex_free(tx);
    chr_reader_free(reader);
    chr_rules_free(rules);
    return 0;
}
