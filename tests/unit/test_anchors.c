/*
 * Unit tests for the anchors of timex rules (timex.c): which tokens gate a
 * rule, how far back a match may start, need: words, and the errors a
 * malformed anchor field gives. Each test builds its own small rule file.
 */
#include "harness.h"

#include "chr_reader.h"
#include "chr_timex.h"

static chr_rules *embedded;
static chr_reader *reader;

static int setup(void **state)
{
    (void)state;
    chr_error err;
    chr_error_clear(&err);
    chr_install_allocators();
    embedded = chr_rules_load_embedded(&err);
    reader = embedded ? chr_reader_new(embedded, &err) : NULL;
    return reader ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    chr_reader_free(reader);
    chr_rules_free(embedded);
    return 0;
}

/* The time expressions 'rules_text' (a rule file) finds in 'text',
 * as "text=value" joined by '|', into out. */
static void extract(const char *rules_text, const char *text, char *out, size_t size)
{
    chr_error err;
    chr_error_clear(&err);
    /* the rules' language is the text's: a rule of another language does not run */
    const char *lang = strstr(text, "\xEB") || strstr(text, "\xEC") || strstr(text, "\xEA") ? "ko" : "en";
    chr_rules *rules = chr_rules_load_text("a.rules", lang, rules_text, strlen(rules_text), &err);
    if (!rules) fail_msg("rules: %s", err.message);
    chr_timex_extractor *tx = chr_timex_new(rules, &err);
    if (!tx) fail_msg("timex rules: %s", err.message);
    chr_read_options opts = {0};
    assert_true(chr_parse_dct("2023-11-30", &opts.dct));
    chr_doc *doc = NULL;
    assert_int_equal(chr_reader_load_bytes("t", text, strlen(text), &opts, reader, &doc, &err), CHR_OK);
    chr_corpus *corpus = chr_corpus_new();
    chr_vec_push(&corpus->docs, doc);
    assert_int_equal(chr_timex_extract(tx, corpus, 0, &err), CHR_OK);
    out[0] = '\0';
    for (size_t i = 0; i < corpus->timexes.len; i++) {
        const chr_timex *t = &corpus->timexes.items[i];
        size_t used = strlen(out);
        snprintf(out + used, size - used, "%s%.*s=%s", i ? "|" : "", (int)(t->end - t->start), doc->text + t->start,
                 t->value);
    }
    chr_corpus_free(corpus);
    chr_timex_free(tx);
    chr_rules_free(rules);
}

/* The error a rule file gives, or fails when it loads. */
static chr_error load_error(const char *rules_text)
{
    chr_error err;
    chr_error_clear(&err);
    chr_rules *rules = chr_rules_load_text("bad.rules", "ko", rules_text, strlen(rules_text), &err);
    chr_timex_extractor *tx = rules ? chr_timex_new(rules, &err) : NULL;
    if (tx) fail_msg("'%s' loaded", rules_text);
    chr_rules_free(rules);
    return err;
}

static void expect(const char *rules_text, const char *text, const char *wanted)
{
    char got[512];
    extract(rules_text, text, got, sizeof got);
    if (strcmp(got, wanted) != 0) fail_msg("in '%s': expected '%s', got '%s'", text, wanted, got);
}

static void back_bounds_the_start(void **state)
{
    (void)state;
    /* the optional prefix lies 3 bytes before the anchor: back:0 cannot reach it */
    expect("timex\tt\tDATE\tdate\t(?:in\\h+)?(?<year>20[0-9]{2})\t#:0\n", "Sold in 2019.", "2019=2019");
    expect("timex\tt\tDATE\tdate\t(?:in\\h+)?(?<year>20[0-9]{2})\t#:8\n", "Sold in 2019.", "in 2019=2019");
    /* back:N is the rule's default for tokens without their own */
    expect("timex\tt\tDATE\tdate\t(?:in\\h+)?(?<year>20[0-9]{2})\t# back:8\n", "Sold in 2019.", "in 2019=2019");
}

static void hangul_words_gate(void **state)
{
    (void)state;
    const char *rule = "timex\tt\tDATE\tdate\t(?:올해\\h*)?(?<year>20[0-9]{2})년\t올해:0\n";
    /* the pattern could match alone, but only runs near its anchor word */
    expect(rule, "2019년 설립.", "");
    expect(rule, "올해 2019년 설립.", "올해 2019년=2019");
    /* a word is more than its first syllable */
    expect(rule, "올라 2019년 설립.", "");
}

static void digit_runs_and_marks(void **state)
{
    (void)state;
    const char *year = "timex\tt\tDATE\tdate\t(?<year>20[0-9]{2})\t#4:0\n";
    expect(year, "In 2019 it grew.", "2019=2019");
    expect(year, "Code 20191 grew.", "");
    const char *slash = "timex\tt\tDATE\tdate\t(?<month>1[0-2]|[1-9])[/-](?<day>[0-9]{1,2})\t#/:0\n";
    expect(slash, "On 11/17 it fell.", "11/17=2023-11-17");
    expect(slash, "On 11-17 it fell.", "");
}

static void class_before_syllable(void **state)
{
    (void)state;
    const char *rule = "word\tcount\t두\t2\n"
                       "timex\tt\tDURATION\tduration\t(?<num_count>{word:count})\\h*(?<unit_unit>달)\t{count}>달:8\n"
                       "word\tunit\t달\tM\n";
    expect(rule, "두 달 걸렸다.", "두 달=P2M");
    expect(rule, "두달 걸렸다.", "두달=P2M");
    /* 달 after another word is no anchor here */
    expect(rule, "달 두 개.", "");
}

static void need_words(void **state)
{
    (void)state;
    const char *rule = "timex\tt\tDURATION\tafter\t(?<num>[0-9]+)(?<unit_unit>일)\\h*뒤\t#일:0 need:뒤\n"
                       "word\tunit\t일\tD\n";
    expect(rule, "12일 뒤 복귀했다.", "12일 뒤=2023-12-12");
    /* without the word the rule does not run (and could not match) */
    expect(rule, "12일 복귀했다.", "");
    /* need<N: the word may lie before the anchor (a lookbehind's) */
    const char *behind = "timex\tt\tDATE\tdate\t(?<=to\\h)(?<year>20[0-9]{2})\t#4:0 need<4:to\n";
    expect(behind, "From 2019 to 2021 it grew.", "2021=2021");
    const char *ahead_only = "timex\tt\tDATE\tdate\t(?<=to\\h)(?<year>20[0-9]{2})\t#4:0 need:to\n";
    expect(ahead_only, "From 2019 to 2021 it grew.", "");
    /* need<N>M: the window ends M bytes after the anchor ("to" after 2021 is
     * outside need<4>0, inside need<4>8) */
    const char *before_only = "timex\tt\tDATE\tdate\t(?<year>20[0-9]{2})\t#4:0 need<4>0:to\n";
    expect(before_only, "From 2019 to 2021 it grew.", "2021=2021");
    expect(before_only, "In 2021 to date it grew.", "");
    const char *near = "timex\tt\tDATE\tdate\t(?<year>20[0-9]{2})\t#4:0 need<0>8:to\n";
    expect(near, "In 2021 to date it grew.", "2021=2021");
    expect(near, "In 2021 it grew to 5.", "");
    /* several need tokens: every one must hold */
    const char *both = "timex\tt\tDATE\tdate\t(?<year>20[0-9]{2})\t#4:0 need<4>0:to need<0>8:it\n";
    expect(both, "From 2019 to 2021 it grew.", "2021=2021");
    expect(both, "From 2019 to 2021 grew.", "");
    expect(both, "In 2021 it grew.", "");
}

static void malformed_anchors_name_the_line(void **state)
{
    (void)state;
    const char *bad[] = {
        "timex\tt\tDATE\tdate\t(?<year>[0-9]{4})\t#:x\n",
        "timex\tt\tDATE\tdate\t(?<year>[0-9]{4})\tback:999\n",
        "timex\tt\tDATE\tdate\t(?<year>[0-9]{4})\t# need:\n",
        "timex\tt\tDATE\tdate\t(?<year>[0-9]{4})\t{nosuchclass}>달\n",
        "timex\tt\tDATE\tdate\t(?<year>[0-9]{4})\t#달달\n",
        "timex\tt\tDATE\tdate\t(?<year>[0-9]{4})\t# need<x:to\n",
        "timex\tt\tDATE\tdate\t(?<year>[0-9]{4})\t# need<3>x:to\n",
        "timex\tt\tDATE\tdate\t(?<year>[0-9]{4})\t# need>999:to\n",
        "timex\tt\tDATE\tdate\t(?<year>[0-9]{4})\t# need<3>4\n",
        "timex\tt\tDATE\tdate\t(?<year>[0-9]{4})\t# need:a need:b need:c need:d need:e\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        chr_error err = load_error(bad[i]);
        assert_int_equal(err.code, CHR_ERR_RULES);
        assert_string_equal(err.file, "bad.rules");
        assert_int_equal(err.line, 1);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(back_bounds_the_start), cmocka_unit_test(hangul_words_gate),
        cmocka_unit_test(digit_runs_and_marks),  cmocka_unit_test(class_before_syllable),
        cmocka_unit_test(need_words),            cmocka_unit_test(malformed_anchors_name_the_line),
    };
    return cmocka_run_group_tests_name("anchors", tests, setup, teardown);
}
