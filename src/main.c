/*
 * main.c - the chronicle command line: options, reading files, writing
 * output atomically, exit statuses. Everything else lives in the library.
 *
 * Exit status: 0 success, 1 bad input or I/O failure, 2 usage error.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chronicle.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

enum {
    OPT_DCT = 1000, OPT_LANG, OPT_SOURCE, OPT_RULES, OPT_GAZETTEER, OPT_FORMAT, OPT_LABEL_LANG,
    OPT_LOSSY, OPT_BOM, OPT_VERSION
};

/* One table drives parsing and --help. */
static const struct cli_option {
    const char *name;
    int has_arg;
    int val;
    const char *arg_name;
    const char *help;
} cli_options[] = {
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
#define N_OPTIONS (sizeof cli_options / sizeof cli_options[0])

static void print_help(FILE *out)
{
    fprintf(out, "usage: chronicle timeline [options] FILE...   build a timeline from news articles\n"
                 "       chronicle --help | --version\n\n"
                 "FILE is a UTF-8 text file (optionally with front matter) or - for standard input.\n"
                 "Several files give one merged timeline.\n\noptions:\n");
    for (size_t i = 0; i < N_OPTIONS; i++) {
        char left[64];
        const struct cli_option *o = &cli_options[i];
        if (o->val < 256)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->val, o->name, o->arg_name ? " " : "", o->arg_name ? o->arg_name : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg_name ? " " : "", o->arg_name ? o->arg_name : "");
        fprintf(out, "  %-26s %s\n", left, o->help);
    }
    fprintf(out, "\nformats:\n");
    size_t n;
    const chr_exporter *ex = chr_export_all(&n);
    for (size_t i = 0; i < n; i++) fprintf(out, "  %-12s %s\n", ex[i].name, ex[i].description);
    fprintf(out, "\nexit status: 0 success, 1 bad input or I/O failure, 2 usage error\n");
}

static int usage_error(const char *fmt, const char *arg) __attribute__((format(printf, 1, 0)));

/* One line saying what is wrong, one with the hint; exit status 2. */
static int usage_error(const char *fmt, const char *arg)
{
    char line[512];
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    snprintf(line, sizeof line, fmt, arg);
#pragma GCC diagnostic pop
    fprintf(stderr, "chronicle: %s\nTry 'chronicle --help' for more information.\n", line);
    return EXIT_USAGE;
}

static int report(const chr_error *err)
{
    char line[1200];
    chr_error_format(err, line, sizeof line);
    fprintf(stderr, "chronicle: %s\n", line);
    return err->code == CHR_ERR_USAGE ? EXIT_USAGE : EXIT_INPUT;
}

/* Writes bytes to 'path' through a temporary file in the same directory,
 * renamed into place, so readers never see half a file. */
static int write_atomically(const char *path, const char *data, size_t len, chr_error *err)
{
    if (strcmp(path, "-") == 0) {
        if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
            return chr_error_set(err, CHR_ERR_IO, "(stdout)", 0, -1, "%s", strerror(errno));
        return CHR_OK;
    }
    if (path[0] == '\0') return chr_error_set(err, CHR_ERR_USAGE, "", 0, -1, "empty output path");
    size_t n = strlen(path);
    char *tmp = chr_xmalloc(n + 16);
    snprintf(tmp, n + 16, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        chr_error_set(err, CHR_ERR_IO, path, 0, -1, "cannot create output: %s", strerror(errno));
        free(tmp);
        return CHR_ERR_IO;
    }
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            break;
        }
        done += (size_t)w;
    }
    int saved = errno;
    if (done < len || fsync(fd) != 0 || close(fd) != 0) {
        if (done == len) saved = errno;
        unlink(tmp);
        free(tmp);
        return chr_error_set(err, CHR_ERR_IO, path, 0, -1, "write failed: %s", strerror(saved));
    }
    /* mkstemp makes the file 0600; give it the usual permissions */
    mode_t mask = umask(0);
    umask(mask);
    chmod(tmp, 0666 & ~mask);
    if (rename(tmp, path) != 0) {
        saved = errno;
        unlink(tmp);
        free(tmp);
        return chr_error_set(err, CHR_ERR_IO, path, 0, -1, "cannot rename into place: %s", strerror(saved));
    }
    free(tmp);
    return CHR_OK;
}

typedef struct {
    const char *output;
    const char *format;
    const char *label_lang;
    chr_engine_options engine;
    chr_read_options read;
    int bom;
} cli_config;

static int parse_options(int argc, char **argv, cli_config *cfg, int *stop)
{
    struct option long_opts[N_OPTIONS + 1];
    char short_opts[16] = "+o:h";
    for (size_t i = 0; i < N_OPTIONS; i++) {
        long_opts[i] = (struct option){cli_options[i].name, cli_options[i].has_arg ? required_argument : no_argument,
                                       NULL, cli_options[i].val};
    }
    long_opts[N_OPTIONS] = (struct option){0};
    opterr = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, short_opts, long_opts, NULL)) != -1) {
        switch (c) {
        case 'o': cfg->output = optarg; break;
        case 'h': print_help(stdout); *stop = 1; return EXIT_OK;
        case OPT_VERSION: printf("chronicle %s\n", CHRONICLE_VERSION); *stop = 1; return EXIT_OK;
        case OPT_FORMAT:
            if (!chr_export_find(optarg)) return usage_error("unknown format '%s'", optarg);
            cfg->format = optarg;
            break;
        case OPT_DCT:
            if (!chr_parse_dct(optarg, &cfg->read.dct))
                return usage_error("--dct '%s' is not a valid date (YYYY-MM-DD, optionally THH:MM)", optarg);
            break;
        case OPT_LANG:
            if (strcmp(optarg, "ko") == 0) cfg->read.lang = CHR_LANG_KO;
            else if (strcmp(optarg, "en") == 0) cfg->read.lang = CHR_LANG_EN;
            else if (strcmp(optarg, "auto") == 0) cfg->read.lang = CHR_LANG_UNKNOWN;
            else return usage_error("--lang '%s' is not ko, en or auto", optarg);
            break;
        case OPT_LABEL_LANG:
            if (strcmp(optarg, "ko") != 0 && strcmp(optarg, "en") != 0)
                return usage_error("--label-lang '%s' is not ko or en", optarg);
            cfg->label_lang = optarg;
            break;
        case OPT_SOURCE: cfg->read.source = optarg; break;
        case OPT_RULES: cfg->engine.rules_dir = optarg; break;
        case OPT_GAZETTEER: cfg->engine.gazetteer = optarg; break;
        case OPT_LOSSY: cfg->read.lossy = 1; break;
        case OPT_BOM: cfg->bom = 1; break;
        case ':': return usage_error("option '%s' needs a value", argv[optind - 1]);
        default: return usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    return EXIT_OK;
}

static int cmd_timeline(int argc, char **argv)
{
    cli_config cfg = {.format = "json"};
    int stop = 0;
    int rc = parse_options(argc, argv, &cfg, &stop);
    if (rc != EXIT_OK || stop) return rc;
    if (optind >= argc) return usage_error("%s", "no input files (use - for standard input)");

    chr_error err;
    chr_error_clear(&err);
    chr_engine *engine = chr_engine_new(&cfg.engine, &err);
    if (!engine) return report(&err);
    chr_corpus *corpus = chr_corpus_new();
    chr_status st = CHR_OK;
    for (int i = optind; i < argc && st == CHR_OK; i++) st = chr_engine_add_file(engine, corpus, argv[i], &cfg.read, &err);
    if (st == CHR_OK) st = chr_engine_run(engine, corpus, cfg.label_lang, &err);
    chr_buf out = {0};
    if (st == CHR_OK) {
        chr_export_options eo = {.generator_version = CHRONICLE_VERSION, .label_lang = cfg.label_lang, .csv_bom = cfg.bom};
        st = chr_export_find(cfg.format)->render(corpus, &eo, &out, &err);
    }
    if (st == CHR_OK) st = write_atomically(cfg.output ? cfg.output : "-", out.data ? out.data : "", out.len, &err);
    chr_buf_free(&out);
    chr_corpus_free(corpus);
    chr_engine_free(engine);
    return st == CHR_OK ? EXIT_OK : report(&err);
}

int main(int argc, char **argv)
{
    chr_install_allocators();
    if (argc < 2) return usage_error("%s", "missing command (timeline)");
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        print_help(stdout);
        return fflush(stdout) == 0 ? EXIT_OK : EXIT_INPUT;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("chronicle %s\n", CHRONICLE_VERSION);
        return fflush(stdout) == 0 ? EXIT_OK : EXIT_INPUT;
    }
    int rc;
    if (strcmp(cmd, "timeline") == 0) rc = cmd_timeline(argc - 1, argv + 1);
    else return usage_error("unknown command '%s' (expected timeline)", cmd);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "chronicle: (stdout): write error\n");
        return EXIT_INPUT;
    }
    return rc;
}
