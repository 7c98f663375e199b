/*
 * eval.c (cli) - "chronicle eval": scores a timeline (our JSON output)
 * against a gold timeline and prints the figures on one line (or as JSON).
 * The scoring is the library's (src/evaluate.c).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "chr_evaluate.h"
#include "cli.h"

static const char usage[] =
    "usage: chronicle eval [options] GOLD.json OUT.json [DOC...]\n\n"
    "Scores OUT.json (a chronicle.timeline/1 document) against GOLD.json (a gold timeline:\n"
    "entities, timexes, events with type, date and participants). Prints entity P/R and\n"
    "split entities, timex recall and value accuracy, event P/R/F1, pairwise order agreement,\n"
    "the date F1 of timeline summarization, and, given the DOCs (in the output's document\n"
    "order), how many mention offsets do not point at their text.\n";

enum { OPT_KEY = CLI_OPT_EXTRA, OPT_JSON };

static const cli_option eval_options[] = {
    {"key", 1, OPT_KEY, "NAME", "GOLD.json maps names to golds: score against entry NAME (default: first DOC's name)"},
    {"json", 0, OPT_JSON, NULL, "print every figure as JSON"},
};

typedef struct {
    const char *key;
    int json;
} eval_opts;

static int on_extra(int val, const char *arg, void *ctx)
{
    eval_opts *o = ctx;
    if (val == OPT_KEY) o->key = arg;
    else o->json = 1;
    return EXIT_OK;
}

int cmd_eval(int argc, char **argv)
{
    cli_config cfg = {.format = "json"};
    eval_opts o = {0};
    int stop = 0;
    int rc = cli_parse_options(argc, argv, &cfg, eval_options, sizeof eval_options / sizeof eval_options[0],
                               on_extra, &o, usage, &stop);
    if (rc != EXIT_OK || stop) return rc;
    if (argc - optind < 2) return cli_usage_error("%s", "eval needs GOLD.json and OUT.json");
    chr_error err;
    chr_error_clear(&err);
    chr_eval_result r;
    chr_status st = chr_evaluate_files(argv[optind], argv[optind + 1], o.key, (const char *const *)argv + optind + 2,
                                       (size_t)(argc - optind - 2), &r, &err);
    if (st != CHR_OK) return cli_report(&err);
    chr_buf out = {0};
    if (o.json) chr_eval_json(&r, &out);
    else chr_eval_summary(&r, &out);
    st = cli_write_atomically(cfg.output ? cfg.output : "-", out.data, out.len, &err);
    chr_buf_free(&out);
    return st == CHR_OK ? EXIT_OK : cli_report(&err);
}
