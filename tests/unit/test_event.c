/* Unit tests for events: triggers, modality, amounts, merging and dating. */
#include "chr_event.h"
#include "chr_resolver.h"
#include "harness.h"

static void parses_amounts(void **state)
{
    (void)state;
    const chr_rules *r = chr_engine_rules(test_engine);
    struct { const char *value, *currency; double want; const char *cur; } cases[] = {
        {"5,100만", "달러", 51000000, "USD"}, {"4억 2,900만", "달러", 429000000, "USD"},
        {"3조", "원", 3e12, "KRW"},          {"51", "million", 0, NULL},
    };
    for (size_t i = 0; i < 3; i++) {
        chr_amount a = {0};
        assert_true(chr_event_parse_amount(r, cases[i].value, cases[i].currency, &a));
        assert_true(a.value == cases[i].want);
        assert_string_equal(a.currency, cases[i].cur);
    }
    chr_amount a = {0};
    assert_true(chr_event_parse_amount(r, "1.2bn", "€", &a));
    assert_true(a.value == 1.2e9);
    assert_string_equal(a.currency, "EUR");
    assert_true(chr_event_parse_amount(r, "51 million", "$", &a));
    assert_true(a.value == 51e6);
    assert_false(chr_event_parse_amount(r, "51", "bananas", &a));
}

static void merges_mentions_and_dates_relative_to_another_event(void **state)
{
    (void)state;
    chr_corpus *c = test_run("지난 11월 17일 김서연 대표가 해임됐다. 김서연 대표의 해임은 반발을 불렀고 12일 뒤 김서연 대표는 복귀했다.",
                             "2023-11-30");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    const chr_event *o = test_event(c, "ouster"), *r = test_event(c, "return");
    if (!o || !r) fail_msg("ouster or return missing");
    assert_string_equal(o->value, "2023-11-17");
    assert_string_equal(r->value, "2023-11-29");
    const char *basis = r->basis;
    assert_true(strncmp(basis, "relative:", 9) == 0);
    assert_true(o->rank < r->rank);
    chr_corpus_free(c);
}

static void modality_from_the_clause(void **state)
{
    (void)state;
    chr_corpus *c = test_run("회사는 독립적 조사를 할 예정이다. 김서연 대표는 사임하지 않았다. 박지훈 부사장이 해임된 것으로 알려졌다. "
                             "이사회에 복귀하고 싶은지 묻자 답하지 않았다.",
                             "2023-11-30");
    assert_int_equal(test_event(c, "investigation")->modality, CHR_MOD_PLANNED);
    assert_int_equal(test_event(c, "resignation")->modality, CHR_MOD_NEGATED);
    assert_int_equal(test_event(c, "ouster")->modality, CHR_MOD_REPORTED);
    assert_int_equal(test_event(c, "board_change")->modality, CHR_MOD_POSSIBLE);
    assert_null(test_event(c, "return")); /* 이사회에 복귀 is not a return to the post */
    chr_corpus_free(c);
}

static void different_dates_stay_two_events(void **state)
{
    (void)state;
    chr_corpus *c = test_run("김서연 대표는 3월 5일 복귀에 합의했다. 김서연 대표는 3월 12일 공식 복귀했다. 김서연 대표는 3월 5일에도 복귀 의사를 밝혔다.",
                             "2024-03-20");
    assert_int_equal(test_count_events(c, "return"), 2);
    chr_corpus_free(c);
}

static void values_and_bounds(void **state)
{
    (void)state;
    chr_date f, l;
    assert_true(chr_value_bounds("2019", &f, &l));
    assert_int_equal(f.month, 1);
    assert_int_equal(l.day, 31);
    assert_true(chr_value_bounds("2024-02", &f, &l));
    assert_int_equal(l.day, 29);
    assert_true(chr_value_bounds("2023-11-18TMO", &f, &l));
    assert_int_equal(f.day, 18);
    assert_false(chr_value_bounds("P12D", &f, &l));
    assert_true(chr_values_compatible("2023-11", "2023-11-17"));
    assert_false(chr_values_compatible("2023-11-17", "2023-11-29"));
    assert_true(chr_values_compatible("XXXX-11-17", "2023-11-17"));
    assert_true(chr_values_compatible("", "2023"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parses_amounts),
        cmocka_unit_test(merges_mentions_and_dates_relative_to_another_event),
        cmocka_unit_test(modality_from_the_clause),
        cmocka_unit_test(different_dates_stay_two_events),
        cmocka_unit_test(values_and_bounds),
    };
    return cmocka_run_group_tests_name("event", tests, test_setup_engine, test_teardown_engine);
}
