/*
 * chr_plot.h - charts: turns a chronicle.timeline/1 document into a
 * gnuplot script and the tab-separated data file it reads.
 *
 *   ... -> timeline -> exporters (JSON) -> plot (script + data) -> gnuplot
 *
 * Pure functions: no I/O and no process is started here (src/cli/plot.c
 * writes the files and runs gnuplot). Safety is the design: every string
 * that comes from an article (labels, names, sources, titles) goes only
 * into the data file, with tabs, newlines and control characters replaced
 * and '"' (which gnuplot data files cannot escape) replaced by a
 * typographic quote. The script holds only constants this module chose,
 * numbers, and the paths and title the user gave, each in a single-quoted
 * string with ' doubled; every label is noenhanced.
 *
 * Borrows: the document and the options. Owns: nothing; the caller owns
 * the two chr_buf it passes in.
 */
#ifndef CHR_PLOT_H
#define CHR_PLOT_H

#include <jansson.h>

#include "chr_common.h"

typedef enum { CHR_PLOT_TIMELINE = 0, CHR_PLOT_COVERAGE, CHR_PLOT_ENTITIES } chr_plot_kind;
typedef enum { CHR_PLOT_SVG = 0, CHR_PLOT_PNG } chr_plot_terminal;

typedef struct {
    chr_plot_kind kind;
    chr_plot_terminal terminal;
    const char *title;       /* the user's title, or NULL for one the program writes */
    const char *data_path;   /* the data file as the script names it */
    const char *output_path; /* the chart as the script names it */
} chr_plot_options;

/* Parses "timeline", "coverage" or "entities"; returns 1 and sets *kind, or 0. */
int chr_plot_kind_parse(const char *name, chr_plot_kind *kind);

/* Picks the terminal from the path's extension (.svg or .png, any case);
 * returns 1 and sets *terminal, or 0. */
int chr_plot_terminal_for(const char *path, chr_plot_terminal *terminal);

/*
 * Returns 1 when 'path' may be named in a gnuplot script: not empty, no
 * control character, and not starting (after blanks) with '|' or '<'
 * (which gnuplot would run as a command). Returns 0 otherwise.
 */
int chr_plot_path_safe(const char *path);

/*
 * Appends the chart of 'doc' (a chronicle.timeline/1 document, optionally
 * with a "coverage" section) as a gnuplot script to 'script' and its data
 * to 'data'. Returns CHR_OK, or CHR_ERR_USAGE in 'err' when a path in
 * 'opts' is not safe, or CHR_ERR_INPUT when 'doc' is not a timeline
 * document.
 */
chr_status chr_plot_render(const json_t *doc, const chr_plot_options *opts, chr_buf *script, chr_buf *data,
                           chr_error *err);

#endif
