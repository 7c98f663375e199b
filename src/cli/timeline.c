/*
 * timeline.c (cli) - "chronicle timeline": articles in, one timeline out
 * in the chosen format.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "chr_plot.h"
#include "cli.h"

static const char usage[] = "usage: chronicle timeline [options] FILE...\n\n"
                            "Builds one timeline from news articles. FILE is a UTF-8 text file (optionally with\n"
                            "front matter) or - for standard input; several files give one merged timeline.\n";

enum { OPT_CHART = CLI_OPT_EXTRA + 200 };

static const cli_option timeline_options[] = {
    {"chart", 1, OPT_CHART, "FILE", "also draw the timeline chart (.svg or .png) with gnuplot, as 'chronicle plot'"},
};

static int on_timeline_option(int val, const char *arg, void *ctx)
{
    if (val == OPT_CHART) *(const char **)ctx = arg;
    return EXIT_OK;
}

int cmd_timeline(int argc, char **argv)
{
    cli_config cfg = {.format = "json"};
    const char *chart = NULL;
    int stop = 0;
    int rc = cli_parse_options(argc, argv, &cfg, timeline_options, sizeof timeline_options / sizeof timeline_options[0],
                               on_timeline_option, (void *)&chart, usage, &stop);
    if (rc != EXIT_OK || stop) return rc;
    if (optind >= argc) return cli_usage_error("%s", "no input files (use - for standard input)");
    chr_plot_terminal terminal;
    if (chart && !chr_plot_path_safe(chart))
        return cli_usage_error("chart path '%s' must not start with '|' or '<' or hold control characters", chart);
    if (chart && !chr_plot_terminal_for(chart, &terminal))
        return cli_usage_error("chart path '%s' must end in .svg or .png", chart);

    chr_engine *engine = NULL;
    chr_corpus *corpus = NULL;
    /* each article's text is dropped once read but for what is output */
    cfg.spans_only = !chr_export_find(cfg.format)->needs_text;
    rc = cli_build_corpus(&cfg, argc - optind, argv + optind, &engine, &corpus);
    if (rc != EXIT_OK) return rc;
    chr_error err;
    chr_error_clear(&err);
    chr_export_options eo = {.generator_version = CHRONICLE_VERSION, .label_lang = cfg.label_lang, .csv_bom = cfg.bom};
    /* the output is several times the input: it streams to the
     * (temporary, then renamed) file instead of being held whole */
    cli_output file;
    chr_status st = cli_output_open(&file, cfg.output ? cfg.output : "-", &err);
    if (st == CHR_OK) {
        chr_buf out = {.sink = cli_output_write, .sink_ctx = &file};
        st = chr_export_find(cfg.format)->render(corpus, &eo, &out, &err);
        chr_buf_flush(&out);
        chr_buf_free(&out);
        if (st == CHR_OK) st = cli_output_commit(&file, &err);
        else cli_output_abort(&file);
    }
    if (st == CHR_OK && chart) {
        json_t *doc = chr_export_document(corpus, &eo);
        rc = cli_plot_document(doc, CHR_PLOT_TIMELINE, chart, NULL);
        json_decref(doc);
    }
    chr_corpus_free(corpus);
    chr_engine_free(engine);
    return st == CHR_OK ? rc : cli_report(&err);
}
