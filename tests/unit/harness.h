/*
 * harness.h - shared helpers for the cmocka unit tests: run the whole
 * pipeline over a string with the built-in rules and look things up in
 * the result.
 */
#ifndef CHR_TEST_HARNESS_H
#define CHR_TEST_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "chronicle.h"

static chr_engine *test_engine;

static inline int test_setup_engine(void **state)
{
    (void)state;
    chr_error err;
    chr_error_clear(&err);
    chr_install_allocators();
    test_engine = chr_engine_new(NULL, &err);
    return test_engine ? 0 : -1;
}

static inline int test_teardown_engine(void **state)
{
    (void)state;
    chr_engine_free(test_engine);
    test_engine = NULL;
    return 0;
}

/* Runs the pipeline over 'text' with article date 'dct' (NULL for none). */
static inline chr_corpus *test_run(const char *text, const char *dct)
{
    chr_error err;
    chr_error_clear(&err);
    chr_read_options opts = {0};
    if (dct) assert_true(chr_parse_dct(dct, &opts.dct));
    chr_corpus *corpus = chr_corpus_new();
    assert_int_equal(chr_engine_add_bytes(test_engine, corpus, "test", text, strlen(text), &opts, &err), CHR_OK);
    assert_int_equal(chr_engine_run(test_engine, corpus, NULL, &err), CHR_OK);
    return corpus;
}

/* The value of the first timex whose text is 'text', or NULL. */
static inline const char *test_timex_value(const chr_corpus *c, const char *text)
{
    for (size_t i = 0; i < c->timexes.len; i++) {
        const chr_timex *t = &c->timexes.items[i];
        const chr_doc *d = c->docs.items[t->doc];
        if (strlen(text) == t->end - t->start && memcmp(d->text + t->start, text, t->end - t->start) == 0)
            return t->value;
    }
    return NULL;
}

/* The first event of 'type' that is not dropped, or NULL. */
static inline const chr_event *test_event(const chr_corpus *c, const char *type)
{
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, type) == 0) return &c->events.items[i];
    return NULL;
}

/* The first event of 'type' dated 'value' that is not dropped, or NULL. */
static inline const chr_event *test_event_on(const chr_corpus *c, const char *type, const char *value)
{
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        if (!e->dropped && strcmp(e->type, type) == 0 && strcmp(e->value, value) == 0) return e;
    }
    return NULL;
}

static inline size_t test_count_events(const chr_corpus *c, const char *type)
{
    size_t n = 0;
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, type) == 0) n++;
    return n;
}

/* The live entity with canonical name or alias 'form', or NULL. */
static inline const chr_entity *test_entity(const chr_corpus *c, const char *form)
{
    for (size_t i = 0; i < c->entities.len; i++) {
        const chr_entity *e = &c->entities.items[i];
        if (e->merged_into >= 0 || e->mentions.len == 0) continue;
        if (strcmp(e->name, form) == 0 || chr_strvec_find(&e->aliases, form) >= 0) return e;
    }
    return NULL;
}

static inline size_t test_count_entities(const chr_corpus *c)
{
    size_t n = 0;
    for (size_t i = 0; i < c->entities.len; i++)
        if (c->entities.items[i].merged_into < 0 && c->entities.items[i].mentions.len > 0) n++;
    return n;
}


/* Calls fn(text, len, ctx) for the KLUE NER dev sentences, 50 to a block
 * (one line each), when ../shared/eval is there; returns how many blocks
 * (0 without the data: the tests that use it still run on the samples). */
static inline int test_each_klue_block(void (*fn)(const char *text, size_t len, void *ctx), void *ctx)
{
    FILE *fp = fopen("../shared/eval/klue-ner/klue-ner-v1.1_dev.spans.jsonl", "rb");
    if (!fp) return 0;
    chr_buf text = {0};
    char line[16384];
    int n = 0, blocks = 0;
    while (fgets(line, sizeof line, fp)) {
        json_t *row = json_loads(line, 0, NULL);
        const char *sentence = json_string_value(json_object_get(row, "text"));
        if (sentence) {
            chr_buf_puts(&text, sentence);
            chr_buf_puts(&text, "\n");
        }
        json_decref(row);
        if (++n % 50 == 0) {
            fn(text.data, text.len, ctx);
            text.len = 0;
            blocks++;
        }
    }
    fclose(fp);
    chr_buf_free(&text);
    return blocks;
}

#endif
