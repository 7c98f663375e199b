/*
 * plot.c (cli) - "chronicle plot": a chart of a timeline. Reads a
 * chronicle.timeline/1 JSON file (or runs the pipeline on articles),
 * writes a gnuplot script (.gp) and its tab-separated data (.tsv) beside
 * the chart, and runs gnuplot when it is installed. Without gnuplot it
 * writes both files and prints the one command that renders them.
 *
 * gnuplot is started with an argument vector (posix_spawn), never through
 * a shell. It renders into a temporary file that is renamed into place, so
 * a failed run leaves no half-written chart.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "chr_plot.h"
#include "cli.h"

extern char **environ;

static const char usage[] =
    "usage: chronicle plot [--kind timeline|coverage|entities] [-o out.svg|out.png] [--title T] INPUT.json|FILE...\n\n"
    "Draws a chart of a timeline with gnuplot: INPUT.json is the output of 'chronicle timeline' or\n"
    "'chronicle compare'; article FILEs are run through the pipeline first. Writes OUT, and beside it\n"
    "the gnuplot script (.gp) and its data (.tsv). Without gnuplot, writes the script and the data and\n"
    "prints the command that renders them. Default output: chronicle-KIND.svg.\n";

enum { OPT_KIND = CLI_OPT_EXTRA + 100, OPT_TITLE };

static const cli_option plot_options[] = {
    {"kind", 1, OPT_KIND, "KIND", "timeline (default), coverage (events x sources) or entities (mentions)"},
    {"title", 1, OPT_TITLE, "TEXT", "the chart's title (default: one that counts the events)"},
};

typedef struct {
    chr_plot_kind kind;
    const char *title;
} plot_config;

static int on_plot_option(int val, const char *arg, void *ctx)
{
    plot_config *pc = ctx;
    if (val == OPT_KIND) {
        if (!chr_plot_kind_parse(arg, &pc->kind))
            return cli_usage_error("--kind '%s' is not timeline, coverage or entities", arg);
    } else if (val == OPT_TITLE) {
        pc->title = arg;
    }
    return EXIT_OK;
}

/* A new string: 'path' with its extension replaced by 'ext'. */
static char *sibling(const char *path, const char *ext)
{
    size_t n = strlen(path);
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
    if (dot && (!slash || dot > slash)) n = (size_t)(dot - path);
    char *s = chr_xmalloc(n + strlen(ext) + 1);
    memcpy(s, path, n);
    strcpy(s + n, ext);
    return s;
}

/* The full path of 'prog' on $PATH (a new string), or NULL. */
static char *find_program(const char *prog)
{
    const char *path = getenv("PATH");
    if (!path || !path[0]) return NULL;
    char *copy = chr_xstrdup(path), *save = NULL, *found = NULL;
    for (char *dir = strtok_r(copy, ":", &save); dir && !found; dir = strtok_r(NULL, ":", &save)) {
        size_t n = strlen(dir) + strlen(prog) + 2;
        char *full = chr_xmalloc(n);
        snprintf(full, n, "%s/%s", dir[0] ? dir : ".", prog);
        struct stat st;
        if (stat(full, &st) == 0 && S_ISREG(st.st_mode) && access(full, X_OK) == 0) found = full;
        else free(full);
    }
    free(copy);
    return found;
}

/* Prints 's' for a POSIX shell: single-quoted, ' as '\''. */
static void print_shell_word(FILE *out, const char *s)
{
    fputc('\'', out);
    for (; *s; s++) {
        if (*s == '\'') fputs("'\\''", out);
        else fputc(*s, out);
    }
    fputc('\'', out);
}

/* A temporary file beside 'path' (a new string, the file exists and is
 * empty), or NULL with 'err' set. */
static char *temp_beside(const char *path, chr_error *err)
{
    size_t n = strlen(path) + 16;
    char *tmp = chr_xmalloc(n);
    snprintf(tmp, n, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        chr_error_set(err, CHR_ERR_IO, path, 0, -1, "cannot create output: %s", strerror(errno));
        free(tmp);
        return NULL;
    }
    close(fd);
    return tmp;
}

/* Runs "gnuplot SCRIPT" (stdin from /dev/null) and waits; returns its exit
 * status, or -1 when it could not be started or was killed. */
static int run_gnuplot(const char *gnuplot, const char *script)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    char *argv[] = {(char *)"gnuplot", (char *)script, NULL};
    pid_t pid;
    int rc = posix_spawn(&pid, gnuplot, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) return -1;
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int cli_plot_document(const json_t *doc, int kind, const char *output, const char *title)
{
    chr_plot_terminal terminal;
    if (!chr_plot_path_safe(output))
        return cli_usage_error("chart path '%s' must not start with '|' or '<' or hold control characters", output);
    if (!chr_plot_terminal_for(output, &terminal))
        return cli_usage_error("chart path '%s' must end in .svg or .png", output);
    char *script_path = sibling(output, ".gp"), *data_path = sibling(output, ".tsv");
    chr_error err;
    chr_error_clear(&err);
    chr_buf script = {0}, data = {0};
    chr_plot_options po = {.kind = (chr_plot_kind)kind, .terminal = terminal, .title = title, .data_path = data_path,
                           .output_path = output};
    chr_status st = chr_plot_render(doc, &po, &script, &data, &err);
    if (st == CHR_OK) st = cli_write_atomically(data_path, data.data ? data.data : "", data.len, &err);
    if (st == CHR_OK) st = cli_write_atomically(script_path, script.data ? script.data : "", script.len, &err);
    int rc = st == CHR_OK ? EXIT_OK : cli_report(&err);

    char *gnuplot = rc == EXIT_OK ? find_program("gnuplot") : NULL;
    if (rc == EXIT_OK && !gnuplot) {
        fprintf(stderr, "chronicle: gnuplot is not installed; wrote %s and %s. Render the chart with:\n  gnuplot ",
                script_path, data_path);
        print_shell_word(stderr, script_path);
        fputc('\n', stderr);
    } else if (rc == EXIT_OK) {
        /* the same script, rendering into a temporary file renamed into place */
        char *tmp_out = temp_beside(output, &err), *tmp_script = tmp_out ? temp_beside(script_path, &err) : NULL;
        chr_buf run = {0}, run_data = {0};
        if (tmp_script) {
            po.output_path = tmp_out;
            if (chr_plot_render(doc, &po, &run, &run_data, &err) == CHR_OK &&
                cli_write_atomically(tmp_script, run.data ? run.data : "", run.len, &err) == CHR_OK) {
                int status = run_gnuplot(gnuplot, tmp_script);
                struct stat stt;
                /* mkstemp made the file 0600; give it the usual permissions */
                mode_t mask = umask(0);
                umask(mask);
                chmod(tmp_out, 0666 & ~mask);
                if (status == 0 && stat(tmp_out, &stt) == 0 && stt.st_size > 0 && rename(tmp_out, output) == 0) {
                    fprintf(stderr, "chronicle: wrote %s (gnuplot script %s, data %s)\n", output, script_path,
                            data_path);
                } else {
                    chr_error_set(&err, CHR_ERR_IO, output, 0, -1, "gnuplot failed (exit status %d); the script is %s",
                                  status, script_path);
                    rc = cli_report(&err);
                }
            } else {
                rc = cli_report(&err);
            }
            unlink(tmp_script);
        } else {
            rc = cli_report(&err);
        }
        if (tmp_out) unlink(tmp_out); /* gone after a rename; removed after a failure */
        free(tmp_out);
        free(tmp_script);
        chr_buf_free(&run);
        chr_buf_free(&run_data);
    }
    free(gnuplot);
    chr_buf_free(&script);
    chr_buf_free(&data);
    free(script_path);
    free(data_path);
    return rc;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

int cmd_plot(int argc, char **argv)
{
    cli_config cfg = {.format = "json"};
    plot_config pc = {.kind = CHR_PLOT_TIMELINE};
    int stop = 0;
    int rc = cli_parse_options(argc, argv, &cfg, plot_options, sizeof plot_options / sizeof plot_options[0],
                               on_plot_option, &pc, usage, &stop);
    if (rc != EXIT_OK || stop) return rc;
    if (optind >= argc) return cli_usage_error("%s", "no input (a timeline JSON file or articles)");

    static const char *const kind_names[] = {"timeline", "coverage", "entities"};
    char default_out[64];
    snprintf(default_out, sizeof default_out, "chronicle-%s.svg", kind_names[pc.kind]);
    const char *output = cfg.output ? cfg.output : default_out;
    chr_plot_terminal terminal;
    if (!chr_plot_path_safe(output))
        return cli_usage_error("chart path '%s' must not start with '|' or '<' or hold control characters", output);
    if (!chr_plot_terminal_for(output, &terminal))
        return cli_usage_error("chart path '%s' must end in .svg or .png", output);

    json_t *doc = NULL;
    for (int i = optind; i < argc && argc - optind > 1; i++)
        if (ends_with(argv[i], ".json"))
            return cli_usage_error("'%s': give one timeline JSON file, or articles", argv[i]);
    if (argc - optind == 1 && ends_with(argv[optind], ".json")) {
        json_error_t jerr;
        doc = json_load_file(argv[optind], 0, &jerr);
        if (!doc) {
            chr_error err;
            chr_error_set(&err, CHR_ERR_INPUT, argv[optind], jerr.line, -1, "not valid JSON: %s", jerr.text);
            return cli_report(&err);
        }
        const json_t *schema = json_object_get(doc, "schema");
        if (!json_is_string(schema) || strcmp(json_string_value(schema), "chronicle.timeline/1") != 0) {
            chr_error err;
            chr_error_set(&err, CHR_ERR_INPUT, argv[optind], 0, -1, "not a chronicle.timeline/1 document");
            json_decref(doc);
            return cli_report(&err);
        }
    } else {
        chr_engine *engine = NULL;
        chr_corpus *corpus = NULL;
        rc = cli_build_corpus(&cfg, argc - optind, argv + optind, &engine, &corpus);
        if (rc != EXIT_OK) return rc;
        chr_export_options eo = {.generator_version = CHRONICLE_VERSION, .label_lang = cfg.label_lang};
        doc = chr_export_document(corpus, &eo);
        chr_corpus_free(corpus);
        chr_engine_free(engine);
    }
    rc = cli_plot_document(doc, pc.kind, output, pc.title);
    json_decref(doc);
    return rc;
}
