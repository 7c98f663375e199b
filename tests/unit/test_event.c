/* Unit tests for events: triggers, modality, roles, amounts, coreference,
 * dating, ordering, the text table and the scorer. The sentences are made
 * up for the tests. */
#include <glob.h>
#include <jansson.h>
#include <stdio.h>

#include "chr_entity.h"
#include "chr_evaluate.h"
#include "chr_event.h"
#include "chr_export.h"
#include "chr_resolver.h"
#include "chr_timex.h"
#include "harness.h"

/* ---- helpers ---------------------------------------------------------------------- */

/* Runs the pipeline over several texts, one document each, sharing 'dct'. */
static chr_corpus *run_docs(const char *const *texts, size_t n, const char *dct)
{
    chr_error err;
    chr_error_clear(&err);
    chr_read_options opts = {0};
    if (dct) assert_true(chr_parse_dct(dct, &opts.dct));
    chr_corpus *corpus = chr_corpus_new();
    for (size_t i = 0; i < n; i++) {
        char name[16];
        snprintf(name, sizeof name, "doc%u", (unsigned)(i + 1));
        assert_int_equal(chr_engine_add_bytes(test_engine, corpus, name, texts[i], strlen(texts[i]), &opts, &err), CHR_OK);
    }
    assert_int_equal(chr_engine_run(test_engine, corpus, NULL, &err), CHR_OK);
    return corpus;
}

/* The entity playing 'role' in 'e' has 'form' as name or alias. */
static int has_role(const chr_corpus *c, const chr_event *e, const char *role, const char *form)
{
    if (!e) return 0;
    for (size_t i = 0; i < e->participants.len; i++) {
        const chr_participant *p = &e->participants.items[i];
        if (strcmp(p->role, role) != 0) continue;
        const chr_entity *en = &c->entities.items[p->entity];
        if (strcmp(en->name, form) == 0 || chr_strvec_find(&en->aliases, form) >= 0) return 1;
    }
    return 0;
}

/* The number of distinct documents among an event's mentions. */
static size_t event_docs(const chr_corpus *c, const chr_event *e)
{
    size_t n = 0;
    int seen[8] = {0};
    for (size_t i = 0; i < e->mentions.len; i++) {
        int d = c->event_mentions.items[e->mentions.items[i]].doc;
        if (d >= 0 && d < 8 && !seen[d]) seen[d] = 1, n++;
    }
    return n;
}

static chr_modality modality_of(const char *text, const char *type)
{
    chr_corpus *c = test_run(text, "2024-03-20");
    const chr_event *e = test_event(c, type);
    if (!e) {
        chr_corpus_free(c);
        fail_msg("no %s event in: %s", type, text);
    }
    chr_modality m = e->modality;
    chr_corpus_free(c);
    return m;
}

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

/* ---- modality: one test per modality, both languages ---------------------------------- */

static void modality_asserted(void **state)
{
    (void)state;
    assert_int_equal(modality_of("한결전자 이사회는 3월 4일 박도현 대표를 해임했다.", "ouster"), CHR_MOD_ASSERTED);
    assert_int_equal(modality_of("The board of Verdant Mills fired chief executive Laura Finch on March 4.", "ouster"),
                     CHR_MOD_ASSERTED);
}

static void modality_reported(void **state)
{
    (void)state;
    assert_int_equal(modality_of("박도현 대표가 3월 4일 사임한 것으로 알려졌다.", "resignation"), CHR_MOD_REPORTED);
    assert_int_equal(modality_of("Laura Finch reportedly resigned on March 4.", "resignation"), CHR_MOD_REPORTED);
}

static void modality_planned(void **state)
{
    (void)state;
    assert_int_equal(modality_of("한결전자는 4월 1일 신제품을 출시할 예정이다.", "product"), CHR_MOD_PLANNED);
    assert_int_equal(modality_of("Verdant Mills will launch its new mill on April 1.", "product"), CHR_MOD_PLANNED);
}

static void modality_possible(void **state)
{
    (void)state;
    assert_int_equal(modality_of("박도현 대표가 회사로 복귀할지는 불투명하다.", "return"), CHR_MOD_POSSIBLE);
    assert_int_equal(modality_of("Laura Finch could return to Verdant Mills next year.", "return"), CHR_MOD_POSSIBLE);
    assert_int_equal(modality_of("Will Laura Finch return to Verdant Mills?", "return"), CHR_MOD_POSSIBLE);
    assert_int_equal(modality_of("If the board agrees, Laura Finch would return in May.", "return"), CHR_MOD_POSSIBLE);
    /* (not what a colon sets out after an aside: "If you were away, here's
     * the short version: …") */
    assert_int_equal(modality_of("If you were offline this week, here's the short version: Verdant Mills fired "
                                 "Laura Finch on Monday.",
                                 "ouster"),
                     CHR_MOD_ASSERTED);
    /* what follows a Korean condition a few words on is conditional too */
    assert_int_equal(modality_of("직원들은 \"박 대표가 돌아오지 않으면 우리도 모두 회사를 떠나겠다\"고 밝혔다.", "resignation"),
                     CHR_MOD_POSSIBLE);
    /* and a quote's future is not that of the noun before it */
    assert_int_equal(modality_of("연판장에는 \"박 대표가 돌아오지 않으면 회사를 떠나겠다\"는 문구가 담겼다.", "protest"),
                     CHR_MOD_ASSERTED);
}

/* Words that contain a trigger without meaning it: "휴대전화", "설 연휴",
 * "투자 판단", "판매 데이터", "called the payout \"a fair outcome\"",
 * "strike a new deal", "launched his comeback attempt". */
static void triggers_inside_other_words(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "가람소프트는 고객의 휴대전화 번호가 유출됐다고 밝혔다.",
        "가람소프트의 분위기는 설 연휴가 지나면서 바뀌었다.",
        "가람소프트 박 전무는 보안 투자 판단을 잘못했다고 인정했다.",
        "가람소프트는 판매 데이터를 분석하는 솔루션으로 2020년 3월 이름을 알렸다.",
        "Harlan Law called the payout \"a fair outcome\" on Wednesday.",
        "Harlan Tools and Pellow strike new deal at $780 million on Monday.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        chr_corpus *c = test_run(texts[i], "2025-06-16");
        /* (an accident, "유출됐다", is only counted from: it is dropped) */
        for (size_t k = 0; k < c->events.len; k++)
            if (!c->events.items[k].dropped) fail_msg("an event in: %s (%s)", texts[i], c->events.items[k].type);
        chr_corpus_free(c);
    }
    chr_corpus *c = test_run("Bae launched his comeback attempt at Harlan Tools in September.", "2025-06-16");
    assert_int_equal(test_count_events(c, "product"), 0);
    chr_corpus_free(c);
}

static void modality_condition_is_not_a_denial(void **state)
{
    (void)state;
    /* "물러나지 않으면" (unless it steps down) is a condition */
    assert_int_equal(modality_of("직원들은 이사회가 물러나지 않으면 파업하겠다고 밝혔다.", "resignation"), CHR_MOD_POSSIBLE);
    /* a condition closing a later conjunct covers the first one too */
    assert_int_equal(modality_of("노조는 경영진이 물러나고 임금을 올리지 않으면 파업하겠다고 밝혔다.", "resignation"),
                     CHR_MOD_POSSIBLE);
    /* "논의한 바 없다", "검토한 적이 없다": never done */
    assert_int_equal(modality_of("회사는 사업부 매각을 검토한 적이 없다고 밝혔다.", "deal"), CHR_MOD_NEGATED);
    /* (conjuncts with no condition stay facts) */
    assert_int_equal(modality_of("김도윤 대표가 물러나고 한서진 부사장이 회사를 맡았다.", "resignation"), CHR_MOD_ASSERTED);
}

static void modality_negated(void **state)
{
    (void)state;
    assert_int_equal(modality_of("박도현 대표는 사임하지 않았다.", "resignation"), CHR_MOD_NEGATED);
    assert_int_equal(modality_of("Laura Finch did not resign.", "resignation"), CHR_MOD_NEGATED);
}

/* ---- roles ---------------------------------------------------------------------------------- */

static void role_subject_from_korean_particles(void **state)
{
    (void)state;
    /* 이/가 before an intransitive verb, 을/를 before a transitive one */
    chr_corpus *c = test_run("박도현 대표가 3월 4일 사임했다. 이사회는 3월 9일 정세린 부사장을 신임 대표로 선임했다.", "2024-03-20");
    assert_true(has_role(c, test_event(c, "resignation"), "subject", "박도현"));
    assert_true(has_role(c, test_event(c, "appointment"), "subject", "정세린"));
    chr_corpus_free(c);
}

static void role_agent_from_korean_particles(void **state)
{
    (void)state;
    chr_corpus *c = test_run("박도현 대표는 3월 4일 한결전자 이사회에 의해 해임됐다.", "2024-03-20");
    const chr_event *e = test_event(c, "ouster");
    assert_true(has_role(c, e, "subject", "박도현"));
    assert_false(has_role(c, e, "subject", "한결전자 이사회"));
    chr_corpus_free(c);
}

static void role_agent_from_robuteo(void **state)
{
    (void)state;
    chr_corpus *c = test_run("박도현 대표는 3월 4일 한결전자 이사회로부터 해임 통보를 받았다.", "2024-03-20");
    const chr_event *e = test_event(c, "ouster");
    assert_non_null(e);
    assert_true(has_role(c, e, "subject", "박도현"));
    int agent = 0;
    for (size_t i = 0; i < e->participants.len; i++)
        if (strcmp(e->participants.items[i].role, "agent") == 0) agent = 1;
    assert_true(agent);
    chr_corpus_free(c);
}

static void role_organisation_from_the_company(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한결전자는 1998년 설립됐다. 직원은 300명이다. 회사는 이르면 5월 신제품을 출시할 예정이다.", "2024-03-20");
    const chr_event *e = test_event(c, "product");
    assert_non_null(e);
    assert_true(has_role(c, e, "organization", "한결전자"));
    chr_corpus_free(c);
}

static void role_english_passive_and_active(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Chief executive Laura Finch was fired by the board of Verdant Mills on March 4.", "2024-03-20");
    assert_true(has_role(c, test_event(c, "ouster"), "subject", "Laura Finch"));
    assert_true(has_role(c, test_event(c, "ouster"), "agent", "board"));
    chr_corpus_free(c);
    c = test_run("Chief executive Laura Finch led Verdant Mills for a decade. On March 4 the board fired her.", "2024-03-20");
    assert_true(has_role(c, test_event(c, "ouster"), "subject", "Laura Finch"));
    chr_corpus_free(c);
}

/* An English appositive describes the person who opens the sentence: a
 * person inside it is not the subject of the verb after it; and a person
 * past a comma after an active verb is the next clause's, not its patient. */
static void role_english_apposition_and_comma(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Tomas Verhoek, the chief financial officer who had backed chief executive Laura Finch for "
                             "years, will leave the board of Verdant Mills in June.",
                             "2024-03-20");
    const chr_event *e = test_event(c, "board_change");
    assert_non_null(e);
    assert_true(has_role(c, e, "subject", "Tomas Verhoek"));
    assert_false(has_role(c, e, "subject", "Laura Finch"));
    chr_corpus_free(c);
    c = test_run("Chief executive Tomas Verhoek will no longer sit on the board of Verdant Mills, though Laura Finch "
                 "said he would stay. Laura Finch chairs the board.",
                 "2024-03-20");
    e = test_event(c, "board_change");
    assert_non_null(e);
    assert_true(has_role(c, e, "subject", "Tomas Verhoek"));
    assert_false(has_role(c, e, "subject", "Laura Finch"));
    chr_corpus_free(c);
}

static void role_pronoun_to_last_person(void **state)
{
    (void)state;
    chr_corpus *c = test_run("정세린 부사장은 2015년 한결전자에 입사했다. 그는 3월 9일 대표로 선임됐다.", "2024-03-20");
    const chr_event *e = NULL;
    for (size_t i = 0; i < c->events.len; i++)
        if (strcmp(c->events.items[i].type, "appointment") == 0 && strcmp(c->events.items[i].value, "2024-03-09") == 0)
            e = &c->events.items[i];
    assert_non_null(e);
    assert_true(has_role(c, e, "subject", "정세린"));
    chr_corpus_free(c);
}

/* ---- amounts ---------------------------------------------------------------------------------- */

static void english_amounts(void **state)
{
    (void)state;
    const chr_rules *r = chr_engine_rules(test_engine);
    chr_amount a = {0};
    assert_true(chr_event_parse_amount(r, "51M", "USD", &a));
    assert_true(a.value == 51e6);
    assert_string_equal(a.currency, "USD");
    assert_true(chr_event_parse_amount(r, "2.5 billion", "dollars", &a));
    assert_true(a.value == 2.5e9);
    chr_corpus *c = test_run("Verdant Mills acquired Oakline Foods for $51 million on March 4.", "2024-03-20");
    const chr_event *e = test_event(c, "deal");
    assert_non_null(e);
    assert_true(e->amount.present && e->amount.value == 51e6);
    chr_corpus_free(c);
}

/* ---- coreference ------------------------------------------------------------------------------- */

static void one_ouster_across_sources(void **state)
{
    (void)state;
    const char *docs[] = {
        "한결전자 이사회는 3월 4일 박도현 대표를 해임했다.",
        "박도현 한결전자 대표가 3월 4일 이사회에서 해임됐다.",
        "한결전자는 3월 4일 이사회를 열어 박도현 대표를 해임했다고 밝혔다.",
    };
    chr_corpus *c = run_docs(docs, 3, "2024-03-05");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    assert_int_equal(event_docs(c, test_event(c, "ouster")), 3);
    chr_corpus_free(c);
}

static void agreement_and_return_stay_apart(void **state)
{
    (void)state;
    chr_corpus *c = test_run("박도현 대표는 3월 4일 이사회와 복귀에 합의했다. 박도현 대표는 3월 11일 공식 복귀했다.", "2024-03-20");
    const chr_event *a = test_event(c, "agreement"), *r = test_event(c, "return");
    assert_non_null(a);
    assert_non_null(r);
    assert_string_equal(a->value, "2024-03-04");
    assert_string_equal(r->value, "2024-03-11");
    assert_int_equal(test_count_events(c, "return"), 1);
    chr_corpus_free(c);
}

static void different_people_stay_apart(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한결전자는 3월 4일 박도현 대표를 해임했다. 같은 날 한결전자는 최민호 전무도 해임했다.", "2024-03-20");
    assert_int_equal(test_count_events(c, "ouster"), 2);
    chr_corpus_free(c);
}

static void a_noun_refers_back(void **state)
{
    (void)state;
    /* "해임 일주일 만에" names the ouster told before; the 11th dates the return */
    chr_corpus *c = test_run("한결전자 이사회는 3월 4일 박도현 대표를 해임했다. 박도현 대표는 해임 일주일 만인 3월 11일 복귀했다.",
                             "2024-03-20");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    assert_string_equal(test_event(c, "ouster")->value, "2024-03-04");
    chr_corpus_free(c);
}

static void plan_then_done_is_one_event(void **state)
{
    (void)state;
    /* "would return" (planned, 3/7) and "returned" (3/11): one return, dated when done */
    chr_corpus *c = test_run("On March 7 the board agreed that chief executive Laura Finch would return. "
                             "Chief executive Laura Finch returned on March 11.",
                             "2024-03-20");
    assert_int_equal(test_count_events(c, "return"), 1);
    assert_string_equal(test_event(c, "return")->value, "2024-03-11");
    chr_corpus_free(c);
}

static void english_relative_clause_refers_back(void **state)
{
    (void)state;
    chr_corpus *c = test_run("The board of Verdant Mills fired chief executive Laura Finch on March 4. "
                             "On March 6 employees demanded that the directors who fired her resign.",
                             "2024-03-20");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    assert_string_equal(test_event(c, "ouster")->value, "2024-03-04");
    chr_corpus_free(c);
}

/* ---- dating -------------------------------------------------------------------------------------- */

static void report_date_is_not_event_date(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한결전자는 지난달 28일 이사회를 열고 박도현 대표 해임안을 의결했다고 4일 공시했다.", "2024-03-05");
    assert_string_equal(test_event(c, "ouster")->value, "2024-02-28");
    chr_corpus_free(c);
}

static void duration_after_a_named_event(void **state)
{
    (void)state;
    chr_corpus *c = test_run("The board of Verdant Mills fired chief executive Laura Finch on March 4. "
                             "Investors opened negotiations with the board two days after the firing.",
                             "2024-03-20");
    const chr_event *b = test_event(c, "board_call");
    assert_non_null(b);
    assert_string_equal(b->value, "2024-03-06");
    chr_corpus_free(c);
}

static void the_day_of_an_event(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한결전자 이사회는 지난 4일 박도현 대표를 해임했다. 이사회는 해임 당일 정세린 부사장을 임시 대표로 선임했다.",
                             "2024-03-15");
    assert_string_equal(test_event(c, "appointment")->value, "2024-03-04");
    chr_corpus_free(c);
}

static void next_day_counts_from_the_last_event(void **state)
{
    (void)state;
    /* "3월 1일부터 휴직 중이었다" is a background state: "이튿날" counts from the ouster */
    chr_corpus *c = test_run("한결전자 이사회는 지난 8일 박도현 대표를 해임했다. 박 대표는 3월 1일부터 휴직 중이었다. "
                             "박 대표는 이튿날 입장문을 냈다.",
                             "2024-03-15");
    const chr_event *s = test_event(c, "statement");
    assert_non_null(s);
    assert_string_equal(s->value, "2024-03-09");
    chr_corpus_free(c);
}

static void a_quote_keeps_its_own_time(void **state)
{
    (void)state;
    /* the 5th dates the remark, not the investigation the quote talks about */
    chr_corpus *c = test_run("박도현 대표는 5일 \"조사 결과를 기다리겠다\"고 말했다.", "2024-03-20");
    const chr_event *e = test_event(c, "investigation");
    assert_non_null(e);
    assert_string_equal(e->value, "");
    chr_corpus_free(c);
}

static void a_past_event_is_not_in_next_year(void **state)
{
    (void)state;
    /* "on May 31" in a future-tense sentence: the removal it dates is past */
    chr_corpus *c = test_run("Oh Min-seok, who was named chief executive when the board removed chief executive Laura Finch "
                             "on May 31, will go back to running research.",
                             "2024-07-16");
    const chr_event *e = test_event(c, "ouster");
    assert_non_null(e);
    assert_string_equal(e->value, "2024-05-31");
    chr_corpus_free(c);
}

static void present_tense_takes_the_article_date(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한결전자 소액주주들의 반발이 거세지고 있다.", "2024-03-20");
    const chr_event *e = test_event(c, "protest");
    assert_non_null(e);
    assert_string_equal(e->value, "2024-03-20");
    assert_string_equal(e->basis, "dct");
    chr_corpus_free(c);
}

static void a_cleft_dates_its_trigger(void **state)
{
    (void)state;
    chr_corpus *c = test_run("박도현 대표가 해임된 건 지난 4일이다.", "2024-03-15");
    assert_string_equal(test_event(c, "ouster")->value, "2024-03-04");
    chr_corpus_free(c);
}

static void a_relative_clause_time_is_not_the_events(void **state)
{
    (void)state;
    chr_corpus *c = test_run("금융감독원은 지난 12일 한결전자가 지난해 9월 공개한 실적에 대해 조사에 착수했다.", "2024-03-15");
    assert_string_equal(test_event(c, "investigation")->value, "2024-03-12");
    chr_corpus_free(c);
}

static void bounds_of_a_year(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Verdant Mills acquired Oakline Foods in 2019.", "2024-03-20");
    const chr_event *e = test_event(c, "deal");
    assert_non_null(e);
    assert_string_equal(e->earliest, "2019-01-01");
    assert_string_equal(e->latest, "2019-12-31");
    chr_corpus_free(c);
}

/* ---- ordering ------------------------------------------------------------------------------------ */

static void undated_event_follows_its_cue(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Employees protested after the board fired chief executive Laura Finch on March 4. "
                             "Verdant Mills was founded in 1998. Laura Finch returned on March 9.",
                             "2024-03-20");
    const chr_event *p = test_event(c, "protest"), *o = test_event(c, "ouster"), *r = test_event(c, "return");
    assert_non_null(p);
    assert_non_null(o);
    assert_non_null(r);
    assert_true(p->rank > o->rank);
    assert_true(p->rank < r->rank);
    chr_corpus_free(c);
}

/* ---- the text table ------------------------------------------------------------------------------ */

static void text_table_fits_100_columns(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한결전자 이사회는 3월 4일 박도현 대표를 해임했다. 박도현 대표는 3월 11일 한결전자 대표이사 사장으로 "
                             "공식 복귀했다.",
                             "2024-03-20");
    chr_buf out = {0};
    chr_export_options eo = {0};
    chr_error err;
    assert_int_equal(chr_export_find("text")->render(c, &eo, &out, &err), CHR_OK);
    assert_non_null(strstr(out.data, "2024-03-04"));
    /* every line: at most 100 display columns (Hangul counts two) */
    const char *line = out.data;
    while (*line) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line), cols = 0;
        for (size_t i = 0; i < len;) {
            size_t used;
            uint32_t cp = chr_utf8_decode(line + i, len - i, &used);
            cols += chr_is_hangul_syllable(cp) ? 2 : 1;
            i += used ? used : 1;
        }
        assert_true(cols <= 100);
        line = nl ? nl + 1 : line + len;
    }
    chr_buf_free(&out);
    chr_corpus_free(c);
}

/* ---- the scorer ------------------------------------------------------------------------------------ */

static void scorer_counts_like_the_reference(void **state)
{
    (void)state;
    json_error_t je;
    json_t *gold = json_loads(
        "{\"entities\": [{\"type\": \"person\", \"name\": \"Laura Finch\", \"aliases\": [\"Finch\"]}],"
        " \"timexes\": [{\"text\": \"March 4\", \"value\": \"2024-03-04\"}],"
        " \"events\": [{\"type\": [\"ouster\"], \"date\": \"2024-03-04\", \"participants\": [\"Laura Finch\"]},"
        "              {\"type\": [\"return\"], \"date\": \"2024-03-09\", \"participants\": [\"Laura Finch\"]}]}",
        0, &je);
    json_t *pred = json_loads(
        "{\"entities\": [{\"id\": \"p1\", \"type\": \"person\", \"name\": \"Laura Finch\", \"aliases\": [],"
        "  \"mentions\": [{\"doc\": \"d1\", \"start\": 0, \"end\": 5, \"text\": \"Laura\"}]}],"
        " \"timexes\": [{\"text\": \"on March 4\", \"value\": \"2024-03-04\"}],"
        " \"events\": [{\"id\": \"e1\", \"type\": \"ouster\", \"when\": {\"value\": \"2024-03-04\"},"
        "   \"modality\": \"asserted\", \"participants\": [{\"entity\": \"p1\", \"role\": \"subject\"}]},"
        "  {\"id\": \"e2\", \"type\": \"return\", \"when\": {\"value\": \"2024-03-10\"},"
        "   \"modality\": \"asserted\", \"participants\": [{\"entity\": \"p1\", \"role\": \"subject\"}]}],"
        " \"timeline\": [{\"event\": \"e1\", \"rank\": 1}, {\"event\": \"e2\", \"rank\": 2}]}",
        0, &je);
    assert_non_null(gold);
    assert_non_null(pred);
    const char *texts[] = {"Laura Finch"};
    chr_eval_result r;
    chr_error err;
    assert_int_equal(chr_evaluate(gold, pred, texts, 1, &r, &err), CHR_OK);
    assert_true(r.ent_precision == 1.0 && r.ent_recall_typed == 1.0);
    assert_true(r.tx_recall == 1.0 && r.tx_value_accuracy == 1.0);
    assert_true(r.ev_precision == 0.5 && r.ev_recall == 0.5);
    assert_int_equal(r.order_pairs, 0); /* only one gold event matched */
    assert_true(r.date_precision == 0.5 && r.date_recall == 0.5);
    assert_int_equal(r.offsets_bad, 1); /* the timex has no offsets */
    chr_buf out = {0};
    chr_eval_summary(&r, &out);
    assert_non_null(strstr(out.data, "events P=0.5 R=0.5 F1=0.5 | order=None"));
    chr_buf_free(&out);
    json_decref(gold);
    json_decref(pred);
}

/* ---- held-out-like gaps: demands, talks, threats, references ------------------------------ */

/* The modality of every event of 'type' is 'want' (and there is one). */
static void assert_all_modality(const chr_corpus *c, const char *type, chr_modality want)
{
    size_t n = 0;
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        if (e->dropped || strcmp(e->type, type) != 0) continue;
        n++;
        assert_int_equal(e->modality, want);
    }
    assert_true(n > 0);
}

static void a_demand_is_not_done(void **state)
{
    (void)state;
    /* what employees demand: neither the board's resignation nor the return happened */
    chr_corpus *c = test_run("한결전자 직원들은 3월 5일 이사회 총사퇴와 박도현 대표 복귀를 요구하며 연판장을 돌렸다.", "2024-03-20");
    assert_all_modality(c, "resignation", CHR_MOD_POSSIBLE);
    assert_int_equal(test_count_events(c, "return"), 0);
    assert_non_null(test_event(c, "protest"));
    chr_corpus_free(c);
}

static void talks_about_a_return_are_not_a_return(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한결전자 이사회는 3월 5일 박도현 대표와 복귀 문제를 논의했으나 협상은 결렬됐다. "
                             "이사회는 3월 6일 박도현 대표와 복귀를 놓고 협상을 벌였다.",
                             "2024-03-20");
    assert_int_equal(test_count_events(c, "return"), 0);
    assert_non_null(test_event(c, "board_call"));
    chr_corpus_free(c);
}

static void a_conditional_threat_is_possible(void **state)
{
    (void)state;
    chr_corpus *c = test_run("직원 수백 명은 이사회가 물러나지 않으면 회사를 그만두겠다는 서한에 서명했다.", "2024-03-20");
    assert_all_modality(c, "resignation", CHR_MOD_POSSIBLE);
    assert_non_null(test_event(c, "statement"));
    chr_corpus_free(c);
}

static void a_threat_and_a_resignation_stay_apart(void **state)
{
    (void)state;
    chr_corpus *c = test_run("박도현 대표는 이사회가 물러나지 않으면 회사를 그만두겠다고 말했다. "
                             "박도현 대표는 3월 6일 사임했다.",
                             "2024-03-20");
    assert_int_equal(test_count_events(c, "resignation"), 2);
    chr_corpus_free(c);
}

static void a_plain_present_is_planned(void **state)
{
    (void)state;
    assert_int_equal(modality_of("합의에 따라 기존 이사진은 대부분 물러난다.", "resignation"), CHR_MOD_PLANNED);
    assert_int_equal(modality_of("박도현 대표는 3월 6일 물러났다.", "resignation"), CHR_MOD_ASSERTED);
}

static void new_resignation_and_board_triggers(void **state)
{
    (void)state;
    /* "몇 시간 뒤": the same day as the event before */
    chr_corpus *c = test_run("한결전자 이사회는 3월 4일 박도현 대표를 해임했다. 최민호 전무는 몇 시간 뒤 사표를 던졌다.", "2024-03-20");
    const chr_event *e = test_event(c, "resignation");
    assert_non_null(e);
    assert_string_equal(e->value, "2024-03-04");
    chr_corpus_free(c);
    c = test_run("최민호 전무는 의장직에서 물러난 뒤 회사를 떠났다. 한결전자는 박도현 대표를 이사회에서 제외했다.", "2024-03-20");
    assert_non_null(test_event(c, "resignation"));
    assert_non_null(test_event(c, "board_change"));
    chr_corpus_free(c);
    c = test_run("Verdant Mills said Laura Finch will no longer sit on the board.", "2024-03-20");
    assert_non_null(test_event(c, "board_change"));
    chr_corpus_free(c);
    /* keeping a seat is no change */
    c = test_run("최민호 이사는 이사직을 유지한다.", "2024-03-20");
    assert_int_equal(test_count_events(c, "board_change"), 0);
    chr_corpus_free(c);
}

static void a_later_noun_joins_the_told_event(void **state)
{
    (void)state;
    /* "해임 결정에 찬성표를 던졌다가": the ouster told before, its subject kept */
    chr_corpus *c = test_run("한결전자 이사회는 3월 4일 박도현 대표를 해임했다. "
                             "최민호 전무는 해임 결정에 찬성표를 던졌다가 3월 8일 입장을 바꿨다.",
                             "2024-03-20");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    const chr_event *e = test_event(c, "ouster");
    assert_string_equal(e->value, "2024-03-04");
    assert_true(has_role(c, e, "subject", "박도현"));
    assert_false(has_role(c, e, "subject", "최민호"));
    chr_corpus_free(c);
}

static void a_comma_inside_a_date_does_not_cut_the_clause(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Laura Finch, 52, was removed on Friday, March 1, after a board vote.", "2024-03-20");
    const chr_event *e = test_event(c, "ouster");
    assert_non_null(e);
    assert_string_equal(e->value, "2024-03-01");
    chr_corpus_free(c);
}

static void an_agreement_for_a_return_plans_it(void **state)
{
    (void)state;
    /* the return is planned; "when X returns" too */
    chr_corpus *c = test_run("Verdant Mills said on March 5 it had reached an agreement for Laura Finch to return as chief executive. "
                             "Tom Reyes, who will step aside when Finch returns, welcomed it.",
                             "2024-03-20");
    assert_all_modality(c, "return", CHR_MOD_PLANNED);
    assert_non_null(test_event(c, "agreement"));
    chr_corpus_free(c);
}

static void one_event_per_person_in_gapped_clauses(void **state)
{
    (void)state;
    /* "A가 CEO로, B가 CTO로 돌아왔다": two returns, both dated */
    chr_corpus *c = test_run("한결전자는 3월 11일 박도현 대표가 CEO로, 최민호 전무가 CTO로 돌아왔다고 발표했다.", "2024-03-20");
    assert_int_equal(test_count_events(c, "return"), 2);
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "return") == 0)
            assert_string_equal(c->events.items[i].value, "2024-03-11");
    chr_corpus_free(c);
    /* a clause with a trigger of its own is not gapped */
    c = test_run("한결전자는 3월 11일 박도현 대표를 해임했고, 최민호 전무가 CTO로 돌아왔다.", "2024-03-20");
    assert_int_equal(test_count_events(c, "return"), 1);
    chr_corpus_free(c);
}

static void leaving_the_board_seat_is_one_event(void **state)
{
    (void)state;
    chr_corpus *c = test_run("최민호 전무는 3월 11일 이사직에서 물러났다.", "2024-03-20");
    assert_int_equal(test_count_events(c, "board_change"), 1);
    assert_int_equal(test_count_events(c, "resignation"), 0);
    chr_corpus_free(c);
    /* what an agreement is about is not yet done */
    c = test_run("한결전자와 이사회는 3월 9일 이사회 재구성에 합의했다.", "2024-03-20");
    assert_int_equal(test_count_events(c, "board_change"), 0);
    assert_non_null(test_event(c, "agreement"));
    chr_corpus_free(c);
}

static void an_investment_needs_a_party(void **state)
{
    (void)state;
    chr_corpus *c = test_run("박도현 대표는 향후 과제로 제품 개선과 안전성 투자를 꼽았다.", "2024-03-20");
    assert_int_equal(test_count_events(c, "deal"), 0);
    chr_corpus_free(c);
    c = test_run("한결전자는 3월 5일 서진벤처스로부터 50억 원 투자를 유치했다.", "2024-03-20");
    assert_int_equal(test_count_events(c, "deal"), 1);
    chr_corpus_free(c);
}

static void the_same_kind_told_next_shares_the_date(void **state)
{
    (void)state;
    chr_corpus *c = test_run("박도현 대표는 3월 11일 CEO로 복귀했다. 그는 창업자다. 최민호 전무도 사장으로 복귀했다.", "2024-03-20");
    assert_int_equal(test_count_events(c, "return"), 2);
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "return") == 0)
            assert_string_equal(c->events.items[i].value, "2024-03-11");
    chr_corpus_free(c);
}

static void a_planned_bare_day_is_ahead(void **state)
{
    (void)state;
    /* "21일부터 휴직에 들어간다" told on May 20 is May 21, not April 21 */
    chr_corpus *c = test_run("한결전자는 박도현 대표가 21일부터 휴직에 들어간다고 밝혔다.", "2024-05-20");
    const chr_event *e = test_event(c, "leave");
    assert_non_null(e);
    assert_int_equal(e->modality, CHR_MOD_PLANNED);
    assert_string_equal(e->value, "2024-05-21");
    chr_corpus_free(c);
}

static void a_voiced_backlash_is_the_statement(void **state)
{
    (void)state;
    chr_corpus *c = test_run("박도현 대표 측은 즉각 반발했다. 박도현 대표는 이튿날 입장문을 냈다.", "2024-06-03");
    assert_int_equal(test_count_events(c, "protest") + test_count_events(c, "statement"), 1);
    chr_corpus_free(c);
}

static void english_narrative_dates(void **state)
{
    (void)state;
    /* "quit hours later": the day of the event before */
    chr_corpus *c = test_run("Laura Finch was removed on Friday, March 1. Co-founder Tom Reyes quit hours later.", "2024-03-20");
    const chr_event *e = test_event(c, "resignation");
    assert_non_null(e);
    assert_string_equal(e->value, "2024-03-01");
    chr_corpus_free(c);
    /* an appositive does not cut the clause; "a day later" counts from it */
    c = test_run("The board turned to Tom Reyes, the former head of Sales, as interim chief on March 3. "
                 "Rival Corp hired chief executive Laura Finch a day later.",
                 "2024-03-20");
    assert_int_equal(test_count_events(c, "appointment"), 2);
    int seen3 = 0, seen4 = 0;
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *a = &c->events.items[i];
        if (a->dropped || strcmp(a->type, "appointment") != 0) continue;
        if (strcmp(a->value, "2024-03-03") == 0) seen3 = 1;
        if (strcmp(a->value, "2024-03-04") == 0) seen4 = 1;
    }
    assert_true(seen3 && seen4);
    chr_corpus_free(c);
}

static void a_present_state_begins_with_the_next_sentence(void **state)
{
    (void)state;
    chr_corpus *c = test_run("소액주주들의 반발은 거세지고 있다. 주주연대는 지난 18일 온라인 간담회를 열었다.", "2024-05-20");
    const chr_event *e = test_event(c, "protest");
    assert_non_null(e);
    assert_string_equal(e->value, "2024-05-18");
    chr_corpus_free(c);
    /* without a past day next, the article date */
    c = test_run("소액주주들의 반발은 거세지고 있다. 주주연대는 대응을 검토하고 있다.", "2024-05-20");
    assert_string_equal(test_event(c, "protest")->value, "2024-05-20");
    chr_corpus_free(c);
}

static void a_time_relation_clause_keeps_out_the_sentence_time(void **state)
{
    (void)state;
    /* ", nearly two weeks after the board fired him": not the return's day */
    chr_corpus *c = test_run("Laura Finch formally returned as CEO of Verdant Mills on March 20, nearly two weeks after "
                             "the company's board abruptly fired her.",
                             "2024-03-21");
    const chr_event *e = test_event(c, "ouster");
    assert_non_null(e);
    assert_string_not_equal(e->value, "2024-03-20");
    chr_corpus_free(c);
}

static void a_noun_keeps_the_person_before_it(void **state)
{
    (void)state;
    /* "박도현 해임을 둘러싼 경위에 대해 … 조사": 박도현 is the ouster's, the
     * probe is 최민호's */
    chr_corpus *c = test_run("최민호 의장은 박도현 해임을 둘러싼 경위에 대해 외부 조사를 진행하겠다고 밝혔다.", "2024-03-20");
    const chr_event *e = test_event(c, "investigation");
    assert_non_null(e);
    assert_false(has_role(c, e, "subject", "박도현"));
    chr_corpus_free(c);
}

static void the_saying_time_does_not_date_a_cleft(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한결전자 이사회는 3월 4일 박도현 대표를 해임했다. "
                             "최민호 의장은 3월 6일 이사회가 박도현 대표를 해임한 것은 실적 때문이 아니었다고 밝혔다.",
                             "2024-03-20");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    assert_string_equal(test_event(c, "ouster")->value, "2024-03-04");
    chr_corpus_free(c);
}

static void an_undated_telling_joins_the_dated_one_of_its_person(void **state)
{
    (void)state;
    const char *texts[] = {
        "한결전자 이사회는 3월 4일 박도현 대표를 해임했다.",
        "박도현 대표를 해임한 이사회는 비판을 받았다. 최민호 전무도 3월 9일 해임됐다.",
    };
    chr_corpus *c = run_docs(texts, 2, "2024-03-20");
    /* 박도현's ouster once, across both documents; 최민호's stays apart */
    assert_int_equal(test_count_events(c, "ouster"), 2);
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        if (e->dropped || strcmp(e->type, "ouster") != 0) continue;
        if (has_role(c, e, "subject", "박도현")) {
            assert_string_equal(e->value, "2024-03-04");
            assert_int_equal(event_docs(c, e), 2);
        }
    }
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_sixty_second_batch_events(void **state)
{
    (void)state;
    /* a union named right before its rally; back on the streets is a
     * rally, not a return; a person named after "after" is no patient of
     * "took over"; a quoted label is nothing "called" */
    chr_corpus *c = test_run("The Harbour Crews' Union, which rallied outside the head office on March 3, said it "
                             "would return to the streets on Friday.",
                             "2025-03-12");
    assert_non_null(test_event_on(c, "protest", "2025-03-03"));
    assert_null(test_event(c, "return"));
    chr_corpus_free(c);
    c = test_run("Acting chief executive Moon Bo-ra spoke on Tuesday. Moon took over last Friday after founder Yeo "
                 "Jin-tae resigned as CEO over what the company has called a \"pricing glitch\".",
                 "2025-03-12");
    const chr_event *took = test_event(c, "appointment");
    assert_non_null(took);
    assert_true(has_role(c, took, "subject", "Moon Bo-ra"));
    assert_null(test_event(c, "board_call"));
    chr_corpus_free(c);
    /* "The contract came two days after …": the event after the cue counts
     * back from the one the noun names; a participle of naming after a
     * comma; members ratifying a deal; a merger notification is no deal */
    c = test_run("Corlen Health signed a three-year contract with Vantage Shield on March 5. The contract came two "
                 "days after Corlen's board dismissed chief technology officer Baek Ji-ho. On Monday the group went "
                 "further, appointing Ra Se-in as its first chief information security officer. On Tuesday, members "
                 "of the Corlen Nurses' Union ratified the agreement. Vantage filed its merger notification with the "
                 "regulator.",
                 "2025-03-12");
    assert_non_null(test_event_on(c, "ouster", "2025-03-03"));
    assert_non_null(test_event_on(c, "appointment", "2025-03-10"));
    assert_non_null(test_event_on(c, "agreement", "2025-03-11"));
    assert_int_equal(test_count_events(c, "deal"), 1);
    chr_corpus_free(c);
    /* Korean: a public body checking or looking into something; the board
     * calling a shareholders' meeting, dated by the resolution, not by the
     * meeting's own day; talks that are only a factor are no talks */
    c = test_run("국토교통부는 파업 첫날부터 한빛항공이 최소 운항 비율을 지켰는지 점검하고 있습니다. 금융감독원이 지난달부터 "
                 "누리파트너스의 지분 공시 위반 여부를 들여다보고 있다. 한빛항공 이사회는 어제 12월 5일에 임시주주총회를 "
                 "열기로 결의했다. 이사회가 갈린 것도 양측을 협상 테이블로 끌어낸 요인으로 꼽힌다.",
                 "2025-10-30");
    assert_int_equal(test_count_events(c, "investigation"), 2);
    assert_non_null(test_event_on(c, "investigation", "2025-09"));
    assert_non_null(test_event_on(c, "board_call", "2025-10-29"));
    assert_int_equal(test_count_events(c, "board_call"), 1);
    chr_corpus_free(c);
}

static void a_strike_trigger_is_the_word_alone(void **state)
{
    (void)state;
    /* "파업" with no kind before it is the trigger, not the space before it;
     * with a kind ("전면 파업") the kind is part of it */
    const char *text = "하늘정밀 노조는 지난 3일 파업에 들어갔다. 노조는 10일부터 전면 파업을 벌이기로 했다.";
    chr_corpus *c = test_run(text, "2025-03-05");
    const chr_event *e = test_event(c, "protest");
    assert_non_null(e);
    int plain = 0, full = 0;
    for (size_t i = 0; i < c->event_mentions.len; i++) {
        const chr_event_mention *m = &c->event_mentions.items[i];
        if (strcmp(m->type, "protest")) continue;
        assert_true(text[m->start] != ' ');
        if (m->end - m->start == strlen("파업") && !memcmp(text + m->start, "파업", m->end - m->start)) plain = 1;
        if (m->end - m->start == strlen("전면 파업") && !memcmp(text + m->start, "전면 파업", m->end - m->start)) full = 1;
    }
    assert_true(plain);
    assert_true(full);
    chr_corpus_free(c);
}

/* Whether entity 'name' takes part in event 'e' */
static int takes_part(const chr_corpus *c, const chr_event *e, const char *name)
{
    for (size_t i = 0; i < e->participants.len; i++)
        if (strcmp(e->participants.items[i].role, "mentioned") != 0 &&
            strcmp(c->entities.items[chr_entity_root(c, e->participants.items[i].entity)].name, name) == 0)
            return 1;
    return 0;
}

/* An event told with two days joined as a pair happened on each; a range's
 * bounds and one day told twice are no pair. */
static void two_days_joined_date_an_event_twice(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한결제약 노사는 3월 들어서도 접점을 찾지 못했다. 4일과 11일 다시 마주 앉은 2·3차 교섭도 "
                             "소득 없이 끝났다. 노조는 2일과 16일 본사 앞에서 집회를 열었다.",
                             "2025-04-08");
    assert_non_null(test_event_on(c, "board_call", "2025-03-04"));
    assert_non_null(test_event_on(c, "board_call", "2025-03-11"));
    assert_non_null(test_event_on(c, "protest", "2025-03-02"));
    assert_non_null(test_event_on(c, "protest", "2025-03-16"));
    chr_corpus_free(c);
    c = test_run("Management and the pilots' union held talks on May 6 and May 13 without a deal. Riverly Air bought "
                 "a 4% stake in Tessaro between April 28 and May 2. On Friday, the same day the talks broke down, the "
                 "union staged a rally.",
                 "2025-05-20");
    assert_non_null(test_event_on(c, "board_call", "2025-05-06"));
    assert_non_null(test_event_on(c, "board_call", "2025-05-13"));
    assert_int_equal(test_count_events(c, "deal"), 1);
    assert_null(test_event_on(c, "deal", "2025-05-02"));
    assert_int_equal(test_count_events(c, "protest"), 1);
    chr_corpus_free(c);
}

/* English: a time inside a relative clause on the subject dates neither
 * the main verb nor, by context, what follows; "The day after that," is
 * the next day; a shutdown ordered, a buyer's contracts ended, one person
 * arrested by trade or picked up by police, a bankruptcy petition and a
 * permit suspended are events; a sentence that opens with a day keeps it
 * over a coarser time after the verb. */
/* Session 45, from blind batches 430-437 (first run): a rally told in the
 * passive or by its crowd, a quoted boycott, a sentencing demand, a
 * director's duties suspended, a stop-work order, a detention approved, a
 * crowd with an aside, a collective hiatus; a time of what the object names
 * dates no verb; "the 4,000-tonne" is no day; a start with its length is the
 * event's day, which "이튿날" counts from */
static int has_party(const chr_corpus *c, const chr_event *e, const char *form);

/* A time after an apposition on the verb's object is the verb's: the
 * clause goes on past the second comma. */
static void a_time_past_an_object_apposition_dates_the_verb(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Halden Foods named Seo Ji-won, a former logistics executive, chief operating officer on "
                             "Tuesday. Border police detained Marek Olin, the founder of the broker Tallow Markets, at a "
                             "ferry terminal on Friday.",
                             "2026-06-12");
    assert_non_null(test_event_on(c, "appointment", "2026-06-09"));
    assert_non_null(test_event_on(c, "investigation", "2026-06-12"));
    chr_corpus_free(c);
}

/* A strike ballot held is a protest of its day; a strike called ahead is
 * another, planned for its own day. */
static void a_strike_ballot_held_is_a_protest(void **state)
{
    (void)state;
    chr_corpus *c = test_run("가온철강 노조는 어제 쟁의행위 찬반투표를 벌여 찬성 88%로 가결했다. 노조는 오는 "
                             "15일 총파업에 들어가겠다고 밝혔다.",
                             "2026-09-03");
    const chr_event *vote = test_event_on(c, "protest", "2026-09-02");
    assert_non_null(vote);
    assert_int_equal(vote->modality, CHR_MOD_ASSERTED);
    const chr_event *strike = test_event_on(c, "protest", "2026-09-15");
    assert_non_null(strike);
    assert_int_equal(strike->modality, CHR_MOD_PLANNED);
    chr_corpus_free(c);
}

/* "N년 만에" counts years since an earlier event: a day the sentence told
 * before it is the verb's own; a shorter length still counts from it. */
static void a_day_told_first_outweighs_years_since(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한결유통은 지난 8일 주총을 열었다. 이튿날에는 창업주 문태오 회장이 명예회장으로 "
                             "추대되며 9년 만에 회사로 돌아왔다.",
                             "2026-05-12");
    assert_non_null(test_event_on(c, "return", "2026-05-09"));
    chr_corpus_free(c);
    c = test_run("서하준 대표는 지난 4일 기자회견에서 사퇴 요구를 일축했지만, 닷새 만에 물러났다.", "2026-05-12");
    assert_non_null(test_event_on(c, "resignation", "2026-05-09"));
    chr_corpus_free(c);
}

/* Korean cues told in one word or by their settling: a removal from the
 * post ("직위해제했다"), a pact settled ("임금 협정을 타결했다"), a special
 * check begun ("특별점검에 착수했다"). */
static void korean_removal_pact_and_special_check(void **state)
{
    (void)state;
    chr_corpus *c = test_run("미루화학은 지난 3일 안전관리 책임자인 오진석 상무를 직위해제했다. 노사는 어제 "
                             "기본급 4% 인상을 담은 임금 협정을 타결했다. 환경부는 오늘 미루화학 울산공장에 "
                             "대한 특별점검에 착수했다.",
                             "2026-07-10");
    assert_non_null(test_event_on(c, "ouster", "2026-07-03"));
    assert_non_null(test_event_on(c, "agreement", "2026-07-09"));
    assert_non_null(test_event_on(c, "investigation", "2026-07-10"));
    chr_corpus_free(c);
}

/* An appointment told without a day takes the day its holder is to take
 * office, told in the same sentence; a day told apart stays the
 * appointment's. */
static void taking_office_dates_an_undated_appointment(void **state)
{
    (void)state;
    chr_corpus *c = test_run("차기 대표에는 하윤서 부사장이 내정됐고, 다음 달 1일 취임할 예정이다.", "2026-07-10");
    assert_non_null(test_event_on(c, "appointment", "2026-08-01"));
    chr_corpus_free(c);
    c = test_run("이사회는 어제 하윤서 부사장을 새 대표로 선임했다. 하 대표는 다음 달 1일 취임한다.", "2026-07-10");
    assert_non_null(test_event_on(c, "appointment", "2026-07-09"));
    chr_corpus_free(c);
}

/* "The same day" set off after an event a length dates is that event's
 * day, not the story's last: "named acting chief eight days before the
 * signing, the same day the board voted to remove Min". */
static void the_same_day_after_an_event_dated_by_a_length(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Mirobada Shipping signed a charter with Vastmoor Energy on Tuesday. \"We are not "
                             "the company we were three weeks ago.\" Ra Su-hyun was named acting chief eight days "
                             "before the signing, the same day the board voted to remove Min Tae-kyung.",
                             "2026-04-29");
    assert_non_null(test_event_on(c, "deal", "2026-04-28"));
    assert_non_null(test_event_on(c, "appointment", "2026-04-20"));
    assert_non_null(test_event_on(c, "ouster", "2026-04-20"));
    chr_corpus_free(c);
}

/* A length before a noun that names an event told earlier ("three weeks
 * before the shareholders' meeting") counts back from that event. */
static void a_length_before_a_named_occasion(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Last Thursday, shareholders of Dolkkot Games voted Tak back onto the board at an "
                             "extraordinary general meeting. The Japan deal with Hoshikawa Interactive was signed "
                             "three weeks before the shareholders' meeting.",
                             "2026-06-02");
    assert_non_null(test_event_on(c, "board_change", "2026-05-28"));
    assert_non_null(test_event_on(c, "deal", "2026-05-07"));
    chr_corpus_free(c);
}

/* Two events of one type, one counted from the other by a length, stay
 * two: the one counted from by a verb ("16 days after the ministry
 * launched its probe"), and the one counted back from its sentence's day
 * ("ordered a recall on March 17, six days after it opened an inspection"),
 * which is neither the event told before the length nor one months off. */
static void events_a_length_apart_stay_apart(void **state)
{
    (void)state;
    chr_corpus *c = test_run("The Ministry of Trade opened an investigation into Gaonjin Vacuum on Feb. 10. "
                             "Prosecutors raided the company's headquarters 16 days after the ministry launched "
                             "its probe.",
                             "2026-03-06");
    assert_non_null(test_event_on(c, "investigation", "2026-02-10"));
    assert_non_null(test_event_on(c, "investigation", "2026-02-26"));
    chr_corpus_free(c);
    c = test_run("The ministry ordered Haemuri to recall three products on March 17, six days after it "
                 "opened an inspection of the plant.",
                 "2026-04-15");
    assert_non_null(test_event_on(c, "investigation", "2026-03-17"));
    assert_non_null(test_event_on(c, "investigation", "2026-03-11"));
    chr_corpus_free(c);
    c = test_run("Cheongram Valve Tech asked a court on Friday to stop Korea Nuclear Operating Corp from "
                 "cancelling a supply contract, a day after the utility's board voted to tear up the deal. The "
                 "contract, signed in 2019, covers valves Cheongram Valve Tech supplies to Korea Nuclear "
                 "Operating Corp.",
                 "2025-11-22");
    assert_non_null(test_event_on(c, "deal", "2019"));
    assert_non_null(test_event_on(c, "deal", "2025-11-20"));
    chr_corpus_free(c);
}

/* Rule forms from the blind batches 469-480: a raid told by who made it
 * ("competition officials raided your partner"), shops shut in protest, a
 * board left by "stepping off" it; in Korean, a re-election by its count of
 * terms ("3선에 성공했다") and two posts laid down at once ("대표이사와 이사회
 * 의장직을 모두 내려놓겠다"), a resignation, not a board change. */
static void raids_shutdowns_reelections_and_two_posts(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Competition officials raided Pulbit Dairy on March 11. On April 15, about 1,800 "
                             "merchants of Otgil shut their storefronts for 48 hours in protest. Tak Sung-min "
                             "stepped off the board of Dolkkot Games in March 2024.",
                             "2026-05-14");
    assert_non_null(test_event_on(c, "investigation", "2026-03-11"));
    assert_non_null(test_event_on(c, "protest", "2026-04-15"));
    assert_non_null(test_event_on(c, "board_change", "2024-03"));
    chr_corpus_free(c);
    c = test_run("구태원 풀빛낙농협동조합 조합장이 지난 27일 3선에 성공했다. 윤태석 회장은 어제 대표이사와 이사회 "
                 "의장직을 모두 내려놓겠다고 밝혔다.",
                 "2026-03-30");
    const chr_event *reelected = test_event_on(c, "appointment", "2026-03-27");
    assert_non_null(reelected);
    assert_non_null(test_event_on(c, "resignation", "2026-03-29"));
    assert_int_equal(test_count_events(c, "board_change"), 0);
    chr_corpus_free(c);
}

/* More forms from batches 481-484: a question's "You" opening it is the
 * person interviewed; a pact told signed in the passive is an agreement;
 * in Korean, a removal from duties told with "하고" is an ouster (not when
 * a leave follows: "배제하고 휴직 처리했다"), and an earnings call is a
 * statement dated by its day, not by the quarter its accounts close. */
static void interview_you_pacts_removals_and_calls(void **state)
{
    (void)state;
    chr_corpus *c = test_run("PENSIONS WEEKLY\n\nBy Tom Ellery\nJuly 8, 2026\n\nMiriam Achterberg stepped down "
                             "last month as chief investment officer of the Westmark Teachers' Retirement Fund. "
                             "She spoke to Pensions Weekly about the fight.\n\nQ: You joined the fund in 2019. "
                             "Was this the biggest fight?\n\nA: By far. On June 16 the pact with Holloway Brands "
                             "was signed.\n",
                             "2026-07-08");
    const chr_event *joined = test_event_on(c, "appointment", "2019");
    assert_non_null(joined);
    const chr_entity *who = test_entity(c, "Miriam Achterberg");
    assert_non_null(who);
    int has_subject = 0;
    for (size_t i = 0; i < joined->participants.len; i++)
        if (joined->participants.items[i].entity == (long)(who - c->entities.items)) has_subject = 1;
    assert_true(has_subject);
    assert_non_null(test_entity(c, "Westmark Teachers' Retirement Fund"));
    assert_non_null(test_event_on(c, "agreement", "2026-06-16"));
    chr_corpus_free(c);
    c = test_run("코로데일은 지난 9일 그레이엄 파울러 부사장을 직무에서 배제하고 외부 감사를 맡겼다. 에이미 브래닝 "
                 "CEO는 전날 3분기 실적 발표 직후 열린 콘퍼런스콜에서 \"신뢰를 되찾겠다\"고 밝혔다.",
                 "2026-02-26");
    assert_non_null(test_event_on(c, "ouster", "2026-02-09"));
    assert_non_null(test_event_on(c, "statement", "2026-02-25"));
    chr_corpus_free(c);
    c = test_run("회사는 3일 박재훈 최고과학책임자를 직무에서 배제하고 휴직 처리했다.", "2025-03-20");
    assert_int_equal(test_count_events(c, "ouster"), 0);
    chr_corpus_free(c);
    /* a noun's light verb before "뒤" keeps its clause's time: the memorandum
     * is signed on the 22nd, not only the due diligence begun after it */
    c = test_run("양측은 지난달 22일 양해각서를 체결한 뒤 3주 가까이 실사를 벌여 왔습니다.", "2026-06-10");
    assert_non_null(test_event_on(c, "agreement", "2026-05-22"));
    chr_corpus_free(c);
}

/* A length after a noun no event is told by ("수입 금지 일주일 뒤") counts
 * from the day of the sentence before that holds the noun, not from the
 * event told last; a noun an event was told by ("검사 착수 이틀 뒤") and a
 * word with its particle ("한결은 이틀 뒤") are left to the event rules. */
static void a_length_after_a_noun_no_event_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("홍콩 당국은 4월 14일 포근 분유의 수입을 전면 금지했습니다. 이튿날 포근유업은 윤재희 전무를 "
                             "직무에서 배제했습니다. 윤 전무는 지난달 20일 해임됐습니다.\n\n수입 금지 일주일 뒤 "
                             "학부모 312명이 서울중앙지방법원에 손해배상 집단소송을 냈습니다.",
                             "2026-06-10");
    assert_non_null(test_event_on(c, "lawsuit", "2026-04-21"));
    assert_non_null(test_event_on(c, "ouster", "2026-05-20"));
    chr_corpus_free(c);
    c = test_run("금감원은 지난 15일 별무리은행에 대한 현장검사에 들어갔다. 은행은 금감원 검사 착수 이틀 뒤 도 "
                 "차장을 서울남부지검에 고소했다.",
                 "2025-01-22");
    assert_non_null(test_event_on(c, "lawsuit", "2025-01-17"));
    chr_corpus_free(c);
}

/* A takeover told in Korean by its steps: a tender offer closed ("공개매수를
 * 마감해"), directors elected by number ("사내이사 1명과 사외이사 3명 선임
 * 안건이 통과됐다"); a demand in the imperative ("물러나라") tells no
 * resignation, and fans' protest trucks are a protest. */
static void a_takeovers_steps_and_a_demand_in_korean(void **state)
{
    (void)state;
    chr_corpus *c = test_run("보람캐피탈은 지난 13일 공개매수를 마감해 지분 41%를 확보했다. 오늘 열린 임시 "
                             "주총에서 보람 측이 추천한 사내이사 1명과 사외이사 3명 선임 안건이 모두 통과됐다. "
                             "본사 앞에서는 오늘 \"최영진 회장은 물러나라\"는 문구를 띄운 트럭 시위가 이어졌다.",
                             "2026-03-26");
    assert_non_null(test_event_on(c, "deal", "2026-03-13"));
    assert_non_null(test_event_on(c, "board_change", "2026-03-26"));
    assert_non_null(test_event_on(c, "protest", "2026-03-26"));
    const chr_event *resignation = test_event(c, "resignation");
    assert_true(resignation == NULL || resignation->modality == CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
}

/* A bid unveiled is a deal: "unveiled its own bid of 42,000 won". */
static void a_bid_unveiled_is_a_deal(void **state)
{
    (void)state;
    chr_corpus *c = test_run("On Monday, Halvorsen Partners unveiled its own bid of 42,000 won per share for "
                             "Daerim Foods.",
                             "2026-02-12");
    assert_non_null(test_event_on(c, "deal", "2026-02-09"));
    chr_corpus_free(c);
}

/* English events told by a relative clause or past a title: "the
 * platform he started in 2017", "an inquiry that the ministry opened on
 * Feb. 12", "The Vantry deal for \"Moonwell\" closed", and a plan to
 * "confirm her as chief executive" on a day. */
static void english_events_past_relatives_and_titles(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Kim Ha-jin returned to Pebbleroad, the video platform she started in 2017. The "
                             "settlement closes an inquiry that the ministry opened on Feb. 12. The Corvan "
                             "Pictures deal for \"Lanternfall\" closed on March 27. Shareholders will be asked "
                             "to confirm her as chief executive at a meeting on April 28.",
                             "2026-04-20");
    assert_non_null(test_event_on(c, "founding", "2017"));
    assert_non_null(test_event_on(c, "investigation", "2026-02-12"));
    assert_non_null(test_event_on(c, "deal", "2026-03-27"));
    assert_non_null(test_event_on(c, "appointment", "2026-04-28"));
    chr_corpus_free(c);
}

/* What reports said is a clause of its own: its "could" leaves the verb
 * before it told as fact, so a length after it counts from that verb. */
static void a_doubt_in_what_reports_said_is_not_the_verbs(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Ainsworth Trucks recalled the vans on Sept. 9 after reports that a brake pump could "
                             "fail. The National Highway Traffic Safety Administration opened an investigation two "
                             "weeks later.",
                             "2026-10-20");
    const chr_event *recall = test_event_on(c, "product", "2026-09-09");
    assert_non_null(recall);
    assert_int_equal(recall->modality, CHR_MOD_ASSERTED);
    assert_non_null(test_event_on(c, "investigation", "2026-09-23"));
    chr_corpus_free(c);
    c = test_run("Shares of Norvel Corp. fell amid reports that the board could fire Kim Ha-eun.", "2026-10-20");
    const chr_event *fire = test_event(c, "ouster");
    assert_non_null(fire);
    assert_int_equal(fire->modality, CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
}

/* A stage option outside 1-9 stops the rule file with its name and line;
 * one inside loads. */
static void a_bad_stage_option_names_the_line(void **state)
{
    (void)state;
    const char *bad[] = {"stage=0", "stage=10", "stage=x", "stage=", "stages=2"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char text[128];
        snprintf(text, sizeof text, "event\tlawsuit\t(?<trigger>appealed)\t%s\n", bad[i]);
        chr_error err;
        chr_error_clear(&err);
        chr_rules *rules = chr_rules_load_text("bad.rules", "en", text, strlen(text), &err);
        chr_event_extractor *ex = rules ? chr_event_new(rules, &err) : NULL;
        if (ex) fail_msg("'%s' loaded", bad[i]);
        assert_int_equal(err.code, CHR_ERR_RULES);
        assert_string_equal(err.file, "bad.rules");
        assert_int_equal(err.line, 1);
        chr_rules_free(rules);
    }
    const char *good = "event\tlawsuit\t(?<trigger>appealed)\tstage=3\n";
    chr_error err;
    chr_error_clear(&err);
    chr_rules *rules = chr_rules_load_text("good.rules", "en", good, strlen(good), &err);
    assert_non_null(rules);
    chr_event_extractor *ex = chr_event_new(rules, &err);
    assert_non_null(ex);
    chr_event_free(ex);
    chr_rules_free(rules);
}

/* Korean cues of batches 485 to 504: a plan after the article does not
 * join what was told done with no day; "회사를 세운 사람" names a founder,
 * no founding; a recall named right before a length is counted from; an
 * unfair-dismissal suit is no dismissal. */
static void plans_founders_recalls_and_unfair_dismissal_suits(void **state)
{
    (void)state;
    chr_corpus *c = test_run("라이더들의 반발도 여전합니다. 배달라이더연대는 \"대표 얼굴만 바뀌었다\"라며 오는 28일 집회를 "
                             "열겠다고 예고했습니다. 정 의장은 \"회사를 세운 사람이 모든 결정을 쥐고 있다\"고 밝혔다.",
                             "2026-03-23");
    const chr_event *rally = test_event_on(c, "protest", "2026-03-28");
    assert_non_null(rally);
    assert_int_equal(rally->modality, CHR_MOD_PLANNED);
    assert_null(test_event(c, "founding"));
    chr_corpus_free(c);

    c = test_run("CPSC가 1월 조사에 착수했고, 회사는 2월 12일 약 41만 개 제품에 대한 리콜을 발표했다. 리콜 여드레 "
                 "뒤에는 생산을 총괄하던 마커스 틸러리 COO가 해고됐다. 틸러리는 해고 24일 만에 회사를 상대로 "
                 "부당해고 소송을 냈다.",
                 "2026-04-02");
    assert_non_null(test_event_on(c, "ouster", "2026-02-20"));
    assert_int_equal(test_count_events(c, "ouster"), 1);
    assert_non_null(test_event_on(c, "lawsuit", "2026-03-16"));
    chr_corpus_free(c);
}

/* English cues of batches 497 to 504: an examination opened, a retired
 * partner, the return of money sought, and the same meeting after a
 * noun the lead only names. */
static void examinations_retired_partners_and_the_same_meeting(void **state)
{
    (void)state;
    chr_corpus *c = test_run("A retired audit partner, Venn chairs the bank. The FDIC opened a joint special "
                             "examination on April 14. In March, franchise owners filed a lawsuit seeking the "
                             "return of what they call excess margins.",
                             "2026-06-17");
    assert_null(test_event(c, "resignation"));
    assert_null(test_event(c, "return"));
    assert_non_null(test_event_on(c, "investigation", "2026-04-14"));
    chr_corpus_free(c);

    c = test_run("Mildaon F&B named Seo Ji-hwan as chief executive on Tuesday, as the company battles a "
                 "competition probe. Seo Bong-gu stepped down as CEO at the same board meeting. The regulator "
                 "raided Mildaon's headquarters last month.",
                 "2026-05-14");
    assert_non_null(test_event_on(c, "resignation", "2026-05-12"));
    chr_corpus_free(c);
}

/* "the same day X was removed" is the day of that event, not the story's
 * last day; an election won is an appointment dated past the winner's
 * appositive; a wire dateline with a two-word country is no event's day;
 * a letter to members is a statement. */
static void same_day_clauses_election_wins_and_datelines(void **state)
{
    (void)state;
    chr_corpus *c = test_run("The Dunsan store was emptied on April 11. Daejeon city officials sealed the building the "
                             "following day. The suit names its former president, Namgung Hyeok, who was dismissed by "
                             "the board on April 20. Byeon Tae-o was named acting president the same day Namgung was "
                             "removed.",
                             "2026-04-28");
    const chr_event *named = test_event(c, "appointment");
    assert_non_null(named);
    assert_string_equal(named->value, "2026-04-20");
    assert_non_null(test_event_on(c, "ouster", "2026-04-20"));
    chr_corpus_free(c);
    /* (a reporting verb's "the same day" and one set off after a day keep
     * their day) */
    c = test_run("Osterlund named a new chief executive on June 3. The regulator said the same day it was looking "
                 "into trading in the shares. Oh Se-ran stepped down last Thursday, the same day Daonbit signed a "
                 "settlement with the franchisees.",
                 "2025-11-25");
    assert_non_null(test_event_on(c, "investigation", "2025-06-03"));
    assert_non_null(test_event_on(c, "resignation", "2025-11-20"));
    chr_corpus_free(c);

    c = test_run("Oh Mi-ran runs a dairy farm. She defeated the incumbent, Byun Chang-soo, in a rerun election last "
                 "Tuesday. On May 1 she wrote to every member household. Kang Min-ho won a third term as chairman in "
                 "March. The fund won the vote on the merger.",
                 "2026-05-06");
    const chr_event *won = test_event_on(c, "appointment", "2026-04-28");
    assert_non_null(won);
    assert_true(has_party(c, won, "Oh Mi-ran"));
    assert_false(has_party(c, won, "Byun Chang-soo"));
    assert_non_null(test_event_on(c, "statement", "2026-05-01"));
    assert_non_null(test_event_on(c, "appointment", "2026-03"));
    assert_int_equal(test_count_events(c, "appointment"), 2);
    chr_corpus_free(c);

    c = test_run("DAEJEON, South Korea, April 28 (Hanbridge Wire) - More than 100 tenants have sued Seolmae "
                 "Department Store, their lawyers said on Tuesday.\n\nThe suit, filed with the Daejeon District "
                 "Court on Monday, seeks damages.",
                 "2026-04-28");
    assert_non_null(test_event_on(c, "lawsuit", "2026-04-27"));
    assert_null(test_event_on(c, "lawsuit", "2026-04-28"));
    chr_corpus_free(c);
}

/* A time before a verb's adnominal ending and the bound noun 것 dates the
 * noun ("시작된 것으로 알려졌다"); a closing told of the deal itself is
 * planned; a civic alliance is not the article's company. (A closing to
 * come still joins a signing told before it: a back reference; keeping
 * the two apart in the resolver moved 89 blind articles for a net 0.0005.) */
static void reported_starts_planned_closings_and_alliances(void **state)
{
    (void)state;
    chr_corpus *c = test_run("두 회사의 협상은 지난 3월 초 시작된 것으로 알려졌습니다. 오브렐 그룹은 14일 모아람화장품을 "
                             "인수하는 계약을 체결했다고 밝혔다. 케이지프리연대는 같은 날 성명을 내고 반발했다. "
                             "케이지프리연대는 오는 18일 항의 집회를 열 계획이다. 케이지프리연대는 불매운동을 이어 간다. "
                             "인수가 마무리되기까지 넘어야 할 산도 남아 있습니다. 거래는 9월 말 마무리될 예정이다.",
                             "2026-04-15");
    assert_non_null(test_event_on(c, "board_call", "2026-03"));
    assert_non_null(test_event_on(c, "deal", "2026-04-14"));
    const chr_event *rally = test_event_on(c, "protest", "2026-04-18");
    assert_non_null(rally);
    assert_true(has_party(c, rally, "케이지프리연대"));
    chr_corpus_free(c);
    c = test_run("인수가 마무리되기까지 넘어야 할 산도 남아 있다. 거래는 9월 말 마무리될 예정이다.", "2026-04-15");
    const chr_event *closing = test_event_on(c, "deal", "2026-09");
    assert_non_null(closing);
    assert_int_equal(closing->modality, CHR_MOD_PLANNED);
    chr_corpus_free(c);
}

/* Session 52: a press release put out is a statement, not one that only
 * tells the news just told; a plan announced counts the days to a later
 * event; a cleft past "하고"; shares sold by a pledge's lender are a deal;
 * "노동조합의" holds no agreement. */
static void press_releases_announced_plans_and_forced_sales(void **state)
{
    (void)state;
    chr_corpus *c = test_run("솔방울북스는 지난 10일 보도자료를 내고 \"독자적으로 개발한 작품\"이라며 의혹을 부인했다.", "2026-02-20");
    assert_non_null(test_event_on(c, "statement", "2026-02-10"));
    chr_corpus_free(c);
    c = test_run("제니스 마이크로는 7일 보도자료를 내고 이같이 밝혔다.", "2026-05-08");
    assert_int_equal(test_count_events(c, "statement"), 0);
    chr_corpus_free(c);
    c = test_run("노조원 200여 명은 이달 12일부터 공장을 점거한 채 농성을 벌이고 있습니다. "
                 "회사가 420명을 정리해고하겠다고 발표한 지 이틀 만에 시작된 농성입니다. "
                 "지분 18%를 채권자인 누리베스트증권이 어제 반대매매로 처분했습니다.",
                 "2026-02-25");
    assert_non_null(test_event_on(c, "ouster", "2026-02-10"));
    assert_non_null(test_event_on(c, "deal", "2026-02-24"));
    chr_corpus_free(c);
    c = test_run("소리매코스텍 노동조합이 로비를 점거하고 농성에 들어간 건 그제 오후입니다. "
                 "공장에서는 정리해고에 반발한 노동조합의 점거 농성이 이어지고 있습니다.",
                 "2026-03-12");
    assert_non_null(test_event_on(c, "protest", "2026-03-10TAF"));
    assert_int_equal(test_count_events(c, "agreement"), 0);
    chr_corpus_free(c);
}

/* Session 52: "will release" and "plans to roll out" are products to come,
 * not a contract's purpose ("a contract ... to roll out software"); a
 * vehicle returning to the road is no return; a court-led rehabilitation
 * filed is a lawsuit. */
static void releases_rollouts_road_returns_and_court_rehabilitation(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Nurian will also release a personal accident policy for scooter users next month. "
                             "Hwirik plans to roll out a new scooter model in June. Every vehicle will be inspected "
                             "before it returns to the road. Hwirik signed a contract with Bastion Security to roll "
                             "out software across its plants.",
                             "2026-03-19");
    const chr_event *policy = test_event_on(c, "product", "2026-04");
    assert_non_null(policy);
    assert_int_equal(policy->modality, CHR_MOD_PLANNED);
    assert_non_null(test_event_on(c, "product", "2026-06"));
    assert_int_equal(test_count_events(c, "product"), 2);
    assert_int_equal(test_count_events(c, "return"), 0);
    chr_corpus_free(c);
    c = test_run("Daon Lens filed for court-led rehabilitation on Tuesday.", "2026-03-04");
    assert_non_null(test_event_on(c, "lawsuit", "2026-03-03"));
    chr_corpus_free(c);
}

/* Session 52: a description opening the sentence stands for the person
 * told before ("The former record-label executive, who …, was named");
 * an acting post made permanent is an appointment; "the day after NAME
 * quit" dates the quitting a day before. */
static void descriptions_as_subjects_and_posts_made_permanent(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Bae Su-hyun has had an unusual first month. The former record-label executive, who "
                             "joined Lyrawave in 2023 to run content, was named acting head of Lyrawave Korea on "
                             "February 20, the day after Kwon Tae-oh quit. On March 16 the company made the "
                             "appointment permanent.",
                             "2026-03-27");
    const chr_event *named = test_event_on(c, "appointment", "2026-02-20");
    assert_non_null(named);
    assert_true(has_party(c, named, "Bae Su-hyun"));
    assert_non_null(test_event_on(c, "appointment", "2026-03-16"));
    assert_non_null(test_event_on(c, "resignation", "2026-02-19"));
    chr_corpus_free(c);
}

/* Session 52: a letter told with a word between ("보낸 사내 메일에서") is a
 * statement; a broadcast's "<전화 인터뷰>" label is none. */
static void staff_mails_and_phone_interview_labels(void **state)
{
    (void)state;
    chr_corpus *c = test_run("권태오 대표는 18일 전 직원에게 보낸 사내 메일에서 \"책임을 통감한다\"고 적었다.", "2026-02-20");
    assert_non_null(test_event_on(c, "statement", "2026-02-18"));
    chr_corpus_free(c);
    c = test_run("<전화 인터뷰> 석천중기 관계자\n\"다음 주 중에 교섭을 재개하자고 제안했습니다.\"", "2026-03-18");
    assert_int_equal(test_count_events(c, "statement"), 0);
    chr_corpus_free(c);
}

/* Session 53: "That was May 2023." dates what the sentence before told; a
 * company being sued is a lawsuit; a share of a company sold is a deal;
 * "the same evening" after a date ahead is the story's past day, while "that
 * day" may still be the plan's. */
static void told_then_dated_suits_shares_and_same_evenings(void **state)
{
    (void)state;
    chr_corpus *c = test_run("When they reformulated the essence, I resigned from the board. That was May 2023.", "2026-04-08");
    assert_non_null(test_event_on(c, "board_change", "2023-05"));
    chr_corpus_free(c);
    c = test_run("Your former sales chief, Yoon Tae-kyung, is suing the company. Han Seo-jin started Ondalle in 2009. "
                 "Twelve years later she sold 70% of the company to Greyharbor Capital.",
                 "2026-04-08");
    assert_int_equal(test_count_events(c, "lawsuit"), 1);
    const chr_event *sale = test_event_on(c, "deal", "2021");
    assert_non_null(sale);
    assert_true(has_party(c, sale, "Greyharbor Capital"));
    chr_corpus_free(c);
    c = test_run("Kwon walked out of the court on Thursday afternoon. Shareholders are scheduled to vote at the annual "
                 "meeting on March 26. The regulator said in a statement the same evening that it respects the decision.",
                 "2026-01-23");
    assert_non_null(test_event_on(c, "statement", "2026-01-22TEV"));
    chr_corpus_free(c);
    c = test_run("Workers walked out on Monday. They will strike again on Sept. 25. The union has called a rally "
                 "outside the site for that day.",
                 "2027-09-22");
    assert_non_null(test_event_on(c, "protest", "2027-09-25"));
    chr_corpus_free(c);
}

/* Session 53: in an interview told without "Q:"/"A:" labels (three or
 * more questions to "you"), "you" of a question and "I" of an answer are
 * the person interviewed, but not through "your predecessor"; a court
 * setting aside a sanction is a lawsuit's ruling; a tax return filed is no
 * return; mis-selling is no product launch, investment experience no deal. */
static void unlabelled_interviews_rulings_and_returns_filed(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Eight months after his father died, Jin Seo-jun is in charge of Maehwa Life. We met Jin at "
                             "the headquarters on Tuesday.\n\n"
                             "You were named chairman in October. Was that too fast?\n\nNo. Policyholders needed to "
                             "know who was accountable.\n\n"
                             "Your chief executive left soon after his predecessor was fired. Was that your decision?\n\n"
                             "No. We filed the return on March 30 and paid in installments.\n\n"
                             "What did the audit find, in your view?\n\nMost of it relates to land.",
                             "2026-05-28");
    const chr_event *named = test_event_on(c, "appointment", "2025-10");
    assert_non_null(named);
    assert_true(has_party(c, named, "Jin Seo-jun"));
    assert_int_equal(test_count_events(c, "return"), 0);
    chr_corpus_free(c);
    /* two questions to "you" make no interview: "you" names no one */
    c = test_run("Jin Seo-jun is in charge of Maehwa Life.\n\nYou were named chairman in October. Was that too fast?"
                 "\n\nNo.\n\nWhat did the audit find, in your view?\n\nMost of it relates to land.",
                 "2026-05-28");
    named = test_event_on(c, "appointment", "2025-10");
    assert_non_null(named);
    assert_false(has_party(c, named, "Jin Seo-jun"));
    chr_corpus_free(c);
    c = test_run("When Kwon walked out of the court on Thursday afternoon, he did not stop. An hour earlier, the "
                 "court's 12th Administrative Division had cancelled the reprimand warning that the Financial "
                 "Supervisory Service imposed on him.",
                 "2026-01-23");
    assert_non_null(test_event_on(c, "lawsuit", "2026-01-22"));
    chr_corpus_free(c);
    c = test_run("DLF 불완전판매로 물의를 빚은 명성은행이 오늘 이사회를 열었다. 분조위는 고객의 나이와 투자 경험에 따라 "
                 "차등 배상하라고 권고했다.",
                 "2025-06-12");
    assert_int_equal(test_count_events(c, "product"), 0);
    assert_int_equal(test_count_events(c, "deal"), 0);
    chr_corpus_free(c);
}

/* Session 53: a time before a relative clause of what happened ("지난 8월
 * 불이 난 컨테이너선") is that clause's, not the main verb's; a
 * "family-founded" group is no founding; an inspection launched is no
 * product; tools downed are a strike; a venture that "gets incorporated"
 * is founded; "brings back minimum guarantees" is no return. */
static void fires_told_before_ousters_and_tools_downed(void **state)
{
    (void)state;
    chr_corpus *c = test_run("지난 8월 인도양에서 불이 난 컨테이너선의 선사, 진파해운의 대표이사가 전격 해임됐습니다.", "2025-12-04");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    assert_null(test_event_on(c, "ouster", "2025-08"));
    chr_corpus_free(c);
    c = test_run("The head of Sanbit Medical Foundation, a family-founded hospital group, resigned on Thursday. The "
                 "ministry said on Dec. 18 that a two-week inspection launched on Nov. 3 had found breaches.",
                 "2026-01-08");
    assert_int_equal(test_count_events(c, "founding"), 0);
    assert_int_equal(test_count_events(c, "product"), 0);
    chr_corpus_free(c);
    c = test_run("More than 140 artists had downed tools for seven weeks last autumn. But the deal brings back minimum "
                 "guarantees. The joint venture, MaruComi, gets incorporated next month.",
                 "2026-02-12");
    assert_non_null(test_event_on(c, "protest", "2025-FA"));
    assert_int_equal(test_count_events(c, "return"), 0);
    assert_non_null(test_event_on(c, "founding", "2026-03"));
    chr_corpus_free(c);
    /* a time of a reduced relative clause on the subject is the clause's */
    c = test_run("The widow of a subcontract worker killed at the Tongyeong shipyard last month have sued the "
                 "shipbuilder.",
                 "2026-03-20");
    assert_int_equal(test_count_events(c, "lawsuit"), 1);
    assert_null(test_event_on(c, "lawsuit", "2026-02"));
    chr_corpus_free(c);
}

/* Session 53: "took the chairman's office" is an appointment; a court
 * freezing a sanction rules on a suit, and a trial's first hearing set is
 * one; "현장 점검에 나설 계획" is a planned inspection and "노사는 … 다시
 * 마주 앉을 예정" planned talks; "합류한 이튿날" counts from the joining. */
static void offices_frozen_sanctions_and_days_after_a_verb(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Do Yun-sam founded Wolhyang in 1979; his son, Do Sang-hoon, took the chairman's office in "
                             "2004. The Seoul Administrative Court froze the suspension at the end of October pending "
                             "a full trial, whose first hearing is set for Feb. 12.",
                             "2026-01-19");
    const chr_event *chair = test_event_on(c, "appointment", "2004");
    assert_non_null(chair);
    assert_true(has_party(c, chair, "Do Sang-hoon"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-10"));
    assert_non_null(test_event_on(c, "lawsuit", "2026-02-12"));
    chr_corpus_free(c);
    c = test_run("국토부는 이번 주 안에 현장 점검에 나설 계획입니다. 노사는 모레 중노위의 사후조정으로 다시 마주 앉을 "
                 "예정입니다.",
                 "2026-02-16");
    assert_non_null(test_event_on(c, "investigation", "2026-W08"));
    assert_non_null(test_event_on(c, "board_call", "2026-02-18"));
    chr_corpus_free(c);
    c = test_run("서 CSO는 지난해 11월 17일 외부에서 영입됐다. 안전원은 지난달 20일 중간 결과를 발표했다. 제가 합류한 "
                 "이튿날 라오닉스셀과 공급 계약을 맺었습니다.",
                 "2026-02-10");
    assert_non_null(test_event_on(c, "deal", "2025-11-18"));
    chr_corpus_free(c);
    /* "계약 당일인 15일 밤" is dated by the day it names, not by a planned
     * closing the contract's noun joined */
    c = test_run("거래는 다음 달 말 마무리될 예정이다. 노조는 계약 당일인 15일 밤 성명을 냈다.", "2025-09-16");
    assert_non_null(test_event_on(c, "statement", "2025-09-15TNI"));
    chr_corpus_free(c);
    /* an acting head by the role taken; a petition handed in */
    c = test_run("김 대표는 지난 10일 사임했다. 대표 업무는 문재혁 최고운영책임자(COO)가 직무대행으로 맡게 됐습니다. "
                 "전·현직 직원 43명은 이튿날 이사회에 연명 진정서를 냈습니다.",
                 "2025-09-23");
    const chr_event *acting = test_event_on(c, "appointment", "2025-09-10");
    assert_non_null(acting);
    assert_true(has_party(c, acting, "문재혁"));
    assert_non_null(test_event_on(c, "protest", "2025-09-11"));
    chr_corpus_free(c);
    /* the interview an article tells is a statement of the person met */
    c = test_run("Bae Ha-rin, 41, spoke to ACR at the company's Pangyo office on Monday. The conversation has been "
                 "edited for length and clarity.",
                 "2026-02-12");
    const chr_event *talk = test_event_on(c, "statement", "2026-02-09");
    assert_non_null(talk);
    assert_true(has_party(c, talk, "Bae Ha-rin"));
    chr_corpus_free(c);
    c = test_run("지난 9일 경기 안산 네모아전자 본사에서 만난 서하린 안전최고책임자(CSO)는 지도를 가리키며 이렇게 말했다.",
                 "2026-02-10");
    talk = test_event_on(c, "statement", "2026-02-09");
    assert_non_null(talk);
    assert_true(has_party(c, talk, "서하린"));
    chr_corpus_free(c);
    /* a budget signed off on is no deal; a deal signed off on is one */
    c = test_run("Prosecutors allege that Seok signed off on a 2025 safety budget that cut funding for repairs. Kim "
                 "signed off on the deal in March.",
                 "2026-02-25");
    assert_int_equal(test_count_events(c, "deal"), 1);
    assert_non_null(test_event_on(c, "deal", "2025-03"));
    chr_corpus_free(c);
    /* named plaintiffs are no appointment, a competitor removed no ouster */
    c = test_run("The complaint, filed by Haedam Law on behalf of 3,140 named plaintiffs, alleges fraud. Celvia gets a "
                 "late-stage asset cheaply and removes a competitor.",
                 "2025-12-10");
    assert_int_equal(test_count_events(c, "appointment"), 0);
    assert_int_equal(test_count_events(c, "ouster"), 0);
    chr_corpus_free(c);
}

/* Session 52: a board meeting to name a chief is a planned appointment; a
 * codeshare is a deal; a report released is no product; a combination
 * completed is a deal. */
static void chiefs_to_be_named_codeshares_and_combinations(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Hwangsae Air's board will meet next week to name an interim chief. Hwangsae Air "
                             "signed a codeshare with Seto Blue Airways on Friday. In a preliminary report released "
                             "on Wednesday, the board said the crew had not called for a go-around. The two cement "
                             "makers completed the combination in June.",
                             "2026-04-24");
    const chr_event *chief = test_event_on(c, "appointment", "2026-W18");
    assert_non_null(chief);
    assert_int_equal(chief->modality, CHR_MOD_PLANNED);
    const chr_event *codeshare = test_event_on(c, "deal", "2026-04-24");
    assert_non_null(codeshare);
    assert_true(has_party(c, codeshare, "Seto Blue Airways"));
    assert_int_equal(test_count_events(c, "product"), 0);
    assert_non_null(test_event_on(c, "deal", "2025-06"));
    chr_corpus_free(c);
}

/* One person nominated to a board is a board change; "confirm X, an
 * appositive, as CEO" is an appointment. */
static void board_nominations_and_confirmations_past_an_appositive(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Kirinoha will nominate Haruka Sendai, its head of global content, to Hwaseol's board. "
                             "The meeting on May 8 is due to confirm Ye Su-min, the acting chief executive, as "
                             "permanent CEO.",
                             "2026-04-14");
    const chr_event *seat = test_event(c, "board_change");
    assert_non_null(seat);
    assert_true(has_party(c, seat, "Haruka Sendai"));
    const chr_event *confirmed = test_event(c, "appointment");
    assert_non_null(confirmed);
    assert_true(has_party(c, confirmed, "Ye Su-min"));
    assert_int_equal(confirmed->modality, CHR_MOD_PLANNED);
    chr_corpus_free(c);
}

/* A charge, its verdict and the appeal are three events (rule option
 * stage=N); a noun of a step after a length's order word is what the
 * length counts from. */
static void a_charge_a_verdict_and_an_appeal_stay_apart(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Prosecutors charged Han Do-yoon with fraud in July last year. A Seoul court acquitted "
                             "Han on June 11. Prosecutors appealed the verdict two weeks later.",
                             "2026-08-04");
    assert_int_equal(test_count_events(c, "lawsuit"), 3);
    assert_non_null(test_event_on(c, "lawsuit", "2025-07"));
    assert_non_null(test_event_on(c, "lawsuit", "2026-06-11"));
    assert_non_null(test_event_on(c, "lawsuit", "2026-06-25"));
    chr_corpus_free(c);

    c = test_run("Seoul prosecutors on Wednesday indicted Ma Do-yun, the former head of research at Hyeonseul. "
                 "Arvenne Biologics sued Hyeonseul in a U.S. court on March 24. A day after the indictment, a "
                 "group of 212 retail investors filed a securities class action against Hyeonseul.",
                 "2026-04-03");
    assert_non_null(test_event_on(c, "lawsuit", "2026-04-02"));
    assert_non_null(test_event_on(c, "lawsuit", "2026-03-24"));
    assert_null(test_event_on(c, "lawsuit", "2026-03-25"));
    chr_corpus_free(c);

    /* (not a board's metaphor, nor people convicted in general) */
    c = test_run("\"The board convicted me on a draft,\" Han told the paper on Sunday. Most executives convicted "
                 "under this law walk out with suspended sentences.",
                 "2026-03-10");
    assert_null(test_event(c, "lawsuit"));
    chr_corpus_free(c);

    c = test_run("검찰은 지난해 7월 한도윤 대표를 사기 혐의로 기소했다. 검찰은 지난 18일 항소했다.", "2026-08-04");
    assert_non_null(test_event_on(c, "lawsuit", "2026-07-18"));
    chr_corpus_free(c);
}

/* New English cues of batches 485 to 496: a briefing, a launch by
 * participle, a strike by its verb, a memorandum made firm, several
 * directors at once, "made her", "installed ... as chairman". */
static void briefings_launches_strikes_and_firm_orders(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Byeoldam Credit resumed writing new loans on Monday, launching a mid-rate credit "
                             "product with Chaeun Bank. \"We were given a second chance,\" Chief Executive Han "
                             "Do-yoon told reporters at a briefing on Tuesday. The ban required the return of its "
                             "$85 million upfront payment.",
                             "2026-08-05");
    assert_non_null(test_event_on(c, "product", "2026-08-03"));
    assert_non_null(test_event_on(c, "statement", "2026-08-04"));
    assert_null(test_event(c, "return"));
    chr_corpus_free(c);

    c = test_run("The pilots struck on May 11. Last Thursday we converted the memorandum into a firm order for "
                 "twenty Corbell jets. The meeting also elected two Seokcheon executives to Mulmaru's board.",
                 "2026-06-03");
    assert_non_null(test_event_on(c, "protest", "2026-05-11"));
    assert_non_null(test_event_on(c, "deal", "2026-05-28"));
    assert_non_null(test_event(c, "board_change"));
    assert_null(test_event(c, "appointment"));
    chr_corpus_free(c);

    c = test_run("Byun Ha-rin leads content. The board made her chief content officer yesterday. Hyeonseul, "
                 "which installed former pharmacy dean Oh Kyung-rim as chairman last week, declined to comment.",
                 "2026-04-02");
    const chr_event *made = test_event_on(c, "appointment", "2026-04-01");
    assert_non_null(made);
    assert_true(has_party(c, made, "Byun Ha-rin"));
    const chr_event *installed = test_event_on(c, "appointment", "2026-W13");
    assert_non_null(installed);
    assert_true(has_party(c, installed, "Oh Kyung-rim"));
    chr_corpus_free(c);
}

/* A day right before "a week after X resigned" dates the resignation
 * when no event holds the day; a person after "after" is no subject of
 * the verb before it. */
static void a_day_before_a_length_dates_what_came_first(void **state)
{
    (void)state;
    chr_corpus *c = test_run("The 57-year-old was picked by the yard's parent on March 10, a week after his "
                             "predecessor Do Hyun-seok resigned.",
                             "2026-03-30");
    assert_non_null(test_event_on(c, "resignation", "2026-03-03"));
    chr_corpus_free(c);

    c = test_run("The founder returned as CEO on March 10 after Gong Tae-hyun quit over a price increase.",
                 "2026-04-02");
    const chr_event *back = test_event_on(c, "return", "2026-03-10");
    assert_non_null(back);
    assert_false(has_party(c, back, "Gong Tae-hyun"));
    chr_corpus_free(c);
}

/* Someone summoned for questioning, named with an apposition between
 * the verb and its purpose, is questioned in an investigation. */
static void a_summons_past_an_apposition_is_an_investigation(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Prosecutors summoned Kim Min-jun, chief executive of Haesol Motors, for questioning on "
                             "Monday.",
                             "2026-03-10");
    const chr_event *summons = test_event_on(c, "investigation", "2026-03-09");
    assert_non_null(summons);
    assert_true(has_party(c, summons, "Kim Min-jun"));
    chr_corpus_free(c);
}

/* A settlement named with a relative clause that tells who reached it
 * with whom is an agreement, dated by the clause's time. */
static void a_settlement_reached_in_a_relative_clause_is_an_agreement(void **state)
{
    (void)state;
    chr_corpus *c = test_run("The settlement its subsidiary, Halvard America, reached with the U.S. Department of "
                             "Justice in May was approved by a federal court last month.",
                             "2026-07-08");
    const chr_event *settled = test_event_on(c, "agreement", "2026-05");
    assert_non_null(settled);
    assert_true(has_party(c, settled, "U.S. Department of Justice"));
    chr_corpus_free(c);
}

/* Whoever else a sentence telling an event names is listed with role
 * "mentioned", no party to it; a name from another sentence is not. */
static void names_beside_an_event_are_mentioned(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Dalmoro Foods named Kim Ha-eun, a former Orvane Retail executive, chief executive on "
                             "Monday. Dalmoro Foods said the board would meet in April. Shares of Pellan Mills rose.",
                             "2026-03-10");
    const chr_event *named = test_event(c, "appointment");
    assert_non_null(named);
    assert_true(has_role(c, named, "subject", "Kim Ha-eun"));
    assert_true(has_role(c, named, "mentioned", "Orvane Retail"));
    assert_false(has_party(c, named, "Orvane Retail"));
    assert_false(has_role(c, named, "mentioned", "Pellan Mills"));
    chr_corpus_free(c);
    c = test_run("누리식품은 지난 9일 새 대표를 선임했다. 누리식품 측은 입장을 내지 않았다. 검찰은 지난 3일 경남 함안의 "
                 "해솔전자 본사와 공장을 압수수색했다.",
                 "2026-03-10");
    const chr_event *search = test_event_on(c, "investigation", "2026-03-03");
    assert_non_null(search);
    assert_true(has_party(c, search, "해솔전자"));
    assert_true(has_role(c, search, "mentioned", "검찰") || has_party(c, search, "검찰"));
    const chr_event *appointed = test_event_on(c, "appointment", "2026-03-09");
    assert_non_null(appointed);
    assert_false(has_role(c, appointed, "mentioned", "해솔전자"));
    assert_false(has_role(c, appointed, "mentioned", "검찰"));
    chr_corpus_free(c);
}

static void blind_set_four_hundred_and_thirtieth_batch_events(void **state)
{
    (void)state;
    chr_corpus *c = test_run("해솔웹툰 작가 90여 명은 지난달 10일부터 '연재 보이콧'에 들어갔다. 이어 지난달 15일 토요일에는 "
                             "본사 앞에서 주최 측 추산 1500명이 모인 항의 집회가 열렸다. 지난달 22일 세종시 집회에는 경찰 추산 "
                             "700명이 참가했다. 해솔웹툰은 지난 3일 이사회를 열어 정 부사장의 등기이사 직무를 정지했다. 다온식품은 "
                             "지난 4일 이사회를 열고 권 회장의 대표이사 직무를 정지했다. 검찰은 지난 5일 결심 공판에서 권 회장에게 "
                             "징역 4년을 구형했다.",
                             "2025-04-14");
    assert_non_null(test_event_on(c, "protest", "2025-03-10"));
    assert_non_null(test_event_on(c, "protest", "2025-03-15"));
    assert_non_null(test_event_on(c, "protest", "2025-03-22"));
    assert_non_null(test_event_on(c, "board_change", "2025-04-03"));
    assert_null(test_event_on(c, "board_change", "2025-04-04"));
    assert_non_null(test_event_on(c, "leave", "2025-04-04"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-04-05"));
    chr_corpus_free(c);
    c = test_run("A steam blast hit Korvel's plant early on March 3, when a valve on the 4,000-tonne press line "
                 "failed. The labour ministry issued a stop-work order on the line that morning. Police arrested "
                 "the plant chief on March 6, and a court approved his formal detention two days later. Korvel's board suspended him as a director on "
                 "March 10. About 900 workers, by the union's count, rallied outside the company's headquarters on "
                 "March 12. Dozens of illustrators went on collective hiatus on March 13.",
                 "2025-03-20");
    assert_non_null(test_event_on(c, "investigation", "2025-03-03TMO"));
    assert_non_null(test_event_on(c, "investigation", "2025-03-08"));
    assert_non_null(test_event_on(c, "board_change", "2025-03-10"));
    assert_non_null(test_event_on(c, "protest", "2025-03-12"));
    assert_non_null(test_event_on(c, "protest", "2025-03-13"));
    chr_corpus_free(c);
    c = test_run("The site chief was arrested on 5 March, and a court ordered him held two days later.", "2025-03-20");
    assert_non_null(test_event_on(c, "investigation", "2025-03-07"));
    chr_corpus_free(c);
    c = test_run("About 40 former staff held placards outside the venue on March 13.", "2025-03-20");
    assert_non_null(test_event_on(c, "protest", "2025-03-13"));
    chr_corpus_free(c);
    c = test_run("The ministry ordered an inquiry on May 2. Five days later, Velmora announced a recall of 52,000 "
                 "scooters built between early 2023 and late 2024. Hallin Motors sold its scooter plant in 2019.",
                 "2025-05-20");
    assert_non_null(test_event_on(c, "product", "2025-05-07"));
    assert_null(test_event_on(c, "product", "2024"));
    assert_null(test_event_on(c, "product", "2023"));
    assert_non_null(test_event_on(c, "deal", "2019"));
    chr_corpus_free(c);
    c = test_run("국토부는 5월 2일 조사를 지시했고, 벨모라는 닷새 뒤 2023년 1월~2024년 12월 생산된 전동킥보드 5만2천 대에 "
                 "대한 리콜을 발표했다. 노조는 5월 12일부터 이틀간 파업으로 맞섰다. 파업 이튿날 본사 앞 집회에는 "
                 "주최 측 추산 800명이 모였다.",
                 "2025-06-02");
    assert_non_null(test_event_on(c, "product", "2025-05-07"));
    assert_null(test_event_on(c, "product", "2023-01"));
    assert_non_null(test_event_on(c, "protest", "2025-05-12"));
    assert_non_null(test_event_on(c, "protest", "2025-05-13"));
    chr_corpus_free(c);
    c = test_run("The blast hit on Feb. 24. The labour ministry ordered the furnace shut the same day, and police "
                 "raided the plant three days later.",
                 "2025-03-12");
    assert_non_null(test_event_on(c, "investigation", "2025-02-24"));
    assert_non_null(test_event_on(c, "investigation", "2025-02-27"));
    chr_corpus_free(c);
    c = test_run("양측은 10일 월요일부터 사흘 동안 밤늦게까지 마라톤 협상을 벌인 끝에 합의안을 도출했다.", "2025-03-14");
    assert_null(test_event_on(c, "agreement", "2025-03-10"));
    chr_corpus_free(c);
    /* a noun of an ongoing state in a relative clause takes no time told
     * after it */
    c = test_run("화재 사고로 경찰 수사를 받고 있는 벨모라의 한 대표가 10일 사퇴했다.", "2025-03-14");
    assert_non_null(test_event_on(c, "resignation", "2025-03-10"));
    assert_null(test_event_on(c, "investigation", "2025-03-10"));
    chr_corpus_free(c);
    c = test_run("벨모라의 한 대표가 10일 사퇴했다. 벨모라는 당분간 오지훈 부사장 대행 체제로 운영된다.", "2025-03-14");
    assert_non_null(test_event_on(c, "appointment", "2025-03-10"));
    chr_corpus_free(c);
    /* an event a length after another's mention is not that event, though
     * both are undated when they meet ("Two weeks after that first
     * announcement, … widened the recall") */
    c = test_run("On May 2 the ministry ordered an inquiry. Four days later, Velmora announced a recall of 52,000 "
                 "scooters. Two weeks after that first announcement, the company widened the recall to 61,000 units.",
                 "2025-06-02");
    assert_non_null(test_event_on(c, "product", "2025-05-06"));
    assert_non_null(test_event_on(c, "product", "2025-05-20"));
    chr_corpus_free(c);
    /* a possessive right after the trigger names the last person told */
    c = test_run("Police arrested plant manager Oh Jae-min on March 5. A court approved his detention two days later.",
                 "2025-03-20");
    const chr_event *detention = test_event_on(c, "investigation", "2025-03-07");
    assert_non_null(detention);
    assert_true(has_party(c, detention, "Oh Jae-min"));
    chr_corpus_free(c);
}

static void blind_set_four_hundred_and_thirteenth_batch_events(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Grid regulators ordered the Wolmi 2 and Wolmi 3 units to shut down on Tuesday, April 8. Marlow "
                             "Power terminated all nine of its open contracts with the valve maker on April 10. The day after "
                             "that, chief executive Ahn Sung-ho, who founded the valve maker in 1998, resigned. Police "
                             "arrested a 41-year-old quality engineer on April 14. Officers picked Ahn up at Incheon airport "
                             "on April 16. A group of 300 suppliers petitioned for bankruptcy on April 17. On April 18, the "
                             "city suspended the valve maker's factory permit over safety lapses this year.",
                             "2025-04-22");
    assert_non_null(test_event_on(c, "investigation", "2025-04-08"));
    assert_non_null(test_event_on(c, "deal", "2025-04-10"));
    assert_non_null(test_event_on(c, "resignation", "2025-04-11"));
    assert_null(test_event_on(c, "resignation", "1998"));
    assert_non_null(test_event_on(c, "investigation", "2025-04-14"));
    assert_non_null(test_event_on(c, "investigation", "2025-04-16"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-04-17"));
    assert_non_null(test_event_on(c, "investigation", "2025-04-18"));
    assert_null(test_event_on(c, "investigation", "2025"));
    chr_corpus_free(c);
    c = test_run("Talks broke down in March. On April 9 the two sides signed a deal ending the walkout. The same week "
                 "the two sides signed an amended supply contract for valves.",
                 "2025-04-22");
    assert_non_null(test_event_on(c, "agreement", "2025-04-09"));
    assert_null(test_event_on(c, "deal", "2025-04-09"));
    assert_int_equal(test_count_events(c, "agreement"), 1);
    chr_corpus_free(c);
    c = test_run("Chief executive Ahn Sung-ho, who founded the valve maker in 1998, resigned.", "2025-04-22");
    assert_null(test_event_on(c, "resignation", "1998"));
    chr_corpus_free(c);
    /* Korean: two acts of one sentence with two times of their own; a pact
     * in quotes; an order given the day of an accident and lifted on a day
     * of its own; a re-election on an agenda */
    c = test_run("한빛물산 물류센터에서 지난달 3일 오후 지게차 사고가 났다. 고용노동부는 사고 직후 센터 전체에 작업중지 "
                 "명령을 내렸다. 고용노동부는 지난 7일 안전진단 결과를 받아들여 작업중지 명령을 해제했다. "
                 "공정거래위원회는 이달 초 본사 현장조사에 나섰고, 국회 환경노동위원회는 지난 11일 청문회에 한빛물산 "
                 "대표를 증인으로 불렀다. 한빛물산과 "
                 "노조는 14일 '안전 상생협약'을 체결했다. 한빛물산은 오는 28일 주주총회를 열어 대표 재선임 안건 등을 "
                 "처리할 예정이다.",
                 "2025-04-15");
    assert_non_null(test_event_on(c, "investigation", "2025-03-03TAF"));
    assert_non_null(test_event_on(c, "investigation", "2025-04-07"));
    assert_non_null(test_event_on(c, "investigation", "2025-04"));
    assert_non_null(test_event_on(c, "investigation", "2025-04-11"));
    assert_non_null(test_event_on(c, "agreement", "2025-04-14"));
    assert_int_equal(test_count_events(c, "deal"), 0);
    assert_int_equal(test_count_events(c, "return"), 0);
    chr_corpus_free(c);
}

/* English: a verb joined by "and" with a length after it counts from the
 * first verb; a person held or remanded; a probe ordered by a participle;
 * an officer installed with an age; "named in reports" and "the agreed
 * sum" are no events. */
static void blind_set_four_hundred_and_sixth_batch_events(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Customs officers detained the ferry's chief engineer, Ryu Tae-sik, on 9 June. Ryu Tae-sik had "
                             "been held overnight on 9 June and was remanded in custody three days later. The transport "
                             "ministry reacted on 10 June, ordering a sweeping inspection of the operator's ships. Hallim "
                             "Ferries fired deck officer Noh Jae-won on 11 June and sued him two days later. Its board "
                             "installed operations director Seo Mi-rae, 49, as acting CEO on 16 June. A cook named in "
                             "court papers only as Mr Baek testified. Claims above the agreed sum may follow.",
                             "2025-06-20");
    assert_non_null(test_event_on(c, "investigation", "2025-06-12"));
    assert_non_null(test_event_on(c, "investigation", "2025-06-10"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-06-13"));
    assert_non_null(test_event_on(c, "appointment", "2025-06-16"));
    assert_int_equal(test_count_events(c, "appointment"), 1);
    assert_int_equal(test_count_events(c, "agreement"), 0);
    chr_corpus_free(c);
    /* a board approving money; a verb after "the same morning and" with a
     * length of its own counts on from that day */
    c = test_run("The tanker Corvina ran aground near Geoje on May 2. Coast guard officers opened an inquiry the same "
                 "morning and searched the owner's Busan office three days later. Namhae Tankers' board approved a 9 "
                 "billion won relief fund on May 8. A 52-year-old named Jang Mi-so had spotted the leak.",
                 "2025-05-12");
    assert_non_null(test_event_on(c, "investigation", "2025-05-05"));
    assert_non_null(test_event_on(c, "board_call", "2025-05-08"));
    assert_int_equal(test_count_events(c, "appointment"), 0);
    chr_corpus_free(c);
}

/* "The day of <event>" dates what follows in its clause up to a day of its
 * own; what is counted a day after an event is never that event. */
static void the_day_of_an_event_stops_at_a_day_of_its_own(void **state)
{
    (void)state;
    chr_corpus *c = test_run("대성화학 울산공장에서 지난달 9일 오전 10시께 가스 누출 사고가 났다. 고용노동부는 사고 당일 "
                             "공장 전체에 작업중지 명령을 내렸고, 이튿날 화학물질관리법 위반 여부에 대한 수사에 착수했다.",
                             "2025-07-15");
    assert_int_equal(test_count_events(c, "investigation"), 2);
    assert_non_null(test_event_on(c, "investigation", "2025-06-10"));
    chr_corpus_free(c);
    /* counted two days from a dated deal, a letter is no statement dated
     * otherwise; a ship aground is an accident counted from */
    c = test_run("누리식품은 지난달 13일 한솔푸드와 지분 매각 계약을 체결했다. 누리식품 노조는 3일 성명을 내고 매각 철회를 "
                 "요구했다. 앞서 창업주 장남 김도윤 씨는 계약 이틀 뒤 공개서한을 내고 반발했다.",
                 "2025-11-05");
    assert_non_null(test_event_on(c, "statement", "2025-11-03"));
    assert_non_null(test_event_on(c, "statement", "2025-10-15"));
    chr_corpus_free(c);
    c = test_run("화물선 한별호가 지난 3일 목포 앞바다에서 암초에 걸려 좌초했다. 목포해양경찰서는 사고 당일 선장을 "
                 "상대로 수사에 착수했다.",
                 "2025-03-08");
    assert_non_null(test_event_on(c, "investigation", "2025-03-03"));
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_ninety_eighth_batch_events(void **state)
{
    (void)state;
    /* an outcome not reached is negated, in both languages */
    chr_corpus *c = test_run("노사는 지난 11일 교섭을 열었지만 끝내 합의에 이르지 못했다.", "2025-03-14");
    const chr_event *talks = test_event_on(c, "agreement", "2025-03-11");
    assert_non_null(talks);
    assert_int_equal(talks->modality, CHR_MOD_NEGATED);
    chr_corpus_free(c);
    c = test_run("노사는 지난 12일 합의 도출에 실패했다.", "2025-03-14");
    const chr_event *failed = test_event_on(c, "agreement", "2025-03-12");
    assert_non_null(failed);
    assert_int_equal(failed->modality, CHR_MOD_NEGATED);
    chr_corpus_free(c);
    c = test_run("The union held talks on March 11 but failed to reach a deal. They reached a tentative agreement on "
                 "March 12.",
                 "2025-03-14");
    const chr_event *missed = test_event_on(c, "agreement", "2025-03-11");
    assert_non_null(missed);
    assert_int_equal(missed->modality, CHR_MOD_NEGATED);
    const chr_event *reached = test_event_on(c, "agreement", "2025-03-12");
    assert_non_null(reached);
    assert_int_equal(reached->modality, CHR_MOD_ASSERTED);
    chr_corpus_free(c);
    /* English: back at the desk; hired back; a court hearing fixed ahead;
     * a title in capitals before the name installed; a naming with an
     * appositive; a supply contract suspended and orders restarted; a stop
     * order; suspects booked with a listed object; a vote onto the board
     * ahead; "before the night was out" is no resignation */
    c = test_run("Kim Min-ho walked back into the office on Monday. The board installed CFO Yoon Seo-jin as acting chief "
                 "executive on March 13. The injunction hearing in Seoul Central District Court is set for April 17. "
                 "Last Friday she made her first big move, naming Choi Hyun-woo, a former labour ministry inspector, as "
                 "chief safety officer. Taeil suspended the cell supply contract on Feb. 21. Last Wednesday Taeil "
                 "restarted orders. On Feb. 18 the Ministry of Employment and Labor ordered all production at the site "
                 "halted. Earlier this month, investigators booked four people, including the plant manager, on "
                 "suspicion of negligence. Shareholders are scheduled to vote her onto the board on March 28.",
                 "2025-03-17");
    assert_non_null(test_event_on(c, "return", "2025-03-17"));
    assert_non_null(test_event_on(c, "appointment", "2025-03-13"));
    const chr_event *hearing = test_event_on(c, "lawsuit", "2025-04-17");
    assert_non_null(hearing);
    assert_int_equal(hearing->modality, CHR_MOD_PLANNED);
    assert_non_null(test_event_on(c, "appointment", "2025-03-14"));
    assert_non_null(test_event_on(c, "deal", "2025-02-21"));
    assert_non_null(test_event_on(c, "deal", "2025-03-12"));
    assert_non_null(test_event_on(c, "investigation", "2025-02-18"));
    assert_non_null(test_event_on(c, "investigation", "2025-03"));
    const chr_event *seat = test_event_on(c, "board_change", "2025-03-28");
    assert_non_null(seat);
    assert_int_equal(seat->modality, CHR_MOD_PLANNED);
    chr_corpus_free(c);
    c = test_run("Haneul Play fired its chief executive Jung Woo-jin on a Friday night and hired him back the following "
                 "Thursday. Han Ji-su was named interim CEO before the night was out.",
                 "2025-03-17");
    assert_non_null(test_event_on(c, "return", "2025-03-13"));
    assert_null(test_event(c, "resignation"));
    chr_corpus_free(c);
    /* an undated naming of a person does not fold into an event whose
     * only subject is a company */
    c = test_run("Park Jung-hoon, 61, stepped down at an emergency board meeting, Hanul Semitech said. The board named "
                 "chief financial officer Yoon Seo-jin as acting CEO.\n\nThe trouble began with two former senior "
                 "engineers, identified by prosecutors only by their surnames, Lee and Choi, who left Hanul last "
                 "November and joined Qinghe Microsystems, a fast-growing Chinese rival.",
                 "2025-03-14");
    int yoon_named = 0;
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "appointment") == 0 &&
            takes_part(c, &c->events.items[i], "Yoon Seo-jin") &&
            !takes_part(c, &c->events.items[i], "Qinghe Microsystems"))
            yoon_named = 1;
    assert_true(yoon_named);
    chr_corpus_free(c);
    /* Korean: "거래소" after a word of Hangul is a kind of firm, not the
     * Korea Exchange; alone it is */
    c = test_run("가상자산 거래소 코인베일이 출금을 막았다. 경쟁 거래소 비트나라가 인수 계약을 맺었다.", "2025-03-14");
    assert_null(test_entity(c, "Korea Exchange"));
    assert_non_null(test_entity(c, "코인베일"));
    chr_corpus_free(c);
    /* a stop ordered by a regulator */
    c = test_run("고용노동부는 지난달 18일 공장 전체에 작업중지 명령을 내렸다.", "2025-03-13");
    assert_non_null(test_event_on(c, "investigation", "2025-02-18"));
    chr_corpus_free(c);
    c = test_run("거래소는 5일 이 회사 주식의 거래를 정지했다.", "2025-03-14");
    assert_non_null(test_entity(c, "Korea Exchange"));
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_ninetieth_batch_events(void **state)
{
    (void)state;
    /* English: the day told inside the phrase a length counts from is the
     * other event's ("three days after her first day on March 17"; "two
     * weeks after the police raid on March 3"), but not past "and"; a time
     * after a second predicate joined by "and was …ed" is that
     * predicate's; a court's sentence is a ruling, the term suspended no
     * leave; "a week ago today" */
    chr_corpus *c = test_run("Three days after her first day on March 17, Rhee sealed a pact with the drivers. Tollan fired "
                             "its chief executive Moss two weeks after the police raid on March 3. Moss resigned on Jan. "
                             "20. Vance was named acting chief two days after Moss stepped down and was confirmed by "
                             "shareholders at the annual meeting on March 28. On Thursday a district court gave Moss a "
                             "two-year prison term, suspended for three years. The board reinstated Rhee a week ago "
                             "today.",
                             "2025-04-10");
    const chr_event *pact = test_event_on(c, "agreement", "2025-03-20");
    assert_non_null(pact);
    assert_string_equal(pact->basis, "relative:t2+P3D");
    assert_non_null(test_event_on(c, "ouster", "2025-03-17"));
    assert_non_null(test_event_on(c, "appointment", "2025-01-22"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-04-10"));
    assert_null(test_event(c, "leave"));
    assert_non_null(test_event_on(c, "return", "2025-04-03"));
    chr_corpus_free(c);
    /* (a length before the day told for the verb's own clause is no count
     * from it: "fired … on March 20, two weeks after the raid") */
    c = test_run("Tollan fired its chief executive Moss on March 20, two weeks after the raid.", "2025-04-10");
    assert_non_null(test_event_on(c, "ouster", "2025-03-20"));
    chr_corpus_free(c);
    /* a union named by no name of its own is the union of the article's
     * company, and a party to its strike; "the union" of a union named in
     * full is that union */
    c = test_run("Tollan Freight said on Monday that the union had called a strike. The union walked out on Friday.",
                 "2025-04-10");
    const chr_entity *unit = test_entity(c, "Tollan Freight union");
    assert_non_null(unit);
    assert_int_equal(unit->type, CHR_ENT_ORG);
    const chr_event *walkout = test_event(c, "protest");
    assert_non_null(walkout);
    assert_true(takes_part(c, walkout, "Tollan Freight union"));
    chr_corpus_free(c);
    c = test_run("Tollan Freight and the Harbour Drivers' Union signed a pact. The union said it would ratify the pact "
                 "within a week.",
                 "2025-04-10");
    assert_null(test_entity(c, "Tollan Freight union"));
    assert_non_null(test_entity(c, "Harbour Drivers' Union"));
    chr_corpus_free(c);
    /* Korean: a bare "노조" is the company's union; a length counted from a
     * day its clause tells ("지난 21일 … 들어간 지 사흘 만이다") dates the
     * event told before; a count of days is no day of the month; a court
     * division with its judge in brackets granting an application; a
     * merger plan announced; a warrant issued */
    c = test_run("다온물산 노조는 파업에 들어갔다. 한서진 대표가 물러났다. 지난 21일 주총에서 외부 이사 2명이 이사회에 "
                 "들어간 지 사흘 만이다. 서울고법 행정3부(김민 부장판사)는 지난 8일 다온물산이 낸 집행정지 신청을 "
                 "인용했다. 명령은 판결 선고 후 30일이 되는 날까지 효력이 정지된다. 두 회사는 지난해 11월 합병 계획을 "
                 "발표했다. 법원은 12일 밤늦게 영장을 발부했다.",
                 "2025-03-25");
    assert_non_null(test_entity(c, "다온물산 노조"));
    assert_non_null(test_event_on(c, "resignation", "2025-03-24"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-03-08"));
    assert_string_equal(test_timex_value(c, "30일"), "P30D");
    assert_non_null(test_event_on(c, "deal", "2024-11"));
    assert_non_null(test_event_on(c, "investigation", "2025-03-12TNI"));
    chr_corpus_free(c);
    /* a bare day later in the month of the story's last day goes on in
     * that month; a second strike with a day of its own stays apart from
     * a first dated by a length; talks sat down to */
    c = test_run("사측은 지난달 10일 구조조정안을 내놨다. 노사는 사흘 뒤 교섭 테이블에 앉았지만 결렬됐다. 이어 17일에는 "
                 "노조가 닷새 뒤 경고 파업에 돌입했다고 밝혔다. 노조는 이달 4일부터 이틀간 2차 파업을 벌였다.",
                 "2025-03-25");
    assert_string_equal(test_timex_value(c, "17일"), "2025-02-17");
    assert_non_null(test_event_on(c, "board_call", "2025-02-13"));
    assert_non_null(test_event_on(c, "protest", "2025-03-04"));
    assert_int_equal(test_count_events(c, "protest"), 2);
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_eighty_second_batch_events(void **state)
{
    (void)state;
    /* Korean: a resignation announced (사퇴를 발표한) counted four days
     * before the appointment, not planned by the quote's future; a rebuttal
     * handed out; "같은 주 목요일"; a second rally told with a day of its own
     * stays apart from the first; a case put to the regulator's plenary */
    chr_corpus *c = test_run("가람식품은 지난 10일 이사회를 열고 김도윤 부사장을 대표로 선임했다. 박정호 회장이 \"모든 책임을 "
                             "지고 떠나겠다\"며 사퇴를 발표한 지 나흘 만이다. 본사는 지난달 25일 해명 자료를 냈다. 점주 "
                             "200여 명은 같은 주 목요일 본사 앞에서 집회를 열었다. 협의회장은 \"이번 주 토요일 2차 집회를 "
                             "열겠다\"고 말했다. 공정위 관계자는 \"이르면 다음 달 전원회의에 안건을 올릴 수 있다\"고 말했다.",
                             "2025-03-12");
    const chr_event *quit = test_event_on(c, "resignation", "2025-03-06");
    assert_non_null(quit);
    assert_int_equal(quit->modality, CHR_MOD_ASSERTED);
    assert_non_null(test_event_on(c, "statement", "2025-02-25"));
    assert_non_null(test_event_on(c, "protest", "2025-02-27"));
    assert_non_null(test_event_on(c, "protest", "2025-03-15"));
    assert_non_null(test_event_on(c, "investigation", "2025-04"));
    chr_corpus_free(c);
    /* (a quote the sentence never closes leaves the clause's plan where it
     * was: the announcement is still told, whatever its modality) */
    c = test_run("박정호 회장이 \"모든 책임을 지고 떠나겠다며 사퇴를 발표했다.", "2025-03-12");
    assert_non_null(test_event(c, "resignation"));
    chr_corpus_free(c);
    /* units recalled; a share issue resolved; a court granting a petition;
     * a proxy adviser's advice */
    c = test_run("솔빛화장품은 지난해 11월 수분크림 8만 개를 자진 회수했다. 이사회는 지난달 4일 누리화학을 대상으로 "
                 "300억원 규모의 제3자 배정 유상증자를 결의했다. 소액주주들은 사흘 뒤 가처분을 신청했고, 법원은 "
                 "지난달 26일 이를 받아들였다. 의결권 자문사 바른지배구조연구소는 지난 5일 주주 측 후보에 '찬성'을 "
                 "권고했다.",
                 "2025-03-14");
    assert_non_null(test_event_on(c, "product", "2024-11"));
    assert_non_null(test_event_on(c, "deal", "2025-02-04"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-02-07"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-02-26"));
    assert_non_null(test_event_on(c, "statement", "2025-03-05"));
    chr_corpus_free(c);
    /* a strike's day past "창사 후 처음으로"; talks told by their kind, then
     * resumed; the members' ratification */
    c = test_run("노조는 지난 4일 창사 후 처음으로 전면파업에 들어갔다. 노사는 6일 밤샘 교섭에서도 접점을 찾지 "
                 "못했다. 노사 대표는 지난 10일 교섭을 재개했다. 조합원들은 18일 찬반투표에서 잠정합의안을 가결했다.",
                 "2025-03-19");
    assert_non_null(test_event_on(c, "protest", "2025-03-04"));
    assert_non_null(test_event_on(c, "board_call", "2025-03-06TNI"));
    assert_non_null(test_event_on(c, "board_call", "2025-03-10"));
    assert_non_null(test_event_on(c, "agreement", "2025-03-18"));
    chr_corpus_free(c);
    /* a warrant told by its passive verb the day after the arrest; "이와
     * 함께" is the occasion before; a case picked for in-depth review; a
     * remedy offered */
    c = test_run("검찰은 지난 4일 본사를 압수수색했고, 엿새 뒤인 10일 최 대표를 체포했다. 구속영장은 체포 다음 날 "
                 "청구됐다. 누리항공은 14일 오전 입장문을 냈다. 회사는 이와 함께 임시 이사회를 열어 한지호 전무를 "
                 "대표이사 내정자로 선임했다. 공정위는 1월 초 이 건을 심층 심사 대상으로 지정했다. 누리항공은 이달 "
                 "4일 자진 시정방안을 제출했다.",
                 "2025-03-14");
    assert_non_null(test_event_on(c, "investigation", "2025-03-10"));
    assert_non_null(test_event_on(c, "investigation", "2025-03-11"));
    assert_non_null(test_event_on(c, "appointment", "2025-03-14TMO"));
    assert_non_null(test_event_on(c, "investigation", "2025-01"));
    assert_non_null(test_event_on(c, "statement", "2025-03-04"));
    chr_corpus_free(c);
    /* a long company name with its particle is no part of its officer's
     * name */
    c = test_run("도담메디플러스가 윤채린 부사장을 대표이사 직무대행으로 세웠다.", "2025-03-07");
    assert_non_null(test_entity(c, "윤채린"));
    assert_null(test_entity(c, "도담메디플러스가 윤채린"));
    chr_corpus_free(c);
    /* English: a recording released (its length is the recording's); accounts
     * restated (the years name the accounts), the restatement counted from;
     * an exchange's trading halt and an auditor's qualified opinion are
     * sanctions; a length after an object's apposition; a share issue; a
     * comeback bid is no return */
    c = test_run("The scandal broke on Feb. 24, when the owners' council released audio recorded at a regional meeting "
                 "in Busan four days earlier. On March 4, Tessel published restated accounts for 2022 and 2023. The "
                 "exchange halted trading in the shares the following morning. Its finance chief resigned two days "
                 "after the restatement. The auditor attached a qualified opinion to the 2024 accounts on March 10. "
                 "The board voted him out on March 17, 2023, and named Lee, a former retail executive, as chief "
                 "executive a week later. In early February the board approved a 30 billion won share issue to Orin "
                 "Capital. His comeback bid gathered pace in January.",
                 "2025-03-21");
    assert_non_null(test_event_on(c, "statement", "2025-02-24"));
    assert_non_null(test_event_on(c, "statement", "2025-03-04"));
    assert_non_null(test_event_on(c, "investigation", "2025-03-05TMO"));
    assert_non_null(test_event_on(c, "resignation", "2025-03-06"));
    assert_non_null(test_event_on(c, "investigation", "2025-03-10"));
    assert_non_null(test_event_on(c, "appointment", "2023-03-24"));
    assert_non_null(test_event_on(c, "deal", "2025-02"));
    assert_null(test_event(c, "return"));
    assert_null(test_event(c, "product"));
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_seventieth_batch_events(void **state)
{
    (void)state;
    /* Korean: a graceful exit (용퇴) counted two days from a regulator's
     * recall order; a tender offer told as a verb; a recall begun (돌입); a
     * watchdog's look into a suspicion, an event of its own */
    chr_corpus *c = test_run("한솔완구는 이달 초 유아용 블록 12만개 리콜에 돌입했고, 국가기술표준원은 지난 6일 수거 명령을 내렸다. "
                             "박민수 대표는 이틀 뒤 이사회에서 용퇴했다. 누리토이는 20일 한솔완구 주식 400만주를 "
                             "공개매수한다고 공시했다. 금융감독원 관계자는 \"내부자 거래 여부를 살펴볼 계획\"이라고 말했다.",
                             "2025-05-21");
    assert_non_null(test_event_on(c, "product", "2025-05"));
    assert_non_null(test_event_on(c, "investigation", "2025-05-06"));
    assert_non_null(test_event_on(c, "resignation", "2025-05-08"));
    assert_non_null(test_event_on(c, "deal", "2025-05-20"));
    assert_int_equal(test_count_events(c, "investigation"), 2);
    const chr_event *planned = NULL;
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && !strcmp(c->events.items[i].type, "investigation") && !c->events.items[i].value[0])
            planned = &c->events.items[i];
    assert_non_null(planned);
    chr_corpus_free(c);
    /* English: "the next day" after a sentence that told only a past month
     * is a day of that month; a grievance taken to a regulator; a company
     * taken off the exchange; a crowd counted; a pick by participle and
     * day; a pact sealed with a council; union leaders met; things returned
     * are no return; "ruled himself out" is no ruling */
    c = test_run("Ahn Tae-oh was arrested in early April. The next day he resigned as chairman. Within a week the "
                 "dealers had taken their grievance to the Korea Fair Trade Commission. Harlan Capital took "
                 "Mosun Coffee off the KOSDAQ in 2022. Some 400 of them rallied outside the headquarters on "
                 "Tuesday. Lee Ga-eun, the retail chief of rival Pinecone Coffee, picked on May 2, sealed a pact "
                 "with the dealers' council. Chief Executive Lee met union leaders on Saturday. About 60 percent "
                 "of the faulty grinders have been returned. Harlan's chairman has ruled himself out of the job.",
                 "2025-05-21");
    assert_non_null(test_event_on(c, "resignation", "2025-04"));
    assert_null(test_event_on(c, "resignation", "2025-05-21"));
    assert_non_null(test_event(c, "lawsuit"));
    assert_non_null(test_event_on(c, "deal", "2022"));
    assert_non_null(test_event_on(c, "protest", "2025-05-20"));
    assert_non_null(test_event_on(c, "appointment", "2025-05-02"));
    assert_non_null(test_event(c, "agreement"));
    assert_non_null(test_event_on(c, "board_call", "2025-05-17"));
    assert_null(test_event(c, "return"));
    assert_int_equal(test_count_events(c, "lawsuit"), 1);
    chr_corpus_free(c);
    /* a tentative deal reached and ratified; a line stopped is no founding,
     * talks asked to resume are a board call; "the following day" after
     * "three days later" counts from the day the length reached */
    c = test_run("The union and Dorim Parts reached a tentative wage deal on April 3, and members ratified it on "
                 "April 8. The system flagged the leak on the night of April 10, but clients were not told until "
                 "two days later. The regulator opened an inquiry the following day.",
                 "2025-04-30");
    assert_non_null(test_event_on(c, "agreement", "2025-04-03"));
    assert_non_null(test_event_on(c, "agreement", "2025-04-08"));
    assert_non_null(test_event_on(c, "investigation", "2025-04-13"));
    chr_corpus_free(c);
    /* a post given up in a clause on it; the same kind told the sentence
     * before dates a naming before a departure does; walked out of
     * detention and "strike the item from" are no protest; contracts torn
     * up; a possessive day ("Friday's meeting") leaves the verb's own */
    c = test_run("Directors met that afternoon and re-elected him chairman, the post he gave up in March. The "
                 "same board meeting named Yoon Chae-rin, who has run the company since March 7, as chief "
                 "executive. Kwon Tae-sik walked out of detention on bail in April. The fund asked the court to "
                 "strike the item from the agenda. Hanmi Hospital tore up its supply contracts with Dodam in "
                 "March. Dodam's board called Friday's meeting on April 22.",
                 "2025-05-16");
    assert_non_null(test_event_on(c, "resignation", "2025-03"));
    assert_null(test_event_on(c, "appointment", "2025-03"));
    assert_null(test_event(c, "protest"));
    assert_non_null(test_event_on(c, "deal", "2025-03"));
    assert_non_null(test_event_on(c, "board_call", "2025-04-22"));
    chr_corpus_free(c);
    /* a meeting's crowd is no protest; an acting chief confirmed in the
     * job; a whistleblower's alert; a second round of questioning */
    c = test_run("Shareholders gathered at an extraordinary general meeting on Monday and approved the plan. Lim "
                 "Seo-ha, the acting CEO, was confirmed in the top job. A former auditor alerted the Financial "
                 "Supervisory Service (FSS) on Feb. 10 that sales were fake. Kim was called in for a second round "
                 "of questioning last Thursday.",
                 "2025-04-08");
    assert_null(test_event(c, "protest"));
    assert_non_null(test_event(c, "appointment"));
    assert_non_null(test_event_on(c, "statement", "2025-02-10"));
    assert_non_null(test_event_on(c, "investigation", "2025-04-03"));
    chr_corpus_free(c);
    /* a time opening the sentence dates the verb past an appositive with a
     * time of its own; a daughter installed; investigators walking in; a
     * court refusing to detain */
    c = test_run("Last Tuesday, Hanmir, the soap maker founded by Ko Jin-ho in 1988, signed a supply contract with "
                 "Arden Retail. The board installed his daughter as chief executive on March 10. Tax "
                 "investigators walked into Hanmir on Jan. 14. On March 20 a court turned down the prosecutors' "
                 "request to detain him.",
                 "2025-04-10");
    assert_non_null(test_event_on(c, "deal", "2025-04-08"));
    assert_null(test_event_on(c, "deal", "1988"));
    assert_non_null(test_event_on(c, "appointment", "2025-03-10"));
    assert_non_null(test_event_on(c, "investigation", "2025-01-14"));
    assert_non_null(test_event_on(c, "investigation", "2025-03-20"));
    chr_corpus_free(c);
    /* creditors approving a workout; a board confirming its officer; "declining
     * to be named" names no one */
    c = test_run("Creditors led by Hanul Bank approved the restructuring on Sept. 25. The board confirmed him as "
                 "co-chief executive on Oct. 1. The talks are private, two people said, declining to be named.",
                 "2025-10-14");
    assert_non_null(test_event_on(c, "agreement", "2025-09-25"));
    assert_non_null(test_event_on(c, "appointment", "2025-10-01"));
    assert_int_equal(test_count_events(c, "appointment"), 1);
    chr_corpus_free(c);
    c = test_run("도림모터스는 지난 3일 평택공장 2라인을 세웠다. 새 대표는 지난 10일 노조를 찾아 교섭 재개를 제안했다. "
                 "법원은 지난 14일 구속영장을 기각했다.", "2025-04-30");
    assert_null(test_event(c, "founding"));
    assert_non_null(test_event_on(c, "board_call", "2025-04-10"));
    assert_non_null(test_event_on(c, "investigation", "2025-04-14"));
    chr_corpus_free(c);
    /* a day counted from the arrest's noun, past a later day told between */
    c = test_run("한결유통 회장은 지난달 6일 구속됐다. 공정위는 지난달 19일 현장조사를 벌였다. 회장은 구속 이튿날 "
                 "회장직을 내려놨다.", "2025-04-10");
    assert_non_null(test_event_on(c, "resignation", "2025-03-07"));
    chr_corpus_free(c);
    /* a company delisted by its owner is a deal; contract papers seized are
     * none; a step named before "등은 검토하지 않고 있다" is denied */
    c = test_run("누리캐피탈은 2023년 11월 코스닥 시장에서 한솔커피를 자진 상장폐지했다. 조사관들은 지난 27일 본사에서 "
                 "가맹계약서와 공급 내역을 확보했다. 누리캐피탈 관계자는 \"매각 주관사 선정 등은 검토하지 않고 있다\"고 말했다.",
                 "2025-03-13");
    assert_non_null(test_event_on(c, "deal", "2023-11"));
    assert_null(test_event_on(c, "deal", "2025-02-27"));
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && !strcmp(c->events.items[i].type, "deal") && !c->events.items[i].value[0])
            assert_int_equal(c->events.items[i].modality, CHR_MOD_NEGATED);
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_sixty_fifth_batch_events(void **state)
{
    (void)state;
    /* a job handed over; a probe begun, its time between; a deal agreed with
     * its seller; a rumour dismissed is no ouster; a compensation agreement
     * is no deal; a case handed to prosecutors; "the detained" names a
     * state; a verb dated by "the day X stepped down", its subject before it */
    chr_corpus *c = test_run("The board removed Ahn Ji-won as co-CEO on Feb. 11 and handed the co-CEO job to finance chief "
                             "Moon Ha-rim. The Financial Supervisory Service began looking earlier this month into whether "
                             "Ahn disclosed her holding. Corlen agreed the deal with Nuribom Partners in March 2024. A "
                             "spokesperson dismissed speculation that Moon would step down.",
                             "2025-03-28");
    assert_non_null(test_event_on(c, "appointment", "2025-02-11"));
    assert_non_null(test_event_on(c, "investigation", "2025-03"));
    assert_non_null(test_event_on(c, "deal", "2024-03"));
    assert_null(test_event(c, "agreement"));
    assert_int_equal(test_count_events(c, "ouster"), 1);
    chr_corpus_free(c);
    c = test_run("On Friday Doran Games signed a compensation agreement with the players' coalition. Customs "
                 "investigators handed the case to prosecutors on Nov. 4. Prosecutors indicted Ra Se-jin, the "
                 "detained chief financial officer, on Friday. Gil Tae-ho stepped down on Oct. 29. Acting CEO Han "
                 "Bo-mi, named to the post the day Gil stepped down, wrote to staff.",
                 "2025-11-17");
    assert_null(test_event(c, "deal"));
    assert_non_null(test_event_on(c, "agreement", "2025-11-14"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-04"));
    assert_null(test_event_on(c, "investigation", "2025-11-14"));
    const chr_event *named = test_event_on(c, "appointment", "2025-10-29");
    assert_non_null(named);
    assert_true(has_role(c, named, "subject", "Han Bo-mi"));
    chr_corpus_free(c);
    /* Korean: creators' joint hiatus; a regulator's merger approval and its
     * in-depth review; a shareholders' pact is an agreement, not a deal; a
     * suit announced ahead is a plan (the in-depth review alone: below) */
    c = test_run("작가 140여 명은 지난 13일부터 공동 휴재에 들어갔다. 공정위는 17일 전원회의를 열어 한월항공이 파랑새항공 주식 "
                 "63.5%를 취득하는 기업결합을 승인했다. 백양은 지난달 20일 "
                 "의결권을 공동 행사하는 주주간 계약을 맺었다. 피해 환자들은 집단소송을 예고했다.",
                 "2025-10-21");
    assert_non_null(test_event_on(c, "protest", "2025-10-13"));
    assert_non_null(test_event_on(c, "investigation", "2025-10-17"));
    assert_non_null(test_event_on(c, "agreement", "2025-09-20"));
    assert_null(test_event(c, "deal"));
    const chr_event *suit = test_event(c, "lawsuit");
    assert_non_null(suit);
    assert_int_equal(suit->modality, CHR_MOD_PLANNED);
    chr_corpus_free(c);
    c = test_run("공정위는 지난해 5월 심층 심사로 전환했다.", "2025-10-21");
    assert_non_null(test_event_on(c, "investigation", "2024-05"));
    chr_corpus_free(c);
}

/* Triggers tried only where their first words occur (gates derived from
 * the patterns) find the same event mentions as triggers searched over
 * whole documents: every sample, the seeds, KLUE sentences when present.
 * Modality cues are gated the same way and must give the same modality.
 * Running the stages over batches of documents (trigger by trigger, cue
 * by cue) changes nothing either. */
static void add_both(chr_corpus *c1, chr_corpus *c2, const char *name, const char *text, size_t len)
{
    chr_error err;
    chr_error_clear(&err);
    chr_read_options opts = {0};
    assert_true(chr_parse_dct("2023-11-30", &opts.dct));
    assert_int_equal(chr_engine_add_bytes(test_engine, c1, name, text, len, &opts, &err), CHR_OK);
    assert_int_equal(chr_engine_add_bytes(test_engine, c2, name, text, len, &opts, &err), CHR_OK);
}

static void add_klue_to_both(const char *text, size_t len, void *ctx)
{
    chr_corpus **pair = ctx;
    add_both(pair[0], pair[1], "klue", text, len);
}

static void trigger_gates_change_no_event(void **state)
{
    (void)state;
    const chr_rules *rules = chr_engine_rules(test_engine);
    chr_error err;
    chr_error_clear(&err);
    chr_timex_extractor *tx = chr_timex_new(rules, &err);
    chr_entity_extractor *ent = chr_entity_new(rules, NULL, &err);
    chr_event_extractor *gated = chr_event_new(rules, &err), *open = chr_event_new(rules, &err);
    assert_non_null(tx);
    assert_non_null(ent);
    assert_non_null(gated);
    assert_non_null(open);
    chr_event_set_gates(open, 0);
    chr_corpus *c1 = chr_corpus_new(), *c2 = chr_corpus_new();
    const char *globs[] = {"samples/*.txt", "samples/*/*.txt", "../shared/seeds/*.txt"};
    size_t files = 0;
    for (size_t g = 0; g < sizeof globs / sizeof globs[0]; g++) {
        glob_t gl;
        if (glob(globs[g], 0, NULL, &gl) != 0) continue;
        for (size_t i = 0; i < gl.gl_pathc; i++) {
            char *text = NULL;
            size_t len = 0;
            if (chr_read_file(gl.gl_pathv[i], CHR_ERR_IO, &text, &len, &err) != CHR_OK) continue;
            add_both(c1, c2, gl.gl_pathv[i], text, len);
            free(text);
            files++;
        }
        globfree(&gl);
    }
    assert_true(files >= 10); /* run from the source tree */
    chr_corpus *pair[2] = {c1, c2};
    test_each_klue_block(add_klue_to_both, pair);
    /* the gated run goes as the engine does, each stage over 7 documents
     * before the next (the event stage then finds a document's timexes and
     * mentions among later documents'); the open one a document at a time */
    for (size_t d = 0; d < c1->docs.len; d += 7) {
        size_t end = d + 7 < c1->docs.len ? d + 7 : c1->docs.len;
        for (size_t i = d; i < end; i++) assert_int_equal(chr_timex_extract(tx, c1, (int)i, &err), CHR_OK);
        assert_int_equal(chr_entity_extract_batch(ent, c1, (int)d, (int)end, &err), CHR_OK);
        assert_int_equal(chr_event_extract_batch(gated, c1, (int)d, (int)end, &err), CHR_OK);
    }
    for (size_t d = 0; d < c2->docs.len; d++) {
        assert_int_equal(chr_timex_extract(tx, c2, (int)d, &err), CHR_OK);
        assert_int_equal(chr_entity_extract(ent, c2, (int)d, &err), CHR_OK);
        assert_int_equal(chr_event_extract(open, c2, (int)d, &err), CHR_OK);
    }
    assert_true(c1->event_mentions.len > 50);
    for (size_t i = 0; i < c1->event_mentions.len && i < c2->event_mentions.len; i++) {
        const chr_event_mention *a = &c1->event_mentions.items[i], *b = &c2->event_mentions.items[i];
        if (a->doc != b->doc || a->start != b->start || a->end != b->end || strcmp(a->type, b->type) != 0 ||
            a->timex != b->timex || a->participants.len != b->participants.len || a->modality != b->modality)
            fail_msg("gated triggers in batches and ungated ones a document at a time differ at event mention %zu: %s at %zu vs %s at %zu (document %d)", i,
                     a->type, a->start, b->type, b->start, a->doc);
    }
    assert_int_equal(c1->event_mentions.len, c2->event_mentions.len);
    chr_corpus_free(c1);
    chr_corpus_free(c2);
    chr_event_free(gated);
    chr_event_free(open);
    chr_entity_free(ent);
    chr_timex_free(tx);
}

/* The name of the entity playing 'role' in 'e', or NULL. */
static const char *participant_named(const chr_corpus *c, const chr_event *e, const char *role)
{
    for (size_t i = 0; i < e->participants.len; i++)
        if (strcmp(e->participants.items[i].role, role) == 0)
            return c->entities.items[chr_entity_root(c, e->participants.items[i].entity)].name;
    return "(none)";
}

/* Cues and roles first met in the blind set (samples/blind) */
static void blind_set_cues_and_roles(void **state)
{
    (void)state;
    chr_corpus *c = test_run("공정거래위원회는 17일 두 회사의 기업결합 심사에 착수했다. 두 회사는 지난해 11월 양해각서(MOU)를 맺었다. "
                             "게임사 라온게임즈는 1일 이사회를 열고 정하람 의장을 대표이사로 선임했다.",
                             "2025-03-17");
    assert_non_null(test_event(c, "investigation"));
    assert_non_null(test_event(c, "agreement"));
    assert_non_null(test_event(c, "appointment"));
    assert_null(test_event(c, "board_change")); /* 대표이사로 선임 is no seat on the board */
    chr_corpus_free(c);

    c = test_run("Tidewell Energy ASA agreed on Wednesday to buy turbines from Vestra Systems. "
                 "Tidewell was formed in 2004 by two power companies.",
                 "2025-11-20");
    assert_non_null(test_event(c, "deal"));
    assert_null(test_event(c, "agreement")); /* agreeing to buy is the purchase */
    assert_non_null(test_event(c, "founding"));
    assert_string_equal(participant_named(c, test_event(c, "founding"), "organization"), "Tidewell Energy ASA");
    chr_corpus_free(c);

    /* "the company" is the one the article is about, not the last one named */
    c = test_run("Harlow Pharmaceuticals said its chief executive had resigned. Harlow hired the law firm Whitmore & Lane "
                 "to review the trial. Shareholders sued the company last month.",
                 "2025-06-06");
    assert_non_null(test_event(c, "lawsuit"));
    assert_string_equal(participant_named(c, test_event(c, "lawsuit"), "organization"), "Harlow Pharmaceuticals");
    chr_corpus_free(c);

    /* a possessive modifies a noun: the company named plainly is the party */
    c = test_run("Aldergate Capital, Lumera's largest investor, opened negotiations with the directors.", "2024-10-10");
    assert_non_null(test_event(c, "board_call"));
    assert_true(has_role(c, test_event(c, "board_call"), "subject", "Aldergate Capital") ||
                has_role(c, test_event(c, "board_call"), "organization", "Aldergate Capital"));
    chr_corpus_free(c);
}

/* Cues from the blind set's second batch, in sentences of our own */
static void blind_set_second_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("검찰은 24일 대한물산 본사를 압수수색했다. 오세훈 회장은 회장직을 내려놓겠다고 밝혔다. "
                             "천지에너지는 배터리 제조사로서 성장했다.",
                             "2025-04-24");
    assert_non_null(test_event(c, "investigation"));
    assert_non_null(test_event(c, "resignation"));
    assert_int_equal(test_count_events(c, "investigation"), 1); /* not the 조사 of 제조사 */
    chr_corpus_free(c);

    c = test_run("A federal judge on Wednesday ordered Veltrix Inc. to pay $85 million to Larkspur Trading. "
                 "The regulator has been examining its accounting since last fall. Mei Tanaka will serve as interim finance chief. "
                 "Ana Ruiz left the company last year. Veltrix broke a 2021 supply contract.",
                 "2026-02-05");
    assert_non_null(test_event(c, "lawsuit"));
    assert_non_null(test_event(c, "investigation"));
    assert_non_null(test_event(c, "appointment"));
    assert_non_null(test_event(c, "resignation"));
    assert_null(test_event(c, "deal")); /* a broken contract is no new deal */
    chr_corpus_free(c);

    /* a company opening the sentence with an appositive is who acts */
    c = test_run("Vantor Capital, Lumera's largest investor, will take a non-voting observer seat on the board, the company said.",
                 "2025-07-10");
    assert_non_null(test_event(c, "board_change"));
    assert_string_equal(participant_named(c, test_event(c, "board_change"), "subject"), "Vantor Capital");
    assert_int_not_equal(test_event(c, "board_change")->modality, CHR_MOD_NEGATED);
    chr_corpus_free(c);
    /* "no longer" tells a change, not its negation */
    c = test_run("Laura Finch will no longer sit on the board of Verdant Mills.", "2025-07-10");
    assert_int_not_equal(test_event(c, "board_change")->modality, CHR_MOD_NEGATED);
    chr_corpus_free(c);

    c = test_run("BrightPath signed a supply agreement with Northmart in May.", "2025-07-10");
    assert_non_null(test_event(c, "deal"));
    assert_null(test_event(c, "agreement")); /* one event: the supply deal */
    chr_corpus_free(c);
}

/* Cues from the blind set's third batch, in sentences of our own */
static void blind_set_third_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한빛전자 김도윤 대표는 지난 10월 이사회에 사의를 전달했다. 한빛건설은 고용노동부의 특별감독을 받고 있다. "
                             "검찰은 지난 2월 박성호 전 대표를 구속 기소했다.",
                             "2025-12-01");
    assert_non_null(test_event(c, "resignation"));
    assert_non_null(test_event(c, "investigation"));
    assert_non_null(test_event(c, "lawsuit"));
    chr_corpus_free(c);

    c = test_run("Verdant Mills said Monday that chief executive Laura Finch will retire at the end of the year. "
                 "She will be succeeded by Omar Reyes. Verdant Mills received a subpoena from the Department of Justice. "
                 "Kestrel Aerospace agreed on Tuesday to be acquired by Arden Defense. Kestrel went public in 2019. "
                 "Kestrel sold its camera unit to Brightline Optics.",
                 "2025-05-20");
    const chr_event *retire = test_event(c, "resignation");
    assert_non_null(retire);
    assert_string_equal(retire->value, "2025"); /* the reported clause's own time, not "Monday" */
    assert_non_null(test_event(c, "appointment"));
    assert_non_null(test_event(c, "investigation"));
    assert_null(test_event(c, "agreement")); /* agreeing to be acquired is the deal */
    assert_true(test_count_events(c, "deal") >= 2);
    chr_corpus_free(c);
}

/* Cues and roles from the blind set's fourth batch, in sentences of our own */
static void blind_set_fourth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("오코너는 자신의 엑스 계정에 반박하는 글을 올렸다. 한빛랩스는 2020년 두 사람이 함께 세운 회사다.", "2026-01-15");
    assert_non_null(test_event(c, "statement"));
    assert_non_null(test_event(c, "founding"));
    chr_corpus_free(c);

    c = test_run("Founded in 2015, Lumio Health serves two million patients. Lumio also announced a partnership with "
                 "Stanvale Hospitals. Its chief, Lee Jae-won, stepped down and was replaced by Choi Min-ji, who ran its European arm.",
                 "2026-04-02");
    assert_string_equal(participant_named(c, test_event(c, "founding"), "organization"), "Lumio Health");
    assert_non_null(test_event(c, "deal"));
    assert_true(has_role(c, test_event(c, "appointment"), "subject", "Choi Min-ji"));
    chr_corpus_free(c);

    /* a deal names its company even when a person is the subject */
    c = test_run("한빛랩스는 김서연 대표가 세운 회사로, 지난해 6월 시리즈B 투자에서 3억 달러를 유치했다.", "2026-01-15");
    const chr_event *deal = test_event(c, "deal");
    assert_non_null(deal);
    assert_string_equal(participant_named(c, deal, "organization"), "한빛랩스");
    chr_corpus_free(c);
}

/* Cues, roles and dating from the blind set's fifth batch, in sentences of our own */
static void blind_set_fifth_batch(void **state)
{
    (void)state;
    /* a subject left out names the previous sentence's person; a light verb
     * after a quote keeps the clause chain's time */
    chr_corpus *c = test_run("한빛전자 김도윤 대표가 물러났다. 지난 3월 취임한 지 8개월 만이다. "
                             "김 대표는 5일 \"책임을 통감한다\"며 사의를 밝혔다.",
                             "2025-11-06");
    assert_true(has_role(c, test_event(c, "appointment"), "subject", "김도윤"));
    assert_string_equal(test_event(c, "resignation")->value, "2025-11-05");
    chr_corpus_free(c);

    /* a length counts from the day the text last named when no event was told with it */
    c = test_run("김도윤 대표가 5일 사임했다. 한빛전자는 지난달 28일 정보가 유출됐다고 밝혔다. "
                 "개인정보보호위원회는 사흘 뒤 한빛전자에 대한 조사에 착수했다.",
                 "2025-11-06");
    assert_string_equal(test_event(c, "investigation")->value, "2025-10-31");
    chr_corpus_free(c);

    /* the topic company, not one named in passing */
    c = test_run("AR 스타트업 루미에르는 삼성전자 출신 한도윤 대표가 창업한 회사로, 지난해 11월 첫 제품을 출시했다.", "2025-10-02");
    assert_string_equal(participant_named(c, test_event(c, "product"), "organization"), "루미에르");
    chr_corpus_free(c);

    c = test_run("Workers at Ferrovia Italia S.p.A. walked off the job on Wednesday in a strike called by three unions. "
                 "Gallant Rock Partners won three seats on the board of Pinecrest Retail Group on Thursday. "
                 "A day after the vote, Pinecrest said it had hired Morgan Stanley.",
                 "2026-06-12");
    assert_non_null(test_event(c, "protest"));
    assert_null(test_event(c, "board_call")); /* a strike "called by" unions calls nobody */
    const chr_event *seats = test_event(c, "board_change");
    assert_non_null(seats);
    assert_string_equal(seats->value, "2026-06-11");
    assert_string_equal(test_event(c, "appointment")->value, "2026-06-12"); /* a day after the last event told */
    chr_corpus_free(c);
}

/* Cues, roles and dating from the blind set's sixth batch, in sentences of our own */
static void blind_set_sixth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("조선업체 한빛조선 노동조합이 24일 전면 파업에 들어갔다. 회사는 희망퇴직을 받는다. "
                             "최동혁 사장은 23일 담화문을 내고 계획을 그대로 추진하겠다고 밝혔다.",
                             "2025-07-24");
    assert_string_equal(test_event(c, "protest")->value, "2025-07-24"); /* "24일 전면": no "24 days ago" */
    assert_null(test_event(c, "resignation"));                          /* 희망퇴직 is no one's exit */
    assert_string_equal(test_event(c, "statement")->value, "2025-07-23"); /* the saying's day, not a future one */
    chr_corpus_free(c);

    c = test_run("Quarry Mobile Inc. has hired advisers to explore a sale. Chief executive Nina Patel resigned on Feb. 4. "
                 "The board named its chairman, Victor Hsu, as interim CEO the same day. Quarry was spun off from "
                 "Lakeshore Telecom in 2017.",
                 "2026-02-18");
    assert_non_null(test_event(c, "deal"));
    const chr_event *named = test_event(c, "appointment");
    assert_non_null(named);
    assert_string_equal(named->value, "2026-02-04");
    assert_non_null(test_event(c, "founding"));
    chr_corpus_free(c);

    /* a dated relative clause about another person stays that person's event */
    c = test_run("Emma Grant, who joined Harrowgate Bank from Barclays in 2021, will be replaced by deputy CFO Raj Mehta. "
                 "The bank agreed to settle an investigation by the Financial Conduct Authority. The regulator began "
                 "its inquiry in 2024.",
                 "2026-08-06");
    assert_int_equal(test_count_events(c, "appointment"), 2);
    assert_string_equal(test_event(c, "investigation")->value, "2024");
    chr_corpus_free(c);

    /* the one replaced leaves (seventh batch) */
    c = test_run("Anders Lindqvist replaces Choi Jae-hoon, the son of founder Choi Byung-ho.", "2026-09-17");
    assert_true(has_role(c, test_event(c, "resignation"), "subject", "Choi Jae-hoon"));
    chr_corpus_free(c);
}

/* Cues from the blind set's eighth batch, in sentences of our own */
static void blind_set_eighth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한빛항공은 1955년 전세기 업체로 출발했다. 창업주 일가는 1998년 회사를 대성그룹에 넘겼다. "
                             "국토교통부는 이달 초 지분 제한 위반 여부에 대한 심사에 들어갔다. 우진산업은 13일 물류 부문을 물적분할하기로 했다.",
                             "2025-12-30");
    assert_string_equal(test_event(c, "founding")->value, "1955");
    assert_non_null(test_event(c, "deal"));
    const chr_event *review = test_event(c, "investigation");
    assert_non_null(review);
    assert_int_not_equal(review->modality, CHR_MOD_POSSIBLE); /* what a probe looks into is no "whether" */
    assert_string_equal(review->value, "2025-12");             /* 제한 is a noun, not a verb that takes the date */
    assert_int_equal(test_count_events(c, "founding"), 2);      /* the spin-off founds a company */
    chr_corpus_free(c);
    /* considering whether to sue stays possible */
    c = test_run("소액주주연대는 18일 집단 소송 제기 여부를 검토하기로 했다.", "2024-05-20");
    assert_int_equal(test_event(c, "lawsuit")->modality, CHR_MOD_POSSIBLE);
    chr_corpus_free(c);

    /* English: "voted to remove him" dated by its sentence; a demand for a
     * return is a protest and the return only possible; "elected X's
     * grandson, Y, 44, as chairman" elects Y */
    c = test_run("On the morning of March 12, Aldana Robotics' board met and voted to remove Tomas Reyes as chief "
                 "executive. By the following week, investors had called for Tomas Reyes to be reinstated. "
                 "The board had elected Tomas Reyes's grandson, Peter Reyes, 44, as chairman.",
                 "2026-03-25");
    assert_string_equal(test_event(c, "ouster")->value, "2026-03-12");
    assert_non_null(test_event(c, "protest"));
    assert_int_equal(test_event(c, "return")->modality, CHR_MOD_POSSIBLE);
    assert_true(has_role(c, test_event(c, "appointment"), "subject", "Peter Reyes"));
    chr_corpus_free(c);
}

/* Cues and dating from the blind set's ninth batch, in sentences of our own */
static void blind_set_ninth_batch(void **state)
{
    (void)state;
    /* the next sentence's "이같이 밝혔다" dates an undated lead */
    chr_corpus *c = test_run("한빛전자가 마리아 곤살레스 최고운영책임자를 신임 대표로 선임했다. 한빛전자는 7일 보도자료를 내고 이같이 밝혔다. "
                             "곤살레스는 2018년 인텔에서 한빛전자로 자리를 옮겼다.",
                             "2025-05-08");
    assert_int_equal(test_count_events(c, "appointment"), 2);
    const chr_event *named = NULL;
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].value, "2025-05-07") == 0) named = &c->events.items[i];
    assert_non_null(named);
    chr_corpus_free(c);

    /* a subordinate clause with its own time closes; the main clause after it
     * keeps the sentence's time; "the same afternoon" */
    c = test_run("On Oct. 3, after the findings were presented, directors voted 7-2 to dismiss Daniel Ashworth. Chief "
                 "financial officer Claire Donovan was named interim chief executive the same afternoon. The auditor "
                 "flagged irregularities in late August. The board hired a law firm to investigate.",
                 "2025-10-23");
    assert_string_equal(test_event(c, "ouster")->value, "2025-10-03");
    assert_string_equal(test_event(c, "appointment")->value, "2025-10-03TAF");
    assert_string_equal(test_event(c, "investigation")->value, "2025-08");
    assert_int_equal(test_count_events(c, "appointment"), 1); /* a law firm hired to investigate is no appointment */
    chr_corpus_free(c);
}

/* Cues from the blind set's tenth batch, in sentences of our own */
static void blind_set_tenth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한빛엔터테인먼트의 문태식 대표가 배임 혐의로 구속됐다. 위원장은 오지현 부사장이 맡는다. "
                             "소속 가수들은 전속계약 해지를 요구하는 소송을 냈다. 류 전 대표는 2024년 3월 경영에서 물러난 뒤 "
                             "스타트업을 창업했다.",
                             "2026-02-12");
    assert_non_null(test_event(c, "investigation"));
    assert_non_null(test_event(c, "appointment"));
    assert_null(test_event(c, "deal"));                                 /* 전속계약 해지 is no deal */
    assert_string_equal(test_event(c, "resignation")->value, "2024-03"); /* "물러난 뒤": the verb, dated */
    chr_corpus_free(c);
    c = test_run("Corvex made the unsolicited $62-a-share offer to Helix shareholders on Nov. 17.", "2025-11-27");
    assert_string_equal(test_event(c, "deal")->value, "2025-11-17");
    chr_corpus_free(c);
}

/* Cues and dating from the blind set's eleventh batch, in sentences of our own */
static void blind_set_eleventh_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("24일 코스닥에 입성한 한빛바이오는 4만 원에 거래를 마쳤다. 이 부회장은 2015년 하늘전자에 입사했다. "
                             "박 대표는 당분간 상장 계획은 없다고 말했다.",
                             "2026-06-25");
    assert_string_equal(test_event(c, "deal")->value, "2026-06-24");
    assert_int_equal(test_count_events(c, "deal"), 1); /* a listing denied is none */
    assert_string_equal(test_event(c, "appointment")->value, "2015");
    chr_corpus_free(c);

    c = test_run("The residents filed the suit in 2022. The EPA said last month that it was reviewing the permit. "
                 "Ridgeway named a new plant manager, Samuel Okafor, in May. Vantage opened a store in March and "
                 "agreed last month to buy the online furniture seller Nestly.",
                 "2025-07-03");
    assert_string_equal(test_event(c, "lawsuit")->value, "2022");
    assert_string_equal(test_event(c, "investigation")->value, "2025-06");
    assert_string_equal(test_event(c, "appointment")->value, "2025-05");
    assert_string_equal(test_event(c, "deal")->value, "2025-06"); /* "last month", not the earlier verb's March */
    chr_corpus_free(c);
}

/* Cues and dating from the blind set's twelfth batch, in sentences of our own */
static void blind_set_twelfth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Cobalt Games fired chief executive Ryan Mitchell on Tuesday and brought back co-founder Jenna Ward. "
                             "Ward, who left Cobalt in 2021 to start a fund, returns as chief executive.",
                             "2025-10-16");
    const chr_event *back = test_event(c, "return");
    assert_non_null(back);
    assert_string_not_equal(back->value, "2021"); /* a relative clause's time is its own */
    assert_string_equal(test_event(c, "resignation")->value, "2021");
    chr_corpus_free(c);
    c = test_run("한빛해운은 지난해 9월 노르딕라인 측에 인수 의사를 처음 전달했다.", "2026-03-19");
    assert_null(test_event(c, "deal")); /* an intention to buy is no deal */
    chr_corpus_free(c);
    c = test_run("미래AI는 지난 2023년 설립 이후 누적 1,600억 원을 모았다.", "2026-08-27");
    assert_string_equal(test_event(c, "founding")->value, "2023");
    chr_corpus_free(c);
}

/* Cues from the blind set's thirteenth batch, in sentences of our own */
static void blind_set_thirteenth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한빛철강 노사는 지난 6일 임금협상을 타결했다. 창업주는 1995년 장남 이상훈 회장에게 경영권을 물려줬다.",
                             "2026-01-08");
    assert_null(test_event(c, "board_call")); /* wage talks are no board call */
    assert_string_equal(test_event(c, "agreement")->value, "2026-01-06");
    assert_string_equal(test_event(c, "appointment")->value, "1995");
    chr_corpus_free(c);
    c = test_run("Greywolf Capital began building its stake in July. Orbital Launch Systems agreed on Wednesday to go "
                 "public by merging with Horizon Acquisition Corp.",
                 "2025-08-21");
    assert_non_null(test_event(c, "deal"));
    assert_null(test_event(c, "agreement")); /* agreeing to go public is the deal */
    chr_corpus_free(c);
}

/* Cues from the blind set's fourteenth batch, in sentences of our own */
static void blind_set_fourteenth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("법원은 15일 대륜테크에 320억 원을 배상하라고 판결했다.", "2026-07-16");
    assert_string_equal(test_event(c, "lawsuit")->value, "2026-07-15");
    chr_corpus_free(c);
    /* a noun with its light verb, dated otherwise, is a filing of its own */
    c = test_run("법원은 15일 대륜테크에 배상하라고 판결했다. 화성전자는 2023년 5월 대륜테크를 상대로 소송을 제기했다. "
                 "화성전자는 지난 3월 미국에서도 같은 소송을 냈다.",
                 "2026-07-16");
    assert_int_equal(test_count_events(c, "lawsuit"), 3);
    chr_corpus_free(c);
    c = test_run("Elena Vargas bought back the coffee chain she started in 2009. Paul Lindgren had stepped down, "
                 "effective Sept. 30.",
                 "2025-09-25");
    assert_string_equal(test_event(c, "founding")->value, "2009");
    chr_corpus_free(c);
}

/* The held-out-like staff-letter page, in sentences of our own: a lead
 * dated by the detail sentence after it; a relative clause about a person
 * is background, not dated by an earlier event of its kind */
static void lead_detail_and_relative_clauses(void **state)
{
    (void)state;
    chr_corpus *c = test_run("직원 대다수가 경영진 퇴진을 요구하는 공개서한에 서명했다. 서명 인원은 20일 오후 400명에 이르렀다.",
                             "2024-03-21");
    assert_string_equal(test_event(c, "statement")->value, "2024-03-20TAF");
    chr_corpus_free(c);
    c = test_run("Rivermont Bank employees sent a letter to the board demanding the chief executive's resignation. "
                 "By Tuesday evening, 300 of them had signed it.",
                 "2024-03-21");
    assert_string_equal(test_event(c, "protest")->value, "2024-03-19TEV");
    assert_null(test_event(c, "deal")); /* signing "it" is no deal */
    chr_corpus_free(c);
    /* (a detail sentence that tells an event of its own dates only that) */
    c = test_run("세움건설이 노조와 임금 협상을 벌였다. 회사는 20일 새 공장을 인수했다.", "2024-03-21");
    assert_string_equal(test_event(c, "deal")->value, "2024-03-20");
    chr_corpus_free(c);
    c = test_run("도윤전자는 3일 김하늘 전무를 부사장으로 선임했다. 임시 대표에 오른 정민호 사장은 직원들에게 사과했다.",
                 "2024-03-21");
    assert_int_equal(test_count_events(c, "appointment"), 2);
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        if (!e->dropped && strcmp(e->type, "appointment") == 0 && has_role(c, e, "subject", "정민호"))
            assert_string_equal(e->value, "");
    }
    chr_corpus_free(c);
    /* (a told event of the same kind still takes the sentence before's date) */
    c = test_run("도윤전자는 3일 김하늘 전무를 부사장으로 선임했다. 정민호 사장도 대표에 올랐다.", "2024-03-21");
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "appointment") == 0)
            assert_string_equal(c->events.items[i].value, "2024-03-03");
    chr_corpus_free(c);
}

/* Cues from the blind set's fifteenth batch, in sentences of our own */
static void blind_set_fifteenth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("금감원은 8일 한빛건설에 과징금 120억 원을 부과하는 조치안을 올렸다. 내일모빌리티는 9일 정수민 대표를 선임했다.",
                             "2026-09-10");
    assert_string_equal(test_event(c, "investigation")->value, "2026-09-08");
    assert_string_equal(test_event(c, "appointment")->value, "2026-09-09"); /* 내일 inside a name is no date */
    chr_corpus_free(c);
    c = test_run("Federal prosecutors on Wednesday charged founder Brian Keller with securities fraud. Harbor Federal "
                 "chief executive Angela Ruiz will lead the combined bank.",
                 "2025-06-26");
    assert_string_equal(test_event(c, "lawsuit")->value, "2025-06-25");
    assert_non_null(test_event(c, "appointment"));
    chr_corpus_free(c);
}

/* Cues from the blind set's sixteenth batch, in sentences of our own */
/* Cues from the blind set's seventeenth batch, in sentences of our own */
static void blind_set_seventeenth_batch(void **state)
{
    (void)state;
    /* telling something in public is no listing; a day named earlier
     * anchors "two days later" when no dated event comes before */
    chr_corpus *c = test_run("Korvel Logistics disclosed the leak in March. It went public on May 6, saying card data was "
                             "taken. Two days later, investigators raided the firm's offices in Busan. In June, about 4,000 "
                             "customers filed a class action against Korvel Logistics.",
                             "2026-07-10");
    assert_null(test_event(c, "deal"));
    assert_string_equal(test_event(c, "investigation")->value, "2026-05-08");
    assert_string_equal(test_event(c, "lawsuit")->value, "2026-06");
    chr_corpus_free(c);
    c = test_run("The regulator fined Dunmore Bank $12 million on Tuesday. Lena Ortiz, who ran the retail unit, took over on "
                 "March 3. The retailer lined up $90 million in bankruptcy financing from its lenders. Staff threatened "
                 "to follow her.",
                 "2026-03-12");
    assert_string_equal(test_event(c, "investigation")->value, "2026-03-10");
    assert_true(has_role(c, test_event(c, "appointment"), "subject", "Lena Ortiz"));
    assert_string_equal(test_event(c, "appointment")->value, "2026-03-03");
    assert_non_null(test_event(c, "deal"));
    assert_non_null(test_event(c, "protest"));
    chr_corpus_free(c);
    /* the person who opens the sentence before an appositive is who the
     * passive verb is about, not a person in a later clause */
    c = test_run("Anna Hale said the plan would work. Hale, a restructuring expert, was hired in May and has run the "
                 "chain since chief executive Tom Reyes stepped down.",
                 "2026-07-10");
    assert_true(has_role(c, test_event(c, "appointment"), "subject", "Anna Hale"));
    chr_corpus_free(c);
    c = test_run("Marcus Bell opened the first shop in Leeds. The group went public with its findings.", "2026-07-10");
    assert_non_null(test_event(c, "founding"));
    assert_null(test_event(c, "deal"));
    chr_corpus_free(c);
    /* Korean: a stake bought, a fine as a sanction of its own date, a letter
     * to staff, a police search that names the article's company */
    c = test_run("한결테크은 지난해 8월 대운소재 지분 7%를 사들였다. 노동부는 2021년 한결테크에 과태료 2,000만 원을 부과한 바 "
                 "있다. 경찰은 지난 5일 본사를 압수수색했다. 한결테크 대표는 9일 직원들에게 보낸 글에서 사과했다.",
                 "2026-03-10");
    assert_string_equal(test_event(c, "deal")->value, "2025-08");
    assert_int_equal(test_count_events(c, "investigation"), 2);
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        if (!e->dropped && strcmp(e->type, "investigation") == 0) {
            assert_true(strcmp(e->value, "2021") == 0 || strcmp(e->value, "2026-03-05") == 0);
            assert_true(has_role(c, e, "organization", "한결테크"));
        }
    }
    assert_string_equal(test_event(c, "statement")->value, "2026-03-09");
    chr_corpus_free(c);
}

/* Cues from the blind set's eighteenth batch, in sentences of our own */
static void blind_set_eighteenth_batch(void **state)
{
    (void)state;
    /* the noun "fire" is no dismissal; a product "was introduced"; "the new
     * ships are" is no launch; an order won is a deal */
    chr_corpus *c = test_run("The Breeze X fan was introduced in June 2024. A loose wire can start a fire, and two small fires "
                             "were reported. In April, Tamsin Yards won a $900 million order for four tankers. Margins on the "
                             "new ships are thin.",
                             "2026-05-20");
    assert_null(test_event(c, "ouster"));
    assert_string_equal(test_event(c, "product")->value, "2024-06");
    assert_int_equal(test_count_events(c, "product"), 1);
    assert_string_equal(test_event(c, "deal")->value, "2026-04");
    chr_corpus_free(c);
    /* a relative clause's verb is the person's it follows; wage talks are no
     * board call; a denial is a statement */
    c = test_run("Park Ji-hoon, who became chief executive in March when his predecessor Han Do-yun retired, praised "
                 "the crew. Talks collapsed on Friday when union negotiators walked out. The parent group denied "
                 "that on Tuesday.",
                 "2026-07-09");
    assert_true(has_role(c, test_event(c, "appointment"), "subject", "Park Ji-hoon"));
    assert_false(has_role(c, test_event(c, "appointment"), "subject", "Han Do-yun"));
    assert_null(test_event(c, "board_call"));
    assert_string_equal(test_event(c, "statement")->value, "2026-07-07");
    chr_corpus_free(c);
    /* Korean: property sold, a CEO installed, a rally, a protest naming the
     * article's company */
    c = test_run("한별마트은 2022년 점포 5곳을 리츠에 팔고 다시 빌려 썼다. 대주주는 지난달 오세진 대표를 새로 앉혔다. "
                 "납품업체들은 3일 본사 앞에서 집회를 열었다.",
                 "2026-02-06");
    assert_string_equal(test_event(c, "deal")->value, "2022");
    assert_string_equal(test_event(c, "appointment")->value, "2026-01");
    assert_string_equal(test_event(c, "protest")->value, "2026-02-03");
    assert_true(has_role(c, test_event(c, "protest"), "organization", "한별마트"));
    chr_corpus_free(c);
}

/* Cues from the blind set's nineteenth batch, in sentences of our own */
static void blind_set_twenty_eighth_to_thirtieth_batches(void **state)
{
    (void)state;
    /* Korean: "그보다 이틀 앞서" counts back from the event told before;
     * seating someone "후임으로" is an appointment; a resignation "not
     * considered" and a return "not on the table" are negated; an apology
     * is a statement; a parliamentary audit is no investigation of the
     * company; a company ending in 텔레콤; a title of a security chief */
    chr_corpus *c = test_run("가람텔레콤 한도윤 대표는 전날 국정감사에 나와 \"책임을 통감한다\"고 사과했다. 그는 "
                             "\"사퇴는 고려하지 않고 있다\"고 말했다. 개인정보보호위원회는 지난달 10일 조사에 착수했다. "
                             "회사는 그보다 이틀 앞서 문재석 최고정보보호책임자를 경질하고 서은비 상무를 후임으로 앉혔다. "
                             "회사는 \"한 전 대표의 복귀는 논의 대상이 아니다\"라고 밝혔다.",
                             "2026-10-15");
    assert_non_null(test_entity(c, "가람텔레콤"));
    assert_non_null(test_event_on(c, "statement", "2026-10-14"));
    assert_non_null(test_event_on(c, "investigation", "2026-09-10"));
    assert_int_equal(test_count_events(c, "investigation"), 1);
    assert_non_null(test_event_on(c, "ouster", "2026-09-08"));
    assert_non_null(test_event_on(c, "appointment", "2026-09-08"));
    const chr_event *e = test_event(c, "resignation");
    assert_true(e == NULL || e->modality == CHR_MOD_NEGATED);
    e = test_event(c, "return");
    assert_true(e == NULL || e->modality == CHR_MOD_NEGATED);
    chr_corpus_free(c);
    /* a Chinese name in one word with its characters, after a word that is
     * no part of it; "린 회장" is that person; a noun in a quote or "해임
     * 직전" refers back; a public body with its short name in brackets and
     * an exchange are organisations, a company's four characters no person */
    c = test_run("대만 훙위안 이사회는 14일 창업자인 린정하오(林正豪) 회장의 해임안을 가결했다. 린 회장은 이튿날 "
                 "기자회견을 열고 \"불법 해임\"이라고 반발했다. 대만 금융감독관리위원회(금관회)가 해임 직전 주식 "
                 "거래를 조사하고 있다. 대만증권거래소는 거래를 멈췄다. 도와전기(東和電機) 전무가 왔다.",
                 "2026-09-18");
    assert_non_null(test_entity(c, "린정하오"));
    assert_null(test_entity(c, "창업자인 린정하오"));
    assert_ptr_equal(test_entity(c, "린"), test_entity(c, "린정하오"));
    assert_non_null(test_entity(c, "금융감독관리위원회"));
    assert_non_null(test_entity(c, "대만증권거래소"));
    assert_null(test_entity(c, "대만증권"));
    assert_null(test_entity(c, "도와전기"));
    assert_int_equal(test_count_events(c, "ouster"), 1);
    assert_non_null(test_event_on(c, "ouster", "2026-09-14"));
    chr_corpus_free(c);
    /* a federal office ending in 청 is an organisation; its clearance is
     * the end of its review; a loan agreement is a deal */
    c = test_run("독일 연방카르텔청은 지난해 11월 심사에 들어가 지난달 18일 승인했다. 회사는 지난해 12월 대주단과 "
                 "인수금융 약정을 체결했다.",
                 "2027-03-02");
    assert_non_null(test_entity(c, "연방카르텔청"));

    assert_non_null(test_event_on(c, "investigation", "2027-02-18"));
    assert_non_null(test_event_on(c, "deal", "2026-12"));
    chr_corpus_free(c);
    /* a time in a relative clause before the clause of the trigger is the
     * relative clause's; board titles; a company ending in 시스템즈 */
    c = test_run("나래온시스템즈 이사회는 감사인이 2027년 8월 27일 제기한 의견을 검토한 결과, 염태준 대표이사를 "
                 "해임하고 반지영 사내이사를 신규 대표이사로 선임했다고 9월 6일 밝혔다.",
                 "2027-09-08");
    assert_non_null(test_entity(c, "나래온시스템즈"));
    assert_non_null(test_entity(c, "반지영"));
    assert_null(test_event_on(c, "ouster", "2027-08-27"));
    chr_corpus_free(c);
    /* a tender offer is a deal, dated by "어제(12일)"; 금융투자업계 is no
     * investment; a private-equity house named in one word */
    c = test_run("13일 금융투자업계에 따르면 한울프라이빗에쿼티는 어제(12일) 미리내제과 보통주 최대 25%를 사들이는 "
                 "공개매수를 개시했다.",
                 "2027-10-13");
    assert_non_null(test_entity(c, "한울프라이빗에쿼티"));
    assert_non_null(test_event_on(c, "deal", "2027-10-12"));
    assert_int_equal(test_count_events(c, "deal"), 1);
    chr_corpus_free(c);
    /* "정 회장" when two brothers named 정 are in the story: the chairman */
    c = test_run("제목\n\n해오름유통 이사회는 지난 12일 정만석 회장을 해임하고 정은석 사장을 대표로 선임했다. "
                 "정 회장은 이튿날 법원에 가처분을 신청했다. 정 사장은 오늘 입장문을 냈다.\n",
                 "2028-04-19");
    e = test_event_on(c, "lawsuit", "2028-04-13");
    assert_non_null(e);
    assert_true(has_role(c, e, "subject", "정만석"));
    e = test_event(c, "statement");
    assert_non_null(e);
    assert_true(has_role(c, e, "subject", "정은석"));
    chr_corpus_free(c);
}

static void labour_dispute_in_english(void **state)
{
    (void)state;
    /* a date told before "that" is not the said clause's future ("told
     * workers on Sept. 14 that their jobs would end"); "Two days later"
     * counts from it, not from a day after the article; "until the next
     * morning" ends the span; walking off a shift is a protest; a charge
     * filed with a board is a legal action; a union that "called a rally"
     * holds no talks, and the rally is planned; events naming
     * nobody happen at the company the text names most; a correction
     * notice retells no event */
    chr_corpus *c = test_run("Corvin Distribution told 300 workers at its Akron depot on Sept. 14 that their jobs would "
                             "end on Nov. 15. Two days later, about 120 of them walked off the night shift and picketed "
                             "until the next morning. On Monday, the union filed an unfair labor practice charge with the "
                             "labor board. The union has called a rally for Saturday. Corvin Distribution declined to "
                             "comment.\n\nCorrection, Sept. 24: An earlier version said the walkout began on Sept. 15.\n",
                             "2027-09-24");
    assert_string_equal(test_timex_value(c, "Sept. 14"), "2027-09-14");
    const chr_event *e = test_event_on(c, "protest", "2027-09-16");
    assert_non_null(e);
    assert_int_equal(test_count_events(c, "protest"), 2);
    assert_int_equal(e->participants.len, 1);
    assert_string_equal(c->entities.items[e->participants.items[0].entity].name, "Corvin Distribution");
    int planned_rallies = 0;
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "protest") == 0 &&
            c->events.items[i].modality == CHR_MOD_PLANNED)
            planned_rallies++;
    assert_int_equal(planned_rallies, 1);
    assert_non_null(test_event_on(c, "lawsuit", "2027-09-20"));
    assert_null(test_event(c, "board_call"));
    chr_corpus_free(c);
    /* a threat to quit unless someone returns is a protest, not a
     * resignation; a demand for a reinstatement is no reinstatement */
    c = test_run("Headline\n\nOn Sunday, more than 200 researchers signed a letter saying they would resign unless "
                 "Marsh was brought back. On Monday, the fund called two directors to demand her reinstatement.\n",
                 "2028-02-10");
    assert_non_null(test_event_on(c, "protest", "2028-02-06"));
    assert_null(test_event(c, "resignation"));
    const chr_event *r = test_event(c, "return");
    assert_true(r == NULL || r->modality == CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
    /* a verb after "just days after" does not take the main clause's
     * time; a noun after "after an" does; a bid of a price is a deal; a
     * union "will rally" */
    c = test_run("Headline\n\nCorlan resigned late last night, just days after investigators searched the offices. "
                 "Keller resigned in February after an internal review. Dahl entered the contest in October with a "
                 "bid of $29. The union says it will rally on Saturday.\n",
                 "2028-01-13");
    assert_null(test_event_on(c, "investigation", "2028-01-12"));
    assert_non_null(test_event_on(c, "investigation", "2027-02"));
    assert_non_null(test_event_on(c, "deal", "2027-10"));
    assert_non_null(test_event_on(c, "protest", "2028-01-15"));
    chr_corpus_free(c);
}

static void earnings_call_in_english(void **state)
{
    (void)state;
    /* the date a change takes effect dates it, planned when ahead; who
     * resigns is a person; a plan ahead is not what someone did years
     * before; a quarter over before the article's month in a future clause
     * is next year's; starting "this company" is a founding; closing "it"
     * after an acquisition is the deal; a name before ", our treasurer" */
    chr_corpus *c = test_run("My grandfather started this company with one truck in 1958. We announced the acquisition of "
                             "Redvale Foods in June and closed it on August 31. We will reduce headcount by about 450 roles "
                             "by the end of the first quarter. The board has appointed Tom Vasquez, our treasurer, as chief "
                             "financial officer effective April 1. Vasquez joined the company in 2015. Bob Lee resigned, "
                             "effective Dec. 31.",
                             "2026-11-05");
    assert_non_null(test_event_on(c, "founding", "1958"));
    assert_non_null(test_event_on(c, "deal", "2026-08-31"));
    assert_string_equal(test_timex_value(c, "the first quarter"), "2027-Q1");
    const chr_event *e = test_event_on(c, "appointment", "2027-04-01");
    assert_non_null(e);
    assert_int_equal(e->modality, CHR_MOD_PLANNED);
    assert_non_null(test_event_on(c, "appointment", "2015"));
    assert_non_null(test_entity(c, "Bob Lee"));
    assert_non_null(test_entity(c, "Tom Vasquez"));
    e = test_event_on(c, "resignation", "2026-12-31");
    assert_non_null(e);
    assert_int_equal(e->modality, CHR_MOD_PLANNED);
    chr_corpus_free(c);
}

static void hostile_bid_blog(void **state)
{
    (void)state;
    /* an approach, a rejected offer, a raised offer; a year before an
     * event's noun ("the 2021 purchase") dates it; a sentence that names a
     * day and tells nothing dates the verb of the next one in its
     * paragraph */
    chr_corpus *c = test_run("Week one at Ambervale\n\n"
                             "Orvane Packaging Inc. privately approached Ambervale Paper Co. in December. On Tuesday "
                             "Ambervale's board unanimously rejected the offer. Two days later Orvane raised its offer to "
                             "$42 a share. Ambervale spent the money from the 2021 purchase of Bellgrove Mills on debt.\n\n"
                             "On Friday the mood changed. Ambervale agreed to hold talks with Orvane Packaging Inc.\n",
                             "2027-02-14");
    assert_non_null(test_event_on(c, "board_call", "2026-12"));
    assert_non_null(test_event_on(c, "statement", "2027-02-09"));
    assert_non_null(test_event_on(c, "deal", "2027-02-11"));
    assert_non_null(test_event_on(c, "deal", "2021"));
    assert_string_equal(test_timex_value(c, "2021"), "2021");
    assert_non_null(test_event_on(c, "agreement", "2027-02-12"));
    chr_corpus_free(c);
}

static void korean_blog_day_headings(void **state)
{
    (void)state;
    /* a blog's day headings: two timexes on one heading line; a length
     * heading ("이틀 뒤") counts from the heading before, not from a day
     * told inside its section; a bare weekday heading after them is the
     * next such day, not the coming one; an exchange's inquiry request */
    chr_corpus *c = test_run("지난주 정리\n\n"
                             "지난 한 주 동안 가온제약에서 있었던 일을 날짜별로 정리해 봤습니다.\n\n"
                             "✔ 지난주 월요일(26일)\n"
                             "가온제약 이사회가 바이오벤처 큐어린을 흡수합병하기로 결의했습니다. 다음 날 주가가 빠졌습니다.\n\n"
                             "✔ 이틀 뒤\n"
                             "소액주주들이 반대 서명을 받기 시작했어요.\n\n"
                             "✔ 목요일\n"
                             "창업주 정민석 전 회장이 대표이사로 복귀했습니다.\n\n"
                             "✔ 금요일\n"
                             "한국거래소가 가온제약에 조회공시를 요구했습니다.\n",
                             "2027-08-02");
    assert_string_equal(test_timex_value(c, "이틀 뒤"), "2027-07-28");
    assert_string_equal(test_timex_value(c, "목요일"), "2027-07-29");
    assert_non_null(test_event_on(c, "deal", "2027-07-26"));
    assert_non_null(test_event_on(c, "protest", "2027-07-28"));
    assert_non_null(test_event_on(c, "return", "2027-07-29"));
    assert_non_null(test_event_on(c, "investigation", "2027-07-30"));
    chr_corpus_free(c);
}

static void encyclopedia_entry(void **state)
{
    (void)state;
    /* reference marks after a stop end the sentence ("reinstated.[6]
     * Over"); "the following weekend" is that of the narrative's week; a
     * raised Series A is a deal; a regulator's letter requesting documents
     * opens an inquiry */
    chr_corpus *c = test_run("Tarrow Robotics\n\n"
                             "Tarrow raised a $12 million Series A round in 2015.[2] On 2 February 2027, the board removed "
                             "Mara Voss as chief executive.[4] Three days later, 600 employees signed an open letter.[6] Over "
                             "the following weekend, Fernhill Ventures opened talks with the board about her return.[7] On 9 "
                             "February, Voss sued the company.[8] The Securities and Exchange Commission sent Tarrow a letter "
                             "on 12 February requesting documents on its sales.[citation needed]\n",
                             "2027-03-01");
    assert_non_null(test_event_on(c, "deal", "2015"));
    assert_string_equal(test_timex_value(c, "the following weekend"), "2027-W05-WE");
    assert_non_null(test_event_on(c, "board_call", "2027-W05-WE"));
    assert_non_null(test_event_on(c, "lawsuit", "2027-02-09"));
    assert_non_null(test_event_on(c, "investigation", "2027-02-12"));
    chr_corpus_free(c);
}

static void chronology_headings(void **state)
{
    (void)state;
    /* a chronology's dates in capitals, each on a line of its own, date
     * what they head; a label ("The following Monday:") heads its line
     * only; "Hours later" counts from the last event told as fact, not from
     * a planned one nor from a noun after it; a heading no date ends the
     * section */
    chr_corpus *c = test_run("Nine days at Harbin Tools\n\n"
                             "Mirela Dost became chief executive of Harbin Tools in 2020.\n\n"
                             "MONDAY, MARCH 1\n"
                             "The board votes 6-3 to dismiss Dost.\n\n"
                             "TUESDAY, MARCH 2\n"
                             "About 2,000 workers gather outside the plant at a rally called by the union.\n\n"
                             "THURSDAY, MARCH 4\n"
                             "Police search Harbin Tools' headquarters. Chairman Olaf Brenn resigns.\n\n"
                             "The following Monday: The two sides reach an agreement with Dost. She will return as CEO on "
                             "April 1. Hours later, two directors who had backed her removal step down.\n\n"
                             "WHAT COMES NEXT\n"
                             "Harbin fired its auditor.\n",
                             "2027-03-12");
    assert_non_null(test_entity(c, "Mirela Dost"));
    assert_non_null(test_event_on(c, "ouster", "2027-03-01"));
    assert_non_null(test_event_on(c, "protest", "2027-03-02"));
    assert_non_null(test_event_on(c, "investigation", "2027-03-04"));
    assert_non_null(test_event_on(c, "resignation", "2027-03-04"));
    assert_non_null(test_event_on(c, "resignation", "2027-03-08"));
    assert_string_equal(test_timex_value(c, "Hours later"), "PTXH");
    assert_null(test_event_on(c, "ouster", "2027-03-08"));
    chr_corpus_free(c);
    /* one date on a line of its own is no chronology: it dates nothing
     * beyond its line */
    c = test_run("Harbin Tools fires its chief\n\nMarch 12, 2027\n\nThe board fired Mirela Dost.\n", "2027-03-12");
    const chr_event *e = test_event(c, "ouster");
    assert_non_null(e);
    assert_string_equal(e->value, "");
    chr_corpus_free(c);
    /* a demand to reinstate is no reinstatement */
    c = test_run("The family foundation calls publicly for Dost to be reinstated.", "2027-03-12");
    assert_non_null(test_event(c, "protest"));
    e = test_event(c, "return");
    assert_true(e == NULL || e->modality == CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
}

static void blind_set_twenty_fifth_to_twenty_seventh_batches(void **state)
{
    (void)state;
    /* English: a time in a relative clause after the trigger is not its
     * own; "a week after the vote" counts from the event told with "voted";
     * "the next day" after an event dated that way counts from it; acting
     * as chief executive; inquiries made; a public body joining two words
     * with "and" (two companies joined by "and" stay two) */
    chr_corpus *c = test_run("On Thursday, February 4, the board of Kelso Mining voted to remove Mara Quist, who had run the "
                             "company since 2021. Hours later, the chairman said Ron Bale would act as chief executive. "
                             "The following Monday, investors wrote to the chairman. A week after the vote, the board "
                             "reinstated her. The chairman resigned the next day. The Australian Securities and "
                             "Investments Commission said it had made inquiries.",
                             "2027-02-19");
    assert_string_equal(test_event(c, "ouster")->value, "2027-02-04");
    assert_string_equal(test_event(c, "return")->value, "2027-02-11");
    assert_string_equal(test_event(c, "resignation")->value, "2027-02-12");
    assert_non_null(test_event(c, "investigation"));
    assert_non_null(test_entity(c, "Australian Securities and Investments Commission"));
    int saw_acting = 0;
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "appointment") == 0 &&
            has_role(c, &c->events.items[i], "subject", "Ron Bale"))
            saw_acting = 1;
    assert_true(saw_acting);
    chr_corpus_free(c);
    /* a live blog: a review "whether … on Monday" is today's; a founder in a
     * relative clause keeps her own year; talks on terms for a return are
     * no return; directors who "have resigned from the board" today */
    c = test_run("The board voted on Monday evening to dismiss Yoon Ha-jin, who founded Dasom Mobility in 2016. "
                 "The regulator says it has begun reviewing whether Dasom disclosed the decision on Monday. "
                 "Yoon and the chair have been talking about terms for her return. "
                 "Two of Dasom's seven directors have resigned from the board.",
                 "2026-12-09");
    assert_string_equal(test_event(c, "founding")->value, "2016");
    assert_string_equal(test_event(c, "investigation")->value, "2026-12-09");
    assert_int_equal(test_event(c, "return")->modality, CHR_MOD_POSSIBLE);
    assert_string_equal(test_event(c, "board_change")->value, "2026-12-09");
    assert_non_null(test_entity(c, "Dasom Mobility"));
    chr_corpus_free(c);
    c = test_run("Tessaly Foods and Brannock Dairy completed their merger.", "2027-02-19");
    assert_null(test_entity(c, "Tessaly Foods and Brannock Dairy"));
    chr_corpus_free(c);
}

static void blind_set_twenty_fourth_batch(void **state)
{
    (void)state;
    /* Korean: "그때까지 … 맡는다" holds now (the article's day), apart from
     * the successor to be picked next week, whose subject is no person of a
     * later clause; "복귀 이튿날" is the day after the return, not the
     * return's; a founder's company with words between; a lead's "이튿날"
     * with no day before it does not date the event past the article */
    chr_corpus *c = test_run("다온마켓은 이르면 다음 주 후임 대표를 선임할 예정이며, 그때까지 정세린 최고운영책임자가 대표 "
                             "업무를 맡는다. 2008년 한지오 대표가 대학 동기 3명과 세운 다온마켓은 성장했다.",
                             "2026-09-24");
    int saw_now = 0, saw_next = 0;
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        if (e->dropped || strcmp(e->type, "appointment") != 0) continue;
        if (strcmp(e->value, "2026-09-24") == 0 && has_role(c, e, "subject", "정세린")) saw_now = 1;
        if (strcmp(e->value, "2026-W40") == 0 && !has_role(c, e, "subject", "정세린")) saw_next = 1;
    }
    assert_true(saw_now);
    assert_true(saw_next);
    assert_string_equal(test_event(c, "founding")->value, "2008");
    chr_corpus_free(c);
    c = test_run("이사회는 9일 한아름 창업자를 대표로 복귀시켰다. 노조는 한 대표 복귀 이튿날 성명을 내고 반대했다.",
                 "2026-11-14");
    assert_string_equal(test_event(c, "return")->value, "2026-11-09");
    assert_string_equal(test_event(c, "statement")->value, "2026-11-10");
    chr_corpus_free(c);
    c = test_run("제재 발표 이튿날 회사 대표는 물러나겠다고 밝혔다.", "2026-09-24");
    const chr_event *quit = test_event(c, "resignation");
    assert_non_null(quit);
    assert_string_not_equal(quit->value, "2026-09-25");
    assert_null(test_entity(c, "이튿날"));
    chr_corpus_free(c);
}

static void blind_set_twenty_third_batch(void **state)
{
    (void)state;
    /* Korean: a re-election voted down removes the one standing (no
     * appointment, no return in 재선임); a demand for an exit is a protest;
     * 창사; a founder's company ("…대표가 세운 X는"); a lead dated by the
     * source's day in the next sentence */
    chr_corpus *c = test_run("오카모토전기는 25일 주주총회에서 이시다 사장의 이사 재선임 안건이 찬성 41.5%로 부결됐다고 밝혔다. "
                             "펀드는 4월 공개서한을 내 사장의 퇴진과 사외이사 교체를 요구했다. 1961년 창사 이후 처음이다.",
                             "2026-06-26");
    assert_string_equal(test_event(c, "ouster")->value, "2026-06-25");
    assert_null(test_event(c, "return"));
    assert_null(test_event(c, "appointment"));
    assert_string_equal(test_event(c, "protest")->value, "2026-04");
    assert_string_equal(test_event(c, "founding")->value, "1961");
    chr_corpus_free(c);
    c = test_run("바이오기업 해랑바이오가 코스닥 상장 첫날 두 배로 장을 마쳤다. 14일 한국거래소에 따르면 해랑바이오는 이날 "
                 "5만 원에 거래를 마쳤다. 2018년 약대 교수 출신 여민재 대표가 세운 해랑바이오는 항체 기술을 갖고 있다.",
                 "2026-10-14");
    assert_string_equal(test_event(c, "deal")->value, "2026-10-14");
    assert_string_equal(test_event(c, "founding")->value, "2018");
    chr_corpus_free(c);
    /* names: a transliterated word and a bare one before a title, one of
     * them recurring alone, are one name; a title alone is nobody */
    c = test_run("일본 오카모토전기의 야마자키 요시오 사장이 물러났다. 야마자키 사장은 2018년 취임했다. 회사는 "
                 "하세가와 마키 전무를 사장으로 선임했다. 하세가와 신임 사장은 말했다.",
                 "2026-06-26");
    assert_non_null(test_entity(c, "야마자키 요시오"));
    assert_non_null(test_entity(c, "하세가와 마키"));
    assert_null(test_entity(c, "전무"));
    chr_corpus_free(c);
    /* English: a market debut; leading a round; talks on a "possible"
     * return are no return; public bodies named for their country */
    c = test_run("Shares of Tarsa Pay jumped 20% on their first day of trading on Thursday. Kite Ventures, which led "
                 "Tarsa's Series A in 2018, still holds 9%. Investors held talks with the founder on a possible return. "
                 "The Reserve Bank of India will watch.",
                 "2026-09-10");
    assert_non_null(test_event_on(c, "deal", "2026-09-10"));
    assert_non_null(test_event_on(c, "deal", "2018"));
    assert_int_equal(test_event(c, "return")->modality, CHR_MOD_POSSIBLE);
    assert_non_null(test_entity(c, "Tarsa Pay"));
    assert_non_null(test_entity(c, "Reserve Bank of India"));
    chr_corpus_free(c);
}

static void blind_set_twenty_second_batch(void **state)
{
    (void)state;
    /* English: a vote to remove is done; removing directors is a board
     * change; "has named" is today; coming to a company; no lawsuit filed
     * is negated; an investigation "into whether" is no condition; a
     * regulator asking for documents investigates, as the agent */
    chr_corpus *c = test_run("The board of Orla Health voted 6-3 on Monday to remove chief executive Dan Pike. It also removed "
                             "two directors who had backed him. The board has named Rita Moss as interim CEO. Pike came "
                             "to Orla in 2018 from a rival. No lawsuit has been filed. In May, the state opened an investigation "
                             "into whether funds were misused. In June, the SEC asked the company for documents.",
                             "2026-10-28");
    const chr_event *ouster = test_event(c, "ouster");
    assert_non_null(ouster);
    assert_int_equal(ouster->modality, CHR_MOD_ASSERTED);
    assert_string_equal(ouster->value, "2026-10-26");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    assert_non_null(test_event(c, "board_change"));
    int saw_interim = 0, saw_2018 = 0;
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        if (e->dropped || strcmp(e->type, "appointment") != 0) continue;
        if (strcmp(e->value, "2026-10-28") == 0 && has_role(c, e, "subject", "Rita Moss")) saw_interim = 1;
        if (strcmp(e->value, "2018") == 0) saw_2018 = 1;
    }
    assert_true(saw_interim);
    assert_true(saw_2018);
    assert_int_equal(test_event(c, "lawsuit")->modality, CHR_MOD_NEGATED);
    int saw_probe = 0, saw_sec = 0;
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        if (e->dropped || strcmp(e->type, "investigation") != 0) continue;
        if (strcmp(e->value, "2026-05") == 0 && e->modality == CHR_MOD_ASSERTED) saw_probe = 1;
        if (strcmp(e->value, "2026-06") == 0 && has_role(c, e, "agent", "SEC")) saw_sec = 1;
    }
    assert_true(saw_probe);
    assert_true(saw_sec);
    chr_corpus_free(c);
    /* what someone called a thing is no call; a document signed by
     * holders is no deal */
    c = test_run("The board cited what it called \"persistent disagreements\". The consent, signed by holders of 54% "
                 "of the shares, was delivered on June 3.",
                 "2026-11-17");
    assert_null(test_event(c, "board_call"));
    assert_null(test_event(c, "deal"));
    chr_corpus_free(c);
    /* Korean: "이튿날" right after an event's noun counts from that event,
     * not from the last date named; a petition to a court; a funding
     * round; a committee's name holding 투자 is no deal; a company grown
     * from a workshop */
    c = test_run("사태는 지난 3일 시작됐다. 그는 이틀 뒤 법원에 가처분을 신청했다. 법원은 오는 20일 심문기일을 연다. "
                 "가처분 신청 이튿날에는 모친 이정숙 여사가 입장문을 냈다. 그는 어제 법원에 임시 주총 소집 허가도 "
                 "함께 신청했다.",
                 "2026-11-10");
    assert_string_equal(test_event(c, "statement")->value, "2026-11-06");
    assert_non_null(test_event_on(c, "lawsuit", "2026-11-05"));
    assert_non_null(test_event_on(c, "lawsuit", "2026-11-09"));
    assert_non_null(test_entity(c, "이정숙"));
    chr_corpus_free(c);
    c = test_run("하늘보안은 지난해 시리즈B에서 7,000만 달러를 유치했다. 거래는 외국인투자심의위원회 심사를 거쳐야 "
                 "한다. 한솔어묵은 1978년 부산의 작은 공장에서 출발했다.",
                 "2026-09-15");
    assert_int_equal(test_count_events(c, "deal"), 1);
    assert_string_equal(test_event(c, "deal")->value, "2025");
    assert_string_equal(test_event(c, "founding")->value, "1978");
    chr_corpus_free(c);
}

static void blind_set_twenty_first_batch(void **state)
{
    (void)state;
    /* Korean: stepping down from 대표이사직 is a resignation, not a board
     * change; acting for the CEO is an appointment; an inspection opened
     * "사고 이틀 뒤" stays apart from a search dated later; a noun with
     * 경위 refers back */
    chr_corpus *c = test_run("한빛조선 박서준 대표는 오늘 \"대표이사직에서 물러난다\"고 밝혔다. 회사는 이수민 부사장이 대표 "
                             "직무를 대행한다고 밝혔다. 사고는 지난달 20일 일어났다. 고용노동부는 사고 이틀 뒤 한빛조선에 "
                             "대한 특별감독에 착수했고, 경찰은 지난 3일 본사를 압수수색했다.",
                             "2026-11-12");
    assert_non_null(test_event(c, "resignation"));
    assert_null(test_event(c, "board_change"));
    assert_int_equal(test_count_events(c, "investigation"), 2);
    assert_non_null(test_event_on(c, "investigation", "2026-10-22"));
    assert_non_null(test_event_on(c, "investigation", "2026-11-03"));
    int saw_acting = 0;
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "appointment") == 0) saw_acting = 1;
    assert_true(saw_acting);
    chr_corpus_free(c);
    /* named as interim CEO (지명); directors leaving the board; a letter
     * dated by its own clause though the quote in it holds another trigger */
    c = test_run("최고기술책임자 마야 엘링턴이 17일 임시 CEO로 지명됐다. 기존 이사 3명은 20일 이사회를 떠났다. "
                 "19일에는 직원 300여 명이 서한을 보내 \"이사회가 물러나지 않으면 떠나겠다\"고 경고했다.",
                 "2026-10-23");
    assert_string_equal(test_event(c, "appointment")->value, "2026-10-17");
    assert_string_equal(test_event(c, "board_change")->value, "2026-10-20");
    assert_string_equal(test_event(c, "statement")->value, "2026-10-19");
    chr_corpus_free(c);
    /* English: a source's anonymity is no appointment; "calling for" a
     * departure; the interim chief takes the departure's day; leaving the
     * board is a board change only, "a day later" counted from the date
     * before it; "started X in 2013" a founding; a challenge not ruled out
     * is possible */
    c = test_run("Marlow Foods chief executive Ann Vey resigned on Friday. Finance chief Tom Reed will run the company "
                 "on an interim basis. The people asked not to be named. On Monday, the board met investors, "
                 "and a day later two directors resigned from the board. An investor wrote to the board on Sept. 18 "
                 "calling for Vey's departure. Vey started Marlow in 2013. She has not ruled out a legal challenge.",
                 "2026-10-09");
    int saw_interim = 0;
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        if (!e->dropped && strcmp(e->type, "appointment") == 0 && strcmp(e->value, "2026-10-09") == 0 &&
            has_role(c, e, "subject", "Tom Reed"))
            saw_interim = 1;
    }
    assert_true(saw_interim);
    for (size_t i = 0; i < c->events.len; i++) /* (leaving the board is no resignation) */
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "resignation") == 0)
            assert_string_not_equal(c->events.items[i].value, "2026-10-06");
    assert_string_equal(test_event(c, "board_change")->value, "2026-10-06");
    assert_string_equal(test_event(c, "protest")->value, "2026-09-18");
    assert_string_equal(test_event(c, "founding")->value, "2013");
    assert_int_equal(test_event(c, "lawsuit")->modality, CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
    c = test_run("The company has ruled out a sale.", "2026-10-09");
    assert_null(test_event(c, "lawsuit"));
    chr_corpus_free(c);
}

/* Dating: a noun later events count from, a noun's light verb, a plan's
 * length, a relative clause on a noun. */
static void dating_nouns_plans_and_relative_clauses(void **state)
{
    (void)state;
    /* "복귀 후 첫 강연": the week dates the talk, not the return */
    chr_corpus *c = test_run("한결소프트 오유진 대표는 지난 9일 회사로 복귀했다. 오 대표는 이번 주 부산에서 열리는 "
                             "한 포럼에서 복귀 후 첫 강연에 나설 예정이다.",
                             "2025-06-16");
    assert_non_null(test_event_on(c, "return", "2025-06-09"));
    assert_null(test_event_on(c, "return", "2025-W25"));
    chr_corpus_free(c);
    /* (a verb with its object before "뒤" keeps its own time) */
    c = test_run("세린캐피털은 지난해 11월 한결소프트 지분을 처음 사들인 뒤 올해 3월까지 지분을 8%로 늘렸다.", "2025-06-16");
    assert_non_null(test_event_on(c, "deal", "2024-11"));
    chr_corpus_free(c);
    /* a noun with its light verb ("해임을 통보했다") tells the event: the
     * day of the sentence before dates it */
    c = test_run("사태의 시작은 지난 4일 오후였다. 한결소프트 이사회는 정기 회의 직후 오유진 대표를 따로 불러 해임을 통보했다.",
                 "2025-06-16");
    assert_non_null(test_event_on(c, "ouster", "2025-06-04TAF"));
    chr_corpus_free(c);
    /* a noun naming an event told elsewhere takes no date from another
     * event of its sentence */
    c = test_run("한결소프트 이사회는 해임 사유를 밝히지 않았다. 2023년 한결소프트 투자를 주도한 세린캐피털은 이사회에 "
                 "해임 결정을 철회하라는 서한을 보냈다.",
                 "2025-06-16");
    assert_null(test_event_on(c, "ouster", "2023"));
    chr_corpus_free(c);
    /* a plan lies ahead: a length counts from the article's day, not from
     * an earlier event that would put it in the past */
    c = test_run("한결소프트는 지난해 12월 대주단과 인수금융 약정을 체결했다. 오유진 대표는 사흘 뒤 열리는 세린 이사회에서 "
                 "의장으로 취임할 예정이다.",
                 "2027-03-02");
    assert_non_null(test_event_on(c, "appointment", "2027-03-05"));
    chr_corpus_free(c);
    /* a relative clause on a noun has its own time; one that tells the
     * noun's start dates it */
    c = test_run("Harlan Tools went to Pellow's shareholders on Monday, launching a tender offer that is scheduled to expire "
                 "at midnight on June 15.",
                 "2027-05-20");
    assert_null(test_event_on(c, "deal", "2027-05-20T24:00"));
    assert_null(test_event_on(c, "deal", "2027-06-15T24:00"));
    assert_non_null(test_event_on(c, "deal", "2027-05-17"));
    chr_corpus_free(c);
    c = test_run("Members of the union at Pellow Corp voted on Monday to ratify a contract, ending a walkout that began "
                 "Sept. 14.",
                 "2027-11-02");
    assert_non_null(test_event_on(c, "protest", "2027-09-14"));
    chr_corpus_free(c);
    /* a run-in label in emphasis dates its paragraph ("**Monday.** …") */
    c = test_run("**Monday.** The board met in the afternoon and voted to remove Jane Roe as chief executive of Pellow "
                 "Corp. The company said the board had concerns. John Poe was named interim CEO in the same "
                 "announcement.\n\n**Tuesday.** By Tuesday afternoon, 212 employees had signed a letter to the board.",
                 "2025-08-10");
    assert_non_null(test_event_on(c, "appointment", "2025-08-04"));
    chr_corpus_free(c);
    /* telling customers is a statement, and a day counted from its noun
     * counts from it ("통지 바로 다음 날") */
    c = test_run("사태는 작년 11월 15일 시작됐다. 가람헬스는 사흘 뒤 회원들에게 유출 사실을 통지했다. "
                 "개인정보보호위원회는 통지 바로 다음 날 조사에 착수했다.",
                 "2025-03-07");
    assert_non_null(test_event_on(c, "statement", "2024-11-18"));
    assert_non_null(test_event_on(c, "investigation", "2024-11-19"));
    chr_corpus_free(c);
    /* a time inside an "after …," clause is that clause's when the
     * sentence opened with its own */
    c = test_run("In July, after outside counsel reported that Jane Roe had been warned about the practices in 2022, "
                 "she resigned as chief executive of Pellow Corp.",
                 "2026-02-10");
    assert_non_null(test_event_on(c, "resignation", "2025-07"));
    chr_corpus_free(c);
    /* a time in a clause on a later noun is not the trigger's; one on a
     * meeting where it happens, or telling a noun's start, is */
    c = test_run("Last Thursday, Pellow Corp agreed to pay $38 million to settle charges that it misled investors "
                 "in 2022.",
                 "2026-02-10");
    assert_non_null(test_event_on(c, "agreement", "2026-02-05"));
    chr_corpus_free(c);
    c = test_run("Chairman John Poe will step down from the board of Pellow Corp at a shareholders' meeting that the "
                 "company expects to hold in November.",
                 "2025-10-02");
    assert_non_null(test_event_on(c, "board_change", "2025-11"));
    chr_corpus_free(c);
    /* a final candidate chosen is an appointment; a regulator's
     * recommendation to dismiss is no ouster */
    c = test_run("가람은행 임원후보추천위원회는 어제 회의를 열고 윤서경 전 부행장을 차기 행장 최종 후보로 추천했다. "
                 "금감원은 지난 13일 오세훈 전 행장에게 해임권고 상당의 중징계를 결정했다.",
                 "2025-06-19");
    assert_non_null(test_event_on(c, "appointment", "2025-06-18"));
    assert_int_equal(test_count_events(c, "ouster"), 0);
    chr_corpus_free(c);
    /* "a court-appointed mediator" is no appointment */
    c = test_run("A court-appointed mediation session at Pellow Corp last Friday ended without agreement.", "2025-04-08");
    assert_int_equal(test_count_events(c, "appointment"), 0);
    chr_corpus_free(c);
    /* "a retired federal prosecutor" is no retirement */
    c = test_run("Pellow Corp named a retired federal prosecutor to its board on Monday.", "2026-02-10");
    assert_int_equal(test_count_events(c, "resignation"), 0);
    chr_corpus_free(c);
}

static void blind_set_twentieth_batch(void **state)
{
    (void)state;
    /* a company known by what only a company has; a person after a title set
     * off by commas; a search of its plant; an inspection that found
     * something; a listing; a fleet order; a stake disclosed */
    chr_corpus *c = test_run("Corlay Airlines orders 30 regional jets from Hesper. Tarnwick Glass's main factory was "
                             "searched by police on Tuesday. The company placed its head of operations, Mara Velde, on "
                             "leave. A state inspection found 12 violations at a Tarnwick warehouse in January. "
                             "Tarnwick listed on the Frankfurt Stock Exchange in 2015. Ansel Capital disclosed a 6% "
                             "stake in Tarnwick last week.",
                             "2026-03-12");
    assert_non_null(test_entity(c, "Tarnwick Glass"));
    assert_non_null(test_entity(c, "Mara Velde"));
    assert_int_equal(test_count_events(c, "investigation"), 2);
    int saw_listing = 0, saw_order = 0, saw_stake = 0;
    for (size_t i = 0; i < c->events.len; i++) {
        const chr_event *e = &c->events.items[i];
        if (e->dropped || strcmp(e->type, "deal") != 0) continue;
        if (strcmp(e->value, "2015") == 0) saw_listing = 1;
        else if (has_role(c, e, "organization", "Corlay Airlines")) saw_order = 1;
        else if (strcmp(e->value, "2026-W10") == 0) saw_stake = 1;
    }
    assert_true(saw_listing);
    assert_true(saw_order);
    assert_true(saw_stake);
    chr_corpus_free(c);
    /* a demand in the present tense is a protest; what it demands is only
     * possible */
    c = test_run("Unions at Corlay Airlines call for the resignation of chief executive Owen Tarr.", "2026-04-08");
    assert_non_null(test_event(c, "protest"));
    assert_int_equal(test_event(c, "protest")->modality, CHR_MOD_ASSERTED);
    assert_int_equal(test_event(c, "resignation")->modality, CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
    /* Korean: duties handed to someone are an appointment; a regulator's
     * examination; what is only considered is possible, what was never
     * considered negated; a company someone started */
    c = test_run("다온페이는 12일 서하진 상무에게 CFO 업무를 맡기기로 했다. 금융감독원은 13일 다온페이에 대한 수시검사에 "
                 "착수했다. 가맹점주들은 집단 소송을 검토하고 있다. 다온페이는 2016년 정태윤 대표가 차린 회사다.",
                 "2026-05-14");
    assert_string_equal(test_event(c, "appointment")->value, "2026-05-12");
    assert_string_equal(test_event(c, "investigation")->value, "2026-05-13");
    assert_int_equal(test_event(c, "lawsuit")->modality, CHR_MOD_POSSIBLE);
    assert_string_equal(test_event(c, "founding")->value, "2016");
    assert_non_null(test_entity(c, "다온페이"));
    chr_corpus_free(c);
    assert_int_equal(modality_of("노조는 회사 매각을 고려한 적이 없다고 밝혔다.", "deal"), CHR_MOD_NEGATED);
    /* a thing that comes back is no return, and a clause with its own topic
     * borrows no subject from the sentence before */
    c = test_run("한결카드 윤세아 대표는 10일 사과했다. 카드 결제는 11일 오후 정상으로 돌아왔다.", "2026-05-14");
    assert_null(test_event(c, "return"));
    chr_corpus_free(c);
    c = test_run("윤세아 전 대표가 3년 만에 한결카드로 돌아왔다.", "2026-05-14");
    assert_non_null(test_event(c, "return"));
    chr_corpus_free(c);
    /* the backlash from the first of two named with 로부터: they are its
     * agents, and the backlash is the company's */
    c = test_run("한결카드는 미래증권이나 직원들로부터 거센 반발을 샀다.", "2026-05-14");
    assert_true(has_role(c, test_event(c, "protest"), "agent", "미래증권"));
    assert_false(has_role(c, test_event(c, "protest"), "organization", "미래증권"));
    chr_corpus_free(c);
}

static void blind_set_nineteenth_batch(void **state)
{
    (void)state;
    /* a company told by what it does; a probe dated by its own participle;
     * the successor named in the next sentence takes the departure's day;
     * owners putting money in */
    chr_corpus *c = test_run("Brookmere Water, which serves 900,000 homes, was fined by the regulator on Friday. Its "
                             "chairman, Alan Pryce, resigned the same day. Nina Shah, the senior independent director, was "
                             "named interim chair. The regulator said its investigation, launched in May 2024, found "
                             "failures. The owners injected $200 million of fresh equity last year.",
                             "2025-11-24");
    assert_non_null(test_entity(c, "Brookmere Water"));
    assert_non_null(test_entity(c, "Nina Shah"));
    assert_string_equal(test_event(c, "appointment")->value, "2025-11-21");
    assert_int_equal(test_count_events(c, "investigation"), 2);
    assert_string_equal(test_event(c, "deal")->value, "2024");
    chr_corpus_free(c);
    /* "when the deal closed" dates what happened then; a verb dated by a
     * length from another time stays apart; a regulator's clearance; a
     * probe opened in its own month */
    c = test_run("Last Wednesday, Orrin Foods and Delmar Dairy completed their merger. Sara Voss stepped down as "
                 "Delmar's chief executive when the deal closed. The Commission opened an in-depth investigation in "
                 "December. When they cleared it in April, they set conditions. I joined Orrin in 2019. When I became "
                 "CEO two years later, the board wanted growth.",
                 "2026-06-30");
    assert_string_equal(test_event(c, "resignation")->value, "2026-06-24");
    assert_int_equal(test_count_events(c, "investigation"), 2);
    assert_int_equal(test_count_events(c, "appointment"), 2);
    assert_non_null(test_event_on(c, "appointment", "2021"));
    chr_corpus_free(c);
    /* the event after "two weeks after" is dated back from the one before */
    c = test_run("Kestrin Labs said on Thursday that its chief executive had resigned, two weeks after the Food and "
                 "Drug Administration opened an inquiry into its trial data.",
                 "2025-06-06");
    assert_string_equal(test_event(c, "investigation")->value, "2025-05-22");
    chr_corpus_free(c);
    /* ... also after a noun phrase that is not all names; and the event
     * counted back from is the one the text tells with its own day */
    c = test_run("Harwick Foods chairman Owen Price quit on Friday, three weeks after activist investor Pell "
                 "Partners demanded his removal.",
                 "2025-06-09");
    assert_string_equal(test_event(c, "protest")->value, "2025-05-16");
    chr_corpus_free(c);
    c = test_run("Tarn Mobility's board removed chief executive Ines Calder on April 3. Tarn reinstated Calder as "
                 "chief executive on Monday, five days after its board fired her.",
                 "2025-04-10");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    assert_string_equal(test_event(c, "ouster")->value, "2025-04-03");
    assert_string_equal(test_event(c, "return")->value, "2025-04-07");
    chr_corpus_free(c);
    /* a return that is what was agreed ("복귀하는 데 합의", "'복귀 합의'")
     * is the agreement's content, no return yet; the agreement dated by
     * "해임 사흘 만에" is the one told again with its own day */
    c = test_run("온새미로 이사회는 지난 8일 정하윤 대표를 해임했다.\n\n"
                 "온새미로 이사회가 정하윤 대표를 해임한 지 사흘 만에 그의 복귀에 합의했다. "
                 "이사회와 정 대표 측은 11일 오전 만나 정 대표가 대표이사로 복귀하는 데 합의했다.",
                 "2028-09-11");
    assert_null(test_event(c, "return"));
    assert_int_equal(test_count_events(c, "agreement"), 1);
    assert_string_equal(test_event(c, "agreement")->value, "2028-09-11TMO");
    chr_corpus_free(c);
    /* "다시 선임" is a return; "복귀와 이사회 재구성에 합의" agrees on it;
     * a name, then its company ("정우석 하람소프트 창업자") is no one
     * name; "대표 자리로", "측은 그제부터" name nobody */
    c = test_run("하람소프트 이사회에서 해임됐던 정우석 하람소프트 창업자가 대표 자리로 돌아온다. 정우석 하람소프트 "
                 "창업자는 웃었다. 강 의장 측과 정 대표 측은 그제부터 협상을 벌였고, 전날 밤 정 대표 복귀와 이사회 "
                 "재구성에 합의했다. 하람소프트는 22일 정 대표를 대표이사로 다시 선임했다.",
                 "2024-11-22");
    assert_non_null(test_entity(c, "정우석"));
    assert_null(test_entity(c, "정우석 하람소프트"));
    assert_null(test_entity(c, "자리로"));
    assert_null(test_entity(c, "그제"));
    assert_non_null(test_event_on(c, "return", "2024-11-22"));
    assert_null(test_event_on(c, "return", "2024-11-21TNI"));
    chr_corpus_free(c);
    /* a quote's own future is not the modality of a trigger after it; a
     * day set beside what it follows stays in its month */
    c = test_run("파랑솔루션 이사회는 지난달 28일 대표를 해임했다. 해임 이틀 뒤인 30일에는 직원 400여명이 \"대표가 "
                 "돌아오지 않으면 회사를 떠나겠다\"는 내용의 서한에 서명했다.",
                 "2025-06-05");
    const chr_event *letter = test_event(c, "statement");
    assert_non_null(letter);
    assert_int_equal(letter->modality, CHR_MOD_ASSERTED);
    assert_string_equal(letter->value, "2025-05-30");
    chr_corpus_free(c);
    /* a settlement reached is an agreement; "through next year's meeting"
     * ends a span and dates nothing */
    c = test_run("Halvard Pharma and Pike Ridge reached a settlement late on Thursday. Pike Ridge also agreed to "
                 "vote its shares with the board through next year's annual meeting.",
                 "2025-10-04");
    assert_int_equal(test_count_events(c, "agreement"), 1);
    assert_string_equal(test_event(c, "agreement")->value, "2025-10-02");
    chr_corpus_free(c);
    /* a person suspended or placed on administrative leave is on leave;
     * trading suspended, or a court asked to suspend a resolution, is not */
    c = test_run("Brindle Foods suspended finance chief Simon Archer on May 2. On May 4 Brindle placed its security chief, "
                 "Tomasz Wiercinski, on administrative leave. The exchange suspended trading in the shares on May 5. "
                 "Archer asked the court to suspend the board resolution.",
                 "2025-06-12");
    assert_int_equal(test_count_events(c, "leave"), 2);
    assert_non_null(test_event_on(c, "leave", "2025-05-02"));
    assert_non_null(test_event_on(c, "leave", "2025-05-04"));
    chr_corpus_free(c);
    c = test_run("이랑전자 이사회는 지난달 26일 박정훈 부사장의 직무를 정지했다.", "2026-03-19");
    assert_non_null(test_event_on(c, "leave", "2026-02-26"));
    chr_corpus_free(c);
    /* a length counts from the day of a noun told before it, when the merge
     * joined that noun to the event the length dates */
    c = test_run("Brindle Pay chief executive Priya Raman stepped down on Monday.\n\nBrindle Pay disclosed the breach on "
                 "Aug. 14. The same day, it brought in a firm to lead a forensic investigation.\n\nFive days later, the "
                 "regulator opened an investigation into the firm.",
                 "2026-09-08");
    assert_non_null(test_event_on(c, "investigation", "2026-08-19"));
    chr_corpus_free(c);
    /* a letter signed by the staff is a protest; walking out of a room is
     * no walkout */
    c = test_run("The board voted on 3 March to remove Ada Gallacher. Two days later, more than 500 of Kelpie's 740 "
                 "staff signed an open letter. On 6 March Gallacher walked out of a conference room.",
                 "2025-03-14");
    assert_int_equal(test_count_events(c, "protest"), 1);
    assert_string_equal(test_event(c, "protest")->value, "2025-03-05");
    chr_corpus_free(c);
    /* what a board does happens at its company */
    c = test_run("Quill Robotics said on Friday. On Wednesday its board opened negotiations with the lawyers.",
                 "2025-10-03");
    const chr_event *talks = test_event(c, "board_call");
    assert_non_null(talks);
    assert_true(has_role(c, talks, "organization", "Quill Robotics"));
    chr_corpus_free(c);
    /* (a clause break between: the length is no distance from that event) */
    c = test_run("Brenn Oil named Mara Holt chief executive on Tuesday, two weeks after the vote, and the union "
                 "sued the company.",
                 "2025-06-12");
    assert_false(strncmp(test_event(c, "lawsuit")->value, "2025-05", 7) == 0);
    chr_corpus_free(c);
    /* Korean: a chronology's "2024.3", a market leaving is no ouster, a
     * delisting decided, a merger resolved, a sentence handed down, and a
     * relative clause's time after a noun trigger */
    c = test_run("가람전자가 코스닥 시장에서 퇴출된다. 코스닥시장위원회는 20일 가람전자의 상장폐지를 의결했다.\n"
                 "- 2024.3 윤 회장 사임\n- 2025.8 1심, 윤 전 회장에 징역 4년 선고\n"
                 "바다물류와 한길해운은 28일 두 회사를 합병하기로 결의했다. 미국 판매는 지난해 10월 계약을 맺은 알벤이 맡는다.",
                 "2025-10-29");
    assert_null(test_event(c, "ouster"));
    assert_string_equal(test_event(c, "investigation")->value, "2025-10-20");
    assert_string_equal(test_event(c, "resignation")->value, "2024-03");
    assert_string_equal(test_event(c, "lawsuit")->value, "2025-08");
    assert_non_null(test_event_on(c, "deal", "2025-10-28"));
    assert_null(test_event(c, "product")); /* "판매는 … 맺은" is no dated launch */
    chr_corpus_free(c);
    /* (a relative clause right before the trigger shares its time) */
    c = test_run("윤 대표는 5일 사내 게시판에 올린 글에서 사의를 밝혔다.", "2025-11-06");
    assert_string_equal(test_event(c, "resignation")->value, "2025-11-05");
    chr_corpus_free(c);
}

/* Written from other sentences after the fifty-first batch: a number after
 * an English trigger is no Korean noun, an aside inside a negation, an
 * adjective "agreed", the start of a verb's object, a plan that does not
 * date what was done, a host who "joins me". */
static void blind_set_fifty_first_batch(void **state)
{
    (void)state;
    /* "raised 12 million" is a verb with its own date, not a noun that
     * refers back to the deal told before it */
    chr_corpus *c = test_run("Harlow Foods agreed on Monday to buy a stake in Pellam Dairy. In March last year, Pellam "
                             "raised 12 million pounds from Harlow Foods in a funding round.",
                             "2025-06-11");
    assert_non_null(test_event_on(c, "deal", "2025-06-09"));
    assert_non_null(test_event_on(c, "deal", "2024-03"));
    chr_corpus_free(c);
    /* an aside between "not" and its verb keeps the negation */
    assert_int_equal(modality_of("Maren Alvik will not, however, return as chief executive.", "return"),
                     CHR_MOD_NEGATED);
    /* "agreed budget targets" is no agreement */
    c = test_run("The board fired Maren Alvik on Monday, citing missed agreed budget targets.", "2025-06-11");
    assert_null(test_event(c, "agreement"));
    chr_corpus_free(c);
    /* a feud settled today that began in March is not dated March */
    c = test_run("Pellam Dairy and Harlow Foods settled a long boardroom feud that began with the firing of its "
                 "founder in March, the companies said on Tuesday.",
                 "2025-06-11");
    const chr_event *deal_done = test_event(c, "agreement");
    assert_non_null(deal_done);
    assert_false(strncmp(deal_done->value, "2025-03", 7) == 0);
    chr_corpus_free(c);
    /* (a noun's own start still dates it) */
    c = test_run("The recall follows a review by the Transport Safety Board that began in January.", "2025-06-11");
    assert_non_null(test_event_on(c, "investigation", "2025-01"));
    chr_corpus_free(c);
    /* a permanent chief expected next year does not date the interim one
     * named the day of the firing */
    c = test_run("On May 2, the board fired Maren Alvik. The board named Oskar Lind interim CEO the same day. "
                 "Lind will stay on while the board searches for a permanent CEO, who is expected to be named by "
                 "the end of the first quarter of next year.",
                 "2025-06-11");
    assert_null(test_event_on(c, "appointment", "2025-Q1"));
    assert_non_null(test_event_on(c, "appointment", "2025-05-02"));
    chr_corpus_free(c);
    /* a reporter who joins the host is not hired; handing the job over is
     * an appointment */
    c = test_run("Our reporter Dana Moss joins me now. Min said he will hand the chief executive job to Kang Ji-won "
                 "at a shareholders' meeting on June 28.",
                 "2025-06-11");
    assert_int_equal(test_count_events(c, "appointment"), 1);
    assert_non_null(test_event_on(c, "appointment", "2025-06-28"));
    chr_corpus_free(c);
    /* "will take over as" is a planned appointment; a relative clause with
     * a year of its own ("who joined … in 2019") is another event */
    c = test_run("Ostrowski will step down on March 31. Renata Quill will take over as interim chief executive the "
                 "following day. Quill, who joined Tollbridge from a railroad in 2019, is seen as a contender.",
                 "2025-02-27");
    const chr_event *takes_over = test_event_on(c, "appointment", "2025-04-01");
    assert_non_null(takes_over);
    assert_int_equal(takes_over->modality, CHR_MOD_PLANNED);
    assert_non_null(test_event_on(c, "appointment", "2019"));
    chr_corpus_free(c);
    /* (a time of the clause around it is not its own: it still refers back) */
    c = test_run("On May 12 the board ousted Ines Roy. A judge ruled on Monday that Roy validly removed the three "
                 "directors who had ousted her.",
                 "2025-11-19");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    chr_corpus_free(c);
    /* the period an inquiry looks into is not when it opened */
    c = test_run("On Monday the regulator opened an investigation into how Pellam booked revenue between 2021 and 2023.",
                 "2024-04-18");
    assert_non_null(test_event_on(c, "investigation", "2024-04-15"));
    chr_corpus_free(c);
    /* "해임 이튿날" counts from the ouster, not from the day the narration
     * named last, and dates both verbs it heads */
    c = test_run("이사회는 지난 3일 김지훈 대표를 해임했다. 공정위는 지난달 28일 한솔반도체의 결합을 승인했다. "
                 "박서준 부사장은 해임 이튿날 사의를 밝히고 물러났다.",
                 "2025-09-26");
    assert_non_null(test_event_on(c, "resignation", "2025-09-04"));
    assert_null(test_event_on(c, "resignation", "2025-08-29"));
    chr_corpus_free(c);
    /* a settlement signed is an agreement, not a deal */
    c = test_run("Pellam Dairy and its investors signed a settlement late Wednesday.", "2025-06-12");
    assert_non_null(test_event_on(c, "agreement", "2025-06-11"));
    assert_null(test_event(c, "deal"));
    chr_corpus_free(c);
}

/* Written from other sentences after batches 54 to 59: a label set up, an
 * audit launched, an injunction filed for, a countersuit. */
/* Blind batch 65: an application to a court and the court's refusal; a
 * stake built; a future vice-chairman */
static void blind_set_sixty_fifth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("On May 30 Mr Tierney applied to the High Court for an injunction postponing the vote. "
                             "The judge refused the application last Friday. In March, Corrib Lane Capital disclosed "
                             "that it had built a 6.8 per cent stake. Aoife Tierney will become vice-chairman on July 1.",
                             "2025-06-20");
    assert_non_null(test_event_on(c, "lawsuit", "2025-05-30"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-06-13"));
    assert_non_null(test_event_on(c, "deal", "2025-03"));
    const chr_event *vice = test_event_on(c, "appointment", "2025-07-01");
    assert_non_null(vice);
    assert_int_equal(vice->modality, CHR_MOD_PLANNED);
    chr_corpus_free(c);
    /* leaving to take a job tells the leaving */
    c = test_run("Two months later, Dana Kowal left to become chief technology officer of Yeonsu America.", "2025-10-22");
    assert_null(test_event(c, "appointment"));
    chr_corpus_free(c);
}

/* Blind batches 72 and after: a company telling of its own breach is a
 * statement; terms that were not disclosed are none; an accident dates
 * what is counted from it */
static void blind_set_hundred_and_twenty_sixth_batch(void **state)
{
    (void)state;
    /* English: a name that opens its sentence, known by its surname alone
     * elsewhere; a company set up with its object between; a year told in
     * the sentence before dates the next; an age set off by commas; a
     * stake sold with a percentage; a company named by its initials */
    chr_corpus *c = test_run("Tomas Verhoeven set the studio up in 2004 above a bakery in Ghent. Verhoeven's first games "
                             "sold poorly. That changed in 2016. With losses piling up, Verhoeven sold a 35% stake to "
                             "Harlow Capital. Verhoeven said he had no regrets. The Maritime Safety Authority opened a "
                             "review in May. The MSA fined the studio on Friday. At the same meeting, Ines Draper, 52, "
                             "was relieved of the chairmanship.",
                             "2025-06-20");
    assert_non_null(test_entity(c, "Tomas Verhoeven"));
    assert_true(has_role(c, test_event_on(c, "founding", "2004"), "subject", "Tomas Verhoeven"));
    assert_non_null(test_event_on(c, "deal", "2016"));
    const chr_entity *msa = test_entity(c, "Maritime Safety Authority");
    assert_non_null(msa);
    assert_true(msa->mentions.len >= 2);
    assert_non_null(test_entity(c, "Ines Draper"));
    assert_non_null(test_event(c, "ouster"));
    chr_corpus_free(c);
    /* a pronoun right after the verb is who it happens to; "Within hours"
     * is the day told before; the day the news came out gives way to the
     * day the story tells; a court petitioned; a chief recruited */
    c = test_run("Shareholders of Tellmark voted on Monday to strip chief executive Anna Kovac of her board seat. "
                 "Within hours, the board showed her the door and handed the reins to finance chief Piet Halloran. Kovac "
                 "petitioned the Rotterdam District Court in July. The board had recruited Kovac from a rival "
                 "in 2019.",
                 "2025-09-18");
    const chr_event *out = test_event(c, "ouster");
    assert_non_null(out);
    assert_true(has_role(c, out, "subject", "Anna Kovac"));
    assert_string_equal(out->value, "2025-09-15");
    assert_true(has_role(c, test_event_on(c, "appointment", "2025-09-15"), "subject", "Piet Halloran"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-07"));
    assert_non_null(test_event_on(c, "appointment", "2019"));
    chr_corpus_free(c);
    c = test_run("Brellin Foods has pushed out chief executive Oskar Lind, the company said on Wednesday. Directors "
                 "voted late on Tuesday to remove Lind with immediate effect.",
                 "2025-11-12");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    assert_non_null(test_event_on(c, "ouster", "2025-11-11"));
    chr_corpus_free(c);
    /* a weekday counted in its month sets no story week */
    c = test_run("Dockworkers at Halvik have been on strike since the first Monday of June. The chairman, Olaf Berg, "
                 "was shown the door by his fellow directors on Tuesday.",
                 "2025-06-22");
    assert_non_null(test_event_on(c, "ouster", "2025-06-17"));
    chr_corpus_free(c);
    /* Korean: a market named after its trade; a title of a security chief;
     * a plan for a second complaint is a lawsuit of its own; a counter is
     * no surname; a career told before the person it describes dates
     * nothing after it; a meeting that ends a term */
    c = test_run("온라인 장터 '바다장터'의 창업자가 사과했다. 한지우 정보보호최고책임자는 지난 17일 물러났다. 소비자 "
                 "200명은 어제 손해배상 소송을 냈다. 변호인단은 다음 달 초 2차 소장을 낼 계획이다.\n\n회사는 다음 달 "
                 "20일 임시주총을 연다. 2020년 5월 취임해 회사를 이끌어 온 박서진 대표는 임시주총을 끝으로 자리에서 "
                 "내려온다.",
                 "2025-11-20");
    assert_non_null(test_entity(c, "바다장터"));
    assert_true(has_role(c, test_event_on(c, "resignation", "2025-11-17"), "subject", "한지우"));
    assert_int_equal(test_count_events(c, "lawsuit"), 2);
    assert_non_null(test_event_on(c, "lawsuit", "2025-12"));
    assert_null(test_entity(c, "차"));
    const chr_event *leaving = test_event_on(c, "resignation", "2025-12-20");
    assert_non_null(leaving);
    assert_true(has_role(c, leaving, "subject", "박서진"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_twenty_sixth_batch_second_round(void **state)
{
    (void)state;
    /* an interview: "I" of an answer and "you" of a question are the person
     * the introduction says spoke; a post filled; a candidate's withdrawal */
    chr_corpus *c = test_run("Former chief executive Mara Quist ran Holloway Freight for six years. In her first interview "
                             "since leaving, Quist talked about the sale.\n\nQ: When did you take over?\n\nA: The board "
                             "picked me in 2019. I stepped down in October.\n\nQ: And your successor?\n\nA: Chief "
                             "operating officer Lena Ward will fill the post on an interim basis.",
                             "2025-11-06");
    assert_true(has_role(c, test_event_on(c, "resignation", "2025-10"), "subject", "Mara Quist"));
    assert_true(has_role(c, test_event(c, "appointment"), "subject", "Lena Ward"));
    chr_corpus_free(c);
    /* a dateline's day gives way to the story's length from another time;
     * a company's initials stand for it, an agency; a seat kept is no
     * board change; a candidate withdrew */
    c = test_run("OSLO, Sept 18 (Nordwire) - Vellar Cells has parted ways with its founder.\n\nThe company said on "
                 "Monday it was withdrawing its listing. Two days later, the board voted to remove Pieter Valkhof as "
                 "chief executive. Valkhof, who holds 11 percent, keeps his board seat. The Korea Fair Trade "
                 "Commission opened a review in May. The KFTC review of the tender offer is continuing. Lim withdrew "
                 "on Feb. 24.",
                 "2025-09-18");
    assert_int_equal(test_count_events(c, "ouster"), 1);
    assert_non_null(test_event_on(c, "ouster", "2025-09-17"));
    assert_null(test_event(c, "board_change"));
    const chr_entity *kftc = test_entity(c, "Korea Fair Trade Commission");
    assert_non_null(kftc);
    assert_true(kftc->mentions.len >= 2);
    chr_corpus_free(c);
    /* Korean: made to step down is an ouster; a formal letter sent; an
     * exchange's on-site review; a market, an insurer and a battery maker
     * glued to their trade; a topic time dates the main verb over a
     * relative clause after it */
    c = test_run("듬빛에너지가 창업자를 대표 자리에서 내려오게 했다. 도하에쿼티는 지난 10일 우림홀딩스에 공문을 보내 계약 "
                 "해제를 검토하겠다고 알렸다. 거래소는 지난 9월 현장 실사에서 매출 인식 시점을 들여다봤다. 새봄생명과 "
                 "한가람배터리가 손을 잡았다. 작년 6월에는 누리인베스트먼트가 주도한 450억원 규모 시리즈C 투자를 "
                 "따냈다.",
                 "2025-11-06");
    assert_non_null(test_event(c, "ouster"));
    assert_null(test_event(c, "resignation"));
    assert_non_null(test_event_on(c, "statement", "2025-10-10"));
    assert_non_null(test_event_on(c, "investigation", "2025-09"));
    assert_non_null(test_entity(c, "새봄생명"));
    assert_non_null(test_entity(c, "한가람배터리"));
    assert_non_null(test_event_on(c, "deal", "2024-06"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_thirty_eighth_batch(void **state)
{
    (void)state;
    /* a recall is a product event (a memory recalled is none); a recall
     * named after "a week after the first" refers back; a shortlist is an
     * appointment's first step; a codeshare put on ice is a deal; a letter
     * to the board is a statement; "takes over from X" is not X's */
    chr_corpus *c = test_run("Brightmoor Foods pulled six lots of its oat bars on Oct. 2. A week after the first recall, the "
                             "company widened the recall to every bar it makes. As chairman Rolf Tanner recalled, the "
                             "board met twice.\n\nIn March the nominating committee drew up a shortlist of three. On "
                             "April 4 investor Harcastle Capital wrote to the board. In mid-May Tarvo Airways, its "
                             "codeshare partner, put the partnership on ice.\n\nChief executive Ines Marlow spoke. "
                             "Former chairman Rolf Tanner stayed away. Marlow takes over from Tanner at once.",
                             "2026-06-10");
    assert_non_null(test_event_on(c, "product", "2025-10-02"));
    assert_non_null(test_event_on(c, "product", "2025-10-09"));
    assert_int_equal(test_count_events(c, "product"), 2);
    assert_non_null(test_event_on(c, "board_call", "2026-03"));
    assert_non_null(test_event_on(c, "statement", "2026-04-04"));
    assert_non_null(test_event_on(c, "deal", "2026-05"));
    chr_corpus_free(c);
    c = test_run("Chief executive Ines Marlow spoke. Former chairman Rolf Tanner stayed away. Marlow takes over from "
                 "Tanner at once.",
                 "2026-06-10");
    const chr_event *taking_over = test_event(c, "appointment");
    assert_non_null(taking_over);
    assert_true(has_role(c, taking_over, "subject", "Ines Marlow"));
    assert_false(has_role(c, taking_over, "subject", "Rolf Tanner"));
    chr_corpus_free(c);
    /* Korean: a recall by its verb and noun, not money taken back; a
     * shortlist; a codeshare suspended; a warning quoted */
    c = test_run("녹담식품은 지난 3일 만두 3개 품목을 자발적으로 회수했다. 투자금 회수는 미뤄졌다. 회추위는 지난 8일 "
                 "1차 후보군(숏리스트)을 내놓았다. 한빛항공은 지난 9일 마루솔항공과의 공동운항(코드셰어)을 잠정 "
                 "중단했다. 금융감독원 서지혁 부원장은 지난 10일 \"참호 구축\"이라고 경고했다.",
                 "2026-06-12");
    assert_non_null(test_event_on(c, "product", "2026-06-03"));
    assert_int_equal(test_count_events(c, "product"), 1);
    assert_non_null(test_event_on(c, "board_call", "2026-06-08"));
    assert_non_null(test_event_on(c, "deal", "2026-06-09"));
    assert_true(has_role(c, test_event_on(c, "statement", "2026-06-10"), "subject", "서지혁"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_thirty_eighth_batch_second_round(void **state)
{
    (void)state;
    /* a pick told by what the person is, not by name, is of the person the
     * sentence before was about; a "he" in an interview's answer is not
     * the speaker named by the line's label; an arrest as a noun is counted
     * from; "handed the reins to" */
    chr_corpus *c = test_run("Chief executive Noor Vashti has run Tellwyn Air for a week. The carrier's board picked the "
                             "51-year-old former operations chief of rival Gaon Skyways on April 14.\n\n"
                             "Q: What about former chief executive Oren Castell?\n\n"
                             "Vashti: He chose to leave. He built a lot here since he took over in 2019.\n\n"
                             "Prosecutors detained founder Ilan Brody on Sept. 16. Brody handed the reins to finance "
                             "director Ruth Aalto two days after his arrest.",
                             "2026-05-12");
    assert_true(has_role(c, test_event_on(c, "appointment", "2026-04-14"), "subject", "Noor Vashti"));
    assert_true(has_role(c, test_event_on(c, "appointment", "2019"), "subject", "Oren Castell"));
    assert_true(has_role(c, test_event_on(c, "appointment", "2025-09-18"), "subject", "Ruth Aalto"));
    chr_corpus_free(c);
    /* Korean: a post taken away and the running of the company handed over
     * in one sentence; a recall widened; a bow is an apology; a company
     * opening its doors is founded, a hearing opened is not */
    c = test_run("녹담식품은 어제 이사회를 열고 배정훈 대표의 대표이사 직을 거두는 한편 최민서 부사장에게 경영을 맡기기로 "
                 "의결했다. 녹담식품은 지난 11일 회수 대상을 9개 품목으로 넓혔다. 배 대표는 지난 4일 영상에서 고개를 "
                 "숙였다. 2019년 정태민 의장이 부산에서 문을 연 코인바다는 문을 닫았다. 국토부는 다음 주 청문을 연다.",
                 "2026-06-19");
    assert_non_null(test_event_on(c, "ouster", "2026-06-18"));
    assert_true(has_role(c, test_event_on(c, "appointment", "2026-06-18"), "subject", "최민서"));
    assert_non_null(test_event_on(c, "product", "2026-06-11"));
    assert_non_null(test_event_on(c, "statement", "2026-06-04"));
    assert_non_null(test_event_on(c, "founding", "2019"));
    assert_int_equal(test_count_events(c, "founding"), 1);
    chr_corpus_free(c);
}

static void blind_set_hundred_and_forty_sixth_batch(void **state)
{
    (void)state;
    /* Korean: a noun counted from in days names the event told with its
     * day (the raid, not last month's audit); a length dates every verb of
     * its chain; a topic before a relative clause leaves the time to the
     * main verb; contracts put on hold; a company raised from nothing */
    chr_corpus *c = test_run("대성전력운영공사(대성공)는 지난달 자체 감사를 벌였다. 검찰은 지난 9일 한빛정밀 본사를 "
                             "압수수색했다. 압수수색 이튿날 대성공은 한빛정밀과 맺은 공급계약 5건의 이행을 멈췄다. 압박이 "
                             "커지자 오태준 회장은 압수수색 사흘 뒤 이사회에 편지를 보내 대표이사 자리에서 내려왔다. 1998년 "
                             "동료 세 명과 함께 회사를 일으킨 지 27년 만이다.",
                             "2025-09-18");
    assert_true(has_role(c, test_event_on(c, "investigation", "2025-08"), "organization", "대성전력운영공사"));
    assert_non_null(test_event_on(c, "deal", "2025-09-10"));
    assert_true(has_role(c, test_event_on(c, "resignation", "2025-09-12"), "subject", "오태준"));
    assert_non_null(test_event_on(c, "founding", "1998"));
    chr_corpus_free(c);
    /* a staff letter signed is a protest; an occasion is a day, not a
     * founding told with its year */
    c = test_run("이틀 뒤 직원 300명이 \"대표가 돌아오지 않으면 떠나겠다\"는 서한에 이름을 올렸다. 하론 이사회는 어젯밤 "
                 "긴급회의를 열어 베르그렌 회장을 해임했습니다. 1979년 베르그렌 회장의 부친이 세운 이 회사에서 오너 일가가 "
                 "밀려난 건 처음입니다. 이사회는 같은 자리에서 에크홀름을 최고경영자로 앉혔습니다.",
                 "2025-11-06");
    assert_non_null(test_event(c, "protest"));
    assert_non_null(test_event_on(c, "founding", "1979"));
    assert_true(has_role(c, test_event_on(c, "appointment", "2025-11-05TNI"), "subject", "에크홀름"));
    chr_corpus_free(c);
    /* English: "on the same day as the chairman's exit"; search warrants
     * executed; an audit that flags; a court date; staff who would hand in
     * their notice unless; investors telling the board; terms hammered
     * out; shipments to begin */
    c = test_run("On Feb. 2, Walter Brisk gave up the chairmanship. Chief executive Owen Tull was shown the door "
                 "by the outside directors on the same day as the chairman's exit. On Jan. 20, federal agents executed "
                 "search warrants at the plant. In October, a routine audit at Tri-Coast Power flags mismatched "
                 "certificates. Brisk is due to be arraigned in federal court on Feb. 24.",
                 "2026-02-13");
    assert_true(has_role(c, test_event_on(c, "ouster", "2026-02-02"), "subject", "Owen Tull"));
    assert_non_null(test_event_on(c, "investigation", "2026-01-20"));
    assert_non_null(test_event_on(c, "investigation", "2025-10"));
    assert_non_null(test_event_on(c, "lawsuit", "2026-02-24"));
    chr_corpus_free(c);
    c = test_run("By that Sunday, 90 engineers had told the team in writing that they would hand in their notice if "
                 "Yoon did not return. On Monday, March 2, two investors told the board they wanted the decision "
                 "reversed. The terms were hammered out late Wednesday. Gaemi still plans to begin shipping the arm "
                 "in June.",
                 "2026-03-10");
    assert_non_null(test_event_on(c, "protest", "2026-03-08"));
    assert_null(test_event(c, "resignation"));
    assert_non_null(test_event_on(c, "board_call", "2026-03-02"));
    assert_non_null(test_event_on(c, "agreement", "2026-03-04"));
    assert_non_null(test_event_on(c, "product", "2026-06"));
    chr_corpus_free(c);
    /* a backlash named by its noun takes the day of the letter that tells it */
    c = test_run("The board fired Okafor last Friday. The backlash was immediate. By Saturday night, 310 employees had "
                 "put their names to an open letter.",
                 "2025-10-16");
    assert_non_null(test_event_on(c, "protest", "2025-10-11TNI"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_sixty_sixth_batch(void **state)
{
    (void)state;
    /* English: one unit after a noun ("The day after the vote"); an
     * announcement's second news dated with the first; staff setting up a
     * union; inspectors at the headquarters; placards; holders met; a
     * finance chief relieved of all duties and one serving in an acting
     * capacity; a listing shelved; a firm named for its partners; a
     * company named by its shares */
    chr_corpus *c = test_run("Shareholders of Corvel Mills voted on Nov. 12 to back the sale of its yarn unit. The day after the "
                             "vote, chief executive Petra Lund resigned. In the same statement, Corvel said it had hired Anil "
                             "Rao, a former banker, as finance chief.\n\nWorkers at the Tessaly plant voted 180 to 40 to set up "
                             "a staff union on Nov. 4. Inspectors from the labour ministry spent three days at Corvel's headquarters "
                             "last week. About 60 members of the Fair Yarn Alliance held placards outside the meeting on Nov. "
                             "12. Rao met representatives of four pension funds on Nov. 10 to win their support.\n\nOrsolo Textiles "
                             "finance chief Gita Marr was relieved of all duties on Nov. 6. Treasurer Ivo Dane will serve as finance "
                             "chief in an acting capacity. Orsolo shelved its application for a Milan listing on Nov. 8. Orsolo "
                             "shares fell 12% on the news.",
                             "2025-11-14");
    assert_non_null(test_event_on(c, "resignation", "2025-11-13"));
    assert_non_null(test_event_on(c, "appointment", "2025-11-13"));
    assert_non_null(test_event_on(c, "founding", "2025-11-04"));
    assert_non_null(test_event_on(c, "investigation", "2025-W45"));
    assert_non_null(test_event_on(c, "protest", "2025-11-12"));
    assert_non_null(test_event_on(c, "board_call", "2025-11-10"));
    const chr_event *out = test_event_on(c, "ouster", "2025-11-06");
    assert_non_null(out);
    assert_string_equal(participant_named(c, out, "subject"), "Gita Marr");
    assert_non_null(test_event(c, "appointment"));
    assert_non_null(test_event_on(c, "deal", "2025-11-08"));
    assert_non_null(test_entity(c, "Orsolo Textiles"));
    chr_corpus_free(c);
    /* an inquiry counted a week on is not the arrest dated later; the one
     * handed the reins the sentence after an ouster took them that day; an
     * internal audit launched is no product */
    c = test_run("The trouble started on Sept. 3, when a short seller published a report on Harnet Biologics. A week "
                 "later the Financial Conduct Authority confirmed it had opened an investigation into the company's "
                 "disclosures. On Oct. 2, officers of the Serious Fraud Office arrested finance director Lars Nyberg. "
                 "On Monday, directors showed chief executive Oona Pell the door. Chairman Ravi Kell has been handed "
                 "the reins on an interim basis. An internal audit launched in August found gaps in the accounts.",
                 "2025-10-09");
    assert_non_null(test_event_on(c, "investigation", "2025-09-10"));
    assert_non_null(test_event_on(c, "investigation", "2025-10-02"));
    assert_non_null(test_event_on(c, "appointment", "2025-10-06"));
    assert_non_null(test_event_on(c, "investigation", "2025-08"));
    assert_null(test_event(c, "product"));
    chr_corpus_free(c);
    /* Korean: a union formed; inspectors at the head office; "해임 이틀 전"
     * counts back from the ouster; "같은 날 밤" in a past clause after a
     * plan is the story's day; a report put out; a listing application
     * withdrawn; an authority known by its acronym; a firm named for its
     * partners; a suspect taken in */
    c = test_run("라움텍 직원들은 지난 3일 노동조합을 결성했다. 노동부 근로감독관들은 "
                 "지난달 하순 판교 본사를 불시에 찾아 급여 자료를 확보했다. 라움텍 이사회는 "
                 "지난 6일 오세진 대표를 해임했다. 벨타캐피털은 해임 이틀 전 이사회에 "
                 "인수 의향을 전달했다.\n\n검찰은 이르면 오는 20일 오 전 대표에 대해 구속영장을 "
                 "청구할 방침이다. 라움텍은 같은 날 밤 긴급 이사회를 열어 오 전 대표의 "
                 "측근인 진태오 전무를 모든 직무에서 배제했다.\n\n공매도 업체 실버런리서치는 "
                 "지난달 22일 라움텍 관련 보고서를 내놓았다. 라움텍은 이튿날 코스닥 상장 "
                 "예비심사 신청을 자진 철회했다. 싱가포르 통화청(MAS)은 지난 10일 조사에 "
                 "착수했다. 외부감사인 한솔앤정(Hansol & Jung)이 지난 12일 감사인직을 내려놨다. "
                 "경찰은 지난 13일 재무이사 한도겸을 연행했다.",
                 "2025-11-17");
    assert_non_null(test_event_on(c, "founding", "2025-11-03"));
    assert_non_null(test_event_on(c, "investigation", "2025-10"));
    assert_non_null(test_event_on(c, "board_call", "2025-11-04"));
    assert_non_null(test_event_on(c, "ouster", "2025-11-06TNI"));
    assert_non_null(test_event_on(c, "statement", "2025-10-22"));
    assert_non_null(test_event_on(c, "deal", "2025-10-23"));
    assert_non_null(test_entity(c, "MAS"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-10"));
    assert_non_null(test_entity(c, "Hansol & Jung"));
    assert_non_null(test_event_on(c, "resignation", "2025-11-12"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-13"));
    chr_corpus_free(c);
    /* a sentence naming only a day sets the next one's scene; a tender
     * offer declared, raised and accepted, its closing planned; joining
     * forces; directors replaced at a vote; the company handed over; an
     * undertaking; a hearing; made to pack */
    c = test_run("마루호텔그룹 인수전의 시작은 지난 2월 10일이었다. 가온홀딩스는 이날 주당 3만원에 "
                 "마루호텔그룹 주식을 사들이겠다며 공개매수를 선언했다.\n\n가온홀딩스와 행동주의 "
                 "펀드 청람파트너스는 지난 3월 이사 후보 명단을 함께 내기로 손을 잡았다. "
                 "지난달 28일 주총에서 이사 7명 가운데 4명이 가온 측 인물로 갈렸다. 이사회는 "
                 "지난 2일 윤채린 부사장에게 임시로 회사를 맡겼다. 가온홀딩스는 지난 7일 "
                 "공개매수 가격을 주당 3만6천원으로 끌어올렸다. 마루호텔그룹 이사회는 어제 "
                 "수정 공개매수안을 받아들이기로 의결했다. 두 회사는 내년 1분기 중 거래를 "
                 "마무리한다는 계획이다.\n\n정부는 지난 1일 마루호텔그룹과 보상 이행 약정을 "
                 "맺었다. 국회 문화체육관광위원회는 지난 8일 청문회를 열었다. 이사회는 "
                 "지난달 30일 최고운영책임자에게 책임을 물어 짐을 싸게 했다.",
                 "2025-04-10");
    assert_non_null(test_event_on(c, "deal", "2025-02-10"));
    assert_non_null(test_event_on(c, "agreement", "2025-03"));
    assert_non_null(test_event_on(c, "board_change", "2025-03-28"));
    assert_non_null(test_event_on(c, "appointment", "2025-04-02"));
    assert_non_null(test_event_on(c, "deal", "2025-04-07"));
    assert_non_null(test_event_on(c, "agreement", "2025-04-09"));
    assert_non_null(test_event_on(c, "deal", "2026-Q1"));
    assert_non_null(test_event_on(c, "agreement", "2025-04-01"));
    assert_non_null(test_event_on(c, "investigation", "2025-04-08"));
    assert_non_null(test_event_on(c, "ouster", "2025-03-30"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_sixty_sixth_batch_second_round(void **state)
{
    (void)state;
    /* English: a meeting requisitioned; a court barring a transfer; a
     * nominee elected; an agreement whose terms follow a colon (their "this
     * year" is no date of it); a director to be nominated; an inspection
     * team sent in; a report filed with a regulator; a compliance chief got
     * rid of; testimony scheduled; an offer to acquire */
    chr_corpus *c = test_run("On Jan. 12 the Marlow Pension Fund requisitioned an extraordinary general meeting at Tessaly Foods. "
                             "On Feb. 12 the court barred the share transfer. At the March 20 meeting the fund's nominee, Ada "
                             "Quill, won with 57% of the vote. On April 2 the fund reached an agreement with the board: the chief "
                             "executive's pay is cut by 40% this year. The fund will nominate a second independent director at "
                             "next March's annual meeting.\n\nIn early December the regulator sent a joint inspection team into "
                             "the head office. On Oct. 14 an analyst filed a report with the Financial Supervisory Service. On "
                             "Jan. 9 the board got rid of compliance chief Rolf Ide. The analyst is scheduled to testify before "
                             "the committee on Feb. 24. Kisaragi Bank offered on Wednesday to acquire a controlling stake in Tessaly "
                             "Foods.",
                             "2026-04-16");
    assert_non_null(test_event_on(c, "board_call", "2026-01-12"));
    assert_non_null(test_event_on(c, "lawsuit", "2026-02-12"));
    assert_non_null(test_event_on(c, "board_change", "2026-03-20"));
    assert_non_null(test_event_on(c, "agreement", "2026-04-02"));
    assert_non_null(test_event_on(c, "board_change", "2027-03"));
    assert_non_null(test_event_on(c, "investigation", "2025-12"));
    assert_non_null(test_event_on(c, "statement", "2025-10-14"));
    assert_non_null(test_event_on(c, "ouster", "2026-01-09"));
    assert_non_null(test_event_on(c, "deal", "2026-04-15"));
    chr_corpus_free(c);
    /* a title stripped; brought aboard by a rival; back in the office and
     * the resolution rescinded; seats given up; the reins handed, told by a
     * filing "later in the day"; a slate to be voted on */
    c = test_run("On the afternoon of Tuesday, October 14, the board voted to strip Noor Aziz of the chief executive "
                 "title. On Sunday night, Orrin Labs brought Aziz aboard to run a research group. By the following "
                 "Tuesday, October 21, Aziz was back in the chief executive's office; the board rescinded its earlier "
                 "resolution. The next day, two directors announced they were giving up their seats. Finance chief "
                 "Ola Brant was handed the reins of the Orrin unit, the company said in a filing later in the day. "
                 "Shareholders will vote on a new slate of directors at a meeting on November 20.",
                 "2025-11-03");
    assert_non_null(test_event_on(c, "ouster", "2025-10-14"));
    assert_non_null(test_event_on(c, "appointment", "2025-10-19TNI"));
    assert_non_null(test_event_on(c, "return", "2025-10-21"));
    assert_non_null(test_event_on(c, "board_change", "2025-10-22"));
    assert_non_null(test_event_on(c, "appointment", "2025-10-22"));
    assert_non_null(test_event_on(c, "board_change", "2025-11-20"));
    chr_corpus_free(c);
    /* Korean: a meeting requisitioned; a petition dismissed by a court
     * division ("민사합의50부" is no agreement); a director to be put forward;
     * a company that started small; a company founded "세우면서"; survivors
     * are no return; a captain held; a merger put to the vote; a dismissal
     * notified; an indictment "불구속" is no arrest; a contract ended by
     * formal notice; a director to be brought onto the board */
    c = test_run("한빛연금공단은 지난 9월 말 이사회에 임시주총 소집을 청구했다. 서울중앙지법 "
                 "민사합의50부는 지난 14일 이 신청을 기각했다. 연금 측은 내년 3월 정기주총에서 "
                 "사외이사 1명을 추가로 추천할 계획이다. 1968년 작은 국숫집으로 출발한 "
                 "새봄푸드는 재계 60위권 식품그룹이 됐다.\n\n하르덴의 역사는 1961년 어부 "
                 "출신 창업주가 중고 화물선 한 척으로 회사를 세우면서 시작됐다. 승선원 "
                 "12명 가운데 다섯 명만 살아 돌아왔다. 경찰은 지난 5일 선장을 과실치사 "
                 "혐의로 구금했다. 합병안은 내년 2월 양사 임시 주주총회에서 표결에 부쳐진다.\n\n회사는 "
                 "지난 9일 도경수 부사장에게 면직을 통보했다. 검찰은 지난 2일 법인을 불구속 "
                 "기소했다. 파트너사는 지난 16일 회사에 계약 해지를 공식 통보했다. 회사는 "
                 "다음 달 14일 임시주총을 열어 사외이사 1명을 이사회에 들일 계획이다.",
                 "2025-11-19");
    assert_non_null(test_event_on(c, "board_call", "2025-09"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-14"));
    assert_null(test_event(c, "agreement"));
    assert_non_null(test_event_on(c, "board_change", "2026-03"));
    assert_non_null(test_event_on(c, "founding", "1968"));
    assert_non_null(test_event_on(c, "founding", "1961"));
    assert_null(test_event(c, "return"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-05"));
    assert_non_null(test_event_on(c, "deal", "2026-02"));
    assert_non_null(test_event_on(c, "ouster", "2025-11-09"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-02"));
    assert_int_equal(test_count_events(c, "investigation"), 1);
    assert_non_null(test_event_on(c, "deal", "2025-11-16"));
    assert_non_null(test_event_on(c, "board_change", "2025-12-14"));
    assert_non_null(test_entity(c, "새봄푸드"));
    chr_corpus_free(c);
    /* a dismissal undone; a sentence naming only a time ("지난 5일
     * 저녁이었다", "지난 7월 초다") sets the next one's scene; a rival bringing
     * the founder in; a showdown; directors to be elected */
    c = test_run("은하AI 이사회는 오늘 오후 긴급 회의를 열고 서가온 전 대표에 대한 해임 "
                 "결정을 없던 일로 했다.\n\n사태가 시작된 건 지난 5일 저녁이었다. 이사회는 "
                 "당시 서 대표를 자리에서 끌어내렸다.\n\n케이랩은 지난 8일 서 전 대표를 "
                 "최고AI책임자로 데려오기로 했다고 발표했다. 투자사들은 어제 서 전 대표 "
                 "측과 마주 앉아 담판을 벌였다. 은하AI는 다음 달 임시 주주총회를 열어 사외이사 "
                 "3명을 새로 뽑는다.\n\n사건이 불거진 것은 지난 7월 초다. 세관 조사관들이 "
                 "본사에 들이닥쳐 서류를 확보했다.",
                 "2025-06-11");
    assert_non_null(test_event_on(c, "return", "2025-06-11TAF"));
    assert_non_null(test_event_on(c, "ouster", "2025-06-05TEV"));
    assert_non_null(test_event_on(c, "appointment", "2025-06-08"));
    assert_non_null(test_event_on(c, "board_call", "2025-06-10"));
    assert_non_null(test_event_on(c, "board_change", "2025-07"));
    assert_non_null(test_event_on(c, "investigation", "2024-07"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_eighty_sixth_batch(void **state)
{
    (void)state;
    /* English: the reins handed by a founder go to the one named before
     * him; a part of a day counted from an event; a day a length reaches
     * from a month of another year keeps that year; someone questioned by
     * prosecutors; a second verb of a passive ("and let go"); a person
     * "out"; a preferred bidder to be picked; a CEO replaced by another
     * ("with"); a company taken to an employment tribunal; an audit begun;
     * evidence to be given to a committee */
    chr_corpus *c = test_run("For six years chief executive Nadia Brennan ran Tovel Media after founder Arlo Pike handed her the reins in March "
                             "2019. The board of Harwick Foods voted on Tuesday to remove chief executive Dana Colby. The "
                             "morning after the vote, Colby sued the company in the High Court.",
                             "2025-05-09");
    const chr_event *handed = test_event_on(c, "appointment", "2019-03");
    assert_non_null(handed);
    assert_true(has_role(c, handed, "subject", "Nadia Brennan"));
    assert_false(has_role(c, handed, "subject", "Arlo Pike"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-05-07"));
    chr_corpus_free(c);
    c = test_run("In January 2024 Lena Marsh wrote to the head of compliance. Three weeks later, on February 9, she was "
                 "called into HR and let go. South Korean prosecutors questioned Shim Jae-won, the founder of Saemteo "
                 "Mall, for ten hours on Wednesday. The following Monday Shim was out. The receiver aims to pick a "
                 "preferred bidder by the end of March. Chief executive Martin Hale met director Oliver Pell. Later the "
                 "board of Pellridge replaced Martin Hale with Oliver Pell. In June Marsh also took Pellridge to an employment tribunal. This April the Revenue "
                 "Service began auditing how Pellridge booked its spending. Marsh is due to give evidence to the "
                 "health committee on December 10.",
                 "2025-12-03");
    assert_non_null(test_event_on(c, "ouster", "2024-02-09"));
    assert_non_null(test_event_on(c, "investigation", "2025-12-03"));
    assert_non_null(test_event(c, "resignation"));
    assert_non_null(test_event_on(c, "deal", "2026-03"));
    assert_true(has_role(c, test_event(c, "appointment"), "subject", "Oliver Pell"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-06"));
    assert_non_null(test_event_on(c, "investigation", "2025-04"));
    assert_non_null(test_event_on(c, "statement", "2025-12-10"));
    chr_corpus_free(c);
    /* Korean: "같은 날" two sentences after a day a length reached, past a
     * sentence naming the event again by its noun; a petition to a court
     * named with its original; a bare clock time in a past clause two
     * sentences after a day before the article's, a paragraph each; a
     * buyer to be sought; sales proceeds ("판매대금") no product */
    c = test_run("가나다유통은 지난 10일 자카르타 상사법원(Pengadilan Niaga)에 채무변제유예와 비슷한 절차를 "
                 "신청했다.\n\n사흘 뒤에는 이사회가 김철수 대표를 해임했다.\n\n지분 30%를 가진 투자사 쪽 이사들이 "
                 "해임을 주도한 것으로 알려졌다.\n\n같은 날 이영희 부사장이 대표로 선임됐다.\n\n어제(19일) 오전, "
                 "대검찰청 청사 앞.\n\n김철수 전 대표가 굳은 표정으로 청사 안으로 들어갔다.\n\n그는 판매대금을 "
                 "빼돌린 혐의로 밤 11시가 넘도록 조사를 받았다.\n\n관리인단은 다음 달 초 공개 입찰을 열어 "
                 "인수자를 찾겠다는 계획이다.",
                 "2025-11-20");
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-10"));
    assert_non_null(test_event_on(c, "ouster", "2025-11-13"));
    assert_non_null(test_event_on(c, "appointment", "2025-11-13"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-19T23:00"));
    assert_non_null(test_event_on(c, "deal", "2025-12"));
    assert_null(test_event(c, "product"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_eighty_sixth_batch_second_round(void **state)
{
    (void)state;
    /* English: charges named by their day, the departure before them not
     * dated by it; hearings a legislature opens; a court asked for
     * protection; binding offers due; questioned by prosecutors of a
     * city; inspectors sent in; an indictment with its object; papers
     * signed off no deal; a time naming a noun that is no trigger still
     * dates the verb */
    chr_corpus *c = test_run("Okafor's departure follows Tuesday's charges against Brennock's former vice-president of "
                             "quality, Gordon Tesh. The legislature's energy committee is expected to open hearings into the "
                             "affair next month. On April 2, Mercabella asked the Milan bankruptcy court for protection "
                             "from its creditors. Binding offers are due on June 19. Lorenzo Vitale was questioned by "
                             "Milan prosecutors last Friday. The NSIA sent a team into Seongdo on September 24. Last "
                             "Friday they indicted the company's president. \"The utility signed off on every one of those "
                             "certificates,\" an analyst said. We will nominate a second director at next March's annual "
                             "meeting.",
                             "2025-12-03");
    assert_non_null(test_event_on(c, "lawsuit", "2025-12-02"));
    assert_null(test_event_on(c, "resignation", "2025-12-02"));
    assert_non_null(test_event_on(c, "investigation", "2026-01"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-04-02"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-28"));
    assert_non_null(test_event_on(c, "investigation", "2025-09-24"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-28"));
    assert_int_equal(test_count_events(c, "deal"), 1);
    assert_non_null(test_event_on(c, "board_change", "2026-03"));
    chr_corpus_free(c);
    /* Korean: what the clause after "해임한 같은 날," tells happened that
     * day; the running handed over ("경영을 맡기고"); a merger to be
     * approved; a month's length counted from a month the text named; a
     * successor to be chosen; an inspection widened; a receiver set in
     * place; sellers gathered outside the head office; a sale pursued; a
     * rarer surname (편); a company glued to 일렉트릭; what a probe found
     * ("…것으로 조사됐다") is no probe */
    c = test_run("이사회는 지난 6일 포르스 대표를 해임했다. 이사회는 포르스를 해임한 같은 날, 외부 법무법인에 감원 "
                 "과정에 대한 감사를 맡겼다. 베리는 2024년 1월 포르스에게 경영을 맡기고 의장으로 물러났다. 회사는 "
                 "다음 달 임시 주주총회에서 합병 승인을 받을 계획이다.\n\n포르스는 지난해 10월 600명 감원 계획을 "
                 "발표했다. 한 달 뒤, 음악가 200여 명이 공개 서한을 내고 거세게 반발했다.",
                 "2026-02-10");
    assert_non_null(test_event_on(c, "investigation", "2026-02-06"));
    assert_non_null(test_event_on(c, "appointment", "2024-01"));
    assert_non_null(test_event_on(c, "deal", "2026-03"));
    assert_true(test_event_on(c, "protest", "2025-11") != NULL || test_event_on(c, "statement", "2025-11") != NULL);
    chr_corpus_free(c);
    c = test_run("이사회는 다음 달 임시 이사회를 열어 정식 후임을 고를 계획이라고 밝혔다. 원자력안전국은 지난 2월 말 "
                 "칼리오 제품 전체로 점검을 넓혔다. 법원은 지난 1일 명재훈 전 부사장을 관리인으로 세웠다. 지난달 "
                 "28일 서울 성동구 본사 앞에는 판매자 300여 명이 모여 정산을 요구했다. 관리인은 인수합병(M&A)을 "
                 "추진하기로 했다. 창업자인 편승호 전 대표는 어제 검찰에 출석했다. 1994년 문을 연 동하일렉트릭은 "
                 "몸집을 키웠다. 이들은 성적서를 고친 것으로 조사됐다.",
                 "2025-08-07");
    assert_non_null(test_event_on(c, "appointment", "2025-09"));
    assert_non_null(test_event_on(c, "investigation", "2025-02"));
    assert_non_null(test_event_on(c, "appointment", "2025-08-01"));
    assert_non_null(test_event_on(c, "protest", "2025-07-28"));
    assert_non_null(test_event(c, "deal"));
    assert_non_null(test_entity(c, "편승호"));
    assert_int_equal(test_entity(c, "편승호")->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "동하일렉트릭"));
    assert_int_equal(test_entity(c, "동하일렉트릭")->type, CHR_ENT_ORG);
    assert_int_equal(test_count_events(c, "investigation"), 1);
    chr_corpus_free(c);
}

static void blind_set_hundred_and_ninetieth_batch(void **state)
{
    (void)state;
    /* English: a live blog's entry time heads what follows it; custody
     * ordered; a meeting requested, "today's" naming the meeting's day;
     * joining as chief executive; temporary charge taken; a bank folded
     * into another; pay returned is no return; an Italian company */
    chr_corpus *c = test_run("Good morning: chief executive Martin Crewe faces the board.\n\n10:04\nBreaking: Martin Crewe is out.\n\n10:09\n"
                             "Chief financial officer Declan Hobbs will take temporary charge from today. Priya Raman-Holt, "
                             "currently chief operating officer at Northway Rail, will join as chief executive on 4 May.\n\n"
                             "11:00\nOn April 2, a judge in Milan ordered her held in custody. On March 12, Tidewell "
                             "formally requested today's extraordinary meeting. Seo announced that Pyeonggang would be "
                             "folded into the much larger Hanseo Bank. Nam said he would return 60% of his pay. Shareholders "
                             "of Bressanini Cosmetici met in Milan.",
                             "2026-04-14");
    assert_non_null(test_event_on(c, "resignation", "2026-04-14T10:04"));
    assert_non_null(test_event_on(c, "appointment", "2026-04-14"));
    assert_non_null(test_event_on(c, "appointment", "2026-05-04"));
    assert_non_null(test_event_on(c, "investigation", "2026-04-02"));
    assert_non_null(test_event_on(c, "board_call", "2026-03-12"));
    assert_non_null(test_event(c, "deal"));
    assert_null(test_event(c, "return"));
    assert_non_null(test_entity(c, "Bressanini Cosmetici"));
    assert_int_equal(test_entity(c, "Bressanini Cosmetici")->type, CHR_ENT_ORG);
    chr_corpus_free(c);
    /* Korean: a meeting's requisition "공식" demanded; a court siding with
     * a party; "이 자리에서" after a sentence that names the occasion with
     * its day and tells no event; a company glued to 뷰티 */
    c = test_run("새길자산운용은 19일 아라채뷰티 이사회에 임시 주주총회 소집을 공식 청구했다. 법원은 지난 11일 백 전 "
                 "COO의 손을 들어줬다.\n\n관심은 다음 달 20일 열리는 임시주주총회에 쏠린다. 한 대표 측은 이 자리에서 "
                 "사내이사 2명을 새로 선임해 이사회를 재편할 계획이다.",
                 "2025-09-25");
    assert_non_null(test_event_on(c, "board_call", "2025-09-19"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-09-11"));
    assert_non_null(test_event_on(c, "board_change", "2025-10-20"));
    assert_non_null(test_entity(c, "아라채뷰티"));
    assert_int_equal(test_entity(c, "아라채뷰티")->type, CHR_ENT_ORG);
    chr_corpus_free(c);
    /* a time right after the clause's topic is the main verb's, though a
     * relative clause follows it; a product folded into a suite is no
     * merger */
    c = test_run("회사는 지난 16일 오 CTO와 이직한 개발자들을 서울 성동경찰서에 고소했다. Wrenline will be folded into "
                 "Corbel's cloud suite later this year.",
                 "2025-09-25");
    assert_non_null(test_event_on(c, "lawsuit", "2025-09-16"));
    assert_null(test_event(c, "deal"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_eighty_second_batch(void **state)
{
    (void)state;
    /* English: a strike told as walking off the lines, a letter two days
     * after it began and a complaint the next day, each counted on; a post
     * changed by the company without a board call in "what insiders
     * called a demotion"; "the year before" a year the story named; a
     * company's word to its investors dated by its own day, not by what
     * it said would come; a meeting with another firm's executives */
    chr_corpus *c = test_run("In early 2019, under chief executive Ahn Do-hun, who had been appointed the year before, "
                             "Brindlemark signed a supply deal with Ostrava Chips. Many of the new hires came from rivals.\n\n"
                             "On Oct. 6 some 900 workers walked off the lines. Two days after the walkout began, Ahn sent "
                             "staff a letter. The next day the company filed a criminal complaint against three union "
                             "leaders. On Oct. 30 Brindlemark moved Lee to an advisory post, in what colleagues called a "
                             "demotion. Then, last Tuesday, Ostrava told investors it would cut its orders from next year. "
                             "Ahn is due to meet Ostrava executives in Prague on Dec. 9.",
                             "2025-11-20");
    assert_non_null(test_event_on(c, "appointment", "2018"));
    assert_null(test_event_on(c, "appointment", ""));
    assert_non_null(test_event_on(c, "protest", "2025-10-06"));
    assert_non_null(test_event_on(c, "statement", "2025-10-08"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-10-09"));
    assert_non_null(test_event_on(c, "appointment", "2025-10-30"));
    assert_null(test_event_on(c, "board_call", "2025-10-30"));
    assert_non_null(test_event_on(c, "statement", "2025-11-18"));
    assert_null(test_event_on(c, "statement", "2026"));
    assert_non_null(test_event_on(c, "board_call", "2025-12-09"));
    chr_corpus_free(c);
    /* a court's suspension, an injunction asked for and appeals filed are
     * suits; a picket is a protest; "Three days later" counts from the
     * suspension, not from the dismissal it names */
    c = test_run("On Sept. 2 the board voted to remove Kang.\n\nKang went to court. His application for an injunction "
                 "was lodged on Sept. 9. On Oct. 1 the Busan District Court suspended both the dismissal and Jo's "
                 "appointment.\n\nThree days later Kang was back in his office. Last Tuesday the company and Jo filed "
                 "separate appeals. The union, which picketed the building in early September, is quiet.",
                 "2025-10-24");
    assert_non_null(test_event_on(c, "lawsuit", "2025-09-09"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-10-01"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-10-21"));
    assert_non_null(test_event_on(c, "return", "2025-10-04"));
    assert_non_null(test_event_on(c, "protest", "2025-09"));
    chr_corpus_free(c);
    /* a day before the story's told in the pluperfect is a flashback:
     * "the following day" counts from the story's day before it */
    c = test_run("SEOUL, Oct 31 (Wire) - The shake-up comes two weeks after a rocket built by Vexa broke apart on "
                 "Oct. 15. Lumen had signed the launch contract with Vexa on March 14, 2023. Park apologised to staff "
                 "the following day.",
                 "2025-10-31");
    assert_non_null(test_event_on(c, "statement", "2025-10-16"));
    assert_null(test_event_on(c, "statement", "2023-03-15"));
    chr_corpus_free(c);
    /* Korean: days counted from the night the story told, past a year's
     * background ("2019년 창업 이후"); a rally by its day and a sit-in by how
     * long it has lasted; "창사 첫 파업" founds nothing, "파업 기간" tells no
     * strike of its own; "23일 만이다" is a length, so "이날" stays on the
     * article's day */
    c = test_run("위기는 지난달 3일 밤 시작됐다. 한별위성의 위성을 실은 로켓이 폭발했다. 2019년 창업 이후 준비한 위성이 "
                 "사라졌다.\n\n보름 뒤 이사회는 창업자 윤재석 대표를 해임했다.",
                 "2025-11-10");
    assert_non_null(test_event_on(c, "ouster", "2025-10-18"));
    chr_corpus_free(c);
    c = test_run("지난 8월 4일부터 이어져 온 노조의 천막 농성장이 오늘 철거됐다. 조합원들이 상경한 9월 13일 집회에는 "
                 "2천여 명이 모였다.",
                 "2025-10-20");
    assert_non_null(test_event_on(c, "protest", "2025-08-04"));
    assert_non_null(test_event_on(c, "protest", "2025-09-13"));
    chr_corpus_free(c);
    c = test_run("6일 업계에 따르면 노사는 전날 밤 잠정 합의했다.\n\n노조가 지난달 13일 전면 파업에 돌입한 지 24일 "
                 "만이다. 조합원들은 이날 오전 라인에 복귀했다. 창사 첫 파업을 겪은 회사는 긴장했다. 노조는 회사가 "
                 "파업 기간 협력업체 인력을 투입했다며 반발했다.",
                 "2025-11-06");
    assert_null(test_event(c, "founding"));
    assert_non_null(test_event_on(c, "return", "2025-11-06TMO"));
    assert_null(test_event_on(c, "return", "2025-10-13TMO"));
    assert_null(test_event_on(c, "protest", ""));
    chr_corpus_free(c);
    /* (in the eve's own paragraph "이날 저녁" is the eve's) */
    c = test_run("17일 업계에 따르면 한결미디어는 전날 이사회를 열고 지분 매각을 승인했다. 양측은 이날 저녁 계약서에 "
                 "서명했다.",
                 "2025-10-17");
    assert_non_null(test_event_on(c, "deal", "2025-10-16"));
    assert_null(test_event_on(c, "deal", "2025-10-17TEV"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_eighty_second_batch_second_round(void **state)
{
    (void)state;
    /* English: a post changed in the passive; a deal told by its noun and
     * a participle; a complaint taken to the police; a second verb told as
     * to come keeps its time ("and will take charge … next Monday"); a
     * surrender order signed is no deal */
    chr_corpus *c = test_run("The company said on Wednesday that Lee Dong-ha, who has run the plant since 2021, would be "
                             "reassigned as a senior adviser at its research arm. Park Eun-ji was named to replace him and "
                             "will take charge of the plant next Monday.\n\nThe deal, struck late on Nov. 5 after a week "
                             "of talks, raises base pay. The next day, the company went to the police, accusing three "
                             "union officials. The justice minister signed the surrender order last month. Brindle paid "
                             "a fine under an agreement reached with prosecutors in June.",
                             "2025-11-13");
    assert_non_null(test_event_on(c, "appointment", "2025-11-12"));
    assert_null(test_event_on(c, "appointment", "2025-11-17"));
    assert_non_null(test_event_on(c, "agreement", "2025-11-05"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-06"));
    assert_null(test_event_on(c, "deal", "2025-10"));
    assert_non_null(test_event_on(c, "agreement", "2025-06"));
    chr_corpus_free(c);
    /* Korean: outside directors elected and the board's make-up changed are
     * board changes, not appointments; a signed petition is a protest */
    c = test_run("오늘 주총에서는 이사회 구성도 바뀌었다. 한결캐피털이 추천한 박소연 변호사가 사외이사로 새로 "
                 "선임됐다. 지난달 16일에는 직원 50여 명이 대표의 사퇴를 요구하는 연서명을 경영진에 전달했다.",
                 "2025-11-20");
    assert_non_null(test_event_on(c, "board_change", "2025-11-20"));
    assert_null(test_event(c, "appointment"));
    assert_non_null(test_event_on(c, "protest", "2025-10-16"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_ninetieth_batch(void **state)
{
    (void)state;
    /* Korean: a report verb that describes the trigger's noun dates it
     * ("어제 발표한 입장문"); "어제부로", "오늘자로" are days; "오늘" in a
     * quote a narrated sentence carries is the day its paragraph told */
    chr_corpus *c = test_run("윤 내정자는 어제 발표한 입장문에서 \"구조조정은 없다\"고 밝혔다. 하동균 대표는 채권단 "
                             "결정에 따라 어제부로 대표직에서 물러났다. 박 사장은 오늘자로 사임했다.",
                             "2025-11-21");
    assert_non_null(test_event_on(c, "statement", "2025-11-20"));
    assert_non_null(test_event_on(c, "resignation", "2025-11-20"));
    assert_non_null(test_event_on(c, "resignation", "2025-11-21"));
    chr_corpus_free(c);
    c = test_run("정 회장은 지난 9일 서울 본사에서 기자들 앞에 섰다. 그는 이어 \"모든 책임을 지고 오늘부로 회장직을 "
                 "내려놓겠다\"고 말했다.\n\n이튿날 열린 이사회는 백인호 전 차관을 신임 대표이사에 앉혔다.",
                 "2025-09-17");
    assert_non_null(test_event_on(c, "appointment", "2025-09-10"));
    assert_null(test_event_on(c, "appointment", "2025-09-18"));
    chr_corpus_free(c);
    /* English: "also" before an undated verb adds a step to the occasion
     * told before */
    c = test_run("At the company's annual general meeting in Dublin on Wednesday, 56 per cent of votes cast supported a "
                 "resolution to remove Mr Halloran from the board. Shareholders also elected all three directors "
                 "nominated by his sister.",
                 "2025-06-20");
    assert_non_null(test_event_on(c, "board_change", "2025-06-18"));
    chr_corpus_free(c);
    /* English: a time after an appositive set off by commas is the verb's
     * ("hired X, a former investment banker, as CFO in 2022"; "launched Y,
     * a pill, in 2019, and"); a court blocks and dismisses a party's
     * objection (a ruling, no ouster); "made X acting chief executive" */
    c = test_run("Dorimsol hired Min Seo-jin, a former investment banker, as chief financial officer in 2022. Gyeolmaru "
                 "launched Nortelin, a three-in-one hypertension pill, in 2019, and it sold well. The Suwon District "
                 "Court blocked the issue on Oct. 17, and on Nov. 7 it dismissed Dorimsol's objection. He went on "
                 "leave on Dec. 19. Four days later the board made Ms. Yeom acting chief executive.",
                 "2025-11-28");
    assert_non_null(test_event_on(c, "appointment", "2022"));
    assert_non_null(test_event_on(c, "product", "2019"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-10-17"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-07"));
    assert_null(test_event(c, "ouster"));
    assert_non_null(test_event_on(c, "appointment", "2024-12-23"));
    chr_corpus_free(c);
    /* Korean: a cleft past a particle and a few words ("휴직에 들어간 건
     * 지난해 12월 20일."), and a length counted from it */
    c = test_run("도 대표가 휴직에 들어간 건 지난해 12월 20일.\n\n염 부사장은 도 대표가 휴직한 지 사흘 뒤 대표 "
                 "직무대행에 선임됐다.",
                 "2025-11-20");
    assert_non_null(test_event_on(c, "leave", "2024-12-20"));
    assert_non_null(test_event_on(c, "appointment", "2024-12-23"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_ninetieth_batch_second_round(void **state)
{
    (void)state;
    /* English: a post approved by shareholders; "at the same meeting" after
     * the verb; a probe told by its start in a timeline box, not one an
     * event is counted from; an indictment after the prosecutors' earlier
     * verb; talks on a subject; a fine challenged in court; a partner's
     * directors pulled off a board; a person winning a vote */
    chr_corpus *c = test_run("Shareholders of Byeolmuri Bank on Wednesday approved Moon Kyung-ho, a former head of Everlyn "
                             "Financial, as the lender's next president. Han Jung-woo formally stepped down at the same "
                             "meeting in Seoul. Prosecutors questioned Do Sang-hoon on Jan. 21 and indicted him on Feb. 10 "
                             "on breach-of-trust charges. Frisolde pulled its two directors off the venture board in November.\n\n"
                             "Jan. 15 — FSS on-site inspection starts",
                             "2025-03-28");
    assert_non_null(test_event_on(c, "appointment", "2025-03-26"));
    assert_non_null(test_event_on(c, "resignation", "2025-03-26"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-02-10"));
    assert_non_null(test_event_on(c, "board_change", "2024-11"));
    assert_non_null(test_event_on(c, "investigation", "2025-01-15"));
    chr_corpus_free(c);
    c = test_run("A week after the audit began, on Aug. 11, Lumoa's board removed Ki Seo-yoon. He also said he would "
                 "sit down with Min Kyung-sook on Monday to open talks on compensation. Han Do-yoon won 1,214 of the "
                 "2,061 votes cast.\n\nSanmaru challenged the fine at the Seoul High Court last month.",
                 "2025-12-16");
    assert_non_null(test_event_on(c, "lawsuit", "2025-11"));
    assert_null(test_event(c, "investigation"));
    assert_non_null(test_event_on(c, "ouster", "2025-08-11"));
    assert_non_null(test_event_on(c, "board_call", "2025-12-22"));
    assert_non_null(test_event(c, "appointment"));
    chr_corpus_free(c);
    /* Korean: a time before a trigger's connective form and a background verb's adnominal dates
     * that trigger only; a merger told by 합치다; an app that came out */
    c = test_run("올해 1월 2일 "
                 "통합 법인이 출범하면서 2023년 다온텔레콤에 영입돼 다온비전을 이끌던 조 대표가 공동대표에 취임했습니다. "
                 "지난해 6월 다온텔레콤이 다온비전을 윤슬플레이에 합치기로 했습니다. 3월에 두 서비스를 합친 통합 앱이 "
                 "나왔는데요.",
                 "2025-11-21");
    assert_non_null(test_event_on(c, "appointment", "2023"));
    assert_non_null(test_event_on(c, "appointment", "2025-01-02"));
    assert_non_null(test_event_on(c, "deal", "2024-06"));
    assert_non_null(test_event_on(c, "product", "2025-03"));
    chr_corpus_free(c);
}

/* Any role of 'e' is played by the entity with 'form' as name or alias. */
static int has_party(const chr_corpus *c, const chr_event *e, const char *form)
{
    if (!e) return 0;
    for (size_t i = 0; i < e->participants.len; i++) {
        /* (the company an event is told about is no party to it, nor is
         * anyone only named beside it) */
        if (strcmp(e->participants.items[i].role, "about") == 0 ||
            strcmp(e->participants.items[i].role, "mentioned") == 0)
            continue;
        const chr_entity *en = &c->entities.items[chr_entity_root(c, e->participants.items[i].entity)];
        if (strcmp(en->name, form) == 0 || chr_strvec_find(&en->aliases, form) >= 0) return 1;
    }
    return 0;
}

/* An event that does not name the company the article names most often,
 * a rival's launch, is still told about it: role "about", no party to
 * it. */
static void an_event_is_about_the_company_of_its_article(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Tessaro Foods recalled 40,000 jars of baby food on May 2. Tessaro Foods said sales had "
                             "already fallen. Rival Hanul Dairy launched a new formula on May 6. Tessaro Foods apologised again.",
                             "2025-05-12");
    const chr_event *raid = test_event_on(c, "product", "2025-05-06");
    assert_non_null(raid);
    assert_false(has_party(c, raid, "Tessaro Foods"));
    assert_true(has_party(c, raid, "Hanul Dairy"));
    int about = 0;
    for (size_t i = 0; i < raid->participants.len; i++) {
        const chr_entity *en = &c->entities.items[chr_entity_root(c, raid->participants.items[i].entity)];
        if (strcmp(raid->participants.items[i].role, "about") == 0 && strcmp(en->name, "Tessaro Foods") == 0) about = 1;
    }
    assert_true(about);
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_twenty_second_batch(void **state)
{
    (void)state;
    /* English: a union named for its members, "the union" after it, and
     * the company a strike is against as a party too; a day restated in
     * apposition ("Last Monday, the day before …"); new hires are no
     * appointment, a complaint with the board no lawsuit; a blockade and
     * an occupation are protests */
    chr_corpus *c = test_run("Published Monday, March 31, 2025\n\nHarbor welders strike at Tallis Marine\n\nMembers of "
                             "the Tallis Harbour Welders' Union walked out at Tallis Marine on March 3. Last Monday, the "
                             "day before Mr. Roe's first day, management and the union signed a wage agreement. The deal "
                             "adds 300 new hires over two years.\n\nOn Feb. 11 staff filed a written complaint with the "
                             "board. The blockade that began on Feb. 26 ended on March 20. Seven welders had occupied "
                             "the No. 2 dock since March 10.",
                             "2025-03-31");
    assert_non_null(test_entity(c, "Tallis Harbour Welders' Union"));
    const chr_event *strike = test_event_on(c, "protest", "2025-03-03");
    assert_true(has_party(c, strike, "Tallis Harbour Welders' Union"));
    assert_true(has_party(c, strike, "Tallis Marine"));
    const chr_event *agreement = test_event_on(c, "agreement", "2025-03-24");
    assert_true(has_party(c, agreement, "Tallis Harbour Welders' Union"));
    assert_true(has_party(c, agreement, "Tallis Marine"));
    assert_null(test_event(c, "appointment"));
    assert_null(test_event(c, "lawsuit"));
    assert_non_null(test_event_on(c, "protest", "2025-02-26"));
    assert_non_null(test_event_on(c, "protest", "2025-03-10"));
    chr_corpus_free(c);
    /* Korean: siblings of one surname told apart by the title each was
     * named with, an age in brackets between ("권소영(54) … 대표이사
     * 사장"); "한 전 대표" after "한서진 전 대표에게도"; a union named
     * for its trade and "지회" after it; "노조가" and "공기업" no names */
    c = test_run("해솔화장품 창업주 권태민(81) 회장이 2일 물러났다. 장녀 권소영(54) 해솔화장품 대표이사 사장과 장남 "
                 "권재훈(49) 해솔홀딩스 부회장 간 경쟁이 시작됐다. 권 사장은 2016년 대표이사에 선임됐고, 권 부회장은 "
                 "2019년 회사에 합류했다.\n\n검찰 수사는 공동창업자인 한서진 전 대표에게도 향하고 있다. 한 전 대표는 지난해 "
                 "12월 18일 대표직에서 사퇴했다.\n\n공기업 사장 선임 절차가 도마에 올랐다. 노조가 사장 임명의 효력을 멈춰 "
                 "달라며 낸 신청은 기각됐다.",
                 "2025-09-03");
    assert_true(has_party(c, test_event_on(c, "appointment", "2016"), "권소영"));
    assert_true(has_party(c, test_event_on(c, "appointment", "2019"), "권재훈"));
    assert_true(has_party(c, test_event_on(c, "resignation", "2024-12-18"), "한서진"));
    assert_null(test_entity(c, "노조가"));
    assert_null(test_entity(c, "공기업"));
    chr_corpus_free(c);
    /* a company's own union is the union, and its rally the company's
     * too; "노조" after it is the union */
    c = test_run("한결원자력은 입장을 내지 않았다. 한결원자력 노동조합은 지난 4일 본사 앞에서 집회를 열었다. 노조는 5일 "
                 "성명을 냈다.",
                 "2025-03-21");
    const chr_event *rally = test_event_on(c, "protest", "2025-03-04");
    assert_true(has_party(c, rally, "한결원자력 노동조합"));
    assert_true(has_party(c, rally, "한결원자력"));
    assert_non_null(test_entity(c, "노조"));
    assert_ptr_equal(test_entity(c, "노조"), test_entity(c, "한결원자력 노동조합"));
    chr_corpus_free(c);
    /* the day an adnominal trigger describes; a board joined; an
     * occupation; a noun bounding a span dates nothing; a time past a
     * comma is the next clause's; an appointment sued over is none */
    c = test_run("조선하청노동자연대 해원조선지회는 지난달 2일 파업에 들어갔다. 지회는 16일부터 도크 점거 농성을 "
                 "시작했다.\n\n권 전 대표가 직무에서 배제된 2월 19일부터는 한 사장이 직무대행을 맡았다. 누리증권 측 인사 3명이 "
                 "해원조선 이사회에 새로 합류했다.\n\n회사는 한소미 최고과학책임자에게 당분간 연구를 맡기기로 했는데, 다음 달 "
                 "출시를 앞둔 신약의 일정에도 빨간불이 켜졌다. 외부 조사가 끝날 때까지 권 대표의 직무를 정지한다는 "
                 "내용이다.\n\n노조는 이달 5일 임명 취소 소송을 냈다.",
                 "2025-07-15");
    const chr_event *walkout = test_event_on(c, "protest", "2025-06-02");
    assert_true(has_party(c, walkout, "조선하청노동자연대 해원조선지회"));
    assert_non_null(test_entity(c, "지회"));
    assert_non_null(test_event_on(c, "protest", "2025-06-16"));
    assert_non_null(test_event_on(c, "ouster", "2025-02-19"));
    assert_non_null(test_event(c, "board_change"));
    assert_non_null(test_entity(c, "한소미"));
    assert_null(test_event_on(c, "appointment", "2025-08"));
    assert_null(test_event_on(c, "leave", "2025-08"));
    assert_null(test_event_on(c, "appointment", "2025-07-05"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-07-05"));
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_fifty_fourth_batch(void **state)
{
    (void)state;
    /* English: a relative clause set off and closed keeps the verb's day
     * and its tense; a length counted from "the May 3 fire"; an inquiry
     * told by its start after a comma; a rally "staged their first"; a suit
     * filed in a relative clause with no pronoun; "joined us as"; people
     * referred to prosecutors; a day between a length and its verb; an
     * institute, a recycler and works are organisations */
    chr_corpus *c = test_run("Sorae Recycling will ask shareholders to elect Park Min-seo, a former judge who led the "
                             "bankruptcy division, as an outside director at a meeting on Nov. 20. Its safety chief Yoon "
                             "Gi-tae resigned two days after the May 3 fire. The six-week inspection, launched on May 12, "
                             "found 40 violations. Drivers staged their first rally outside the Sorae Recycling head office "
                             "in June. The union agreed to withdraw an injunction request it filed with the Busan District "
                             "Court on July 8. On Monday Ahn Bo-ra joined us as chief safety officer. On Aug. 4 Busan police "
                             "referred nine people to prosecutors. Four months after the collapse, Sorae Recycling last "
                             "Friday signed a compensation agreement with families. The Gaon Marine Technology Institute "
                             "dismissed its director. Halfmoon Works hired Jin Soo-ah in 2023.",
                             "2025-09-10");
    assert_non_null(test_entity(c, "Sorae Recycling"));
    assert_non_null(test_entity(c, "Gaon Marine Technology Institute"));
    assert_non_null(test_entity(c, "Halfmoon Works"));
    assert_true(has_party(c, test_event_on(c, "appointment", "2025-11-20"), "Park Min-seo"));
    assert_true(has_party(c, test_event_on(c, "resignation", "2025-05-05"), "Yoon Gi-tae"));
    assert_non_null(test_event_on(c, "investigation", "2025-05-12"));
    assert_null(test_event(c, "product"));
    assert_non_null(test_event_on(c, "protest", "2025-06"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-07-08"));
    assert_true(has_party(c, test_event_on(c, "appointment", "2025-09-08"), "Ahn Bo-ra"));
    assert_non_null(test_event_on(c, "investigation", "2025-08-04"));
    assert_non_null(test_event_on(c, "agreement", "2025-09-05"));
    chr_corpus_free(c);
    /* Korean: a chronology's items take the year of the item above; a
     * petition turned down told by the petition; a case closed by the
     * police; a notice told after its verb; an institute glued to 기술연구원;
     * no person "분야" nor "제자인" */
    c = test_run("한빛해양기술연구원은 에너지 분야 대표 국책연구기관이다. 도 원장의 제자인 임수아 대표는 물러났다. "
                 "함께 낸 집행정지 신청은 1월 17일 기각됐다. 지난해 11월 20일 본사가 가맹점에 보낸 공문이 발단이었다.\n\n"
                 "◆분쟁 일지\n2024년 4월 22일 한빛해양기술연구원 감사 착수\n4월 26일 이사회, 도 원장 고발\n"
                 "12월 경찰, 도 원장 배임 혐의 불송치\n",
                 "2025-02-14");
    assert_non_null(test_entity(c, "한빛해양기술연구원"));
    assert_null(test_entity(c, "분야"));
    assert_null(test_entity(c, "제자인"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-01-17"));
    assert_non_null(test_event_on(c, "statement", "2024-11-20"));
    assert_non_null(test_event_on(c, "lawsuit", "2024-04-26"));
    assert_null(test_event_on(c, "lawsuit", "2025-04-26"));
    assert_non_null(test_event_on(c, "investigation", "2024-12"));
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_forty_sixth_batch(void **state)
{
    (void)state;
    /* Korean: a contraction of a cooperative's name is the cooperative; a
     * cleft dated by a length from a day of its own ("복귀한 건 … 해임된 지
     * 53일 만"); "이 계약" after a time and a relative verb; a range's first
     * day; a tender offer one set out on; a duty taken over as topic; an
     * agenda item only proposed; a kind of rival before a company; a source
     * no participant */
    chr_corpus *c = test_run("가람낙농협동조합 대의원회가 지난 3월 2일 문태호 조합장을 해임했다. 문 조합장이 업무에 복귀한 건 "
                             "해임된 지 40일 만입니다. 가람낙협은 지난해 10월 맺은 이 계약을 지키겠다고 밝혔다.\n\n"
                             "환경부는 이달 7일부터 18일까지 가람낙협 공장을 현장조사했다. 조합장 직무는 오는 30일부터 "
                             "남기순 부조합장이 대행한다.\n\n사모펀드 운용사 브리즈캐피털이 지난 1일 한솔타일 주식을 사들이겠다며 "
                             "공개매수에 나섰다. 정윤호 브리즈 대표파트너는 지난 5일 임시주주총회 소집을 청구하면서 이사 2명의 "
                             "선임과 대표의 해임 안건을 올렸다. 한솔타일은 경쟁사 세림도기와 손잡았다. 조합 관계자에 따르면 "
                             "세림도기는 지난 9일 신주를 배정했다.",
                             "2025-04-20");
    assert_non_null(test_entity(c, "가람낙농협동조합"));
    assert_ptr_equal(test_entity(c, "가람낙협"), test_entity(c, "가람낙농협동조합"));
    assert_non_null(test_entity(c, "세림도기"));
    assert_true(has_party(c, test_event_on(c, "ouster", "2025-03-02"), "가람낙농협동조합"));
    assert_non_null(test_event_on(c, "return", "2025-04-11"));
    assert_non_null(test_event_on(c, "deal", "2024-10"));
    assert_non_null(test_event_on(c, "investigation", "2025-04-07"));
    assert_null(test_event_on(c, "investigation", "2025-04-18"));
    assert_true(has_party(c, test_event_on(c, "appointment", "2025-04-30"), "남기순"));
    assert_non_null(test_event_on(c, "deal", "2025-04-01"));
    assert_true(has_party(c, test_event_on(c, "board_call", "2025-04-05"), "정윤호"));
    const chr_event *removal = test_event(c, "ouster");
    assert_non_null(removal);
    const chr_event *proposed = NULL;
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "ouster") == 0 &&
            c->events.items[i].modality == CHR_MOD_POSSIBLE)
            proposed = &c->events.items[i];
    assert_non_null(proposed);
    assert_false(has_party(c, test_event_on(c, "deal", "2025-04-09"), "가람낙농협동조합"));
    chr_corpus_free(c);
    /* English: a passive "voted out"; a role resumed; back to court; an
     * election to come; "called himself" and "the lawfully elected
     * chairman" no events; a stake names the company; "file the first
     * joint suit"; a time after "and would decide" is not the noun's */
    c = test_run("Kim Do-hyun was first voted out in February. Vice chairwoman Ahn Se-ra resumed the role the same day. A "
                 "week later Kim went back to court, and in a statement he called himself \"the lawfully elected "
                 "chairman.\" Members are scheduled to elect a new chairman on Dec. 10.\n\nBrightwell Holdings bought a "
                 "60 percent stake in Somang on March 3. On April 2, 300 riders file the first joint suit against "
                 "Somang. The league said it had asked for an account of the dismissal and would decide this week.",
                 "2025-11-06");
    assert_non_null(test_event_on(c, "ouster", "2025-02"));
    assert_true(has_party(c, test_event(c, "return"), "Ahn Se-ra"));
    assert_null(test_entity(c, "Vice"));
    assert_non_null(test_event(c, "lawsuit"));
    assert_non_null(test_event_on(c, "appointment", "2025-12-10"));
    assert_null(test_event(c, "board_call"));
    assert_non_null(test_entity(c, "Somang"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-04-02"));
    assert_null(test_event_on(c, "ouster", "2025-W45"));
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_thirty_eighth_batch(void **state)
{
    (void)state;
    /* English: a sports team by its nickname, and the nickname alone; a
     * trade; "naming X acting general manager"; "took office"; "on May 4,
     * the day after X" dates X the day before; a surname two people share
     * is the one named last before it */
    chr_corpus *c = test_run("The Sorae Falcons fired general manager Baek Jin-su on May 4, the day after the league "
                             "opened an inquiry, naming scout Im Ha-ram acting general manager. The Falcons traded pitcher "
                             "Yoo Dan to the Namhae Sharks in 2024.\n\nNoh Ji-an took office on Friday as chief "
                             "executive of Gaon Transit. Noh issued a statement on Saturday. Her father Noh Byung-gu "
                             "founded Gaon Transit in 1988.",
                             "2025-05-12");
    assert_non_null(test_entity(c, "Sorae Falcons"));
    assert_non_null(test_entity(c, "Gaon Transit"));
    assert_true(has_party(c, test_event_on(c, "ouster", "2025-05-04"), "Sorae Falcons"));
    assert_non_null(test_event_on(c, "investigation", "2025-05-03"));
    assert_true(has_party(c, test_event_on(c, "appointment", "2025-05-04"), "Im Ha-ram"));
    assert_non_null(test_event_on(c, "deal", "2024"));
    assert_true(has_party(c, test_event_on(c, "appointment", "2025-05-09"), "Noh Ji-an"));
    assert_true(has_party(c, test_event(c, "statement"), "Noh Ji-an"));
    chr_corpus_free(c);
    /* Korean: a team by its nickname after the league's word, and its city
     * alone; a trade; 창단 (not "창단 첫해"); a bus company glued to 교통;
     * a former official of a two-word body; "구단은" no person */
    c = test_run("프로야구 소래 팰컨스가 지난 4일 백진수 단장을 해임했다. 소래는 지난해 7월 투수 유단을 남해 샤크스로 보낸 "
                 "트레이드를 단행했다. 1995년 소래그룹이 창단한 소래 팰컨스는 창단 첫해 우승했다.\n\n"
                 "가온교통 노조가 지난 7일 파업에 들어갔다. 가온교통은 임하람 전 국가정보원 산업보안센터 부단장을 "
                 "대표로 선임했다. 구단은 남궁민 대표이사의 거취를 검토하지 않았다.",
                 "2025-05-12");
    assert_non_null(test_entity(c, "소래 팰컨스"));
    assert_non_null(test_entity(c, "가온교통"));
    assert_null(test_entity(c, "구단은"));
    assert_true(has_party(c, test_event_on(c, "ouster", "2025-05-04"), "소래 팰컨스"));
    assert_non_null(test_event_on(c, "deal", "2024-07"));
    assert_non_null(test_event_on(c, "founding", "1995"));
    assert_null(test_event_on(c, "founding", "2025"));
    assert_true(has_party(c, test_event_on(c, "protest", "2025-05-07"), "가온교통"));
    assert_true(has_party(c, test_event(c, "appointment"), "임하람"));
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_thirtieth_batch(void **state)
{
    (void)state;
    /* English: a dateline with its year; players refusing to play (the
     * reason "in protest at" no act of its own); a boycott one stopped short
     * of; a museum "of Art" and a gallery named after the word; "the
     * foundation" after the foundation; a parent's name is its first
     * word's only when no operating company starts with it */
    chr_corpus *c = test_run("SEOUL, Feb 19, 2025 (Harbor Wire) - Players of Dalgae Gaming refused to take the stage on "
                             "Tuesday in protest at the removal of their founder. Their letter stopped short of "
                             "threatening a boycott.\n\nThe Namu Cultural Foundation runs the Namu Museum of Art. The "
                             "museum bought a painting from Gallery Sorim in 2023. The foundation opened an audit on "
                             "Feb. 3.\n\nSoyo Financial Group owns Soyo Credit Rating. Soyo dismissed two analysts on "
                             "Feb. 7.",
                             "2025-02-19");
    assert_non_null(test_event_on(c, "protest", "2025-02-18"));
    assert_null(test_event_on(c, "protest", "2025-02-19"));
    assert_non_null(test_entity(c, "Namu Museum of Art"));
    assert_non_null(test_entity(c, "Gallery Sorim"));
    assert_true(has_party(c, test_event_on(c, "investigation", "2025-02-03"), "Namu Cultural Foundation"));
    assert_true(has_party(c, test_event_on(c, "ouster", "2025-02-07"), "Soyo Credit Rating"));
    chr_corpus_free(c);
    /* "names X, then a Y, as sole CEO candidate" in a chronology's present;
     * "took charge of"; "sat down with … on Thursday" is past; "the same
     * day" after a month is that month's; a request to resign turned down
     * is no lawsuit */
    c = test_run("- Dec. 12, 2024: The committee names Ryu Ji-ho, then a group executive, as sole CEO candidate.\n\n"
                 "Ryu Ji-ho took charge of Saebit Insurance on April 21. Our lawyers sat down with their counsel on "
                 "Thursday. Judge Ana Ruiz merged the cases in April and, the same day, appointed Carver Lane as lead "
                 "counsel. Ryu turned down a request to resign.",
                 "2025-05-13");
    assert_non_null(test_event_on(c, "appointment", "2024-12-12"));
    assert_non_null(test_event_on(c, "appointment", "2025-04-21"));
    assert_non_null(test_event_on(c, "board_call", "2025-05-08"));
    assert_non_null(test_event_on(c, "appointment", "2025-04"));
    assert_null(test_event(c, "lawsuit"));
    chr_corpus_free(c);
    /* Korean: the first and the second letter are two events; a stake
     * disclosed and shares bought ("사들여"); "여 후보" after "여하늘
     * 부행장"; a Western given name and a surname ("그레이스 문 씨"); a
     * company before 창업자 is no person; "최고투자책임자" no name */
    c = test_run("코르닉스는 지난 9월 첫 서한을 보냈다. 코르닉스는 어제(18일) 두 번째 공개서한을 발송했다. 코르닉스가 "
                 "지분을 처음 공개한 것은 지난 8월 21일이다. 이어 지난달 장내에서 주식을 추가로 사들여 지분율을 7.8%로 "
                 "끌어올렸다.\n\n금융지주는 어제(18일) 여하늘 부행장(57)을 낙점했다. 여 후보는 내년 1월 1일 취임한다. 이사회는 그레이스 문 "
                 "씨를 새 대표로 앉혔다. 대표 겸 최고투자책임자(CIO)는 말했다. 코르닉스 창업자는 말했다.",
                 "2024-11-19");
    assert_non_null(test_event_on(c, "statement", "2024-09"));
    assert_non_null(test_event_on(c, "statement", "2024-11-18"));
    assert_non_null(test_event_on(c, "deal", "2024-08-21"));
    assert_non_null(test_event_on(c, "deal", "2024-10"));
    assert_true(has_party(c, test_event_on(c, "appointment", "2025-01-01"), "여하늘"));
    assert_non_null(test_entity(c, "그레이스 문"));
    assert_null(test_entity(c, "최고투자책임자"));
    assert_null(test_entity(c, "코르닉스 창업자"));
    chr_corpus_free(c);
    /* a trigger's own adnominal ending before a day with a time of day
     * ("물러난 3월 11일 오후"); a foundation, a museum, an appraiser and a
     * deep-sea fishing company by their glued kinds; a museum's director
     * and a ship's captain; players refusing to play; a full review
     * ordered; the board enlarged; "창업 9년 만에" no founding */
    c = test_run("윤도하 전 대표가 물러난 3월 11일 오후 이사회가 열렸다. 가람문화재단은 가람미술관을 운영한다. "
                 "다솜미술감정원은 위작으로 판정했다. 가람문화재단은 지난 10일 정서윤 관장을 해임했다. 바다원양은 사고 "
                 "사흘 뒤인 6일 최민혁 선장을 휴직 처리했다.\n\n주전 5명은 어제 리그 경기 출전을 거부했다. 한 관장은 "
                 "전수조사를 지시했다. 바다원양은 지난달 이사회 정원을 3명에서 5명으로 늘렸다. 창업 9년 만에 경영진이 "
                 "바뀔 수도 있다.",
                 "2025-03-13");
    assert_non_null(test_event_on(c, "resignation", "2025-03-11TAF"));
    assert_non_null(test_entity(c, "가람문화재단"));
    assert_non_null(test_entity(c, "가람미술관"));
    assert_non_null(test_entity(c, "다솜미술감정원"));
    assert_non_null(test_entity(c, "바다원양"));
    assert_true(has_party(c, test_event_on(c, "ouster", "2025-03-10"), "정서윤"));
    assert_true(has_party(c, test_event_on(c, "leave", "2025-03-06"), "최민혁"));
    assert_non_null(test_event_on(c, "protest", "2025-03-12"));
    assert_non_null(test_event(c, "investigation"));
    assert_non_null(test_event_on(c, "board_change", "2025-02"));
    assert_null(test_event(c, "founding"));
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_fourteenth_batch(void **state)
{
    (void)state;
    /* English: a length counts from the day told in the sentence before
     * when its event has no time of its own ("on July 9 … fined it, after
     * an audit found …"); a list of names set off by commas keeps its
     * clause's day; a minister named with the ministry's field; a strike
     * only averted is none; "I" of a turn is whoever its label names */
    chr_corpus *c = test_run("SEOUL, Sept 3 - The regulator on July 9 fined Lumbria, after a long audit found gaps in its "
                             "books.\n\nFive days later, the board voted to dismiss Ahn Se-ri.\n\nProsecutors charged Ahn, "
                             "Lumbria and two former managers, Ko Dae-han and Im Ji-na, on August 20.\n\nLabour Minister "
                             "Baek Mi-rae telephoned union leader Ko Eun-ji on Sunday in an attempt to avert the walkout.",
                             "2025-09-03");
    assert_non_null(test_event_on(c, "ouster", "2025-07-14"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-08-20"));
    assert_non_null(test_entity(c, "Baek Mi-rae"));
    assert_null(test_entity(c, "Labour Minister Baek Mi-rae"));
    assert_non_null(test_event_on(c, "board_call", "2025-08-31"));
    assert_null(test_event(c, "protest"));
    chr_corpus_free(c);
    c = test_run("Published May 2, 2025\n\nTrade Weekly: What happened in March?\n\nSong Ha-rin: On March 3 the "
                 "auditors arrived. Two days later Mr. Oh told the board he was resigning, and that same evening the "
                 "directors asked me to step in as acting chief executive.\n",
                 "2025-05-02");
    const chr_event *appointment = test_event_on(c, "appointment", "2025-03-05");
    assert_non_null(appointment);
    assert_string_equal(participant_named(c, appointment, "subject"), "Song Ha-rin");
    assert_non_null(test_event_on(c, "resignation", "2025-03-05"));
    assert_string_equal(test_timex_value(c, "March"), "2025-03");
    chr_corpus_free(c);
    /* Korean: "이번 주총" is no week, "3년, 5년" two lengths, "46시리즈" no
     * clock; a month put off to is ahead; a naming and a taking of office
     * days later are two events; a plan joined by 고 is a plan; a suit
     * lodged at a court dates by its own day, not by a fire named with its
     * day before it */
    c = test_run("이번 주총에서는 3년, 5년 단위 계획이 나왔다. 해람전지는 46시리즈 배터리 양산을 10월로 미룬다고 공시했다.",
                 "2025-04-08");
    assert_null(test_timex_value(c, "이번 주"));
    assert_string_equal(test_timex_value(c, "3년"), "P3Y");
    assert_null(test_timex_value(c, "46시"));
    assert_string_equal(test_timex_value(c, "10월"), "2025-10");
    chr_corpus_free(c);
    c = test_run("해람전지는 조은솔 전 부사장을 신임 본부장으로 선임했다고 7일 밝혔다. 조 본부장은 오는 14일 공식 "
                 "취임한다.\n\n해람전지 노조는 오는 12일 본사 앞에서 대규모 집회를 열고 회장의 사과를 요구할 계획이다.\n\n"
                 "지난달 11일 공장 화재 이후 3주째 멈춘 해람전지가 소송과 고객 이탈에 시달리고 있다. 근로자 9명은 지난 2일 "
                 "해람전지를 상대로 손해배상 소송을 청주지법에 냈다.",
                 "2025-04-08");
    assert_non_null(test_event_on(c, "appointment", "2025-04-07"));
    assert_non_null(test_event_on(c, "appointment", "2025-04-14"));
    assert_int_equal(test_event_on(c, "protest", "2025-04-12")->modality, CHR_MOD_PLANNED);
    assert_non_null(test_event_on(c, "lawsuit", "2025-04-02"));
    assert_null(test_event_on(c, "lawsuit", "2025-03-11"));
    chr_corpus_free(c);
    /* (a promotion, an inspection told by what it found, an objection to a
     * court, a tender offer carried out, a re-election to the board) */
    c = test_run("2020년 그는 부사장으로 승진했다. 공장은 2023년 노동부 정기감독에서 시정 지시를 받았다. 다온제강은 "
                 "지난 10일 같은 법원에 이의신청을 냈다. 코발트파트너스는 지난 1월 공개매수를 벌였다. 윤하진 대표는 "
                 "사내이사로 재선임됐다.",
                 "2025-03-28");
    assert_non_null(test_event_on(c, "appointment", "2020"));
    assert_non_null(test_event_on(c, "investigation", "2023"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-03-10"));
    assert_non_null(test_event_on(c, "deal", "2025-01"));
    assert_non_null(test_event(c, "board_change"));
    assert_null(test_event(c, "return"));
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_sixth_batch(void **state)
{
    (void)state;
    /* English: the suit named again as it is placed in time dates the
     * return it is counted from ("The suit came three days after X, 52,
     * returned"), an age set off by commas no clause break; a job given up
     * with its year dates the giving up, not the return; a chronology
     * line headed by a month, a present-tense "dismisses"; a case lost at a
     * court, then "terminated the agreement five days later" */
    chr_corpus *c = test_run("Orlen Park Games sued Hanul Studio on Thursday, March 20. The suit came three days after "
                             "founder Park Min-jae, 52, returned to the chief executive's job he gave up in 2020.",
                             "2025-03-21");
    assert_non_null(test_event_on(c, "lawsuit", "2025-03-20"));
    assert_non_null(test_event_on(c, "return", "2025-03-17"));
    assert_non_null(test_event_on(c, "resignation", "2020"));
    assert_null(test_event_on(c, "return", "2020"));
    chr_corpus_free(c);
    c = test_run("HOW IT UNFOLDED\n\n- Feb. 3: Malware locks the booking system at Daeil Ports.\n- The following Friday, "
                 "the board of Daeil Ports dismisses its security chief, Han Do-yun.\n- April: Yoo Seo-jin is appointed "
                 "security chief.\n",
                 "2025-06-18");
    assert_non_null(test_event_on(c, "ouster", "2025-02-07"));
    assert_non_null(test_event_on(c, "appointment", "2025-04"));
    chr_corpus_free(c);
    c = test_run("Daeil Ports signed the Orlen deal in May 2023. It lost at the Busan High Court on October 16, and "
                 "terminated the agreement five days later.",
                 "2025-11-02");
    assert_non_null(test_event_on(c, "lawsuit", "2025-10-16"));
    assert_non_null(test_event_on(c, "deal", "2025-10-21"));
    chr_corpus_free(c);
    /* (nor a claim called unlawful, nor seats a campaign asks for) */
    c = test_run("Han Do-yun has called the vote illegal. The fund is known for pushing for board seats.", "2025-02-04");
    assert_null(test_event(c, "board_call"));
    assert_null(test_event(c, "board_change"));
    chr_corpus_free(c);
    /* Korean: "같은 날" after a lead with no day is the day of the event
     * told before; a time right before a past adnominal ("어젯밤 구속된 …
     * 대표를") is that verb's even after the clause's topic; a rally named
     * in quotes, a refusal to trade as a campaign, an inspection told by
     * the verb that began it, a case sent on to prosecutors */
    c = test_run("한빛몰 이사회가 정하준 대표를 해임했다. 이사회는 같은 날 윤다은 부사장을 대표로 선임했다.\n\n"
                 "한빛몰은 지난 14일 이사회를 열고 정 대표 해임안을 가결했다.",
                 "2025-01-16");
    assert_non_null(test_event_on(c, "ouster", "2025-01-14"));
    assert_non_null(test_event_on(c, "appointment", "2025-01-14"));
    assert_null(test_event_on(c, "appointment", "2025-01-16"));
    chr_corpus_free(c);
    c = test_run("이사회는 어젯밤 구속된 정하준 대표를 대표이사직에서 해임했다.", "2025-02-20");
    assert_non_null(test_event(c, "ouster"));
    assert_null(test_event_on(c, "ouster", "2025-02-19"));
    chr_corpus_free(c);
    c = test_run("전국제과점주연합회는 13일 본사 앞에서 '가맹비 인상 철회 결의대회'를 열었다. 연합회는 오는 20일부터 "
                 "'납품 거부' 운동에 들어가겠다고 밝혔다. 노동부는 사고 이튿날 착수한 특별감독의 결과를 발표했다. "
                 "경찰은 지난달 말 현장소장 등 3명을 검찰에 송치했다.",
                 "2025-03-14");
    assert_non_null(test_event_on(c, "protest", "2025-03-13"));
    assert_non_null(test_event_on(c, "protest", "2025-03-20"));
    assert_non_null(test_entity(c, "전국제과점주연합회"));
    assert_non_null(test_event_on(c, "investigation", "2025-02"));
    chr_corpus_free(c);
}

static void blind_set_three_hundred_and_sixth_batch_second_round(void **state)
{
    (void)state;
    /* Korean: a board named more often than its company leaves the
     * company the article's; a time in a clause a comma closed is not the
     * one the length counts from ("올해 초 … 부진하자, 윤 전 대표가 사임한 지
     * 나흘 만인 4월 9일"); a stake raised to a share is a deal */
    chr_corpus *c = test_run("[대표 인터뷰] 한솔게임즈는 올해 3월 상장했다. 한솔게임즈 주가는 두 배로 뛰었다.\n\n―이사회는 어떻게 바뀌었나.\n\n\"이사회가 새로 "
                             "꾸려졌습니다. 이사회는 매달 열립니다. 이사회 의장도 바뀌었습니다.\"\n\n―노조와는.\n\n"
                             "\"노조와 5월 7일 합의했습니다.\"",
                             "2025-06-10");
    const chr_event *agreement = test_event_on(c, "agreement", "2025-05-07");
    assert_non_null(agreement);
    /* (with the company's union, "노조와", named by the company) */
    assert_true(takes_part(c, agreement, "한솔게임즈"));
    assert_true(takes_part(c, agreement, "한솔게임즈 노조"));
    chr_corpus_free(c);
    c = test_run("올해 초 신작이 부진하자, 윤다은 전 대표가 사임한 지 나흘 만인 4월 9일 정하준 의장이 대표로 복귀했다. "
                 "라온캐피털은 지난달 장내 매수로 지분을 9.2%까지 늘렸다.",
                 "2025-06-10");
    assert_non_null(test_event_on(c, "resignation", "2025-04-05"));
    assert_non_null(test_event_on(c, "deal", "2025-05"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_ninety_eighth_batch(void **state)
{
    (void)state;
    /* English: a time in the infinitive that says what an agreement is
     * for is not the agreement's ("an agreement to cut the commission to
     * 17% from Dec. 1"); a unit named with a country after its suffix */
    chr_corpus *c = test_run("The ministry says Hanbyeol and the union reached an agreement on Tuesday to cut the "
                             "commission to 17% from Dec. 1. In March 2011 Orvex Water Korea won the contract.",
                             "2025-11-05");
    assert_non_null(test_event_on(c, "agreement", "2025-11-04"));
    assert_null(test_event_on(c, "agreement", "2024-12-01"));
    assert_null(test_event_on(c, "agreement", "2025-12-01"));
    assert_non_null(test_entity(c, "Orvex Water Korea"));
    assert_int_equal(test_entity(c, "Orvex Water Korea")->type, CHR_ENT_ORG);
    chr_corpus_free(c);
    /* Korean: a leasing company by its glued suffix, and its short name */
    c = test_run("해솔컨테이너리스가 반발했다. 해솔은 지난 24일 소송을 당했다.", "2025-11-04");
    assert_non_null(test_entity(c, "해솔컨테이너리스"));
    assert_ptr_equal(test_entity(c, "해솔"), test_entity(c, "해솔컨테이너리스"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_seventy_fourth_batch(void **state)
{
    (void)state;
    /* English: a part of a day counted from an event dated by a length
     * ("the next morning" after "Two days later"); a length of days counts
     * from the event told with its day, not from one told with only its
     * month in between; "plans another protest" is a plan */
    chr_corpus *c = test_run("SEOUL (Wire) - On Sept. 30 the board of Lumicut voted to end the deal. Two days later it "
                             "removed Seo Ji-a. Seo answered in a letter to staff the next morning.",
                             "2025-11-24");
    assert_non_null(test_event_on(c, "ouster", "2025-10-02"));
    assert_non_null(test_event_on(c, "statement", "2025-10-03"));
    chr_corpus_free(c);
    c = test_run("The crisis began when Yoon Seo-kyung sent a copy of the internal collision review to the regulator on "
                 "Nov. 10. The 40-page review, completed in late August, blamed crew fatigue.\n\nHwirang placed Yoon on "
                 "paid leave two days later, the same day Kang issued a statement denying any cover-up.",
                 "2025-11-19");
    assert_non_null(test_event_on(c, "leave", "2025-11-12"));
    chr_corpus_free(c);
    assert_int_equal(modality_of("Blue Lighthouse plans another protest at Saturday's final home game.", "protest"),
                     CHR_MOD_PLANNED);
    /* Korean: a length back is a look back ("하루 앞서"), and "이날 오전"
     * stays on the day the story told; a time that bounds what the noun
     * covers ("2023년 이후 … 전반에 대한 감사") dates no verb; a fan's seat
     * is no post */
    c = test_run("휘랑해운이 윤서경 팀장을 21일 원래 자리로 복귀시켰다. 하루 앞서 싱가포르 피더선사는 휘랑해운을 상대로 "
                 "손해배상 소송을 냈다.\n\n휘랑해운은 이날 오전 사내 공지를 통해 윤 팀장을 복직시킨다고 밝혔다.",
                 "2025-11-21");
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-20"));
    assert_null(test_event_on(c, "return", "2025-11-20"));
    chr_corpus_free(c);
    c = test_run("윤 대표는 어제(5일) 첫 출근과 함께 타운홀 미팅을 열었다.\n\n회사는 이날 세진회계법인에 2023년 이후 매출 "
                 "인식 전반에 대한 포렌식 감사를 맡겼다.",
                 "2025-11-06");
    assert_non_null(test_event(c, "investigation"));
    assert_null(test_event_on(c, "investigation", "2023"));
    chr_corpus_free(c);
    c = test_run("[인터뷰: 김모 씨 / 시즌권 회원]\n\"창단 첫해부터 이 자리에 앉았는데요. 마음이 아픕니다.\"",
                 "2025-11-08");
    assert_null(test_event(c, "appointment"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_seventy_fourth_batch_second_round(void **state)
{
    (void)state;
    /* a merger scrapped by a vote is a deal of that day, apart from its
     * signing, and the length after it counts from it */
    chr_corpus *c = test_run("SEOUL (Wire) - Lumicut's board voted 6-1 on Sept. 30 to scrap the all-share merger, which "
                             "had valued the combined group at about $310 million when it was signed in March. Two days "
                             "later, the same board removed co-chief executive Seo Ji-a.",
                             "2025-10-21");
    assert_non_null(test_event_on(c, "deal", "2025-09-30"));
    assert_non_null(test_event_on(c, "deal", "2025-03"));
    assert_non_null(test_event_on(c, "ouster", "2025-10-02"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_sixty_sixth_batch(void **state)
{
    (void)state;
    /* Korean: the verb before "지 N 만" happened that long before the event
     * it is counted to (told after it, or in the sentence before); an
     * undated later event is dated from a dated earlier one; a length of
     * years and months counts in months */
    chr_corpus *c = test_run("한빛전자 김민수 전 대표가 어제 서울중앙지법에 가처분 신청서를 냈다. 이사회에서 해임된 지 열흘 "
                             "만이다.",
                             "2025-11-26");
    assert_non_null(test_event_on(c, "ouster", "2025-11-15"));
    chr_corpus_free(c);
    c = test_run("김민수 전 대표는 이사회에서 해임된 지 열흘 만인 어제 서울중앙지법에 가처분 신청서를 냈다.",
                 "2025-11-26");
    assert_non_null(test_event_on(c, "ouster", "2025-11-15"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-25"));
    chr_corpus_free(c);
    c = test_run("박서연 대표가 지난 3일 사임했다. 대표에 취임한 지 1년 2개월 만이다.", "2025-11-26");
    assert_non_null(test_event_on(c, "appointment", "2024-09"));
    chr_corpus_free(c);
    c = test_run("청람물류의 윤재석 대표가 결국 물러났다. 사고가 난 지 꼭 2주 만이다.\n\n사고는 지난 3일 밤 물류센터에서 "
                 "일어났다.",
                 "2025-11-18");
    assert_non_null(test_event_on(c, "resignation", "2025-11-17"));
    chr_corpus_free(c);
    /* a meeting a relative clause names is where the main verb happened;
     * a noun given the day counted from it is counted from all the same */
    c = test_run("윤 전 대표는 지난 17일 하이델론이 소집한 임시 이사회에서 대표이사직에서 해임됐다. 해임 이틀 뒤 직원들은 "
                 "연판장에 서명했다. 윤 전 대표는 지난 21일 인수 제안서를 보냈다. 해임 결의 다음 날 마은경 사외이사는 "
                 "이사직에서 물러났다.",
                 "2025-11-24");
    assert_non_null(test_event_on(c, "ouster", "2025-11-17"));
    assert_non_null(test_event_on(c, "board_change", "2025-11-18"));
    chr_corpus_free(c);
    /* a demand named by its noun is not done, and one dismissed is
     * negated; so are an intention never voiced and a possibility ruled
     * out */
    assert_int_equal(modality_of("노조는 윤 대표의 사퇴 요구 목소리를 높였다.", "resignation"), CHR_MOD_POSSIBLE);
    assert_int_equal(modality_of("윤 대표는 지난 12일 \"수습이 먼저\"라며 사퇴 요구를 일축했다.", "resignation"),
                     CHR_MOD_NEGATED);
    assert_int_equal(modality_of("페일 전 CEO는 스스로 물러나겠다고 한 적도 없다고 말했다.", "resignation"),
                     CHR_MOD_NEGATED);
    assert_int_equal(modality_of("구 대표는 오늘 사퇴 가능성에는 선을 그었다.", "resignation"), CHR_MOD_NEGATED);
    assert_int_equal(modality_of("회장은 사퇴할 뜻이 없다는 입장을 분명히 했다.", "resignation"), CHR_MOD_NEGATED);
    /* English: "That same day" is the day of the event told before, even
     * one dated by a length; a title made; a court asked to suspend; a
     * buyback offer */
    c = test_run("On Nov. 17 the board voted to remove Yoon Tae-o as CEO and made Jeong Min-hyeok sole chief executive. "
                 "On Nov. 21, Seo Ha-rin quit. That same day, Yoon Tae-o and Onsaemi Investment delivered their "
                 "buyback offer. On Nov. 25, Yoon asked the Gangneung branch of the Chuncheon District Court to suspend "
                 "the board resolution.",
                 "2025-12-02");
    assert_non_null(test_event_on(c, "appointment", "2025-11-17"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-25"));
    assert_non_null(test_event(c, "deal"));
    chr_corpus_free(c);
    c = test_run("On May 6 the regulator opened an investigation into Corbell Medical. Eight days later, Dana Kilbride "
                 "took a leave of absence. That same afternoon the board named Marcus Tillery, the finance chief, as "
                 "interim CEO.",
                 "2025-06-02");
    assert_non_null(test_event_on(c, "appointment", "2025-05-14"));
    chr_corpus_free(c);
    /* a title "as co-CEO" after an appositive keeps the verb's time; a
     * firm hired by name to carry out a diagnosis investigates; a news
     * conference to come */
    c = test_run("In 2022 it pushed out the founder of Dalbit Spirits. At Baramgol, it brought in Jeong Min-hyeok, a "
                 "marketing executive from Hanbit Beverages, as co-CEO in March 2024. It had hired Kessler-Haight, a "
                 "German engineering firm, on Nov. 3 to carry out a detailed safety diagnosis. Chairman Namgung "
                 "Seok-jin is scheduled to hold a news conference on Wednesday.",
                 "2025-11-18");
    assert_non_null(test_event_on(c, "appointment", "2024-03"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-03"));
    assert_null(test_event_on(c, "appointment", "2025-11-03"));
    assert_non_null(test_event_on(c, "statement", "2025-11-19"));
    chr_corpus_free(c);
    /* a day that names the thing after the verb is not the verb's ("block
     * the Dec. 12 shareholder vote"), unless told as its occasion ("at the
     * Dec. 19 meeting"), nor is one in a phrase of purpose ("for the Nov. 3
     * accident") */
    c = test_run("On Nov. 5 the holding company signed a deal with Kestrelmoor Capital. A day after the signing, Do "
                 "Se-woo asked the same court to block the Dec. 12 shareholder vote on the split.",
                 "2025-11-24");
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-06"));
    assert_null(test_event_on(c, "lawsuit", "2025-12-12"));
    chr_corpus_free(c);
    c = test_run("Two of Corvane's nominees will join the board at the Dec. 19 extraordinary meeting.", "2025-11-24");
    assert_non_null(test_event_on(c, "board_change", "2025-12-19"));
    chr_corpus_free(c);
    c = test_run("Yoon Jae-seok told employees on Monday that he was stepping down for the Nov. 3 accident.",
                 "2025-11-18");
    assert_null(test_event_on(c, "resignation", "2025-11-03"));
    chr_corpus_free(c);
    /* who is named inside a relative clause or a participle set off
     * before the verb takes no part in it */
    c = test_run("Kang Tae-ju, 41, who co-founded Dalmoro Logistics in 2018 with chief operating officer Yoon Seo-hee, "
                 "denied wrongdoing in a letter to staff on Tuesday. The external auditor of Dalmoro Logistics, a "
                 "freight startup backed by Bluestern Capital, resigned on Wednesday.",
                 "2025-11-05");
    const chr_event *letter = test_event(c, "statement");
    assert_true(has_role(c, letter, "subject", "Kang Tae-ju"));
    assert_false(has_role(c, letter, "subject", "Yoon Seo-hee"));
    const chr_event *quit = test_event(c, "resignation");
    assert_non_null(quit);
    for (size_t i = 0; i < quit->participants.len; i++)
        if (strcmp(quit->participants.items[i].role, "mentioned") != 0)
            assert_string_not_equal(c->entities.items[quit->participants.items[i].entity].name, "Bluestern Capital");
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_sixty_sixth_batch_second_round(void **state)
{
    (void)state;
    /* English: a title before the name installed; a post given again is a
     * return; doctors who stop seeing patients walk out */
    chr_corpus *c = test_run("On Oct. 14 the board removed Oh Tae-kyung and installed chief financial officer Na Eun-chae "
                             "as acting chief. Two days later the board voted to name Han Do-yoon chief executive "
                             "again. On Monday, 412 doctors stopped seeing outpatients.",
                             "2025-10-24");
    assert_non_null(test_event_on(c, "appointment", "2025-10-14"));
    assert_non_null(test_event_on(c, "return", "2025-10-16"));
    assert_non_null(test_event_on(c, "protest", "2025-10-20"));
    chr_corpus_free(c);
    /* Korean: a walkout of doctors; a buy-back offered; a letter that
     * tells a conditional threat is signed all the same; a relative clause
     * that commissions its noun gives it its time */
    c = test_run("전공의들은 지난 20일 집단 휴진에 들어갔다. 윤 전 대표는 지난 21일 지분을 1천8백억 원에 되사겠다고 "
                 "제안했다. 직원 140여 명은 지난 19일 해임을 철회하지 않으면 집단으로 회사를 떠나겠다는 연판장에 "
                 "이름을 올렸다. 2021년 하이델론에 경영권을 넘긴 뒤에도 윤 전 대표가 경영을 맡아 왔지만, 지난달 "
                 "하이델론이 의뢰한 외부 감사에서 문제가 드러났다.",
                 "2025-11-26");
    assert_non_null(test_event_on(c, "protest", "2025-11-20"));
    assert_non_null(test_event_on(c, "deal", "2025-11-21"));
    const chr_event *letter = test_event_on(c, "protest", "2025-11-19");
    assert_non_null(letter);
    assert_int_not_equal(letter->modality, CHR_MOD_POSSIBLE);
    assert_non_null(test_event_on(c, "investigation", "2025-10"));
    chr_corpus_free(c);
    /* (a state carried on from a year is no relative clause of the
     * statement told right after its subject) */
    c = test_run("2019년부터 회사를 이끌어 온 톨리버는 어제 성명에서 \"깊이 사과드린다\"고 밝혔다.", "2025-11-06");
    assert_non_null(test_event_on(c, "statement", "2025-11-05"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_fiftieth_batch(void **state)
{
    (void)state;
    /* English: an accident dated a length before the day its sentence
     * tells, where no event is told, dates what is counted from it */
    chr_corpus *c = test_run("Drivers stayed off the job for a third day on Friday, twelve days after an explosion at the "
                             "depot killed a mechanic. The chief executive apologised in a written statement a day "
                             "after the accident.",
                             "2025-10-31");
    assert_non_null(test_event_on(c, "statement", "2025-10-20"));
    chr_corpus_free(c);
    /* a participle right after its contract takes the time after it; the
     * time of a verb before ", and" is that verb's; a noun of the verb's
     * own type does not keep a length from it; shoppers rally */
    c = test_run("The terminal was rebuilt in 2023 under a contract signed in 2020 with Marlowe Cranes. Shoppers rallied "
                 "outside the mall on Nov. 3, and the commission opened a formal probe two days later.",
                 "2025-12-02");
    assert_non_null(test_event_on(c, "deal", "2020"));
    assert_null(test_event_on(c, "deal", "2023"));
    assert_non_null(test_event_on(c, "protest", "2025-11-03"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-05"));
    chr_corpus_free(c);
    c = test_run("The watchdog fined Pellam Pay on Wednesday after a long investigation. Pellam disclosed the leak on "
                 "Aug. 4. The watchdog opened its investigation two days later.",
                 "2025-10-22");
    assert_non_null(test_event_on(c, "investigation", "2025-08-06"));
    chr_corpus_free(c);
    /* what a union wants or a regulator recommends has not happened */
    c = test_run("The union wants plant chief Kim Dae-ho dismissed. The regulator recommended the removal of the chief "
                 "executive, Lee Soo-min.",
                 "2025-10-31");
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "ouster") == 0)
            assert_int_equal(c->events.items[i].modality, CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
    /* an outside firm hired to investigate; what a filing "called"; a
     * listing that is a state; remedies reviewed; findings released;
     * money that joined a pool; an audit announced; a plan's month after
     * an adjective in -ed */
    c = test_run("Tarvos hired the law firm Yulchon Crest last month to conduct an internal investigation. The company "
                 "appealed the cancellation, which it called \"excessive.\" Shares of Tarvos, which are listed on the "
                 "KOSDAQ, fell. Tarvos said it was reviewing all available remedies. The chair said findings would be "
                 "released in January. When it launched Tarvos Pay in 2016, customer deposits joined the pool. Two days "
                 "later, Tarvos announced an internal audit. Its supplier said it plans to release a re-engineered "
                 "pipeline for all customers in January.",
                 "2025-11-21");
    assert_non_null(test_event_on(c, "investigation", "2025-10"));
    assert_null(test_event(c, "appointment"));
    assert_null(test_event(c, "board_call"));
    assert_null(test_event(c, "deal"));
    assert_non_null(test_event_on(c, "product", "2016"));
    assert_null(test_event_on(c, "product", "2025-01"));
    assert_non_null(test_event_on(c, "product", "2026-01"));
    chr_corpus_free(c);
    /* Korean: an adverb between a noun and the day counted from it; the
     * one at the top who left, by title; a seat left is no exit */
    c = test_run("서울남부지검은 지난 18일 김정우 대표와 박성민 전무를 재판에 넘겼다. 김 대표는 기소 바로 다음 날 "
                 "대표직을 내려놨다.",
                 "2025-11-24");
    assert_non_null(test_event_on(c, "resignation", "2025-11-19"));
    chr_corpus_free(c);
    c = test_run("창업자가 떠난 회사는 한동안 흔들렸다.", "2025-11-24");
    assert_non_null(test_event(c, "resignation"));
    chr_corpus_free(c);
    c = test_run("창업주가 떠난 자리는 전문경영인이 메우고 있다.", "2025-11-24");
    assert_null(test_event(c, "resignation"));
    chr_corpus_free(c);
    /* a day counted on from the story is not counted from a year told as
     * years ago ("11년 전" is no day) */
    c = test_run("지난 17일 윤서정 대표가 사임했다.\n\n윤 대표는 11년 전 대학 동기와 회사를 차렸다.\n\n이튿날 "
                 "직원들에게 보낸 작별 서한이 공개됐다.",
                 "2025-11-24");
    assert_null(test_event_on(c, "statement", "2014-11-25"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_thirty_fourth_batch(void **state)
{
    (void)state;
    /* Korean: a story that opens on the article's day tells that day's
     * scene until another date comes; an arbitration filed; "같은 자리에서"
     * is not a day still to come told the sentence before */
    chr_corpus *c = test_run("오늘 한솔정밀 임시 주주총회에서 경영권 분쟁의 첫 승부가 났습니다.\n\n"
                             "표결 결과 펀드가 추천한 김도현 후보가 사내이사에 선임됐습니다. 주총장 밖에서는 "
                             "노조원 100여 명이 피켓을 들고 집회를 열었습니다.\n\n법원은 그제 가처분 신청을 기각했습니다.",
                             "2025-11-21");
    assert_non_null(test_event_on(c, "appointment", "2025-11-21"));
    assert_non_null(test_event_on(c, "protest", "2025-11-21"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-19"));
    chr_corpus_free(c);
    c = test_run("한빛전자는 지난 5일 미국 파트너사를 상대로 국제중재를 신청했다.", "2025-11-21");
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-05"));
    chr_corpus_free(c);
    c = test_run("두루랩스는 오늘 이사회를 열고 투자사와 신주 인수 계약을 체결했다.\n\n회사는 출금을 다음 달 1일부터 "
                 "재개하겠다고 밝혔다.\n\n이사회는 같은 자리에서 진하은 씨를 신임 대표이사로 선임했다.",
                 "2025-11-20");
    assert_non_null(test_event_on(c, "appointment", "2025-11-20"));
    assert_null(test_event_on(c, "appointment", "2025-12-01"));
    chr_corpus_free(c);
    /* English: arbitration and a counterclaim "that December"; a head
     * installed as interim chief; commercial shipments begun */
    c = test_run("Talks collapsed, and Halvern filed for arbitration on Oct. 21, 2024. Its partner answered with a "
                 "counterclaim that December. Tom Reyes, who ran the venture, resigned on Jan. 10. Three days later "
                 "Halvern installed its procurement head, Dana Whitfield, as interim chief executive. The plant began "
                 "commercial shipments in April.",
                 "2025-11-18");
    assert_non_null(test_event_on(c, "lawsuit", "2024-10-21"));
    assert_non_null(test_event_on(c, "lawsuit", "2024-12"));
    assert_non_null(test_event_on(c, "appointment", "2025-01-13"));
    assert_non_null(test_event_on(c, "product", "2025-04"));
    chr_corpus_free(c);
    /* a case referred to prosecutors; a regulator's board clearing a
     * deal, and a clearance filed for */
    c = test_run("Busan police referred the case to prosecutors on Oct. 1. Orvane filed for clearance with the Korea "
                 "Fair Trade Commission in early April. The commission's full board cleared the deal on Nov. 12.",
                 "2025-12-03");
    assert_non_null(test_event_on(c, "investigation", "2025-10-01"));
    assert_non_null(test_event_on(c, "investigation", "2025-04"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-12"));
    chr_corpus_free(c);
    /* a length of years counts from the year told before it, not from an
     * earlier event; going public in an interview is no listing */
    c = test_run("When Han founded Semwell in 2011, the pitch was modest. The company floated on KOSDAQ in 2016, and "
                 "two years later it bought the rights to the molecule from a university spin-out. A week later Jung "
                 "went public in a television interview.",
                 "2025-12-01");
    assert_non_null(test_event_on(c, "deal", "2018"));
    assert_null(test_event_on(c, "deal", "2013"));
    assert_null(test_event_on(c, "deal", "2025"));
    chr_corpus_free(c);
    /* a cleft past a few words of its clause ("마주 앉은 건 지난달 13일."); an
     * audit carried out; management taken over from someone; a bound
     * ("less than a week after") that would put what happened after the
     * article dates nothing */
    c = test_run("두 회사가 처음 협상 테이블에 마주 앉은 건 지난달 13일.", "2025-11-24");
    assert_non_null(test_event_on(c, "board_call", "2025-10-13"));
    chr_corpus_free(c);
    c = test_run("In 2021 the National Tax Service carried out a special audit of Gyeolmaru. Yoon Seo-jin, who took over "
                 "day-to-day management from Choi in January 2022, will stay. The regulator fined the cooperative on "
                 "Sept. 17. The protest comes less than a week after the regulator fined the cooperative.",
                 "2025-09-23");
    assert_non_null(test_event_on(c, "investigation", "2021"));
    assert_non_null(test_event_on(c, "appointment", "2022-01"));
    assert_null(test_event_on(c, "protest", "2025-09-24"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_eighteenth_batch(void **state)
{
    (void)state;
    /* Korean: a noun with its own verb keeps the clause's time though a
     * noun of another event follows ("서한을 보내 해임 결정을"); not one
     * whose verb describes a later noun ("집단소송을 낸 차주들과"); the day
     * a quoted agreement was disclosed dates it; directors' election put to
     * a meeting */
    chr_corpus *c = test_run("한결로보틱스 이사회는 지난 4일 창업자 윤도현 대표를 해임했다. 최대 투자사 "
                             "새봄인베스트먼트는 같은 날 이사회에 서한을 보내 해임 결정을 철회해 달라고 요구했다.",
                             "2025-09-10");
    assert_non_null(test_event_on(c, "statement", "2025-09-04"));
    chr_corpus_free(c);
    c = test_run("대한모터스는 오늘(9일) 집단소송을 낸 차주들과 보상안에 합의했습니다. 차주들은 지난 3월 소송을 "
                 "냈습니다. 오는 24일 임시 주주총회에서는 이사 3명의 선임 안건이 다뤄진다.",
                 "2025-10-09");
    assert_null(test_event_on(c, "lawsuit", "2025-10-09"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-03"));
    assert_non_null(test_event(c, "board_change"));
    chr_corpus_free(c);
    c = test_run("두 회사는 합작 계약을 해지하기로 합의했다고 지난 2일 나란히 공시했다.", "2025-10-09");
    assert_non_null(test_event_on(c, "agreement", "2025-10-02"));
    chr_corpus_free(c);
    /* a time before "… 지 N 만의" is the earlier event's; a new company
     * launched; the board's chair handed over */
    c = test_run("한별홀딩스는 어제 이사회를 열고 박 회장을 대표이사 회장으로 다시 선임했다. 2022년 5월 건강 문제로 "
                 "물러난 지 3년 반 만의 복귀다. 같은 이사회에서 장남 박도윤 부회장은 이사회 의장직을 어머니에게 "
                 "넘겼다. 회사는 내년 1월 1일 신설법인 '한별리테일'을 출범시킬 계획이다.",
                 "2025-11-20");
    assert_null(test_event_on(c, "return", "2022-05"));
    assert_non_null(test_event_on(c, "return", "2025-11-19"));
    assert_non_null(test_event(c, "board_change"));
    assert_non_null(test_event_on(c, "founding", "2026-01-01"));
    chr_corpus_free(c);
    /* a purchase a review is about is no deal of the review's day; a time
     * of a relative clause with a past adnominal verb ("손을 뗐던") dates
     * no main verb */
    c = test_run("연방카르텔청은 현지시간 20일 다향그룹의 양조장 인수 건에 대해 2단계 정밀심사를 시작한다고 "
                 "발표했다. 2019년 경영에서 손을 뗐던 창업자 한도윤 씨가 대표로 돌아왔다.",
                 "2025-11-21");
    assert_null(test_event_on(c, "deal", "2025-11-20"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-20"));
    assert_null(test_event_on(c, "return", "2019"));
    chr_corpus_free(c);
    /* English: the currency "won" signs nothing; returning a share of the
     * money spent is no return */
    c = test_run("On Oct. 15 the regulator imposed a fine of 1.2 billion won along with a corrective order. In a letter "
                 "on Nov. 3 he promised to return 30% of everything players had spent.",
                 "2025-11-28");
    assert_null(test_event(c, "deal"));
    assert_null(test_event(c, "return"));
    chr_corpus_free(c);
    /* a truce signed is an agreement; a time of a relative clause with
     * "that" set off between the subject and its verb dates no main verb */
    c = test_run("Last Friday the three parties signed a truce. The board of Pellino Mobility, the scooter start-up that "
                 "lost its operating permits last week, removed its chief executive on Friday.",
                 "2025-09-20");
    assert_non_null(test_event_on(c, "agreement", "2025-09-19"));
    assert_non_null(test_event_on(c, "ouster", "2025-09-19"));
    assert_null(test_event_on(c, "ouster", "2025-W37"));
    chr_corpus_free(c);
    /* English: a title's field in an appositive ("a former operations
     * director at ...") keeps the clause whole, and the employer it names
     * is no party; a pronoun before an intransitive verb is its subject,
     * not a person after it; a deal announced; joining a club's board; an
     * adjective "striking"; a complaint set off by a participle refers to
     * the suit told before; an account statement; a firm hired to carry
     * out a probe */
    c = test_run("The sale closed on Oct. 31. Marlow then appointed Gareth Pike, a former operations director at "
                 "Northwold Foods, as chief executive the following Monday. Alistair Kerr, the club's chairman, had "
                 "opposed the sale. He resigned on Oct. 2 and the owners installed Mina Cho as interim chairman the "
                 "next day. The deal was announced on Sept. 14. In 2024 the owner's son joined the club's board. The "
                 "most striking casualty has been the academy.",
                 "2025-11-20");
    assert_non_null(test_event_on(c, "appointment", "2025-11-03"));
    assert_string_not_equal(participant_named(c, test_event_on(c, "appointment", "2025-11-03"), "organization"),
                            "Northwold Foods");
    assert_string_equal(participant_named(c, test_event_on(c, "resignation", "2025-10-02"), "subject"),
                        "Alistair Kerr");
    assert_non_null(test_event_on(c, "deal", "2025-09-14"));
    assert_non_null(test_event_on(c, "board_change", "2024"));
    assert_null(test_event_on(c, "appointment", "2024"));
    assert_null(test_event(c, "protest"));
    chr_corpus_free(c);
    c = test_run("Forty former employees filed a federal lawsuit Friday accusing the company of closing the plant "
                 "without notice.\n\nThe complaint, filed in the U.S. District Court in Macon, says the company broke "
                 "the law. Royalties would arrive every month with a statement showing every coin. The company hired "
                 "law firm Pardo Reyes to carry out an independent investigation.",
                 "2025-11-18");
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-14"));
    assert_null(test_event(c, "statement"));
    assert_null(test_event(c, "appointment"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_second_batch(void **state)
{
    (void)state;
    /* Korean: a certified letter sent is a statement */
    chr_corpus *c = test_run("멤버들은 이달 5일 루모아 측에 내용증명을 보내 14일 안에 문제를 바로잡으라고 요구했다.", "2025-09-30");
    assert_non_null(test_event_on(c, "statement", "2025-09-05"));
    chr_corpus_free(c);
    /* English: a bid priced a share; total return swaps return nobody; a
     * contract signed on to; shares paid for; a ministry named with an
     * acronym */
    c = test_run("Longxiao first disclosed a 6.1 percent holding on Sept. 3, a figure that included shares held through "
                 "total return swaps. On Sept. 22 it offered 41,000 won a share for up to a quarter of Moonlark. The two "
                 "companies have worked together since 2019, when Longxiao signed on to publish Moonlark's game in China. "
                 "Sekyung Networks will pay for the shares on Friday. The Ministry of Science and ICT sent inspectors on "
                 "Oct. 14.",
                 "2025-10-21");
    assert_null(test_event(c, "return"));
    assert_non_null(test_event_on(c, "deal", "2025-09-22"));
    assert_non_null(test_event_on(c, "deal", "2019"));
    assert_non_null(test_event_on(c, "deal", "2025-10-24"));
    assert_non_null(test_entity(c, "Ministry of Science and ICT"));
    chr_corpus_free(c);    /* a workshop named is no appointment; a demand that someone be removed,
     * its object set off by commas, is no removal */
    c = test_run("When Kwon opened a workshop in 1978, he named it Serindang. On Jan. 13 she mailed a letter demanding "
                 "that Oh Sung-hwan, the chief financial officer and her closest lieutenant, be removed.",
                 "2025-09-16");
    assert_null(test_event(c, "appointment"));
    assert_non_null(test_event_on(c, "statement", "2025-01-13"));
    assert_int_equal(test_event(c, "ouster")->modality, CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
}

static void blind_set_hundred_and_ninety_eighth_batch(void **state)
{
    (void)state;
    /* English: a price paid for a company; a review the fund "dismissed
     * as" a fig leaf (no dismissal); a court agreeing is no agreement; a
     * settlement named by its day; a time inside an appositive's relative
     * clause dates no verb of the main clause; a ministry named for its
     * remit; "it" after a sentence that opened with a time and the company */
    chr_corpus *c = test_run("In May 2023 Corvel paid 48.5 billion won for Lumora Pay, a wallet start-up. Corvel's audit "
                             "committee opened a review of the purchase in September, a move the fund dismissed as \"a fig "
                             "leaf.\" The fund asked a court to call the meeting. The court agreed on Oct. 17. The Jan. 14 "
                             "settlement ends the litigation on both sides.\n\nJung Tae-yoon resigned on Friday. Jung, a "
                             "former bank executive who has run the company since March 2021, told staff in an internal memo "
                             "that he was stepping down.",
                             "2026-02-02");
    assert_non_null(test_event_on(c, "deal", "2023-05"));
    assert_non_null(test_event_on(c, "investigation", "2025-09"));
    assert_null(test_event(c, "ouster"));
    assert_null(test_event_on(c, "agreement", "2025-10-17"));
    assert_non_null(test_event_on(c, "agreement", "2026-01-14"));
    assert_non_null(test_event_on(c, "resignation", "2026-01-30"));
    assert_null(test_event_on(c, "resignation", "2021-03"));
    chr_corpus_free(c);
    c = test_run("Dalmoru Foods is South Korea's largest dumpling maker. In 2016 Dalmoru paid 120 billion won for "
                 "Cheongsol Beverage and renamed it Dalmoru Beverage. In March 2019 it launched Moru King Dumplings. "
                 "The Ministry of Food Safety opened an investigation on Oct. 6.",
                 "2025-11-07");
    assert_non_null(test_entity(c, "Ministry of Food Safety"));
    assert_int_equal(test_entity(c, "Ministry of Food Safety")->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "Dalmoru Beverage"));
    assert_non_null(test_event_on(c, "product", "2019-03"));
    assert_string_equal(participant_named(c, test_event(c, "product"), "organization"), "Dalmoru Foods");
    assert_string_equal(participant_named(c, test_event(c, "investigation"), "agent"), "Ministry of Food Safety");
    chr_corpus_free(c);
    /* Korean: a company glued to 음료 (not a kind of drink); a company an
     * earlier clause bought is not who the next clause is about */
    c = test_run("달모루식품은 1974년 부산에서 문을 열었다. 2016년에는 청솔음료를 사들여 음료 시장에 진출했고, "
                 "2019년 내놓은 '모루 왕교자'는 간판 제품이 됐다. 탄산음료 판매는 줄었다.",
                 "2025-10-31");
    assert_non_null(test_entity(c, "청솔음료"));
    assert_null(test_entity(c, "탄산음료"));
    assert_non_null(test_event_on(c, "product", "2019"));
    assert_string_equal(participant_named(c, test_event(c, "product"), "organization"), "달모루식품");
    chr_corpus_free(c);
}

static void blind_set_hundred_and_ninety_fourth_batch(void **state)
{
    (void)state;
    /* English: semiconductor firms by their names' last word (not
     * newspapers: an outlet's name in a byline would become the story's
     * company); an order cancelled; a profit warning; an arrest approved by a
     * court and sought by prosecutors */
    chr_corpus *c = test_run("Daeyang Interconnect and Kwon Sang-ho were the same thing. In "
                             "August, Kurosaki Electronics cancelled its order for silicon interposers. On September 30 "
                             "Daeyang warned that it would post an operating loss for the year. A Seoul court approved the "
                             "arrest of chairwoman Bae Myung-hee on Monday. Prosecutors had sought her arrest on Friday.",
                             "2025-11-07");
    assert_non_null(test_entity(c, "Daeyang Interconnect"));
    assert_int_equal(test_entity(c, "Daeyang Interconnect")->type, CHR_ENT_ORG);
    assert_non_null(test_event_on(c, "deal", "2025-08"));
    assert_non_null(test_event_on(c, "statement", "2025-09-30"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-03"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-07"));
    chr_corpus_free(c);
    /* Korean: a company glued to 타이어; told to leave; a walkout */
    c = test_run("청람타이어는 지난달 21일 기사를 실었다.\n\n그로부터 사흘 뒤 오언스는 편집국을 떠나라는 통보를 받았다. "
                 "노스게이트 측은 신뢰가 무너졌다고만 설명했다.\n\n같은 날 오후, 기자 140여 명은 건물 밖으로 걸어 나왔다.",
                 "2025-11-06");
    assert_non_null(test_entity(c, "청람타이어"));
    assert_int_equal(test_entity(c, "청람타이어")->type, CHR_ENT_ORG);
    assert_non_null(test_event_on(c, "ouster", "2025-10-24"));
    assert_non_null(test_event(c, "protest"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_sixty_sixth_batch_third_round(void **state)
{
    (void)state;
    /* English: a rival swallowed; a chain built from a single stall;
     * officers sweeping through a head office; a warrant approved; a post
     * handed to someone; a signature put to agreements; prosecutors
     * indicting; an auditor's qualified opinion; charges brought; a
     * founder walking out of her company; a company incorporated */
    chr_corpus *c = test_run("In 2019 Marden swallowed Busan-based Koral Freight. The chain her father built from a single fish "
                             "stall in Mokpo in 1981 now runs nine stores. On Oct. 16, officers from the provincial police swept "
                             "through Marden's head office. On Oct. 24 a court approved a warrant for the site manager. Last month "
                             "Marden handed the newly created post of safety chief to Ines Oyama. On Nov. 27 Marden put its signature "
                             "to compensation agreements with the families. On Monday prosecutors indicted the company's chief "
                             "executive. Marden Logistics is selling its Icheon site, and the two sides aim to sign in January.\n\nOn "
                             "March 19 the auditor qualified its opinion on the accounts. On June 3 prosecutors brought fraud "
                             "charges against the former finance chief. Shareholders will vote on the conversion at a meeting "
                             "on June 26. She walked out of Marden in December. Ondo Labs was incorporated on Jan. 27.",
                             "2025-12-03");
    assert_non_null(test_event_on(c, "deal", "2019"));
    assert_non_null(test_event_on(c, "founding", "1981"));
    assert_non_null(test_event_on(c, "investigation", "2025-10-16"));
    assert_non_null(test_event_on(c, "investigation", "2025-10-24"));
    assert_non_null(test_event_on(c, "appointment", "2025-11"));
    assert_non_null(test_event_on(c, "agreement", "2025-11-27"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-12-01"));
    assert_non_null(test_event_on(c, "investigation", "2025-03-19"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-06-03"));
    assert_non_null(test_event_on(c, "resignation", "2025-12"));
    assert_non_null(test_event_on(c, "founding", "2025-01-27"));
    chr_corpus_free(c);
    /* Korean: a claim dismissed by a numbered civil division (a name ending
     * in 한 before a title is no relative clause); a shop opened; a company
     * to be set up; a qualified opinion, the year naming the accounts no
     * time of it; a debt-for-equity swap; directors to be brought on; a
     * company glued to 물류; a letter of intent; documents leaked; an
     * acting head set up; a merger put to the meeting */
    c = test_run("대구지방법원 제11민사부는 지난 11일 김수한 사장의 청구를 모두 기각했다. "
                 "한 명예회장은 1978년 동성로에서 포목점 '단비상회'를 차리며 사업을 시작했다. "
                 "그는 다음 달 초 편집숍 법인 '모레상점'을 세울 예정이다. 외부감사인인 "
                 "대명회계법인은 지난 3월 20일 루미온게임즈의 2024년 재무제표에 대해 '한정' "
                 "의견을 냈다. 채권단은 다음 달 중 대여금 1,200억원을 주식으로 바꾸는 출자전환을 "
                 "단행할 계획이다. 회사는 다음 달 18일 임시 주주총회를 열어 채권단이 추천한 "
                 "인사 세 명을 이사로 새로 올릴 계획이다.\n\n하늘물류는 지난주 보스베르크 "
                 "은행 이사회에 지분 인수 의향을 담은 서한을 보냈다. 지난해 11월 직원 한 "
                 "명이 일간지에 내부 문건 수백 쪽을 넘겼다. 회사는 내일 긴급 이사회를 "
                 "열어 최민재 부사장을 대표 직무대행으로 세울 예정이다. 합병안은 내년 "
                 "3월 두 회사의 정기 주주총회에 올라갈 예정이다.",
                 "2025-11-20");
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-11"));
    assert_non_null(test_event_on(c, "founding", "1978"));
    assert_non_null(test_event_on(c, "founding", "2025-12"));
    assert_non_null(test_event_on(c, "investigation", "2025-03-20"));
    assert_non_null(test_event_on(c, "deal", "2025-12"));
    assert_non_null(test_event_on(c, "board_change", "2025-12-18"));
    assert_non_null(test_entity(c, "하늘물류"));
    assert_non_null(test_event_on(c, "board_call", "2025-W46"));
    assert_non_null(test_event_on(c, "statement", "2024-11"));
    assert_non_null(test_event_on(c, "appointment", "2025-11-21"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_fifty_fourth_batch(void **state)
{
    (void)state;
    /* English: a speaker's label opens its line, and the length after it
     * counts from the noun it names; a clause opened by "when" right after
     * a time; a relative clause with no pronoun keeps its own time, before
     * its verb and after another's; words told to reporters; a successor
     * chosen; an executive bowing out; inspectors going through the books;
     * a manslaughter charge dated past an appositive; a post given by its
     * office; a product on sale */
    chr_corpus *c = test_run("Q: When did the crews stop?\n\n"
                             "TM: The crews walked out on Monday, March 3.\n\n"
                             "TM: Three days after the walkout the ministry opened an inquiry.\n\n"
                             "Ondo Freight has run the port since June 2019, when the board handed Mira Tallis the "
                             "reins. Early this month the insurer walked away from the supply pact it signed in May 2021. "
                             "On Feb. 4, Rolf Danner, head of the Port Authority, told reporters that the fees were "
                             "too high. On the evening of Feb. 12 the panel voted to make Ivo Brandt, a former banker, its "
                             "choice to succeed her. Ten days later, Mira Tallis bowed out as chief executive. Inspectors from the "
                             "Transport Agency spent much of January combing through the records of Ondo Freight. "
                             "Prosecutors charged its yard chief, Pavel Ruzic, with manslaughter on Feb. 20. On Feb. 25 "
                             "the group put Lena Voss, a veteran of its rail arm, in the corner office. The new crane "
                             "goes on sale next Tuesday.",
                             "2025-03-14");
    assert_non_null(test_event_on(c, "protest", "2025-03-03"));
    assert_non_null(test_event_on(c, "investigation", "2025-03-06"));
    assert_non_null(test_event_on(c, "appointment", "2019-06"));
    assert_non_null(test_event_on(c, "deal", "2025-03"));
    assert_non_null(test_event_on(c, "deal", "2021-05"));
    assert_non_null(test_event_on(c, "statement", "2025-02-04"));
    assert_non_null(test_event_on(c, "appointment", "2025-02-12"));
    const chr_event *quit = test_event_on(c, "resignation", "2025-02-22");
    assert_non_null(quit);
    assert_string_equal(participant_named(c, quit, "subject"), "Mira Tallis");
    assert_non_null(test_event_on(c, "investigation", "2025-01"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-02-20"));
    assert_non_null(test_event_on(c, "appointment", "2025-02-25"));
    assert_non_null(test_event_on(c, "product", "2025-03-18"));
    chr_corpus_free(c);
    /* a pronoun before the verb is its subject, not the person of the next
     * clause; a company started, told in passing, with its own year; what
     * is returned is money, not a person */
    c = test_run("Kara Ilves said she was leaving the company she started in a garage in 2016. She stepped down as "
                 "chief executive on June 30; the next day the group installed Oren Pike as chief executive. The "
                 "company has returned the part of the milestone payment that the contract requires.",
                 "2025-07-09");
    assert_non_null(test_event_on(c, "founding", "2016"));
    const chr_event *out = test_event_on(c, "resignation", "2025-06-30");
    assert_non_null(out);
    assert_string_equal(participant_named(c, out, "subject"), "Kara Ilves");
    assert_null(test_event(c, "return"));
    chr_corpus_free(c);
    /* Korean: a verb opening the relative clause on the sentence's topic
     * is that person's; how one is chosen is no appointment; what an
     * examination looked into; staff taken by a rival; a purchase whose announcement is the cleft; a
     * length counted from that agreed purchase */
    c = test_run("2018년 3월 취임해 두 차례 연임하며 회사를 이끌어 온 한지석 회장은 같은 날 자리에서 내려왔다. "
                 "소액주주들은 선임 과정에 문제가 있다고 주장했다. 감독청은 지난달 수시검사에서 이사회 운영도 "
                 "들여다본 것으로 알려졌다. 오경민 금융감독청장은 지난 4일 기자들과 만나 \"연임 구조를 살피겠다\"고 "
                 "말했다. 미르텍은 지난 8월 라온칩 엔지니어 30여 명을 한꺼번에 데려갔다. 미르텍이 라온칩을 약 "
                 "12억 달러에 사들이기로 했다고 발표한 건 작년 3월이었다. 거래는 순탄치 않았다. 경쟁당국이 두 달 뒤 "
                 "심층 조사에 착수했다.",
                 "2025-11-14");
    const chr_event *took = test_event_on(c, "appointment", "2018-03");
    assert_non_null(took);
    assert_string_equal(participant_named(c, took, "subject"), "한지석");
    assert_int_equal(test_count_events(c, "appointment"), 2);
    assert_non_null(test_event_on(c, "investigation", "2025-10"));
    assert_non_null(test_event_on(c, "appointment", "2025-08"));
    assert_non_null(test_event_on(c, "deal", "2024-03"));
    assert_non_null(test_event_on(c, "investigation", "2024-05"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_fifty_fourth_batch_second_round(void **state)
{
    (void)state;
    /* English: a one-word speaker's label; a length after a noun no
     * trigger is counts from the event told with its stem; a clock time
     * with no day gives way to the time before "when"; people charged in
     * the passive; a regulator's ruling handed down; a claim lodged for an
     * amount; going to a named court; an honorific before a name; a
     * bankruptcy filing; a bid tabled; an offer accepted; a board putting
     * someone in the chair */
    chr_corpus *c = test_run("Review: What happened first?\n\n"
                             "Okafor: Not until October 2022, when CMA officers turned up at Halden's offices at six "
                             "in the morning.\n\n"
                             "Review: And the ruling?\n\n"
                             "Okafor: The Competition and Markets Authority handed down its decision on 18 March, with "
                             "a record fine. Two managers were charged last November. Sir Edmund Hale was shown the "
                             "door two weeks after the decision, and the board put Fiona Marsh in the chair that same "
                             "day.\n\n"
                             "On Monday Brayford Rail lodged a £140m damages claim against Halden Steel. Orrin Foods "
                             "filed for bankruptcy protection in April. Quorra tabled the bid late on Wednesday. The "
                             "lender's committee voted to accept the group's EUR 640 million offer on Thursday.",
                             "2025-06-05");
    assert_non_null(test_event_on(c, "investigation", "2022-10"));
    assert_non_null(test_event_on(c, "investigation", "2025-03-18"));
    assert_non_null(test_event_on(c, "lawsuit", "2024-11"));
    const chr_event *out = test_event_on(c, "ouster", "2025-04-01");
    assert_non_null(out);
    assert_string_equal(participant_named(c, out, "subject"), "Edmund Hale");
    assert_non_null(test_event(c, "appointment"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-06-02"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-04"));
    assert_non_null(test_event_on(c, "deal", "2025-06-04"));
    assert_non_null(test_event_on(c, "deal", "2025-06-05"));
    chr_corpus_free(c);
    /* a word of a name is no event ("수사" in "중대사기수사청"); a platform's
     * notice and the halt named again; investigators bursting in; a court's
     * ruling; back on the board */
    c = test_run("할시온은 이달 9일 새벽 홈페이지에 \"모든 출금을 일시 중단한다\"는 짧은 공지를 올렸습니다. 출금 중단 "
                 "이틀 뒤, 영국 중대사기수사청(Serious Fraud Office)이 런던 본사를 압수수색했습니다. 작년 11월 12일 "
                 "조사관 20여명이 본사에 들이닥쳐 기록을 확보했다. 법원은 8월 중순 이를 일부 받아들였습니다. "
                 "브누아는 내년 1월 비상임 이사로 이사회에 다시 들어옵니다.",
                 "2025-06-24");
    assert_non_null(test_event_on(c, "statement", "2025-06-09TNI"));
    assert_non_null(test_event_on(c, "investigation", "2025-06-11"));
    assert_non_null(test_event_on(c, "investigation", "2024-11-12"));
    assert_non_null(test_event_on(c, "lawsuit", "2024-08"));
    assert_non_null(test_event_on(c, "return", "2026-01"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_forty_sixth_batch_second_round(void **state)
{
    (void)state;
    /* Korean: a resignation told as 사임 의사; a boycott; a release; an
     * apology video; a day in brackets after 어제 joins the clock; a truck
     * protest; a successor to be settled at a meeting */
    chr_corpus *c = test_run("라온게임즈 서하준 대표가 어제(17일) 오후 8시 사임 의사를 밝혔다. 2021년 세상에 나온 이 게임은 "
                             "유료 상자를 팔아 왔다. 서 대표는 지난 15일 유튜브에 사과 "
                             "영상을 올렸다. 이용자들은 지난 2일 본사 앞으로 전광판 트럭을 보냈다. 후임은 오는 25일 열리는 "
                             "이사회에서 정해진다.",
                             "2025-09-18");
    assert_non_null(test_event_on(c, "resignation", "2025-09-17T20:00"));
    assert_non_null(test_event_on(c, "product", "2021"));
    assert_non_null(test_event_on(c, "statement", "2025-09-15"));
    assert_non_null(test_event_on(c, "protest", "2025-09-02"));
    assert_non_null(test_event_on(c, "appointment", "2025-09-25"));
    chr_corpus_free(c);
    c = test_run("지난달 중순부터는 불매 운동이 번졌다.", "2025-10-02");
    assert_non_null(test_event_on(c, "protest", "2025-09"));
    chr_corpus_free(c);
    /* an energy company glued to its kind; a plant manager taken off his
     * post; a suit by its formal name; an agreement to be signed; the board
     * urging a resignation; half the board to be replaced; a manager let
     * go; a club parting with its manager; a march */
    c = test_run("회사는 지난달 22일 오정석 서림공장장을 보직에서 배제하고 대기 발령을 냈다. 어민 312명은 지난 4일 "
                 "청파에너지를 상대로 손해배상 청구의 소를 냈다. 회사는 이르면 다음 달 초 어민 대표단과 최종 보상 "
                 "합의서에 서명할 예정이다. 이사회가 지난주 솔터에게 자진 사퇴를 종용했다. 회사는 다음 달 12일 "
                 "주주총회에서 이사진의 절반을 새 인물로 바꿀 예정이다. 지난달 초 니나 하그로브(Nina Hargrove) "
                 "공장장을 내보냈다. 구단은 오늘 에게아 감독과의 동행을 끝낸다고 발표했다. 지난 5일 3천여 명의 "
                 "서포터가 홈구장까지 행진하며 구호를 외쳤다.",
                 "2025-09-18");
    assert_non_null(test_entity(c, "청파에너지"));
    assert_non_null(test_event_on(c, "ouster", "2025-08-22"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-09-04"));
    assert_non_null(test_event_on(c, "agreement", "2025-10"));
    assert_non_null(test_event_on(c, "board_call", "2025-W37"));
    assert_non_null(test_event_on(c, "board_change", "2025-10-12"));
    assert_non_null(test_event_on(c, "ouster", "2025-08"));
    assert_non_null(test_event_on(c, "ouster", "2025-09-18"));
    assert_non_null(test_event_on(c, "protest", "2025-09-05"));
    chr_corpus_free(c);
    /* English: a bow of apology; a compensation plan; billboard trucks;
     * the reins handed days later; buyers of an item are no deal; a payout
     * that removes an overhang is no ouster */
    c = test_run("Ryu appeared on a live stream on Oct. 7 and bowed deeply to players. In late August, angry fans rented "
                 "a convoy of digital billboard trucks. The board handed the reins six days later to Lim So-yeon. "
                 "Gyeoul said on Thursday it would set aside 42 billion won to compensate anyone who bought the items. "
                 "Analysts say the payout removes one overhang.",
                 "2025-11-06");
    assert_non_null(test_event_on(c, "statement", "2025-10-07"));
    assert_non_null(test_event_on(c, "protest", "2025-08"));
    assert_non_null(test_event(c, "appointment"));
    assert_non_null(test_event_on(c, "statement", "2025-11-06"));
    assert_null(test_event(c, "deal"));
    assert_null(test_event(c, "ouster"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_forty_second_batch(void **state)
{
    (void)state;
    /* a retired postman is no resignation, a retirement from a company is;
     * a deal agreed by a handshake, a due diligence, a vote that sinks a
     * deal, a takeover that went through; "Nobody has sued us" */
    chr_corpus *c = test_run("A passer-by, retired postman Alan Greer, 68, was killed on Aug. 28. When Dana Pike retired from "
                             "Marwood & Pike in 2016, she thanked the staff. When we shook hands with the Penrose board last "
                             "October, the logic was simple. On February 14, 61 per cent of members voted the deal down. Its "
                             "takeover of Penrose Fine Cheeses plc finally went through on Monday. Nobody has sued us.",
                             "2025-06-12");
    assert_null(test_event_on(c, "resignation", "2025-08-28"));
    assert_non_null(test_event_on(c, "resignation", "2016"));
    assert_non_null(test_event_on(c, "agreement", "2024-10"));
    assert_non_null(test_event_on(c, "protest", "2025-02-14"));
    assert_non_null(test_event_on(c, "deal", "2025-06-09"));
    const chr_event *suit = test_event(c, "lawsuit");
    assert_true(suit == NULL || suit->modality == CHR_MOD_NEGATED);
    chr_corpus_free(c);
    /* Korean: a state told with 던 after a day is no relative clause that
     * day dates ("같은 날 … 이끌던 서예린 수석연구원이 … 지휘봉을 잡았다");
     * a booking, a road blocked, a contract ended by the other side */
    c = test_run("변도윤 최고기술책임자(CTO)는 지난 15일 자리에서 내려왔다. 같은 날 위성체 개발팀을 이끌던 서예린 "
                 "수석연구원이 CTO 직무대행으로 기술 조직의 지휘봉을 잡았다. 서 대행은 2021년 이 회사에 합류했다. "
                 "노동부는 지난 12일 대표를 중대재해처벌법 위반 혐의로 입건했다. 농민들은 지난 8일 본사 앞 도로를 "
                 "막아섰다. 부산시는 지난 17일 이 회사에 계약을 해지한다고 통보했다.",
                 "2025-09-19");
    assert_true(has_role(c, test_event_on(c, "appointment", "2025-09-15"), "subject", "서예린"));
    assert_non_null(test_event_on(c, "investigation", "2025-09-12"));
    assert_non_null(test_event_on(c, "protest", "2025-09-08"));
    assert_non_null(test_event_on(c, "deal", "2025-09-17"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_thirty_fourth_batch(void **state)
{
    (void)state;
    /* a script's line right after the line that told a day goes on from it
     * ("이날"), not from the lead's day; the top post handed over; directors
     * put up; an accounting firm hired is no appointment; a tax audit and a
     * supermarket are no names */
    chr_corpus *c = test_run("사모펀드가 어제 양해각서에 서명했습니다.\n\n사태가 불거진 건 지난 14일이었습니다.\n법원은 이날 "
                             "변종석 회장에 대해 구속영장을 발부했습니다.\n회사는 이튿날 이사회를 열고 서윤경 사장에게 "
                             "대표이사를 맡겼습니다.\n펀드는 다음 달 20일 자체 후보 3명을 이사로 올릴 계획입니다.\n감사위원회는 "
                             "외부 회계법인을 선임해 거래를 들여다보기 시작했습니다. 대형마트·슈퍼마켓 체인은 국세청 세무조사를 "
                             "받았습니다.",
                             "2025-10-23");
    assert_non_null(test_event_on(c, "investigation", "2025-10-14"));
    assert_true(has_role(c, test_event_on(c, "appointment", "2025-10-15"), "subject", "서윤경"));
    assert_int_equal(test_count_events(c, "appointment"), 1);
    assert_non_null(test_event_on(c, "board_change", "2025-11-20"));
    assert_null(test_entity(c, "슈퍼마켓"));
    assert_null(test_entity(c, "국세청 세무조사"));
    chr_corpus_free(c);
    /* a bare clock time a few sentences after a day told before the
     * article's is on that day */
    c = test_run("At about six o'clock on the evening of 18 November. Our secretary rang me. I was at a terminal. I drove "
                 "back and we were in the boardroom until past midnight. The next morning the directors voted to "
                 "suspend chairman Declan Furlong from all his roles.",
                 "2025-12-03");
    assert_string_equal(test_timex_value(c, "midnight"), "2025-11-18T24:00");
    assert_non_null(test_event_on(c, "leave", "2025-11-19TMO"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_tenth_batch(void **state)
{
    (void)state;
    /* Korean: a source's day before the cue is not when the event told
     * after it happened; an acting chief seated; a meeting's day dates a
     * later clause that names the meeting; a rumour is only possible; a law
     * firm hired is no appointment; 리더십 is no name */
    chr_corpus *c = test_run("한솔바이오의 최동현 대표가 끝내 물러났다.\n\n15일 업계에 따르면 한솔바이오 이사회는 어제 긴급 이사회를 "
                             "열고 서민아 부사장을 대표 직무대행으로 세웠다. 회사는 다음 달 20일 열리는 임시 주주총회에서 새 "
                             "이사진을 꾸린다. 임시주총에서는 사외이사 3명이 새 얼굴로 바뀔 예정이다. 최 대표는 \"새로운 리더십 "
                             "아래에서 회사가 거듭나길 바란다\"고 밝혔다. 주주들은 법무법인 가람을 대리인으로 선임했다. 시장에서는 "
                             "매각설까지 나온다.",
                             "2025-06-15");
    const chr_event *acting = test_event_on(c, "appointment", "2025-06-14");
    assert_true(has_role(c, acting, "subject", "서민아"));
    assert_int_equal(test_count_events(c, "appointment"), 1);
    const chr_event *seats = test_event_on(c, "board_change", "2025-07-20");
    assert_non_null(seats);
    assert_int_equal(seats->modality, CHR_MOD_PLANNED);
    assert_null(test_entity(c, "리더십 아래"));
    const chr_event *sale = test_event(c, "deal");
    assert_true(!sale || sale->modality == CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
    /* a former holder's title; a stake handed down; a company glued to 농산;
     * a court named in full; an adnominal is no name; a founder's company;
     * years since are no date after the article */
    c = test_run("고(故) 윤정호 회장은 작년 6월 보유 지분 18.4%를 외동딸인 윤서진 전 전무에게 전량 물려줬다. 회사는 거래처 "
                 "백솔농산에 자사주를 넘겼다. 서울중앙지방법원은 지난 18일 가처분 신청을 인용했다. 윤 전 전무는 자신이 "
                 "추천한 사내이사 2명을 안건으로 올렸다. 솔뫼식품은 1978년 윤덕만 창업주가 세운 회사다. 윤정태 사장은 8년 "
                 "만에 경영 일선에서 물러나게 됐다.",
                 "2025-03-20");
    assert_true(has_role(c, test_event_on(c, "deal", "2024-06"), "subject", "윤서진"));
    assert_non_null(test_entity(c, "백솔농산"));
    assert_non_null(test_entity(c, "서울중앙지방법원"));
    assert_null(test_entity(c, "추천한"));
    assert_non_null(test_event_on(c, "founding", "1978"));
    const chr_event *left = test_event(c, "resignation");
    assert_non_null(left);
    assert_true(strcmp(left->value, "2033") != 0);
    chr_corpus_free(c);
    /* English: a weekday in apposition restates the date; a background
     * told in a relative clause long ago is not the news's date; a
     * successor to be found later is not the interim one named now; the
     * chief executive's office left */
    c = test_run("Quorvant said on Wednesday that Martin Osgood had left the chief executive's office. The board handed "
                 "the reins on an interim basis to finance chief Priya Dandekar, who joined Quorvant in 2020. Directors "
                 "expect to settle on a permanent successor in the first quarter of next year. On Sept. 22, a Monday, the "
                 "drug failed in a trial. Shares fell 64% that day, and the same day investors filed a lawsuit.",
                 "2025-10-16");
    assert_non_null(test_event_on(c, "resignation", "2025-10-15"));
    assert_int_equal(test_count_events(c, "appointment"), 3);
    assert_non_null(test_event_on(c, "appointment", "2020"));
    const chr_event *permanent = test_event_on(c, "appointment", "2026-Q1");
    assert_non_null(permanent);
    assert_int_equal(permanent->modality, CHR_MOD_PLANNED);
    assert_non_null(test_event_on(c, "lawsuit", "2025-09-22"));
    chr_corpus_free(c);
    /* a meeting's day dates a later clause that names it */
    c = test_run("Harlow Foods will hold its annual meeting on June 5. At the annual meeting, the board will appoint "
                 "Dana Reyes as chair.",
                 "2025-05-20");
    assert_non_null(test_event_on(c, "appointment", "2025-06-05"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_tenth_batch_second_round(void **state)
{
    (void)state;
    /* English: a race left, a top job taken, a re-election, a pick, no
     * bank named; a Korean surname spelled Pyo */
    chr_corpus *c = test_run("Pyo Dong-gyu changed that. Pyo took the top job in March 2019 and was re-elected in March 2022. "
                             "He named no bank. The following Monday, Seo Ga-eun withdrew her name. On Nov. 25 the committee "
                             "settled on Ji Tae-yoon as its sole candidate for chairman.",
                             "2025-12-04");
    assert_true(has_role(c, test_event_on(c, "appointment", "2019-03"), "subject", "Pyo Dong-gyu"));
    assert_non_null(test_event_on(c, "appointment", "2022-03"));
    assert_true(has_role(c, test_event_on(c, "appointment", "2025-11-25"), "subject", "Ji Tae-yoon"));
    assert_non_null(test_event(c, "resignation"));
    assert_int_equal(test_count_events(c, "appointment"), 3);
    chr_corpus_free(c);
    /* a studio; a step back; pushed out; "a Monday" restates the date */
    c = test_run("Yoon Ha-rim founded Sangnok Studio in 2016 and stepped back from it in January 2023. The board pushed "
                 "Kang Min-seok out on April 7. It was a Monday. The next day two directors called and asked whether she "
                 "would come back.",
                 "2025-06-13");
    assert_non_null(test_entity(c, "Sangnok Studio"));
    assert_non_null(test_event_on(c, "resignation", "2023-01"));
    assert_true(has_role(c, test_event_on(c, "ouster", "2025-04-07"), "subject", "Kang Min-seok"));
    assert_non_null(test_event_on(c, "board_call", "2025-04-08"));
    chr_corpus_free(c);
    /* a board won; a job walked away from; shares handed as a gift; a
     * court gone to; a judge's answer; a pick to come; a complaint filed; a
     * suspension decided; a firm brought in to investigate; a seat taken */
    c = test_run("Nora Carraway won control of the company's board at Tuesday's annual meeting. She walked away from the "
                 "company in 2021. In December her grandmother handed her a 9 percent block of voting stock as a gift. "
                 "Philip Carraway went to court on March 3. Judge Andrea Kolb turned down that request on April 30. "
                 "The board is expected to name Nora Carraway, 38, as chair on Friday.",
                 "2025-05-14");
    assert_non_null(test_event_on(c, "board_change", "2025-05-13"));
    assert_non_null(test_event_on(c, "resignation", "2021"));
    assert_non_null(test_event_on(c, "deal", "2024-12"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-03-03"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-04-30"));
    const chr_event *chair = test_event(c, "appointment");
    assert_non_null(chair);
    assert_int_equal(chair->modality, CHR_MOD_PLANNED);
    chr_corpus_free(c);
    c = test_run("Conrad Ashdale, the founder of Larkspire Hotel Group, sued on Wednesday, filing a complaint in the "
                 "Delaware Court of Chancery. It calls the "
                 "board's Sept. 4 decision to suspend Ashdale an ambush. The following Monday, the directors brought in "
                 "Pruitt Vance LLP, a Chicago law firm, to look into the claims. Daniel Okoro will take a seat on the board "
                 "on Sept. 25.",
                 "2025-09-18");
    assert_non_null(test_event_on(c, "lawsuit", "2025-09-17"));
    assert_non_null(test_event_on(c, "leave", "2025-09-04"));
    assert_non_null(test_event_on(c, "investigation", "2025-09-08"));
    assert_null(test_event(c, "appointment"));
    assert_non_null(test_event_on(c, "board_change", "2025-09-25"));
    chr_corpus_free(c);
    /* a group action whose clause's time is not its own; a warrant sought;
     * a partnership terminated; a post on a network; shipbuilders */
    c = test_run("On Tuesday, Pellbridge Law filed a group action for customers whose balances have been frozen since "
                 "Monday. The SFO applied this afternoon to the court for a warrant for Marsh's arrest. On Monday, Harwood "
                 "Pryce Bank gave notice that it was terminating the agreement with immediate effect. In a LinkedIn post, "
                 "Marsh said he was not on the run. Ardmuir Shipbuilders and Narae Shipbuilding & Offshore declined to "
                 "comment.",
                 "2026-09-17");
    assert_non_null(test_event_on(c, "lawsuit", "2026-09-15"));
    assert_non_null(test_event_on(c, "investigation", "2026-09-17TAF"));
    assert_null(test_event(c, "agreement"));
    assert_non_null(test_event_on(c, "deal", "2026-09-14"));
    assert_non_null(test_event(c, "statement"));
    assert_non_null(test_entity(c, "Ardmuir Shipbuilders"));
    assert_non_null(test_entity(c, "Narae Shipbuilding & Offshore"));
    chr_corpus_free(c);
    /* a length before the subject dates the main verb, not the relative
     * clause on the subject, which keeps its own year */
    c = test_run("The crane collapsed on Sept. 14, 2023. A fortnight after the collapse, executive chairman Derek Haslam, "
                 "whose father founded the company in 1971, stepped back from the day-to-day running of the business.",
                 "2025-06-13");
    assert_non_null(test_event_on(c, "founding", "1971"));
    assert_non_null(test_event_on(c, "resignation", "2023-09-28"));
    chr_corpus_free(c);
    /* Korean: a race given up; another term; a bank's head; a handover is
     * no deal */
    c = test_run("최정우 모란은행장이 세 번째 임기 도전을 결국 내려놓았다. 그는 2023년 3월 주주총회에서 한 차례 더 임기를 "
                 "보장받았다. 최종 후보는 다음 달 26일 정기 주주총회를 거쳐 행장에 오른다. 그는 남은 기간 인수인계에 "
                 "전념하겠다고 밝혔다.",
                 "2026-02-27");
    assert_non_null(test_event(c, "resignation"));
    assert_non_null(test_event_on(c, "appointment", "2023-03"));
    assert_non_null(test_event_on(c, "appointment", "2026-03-26"));
    assert_null(test_event(c, "deal"));
    chr_corpus_free(c);
    /* an abbreviation in brackets names no one; hotels, shipbuilders and a
     * union branch; a company opened; an arrest; an acting post taken; of
     * two times, the finer one inside the year; 국회가 is no name */
    c = test_run("12일 투자은행(IB) 업계에 따르면 숨담호텔앤리조트는 매각을 검토했다. 솔개조선해양과 전국금속노동조합 "
                 "솔개조선지회는 지난 8월 말에야 올해 임금협상을 타결했다. 1998년 문을 연 이 회사는 장비를 만든다. 검찰은 "
                 "지난 3일 엔지니어 세 명을 체포했다. 판데이크 부문장이 CTO 대행을 맡아 조직을 이끈다. 국회가 회사 대표를 "
                 "증인으로 불렀다.",
                 "2025-11-12");
    assert_null(test_entity(c, "IB"));
    assert_non_null(test_entity(c, "숨담호텔앤리조트"));
    assert_non_null(test_entity(c, "솔개조선해양"));
    assert_non_null(test_entity(c, "전국금속노동조합 솔개조선지회"));
    assert_non_null(test_event_on(c, "agreement", "2025-08"));
    assert_non_null(test_event_on(c, "founding", "1998"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-03"));
    assert_non_null(test_event(c, "appointment"));
    assert_null(test_entity(c, "국회가"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_tenth_batch_third_round(void **state)
{
    (void)state;
    /* English: people by their trade and by an appositive of a partner; a
     * product pulled from shelves */
    chr_corpus *c = test_run("Lumora Beauty said on Wednesday it would pull its best-selling sunscreen from shelves. The singer Nadia Koh, 34, "
                             "co-founded the company in 2019 with cosmetic chemist Arvind Menon. She quit as chief brand officer and "
                             "gave up her board seat on May 2. Menon will hand the reins to Celine Tan, an operating partner at "
                             "Tidewater.",
                             "2025-06-05");
    assert_non_null(test_entity(c, "Arvind Menon"));
    assert_non_null(test_entity(c, "Celine Tan"));
    assert_non_null(test_event_on(c, "product", "2025-06-04"));
    assert_non_null(test_event_on(c, "board_change", "2025-05-02"));
    chr_corpus_free(c);
    /* a company described after a comma; engineers arrested; a suit
     * filed in a participle; names with accents; a Spanish company word; a
     * break fee paid */
    c = test_run("Hanmaek Plasma, the Icheon-based maker of deposition tools, has had a bruising winter. On December 18, "
                 "prosecutors arrested three of its process engineers. Hanmaek went after its rival on January 8, filing a "
                 "civil suit that seeks 45 billion won. Tomás Berrocal, the chairman of Lusarde Desarrollos, stepped aside "
                 "in January. A court named the restructuring lawyer Inés Vallbona as administrator. On Feb. 3 Hanmaek "
                 "paid a 12 billion won break fee to the buyer.",
                 "2026-02-12");
    assert_non_null(test_entity(c, "Hanmaek Plasma"));
    assert_non_null(test_event_on(c, "investigation", "2025-12-18"));
    assert_non_null(test_event_on(c, "lawsuit", "2026-01-08"));
    assert_non_null(test_entity(c, "Tomás Berrocal"));
    assert_non_null(test_entity(c, "Inés Vallbona"));
    assert_non_null(test_entity(c, "Lusarde Desarrollos"));
    assert_non_null(test_event_on(c, "deal", "2026-02-03"));
    chr_corpus_free(c);
    /* Korean: a company after its trade and 브랜드 (not after a verb or a
     * time); a company made; a product put out in quotes; an idea is a plan;
     * a regulator that cannot allow a deal; a break fee sent; contract terms
     * are no deal; 해양수산부 is no company */
    c = test_run("화장품 브랜드 모아린이 위기를 맞았다. 시장에서 제기된 회사 매각설에는 선을 그었다. 발표 직후 회사 안팎에서는 "
                 "반발이 나왔다. 모아린은 2021년 4월 두 사람이 만든 회사다. 이듬해 3월 내놓은 '글로우 핏 쿠션'이 인기를 끌었다. "
                 "회사는 다음 달 말 임시 주주총회에서 마유진 전 부사장을 대표로 앉힌다는 구상이다. 경쟁국은 지난 4일 인수를 "
                 "허용할 수 없다는 결론을 내놨다. 계약 조항에 따라 물어야 하는 위약금 2억 달러는 어제 상대 측에 송금됐다. "
                 "해양수산부 장관이 말했다.",
                 "2025-11-07");
    assert_non_null(test_entity(c, "모아린"));
    assert_null(test_entity(c, "매각설"));
    assert_null(test_entity(c, "안팎"));
    assert_non_null(test_event_on(c, "founding", "2021-04"));
    assert_non_null(test_event_on(c, "product", "2022-03"));
    const chr_event *seat = test_event(c, "appointment");
    assert_non_null(seat);
    assert_int_equal(seat->modality, CHR_MOD_PLANNED);
    assert_non_null(test_event_on(c, "investigation", "2025-11-04"));
    assert_non_null(test_event_on(c, "deal", "2025-11-06"));
    /* (the rumour ruled out, "매각설에는 선을 그었다", is a negated deal) */
    size_t told_deals = 0;
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "deal") == 0 &&
            c->events.items[i].modality != CHR_MOD_NEGATED)
            told_deals++;
    assert_int_equal(told_deals, 1);
    assert_null(test_entity(c, "해양수산"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_fourth_batch(void **state)
{
    (void)state;
    /* Korean: a unit head named by the unit; the same occasion dates the
     * acting chief; a company bought for a price; inspectors sent in
     * numbers with 여; 을지로 is a street, no question */
    chr_corpus *c = test_run("가온텔레콤은 7일 공시를 통해 박태윤 대표가 전날 이사회에 사의를 전달했다고 밝혔다. 이사회는 같은 자리에서 "
                             "최선영 네트워크부문장(부사장)에게 대표이사 직무대행을 맡겼다. 박 대표는 2021년 대표에 올랐다. "
                             "작년 3월에는 한내방송을 약 2,300억 원에 사들이며 몸집을 키웠다. 위원회는 을지로 본사에 조사관 20여 "
                             "명을 보내 조사를 시작했다.",
                             "2025-11-07");
    const chr_event *acting = test_event_on(c, "appointment", "2025-11-06");
    assert_true(has_role(c, acting, "subject", "최선영"));
    assert_non_null(test_event_on(c, "deal", "2024-03"));
    const chr_event *probe = test_event(c, "investigation");
    assert_non_null(probe);
    assert_int_equal(probe->modality, CHR_MOD_ASSERTED);
    chr_corpus_free(c);
    /* a rival taken in; an auction won */
    c = test_run("바다넷은 지난해 3월 경쟁사인 한울케이블을 품에 안았고, 지난 6월에는 5G 주파수 경매에서 두 개 블록을 "
                 "따냈다.",
                 "2025-09-19");
    assert_non_null(test_event_on(c, "deal", "2024-03"));
    assert_non_null(test_event_on(c, "deal", "2025-06"));
    chr_corpus_free(c);
    /* English: an audit that found the fraud; branches raided; units the
     * group decided to merge; "the bank" is the article's bank; a union's
     * chapter is nobody's name */
    c = test_run("Halden Bank said the fraud came to light on Jan. 27, when an internal audit found forged loan papers. "
                 "The bank filed a criminal complaint two days later. Prosecutors raided the Gimhae branch on Monday. The "
                 "group decided to merge Halden Card and Halden Capital in December. Members of the Korea Financial Workers' "
                 "Union's Halden chapter packed the lobby.",
                 "2026-03-12");
    assert_non_null(test_event_on(c, "investigation", "2026-01-27"));
    assert_true(has_role(c, test_event_on(c, "lawsuit", "2026-01-29"), "organization", "Halden Bank"));
    assert_non_null(test_event_on(c, "investigation", "2026-03-09"));
    assert_non_null(test_event_on(c, "deal", "2025-12"));
    assert_null(test_entity(c, "Union's Halden"));
    chr_corpus_free(c);
    /* a company named before its founder; voted out; a court asked to
     * suspend; a later verb counted from a length before the subject's
     * relative clause; investors asking someone to go is no resignation */
    c = test_run("Ryu Ji-ho is the face of Dallae Motors, the startup he set up in 2019. On March 27, the board voted him "
                 "out as chief executive. His lawyers will ask the Incheon District Court next week to suspend the "
                 "resolution. The regulator opened an inquiry on 2 October. A week later chief financial officer Moon "
                 "Se-ra, who built the finance team she joined in 2018, stepped down. In early March investors asked "
                 "him to step aside.",
                 "2026-04-15");
    assert_non_null(test_event_on(c, "founding", "2019"));
    assert_non_null(test_event_on(c, "ouster", "2026-03-27"));
    assert_non_null(test_event_on(c, "lawsuit", "2026-W17"));
    assert_non_null(test_event_on(c, "resignation", "2025-10-09"));
    const chr_event *asked = test_event_on(c, "resignation", "2026-03");
    assert_true(!asked || asked->modality == CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
    /* an outage is the accident the story counts from; a length a verb
     * took is not counted again by the participle after it; an authority
     * acts on the company */
    c = test_run("Norvale Telecom's chief executive stepped down on Thursday. The outage began shortly after 4 a.m. on "
                 "Jan. 27, when a faulty update cut off 3 million subscribers. The National Telecoms Authority opened a "
                 "formal inquiry two days later, sending inspectors to Norvale's operations centre.",
                 "2026-02-13");
    assert_int_equal(test_count_events(c, "investigation"), 1);
    const chr_event *inquiry = test_event_on(c, "investigation", "2026-01-29");
    assert_true(has_role(c, inquiry, "agent", "National Telecoms Authority"));
    chr_corpus_free(c);
    /* an app is a company; a deal agreed on a day told between "agreed" and
     * "to buy"; German company words in a bracketed original; 철강사 is a
     * kind of company */
    c = test_run("Investors in Dutch grocery-delivery app Pakkie have gone to court. Rival Bolwerk agreed on Oct. 27 to buy "
                 "Pakkie in an all-share deal.",
                 "2025-11-20");
    assert_non_null(test_entity(c, "Pakkie"));
    assert_non_null(test_event_on(c, "deal", "2025-10-27"));
    chr_corpus_free(c);
    c = test_run("독일 철강사 그라우엔 슈탈(Grauen Stahl)은 지난달 17일 최고경영자를 교체했다.", "2026-03-06");
    const chr_entity *stahl = test_entity(c, "Grauen Stahl");
    assert_non_null(stahl);
    assert_int_equal(stahl->type, CHR_ENT_ORG);
    chr_corpus_free(c);
}

static void blind_set_hundredth_batch_second_round(void **state)
{
    (void)state;
    /* Korean names: a company glued to 마켓 (not 오픈마켓), an agency
     * written as two words, a person before 씨 */
    chr_corpus *c = test_run("국내 오픈마켓 5위 가람마켓의 창업자 윤소희 대표가 물러난다. 음반 제작사 스기노 프로덕션은 1991년 "
                             "다카하시 렌(高橋蓮) 씨가 세운 회사다.",
                             "2025-11-06");
    assert_non_null(test_entity(c, "가람마켓"));
    assert_null(test_entity(c, "오픈마켓"));
    assert_non_null(test_entity(c, "스기노 프로덕션"));
    assert_non_null(test_entity(c, "다카하시 렌"));
    chr_corpus_free(c);
    /* English: a short seller's report put out; rights licensed out; a
     * rights offering; a letter to shareholders released is no launch */
    c = test_run("On June 10, Redgate Research put out a 40-page report accusing management of hiding trial data. In "
                 "March 2024 Calvane granted Orsted Pharma rights to CLV-7 outside Europe. Calvane plans a rights offering "
                 "in July. In a letter to shareholders released on Thursday, the founder defended the data.",
                 "2025-06-13");
    assert_non_null(test_event_on(c, "statement", "2025-06-10"));
    assert_non_null(test_event_on(c, "deal", "2024-03"));
    assert_non_null(test_event_on(c, "deal", "2025-07"));
    assert_null(test_event(c, "product"));
    chr_corpus_free(c);
    /* Korean: what may come ("수 있다") and a filing weighed are possible;
     * what a company can do now is not */
    c = test_run("대규모 증자는 주주 반발을 부를 수 있다. 윤 사장 측은 주총 결의 취소 소송 제기를 검토하고 있다고 말했다.",
                 "2025-11-01");
    assert_int_equal(test_event(c, "protest")->modality, CHR_MOD_POSSIBLE);
    assert_int_equal(test_event(c, "lawsuit")->modality, CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
    /* a football club is a company */
    c = test_run("Ashby Wanderers, the second-tier club, has parted company with chief executive Lorne Faraday.",
                 "2026-02-06");
    const chr_entity *club = test_entity(c, "Ashby Wanderers");
    assert_non_null(club);
    assert_int_equal(club->type, CHR_ENT_ORG);
    chr_corpus_free(c);
}

static void blind_set_hundredth_batch(void **state)
{
    (void)state;
    /* a bridge that gave way is the accident the story counts from; a
     * chairmanship given up; a predecessor succeeded by family; a chief
     * replaced with immediate effect by a successor, dated by the decision
     * the sentence before, which was done, not planned */
    chr_corpus *c = test_run("The overpass at Venn gave way on November 4. Three days after the collapse, police searched "
                             "Ostrava Build's head office. Jan Ostrava gave up the chairmanship last Friday, ending a tenure "
                             "that began when he succeeded his father in 2008.",
                             "2024-11-21");
    assert_non_null(test_event_on(c, "investigation", "2024-11-07"));
    assert_non_null(test_event_on(c, "resignation", "2024-11-15"));
    assert_non_null(test_event_on(c, "appointment", "2008"));
    chr_corpus_free(c);
    c = test_run("The sale follows Monday's decision by the board to show chief executive Pia Lund the door. Lund, who had "
                 "run the group since 2019, was replaced with immediate effect by Eva Moravec.",
                 "2024-11-21");
    const chr_event *ouster = test_event_on(c, "ouster", "2024-11-18");
    assert_non_null(ouster);
    assert_int_equal(ouster->modality, CHR_MOD_ASSERTED);
    assert_non_null(test_event_on(c, "appointment", "2024-11-18"));
    chr_corpus_free(c);
    /* a founder named with an ampersand in the company; a unit offloaded;
     * what is ruled out did not happen (what is not ruled out may) */
    c = test_run("Han Gi-su started Daerim Steel & Construction in 1979 with two trucks. In 1997 it offloaded its cement "
                 "subsidiary to Kanto Works. Yoon ruled out any return of the Han family. Han has not ruled out a comeback.",
                 "2024-11-21");
    assert_non_null(test_event_on(c, "founding", "1979"));
    assert_non_null(test_event_on(c, "deal", "1997"));
    size_t negated = 0, possible = 0;
    for (size_t i = 0; i < c->events.len; i++) {
        if (strcmp(c->events.items[i].type, "return") != 0) continue;
        if (c->events.items[i].modality == CHR_MOD_NEGATED) negated++;
        if (c->events.items[i].modality == CHR_MOD_POSSIBLE) possible++;
    }
    assert_int_equal(negated, 1);
    assert_int_equal(possible, 1);
    chr_corpus_free(c);
    /* who takes the helm is a person */
    c = test_run("Nora Quayle took the helm at Birchwell Holdings on Monday.", "2026-05-08");
    const chr_event *helm = test_event_on(c, "appointment", "2026-05-04");
    assert_true(has_role(c, helm, "subject", "Nora Quayle"));
    chr_corpus_free(c);
}

static void blind_set_ninety_sixth_batch_second_round(void **state)
{
    (void)state;
    /* a script of one sentence a line: the scene's day, set two lines up,
     * dates what follows; a newsroom refusing to work is a protest; the
     * leave of who the sentence before was about */
    chr_corpus *c = test_run("[앵커]\n한결방송 사장이 물러났습니다.\n\n[리포트]\n현지 시간 어제 오후, 서울 여의도 본사.\n"
                             "긴급 이사회를 마친 오태준 사장은 말없이 차에 올랐습니다.\n"
                             "회사는 곧이어 성명을 내고 오 사장이 사임했다고 발표했습니다.\n"
                             "사태의 발단은 지난달 3일이었습니다.\n"
                             "기자 200여 명이 보도 개입에 항의하며 일제히 제작을 거부하고 나섰습니다.\n",
                             "2025-06-05");
    assert_non_null(test_event_on(c, "resignation", "2025-06-04TAF"));
    assert_non_null(test_event_on(c, "protest", "2025-05-03"));
    assert_null(test_entity(c, "일제히 제작"));
    chr_corpus_free(c);
    c = test_run("오태준 사장은 간부 회의에서 한소라 앵커를 지목했고, 한소라는 지난달 20일 사장을 상대로 소송을 냈다. "
                 "소장을 접수한 이튿날에는 휴직계를 내고 진행석을 비웠다.",
                 "2025-06-05");
    const chr_event *leave = test_event_on(c, "leave", "2025-05-21");
    assert_true(has_role(c, leave, "subject", "한소라"));
    chr_corpus_free(c);
    /* English: the chair taken back; a vote that seated nominees; the reins
     * handed in a participle; what a board voted, however far the "to",
     * was done */
    c = test_run("Oh Min-gu took back the chairmanship on Wednesday. A Jan. 27 shareholder vote had seated three of "
                 "his son's nominees on the board. Oh stepped down in 2020, handing the reins to his son Oh Jae-won. "
                 "The board voted 5-2 in a closed-door session at the group's headquarters in Seoul's Jung district to "
                 "remove Oh Jae-won as chairman on Wednesday.",
                 "2026-02-13");
    assert_non_null(test_event_on(c, "return", "2026-02-11"));
    assert_non_null(test_event_on(c, "board_change", "2026-01-27"));
    assert_non_null(test_event_on(c, "appointment", "2020"));
    const chr_event *removal = test_event_on(c, "ouster", "2026-02-11");
    assert_non_null(removal);
    assert_int_equal(removal->modality, CHR_MOD_ASSERTED);
    chr_corpus_free(c);
}

static void blind_set_ninety_sixth_batch(void **state)
{
    (void)state;
    /* English: an audit opened by a ministry asked to; a walkout's own
     * starting day beats the length before it; a date after an appositive;
     * a named court; the chair handed on; voted off the board; a demerger */
    chr_corpus *c = test_run("A hard landing at Mokpo on March 2 led the ministry to open an audit of Dallim Air's "
                             "training in early March. Three weeks later the cabin crew walked out for two days, starting "
                             "March 24. Jo Hana took the helm at Dallim Air, the country's fifth-largest carrier, on May 6. "
                             "On May 12 a group of travellers took the airline to the Gwangju District Court. The "
                             "auditor, which has signed off the carrier's accounts since 2014, quit.",
                             "2025-06-20");
    assert_non_null(test_event_on(c, "investigation", "2025-03"));
    assert_non_null(test_event_on(c, "protest", "2025-03-24"));
    assert_non_null(test_event_on(c, "appointment", "2025-05-06"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-05-12"));
    assert_null(test_event(c, "deal"));
    chr_corpus_free(c);
    c = test_run("Osric Pell stepped back in 2021 and handed the chairmanship to his daughter Mirren. On 3 March, "
                 "investors voted Mirren off the board. In October, Mirren unveiled plans to demerge Pell Estates. "
                 "A tail strike grounded one jet.",
                 "2026-03-20");
    assert_non_null(test_event_on(c, "appointment", "2021"));
    assert_non_null(test_event_on(c, "ouster", "2026-03-03"));
    assert_non_null(test_event_on(c, "deal", "2025-10"));
    assert_null(test_event(c, "product"));
    assert_null(test_event(c, "protest"));
    chr_corpus_free(c);
    /* a participle naming its founders by a company they came from is
     * about the company after the comma */
    c = test_run("Founded in 2011 by a group of former Norvale Bank executives, Tessmark Capital manages $2 billion.",
                 "2025-06-20");
    const chr_event *founding = test_event_on(c, "founding", "2011");
    assert_true(has_role(c, founding, "organization", "Tessmark Capital"));
    chr_corpus_free(c);
    /* a chronology's line opened by a year; a clock time naming a
     * programme dates nothing */
    c = test_run("Ortez sues her old boss.\n\nTIMELINE\n2012 – Wren Adebayo joins Ortez Media\n2019 – Wren Adebayo takes over as chief executive\n",
                 "2025-12-03");
    assert_non_null(test_event_on(c, "appointment", "2019"));
    chr_corpus_free(c);
    c = test_run("On Sept. 9, Lina Ortez, host of the 7 p.m. news, sued Wren Adebayo for defamation.", "2025-12-03");
    assert_non_null(test_event_on(c, "lawsuit", "2025-09-09"));
    chr_corpus_free(c);
    /* Korean: a chief replaced; shares bought in full; workers down tools;
     * the baton handed to a son, and who stepped down is the father */
    c = test_run("누리조선 이사회는 지난 9일 피터 헤일 최고경영자를 전격 교체했다. 누리조선은 2023년 5월 미국 "
                 "조선소 지분 전량을 약 2억 달러에 사들이며 시장에 들어갔다. 지난달 20일에는 하청 노동자 800여 명이 "
                 "임금 인상을 요구하며 일손을 놓았다. 한동석 명예회장은 지난 11일 회장으로 재선임됐다. 2024년 4월 "
                 "장남 한지운(50) 당시 사장에게 지휘봉을 넘기고 자리에서 내려온 지 1년 반 만이다.",
                 "2025-11-14");
    assert_non_null(test_event_on(c, "ouster", "2025-11-09"));
    assert_non_null(test_event_on(c, "deal", "2023-05"));
    assert_non_null(test_event_on(c, "protest", "2025-10-20"));
    assert_non_null(test_event_on(c, "appointment", "2024-04"));
    const chr_event *stepped_down = test_event_on(c, "resignation", "2024-04");
    assert_true(has_role(c, stepped_down, "subject", "한동석"));
    assert_false(has_role(c, stepped_down, "subject", "한지운"));
    chr_corpus_free(c);
}

static void blind_set_eighty_eighth_batch(void **state)
{
    (void)state;
    /* a day told after the verb's own object, right before "a day after":
     * the verb's, and the other event a day before it */
    chr_corpus *c = test_run("Pennyfold Assurance named Rosa Achter, a former banker at Veldhaven Bank, as its chief "
                             "executive on Thursday, a day after chairman Geoffrey Allard quit.",
                             "2025-11-06");
    assert_non_null(test_event_on(c, "appointment", "2025-11-06"));
    assert_non_null(test_event_on(c, "resignation", "2025-11-05"));
    chr_corpus_free(c);
    /* Korean: the same meeting; back in the seat; a chief's contract ended;
     * doors first opened and a launch; a first showing; a post left empty
     * filled */
    c = test_run("호시노마트 이사회는 지난 4일 긴급 이사회를 열고 오카다 미유키 사장을 해임했다. 이사회는 같은 "
                 "회의에서 스기타 겐조(Kenzo Sugita) 명예회장을 사장 겸 최고경영자로 다시 앉혔다. 폴크너 감독이사회는 지난 5일 "
                 "마르쿠스 렌츠 최고경영자와의 계약을 즉시 종료하기로 의결했다.",
                 "2025-11-06");
    assert_non_null(test_event_on(c, "return", "2025-11-04"));
    assert_non_null(test_event_on(c, "ouster", "2025-11-05"));
    assert_null(test_event(c, "deal"));
    chr_corpus_free(c);
    c = test_run("청석건설은 1987년 부산에서 문을 연 중견 건설사다. 1974년 울산에서 출범한 너울중공업은 배를 만든다. "
                 "이음톡은 2012년 첫선을 보인 뒤 성장했다. 박 부사장의 빈자리는 지난 3일 김서린 전무가 채웠다.",
                 "2025-11-06");
    assert_non_null(test_event_on(c, "founding", "1987"));
    assert_non_null(test_event_on(c, "founding", "1974"));
    assert_non_null(test_event_on(c, "product", "2012"));
    assert_non_null(test_event_on(c, "appointment", "2025-11-03"));
    chr_corpus_free(c);
    /* English departures and posts told by idiom; claims, arbitration and
     * arrest warrants */
    c = test_run("Calder & Finch parted company with creative director Ola Varga on Monday. The board relieved CTO "
                 "Jin Park of his duties on Tuesday. The company said Lars Hedlund was no longer with the company after a board meeting "
                 "on Wednesday. Ingrid Vaage was handed the technology division on an interim basis on Wednesday. "
                 "Brathwick filed a 140 million pound High Court claim on Jan. 27. Vantor took Seonbong to "
                 "arbitration in London in 2023. Prosecutors asked a court for an arrest warrant for Kang on April 15.",
                 "2026-03-06");
    assert_non_null(test_event_on(c, "ouster", "2026-03-02"));
    assert_non_null(test_event_on(c, "ouster", "2026-03-03"));
    assert_non_null(test_event_on(c, "ouster", "2026-03-04"));
    assert_non_null(test_event_on(c, "appointment", "2026-03-04"));
    assert_non_null(test_event_on(c, "lawsuit", "2026-01-27"));
    assert_non_null(test_event_on(c, "lawsuit", "2023"));
    assert_non_null(test_event_on(c, "investigation", "2025-04-15"));
    chr_corpus_free(c);
    /* Korean: relieved of a post, made to step down; years served are no
     * step on from the event told before */
    c = test_run("이음이 오늘 기술 책임자를 물러나게 하고 보상안을 내놨다. 이사회는 정태윤 CTO를 직위에서 "
                 "해제했다. 2016년부터 보안을 총괄해 온 정 CTO는 이로써 9년 만에 회사를 떠나게 됐다.",
                 "2025-11-03");
    assert_non_null(test_event_on(c, "ouster", "2025-11-03"));
    assert_null(test_event_on(c, "resignation", "2034"));
    chr_corpus_free(c);
    /* an undated event told only by a noun refers to one told elsewhere,
     * unless news tells its type by a noun alone (word class noun_event) */
    c = test_run("Analysts said the acquisition reshaped the market. The backlash from drivers grew.",
                 "2026-02-11");
    assert_null(test_event(c, "deal"));
    assert_non_null(test_event(c, "protest"));
    chr_corpus_free(c);
    /* a bare weekday that is the article's own, in a clause told in the
     * future, is that day */
    c = test_run("Bayu Hartanto stepped down as chief executive on Wednesday but will remain chairman.", "2026-02-11");
    assert_non_null(test_event_on(c, "resignation", "2026-02-11"));
    chr_corpus_free(c);
    /* a quote right after a day is no relative clause of that day */
    c = test_run("윤재석 대표는 지난 15일 \"새로운 리더십이 필요한 시점\"이라는 짧은 글을 사내 게시판에 남기고 "
                 "자리에서 내려왔다.",
                 "2025-09-17");
    assert_non_null(test_event_on(c, "resignation", "2025-09-15"));
    chr_corpus_free(c);
}

static void blind_set_eighty_fourth_batch(void **state)
{
    (void)state;
    /* a post handed over told in the passive; a post given up; notice
     * handed in; examiners sent in; an activist's nominees elected */
    chr_corpus *c = test_run("Finance chief Mara Quint had been handed the reins on an interim basis on Monday. Dale Oakes, a "
                             "former banker, was brought in on Tuesday. Nam will relinquish his post as vice chairman at "
                             "the end of the month. COO Lydia Marsh handed in her notice on Wednesday. Regulators sent "
                             "examiners into Orlin's offices on Thursday. Shareholders will vote on the election of Pell "
                             "Capital's four nominees on June 11.",
                             "2026-03-06");
    assert_non_null(test_event_on(c, "appointment", "2026-03-02"));
    assert_non_null(test_event_on(c, "appointment", "2026-03-03"));
    const chr_event *post = test_event(c, "resignation");
    assert_non_null(post);
    assert_non_null(test_event_on(c, "resignation", "2026-03-04"));
    assert_non_null(test_event_on(c, "investigation", "2026-03-05"));
    assert_non_null(test_event_on(c, "board_change", "2026-06-11"));
    chr_corpus_free(c);
    /* a trial's result told is a statement; a vote of no confidence is a
     * protest; back at the helm is a return */
    c = test_run("In May, Orlin reported that its mid-stage trial missed its main goal. On April 24 the operators' "
                 "association voted 212-9 no confidence in Velez. The next day, Harlow was back at the helm as chief "
                 "executive.",
                 "2025-06-20");
    assert_non_null(test_event_on(c, "statement", "2025-05"));
    assert_non_null(test_event_on(c, "protest", "2025-04-24"));
    assert_non_null(test_event_on(c, "return", "2025-04-25"));
    chr_corpus_free(c);
    c = test_run("해온바이오는 지난달 임상 2상에서 1차 평가지표를 충족했다고 발표했다. 해온바이오는 지난 4일 노은비 "
                 "상무에게 공장장 지휘봉을 넘겼다. 같은 달 박도윤 대표가 바통을 이어받았다. 후임에는 유타 베르크만 "
                 "이사가 지난 5일 낙점됐다. 국토교통부는 지난 6일 감독관 12명을 해온바이오에 보내 조사에 착수했다.",
                 "2026-02-10");
    assert_non_null(test_event_on(c, "statement", "2026-01"));
    assert_non_null(test_event_on(c, "appointment", "2026-02-04"));
    assert_non_null(test_event_on(c, "appointment", "2026-02-05"));
    assert_non_null(test_event_on(c, "investigation", "2026-02-06"));
    chr_corpus_free(c);
}

static void blind_set_eightieth_batch(void **state)
{
    (void)state;
    /* idioms of dismissal and of taking over; a regulator's veto ends its
     * review and is no deal */
    chr_corpus *c = test_run("The Baltic Competition Office blocked Corvane Freight's takeover of Rostock Lines on Feb. 24. "
                             "Corvane showed chief executive Ada Lind the door on Tuesday. The board handed the reins on "
                             "an interim basis to finance chief Pia Holm the same day.",
                             "2026-03-05");
    assert_non_null(test_event_on(c, "ouster", "2026-03-03"));
    assert_non_null(test_event_on(c, "appointment", "2026-03-03"));
    assert_non_null(test_event(c, "investigation"));
    assert_null(test_event(c, "deal"));
    chr_corpus_free(c);
    c = test_run("Depositors took Corvane Lend and its founder to federal court on Tuesday. The savings account "
                 "promised a 6% annual return. A grand jury returned an indictment on Wednesday. Corvane was started "
                 "by Ada Lind in 2017. Brightmoor is expected to sign a term sheet as early as next week.",
                 "2025-10-16");
    assert_non_null(test_event_on(c, "lawsuit", "2025-10-14"));
    assert_null(test_event(c, "return"));
    assert_non_null(test_event_on(c, "founding", "2017"));
    const chr_event *sheet = test_event(c, "deal");
    assert_non_null(sheet);
    assert_int_equal(sheet->modality, CHR_MOD_PLANNED);
    chr_corpus_free(c);
    /* a complaint filed, an arrest, a board's turn to someone, nominees voted
     * onto a board; a dateline with a state does not date the lead */
    c = test_run("ALBANY, N.Y., Oct. 16 (Tidewater Newswire) - Orlin Bio has taken its former chief executive to court. "
                 "The complaint, filed on Wednesday, names both. Vice Chairman Han Do-yun was taken into custody on "
                 "Oct. 2. Four days later, the board turned to Mina Seo, a former president, as acting chairman. "
                 "Shareholders voted two nominees of Pell Capital onto Orlin's board on Oct. 10.",
                 "2025-10-16");
    assert_non_null(test_event_on(c, "lawsuit", "2025-10-15"));
    assert_null(test_event_on(c, "lawsuit", "2025-10-16"));
    assert_non_null(test_event_on(c, "investigation", "2025-10-02"));
    assert_non_null(test_event_on(c, "appointment", "2025-10-06"));
    assert_non_null(test_event_on(c, "board_change", "2025-10-10"));
    chr_corpus_free(c);
    /* what a demand asks for after a comma has not happened; a non-compete
     * agreement is the contract's, not a deal struck */
    c = test_run("He ignored calls, by then growing among investors, for him to step aside. Lind broke a 12-month "
                 "non-compete agreement.",
                 "2025-10-16");
    const chr_event *aside = test_event(c, "resignation");
    assert_non_null(aside);
    assert_int_equal(aside->modality, CHR_MOD_POSSIBLE);
    assert_null(test_event(c, "agreement"));
    chr_corpus_free(c);
    /* Korean: pulled down, the baton, a seat taken, a complaint, a veto,
     * looking into, a crowd before an office */
    c = test_run("해온물류 이사회는 지난 3일 강민호 대표를 대표직에서 끌어내렸다. 같은 날 이사회는 박서진 전무에게 "
                 "임시 대표의 지휘봉을 맡겼다. 공정위가 해온물류의 대운해운 인수를 불허한 건 지난달 28일이었다. "
                 "이용자 120명은 지난 4일 서울중앙지법에 소장을 냈다. 금융위는 지난 5일 해온물류의 자금 관리 실태를 "
                 "들여다보기 시작했다. 이용자들은 지난 6일 본사 앞에 모여 환불을 요구했다.",
                 "2025-11-07");
    assert_non_null(test_event_on(c, "ouster", "2025-11-03"));
    assert_non_null(test_event_on(c, "appointment", "2025-11-03"));
    assert_non_null(test_event_on(c, "investigation", "2025-10-28"));
    assert_null(test_event(c, "deal"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-04"));
    assert_non_null(test_event_on(c, "investigation", "2025-11-05"));
    assert_non_null(test_event_on(c, "protest", "2025-11-06"));
    chr_corpus_free(c);
    /* a count of days on, told in the past tense after a plan, counts from
     * the story's day; preparing a suit is planned */
    c = test_run("청람바이오는 17일 이사회를 열고 한 대표를 선임했다. 한 대표는 다음 달 1일 취임한다. 온새제약은 "
                 "청람바이오 공시 이튿날 법원에 가처분을 신청했다. 변호인은 2차 소송도 준비하고 있다고 했다.",
                 "2025-11-20");
    assert_non_null(test_event_on(c, "lawsuit", "2025-11-18"));
    assert_null(test_event_on(c, "lawsuit", "2025-12-02"));
    chr_corpus_free(c);
    /* founded and then named; doors first opened; a resignation accepted and
     * a successor set up in the post */
    c = test_run("2008년 지역 상공인들이 출자해 세운 청해항공은 국내선을 운영한다. 윤 대표는 2011년 마포에서 "
                 "담솥의 문을 열었다. 청해항공은 어제 이사회를 열어 류 대표의 사의를 받아들이고 서민경 부사장을 새 "
                 "대표이사로 세웠다.",
                 "2025-09-18");
    assert_non_null(test_event_on(c, "founding", "2008"));
    assert_non_null(test_event_on(c, "resignation", "2025-09-17"));
    assert_non_null(test_event_on(c, "appointment", "2025-09-17"));
    chr_corpus_free(c);
    c = test_run("Harlow opened the first Harlow's Kitchen in 1989. Ahn Gyu-seok set up Sunmyeong in a rented "
                 "workshop in Cheonan in 1998. The board brought in Kwon Tae-ho in March 2020 and had sounded Lim "
                 "out in October.",
                 "2026-02-12");
    assert_non_null(test_event_on(c, "founding", "1989"));
    assert_non_null(test_event_on(c, "founding", "1998"));
    assert_non_null(test_event_on(c, "appointment", "2020-03"));
    chr_corpus_free(c);
}

static void blind_set_seventy_second_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Pellworth Bank disclosed on March 3 that hackers had copied the records of 80,000 clients. "
                             "The price was not disclosed.",
                             "2025-03-20");
    const chr_event *told = test_event_on(c, "statement", "2025-03-03");
    assert_non_null(told);
    assert_int_equal(told->modality, CHR_MOD_ASSERTED);
    chr_corpus_free(c);
    c = test_run("Terms of the sale, which closed on Friday, were not disclosed.", "2025-03-20");
    assert_null(test_event(c, "statement"));
    chr_corpus_free(c);
    /* an accident is counted from, never listed (word class anchor_only) */
    c = test_run("A loading ramp collapsed at the Dunmore terminal on Jan. 28, killing two dockers. Two days after "
                 "the collapse, the Health and Safety Executive opened an investigation into Dunmore Ferries.",
                 "2025-03-20");
    assert_non_null(test_event_on(c, "investigation", "2025-01-30"));
    assert_null(test_event(c, "incident"));
    chr_corpus_free(c);
    c = test_run("한빛냉동 이천공장에서는 지난 3일 새벽 배관 작업 도중 불이 나 2명이 숨졌다. 고용노동부는 화재 "
                 "이튿날 한빛냉동에 대한 조사에 착수했다. 한빛냉동 노조는 사고 일주일 뒤 파업을 벌였다.",
                 "2026-03-17");
    assert_non_null(test_event_on(c, "investigation", "2026-03-04"));
    assert_non_null(test_event_on(c, "protest", "2026-03-10"));
    assert_null(test_event(c, "incident"));
    chr_corpus_free(c);
    /* a length right after a noun counts from what the noun names, not
     * from the event told last */
    c = test_run("한빛냉동 이천공장 폭발 사고는 지난달 9일 오전 발생했다. 경찰은 지난달 24일 한빛냉동 본사를 "
                 "압수수색했다. 한빛냉동 노조는 사고 일주일 뒤 파업을 벌였다.",
                 "2026-03-17");
    assert_non_null(test_event_on(c, "protest", "2026-02-16"));
    chr_corpus_free(c);
    /* resigning over an accident is not done on its day; a day counted from
     * an accident dated only by its month is no day of that month */
    c = test_run("한빛냉동 박도현 대표가 지난 3일 발생한 화재 사고의 책임을 지고 물러났다. 박 대표는 12일 "
                 "사내 게시판에 글을 올렸다.",
                 "2026-03-17");
    const chr_event *left = test_event(c, "resignation");
    assert_non_null(left);
    assert_string_not_equal(left->value, "2026-03-03");
    chr_corpus_free(c);
    c = test_run("지난 2월 제주공항 활주로 이탈 사고로 물러난 문경택 전 대표가 복귀했다. 문 전 대표는 사고 이튿날 "
                 "사과문을 올렸다.",
                 "2026-03-17");
    assert_null(test_event_on(c, "statement", "2026-02-02"));
    chr_corpus_free(c);
    /* a relative clause with its own day dates the departure "succeeds"
     * only names; sounding out a candidate is a board's call */
    c = test_run("She succeeds Dennis Markey, who resigned on Tuesday. The board began sounding out Ms. Ramaswamy in "
                 "early September, people familiar with the matter said.",
                 "2024-10-03");
    assert_non_null(test_event_on(c, "resignation", "2024-10-01"));
    assert_non_null(test_event_on(c, "board_call", "2024-09"));
    chr_corpus_free(c);
    /* "런던" is no adnominal ending in -던; a founder sets up the company */
    c = test_run("퀼미어 아티스츠(Quillmere Artists)는 2일 런던 본사에서 헤일을 CEO로 다시 선임했다. 헤일은 2009년 런던 "
                 "소호의 작은 사무실에서 "
                 "퀼미어를 세웠다. 퀼미어는 올해 새 목표를 세웠다.",
                 "2024-10-03");
    assert_non_null(test_event_on(c, "return", "2024-10-02"));
    assert_non_null(test_event_on(c, "founding", "2009"));
    assert_null(test_event_on(c, "founding", "2024"));
    chr_corpus_free(c);
    /* what a court rules has times of its own; "denied that" is a pronoun */
    c = test_run("Yeoreum Media founder Baek Ji-yoon is back after a Seoul court ruled on Wednesday that her removal "
                 "in March was invalid. Dohwa Partners denied that on Tuesday.",
                 "2025-08-14");
    assert_non_null(test_event_on(c, "lawsuit", "2025-08-13"));
    assert_null(test_event_on(c, "lawsuit", "2025-03"));
    assert_non_null(test_event_on(c, "statement", "2025-08-12"));
    chr_corpus_free(c);
    /* voted out and installed; an audit dismissed as untrue is no ouster */
    c = test_run("At a March 27 shareholders' meeting, Dohwa Partners voted Baek Ji-yoon out as CEO and installed "
                 "Nam Gi-hoon. Baek's side dismissed the audit as a report written to order.",
                 "2025-08-14");
    assert_non_null(test_event_on(c, "ouster", "2025-03-27"));
    assert_non_null(test_event_on(c, "appointment", "2025-03-27"));
    assert_null(test_event_on(c, "ouster", "2025-08-14"));
    chr_corpus_free(c);
    /* a bank scandal told in English: an indictment on charges, a
     * chairman counted from it (not from a month told in a relative
     * clause), depositors rallying, a nomination, an election to come */
    c = test_run("On April 16, prosecutors indicted Yoon Dae-sik, 58, its former treasurer, on charges of embezzling "
                 "47.2 billion won. Yoon, who was dismissed by the bank in March, has denied the charges.\n\n"
                 "Chairman Baek Hyun-gi resigned two days later. Hundreds of depositors rallied outside the bank's "
                 "headquarters last month. Seomjin's board on Wednesday nominated Choi Yun-seo, a former deputy "
                 "governor, as chairman. Shareholders are to be formally asked to approve the sale on July 22.",
                 "2025-06-05");
    assert_non_null(test_event_on(c, "lawsuit", "2025-04-16"));
    assert_non_null(test_event_on(c, "resignation", "2025-04-18"));
    assert_non_null(test_event_on(c, "protest", "2025-05"));
    assert_non_null(test_event_on(c, "appointment", "2025-06-04"));
    chr_corpus_free(c);
    /* directors nominated by an investor are no appointment; "At the same
     * meeting" is the day of the event told before */
    c = test_run("Sebit said on Wednesday it had agreed to add two directors nominated by Tallis Lane Capital. On "
                 "Thursday, Brindlewood's board approved the merger. At the same meeting, the board nominated Linda "
                 "Foss-Carranza, a retired examiner, to become chair.",
                 "2024-08-16");
    const chr_event *named = test_event(c, "appointment");
    assert_non_null(named);
    assert_string_equal(named->value, "2024-08-15");
    chr_corpus_free(c);
    /* a noun joins the event its word told before ("압수수색 나흘 뒤"
     * counts from the raid, not from the later indictment); a condition
     * looks ahead ("28일 … 선임되면") */
    c = test_run("검찰은 지난달 11일 남강저축은행 본점을 압수수색했다. 검찰은 지난 5일 한 전무를 구속기소했다. "
                 "압수수색 나흘 뒤 박태원 회장은 사의를 표명했다. 김 후보는 28일 임시주총에서 선임되면 회사를 이끈다.",
                 "2025-03-14");
    assert_non_null(test_event_on(c, "resignation", "2025-02-15"));
    assert_non_null(test_event_on(c, "appointment", "2025-03-28"));
    chr_corpus_free(c);
    c = test_run("Choi Yun-seo is to be elected on July 22.", "2025-06-05");
    const chr_event *elected = test_event_on(c, "appointment", "2025-07-22");
    assert_non_null(elected);
    assert_int_equal(elected->modality, CHR_MOD_PLANNED);
    chr_corpus_free(c);
}

/* Blind batch 62: a naming told on its day is dated then, not by the day
 * it takes effect; the pluperfect of reported speech tells what was just
 * done, not an event told before */
static void blind_set_sixty_second_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("On Tuesday, Harlow Media named Dana Reyes as its new president, effective Oct. 1.",
                             "2024-09-18");
    const chr_event *named = test_event_on(c, "appointment", "2024-09-17");
    assert_non_null(named);
    assert_int_equal(named->modality, CHR_MOD_ASSERTED);
    chr_corpus_free(c);
    c = test_run("The Pell family announced Aug. 28 that it had agreed to sell 49% of Harlow Media to Orrin Partners. "
                 "Harlow Media bought its radio station in 1998.",
                 "2024-09-18");
    assert_non_null(test_event_on(c, "deal", "2024-08-28"));
    assert_non_null(test_event_on(c, "deal", "1998"));
    chr_corpus_free(c);
    /* "let go" is an ouster, "called into a meeting" no board call; a
     * guild acts, the paper is what its walkout is about */
    c = test_run("On Friday, Pryce was called into a meeting and told she was being let go. On Monday the Harlow "
                 "Ledger Guild walked out at the Harlow Ledger.",
                 "2024-09-18");
    assert_non_null(test_event_on(c, "ouster", "2024-09-13"));
    assert_null(test_event(c, "board_call"));
    const chr_event *walkout = test_event_on(c, "protest", "2024-09-16");
    assert_non_null(walkout);
    assert_true(has_role(c, walkout, "agent", "Harlow Ledger Guild"));
    chr_corpus_free(c);
    /* a joint venture formed, in English and in Korean */
    c = test_run("In 2019 the two companies formed Tarn Ossel Power Devices LLC, a 50-50 venture in Toledo.", "2025-10-22");
    assert_non_null(test_event_on(c, "founding", "2019"));
    chr_corpus_free(c);
    c = test_run("한울칩스와 모리타전장은 지난 2022년 7월 합작법인 '한울모리타세미콘'을 세웠다.", "2025-06-19");
    assert_non_null(test_event_on(c, "founding", "2022-07"));
    chr_corpus_free(c);
    /* an auditor is no audit; "나설지도" only may happen */
    c = test_run("차 전 대표는 12일 입장문을 내고 \"회계 처리는 외부감사인의 검토를 거쳤다\"고 밝혔다. "
                 "금융감독청이 직접 조사에 나설지도 관심사다.",
                 "2025-03-14");
    for (size_t i = 0; i < c->events.len; i++)
        if (!c->events.items[i].dropped && strcmp(c->events.items[i].type, "investigation") == 0)
            assert_int_equal(c->events.items[i].modality, CHR_MOD_POSSIBLE);
    chr_corpus_free(c);
}

/* Blind batches 60 to 62: a ruling as the noun a later time counts from;
 * a union acts, the company is what its protest is about */
static void blind_set_sixtieth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("부산지법은 16일 한결건설 오태민 전 회장에게 징역 1년에 집행유예 2년을 선고했다. 민주노총 "
                             "부산본부는 선고 직후 법원 앞에서 기자회견을 열었다.",
                             "2025-10-17");
    const chr_event *press = test_event(c, "statement");
    assert_non_null(press);
    assert_non_null(press->value);
    assert_string_equal(press->value, "2025-10-16");
    assert_int_equal(test_count_events(c, "lawsuit"), 1);
    chr_corpus_free(c);
    c = test_run("다온철강은 지난달 임금협상을 시작했다. 전국금속노조 다온철강지회는 지난 3일 전면 파업에 들어갔다.",
                 "2025-11-20");
    const chr_event *strike = test_event_on(c, "protest", "2025-11-03");
    assert_non_null(strike);
    assert_true(has_role(c, strike, "agent", "전국금속노조 다온철강지회"));
    assert_true(has_role(c, strike, "organization", "다온철강"));
    chr_corpus_free(c);
    /* a day of the month told before is a calendar day, not one counted
     * from the event told last */
    c = test_run("사고는 지난해 5월 23일 났다. 경찰은 같은 해 6월 4일 본사를 압수수색했다. 박 회장은 압수수색 "
                 "엿새 뒤 물러났다. 한결이앤씨는 같은 달 28일 이사회를 열어 오민재 부사장을 대표로 선임했다.",
                 "2025-10-17");
    assert_non_null(test_event_on(c, "resignation", "2024-06-10"));
    assert_non_null(test_event_on(c, "appointment", "2024-06-28"));
    assert_non_null(test_entity(c, "한결이앤씨"));
    chr_corpus_free(c);
}

static void blind_set_fifty_fourth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Rhee quit Sorabol on March 3. Two weeks later he set up his own studio, Cinder Works. "
                             "Two days after the crash, the aviation ministry launched a special safety audit of the airline. "
                             "The founders filed for an injunction with the district court on March 20. The supplier "
                             "sued the chain on March 21, and the chain countersued a week later.",
                             "2025-04-30");
    assert_non_null(test_event_on(c, "founding", "2025-03-17"));
    assert_non_null(test_event(c, "investigation"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-03-20"));
    assert_non_null(test_event_on(c, "lawsuit", "2025-03-28"));
    chr_corpus_free(c);
    /* a listed company described, rights to sell, a resale ban in a photo
     * credit are no events; a listing told is a deal */
    c = test_run("나스닥에 상장된 한빛랩 주가는 14% 떨어졌다. 한빛랩은 지난해 9월 신약의 개발·판매 권리를 넘기는 "
                 "계약을 맺었다. [사진] 멈춰 선 여객기 [독자 제공. 재판매 및 DB 금지] 한빛전자는 2016년 코스닥에 상장됐다.",
                 "2025-05-10");
    assert_null(test_event(c, "product"));
    assert_int_equal(test_count_events(c, "deal"), 2);
    assert_non_null(test_event_on(c, "deal", "2016"));
    chr_corpus_free(c);
    /* the day of the saying is not the day of what was said, when a length
     * after the verb counts from it */
    c = test_run("Hanwol Telecom said on Tuesday it had closed its purchase of Daeyang Cable a day earlier.", "2025-06-03");
    assert_non_null(test_event_on(c, "deal", "2025-06-02"));
    chr_corpus_free(c);
    /* a lead told in the present perfect takes the day its noun's own verb
     * gives ("Under the agreement, reached on Thursday") */
    c = test_run("Daebit Entertainment has agreed to pay its former producer Kang Ji-ho 4.2 billion won, the company "
                 "said on Friday. Under the agreement, reached on Thursday, Daebit will pay two years of bonuses.",
                 "2025-06-20");
    assert_non_null(test_event_on(c, "agreement", "2025-06-19"));
    assert_null(test_event_on(c, "agreement", "2025-06-20"));
    chr_corpus_free(c);
    /* "confirmed as chief executive"; a time after an appositive "one of …"
     * still dates the verb */
    c = test_run("The group said on Thursday that Ines Roy had been confirmed as chief executive. Alan Pike joined "
                 "Sunmere Holidays, one of its main competitors, as chief operating officer last month.",
                 "2026-02-06");
    assert_non_null(test_event_on(c, "appointment", "2026-02-05"));
    assert_non_null(test_event_on(c, "appointment", "2026-01"));
    chr_corpus_free(c);
    /* a licence or partnership ended is the deal's end; the time before a
     * relative clause that has one of its own dates the main verb */
    c = test_run("In August, Seoul-based Hanul Pharmaceutical, which had licensed the rights in March 2024, ended the "
                 "partnership. 소담제약은 지난 3일 라이선스 계약 해지를 통보했다고 4일 공시했다.",
                 "2026-03-05");
    assert_non_null(test_event_on(c, "deal", "2025-08"));
    assert_null(test_event_on(c, "deal", "2024-03"));
    assert_non_null(test_event_on(c, "deal", "2026-03-03"));
    chr_corpus_free(c);
    /* talks about a hire are a board call */
    c = test_run("업계에 따르면 한결항공은 지난 7월부터 문경호 전 대표 측과 영입을 논의해 온 것으로 알려졌다.", "2025-09-16");
    const chr_event *talks = test_event_on(c, "board_call", "2025-07");
    assert_non_null(talks);
    assert_int_equal(talks->modality, CHR_MOD_REPORTED);
    chr_corpus_free(c);
}

static void blind_set_sixteenth_batch(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한빛코스메틱은 지난 2월 유통업체 글로우박스와 독점 판매 계약을 맺었다. 최 회장은 내년 3월 회장직에서 "
                             "물러나겠다고 밝혔다. 최 회장은 12일 서한에서 퇴진 의사를 공식화했다.",
                             "2026-08-13");
    assert_null(test_event(c, "product")); /* a sales contract is no launch */
    assert_string_equal(test_event(c, "resignation")->value, "2027-03");
    chr_corpus_free(c);
    c = test_run("Chief executive James Porter apologized on Wednesday. The bank replaced the head of its retail division, "
                 "Kevin Marsh, in 2023.",
                 "2025-12-04");
    assert_string_equal(test_event(c, "statement")->value, "2025-12-03");
    assert_true(has_role(c, test_event(c, "ouster"), "subject", "Kevin Marsh"));
    chr_corpus_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(blind_set_sixteenth_batch),
        cmocka_unit_test(blind_set_seventeenth_batch),
        cmocka_unit_test(blind_set_eighteenth_batch),
        cmocka_unit_test(blind_set_twenty_fifth_to_twenty_seventh_batches),
        cmocka_unit_test(chronology_headings),
        cmocka_unit_test(encyclopedia_entry),
        cmocka_unit_test(korean_blog_day_headings),
        cmocka_unit_test(hostile_bid_blog),
        cmocka_unit_test(earnings_call_in_english),
        cmocka_unit_test(labour_dispute_in_english),
        cmocka_unit_test(blind_set_twenty_eighth_to_thirtieth_batches),
        cmocka_unit_test(blind_set_twenty_fourth_batch),
        cmocka_unit_test(blind_set_twenty_third_batch),
        cmocka_unit_test(blind_set_twenty_second_batch),
        cmocka_unit_test(blind_set_twenty_first_batch),
        cmocka_unit_test(blind_set_twentieth_batch),
        cmocka_unit_test(blind_set_nineteenth_batch),
        cmocka_unit_test(blind_set_fifteenth_batch),
        cmocka_unit_test(blind_set_fourteenth_batch),
        cmocka_unit_test(blind_set_thirteenth_batch),
        cmocka_unit_test(blind_set_twelfth_batch),
        cmocka_unit_test(blind_set_eleventh_batch),
        cmocka_unit_test(blind_set_tenth_batch),
        cmocka_unit_test(blind_set_ninth_batch),
        cmocka_unit_test(blind_set_eighth_batch),
        cmocka_unit_test(blind_set_sixth_batch),
        cmocka_unit_test(blind_set_sixtieth_batch),
        cmocka_unit_test(blind_set_sixty_second_batch),
        cmocka_unit_test(blind_set_hundred_and_fourth_batch),
        cmocka_unit_test(blind_set_hundred_and_twenty_sixth_batch),
        cmocka_unit_test(blind_set_hundred_and_twenty_sixth_batch_second_round),
        cmocka_unit_test(blind_set_hundred_and_thirty_fourth_batch),
        cmocka_unit_test(blind_set_hundred_and_thirty_eighth_batch),
        cmocka_unit_test(blind_set_hundred_and_thirty_eighth_batch_second_round),
        cmocka_unit_test(blind_set_hundred_and_forty_second_batch),
        cmocka_unit_test(blind_set_hundred_and_forty_sixth_batch),
        cmocka_unit_test(blind_set_hundred_and_forty_sixth_batch_second_round),
        cmocka_unit_test(blind_set_hundred_and_fifty_fourth_batch),
        cmocka_unit_test(blind_set_hundred_and_fifty_fourth_batch_second_round),
        cmocka_unit_test(blind_set_hundred_and_sixty_sixth_batch),
        cmocka_unit_test(blind_set_hundred_and_sixty_sixth_batch_second_round),
        cmocka_unit_test(blind_set_hundred_and_sixty_sixth_batch_third_round),
        cmocka_unit_test(blind_set_hundred_and_eighty_sixth_batch),
        cmocka_unit_test(blind_set_hundred_and_eighty_sixth_batch_second_round),
        cmocka_unit_test(blind_set_hundred_and_ninetieth_batch),
        cmocka_unit_test(blind_set_hundred_and_ninety_fourth_batch),
        cmocka_unit_test(blind_set_hundred_and_ninety_eighth_batch),
        cmocka_unit_test(blind_set_two_hundred_and_second_batch),
        cmocka_unit_test(blind_set_two_hundred_and_eighteenth_batch),
        cmocka_unit_test(blind_set_two_hundred_and_thirty_fourth_batch),
        cmocka_unit_test(blind_set_two_hundred_and_fiftieth_batch),
        cmocka_unit_test(blind_set_two_hundred_and_sixty_sixth_batch),
        cmocka_unit_test(blind_set_two_hundred_and_eighty_second_batch),
        cmocka_unit_test(blind_set_two_hundred_and_ninetieth_batch),
        cmocka_unit_test(blind_set_two_hundred_and_ninetieth_batch_second_round),
        cmocka_unit_test(blind_set_three_hundred_and_sixth_batch),
        cmocka_unit_test(blind_set_three_hundred_and_sixth_batch_second_round),
        cmocka_unit_test(blind_set_three_hundred_and_fourteenth_batch),
        cmocka_unit_test(blind_set_three_hundred_and_twenty_second_batch),
        cmocka_unit_test(blind_set_three_hundred_and_forty_sixth_batch),
        cmocka_unit_test(blind_set_three_hundred_and_fifty_fourth_batch),
        cmocka_unit_test(blind_set_three_hundred_and_thirty_eighth_batch),
        cmocka_unit_test(blind_set_three_hundred_and_thirtieth_batch),
        cmocka_unit_test(blind_set_two_hundred_and_ninety_eighth_batch),
        cmocka_unit_test(blind_set_two_hundred_and_eighty_second_batch_second_round),
        cmocka_unit_test(blind_set_two_hundred_and_seventy_fourth_batch),
        cmocka_unit_test(blind_set_two_hundred_and_seventy_fourth_batch_second_round),
        cmocka_unit_test(blind_set_two_hundred_and_sixty_sixth_batch_second_round),
        cmocka_unit_test(blind_set_hundred_and_tenth_batch),
        cmocka_unit_test(blind_set_hundred_and_tenth_batch_second_round),
        cmocka_unit_test(blind_set_hundred_and_tenth_batch_third_round),
        cmocka_unit_test(blind_set_hundredth_batch_second_round),
        cmocka_unit_test(blind_set_hundredth_batch),
        cmocka_unit_test(blind_set_ninety_sixth_batch_second_round),
        cmocka_unit_test(blind_set_ninety_sixth_batch),
        cmocka_unit_test(blind_set_eighty_eighth_batch),
        cmocka_unit_test(blind_set_eighty_fourth_batch),
        cmocka_unit_test(blind_set_eightieth_batch),
        cmocka_unit_test(blind_set_seventy_second_batch),
        cmocka_unit_test(blind_set_sixty_fifth_batch),
        cmocka_unit_test(blind_set_fifty_fourth_batch),
        cmocka_unit_test(blind_set_fifty_first_batch),
        cmocka_unit_test(blind_set_fifth_batch),
        cmocka_unit_test(blind_set_fourth_batch),
        cmocka_unit_test(blind_set_third_batch),
        cmocka_unit_test(blind_set_second_batch),
        cmocka_unit_test(blind_set_cues_and_roles),
        cmocka_unit_test(parses_amounts),
        cmocka_unit_test(merges_mentions_and_dates_relative_to_another_event),
        cmocka_unit_test(modality_from_the_clause),
        cmocka_unit_test(different_dates_stay_two_events),
        cmocka_unit_test(values_and_bounds),
        cmocka_unit_test(modality_asserted),
        cmocka_unit_test(modality_reported),
        cmocka_unit_test(modality_planned),
        cmocka_unit_test(modality_possible),
        cmocka_unit_test(modality_condition_is_not_a_denial),
        cmocka_unit_test(lead_detail_and_relative_clauses),
        cmocka_unit_test(modality_negated),
        cmocka_unit_test(role_subject_from_korean_particles),
        cmocka_unit_test(role_agent_from_korean_particles),
        cmocka_unit_test(role_english_passive_and_active),
        cmocka_unit_test(role_english_apposition_and_comma),
        cmocka_unit_test(role_pronoun_to_last_person),
        cmocka_unit_test(english_amounts),
        cmocka_unit_test(one_ouster_across_sources),
        cmocka_unit_test(agreement_and_return_stay_apart),
        cmocka_unit_test(different_people_stay_apart),
        cmocka_unit_test(a_noun_refers_back),
        cmocka_unit_test(report_date_is_not_event_date),
        cmocka_unit_test(bounds_of_a_year),
        cmocka_unit_test(plan_then_done_is_one_event),
        cmocka_unit_test(english_relative_clause_refers_back),
        cmocka_unit_test(duration_after_a_named_event),
        cmocka_unit_test(the_day_of_an_event),
        cmocka_unit_test(next_day_counts_from_the_last_event),
        cmocka_unit_test(a_relative_clause_time_is_not_the_events),
        cmocka_unit_test(a_quote_keeps_its_own_time),
        cmocka_unit_test(a_cleft_dates_its_trigger),
        cmocka_unit_test(present_tense_takes_the_article_date),
        cmocka_unit_test(a_past_event_is_not_in_next_year),
        cmocka_unit_test(role_agent_from_robuteo),
        cmocka_unit_test(role_organisation_from_the_company),
        cmocka_unit_test(undated_event_follows_its_cue),
        cmocka_unit_test(text_table_fits_100_columns),
        cmocka_unit_test(scorer_counts_like_the_reference),
        cmocka_unit_test(a_demand_is_not_done),
        cmocka_unit_test(talks_about_a_return_are_not_a_return),
        cmocka_unit_test(trigger_gates_change_no_event),
        cmocka_unit_test(a_conditional_threat_is_possible),
        cmocka_unit_test(a_threat_and_a_resignation_stay_apart),
        cmocka_unit_test(a_plain_present_is_planned),
        cmocka_unit_test(new_resignation_and_board_triggers),
        cmocka_unit_test(dating_nouns_plans_and_relative_clauses),
        cmocka_unit_test(triggers_inside_other_words),
        cmocka_unit_test(a_later_noun_joins_the_told_event),
        cmocka_unit_test(a_comma_inside_a_date_does_not_cut_the_clause),
        cmocka_unit_test(an_agreement_for_a_return_plans_it),
        cmocka_unit_test(one_event_per_person_in_gapped_clauses),
        cmocka_unit_test(leaving_the_board_seat_is_one_event),
        cmocka_unit_test(an_investment_needs_a_party),
        cmocka_unit_test(the_same_kind_told_next_shares_the_date),
        cmocka_unit_test(a_planned_bare_day_is_ahead),
        cmocka_unit_test(a_voiced_backlash_is_the_statement),
        cmocka_unit_test(english_narrative_dates),
        cmocka_unit_test(a_present_state_begins_with_the_next_sentence),
        cmocka_unit_test(a_time_relation_clause_keeps_out_the_sentence_time),
        cmocka_unit_test(a_noun_keeps_the_person_before_it),
        cmocka_unit_test(the_saying_time_does_not_date_a_cleft),
        cmocka_unit_test(an_undated_telling_joins_the_dated_one_of_its_person),
        cmocka_unit_test(blind_set_three_hundred_and_sixty_second_batch_events),
        cmocka_unit_test(blind_set_three_hundred_and_sixty_fifth_batch_events),
        cmocka_unit_test(a_strike_trigger_is_the_word_alone),
        cmocka_unit_test(blind_set_three_hundred_and_seventieth_batch_events),
        cmocka_unit_test(blind_set_three_hundred_and_eighty_second_batch_events),
        cmocka_unit_test(blind_set_three_hundred_and_ninetieth_batch_events),
        cmocka_unit_test(blind_set_three_hundred_and_ninety_eighth_batch_events),
        cmocka_unit_test(two_days_joined_date_an_event_twice),
        cmocka_unit_test(the_day_of_an_event_stops_at_a_day_of_its_own),
        cmocka_unit_test(blind_set_four_hundred_and_thirteenth_batch_events),
        cmocka_unit_test(an_event_is_about_the_company_of_its_article),
        cmocka_unit_test(blind_set_four_hundred_and_sixth_batch_events),
        cmocka_unit_test(blind_set_four_hundred_and_thirtieth_batch_events),
        cmocka_unit_test(names_beside_an_event_are_mentioned),
        cmocka_unit_test(a_time_past_an_object_apposition_dates_the_verb),
        cmocka_unit_test(a_strike_ballot_held_is_a_protest),
        cmocka_unit_test(a_day_told_first_outweighs_years_since),
        cmocka_unit_test(korean_removal_pact_and_special_check),
        cmocka_unit_test(taking_office_dates_an_undated_appointment),
        cmocka_unit_test(a_takeovers_steps_and_a_demand_in_korean),
        cmocka_unit_test(the_same_day_after_an_event_dated_by_a_length),
        cmocka_unit_test(a_length_before_a_named_occasion),
        cmocka_unit_test(events_a_length_apart_stay_apart),
        cmocka_unit_test(raids_shutdowns_reelections_and_two_posts),
        cmocka_unit_test(interview_you_pacts_removals_and_calls),
        cmocka_unit_test(a_length_after_a_noun_no_event_names),
        cmocka_unit_test(a_bid_unveiled_is_a_deal),
        cmocka_unit_test(english_events_past_relatives_and_titles),
        cmocka_unit_test(a_doubt_in_what_reports_said_is_not_the_verbs),
        cmocka_unit_test(a_settlement_reached_in_a_relative_clause_is_an_agreement),
        cmocka_unit_test(a_summons_past_an_apposition_is_an_investigation),
        cmocka_unit_test(a_charge_a_verdict_and_an_appeal_stay_apart),
        cmocka_unit_test(a_bad_stage_option_names_the_line),
        cmocka_unit_test(plans_founders_recalls_and_unfair_dismissal_suits),
        cmocka_unit_test(examinations_retired_partners_and_the_same_meeting),
        cmocka_unit_test(same_day_clauses_election_wins_and_datelines),
        cmocka_unit_test(reported_starts_planned_closings_and_alliances),
        cmocka_unit_test(board_nominations_and_confirmations_past_an_appositive),
        cmocka_unit_test(press_releases_announced_plans_and_forced_sales),
        cmocka_unit_test(releases_rollouts_road_returns_and_court_rehabilitation),
        cmocka_unit_test(descriptions_as_subjects_and_posts_made_permanent),
        cmocka_unit_test(staff_mails_and_phone_interview_labels),
        cmocka_unit_test(chiefs_to_be_named_codeshares_and_combinations),
        cmocka_unit_test(told_then_dated_suits_shares_and_same_evenings),
        cmocka_unit_test(unlabelled_interviews_rulings_and_returns_filed),
        cmocka_unit_test(fires_told_before_ousters_and_tools_downed),
        cmocka_unit_test(offices_frozen_sanctions_and_days_after_a_verb),
        cmocka_unit_test(briefings_launches_strikes_and_firm_orders),
        cmocka_unit_test(a_day_before_a_length_dates_what_came_first),
    };
    return cmocka_run_group_tests_name("event", tests, test_setup_engine, test_teardown_engine);
}
