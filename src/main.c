/*
 * main.c - the chronicle command line: picks the subcommand from one table.
 * Each subcommand lives in src/cli/; everything else is the library.
 *
 * Exit status: 0 success, 1 bad input or I/O failure, 2 usage error.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    {"timeline", cmd_timeline, "build a timeline from news articles (JSON and other formats)"},
    {"compare", cmd_compare, "coverage across sources: who reported which event, and where they disagree"},
    {"eval", cmd_eval, "score a timeline against a gold timeline (event F1, order, date F1)"},
    {"plot", cmd_plot, "draw a timeline, coverage or entities chart with gnuplot (SVG or PNG)"},
};
#define N_COMMANDS (sizeof commands / sizeof commands[0])

static void print_overview(FILE *out)
{
    fprintf(out, "usage: chronicle COMMAND [options] FILE...\n       chronicle --help | --version\n\ncommands:\n");
    for (size_t i = 0; i < N_COMMANDS; i++) fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n'chronicle COMMAND --help' lists a command's options.\n"
                 "exit status: 0 success, 1 bad input or I/O failure, 2 usage error\n");
}

int main(int argc, char **argv)
{
    chr_install_allocators();
    if (argc < 2) return cli_usage_error("%s", "missing command (try 'chronicle --help')");
    const char *cmd = argv[1];
    int rc = -1;
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        print_overview(stdout);
        rc = EXIT_OK;
    } else if (strcmp(cmd, "--version") == 0) {
        printf("chronicle %s\n", CHRONICLE_VERSION);
        rc = EXIT_OK;
    } else {
        for (size_t i = 0; i < N_COMMANDS; i++)
            if (strcmp(cmd, commands[i].name) == 0) rc = commands[i].run(argc - 1, argv + 1);
        if (rc < 0) return cli_usage_error("unknown command '%s' (try 'chronicle --help')", cmd);
    }
    /* a full disk or a closed pipe is not success */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "chronicle: (stdout): write error\n");
        return EXIT_INPUT;
    }
    return rc;
}
