/*
 * timeline.c (cli) - "chronicle timeline": articles in, one timeline out
 * in the chosen format.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] = "usage: chronicle timeline [options] FILE...\n\n"
                            "Builds one timeline from news articles. FILE is a UTF-8 text file (optionally with\n"
                            "front matter) or - for standard input; several files give one merged timeline.\n";

int cmd_timeline(int argc, char **argv)
{
    cli_config cfg = {.format = "json"};
    int stop = 0;
    int rc = cli_parse_options(argc, argv, &cfg, NULL, 0, NULL, NULL, usage, &stop);
    if (rc != EXIT_OK || stop) return rc;
    if (optind >= argc) return cli_usage_error("%s", "no input files (use - for standard input)");

    chr_engine *engine = NULL;
    chr_corpus *corpus = NULL;
    rc = cli_build_corpus(&cfg, argc - optind, argv + optind, &engine, &corpus);
    if (rc != EXIT_OK) return rc;
    chr_error err;
    chr_error_clear(&err);
    chr_buf out = {0};
    chr_export_options eo = {.generator_version = CHRONICLE_VERSION, .label_lang = cfg.label_lang, .csv_bom = cfg.bom};
    chr_status st = chr_export_find(cfg.format)->render(corpus, &eo, &out, &err);
    if (st == CHR_OK) st = cli_write_atomically(cfg.output ? cfg.output : "-", out.data ? out.data : "", out.len, &err);
    chr_buf_free(&out);
    chr_corpus_free(corpus);
    chr_engine_free(engine);
    return st == CHR_OK ? EXIT_OK : cli_report(&err);
}
