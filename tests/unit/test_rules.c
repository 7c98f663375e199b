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

static void finds_a_clause_opening_order_cue(void **state)
{
    (void)state;
    chr_error err;
    const char text[] = "word\torder_cue\tafter\tafter_pre\nword\tdeterminer\tan\n";
    chr_rules *r = chr_rules_load_text("t.rules", "en", text, sizeof text - 1, &err);
    assert_non_null(r);
    const char clause[] = ", just days after investigators ";
    const char noun[] = " in February after an internal ";
    const char none[] = " the afternoon ";
    assert_true(chr_rules_clause_cue_in(r, clause, sizeof clause - 1));
    assert_false(chr_rules_clause_cue_in(r, noun, sizeof noun - 1));
    assert_false(chr_rules_clause_cue_in(r, none, sizeof none - 1));
    assert_false(chr_rules_clause_cue_in(r, clause, 0));
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
    /* a word class becomes a prefix tree */
    assert_string_equal(x, "(?:Nov(?:ember)?) (?:[0-9]{1,2})");
    free(x);
    /* quantifiers are not macros */
    x = chr_rules_expand(r, NULL, "a{2,3}", &err);
    assert_string_equal(x, "a{2,3}");
    free(x);
    assert_null(chr_rules_expand(r, NULL, "{Nope}", &err));
    assert_non_null(strstr(err.message, "not defined"));
    chr_rules_free(r);
}

/* The prefix tree of a word class matches what the alternation of its
 * words, longest first, matches: the same words in the same order, also
 * where what follows makes the regex back off to a shorter word. */
static void word_class_tree_matches_like_the_alternation(void **state)
{
    (void)state;
    chr_error err;
    const char text[] = "word\tn\ta\nword\tn\tan\nword\tn\tanother\nword\tn\ta few\nword\tn\ta couple\n"
                        "word\tn\ta couple of\nword\tn\tMonday\nword\tn\tmonday\n"
                        "word\tc\tMon\nword\tc\tmonday\nword\tk\t일\nword\tk\t일곱\n";
    chr_rules *r = chr_rules_load_text("t.rules", "en", text, sizeof text - 1, &err);
    assert_non_null(r);
    char *x = chr_rules_expand(r, NULL, "{word:n}", &err);
    assert_string_equal(x, "(?:(?:[Mm]onday|a(?:\\h+(?:couple(?:\\h+of)?|few)|n(?:other)?)?))");
    free(x);
    /* "Mon" and "monday" may match the same text under (?i): the alternation stays */
    x = chr_rules_expand(r, NULL, "{word:c}", &err);
    assert_string_equal(x, "(?:monday|Mon)");
    free(x);
    x = chr_rules_expand(r, NULL, "{word:k}", &err);
    assert_string_equal(x, "(?:일(?:곱)?)");
    free(x);
    const char *pairs[][2] = {
        {"(?i:{word:n})(?<rest>\\h*[a-z]*)$", "(?i:(?:a\\h+couple\\h+of|a\\h+couple|another|Monday|monday|a\\h+few|an|a))(?<rest>\\h*[a-z]*)$"},
        {"{word:n}\\h+of\\b", "(?:a\\h+couple\\h+of|a\\h+couple|another|Monday|monday|a\\h+few|an|a)\\h+of\\b"},
        {"{word:k}곱?", "(?:일곱|일)곱?"},
    };
    const char *subjects[] = {"a couple of", "A Couple  of days", "another", "an other", "a  few", "MONDAY x",
                              "monday", "Mon of", "a couple of of", "일곱", "일곱곱", "x a", ""};
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        chr_regex *tree = chr_regex_compile(r, NULL, pairs[i][0], &err);
        chr_regex *alt = chr_regex_compile(NULL, NULL, pairs[i][1], &err);
        assert_non_null(tree);
        assert_non_null(alt);
        for (size_t k = 0; k < sizeof subjects / sizeof subjects[0]; k++) {
            const char *s = subjects[k];
            chr_match a, b;
            int ra = chr_regex_find(tree, s, strlen(s), 0, &a, &err), rb = chr_regex_find(alt, s, strlen(s), 0, &b, &err);
            assert_int_equal(ra, rb);
            if (ra != 1) continue;
            assert_int_equal(a.start, b.start);
            assert_int_equal(a.end, b.end);
            assert_int_equal(a.ngroups, b.ngroups);
            for (int g = 0; g < a.ngroups; g++) assert_int_equal(a.group_end[g], b.group_end[g]);
        }
        chr_regex_free(tree);
        chr_regex_free(alt);
    }
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

/* A word class named again expands to the same alternation (it is
 * built once and kept), and one never defined is still an error that
 * names it, each time it is named. */
static void word_class_expands_the_same_each_time(void **state)
{
    (void)state;
    chr_error err;
    const char text[] = "word\tm\tNov\t11\nword\tm\tNovember\t11\nword\tk\t일\t1\n";
    chr_rules *r = chr_rules_load_text("t.rules", "en", text, sizeof text - 1, &err);
    assert_non_null(r);
    char *first = chr_rules_expand(r, NULL, "{word:m}|{word:k}", &err);
    char *again = chr_rules_expand(r, NULL, "x{word:k}{word:m}", &err);
    assert_string_equal(first, "(?:Nov(?:ember)?)|(?:일)");
    assert_string_equal(again, "x(?:일)(?:Nov(?:ember)?)");
    free(first);
    free(again);
    for (int i = 0; i < 2; i++) {
        chr_rule_record rec = {.file = "y.rules", .line = 3 + i};
        assert_null(chr_rules_expand(r, &rec, "{word:nope}", &err));
        assert_string_equal(err.message, "{word:nope}: no word of class 'nope' is defined");
        assert_int_equal(err.line, 3 + i);
    }
    chr_rules_free(r);
}

/* A regex is compiled to machine code after its first searches (not at
 * once): the matches it finds are the same before and after. */
static void searches_agree_before_and_after_jit(void **state)
{
    (void)state;
    chr_error err;
    chr_regex *re = chr_regex_compile(NULL, NULL, "(?<day>[0-9]{1,2})일|(?<word>이사회)", &err);
    assert_non_null(re);
    const char *s = "지난 17일 이사회가 열렸고 3일 뒤 이사회는 다시 모였다";
    size_t len = strlen(s);
    size_t want[][2] = {{7, 12}, {13, 22}, {36, 40}, {45, 54}};
    for (int round = 0; round < 40; round++) {
        size_t from = 0, found = 0;
        chr_match m;
        while (chr_regex_find(re, s, len, from, &m, &err) == 1) {
            assert_true(found < 4);
            assert_int_equal(m.start, want[found][0]);
            assert_int_equal(m.end, want[found][1]);
            found++;
            from = chr_regex_next_start(s, len, &m);
        }
        assert_int_equal(found, 4);
        /* the limited search takes the same path */
        assert_int_equal(chr_regex_find_limited(re, s, len, 0, 8, &m, &err), 1);
        assert_int_equal(m.start, 7);
        assert_int_equal(chr_regex_find_limited(re, s, len, 0, 6, &m, &err), 0);
    }
    chr_regex_free(re);
}

/* A search asked to start inside a character (a fixed count of bytes
 * back from a time) starts at the next one. */
static void a_search_from_inside_a_character_starts_at_the_next(void **state)
{
    (void)state;
    chr_error err;
    chr_regex *re = chr_regex_compile(NULL, NULL, "(?:사이|나)\\z", &err);
    assert_non_null(re);
    const char *s = "가나";
    size_t len = strlen(s);
    chr_match m;
    for (size_t from = 1; from <= 3; from++) {
        assert_int_equal(chr_regex_find(re, s, len, from, &m, &err), 1);
        assert_int_equal(m.start, 3);
        assert_int_equal(chr_regex_find_limited(re, s, len, from, 3, &m, &err), 1);
        assert_int_equal(m.start, 3);
    }
    /* (nothing starts at or before the limit once the start moves past it) */
    assert_int_equal(chr_regex_find_limited(re, s, len, 1, 2, &m, &err), 0);
    chr_regex_free(re);
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

/* Gates: the flag's items found in one pass, word starts, reach, errors
 * that name the record, and gates derived from a pattern's first words. */
static void gates_find_their_items(void **state)
{
    (void)state;
    chr_error err;
    chr_error_clear(&err);
    const char text[] = "word\ttitle\t대표\nword\ttitle\t이사회 의장\nword\ttitle\tCEO\ndefine\tSUF\t(?:랩스|{word:title})\n"
                        "entity\tperson\tx\tgate:5:^{word:title}\nentity\torg\ty\tgate:3:{SUF}|(\n";
    chr_rules *r = chr_rules_load_text("g.rules", "ko", text, sizeof text - 1, &err);
    assert_non_null(r);
    chr_gates *g = chr_gates_new();
    int a = chr_gates_add(g, r, chr_rules_at(r, 4), chr_rules_at(r, 4)->fields[3], &err);
    int b = chr_gates_add(g, r, chr_rules_at(r, 5), chr_rules_at(r, 5)->fields[3], &err);
    assert_int_equal(a, 0);
    assert_int_equal(b, 1);
    assert_int_equal(chr_gates_add(g, r, chr_rules_at(r, 4), "gate:5:^{word:title}", &err), 0); /* shared */
    assert_int_equal(chr_gates_reach(g, a), 5);
    /* "대표" at a word start (both gates), inside a word (the second only),
     * "이사회" (first word of "이사회 의장"), "랩스", "(" and "CEO" */
    const char *t = "김 대표는 부대표 이사회 루메라랩스(x) CEO";
    chr_gate_hits hits = {0};
    chr_gates_scan(g, t, strlen(t), 0, strlen(t), &hits);
    const char *want[] = {"대표는", "대표 이사회", "이사회", "랩스", "(x)", "CEO"};
    uint64_t masks[] = {3, 2, 3, 2, 2, 3};
    assert_int_equal(hits.len, 6);
    for (size_t i = 0; i < hits.len; i++) {
        assert_int_equal(strncmp(t + hits.items[i].at, want[i], strlen(want[i]) < 3 ? 1 : 3), 0);
        assert_int_equal(hits.items[i].mask, masks[i]);
    }
    /* only positions in [from, to) */
    hits.len = 0;
    chr_gates_scan(g, t, strlen(t), 0, 5, &hits);
    assert_int_equal(hits.len, 1);
    chr_vec_free(&hits);
    assert_int_equal(chr_utf8_back(t, 4, 2), 0); /* "김 " back from "대" */
    /* errors name the record */
    const char *bad[] = {"gate:", "gate:5:", "gate:5:a||b", "gate:5:{word:nope}", "gate:5:{NOPE}", "gate:9999999:a"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        chr_error_clear(&err);
        assert_int_equal(chr_gates_add(g, r, chr_rules_at(r, 4), bad[i], &err), -1);
        assert_int_equal(err.code, CHR_ERR_RULES);
        assert_string_equal(err.file, "g.rules");
        assert_int_equal(err.line, 5);
    }
    /* first words of patterns */
    assert_true(chr_gates_add_leading(g, "(?<trigger>해임|해고)(?!안)") >= 0);
    assert_true(chr_gates_add_leading(g, "\\b(?:fired|stepped down)\\b") >= 0);
    assert_true(chr_gates_add_leading(g, "이사회에\\h*(?<trigger>복귀)") >= 0);
    assert_int_equal(chr_gates_add_leading(g, "(?<=x)abc"), -1);      /* a lookbehind first */
    assert_true(chr_gates_add_leading(g, "(?:abc)?def") >= 0);        /* an optional group: its words and the next */
    assert_int_equal(chr_gates_add_leading(g, "(?:abc)?[de]f"), -1);  /* ... and nothing plain after it */
    assert_int_equal(chr_gates_add_leading(g, "(?:abc)??def"), -1);   /* a lazy one */
    assert_int_equal(chr_gates_add_leading(g, "ab|[cd]e"), -1);       /* a class */
    assert_int_equal(chr_gates_add_leading(g, "a?bc"), -1);           /* an optional first letter */
    assert_int_equal(chr_gates_add_leading(g, "(?i)abc"), -1);        /* options */
    hits.len = 0;
    const char *u = "그는 해고됐다. He stepped down and 이사회에 복귀";
    chr_gates_scan(g, u, strlen(u), 0, strlen(u), &hits);
        assert_int_equal(hits.len, 3);
    chr_vec_free(&hits);
    chr_gates_free(g);
    chr_rules_free(r);
}

/* The gate scan's shortcuts (first bytes, Latin pairs and triples,
 * Hangul syllables that start nothing, chains by first two bytes) find
 * exactly what a naive search for every literal at every character
 * finds: literals of one byte, Latin words sharing their first letters
 * (with and without a literal of their first two), a sign outside Hangul,
 * single syllables and syllable pairs, at the ends of the text. */
static void gate_scan_agrees_with_a_naive_search(void **state)
{
    (void)state;
    const char *lits[] = {",", "?", "to", "fire", "fired", "firm", "first", "fi", "€5", "고", "해임", "이사회", "대표",
                          "stepped"};
    size_t nlits = sizeof lits / sizeof lits[0];
    chr_gates *g = chr_gates_new();
    int gate[sizeof lits / sizeof lits[0]];
    chr_error err;
    chr_error_clear(&err);
    for (size_t k = 0; k < nlits; k++) {
        char spec[32];
        snprintf(spec, sizeof spec, "gate:%s", lits[k]);
        gate[k] = chr_gates_add(g, NULL, NULL, spec, &err);
        assert_true(gate[k] >= 0);
    }
    const char *texts[] = {
        "fired, to the first firm?", "?fi", "to", "f", ",", "해임", "고", "이사회 대표가 해고됐다, 고 €5 fire",
        "대표이사회고?", "the firing of a fir tree: €5? €", "해", "회사 to고,fi", "st", "ste", "stem stepped",
        "stepped", "steppe",
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        const char *x = texts[t];
        size_t len = strlen(x);
        chr_gate_hits hits = {0};
        chr_gates_scan(g, x, len, 0, len, &hits);
        size_t h = 0;
        for (size_t i = 0; i < len; i++) {
            if (((unsigned char)x[i] & 0xC0) == 0x80) continue; /* literals start at characters */
            uint64_t want = 0;
            for (size_t k = 0; k < nlits; k++)
                if (strlen(lits[k]) <= len - i && memcmp(x + i, lits[k], strlen(lits[k])) == 0)
                    want |= (uint64_t)1 << gate[k];
            if (!want) continue;
            assert_true(h < hits.len);
            assert_int_equal(hits.items[h].at, i);
            assert_int_equal(hits.items[h].mask, want);
            h++;
        }
        assert_int_equal(h, hits.len);
        chr_vec_free(&hits);
    }
    chr_gates_free(g);
}

/* A union of gate sets finds for each set what a scan of that set alone
 * finds, at word starts too: literals shared by the sets (with other
 * gates in each, at a word start in one only), literals of one set, over
 * a whole text and over part of it. */
static void gate_union_scans_each_set_as_alone(void **state)
{
    (void)state;
    chr_error err;
    chr_error_clear(&err);
    const char *specs[3][3] = {{"gate:대표|fire", "gate:^대표|이사회", "gate:,"},
                               {"gate:fired|해임", "gate:^대표", NULL},
                               {"gate:이사|?", "gate:^fire", "gate:st"}};
    chr_gates *sets[3];
    for (int k = 0; k < 3; k++) {
        sets[k] = chr_gates_new();
        for (int j = 0; j < 3 && specs[k][j]; j++) assert_int_equal(chr_gates_add(sets[k], NULL, NULL, specs[k][j], &err), j);
    }
    chr_gates *u = chr_gates_union((const chr_gates *const *)sets, 3);
    assert_non_null(u);
    assert_null(chr_gates_union((const chr_gates *const *)sets, 0));
    const char *texts[] = {"부대표 대표가 이사회에서 해임, fired? firestone 'fire' st", "대표", "", "이사", "xfire,fire"};
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++)
        for (size_t cut = 0; cut < 2; cut++) {
            const char *x = texts[t];
            size_t len = strlen(x), from = cut ? strlen("부대표 ") : 0, to = cut ? len - 2 : len;
            if (from > len || to < from) continue;
            chr_gate_hits outs[3] = {{0}};
            chr_gates_union_scan(u, x, len, from, to, outs);
            for (int k = 0; k < 3; k++) {
                chr_gate_hits alone = {0};
                chr_gates_scan(sets[k], x, len, from, to, &alone);
                assert_int_equal(outs[k].len, alone.len);
                for (size_t h = 0; h < alone.len; h++) {
                    assert_int_equal(outs[k].items[h].at, alone.items[h].at);
                    assert_int_equal(outs[k].items[h].mask, alone.items[h].mask);
                }
                chr_vec_free(&alone);
                chr_vec_free(&outs[k]);
            }
        }
    chr_gates_free(u);
    for (int k = 0; k < 3; k++) chr_gates_free(sets[k]);
}

/* A pattern opened by zero-width assertions gets the gate of what
 * follows them; past the last free gate, patterns share the last one, and
 * the scan reports their words under its number. */
static void leading_gates_pass_assertions_and_share_the_last(void **state)
{
    (void)state;
    chr_gates *g = chr_gates_new();
    assert_int_equal(chr_gates_add_leading(g, "(?<!제)(?<trigger>조사|수사)"), -1);
    int a = chr_gates_add_leading_or_share(g, "(?<!제)(?<trigger>조사|수사)");
    assert_true(a >= 0);
    assert_int_equal(chr_gates_add_leading_or_share(g, "\\b(?<!supply\\h)(?<trigger>agreement)\\b"), a + 1);
    assert_int_equal(chr_gates_add_leading_or_share(g, "(?<![가-힣)])(?:x)"), a + 2); /* a class in the lookbehind */
    assert_int_equal(chr_gates_add_leading_or_share(g, "[ab]c"), -1);              /* no first words */
    for (int k = a + 3; k < CHR_GATES_MAX; k++) {
        char p[32];
        snprintf(p, sizeof p, "w%dz", k);
        assert_int_equal(chr_gates_add_leading_or_share(g, p), k);
    }
    assert_int_equal(chr_gates_add_leading(g, "later"), -1); /* full */
    assert_int_equal(chr_gates_add_leading_or_share(g, "(?<!un)(?:later|after)"), CHR_GATES_MAX - 1);
    const char *t = "조사 later w63z";
    chr_gate_hits hits = {0};
    chr_gates_scan(g, t, strlen(t), 0, strlen(t), &hits);
    assert_int_equal(hits.len, 3);
    assert_int_equal(hits.items[0].mask, (uint64_t)1 << a);
    assert_int_equal(hits.items[1].at, strlen("조사 "));
    assert_int_equal(hits.items[1].mask, (uint64_t)1 << (CHR_GATES_MAX - 1));
    assert_int_equal(hits.items[2].mask, (uint64_t)1 << (CHR_GATES_MAX - 1));
    chr_vec_free(&hits);
    chr_gates_free(g);
}

/* Past the last free gate, a gate flag's items join the last gate of the
 * nearest reach at least as long, and the scan reports them under that
 * number; with no such gate it is an error. */
static void a_full_set_shares_a_gate_of_the_same_reach(void **state)
{
    (void)state;
    chr_error err;
    const char text[] = "word\tkind\tCantieri\n";
    chr_rules *r = chr_rules_load_text("g.rules", "en", text, sizeof text - 1, &err);
    assert_non_null(r);
    chr_gates *g = chr_gates_new();
    for (int k = 0; k < CHR_GATES_MAX; k++) {
        char spec[32];
        snprintf(spec, sizeof spec, k % 2 ? "gate:5:q%dz" : "gate:q%dz", k);
        assert_int_equal(chr_gates_add(g, r, NULL, spec, &err), k);
    }
    int shared = chr_gates_add(g, r, NULL, "gate:5:Cantieri|Astilleros", &err);
    assert_int_equal(shared, CHR_GATES_MAX - 1); /* the last of reach 5 */
    assert_int_equal(chr_gates_add(g, r, NULL, "gate:anywhere", &err), CHR_GATES_MAX - 2);
    assert_int_equal(chr_gates_add(g, r, NULL, "gate:3:three", &err), CHR_GATES_MAX - 1); /* reach 5 holds 3 */
    assert_int_equal(chr_gates_add(g, r, NULL, "gate:7:seven", &err), CHR_GATES_MAX - 2); /* anywhere holds 7 */
    chr_gates *reach_five = chr_gates_new();
    for (int k = 0; k < CHR_GATES_MAX; k++) {
        char spec[32];
        snprintf(spec, sizeof spec, "gate:5:q%dz", k);
        assert_int_equal(chr_gates_add(reach_five, r, NULL, spec, &err), k);
    }
    assert_int_equal(chr_gates_add(reach_five, r, NULL, "gate:7:seven", &err), -1);
    assert_non_null(strstr(err.message, "reach as long"));
    chr_gates_free(reach_five);
    const char *t = "Cantieri Serrafina";
    chr_gate_hits hits = {0};
    chr_gates_scan(g, t, strlen(t), 0, strlen(t), &hits);
    assert_int_equal(hits.len, 1);
    assert_int_equal(hits.items[0].mask, (uint64_t)1 << (CHR_GATES_MAX - 1));
    chr_vec_free(&hits);
    chr_gates_free(g);
    chr_rules_free(r);
}

/* A trigger sharing a gate checks its own first words: the same ones its
 * gate would get, past opening assertions, and none when they cannot be
 * told (nothing appended). */
static void first_words_are_the_leading_literals(void **state)
{
    (void)state;
    chr_strvec w = {0};
    assert_int_equal(chr_gates_first_words("(?<!제)(?<trigger>조사|수사)\\h*", &w), 1);
    assert_int_equal(w.len, 2);
    assert_string_equal(w.items[0], "조사");
    assert_string_equal(w.items[1], "수사");
    assert_int_equal(chr_gates_first_words("\\bfire[ds]", &w), 1);
    assert_int_equal(w.len, 3);
    assert_string_equal(w.items[2], "fire");
    assert_int_equal(chr_gates_first_words("ab|[cd]e", &w), 0); /* a class */
    assert_int_equal(chr_gates_first_words("(?i)abc", &w), 0);  /* options */
    assert_int_equal(w.len, 3);
    /* an optional group: its words, then those of what follows it */
    assert_int_equal(chr_gates_first_words("(?<![가-힣])(?:특별|근로)?감독|검사", &w), 1);
    assert_int_equal(w.len, 7);
    assert_string_equal(w.items[3], "특별");
    assert_string_equal(w.items[4], "근로");
    assert_string_equal(w.items[5], "감독");
    assert_string_equal(w.items[6], "검사");
    chr_strvec_free(&w);
}

/* chr_regex_may_match says no only where the regex finds nothing: the
 * bytes it requires lie outside alternations, optional parts and
 * lookarounds; a pattern it cannot read requires nothing. */
static void may_match_only_rules_out_what_cannot_match(void **state)
{
    (void)state;
    static const struct {
        const char *pattern, *subject;
        int may; /* the expected answer from offset 0 */
    } cases[] = {
        {"(?<trigger>(?:전면|부분|총)?\\h?파업)(?!\\h*권)", "노조가 총 파업을", 1},
        {"(?<trigger>(?:전면|부분|총)?\\h?파업)(?!\\h*권)", "노조가 총 투쟁을", 0},
        {"(?:전면|부분)파업", "전면 투쟁", 0},             /* the alternation passed over, the rest required */
        {"(?:전면|부분)파업", "부분파업", 1},
        {"abc|xyz", "xyz", 1},                           /* top-level alternation */
        {"fired?d", "fir d", 0},                         /* "fire" required, not the optional "d" */
        {"fired?x", "firex", 1},
        {"(?=launch)la\\w+", "lab", 0},                  /* what a lookahead reads is required too */
        {"(?=launch)la\\w+", "launched", 1},
        {"(?!launch)la\\w+", "lab", 1},                  /* a negative one requires nothing */
        {"x(?=(?:ab|cd)efg)", "xabefg", 1},              /* (past an alternation, what all hold) */
        {"x(?=(?:ab|cd)efg)", "xabef", 0},
        {"abc(?:def)?ghi", "abcghi", 1},                 /* an optional group is not required */
        {"abc(?:def)?ghi", "xbcdefghi", 0},
        {"(?i)abcdef", "ABCDEF", 1},                     /* options: not read */
        {"(?i:staff|crew)\\h+marched", "STAFF marched", 1}, /* a group's own options: passed over */
        {"(?i:staff|crew)\\h+marched", "Staff walked", 0},  /* the rest still required */
        {"(?i:marched)\\h+on", "MARCHED on", 1},
        {"(?-i:ab)cdef", "abcdef", 1},
        {"(?-i:ab)cdef", "abcdxf", 0},
        {"(a)x\\1abcd", "abc", 1},                           /* a back reference: not read */
        {"\\Gabcdef", "zzz", 1},                          /* anchored: not prefiltered */
        {"[가-힣]+\\h+기업\\h", "작은 기업 ", 1},
        {"[가-힣]+\\h+기업\\h", "작은 회사 ", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        chr_error err;
        chr_regex *re = chr_regex_compile(NULL, NULL, cases[i].pattern, &err);
        assert_non_null(re);
        size_t n = strlen(cases[i].subject);
        int may = chr_regex_may_match(re, cases[i].subject, n, 0);
        if (may != cases[i].may) fail_msg("case %zu (%s): %d", i, cases[i].pattern, may);
        chr_match m;
        /* never 'no' where the regex finds a match */
        if (!may) assert_int_equal(chr_regex_find(re, cases[i].subject, n, 0, &m, &err), 0);
        chr_regex_free(re);
    }
}

/* The first-byte test before a bounded search (may_start in rules.c)
 * rules out no match: at every start of every subject, a search limited
 * to that start finds a match exactly when the unbounded search from
 * there finds one starting there (the leftmost match starts there when
 * any does), also for \G patterns, case-folded ones and Hangul. */
static void first_bytes_rule_out_no_match(void **state)
{
    (void)state;
    static const char *patterns[] = {
        "\\G(?:던|된|당한|당했던)\\h+",        /* \G: the bytes of the rest; one lead byte */
        "\\G\\h+(?:the\\h+same\\h+day|that\\h+day)\\b",
        "(?i)\\G(?:removal|dismissal)\\b", /* case-folded: K, S and kin */
        "\\G(?i:k)elvin",
        "(?i)ſtop|kelvin",
        "(?:고\\h*있다|는\\h*중이다)",        /* PCRE2's own bitmap */
        "(?<=\\bwho\\h|\\bthat\\h)(?=\\w)",  /* a lookbehind first, then a lookahead */
        ",\\h(?:an?|the)\\h",                 /* one first unit, not a letter */
        "x*",                                   /* may match empty: no first bytes */
        "\\Ga|b",
        "(?i)abc|abd",          /* one first unit, case-folded: PCRE2 does not say so */
        "\\G(?i)abc",
    };
    static const char *subjects[] = {
        "그가 당한 일은 고 있다 Kelvin KELVIN \u212Aelvin \u017Ftop STOP",
        "who left, the removal REMOVAL Dismissal  the same day, that day",
        "된  던 당했던 는 중이다, a , the x b ab ABD Abc",
        "",
    };
    for (size_t p = 0; p < sizeof patterns / sizeof patterns[0]; p++) {
        chr_error err;
        chr_regex *re = chr_regex_compile(NULL, NULL, patterns[p], &err);
        if (!re) fail_msg("%s: %s", patterns[p], err.message);
        for (size_t s = 0; s < sizeof subjects / sizeof subjects[0]; s++) {
            const char *t = subjects[s];
            size_t n = strlen(t);
            for (size_t at = 0; at <= n; at++) {
                if (at < n && ((unsigned char)t[at] & 0xC0) == 0x80) continue; /* starts are characters */
                chr_match m, lm;
                int there = chr_regex_find(re, t, n, at, &m, &err) == 1 && m.start == at;
                int limited = chr_regex_find_limited(re, t, n, at, at, &lm, &err) == 1;
                if (there != limited)
                    fail_msg("%s at %zu of \"%s\": unbounded %d, limited %d", patterns[p], at, t, there, limited);
            }
        }
        chr_regex_free(re);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parses_records_and_words),
        cmocka_unit_test(finds_a_clause_opening_order_cue),
        cmocka_unit_test(rejects_bad_records_with_line),
        cmocka_unit_test(expands_defines_and_word_classes),
        cmocka_unit_test(word_class_tree_matches_like_the_alternation),
        cmocka_unit_test(regex_errors_name_the_rule),
        cmocka_unit_test(word_class_expands_the_same_each_time),
        cmocka_unit_test(searches_agree_before_and_after_jit),
        cmocka_unit_test(empty_match_advances_a_whole_character),
        cmocka_unit_test(a_search_from_inside_a_character_starts_at_the_next),
        cmocka_unit_test(builtin_rules_load),
        cmocka_unit_test(gates_find_their_items),
        cmocka_unit_test(gate_scan_agrees_with_a_naive_search),
        cmocka_unit_test(gate_union_scans_each_set_as_alone),
        cmocka_unit_test(leading_gates_pass_assertions_and_share_the_last),
        cmocka_unit_test(first_words_are_the_leading_literals),
        cmocka_unit_test(a_full_set_shares_a_gate_of_the_same_reach),
        cmocka_unit_test(may_match_only_rules_out_what_cannot_match),
        cmocka_unit_test(first_bytes_rule_out_no_match),
    };
    return cmocka_run_group_tests_name("rules", tests, NULL, NULL);
}
