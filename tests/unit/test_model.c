/* Unit tests for model.c: a document that keeps only some spans of its
 * text (chr_doc_keep) answers for them as before, and a corpus run with
 * spans_only renders the same bytes in every format that allows it. */
#include <glob.h>
#include <stdio.h>

#include "harness.h"

static chr_doc *load_doc(chr_corpus *corpus, const char *text)
{
    chr_error err;
    chr_read_options opts = {0};
    assert_int_equal(chr_engine_add_bytes(test_engine, corpus, "t.txt", text, strlen(text), &opts, &err), CHR_OK);
    return corpus->docs.items[corpus->docs.len - 1];
}

static void kept_spans_keep_bytes_and_offsets(void **state)
{
    (void)state;
    chr_corpus *corpus = chr_corpus_new();
    /* Hangul (3 bytes), Latin (1) and a 4-byte emoji, long enough for
     * several offset checkpoints */
    chr_buf text = {0};
    for (int i = 0; i < 800; i++) chr_buf_printf(&text, "문장 %d: 오픈AI가 알트만을 해임했다 \xF0\x9F\x98\x80. Then more. ", i);
    chr_doc *doc = load_doc(corpus, text.data);
    size_t len = doc->len;
    size_t *cp = chr_xmalloc((len + 1) * sizeof *cp);
    for (size_t b = 0; b <= len; b++) cp[b] = chr_doc_cp_offset(doc, b);
    char *copy = chr_xstrdup(doc->text);
    size_t nsent = doc->sentences.len;
    assert_true(nsent > 10);
    chr_sentence s3 = doc->sentences.items[3], s_last = doc->sentences.items[nsent - 1];

    chr_span spans[] = {{10, 20}, {15, 30}, {5000, 5003}, {5030, 5050}, {len - 7, len}, {20000, 29000}};
    long sentences[] = {(long)nsent - 1, 3, 3};
    chr_doc_keep(doc, spans, sizeof spans / sizeof spans[0], sentences, 3);
    assert_null(doc->text);

    /* merged, bridged (a gap under the merge distance) and long ranges */
    const char *s = chr_doc_span(doc, 10, 30);
    assert_non_null(s);
    assert_memory_equal(s, copy + 10, 20);
    s = chr_doc_span(doc, 5000, 5050);
    assert_non_null(s);
    assert_memory_equal(s, copy + 5000, 50);
    s = chr_doc_span(doc, 20000, 29000);
    assert_non_null(s);
    assert_memory_equal(s, copy + 20000, 9000);
    assert_non_null(chr_doc_span(doc, len, len));
    assert_null(chr_doc_span(doc, 40, 41));
    assert_null(chr_doc_span(doc, 25, 40));

    /* sentences by their old index */
    const chr_sentence *k = chr_doc_sentence(doc, 3);
    assert_non_null(k);
    assert_int_equal(k->start, s3.start);
    assert_int_equal(k->end, s3.end);
    assert_memory_equal(chr_doc_span(doc, k->start, k->end), copy + s3.start, s3.end - s3.start);
    k = chr_doc_sentence(doc, (long)nsent - 1);
    assert_non_null(k);
    assert_int_equal(k->start, s_last.start);
    assert_null(chr_doc_sentence(doc, 4));
    assert_null(chr_doc_sentence(doc, -1));

    /* code point offsets of every kept byte */
    for (size_t b = 10; b <= 30; b++) assert_int_equal(chr_doc_cp_offset(doc, b), cp[b]);
    for (size_t b = 20000; b <= 29000; b++) assert_int_equal(chr_doc_cp_offset(doc, b), cp[b]);
    for (size_t b = s3.start; b <= s3.end; b++) assert_int_equal(chr_doc_cp_offset(doc, b), cp[b]);
    assert_int_equal(chr_doc_cp_offset(doc, len), cp[len]);

    free(cp);
    free(copy);
    chr_buf_free(&text);
    chr_corpus_free(corpus);
}

/* Every sample through the whole pipeline with and without spans_only:
 * the same bytes in every format but TimeML. */
static void spans_only_renders_the_same_bytes(void **state)
{
    (void)state;
    glob_t g;
    assert_int_equal(glob("samples/*.txt", 0, NULL, &g), 0);
    glob("samples/compare/*.txt", GLOB_APPEND, NULL, &g);
    assert_true(g.gl_pathc > 3);
    chr_corpus *corpora[2];
    chr_error err;
    chr_read_options opts = {0};
    assert_true(chr_parse_dct("2024-06-03", &opts.dct));
    for (int k = 0; k < 2; k++) {
        corpora[k] = chr_corpus_new();
        corpora[k]->spans_only = k;
        for (size_t i = 0; i < g.gl_pathc; i++)
            assert_int_equal(chr_engine_add_file(test_engine, corpora[k], g.gl_pathv[i], &opts, &err), CHR_OK);
        assert_int_equal(chr_engine_run(test_engine, corpora[k], NULL, &err), CHR_OK);
    }
    assert_null(corpora[1]->docs.items[0]->text);
    size_t n;
    const chr_exporter *ex = chr_export_all(&n);
    for (size_t i = 0; i < n; i++) {
        if (ex[i].needs_text) continue;
        chr_buf out[2] = {{0}, {0}};
        chr_export_options eo = {.generator_version = "test"};
        for (int k = 0; k < 2; k++) assert_int_equal(ex[i].render(corpora[k], &eo, &out[k], &err), CHR_OK);
        assert_true(out[0].len > 0);
        assert_int_equal(out[0].len, out[1].len);
        assert_memory_equal(out[0].data, out[1].data, out[0].len);
        chr_buf_free(&out[0]);
        chr_buf_free(&out[1]);
    }
    chr_corpus_free(corpora[0]);
    chr_corpus_free(corpora[1]);
    globfree(&g);
}

/* With the JSON spool (timexes and event mentions written aside as each
 * document is extracted, no text kept for them), chr_render_json gives
 * the same bytes as from the whole corpus, on every sample. */
static void spooled_json_renders_the_same_bytes(void **state)
{
    (void)state;
    glob_t g;
    assert_int_equal(glob("samples/*.txt", 0, NULL, &g), 0);
    glob("samples/compare/*.txt", GLOB_APPEND, NULL, &g);
    glob("samples/heldout-like/*.txt", GLOB_APPEND, NULL, &g);
    chr_error err;
    chr_read_options opts = {0};
    chr_buf out[3] = {{0}, {0}, {0}};
    for (int k = 0; k < 3; k++) {
        /* 0: whole texts, no spool; 1: spans only, spooled; 2: whole texts, spooled */
        chr_corpus *corpus = chr_corpus_new();
        corpus->spans_only = k == 1;
        chr_json_spool *spool = NULL;
        if (k) {
            spool = chr_json_spool_new(&err);
            assert_non_null(spool);
            chr_json_spool_attach(spool, corpus);
        }
        for (size_t i = 0; i < g.gl_pathc; i++)
            assert_int_equal(chr_engine_add_file(test_engine, corpus, g.gl_pathv[i], &opts, &err), CHR_OK);
        assert_int_equal(chr_engine_run(test_engine, corpus, NULL, &err), CHR_OK);
        if (k == 1) assert_null(corpus->docs.items[0]->text);
        chr_export_options eo = {.generator_version = "test", .spool = spool};
        assert_int_equal(chr_render_json(corpus, &eo, &out[k], &err), CHR_OK);
        chr_json_spool_free(spool);
        chr_corpus_free(corpus);
    }
    assert_true(out[0].len > 100000);
    for (int k = 1; k < 3; k++) {
        assert_int_equal(out[k].len, out[0].len);
        assert_memory_equal(out[k].data, out[0].data, out[0].len);
    }
    for (int k = 0; k < 3; k++) chr_buf_free(&out[k]);
    globfree(&g);
}

/* The streamed JSON (mentions written directly) is the bytes jansson gives
 * for the whole document, on every sample, and strings are escaped as
 * jansson escapes them. */
static void streamed_json_is_janssons(void **state)
{
    (void)state;
    glob_t g;
    assert_int_equal(glob("samples/*.txt", 0, NULL, &g), 0);
    glob("samples/compare/*.txt", GLOB_APPEND, NULL, &g);
    glob("samples/heldout-like/*.txt", GLOB_APPEND, NULL, &g);
    chr_error err;
    chr_read_options opts = {0};
    chr_corpus *corpus = chr_corpus_new();
    for (size_t i = 0; i < g.gl_pathc; i++)
        assert_int_equal(chr_engine_add_file(test_engine, corpus, g.gl_pathv[i], &opts, &err), CHR_OK);
    assert_int_equal(chr_engine_run(test_engine, corpus, NULL, &err), CHR_OK);
    chr_export_options eo = {.generator_version = "test"};
    chr_buf streamed = {0}, whole = {0};
    assert_int_equal(chr_render_json(corpus, &eo, &streamed, &err), CHR_OK);
    json_t *doc = chr_export_document(corpus, &eo);
    chr_export_dump_json(doc, &whole);
    json_decref(doc);
    assert_true(corpus->entity_mentions.len > 100 && corpus->event_mentions.len > 50);
    assert_int_equal(streamed.len, whole.len);
    assert_memory_equal(streamed.data, whole.data, whole.len);
    chr_buf_free(&streamed);
    chr_buf_free(&whole);
    chr_corpus_free(corpus);
    globfree(&g);

    const char *strings[] = {"", "plain", "quote \" and back\\slash", "tab\tnew\nline\rret\bbs\fff",
                             "ctl \x01\x1f del \x7f slash /", "한국어 \xe2\x80\xa8 separator", "\"\"\\",
                             "abcdefg\"", "12345678\\", "1234567\x1f" "89abcdef\x7f\"tail",
                             "eight by\nte words, then a long run of plain text with no escape at all\t"};
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
        chr_buf ours = {0};
        chr_json_put_string(&ours, strings[i], strlen(strings[i]));
        json_t *js = json_string(strings[i]);
        char *theirs = json_dumps(js, JSON_ENCODE_ANY);
        assert_int_equal(ours.len, strlen(theirs));
        assert_memory_equal(ours.data, theirs, ours.len);
        free(theirs);
        json_decref(js);
        chr_buf_free(&ours);
    }
}

/* A buffer with a sink hands its bytes over at flush points only, and
 * everything on the final flush; a failing sink is remembered. */
static int collect(const char *bytes, size_t len, void *ctx)
{
    chr_buf_append((chr_buf *)ctx, bytes, len);
    return 0;
}

static int refuse(const char *bytes, size_t len, void *ctx)
{
    (void)bytes;
    (void)len;
    (void)ctx;
    return -1;
}

static void buffer_drains_into_its_sink(void **state)
{
    (void)state;
    chr_buf got = {0};
    chr_buf out = {.sink = collect, .sink_ctx = &got};
    char chunk[1000];
    memset(chunk, 'x', sizeof chunk);
    for (int i = 0; i < 200; i++) {
        chr_buf_append(&out, chunk, sizeof chunk);
        assert_true(got.len % sizeof chunk == 0);
        chr_buf_flush_point(&out);
        assert_true(out.len < CHR_BUF_FLUSH_AT);
    }
    assert_true(got.len > 0);
    assert_int_equal(chr_buf_flush(&out), 0);
    assert_int_equal(got.len, 200 * sizeof chunk);
    assert_int_equal(out.len, 0);
    chr_buf_free(&out);
    chr_buf_free(&got);

    chr_buf bad = {.sink = refuse};
    chr_buf_append(&bad, "abc", 3);
    assert_int_equal(chr_buf_flush(&bad), -1);
    chr_buf_append(&bad, "def", 3);
    assert_int_equal(chr_buf_flush(&bad), -1);
    assert_int_equal(bad.len, 0);
    chr_buf_free(&bad);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(kept_spans_keep_bytes_and_offsets),
        cmocka_unit_test(spans_only_renders_the_same_bytes),
        cmocka_unit_test(streamed_json_is_janssons),
        cmocka_unit_test(spooled_json_renders_the_same_bytes),
        cmocka_unit_test(buffer_drains_into_its_sink),
    };
    return cmocka_run_group_tests_name("model", tests, test_setup_engine, test_teardown_engine);
}
