/* Unit tests for reader.c: UTF-8, front matter, zones, sentences, offsets. */
#include "harness.h"

static chr_reader *reader;
static chr_rules *rules;

static int setup(void **state)
{
    (void)state;
    chr_error err;
    rules = chr_rules_load_embedded(&err);
    reader = chr_reader_new(rules, &err);
    return reader ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    chr_reader_free(reader);
    chr_rules_free(rules);
    return 0;
}

static chr_doc *load(const char *text, chr_error *err)
{
    chr_read_options opts = {0};
    chr_doc *doc = NULL;
    chr_reader_load_bytes("t.txt", text, strlen(text), &opts, reader, &doc, err);
    return doc;
}

static void rejects_invalid_utf8_with_offset(void **state)
{
    (void)state;
    chr_error err;
    chr_read_options opts = {0};
    chr_doc *doc = NULL;
    const char bad[] = "ab\xc3\x28";
    assert_int_equal(chr_reader_load_bytes("t.txt", bad, 4, &opts, reader, &doc, &err), CHR_ERR_INPUT);
    assert_int_equal(err.offset, 2);
    const char nul[] = "abc\0def";
    assert_int_equal(chr_reader_load_bytes("t.txt", nul, 7, &opts, reader, &doc, &err), CHR_ERR_INPUT);
    assert_int_equal(err.offset, 3);
    /* overlong encoding and surrogates are invalid too */
    assert_int_equal(chr_reader_load_bytes("t.txt", "\xc0\xaf", 2, &opts, reader, &doc, &err), CHR_ERR_INPUT);
    assert_int_equal(chr_reader_load_bytes("t.txt", "\xed\xa0\x80", 3, &opts, reader, &doc, &err), CHR_ERR_INPUT);
    opts.lossy = 1;
    assert_int_equal(chr_reader_load_bytes("t.txt", bad, 4, &opts, reader, &doc, &err), CHR_OK);
    assert_non_null(strstr(doc->text, "\xEF\xBF\xBD"));
    chr_doc_free(doc);
}

static void reads_front_matter(void **state)
{
    (void)state;
    chr_error err;
    chr_doc *doc = load("---\ntitle: A title\nsource: Wire\ndate: 2023-11-30   # comment\nlang: ko\nurl: https://x.org/#a\n---\n본문이다.\n", &err);
    assert_non_null(doc);
    assert_string_equal(doc->title, "A title");
    assert_string_equal(doc->source, "Wire");
    assert_string_equal(doc->url, "https://x.org/#a");
    assert_int_equal(doc->lang, CHR_LANG_KO);
    assert_int_equal(doc->dct.year, 2023);
    assert_int_equal(doc->dct.day, 30);
    assert_string_equal(doc->text + doc->body_start, "본문이다.\n");
    chr_doc_free(doc);
    assert_null(load("---\ndate: 2023-02-29\n---\nx\n", &err));
    assert_int_equal(err.line, 2);
}

/* The date, day and clock time the header says the article was published,
 * or -1s when no DCT was found. */
static void expect_published(const char *text, int year, int month, int day, int hour, int minute)
{
    chr_error err;
    chr_doc *doc = load(text, &err);
    assert_non_null(doc);
    if (year < 0) {
        assert_false(doc->dct.present);
    } else {
        assert_true(doc->dct.present);
        assert_int_equal(doc->dct.year, year);
        assert_int_equal(doc->dct.month, month);
        assert_int_equal(doc->dct.day, day);
        assert_int_equal(doc->dct.hour, hour);
        assert_int_equal(doc->dct.minute, minute);
    }
    chr_doc_free(doc);
}

/* With no front matter date and no --dct, the header's publication line
 * dates the article, in both languages and in the forms outlets use */
static void reads_the_publication_date_from_the_header(void **state)
{
    (void)state;
    expect_published("Harbor Trade Daily\n\nBoard ousts founder\n\nPublished March 4, 2026\n\nThe board voted.\n", 2026, 3,
                     4, -1, -1);
    expect_published("Published Sept. 9, 2024, 4:05 p.m. KST\n\nThe board voted.\n", 2024, 9, 9, 16, 5);
    expect_published("Updated: 08:15, 2 October 2025 | Posted earlier\nThe board voted.\n", 2025, 10, 2, 8, 15);
    expect_published("Fern Wire\nJuly 30, 2025 11:20 AM GMT+9 Updated an hour ago\nThe board voted.\n", 2025, 7, 30, 11,
                     20);
    expect_published("MERIDIAN BULLETIN | ISSUE 12 | FRIDAY, JANUARY 16, 2026\nThe board voted.\n", 2026, 1, 16, -1, -1);
    expect_published("Coastline Review | Interviews | 27.06.2025\nQ: When did you leave?\n", 2025, 6, 27, -1, -1);
    expect_published("BUSAN, South Korea, Aug. 12, 2024 (Harbor Wire) - The board voted on Monday.\n", 2024, 8, 12, -1, -1);
    expect_published("새봄경제 | 산업부 하지민 기자 | 입력 2025.05.07 오후 3:12\n\n이사회가 열렸다.\n", 2025, 5, 7, 15, 12);
    expect_published("누리방송 저녁뉴스 | 2026년 1월 9일(금) 방송\n[앵커]\n이사회가 열렸습니다.\n", 2026, 1, 9, -1, -1);
    expect_published("[새봄경제 하지민 기자] 2024.10.02 06:30\n이사회가 열렸다.\n", 2024, 10, 2, 6, 30);
    expect_published("배포일시: 2027. 3. 2.(화) 오전 9시 | 보도시점: 즉시\n이사회가 열렸다.\n", 2027, 3, 2, 9, 0);
    /* not a day the article tells, a list item or another day's label */
    expect_published("The board met on March 4, 2026 and voted.\nIt was over.\n", -1, 0, 0, 0, 0);
    expect_published("■ 2024년 11월 8일\n이사회가 대표를 해임했다.\n", -1, 0, 0, 0, 0);
    expect_published("회사개요 | 새봄시스템 | 설립일 2011.04.12 | 상장일 2019.11.21\n이사회가 열렸다.\n", -1, 0, 0, 0, 0);
    /* nor a day that does not exist */
    expect_published("Published February 30, 2025\nThe board voted.\n", -1, 0, 0, 0, 0);
    /* the front matter's date comes first */
    expect_published("---\ndate: 2023-11-30\n---\nPublished March 4, 2026\nThe board voted.\n", 2023, 11, 30, -1, -1);
}

static void splits_sentences_around_abbreviations(void **state)
{
    (void)state;
    chr_error err;
    chr_doc *doc = load("Mr. Kim met Dr. Lee on Nov. 17 in the U.S. and paid 5.1 million. He left. \"Why?\" she asked (really. no).\n", &err);
    assert_non_null(doc);
    assert_int_equal(doc->sentences.len, 3);
    chr_doc_free(doc);
    doc = load("알트만은 복귀했다. 그는 \"기쁘다.\"라고 말했다! 정말일까? 그렇다.\n", &err);
    assert_int_equal(doc->sentences.len, 4);
    chr_doc_free(doc);
    /* a digit after a stop that follows a Hangul syllable opens a sentence;
     * after a Latin abbreviation or inside a number it does not */
    doc = load("한결은 2012년 창업한 회사다. 2021년 코스닥에 상장했다. 지분 3.5%를 팔았다. 제품 No. 5를 냈다.\n", &err);
    assert_int_equal(doc->sentences.len, 4);
    chr_doc_free(doc);
}

/* The zone of the first sentence that starts with 'prefix' (-1: none). */
static int zone_of(const chr_doc *doc, const char *prefix)
{
    for (size_t i = 0; i < doc->sentences.len; i++)
        if (strncmp(doc->text + doc->sentences.items[i].start, prefix, strlen(prefix)) == 0)
            return (int)doc->sentences.items[i].zone;
    return -1;
}

/* An unknown zone kind in a rule file is an error naming the file and
 * line, and builds no reader. */
static void rejects_an_unknown_zone_kind(void **state)
{
    (void)state;
    chr_error err;
    const char text[] = "zone\tbyline\t(?:By)\\h+\\w+\nzone\tfooter\t(?:Copyright)\n";
    chr_rules *r = chr_rules_load_text("z.rules", "en", text, sizeof text - 1, &err);
    assert_non_null(r);
    assert_null(chr_reader_new(r, &err));
    assert_int_equal(err.code, CHR_ERR_RULES);
    assert_non_null(strstr(err.message, "footer"));
    assert_int_equal(err.line, 2);
    chr_rules_free(r);
}

static void decks_above_the_first_paragraph_are_headlines(void **state)
{
    (void)state;
    chr_error err;
    /* a menu, a breadcrumb, the headline and two decks above the byline:
     * they sum the story up, the paragraphs tell it */
    chr_doc *doc = load("바이오위클리\n\n제약 | 바이오 | 투자\n\nHOME > 산업\n\n[단독] 가람제약 대표 해임\n\n"
                        "해임→반발→복귀 협상\n\n이사회와 창업자의 엇갈린 셈법\n\n"
                        "이나래 기자 | 입력 2026.03.02 09:00\n\n"
                        "가람제약 이사회는 지난달 27일 창업자인 오세훈 대표를 해임했다고 밝혔다.\n",
                        &err);
    assert_non_null(doc);
    assert_int_equal(zone_of(doc, "[단독]"), CHR_ZONE_HEADLINE);
    assert_int_equal(zone_of(doc, "해임→반발"), CHR_ZONE_HEADLINE);
    assert_int_equal(zone_of(doc, "이사회와 창업자의"), CHR_ZONE_HEADLINE);
    assert_int_equal(zone_of(doc, "가람제약 이사회는"), CHR_ZONE_BODY);
    chr_doc_free(doc);
    /* a photo caption with its credit is no deck */
    doc = load("The Ledger\n\nNEWS | SPORTS | BUSINESS\n\nBakery workers walk out\n\n"
               "[Photo] Pickets outside the bakery on March 3. (Ledger/J. Moss)\n\n"
               "Workers at Ormerod's bakery walked out on Tuesday, the union said.\n",
               &err);
    assert_non_null(doc);
    assert_int_equal(zone_of(doc, "[Photo]"), CHR_ZONE_BODY);
    chr_doc_free(doc);
    /* many short lines above the first paragraph are a list that tells
     * the story ("2019: founded"), not decks */
    doc = load("The Ledger\n\nBakery: a timeline\n\n2019 founded by the Ormerods\n\n2021 second shop opened\n\n"
               "2023 sold to a fund\n\n2024 third shop opened\n\n2025 founder returns\n\n2026 union recognised\n\n2027 fourth shop opened\n\n"
               "The bakery has changed hands twice in five years, records show.\n",
               &err);
    assert_non_null(doc);
    assert_int_equal(zone_of(doc, "2023 sold"), CHR_ZONE_BODY);
    chr_doc_free(doc);
    /* a standfirst that ends like a sentence, above the byline, is the
     * headline's; the byline is chrome; an info box's fields and a
     * paragraph ending in a citation mark are body */
    doc = load("The Ledger\n\nNEWS | SPORTS | BUSINESS\n\nFounder wants her old job back\n\n"
               "Days after Pellow settled with regulators, its former chief launched a proxy fight.\n\n"
               "By Jane Roe | Staff Writer\n\n"
               "Pellow's former chief executive said on Monday she had nominated four directors.\n",
               &err);
    assert_non_null(doc);
    assert_int_equal(zone_of(doc, "Days after Pellow"), CHR_ZONE_HEADLINE);
    assert_int_equal(zone_of(doc, "By Jane Roe"), CHR_ZONE_BOILERPLATE);
    assert_int_equal(zone_of(doc, "Pellow's former"), CHR_ZONE_BODY);
    chr_doc_free(doc);
    doc = load("Pellow Corp\n\nFrom the business encyclopedia\n\nPellow Corp, Inc.\n\nFounded: 2014, Leeds\n\n"
               "Key people: Jane Roe (CEO)\n\n"
               "Pellow was founded in Leeds in 2014.[1]\n\nThe board removed Roe in 2027.[2]\n",
               &err);
    assert_non_null(doc);
    assert_int_equal(zone_of(doc, "Founded: 2014"), CHR_ZONE_BODY);
    assert_int_equal(zone_of(doc, "The board removed"), CHR_ZONE_BODY);
    chr_doc_free(doc);
    /* "RELATED" alone on its line starts the trailing boilerplate */
    doc = load("The Ledger\n\nBakery sold\n\nThe town's oldest bakery was sold to a fund on Friday, the family said.\n\n"
               "RELATED\n- People on the Move: Roe joins Pellow board (2021)\n",
               &err);
    assert_non_null(doc);
    assert_int_equal(zone_of(doc, "- People on the Move"), CHR_ZONE_BOILERPLATE);
    chr_doc_free(doc);
}

static void marks_scraped_header_and_boilerplate(void **state)
{
    (void)state;
    chr_error err;
    chr_doc *doc = load("테크뉴스\n\n회사 대표 전격 사임, 그 이유는…\n\n김서연 대표가 사임했다. 이사회가 수용했다.\n\n관련기사\n다른 기사 제목\n", &err);
    assert_non_null(doc);
    assert_int_equal(doc->sentences.items[0].zone, CHR_ZONE_PUBLISHER);
    assert_int_equal(doc->sentences.items[1].zone, CHR_ZONE_HEADLINE);
    assert_int_equal(doc->sentences.items[2].zone, CHR_ZONE_BODY);
    assert_int_equal(doc->sentences.items[doc->sentences.len - 1].zone, CHR_ZONE_BOILERPLATE);
    assert_string_equal(doc->title, "회사 대표 전격 사임, 그 이유는…");
    chr_doc_free(doc);
    /* a byline under the headline is chrome of its own line: the body
     * goes on below it up to the trailing boilerplate */
    doc = load("테크뉴스\n\n전체기사 | 경제 | 산업\n\n회사 대표 전격 사임\n\n공유 | 인쇄\n\n"
               "박하늘 기자 sky@technews.example\n\n"
               "김서연 대표가 지난 3일 이사회에 사의를 밝혔다고 회사가 전했다.\n\n"
               "ⓒ 테크뉴스 무단전재 금지\n",
               &err);
    assert_non_null(doc);
    assert_int_equal(doc->sentences.items[4].zone, CHR_ZONE_BOILERPLATE);
    assert_int_equal(doc->sentences.items[5].zone, CHR_ZONE_BODY);
    assert_int_equal(doc->sentences.items[doc->sentences.len - 1].zone, CHR_ZONE_BOILERPLATE);
    chr_doc_free(doc);
    /* a block of links inside the story, and the story going on below it */
    doc = load("테크뉴스\n\n회사 대표 전격 사임\n\n김서연 대표가 지난 3일 이사회에 사의를 밝혔다고 회사가 전했다.\n\n"
               "관련기사\n다른 기사 제목 하나\n다른 기사 제목 둘\n\n"
               "이사회는 이튿날 후임 선임 절차에 들어갔다고 밝혔다. 직원들은 동요하지 않았다.\n\n"
               "후임은 다음 달 임시 주주총회에서 정해질 예정이라고 회사 관계자가 말했다.\n\n"
               "ⓒ 테크뉴스 무단전재 금지\n",
               &err);
    assert_non_null(doc);
    int body_after_block = 0, block_is_chrome = 1;
    for (size_t i = 0; i < doc->sentences.len; i++) {
        const chr_sentence *st = &doc->sentences.items[i];
        if (strncmp(doc->text + st->start, "이사회는 이튿날", strlen("이사회는 이튿날")) == 0)
            body_after_block = st->zone == CHR_ZONE_BODY;
        if (strncmp(doc->text + st->start, "다른 기사", strlen("다른 기사")) == 0 && st->zone == CHR_ZONE_BODY)
            block_is_chrome = 0;
    }
    assert_true(body_after_block);
    assert_true(block_is_chrome);
    chr_doc_free(doc);
    /* a share bar or a menu of items between bars is chrome */
    doc = load("The Ledger\n\nBakery sold\n\nThe town's oldest bakery has a new owner, the family said.\n\n"
               "Share on Facebook | Share on X | Email\n\n"
               "Ormerod's bakery was sold to a fund on Friday, the family said.\n",
               &err);
    assert_non_null(doc);
    for (size_t i = 0; i < doc->sentences.len; i++) {
        const chr_sentence *st = &doc->sentences.items[i];
        if (strncmp(doc->text + st->start, "Share on", 8) == 0) assert_int_equal(st->zone, CHR_ZONE_BOILERPLATE);
        if (strncmp(doc->text + st->start, "Ormerod", 7) == 0) assert_int_equal(st->zone, CHR_ZONE_BODY);
    }
    chr_doc_free(doc);
}

static void publisher_line_and_dateline_name_the_source(void **state)
{
    (void)state;
    chr_error err;
    chr_doc *doc = load("테크뉴스\n\n회사 대표 전격 사임\n\n김서연 대표가 사임했다.\n", &err);
    assert_string_equal(doc->source, "테크뉴스");
    chr_doc_free(doc);
    doc = load("(서울=한결통신) 정윤서 기자 = 김서연 대표가 사임했다.\n", &err);
    assert_string_equal(doc->source, "한결통신");
    assert_int_equal(doc->sentences.items[0].zone, CHR_ZONE_PUBLISHER);
    assert_int_equal(doc->sentences.items[1].zone, CHR_ZONE_BODY);
    assert_int_equal(doc->text[doc->sentences.items[1].start], doc->text[strlen("(서울=한결통신) 정윤서 기자 = ")]);
    chr_doc_free(doc);
    doc = load("SEOUL (Harbor Wire) — Nova Robotics fired its chief executive.\n", &err);
    assert_string_equal(doc->source, "Harbor Wire");
    chr_doc_free(doc);
}

/* The speaker's label opening a line of an interview is a sentence of its
 * own, so what is said opens the next one; a time stamp, a one-word label
 * or a day heading a line stays in its sentence. */
static void a_speakers_label_is_a_sentence_of_its_own(void **state)
{
    (void)state;
    chr_error err;
    chr_doc *doc = load("Q&A with the union\n\nH&K: What happened next?\n\n"
                        "Chiara Benedetti: Two days later the ministry opened an inquiry.\n\n"
                        "14:32: The board met again.\n\nOkafor: Yes, we sued.\n\nMonday: The board met.\n",
                        &err);
    assert_non_null(doc);
    size_t said = SIZE_MAX, label = SIZE_MAX, stamp = SIZE_MAX, answer = SIZE_MAX, day = SIZE_MAX;
    for (size_t i = 0; i < doc->sentences.len; i++) {
        const chr_sentence *st = &doc->sentences.items[i];
        if (strncmp(doc->text + st->start, "Two days later", 14) == 0) said = i;
        if (strncmp(doc->text + st->start, "Chiara Benedetti:", 17) == 0) label = i;
        if (strncmp(doc->text + st->start, "14:32:", 6) == 0) stamp = i;
        if (strncmp(doc->text + st->start, "Okafor: Yes", 11) == 0) answer = i;
        if (strncmp(doc->text + st->start, "Monday:", 7) == 0) day = i;
    }
    /* (a one-word name stays with the answer, whose "I" it names; so does
     * a day heading a chronology line) */
    assert_true(answer != SIZE_MAX);
    assert_true(day != SIZE_MAX && doc->sentences.items[day].end > doc->sentences.items[day].start + 8);
    assert_true(said != SIZE_MAX && label != SIZE_MAX && label + 1 == said);
    assert_int_equal(doc->sentences.items[label].zone, CHR_ZONE_BODY);
    assert_true(stamp != SIZE_MAX);
    assert_true(doc->sentences.items[stamp].end > doc->sentences.items[stamp].start + 8);
    chr_doc_free(doc);
}

static void maps_bytes_to_code_points(void **state)
{
    (void)state;
    chr_error err;
    chr_doc *doc = load("\xEF\xBB\xBF가나\r\nab", &err);
    assert_non_null(doc);
    assert_int_equal(chr_doc_cp_offset(doc, 3), 1);  /* after the BOM */
    assert_int_equal(chr_doc_cp_offset(doc, 9), 3);  /* after 가나 */
    assert_int_equal(doc->length_cp, 7);
    chr_doc_free(doc);
}

static void detects_language(void **state)
{
    (void)state;
    chr_error err;
    chr_doc *doc = load("오픈AI의 샘 알트만 CEO가 복귀했다고 회사가 밝혔다.\n", &err);
    assert_int_equal(doc->lang, CHR_LANG_KO);
    chr_doc_free(doc);
    doc = load("The board of the company fired its chief executive on Friday.\n", &err);
    assert_int_equal(doc->lang, CHR_LANG_EN);
    chr_doc_free(doc);
    doc = load("", &err);
    assert_int_equal(doc->lang, CHR_LANG_UNKNOWN);
    assert_int_equal(doc->sentences.len, 0);
    chr_doc_free(doc);
}

static void parses_dct_flags(void **state)
{
    (void)state;
    chr_dct d;
    assert_true(chr_parse_dct("2024-02-29", &d));
    assert_false(chr_parse_dct("2023-02-29", &d));
    assert_false(chr_parse_dct("2023-13-45", &d));
    assert_true(chr_parse_dct("2013-02-12T04:30", &d));
    assert_int_equal(d.hour, 4);
    assert_true(chr_parse_dct("2013-02-12T04:30:00-02:00", &d));
    assert_false(chr_parse_dct("2013-02-12x", &d));
    assert_false(chr_parse_dct("yesterday", &d));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rejects_invalid_utf8_with_offset),
        cmocka_unit_test(reads_front_matter),
        cmocka_unit_test(splits_sentences_around_abbreviations),
        cmocka_unit_test(marks_scraped_header_and_boilerplate),
        cmocka_unit_test(decks_above_the_first_paragraph_are_headlines),
        cmocka_unit_test(rejects_an_unknown_zone_kind),
        cmocka_unit_test(publisher_line_and_dateline_name_the_source),
        cmocka_unit_test(a_speakers_label_is_a_sentence_of_its_own),
        cmocka_unit_test(maps_bytes_to_code_points),
        cmocka_unit_test(detects_language),
        cmocka_unit_test(parses_dct_flags),
        cmocka_unit_test(reads_the_publication_date_from_the_header),
    };
    return cmocka_run_group_tests_name("reader", tests, setup, teardown);
}
