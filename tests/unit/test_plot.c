/* Unit tests for plot.c: the script/data split that keeps article text out
 * of gnuplot's command language, the path checks, the date axis and the
 * lanes, on timeline documents written by hand (no extractors). */
#include <jansson.h>

#include "chr_plot.h"
#include "harness.h"

static const char *const hostile[] = {
    "`touch /tmp/chronicle-unit-pwned`", "system(\"touch /tmp/x\")", "a' . system('id') . '",
    "line\nbreak\r\nEOD\n@macro\ttab\x01", "# looks like a comment", "",
};
#define N_HOSTILE (sizeof hostile / sizeof hostile[0])

/* A chronicle.timeline/1 document with one event per hostile label, each a
 * day apart from 2023-11-17, the first an ouster and the last a return of
 * the same subject. New reference. */
static json_t *hostile_doc(void)
{
    json_t *doc = json_pack("{s:s, s:[{s:s, s:s, s:s, s:s, s:s}], s:[{s:s, s:s, s:[{s:s}]}], s:[]}", "schema",
                            "chronicle.timeline/1", "documents", "id", "d1", "path", "<a.txt", "source",
                            "Wire \"q\" `id`", "lang", "en", "dct", "2023-11-30", "entities", "id", "p1", "name",
                            "`id`", "mentions", "doc", "d1", "timexes");
    json_object_set_new(doc, "events", json_array());
    json_object_set_new(doc, "timeline", json_array());
    for (size_t i = 0; i < N_HOSTILE; i++) {
        char id[8], day[16];
        snprintf(id, sizeof id, "e%zu", i + 1);
        snprintf(day, sizeof day, "2023-11-%02zu", 17 + i);
        const char *type = i == 0 ? "ouster" : i + 1 == N_HOSTILE ? "return" : "statement";
        json_t *ev = json_pack("{s:s, s:s, s:s, s:{s:s, s:s, s:s, s:s}, s:s, s:[{s:s, s:s}], s:[{s:s}]}", "id", id,
                               "type", type, "label", hostile[i], "when", "value", day, "earliest", day, "latest", day,
                               "basis", "timex:t1", "modality", "asserted", "participants", "entity", "p1", "role",
                               "subject", "mentions", "doc", "d1");
        json_array_append_new(json_object_get(doc, "events"), ev);
        json_array_append_new(json_object_get(doc, "timeline"), json_pack("{s:s}", "event", id));
    }
    return doc;
}

static void render(const json_t *doc, chr_plot_kind kind, chr_buf *script, chr_buf *data)
{
    chr_plot_options po = {.kind = kind, .terminal = CHR_PLOT_PNG, .title = "it's",
                           .data_path = "out.tsv", .output_path = "out.png"};
    chr_error err;
    chr_error_clear(&err);
    assert_int_equal(chr_plot_render(doc, &po, script, data, &err), CHR_OK);
}

static void test_article_text_stays_in_the_data(void **state)
{
    (void)state;
    json_t *doc = hostile_doc();
    for (int kind = CHR_PLOT_TIMELINE; kind <= CHR_PLOT_ENTITIES; kind++) {
        chr_buf script = {0}, data = {0};
        render(doc, (chr_plot_kind)kind, &script, &data);
        assert_null(strstr(script.data, "touch"));
        assert_null(strstr(script.data, "system("));
        assert_null(strstr(script.data, "EOD"));
        assert_null(strstr(script.data, "@macro"));
        assert_null(strstr(script.data, "`"));
        assert_non_null(strstr(script.data, "'it''s'")); /* the user's title, ' doubled */
        assert_non_null(strstr(script.data, "'./out.png'"));
        /* the data: no quote, no control character but tab and newline */
        for (const unsigned char *p = (const unsigned char *)data.data; *p; p++) {
            assert_true(*p != '"');
            assert_true(*p >= 0x20 || *p == '\t' || *p == '\n');
        }
        chr_buf_free(&script);
        chr_buf_free(&data);
    }
    json_decref(doc);
}

static void test_data_rows_start_with_a_number(void **state)
{
    (void)state;
    json_t *doc = hostile_doc();
    chr_buf script = {0}, data = {0};
    render(doc, CHR_PLOT_TIMELINE, &script, &data);
    for (char *line = data.data; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        if (*line == '\n') continue;
        char *end;
        strtod(line, &end);
        assert_true(end != line || strncmp(line, "NaN", 3) == 0);
    }
    /* the empty label is written as "-", the comment-like one as text */
    assert_non_null(strstr(data.data, "\t-\n"));
    assert_non_null(strstr(data.data, "\t# looks like a comment\n"));
    assert_non_null(strstr(data.data, "ousted -> returned: 5 days"));
    chr_buf_free(&script);
    chr_buf_free(&data);
    json_decref(doc);
}

static void test_paths(void **state)
{
    (void)state;
    assert_false(chr_plot_path_safe("|cat.svg"));
    assert_false(chr_plot_path_safe("  <x.png"));
    assert_false(chr_plot_path_safe("a\nb.svg"));
    assert_false(chr_plot_path_safe(""));
    assert_true(chr_plot_path_safe("dir/a|b.svg"));
    assert_true(chr_plot_path_safe("it's.png"));
    chr_plot_terminal t;
    assert_true(chr_plot_terminal_for("a.SVG", &t) && t == CHR_PLOT_SVG);
    assert_true(chr_plot_terminal_for("a.png", &t) && t == CHR_PLOT_PNG);
    assert_false(chr_plot_terminal_for("a.pdf", &t));
    chr_plot_kind k;
    assert_true(chr_plot_kind_parse("coverage", &k) && k == CHR_PLOT_COVERAGE);
    assert_false(chr_plot_kind_parse("pie", &k));

    json_t *doc = hostile_doc();
    chr_buf script = {0}, data = {0};
    chr_plot_options po = {.kind = CHR_PLOT_TIMELINE, .data_path = "x.tsv", .output_path = "|x.png"};
    chr_error err;
    assert_int_equal(chr_plot_render(doc, &po, &script, &data, &err), CHR_ERR_USAGE);
    json_t *not_timeline = json_pack("{s:s}", "schema", "other/1");
    po.output_path = "x.png";
    assert_int_equal(chr_plot_render(not_timeline, &po, &script, &data, &err), CHR_ERR_INPUT);
    json_decref(not_timeline);
    chr_buf_free(&script);
    chr_buf_free(&data);
    json_decref(doc);
}

static void test_axis_adapts_to_the_span(void **state)
{
    (void)state;
    json_t *doc = hostile_doc(); /* six days: daily ticks */
    chr_buf script = {0}, data = {0};
    render(doc, CHR_PLOT_TIMELINE, &script, &data);
    assert_non_null(strstr(script.data, "'2023-11-18' "));
    chr_buf_free(&script);
    chr_buf_free(&data);
    /* spread over years: yearly ticks */
    json_t *ev;
    size_t i;
    json_array_foreach(json_object_get(doc, "events"), i, ev) {
        char day[16];
        snprintf(day, sizeof day, "%zu-06-01", 2000 + 4 * i);
        json_t *when = json_object_get(ev, "when");
        json_object_set_new(when, "earliest", json_string(day));
        json_object_set_new(when, "latest", json_string(day));
    }
    render(doc, CHR_PLOT_TIMELINE, &script, &data);
    assert_non_null(strstr(script.data, "'2010' "));
    assert_null(strstr(script.data, "'2010-"));
    chr_buf_free(&script);
    chr_buf_free(&data);
    json_decref(doc);
}

int main(void)
{
    chr_install_allocators();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article_text_stays_in_the_data),
        cmocka_unit_test(test_data_rows_start_with_a_number),
        cmocka_unit_test(test_paths),
        cmocka_unit_test(test_axis_adapts_to_the_span),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
