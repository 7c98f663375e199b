/*
 * replay.c - runs fuzz inputs through the fuzz target without libFuzzer,
 * so any compiler (gcc in `make test`, gcc with ASan+UBSan in
 * `make sanitize`) replays the corpus and every crash found so far.
 *
 * usage: fuzz-replay FILE|DIR...
 * A directory stands for its files (not recursive, dot files skipped), in
 * name order. Prints "ok NAME" per input and a final "N passed, N failed"
 * line; an unreadable input counts as failed. A crash is a crash: the
 * sanitizers report it and the process dies, which the test script counts.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "chronicle.h"
#include "fuzz.h"

/* Reads the whole file into a new buffer (caller frees); NULL on error. */
static unsigned char *slurp(const char *path, size_t *len)
{
    char *data = NULL;
    chr_error err;
    return chr_read_file(path, CHR_ERR_IO, &data, len, &err) == CHR_OK ? (unsigned char *)data : NULL;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs one file; returns 1 when it ran, 0 when it could not be read. */
static int replay_file(const char *path)
{
    size_t len = 0;
    unsigned char *data = slurp(path, &len);
    if (!data) {
        fprintf(stderr, "fuzz-replay: %s: %s\n", path, strerror(errno));
        printf("FAIL %s\n", path);
        return 0;
    }
    /* name the input before running it, so a crash report says which */
    fprintf(stderr, "fuzz-replay: %s (%zu bytes)\n", path, len);
    LLVMFuzzerTestOneInput(data, len);
    free(data);
    printf("ok %s\n", path);
    fflush(stdout);
    return 1;
}

/* Runs every regular file of 'dir' in name order; counts into the totals. */
static void replay_dir(const char *dir, int *passed, int *failed)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "fuzz-replay: %s: %s\n", dir, strerror(errno));
        (*failed)++;
        return;
    }
    chr_strvec names = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *path = chr_xmalloc(n);
        snprintf(path, n, "%s/%s", dir, e->d_name);
        struct stat sb;
        if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode)) chr_vec_push(&names, path);
        else free(path);
    }
    closedir(d);
    if (names.len) qsort(names.items, names.len, sizeof *names.items, cmp_names);
    for (size_t i = 0; i < names.len; i++) {
        if (replay_file(names.items[i])) (*passed)++;
        else (*failed)++;
    }
    chr_strvec_free(&names);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: fuzz-replay FILE|DIR...\n");
        return 2;
    }
    int passed = 0, failed = 0;
    for (int i = 1; i < argc; i++) {
        struct stat sb;
        if (stat(argv[i], &sb) == 0 && S_ISDIR(sb.st_mode)) replay_dir(argv[i], &passed, &failed);
        else if (replay_file(argv[i])) passed++;
        else failed++;
    }
    chr_fuzz_shutdown();
    printf("fuzz-replay: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
