/*
 * compare.c (cli) - "chronicle compare": two or more articles in, the
 * merged timeline plus its coverage section out (or the coverage matrix
 * as text or CSV).
 *
 * The documents are sorted (article date, source, path, content) before
 * the pipeline runs, so their ids d1, d2, ... and the whole output do not
 * depend on the order of the operands.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "chr_compare.h"
#include "cli.h"

static const char usage[] =
    "usage: chronicle compare [options] FILE...\n\n"
    "Compares how two or more articles cover one story: which source reports which event,\n"
    "with which date, and where they disagree. Documents get ids d1, d2, ... in the order\n"
    "(article date, source, path), whatever the order of the FILE operands.\n"
    "Formats for compare: json (default; the timeline document plus \"coverage\"),\n"
    "text (coverage matrix, conflicts, agreement; 80 columns), csv (the matrix).\n";

enum { OPT_CMP_FORMAT = CLI_OPT_EXTRA + 70 };

/* --format is redefined here: compare has formats of its own. getopt_long
 * takes the first exact match, and extra options come first. */
static const cli_option extra[] = {
    {"format", 1, OPT_CMP_FORMAT, "NAME", "compare output: json (default), text or csv (not the list below)"},
};

static int on_extra(int val, const char *arg, void *ctx)
{
    if (val != OPT_CMP_FORMAT) return cli_usage_error("%s", "unknown option");
    if (strcmp(arg, "json") != 0 && strcmp(arg, "text") != 0 && strcmp(arg, "csv") != 0)
        return cli_usage_error("unknown compare format '%s' (json, text or csv)", arg);
    *(const char **)ctx = arg;
    return EXIT_OK;
}

int cmd_compare(int argc, char **argv)
{
    cli_config cfg = {.format = "json"};
    const char *format = "json";
    int stop = 0;
    int rc = cli_parse_options(argc, argv, &cfg, extra, sizeof extra / sizeof extra[0], on_extra, &format, usage,
                               &stop);
    if (rc != EXIT_OK || stop) return rc;
    if (argc - optind < 2) return cli_usage_error("%s", "compare needs two or more input files");

    chr_error err;
    chr_error_clear(&err);
    chr_engine *engine = chr_engine_new(&cfg.engine, &err);
    if (!engine) return cli_report(&err);
    chr_corpus *corpus = chr_corpus_new();
    chr_status st = CHR_OK;
    for (int i = optind; i < argc && st == CHR_OK; i++) st = chr_engine_add_file(engine, corpus, argv[i], &cfg.read, &err);
    if (st == CHR_OK) st = chr_compare_sort_documents(corpus, &err);
    if (st == CHR_OK) st = chr_engine_run(engine, corpus, cfg.label_lang, &err);
    chr_buf out = {0};
    if (st == CHR_OK) {
        json_t *coverage = chr_compare_coverage(corpus);
        if (strcmp(format, "text") == 0) {
            chr_compare_render_text(coverage, &out);
        } else if (strcmp(format, "csv") == 0) {
            chr_compare_render_csv(coverage, cfg.bom, &out);
        } else {
            chr_export_options eo = {.generator_version = CHRONICLE_VERSION, .label_lang = cfg.label_lang,
                                     .coverage = coverage};
            st = chr_render_json(corpus, &eo, &out, &err);
        }
        json_decref(coverage);
    }
    if (st == CHR_OK) st = cli_write_atomically(cfg.output ? cfg.output : "-", out.data ? out.data : "", out.len, &err);
    chr_buf_free(&out);
    chr_corpus_free(corpus);
    chr_engine_free(engine);
    return st == CHR_OK ? EXIT_OK : cli_report(&err);
}
