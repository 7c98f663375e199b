/*
 * common.c (cli) - the parts of the command line every subcommand shares:
 * one option table driving parsing and --help, usage errors, error
 * reports and atomic output files.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

enum {
    OPT_DCT = 1000, OPT_LANG, OPT_SOURCE, OPT_RULES, OPT_GAZETTEER, OPT_FORMAT, OPT_LABEL_LANG,
    OPT_LOSSY, OPT_BOM, OPT_VERSION
};

static const cli_option common_options[] = {
    {"output", 1, 'o', "FILE", "write to FILE (atomically: a temporary file renamed into place); default stdout"},
    {"format", 1, OPT_FORMAT, "NAME", "output format (see below); default json"},
    {"dct", 1, OPT_DCT, "DATE", "article date YYYY-MM-DD[THH:MM] for inputs whose front matter has none"},
    {"lang", 1, OPT_LANG, "LANG", "ko, en or auto (default) for inputs whose front matter has none"},
    {"source", 1, OPT_SOURCE, "NAME", "source (outlet) name for inputs whose front matter has none"},
    {"rules", 1, OPT_RULES, "DIR", "use DIR/<lang>/NAME.rules instead of the built-in rules"},
    {"gazetteer", 1, OPT_GAZETTEER, "FILE", "extra organisations/people: TYPE<TAB>CANONICAL<TAB>FORM..."},
    {"label-lang", 1, OPT_LABEL_LANG, "LANG", "write event labels in ko or en (default: each source's language)"},
    {"lossy", 0, OPT_LOSSY, NULL, "replace invalid UTF-8 with U+FFFD instead of failing"},
    {"bom", 0, OPT_BOM, NULL, "start CSV output with a UTF-8 byte order mark (for spreadsheets)"},
    {"help", 0, 'h', NULL, "show this help and exit"},
    {"version", 0, OPT_VERSION, NULL, "show the version and exit"},
};
#define N_COMMON (sizeof common_options / sizeof common_options[0])

static void print_option(FILE *out, const cli_option *o)
{
    char left[64];
    if (o->val < 256)
        snprintf(left, sizeof left, "-%c, --%s%s%s", o->val, o->name, o->arg_name ? " " : "", o->arg_name ? o->arg_name : "");
    else
        snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg_name ? " " : "", o->arg_name ? o->arg_name : "");
    fprintf(out, "  %-26s %s\n", left, o->help);
}

void cli_print_help(FILE *out, const char *usage, const cli_option *extra, size_t n_extra)
{
    fprintf(out, "%s\noptions:\n", usage);
    for (size_t i = 0; i < n_extra; i++) print_option(out, &extra[i]);
    for (size_t i = 0; i < N_COMMON; i++) {
        /* a command may replace a common option (compare has its own --format) */
        int replaced = 0;
        for (size_t k = 0; k < n_extra; k++)
            if (strcmp(extra[k].name, common_options[i].name) == 0) replaced = 1;
        if (!replaced) print_option(out, &common_options[i]);
    }
    fprintf(out, "\nformats:\n");
    size_t n;
    const chr_exporter *ex = chr_export_all(&n);
    for (size_t i = 0; i < n; i++) fprintf(out, "  %-12s %s\n", ex[i].name, ex[i].description);
    fprintf(out, "\nexit status: 0 success, 1 bad input or I/O failure, 2 usage error\n");
}

int cli_usage_error(const char *fmt, const char *arg)
{
    char line[512];
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    snprintf(line, sizeof line, fmt, arg);
#pragma GCC diagnostic pop
    fprintf(stderr, "chronicle: %s\nTry 'chronicle --help' for more information.\n", line);
    return EXIT_USAGE;
}

int cli_report(const chr_error *err)
{
    char line[1200];
    chr_error_format(err, line, sizeof line);
    fprintf(stderr, "chronicle: %s\n", line);
    return err->code == CHR_ERR_USAGE ? EXIT_USAGE : EXIT_INPUT;
}

chr_status cli_output_open(cli_output *o, const char *path, chr_error *err)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    o->fd = -1;
    if (strcmp(path, "-") == 0) return CHR_OK;
    if (path[0] == '\0') return chr_error_set(err, CHR_ERR_USAGE, "", 0, -1, "empty output path");
    size_t n = strlen(path);
    o->tmp = chr_xmalloc(n + 16);
    snprintf(o->tmp, n + 16, "%s.tmp.XXXXXX", path);
    o->fd = mkstemp(o->tmp);
    if (o->fd < 0) {
        chr_error_set(err, CHR_ERR_IO, path, 0, -1, "cannot create output: %s", strerror(errno));
        free(o->tmp);
        o->tmp = NULL;
        return CHR_ERR_IO;
    }
    return CHR_OK;
}

int cli_output_write(const char *data, size_t len, void *ctx)
{
    cli_output *o = ctx;
    if (o->failed_errno) return -1;
    if (!o->tmp) {
        if (fwrite(data, 1, len, stdout) != len) {
            o->failed_errno = errno ? errno : EIO;
            return -1;
        }
        return 0;
    }
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(o->fd, data + done, len - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            o->failed_errno = errno;
            return -1;
        }
        done += (size_t)w;
    }
    return 0;
}

void cli_output_abort(cli_output *o)
{
    if (o->tmp) {
        if (o->fd >= 0) close(o->fd);
        unlink(o->tmp);
        free(o->tmp);
    }
    o->tmp = NULL;
    o->fd = -1;
}

chr_status cli_output_commit(cli_output *o, chr_error *err)
{
    if (!o->tmp) {
        if (o->failed_errno || fflush(stdout) != 0)
            return chr_error_set(err, CHR_ERR_IO, "(stdout)", 0, -1, "%s", strerror(o->failed_errno ? o->failed_errno : errno));
        return CHR_OK;
    }
    int saved = o->failed_errno;
    int synced = !saved && fsync(o->fd) == 0;
    if (!synced && !saved) saved = errno;
    if (close(o->fd) != 0 && synced) synced = 0, saved = errno;
    o->fd = -1;
    if (!synced) {
        cli_output_abort(o);
        return chr_error_set(err, CHR_ERR_IO, o->path, 0, -1, "write failed: %s", strerror(saved));
    }
    /* mkstemp makes the file 0600; give it the usual permissions */
    mode_t mask = umask(0);
    umask(mask);
    chmod(o->tmp, 0666 & ~mask);
    if (rename(o->tmp, o->path) != 0) {
        saved = errno;
        cli_output_abort(o);
        return chr_error_set(err, CHR_ERR_IO, o->path, 0, -1, "cannot rename into place: %s", strerror(saved));
    }
    free(o->tmp);
    o->tmp = NULL;
    return CHR_OK;
}

chr_status cli_write_atomically(const char *path, const char *data, size_t len, chr_error *err)
{
    cli_output o;
    chr_status st = cli_output_open(&o, path, err);
    if (st != CHR_OK) return st;
    cli_output_write(data, len, &o);
    return cli_output_commit(&o, err);
}

int cli_parse_options(int argc, char **argv, cli_config *cfg, const cli_option *extra, size_t n_extra,
                      int (*on_extra)(int val, const char *arg, void *ctx), void *ctx, const char *usage,
                      int *stop)
{
    size_t total = N_COMMON + n_extra;
    struct option *long_opts = chr_xcalloc(total + 1, sizeof *long_opts);
    for (size_t i = 0; i < total; i++) {
        const cli_option *o = i < n_extra ? &extra[i] : &common_options[i - n_extra];
        long_opts[i] = (struct option){o->name, o->has_arg ? required_argument : no_argument, NULL, o->val};
    }
    opterr = 0;
    optind = 1;
    int c, rc = EXIT_OK;
    while (rc == EXIT_OK && (c = getopt_long(argc, argv, ":o:h", long_opts, NULL)) != -1) {
        switch (c) {
        case 'o': cfg->output = optarg; break;
        case 'h': cli_print_help(stdout, usage, extra, n_extra); *stop = 1; free(long_opts); return EXIT_OK;
        case OPT_VERSION: printf("chronicle %s\n", CHRONICLE_VERSION); *stop = 1; free(long_opts); return EXIT_OK;
        case OPT_FORMAT:
            if (!chr_export_find(optarg)) rc = cli_usage_error("unknown format '%s' (see --help)", optarg);
            cfg->format = optarg;
            break;
        case OPT_DCT:
            if (!chr_parse_dct(optarg, &cfg->read.dct))
                rc = cli_usage_error("--dct '%s' is not a valid date (YYYY-MM-DD, optionally THH:MM)", optarg);
            break;
        case OPT_LANG:
            if (strcmp(optarg, "ko") == 0) cfg->read.lang = CHR_LANG_KO;
            else if (strcmp(optarg, "en") == 0) cfg->read.lang = CHR_LANG_EN;
            else if (strcmp(optarg, "auto") == 0) cfg->read.lang = CHR_LANG_UNKNOWN;
            else rc = cli_usage_error("--lang '%s' is not ko, en or auto", optarg);
            break;
        case OPT_LABEL_LANG:
            if (strcmp(optarg, "ko") != 0 && strcmp(optarg, "en") != 0)
                rc = cli_usage_error("--label-lang '%s' is not ko or en", optarg);
            cfg->label_lang = optarg;
            break;
        case OPT_SOURCE: cfg->read.source = optarg; break;
        case OPT_RULES: cfg->engine.rules_dir = optarg; break;
        case OPT_GAZETTEER: cfg->engine.gazetteer = optarg; break;
        case OPT_LOSSY: cfg->read.lossy = 1; break;
        case OPT_BOM: cfg->bom = 1; break;
        case ':': rc = cli_usage_error("option '%s' needs a value", argv[optind - 1]); break;
        case '?': rc = cli_usage_error("unknown option '%s'", argv[optind - 1]); break;
        default:
            if (c >= CLI_OPT_EXTRA && on_extra) rc = on_extra(c, optarg, ctx);
            else rc = cli_usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    free(long_opts);
    return rc;
}

int cli_build_corpus(const cli_config *cfg, int argc, char **argv, chr_engine **engine_out, chr_corpus **corpus_out)
{
    chr_error err;
    chr_error_clear(&err);
    chr_engine *engine = chr_engine_new(&cfg->engine, &err);
    if (!engine) return cli_report(&err);
    chr_corpus *corpus = chr_corpus_new();
    corpus->spans_only = cfg->spans_only;
    if (cfg->spool) chr_json_spool_attach(cfg->spool, corpus);
    chr_status st = CHR_OK;
    for (int i = 0; i < argc && st == CHR_OK; i++) st = chr_engine_add_file(engine, corpus, argv[i], &cfg->read, &err);
    if (st == CHR_OK) st = chr_engine_run(engine, corpus, cfg->label_lang, &err);
    if (st != CHR_OK) {
        chr_corpus_free(corpus);
        chr_engine_free(engine);
        return cli_report(&err);
    }
    *engine_out = engine;
    *corpus_out = corpus;
    return EXIT_OK;
}
