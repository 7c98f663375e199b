/*
 * timeline.c (cli) - "chronicle timeline": articles in, one timeline out
 * in the chosen format.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chr_plot.h"
#include "cli.h"

static const char usage[] = "usage: chronicle timeline [options] FILE...\n\n"
                            "Builds one timeline from news articles. FILE is a UTF-8 text file (optionally with\n"
                            "front matter) or - for standard input; several files give one merged timeline.\n";

enum { OPT_CHART = CLI_OPT_EXTRA + 200, OPT_FILES_FROM };

static const cli_option timeline_options[] = {
    {"chart", 1, OPT_CHART, "FILE", "also draw the timeline chart (.svg or .png) with gnuplot, as 'chronicle plot'"},
    {"files-from", 1, OPT_FILES_FROM, "LIST", "also read the articles named in LIST, one path a line (- for stdin)"},
};

typedef struct {
    const char *chart;
    const char *files_from;
} timeline_extra;

typedef CHR_VEC(char *) path_vec;

static int on_timeline_option(int val, const char *arg, void *ctx)
{
    timeline_extra *x = ctx;
    if (val == OPT_CHART) x->chart = arg;
    if (val == OPT_FILES_FROM) x->files_from = arg;
    return EXIT_OK;
}

/* The paths of 'list' ("-": standard input), one a line (a final CR and
 * empty lines ignored), appended to 'paths' as pointers into *text, which
 * the caller frees. A corpus of tens of thousands of articles does not fit
 * on a command line. */
static int read_file_list(const char *list, char **text, path_vec *paths)
{
    chr_buf buf = {0};
    FILE *fp = strcmp(list, "-") == 0 ? stdin : fopen(list, "rb");
    if (!fp) {
        fprintf(stderr, "chronicle: %s: %s\n", list, strerror(errno));
        return EXIT_INPUT;
    }
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) chr_buf_append(&buf, chunk, n);
    int failed = ferror(fp);
    if (fp != stdin) fclose(fp);
    if (failed) {
        chr_buf_free(&buf);
        fprintf(stderr, "chronicle: %s: read error\n", list);
        return EXIT_INPUT;
    }
    chr_buf_putc(&buf, '\0');
    size_t len = buf.len - 1;
    *text = chr_buf_take(&buf);
    long line = 0;
    for (char *p = *text, *end = *text + len; p < end;) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *stop = nl ? nl : end;
        line++;
        size_t llen = (size_t)(stop - p);
        if (llen && p[llen - 1] == '\r') llen--;
        if (memchr(p, '\0', llen)) {
            fprintf(stderr, "chronicle: %s:%ld: a path with a NUL byte\n", list, line);
            return EXIT_INPUT;
        }
        p[llen] = '\0';
        if (llen) chr_vec_push(paths, p);
        p = stop + 1;
    }
    return EXIT_OK;
}

int cmd_timeline(int argc, char **argv)
{
    cli_config cfg = {.format = "json"};
    timeline_extra extra = {NULL, NULL};
    int stop = 0;
    int rc = cli_parse_options(argc, argv, &cfg, timeline_options, sizeof timeline_options / sizeof timeline_options[0],
                               on_timeline_option, &extra, usage, &stop);
    if (rc != EXIT_OK || stop) return rc;
    const char *chart = extra.chart;
    if (optind >= argc && !extra.files_from) return cli_usage_error("%s", "no input files (use - for standard input)");
    path_vec paths = {0};
    char *list_text = NULL;
    for (int i = optind; i < argc; i++) chr_vec_push(&paths, argv[i]);
    if (extra.files_from) {
        rc = read_file_list(extra.files_from, &list_text, &paths);
        if (rc == EXIT_OK && !paths.len) rc = cli_usage_error("%s", "no input files (the list names none)");
        if (rc != EXIT_OK) {
            free(list_text);
            chr_vec_free(&paths);
            return rc;
        }
    }
    chr_plot_terminal terminal;
    if (chart && (!chr_plot_path_safe(chart) || !chr_plot_terminal_for(chart, &terminal))) {
        free(list_text);
        chr_vec_free(&paths);
        if (!chr_plot_path_safe(chart))
            return cli_usage_error("chart path '%s' must not start with '|' or '<' or hold control characters", chart);
        return cli_usage_error("chart path '%s' must end in .svg or .png", chart);
    }

    chr_engine *engine = NULL;
    chr_corpus *corpus = NULL;
    /* each article's text is dropped once read but for what is output */
    cfg.spans_only = !chr_export_find(cfg.format)->needs_text;
    chr_error err;
    chr_error_clear(&err);
    /* JSON (without a chart, which reads the corpus again) writes each
     * article's timexes and event mentions aside as soon as it is read,
     * so the corpus holds neither their text nor the event sentences.
     * Without a temporary directory it does without: the same output
     * from memory. */
    if (cfg.spans_only && strcmp(cfg.format, "json") == 0 && !chart) {
        cfg.spool = chr_json_spool_new(&err);
        chr_error_clear(&err);
    }
    rc = cli_build_corpus(&cfg, (int)paths.len, paths.items, &engine, &corpus);
    free(list_text);
    chr_vec_free(&paths);
    if (rc != EXIT_OK) {
        chr_json_spool_free(cfg.spool);
        return rc;
    }
    chr_export_options eo = {.generator_version = CHRONICLE_VERSION, .label_lang = cfg.label_lang, .csv_bom = cfg.bom,
                             .spool = cfg.spool};
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
    chr_json_spool_free(cfg.spool);
    return st == CHR_OK ? rc : cli_report(&err);
}
