/*
 * cli.h - what the chronicle subcommands share: exit statuses, the common
 * option table, usage errors, error reports and atomic output.
 *
 * Only the command line (src/main.c and src/cli/) includes this; the
 * library never prints or exits.
 */
#ifndef CHR_CLI_H
#define CHR_CLI_H

#include <stdio.h>

#include "chronicle.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

/* The options every input-reading command accepts. */
typedef struct {
    const char *output;
    const char *format;
    const char *label_lang;
    chr_engine_options engine;
    chr_read_options read;
    int bom;
    int spans_only; /* the corpus keeps only the spans it outputs (chr_corpus) */
    chr_json_spool *spool; /* attached to the corpus: JSON output only (chr_export.h) */
    /* command-specific options land here: cli_parse_options calls 'extra'
     * for option values >= CLI_OPT_EXTRA it does not know */
} cli_config;

#define CLI_OPT_EXTRA 2000

typedef struct {
    const char *name;
    int has_arg;
    int val;
    const char *arg_name;
    const char *help;
} cli_option;

/* Prints "chronicle: <message>" and the --help hint; returns EXIT_USAGE. */
int cli_usage_error(const char *fmt, const char *arg) __attribute__((format(printf, 1, 0)));

/* Prints the error on one line; returns EXIT_USAGE or EXIT_INPUT. */
int cli_report(const chr_error *err);

/*
 * An output file written as a stream yet replaced atomically: the bytes go
 * to a temporary file beside 'path' (mkstemp), which cli_output_commit
 * fsyncs and renames into place; cli_output_abort (or a failed commit)
 * unlinks it, so an error never leaves a half-written output. "-" is
 * standard output, written as it comes.
 */
typedef struct {
    const char *path; /* borrowed */
    char *tmp;        /* the temporary file's name; NULL for stdout */
    int fd;
    int failed_errno; /* the first write error, 0 when none */
} cli_output;

/* Creates the temporary file for 'path' ("-": stdout). CHR_OK, or an
 * error naming 'path' ("cannot create output: ..."). */
chr_status cli_output_open(cli_output *o, const char *path, chr_error *err);
/* Appends 'len' bytes; 0, or -1 after a write error (kept for the commit
 * to report). The signature of a chr_buf sink, with 'ctx' the cli_output. */
int cli_output_write(const char *data, size_t len, void *ctx);
/* Flushes, fsyncs and renames the file into place (or flushes stdout).
 * On any error the temporary file is removed and 'err' names 'path'. */
chr_status cli_output_commit(cli_output *o, chr_error *err);
/* Closes and removes the temporary file; the target is left untouched. */
void cli_output_abort(cli_output *o);

/* Writes data to path ("-" for stdout) through a temporary file renamed
 * into place (cli_output in one call). */
chr_status cli_write_atomically(const char *path, const char *data, size_t len, chr_error *err);

/*
 * Parses the common options plus 'extra' (may be NULL); for an extra option
 * calls on_extra(val, optarg, ctx), which returns EXIT_OK or a usage
 * status. Sets *stop when --help or --version was handled. On return optind
 * indexes the first operand.
 */
int cli_parse_options(int argc, char **argv, cli_config *cfg, const cli_option *extra, size_t n_extra,
                      int (*on_extra)(int val, const char *arg, void *ctx), void *ctx, const char *usage,
                      int *stop);

/* Prints the usage line, the common and extra options, the formats. */
void cli_print_help(FILE *out, const char *usage, const cli_option *extra, size_t n_extra);

/* Loads every operand into a new corpus and runs the pipeline. Returns
 * EXIT_OK with *engine_out and *corpus_out set (caller frees), or reports. */
int cli_build_corpus(const cli_config *cfg, int argc, char **argv, chr_engine **engine_out, chr_corpus **corpus_out);

/* The subcommands. */
int cmd_timeline(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_plot(int argc, char **argv);

/* Writes the chart of 'doc' (borrowed) to 'output' (.svg or .png) with its
 * gnuplot script and data beside it, running gnuplot when installed
 * (src/cli/plot.c). 'kind' is a chr_plot_kind; 'title' may be NULL.
 * Returns an exit status, having printed what it did. */
int cli_plot_document(const json_t *doc, int kind, const char *output, const char *title);

#endif
