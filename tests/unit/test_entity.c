/* Unit tests for entity extraction and linking: particles, romanisation,
 * brackets, titles, and names that must or must not link. */
#include <glob.h>
#include <jansson.h>
#include <stdio.h>

#include "chr_entity.h"
#include "harness.h"

static void strips_particles_by_final_consonant(void **state)
{
    (void)state;
    const chr_rules *r = chr_engine_rules(test_engine);
    const char *cases[][2] = {
        {"알트만은", "알트만"}, {"알트만이", "알트만"}, {"일리야를", "일리야"}, {"일리야가", "일리야"},
        {"오픈AI가", "오픈AI"}, {"서츠케버에게서", "서츠케버"}, {"알트만으로부터", "알트만"},
        {"일리야", "일리야"},      /* 야 is not a particle here */
        {"알트만", "알트만"},      /* nor is 만 */
        {"일리야은", "일리야은"},  /* 은 needs a final consonant */
        {"알트만는", "알트만는"},  /* 는 needs a vowel */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = chr_entity_strip_josa(r, cases[i][0], strlen(cases[i][0]), 2);
        if (n != strlen(cases[i][1]) || strncmp(cases[i][0], cases[i][1], n) != 0)
            fail_msg("%s: expected %s, got %.*s", cases[i][0], cases[i][1], (int)n, cases[i][0]);
    }
}

static void romanizes_and_keys_transliterations(void **state)
{
    (void)state;
    char rom[128], k1[64], k2[64];
    chr_romanize("알트만", strlen("알트만"), rom, sizeof rom);
    assert_string_equal(rom, "alteuman");
    const char *same[][2] = {{"알트만", "Altman"}, {"올트먼", "Altman"}, {"서츠케버", "Sutskever"}, {"수츠케버", "Sutskever"}};
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        chr_romanize(same[i][0], strlen(same[i][0]), rom, sizeof rom);
        chr_phonetic_key(rom, k1, sizeof k1);
        chr_phonetic_key(same[i][1], k2, sizeof k2);
        if (strcmp(k1, k2) != 0) fail_msg("%s (%s) vs %s (%s)", same[i][0], k1, same[i][1], k2);
    }
    chr_phonetic_key("Altman", k1, sizeof k1);
    chr_phonetic_key("Nadella", k2, sizeof k2);
    assert_string_not_equal(k1, k2);
}

static void bracket_original_becomes_the_name(void **state)
{
    (void)state;
    chr_corpus *c = test_run("오픈AI 샘 알트만(Sam Altman) CEO가 복귀했다. 알트만은 기쁘다고 밝혔다.", "2023-11-30");
    const chr_entity *e = test_entity(c, "Sam Altman");
    assert_non_null(e);
    assert_int_equal(e->type, CHR_ENT_PERSON);
    assert_true(chr_strvec_find(&e->aliases, "샘 알트만") >= 0);
    assert_true(chr_strvec_find(&e->aliases, "알트만") >= 0);
    assert_true(chr_strvec_find(&e->aliases, "알트만은") < 0);
    assert_true(chr_strvec_find(&e->titles, "CEO") >= 0);
    assert_non_null(test_entity(c, "OpenAI"));
    chr_corpus_free(c);
}

/* A bank's head with the bank's name glued to the title. */
static void bank_head_with_glued_title(void **state)
{
    (void)state;
    chr_corpus *c = test_run("징계를 받은 윤서경 가람은행장이 결국 자리에서 물러났다.", "2025-03-14");
    const chr_entity *e = test_entity(c, "윤서경");
    assert_non_null(e);
    assert_int_equal(e->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
}

/* Names the suffix lists only as a phrase: a carrier's trade and "Line"
 * ("Holtveld Container Line"), a tribunal named by its field, and a
 * cooperative's head by the company-title rule ("김태원 풀빛농협 조합장"). */
/* A common given name before a capitalised surname is a person by its
 * shape; a company or place going on with a further capitalised word is
 * not; a country standing alone is no surname. */
static void given_names_make_people(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Patricia Venn runs the bank. A dealer on its desk, Gareth Pembury, had moved the money. "
                             "Howard Hughes Medical Institute and Simon Property Group declined to comment. Oh Mi-ran "
                             "now runs Korea's third-largest dairy cooperative, which supplies Corriedale Coffee Korea.",
                             "2026-03-10");
    const chr_entity *venn = test_entity(c, "Patricia Venn");
    assert_non_null(venn);
    assert_int_equal(venn->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "Gareth Pembury"));
    const chr_entity *institute = test_entity(c, "Howard Hughes");
    assert_true(institute == NULL || institute->type != CHR_ENT_PERSON);
    const chr_entity *simon = test_entity(c, "Simon Property");
    assert_true(simon == NULL || simon->type != CHR_ENT_PERSON);
    const chr_entity *korea = test_entity(c, "Korea");
    assert_true(korea == NULL || korea->type != CHR_ENT_PERSON);
    chr_corpus_free(c);
}

static void carriers_tribunals_and_cooperative_heads(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Holtveld Container Line said the Korea Maritime Safety Tribunal had opened an "
                             "inquiry. The Bottom Line is a column.",
                             "2026-09-10");
    const chr_entity *line = test_entity(c, "Holtveld Container Line");
    assert_non_null(line);
    assert_int_equal(line->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "Korea Maritime Safety Tribunal"));
    assert_null(test_entity(c, "The Bottom Line"));
    chr_corpus_free(c);
    c = test_run("김태원 풀빛농협 조합장이 사의를 밝혔다.", "2026-03-30");
    const chr_entity *head = test_entity(c, "김태원");
    assert_non_null(head);
    assert_int_equal(head->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
}

/* People named by a title the cue lists do not hold as one word: a senior
 * deputy's ("수석부행장"), a former official's with one body between
 * ("전 금융위원회 상임위원"), and a broadcast script's speaker under a bare
 * "<인터뷰>" label. */
static void korean_people_by_senior_titles_and_speaker_lines(void **state)
{
    (void)state;
    chr_corpus *c = test_run("노을은행은 도하민 수석부행장을 행장 직무대행으로 정했다. 임추위는 변세아 전 "
                             "금융위원회 상임위원을 단독 후보로 올렸다.\n<인터뷰> 염지석 / 노을은행 노조위원장\n"
                             "\"끝까지 막겠습니다.\"\n",
                             "2026-04-10");
    const char *names[] = {"도하민", "변세아", "염지석"};
    for (size_t i = 0; i < 3; i++) {
        const chr_entity *e = test_entity(c, names[i]);
        assert_non_null(e);
        assert_int_equal(e->type, CHR_ENT_PERSON);
    }
    chr_corpus_free(c);
    /* (a site's head named by the site, with digits in it) */
    c = test_run("검찰은 탁은규 새봄 제3정수장 소장을 불러 조사했다.", "2026-04-10");
    const chr_entity *site_head = test_entity(c, "탁은규");
    assert_non_null(site_head);
    assert_int_equal(site_head->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
}

static void hangul_latin_compound_is_an_organisation(void **state)
{
    (void)state;
    chr_corpus *c = test_run("노바AI는 투자를 받았다. 한빛바이오가 인수했다.", "2023-11-30");
    const chr_entity *e = test_entity(c, "노바AI");
    assert_non_null(e);
    assert_int_equal(e->type, CHR_ENT_ORG);
    e = test_entity(c, "한빛바이오");
    assert_non_null(e);
    assert_int_equal(e->type, CHR_ENT_ORG);
    chr_corpus_free(c);
}

/* Every form in 'forms' names an entity of type 'type'. */
static void assert_entities_typed(const chr_corpus *c, const char *const *forms, size_t n, chr_entity_type type)
{
    for (size_t i = 0; i < n; i++) {
        const chr_entity *e = test_entity(c, forms[i]);
        assert_non_null(e);
        assert_int_equal(e->type, type);
    }
}

/* Companies by what their kind says they are, by their founding year, by a
 * glued suffix of civic groups and drugmakers; a speaker label with its
 * quote on the same line; common nouns after a loanword are no name; a
 * company led by someone, one someone is a partner at, one by an industry
 * word and a country unit are organisations (English). */
static void companies_by_kind_founding_and_suffix(void **state)
{
    (void)state;
    chr_corpus *c = test_run("국내 대형 제대혈 은행인 연봄셀뱅크에 보관된 제대혈이 변질됐다. 2009년 설립된 누리셀은 업계 3위다. "
                             "케이지프리연대는 성명을 냈다. 주주들은 다온테라퓨틱스를 상대로 소송을 냈다. "
                             "시공사인 독일계 건설사 노르텐바우가 공사를 맡았다. 경찰은 탱크 관리 기록을 확보했다. "
                             "탱크 관리 기록이 문제다.\n[도재현 / 연봄셀뱅크 대표 (사과문 중): \"머리 숙여 사죄드립니다.\"]",
                             "2026-03-12");
    const char *orgs[] = {"연봄셀뱅크", "누리셀", "케이지프리연대", "다온테라퓨틱스"};
    assert_entities_typed(c, orgs, sizeof orgs / sizeof *orgs, CHR_ENT_ORG);
    assert_null(test_entity(c, "독일계"));
    assert_null(test_entity(c, "탱크 관리"));
    const chr_entity *speaker = test_entity(c, "도재현");
    assert_non_null(speaker);
    assert_int_equal(speaker->type, CHR_ENT_PERSON);
    chr_corpus_free(c);

    c = test_run("Han Seo-yoon took the helm of Brivane Korea on April 1. Lumera Japan opened a store. South Korea "
                 "cheered. \"No,\" said Kwak Ji-seon, a partner at Danha Law, which represents them. Kodaru buys yarn "
                 "from Sanvira Fibres. 선사는 태솔승강기와 길샘트래블을 상대로 소송을 냈다.",
                 "2026-05-26");
    const char *more[] = {"Danha Law", "Sanvira Fibres", "태솔승강기", "길샘트래블"};
    assert_entities_typed(c, more, sizeof more / sizeof *more, CHR_ENT_ORG);
    const chr_entity *unit = test_entity(c, "Brivane Korea");
    assert_non_null(unit);
    assert_int_equal(unit->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "Lumera Japan"));
    assert_null(test_entity(c, "South Korea"));
    chr_corpus_free(c);
}

/* Korean people by compound and glued titles, by a company of two words
 * before the title, and by a common given name written in Hangul; an
 * English given name before a newspaper's name is no person. */
static void people_by_compound_titles_and_hangul_given_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("오세린 코다루스포츠 최고지속가능책임자가 어제 사표를 제출했다. 정규철 협의회장은 말했다. "
                             "법원은 오미란 대의원이 낸 신청을 받아들였다. 이사회는 오재훈 상임이사를 직무대행으로 세웠다. "
                             "정하린 라크스퍼 한국 대표는 말했다. 마커스 틸러는 웃었다. 프리야 난다 씨가 왔다. "
                             "기술 조직을 이끌던 최고기술책임자(CTO)까지 물러났다. 폴 카드를 뽑았다.",
                             "2026-03-12");
    const char *people[] = {"오세린", "정규철", "오미란", "오재훈", "정하린", "마커스 틸러", "프리야 난다"};
    assert_entities_typed(c, people, sizeof people / sizeof *people, CHR_ENT_PERSON);
    assert_null(test_entity(c, "이끌던"));
    assert_null(test_entity(c, "폴 카드"));
    chr_corpus_free(c);

    c = test_run("The company was founded in 2022 by Marisa Quellen and Tobias Ferrand. The Charlotte Ledger "
                 "reported the sale.",
                 "2026-06-12");
    assert_non_null(test_entity(c, "Marisa Quellen"));
    assert_non_null(test_entity(c, "Tobias Ferrand"));
    const chr_entity *paper = test_entity(c, "Charlotte Ledger");
    assert_true(paper == NULL || paper->type != CHR_ENT_PERSON);
    chr_corpus_free(c);
}

/* Session 52: a title word before a name is no part of it; an editor is a
 * title; a size word is no company; an industry before a kind is no name;
 * a foreign name before its company and title is the name alone when the
 * company is given with its original elsewhere; a federation is a company. */
static void titles_before_names_federations_and_companies_given_in_latin(void **state)
{
    (void)state;
    chr_corpus *c = test_run("그림책 작가 류하린 씨가 글을 올렸다. 솔방울북스 정다온 편집장은 어제 물러났다. "
                             "페라모스는 1998년 설립된 중견 선사다. 렌터카 그룹 태온모빌리티가 카로빗을 인수한다. "
                             "태온 측 인사인 박도윤 부사장이 취임한다. 전국중고차딜러연합은 성명을 냈다.",
                             "2026-04-03");
    const char *people[] = {"류하린", "정다온", "박도윤"};
    assert_entities_typed(c, people, sizeof people / sizeof *people, CHR_ENT_PERSON);
    const char *orgs[] = {"태온모빌리티", "전국중고차딜러연합"};
    assert_entities_typed(c, orgs, sizeof orgs / sizeof *orgs, CHR_ENT_ORG);
    assert_null(test_entity(c, "작가 류하린"));
    assert_null(test_entity(c, "중견"));
    assert_null(test_entity(c, "렌터카 그룹"));
    assert_null(test_entity(c, "인사인"));
    chr_corpus_free(c);

    c = test_run("광포중공업은 페라모스 내비게이션(Peramos Navigation)과 계약을 맺었다.\n\n"
                 "엘레니 마크리두 페라모스 최고경영자(CEO)는 신뢰는 변함이 없다고 말했다.",
                 "2026-06-29");
    const char *ceo[] = {"엘레니 마크리두"}, *owner[] = {"Peramos Navigation"};
    assert_entities_typed(c, ceo, 1, CHR_ENT_PERSON);
    assert_entities_typed(c, owner, 1, CHR_ENT_ORG);
    assert_null(test_entity(c, "마크리두 페라모스"));
    chr_corpus_free(c);

    /* (a bracket that the text ends on opens no original) */
    c = test_run("엘레니 마크리두 페라모스 최고경영자가 말했다. 페라모스 (", "2026-06-29");
    assert_null(test_entity(c, "엘레니 마크리두"));
    chr_corpus_free(c);
}

static void korean_name_with_title(void **state)
{
    (void)state;
    chr_corpus *c = test_run("김서연 대표는 사임했다. 이사회는 박지훈 부사장을 선임했다.", "2023-11-30");
    assert_non_null(test_entity(c, "김서연"));
    assert_non_null(test_entity(c, "박지훈"));
    assert_null(test_entity(c, "김서연 대표"));
    chr_corpus_free(c);
}

static void spellings_link_across_documents(void **state)
{
    (void)state;
    chr_error err;
    chr_read_options opts = {0};
    chr_parse_dct("2023-11-22", &opts.dct);
    chr_corpus *c = chr_corpus_new();
    const char *a = "샘 알트만(Sam Altman) CEO가 복귀했다.";
    const char *b = "샘 올트먼 CEO가 복귀했다고 밝혔다. 올트먼은 웃었다.";
    assert_int_equal(chr_engine_add_bytes(test_engine, c, "a", a, strlen(a), &opts, &err), CHR_OK);
    assert_int_equal(chr_engine_add_bytes(test_engine, c, "b", b, strlen(b), &opts, &err), CHR_OK);
    assert_int_equal(chr_engine_run(test_engine, c, NULL, &err), CHR_OK);
    const chr_entity *e = test_entity(c, "Sam Altman");
    assert_non_null(e);
    assert_true(chr_strvec_find(&e->aliases, "샘 올트먼") >= 0);
    chr_corpus_free(c);
}

static void different_people_stay_apart(void **state)
{
    (void)state;
    chr_corpus *c = test_run("마르코 벨리니 CEO와 사티아 나델라 CEO가 만났다.", "2023-11-30");
    const chr_entity *a = test_entity(c, "마르코 벨리니"), *b = test_entity(c, "사티아 나델라");
    assert_non_null(a);
    assert_non_null(b);
    assert_ptr_not_equal(a, b);
    chr_corpus_free(c);
}

static void english_people_and_companies(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Nova Robotics Inc. fired Chief Executive Dana Whitfield on Monday. Whitfield said she was surprised. OpenAI's board met.", "2024-03-06");
    const chr_entity *p = test_entity(c, "Dana Whitfield");
    assert_non_null(p);
    assert_true(chr_strvec_find(&p->aliases, "Whitfield") >= 0);
    assert_non_null(test_entity(c, "OpenAI"));
    assert_null(test_entity(c, "Monday"));
    chr_corpus_free(c);
}

static void compound_particles_and_names_ending_like_particles(void **state)
{
    (void)state;
    const chr_rules *r = chr_engine_rules(test_engine);
    const char *cases[][2] = {
        {"오픈AI와의", "오픈AI"}, {"알트만과의", "알트만"}, {"서츠케버라는", "서츠케버"},
        {"알트만이라는", "알트만"}, {"하트먼으로서", "하트먼"}, {"알트만께서", "알트만"},
        {"나델라", "나델라"}, /* 라 is not a particle: 라는/라고 are */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = chr_entity_strip_josa(r, cases[i][0], strlen(cases[i][0]), 2);
        if (n != strlen(cases[i][1]) || strncmp(cases[i][0], cases[i][1], n) != 0)
            fail_msg("%s: expected %s, got %.*s", cases[i][0], cases[i][1], (int)n, cases[i][0]);
    }
}

/* A Korean name whose last syllable looks like a particle keeps it when a
 * title follows ("김수로 씨" is not 김수), and "김 대표" is 김서연. */
static void korean_names_keep_their_last_syllable(void **state)
{
    (void)state;
    chr_corpus *c = test_run("박수로 씨가 출연했다. 김서연 대표는 사임했다. 김 대표는 웃었다.", "2023-11-30");
    assert_non_null(test_entity(c, "박수로"));
    assert_null(test_entity(c, "박수"));
    const chr_entity *e = test_entity(c, "김서연");
    assert_non_null(e);
    assert_true(chr_strvec_find(&e->aliases, "김") >= 0);
    assert_ptr_equal(test_entity(c, "김"), e);
    chr_corpus_free(c);
}

static void keys_link_both_ways_and_keep_others_apart(void **state)
{
    (void)state;
    char rom[128], k1[64], k2[64];
    const char *same[][2] = {{"Altman", "올트먼"}, {"Sutskever", "서츠케버"}, {"하트먼", "하트만"}};
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        chr_romanize(same[i][0], strlen(same[i][0]), rom, sizeof rom);
        chr_phonetic_key(rom, k1, sizeof k1);
        chr_romanize(same[i][1], strlen(same[i][1]), rom, sizeof rom);
        chr_phonetic_key(rom, k2, sizeof k2);
        if (strcmp(k1, k2) != 0) fail_msg("%s (%s) vs %s (%s)", same[i][0], k1, same[i][1], k2);
    }
    const char *apart[][2] = {{"Sam Altman", "Daniel Hartmann"}, {"나델라", "Sutskever"}, {"Fischer", "Marquez"}};
    for (size_t i = 0; i < sizeof apart / sizeof apart[0]; i++) {
        chr_romanize(apart[i][0], strlen(apart[i][0]), rom, sizeof rom);
        chr_phonetic_key(rom, k1, sizeof k1);
        chr_romanize(apart[i][1], strlen(apart[i][1]), rom, sizeof rom);
        chr_phonetic_key(rom, k2, sizeof k2);
        if (strcmp(k1, k2) == 0) fail_msg("%s and %s must not share a key (%s)", apart[i][0], apart[i][1], k1);
    }
}

/* Latin first, Hangul second: the Latin form stays the canonical name. */
static void latin_document_first_links_hangul_spelling(void **state)
{
    (void)state;
    chr_error err;
    chr_read_options opts = {0};
    chr_parse_dct("2024-10-15", &opts.dct);
    chr_corpus *c = chr_corpus_new();
    const char *a = "Lumera Labs said chief executive Daniel Hartmann would return. Hartmann said he was glad.";
    const char *b = "공동 창업자 다니엘 하트만(Daniel Hartmann) CEO가 복귀했다. 하트만은 웃었다.";
    const char *d = "대니얼 하트먼 CEO가 복귀했다. 하트먼은 웃었다. 폴 아데예미 이사가 말했다.";
    assert_int_equal(chr_engine_add_bytes(test_engine, c, "a", a, strlen(a), &opts, &err), CHR_OK);
    assert_int_equal(chr_engine_add_bytes(test_engine, c, "b", b, strlen(b), &opts, &err), CHR_OK);
    assert_int_equal(chr_engine_add_bytes(test_engine, c, "d", d, strlen(d), &opts, &err), CHR_OK);
    assert_int_equal(chr_engine_run(test_engine, c, NULL, &err), CHR_OK);
    const chr_entity *e = test_entity(c, "Daniel Hartmann");
    assert_non_null(e);
    assert_true(chr_strvec_find(&e->aliases, "다니엘 하트만") >= 0);
    assert_true(chr_strvec_find(&e->aliases, "대니얼 하트먼") >= 0);
    assert_true(chr_strvec_find(&e->aliases, "하트먼") >= 0);
    assert_ptr_equal(test_entity(c, "대니얼 하트먼"), e); /* one edit apart: ltmn / tmn */
    assert_non_null(test_entity(c, "폴 아데예미"));
    assert_ptr_not_equal(test_entity(c, "폴 아데예미"), e);
    chr_corpus_free(c);
}

static void places_and_clauses_are_not_people(void **state)
{
    (void)state;
    chr_corpus *c = test_run("스페인 마드리드 대통령궁에서 프랑스 대통령이 말했다. 경찰에 따르면 유 씨는 귀가했다.", "2023-11-30");
    assert_null(test_entity(c, "스페인 마드리드"));
    assert_null(test_entity(c, "프랑스"));
    assert_null(test_entity(c, "따르면"));
    assert_non_null(test_entity(c, "유"));
    chr_corpus_free(c);
}

/* Particles inside English names, a possessive before the title, "Inc."
 * keeps its dot, a bare board belongs to the article's company. */
static void english_particles_possessives_and_boards(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Quorra Labs Inc. named co-founder Pieter van der Berg chief executive on Monday. "
                             "Van der Berg said the board agreed. \"We will build,\" said Lena Okafor, the company's "
                             "chief scientist. Mr. D'Angelo declined to comment.", "2024-03-06");
    const chr_entity *p = test_entity(c, "Pieter van der Berg");
    assert_non_null(p);
    assert_ptr_equal(test_entity(c, "Van der Berg"), p);
    assert_null(test_entity(c, "der"));
    assert_non_null(test_entity(c, "Lena Okafor"));
    assert_non_null(test_entity(c, "D'Angelo"));
    assert_non_null(test_entity(c, "Quorra Labs Inc."));
    assert_non_null(test_entity(c, "Quorra Labs Inc. board"));
    assert_null(test_entity(c, "Monday"));
    chr_corpus_free(c);
}

static chr_corpus *run_two(const char *a, const char *b)
{
    chr_error err;
    chr_read_options opts = {0};
    chr_parse_dct("2024-07-02", &opts.dct);
    chr_corpus *c = chr_corpus_new();
    assert_int_equal(chr_engine_add_bytes(test_engine, c, "a", a, strlen(a), &opts, &err), CHR_OK);
    assert_int_equal(chr_engine_add_bytes(test_engine, c, "b", b, strlen(b), &opts, &err), CHR_OK);
    assert_int_equal(chr_engine_run(test_engine, c, NULL, &err), CHR_OK);
    return c;
}

/* Hangul first, Latin second: companies and people meet across languages
 * (an English r before a consonant is silent in Hangul: Northbridge). */
static void hangul_document_first_links_latin_spelling(void **state)
{
    (void)state;
    chr_corpus *c = run_two("노스브리지 파트너스는 제임스 오코너 최고재무책임자(CFO)를 임명했다. 오코너 CFO는 웃었다.",
                            "Northbridge Partners named chief financial officer James O'Connor on Monday.");
    const chr_entity *o = test_entity(c, "Northbridge Partners"), *p = test_entity(c, "James O'Connor");
    assert_non_null(o);
    assert_non_null(p);
    assert_ptr_equal(test_entity(c, "노스브리지 파트너스"), o);
    assert_ptr_equal(test_entity(c, "제임스 오코너"), p);
    assert_ptr_equal(test_entity(c, "오코너"), p);
    chr_corpus_free(c);
}

/* Similar keys in unrelated stories (no shared document, company or equal
 * key with a shared title) stay apart. */
static void similar_names_in_unrelated_stories_stay_apart(void **state)
{
    (void)state;
    chr_corpus *c = run_two("Quill Robotics hired Elena Rossi, who led design at a rival.",
                            "\"It was time,\" said Helen Marsh, who chairs the Harbor Ventures board.");
    const chr_entity *a = test_entity(c, "Elena Rossi"), *b = test_entity(c, "Helen Marsh");
    assert_non_null(a);
    assert_non_null(b);
    assert_ptr_not_equal(a, b);
    chr_corpus_free(c);
}

/* Transliterated names without a gloss: a one-syllable given name, a
 * company or country between name and title, the company-title-name order;
 * and the words that must not become people on the way. */
static void hangul_names_without_gloss(void **state)
{
    (void)state;
    chr_corpus *c = test_run("쫓겨난 톰 크레이머가 결국 회사를 옮긴다. 크레이머는 웃었다. 크레이머와 직원들이 떠났다.",
                             "2023-11-20");
    assert_non_null(test_entity(c, "톰 크레이머"));
    assert_null(test_entity(c, "쫓겨난 톰"));
    chr_corpus_free(c);
    /* a Korean-looking first word needs a title: "이후 코베인" is no name */
    c = test_run("이후 코베인이 성장했다. 코베인은 웃었다. 코베인과 함께 갔다.", "2023-11-20");
    assert_null(test_entity(c, "이후 코베인"));
    chr_corpus_free(c);
    c = test_run("이사회는 미라 코르티 임시 CEO 대신 트위치 공동창업자 출신인 에멧 리버스를 임명했다. 리버스는 밝혔다.",
                 "2023-11-20");
    assert_non_null(test_entity(c, "미라 코르티"));
    assert_non_null(test_entity(c, "에멧 리버스"));
    const chr_entity *tw = test_entity(c, "Twitch");
    assert_non_null(tw);
    assert_int_equal(tw->type, CHR_ENT_ORG);
    assert_null(test_entity(c, "코르티"));
    chr_corpus_free(c);
    c = test_run("새 이사회는 브렛 웰러 전 세일즈포스 공동 CEO가 맡고 래리 서먼 전 미국 재무장관이 합류한다. "
                 "아티 벤카트 마이크로소프트 CEO는 환영했다. 벤카트 마이크로소프트 CEO도 웃었다.",
                 "2023-11-22");
    assert_non_null(test_entity(c, "브렛 웰러"));
    assert_non_null(test_entity(c, "래리 서먼"));
    assert_non_null(test_entity(c, "아티 벤카트"));
    assert_null(test_entity(c, "벤카트 마이크로소프트"));
    chr_corpus_free(c);
    /* "NAME X TITLE" needs X to be a company or a place */
    c = test_run("브렛 웰러 하루 CEO가 왔다.", "2023-11-22");
    assert_null(test_entity(c, "브렛 웰러"));
    chr_corpus_free(c);
}

static void verbs_and_adnominals_are_not_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("새 이사회는 이사 수를 늘리고 지배구조를 손본다. 의혹을 둘러싼 하트만 대표의 해명이 나왔다. "
                             "기존 이사 가운데 디앤젤로만 남는다.",
                             "2023-11-30");
    assert_null(test_entity(c, "늘리고"));
    assert_null(test_entity(c, "둘러싼 하트만"));
    assert_non_null(test_entity(c, "하트만"));
    assert_null(test_entity(c, "가운데 디앤젤로만"));
    assert_null(test_entity(c, "기존"));
    chr_corpus_free(c);
}

static void bare_board_belongs_to_its_explicit_owner(void **state)
{
    (void)state;
    chr_corpus *c = test_run("MS의 아티 벤카트 CEO는 주말 내내 이사회를 설득했다. MS도 이사회 자리를 얻는다. "
                             "MS는 투자했다. 오픈AI 이사회는 17일 해임했다.",
                             "2023-11-23");
    assert_non_null(test_entity(c, "OpenAI board"));
    assert_null(test_entity(c, "Microsoft board"));
    chr_corpus_free(c);
    /* without an explicit owner, a company's own board stays its own */
    c = test_run("마이크로소프트 이사회는 승인했다.", "2023-11-23");
    assert_non_null(test_entity(c, "Microsoft board"));
    chr_corpus_free(c);
}

/* English names with no cue in their sentence: a two-word name whose
 * surname stands alone elsewhere; a title at a sentence start is dropped;
 * an appositive after a title. Places, organisations and sentence starts
 * stay out. */
/* A company told by the appositive after it ("X, a U.S. firm"), not a
 * month or a word that opens a sentence; common Korean nouns after a
 * title are no names */
static void companies_by_appositive(void **state)
{
    (void)state;
    chr_corpus *c = test_run("The bank signed a deal with Tessel Cyber, a U.S. firm. Halden Home Supply, the 40-year-old "
                             "hardware chain, closed stores. In March, the company, which makes tools, cut jobs.",
                             "2026-05-01");
    assert_non_null(test_entity(c, "Tessel Cyber"));
    assert_non_null(test_entity(c, "Halden Home Supply"));
    assert_null(test_entity(c, "March"));
    chr_corpus_free(c);
    c = test_run("펀드는 사외이사 한 자리를 요구했지만 회사는 이사 선임 문제는 논의한 바 없다고 했다. 한 증권사 연구원은 "
                 "긍정적이라고 말했다.",
                 "2026-05-01");
    assert_null(test_entity(c, "자리"));
    assert_null(test_entity(c, "문제"));
    assert_null(test_entity(c, "연구원"));
    chr_corpus_free(c);
    /* company words: 마트, 신용평가 (not 대형마트); Maritime */
    c = test_run("업계 3위 새봄마트가 회생을 신청했다. 대형마트 업계는 긴장했다. 가온신용평가는 등급을 내렸다. "
                 "The order came from the Greek owner Aegean Star Maritime.",
                 "2026-05-01");
    assert_non_null(test_entity(c, "새봄마트"));
    assert_null(test_entity(c, "대형마트"));
    assert_non_null(test_entity(c, "가온신용평가"));
    assert_non_null(test_entity(c, "Aegean Star Maritime"));
    chr_corpus_free(c);
}

static void english_names_without_cue(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Altman said Mira Koval would return as chief technology officer. The board had named "
                             "Koval interim CEO on Friday.\n\nCo-founder Dana Pell, who quit, came back. "
                             "The new board's chair, Bret Wolcott, said the review would start. Wolcott declined "
                             "to comment.\n\nThe board named former Twitch chief Emmett Rowe as interim CEO.",
                             "2023-11-30");
    assert_non_null(test_entity(c, "Mira Koval"));
    assert_non_null(test_entity(c, "Dana Pell"));
    assert_null(test_entity(c, "Co-founder Dana Pell"));
    assert_non_null(test_entity(c, "Bret Wolcott"));
    assert_non_null(test_entity(c, "Emmett Rowe"));
    chr_corpus_free(c);
    /* a place whose last word never stands alone, a company, a sentence start */
    c = test_run("Investors in Silicon Valley cheered. Analysts in Silicon Valley agreed. The fund backed Harbor "
                 "Capital again. Capital flowed in. Tarn Koval left. Koval was gone. They met on Friday at "
                 "Union Square. Square deals followed. Shares rose at Goldman Sachs. Sachs said no.",
                 "2023-11-30");
    assert_null(test_entity(c, "Silicon Valley"));
    assert_null(test_entity(c, "Union Square"));
    /* (a given name of the word class given_name_en would make one: not "Tarn") */
    assert_null(test_entity(c, "Tarn Koval"));
    const chr_entity *hc = test_entity(c, "Harbor Capital");
    if (hc) assert_int_equal(hc->type, CHR_ENT_ORG);
    const chr_entity *gs = test_entity(c, "Goldman Sachs");
    assert_non_null(gs);
    assert_int_equal(gs->type, CHR_ENT_ORG);
    chr_corpus_free(c);
}

static void hangul_title_connectors(void **state)
{
    (void)state;
    chr_corpus *c = test_run("임시 CEO에 오른 에밋 리버스는 이날 조사를 약속했다. 새 이사회 의장은 브렛 웰러가 맡는다.",
                             "2023-11-21");
    assert_non_null(test_entity(c, "에밋 리버스"));
    assert_non_null(test_entity(c, "브렛 웰러"));
    chr_corpus_free(c);
    /* after a title, a second word that ends in a consonant and does not
     * recur is no part of the name */
    c = test_run("이사회는 CEO 알트만 추방을 결정했다.", "2023-11-21");
    assert_null(test_entity(c, "알트만 추방"));
    chr_corpus_free(c);
    /* after "TITLE은/는" only a full two-word name: a topic is no apposition */
    c = test_run("치프라스 총리는 반대 승리가 확실해지자 떠났다. 에르칸 총리는 알바니아 공식 방문을 미뤘다.", "2023-11-21");
    assert_null(test_entity(c, "승리"));
    assert_null(test_entity(c, "반대 승리"));
    assert_null(test_entity(c, "알바니아"));
    chr_corpus_free(c);
    /* a Korean name before a company and a title is no given name */
    c = test_run("류원기 영남제분 회장은 고소했다.", "2023-11-21");
    assert_null(test_entity(c, "류원기 영남제분"));
    chr_corpus_free(c);
}

static void headline_name_hints_the_body_without_a_mention(void **state)
{
    (void)state;
    /* the headline gives the full name; the body uses the surname alone */
    chr_corpus *c = test_run("매체\n\n바실 코르넬 복귀 가능성 다시 부상\n\n코르넬은 말했다. 코르넬이 떠났다. 이사회는 코르넬을 해임했다.\n",
                             "2023-11-21");
    const chr_entity *e = test_entity(c, "코르넬");
    assert_non_null(e);
    assert_int_equal(e->type, CHR_ENT_PERSON);
    /* no mention in the headline itself */
    for (size_t i = 0; i < e->mentions.len; i++) {
        const chr_entity_mention *m = &c->entity_mentions.items[e->mentions.items[i]];
        assert_int_equal(c->docs.items[0]->sentences.items[m->sentence].zone, CHR_ZONE_BODY);
    }
    chr_corpus_free(c);
    /* a surname used once in the body is not enough */
    c = test_run("매체\n\n바실 코르넬 복귀 가능성 다시 부상\n\n회사는 코르넬을 언급했다.\n", "2023-11-21");
    assert_null(test_entity(c, "코르넬"));
    chr_corpus_free(c);
}

/* The gates of the rule files (prefilters) change no mention: every cue
 * finds the same names with its gate as without, over every sample, the
 * shared seeds and KLUE sentences when present, and a few hard strings.
 * Nor does running the cues over batches of documents (the gated run goes
 * 7 documents at a time, the open one a document at a time). */
static void mentions_of(const chr_entity_extractor *ex, chr_corpus *c)
{
    chr_error err;
    chr_error_clear(&err);
    for (size_t d = 0; d < c->docs.len; d++) assert_int_equal(chr_entity_extract(ex, c, (int)d, &err), CHR_OK);
}

/* The same, 'size' documents at a time through chr_entity_extract_batch
 * (cue by cue over each batch), as the engine runs it. */
static void mentions_in_batches(const chr_entity_extractor *ex, chr_corpus *c, size_t size)
{
    chr_error err;
    chr_error_clear(&err);
    for (size_t d = 0; d < c->docs.len; d += size) {
        size_t end = d + size < c->docs.len ? d + size : c->docs.len;
        assert_int_equal(chr_entity_extract_batch(ex, c, (int)d, (int)end, &err), CHR_OK);
    }
}

static int same_mention(const chr_entity_mention *a, const chr_entity_mention *b)
{
    return a->doc == b->doc && a->start == b->start && a->end == b->end && a->type == b->type &&
           (a->latin == NULL) == (b->latin == NULL) && (!a->latin || strcmp(a->latin, b->latin) == 0) &&
           (a->title == NULL) == (b->title == NULL) && (!a->title || strcmp(a->title, b->title) == 0);
}


/* The same bytes into two corpora (gated and open runs compared). */
struct both_corpora {
    chr_corpus *c1, *c2;
    const chr_read_options *opts;
};

static void add_to_both(const char *text, size_t len, void *ctx)
{
    struct both_corpora *b = ctx;
    chr_error err;
    assert_int_equal(chr_engine_add_bytes(test_engine, b->c1, "klue", text, len, b->opts, &err), CHR_OK);
    assert_int_equal(chr_engine_add_bytes(test_engine, b->c2, "klue", text, len, b->opts, &err), CHR_OK);
}

static void gates_change_no_mention(void **state)
{
    (void)state;
    const chr_rules *rules = chr_engine_rules(test_engine);
    chr_error err;
    chr_error_clear(&err);
    chr_entity_extractor *gated = chr_entity_new(rules, NULL, &err);
    chr_entity_extractor *open = chr_entity_new(rules, NULL, &err);
    assert_non_null(gated);
    assert_non_null(open);
    chr_entity_set_gates(open, 0);
    chr_corpus *c1 = chr_corpus_new(), *c2 = chr_corpus_new();
    chr_read_options opts = {0};
    const char *globs[] = {"samples/*.txt", "samples/*/*.txt", "../shared/seeds/*.txt", "tests/golden/inputs/*.txt"};
    size_t files = 0;
    for (size_t g = 0; g < sizeof globs / sizeof globs[0]; g++) {
        glob_t gl;
        if (glob(globs[g], 0, NULL, &gl) != 0) continue;
        for (size_t i = 0; i < gl.gl_pathc; i++) {
            if (chr_engine_add_file(test_engine, c1, gl.gl_pathv[i], &opts, &err) != CHR_OK) continue;
            assert_int_equal(chr_engine_add_file(test_engine, c2, gl.gl_pathv[i], &opts, &err), CHR_OK);
            files++;
        }
        globfree(&gl);
    }
    assert_true(files >= 10); /* run from the source tree */
    /* KLUE NER sentences, 50 to a document, when the shared data is there */
    struct both_corpora both = {c1, c2, &opts};
    test_each_klue_block(add_to_both, &both);
    const char *hard[] = {
        "김서연 대표는 말했다. 남궁민수  회장이 왔다. 이사회 의장 브렛 테일러가 밝혔다. 박씨와 김모(33)씨, 허병익(59·구속)이 있다.",
        "샘 알트만(Sam Altman) CEO가 오픈AI로 돌아왔다.\u3000CEO\u3000마르코 벨리니, 노바AI와 LG전자, 루메라 랩스는 알더게이트 캐피탈은",
        "xCEO 알트만 (((((( 대표대표대표 씨씨씨 김 김 김 대표 Chief Executive Sam Altman, the chief executive, said.",
    };
    for (size_t i = 0; i < sizeof hard / sizeof hard[0]; i++) {
        assert_int_equal(chr_engine_add_bytes(test_engine, c1, "hard", hard[i], strlen(hard[i]), &opts, &err), CHR_OK);
        assert_int_equal(chr_engine_add_bytes(test_engine, c2, "hard", hard[i], strlen(hard[i]), &opts, &err), CHR_OK);
    }
    mentions_in_batches(gated, c1, 7);
    mentions_of(open, c2);
    assert_true(c1->entity_mentions.len > 100);
    for (size_t i = 0; i < c1->entity_mentions.len && i < c2->entity_mentions.len; i++) {
        const chr_entity_mention *a = &c1->entity_mentions.items[i], *b = &c2->entity_mentions.items[i];
        if (!same_mention(a, b))
            fail_msg("gated cues in batches and ungated cues one document at a time differ at mention %zu: %.*s vs %.*s (document %d)", i,
                     (int)(a->end - a->start), c1->docs.items[a->doc]->text + a->start, (int)(b->end - b->start),
                     c2->docs.items[b->doc]->text + b->start, a->doc);
    }
    assert_int_equal(c1->entity_mentions.len, c2->entity_mentions.len);
    chr_corpus_free(c1);
    chr_corpus_free(c2);
    chr_entity_free(gated);
    chr_entity_free(open);
}

/* A cue with two gates runs only where both allow a match, and finds what
 * it finds without them; more than three gates is an error naming the
 * record. */
static void cues_with_two_gates(void **state)
{
    (void)state;
    chr_error err;
    chr_error_clear(&err);
    const char text[] = "word\ttitle\t대표\nword\tloan_syllable\t트\nword\tloan_syllable\t스\n"
                        "entity\tperson\t(?<![가-힣])(?<name>[가-힣]{1,5}\\h[가-힣]{2,8})\\h(?<title>{word:title})\t"
                        "foreign\tgate:13:^{word:title}\tgate:13:{word:loan_syllable}\n";
    chr_rules *r = chr_rules_load_text("two.rules", "ko", text, sizeof text - 1, &err);
    assert_non_null(r);
    chr_entity_extractor *gated = chr_entity_new(r, NULL, &err);
    chr_entity_extractor *open = chr_entity_new(r, NULL, &err);
    assert_non_null(gated);
    assert_non_null(open);
    chr_entity_set_gates(open, 0);
    /* the loan syllable near the title, far before it, and missing */
    const char *doc = "매체\n\n제목\n\n지난해 마크 로버트 대표가 말했다. 트위터 얘기를 한참 하던 김철수 민수 대표가 "
                      "왔다. 박영희 정민 대표는 떠났다. 스티브 잡스 대표가 돌아왔다.\n";
    chr_corpus *c[2] = {chr_corpus_new(), chr_corpus_new()};
    chr_read_options opts = {0};
    size_t before[2];
    for (int k = 0; k < 2; k++) {
        assert_int_equal(chr_engine_add_bytes(test_engine, c[k], "two", doc, strlen(doc), &opts, &err), CHR_OK);
        before[k] = c[k]->entity_mentions.len;
        assert_int_equal(chr_entity_extract(k ? open : gated, c[k], 0, &err), CHR_OK);
    }
    size_t n = c[0]->entity_mentions.len - before[0];
    assert_int_equal(n, c[1]->entity_mentions.len - before[1]);
    int robert = 0, jobs = 0;
    for (size_t i = 0; i < n; i++) {
        const chr_entity_mention *a = &c[0]->entity_mentions.items[before[0] + i];
        const chr_entity_mention *b = &c[1]->entity_mentions.items[before[1] + i];
        assert_true(same_mention(a, b));
        const char *name = c[0]->docs.items[0]->text + a->start;
        size_t len = a->end - a->start;
        if (len >= strlen("로버트") && memcmp(name + len - strlen("로버트"), "로버트", strlen("로버트")) == 0) robert = 1;
        if (len >= strlen("잡스") && memcmp(name + len - strlen("잡스"), "잡스", strlen("잡스")) == 0) jobs = 1;
        assert_false(len >= strlen("민수") && memcmp(name, "민수", strlen("민수")) == 0);
    }
    assert_true(robert);
    assert_true(jobs);
    chr_corpus_free(c[0]);
    chr_corpus_free(c[1]);
    chr_entity_free(gated);
    chr_entity_free(open);
    chr_rules_free(r);
    /* a fourth gate */
    const char four[] = "word\ttitle\t대표\n\n"
                        "entity\tperson\t(?<name>x)\tgate:a\tgate:b\tgate:c\tgate:d\n";
    r = chr_rules_load_text("four.rules", "ko", four, sizeof four - 1, &err);
    assert_non_null(r);
    chr_error_clear(&err);
    assert_null(chr_entity_new(r, NULL, &err));
    assert_int_equal(err.code, CHR_ERR_RULES);
    assert_string_equal(err.file, "four.rules");
    assert_int_equal(err.line, 3);
    assert_non_null(strstr(err.message, "at most 3 gates"));
    chr_rules_free(r);
}

/* Session 53: a one-word company told before the full name it starts is
 * that company ("Maison Brivane Seoul ... Brivane Korea"); one told after
 * two full names it starts keeps the first (text order, as before); a
 * delivery app's name after its kind is a company. */
static void short_forms_told_before_their_full_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Photo: Han Seo-yoon inside Maison Brivane Seoul on opening day.\n\nHan Seo-yoon took the "
                             "helm of Brivane Korea on April 1. Brivane Korea was set up in 2009.",
                             "2026-05-26");
    const chr_entity *brivane = test_entity(c, "Brivane Korea");
    assert_non_null(brivane);
    assert_ptr_equal(test_entity(c, "Brivane"), brivane);
    chr_corpus_free(c);
    c = test_run("배달앱 달고나의 라이더들이 파업에 들어갔다. 달고나는 입장문을 냈다. 달고나가 업계 3위 배달앱 먹자로와 "
                 "합병을 논의하고 있다.",
                 "2026-01-13");
    static const char *const orgs[] = {"달고나", "먹자로"};
    assert_entities_typed(c, orgs, sizeof orgs / sizeof *orgs, CHR_ENT_ORG);
    chr_corpus_free(c);
    /* a company after an officer's title of any kind */
    c = test_run("When Bae Ha-rin took over as chief content officer of Cutmaru on Nov. 24, the platform was in "
                 "crisis.",
                 "2026-02-12");
    static const char *const more[] = {"Cutmaru"};
    assert_entities_typed(c, more, sizeof more / sizeof *more, CHR_ENT_ORG);
    chr_corpus_free(c);
    /* an officer's title in its inverted form */
    c = test_run("지난 9일 만난 서하린 안전최고책임자(CSO)는 말했다.", "2026-02-10");
    static const char *const people[] = {"서하린"};
    assert_entities_typed(c, people, sizeof people / sizeof *people, CHR_ENT_PERSON);
    chr_corpus_free(c);
}

/* Names first missed in the blind set (samples/blind) */
static void blind_set_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Tidewell Energy ASA signed a deal with the law firm Whitmore & Lane. Tidewell said two directors, "
                             "Ingrid Solberg and Henrik Aas, will leave. Harlow acquired rights from Osprey Biologics.",
                             "2025-11-20");
    const chr_entity *tidewell = test_entity(c, "Tidewell Energy ASA");
    assert_non_null(tidewell);
    assert_ptr_equal(test_entity(c, "Tidewell"), tidewell); /* the short form is the same company */
    assert_non_null(test_entity(c, "Whitmore & Lane"));
    assert_non_null(test_entity(c, "Ingrid Solberg"));
    assert_non_null(test_entity(c, "Henrik Aas"));
    assert_non_null(test_entity(c, "Osprey Biologics"));
    chr_corpus_free(c);

    c = test_run("게임사 라온게임즈가 신작을 냈다. 검사장비 전문기업 한울테크를 인수했다. 게임사 관계자는 말을 아꼈다.", "2025-09-02");
    const chr_entity *raon = test_entity(c, "라온게임즈");
    assert_non_null(raon);
    assert_int_equal(raon->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "한울테크"));
    assert_null(test_entity(c, "관계자"));
    chr_corpus_free(c);
}

/* Names from the blind set's second batch, in sentences of our own */
static void blind_set_second_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Veltrix must pay Larkspur Trading. Its controller, Mei Tanaka, will step in.", "2026-02-05");
    assert_non_null(test_entity(c, "Larkspur Trading"));
    assert_non_null(test_entity(c, "Mei Tanaka"));
    chr_corpus_free(c);

    c = test_run("배터리 제조사 천지에너지와 대한물산이 손잡았다. 배터리 제조사 천지에너지는 배터리 공장을 짓는다. 지난달 양측이 합의했다.",
                 "2025-10-15");
    const chr_entity *cheonji = test_entity(c, "천지에너지");
    assert_non_null(cheonji);
    assert_int_equal(cheonji->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "대한물산"));
    assert_null(test_entity(c, "배터리 제조사")); /* a loanword is no transliterated name */
    assert_null(test_entity(c, "지난달"));
    chr_corpus_free(c);
}

/* Names from the blind set's third batch, in sentences of our own */
static void blind_set_third_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Kestrel Aerospace hired two former engineers, Mark Delaney and Sofia Ortiz, from Kellman Brands.",
                             "2025-08-28");
    assert_non_null(test_entity(c, "Kestrel Aerospace"));
    assert_non_null(test_entity(c, "Kellman Brands"));
    assert_non_null(test_entity(c, "Mark Delaney"));
    assert_non_null(test_entity(c, "Sofia Ortiz"));
    chr_corpus_free(c);
    c = test_run("한국거래소는 11일 거래를 정지했다. 회사는 최윤아 연구소장을 새 대표로 선임했다.", "2026-03-12");
    assert_non_null(test_entity(c, "한국거래소"));
    assert_non_null(test_entity(c, "최윤아"));
    chr_corpus_free(c);
}

/* Names from the blind set's fourth batch, in sentences of our own */
static void blind_set_fourth_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Lumio Health, Inc. named a chief. Lumio Health serves patients.", "2026-04-02");
    assert_ptr_equal(test_entity(c, "Lumio Health"), test_entity(c, "Lumio Health, Inc."));
    chr_corpus_free(c);
    c = test_run("정하윤 넥스트페이 대표는 경영을 맡는다. 미래금융지주는 답하지 않았다.", "2025-06-18");
    assert_non_null(test_entity(c, "정하윤"));
    assert_non_null(test_entity(c, "미래금융지주"));
    chr_corpus_free(c);
}

/* Names from the blind set's fifth batch, in sentences of our own */
static void blind_set_fifth_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Gallant Rock Partners won seats. Gallant Rock's nominees were elected. Ferrovia Italia S.p.A. "
                             "named a chief after his predecessor, Marco Bellini, was dismissed.",
                             "2026-05-22");
    assert_ptr_equal(test_entity(c, "Gallant Rock"), test_entity(c, "Gallant Rock Partners"));
    assert_null(test_entity(c, "Rock"));
    assert_non_null(test_entity(c, "Ferrovia Italia S.p.A."));
    assert_non_null(test_entity(c, "Marco Bellini"));
    chr_corpus_free(c);
    c = test_run("플랫폼 기업 한누리의 윤서진 대표가 물러났다. 국내 기업 관계자는 말을 아꼈다.", "2025-11-06");
    assert_non_null(test_entity(c, "한누리"));
    assert_null(test_entity(c, "관계자"));
    chr_corpus_free(c);
}

/* Names from the blind set's seventh batch, in sentences of our own */
static void blind_set_seventh_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("누리캐피털은 박정민 전 현대차 부사장을 신임 대표로 선임했다.", "2025-03-05");
    assert_non_null(test_entity(c, "박정민"));
    chr_corpus_free(c);
    c = test_run("Lindqvist replaces Choi Jae-hoon, the son of founder Choi Byung-ho. Choi Jae-hoon had led the company. "
                 "Novum sold a unit to Hanul Petrochem.",
                 "2026-09-17");
    const chr_entity *jae = test_entity(c, "Choi Jae-hoon");
    assert_non_null(jae);
    assert_int_equal(jae->mentions.len, 2); /* the full name again, not "Choi" and "Jae-hoon" */
    assert_null(test_entity(c, "Choi"));
    assert_non_null(test_entity(c, "Hanul Petrochem"));
    chr_corpus_free(c);
    /* one article's two full names with one surname are two people */
    c = test_run("Harold Castellan, who founded Castellan Foods, died on Tuesday. He handed the chair to his son, "
                 "Richard Castellan, in 2015.",
                 "2026-10-08");
    assert_non_null(test_entity(c, "Harold Castellan"));
    assert_non_null(test_entity(c, "Richard Castellan"));
    assert_ptr_not_equal(test_entity(c, "Harold Castellan"), test_entity(c, "Richard Castellan"));
    chr_corpus_free(c);
}

/* Names from the blind set's eighth batch, in sentences of our own */
static void blind_set_eighth_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("신설법인 대표에는 서경민 우진산업 물류부문장(전무)이 내정됐다. 신한항공은 1955년 출발했다. "
                             "무인항공기가 추락했다. 저비용항공사 제주항공이 승무원을 뽑는다.",
                             "2025-08-14");
    assert_non_null(test_entity(c, "서경민"));
    assert_non_null(test_entity(c, "신한항공"));
    assert_null(test_entity(c, "무인항공"));
    assert_null(test_entity(c, "저비용항공"));
    chr_corpus_free(c);
}

/* Names from the blind set's ninth batch, in sentences of our own */
static void blind_set_ninth_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("The recall follows a review by the National Highway Traffic Safety Administration. Chief financial "
                             "officer Claire Donovan was named. 반도체 설계업체 제니스 마이크로(Zenith Micro)가 발표했다.",
                             "2026-04-16");
    assert_non_null(test_entity(c, "National Highway Traffic Safety Administration"));
    assert_non_null(test_entity(c, "Claire Donovan"));
    const chr_entity *zenith = test_entity(c, "Zenith Micro");
    assert_non_null(zenith);
    assert_int_equal(zenith->type, CHR_ENT_ORG);
    chr_corpus_free(c);
}

/* Names from the blind set's fourteenth batch, in sentences of our own */
static void blind_set_twentieth_batch_names(void **state)
{
    (void)state;
    /* a kind of company ending in 업체 before its name, the name seen again:
     * a company, not a two-word foreign name; a committee of such companies
     * or a worker is no company name; 페이 glued ends a company, not a word
     * ("페이지", "페이턴츠") */
    chr_corpus *c = test_run("한울은행이 보안업체 시큐라인을 사들였다. 시큐라인은 2019년 문을 열었다. 협력업체 "
                             "비상대책위원회가 집회를 열었다. 외주업체 직원인 박모씨가 다쳤다. 온결페이는 홈페이지에 "
                             "공지를 올렸다.",
                             "2025-05-22");
    const chr_entity *e = test_entity(c, "시큐라인");
    assert_non_null(e);
    assert_int_equal(e->type, CHR_ENT_ORG);
    assert_null(test_entity(c, "보안업체 시큐라인"));
    assert_null(test_entity(c, "비상대책위원회"));
    assert_null(test_entity(c, "직원인"));
    assert_non_null(test_entity(c, "온결페이"));
    assert_null(test_entity(c, "홈페이"));
    chr_corpus_free(c);
    /* a name after "…출신" is a person (웨 only in loanwords); a worker's
     * unit after a kind of company is no company */
    c = test_run("전직 장관 보좌관 출신 로웨나 파이크가 의장을 맡는다. 하청업체 소속 노동자가 숨졌다.", "2026-10-23");
    e = test_entity(c, "로웨나 파이크");
    assert_non_null(e);
    assert_int_equal(e->type, CHR_ENT_PERSON);
    assert_null(test_entity(c, "소속"));
    chr_corpus_free(c);
    /* English: a company by what only a company has; a person after a
     * title set off by commas */
    c = test_run("Velmont Steel's board of directors met on Friday. The firm suspended its chief safety officer, "
                 "Ada Brenn, pending a review.",
                 "2025-05-22");
    assert_non_null(test_entity(c, "Velmont Steel"));
    e = test_entity(c, "Ada Brenn");
    assert_non_null(e);
    assert_int_equal(e->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
}

static void korean_names_in_latin_letters(void **state)
{
    (void)state;
    /* surname first and a hyphenated given name is a person by its shape,
     * with no title or verb around it; a hyphenated word after a word that
     * is no surname is not */
    chr_corpus *c = test_run("Yoon Ha-eun left the meeting early. Later, Baek Ji-sung took the stairs. "
                             "Market Co-op stayed open.",
                             "2026-11-27");
    const chr_entity *e = test_entity(c, "Yoon Ha-eun");
    assert_non_null(e);
    assert_int_equal(e->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "Baek Ji-sung"));
    assert_null(test_entity(c, "Market Co-op"));
    chr_corpus_free(c);
}

static void names_with_chinese_characters(void **state)
{
    (void)state;
    /* a Japanese name of two words with its original in Chinese characters
     * and a title next to it, after or before; a name ending like a
     * particle keeps it before the bracket; a place with such a bracket is
     * no person */
    chr_corpus *c = test_run("이사회는 창업자 사카이 료타(坂井亮太) 사장을 해임했다. 사외이사 니시다 가즈에(西田和恵)가 물러났다. "
                             "중국 광둥성 푸저우(福州)시에서 사고가 났다.",
                             "2026-11-27");
    assert_non_null(test_entity(c, "사카이 료타"));
    assert_non_null(test_entity(c, "니시다 가즈에"));
    assert_null(test_entity(c, "광둥성 푸저우"));
    chr_corpus_free(c);
}

static void blind_set_fourteenth_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Pacific Roasters founder Elena Vargas bought it back. Former CEO Mark Doyle stays.", "2025-05-22");
    assert_non_null(test_entity(c, "Pacific Roasters"));
    assert_null(test_entity(c, "Former"));
    chr_corpus_free(c);
}

/* A head of a unit whose name is capitalised, set off by commas. */
/* unions: a federation and its branch, a union glued to its trade; not a
 * kind of union */
static void blind_set_sixtieth_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("민주노총 부산본부와 전국금융산업노조 청보은행지부는 반발했다. 조종사노조도 파업했다. "
                             "강성노조라는 비판도 나왔다.",
                             "2025-10-17");
    assert_non_null(test_entity(c, "민주노총 부산본부"));
    assert_non_null(test_entity(c, "전국금융산업노조 청보은행지부"));
    assert_non_null(test_entity(c, "조종사노조"));
    assert_null(test_entity(c, "강성노조"));
    chr_corpus_free(c);
    /* a judge's title is no part of the name */
    c = test_run("Ms Justice Orla Fennelly refused the application. Judge Amy Carter ruled on Monday.", "2025-06-20");
    assert_non_null(test_entity(c, "Orla Fennelly"));
    assert_null(test_entity(c, "Justice Orla Fennelly"));
    assert_non_null(test_entity(c, "Amy Carter"));
    chr_corpus_free(c);
}

/* Blind batch 77: a fund, a talent agency or a management company in
 * brackets is an organisation; the largest shareholder and a photo credit
 * are nobody */
static void blind_set_eightieth_batch_names(void **state)
{
    (void)state;
    /* a Hangul company name without its glued brand suffix stands for it
     * ("벨포트는", "밸류하버는"); a generic suffix leaves a common noun alone
     * ("투자은행(IB)" is no "투자") */
    chr_corpus *c = test_run("싱가포르계 펀드 벨포트캐피털(Belport Capital)이 지분을 샀다. 벨포트는 지난달 서한을 보냈다. "
                             "사모펀드 밸류하버파트너스가 공개매수에 나섰다. 밸류하버는 가처분을 신청했다. "
                             "투자은행(IB) 업계는 투자 위축을 우려했다.",
                             "2025-11-20");
    const chr_entity *fund = test_entity(c, "Belport Capital");
    assert_non_null(fund);
    assert_true(chr_strvec_find(&fund->aliases, "벨포트") >= 0);
    const chr_entity *pe = test_entity(c, "밸류하버파트너스");
    assert_non_null(pe);
    assert_true(chr_strvec_find(&pe->aliases, "밸류하버") >= 0);
    const chr_entity *bank = test_entity(c, "IB");
    if (bank) assert_true(chr_strvec_find(&bank->aliases, "투자") < 0);
    chr_corpus_free(c);
    /* no name starts with a word ending in a particle, even when the
     * headline names the person ("자리에는 한지수"); Assurance ends a
     * company's name */
    c = test_run("이사회, 한지수 CFO에 지휘봉\n후임 대표 자리에는 한지수 최고재무책임자(CFO)가 앉았다. Pennyfold "
                 "Assurance named a new chief.",
                 "2025-06-19");
    assert_non_null(test_entity(c, "한지수"));
    assert_null(test_entity(c, "자리에는 한지수"));
    const chr_entity *insurer = test_entity(c, "Pennyfold Assurance");
    assert_non_null(insurer);
    assert_int_equal(insurer->type, CHR_ENT_ORG);
    chr_corpus_free(c);
}

static void blind_set_seventy_seventh_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("캐나다 연기금 노스브리지 연금기금(Northbridge Pension Fund)이 지분을 샀다. 가수들은 "
                             "퀼미어 아티스츠(Quillmere Artists)와 계약했다. 최대주주와의 분쟁이 이어졌다. "
                             "사진=퀼미어 제공",
                             "2024-10-03");
    const chr_entity *fund = test_entity(c, "Northbridge Pension Fund");
    assert_non_null(fund);
    assert_int_equal(fund->type, CHR_ENT_ORG);
    const chr_entity *agency = test_entity(c, "Quillmere Artists");
    assert_non_null(agency);
    assert_int_equal(agency->type, CHR_ENT_ORG);
    assert_null(test_entity(c, "최대주주"));
    assert_null(test_entity(c, "제공"));
    chr_corpus_free(c);
}

static void blind_set_fifty_fourth_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("Tavros said its head of Nordic operations, Ingrid Halme, would take over.", "2025-09-09");
    assert_non_null(test_entity(c, "Ingrid Halme"));
    chr_corpus_free(c);
    /* a bracketed original ending in an English organisation suffix is an
     * organisation; a quoted work's title is no one; a loanword pair is no
     * person's name */
    c = test_run("미국 게임사 브라이어 스튜디오(Briar Studios)가 '스톰게이트(Stormgate)' 시리즈를 만든 "
                 "마커스 벨(Marcus Bell)과 합의했다. 벨은 개발팀 보너스를 계산할 때 비용이 부풀려졌다고 주장했다.",
                 "2024-09-06");
    const chr_entity *studio = test_entity(c, "Briar Studios");
    assert_non_null(studio);
    assert_int_equal(studio->type, CHR_ENT_ORG);
    assert_null(test_entity(c, "Stormgate"));
    assert_null(test_entity(c, "개발팀 보너스"));
    chr_corpus_free(c);
    /* a company set off by a possessive description; "X Air" is a carrier */
    c = test_run("Dakbal Chicken, South Korea's third-largest fried chicken franchise, reinstated its founder. "
                 "Ha Jun-seok, chief executive of budget carrier Saebyeol Air, resigned Monday. Saebyeol Air said so.",
                 "2025-06-24");
    const chr_entity *chain = test_entity(c, "Dakbal Chicken");
    assert_non_null(chain);
    assert_int_equal(chain->type, CHR_ENT_ORG);
    const chr_entity *airline = test_entity(c, "Saebyeol Air");
    assert_non_null(airline);
    assert_int_equal(airline->type, CHR_ENT_ORG);
    chr_corpus_free(c);
    /* a mobile carrier with its original in brackets; a shipping line */
    c = test_run("타셀이 이통사 노베인 모바일(Norvane Mobile) 인수를 마무리했다. 한결해운은 선박 매각을 검토하지 않는다.",
                 "2025-03-14");
    const chr_entity *carrier = test_entity(c, "Norvane Mobile");
    assert_non_null(carrier);
    assert_int_equal(carrier->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "한결해운"));
    chr_corpus_free(c);
}

/* A company named in full and then by its initials many times: each
 * initials mention is found (and the list of found names may grow while
 * they are added; run under AddressSanitizer by make sanitize) */
static void initials_many_times(void **state)
{
    (void)state;
    char text[8192];
    size_t len = (size_t)snprintf(text, sizeof text, "The Korea Fair Trade Commission and the Maritime Safety Authority "
                                                     "opened reviews of Halden Shipping Partners.");
    for (int i = 0; i < 60 && len + 80 < sizeof text; i++)
        len += (size_t)snprintf(text + len, sizeof text - len, " The KFTC and the MSA met again on day %d.", i + 1);
    chr_corpus *c = test_run(text, "2025-06-20");
    const chr_entity *kftc = test_entity(c, "Korea Fair Trade Commission");
    assert_non_null(kftc);
    assert_true(kftc->mentions.len >= 61);
    const chr_entity *msa = test_entity(c, "Maritime Safety Authority");
    assert_non_null(msa);
    assert_true(msa->mentions.len >= 61);
    chr_corpus_free(c);
}

/* a holding company by its name without 지주; a current holder's name
 * before 현; an adnominal before a title is no name; a deputy governor */
static void blind_set_hundred_and_thirty_ninth_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("한빛금융지주가 새 회장을 맞았다. 한빛금융은 26일 주총을 열었다. 석진호 현 회장은 물러났다. "
                             "회사는 재임 시절 선임된 사외이사 2명을 교체한다. 금융감독원 서지혁 부원장은 경고했다.",
                             "2026-03-27");
    const chr_entity *holding = test_entity(c, "한빛금융지주");
    assert_non_null(holding);
    assert_int_equal(chr_strvec_find(&holding->aliases, "한빛금융") >= 0, 1);
    assert_non_null(test_entity(c, "석진호"));
    assert_non_null(test_entity(c, "서지혁"));
    assert_null(test_entity(c, "선임된"));
    chr_corpus_free(c);
}

/* a company's kind opening its original ("Fromageries Brissac"); an
 * original with accented letters ("Étienne Baudouin"); a law's name is no
 * company ("the Securities Exchange Act"); a co-operative and a press */
static void blind_set_hundred_and_forty_fourth_batch_names(void **state)
{
    (void)state;
    chr_corpus *c = test_run("프랑스 상장사 브리삭 치즈(Fromageries Brissac)가 합병을 발표했다. 라투르넬을 이끌어 온 에티엔 "
                             "보두앵(Étienne Baudouin)은 지난주 해임됐다.",
                             "2025-11-18");
    const chr_entity *brissac = test_entity(c, "Fromageries Brissac");
    assert_non_null(brissac);
    assert_int_equal(brissac->type, CHR_ENT_ORG);
    const chr_entity *baudouin = test_entity(c, "Étienne Baudouin");
    assert_non_null(baudouin);
    assert_int_equal(baudouin->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
    c = test_run("Pursuant to the requirements of the Securities Exchange Act of 1934, Tallowmere Dairy Co-operative and "
                 "Foxglove Press signed the report.",
                 "2025-06-12");
    assert_null(test_entity(c, "Securities Exchange"));
    assert_non_null(test_entity(c, "Tallowmere Dairy Co-operative"));
    assert_non_null(test_entity(c, "Foxglove Press"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_eighty_second_batch_names(void **state)
{
    (void)state;
    /* English: a company by its office in a named city (two words or more:
     * "Kim's Seoul office" may be a person's) and by an appositive set off
     * by commas after its kind */
    chr_corpus *c = test_run("Agents carried boxes out of Dalseong Motive's Cleveland office. Prosecutors say Dalseong and "
                             "another supplier, Perrow Elastics, fixed prices. Kim's Busan office was quiet.",
                             "2025-08-19");
    const char *orgs[] = {"Dalseong Motive", "Perrow Elastics"};
    for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++) {
        assert_non_null(test_entity(c, orgs[i]));
        assert_int_equal(test_entity(c, orgs[i])->type, CHR_ENT_ORG);
    }
    assert_true(!test_entity(c, "Kim") || test_entity(c, "Kim")->type != CHR_ENT_ORG);
    chr_corpus_free(c);
    /* a name after a public title's words is the name alone; a sector word
     * before "기업" is no company */
    c = test_run("\"Borders are no hiding place,\" Assistant Attorney General Dana Whitfield, head of the division, said. "
                 "에듀테크 기업 다온러닝은 11일 이사회를 열었다.",
                 "2025-11-20");
    assert_non_null(test_entity(c, "Dana Whitfield"));
    assert_null(test_entity(c, "Assistant Attorney General Dana Whitfield"));
    assert_non_null(test_entity(c, "다온러닝"));
    assert_null(test_entity(c, "에듀테크"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_ninetieth_batch_names(void **state)
{
    (void)state;
    /* Korean: a company by what only a company has after it (its board,
     * union, spokesman, share price), not a person before "이사회 의장" nor
     * a common word after a comma; a short name defined in brackets with
     * 이하 stands for the company */
    chr_corpus *c = test_run("청람솔라 이사회가 공장 폐쇄를 의결했다. 창업자 정하람 이사회 의장이 돌아왔다.\n\n"
                             "[인터뷰] 청람솔라 관계자(음성변조)\n\n여 회장은, 직무정지 이사회 결정에 반발했다. "
                             "서린플라즈마텍(이하 서린)이 발표했다. 서린은 지난달 가처분을 냈다.",
                             "2025-09-04");
    assert_non_null(test_entity(c, "청람솔라"));
    assert_int_equal(test_entity(c, "청람솔라")->type, CHR_ENT_ORG);
    assert_null(test_entity(c, "정하람 board"));
    assert_true(!test_entity(c, "정하람") || test_entity(c, "정하람")->type != CHR_ENT_ORG);
    assert_null(test_entity(c, "직무정지"));
    assert_non_null(test_entity(c, "서린플라즈마텍"));
    assert_ptr_equal(test_entity(c, "서린"), test_entity(c, "서린플라즈마텍"));
    size_t mentions = 0;
    long seorin = test_entity(c, "서린플라즈마텍") - c->entities.items;
    for (size_t i = 0; i < c->entity_mentions.len; i++)
        if (c->entity_mentions.items[i].entity == seorin) mentions++;
    assert_true(mentions >= 3);
    chr_corpus_free(c);
    /* a definition left open or empty defines nothing */
    c = test_run("서린플라즈마텍(이하 '서린 발표했다. 한빛테크(이하 )가 반발했다. 서린은 침묵했다.", "2025-09-04");
    assert_non_null(test_entity(c, "서린플라즈마텍"));
    assert_true(test_entity(c, "서린") != test_entity(c, "서린플라즈마텍"));
    chr_corpus_free(c);
    /* a company before "의" and a person's full name with a title; a
     * company's first syllables stand for it ("도림솔" of "도림솔세미텍"); a
     * public corporation without its 공단 */
    /* ("도림솔 노동조합" is its union since session 32: test_event.c) */
    c = test_run("업계 2위인 윤슬비전의 조민혁 공동대표가 사임했다. 도림솔세미텍이 반발했다. 도림솔 경영진은 입을 "
                 "닫았다. 한길연금공단이 서한을 보냈다. 한길연금 관계자는 말을 아꼈다.",
                 "2025-11-21");
    assert_non_null(test_entity(c, "윤슬비전"));
    assert_int_equal(test_entity(c, "윤슬비전")->type, CHR_ENT_ORG);
    assert_ptr_equal(test_entity(c, "도림솔"), test_entity(c, "도림솔세미텍"));
    assert_ptr_equal(test_entity(c, "한길연금"), test_entity(c, "한길연금공단"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_seventy_fourth_batch_names(void **state)
{
    (void)state;
    /* English: a company by its board or audit committee ("Lumicut's
     * board", not "Mr. Do's board"), by its founding in a place and year,
     * a supporters' group set off after its kind */
    chr_corpus *c = test_run("Lumicut's board voted 6-1 to scrap the merger. Adrian Kessling founded Paneltide in Singapore "
                             "in 2014. On October 2, Mr. Do's board agreed to sell shares. The club's largest supporters' "
                             "group, Blue Lighthouse, put the crowd at 12,000.",
                             "2025-11-24");
    const char *orgs[] = {"Lumicut", "Paneltide", "Blue Lighthouse"};
    for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++) {
        assert_non_null(test_entity(c, orgs[i]));
        assert_int_equal(test_entity(c, orgs[i])->type, CHR_ENT_ORG);
    }
    assert_true(!test_entity(c, "Do") || test_entity(c, "Do")->type != CHR_ENT_ORG);
    chr_corpus_free(c);
    /* Korean: a cosmetics maker by its trade (not "기초화장품"), the
     * surname 모, and no name out of a university department */
    c = test_run("나리솔화장품은 지난 21일 임시 주주총회를 열었다. 기초화장품 매출이 줄었다. 모태일 대표가 오늘 "
                 "물러났다.\n[인터뷰: 오세린 / 한국기술대 미래자동차학과 교수]\n\"검증이 먼저입니다.\"\n미래소재학과 교수는 "
                 "말했다.",
                 "2025-11-24");
    assert_non_null(test_entity(c, "나리솔화장품"));
    assert_int_equal(test_entity(c, "나리솔화장품")->type, CHR_ENT_ORG);
    assert_null(test_entity(c, "기초화장품"));
    assert_non_null(test_entity(c, "모태일"));
    assert_int_equal(test_entity(c, "모태일")->type, CHR_ENT_PERSON);
    assert_null(test_entity(c, "미래자동차학"));
    assert_null(test_entity(c, "미래소재학"));
    assert_null(test_entity(c, "미래자동차"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_seventy_fourth_batch_names_second_round(void **state)
{
    (void)state;
    /* Korean: a surname with a shorter form of the title told in full
     * joins that person, not a sibling of the same surname; a glued trade
     * name's stem stands for the company; no company out of "기업 구단";
     * a title after a division ("품질총괄 부사장") */
    chr_corpus *c = test_run("나리솔화장품은 지난 21일 임시 주주총회에서 도민혁 대표를 사내이사에서 해임하고, 그의 여동생 도서윤 "
                             "전 해외사업부문장을 사내이사로 선임했다. 도 전 부문장은 같은 날 오후 의장으로 뽑혔다. 나리솔의 "
                             "역사는 1987년으로 거슬러 올라간다. 경림홀딩스가 지분을 사들이면서 기업 구단이 됐다. 휘강모빌리티는 "
                             "류세환 전 브렌홀트에어로스페이스(Brenholt Aerospace) 품질총괄 부사장을 신임 대표이사로 선임했다.",
                             "2025-11-24");
    assert_non_null(test_entity(c, "도서윤"));
    assert_ptr_equal(test_entity(c, "도"), test_entity(c, "도서윤"));
    assert_ptr_equal(test_entity(c, "나리솔"), test_entity(c, "나리솔화장품"));
    assert_null(test_entity(c, "구단"));
    assert_non_null(test_entity(c, "류세환"));
    assert_int_equal(test_entity(c, "류세환")->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
    /* English: clubs, courts and sport bodies by their last word; no
     * short form out of the place a court is named after */
    c = test_run("Dalmoe United was founded in 1996. Blue Lighthouse filed for an injunction at the Dalmoe District Court "
                 "and lodged a complaint with the Korea Professional Football Council. A judge of the Fenwick County "
                 "Circuit Court heard the case. Dalmoe United said it would appeal.",
                 "2025-11-17");
    const char *orgs[] = {"Dalmoe United", "Dalmoe District Court", "Korea Professional Football Council",
                          "Fenwick County Circuit Court"};
    for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++) {
        assert_non_null(test_entity(c, orgs[i]));
        assert_int_equal(test_entity(c, orgs[i])->type, CHR_ENT_ORG);
    }
    assert_true(!test_entity(c, "Fenwick") || test_entity(c, "Fenwick") == test_entity(c, "Fenwick County Circuit Court"));
    assert_true(!test_entity(c, "Dalmoe") || test_entity(c, "Dalmoe") == test_entity(c, "Dalmoe United"));
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_sixty_sixth_batch_names(void **state)
{
    (void)state;
    /* English: a romanised given name with a one-letter syllable; analysts'
     * and shipping firms by their suffix */
    chr_corpus *c = test_run("Twelve years ago, Yoon Tae-o was a shipping clerk. Analyst Priya Raman at Coldbrook Research "
                             "said Tidemark Lines would bid.",
                             "2025-12-02");
    assert_non_null(test_entity(c, "Yoon Tae-o"));
    assert_int_equal(test_entity(c, "Yoon Tae-o")->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "Coldbrook Research"));
    assert_int_equal(test_entity(c, "Coldbrook Research")->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "Tidemark Lines"));
    assert_int_equal(test_entity(c, "Tidemark Lines")->type, CHR_ENT_ORG);
    chr_corpus_free(c);
    /* Korean: a person before "전" and a company with its bracketed
     * original, the title theirs; a finance chief's title; companies by
     * their trade (ground handling, an airport authority); a store
     * manager; an interview line in angle brackets; no name out of "정해질
     * 때까지는" or "인물은" */
    c = test_run("달모로로지스는 전날 이사회를 열고 한지수 전 타이드마크라인(Tidemark Lines) 재무총괄을 신임 CFO로 선임했다. "
                 "청람에어포트서비스는 2016년 남포공항공사와 계약했고 유성지상조업과 경쟁한다. 도기현 점장은 휴직했다. "
                 "후임이 정해질 때까지는 재무총괄을 맡아 온 이나래 부사장이 대표 직무를 대행한다. 지휘봉을 잡은 인물은 "
                 "베스트하펜의 최고운영책임자(COO) 출신이다.\n<인터뷰: 맹수련 / 입점업체 비상대책위원장>\n\"보상부터 하라\"",
                 "2025-11-19");
    const char *people[] = {"한지수", "도기현", "맹수련", "이나래"};
    for (size_t i = 0; i < sizeof people / sizeof *people; i++) {
        assert_non_null(test_entity(c, people[i]));
        assert_int_equal(test_entity(c, people[i])->type, CHR_ENT_PERSON);
    }
    const char *orgs[] = {"청람에어포트서비스", "남포공항공사", "유성지상조업"};
    for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++) {
        assert_non_null(test_entity(c, orgs[i]));
        assert_int_equal(test_entity(c, orgs[i])->type, CHR_ENT_ORG);
    }
    assert_null(test_entity(c, "정해질"));
    assert_null(test_entity(c, "인물은"));
    chr_corpus_free(c);
    /* a head brewer by title */
    c = test_run("다음 날엔 간판 맥주를 만든 서하린 헤드브루어가 사표를 던졌습니다.", "2025-11-26");
    assert_non_null(test_entity(c, "서하린"));
    assert_int_equal(test_entity(c, "서하린")->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_fiftieth_batch_names(void **state)
{
    (void)state;
    /* Korean: companies by their trade (a carrier, a memory maker, a film
     * studio), not a kind of film; a title glued to a plant or after a
     * place; a name before "입니다"; no name out of "문제는" or "표결로" */
    chr_corpus *c = test_run("한결모바일과 은빛메모리, 새봄필름은 보호필름 공급 계약을 맺었다. 회사는 김도형 창원제철소장(전무)을 "
                             "경질하고 후임에 박서윤 포항 압연공장장(상무)을 임명했다. 문제는 표기수 전 회장입니다.\n\n"
                             "◇ 4대 3 표결로 물러난 창업자",
                             "2025-11-04");
    const char *orgs[] = {"한결모바일", "은빛메모리", "새봄필름"};
    for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++) {
        assert_non_null(test_entity(c, orgs[i]));
        assert_int_equal(test_entity(c, orgs[i])->type, CHR_ENT_ORG);
    }
    assert_null(test_entity(c, "보호필름"));
    const char *people[] = {"김도형", "박서윤", "표기수"};
    for (size_t i = 0; i < sizeof people / sizeof *people; i++) {
        assert_non_null(test_entity(c, people[i]));
        assert_int_equal(test_entity(c, people[i])->type, CHR_ENT_PERSON);
    }
    assert_null(test_entity(c, "문제는"));
    assert_null(test_entity(c, "표결로"));
    chr_corpus_free(c);
    /* the former title of a short form is the one told as former: "석 전
     * 대표" is the brother who was 대표, not the chairman */
    c = test_run("형 석진호 한울홀딩스 회장과 동생 석태민 전 한울타이어 대표가 만났다. 석 회장은 말을 아꼈다. 석 전 "
                 "대표는 반발했다.",
                 "2025-11-04");
    assert_non_null(test_entity(c, "석진호"));
    assert_non_null(test_entity(c, "석태민"));
    assert_true(chr_strvec_find(&test_entity(c, "석태민")->aliases, "석") >= 0);
    chr_corpus_free(c);
    /* English: a film studio and a valve maker by their suffix, a public
     * body that is a "Service", a prosecutors' office, a lab with an
     * accented name, a subcontractor, a two-syllable Korean surname */
    c = test_run("Nuribeol Films sued Cheonha Valve Tech. The Financial Prudential Supervisory Service (FPSS) fined the "
                 "bank. The Busan District Prosecutors' Office raided it. The firm signed a deal with Brückner "
                 "Prüftechnik, a German lab, in 2021. The case centres on Hanpa Industrial, an in-house subcontractor. "
                 "Namgung Seo-yeon, hired as chief executive in 2022, denied it.",
                 "2025-12-02");
    const char *en_orgs[] = {"Nuribeol Films", "Cheonha Valve Tech", "Financial Prudential Supervisory Service",
                             "Busan District Prosecutors' Office", "Brückner Prüftechnik", "Hanpa Industrial"};
    for (size_t i = 0; i < sizeof en_orgs / sizeof *en_orgs; i++) {
        if (!test_entity(c, en_orgs[i])) fail_msg("no organisation '%s'", en_orgs[i]);
        assert_int_equal(test_entity(c, en_orgs[i])->type, CHR_ENT_ORG);
    }
    assert_non_null(test_entity(c, "Namgung Seo-yeon"));
    assert_int_equal(test_entity(c, "Namgung Seo-yeon")->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_thirty_fourth_batch_names(void **state)
{
    (void)state;
    /* Korean: companies by their trade or their country ("세로온약품",
     * "키테르코리아"), an audit corps by its kind */
    chr_corpus *c = test_run("국군조달감사단은 지난 6월 9일 특정감사에 착수했다. 세로온약품과 키테르코리아는 계약을 맺었다.",
                             "2025-09-03");
    const char *more[] = {"국군조달감사단", "세로온약품", "키테르코리아"};
    for (size_t i = 0; i < sizeof more / sizeof *more; i++) {
        assert_non_null(test_entity(c, more[i]));
        assert_int_equal(test_entity(c, more[i])->type, CHR_ENT_ORG);
    }
    chr_corpus_free(c);
    /* a prosecutors' office or a court by its short form */
    c = test_run("대전지검 특수부는 이날 오전 본사에 수사관들을 보냈다. 수원지법은 가처분 신청을 기각했다.",
                 "2025-11-24");
    const char *orgs[] = {"대전지검", "수원지법"};
    for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++) {
        assert_non_null(test_entity(c, orgs[i]));
        assert_int_equal(test_entity(c, orgs[i])->type, CHR_ENT_ORG);
    }
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_eighteenth_batch_names(void **state)
{
    (void)state;
    /* English: companies by a share of them owned or bought, by their
     * founding year, by a merger's two sides, by a unit's kind, by their
     * chairman and by "which was founded in"; a mayor's title is no part
     * of her name; a state a body is named after is no short form; a
     * person's title with its field ("a former operations director") */
    chr_corpus *c = test_run("Bluefen Capital owns roughly a third of Tallowby. Kazuri Books will buy 19.5% of Pennock for "
                             "about $40 million. Ms. Oh founded Velloc in 2014 with two friends. A planned merger between "
                             "Quillon and Korean rival Hanul Moduletech fell apart. The complaint says the company's "
                             "American subsidiary, Brasco America, broke the law. The elder daughter of Dunmere's "
                             "chairman, Seok Jae-hoon, said nothing. Corvid, which was founded in 2009 and makes cells in "
                             "Korea, closed the plant. Mayor Gloria Pettaway said the city is in talks. The company "
                             "signed an incentive agreement with the Georgia Department of Economic Development. The "
                             "Georgia plant employed 650 people. The board appointed Gareth Pike, a former operations "
                             "director at a frozen-food group, as chief executive.",
                             "2025-11-18");
    const char *orgs[] = {"Tallowby", "Pennock", "Velloc", "Quillon", "Brasco America", "Dunmere", "Corvid"};
    for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++) {
        assert_non_null(test_entity(c, orgs[i]));
        assert_int_equal(test_entity(c, orgs[i])->type, CHR_ENT_ORG);
    }
    assert_non_null(test_entity(c, "Gloria Pettaway"));
    assert_null(test_entity(c, "Mayor Gloria Pettaway"));
    assert_null(test_entity(c, "Georgia"));
    assert_non_null(test_entity(c, "Gareth Pike"));
    assert_int_equal(test_entity(c, "Gareth Pike")->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
    /* Korean: a company glued to 텍; a customer company after its kind;
     * "이유로" before a title is no name; a one-word company before a title
     * in a speaker label is the company, not a person */
    c = test_run("한울모듈텍 노동자들도 집회에 함께했다. 미국 고객사 브라이트룸이 계약 해지를 통보했다. 회장 "
                 "사위라는 이유로 대표가 되는 걸 받아들일 수 없다. 태양광 업체 솔라벨리아는 이사회를 "
                 "열었고, 솔라벨리아 본사 앞에는 노동자들이 모였다.\n\n[전화 인터뷰] 문경아 / 전 솔라벨리아 대표 (어제)\n\"사임서를 "
                 "낸 적이 없습니다.\"\n",
                 "2025-11-12");
    assert_non_null(test_entity(c, "한울모듈텍"));
    assert_int_equal(test_entity(c, "한울모듈텍")->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "브라이트룸"));
    assert_int_equal(test_entity(c, "브라이트룸")->type, CHR_ENT_ORG);
    assert_null(test_entity(c, "이유로"));
    assert_non_null(test_entity(c, "문경아"));
    assert_non_null(test_entity(c, "솔라벨리아"));
    chr_corpus_free(c);
    /* a kinship noun with its particle is no name ("장남은 부회장에"); what a
     * worker belonged to is no company ("하청업체 소속이었고"); a company
     * glued to 콜드체인 */
    c = test_run("장남은 부회장에 오른 지 석 달도 안 됐다. 숨진 노동자 가운데 4명은 하청업체 소속이었고, 2명은 "
                 "한빛콜드체인 직원이었다.",
                 "2025-09-16");
    assert_null(test_entity(c, "장남은"));
    assert_null(test_entity(c, "소속이었고"));
    assert_non_null(test_entity(c, "한빛콜드체인"));
    assert_int_equal(test_entity(c, "한빛콜드체인")->type, CHR_ENT_ORG);
    chr_corpus_free(c);
    /* a nationality before a title is no name; a company glued to 인터랙티브
     * and its short form; a listener addressed ("협력사 여러분께") is no
     * company; a one-syllable word is no company between a name and a
     * title ("한도윤 전 대표") */
    c = test_run("현지에서는 한국인 대표 선임을 두고 해석이 많다. 마루모인터랙티브는 이사회를 열었다. 마루모는 "
                 "창업자인 한도윤 전 대표를 대표이사로 선임했다. \"협력사 여러분께 사과드립니다.\"",
                 "2025-10-22");
    assert_null(test_entity(c, "한국인"));
    assert_non_null(test_entity(c, "마루모인터랙티브"));
    assert_int_equal(test_entity(c, "마루모인터랙티브")->type, CHR_ENT_ORG);
    assert_null(test_entity(c, "여러분"));
    assert_null(test_entity(c, "전"));
    chr_corpus_free(c);
    /* English: a company by its headquarters with a place between ("Tagora's
     * Seongsu-dong headquarters") and by its founding with a place before
     * the year */
    c = test_run("Rallies outside Tagora's Seongsu-dong headquarters grew. When Han and Yoo founded Brisko in a shared "
                 "office in Gangnam in 2016, drivers cheered.",
                 "2025-11-21");
    assert_non_null(test_entity(c, "Tagora"));
    assert_int_equal(test_entity(c, "Tagora")->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "Brisko"));
    assert_int_equal(test_entity(c, "Brisko")->type, CHR_ENT_ORG);
    chr_corpus_free(c);
    /* a person by "a fellow co-founder"; a company that led a round; a
     * compliance officer's title; a Korean agency glued to 분석원 */
    c = test_run("The board named Seo Min-a, Yoon's fellow co-founder, as interim CEO. Nurion Investment, which led the "
                 "company's 21 billion won ($15 million) Series B round in 2022, holds two seats.",
                 "2025-09-20");
    assert_non_null(test_entity(c, "Seo Min-a"));
    assert_int_equal(test_entity(c, "Seo Min-a")->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "Nurion Investment"));
    assert_int_equal(test_entity(c, "Nurion Investment")->type, CHR_ENT_ORG);
    chr_corpus_free(c);
    c = test_run("권 행장은 9월 초 민경아 준법감시인을 경질했다. 금융정보분석원은 6월 현장검사에 착수했다.", "2025-11-25");
    assert_non_null(test_entity(c, "민경아"));
    assert_int_equal(test_entity(c, "민경아")->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "금융정보분석원"));
    assert_int_equal(test_entity(c, "금융정보분석원")->type, CHR_ENT_ORG);
    for (size_t i = 0; i < c->entities.len; i++)
        if (strcmp(c->entities.items[i].name, "솔라벨리아") == 0)
            assert_int_not_equal(c->entities.items[i].type, CHR_ENT_PERSON);
    chr_corpus_free(c);
}

static void blind_set_two_hundred_and_second_batch_names(void **state)
{
    (void)state;
    /* companies glued to 이엔지, 레코드 and 미디어 (not social media); 라 is a
     * surname; an acronym between a name and its title; a person named by
     * what follows her name ("Ostrander went public", "Ostrander, for his
     * part,") */
    chr_corpus *c = test_run("솔모루이엔지 전직 연구소장 등 3명이 재판에 넘겨졌다. 멤버들은 소속사 루모아레코드를 상대로 "
                             "소송을 냈다. 모회사 무진미디어가 대표를 해임했다. 소셜미디어에서는 반발이 컸다. 도담마트는 "
                             "라혜진 전 그린라크코리아 대표를 신임 대표이사로 선임했다. 함께한 배민철 A&R 본부장을 "
                             "비롯한 4명이 사표를 냈다.",
                             "2025-09-29");
    const char *orgs[] = {"솔모루이엔지", "루모아레코드", "무진미디어"};
    for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++) {
        assert_non_null(test_entity(c, orgs[i]));
        assert_int_equal(test_entity(c, orgs[i])->type, CHR_ENT_ORG);
    }
    assert_null(test_entity(c, "소셜미디어"));
    assert_non_null(test_entity(c, "라혜진"));
    assert_int_equal(test_entity(c, "라혜진")->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "배민철"));
    chr_corpus_free(c);
    c = test_run("Calder Ridge is run by former trader Nathan Ostrander. Ostrander went public on Sept. 2 with an open "
                 "letter. Ostrander, for his part, calls the settlement a beginning.",
                 "2026-02-02");
    assert_non_null(test_entity(c, "Nathan Ostrander"));
    assert_int_equal(test_entity(c, "Nathan Ostrander")->type, CHR_ENT_PERSON);
    chr_corpus_free(c);    /* a broadcast script's speaker labels; a hospital, a medical centre
     * and a council glued to their names (not a labour-management council) */
    c = test_run("[앵커]\n가현대병원 매각을 두고 노조가 반발했습니다.\n\n[인터뷰 : 임하나 / 가현대병원 노조위원장]\n"
                 "\"멈춰야 합니다.\"\n\n[정세훈 / 국토교통부 항공안전정책관]\n\"점검하겠습니다.\"\n\n[인터뷰] 네이선 "
                 "오스트랜더 / 칼더리지캐피털 창업자 (화상 인터뷰)\n\"변화입니다.\"\n\n서린의료원과 교수협의회도 "
                 "반발했다. 노사협의회는 열리지 않았다.\n",
                 "2025-08-21");
    const char *people[] = {"임하나", "정세훈", "네이선 오스트랜더"};
    for (size_t i = 0; i < sizeof people / sizeof *people; i++) {
        assert_non_null(test_entity(c, people[i]));
        assert_int_equal(test_entity(c, people[i])->type, CHR_ENT_PERSON);
    }
    const char *bodies[] = {"가현대병원", "서린의료원", "교수협의회"};
    for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++) {
        assert_non_null(test_entity(c, bodies[i]));
        assert_int_equal(test_entity(c, bodies[i])->type, CHR_ENT_ORG);
    }
    assert_null(test_entity(c, "노사협의회"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_eighty_sixth_batch_names(void **state)
{
    (void)state;
    /* a company before "의" and a title is no person; a platform's name; a
     * surname that is also a word ("한") stands for the three-syllable name
     * told with it, before a title only */
    chr_corpus *c = test_run("음원 스트리밍 플랫폼 멜로웨이브의 창업자 한지오 이사회 의장이 다시 회사의 키를 쥐었다. "
                             "스텔라웍스의 대표가 사임했다. 한 대표는 2013년 회사를 세웠다. 한 명의 이사가 반대했다.",
                             "2025-09-18");
    assert_non_null(test_entity(c, "멜로웨이브"));
    assert_int_equal(test_entity(c, "멜로웨이브")->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "스텔라웍스"));
    assert_int_equal(test_entity(c, "스텔라웍스")->type, CHR_ENT_ORG);
    const chr_entity *han = test_entity(c, "한지오");
    assert_non_null(han);
    assert_int_equal(han->type, CHR_ENT_PERSON);
    size_t han_mentions = 0;
    for (size_t i = 0; i < c->entity_mentions.len; i++)
        if (c->entity_mentions.items[i].entity >= 0 &&
            &c->entities.items[chr_entity_root(c, c->entity_mentions.items[i].entity)] == han)
            han_mentions++;
    /* the full name and "한 대표"; not "한 명의" */
    assert_int_equal(han_mentions, 2);
    chr_corpus_free(c);
    /* (the surname as the text's last bytes is read with the text's bounds) */
    c = test_run("한지오 의장이 돌아왔다. 한", "2025-09-18");
    assert_non_null(test_entity(c, "한지오"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_sixty_sixth_batch_names(void **state)
{
    (void)state;
    /* a firm named for its partners; a company after its chief's title and
     * one named by its shares; a founder by the company she founded; a
     * patriarch set off by commas */
    chr_corpus *c = test_run("Police took the chief financial officer of Marlowe Cellworks into custody. Marlowe shares "
                             "fell 9% on Monday. Dunford & Pike will advise the board. Ada Winterley founded it in "
                             "2004. Rafael Quiroga, the group's 71-year-old patriarch, returned as chairman.",
                             "2025-06-13");
    assert_non_null(test_entity(c, "Marlowe Cellworks"));
    assert_int_equal(test_entity(c, "Marlowe Cellworks")->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "Dunford & Pike"));
    assert_int_equal(test_entity(c, "Dunford & Pike")->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "Ada Winterley"));
    assert_int_equal(test_entity(c, "Ada Winterley")->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "Rafael Quiroga"));
    assert_int_equal(test_entity(c, "Rafael Quiroga")->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
    /* an authority known by its acronym; a firm of partners in brackets; an
     * age after the original; a head of operations after a former title;
     * a company by its English kind ("Biomedical") */
    c = test_run("말레이시아 증권위원회 산하 감독청(SCM)은 지난 10일 조사에 착수했다. 외부감사인 단포드앤파이크(Dunford & "
                 "Pike)가 물러났다. 창업주 하디 수산토(Hadi Susanto·68) 회장이 복귀했다. 이사회는 주방현 전 "
                 "운영총괄(COO)에게 지휘봉을 맡겼다. 케나린 바이오메디컬(Kenarin Biomedical)은 상장을 철회했다.",
                 "2025-06-13");
    assert_non_null(test_entity(c, "SCM"));
    assert_int_equal(test_entity(c, "SCM")->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "Dunford & Pike"));
    assert_int_equal(test_entity(c, "Dunford & Pike")->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "Hadi Susanto"));
    assert_int_equal(test_entity(c, "Hadi Susanto")->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "주방현"));
    assert_non_null(test_entity(c, "Kenarin Biomedical"));
    assert_int_equal(test_entity(c, "Kenarin Biomedical")->type, CHR_ENT_ORG);
    chr_corpus_free(c);
    /* a company's kind ("Intelligence", "Accounting") ends its name; two
     * bodies joined by "and the" stay two; a pension fund and a food maker
     * glued to their kinds; a group's kind before a chairman's name is no
     * part of it */
    c = test_run("Harlen Intelligence hired Seorin Accounting. In early December the FSS and the Bank of Korea "
                 "sent a team.",
                 "2025-12-10");
    assert_non_null(test_entity(c, "Harlen Intelligence"));
    assert_non_null(test_entity(c, "Seorin Accounting"));
    assert_null(test_entity(c, "FSS and the Bank of Korea"));
    chr_corpus_free(c);
    c = test_run("인도네시아 사란타 그룹 하르요노 회장, 이사회 복귀\n\n기자 | 2024.11.19\n\n한길연금공단은 감로푸드에 "
                 "서한을 보냈다. 그는 그룹 회장직에서 내려왔다.",
                 "2024-11-19");
    assert_non_null(test_entity(c, "한길연금공단"));
    assert_non_null(test_entity(c, "감로푸드"));
    assert_null(test_entity(c, "그룹"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_fifty_fourth_batch_names(void **state)
{
    (void)state;
    /* a company's kind opening its name in running text; a union named
     * after its kind; one who leaves or bows out is a person; a head named
     * by the authority glued to the title */
    chr_corpus *c = test_run("Two welders died at Astilleros Olmedo last spring. The welders' union FESMAR called a strike. "
                             "Dario Quintana left at the start of May. Lucia Ferro bowed out as chief executive. "
                             "권도헌 금융감독청장은 지난 4일 기자들과 만났다.",
                             "2025-06-13");
    const chr_entity *yard = test_entity(c, "Astilleros Olmedo");
    assert_non_null(yard);
    assert_int_equal(yard->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "FESMAR"));
    assert_int_equal(test_entity(c, "FESMAR")->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "Dario Quintana"));
    assert_int_equal(test_entity(c, "Dario Quintana")->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "Lucia Ferro"));
    assert_non_null(test_entity(c, "권도헌"));
    assert_int_equal(test_entity(c, "권도헌")->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
    /* a Korean name spelt with the surname Chun; an honorific before a
     * name; a given name set off after a kinship word; a company's kind in
     * running text after it ("cryptocurrency exchange KestrelX"); a
     * programme after a title is no name ("앵커 스캔들은") */
    c = test_run("Chun Byung-ok died on Sept. 9. Sir Edmund Hale was shown the door. Her son, Hugo, was removed. "
                 "Police detained the founder of cryptocurrency exchange Vantrix at the airport. "
                 "한 전직 임원은 \"앵커 스캔들은 방아쇠였을 뿐\"이라고 말했다.",
                 "2025-10-01");
    assert_non_null(test_entity(c, "Chun Byung-ok"));
    assert_non_null(test_entity(c, "Edmund Hale"));
    assert_non_null(test_entity(c, "Hugo"));
    assert_int_equal(test_entity(c, "Hugo")->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "Vantrix"));
    assert_int_equal(test_entity(c, "Vantrix")->type, CHR_ENT_ORG);
    assert_null(test_entity(c, "스캔들은"));
    chr_corpus_free(c);
}

static void blind_set_hundred_and_forty_ninth_batch_names(void **state)
{
    (void)state;
    /* a public corporation and its short name in brackets, found alone
     * later; a count glued before a word is no name's start; a verb right
     * after its object is no first name; a quote after a kind is no name */
    chr_corpus *c = test_run("부품사 '인증서 조작' 파문. 주요 발주처인 대성전력운영공사(대성공) 직원이 돈을 받았다. 대성공은 지난달 "
                             "감사를 벌였다. 창업주 3세인 회장이 체포됐다. 하론 이사회는 긴급회의를 열어 베르그렌 회장을 "
                             "해임했다.",
                             "2025-09-18");
    const chr_entity *utility = test_entity(c, "대성전력운영공사");
    assert_non_null(utility);
    assert_int_equal(utility->type, CHR_ENT_ORG);
    assert_ptr_equal(test_entity(c, "대성공"), utility);
    assert_null(test_entity(c, "인증서"));
    assert_null(test_entity(c, "세인"));
    assert_null(test_entity(c, "열어 베르그렌"));
    assert_non_null(test_entity(c, "베르그렌"));
    chr_corpus_free(c);
    /* a foreign company in words by its first word, and by its kind; a
     * component maker and a utility by their originals; a paper */
    c = test_run("스웨덴 원전 부품업체 하론 뉴클리어 컴포넌츠(Harron Nuclear Components)가 압수수색을 받았다. 하론은 "
                 "혐의를 부인했다. 핀란드 전력회사 비르타 에네르기아(Virta Energia)는 계약을 멈췄다. 농업로봇 기업 "
                 "펠터 오토노미(Pelter Autonomy)의 창업자가 물러났다. 현지 경제지 모건 비즈니스 저널(Morgan Business "
                 "Journal)이 보도했다. 정유 공장을 둔 하윅 정유(Harwick Refining)도 있다. 리그 사무국 리가 "
                 "코스타(Liga Costa)는 승인했다. 명문 클럽 CD 산타루나가 팔렸다. 서령FC는 코리아풋볼리그연맹의 "
                 "승인을 기다린다. 청파에너지는 오정석 서림공장장을 내보냈다.",
                 "2025-11-06");
    const chr_entity *harron = test_entity(c, "Harron Nuclear Components");
    assert_non_null(harron);
    assert_int_equal(harron->type, CHR_ENT_ORG);
    assert_ptr_equal(test_entity(c, "하론"), harron);
    const char *orgs[] = {"Virta Energia", "Pelter Autonomy", "Morgan Business Journal", "Harwick Refining",
                          "Liga Costa", "산타루나", "서령FC", "코리아풋볼리그연맹", "청파에너지"};
    for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++) {
        const chr_entity *o = test_entity(c, orgs[i]);
        assert_non_null(o);
        assert_int_equal(o->type, CHR_ENT_ORG);
    }
    const chr_entity *manager = test_entity(c, "오정석");
    assert_non_null(manager);
    assert_int_equal(manager->type, CHR_ENT_PERSON);
    chr_corpus_free(c);
}

static void capitals_heading_words_are_no_acronyms(void **state)
{
    (void)state;
    /* a heading in capitals: its WHO and IS are words, not the bodies the
     * gazetteer knows by those letters; in running text WHO still is one */
    chr_corpus *c = test_run("Kestrel Foods named Ahn Mi-rae as chief on Monday.\n\nWHO IS AHN MI-RAE\n\n"
                             "Ahn, 49, ran a dairy plant for a decade.",
                             "2025-04-03");
    assert_null(test_entity(c, "WHO"));
    assert_null(test_entity(c, "IS"));
    assert_non_null(test_entity(c, "Ahn Mi-rae"));
    chr_corpus_free(c);
    c = test_run("The WHO said on Monday it would send a team to the plant.", "2025-04-03");
    assert_non_null(test_entity(c, "WHO"));
    chr_corpus_free(c);
    /* (a Korean line with a few acronyms is no heading in capitals) */
    c = test_run("오픈AI 지분 49%를 가진 MS의 CEO는 알트먼의 복귀를 설득했다. 알트먼이 MS에 합류한다고 발표했다.",
                 "2023-11-24");
    assert_non_null(test_entity(c, "MS"));
    chr_corpus_free(c);
}

static void a_name_before_of_and_plural_people_in_bodies(void **state)
{
    (void)state;
    /* "chief executive Hugh Tarrant of Wexmoor Corp": a person of a company,
     * not one company; a body whose head word comes before "of" stays one
     * ("Development Bank of Korea Corp"); plural people end a union's name
     * ("Union of Dockside Workers") and its local is part of it, but open
     * no name ("Shareholders of Brellin Foods") */
    chr_corpus *c = test_run("The board dismissed chief executive Hugh Tarrant of Wexmoor Corp on Friday. "
                             "The Union of Dockside Workers and Harbour Crews United Local 12 staged a rally. "
                             "Shareholders of Brellin Foods, the snack maker, sued the Development Bank of Korea Corp on Monday.",
                             "2025-04-03");
    assert_non_null(test_entity(c, "Hugh Tarrant"));
    assert_non_null(test_entity(c, "Wexmoor Corp"));
    assert_null(test_entity(c, "Hugh Tarrant of Wexmoor Corp"));
    assert_null(test_entity(c, "Tarrant of Wexmoor Corp"));
    assert_non_null(test_entity(c, "Union of Dockside Workers"));
    assert_non_null(test_entity(c, "Harbour Crews United Local 12"));
    assert_non_null(test_entity(c, "Brellin Foods"));
    assert_null(test_entity(c, "Shareholders of Brellin Foods"));
    assert_non_null(test_entity(c, "Development Bank of Korea Corp"));
    chr_corpus_free(c);
    /* a capitalised plural after a suffix goes on a title-case headline */
    c = test_run("Dunmore Appliance Co. Recalls Coldline Space Heaters\n\nDunmore said on Monday it would refund buyers.",
                 "2025-04-03");
    assert_null(test_entity(c, "Coldline Space"));
    assert_null(test_entity(c, "Coldline"));
    chr_corpus_free(c);
}

static void korean_company_before_a_name_and_glued_kinds(void **state)
{
    (void)state;
    /* a company glued to its kind right before a person's name is no part
     * of the name ("일광정밀 오세진 전무"); "따르면" is no name; 에프앤비 and
     * 세관 end organisations */
    chr_corpus *c = test_run("수원지방법원은 어젯밤 태성정밀 하세진 전무에 대해 구속영장을 발부했다. 11일 업계와 금융감독원 "
                             "전자공시에 따르면 한들식품 창업주 강덕수 회장은 지분을 미소에프앤비에 넘겼다. 인천본부세관은 "
                             "지난 14일 본사를 압수수색했다.",
                             "2025-11-11");
    assert_null(test_entity(c, "태성정밀 하세진"));
    assert_non_null(test_entity(c, "하세진"));
    assert_int_equal(test_entity(c, "하세진")->type, CHR_ENT_PERSON);
    assert_non_null(test_entity(c, "태성정밀"));
    assert_null(test_entity(c, "따르면"));
    assert_non_null(test_entity(c, "미소에프앤비"));
    assert_int_equal(test_entity(c, "미소에프앤비")->type, CHR_ENT_ORG);
    assert_non_null(test_entity(c, "인천본부세관"));
    chr_corpus_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(capitals_heading_words_are_no_acronyms),
        cmocka_unit_test(korean_company_before_a_name_and_glued_kinds),
        cmocka_unit_test(a_name_before_of_and_plural_people_in_bodies),
        cmocka_unit_test(names_with_chinese_characters),
        cmocka_unit_test(korean_names_in_latin_letters),
        cmocka_unit_test(blind_set_twentieth_batch_names),
        cmocka_unit_test(blind_set_eightieth_batch_names),
        cmocka_unit_test(blind_set_seventy_seventh_batch_names),
        cmocka_unit_test(blind_set_sixtieth_batch_names),
        cmocka_unit_test(blind_set_fifty_fourth_batch_names),
        cmocka_unit_test(blind_set_fourteenth_batch_names),
        cmocka_unit_test(blind_set_ninth_batch_names),
        cmocka_unit_test(blind_set_eighth_batch_names),
        cmocka_unit_test(blind_set_seventh_batch_names),
        cmocka_unit_test(blind_set_fifth_batch_names),
        cmocka_unit_test(blind_set_fourth_batch_names),
        cmocka_unit_test(blind_set_third_batch_names),
        cmocka_unit_test(blind_set_second_batch_names),
        cmocka_unit_test(blind_set_names),
        cmocka_unit_test(headline_name_hints_the_body_without_a_mention),
        cmocka_unit_test(strips_particles_by_final_consonant),
        cmocka_unit_test(romanizes_and_keys_transliterations),
        cmocka_unit_test(bracket_original_becomes_the_name),
        cmocka_unit_test(hangul_latin_compound_is_an_organisation),
        cmocka_unit_test(bank_head_with_glued_title),
        cmocka_unit_test(korean_people_by_senior_titles_and_speaker_lines),
        cmocka_unit_test(carriers_tribunals_and_cooperative_heads),
        cmocka_unit_test(given_names_make_people),
        cmocka_unit_test(korean_name_with_title),
        cmocka_unit_test(companies_by_kind_founding_and_suffix),
        cmocka_unit_test(people_by_compound_titles_and_hangul_given_names),
        cmocka_unit_test(titles_before_names_federations_and_companies_given_in_latin),
        cmocka_unit_test(spellings_link_across_documents),
        cmocka_unit_test(different_people_stay_apart),
        cmocka_unit_test(english_people_and_companies),
        cmocka_unit_test(compound_particles_and_names_ending_like_particles),
        cmocka_unit_test(korean_names_keep_their_last_syllable),
        cmocka_unit_test(keys_link_both_ways_and_keep_others_apart),
        cmocka_unit_test(latin_document_first_links_hangul_spelling),
        cmocka_unit_test(places_and_clauses_are_not_people),
        cmocka_unit_test(english_particles_possessives_and_boards),
        cmocka_unit_test(hangul_document_first_links_latin_spelling),
        cmocka_unit_test(similar_names_in_unrelated_stories_stay_apart),
        cmocka_unit_test(hangul_names_without_gloss),
        cmocka_unit_test(verbs_and_adnominals_are_not_names),
        cmocka_unit_test(bare_board_belongs_to_its_explicit_owner),
        cmocka_unit_test(english_names_without_cue),
        cmocka_unit_test(companies_by_appositive),
        cmocka_unit_test(hangul_title_connectors),
        cmocka_unit_test(gates_change_no_mention),
        cmocka_unit_test(cues_with_two_gates),
        cmocka_unit_test(initials_many_times),
        cmocka_unit_test(blind_set_hundred_and_thirty_ninth_batch_names),
        cmocka_unit_test(blind_set_hundred_and_forty_fourth_batch_names),
        cmocka_unit_test(blind_set_hundred_and_forty_ninth_batch_names),
        cmocka_unit_test(blind_set_hundred_and_fifty_fourth_batch_names),
        cmocka_unit_test(blind_set_hundred_and_sixty_sixth_batch_names),
        cmocka_unit_test(blind_set_hundred_and_eighty_sixth_batch_names),
        cmocka_unit_test(blind_set_two_hundred_and_second_batch_names),
        cmocka_unit_test(blind_set_two_hundred_and_eighteenth_batch_names),
        cmocka_unit_test(blind_set_two_hundred_and_thirty_fourth_batch_names),
        cmocka_unit_test(blind_set_two_hundred_and_fiftieth_batch_names),
        cmocka_unit_test(blind_set_two_hundred_and_sixty_sixth_batch_names),
        cmocka_unit_test(blind_set_two_hundred_and_eighty_second_batch_names),
        cmocka_unit_test(blind_set_two_hundred_and_ninetieth_batch_names),
        cmocka_unit_test(blind_set_two_hundred_and_seventy_fourth_batch_names),
        cmocka_unit_test(blind_set_two_hundred_and_seventy_fourth_batch_names_second_round),
        cmocka_unit_test(short_forms_told_before_their_full_names),
    };
    return cmocka_run_group_tests_name("entity", tests, test_setup_engine, test_teardown_engine);
}
