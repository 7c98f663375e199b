/*
 * fuzz.h - the fuzz target's entry points, shared by libFuzzer builds and
 * the replay driver (fuzz/replay.c).
 */
#ifndef CHR_FUZZ_H
#define CHR_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Runs 'data' through the pipeline and every exporter. Always returns 0. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Frees the engine the target keeps between inputs (for leak checkers). */
void chr_fuzz_shutdown(void);

#endif
