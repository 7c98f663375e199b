/* Unit tests for compare.c: document order, alignment, conflicts, agreement
 * figures and the renderers, on corpora built by hand so that they do not
 * depend on the extractors. */
#include <jansson.h>

#include "chr_compare.h"
#include "harness.h"

/* A corpus of 'n' read documents (sources and dates given), not yet run. */
static chr_corpus *docs_only(size_t n, const char *const *sources, const char *const *dates)
{
    chr_corpus *c = chr_corpus_new();
    for (size_t i = 0; i < n; i++) {
        char text[256];
        snprintf(text, sizeof text, "---\nsource: %s\ndate: %s\n---\nx.\n", sources[i], dates[i]);
        chr_error err;
        chr_read_options opts = {0};
        assert_int_equal(chr_engine_add_bytes(test_engine, c, sources[i], text, strlen(text), &opts, &err), CHR_OK);
    }
    return c;
}

static long add_entity(chr_corpus *c, const char *id, chr_entity_type type, const char *name)
{
    chr_entity e = {.type = type, .name = chr_xstrdup(name), .merged_into = -1};
    snprintf(e.id, sizeof e.id, "%s", id);
    chr_vec_push(&c->entities, e);
    return (long)c->entities.len - 1;
}

/* An event reported by one document, with one mention and its subject. */
static void add_event(chr_corpus *c, const char *id, const char *type, const char *value, int doc, long subject)
{
    chr_event_mention m = {.doc = doc, .start = 0, .end = 1, .sentence = -1, .timex = -1, .shift_timex = -1,
                           .after_mention = -1, .event = (long)c->events.len};
    snprintf(m.type, sizeof m.type, "%s", type);
    /* the source states the date itself (as a re-anchored mention date) */
    snprintf(m.value, sizeof m.value, "%s", value);
    chr_event e = {.rank = (long)c->events.len + 1};
    snprintf(e.id, sizeof e.id, "%s", id);
    snprintf(e.type, sizeof e.type, "%s", type);
    snprintf(e.value, sizeof e.value, "%s", value);
    if (subject >= 0) {
        chr_participant p = {.entity = subject};
        snprintf(p.role, sizeof p.role, "subject");
        chr_vec_push(&m.participants, p);
        chr_vec_push(&e.participants, p);
    }
    chr_vec_push(&c->event_mentions, m);
    chr_vec_push(&e.mentions, c->event_mentions.len - 1);
    chr_vec_push(&c->events, e);
}

static void display_width_counts_hangul_twice(void **state)
{
    (void)state;
    assert_int_equal(chr_compare_display_width("abc"), 3);
    assert_int_equal(chr_compare_display_width("하트먼"), 6);
    assert_int_equal(chr_compare_display_width("\u2713 x"), 3);
    assert_int_equal(chr_compare_display_width("Ｌ"), 2); /* fullwidth */
}

static void documents_sorted_by_date_then_source(void **state)
{
    (void)state;
    const char *sources[] = {"Zeta", "Alpha", "Beta"};
    const char *dates[] = {"2024-01-02", "2024-01-03", "2024-01-02"};
    chr_corpus *c = docs_only(3, sources, dates);
    chr_error err;
    assert_int_equal(chr_compare_sort_documents(c, &err), CHR_OK);
    assert_string_equal(c->docs.items[0]->source, "Beta");
    assert_string_equal(c->docs.items[0]->id, "d1");
    assert_string_equal(c->docs.items[1]->source, "Zeta");
    assert_string_equal(c->docs.items[2]->source, "Alpha");
    assert_string_equal(c->docs.items[2]->id, "d3");
    /* after the pipeline it refuses */
    add_event(c, "e1", "ouster", "2024-01-01", 0, -1);
    assert_int_equal(chr_compare_sort_documents(c, &err), CHR_ERR_USAGE);
    chr_corpus_free(c);
}

/* The first coverage row of 'type'. */
static const json_t *row(const json_t *cov, const char *type)
{
    size_t i;
    const json_t *r;
    json_array_foreach(json_object_get(cov, "events"), i, r) {
        if (strcmp(json_string_value(json_object_get(r, "type")), type) == 0) return r;
    }
    fail_msg("no row of type %s", type);
    return NULL;
}

static void aligns_near_dates_and_reports_the_conflict(void **state)
{
    (void)state;
    const char *sources[] = {"A", "B", "C"};
    const char *dates[] = {"2024-10-15", "2024-10-15", "2024-10-16"};
    chr_corpus *c = docs_only(3, sources, dates);
    long p = add_entity(c, "p1", CHR_ENT_PERSON, "Daniel Hartmann");
    long q = add_entity(c, "p2", CHR_ENT_PERSON, "Someone Else");
    add_event(c, "e1", "agreement", "2024-10-10", 0, p);
    add_event(c, "e2", "agreement", "2024-10-09", 1, p);
    add_event(c, "e3", "agreement", "2024-10-10", 2, p);
    add_event(c, "e4", "investigation", "2024-10-15", 2, -1);
    /* too far apart for two different subjects: two rows */
    add_event(c, "e5", "ouster", "2024-10-04", 0, p);
    add_event(c, "e6", "ouster", "2024-10-20", 1, q);
    json_t *cov = chr_compare_coverage(c);

    const json_t *agreement = row(cov, "agreement");
    /* rows by date: the ouster of the 4th comes first */
    assert_ptr_equal(row(cov, "ouster"), json_array_get(json_object_get(cov, "events"), 0));
    assert_int_equal(json_array_size(json_object_get(agreement, "events")), 3);
    assert_string_equal(json_string_value(json_object_get(agreement, "date")), "2024-10-10");
    assert_string_equal(json_string_value(json_object_get(agreement, "first_reported_by")), "d1");
    const json_t *x = json_array_get(json_object_get(cov, "conflicts"), 0);
    assert_string_equal(json_string_value(json_object_get(x, "kind")), "date");
    const json_t *side = json_array_get(json_object_get(x, "sides"), 0);
    assert_string_equal(json_string_value(json_object_get(side, "value")), "2024-10-09");
    assert_string_equal(json_string_value(json_array_get(json_object_get(side, "sources"), 0)), "B");
    assert_int_equal(json_array_size(json_object_get(json_array_get(json_object_get(x, "sides"), 1), "docs")), 2);

    assert_int_equal(json_array_size(json_object_get(cov, "events")), 4);
    const json_t *agr = json_object_get(cov, "agreement");
    assert_int_equal(json_integer_value(json_object_get(agr, "in_every_source")), 1);
    assert_int_equal(json_integer_value(json_object_get(agr, "exclusive")), 3);
    const json_t *third = json_array_get(json_object_get(cov, "sources"), 2);
    assert_int_equal(json_array_size(json_object_get(third, "exclusive")), 1);
    /* d1-d2 share the agreement only: 1 of 3 rows */
    const json_t *pair = json_array_get(json_object_get(agr, "pairs"), 0);
    assert_int_equal(json_integer_value(json_object_get(pair, "shared")), 1);
    assert_int_equal(json_integer_value(json_object_get(pair, "union")), 3);

    chr_buf text = {0}, csv = {0};
    chr_compare_render_text(cov, &text);
    assert_non_null(strstr(text.data, "2024-10-09  B (d2)"));
    chr_compare_render_csv(cov, 1, &csv);
    assert_memory_equal(csv.data, "\xEF\xBB\xBF" "event,type,date,label,", 25);
    assert_non_null(strstr(csv.data, "\r\n"));
    chr_buf_free(&text);
    chr_buf_free(&csv);
    json_decref(cov);
    chr_corpus_free(c);
}

static void ouster_against_resignation_is_a_type_conflict(void **state)
{
    (void)state;
    const char *sources[] = {"A", "B"};
    const char *dates[] = {"2024-10-15", "2024-10-15"};
    chr_corpus *c = docs_only(2, sources, dates);
    long p = add_entity(c, "p1", CHR_ENT_PERSON, "Daniel Hartmann");
    add_event(c, "e1", "ouster", "2024-10-04", 0, p);
    add_event(c, "e2", "resignation", "2024-10-05", 1, p);
    json_t *cov = chr_compare_coverage(c);
    assert_int_equal(json_array_size(json_object_get(cov, "events")), 1);
    const json_t *x = json_array_get(json_object_get(cov, "conflicts"), 0);
    assert_string_equal(json_string_value(json_object_get(x, "kind")), "date");
    x = json_array_get(json_object_get(cov, "conflicts"), 1);
    assert_string_equal(json_string_value(json_object_get(x, "kind")), "type");
    json_decref(cov);
    chr_corpus_free(c);
}

static void same_subject_before_same_day(void **state)
{
    (void)state;
    const char *sources[] = {"A", "B"};
    const char *dates[] = {"2024-10-15", "2024-10-16"};
    chr_corpus *c = docs_only(2, sources, dates);
    long marquez = add_entity(c, "p1", CHR_ENT_PERSON, "Sofia Marquez");
    long liu = add_entity(c, "p2", CHR_ENT_PERSON, "Grace Liu");
    add_event(c, "e1", "appointment", "2024-10-04", 0, marquez);
    add_event(c, "e2", "appointment", "2024-10-14", 0, liu);
    add_event(c, "e3", "appointment", "2024-10-14", 1, marquez);
    json_t *cov = chr_compare_coverage(c);
    const json_t *first = row(cov, "appointment");
    assert_int_equal(json_array_size(json_object_get(first, "events")), 2);
    assert_string_equal(json_string_value(json_array_get(json_object_get(first, "events"), 1)), "e3");
    assert_int_equal(json_array_size(json_object_get(cov, "events")), 2);
    json_decref(cov);
    chr_corpus_free(c);
}

static void near_dates_do_not_chain(void **state)
{
    (void)state;
    const char *sources[] = {"A", "B", "C"};
    const char *dates[] = {"2024-10-15", "2024-10-16", "2024-10-17"};
    chr_corpus *c = docs_only(3, sources, dates);
    add_event(c, "e1", "protest", "2024-10-01", 0, -1);
    add_event(c, "e2", "protest", "2024-10-03", 1, -1);
    add_event(c, "e3", "protest", "2024-10-05", 2, -1);
    json_t *cov = chr_compare_coverage(c);
    /* 1-3 and 3-5 are each within 3 days, 1-5 is not: two rows */
    assert_int_equal(json_array_size(json_object_get(cov, "events")), 2);
    json_decref(cov);
    chr_corpus_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(display_width_counts_hangul_twice),
        cmocka_unit_test(documents_sorted_by_date_then_source),
        cmocka_unit_test(aligns_near_dates_and_reports_the_conflict),
        cmocka_unit_test(ouster_against_resignation_is_a_type_conflict),
        cmocka_unit_test(same_subject_before_same_day),
        cmocka_unit_test(near_dates_do_not_chain),
    };
    return cmocka_run_group_tests(tests, test_setup_engine, test_teardown_engine);
}
