/* Unit tests for rules.c: record parsing, expansion and regex compilation. */
#include "harness.h"

static void parses_records_and_words(void **state)
{
    (void)state;
    chr_error err;
    const char text[] = "# comment\n\nword\tmonth\tNov\t11\ndefine\tX\t[0-9]+\n";
    chr_rules *r = chr_rules_load_text("t.rules", "en", text, sizeof text - 1, &err);
    assert_non_null(r);
    assert_int_equal(chr_rules_count(r), 2);
    assert_string_equal(chr_rules_word(r, "month", "Nov"), "11");
    assert_null(chr_rules_word(r, "month", "Dec"));
    chr_rules_free(r);
}

static void rejects_bad_records_with_line(void **state)
{
    (void)state;
    chr_error err;
    chr_error_clear(&err);
    const char text[] = "word\tmonth\tNov\t11\nword\tonly\n";
    assert_null(chr_rules_load_text("t.rules", "en", text, sizeof text - 1, &err));
    assert_int_equal(err.code, CHR_ERR_RULES);
    assert_int_equal(err.line, 2);
    assert_string_equal(err.file, "t.rules");
    const char kind[] = "bogus\tx\n";
    assert_null(chr_rules_load_text("k.rules", "en", kind, sizeof kind - 1, &err));
    assert_non_null(strstr(err.message, "unknown record kind"));
    const char indented[] = "  word\tmonth\tNov\n";
    assert_null(chr_rules_load_text("i.rules", "en", indented, sizeof indented - 1, &err));
    const char bad_utf8[] = "word\tmonth\t\xff\n";
    assert_null(chr_rules_load_text("u.rules", "en", bad_utf8, sizeof bad_utf8 - 1, &err));
    assert_non_null(strstr(err.message, "UTF-8"));
}

static void expands_defines_and_word_classes(void **state)
{
    (void)state;
    chr_error err;
    const char text[] = "word\tm\tNov\t11\nword\tm\tNovember\t11\ndefine\tD\t[0-9]{1,2}\n";
    chr_rules *r = chr_rules_load_text("t.rules", "en", text, sizeof text - 1, &err);
    assert_non_null(r);
    char *x = chr_rules_expand(r, NULL, "{word:m} {D}", &err);
    assert_string_equal(x, "(?:November|Nov) (?:[0-9]{1,2})");
    free(x);
    /* quantifiers are not macros */
    x = chr_rules_expand(r, NULL, "a{2,3}", &err);
    assert_string_equal(x, "a{2,3}");
    free(x);
    assert_null(chr_rules_expand(r, NULL, "{Nope}", &err));
    assert_non_null(strstr(err.message, "not defined"));
    chr_rules_free(r);
}

static void regex_errors_name_the_rule(void **state)
{
    (void)state;
    chr_error err;
    const char text[] = "word\tm\tNov\t11\n";
    chr_rules *r = chr_rules_load_text("t.rules", "en", text, sizeof text - 1, &err);
    chr_rule_record rec = {.file = "x.rules", .line = 7};
    assert_null(chr_regex_compile(r, &rec, "(unclosed", &err));
    assert_string_equal(err.file, "x.rules");
    assert_int_equal(err.line, 7);
    assert_non_null(strstr(err.message, "missing closing parenthesis"));
    chr_rules_free(r);
}

static void empty_match_advances_a_whole_character(void **state)
{
    (void)state;
    chr_error err;
    chr_regex *re = chr_regex_compile(NULL, NULL, "x*", &err);
    const char *s = "가x";
    chr_match m;
    assert_int_equal(chr_regex_find(re, s, strlen(s), 0, &m, &err), 1);
    assert_int_equal(m.end, 0);
    assert_int_equal(chr_regex_next_start(s, strlen(s), &m), 3);
    chr_regex_free(re);
}

static void builtin_rules_load(void **state)
{
    (void)state;
    chr_error err;
    chr_rules *r = chr_rules_load_embedded(&err);
    assert_non_null(r);
    assert_true(chr_rules_count(r) > 100);
    assert_non_null(chr_rules_word(r, "josa", "은"));
    chr_rules_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parses_records_and_words),
        cmocka_unit_test(rejects_bad_records_with_line),
        cmocka_unit_test(expands_defines_and_word_classes),
        cmocka_unit_test(regex_errors_name_the_rule),
        cmocka_unit_test(empty_match_advances_a_whole_character),
        cmocka_unit_test(builtin_rules_load),
    };
    return cmocka_run_group_tests_name("rules", tests, NULL, NULL);
}
