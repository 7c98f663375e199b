/*
 * event.c - the event extractor: triggers, clauses, modality, participants,
 * dates and amounts for every event mention.
 *
 * Pipeline position: the last extractor; it reads the timexes and entity
 * mentions of the same document, so it runs after them. It decides what
 * one clause says about one trigger; merging mentions into events and
 * dating them across the text is the resolver's job.
 */
#include "chr_event.h"
#include "chr_entity.h"
#include "chr_timex.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    const chr_rule_record *rec;
    chr_regex *re;
    char type[32];
    char weak_to[32];
    int negated;
    int requires_date;
    int requires_party;
    int requires_person; /* requires=person: left out with no person in it */
    int anchor_only;     /* its type is of word class anchor_only (looked up once) */
    int stage;           /* stage=N: the step of a process it names, 0 for none */
    int g_trigger;
    int gate; /* derived from the pattern's first words (chr_gates_add_leading), or -1 */
    /* when other triggers share its gate: its own first words
     * (chr_gates_first_words) and their lengths, checked at a gate hit
     * before the regex runs (most hits of a shared gate are another
     * trigger's words); 'lead.len' 0: no check */
    chr_strvec lead;
    size_t *lead_len;
    int leader; /* with 'lead': its number among such triggers (doc_leaders), else -1 */
    int trigger_before_start; /* a lookbehind or \K may put the trigger before the match's start */
    int lang;                 /* lang_code() of the record */
    /* the words of its language's rules, looked up once: 'word
     * time_after_verb LANG' and kin */
    int time_after_verb, patient_follows_verb, noun_subject_before;
} trigger_rule;

typedef enum { SCOPE_AFTER, SCOPE_BEFORE, SCOPE_CLAUSE, SCOPE_SENTENCE, SCOPE_REST } cue_scope;

typedef struct {
    const chr_rule_record *rec;
    chr_regex *re;
    chr_modality modality;
    cue_scope scope;
    int lang;
    int gate; /* derived from the pattern's first words (chr_gates_add_leading), or -1 */
} modality_rule;

typedef struct {
    const chr_rule_record *rec;
    chr_regex *re;
    char role[16];
    const char *types; /* comma-separated event types, or NULL for all */
    int lang;
} role_rule;

typedef struct {
    const chr_rule_record *rec;
    chr_regex *re;
    int g_value, g_currency;
    int lang;
} amount_rule;

/*
 * A quick no for a word lookup in one class: the lengths and first bytes
 * of its surfaces. A word that passes may still not be one (the rule
 * set's table says); one that fails is not, so the lookup, and the
 * particle stripping before it, is skipped.
 */
typedef struct {
    uint64_t lens;             /* bit n: a surface of n bytes (n < 64) */
    int long_ones, empty;      /* a surface of 64 bytes or more; an empty one */
    unsigned char one[256];    /* a surface of one byte c */
    uint8_t two[65536 / 8];    /* a surface of two bytes or more opens with bytes b0 b1 (bit b0 << 8 | b1) */
} word_filter;

#define LEAD_BUCKETS 256

/* The bucket of the three bytes at text[at..) (at + 3 <= len). */
static unsigned lead_bucket(const char *text, size_t at)
{
    uint32_t v = (uint32_t)(unsigned char)text[at] << 16 | (uint32_t)(unsigned char)text[at + 1] << 8 |
                 (unsigned char)text[at + 2];
    return (v * 2654435761u) >> 24;
}

struct chr_event_extractor {
    const chr_rules *rules;
    CHR_VEC(trigger_rule) triggers;
    chr_gates *gates; /* the triggers' first words, found in one pass per document */
    int ungated;      /* tests: search every trigger over the whole document */
    int late_triggers; /* some trigger_before_start */
    CHR_VEC(chr_regex *) clauses;
    CHR_VEC(int) clause_own_time; /* the clause it opens has its own time */
    CHR_VEC(const chr_rule_record *) clause_recs;
    CHR_VEC(modality_rule) modalities;
    CHR_VEC(role_rule) roles;
    CHR_VEC(chr_regex *) report_times; /* role report_time: after a timex */
    CHR_VEC(chr_regex *) nominal_after; /* role nominal: after a trigger */
    CHR_VEC(chr_regex *) nominal_at;    /* role nominal_trigger: at a trigger */
    CHR_VEC(chr_regex *) relative_at;   /* role relative_trigger: at a trigger */
    CHR_VEC(chr_regex *) adnominals;    /* role adnominal: a verb modifying a noun */
    CHR_VEC(chr_regex *) after_event;   /* role after_event: duration + "after the" */
    CHR_VEC(chr_regex *) came_after;    /* role came_after: "The contract came " before it */
    CHR_VEC(chr_regex *) noun_relatives; /* role noun_relative: a clause on a trigger noun, with its own time */
    CHR_VEC(chr_regex *) object_relatives; /* role object_relative: the same on a later noun only */
    CHR_VEC(chr_regex *) time_anchors;  /* role time_anchor: a noun what follows counts from ("복귀 후") */
    CHR_VEC(chr_regex *) predicate_nouns; /* role predicate_noun: a bound noun an adnominal verb
                                             makes the clause's predicate with ("시작된 것으로") */
    CHR_VEC(chr_regex *) before_event;  /* role before_event: duration + "before the" */
    CHR_VEC(chr_regex *) same_day;      /* role same_day: after a trigger, "the day of" */
    CHR_VEC(chr_regex *) later_same_day; /* role later_same_day: after a trigger, "hours later" */
    CHR_VEC(chr_regex *) same_occasion;  /* role same_occasion: before a trigger, "at the same meeting" */
    CHR_VEC(chr_regex *) same_day_told; /* role same_day_told: a day told as the one before ("같은 날") */
    CHR_VEC(chr_regex *) recaps;        /* role recap: "이같이 밝혔다" after an undated lead */
    CHR_VEC(chr_regex *) light_verbs;   /* role light_verb: "을 제기했다" after a noun trigger */
    CHR_VEC(chr_regex *) following;     /* role following: ending right before a weekday, "the following " */
    CHR_VEC(chr_regex *) coordinated;   /* role coordinated: "A안과 B안", "A and B" */
    CHR_VEC(chr_regex *) passives;      /* role passive: at a trigger, "was (fired)" */
    CHR_VEC(chr_regex *) simultaneous;  /* role simultaneous: "when" between two triggers */
    CHR_VEC(chr_regex *) elapsed_since; /* role elapsed_since: "물러난 지 2년 만의" between a time and a trigger */
    CHR_VEC(chr_regex *) since_gaps;    /* role since_gap: from a trigger to the length, "된 지 " */
    CHR_VEC(chr_regex *) since_closes;  /* role since_close: after the length, " 만이다", " 만에" */
    CHR_VEC(chr_regex *) quotatives;    /* role quotative: "했다고", what comes before it is reported */
    CHR_VEC(chr_regex *) when_event;    /* role when_event: "when the deal" right before a trigger */
    CHR_VEC(chr_regex *) time_when;     /* role time_when: right after a time, ", when" opening a clause */
    CHR_VEC(chr_regex *) contact_relatives; /* role contact_relative: before a trigger, "pact it " */
    CHR_VEC(chr_regex *) contact_clauses;   /* role contact_clause: "company she started" */
    CHR_VEC(chr_regex *) joined_predicates; /* role joined_predicate: "and was confirmed" */
    CHR_VEC(chr_regex *) own_topics;    /* role own_topic: a clause's own topic ("결제는") before a trigger */
    CHR_VEC(chr_regex *) backgrounds;   /* role background_time: after a timex, "부터" */
    CHR_VEC(chr_regex *) lookbacks;     /* role lookback_time: after a timex, "… 지 23일 만이다" */
    CHR_VEC(chr_regex *) scope_times;   /* role scope_time: after a timex, "이후 … 전반에 대한" */
    CHR_VEC(chr_regex *) object_times;  /* role object_time: from a trigger to a later timex, "cars built between" */
    CHR_VEC(chr_regex *) possessors;    /* role possessor: after a mention, "'s", "의" */
    CHR_VEC(chr_regex *) sources;       /* role source: after a mention, "관계자에 따르면": who tells, not who takes part */
    CHR_VEC(chr_regex *) range_betweens; /* role range_between: from a range's first day to its last, "부터 " */
    CHR_VEC(chr_regex *) date_pairs;    /* role date_pair: between two days an event happened on each, "과 " */
    CHR_VEC(chr_regex *) pair_bounds;   /* role pair_bound: right before the first day of a pair ("between ")
                                           or right after its last ("사이"): the two bound a range */
    CHR_VEC(chr_regex *) range_closes;  /* role range_close: after a range's last day, "까지" */
    CHR_VEC(chr_regex *) presents;      /* role present_tense: in the clause after a trigger */
    CHR_VEC(chr_regex *) perfects;      /* role present_before: in the clause before a trigger */
    CHR_VEC(chr_regex *) relative_heads; /* role relative_head: after a trigger, "(쫓겨났)던 " */
    CHR_VEC(chr_regex *) relative_subjects; /* role relative_subject: after a person, ", who " up to the trigger */
    CHR_VEC(chr_regex *) object_pronouns;   /* role object_pronoun: right after a trigger, " her the door" */
    CHR_VEC(chr_regex *) description_subjects; /* role description_subject: "The former banker" opening a clause */
    CHR_VEC(chr_regex *) reported_on;       /* role reported_on: right before a timex, "said on " */
    CHR_VEC(chr_regex *) interview_lines;   /* role interview_line: at a line's start, "Q:", "A:" */
    CHR_VEC(chr_regex *) scene_dates;       /* role scene_date: after a day, a copula ending its sentence */
    CHR_VEC(chr_regex *) appositions;    /* role apposition: after a person opening a sentence, ", the ..., " */
    CHR_VEC(chr_regex *) clefts;        /* role cleft: after a trigger, "(해고된) 건 " */
    CHR_VEC(chr_regex *) gapped;        /* role gapped: after a person, "이 CEO로, " ending a
                                           clause whose verb is the next clause's */
    CHR_VEC(amount_rule) amounts;
    CHR_VEC(int) clause_lang; /* lang_code() of each clause record */
    chr_gates *mod_gates;     /* the modality cues' first words: a set of gates of their own */
    /* the triggers that check their own first words at their gate's hits
     * ('leader' >= 0), so that a document's hits are matched to them once
     * (doc_leaders), not walked by each of them: their distinct first words
     * 'lead_words', by the bucket of their first three bytes (lead_bucket;
     * words under three bytes in bucket LEAD_BUCKETS, tried everywhere):
     * bucket b's are lead_word_at[lead_bucket_first[b] .. [b + 1]); word w's
     * triggers are lead_trig[lead_trig_first[w] .. [w + 1]) */
    size_t nleaders;
    chr_strvec lead_words;
    size_t *lead_word_len;
    /* each word's first 8 bytes (fewer: masked), little-endian: most
     * candidates of a bucket are told apart without a memcmp */
    uint64_t *lead_word_head, *lead_word_mask;
    size_t lead_bucket_first[LEAD_BUCKETS + 2];
    size_t *lead_word_at;
    size_t *lead_trig_first, *lead_trig;
    uint64_t leader_gates; /* the gates they have */
    word_filter *pronoun, *agent_org; /* quick noes for those classes */
    chr_strvec org_pronouns;  /* the surfaces of class org_pronoun */
    chr_strvec labour_words;  /* the surfaces of class labour_body (last words of unions, councils) */
    chr_strvec interview_pronouns; /* class interview_pronoun: "I", "you" of an interview */
    chr_strvec speaker_pronouns;   /* class speaker_pronoun: "I", "me" of whoever a line's label names */
    chr_strvec speaker_company;    /* class speaker_company: "we", "our" of a speaker's company */
    chr_strvec interview_cues;     /* class interview_cue: "interview", "spoke to" */
    chr_strvec meetings;      /* the surfaces of class meeting */
    CHR_VEC(int) meeting_lang; /* lang_code() of each of them */
    chr_strvec meeting_refs;  /* the surfaces of class meeting_ref */
};

/* A record's language as a number that rule_applies() compares with the
 * document's: -1 for none (it applies to all), CHR_LANG_MIXED for a
 * language no document is tagged with. */
static int lang_code(const char *lang)
{
    if (!lang) return -1;
    if (strcmp(lang, chr_lang_name(CHR_LANG_KO)) == 0) return CHR_LANG_KO;
    if (strcmp(lang, chr_lang_name(CHR_LANG_EN)) == 0) return CHR_LANG_EN;
    return CHR_LANG_MIXED;
}

static void filter_add(const chr_rule_record *rec, void *ctx)
{
    word_filter *f = ctx;
    const unsigned char *w = (const unsigned char *)rec->fields[2];
    size_t n = strlen(rec->fields[2]);
    if (n == 0) f->empty = 1;
    else if (n >= 64) f->long_ones = 1;
    else f->lens |= (uint64_t)1 << n;
    if (n == 1) f->one[w[0]] = 1;
    else if (n >= 2) f->two[(w[0] << 8 | w[1]) >> 3] |= (uint8_t)(1u << (w[1] & 7));
}

static word_filter *filter_new(const chr_rules *rules, const char *cls)
{
    word_filter *f = chr_xcalloc(1, sizeof *f);
    chr_rules_each_word(rules, cls, filter_add, f);
    return f;
}

/* May some surface start s[0..n) (n > 0)? (What a word or any stem of it
 * needs.) */
static int filter_may_open(const word_filter *f, const char *s, size_t n)
{
    const unsigned char *w = (const unsigned char *)s;
    if (f->empty || f->one[w[0]]) return 1;
    return n >= 2 && (f->two[(w[0] << 8 | w[1]) >> 3] >> (w[1] & 7) & 1);
}

/* May s[0..n) be a surface? */
static int filter_may_be(const word_filter *f, const char *s, size_t n)
{
    if (n == 0) return f->empty;
    if (n < 64 ? !(f->lens >> n & 1) : !f->long_ones) return 0;
    const unsigned char *w = (const unsigned char *)s;
    if (n == 1) return f->one[w[0]];
    return f->two[(w[0] << 8 | w[1]) >> 3] >> (w[1] & 7) & 1;
}

static void collect_surface(const chr_rule_record *rec, void *ctx)
{
    if (rec->nfields >= 3) chr_vec_push((chr_strvec *)ctx, chr_xstrdup(rec->fields[2]));
}

static int lang_code(const char *lang);

static void collect_lang(const chr_rule_record *rec, void *ctx)
{
    chr_vec_push((CHR_VEC(int) *)ctx, lang_code(rec->lang));
}

/* Can a match of 'rule' start at byte 'at' of text[0..len)? No when it
 * keeps its first words and none of them is there. */
static int lead_may_match(const trigger_rule *rule, const char *text, size_t len, size_t at)
{
    if (!rule->lead.len) return 1;
    for (size_t i = 0; i < rule->lead.len; i++) {
        size_t n = rule->lead_len[i];
        if (n <= len - at && memcmp(text + at, rule->lead.items[i], n) == 0) return 1;
    }
    return 0;
}

/* The participant roles a role record may give (CONTRACT.md). */
static int is_participant_role(const char *name)
{
    static const char *const roles[] = {"subject", "agent", "organization", "counterparty", "about"};
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (strcmp(name, roles[i]) == 0) return 1;
    return 0;
}

static chr_event_extractor *fail(chr_event_extractor *ex)
{
    chr_event_free(ex);
    return NULL;
}

/* One first word of a leader, the n-th told ('order'), and the number
 * number_lead_words() gives it. */
typedef struct {
    const char *text;
    size_t order;
    size_t word;
} lead_occurrence;

static int by_text_then_order(const void *a, const void *b)
{
    const lead_occurrence *x = a, *y = b;
    int c = strcmp(x->text, y->text);
    if (c) return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int by_order(const void *a, const void *b)
{
    const lead_occurrence *x = a, *y = b;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Numbers the distinct texts of occ[0..n) in the order they are first
 * told, appending each to 'words' once; leaves occ in told order, each
 * with its word's number. (Sorting, not a search of 'words' per word:
 * there are thousands, and this runs at every start.) */
static void number_lead_words(lead_occurrence *occ, size_t n, chr_strvec *words)
{
    /* (a rule file whose triggers share no gate has none: qsort must not
     * see the null array) */
    if (n == 0) return;
    qsort(occ, n, sizeof *occ, by_text_then_order);
    /* first: for now the order of the first telling of the same text */
    for (size_t i = 0; i < n; i++)
        occ[i].word = i > 0 && strcmp(occ[i].text, occ[i - 1].text) == 0 ? occ[i - 1].word : occ[i].order;
    qsort(occ, n, sizeof *occ, by_order);
    for (size_t i = 0; i < n; i++) {
        if (occ[i].word == i) {
            chr_vec_push(words, chr_xstrdup(occ[i].text));
            occ[i].word = words->len - 1;
        } else {
            occ[i].word = occ[occ[i].word].word;
        }
    }
}

chr_event_extractor *chr_event_new(const chr_rules *rules, chr_error *err)
{
    chr_event_extractor *ex = chr_xcalloc(1, sizeof *ex);
    ex->gates = chr_gates_new();
    ex->mod_gates = chr_gates_new();
    ex->rules = rules;
    ex->pronoun = filter_new(rules, "pronoun");
    ex->agent_org = filter_new(rules, "agent_org");
    chr_rules_each_word(rules, "org_pronoun", collect_surface, &ex->org_pronouns);
    chr_rules_each_word(rules, "labour_body", collect_surface, &ex->labour_words);
    chr_rules_each_word(rules, "interview_pronoun", collect_surface, &ex->interview_pronouns);
    chr_rules_each_word(rules, "speaker_pronoun", collect_surface, &ex->speaker_pronouns);
    chr_rules_each_word(rules, "speaker_company", collect_surface, &ex->speaker_company);
    chr_rules_each_word(rules, "interview_cue", collect_surface, &ex->interview_cues);
    chr_rules_each_word(rules, "meeting", collect_surface, &ex->meetings);
    chr_rules_each_word(rules, "meeting", collect_lang, &ex->meeting_lang);
    chr_rules_each_word(rules, "meeting_ref", collect_surface, &ex->meeting_refs);
    for (size_t i = 0; i < chr_rules_count(rules); i++) {
        const chr_rule_record *rec = chr_rules_at(rules, i);
        const char *kind = rec->fields[0];
        if (strcmp(kind, "event") == 0) {
            trigger_rule t = {.rec = rec, .lang = lang_code(rec->lang)};
            if (rec->lang) {
                t.time_after_verb = chr_rules_word(rules, "time_after_verb", rec->lang) != NULL;
                t.patient_follows_verb = chr_rules_word(rules, "patient_follows_verb", rec->lang) != NULL;
                t.noun_subject_before = chr_rules_word(rules, "noun_subject_before", rec->lang) != NULL;
            }
            const char *type = rec->fields[1];
            for (const char *p = type; *p; p++)
                if (!((*p >= 'a' && *p <= 'z') || *p == '_')) {
                    chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                  "event type '%s' must be lower-case letters and '_'", type);
                    return fail(ex);
                }
            chr_copy_str(t.type, sizeof t.type, type);
            t.anchor_only = chr_rules_word(rules, "anchor_only", type) != NULL;
            for (int f = 3; f < rec->nfields; f++) {
                if (strncmp(rec->fields[f], "weak=", 5) == 0) chr_copy_str(t.weak_to, sizeof t.weak_to, rec->fields[f] + 5);
                else if (strcmp(rec->fields[f], "polarity=negated") == 0) t.negated = 1;
                else if (strcmp(rec->fields[f], "requires=date") == 0) t.requires_date = 1;
                else if (strcmp(rec->fields[f], "requires=party") == 0) t.requires_party = 1;
                else if (strcmp(rec->fields[f], "requires=person") == 0) t.requires_person = 1;
                else if (strncmp(rec->fields[f], "stage=", 6) == 0 && rec->fields[f][6] >= '1' &&
                         rec->fields[f][6] <= '9' && rec->fields[f][7] == '\0')
                    t.stage = rec->fields[f][6] - '0';
                else {
                    chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                                  "unknown event option '%s' (weak=TYPE, polarity=negated, requires=date|party|person, stage=1..9)", rec->fields[f]);
                    return fail(ex);
                }
            }
            t.re = chr_regex_compile(rules, rec, rec->fields[2], err);
            if (!t.re) return fail(ex);
            t.g_trigger = chr_regex_group_index(t.re, "trigger");
            /* (past the last free gate, triggers share one: tried where any
             * of their first words occurs instead of all along the body) */
            t.gate = chr_gates_add_leading_or_share(ex->gates, rec->fields[2]);
            char *expanded = chr_rules_expand(rules, rec, rec->fields[2], err);
            if (!expanded) {
                chr_regex_free(t.re);
                return fail(ex);
            }
            t.trigger_before_start = strstr(expanded, "(?<=") != NULL || strstr(expanded, "\\K") != NULL;
            if (t.trigger_before_start) ex->late_triggers = 1;
            free(expanded);
            chr_vec_push(&ex->triggers, t);
        } else if (strcmp(kind, "clause") == 0) {
            chr_regex *re = chr_regex_compile(rules, rec, rec->fields[1], err);
            if (!re) return fail(ex);
            int own = rec->nfields > 2 && strcmp(rec->fields[2], "own_time") == 0;
            if (rec->nfields > 2 && !own) {
                chr_regex_free(re);
                chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1, "unknown clause option '%s' (own_time)",
                              rec->fields[2]);
                return fail(ex);
            }
            chr_vec_push(&ex->clauses, re);
            chr_vec_push(&ex->clause_own_time, own);
            chr_vec_push(&ex->clause_recs, rec);
            chr_vec_push(&ex->clause_lang, lang_code(rec->lang));
        } else if (strcmp(kind, "modality") == 0) {
            modality_rule m = {.rec = rec, .lang = lang_code(rec->lang)};
            const char *name = rec->fields[1];
            if (strcmp(name, "reported") == 0) m.modality = CHR_MOD_REPORTED;
            else if (strcmp(name, "planned") == 0) m.modality = CHR_MOD_PLANNED;
            else if (strcmp(name, "possible") == 0) m.modality = CHR_MOD_POSSIBLE;
            else if (strcmp(name, "negated") == 0) m.modality = CHR_MOD_NEGATED;
            else if (strcmp(name, "asserted") == 0) m.modality = CHR_MOD_ASSERTED;
            else {
                chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                              "modality '%s' is not asserted, reported, planned, possible or negated", name);
                return fail(ex);
            }
            const char *scope = rec->nfields > 3 ? rec->fields[3] : "clause";
            if (strcmp(scope, "after") == 0) m.scope = SCOPE_AFTER;
            else if (strcmp(scope, "before") == 0) m.scope = SCOPE_BEFORE;
            else if (strcmp(scope, "clause") == 0) m.scope = SCOPE_CLAUSE;
            else if (strcmp(scope, "sentence") == 0) m.scope = SCOPE_SENTENCE;
            else if (strcmp(scope, "rest") == 0) m.scope = SCOPE_REST;
            else {
                chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                              "modality scope '%s' is not after, before, clause, sentence or rest", scope);
                return fail(ex);
            }
            m.re = chr_regex_compile(rules, rec, rec->fields[2], err);
            if (!m.re) return fail(ex);
            m.gate = -1; /* (below, once the triggers have theirs) */
            chr_vec_push(&ex->modalities, m);
        } else if (strcmp(kind, "role") == 0 &&
                   (strcmp(rec->fields[1], "report_time") == 0 || strcmp(rec->fields[1], "nominal") == 0 ||
                    strcmp(rec->fields[1], "nominal_trigger") == 0 || strcmp(rec->fields[1], "relative_trigger") == 0 || strcmp(rec->fields[1], "adnominal") == 0 ||
                    strcmp(rec->fields[1], "after_event") == 0 || strcmp(rec->fields[1], "before_event") == 0 ||
                    strcmp(rec->fields[1], "came_after") == 0 ||
                    strcmp(rec->fields[1], "same_day") == 0 || strcmp(rec->fields[1], "coordinated") == 0 ||
                    strcmp(rec->fields[1], "later_same_day") == 0 || strcmp(rec->fields[1], "following") == 0 ||
                    strcmp(rec->fields[1], "same_occasion") == 0 || strcmp(rec->fields[1], "same_day_told") == 0 ||
                    strcmp(rec->fields[1], "passive") == 0 || strcmp(rec->fields[1], "simultaneous") == 0 || strcmp(rec->fields[1], "when_event") == 0 || strcmp(rec->fields[1], "own_topic") == 0 ||
                    strcmp(rec->fields[1], "time_when") == 0 || strcmp(rec->fields[1], "contact_relative") == 0 ||
                    strcmp(rec->fields[1], "contact_clause") == 0 || strcmp(rec->fields[1], "joined_predicate") == 0 ||
                    strcmp(rec->fields[1], "background_time") == 0 || strcmp(rec->fields[1], "possessor") == 0 ||
                    strcmp(rec->fields[1], "lookback_time") == 0 || strcmp(rec->fields[1], "source") == 0 ||
                    strcmp(rec->fields[1], "range_between") == 0 || strcmp(rec->fields[1], "range_close") == 0 ||
                    strcmp(rec->fields[1], "date_pair") == 0 || strcmp(rec->fields[1], "pair_bound") == 0 ||
                    strcmp(rec->fields[1], "scope_time") == 0 || strcmp(rec->fields[1], "object_time") == 0 ||
                    strcmp(rec->fields[1], "present_tense") == 0 || strcmp(rec->fields[1], "present_before") == 0 ||
                    strcmp(rec->fields[1], "relative_head") == 0 ||
                    strcmp(rec->fields[1], "cleft") == 0 || strcmp(rec->fields[1], "gapped") == 0 ||
                    strcmp(rec->fields[1], "apposition") == 0 || strcmp(rec->fields[1], "recap") == 0 ||
                    strcmp(rec->fields[1], "light_verb") == 0 || strcmp(rec->fields[1], "relative_subject") == 0 ||
                    strcmp(rec->fields[1], "time_anchor") == 0 || strcmp(rec->fields[1], "noun_relative") == 0 ||
                    strcmp(rec->fields[1], "predicate_noun") == 0 ||
                    strcmp(rec->fields[1], "object_relative") == 0 || strcmp(rec->fields[1], "object_pronoun") == 0 || strcmp(rec->fields[1], "description_subject") == 0 || strcmp(rec->fields[1], "reported_on") == 0 || strcmp(rec->fields[1], "interview_line") == 0 ||
                    strcmp(rec->fields[1], "scene_date") == 0 || strcmp(rec->fields[1], "elapsed_since") == 0 || strcmp(rec->fields[1], "quotative") == 0 ||
                    strcmp(rec->fields[1], "since_gap") == 0 || strcmp(rec->fields[1], "since_close") == 0)) {
            chr_regex *re = chr_regex_compile(rules, rec, rec->fields[2], err);
            if (!re) return fail(ex);
            if (strcmp(rec->fields[1], "report_time") == 0) chr_vec_push(&ex->report_times, re);
            else if (strcmp(rec->fields[1], "same_day") == 0) chr_vec_push(&ex->same_day, re);
            else if (strcmp(rec->fields[1], "later_same_day") == 0) chr_vec_push(&ex->later_same_day, re);
            else if (strcmp(rec->fields[1], "same_occasion") == 0) chr_vec_push(&ex->same_occasion, re);
            else if (strcmp(rec->fields[1], "same_day_told") == 0) chr_vec_push(&ex->same_day_told, re);
            else if (strcmp(rec->fields[1], "following") == 0) chr_vec_push(&ex->following, re);
            else if (strcmp(rec->fields[1], "coordinated") == 0) chr_vec_push(&ex->coordinated, re);
            else if (strcmp(rec->fields[1], "passive") == 0) chr_vec_push(&ex->passives, re);
            else if (strcmp(rec->fields[1], "simultaneous") == 0) chr_vec_push(&ex->simultaneous, re);
            else if (strcmp(rec->fields[1], "elapsed_since") == 0) chr_vec_push(&ex->elapsed_since, re);
            else if (strcmp(rec->fields[1], "since_gap") == 0) chr_vec_push(&ex->since_gaps, re);
            else if (strcmp(rec->fields[1], "since_close") == 0) chr_vec_push(&ex->since_closes, re);
            else if (strcmp(rec->fields[1], "quotative") == 0) chr_vec_push(&ex->quotatives, re);
            else if (strcmp(rec->fields[1], "when_event") == 0) chr_vec_push(&ex->when_event, re);
            else if (strcmp(rec->fields[1], "time_when") == 0) chr_vec_push(&ex->time_when, re);
            else if (strcmp(rec->fields[1], "contact_relative") == 0) chr_vec_push(&ex->contact_relatives, re);
            else if (strcmp(rec->fields[1], "contact_clause") == 0) chr_vec_push(&ex->contact_clauses, re);
            else if (strcmp(rec->fields[1], "joined_predicate") == 0) chr_vec_push(&ex->joined_predicates, re);
            else if (strcmp(rec->fields[1], "own_topic") == 0) chr_vec_push(&ex->own_topics, re);
            else if (strcmp(rec->fields[1], "background_time") == 0) chr_vec_push(&ex->backgrounds, re);
            else if (strcmp(rec->fields[1], "lookback_time") == 0) chr_vec_push(&ex->lookbacks, re);
            else if (strcmp(rec->fields[1], "scope_time") == 0) chr_vec_push(&ex->scope_times, re);
            else if (strcmp(rec->fields[1], "object_time") == 0) chr_vec_push(&ex->object_times, re);
            else if (strcmp(rec->fields[1], "possessor") == 0) chr_vec_push(&ex->possessors, re);
            else if (strcmp(rec->fields[1], "source") == 0) chr_vec_push(&ex->sources, re);
            else if (strcmp(rec->fields[1], "range_between") == 0) chr_vec_push(&ex->range_betweens, re);
            else if (strcmp(rec->fields[1], "date_pair") == 0) chr_vec_push(&ex->date_pairs, re);
            else if (strcmp(rec->fields[1], "pair_bound") == 0) chr_vec_push(&ex->pair_bounds, re);
            else if (strcmp(rec->fields[1], "range_close") == 0) chr_vec_push(&ex->range_closes, re);
            else if (strcmp(rec->fields[1], "present_tense") == 0) chr_vec_push(&ex->presents, re);
            else if (strcmp(rec->fields[1], "present_before") == 0) chr_vec_push(&ex->perfects, re);
            else if (strcmp(rec->fields[1], "relative_head") == 0) chr_vec_push(&ex->relative_heads, re);
            else if (strcmp(rec->fields[1], "relative_subject") == 0) chr_vec_push(&ex->relative_subjects, re);
            else if (strcmp(rec->fields[1], "object_pronoun") == 0) chr_vec_push(&ex->object_pronouns, re);
            else if (strcmp(rec->fields[1], "description_subject") == 0) chr_vec_push(&ex->description_subjects, re);
            else if (strcmp(rec->fields[1], "reported_on") == 0) chr_vec_push(&ex->reported_on, re);
            else if (strcmp(rec->fields[1], "interview_line") == 0) chr_vec_push(&ex->interview_lines, re);
            else if (strcmp(rec->fields[1], "scene_date") == 0) chr_vec_push(&ex->scene_dates, re);
            else if (strcmp(rec->fields[1], "apposition") == 0) chr_vec_push(&ex->appositions, re);
            else if (strcmp(rec->fields[1], "recap") == 0) chr_vec_push(&ex->recaps, re);
            else if (strcmp(rec->fields[1], "light_verb") == 0) chr_vec_push(&ex->light_verbs, re);
            else if (strcmp(rec->fields[1], "time_anchor") == 0) chr_vec_push(&ex->time_anchors, re);
            else if (strcmp(rec->fields[1], "predicate_noun") == 0) chr_vec_push(&ex->predicate_nouns, re);
            else if (strcmp(rec->fields[1], "noun_relative") == 0) chr_vec_push(&ex->noun_relatives, re);
            else if (strcmp(rec->fields[1], "object_relative") == 0) chr_vec_push(&ex->object_relatives, re);
            else if (strcmp(rec->fields[1], "cleft") == 0) chr_vec_push(&ex->clefts, re);
            else if (strcmp(rec->fields[1], "gapped") == 0) chr_vec_push(&ex->gapped, re);
            else if (strcmp(rec->fields[1], "after_event") == 0) chr_vec_push(&ex->after_event, re);
            else if (strcmp(rec->fields[1], "came_after") == 0) chr_vec_push(&ex->came_after, re);
            else if (strcmp(rec->fields[1], "before_event") == 0) chr_vec_push(&ex->before_event, re);
            else if (strcmp(rec->fields[1], "adnominal") == 0) chr_vec_push(&ex->adnominals, re);
            else if (strcmp(rec->fields[1], "nominal") == 0) chr_vec_push(&ex->nominal_after, re);
            else if (strcmp(rec->fields[1], "relative_trigger") == 0) chr_vec_push(&ex->relative_at, re);
            else chr_vec_push(&ex->nominal_at, re);
        } else if (strcmp(kind, "role") == 0) {
            /* any other name is a participant role of the contract's: a
             * misspelled cue name would otherwise be taken as one */
            if (!is_participant_role(rec->fields[1])) {
                chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                              "role '%s' is neither a reserved cue name (see chr_event.h) nor a participant role "
                              "(subject, agent, organization, counterparty, about)",
                              rec->fields[1]);
                return fail(ex);
            }
            role_rule r = {.rec = rec, .lang = lang_code(rec->lang)};
            chr_copy_str(r.role, sizeof r.role, rec->fields[1]);
            r.types = rec->nfields > 3 ? rec->fields[3] : NULL;
            r.re = chr_regex_compile(rules, rec, rec->fields[2], err);
            if (!r.re) return fail(ex);
            chr_vec_push(&ex->roles, r);
        } else if (strcmp(kind, "word") == 0 && strcmp(rec->fields[1], "event_ordinal") == 0) {
            /* a typo in the number would otherwise make every ordinal 0,
             * and a series would merge into one event again */
            char *number_end = NULL;
            long number = rec->nfields > 3 ? strtol(rec->fields[3], &number_end, 10) : 0;
            if (rec->nfields <= 3 || *number_end != '\0' || number < 1 || number > 1000) {
                chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                              "word event_ordinal '%s' needs its place in the series as a number from 1 to 1000",
                              rec->fields[2]);
                return fail(ex);
            }
        } else if (strcmp(kind, "amount") == 0) {
            amount_rule a = {.rec = rec, .lang = lang_code(rec->lang)};
            a.re = chr_regex_compile(rules, rec, rec->fields[2], err);
            if (!a.re) return fail(ex);
            a.g_value = chr_regex_group_index(a.re, "value");
            a.g_currency = chr_regex_group_index(a.re, "currency");
            if (a.g_value < 0 || a.g_currency < 0) {
                chr_regex_free(a.re);
                chr_error_set(err, CHR_ERR_RULES, rec->file, rec->line, -1,
                              "an amount pattern needs (?<value>...) and (?<currency>...) groups");
                return fail(ex);
            }
            chr_vec_push(&ex->amounts, a);
        }
    }
    /* the triggers that share a gate keep their own first words */
    for (size_t i = 0; i < ex->triggers.len; i++) {
        trigger_rule *t = &ex->triggers.items[i];
        t->leader = -1;
        if (t->gate < 0) continue;
        int shared = 0;
        for (size_t j = 0; j < ex->triggers.len && !shared; j++)
            shared = j != i && ex->triggers.items[j].gate == t->gate;
        if (!shared || !chr_gates_first_words(t->rec->fields[2], &t->lead)) continue;
        t->lead_len = chr_xmalloc(t->lead.len * sizeof *t->lead_len);
        for (size_t k = 0; k < t->lead.len; k++) t->lead_len[k] = strlen(t->lead.items[k]);
        t->leader = (int)ex->nleaders++;
        ex->leader_gates |= (uint64_t)1 << t->gate;
    }
    /* the leaders' distinct first words, by bucket, and each word's leaders */
    {
        CHR_VEC(size_t) pairs = {0}; /* word, trigger */
        CHR_VEC(lead_occurrence) seen = {0};
        for (size_t i = 0; i < ex->triggers.len; i++) {
            const trigger_rule *t = &ex->triggers.items[i];
            for (size_t k = 0; t->leader >= 0 && k < t->lead.len; k++) {
                lead_occurrence o = {t->lead.items[k], seen.len, 0};
                chr_vec_push(&seen, o);
                chr_vec_push(&pairs, (size_t)0);
                chr_vec_push(&pairs, i);
            }
        }
        number_lead_words(seen.items, seen.len, &ex->lead_words);
        for (size_t n = 0; n < seen.len; n++) pairs.items[2 * seen.items[n].order] = seen.items[n].word;
        chr_vec_free(&seen);
        size_t nw = ex->lead_words.len;
        ex->lead_word_len = chr_xmalloc((nw + 1) * sizeof *ex->lead_word_len);
        ex->lead_word_head = chr_xcalloc(nw + 1, sizeof *ex->lead_word_head);
        ex->lead_word_mask = chr_xcalloc(nw + 1, sizeof *ex->lead_word_mask);
        ex->lead_word_at = chr_xmalloc((nw + 1) * sizeof *ex->lead_word_at);
        ex->lead_trig_first = chr_xcalloc(nw + 2, sizeof *ex->lead_trig_first);
        ex->lead_trig = chr_xmalloc((pairs.len / 2 + 1) * sizeof *ex->lead_trig);
        unsigned *bucket = chr_xmalloc((nw + 1) * sizeof *bucket);
        for (size_t w = 0; w < nw; w++) {
            ex->lead_word_len[w] = strlen(ex->lead_words.items[w]);
            for (size_t i = 0; i < ex->lead_word_len[w] && i < 8; i++) {
                ex->lead_word_head[w] |= (uint64_t)(unsigned char)ex->lead_words.items[w][i] << (8 * i);
                ex->lead_word_mask[w] |= (uint64_t)0xFF << (8 * i);
            }
            bucket[w] = ex->lead_word_len[w] < 3 ? LEAD_BUCKETS : lead_bucket(ex->lead_words.items[w], 0);
            ex->lead_bucket_first[bucket[w] + 1]++;
        }
        for (int b = 0; b <= LEAD_BUCKETS; b++) ex->lead_bucket_first[b + 1] += ex->lead_bucket_first[b];
        size_t fill[LEAD_BUCKETS + 1];
        memcpy(fill, ex->lead_bucket_first, sizeof fill);
        for (size_t w = 0; w < nw; w++) ex->lead_word_at[fill[bucket[w]]++] = w;
        free(bucket);
        for (size_t p = 0; p < pairs.len; p += 2) ex->lead_trig_first[pairs.items[p] + 1]++;
        for (size_t w = 0; w < nw; w++) ex->lead_trig_first[w + 1] += ex->lead_trig_first[w];
        size_t *tfill = chr_xmalloc((nw + 1) * sizeof *tfill);
        memcpy(tfill, ex->lead_trig_first, (nw + 1) * sizeof *tfill);
        for (size_t p = 0; p < pairs.len; p += 2) ex->lead_trig[tfill[pairs.items[p]]++] = pairs.items[p + 1];
        free(tfill);
        chr_vec_free(&pairs);
    }
    /* a modality cue starting with one of a few words cannot match where
     * none of them occurs: a gate scan of the document says where. The
     * triggers take every gate of theirs (CHR_GATES_MAX), so the cues
     * have a set of their own, scanned once a document needs it (its
     * cues are searched over and over, clause by clause) */
    for (size_t i = 0; i < ex->modalities.len; i++) {
        modality_rule *m = &ex->modalities.items[i];
        m->gate = chr_gates_add_leading(ex->mod_gates, m->rec->fields[2]);
    }
    return ex;
}

void chr_event_set_gates(chr_event_extractor *ex, int on)
{
    ex->ungated = !on;
}

void chr_event_free(chr_event_extractor *ex)
{
    if (!ex) return;
    for (size_t i = 0; i < ex->triggers.len; i++) {
        chr_regex_free(ex->triggers.items[i].re);
        chr_strvec_free(&ex->triggers.items[i].lead);
        free(ex->triggers.items[i].lead_len);
    }
    chr_gates_free(ex->gates);
    chr_gates_free(ex->mod_gates);
    chr_strvec_free(&ex->lead_words);
    free(ex->lead_word_len);
    free(ex->lead_word_head);
    free(ex->lead_word_mask);
    free(ex->lead_word_at);
    free(ex->lead_trig_first);
    free(ex->lead_trig);
    for (size_t i = 0; i < ex->clauses.len; i++) chr_regex_free(ex->clauses.items[i]);
    for (size_t i = 0; i < ex->modalities.len; i++) chr_regex_free(ex->modalities.items[i].re);
    for (size_t i = 0; i < ex->roles.len; i++) chr_regex_free(ex->roles.items[i].re);
    for (size_t i = 0; i < ex->amounts.len; i++) chr_regex_free(ex->amounts.items[i].re);
    for (size_t i = 0; i < ex->report_times.len; i++) chr_regex_free(ex->report_times.items[i]);
    chr_vec_free(&ex->report_times);
    for (size_t i = 0; i < ex->nominal_after.len; i++) chr_regex_free(ex->nominal_after.items[i]);
    for (size_t i = 0; i < ex->nominal_at.len; i++) chr_regex_free(ex->nominal_at.items[i]);
    for (size_t i = 0; i < ex->relative_at.len; i++) chr_regex_free(ex->relative_at.items[i]);
    chr_vec_free(&ex->relative_at);
    chr_vec_free(&ex->nominal_after);
    chr_vec_free(&ex->nominal_at);
    for (size_t i = 0; i < ex->adnominals.len; i++) chr_regex_free(ex->adnominals.items[i]);
    chr_vec_free(&ex->adnominals);
    for (size_t i = 0; i < ex->after_event.len; i++) chr_regex_free(ex->after_event.items[i]);
    for (size_t i = 0; i < ex->before_event.len; i++) chr_regex_free(ex->before_event.items[i]);
    chr_vec_free(&ex->after_event);
    for (size_t i = 0; i < ex->came_after.len; i++) chr_regex_free(ex->came_after.items[i]);
    chr_vec_free(&ex->came_after);
    for (size_t i = 0; i < ex->time_anchors.len; i++) chr_regex_free(ex->time_anchors.items[i]);
    chr_vec_free(&ex->time_anchors);
    for (size_t i = 0; i < ex->predicate_nouns.len; i++) chr_regex_free(ex->predicate_nouns.items[i]);
    chr_vec_free(&ex->predicate_nouns);
    for (size_t i = 0; i < ex->noun_relatives.len; i++) chr_regex_free(ex->noun_relatives.items[i]);
    chr_vec_free(&ex->noun_relatives);
    for (size_t i = 0; i < ex->object_relatives.len; i++) chr_regex_free(ex->object_relatives.items[i]);
    chr_vec_free(&ex->object_relatives);
    for (size_t i = 0; i < ex->same_day.len; i++) chr_regex_free(ex->same_day.items[i]);
    chr_vec_free(&ex->same_day);
    for (size_t i = 0; i < ex->later_same_day.len; i++) chr_regex_free(ex->later_same_day.items[i]);
    chr_vec_free(&ex->later_same_day);
    for (size_t i = 0; i < ex->same_day_told.len; i++) chr_regex_free(ex->same_day_told.items[i]);
    chr_vec_free(&ex->same_day_told);
    for (size_t i = 0; i < ex->same_occasion.len; i++) chr_regex_free(ex->same_occasion.items[i]);
    chr_vec_free(&ex->same_occasion);
    for (size_t i = 0; i < ex->following.len; i++) chr_regex_free(ex->following.items[i]);
    chr_vec_free(&ex->following);
    for (size_t i = 0; i < ex->coordinated.len; i++) chr_regex_free(ex->coordinated.items[i]);
    chr_vec_free(&ex->coordinated);
    for (size_t i = 0; i < ex->passives.len; i++) chr_regex_free(ex->passives.items[i]);
    chr_vec_free(&ex->passives);
    for (size_t i = 0; i < ex->simultaneous.len; i++) chr_regex_free(ex->simultaneous.items[i]);
    chr_vec_free(&ex->simultaneous);
    for (size_t i = 0; i < ex->elapsed_since.len; i++) chr_regex_free(ex->elapsed_since.items[i]);
    chr_vec_free(&ex->elapsed_since);
    for (size_t i = 0; i < ex->since_gaps.len; i++) chr_regex_free(ex->since_gaps.items[i]);
    chr_vec_free(&ex->since_gaps);
    for (size_t i = 0; i < ex->since_closes.len; i++) chr_regex_free(ex->since_closes.items[i]);
    chr_vec_free(&ex->since_closes);
    for (size_t i = 0; i < ex->quotatives.len; i++) chr_regex_free(ex->quotatives.items[i]);
    chr_vec_free(&ex->quotatives);
    for (size_t i = 0; i < ex->when_event.len; i++) chr_regex_free(ex->when_event.items[i]);
    chr_vec_free(&ex->when_event);
    for (size_t i = 0; i < ex->time_when.len; i++) chr_regex_free(ex->time_when.items[i]);
    chr_vec_free(&ex->time_when);
    for (size_t i = 0; i < ex->contact_relatives.len; i++) chr_regex_free(ex->contact_relatives.items[i]);
    chr_vec_free(&ex->contact_relatives);
    for (size_t i = 0; i < ex->contact_clauses.len; i++) chr_regex_free(ex->contact_clauses.items[i]);
    chr_vec_free(&ex->contact_clauses);
    for (size_t i = 0; i < ex->joined_predicates.len; i++) chr_regex_free(ex->joined_predicates.items[i]);
    chr_vec_free(&ex->joined_predicates);
    for (size_t i = 0; i < ex->own_topics.len; i++) chr_regex_free(ex->own_topics.items[i]);
    chr_vec_free(&ex->own_topics);
    for (size_t i = 0; i < ex->backgrounds.len; i++) chr_regex_free(ex->backgrounds.items[i]);
    chr_vec_free(&ex->backgrounds);
    for (size_t i = 0; i < ex->lookbacks.len; i++) chr_regex_free(ex->lookbacks.items[i]);
    chr_vec_free(&ex->lookbacks);
    for (size_t i = 0; i < ex->scope_times.len; i++) chr_regex_free(ex->scope_times.items[i]);
    chr_vec_free(&ex->scope_times);
    for (size_t i = 0; i < ex->object_times.len; i++) chr_regex_free(ex->object_times.items[i]);
    chr_vec_free(&ex->object_times);
    for (size_t i = 0; i < ex->possessors.len; i++) chr_regex_free(ex->possessors.items[i]);
    chr_vec_free(&ex->possessors);
    for (size_t i = 0; i < ex->sources.len; i++) chr_regex_free(ex->sources.items[i]);
    chr_vec_free(&ex->sources);
    for (size_t i = 0; i < ex->range_betweens.len; i++) chr_regex_free(ex->range_betweens.items[i]);
    chr_vec_free(&ex->range_betweens);
    for (size_t i = 0; i < ex->date_pairs.len; i++) chr_regex_free(ex->date_pairs.items[i]);
    chr_vec_free(&ex->date_pairs);
    for (size_t i = 0; i < ex->pair_bounds.len; i++) chr_regex_free(ex->pair_bounds.items[i]);
    chr_vec_free(&ex->pair_bounds);
    for (size_t i = 0; i < ex->range_closes.len; i++) chr_regex_free(ex->range_closes.items[i]);
    chr_vec_free(&ex->range_closes);
    for (size_t i = 0; i < ex->presents.len; i++) chr_regex_free(ex->presents.items[i]);
    chr_vec_free(&ex->presents);
    for (size_t i = 0; i < ex->perfects.len; i++) chr_regex_free(ex->perfects.items[i]);
    chr_vec_free(&ex->perfects);
    for (size_t i = 0; i < ex->relative_heads.len; i++) chr_regex_free(ex->relative_heads.items[i]);
    chr_vec_free(&ex->relative_heads);
    for (size_t i = 0; i < ex->relative_subjects.len; i++) chr_regex_free(ex->relative_subjects.items[i]);
    chr_vec_free(&ex->relative_subjects);
    for (size_t i = 0; i < ex->object_pronouns.len; i++) chr_regex_free(ex->object_pronouns.items[i]);
    chr_vec_free(&ex->object_pronouns);
    for (size_t i = 0; i < ex->description_subjects.len; i++) chr_regex_free(ex->description_subjects.items[i]);
    chr_vec_free(&ex->description_subjects);
    for (size_t i = 0; i < ex->reported_on.len; i++) chr_regex_free(ex->reported_on.items[i]);
    chr_vec_free(&ex->reported_on);
    for (size_t i = 0; i < ex->interview_lines.len; i++) chr_regex_free(ex->interview_lines.items[i]);
    chr_vec_free(&ex->interview_lines);
    for (size_t i = 0; i < ex->scene_dates.len; i++) chr_regex_free(ex->scene_dates.items[i]);
    chr_vec_free(&ex->scene_dates);
    for (size_t i = 0; i < ex->appositions.len; i++) chr_regex_free(ex->appositions.items[i]);
    chr_vec_free(&ex->appositions);
    for (size_t i = 0; i < ex->recaps.len; i++) chr_regex_free(ex->recaps.items[i]);
    chr_vec_free(&ex->recaps);
    for (size_t i = 0; i < ex->light_verbs.len; i++) chr_regex_free(ex->light_verbs.items[i]);
    chr_vec_free(&ex->light_verbs);
    for (size_t i = 0; i < ex->clefts.len; i++) chr_regex_free(ex->clefts.items[i]);
    chr_vec_free(&ex->clefts);
    for (size_t i = 0; i < ex->gapped.len; i++) chr_regex_free(ex->gapped.items[i]);
    chr_vec_free(&ex->gapped);
    chr_vec_free(&ex->before_event);
    chr_vec_free(&ex->triggers);
    chr_vec_free(&ex->clauses);
    chr_vec_free(&ex->clause_own_time);
    chr_vec_free(&ex->clause_recs);
    chr_vec_free(&ex->modalities);
    chr_vec_free(&ex->roles);
    chr_vec_free(&ex->amounts);
    chr_vec_free(&ex->clause_lang);
    free(ex->pronoun);
    free(ex->agent_org);
    chr_strvec_free(&ex->org_pronouns);
    chr_strvec_free(&ex->labour_words);
    chr_strvec_free(&ex->interview_pronouns);
    chr_strvec_free(&ex->speaker_pronouns);
    chr_strvec_free(&ex->speaker_company);
    chr_strvec_free(&ex->interview_cues);
    chr_strvec_free(&ex->meetings);
    chr_vec_free(&ex->meeting_lang);
    chr_strvec_free(&ex->meeting_refs);
    free(ex);
}

/* Does a rule of language 'lang' (lang_code() of its record) apply to
 * 'doc'? A document in one known language gets its language's rules; a
 * mixed or unknown one all. */
static int rule_applies(int lang, const chr_doc *doc)
{
    if (doc->lang != CHR_LANG_KO && doc->lang != CHR_LANG_EN) return 1;
    return lang < 0 || lang == (int)doc->lang;
}

/* ---- amounts -------------------------------------------------------------------------- */

int chr_event_parse_amount(const chr_rules *rules, const char *value_text, const char *currency_text,
                           chr_amount *out)
{
    /* value_text: numbers each optionally followed by a scale word; the
     * parts add up ("4억 2,900만" = 4e8 + 2.9e7), a scale multiplies what
     * precedes it within its part. */
    double total = 0, part = 0;
    int have_number = 0;
    const char *p = value_text;
    while (*p) {
        if (isdigit((unsigned char)*p)) {
            char digits[64];
            size_t k = 0;
            while ((*p && (isdigit((unsigned char)*p) || *p == ',' || *p == '.')) && k + 1 < sizeof digits) {
                if (*p != ',') digits[k++] = *p;
                p++;
            }
            digits[k] = '\0';
            total += part;
            part = strtod(digits, NULL);
            have_number = 1;
            continue;
        }
        if (*p == ' ' || *p == '\t') {
            p++;
            continue;
        }
        /* the longest scale word at p */
        size_t best_len = 0;
        double best_scale = 0;
        for (size_t n = 1; n <= 16 && p[n - 1]; n++) {
            char word[24];
            memcpy(word, p, n);
            word[n] = '\0';
            const char *v = chr_rules_word(rules, "scale", word);
            if (!v) {
                for (size_t c = 0; c < n; c++) word[c] = (char)tolower((unsigned char)word[c]);
                v = chr_rules_word(rules, "scale", word);
            }
            if (v) best_len = n, best_scale = strtod(v, NULL);
        }
        if (best_len) {
            part *= best_scale;
            total += part;
            part = 0;
            p += best_len;
            continue;
        }
        p++;
    }
    total += part;
    if (!have_number) return 0;
    const char *cur = chr_rules_word(rules, "currency", currency_text);
    if (!cur) {
        char lower[32];
        size_t n = strlen(currency_text);
        if (n >= sizeof lower) return 0;
        for (size_t i = 0; i <= n; i++) lower[i] = (char)tolower((unsigned char)currency_text[i]);
        cur = chr_rules_word(rules, "currency", lower);
    }
    if (!cur) return 0;
    out->present = 1;
    out->value = total;
    chr_copy_str(out->currency, sizeof out->currency, cur);
    return 1;
}

/* ---- clauses ------------------------------------------------------------------------------ */

typedef CHR_VEC(size_t) offset_vec;

/* A boundary found by the clause pass, before it is sorted into its
 * sentence's place in the pools (batch_clauses). */
typedef struct {
    size_t sentence; /* the entry in doc_triggers.sentences */
    size_t at;
    int own;
} found_cut;

typedef CHR_VEC(found_cut) found_cut_vec;

/*
 * The timexes that may hold a position of [s, e]: a range [*lo, *hi) of
 * 'tx'. 'max_end' (when not NULL) holds, for a list sorted by start, the
 * largest end of tx[0..i]: the timexes from the first one ending after 's'
 * to the last one starting before 'e' (two binary searches, where a long
 * document would otherwise compare every clause boundary with every
 * timex of the document).
 */
static void timexes_near(const chr_timex *tx, size_t ntx, const size_t *max_end, size_t s, size_t e, size_t *lo,
                         size_t *hi)
{
    *lo = 0;
    *hi = ntx;
    if (!max_end) return;
    size_t a = 0, b = ntx;
    while (a < b) { /* first start >= e */
        size_t mid = a + (b - a) / 2;
        if (tx[mid].start < e) a = mid + 1;
        else b = mid;
    }
    *hi = a;
    a = 0, b = *hi;
    while (a < b) { /* first whose running largest end is > s */
        size_t mid = a + (b - a) / 2;
        if (max_end[mid] <= s) a = mid + 1;
        else b = mid;
    }
    *lo = a;
}

/* Appends to 'cuts' the boundaries (byte offsets) clause rule 'r' finds
 * splitting sentence [s, e) of 'doc' (entry 'sentence') into clauses,
 * marking those that open a clause with a time of its own (", ten days
 * after ..."), which an earlier time of the sentence does not cross; tx[tx_lo, tx_hi) are the timexes that may hold a
 * boundary (timexes_near). The batch runs each rule over every sentence
 * of its documents before the next rule (chr_event_extract_batch), and
 * clause_cuts_finish() completes a sentence's cuts once all have run. */
static void clause_cuts_rule(const chr_event_extractor *ex, size_t r, const chr_doc *doc, size_t s, size_t e,
                             size_t sentence, found_cut_vec *cuts, const chr_timex *tx, size_t tx_lo, size_t tx_hi)
{
    if (!rule_applies(ex->clause_lang.items[r], doc)) return;
    size_t pos = s;
    chr_match m;
    chr_error ignored;
    while (chr_regex_find(ex->clauses.items[r], doc->text, e, pos, &m, &ignored) == 1) {
        pos = chr_regex_next_start(doc->text, e, &m);
        /* a comma inside a time ("on Friday, Nov. 17") cuts nothing */
        int in_time = 0;
        for (size_t t = tx_lo; t < tx_hi && !in_time; t++)
            if (tx[t].start < m.end && m.end < tx[t].end) in_time = 1;
        if (m.end > s && m.end < e && !in_time) {
            found_cut c = {sentence, m.end, ex->clause_own_time.items[r]};
            chr_vec_push(cuts, c);
        }
    }
}

/* Sorts the 'n' cuts of a sentence (its start, every rule's boundaries,
 * its end). */
static void clause_cuts_finish(size_t *cuts, size_t n)
{
    /* (few elements) */
    for (size_t i = 1; i < n; i++)
        for (size_t k = i; k > 0 && cuts[k - 1] > cuts[k]; k--) {
            size_t tmp = cuts[k];
            cuts[k] = cuts[k - 1];
            cuts[k - 1] = tmp;
        }
}

/* The end of the clause that starts at 'clause_end', or 0 when that was
 * the last clause. */
static size_t next_cut(const offset_vec *cuts, size_t clause_end)
{
    for (size_t i = 0; i + 1 < cuts->len; i++)
        if (cuts->items[i] == clause_end) return cuts->items[i + 1];
    return 0;
}

static void clause_of(const offset_vec *cuts, size_t pos, size_t *cs, size_t *ce)
{
    *cs = cuts->items[0];
    *ce = cuts->items[cuts->len - 1];
    for (size_t i = 0; i + 1 < cuts->len; i++)
        if (pos >= cuts->items[i] && pos < cuts->items[i + 1]) {
            *cs = cuts->items[i];
            *ce = cuts->items[i + 1];
            return;
        }
}

/* First index in [from, to) of records (each 'stride' bytes, their start
 * offset 'start_at' bytes in) whose start >= pos: a document's records are
 * in text order. */
static size_t first_starting_at(const void *items, size_t stride, size_t start_at, size_t from, size_t to,
                                size_t pos)
{
    while (from < to) {
        size_t mid = from + (to - from) / 2, start;
        memcpy(&start, (const char *)items + mid * stride + start_at, sizeof start);
        if (start < pos) from = mid + 1;
        else to = mid;
    }
    return from;
}

/* ... of the corpus's entity mentions, and of its time expressions */
static size_t mentions_from(const chr_corpus *c, size_t from, size_t to, size_t pos)
{
    return first_starting_at(c->entity_mentions.items, sizeof *c->entity_mentions.items,
                             offsetof(chr_entity_mention, start), from, to, pos);
}

static size_t timexes_from(const chr_corpus *c, size_t from, size_t to, size_t pos)
{
    return first_starting_at(c->timexes.items, sizeof *c->timexes.items, offsetof(chr_timex, start), from, to, pos);
}

/* ---- extraction ----------------------------------------------------------------------------- */

/* Is 't' a clock time or a part of the day with no day of its own: one
 * counted from another time, or one the article's date gave its day ("at
 * six in the morning")? */
static int clock_without_day(const chr_doc *doc, const chr_timex *t)
{
    if (t->type != CHR_TX_TIME) return 0;
    if (t->anchor[0] == '#') return 1;
    return strcmp(t->anchor, "dct") == 0 && doc->dct.present && t->date.year == doc->dct.year &&
           t->date.month == doc->dct.month && t->date.day == doc->dct.day;
}

/* Does [start, end) lie inside a name, not at its start ("수사" in
 * "중대사기수사청", "감독" in "금융감독원"; a name written with its original
 * is typed only later, so any name counts)? A word of a name is no event. */
static int inside_org_name(const chr_corpus *c, size_t first_mention, size_t end_mention, size_t start, size_t end)
{
    size_t k = mentions_from(c, first_mention, end_mention, start);
    /* (names do not nest far: the few starting just before are enough) */
    for (size_t back = 0; back < 4 && k > first_mention; back++) {
        const chr_entity_mention *m = &c->entity_mentions.items[--k];
        if (m->start < start && end <= m->end) return 1;
    }
    return 0;
}

typedef struct {
    size_t start, end;         /* trigger */
    size_t ctx_start, ctx_end; /* the whole rule match */
    size_t rule;
} trigger_hit;

typedef CHR_VEC(trigger_hit) trigger_vec;

static int hit_order(const void *a, const void *b)
{
    const trigger_hit *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    size_t lx = x->ctx_end - x->ctx_start, ly = y->ctx_end - y->ctx_start;
    if (lx != ly) return lx > ly ? -1 : 1;
    return x->rule < y->rule ? -1 : x->rule > y->rule;
}

static int type_listed(const char *list, const char *type)
{
    if (!list) return 1;
    size_t n = strlen(type);
    const char *p = list;
    while (*p) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == n && strncmp(p, type, n) == 0) return 1;
        if (!comma) break;
        p = comma + 1;
    }
    return 0;
}

static int find_in(const chr_regex *re, const chr_doc *doc, size_t from, size_t to)
{
    chr_match m;
    chr_error ignored;
    return from < to && chr_regex_find(re, doc->text, to, from, &m, &ignored) == 1;
}

/*
 * What the modality cues of one document have found so far: the triggers
 * of a clause (a sentence) ask the same question of a clause-wide
 * (sentence-wide) cue, and a cue whose gate has no word in a range has
 * no match there.
 */
typedef struct {
    chr_gate_hits hits;     /* the gate hits of modality cues, in text order */
    int hits_borrowed;      /* 'hits' is a view of the caller's scan (not freed here) */
    size_t scan_from, scan_to; /* the range the gate scan covers (empty: none) */
    int gated;              /* the cues' gates apply (not in ungated test runs) */
    int scanned;            /* 'hits' holds the scan of [scan_from, scan_to) */
    size_t *from, *to;      /* per cue: the last range asked, */
    int *found;             /* and its answer */
} modality_memo;

static void memo_init(modality_memo *mm, size_t n)
{
    memset(mm, 0, sizeof *mm);
    /* (one block for the three arrays: a batch makes one memo per document) */
    if (!n) n = 1;
    mm->from = chr_xmalloc(n * (2 * sizeof *mm->from + sizeof *mm->found));
    mm->to = mm->from + n;
    mm->found = (int *)(mm->to + n);
    for (size_t i = 0; i < n; i++) mm->from[i] = SIZE_MAX;
}

static void memo_free(modality_memo *mm)
{
    if (!mm->hits_borrowed) chr_vec_free(&mm->hits);
    free(mm->from); /* (and 'to' and 'found') */
}

/* The first position in [from, to) where an item of gate 'gate' starts,
 * or SIZE_MAX when there is none. Only for a range the scan covered. */
static size_t gate_first_in(const modality_memo *mm, int gate, size_t from, size_t to)
{
    size_t a = 0, b = mm->hits.len;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (mm->hits.items[mid].at < from) a = mid + 1;
        else b = mid;
    }
    uint64_t bit = (uint64_t)1 << gate;
    for (; a < mm->hits.len && mm->hits.items[a].at < to; a++)
        if (mm->hits.items[a].mask & bit) return mm->hits.items[a].at;
    return SIZE_MAX;
}

/* Does cue 'i' match in [from, to)? */
static int modality_found(const chr_event_extractor *ex, modality_memo *mm, size_t i, const chr_doc *doc, size_t from,
                          size_t to)
{
    if (mm->from[i] == from && mm->to[i] == to) return mm->found[i];
    const modality_rule *m = &ex->modalities.items[i];
    size_t start = from;
    if (m->gate >= 0 && from < to && mm->gated && mm->scan_from <= from && to <= mm->scan_to) {
        if (!mm->scanned) {
            chr_gates_scan(ex->mod_gates, doc->text, doc->len, mm->scan_from, mm->scan_to, &mm->hits);
            mm->scanned = 1;
        }
        /* every match starts at an item of the gate: none in range, no
         * match; else the first match starts at one of them or later */
        start = gate_first_in(mm, m->gate, from, to);
    }
    int found = start != SIZE_MAX && find_in(m->re, doc, start, to);
    mm->from[i] = from, mm->to[i] = to, mm->found[i] = found;
    return found;
}

/* The role an entity mention takes from the text that follows it. */
static const char *mention_role(const chr_event_extractor *ex, const chr_doc *doc, const chr_entity_mention *em,
                                const char *type, size_t limit)
{
    for (size_t i = 0; i < ex->roles.len; i++) {
        const role_rule *r = &ex->roles.items[i];
        if (!type_listed(r->types, type) || !rule_applies(r->lang, doc)) continue;
        chr_match m;
        chr_error ignored;
        size_t to = limit < doc->len ? limit : doc->len;
        if (em->end < to && chr_regex_find_limited(r->re, doc->text, to, em->end, em->end, &m, &ignored) == 1)
            return r->role;
    }
    return NULL;
}

/* Is timex 't' the date of the report rather than of what it reports
 * ("...했다고 3일 공시했다")? A report_time pattern matches right after it. */
static int is_word_class(const chr_rules *rules, const word_filter *f, const char *cls, const char *s, size_t n);

static int is_report_time(const chr_event_extractor *ex, const chr_doc *doc, const chr_timex *t, size_t limit,
                          size_t trigger_start)
{
    for (size_t i = 0; i < ex->report_times.len; i++) {
        chr_match m;
        chr_error ignored;
        if (t->end < limit && chr_regex_find_limited(ex->report_times.items[i], doc->text, limit, t->end, t->end, &m, &ignored) == 1) {
            /* (a report that describes the trigger's noun is that noun:
             * "어제 발표한 입장문에서" dates the statement) */
            size_t after = m.end;
            while (after < trigger_start && doc->text[after] == ' ') after++;
            if (after == trigger_start && m.end >= t->end + 3 &&
                is_word_class(ex->rules, NULL, "report_adnominal_end", doc->text + m.end - 3, 3))
                return 0;
            return 1;
        }
    }
    return 0;
}

/* Does one of 'res' match exactly at 'pos' (before 'limit')? */
static int matches_at(const chr_regex *const *res, size_t n, const chr_doc *doc, size_t pos, size_t limit)
{
    for (size_t i = 0; i < n; i++) {
        chr_match m;
        chr_error ignored;
        if (pos < limit && chr_regex_find_limited(res[i], doc->text, limit, pos, pos, &m, &ignored) == 1) return 1;
    }
    return 0;
}

/* Is a time at [t_end ...) inside a relative clause that ends before the
 * trigger at 'trigger_start' ("지난해 11월 공개한 결과에 대해 조사에
 * 착수했다": 11월 dates 공개, not 조사)? True when an adnominal pattern
 * matches right after the time and ends before the trigger and the next
 * time.
 * 'next_time' is the start of the next time expression (or SIZE_MAX). */
/* Does the time at 'time_start' follow only its clause's topic, one word
 * with 은/는 ("회사는 지난 16일 오 CTO와 이직한 개발자들을 … 고소했다")? Such a
 * time is the main verb's, though a relative clause comes after it. */
static int time_after_topic(const chr_doc *doc, size_t clause_start, size_t time_start)
{
    size_t a = clause_start, b = time_start;
    while (a < b && (doc->text[a] == ' ' || doc->text[a] == '\n')) a++;
    while (b > a && doc->text[b - 1] == ' ') b--;
    if (b - a < 6 || memchr(doc->text + a, ' ', b - a)) return 0;
    return memcmp(doc->text + b - 3, "는", 3) == 0 || memcmp(doc->text + b - 3, "은", 3) == 0;
}

/* Is the word right after a time a verb's past adnominal of three or more
 * syllables (its last syllable of word class time_verb_adnominal_end:
 * "어젯밤 구속된 도진혁 대표를", "지난달 체포한"; not a word of class
 * adnominal_not_verb, "포함한") that does not describe the trigger's word?
 * Such a time is that verb's even after the clause's topic. */
static int adnominal_right_after_time(const chr_event_extractor *ex, const chr_doc *doc, size_t t_end,
                                      size_t trigger_start)
{
    size_t a = t_end;
    if (a >= doc->len || doc->text[a] != ' ') return 0;
    a++;
    size_t b = a;
    while (b + 2 < doc->len && (unsigned char)doc->text[b] >= 0xEA && (unsigned char)doc->text[b] <= 0xED) b += 3;
    if (b >= doc->len || doc->text[b] != ' ' || b - a < 9) return 0;
    if (is_word_class(ex->rules, NULL, "adnominal_not_verb", doc->text + a, b - a)) return 0;
    /* (not one that describes the trigger's own word: "지난 9월 착수한
     * 특별감사에서") */
    size_t next_end = b + 1;
    while (next_end < doc->len && doc->text[next_end] != ' ' && doc->text[next_end] != '\n') next_end++;
    if (trigger_start > b && trigger_start < next_end) return 0;
    return is_word_class(ex->rules, NULL, "time_verb_adnominal_end", doc->text + b - 3, 3);
}

/* Does the word the trigger ends in [.., trigger_end) close with a past
 * adnominal ending (word class time_head_adnominal_end: 된, 한, 난 …) right
 * before the time at time_start, one space between ("배제된 2월 19일")? */
static int adnominal_trigger_on_time(const chr_event_extractor *ex, const chr_doc *doc, size_t trigger_end,
                                     size_t time_start)
{
    size_t word_end = trigger_end;
    while (word_end < doc->len && doc->text[word_end] != ' ' && doc->text[word_end] != '\n') word_end++;
    /* (the ending may be the trigger's own last syllable: "물러난 3월 21일") */
    if (word_end + 1 != time_start || doc->text[word_end] != ' ' || word_end < trigger_end) return 0;
    return is_word_class(ex->rules, NULL, "time_head_adnominal_end", doc->text + word_end - 3, 3);
}

/* Is [from, to) one Hangul word of at most four syllables and a space,
 * with no particle closing it ("지난달 하이델론이 의뢰한 외부 감사에서": the
 * relative clause describes the trigger's own noun, "외부 감사"; not "이끌어
 * 온 톨리버는 성명에서", its subject)? */
static int one_word_between(const chr_event_extractor *ex, const chr_doc *doc, size_t from, size_t to)
{
    if (to <= from || doc->text[to - 1] != ' ') return 0;
    size_t n = 0;
    for (size_t i = from; i + 1 < to; i += 3, n++)
        if ((unsigned char)doc->text[i] < 0xEA || (unsigned char)doc->text[i] > 0xED) return 0;
    if (n < 1 || n > 4 || from + 3 * n + 1 != to) return 0;
    if (is_word_class(ex->rules, NULL, "determiner", doc->text + from, to - 1 - from)) return 1;
    return !is_word_class(ex->rules, NULL, "noun_particle", doc->text + to - 4, 3);
}

static int in_relative_clause(const chr_event_extractor *ex, const chr_doc *doc, size_t t_end, size_t trigger_start,
                              size_t next_time, int at_trigger)
{
    size_t limit = trigger_start < next_time ? trigger_start : next_time;
    for (size_t i = 0; i < ex->adnominals.len; i++) {
        chr_match m;
        chr_error ignored;
        /* (a relative clause right before the trigger describes the
         * trigger itself, and its time is the trigger's: "5일 사내
         * 게시판에 올린 글에서") */
        /* (nor is one before a bound noun that makes it the predicate:
         * "협상은 지난 3월 초 시작된 것으로 알려졌다") */
        if (t_end < limit && chr_regex_find_limited(ex->adnominals.items[i], doc->text, limit, t_end, t_end, &m, &ignored) == 1 &&
            m.end <= limit && m.end != trigger_start &&
            !(at_trigger && one_word_between(ex, doc, m.end, trigger_start)) &&
            !(ex->predicate_nouns.len && matches_at((const chr_regex *const *)ex->predicate_nouns.items,
                                                    ex->predicate_nouns.len, doc, m.end, m.end + 40 < doc->len ? m.end + 40 : doc->len)))
            return 1;
    }
    return 0;
}

static int found_between(chr_regex *const *res, size_t n, const chr_doc *doc, size_t from, size_t to);

/* Is there, between a time ending at 't_end' and the trigger at
 * 'trigger_start', another trigger in its past adnominal form (던), a verb
 * that describes a later noun as it was ("지난해 … 자리에서 물러났던 서태윤 씨가 … 돌아왔다":
 * the year is the stepping down's)? Not one a length or a later event
 * counts from ("물러난 뒤", "물러난 지 반년 만에"): the time then dates
 * the later event through that event. */
/* how far past the trigger its past adnominal may end: the trigger's own
 * ending ("물러났던 ") or a connective verb and its object after it ("영입돼
 * 다온비전을 이끌던 ") */
#define ADNOMINAL_REACH 40

static int adnominal_trigger_between(const chr_event_extractor *ex, const chr_doc *doc, const trigger_vec *hits,
                                     size_t t_end, size_t trigger_start)
{
    /* (the hits are in text order: none at or past the trigger counts) */
    for (size_t q = 0; q < hits->len && hits->items[q].start < trigger_start; q++) {
        const trigger_hit *o = &hits->items[q];
        if (o->start < t_end || o->end >= trigger_start) continue;
        for (size_t i = 0; i < ex->adnominals.len; i++) {
            chr_match m;
            chr_error ignored;
            if (chr_regex_find_limited(ex->adnominals.items[i], doc->text, trigger_start, o->end, o->end, &m,
                                       &ignored) != 1 ||
                m.end > trigger_start || m.end - o->end > ADNOMINAL_REACH || m.end < o->end + 4 || doc->text[m.end - 1] != ' ' ||
                !is_word_class(ex->rules, NULL, "past_adnominal_end", doc->text + m.end - 4, 3))
                continue;
            if (ex->time_anchors.len && matches_at((const chr_regex *const *)ex->time_anchors.items,
                                                   ex->time_anchors.len, doc, m.end - 1, trigger_start))
                continue;
            if (ex->elapsed_since.len && found_between(ex->elapsed_since.items, ex->elapsed_since.len, doc, o->start,
                                                       trigger_start))
                continue;
            return 1;
        }
    }
    return 0;
}

static int is_word_class(const chr_rules *rules, const word_filter *f, const char *cls, const char *s, size_t n)
{
    /* (words of 128 bytes or more were never looked up) */
    return n < 128 && (!f || filter_may_be(f, s, n)) && chr_rules_find_word(rules, cls, s, n) != NULL;
}

/* The number of a word of class event_ordinal ("두 번째", "2차", "second")
 * ending right before the word the trigger at 'trigger_start' is in, one
 * word (of class event_ordinal_skip: "공개", "open") allowed between; 0 for
 * none. */
static int ordinal_before(const chr_rules *rules, const chr_doc *doc, size_t sent_start, size_t trigger_start)
{
    const char *t = doc->text;
    size_t word_start = trigger_start;
    while (word_start > sent_start && t[word_start - 1] != ' ' && t[word_start - 1] != '\n' && t[word_start - 1] != '\'' &&
           t[word_start - 1] != '"')
        word_start--;
    for (int skipped = 0; skipped < 2; skipped++) {
        if (word_start <= sent_start + 1 || t[word_start - 1] != ' ') return 0;
        size_t end = word_start - 1;
        /* the one word before, then the two words before ("두 번째") */
        size_t start = end;
        for (int words = 0; words < 2; words++) {
            if (words) {
                if (start <= sent_start + 1 || t[start - 1] != ' ') break;
                start--;
            }
            while (start > sent_start && t[start - 1] != ' ' && t[start - 1] != '\n') start--;
            const chr_rule_record *rec = end - start < 64 ? chr_rules_find_word(rules, "event_ordinal", t + start, end - start) : NULL;
            if (rec) return rec->nfields > 3 ? atoi(rec->fields[3]) : 0;
        }
        size_t prev_start = end;
        while (prev_start > sent_start && t[prev_start - 1] != ' ' && t[prev_start - 1] != '\n') prev_start--;
        if (skipped || !is_word_class(rules, NULL, "event_ordinal_skip", t + prev_start, end - prev_start)) return 0;
        word_start = prev_start;
    }
    return 0;
}

/* Is an organisation an acting body rather than what an event is about: a
 * word of class agent_org ("이사회", "검찰"), or a name ending in a word of
 * class agent_org_ending, a union or its branch ("민주노총 부산본부",
 * "동아철강 노동조합")? */
static int is_agent_org(const chr_event_extractor *ex, const chr_doc *doc, const chr_entity_mention *m)
{
    const char *s = doc->text + m->start;
    size_t n = m->end - m->start;
    /* (initials stand for the name they abbreviate: "KFTC") */
    if (m->latin && n < 16 && strlen(m->latin) > n) {
        s = m->latin;
        n = strlen(m->latin);
    }
    if (is_word_class(ex->rules, ex->agent_org, "agent_org", s, n)) return 1;
    size_t longest = chr_rules_longest_word(ex->rules, "agent_org_ending");
    for (size_t k = 1; k <= longest && k < n; k++) {
        if (((unsigned char)s[n - k] & 0xC0) == 0x80) continue;
        if (chr_rules_find_word(ex->rules, "agent_org_ending", s + n - k, k)) return 1;
    }
    /* (a body named for its remit ends its head word before " of ": "the
     * Ministry of Land, Infrastructure and Transport", "Court of Appeal") */
    const char *of = chr_memmem(s, n, " of ", 4);
    if (of && of > s) {
        size_t head = (size_t)(of - s), w = head;
        while (w > 0 && s[w - 1] != ' ') w--;
        if (chr_rules_find_word(ex->rules, "agent_org_ending", s + w, head - w)) return 1;
    }
    return 0;
}

/* Is the word right before 'pos' (one space between) of word class 'cls'
 * ("until the next morning": span_end)? */
static int word_before_in_class(const chr_rules *rules, const chr_doc *doc, size_t from, size_t pos, const char *cls)
{
    if (pos < from + 2 || doc->text[pos - 1] != ' ') return 0;
    size_t e = pos - 1, b = e;
    while (b > from && isalpha((unsigned char)doc->text[b - 1])) b--;
    return b < e && is_word_class(rules, NULL, cls, doc->text + b, e - b);
}

/* Is any word of doc->text[from, to) of word class 'cls' ("took over
 * last Friday after founder Jung": patient_not_after)? */
static int word_between_in_class(const chr_rules *rules, const chr_doc *doc, size_t from, size_t to, const char *cls)
{
    for (size_t i = from; i < to;) {
        while (i < to && !isalpha((unsigned char)doc->text[i])) i++;
        size_t b = i;
        while (i < to && isalpha((unsigned char)doc->text[i])) i++;
        if (i > b && (b == 0 || doc->text[b - 1] == ' ') && is_word_class(rules, NULL, cls, doc->text + b, i - b))
            return 1;
    }
    return 0;
}

/* Is the word right after 'pos' (one space between) of word class 'cls'
 * ("the 9 p.m. newscast": time_named_thing)? */
static int word_after_in_class(const chr_rules *rules, const chr_doc *doc, size_t pos, size_t to, const char *cls)
{
    if (pos + 2 > to || doc->text[pos] != ' ') return 0;
    size_t b = pos + 1, e = b;
    while (e < to && isalpha((unsigned char)doc->text[e])) e++;
    return e > b && is_word_class(rules, NULL, cls, doc->text + b, e - b);
}

/* Does the Hangul word right after 'pos' (one space between) open with a
 * word of class 'cls', its particle left on ("2024년 재무제표에 대해":
 * a year that names the accounts it closed)? */
static int hangul_word_after_in_class(const chr_rules *rules, const chr_doc *doc, size_t pos, size_t to,
                                      const char *cls)
{
    if (pos + 4 > to || doc->text[pos] != ' ') return 0;
    size_t b = pos + 1, e = b;
    while (e + 2 < to && (unsigned char)doc->text[e] >= 0xEA && (unsigned char)doc->text[e] <= 0xED) e += 3;
    for (size_t end = e; end >= b + 6; end -= 3)
        if (is_word_class(rules, NULL, cls, doc->text + b, end - b)) return 1;
    return 0;
}

/* Is a word of class order_cue ("after", "before") between bytes 'from'
 * and 'to', opening a clause or a noun phrase? */
static int order_word_between(const chr_rules *rules, const chr_doc *doc, size_t from, size_t to)
{
    for (size_t i = from; i < to;) {
        while (i < to && !isalpha((unsigned char)doc->text[i])) i++;
        size_t b = i;
        while (i < to && isalpha((unsigned char)doc->text[i])) i++;
        if (i > b && i - b < 16 && chr_rules_find_word(rules, "order_cue", doc->text + b, i - b)) return 1;
    }
    return 0;
}

/* Does the span [from, to) end with a word of class order_cue ("a day
 * after", "the day before")? */
static int ends_with_order_word(const chr_rules *rules, const chr_doc *doc, size_t from, size_t to)
{
    size_t e = to;
    while (e > from && !isalpha((unsigned char)doc->text[e - 1])) e--;
    size_t b = e;
    while (b > from && isalpha((unsigned char)doc->text[b - 1])) b--;
    return e > b && e - b < 16 && chr_rules_find_word(rules, "order_cue", doc->text + b, e - b) != NULL;
}

/* For timex 'k' of the sentence starting at 'sentence_start', before a
 * trigger at 'trigger_start' with a comma between: when an order word
 * ("after") stands between it and an earlier time of the sentence that no
 * order word precedes, or that earlier time opens the sentence set off by a
 * comma, that earlier time is the main clause's; returns it, else 'k'. */
static long main_clause_time(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                             size_t sentence_start, size_t first_timex, long k, size_t trigger_start)
{
    const chr_timex *bt = &corpus->timexes.items[k];
    if (bt->end > trigger_start || !memchr(doc->text + bt->end, ',', trigger_start - bt->end)) return k;
    for (long q = k; q-- > (long)first_timex;) {
        const chr_timex *t = &corpus->timexes.items[q];
        if (t->sentence != bt->sentence) break;
        if ((t->type != CHR_TX_DATE && t->type != CHR_TX_TIME) || t->date.year == 0) continue;
        if (order_word_between(ex->rules, doc, t->end, bt->start) &&
            !order_word_between(ex->rules, doc, sentence_start, t->start))
            return q;
        /* (nor is a time set off between commas after a time that opens
         * the sentence: "Last Tuesday, Serindang, the house founded in
         * 1994, signed away …" is Tuesday's) */
        if (t->start <= sentence_start + 1 && t->end < bt->start && doc->text[t->end] == ',' &&
            memchr(doc->text + t->end + 1, ',', bt->start - t->end - 1))
            return q;
        break;
    }
    return k;
}

/* Does an order cue open a clause between bytes 'from' and 'to'
 * (chr_rules_clause_cue_in)? */
static int order_cue_between(const chr_rules *rules, const chr_doc *doc, size_t from, size_t to)
{
    return to > from && chr_rules_clause_cue_in(rules, doc->text + from, to - from);
}

static void add_participant(chr_event_mention *em, long mention, const char *role)
{
    for (size_t i = 0; i < em->participants.len; i++)
        if (em->participants.items[i].entity == mention) return;
    chr_participant p = {.entity = mention};
    chr_copy_str(p.role, sizeof p.role, role);
    if (em->participants.len == em->participants.cap) {
        /* most mentions have one or two: room for those, not for eight
         * (the engine trims the rest: trim_participants) */
        size_t cap = em->participants.cap ? 2 * em->participants.cap : 1;
        em->participants.items = chr_xrealloc(em->participants.items, cap * sizeof *em->participants.items);
        em->participants.cap = cap;
    }
    em->participants.items[em->participants.len++] = p;
}

/* The end of a match of one of 'res' right at 'pos', or 0. */
static size_t match_end_at(const chr_regex *const *res, size_t n, const chr_doc *doc, size_t pos, size_t limit)
{
    for (size_t i = 0; i < n; i++) {
        chr_match m;
        chr_error ignored;
        if (pos < limit && chr_regex_find_limited(res[i], doc->text, limit, pos, pos, &m, &ignored) == 1)
            return m.end;
    }
    return 0;
}

/* Where the first of 'words' that starts a word in [from, to) starts
 * (Korean particles may follow it), or SIZE_MAX. */
static size_t word_of_at(const chr_strvec *words, const chr_doc *doc, size_t from, size_t to)
{
    const char *t = doc->text;
    /* (one pass over the word starts: a search per word was the cost of
     * a long list) */
    for (size_t i = from; i < to; i++) {
        if (i != from && t[i - 1] != ' ' && t[i - 1] != '"') continue;
        for (size_t k = 0; k < words->len; k++) {
            const char *word = words->items[k];
            if (word[0] != t[i]) continue;
            size_t n = strlen(word);
            if (i + n > to || memcmp(t + i, word, n) != 0) continue;
            unsigned char next = i + n < to ? (unsigned char)t[i + n] : ' ';
            if (!isalnum(next)) return i;
        }
    }
    return SIZE_MAX;
}

/* Does one of 'words' start a word in [from, to)? */
static int has_word_of(const chr_strvec *words, const chr_doc *doc, size_t from, size_t to)
{
    return word_of_at(words, doc, from, to) != SIZE_MAX;
}


/* An English possessive right after a name: "'s" or "’s" then no letter. */
static int is_possessive_at(const chr_doc *doc, size_t end)
{
    const char *t = doc->text;
    size_t n = doc->len;
    size_t q = end + 1 < n && t[end] == '\'' ? end + 1
             : end + 3 < n && memcmp(t + end, "\xE2\x80\x99", 3) == 0 ? end + 3 : 0;
    return q && q < n && t[q] == 's' && (q + 1 >= n || !isalpha((unsigned char)t[q + 1]));
}

/* The length of a name's first word. */
static size_t first_word_len(const char *s, size_t n)
{
    const char *sp = memchr(s, ' ', n);
    return sp ? (size_t)(sp - s) : n;
}

/*
 * "the company", "회사는": the organisation the article is about so far, the
 * one whose first word the most mentions before 'pos' share ("Harlow
 * Pharmaceuticals", "Harlow's"); ties go to the one named first. Looks at
 * the last SALIENT_WINDOW organisation mentions only, so that a long
 * document stays linear. Returns the last such mention, or -1.
 */
#define SALIENT_WINDOW 64
static int is_labour_body(const chr_event_extractor *ex, const chr_doc *doc, const chr_entity_mention *m);

static long salient_org(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                        size_t first_mention, size_t end_mention, size_t pos)
{
    size_t orgs[SALIENT_WINDOW];
    size_t n = 0;
    for (size_t k = mentions_from(corpus, first_mention, end_mention, pos); k-- > first_mention && n < SALIENT_WINDOW;) {
        const chr_entity_mention *m = &corpus->entity_mentions.items[k];
        if (m->type != CHR_ENT_ORG || is_agent_org(ex, doc, m))
            continue;
        orgs[n++] = k;
    }
    long best = -1;
    size_t best_count = 0;
    /* from the earliest, so that a tie keeps the one named first */
    for (size_t a = n; a-- > 0;) {
        const chr_entity_mention *ma = &corpus->entity_mentions.items[orgs[a]];
        size_t la = first_word_len(doc->text + ma->start, ma->end - ma->start), count = 0;
        long last = -1, last_bare = -1;
        for (size_t b = 0; b < n; b++) {
            const chr_entity_mention *mb = &corpus->entity_mentions.items[orgs[b]];
            size_t lb = first_word_len(doc->text + mb->start, mb->end - mb->start);
            if (la != lb || memcmp(doc->text + ma->start, doc->text + mb->start, la) != 0) continue;
            count++;
            /* (a union counts for its company's word but is not it: "the
             * airline" is not the "Bluecrest Pilots Association") */
            if (is_labour_body(ex, doc, mb)) continue;
            if (last < 0) last = (long)orgs[b];
            if (last_bare < 0 && mb->end - mb->start == lb) last_bare = (long)orgs[b];
        }
        /* (the shared word alone is the short form of the company the
         * article is about, not of a unit named after it: "Dalmoru" of
         * Dalmoru Foods after "renamed it Dalmoru Beverage") */
        if (last_bare >= 0) last = last_bare;
        if (last >= 0 && count > best_count) best_count = count, best = last;
    }
    return best;
}

/*
 * "A가 CEO로, B가 CTO로 돌아왔다": the clause before the trigger's, with no
 * trigger of its own, ends in a 'gapped' pattern right after a person (its
 * verb is the trigger's): that person is the subject of the same event.
 * Returns the entity mention index of that person, or -1. 'pcs' is the
 * start of the clause before.
 */
static long gapped_subject(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc, size_t pcs,
                           size_t cs, size_t first_mention, size_t end_mention, size_t doc_first_event)
{
    if (!ex->gapped.len || pcs >= cs) return -1;
    for (size_t q = corpus->event_mentions.len; q-- > doc_first_event;) {
        const chr_event_mention *p = &corpus->event_mentions.items[q];
        if (p->end <= pcs) break;
        if (p->start >= pcs && p->start < cs) return -1;
    }
    for (size_t i = mentions_from(corpus, first_mention, end_mention, pcs);
         i < end_mention && corpus->entity_mentions.items[i].start < cs; i++) {
        const chr_entity_mention *m = &corpus->entity_mentions.items[i];
        if (m->type != CHR_ENT_PERSON) continue;
        for (size_t r = 0; r < ex->gapped.len; r++) {
            chr_match mm;
            chr_error ignored;
            if (chr_regex_find_limited(ex->gapped.items[r], doc->text, cs, m->end, m->end, &mm, &ignored) == 1 &&
                mm.end == cs)
                return (long)i;
        }
    }
    return -1;
}

/* Is person mention 'm' right before the trigger of an earlier mention of
 * the same sentence ("알트만 해임"), which is then what it is the subject
 * of? */
static int subject_of_earlier(const chr_corpus *corpus, const chr_event_mention *em, const chr_entity_mention *m)
{
    for (size_t q = corpus->event_mentions.len; q-- > 0;) {
        const chr_event_mention *p = &corpus->event_mentions.items[q];
        if (p->doc != em->doc || p->sentence != em->sentence) break;
        if (p->start >= m->end && p->start <= m->end + 1 && p->end <= em->start) return 1;
    }
    return 0;
}

/* What assign_participants() found in the last clause it read word by
 * word: the triggers of one clause ask the same. */
typedef struct {
    size_t start, end;   /* the clause (start > end: none yet) */
    size_t pronoun;      /* where its first pronoun starts, SIZE_MAX for none, SIZE_MAX - 1 not looked for yet */
    int description;     /* that pronoun is a description opening the sentence (role description_subject) */
    /* (per document, each read once) where the first question of an
     * interview without "Q:"/"A:" labels starts, the document's length for
     * none, and the person asked there; the person a labelled interview is
     * with (-1 for none) */
    int questions_read, labelled_read;
    size_t first_question;
    long interviewee, labelled_interviewee;
} clause_words;

/* The start of the first word of [cs, ce) that is a pronoun (with or
 * without its particle), or SIZE_MAX. */
static size_t first_pronoun(const chr_event_extractor *ex, const chr_doc *doc, size_t cs, size_t ce,
                            int *description)
{
    const char *t = doc->text;
    size_t i = cs;
    /* a description opening the sentence stands for a person told before,
     * as a pronoun does, also when an appositive or a relative clause
     * comes between it and the clause ("The former record-label
     * executive, who joined in 2023, was named acting head …"): role
     * description_subject */
    long sentence = chr_doc_sentence_at(doc, cs);
    size_t open = sentence >= 0 && doc->sentences.items[sentence].start < cs ? doc->sentences.items[sentence].start : cs;
    while (open < ce && (t[open] == ' ' || t[open] == '"')) open++;
    *description = matches_at((const chr_regex *const *)ex->description_subjects.items, ex->description_subjects.len,
                              doc, open, ce);
    if (*description) return open;
    while (i < ce) {
        while (i < ce && (t[i] == ' ' || t[i] == ',' || t[i] == '"')) i++;
        size_t we = i;
        while (we < ce && t[we] != ' ' && t[we] != ',' && t[we] != '.') we++;
        if (we == i) {
            i++;
            continue;
        }
        /* (a word that no pronoun opens is none, with or without its particle) */
        if (!filter_may_open(ex->pronoun, t + i, we - i)) {
            i = we;
            continue;
        }
        size_t stem = chr_entity_strip_josa(ex->rules, t + i, we - i, 1);
        if (is_word_class(ex->rules, ex->pronoun, "pronoun", t + i, stem) ||
            is_word_class(ex->rules, ex->pronoun, "pronoun", t + i, we - i))
            return i;
        i = we;
    }
    return SIZE_MAX;
}

/* Is a particle of word class 'cls' (topic_marker: "은", "는";
 * object_marker: "을", "를") right after byte 'end', ending the word? */
static int marker_after(const chr_event_extractor *ex, const chr_doc *doc, size_t end, const char *cls)
{
    size_t we = end;
    while (we < doc->len && (unsigned char)doc->text[we] >= 0x80) {
        size_t used;
        chr_utf8_decode(doc->text + we, doc->len - we, &used);
        we += used;
    }
    return we > end && is_word_class(ex->rules, NULL, cls, doc->text + end, we - end);
}

static int topic_marker_after(const chr_event_extractor *ex, const chr_doc *doc, size_t end)
{
    return marker_after(ex, doc, end, "topic_marker");
}

/* Does the light verb after a noun trigger end in an adnominal form (its
 * last syllable of word class light_verb_adnominal_end: "집단소송을 낸
 * 차주들과 합의했다")? It then describes a later noun and is no predicate
 * of the clause. */
static int light_verb_adnominal(const chr_event_extractor *ex, const chr_doc *doc, size_t noun_end, size_t limit)
{
    size_t end = match_end_at((const chr_regex *const *)ex->light_verbs.items, ex->light_verbs.len, doc, noun_end,
                              limit);
    if (end < noun_end + 3) return 0;
    size_t start = end - 1;
    while (start > noun_end && ((unsigned char)doc->text[start] & 0xC0) == 0x80) start--;
    if (!is_word_class(ex->rules, NULL, "light_verb_adnominal_end", doc->text + start, end - start)) return 0;
    /* (before a word of time a later clause counts from, the verb is its
     * clause's: "양해각서를 체결한 뒤 실사를 벌여 왔다"; so it is before a
     * bound noun that makes it the predicate: "협상은 지난 3월 초 시작된
     * 것으로 알려졌다") */
    if (ex->predicate_nouns.len &&
        matches_at((const chr_regex *const *)ex->predicate_nouns.items, ex->predicate_nouns.len, doc, end, limit))
        return 0;
    return !(ex->time_anchors.len &&
             matches_at((const chr_regex *const *)ex->time_anchors.items, ex->time_anchors.len, doc, end, limit));
}

/* Is organisation mention 'org' inside an appositive that describes a
 * person before it in its sentence ("named Pieter Oosterhuis, a former
 * technical director at Kestrel Aerotechnics, as chief executive")? That
 * is the person's past or present employer, no party to the event, unless
 * the trigger lies in the appositive too. */
static int in_person_appositive(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                                size_t first, size_t org, const chr_event_mention *em, size_t limit)
{
    if (!ex->appositions.len) return 0;
    const chr_entity_mention *o = &corpus->entity_mentions.items[org];
    for (size_t i = first; i < org; i++) {
        const chr_entity_mention *p = &corpus->entity_mentions.items[i];
        if (p->type != CHR_ENT_PERSON || p->end > o->start) continue;
        size_t end = match_end_at((const chr_regex *const *)ex->appositions.items, ex->appositions.len, doc, p->end,
                                  limit);
        if (end && o->end <= end && !(em->start >= p->end && em->start < end)) return 1;
    }
    return 0;
}

/* Does time 't' open its sentence, set off by a comma, with at most
 * one short word before it ("On March 7, the city …", "Late Friday, …")? */
static int opens_sentence(const chr_doc *doc, size_t sentence_start, const chr_timex *t)
{
    if (t->start < sentence_start || t->start - sentence_start > 8) return 0;
    for (size_t i = sentence_start; i < t->start; i++)
        if (doc->text[i] == ',' || doc->text[i] == '"') return 0;
    return t->end < doc->len && doc->text[t->end] == ',';
}

/* Is byte 'at' inside an English relative clause (", who ...", ", which
 * ...") that no comma has closed since? */
static int in_relative_clause_en(const chr_doc *doc, size_t from, size_t at)
{
    for (size_t i = at; i > from + 1; i--) {
        if (doc->text[i - 1] != ',') continue;
        size_t j = i;
        while (j < at && doc->text[j] == ' ') j++;
        return (at - j >= 4 && memcmp(doc->text + j, "who ", 4) == 0) ||
               (at - j >= 6 && memcmp(doc->text + j, "whose ", 6) == 0) ||
               (at - j >= 6 && memcmp(doc->text + j, "which ", 6) == 0);
    }
    return 0;
}

/* Does the clause of a verb ending at 'verb_end' go on past its object's
 * apposition to 'at' ("named Park, a former consumer goods executive, as
 * CEO a week later")? The object a capitalised name right after the
 * verb, then a match of role apposition, then no comma or stop before
 * 'at'. */
static int past_object_apposition(const chr_event_extractor *ex, const chr_doc *doc, size_t verb_end, size_t at)
{
    if (!ex->appositions.len) return 0;
    const char *t = doc->text;
    size_t i = verb_end;
    if (i >= at || t[i] != ' ') return 0;
    size_t words = 0;
    while (i < at && t[i] == ' ' && i + 1 < at && isupper((unsigned char)t[i + 1])) {
        i++;
        while (i < at && (isalnum((unsigned char)t[i]) || t[i] == '-' || t[i] == '.' || t[i] == '\'')) i++;
        words++;
    }
    if (!words || words > 4) return 0;
    size_t end = match_end_at((const chr_regex *const *)ex->appositions.items, ex->appositions.len, doc, i, at);
    if (!end || end > at) return 0;
    for (size_t k = end; k < at; k++)
        if (t[k] == ',' || t[k] == '.' || t[k] == ';') return 0;
    return 1;
}

/* Does the year starting at 'pos' name the accounts it closed ("restated
 * accounts for 2022 and 2023": a word of class year_named_thing, one of
 * class year_of, then years joined by commas or words of class
 * year_joiner)? */
static int year_names_accounts(const chr_rules *rules, const chr_doc *doc, size_t from, size_t pos)
{
    const char *t = doc->text;
    for (int hops = 0; hops < 4; hops++) {
        if (word_before_in_class(rules, doc, from, pos, "year_of")) {
            size_t of = pos - 1;
            while (of > from && isalpha((unsigned char)t[of - 1])) of--;
            return word_before_in_class(rules, doc, from, of, "year_named_thing");
        }
        /* (back over "2022 and ", "2022, ", "2022 to ") */
        size_t p = pos;
        while (p > from && t[p - 1] == ' ') p--;
        if (p > from && t[p - 1] == ',') p--;
        else {
            size_t w = p;
            while (w > from && isalpha((unsigned char)t[w - 1])) w--;
            if (p == w || !is_word_class(rules, NULL, "year_joiner", t + w, p - w)) return 0;
            p = w;
        }
        while (p > from && t[p - 1] == ' ') p--;
        size_t y = p;
        while (y > from && isdigit((unsigned char)t[y - 1])) y--;
        if (p - y != 4) return 0;
        pos = y;
    }
    return 0;
}

/* Does a participle after a noun open a reduced relative clause between
 * 'from' and 'to' ("released audio recorded at a meeting four days
 * earlier": the length is the recording's)? A word ending in "ed", not
 * the first after 'from', after a word that is no auxiliary or
 * determiner, and followed by a word of class participle_preposition. */
static int reduced_relative_en(const chr_rules *rules, const chr_doc *doc, size_t from, size_t to)
{
    const char *t = doc->text;
    size_t prev_start = SIZE_MAX, prev_end = SIZE_MAX, words = 0;
    for (size_t i = from; i < to;) {
        while (i < to && !isalpha((unsigned char)t[i])) i++;
        size_t ws = i;
        while (i < to && (isalpha((unsigned char)t[i]) || t[i] == '-' || t[i] == '\'')) i++;
        if (i == ws) break;
        words++;
        size_t len = i - ws;
        if (words > 1 && len > 3 && t[i - 2] == 'e' && t[i - 1] == 'd' && i < to && t[i] == ' ' &&
            prev_end != SIZE_MAX && prev_end == ws - 1 &&
            !is_word_class(rules, NULL, "auxiliary", t + prev_start, prev_end - prev_start) &&
            !is_word_class(rules, NULL, "determiner", t + prev_start, prev_end - prev_start)) {
            size_t ns = i + 1, ne = ns;
            while (ne < to && isalpha((unsigned char)t[ne])) ne++;
            if (ne > ns && is_word_class(rules, NULL, "participle_preposition", t + ns, ne - ns)) return 1;
        }
        prev_start = ws, prev_end = i;
    }
    return 0;
}

/* Is [from, to) nothing but spaces and at most one word of class
 * perfect_auxiliary ("has", "have", "had")? */
static int only_perfect_auxiliaries(const chr_rules *rules, const chr_doc *doc, size_t from, size_t to)
{
    const char *t = doc->text;
    int words = 0;
    for (size_t i = from; i < to;) {
        if (t[i] == ' ') {
            i++;
            continue;
        }
        size_t ws = i;
        while (i < to && isalpha((unsigned char)t[i])) i++;
        if (i == ws || ++words > 1 || !is_word_class(rules, NULL, "perfect_auxiliary", t + ws, i - ws)) return 0;
    }
    return 1;
}

/* Does the span set off by commas that holds 'at' (from the last comma
 * before it) open with or hold a relative pronoun, and close with a comma
 * before 'verb' ("Sorsa, a former executive who joined the board in 2022,
 * was handed …", "Dallio, the start-up that lost its permits last week,
 * removed …")? */
static int in_set_off_relative_en(const chr_doc *doc, size_t from, size_t at, size_t verb)
{
    size_t comma = SIZE_MAX;
    for (size_t i = at; i > from; i--)
        if (doc->text[i - 1] == ',') {
            comma = i - 1;
            break;
        }
    if (comma == SIZE_MAX) return 0;
    size_t close = SIZE_MAX;
    for (size_t i = at; i < verb; i++)
        if (doc->text[i] == ',') {
            close = i;
            break;
        }
    if (close == SIZE_MAX) return 0;
    for (size_t i = comma + 1; i + 6 < at; i++) {
        if (doc->text[i] != ' ') continue;
        const char *w = doc->text + i + 1;
        if (memcmp(w, "who ", 4) == 0 || memcmp(w, "whose ", 6) == 0 || memcmp(w, "which ", 6) == 0 ||
            memcmp(w, "that ", 5) == 0)
            return 1;
    }
    return 0;
}

/* Does a span set off by commas, closed before 'verb', end with a
 * participle's agent right before 'at' ("…, a freight startup backed by
 * Bluestern Capital, resigned": word class agent_participle_en)? */
static int set_off_by_agent_en(const chr_event_extractor *ex, const chr_doc *doc, size_t from, size_t at,
                               size_t verb)
{
    size_t comma = SIZE_MAX, close = SIZE_MAX;
    for (size_t i = at; i > from; i--)
        if (doc->text[i - 1] == ',') {
            comma = i - 1;
            break;
        }
    for (size_t i = at; i < verb && close == SIZE_MAX; i++)
        if (doc->text[i] == ',') close = i;
    if (comma == SIZE_MAX || close == SIZE_MAX || at < comma + 6) return 0;
    /* (an appositive, opening with its article: not "On Monday,
     * shareholders led by Brackenfield, which …") */
    const char *open = doc->text + comma + 1;
    while (*open == ' ') open++;
    if (strncmp(open, "a ", 2) != 0 && strncmp(open, "an ", 3) != 0 && strncmp(open, "the ", 4) != 0) return 0;
    /* "backed by ", "owned by ": the two words before the name */
    size_t by = at;
    while (by > comma && doc->text[by - 1] == ' ') by--;
    if (by < comma + 4 || memcmp(doc->text + by - 2, "by", 2) != 0 || doc->text[by - 3] != ' ') return 0;
    return word_before_in_class(ex->rules, doc, comma, by - 2, "agent_participle_en");
}

typedef CHR_VEC(size_t) index_list;

/* The document's headings (timexes with a section_end), in text order:
 * found once per document, so that finding a mention's is a binary search
 * however long the document. The caller frees. */
static index_list doc_headings(const chr_corpus *corpus, size_t first_timex, size_t end_timex)
{
    index_list headings = {0};
    for (size_t k = first_timex; k < end_timex; k++)
        if (corpus->timexes.items[k].section_end) chr_vec_push(&headings, k);
    return headings;
}

/* The heading whose section holds byte 'pos', or -1: sections do not
 * overlap, so only the last heading before 'pos' can hold it. */
static long section_heading(const chr_corpus *corpus, const index_list *headings, size_t pos)
{
    size_t lo = 0, hi = headings->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (corpus->timexes.items[headings->items[mid]].start < pos) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return -1;
    const chr_timex *t = &corpus->timexes.items[headings->items[lo - 1]];
    return pos < t->section_end ? (long)headings->items[lo - 1] : -1;
}

/* Does a word in [from, to) end in a particle of word class
 * object_particle ("지분을 처음 사들인": the verb's own object)? */
static int object_between(const chr_rules *rules, const chr_doc *doc, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (doc->text[i] != ' ' || i < from + 3) continue;
        if (is_word_class(rules, NULL, "object_particle", doc->text + i - 3, 3)) return 1;
    }
    return 0;
}

/* Does " that " open a clause on a later noun in [from, to) that has a
 * time of its own ("agreed to settle charges that it misled investors in
 * 2022")? Not on the word right after 'from' (a clause on the trigger
 * itself), nor on a noun of word class event_place (where the event takes
 * place: "at a meeting that it expects to hold in November"), nor one that
 * role noun_relative leaves out (a noun's start: "a review by the
 * regulator that began in January"). */
static int that_clause_between(const chr_event_extractor *ex, const chr_doc *doc, size_t from, size_t to,
                               int trigger_is_verb)
{
    if (to < from + 6) return 0;
    const char *p = chr_memmem(doc->text + from, to - from, " that ", 6);
    if (!p) return 0;
    /* right after a verb, "that" opens what is ruled or agreed, with times
     * of its own ("a court ruled that her removal in March was invalid") */
    /* (not the pronoun: "denied that on Tuesday"; the clause opens with
     * a determiner, a pronoun or a name) */
    if ((size_t)(p - doc->text) == from && trigger_is_verb) {
        size_t word = from + 6, word_end = word;
        while (word_end < to && isalpha((unsigned char)doc->text[word_end])) word_end++;
        if (word_end > word &&
            (isupper((unsigned char)doc->text[word]) ||
             is_word_class(ex->rules, NULL, "determiner", doc->text + word, word_end - word) ||
             is_word_class(ex->rules, NULL, "pronoun", doc->text + word, word_end - word)))
            return 1;
    }
    if ((size_t)(p - doc->text) <= from) return 0;
    size_t end = (size_t)(p - doc->text), begin = end;
    while (begin > from && isalpha((unsigned char)doc->text[begin - 1])) begin--;
    if (begin < end && is_word_class(ex->rules, NULL, "event_place", doc->text + begin, end - begin)) return 0;
    if (matches_at((const chr_regex *const *)ex->noun_relatives.items, ex->noun_relatives.len, doc, end, to)) return 1;
    /* the start of a verb's object is not the verb's time ("settled a feud
     * that began in July"); a noun's start is ("a review by the regulator
     * that began in January"): an object opens with a determiner */
    size_t word = from;
    while (word < end && doc->text[word] == ' ') word++;
    size_t word_end = word;
    while (word_end < end && isalpha((unsigned char)doc->text[word_end])) word_end++;
    int object_follows = word_end > word && is_word_class(ex->rules, NULL, "determiner", doc->text + word, word_end - word);
    return trigger_is_verb && object_follows && matches_at((const chr_regex *const *)ex->object_relatives.items, ex->object_relatives.len, doc, end, to);
}

/* Is there a complementizer (word class complementizer: "whether",
 * "how") as a word in [from, to)? What follows it is the content of a
 * saying or a review, with its own times ("an investigation into how it
 * booked revenue between 2021 and 2023"). ("that" is none: it also opens
 * relative clauses, "a review … that began in January".) */
static int class_word_between(const chr_event_extractor *ex, const chr_doc *doc, size_t from, size_t to, const char *cls);

/* Does an infinitive ("to" and a lower-case word that is no determiner,
 * pronoun or time preposition) open right after a noun ending at 'from',
 * with no comma before 'to'? */
static int infinitive_after(const chr_event_extractor *ex, const chr_doc *doc, size_t from, size_t to)
{
    size_t at = from;
    while (at < to && doc->text[at] == ' ') at++;
    if (at + 3 >= to || memcmp(doc->text + at, "to ", 3) != 0) return 0;
    if (memchr(doc->text + from, ',', to - from)) return 0;
    size_t word = at + 3, word_end = word;
    while (word_end < to && islower((unsigned char)doc->text[word_end])) word_end++;
    if (word_end == word || (word_end < to && doc->text[word_end] != ' ')) return 0;
    return !is_word_class(ex->rules, NULL, "determiner", doc->text + word, word_end - word) &&
           !is_word_class(ex->rules, NULL, "pronoun", doc->text + word, word_end - word) &&
           !is_word_class(ex->rules, NULL, "time_preposition", doc->text + word, word_end - word);
}

static int complement_between(const chr_event_extractor *ex, const chr_doc *doc, size_t from, size_t to)
{
    return class_word_between(ex, doc, from, to, "complementizer");
}

/* Where the last comma in [from, to) ends, or 'from' when there is none */
static size_t after_last_comma(const chr_doc *doc, size_t from, size_t to)
{
    for (size_t i = to; i > from; i--)
        if (doc->text[i - 1] == ',') return i;
    return from;
}

/* Is there a word of class 'cls' as a word in [from, to)? */
static int class_word_between(const chr_event_extractor *ex, const chr_doc *doc, size_t from, size_t to, const char *cls)
{
    for (size_t i = from; i + 1 < to; i++) {
        if (doc->text[i] != ' ' || !isalpha((unsigned char)doc->text[i + 1])) continue;
        size_t end = i + 1;
        while (end < to && isalpha((unsigned char)doc->text[end])) end++;
        if (end < to && doc->text[end] == ' ' &&
            is_word_class(ex->rules, NULL, cls, doc->text + i + 1, end - i - 1))
            return 1;
        i = end - 1;
    }
    return 0;
}

/* Is there, as words in [from, to), a subject pronoun then a modal (word
 * classes complement_subject and complement_modal: "it would", "they
 * will")? What follows is a clause of its own, told as to come. */
static int subject_modal_between(const chr_event_extractor *ex, const chr_doc *doc, size_t from, size_t to)
{
    size_t prev = 0, prev_end = 0; /* the word before, when there is one */
    for (size_t i = from; i + 1 < to; i++) {
        if (doc->text[i] != ' ' || !isalpha((unsigned char)doc->text[i + 1])) continue;
        size_t end = i + 1;
        while (end < to && isalpha((unsigned char)doc->text[end])) end++;
        if (end < to && doc->text[end] == ' ') {
            if (prev_end == i && is_word_class(ex->rules, NULL, "complement_modal", doc->text + i + 1, end - i - 1) &&
                is_word_class(ex->rules, NULL, "complement_subject", doc->text + prev, prev_end - prev))
                return 1;
            prev = i + 1;
            prev_end = end;
        }
        i = end - 1;
    }
    return 0;
}

/* Does the mention have an organisation among its participants yet (with
 * 'but_agents', one not in the role agent, which acts on others: "경찰은
 * ... 압수수색했다"; a board, which acts for its own company, still
 * counts)? (Its participants are entity mention indices here.) */
/* Is the organisation mentioned at 'm' a union or a workers' council:
 * one of its words ends with a word of class labour_body ("Solway Pilots'
 * Association", "청해조선지회"), case aside? */
static int is_labour_body(const chr_event_extractor *ex, const chr_doc *doc, const chr_entity_mention *m)
{
    const char *s = doc->text + m->start;
    size_t n = m->end - m->start;
    for (size_t w = 0; w < n;) {
        size_t we = w;
        while (we < n && s[we] != ' ') we++;
        for (size_t k = 0; k < ex->labour_words.len; k++) {
            const char *word = ex->labour_words.items[k];
            size_t wl = strlen(word);
            if (we - w >= wl && strncasecmp(s + we - wl, word, wl) == 0) return 1;
        }
        w = we + 1;
    }
    return 0;
}

/* Does the mention name an organisation (but an acting body, with
 * 'but_agents'; but a union or workers' council, with 'but_labour': the
 * company a strike is against is its party too)? */
static int has_org_participant(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                               const chr_event_mention *em, int but_agents, int but_labour)
{
    for (size_t k = 0; k < em->participants.len; k++) {
        long i = em->participants.items[k].entity;
        if (but_labour && i >= 0 && (size_t)i < corpus->entity_mentions.len &&
            is_labour_body(ex, doc, &corpus->entity_mentions.items[i]))
            continue;
        if (but_agents && strcmp(em->participants.items[k].role, "agent") == 0 && i >= 0 &&
            (size_t)i < corpus->entity_mentions.len) {
            const chr_entity_mention *m = &corpus->entity_mentions.items[i];
            if (!is_word_class(ex->rules, NULL, "board", doc->text + m->start, m->end - m->start)) continue;
        }
        if (i >= 0 && (size_t)i < corpus->entity_mentions.len && corpus->entity_mentions.items[i].type == CHR_ENT_ORG)
            return 1;
    }
    return 0;
}

/*
 * Nobody named in the clause ("회사는 ...", or no subject at all, as Korean
 * allows): the organisation last named in this sentence or the one before,
 * not an acting body, is what the event is about. "회사는", "the company":
 * the article's company (salient_org). A participle opening the sentence
 * ("Founded in 2015, Lumio Health serves ...") is about the company right
 * after it.
 */
static long choose_fallback_org(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                                const chr_event_mention *em, size_t ss, size_t se, size_t first_mention,
                                size_t end_mention, size_t first_timex, size_t end_timex, const char *lang,
                                int skip_labour)
{
    int topic_at_start = chr_rules_word(ex->rules, "topic_at_start", lang) != NULL;
    long prev_sentence = em->sentence > 0 ? em->sentence - 1 : 0;
    if (has_word_of(&ex->org_pronouns, doc, em->clause_start, em->clause_end)) prev_sentence = 0;
    long chosen = -1;
    size_t lead = ss;
    while (lead < em->start && (doc->text[lead] == ' ' || doc->text[lead] == '"' || doc->text[lead] == '\'')) lead++;
    if (lead == em->start)
        for (size_t k = mentions_from(corpus, first_mention, end_mention, em->end);
             k < end_mention && corpus->entity_mentions.items[k].start < se; k++) {
            const chr_entity_mention *m = &corpus->entity_mentions.items[k];
            if (m->type != CHR_ENT_ORG) continue;
            /* (past a company that only describes people: "Founded in
             * 2008 by former Gyeoul Air managers, Sebyeol flies ...") */
            const char *role = mention_role(ex, doc, m, em->type, se);
            if (role && strcmp(role, "agent") == 0) continue;
            if (!is_agent_org(ex, doc, m) && !(skip_labour && is_labour_body(ex, doc, m))) chosen = (long)k;
            break;
        }
    if (chosen < 0 && prev_sentence == 0) chosen = salient_org(ex, corpus, doc, first_mention, end_mention, em->start);
    /* the topic of this sentence or the one before ("루미에르는 ... 창업한
     * 회사로, 지난해 11월 출시했다": not 삼성전자 named in passing), the
     * nearest first */
    for (size_t k = mentions_from(corpus, first_mention, end_mention, em->start); chosen < 0 && k-- > first_mention;) {
        const chr_entity_mention *m = &corpus->entity_mentions.items[k];
        if (m->sentence < prev_sentence) break;
        if (m->type != CHR_ENT_ORG || is_agent_org(ex, doc, m) || (skip_labour && is_labour_body(ex, doc, m)))
            continue;
        if (topic_marker_after(ex, doc, m->end)) chosen = (long)k;
        /* (where no particle marks it, the name that opens its sentence:
         * "Ferrovia's chief executive, Paolo Ricci, said ...") */
        else if (topic_at_start && m->sentence >= 0 && (size_t)m->sentence < doc->sentences.len) {
            size_t opening = doc->sentences.items[m->sentence].start;
            while (opening < m->start && (doc->text[opening] == ' ' || doc->text[opening] == '"')) opening++;
            /* (past a time that opens it: "In 2016 Dalmoru paid 120 billion
             * won for Cheongsol Beverage and renamed it …") */
            size_t tk = timexes_from(corpus, first_timex, end_timex, opening);
            if (opening < m->start && tk < end_timex && corpus->timexes.items[tk].start <= opening + 4 &&
                corpus->timexes.items[tk].end < m->start) {
                opening = corpus->timexes.items[tk].end;
                while (opening < m->start && (doc->text[opening] == ' ' || doc->text[opening] == ',')) opening++;
            }
            if (opening == m->start) chosen = (long)k;
        }
    }
    /* a possessive ("Lumera's largest investor") modifies a noun: the
     * company named plainly comes first, the possessive only failing it */
    for (int plain_only = 1; plain_only >= 0 && chosen < 0; plain_only--)
        for (size_t k = mentions_from(corpus, first_mention, end_mention, em->start); k-- > first_mention;) {
            const chr_entity_mention *m = &corpus->entity_mentions.items[k];
            if (m->sentence < prev_sentence) break;
            if (m->type != CHR_ENT_ORG || is_agent_org(ex, doc, m) || (skip_labour && is_labour_body(ex, doc, m)))
                continue;
            if (plain_only && is_possessive_at(doc, m->end)) continue;
            if (m->end <= em->clause_start && marker_after(ex, doc, m->end, "object_marker")) continue;
            chosen = (long)k;
            break;
        }
    /* a company's event with no company near it: the article's (not for a
     * trigger that counts only with a party of its own, "안전성 투자") */
    if (chosen < 0 && (!em->requires_party || em->amount.present) &&
        is_word_class(ex->rules, NULL, "org_event", em->type, strlen(em->type)))
        chosen = salient_org(ex, corpus, doc, first_mention, end_mention, em->start);
    if (chosen >= 0 && skip_labour && is_labour_body(ex, doc, &corpus->entity_mentions.items[chosen])) chosen = -1;
    return chosen;
}

/* Is 'm' a company whose name the union's name u[0..un) holds? */
static int company_in_union(const chr_event_extractor *ex, const chr_doc *doc, const chr_entity_mention *m, const char *u,
                            size_t un)
{
    size_t n = m->end - m->start;
    return m->type == CHR_ENT_ORG && n < un && !is_labour_body(ex, doc, m) && !is_agent_org(ex, doc, m) &&
           chr_memmem(u, un, doc->text + m->start, n) != NULL;
}

/* The company a union's name holds ("너울중공업" of "금속노조
 * 너울중공업지회", "Gaya Jet" of "Gaya Jet Pilots' Union"): its mention
 * nearest before 'pos', else the first after; -1 when none. */
static long company_of_union(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                             const chr_entity_mention *union_mention, size_t first_mention, size_t end_mention,
                             size_t pos)
{
    const char *u = doc->text + union_mention->start;
    size_t un = union_mention->end - union_mention->start;
    size_t from = mentions_from(corpus, first_mention, end_mention, pos);
    for (size_t k = from; k-- > first_mention;)
        if (company_in_union(ex, doc, &corpus->entity_mentions.items[k], u, un)) return (long)k;
    for (size_t k = from; k < end_mention; k++)
        if (company_in_union(ex, doc, &corpus->entity_mentions.items[k], u, un)) return (long)k;
    return -1;
}

/* Adds the fallback organisation; with 'with_company', where that is a
 * union or none, also the company (a strike, a wage deal is the
 * company's event too: "Management and the union reach a deal"). */
static void add_fallback_org(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                             chr_event_mention *em, size_t ss, size_t se, size_t first_mention, size_t end_mention,
                             size_t first_timex, size_t end_timex, const char *lang, int with_company)
{
    long chosen = choose_fallback_org(ex, corpus, doc, em, ss, se, first_mention, end_mention, first_timex, end_timex,
                                      lang, 0);
    if (chosen >= 0) add_participant(em, chosen, "organization");
    if (!with_company) return;
    long labour = -1;
    if (chosen >= 0 && is_labour_body(ex, doc, &corpus->entity_mentions.items[chosen])) labour = chosen;
    for (size_t k = 0; labour < 0 && k < em->participants.len; k++) {
        long i = em->participants.items[k].entity;
        if (i >= 0 && (size_t)i < corpus->entity_mentions.len && is_labour_body(ex, doc, &corpus->entity_mentions.items[i]))
            labour = i;
    }
    if (chosen >= 0 && labour < 0) return;
    long company = labour >= 0 ? company_of_union(ex, corpus, doc, &corpus->entity_mentions.items[labour], first_mention,
                                                  end_mention, em->start)
                               : -1;
    if (company < 0)
        company = choose_fallback_org(ex, corpus, doc, em, ss, se, first_mention, end_mention, first_timex, end_timex,
                                      lang, 1);
    if (company >= 0) add_participant(em, company, "organization");
}

/* Is sentence 's' alone on its line (a script's line, or a scene set by
 * a fragment: "현지 시간 어제 오후, 마드리드 본사.")? */
static int alone_on_line(const chr_doc *doc, long s)
{
    const chr_sentence *items = doc->sentences.items;
    long n = (long)doc->sentences.len;
    return (s == 0 || items[s - 1].paragraph != items[s].paragraph) &&
           (s + 1 >= n || items[s + 1].paragraph != items[s].paragraph);
}

/* How many sentences right before sentence 's' (at most two) the story goes
 * on from: each of the paragraph of the next, or both on lines of their own
 * one after the other. */
static int story_goes_on(const chr_doc *doc, long s)
{
    const chr_sentence *items = doc->sentences.items;
    int n = 0;
    for (long at = s; at > 0 && n < 2; at--, n++) {
        long prev = at - 1;
        if (items[prev].paragraph != items[at].paragraph &&
            !(items[prev].paragraph + 1 == items[at].paragraph && alone_on_line(doc, prev) && alone_on_line(doc, at)))
            break;
    }
    return n;
}

/* How many sentences right before sentence 's' (at most two) are in its
 * paragraph. */
static int paragraph_back(const chr_doc *doc, long s)
{
    int n = 0;
    for (long at = s; at > 0 && n < 2 && doc->sentences.items[at - 1].paragraph == doc->sentences.items[s].paragraph; at--)
        n++;
    return n;
}

/* Does one of 'res' match inside [from, to)? */
static int found_between(chr_regex *const *res, size_t n, const chr_doc *doc, size_t from, size_t to)
{
    for (size_t i = 0; i < n; i++)
        if (find_in(res[i], doc, from, to)) return 1;
    return 0;
}

/* Are all the mention's participants people it names as counterparties
 * (who a post was handed to)? Its subject is then still to be found. */
static int only_person_counterparties(const chr_corpus *corpus, const chr_event_mention *em)
{
    for (size_t k = 0; k < em->participants.len; k++) {
        long i = em->participants.items[k].entity;
        if (strcmp(em->participants.items[k].role, "counterparty") != 0 || i < 0 ||
            (size_t)i >= corpus->entity_mentions.len || corpus->entity_mentions.items[i].type != CHR_ENT_PERSON)
            return 0;
    }
    return em->participants.len > 0;
}

/* The first sentence of the body (a lead's), or -1. */
static long first_body_sentence(const chr_doc *doc)
{
    for (size_t i = 0; i < doc->sentences.len; i++)
        if (doc->sentences.items[i].zone == CHR_ZONE_BODY) return (long)i;
    return -1;
}

/* Does the line holding byte 'pos' open with an interview's turn ("Q:",
 * "A:")? The start of that line goes to *line_start. */
static int in_interview_line(const chr_event_extractor *ex, const chr_doc *doc, size_t pos, size_t *line_start)
{
    size_t at = doc->body_start;
    if (pos > at) {
        const char *nl = memrchr(doc->text + at, '\n', pos - at);
        if (nl) at = (size_t)(nl - doc->text) + 1;
    }
    *line_start = at;
    while (at < pos && (doc->text[at] == ' ' || doc->text[at] == '\t')) at++;
    return matches_at((const chr_regex *const *)ex->interview_lines.items, ex->interview_lines.len, doc, at, pos);
}

/* Where the first question of an interview told without "Q:"/"A:" labels
 * starts: a line of the body that ends in a question mark and holds an
 * interview pronoun ("You were named chairman in October. Was that too
 * fast?"); three such lines make the article an interview. The document's
 * length when it is none. */
#define UNLABELLED_QUESTIONS_MIN 3
#define QUESTION_LINE_MAX 600
static size_t first_unlabelled_question(const chr_event_extractor *ex, const chr_doc *doc)
{
    size_t first = doc->len;
    int questions = 0;
    for (size_t a = doc->body_start; a < doc->len;) {
        const char *nl = memchr(doc->text + a, '\n', doc->len - a);
        size_t b = nl ? (size_t)(nl - doc->text) : doc->len, e = b;
        while (e > a && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\r' || doc->text[e - 1] == '\t')) e--;
        if (e > a && e - a <= QUESTION_LINE_MAX && doc->text[e - 1] == '?' &&
            has_word_of(&ex->interview_pronouns, doc, a, e)) {
            if (first == doc->len) first = a;
            questions++;
        }
        a = b + 1;
    }
    return questions >= UNLABELLED_QUESTIONS_MIN ? first : doc->len;
}

/* Does the clause of 'em' name the person interviewed by an interview
 * pronoun ("I", "you")? The one nearest before the trigger (else the first
 * after it) decides; a possessive one (class interview_possessive) only
 * right before the trigger: "your appointment" is the interviewee's, "You
 * were hired after your predecessor was fired" is not the firing. */
static int interview_pronoun_in(const chr_event_extractor *ex, const chr_doc *doc, const chr_event_mention *em)
{
    size_t from = em->clause_start, at, chosen = SIZE_MAX, chosen_end = 0;
    while ((at = word_of_at(&ex->interview_pronouns, doc, from, em->clause_end)) != SIZE_MAX) {
        size_t we = at;
        while (we < em->clause_end && isalpha((unsigned char)doc->text[we])) we++;
        if (chosen == SIZE_MAX || at < em->start) chosen = at, chosen_end = we;
        if (at >= em->start) break;
        from = we > at ? we : at + 1;
    }
    if (chosen == SIZE_MAX) return 0;
    if (!is_word_class(ex->rules, NULL, "interview_possessive", doc->text + chosen, chosen_end - chosen)) return 1;
    size_t next = chosen_end;
    while (next < em->clause_end && doc->text[next] == ' ') next++;
    return next == em->start;
}

/* The person an interview is with: before its first turn (labelled "Q:" or
 * "A:", else 'first_turn'), the first person of a sentence that tells the
 * interview ("Kwon talked about", "Its founder, Claire Moon, spoke to"),
 * else the first person of the body; -1 for none. */
static long interviewee(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                        size_t first_mention, size_t end_mention, size_t first_turn)
{
    for (size_t at = doc->body_start; at < first_turn; at++) {
        if (at != doc->body_start && doc->text[at - 1] != '\n') continue;
        if (matches_at((const chr_regex *const *)ex->interview_lines.items, ex->interview_lines.len, doc, at, doc->len)) {
            first_turn = at;
            break;
        }
    }
    long first = -1;
    for (size_t k = first_mention; k < end_mention; k++) {
        const chr_entity_mention *m = &corpus->entity_mentions.items[k];
        if (m->start >= first_turn) break;
        if (m->type != CHR_ENT_PERSON || m->start < doc->body_start || m->sentence < 0 ||
            (size_t)m->sentence >= doc->sentences.len)
            continue;
        const chr_sentence *sn = &doc->sentences.items[m->sentence];
        if (sn->zone != CHR_ZONE_BODY) continue;
        if (first < 0) first = (long)k;
        if (has_word_of(&ex->interview_cues, doc, sn->start, sn->end)) return (long)k;
    }
    return first;
}

/* Is 'm' a speaker's label opening its line ("Kang: …" in an interview)? */
static int is_speaker_label(const chr_doc *doc, const chr_entity_mention *m)
{
    if (m->end >= doc->len || doc->text[m->end] != ':') return 0;
    return m->start == 0 || doc->text[m->start - 1] == '\n';
}

/* The person whose label ("Kang:", "Moon Seo-yeon:") opens the line
 * holding byte 'pos', as an entity mention, or -1. */
static long line_speaker(const chr_corpus *corpus, const chr_doc *doc, size_t pos, size_t first_mention,
                         size_t end_mention)
{
    size_t at = doc->body_start;
    if (pos > at) {
        const char *nl = memrchr(doc->text + at, '\n', pos - at);
        if (nl) at = (size_t)(nl - doc->text) + 1;
    }
    while (at < pos && (doc->text[at] == ' ' || doc->text[at] == '\t')) at++;
    for (size_t k = mentions_from(corpus, first_mention, end_mention, at); k < end_mention; k++) {
        const chr_entity_mention *m = &corpus->entity_mentions.items[k];
        if (m->start != at) break;
        if (m->type == CHR_ENT_PERSON && m->end < doc->len && doc->text[m->end] == ':') return (long)k;
    }
    return -1;
}

/* Where a verb comes last, a verb with no person of its own may open the
 * relative clause on the sentence's topic ("2019년 12월 취임해 … 그룹을
 * 이끌어 온 배동규 회장은 …"): the first person after the trigger in its
 * sentence, right after a word in its adnominal form (word class
 * adnominal_ending) and followed, past at most one title, by a topic
 * marker. Returns that entity mention, or -1. */
static long relative_clause_head(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                                 const chr_event_mention *em, size_t se, size_t first_mention, size_t end_mention)
{
    for (size_t i = mentions_from(corpus, first_mention, end_mention, em->end);
         i < end_mention && corpus->entity_mentions.items[i].start < se; i++) {
        const chr_entity_mention *m = &corpus->entity_mentions.items[i];
        if (m->type != CHR_ENT_PERSON) continue;
        if (m->start < em->end + 4 || doc->text[m->start - 1] != ' ') return -1;
        size_t last = m->start - 1;
        while (last > em->end && ((unsigned char)doc->text[last - 1] & 0xC0) == 0x80) last--;
        if (last > em->end) last--;
        if (m->start - 1 - last != 3 || !is_word_class(ex->rules, NULL, "adnominal_ending", doc->text + last, 3))
            return -1;
        if (topic_marker_after(ex, doc, m->end)) return (long)i;
        /* (past a title: "배동규 회장은") */
        size_t w = m->end;
        if (w >= se || doc->text[w] != ' ') return -1;
        w++;
        size_t we = w;
        while (we < se && (unsigned char)doc->text[we] >= 0x80) we++;
        if (we - w < 6 || we - w > 18) return -1;
        return is_word_class(ex->rules, NULL, "topic_marker", doc->text + we - 3, 3) ? (long)i : -1;
    }
    return -1;
}

static void assign_participants(const chr_event_extractor *ex, chr_corpus *corpus, const chr_doc *doc,
                                chr_event_mention *em, size_t ss, size_t se, size_t first_mention, size_t end_mention,
                                size_t first_timex, size_t end_timex,
                                const trigger_rule *rule, size_t next_clause_end, clause_words *cw)
{
    if (cw->start != em->clause_start || cw->end != em->clause_end) {
        cw->start = em->clause_start, cw->end = em->clause_end;
        cw->pronoun = SIZE_MAX - 1;
        cw->description = 0;
    }
    int noun_subject_before = rule->noun_subject_before;
    /* "the board fired Kim", "named Sofia Marquez interim chief": in an
     * active clause of a language that says so, the person right after the
     * verb is the one it happens to */
    /* a verb in a relative clause describes the person it modifies
     * ("쫓겨났던 샘 올트먼", "해임된 김 대표") */
    size_t head = match_end_at((const chr_regex *const *)ex->relative_heads.items, ex->relative_heads.len, doc, em->end,
                               em->clause_end);
    if (head)
        for (size_t i = mentions_from(corpus, first_mention, end_mention, head);
             i < end_mention && corpus->entity_mentions.items[i].start < em->clause_end; i++) {
            const chr_entity_mention *m = &corpus->entity_mentions.items[i];
            if (m->start > head + 24) break;
            if (m->type != CHR_ENT_PERSON) continue;
            add_participant(em, (long)i, "subject");
            if (m->start == head) em->describes_person = 1;
            break;
        }
    /* (a trigger in its own adnominal form, "오른 에밋 시어") */
    if (!head && em->end - em->start > 3 && (unsigned char)doc->text[em->end - 3] >= 0xE0 &&
        is_word_class(ex->rules, NULL, "adnominal_ending", doc->text + em->end - 3, 3)) {
        size_t at = em->end;
        while (at < em->clause_end && (doc->text[at] == ' ' || doc->text[at] == '\t')) at++;
        size_t i = mentions_from(corpus, first_mention, end_mention, at);
        if (at > em->end && i < end_mention && corpus->entity_mentions.items[i].start == at &&
            corpus->entity_mentions.items[i].type == CHR_ENT_PERSON)
            em->describes_person = 1;
    }
    /* a relative clause's verb is about the person it follows ("Kim
     * Do-jin, who became chief executive in March when his predecessor Lee
     * retired"): the last person before the trigger, when a
     * relative_subject pattern runs from it to the trigger */
    long relative_subject = -1;
    if (ex->relative_subjects.len) {
        long last = -1;
        for (size_t i = mentions_from(corpus, first_mention, end_mention, ss);
             i < end_mention && corpus->entity_mentions.items[i].end <= em->start; i++)
            if (corpus->entity_mentions.items[i].type == CHR_ENT_PERSON) last = (long)i;
        if (last >= 0 && match_end_at((const chr_regex *const *)ex->relative_subjects.items, ex->relative_subjects.len,
                                      doc, corpus->entity_mentions.items[last].end, em->start) == em->start) {
            relative_subject = last;
            em->person_clause = 1;
            add_participant(em, last, "subject");
        }
    }
    int patient_pronoun = 0;
    if (rule->patient_follows_verb && relative_subject < 0 &&
        matches_at((const chr_regex *const *)ex->object_pronouns.items, ex->object_pronouns.len, doc, em->end,
                   em->clause_end)) {
        /* a pronoun right after the verb is who it happens to: the last
         * person named before it ("… strip Oh Se-rin of her board seat.
         * Within hours, the board showed her the door … and handed the
         * reins to Lee Bo-ra") */
        patient_pronoun = 1;
        for (size_t k = mentions_from(corpus, first_mention, end_mention, em->start); k-- > first_mention;) {
            const chr_entity_mention *m = &corpus->entity_mentions.items[k];
            if (m->type != CHR_ENT_PERSON) continue;
            /* not the verb's own subject: "founder Lim handed her the
             * reins" gives them to someone named before Lim */
            if (m->start >= em->clause_start && m->end <= em->start && em->start - m->end <= 24 &&
                !memchr(doc->text + m->end, '\'', em->start - m->end) &&
                !chr_memmem(doc->text + m->end, em->start - m->end, "’", 3))
                continue;
            add_participant(em, (long)k, "subject");
            break;
        }
    }
    if (rule->patient_follows_verb && relative_subject < 0 && !patient_pronoun &&
        !is_word_class(ex->rules, NULL, "intransitive_trigger", doc->text + em->start, em->end - em->start) &&
        !matches_at((const chr_regex *const *)ex->passives.items, ex->passives.len, doc, em->start, em->clause_end)) {
        size_t possessor_end = 0;
        for (size_t i = mentions_from(corpus, first_mention, end_mention, em->end);
             i < end_mention && corpus->entity_mentions.items[i].start < em->clause_end; i++) {
            const chr_entity_mention *m = &corpus->entity_mentions.items[i];
            if (m->start > em->end + 48) break;
            /* past a comma is the next clause's ("will no longer sit on the
             * board, though Altman said"), unless the comma opens the name
             * of a possessor's relative ("elected Harold's grandson, Peter
             * Castellan, as chairman") */
            size_t from = possessor_end ? possessor_end : em->end;
            const char *comma = memchr(doc->text + from, ',', m->start - from);
            if (comma && (!possessor_end || memchr(comma + 1, ',', doc->text + m->start - comma - 1))) break;
            if (m->type != CHR_ENT_PERSON) continue;
            /* (not one the verb is taken from: "takes over from Trewin") */
            if (word_between_in_class(ex->rules, doc, em->end, m->start, "patient_not_after")) break;
            if (!possessor_end && is_possessive_at(doc, m->end)) {
                possessor_end = m->end;
                continue;
            }
            add_participant(em, (long)i, "subject");
            break;
        }
    }
    /* only the mentions of this sentence matter */
    size_t sentence_first = mentions_from(corpus, first_mention, end_mention, ss);
    /* entity mentions of the clause: the person nearest the trigger is the
     * subject, organisations are the organisation then counterparties */
    int orgs = 0;
    long nearest_person = -1;
    size_t nearest_distance = SIZE_MAX;
    for (size_t i = sentence_first; i < end_mention && corpus->entity_mentions.items[i].start < se; i++) {
        const chr_entity_mention *m = &corpus->entity_mentions.items[i];
        if (m->start < em->clause_start || m->end > em->clause_end) continue;
        const char *role = mention_role(ex, doc, m, em->type, em->clause_end);
        if (role) {
            add_participant(em, (long)i, role);
            continue;
        }
        /* (nor the source the sentence is told on: "사무국 관계자에 따르면") */
        if (ex->sources.len && m->end <= em->start &&
            matches_at((const chr_regex *const *)ex->sources.items, ex->sources.len, doc, m->end, em->start))
            continue;
        /* (not one named inside a relative clause or a participle set off
         * before the verb: "Kang, 41, who co-founded Dalmoro with Yoon
         * Seo-hee, denied …", "The auditor of Dalmoro, a startup backed by
         * Bluestern Capital, resigned") */
        if (rule->time_after_verb && m->end <= em->start &&
            (in_set_off_relative_en(doc, ss, m->start, em->start) ||
             (m->type != CHR_ENT_PERSON && set_off_by_agent_en(ex, doc, ss, m->start, em->start))))
            continue;
        if (m->type == CHR_ENT_PERSON) {
            /* a noun's subject comes before it ("김 대표의 해임"); a person
             * after it is the main verb's */
            if (em->nominal && m->start >= em->end && noun_subject_before) continue;
            /* a possessor is the subject of the noun it owns ("Kim's
             * dismissal"), not of a verb further on */
            if (m->end <= em->start && em->start - m->end > 16 &&
                matches_at((const chr_regex *const *)ex->possessors.items, ex->possessors.len, doc, m->end, se))
                continue;
            /* (nor of a noun told before it: "In a public letter, Tarn calls
             * for McAllister's removal") */
            if (m->start >= em->end &&
                matches_at((const chr_regex *const *)ex->possessors.items, ex->possessors.len, doc, m->end, se))
                continue;
            /* "테일러 의장은 알트만 해임을 둘러싼 경위에 대해 … 조사를": the
             * person right before another, earlier trigger is that noun's */
            if (noun_subject_before && m->end <= em->start && subject_of_earlier(corpus, em, m)) continue;
            /* (nor a person after a word that opens a clause of its own:
             * "named to the post the day Jang stepped down") */
            if (rule->patient_follows_verb && m->start >= em->end &&
                word_between_in_class(ex->rules, doc, em->end, m->start, "subject_not_after"))
                continue;
            /* the subject usually comes before the verb: a person after the
             * trigger counts as further away */
            size_t distance = m->end <= em->start ? em->start - m->end : 4 * (m->start - em->end) + 64;
            if (distance < nearest_distance) nearest_distance = distance, nearest_person = (long)i;
        } else if (in_person_appositive(ex, corpus, doc, sentence_first, i, em, se)) {
            continue;
        } else if (is_agent_org(ex, doc, m)) {
            add_participant(em, (long)i, "agent");
        } else {
            add_participant(em, (long)i, orgs++ == 0 ? "organization" : "counterparty");
        }
    }
    if (nearest_person < 0) {
        /* no person in the clause: the nearest one earlier in the sentence,
         * not a possessor ("who had pushed for Hartmann's removal, left the
         * board": Hartmann is not who left) */
        /* (the last one first: its checks run regexes) */
        size_t past = sentence_first;
        while (past < end_mention && corpus->entity_mentions.items[past].start < se &&
               corpus->entity_mentions.items[past].end <= em->start)
            past++;
        for (size_t i = past; i-- > sentence_first;) {
            const chr_entity_mention *m = &corpus->entity_mentions.items[i];
            if (m->type != CHR_ENT_PERSON || m->end > em->start) continue;
            if (matches_at((const chr_regex *const *)ex->possessors.items, ex->possessors.len, doc, m->end, se)) continue;
            if (rule->time_after_verb && in_set_off_relative_en(doc, ss, m->start, em->start)) continue;
            /* (nor one the clause gave a role: "윤정민 부회장에게 지휘봉을
             * 넘기고 자리에서 내려온") */
            if (mention_role(ex, doc, m, em->type, se)) continue;
            nearest_person = (long)i;
            break;
        }
    }
    if (nearest_person >= 0 && ex->appositions.len && (size_t)nearest_person > sentence_first) {
        /* the person found lies in an appositive that describes the person
         * who opens the sentence, and the verb follows it: that person's
         * ("Ilya Sutskever, the chief scientist who voted to oust Altman,
         * will no longer sit on the board") */
        const chr_entity_mention *m = &corpus->entity_mentions.items[sentence_first];
        const chr_entity_mention *near = &corpus->entity_mentions.items[nearest_person];
        size_t lead = ss;
        while (lead < m->start && (doc->text[lead] == ' ' || doc->text[lead] == '"' || doc->text[lead] == '\'')) lead++;
        if (m->type == CHR_ENT_PERSON && lead == m->start && near->start >= m->end) {
            size_t end = match_end_at((const chr_regex *const *)ex->appositions.items, ex->appositions.len, doc, m->end,
                                      em->start);
            if (end && near->end <= end && end <= em->start) nearest_person = (long)sentence_first;
            /* (or the person found comes after the verb, which follows the
             * opener's appositive closely: "Brandt, a turnaround specialist,
             * was hired in November ... since Dennis Whitcombe stepped down") */
            else if (end && near->start >= em->end && end <= em->start && em->start - end <= 16)
                nearest_person = (long)sentence_first;
        }
    }
    /* a pronoun subject before the verb is who acts, not a person after
     * the verb in a clause joined without a comma ("He resigned on October
     * 22 and Gyeongwon installed Yoon Ha-jin as interim chairman") */
    if (nearest_person >= 0 && !em->nominal && rule->time_after_verb &&
        corpus->entity_mentions.items[nearest_person].start >= em->end) {
        if (cw->pronoun == SIZE_MAX - 1) cw->pronoun = first_pronoun(ex, doc, em->clause_start, em->clause_end, &cw->description);
        if (cw->pronoun != SIZE_MAX && cw->pronoun < em->start) nearest_person = -1;
    }
    if (cw->pronoun == SIZE_MAX - 1 && nearest_person < 0 && !em->nominal && rule->time_after_verb)
        cw->pronoun = first_pronoun(ex, doc, em->clause_start, em->clause_end, &cw->description);
    /* (a pronoun before the verb is its subject when a semicolon opens
     * the next clause: "She stepped down on June 30; the next day Jinyang
     * put Nam Gi-chan in the corner office"; a comma may only set off the
     * one it happens to: "when he handed the role to his son, Richard
     * Castellan") */
    int own_pronoun = cw->pronoun != SIZE_MAX && cw->pronoun < em->start && em->clause_end < se &&
                      memchr(doc->text + em->end, ';', (em->clause_end + 2 < se ? em->clause_end + 2 : se) - em->end);
    /* (as is a description opening the sentence: "The former banker, who
     * …, was named head the day after Kwon quit") */
    if (cw->pronoun != SIZE_MAX && cw->pronoun < em->start && cw->description) own_pronoun = 1;
    if (nearest_person < 0 && !em->nominal && rule->time_after_verb && !own_pronoun) {
        /* still none: the first person of the sentence's next clause ("In an
         * interview on Wednesday, Raman said ..."), where a subject may
         * follow (not where it comes before its verb: "후임 대표를 선임할
         * 예정이며, 그때까지 조은비 COO가 …") */
        for (size_t i = sentence_first; i < end_mention && corpus->entity_mentions.items[i].start < se; i++) {
            const chr_entity_mention *m = &corpus->entity_mentions.items[i];
            if (m->type != CHR_ENT_PERSON || m->start < em->clause_end) continue;
            /* (not a possessor: "In a public letter, Tarn calls for
             * McAllister's removal") */
            if (next_clause_end && m->end <= next_clause_end &&
                !matches_at((const chr_regex *const *)ex->possessors.items, ex->possessors.len, doc, m->end, se))
                nearest_person = (long)i;
            break;
        }
    }
    if (nearest_person < 0 && !em->nominal && !rule->time_after_verb)
        nearest_person = relative_clause_head(ex, corpus, doc, em, se, first_mention, end_mention);
    if (nearest_person < 0 && ex->appositions.len && sentence_first < end_mention &&
        corpus->entity_mentions.items[sentence_first].start < se) {
        /* no person at all, and a company opens the sentence with an
         * appositive before the verb: the company is who acts ("Microsoft,
         * OpenAI's largest investor, will take an observer seat") */
        const chr_entity_mention *m = &corpus->entity_mentions.items[sentence_first];
        size_t lead = ss;
        while (lead < m->start && (doc->text[lead] == ' ' || doc->text[lead] == '"' || doc->text[lead] == '\'')) lead++;
        if (m->type == CHR_ENT_ORG && lead == m->start && m->end <= em->start &&
            !is_agent_org(ex, doc, m)) {
            size_t end = match_end_at((const chr_regex *const *)ex->appositions.items, ex->appositions.len, doc, m->end,
                                      em->start);
            if (end && end <= em->start && end >= em->clause_start) add_participant(em, (long)sentence_first, "subject");
        }
    }
    /* a company's event (a deal, a founding) names its company even when a
     * person is its subject: the one the sentence or the article is about */
    if (!has_org_participant(ex, corpus, doc, em, 1, 1) && (!em->requires_party || em->amount.present) &&
        is_word_class(ex->rules, NULL, "org_event", em->type, strlen(em->type)))
        add_fallback_org(ex, corpus, doc, em, ss, se, first_mention, end_mention, first_timex, end_timex, rule->rec->lang,
                         1);
    /* a strike with no union named in its clause is the union's the
     * article named last before it ("The strike began on June 2" after
     * "the Shipbuilding Subcontract Workers' Union"): word class
     * labour_event */
    if (is_word_class(ex->rules, NULL, "labour_event", em->type, strlen(em->type))) {
        int has_labour = 0;
        for (size_t k = 0; k < em->participants.len && !has_labour; k++) {
            long i = em->participants.items[k].entity;
            has_labour = i >= 0 && (size_t)i < corpus->entity_mentions.len &&
                         is_labour_body(ex, doc, &corpus->entity_mentions.items[i]);
        }
        for (size_t k = mentions_from(corpus, first_mention, end_mention, em->start); !has_labour && k-- > first_mention;) {
            const chr_entity_mention *m = &corpus->entity_mentions.items[k];
            if (m->type == CHR_ENT_ORG && is_labour_body(ex, doc, m)) {
                add_participant(em, (long)k, "organization");
                has_labour = 1;
            }
        }
    }
    for (size_t k = 0; k < em->participants.len; k++)
        if (strcmp(em->participants.items[k].role, "subject") == 0) return;
    /* in a turn its speaker's name opens ("Kang: I never resigned. I was
     * removed"), "I" is who speaks, before a person of an earlier clause
     * ("Mr. Kwon told the board he was resigning, and that same evening the
     * directors asked me to step in") */
    /* (not where "we" speaks for the company: "I expect we will have that
     * agreed") */
    if (ex->speaker_pronouns.len &&
        (nearest_person < 0 || corpus->entity_mentions.items[nearest_person].start < em->clause_start) &&
        has_word_of(&ex->speaker_pronouns, doc, em->clause_start, em->clause_end) &&
        !has_word_of(&ex->speaker_company, doc, em->clause_start, em->clause_end)) {
        long who = line_speaker(corpus, doc, em->start, first_mention, end_mention);
        if (who >= 0) {
            add_participant(em, who, "subject");
            return;
        }
    }
    if (nearest_person >= 0) {
        add_participant(em, nearest_person, "subject");
        return;
    }
    if (em->participants.len == 0 || only_person_counterparties(corpus, em)) {
        long dropped_subject = -1;
        /* (a noun that refers back to an event names no new subject:
         * "4명이 해임안에 찬성했다" after "… 권서린 부회장을 선임했다") */
        if (!em->nominal && chr_rules_word(ex->rules, "drops_subject", rule->rec->lang) &&
            is_word_class(ex->rules, NULL, "person_event", em->type, strlen(em->type)) &&
            /* (not where the clause names its own topic, a thing: "가맹점
             * 결제는 19일 완전히 돌아왔다") */
            !found_between(ex->own_topics.items, ex->own_topics.len, doc, em->clause_start, em->start))
            /* a language that leaves out a subject the previous sentence
             * named ("...대표가 물러났다. 지난 3월 취임한 지 8개월 만이다"):
             * that sentence's last person */
            /* (its topic first: "…를 지목했고, 페랄타는 … 회장을 상대로 소송을
             * 냈다. 이튿날에는 휴직계를 내고" is 페랄타's leave) */
            for (int topic_only = 1; topic_only >= 0 && dropped_subject < 0; topic_only--)
                for (size_t k = mentions_from(corpus, first_mention, end_mention, ss); k-- > first_mention;) {
                    const chr_entity_mention *m = &corpus->entity_mentions.items[k];
                    if (m->sentence < em->sentence - 1) break;
                    if (m->type != CHR_ENT_PERSON || (topic_only && !topic_marker_after(ex, doc, m->end))) continue;
                    dropped_subject = (long)k;
                    break;
                }
        add_fallback_org(ex, corpus, doc, em, ss, se, first_mention, end_mention, first_timex, end_timex, rule->rec->lang,
                         0);
        if (dropped_subject >= 0) {
            add_participant(em, dropped_subject, "subject");
            return;
        }
    }
    /* in an interview's turns, "I" of an answer and "you" of a question
     * are the person interviewed ("Cha phoned me on Oct. 13", "since you
     * became chief executive in 2021"); turns are labelled ("Q:", "A:") or
     * follow the first question of an interview told without labels */
    size_t line_start;
    int labelled = ex->interview_lines.len && in_interview_line(ex, doc, em->start, &line_start);
    if (!labelled && ex->interview_pronouns.len && !cw->questions_read) {
        cw->first_question = first_unlabelled_question(ex, doc);
        cw->interviewee = cw->first_question < doc->len
                              ? interviewee(ex, corpus, doc, first_mention, end_mention, cw->first_question)
                              : -1;
        cw->questions_read = 1;
    }
    if ((labelled || (ex->interview_pronouns.len && em->start >= cw->first_question)) &&
        interview_pronoun_in(ex, doc, em)) {
        if (labelled && !cw->labelled_read) {
            cw->labelled_interviewee = interviewee(ex, corpus, doc, first_mention, end_mention, doc->len);
            cw->labelled_read = 1;
        }
        long who = labelled ? cw->labelled_interviewee : cw->interviewee;
        if (who >= 0) {
            add_participant(em, who, "subject");
            return;
        }
    }
    /* a pronoun in the clause ("그는", "he") is the last person mentioned before it */
    if (cw->pronoun == SIZE_MAX - 1) cw->pronoun = first_pronoun(ex, doc, em->clause_start, em->clause_end, &cw->description);
    size_t i = cw->pronoun;
    if (i == SIZE_MAX) return;
    /* (a possessive further on than right after the trigger names its
     * object's owner, not who acts: "searched the headquarters and his
     * apartment"; "approved his detention" names him) */
    if (i > em->end + 1) {
        size_t we = i;
        while (we < doc->len && isalpha((unsigned char)doc->text[we])) we++;
        if (is_word_class(ex->rules, NULL, "possessive_pronoun", doc->text + i, we - i)) return;
    }
    /* one that opens its sentence ("She quit as chief brand officer …")
     * is who the sentence before was about, the subject of its last
     * event, rather than the last person it named ("… co-founded with
     * chemist Arvind Menon") */
    size_t open = ss;
    while (open < i && (doc->text[open] == ' ' || doc->text[open] == '"')) open++;
    if (open == i && em->sentence > 0) {
        /* (its first event: the main clause's, before any relative one) */
        size_t first = corpus->event_mentions.len;
        while (first > 0 && corpus->event_mentions.items[first - 1].doc == em->doc &&
               corpus->event_mentions.items[first - 1].sentence >= em->sentence - 1)
            first--;
        for (size_t q = first; q < corpus->event_mentions.len; q++) {
            const chr_event_mention *p = &corpus->event_mentions.items[q];
            if (p->sentence != em->sentence - 1) break;
            for (size_t k = 0; k < p->participants.len; k++) {
                long who = p->participants.items[k].entity;
                if (strcmp(p->participants.items[k].role, "subject") == 0 && who >= 0 &&
                    (size_t)who < corpus->entity_mentions.len &&
                    corpus->entity_mentions.items[who].type == CHR_ENT_PERSON) {
                    add_participant(em, who, "subject");
                    return;
                }
            }
            break;
        }
    }
    size_t before = mentions_from(corpus, first_mention, end_mention, i);
    for (size_t k = before; k-- > first_mention;) {
        const chr_entity_mention *m = &corpus->entity_mentions.items[k];
        /* (not an interview's speaker label, "Kang: He chose to leave":
         * who speaks says "I", a "he" in the answer is someone else) */
        if (m->type == CHR_ENT_PERSON && m->end <= i && !is_speaker_label(doc, m)) {
            add_participant(em, (long)k, "subject");
            return;
        }
    }
}

/* The amount found in a range: the triggers of one clause (sentence) look
 * in the same one, so the last answer for each of the two is kept. */
typedef struct {
    size_t from, to;     /* the range asked (from > to: none yet) */
    chr_amount amount;   /* its amount ('present' 0: none), text not set */
    size_t start, end;   /* the amount's text */
} amount_memo;

static void find_amount_uncached(const chr_event_extractor *ex, const chr_doc *doc, amount_memo *out, size_t from,
                                 size_t to);

static void find_amount(const chr_event_extractor *ex, const chr_doc *doc, chr_event_mention *em, size_t from, size_t to,
                        amount_memo *memo)
{
    if (memo->from != from || memo->to != to) find_amount_uncached(ex, doc, memo, from, to);
    if (memo->amount.present) {
        em->amount = memo->amount;
        em->amount.text = chr_xstrndup(doc->text + memo->start, memo->end - memo->start);
    }
}

static void find_amount_uncached(const chr_event_extractor *ex, const chr_doc *doc, amount_memo *out, size_t from,
                                 size_t to)
{
    out->from = from, out->to = to;
    out->amount.present = 0;
    for (size_t r = 0; r < ex->amounts.len; r++) {
        const amount_rule *a = &ex->amounts.items[r];
        if (!rule_applies(a->lang, doc)) continue;
        chr_match m;
        chr_error ignored;
        if (chr_regex_find(a->re, doc->text, to, from, &m, &ignored) != 1) continue;
        char value[128], currency[64];
        size_t vl = m.group_end[a->g_value] - m.group_start[a->g_value];
        size_t cl = m.group_end[a->g_currency] - m.group_start[a->g_currency];
        if (m.group_start[a->g_value] == SIZE_MAX || m.group_start[a->g_currency] == SIZE_MAX) continue;
        if (vl >= sizeof value || cl >= sizeof currency) continue;
        memcpy(value, doc->text + m.group_start[a->g_value], vl);
        value[vl] = '\0';
        memcpy(currency, doc->text + m.group_start[a->g_currency], cl);
        currency[cl] = '\0';
        chr_amount amount = {0};
        if (chr_event_parse_amount(ex->rules, value, currency, &amount)) {
            out->amount = amount;
            out->start = m.start, out->end = m.end;
            return;
        }
    }
}

/*
 * A time anchored on an earlier one (the narrative reference: "이튿날",
 * "the next day"; the timex module writes "#N") counts from the last
 * narrated event, not from a date that only set up a background state
 * ("5월 21일부터 휴직 중이었다"). When the timex module anchored 't' on
 * another date than the last event mention before 'pos' that has a date
 * of its own (not a background one), writes the re-anchored date into
 * 'out' and returns 1.
 */
static int reanchor_narrative(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                              const chr_timex *t, size_t first_event, char *out, size_t size)
{
    if (t->anchor[0] != '#' || t->shift || t->date.year == 0 || t->date.day == 0) return 0;
    long a = strtol(t->anchor + 1, NULL, 10);
    if (a < 0 || (size_t)a >= corpus->timexes.len) return 0;
    const chr_timex *anchor = &corpus->timexes.items[a];
    if (anchor->date.year == 0 || anchor->date.day == 0) return 0;
    long offset = chr_date_to_days(t->date.year, t->date.month, t->date.day) -
                  chr_date_to_days(anchor->date.year, anchor->date.month, anchor->date.day);
    for (size_t q = corpus->event_mentions.len; q-- > first_event;) {
        const chr_event_mention *p = &corpus->event_mentions.items[q];
        if (p->timex < 0 || p->modality == CHR_MOD_NEGATED || p->modality == CHR_MOD_POSSIBLE) continue;
        const chr_timex *r = &corpus->timexes.items[p->timex];
        /* (a day, not a year or a month counted from the article's day:
         * "11년 전") */
        if (r->date.year == 0 || r->date.day == 0 || r->granularity != 'D' || r->end > t->start) continue;
        if (r->flashback) continue;
        /* (a plan after the article's day is no step of a story the time
         * stage counted within the past: "다음 달 1일 취임한다. … 공시
         * 이튿날 소송을 냈다") */
        if (p->modality == CHR_MOD_PLANNED && doc->dct.present &&
            chr_date_to_days(r->date.year, r->date.month, r->date.day) >
                chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day) &&
            chr_date_to_days(t->date.year, t->date.month, t->date.day) <=
                chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day))
            continue;
        if (matches_at((const chr_regex *const *)ex->backgrounds.items, ex->backgrounds.len, doc, r->end,
                       doc->sentences.items[r->sentence].end))
            continue;
        /* ("이날" is not the day a length since counts from: "지난달 14일 …
         * 돌입한 지 23일 만이다. … 이날 오전"; "이튿날" may count from it) */
        if (offset == 0 && matches_at((const chr_regex *const *)ex->lookbacks.items, ex->lookbacks.len, doc, r->end,
                                      doc->sentences.items[r->sentence].end))
            continue;
        if (p->timex == a) return 0; /* the timex module's anchor was the event's */
        /* (nor when that event's day is the eve counted from the anchor's,
         * which the timex module came back from: "6일 … 따르면 노사는 전날
         * 밤 합의했다. … 이날 오전 복귀했다") */
        if ((strcmp(r->anchor, "dct") == 0 || (r->anchor[0] == '#' && strtol(r->anchor + 1, NULL, 10) == a)) &&
            chr_date_to_days(r->date.year, r->date.month, r->date.day) ==
                                chr_date_to_days(anchor->date.year, anchor->date.month, anchor->date.day) - 1 &&
            r->start > anchor->end && r->sentence <= anchor->sentence + 1)
            return 0;
        /* an anchor told after that event, and not a background state, is
         * where the narration stands ("turned to Shear on Nov. 19 ... the
         * following Tuesday") */
        if (anchor->start >= r->end &&
            !matches_at((const chr_regex *const *)ex->backgrounds.items, ex->backgrounds.len, doc, anchor->end,
                        doc->sentences.items[anchor->sentence].end))
            return 0;
        chr_date d = {0};
        chr_date_from_days(chr_date_to_days(r->date.year, r->date.month, r->date.day) + offset, &d.year, &d.month,
                           &d.day);
        chr_timex_format_date(&d, 'D', out, size);
        return 1;
    }
    return 0;
}

/* Is there a quotation mark in [from, to)? Speech and narration do not
 * share their times: a time outside a quote does not date what the quote
 * says, nor the other way round. */
static int quote_between(const chr_doc *doc, size_t from, size_t to)
{
    const char *t = doc->text;
    for (size_t i = from; i < to; i++) {
        if (t[i] == '"') return 1;
        /* U+201C, U+201D: E2 80 9C / E2 80 9D */
        if ((unsigned char)t[i] == 0xE2 && i + 2 < to && (unsigned char)t[i + 1] == 0x80 &&
            ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x9D))
            return 1;
    }
    return 0;
}

/*
 * What a news article states as done happened before it was written: a
 * day and month without a year ("on May 31") that the time stage put after
 * the article date, for an asserted or reported event, is last year's.
 * Writes the corrected value into 'out' and returns 1 when it applies.
 */
static int past_year(const chr_doc *doc, const chr_timex *t, chr_modality modality, char *out, size_t size)
{
    if (modality != CHR_MOD_ASSERTED && modality != CHR_MOD_REPORTED) return 0;
    if (!doc->dct.present || t->granularity != 'D' || t->date.year != doc->dct.year + 1 || t->anchor[0] != 'd') return 0;
    /* a year written in the expression is the writer's, not a guess */
    for (size_t i = t->start; i + 3 < t->end; i++)
        if (isdigit((unsigned char)doc->text[i]) && isdigit((unsigned char)doc->text[i + 1]) &&
            isdigit((unsigned char)doc->text[i + 2]) && isdigit((unsigned char)doc->text[i + 3]))
            return 0;
    long when = chr_date_to_days(t->date.year, t->date.month, t->date.day);
    if (when <= chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day)) return 0;
    chr_date d = {t->date.year - 1, t->date.month, t->date.day};
    chr_timex_format_date(&d, 'D', out, size);
    return 1;
}

/*
 * What is planned lies ahead: a bare day ("21일부터 휴직에 들어간다")
 * that the time stage put in the month before the article date, because
 * the day is after the article's, is this month's for a planned event.
 * Writes the corrected value into 'out' and returns 1 when it applies.
 */
static int next_month_day(const chr_doc *doc, const chr_timex *t, chr_modality modality, char *out, size_t size)
{
    if (modality != CHR_MOD_PLANNED || !doc->dct.present || t->granularity != 'D' || t->anchor[0] != 'd') return 0;
    /* the expression is only digits and 일 ("21일", "지난"-less) */
    size_t i = t->start;
    while (i < t->end && isdigit((unsigned char)doc->text[i])) i++;
    if (i == t->start || i + 3 != t->end || memcmp(doc->text + i, "\xEC\x9D\xBC", 3) != 0) return 0;
    if (t->date.day <= doc->dct.day) return 0;
    /* (not a day set beside what it follows: "해임 이틀 뒤인 30일") */
    if (t->start >= 4 && memcmp(doc->text + t->start - 4, "\xEC\x9D\xB8 ", 4) == 0) return 0;
    long when = chr_date_to_days(t->date.year, t->date.month, t->date.day);
    if (when >= chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day)) return 0;
    if (t->date.day > chr_days_in_month(doc->dct.year, doc->dct.month)) return 0;
    chr_date d = {doc->dct.year, doc->dct.month, t->date.day};
    chr_timex_format_date(&d, 'D', out, size);
    return 1;
}

/*
 * "The board agreed the following Tuesday": a weekday after a 'following'
 * cue that the time stage read from the article date is the first such
 * weekday after the last day the narration told (an earlier mention's
 * date). Writes the value into 'out' and returns 1 when it applies.
 */
static int following_weekday(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                             const chr_timex *t, size_t first_event, char *out, size_t size)
{
    if (!ex->following.len || t->anchor[0] != 'd' || t->granularity != 'D' || t->date.year == 0) return 0;
    size_t from = t->start > 40 ? t->start - 40 : 0;
    int cued = 0;
    for (size_t i = 0; i < ex->following.len && !cued; i++) {
        chr_match m;
        chr_error ignored;
        if (chr_regex_find(ex->following.items[i], doc->text, t->start, from, &m, &ignored) == 1 && m.end == t->start)
            cued = 1;
    }
    if (!cued) return 0;
    for (size_t q = corpus->event_mentions.len; q-- > first_event;) {
        const chr_event_mention *p = &corpus->event_mentions.items[q];
        if (p->timex < 0 || p->modality == CHR_MOD_NEGATED || p->modality == CHR_MOD_POSSIBLE) continue;
        const chr_timex *r = &corpus->timexes.items[p->timex];
        if (r->date.year == 0 || r->date.day == 0 || r->end > t->start) continue;
        long base = chr_date_to_days(r->date.year, r->date.month, r->date.day);
        long want = chr_date_to_days(t->date.year, t->date.month, t->date.day);
        long delta = ((want - base) % 7 + 7) % 7;
        if (delta == 0) delta = 7;
        chr_date d = {0};
        chr_date_from_days(base + delta, &d.year, &d.month, &d.day);
        chr_timex_format_date(&d, 'D', out, size);
        return 1;
    }
    return 0;
}

/* The quotes open at 'pos' of those opened after 'from' (a sentence
 * start): *straight 1 when a straight quote is open, *curly how many
 * curly ones. Straight quotes alternate; curly ones say which way they
 * go. */
static void quotes_open_at(const chr_doc *doc, size_t from, size_t pos, int *straight, int *curly)
{
    const unsigned char *t = (const unsigned char *)doc->text;
    *straight = 0, *curly = 0;
    for (size_t i = from; i < pos; i++) {
        if (t[i] == '"') *straight ^= 1;
        else if (t[i] == 0xE2 && i + 2 < pos && t[i + 1] == 0x80) {
            if (t[i + 2] == 0x9C) ++*curly;
            else if (t[i + 2] == 0x9D && *curly > 0) --*curly;
        }
    }
}

/* Is 'pos' inside a quotation that opens after 'from' (a sentence start)? */
static int inside_quote(const chr_doc *doc, size_t from, size_t pos)
{
    int straight, curly;
    quotes_open_at(doc, from, pos, &straight, &curly);
    return straight || curly > 0;
}


/* Is the trigger of 'h' used as a noun? 2 when the trigger itself says so
 * (role nominal_trigger: "his removal"; role relative_trigger: "the board
 * that ousted him", which also sets *relative when given), 1 when what
 * follows does (role nominal: a particle), else 0. */
static int hit_is_nominal(const chr_event_extractor *ex, const chr_doc *doc, const trigger_hit *h, size_t limit,
                          int *relative)
{
    if (relative) *relative = 0;
    if (matches_at((const chr_regex *const *)ex->relative_at.items, ex->relative_at.len, doc, h->start, limit)) {
        if (relative) *relative = 1;
        return 2;
    }
    if (matches_at((const chr_regex *const *)ex->nominal_at.items, ex->nominal_at.len, doc, h->start, limit)) return 2;
    /* a verb's adnominal form ("물러난 뒤", "떠난 뒤", "옮긴 뒤": a last
     * syllable of word class adnominal_ending) is the verb itself, dated by
     * its clause, not a noun */
    if (h->end - h->start > 3 && h->end >= 3 && (unsigned char)doc->text[h->end - 3] >= 0xE0 &&
        is_word_class(ex->rules, NULL, "adnominal_ending", doc->text + h->end - 3, 3))
        return 0;
    return matches_at((const chr_regex *const *)ex->nominal_after.items, ex->nominal_after.len, doc, h->end, limit);
}


/* How far after a time told in a relative clause on the subject (no
 * comma) its main verb comes: "owners who closed their stores in March
 * sued", right after it (not a verb of what the subject said: "people who
 * attended the meeting on Nov. 14 told reporters that directors voted to
 * remove him"). */
#define SUBJECT_RELATIVE_REACH 2

/* Does [from, to) hold only spaces? */
static int only_spaces_between(const chr_doc *doc, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (doc->text[i] != ' ') return 0;
    return 1;
}

/* Does a relative pronoun stand in [from, to) with words of its clause
 * between it and 'to' ("who closed their stores" before "in March"; not
 * "which" right before its time: "which last month agreed to pay")? */
static int relative_clause_verb_before(const chr_event_extractor *ex, const chr_doc *doc, size_t from, size_t to)
{
    size_t end = to;
    while (end > from && doc->text[end - 1] == ' ') end--;
    size_t word = end;
    while (word > from && isalpha((unsigned char)doc->text[word - 1])) word--;
    /* (the word right before the time is no pronoun) */
    if (word < end && is_word_class(ex->rules, NULL, "relative_pronoun", doc->text + word, end - word)) return 0;
    return class_word_between(ex, doc, from, to, "relative_pronoun");
}

/* How far past a duration an after_event cue's event may be told: the cue
 * and a noun phrase of a few words ("weeks after activist hedge fund
 * Greywolf Capital demanded"). */
#define AFTER_EVENT_REACH 90

/* A time this close before a noun that later events count from (role
 * time_anchor) still dates it: a space and a short word ("지난 9일 CEO
 * 복귀 후"). */
#define ANCHOR_TIME_GAP 8

/* Does the text between 'from' and 'to' end a clause (a comma, a
 * semicolon, a colon, a dash or a bracket)? */
static int clause_break_between(const chr_doc *doc, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        char ch = doc->text[i];
        /* (a person's age set off by commas is no break: "three days after
         * founder Seo Jae-hyuk, 46, returned") */
        if (ch == ',' && i + 3 < to && doc->text[i + 1] == ' ' && isdigit((unsigned char)doc->text[i + 2])) {
            size_t j = i + 2;
            while (j < to && j < i + 5 && isdigit((unsigned char)doc->text[j])) j++;
            if (j < to && doc->text[j] == ',') {
                i = j;
                continue;
            }
        }
        if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '\n') return 1;
        /* an em or en dash (U+2014, U+2013) */
        if ((unsigned char)ch == 0xE2 && i + 2 < to && (unsigned char)doc->text[i + 1] == 0x80 &&
            ((unsigned char)doc->text[i + 2] == 0x94 || (unsigned char)doc->text[i + 2] == 0x93))
            return 1;
    }
    return 0;
}

/*
 * "X two days after the firing": a duration followed by an after_event
 * (before_event) pattern that ends where another mention's trigger
 * starts dates the mention before the duration relative to that one.
 * Runs over the mentions [first, corpus->event_mentions.len) of one
 * document.
 */
/* The event mention before 'before' whose clause holds a word starting
 * with the first four letters of the word at 'at' ("vote" of "after the
 * vote" in "voted to remove"), or -1. */
static long stem_anchor(const chr_corpus *corpus, const chr_doc *doc, size_t first_event, size_t before, size_t at,
                        size_t limit)
{
    const char *t = doc->text;
    size_t n = 0;
    while (at + n < limit && n < 4 && ((t[at + n] >= 'a' && t[at + n] <= 'z') || (t[at + n] >= 'A' && t[at + n] <= 'Z'))) n++;
    if (n < 4) return -1;
    for (size_t q = before; q-- > first_event;) {
        const chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->modality == CHR_MOD_NEGATED || m->modality == CHR_MOD_POSSIBLE || m->sentence < 0) continue;
        for (size_t i = m->clause_start; i + n <= m->clause_end; i++) {
            if (i > m->clause_start && ((t[i - 1] >= 'a' && t[i - 1] <= 'z') || (t[i - 1] >= 'A' && t[i - 1] <= 'Z')))
                continue;
            if (strncasecmp(t + i, t + at, n) == 0) return (long)q;
        }
    }
    return -1;
}

/* A noun names the event told before by the same word: 'same_word' of
 * each nominal mention (the resolver prefers that event when merging). */
static void link_same_words(chr_corpus *corpus, const chr_doc *doc, size_t first_event)
{
    for (size_t q = first_event; q < corpus->event_mentions.len; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        /* (a noun with its light verb tells an event of its own) */
        if (!m->nominal || m->light_verb) continue;
        size_t n = m->end - m->start;
        for (size_t r = q; r-- > first_event;) {
            const chr_event_mention *p = &corpus->event_mentions.items[r];
            if (p->end - p->start < n || strcmp(p->type, m->type) != 0 ||
                memcmp(doc->text + p->start, doc->text + m->start, n) != 0)
                continue;
            m->same_word = (long)r + 1;
            break;
        }
    }
}

/* Is there, among the timexes [first, k), a day told relative to the
 * narrative ("이튿날", "다음 날") starting right after byte 'at' (a space
 * at most between)? */
static int narrative_right_after(const chr_corpus *corpus, size_t first, size_t k, size_t at)
{
    for (size_t q = k; q-- > first;) {
        const chr_timex *t = &corpus->timexes.items[q];
        if (t->start < at) break;
        if (t->narrative && t->start - at <= 1) return 1;
    }
    return 0;
}

/* Does a timex open with a word of class day_after_word ("이튿날인 20일
 * 오전", "다음 날인 21일"), a day counted from what comes before it? */
static int opens_with_day_after(const chr_event_extractor *ex, const chr_doc *doc, const chr_timex *t)
{
    size_t end = t->start;
    while (end < t->end && doc->text[end] != ' ') end++;
    for (size_t cut = end; cut > t->start; cut--) {
        if (((unsigned char)doc->text[cut] & 0xC0) == 0x80 && cut < end) continue;
        if (is_word_class(ex->rules, NULL, "day_after_word", doc->text + t->start, cut - t->start)) return 1;
    }
    return 0;
}

/* Does [from, to) hold only spaces and commas (", a day after")? */
/* The day told inside the phrase a length counts from, before the phrase
 * ends ("after her first day on March 17,"; "after the raid on March 3."):
 * the index of that timex, or -1. */
static long day_in_counted_phrase(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc,
                                  size_t first_timex, size_t end_timex, const chr_timex *length, size_t from)
{
    for (size_t k = first_timex; k < end_timex; k++) {
        const chr_timex *t = &corpus->timexes.items[k];
        if (t->sentence != length->sentence || t->start < from) continue;
        /* (nor past a word joining another phrase: "after Park stepped
         * down and was confirmed on March 28", class phrase_joiner) */
        if (t->start - from > AFTER_EVENT_REACH || clause_break_between(doc, from, t->start) ||
            class_word_between(ex, doc, from, t->start, "phrase_joiner"))
            return -1;
        if (t->type != CHR_TX_DATE || t->granularity != 'D' || !t->date.year || !t->date.day) return -1;
        return (long)k;
    }
    return -1;
}

/* 'day' moved by 'length' (whole days, weeks, months or years) the way
 * 'direction' (+1 after, -1 before) says, as a TIMEX3 day; 0 when the
 * length is no whole count of one unit ("weeks", "a year and a half") */
static int day_shifted_by(const chr_date *day, const chr_timex *length, int direction, char *out, size_t size)
{
    double whole = (double)(long)length->amount;
    if (length->amount < 1 || length->amount != whole || strchr(length->value, 'X')) return 0;
    long n = (long)whole * direction;
    chr_date d = *day;
    switch (length->unit) {
    case 'D':
    case 'W':
        chr_date_from_days(chr_date_to_days(d.year, d.month, d.day) + (length->unit == 'W' ? 7 * n : n), &d.year,
                           &d.month, &d.day);
        break;
    case 'M':
    case 'Y': {
        long months = d.year * 12L + (d.month - 1) + (length->unit == 'Y' ? 12 * n : n);
        d.year = (int)(months / 12);
        d.month = (int)(months % 12) + 1;
        /* (the 31st a month on is the last day of a shorter month) */
        long next = chr_date_to_days(d.month == 12 ? d.year + 1 : d.year, d.month == 12 ? 1 : d.month + 1, 1);
        int last = (int)(next - chr_date_to_days(d.year, d.month, 1));
        if (d.day > last) d.day = last;
        break;
    }
    default:
        return 0;
    }
    chr_timex_format_date(&d, 'D', out, size);
    return 1;
}

/* Does a role same_day_told pattern ("같은 날", "that same day") match at
 * byte 'at', within [at, limit)? */
static int told_as_same_day(const chr_event_extractor *ex, const chr_doc *doc, size_t at, size_t limit)
{
    for (size_t w = 0; w < ex->same_day_told.len; w++) {
        chr_match hit;
        chr_error ignored;
        if (chr_regex_find_limited(ex->same_day_told.items[w], doc->text, limit, at, at, &hit, &ignored) == 1 &&
            hit.start == at)
            return 1;
    }
    return 0;
}

/* How many sentences back a noun before a length ("수입 금지 일주일 뒤")
 * is looked for. */
#define NAMED_NOUN_REACH 12
/* How many sentences back an event told by the noun is looked for. */
#define NAMED_NOUN_EVENT_REACH 40

/* "수입 금지 일주일 뒤 학부모 312명이 소송을 냈다": the noun before the
 * length names no event (a ban is none), but a sentence before told it
 * with its day ("4월 14일 … 수입을 전면 금지했다"): the event counted
 * from the noun lies the length after that day, not after the event the
 * text told last. The noun is the Hangul word of two or more syllables
 * right before the length; the sentence is the nearest one before, of
 * those holding it, with exactly one day in it. */
static void date_by_named_noun(const chr_event_extractor *ex, chr_corpus *corpus, const chr_doc *doc, size_t first_event,
                               size_t first_timex)
{
    if (doc->lang != CHR_LANG_KO || !doc->text) return;
    for (size_t q = first_event; q < corpus->event_mentions.len; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->shift_timex < 0 || m->relation || m->after_mention >= 0 || m->timex >= 0 || m->value[0] ||
            m->sentence < 1 || (size_t)m->shift_timex >= corpus->timexes.len)
            continue;
        const chr_timex *length = &corpus->timexes.items[m->shift_timex];
        if (length->type != CHR_TX_DURATION || length->mod[0] || length->end > m->start ||
            length->sentence != m->sentence)
            continue;
        /* the word right before the length */
        size_t we = length->start;
        while (we > 0 && doc->text[we - 1] == ' ') we--;
        size_t ws = we;
        while (ws >= 3 && (unsigned char)doc->text[ws - 3] >= 0xEA && (unsigned char)doc->text[ws - 3] <= 0xED) ws -= 3;
        if (we - ws < 6 || we == length->start || length->shift == 0) continue;
        /* (a word with its particle, word class length_word_particle, is
         * the clause's subject or topic, no noun the length counts from:
         * "한결은 이틀 뒤 … 신청했다") */
        if (is_word_class(ex->rules, NULL, "length_word_particle", doc->text + we - 3, 3)) continue;
        /* (an event told before the length in its sentence is what it
         * counts from, as the resolver reads it) */
        /* (nor a noun an event was told by: "유출 통지 보름 뒤" counts from
         * the notice, as the resolver reads it) */
        /* (the words before it too: "금감원 검사 착수 이틀 뒤" counts from
         * the inspection) */
        size_t phrase = ws > doc->sentences.items[m->sentence].start + 24 ? ws - 24 : doc->sentences.items[m->sentence].start;
        while (phrase < ws && ((unsigned char)doc->text[phrase] & 0xC0) == 0x80) phrase++;
        /* (among the events of the last sentences only: the cost stays
         * linear in a long document) */
        int told_before = 0;
        for (size_t r = q; r-- > first_event && !told_before;) {
            const chr_event_mention *o = &corpus->event_mentions.items[r];
            if (o->sentence >= 0 && o->sentence < m->sentence - NAMED_NOUN_EVENT_REACH) break;
            told_before = o->sentence == m->sentence && o->end <= length->start;
            /* (a word of the phrase inside the trigger or the trigger inside
             * a word: "검사" of "현장검사") */
            for (size_t a = phrase; a < we && !told_before;) {
                size_t b = a;
                while (b < we && doc->text[b] != ' ') b++;
                if (b - a >= 6)
                    told_before = chr_memmem(doc->text + o->start, o->end - o->start, doc->text + a, b - a) ||
                                  (o->end - o->start >= 6 &&
                                   chr_memmem(doc->text + a, b - a, doc->text + o->start, o->end - o->start));
                a = b + 1;
            }
        }
        if (told_before) continue;
        long day = -1;
        for (long sn = m->sentence - 1; sn >= 0 && sn >= m->sentence - NAMED_NOUN_REACH && day < 0; sn--) {
            const chr_sentence *sent = &doc->sentences.items[sn];
            if (!chr_memmem(doc->text + sent->start, sent->end - sent->start, doc->text + ws, we - ws)) continue;
            long only = -1;
            int days = 0;
            /* (the timexes come in text order: from the length back to the
             * sentence) */
            for (size_t k = (size_t)m->shift_timex + 1; k-- > first_timex;) {
                const chr_timex *t = &corpus->timexes.items[k];
                if (t->sentence >= 0 && t->sentence < sn) break;
                if (t->sentence != sn || t->type != CHR_TX_DATE || t->granularity != 'D' || !t->date.day) continue;
                days++;
                only = (long)k;
            }
            /* (the nearest sentence holding the word decides, dated or not) */
            if (days == 1) day = only;
            break;
        }
        if (day < 0) continue;
        if (!day_shifted_by(&corpus->timexes.items[day].date, length, length->shift > 0 ? 1 : -1, m->value,
                            sizeof m->value))
            continue;
        m->value_length = m->shift_timex;
        m->shift_timex = -1;
        m->timex = day;
    }
}

/* "…이 물러났다. 지난 21일 주총에서 이사 2명이 이사회에 들어간 지 사흘
 * 만이다": the verb before the length (timex 'length') is no event, but
 * its clause tells its day; the event the sentence is counted to (the
 * one told after the length in its sentence, else the last one of the
 * sentence before) lies the length after that day. */
static void counted_from_day(const chr_event_extractor *ex, chr_corpus *corpus, const chr_doc *doc,
                             size_t first_timex, size_t first_event, size_t end_event, size_t length)
{
    const chr_timex *t = &corpus->timexes.items[length];
    const chr_sentence *sentence = &doc->sentences.items[t->sentence];
    /* (the gap, role since_gap, right after a Hangul word: "들어간 지 ") */
    size_t from = t->start > sentence->start + 32 ? t->start - 32 : sentence->start, gap = 0;
    for (size_t at = t->start; !gap && at-- > from;) {
        if (((unsigned char)doc->text[at] & 0xC0) == 0x80 || at < 3) continue;
        size_t used;
        if (!chr_is_hangul_syllable(chr_utf8_decode(doc->text + at - 3, 3, &used)) || used != 3) continue;
        if (match_end_at((const chr_regex *const *)ex->since_gaps.items, ex->since_gaps.len, doc, at, t->start + 1) ==
            t->start)
            gap = at;
    }
    if (!gap) return;
    long day = -1;
    for (size_t k = first_timex; k < length; k++) {
        const chr_timex *d = &corpus->timexes.items[k];
        if (d->sentence != t->sentence) continue;
        day = d->type == CHR_TX_DATE && d->granularity == 'D' && d->date.year && d->date.day && !d->shift ? (long)k : -1;
    }
    if (day < 0) return;
    /* (no event told between the day and the length: its own verb would
     * be the one counted from) */
    for (size_t q = first_event; q < end_event; q++) {
        const chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->start >= corpus->timexes.items[day].end && m->end <= gap) return;
    }
    long counted_to = -1;
    for (size_t q = first_event; q < end_event && counted_to < 0; q++) {
        const chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->sentence == t->sentence && m->start >= t->end && !(m->nominal && !m->light_verb)) counted_to = (long)q;
    }
    for (size_t q = end_event; counted_to < 0 && q-- > first_event;) {
        const chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->sentence >= t->sentence) continue;
        if (m->sentence < t->sentence - 1) break;
        if (!(m->nominal && !m->light_verb)) counted_to = (long)q;
    }
    if (counted_to < 0) return;
    chr_event_mention *later = &corpus->event_mentions.items[counted_to];
    if ((later->timex >= 0 && later->timex != day) || later->relation || later->shift_timex >= 0 || later->value[0] ||
        (later->modality != CHR_MOD_ASSERTED && later->modality != CHR_MOD_REPORTED))
        return;
    if (!day_shifted_by(&corpus->timexes.items[day].date, t, 1, later->value, sizeof later->value)) return;
    later->timex = day;
    later->value_length = (long)length;
}

static int only_spaces_and_commas_after(const chr_doc *doc, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (doc->text[i] != ' ' && doc->text[i] != ',') return 0;
    return 1;
}

/* Does a mention ending at 'end' sit right before a time starting at
 * 'start', with only spaces between or one short Hangul word, a light
 * noun ("가처분 신청 이튿날", "해임 의결 사흘 전")? */
static int noun_right_before(const chr_doc *doc, size_t end, size_t start)
{
    size_t gap = end;
    while (gap < start && doc->text[gap] == ' ') gap++;
    if (gap < start && gap > end) {
        size_t word = gap;
        while (word < start && word - gap < 9 && (unsigned char)doc->text[word] >= 0x80) word++;
        while (word < start && doc->text[word] == ' ') word++;
        if (word == start && word > gap) gap = word;
    }
    return gap == start;
}

/* Does a past adnominal ending (word class past_adnominal: "합류한",
 * "해임된") glued to the trigger ending at 'end', then only spaces, come
 * right before 'start' ("제가 합류한 이튿날")? */
static int adnominal_right_before(const chr_rules *rules, const chr_doc *doc, size_t end, size_t start)
{
    size_t word_end = end;
    while (word_end < start && (unsigned char)doc->text[word_end] >= 0x80) word_end++;
    if (word_end == end || !is_word_class(rules, NULL, "past_adnominal", doc->text + end, word_end - end)) return 0;
    while (word_end < start && doc->text[word_end] == ' ') word_end++;
    return word_end == start && doc->text[word_end - 1] == ' ';
}

/* A verb dated by the last day of a range ("이달 5일부터 21일까지 …
 * 현장조사했다") began on its first: the event is dated by that one. */
static void date_by_range_start(const chr_event_extractor *ex, chr_corpus *corpus, const chr_doc *doc,
                                size_t first_event, size_t first_timex, size_t end_timex)
{
    if (!ex->range_betweens.len || !ex->range_closes.len) return;
    for (size_t q = first_event; q < corpus->event_mentions.len; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        /* (the last day may have been read as one counted from the
         * narrative's: it took its month from the first) */
        int counted = m->timex < 0 && m->relation == 1 && m->shift_timex >= 0 &&
                      corpus->timexes.items[m->shift_timex].type == CHR_TX_DATE;
        long at = counted ? m->shift_timex : m->timex;
        if (at <= (long)first_timex || (size_t)at >= end_timex) continue;
        const chr_timex *last = &corpus->timexes.items[at];
        const chr_timex *first = &corpus->timexes.items[at - 1];
        if (last->type != CHR_TX_DATE || first->type != CHR_TX_DATE || first->sentence != last->sentence ||
            first->end > last->start || last->end > m->start)
            continue;
        if (match_end_at((const chr_regex *const *)ex->range_betweens.items, ex->range_betweens.len, doc, first->end,
                         last->start) != last->start ||
            !matches_at((const chr_regex *const *)ex->range_closes.items, ex->range_closes.len, doc, last->end, m->start))
            continue;
        m->timex = at - 1;
        /* (and not the last day re-anchored on the story's: reanchor_narrative()) */
        m->value[0] = '\0';
        if (counted) {
            m->shift_timex = -1;
            m->relation = 0;
            m->after_mention = -1;
        }
    }
}

/* The day a mention's time 't' gives it, when not the timex's own value
 * (written into 'out'): counted from the last narrated event, the weekday
 * after a day told, last year's for a past event, or next month's for a
 * plan. */
static void anchor_day(const chr_event_extractor *ex, const chr_corpus *corpus, const chr_doc *doc, const chr_timex *t,
                       size_t first_event, chr_modality modality, char *out, size_t size)
{
    if (reanchor_narrative(ex, corpus, doc, t, first_event, out, size) ||
        following_weekday(ex, corpus, doc, t, first_event, out, size))
        return;
    if (!past_year(doc, t, modality, out, size)) next_month_day(doc, t, modality, out, size);
}

/* Whether words right before the first day ("between ") or right after the
 * last ("사이") make two days a range's bounds. */
static int bounds_pair(const chr_event_extractor *ex, const chr_doc *doc, const chr_timex *first, const chr_timex *last)
{
    size_t from = first->start > 32 ? first->start - 32 : 0;
    for (size_t r = 0; r < ex->pair_bounds.len; r++) {
        chr_match hit;
        chr_error ignored;
        if (chr_regex_find_limited(ex->pair_bounds.items[r], doc->text, first->start, from, first->start, &hit,
                                   &ignored) == 1 &&
            hit.end == first->start)
            return 1;
        if (chr_regex_find_limited(ex->pair_bounds.items[r], doc->text, doc->len, last->end, last->end, &hit,
                                   &ignored) == 1 &&
            hit.start == last->end)
            return 1;
    }
    return 0;
}

/* An event dated by one of two days joined as a pair ("4일과 11일 열린 2·3차
 * 교섭", "talks on March 4 and March 11") happened on each: a second mention
 * takes the other day. Not a range ("from March 4 to March 11"): its
 * joining words are no pair's. */
static void date_twice_by_pair(const chr_event_extractor *ex, chr_corpus *corpus, const chr_doc *doc,
                               size_t first_event, size_t first_timex, size_t end_timex)
{
    if (!ex->date_pairs.len) return;
    for (size_t q = first_event, end_event = corpus->event_mentions.len; q < end_event; q++) {
        const chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->timex < (long)first_timex || (size_t)m->timex >= end_timex || m->relation || m->shift_timex >= 0 ||
            m->report_dated)
            continue;
        const chr_timex *at = &corpus->timexes.items[m->timex];
        long other = -1;
        for (int side = -1; side <= 1 && other < 0; side += 2) {
            long k = m->timex + side;
            if (k < (long)first_timex || (size_t)k >= end_timex) continue;
            const chr_timex *first = side < 0 ? &corpus->timexes.items[k] : at;
            const chr_timex *last = side < 0 ? at : &corpus->timexes.items[k];
            if (first->type != CHR_TX_DATE || last->type != CHR_TX_DATE || !first->date.day || !last->date.day ||
                first->sentence != last->sentence || first->end > last->start)
                continue;
            /* (the trigger outside the pair: "4일 교섭과 11일 파업" are two events' days) */
            if (m->start < last->end && m->end > first->start) continue;
            /* ("on Monday, the same day": one day told twice) */
            if (strcmp(first->value, last->value) == 0) continue;
            if (match_end_at((const chr_regex *const *)ex->date_pairs.items, ex->date_pairs.len, doc, first->end,
                             last->start) == last->start &&
                !bounds_pair(ex, doc, first, last))
                other = k;
        }
        if (other < 0) continue;
        /* (each day its own: a noun of the pair, "4일과 11일 집회를 열었다",
         * refers back to no event told before) */
        corpus->event_mentions.items[q].light_verb = 1;
        chr_event_mention twin = *m;
        twin.participants.items = NULL;
        twin.participants.len = twin.participants.cap = 0;
        for (size_t p = 0; p < m->participants.len; p++) chr_vec_push(&twin.participants, m->participants.items[p]);
        twin.amount.present = 0;
        twin.amount.text = NULL;
        twin.timex = other;
        twin.value[0] = '\0';
        twin.value_length = -1;
        /* (the other day anchored as the first was: "3월 들어서도 … 4일과 11일") */
        const chr_timex *t = &corpus->timexes.items[other];
        anchor_day(ex, corpus, doc, t, first_event, twin.modality, twin.value, sizeof twin.value);
        /* (the days of a pair go up within one month: "4일과 11일" read as
         * the 4th of this month and the 11th of the last is both last
         * month's) */
        const char *mine = m->value[0] ? m->value : corpus->timexes.items[m->timex].value;
        const char *its = twin.value[0] ? twin.value : t->value;
        int twin_first = other < m->timex;
        if (strlen(mine) == 10 && strlen(its) == 10 && t->date.day != corpus->timexes.items[m->timex].date.day &&
            (t->date.day < corpus->timexes.items[m->timex].date.day) == twin_first &&
            (strcmp(its, mine) > 0) == twin_first && memcmp(its, mine, 7) != 0) {
            char moved[48];
            snprintf(moved, sizeof moved, "%.7s%s", mine, its + 7);
            snprintf(twin.value, sizeof twin.value, "%s", moved);
        }
        /* (a numbered series, "2·3차", counts on: the days are two rounds) */
        if (twin.ordinal) twin.ordinal += other > m->timex ? 1 : -1;
        chr_vec_push(&corpus->event_mentions, twin);
    }
}

static void relate_by_durations(const chr_event_extractor *ex, chr_corpus *corpus, const chr_doc *doc,
                                size_t first_event, size_t first_timex, size_t end_timex)
{
    size_t end_event = corpus->event_mentions.len;
    /* "해임 당일 ... 선임했다": the mentions after "the day of <event>" in its
     * clause happened that day */
    for (size_t q = first_event; q < end_event; q++) {
        const chr_event_mention *a = &corpus->event_mentions.items[q];
        size_t limit = a->clause_end;
        size_t day_end = match_end_at((const chr_regex *const *)ex->same_day.items, ex->same_day.len, doc, a->end, limit);
        if (!day_end) continue;
        /* (a phrase that names its day, "계약 당일인 15일 밤", is dated by
         * that day: the noun may be another event's, told as planned) */
        int named_day = 0;
        for (size_t k = timexes_from(corpus, first_timex, end_timex, a->end);
             k < end_timex && corpus->timexes.items[k].start < day_end && !named_day; k++) {
            const chr_timex *t = &corpus->timexes.items[k];
            named_day = t->end > day_end && t->date.day > 0 && !t->shift &&
                        (t->type == CHR_TX_DATE || t->type == CHR_TX_TIME);
        }
        if (named_day) continue;
        /* (the day counts from the event told between, "경질이 발표된 당일":
         * it is not the event's date; right after the trigger, "quit that
         * evening", it is) */
        if (a->timex >= 0 && corpus->timexes.items[a->timex].start >= a->end &&
            corpus->timexes.items[a->timex].start < day_end) {
            size_t gap = a->end;
            while (gap < corpus->timexes.items[a->timex].start && doc->text[gap] == ' ') gap++;
            if (gap < corpus->timexes.items[a->timex].start) corpus->event_mentions.items[q].timex = -1;
        }
        /* (a comma right after the phrase opens the clause it dates:
         * "포르스를 해임한 같은 날, 외부 법무법인에 감사를 맡겼다") */
        if (day_end < doc->len && doc->text[day_end] == ',' && a->sentence >= 0)
            limit = doc->sentences.items[a->sentence].end;
        for (size_t r = q + 1; r < end_event && corpus->event_mentions.items[r].start < limit; r++) {
            chr_event_mention *m = &corpus->event_mentions.items[r];
            /* (a day of its own told after the phrase ends it: "사고 당일
             * 작업중지 명령을 내렸고, 이튿날 수사에 착수했다") */
            if (m->timex >= 0 && corpus->timexes.items[m->timex].start >= day_end) break;
            /* (as does a verb with a length of its own after it: "opened a
             * probe the same morning and raided its office two days later") */
            if (m->shift_timex >= 0 && corpus->timexes.items[m->shift_timex].start >= m->end) break;
            m->timex = -1;
            m->after_mention = (long)q;
            m->relation = 2;
        }
    }
    /* "stepped down as its chief executive when the deal closed": undated,
     * the day of the event the when_event cue leads to later in the
     * sentence */
    for (size_t q = first_event; q < end_event && ex->when_event.len; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->timex >= 0 || m->relation || m->shift_timex >= 0) continue;
        for (size_t r = q + 1; r < end_event; r++) {
            const chr_event_mention *o = &corpus->event_mentions.items[r];
            if (o->sentence != m->sentence) break;
            if (o->start <= m->end) continue;
            int led = 0;
            for (size_t w = 0; w < ex->when_event.len && !led; w++) {
                chr_match hit;
                chr_error ignored;
                if (chr_regex_find_limited(ex->when_event.items[w], doc->text, o->start, m->end, SIZE_MAX, &hit,
                                           &ignored) == 1 &&
                    hit.end == o->start)
                    led = 1;
            }
            if (!led) continue;
            m->after_mention = (long)r;
            m->relation = 2;
            break;
        }
    }
    /* "quit hours later": undated, the same day as the event told before */
    for (size_t q = first_event + 1; q < end_event; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->timex >= 0 || m->relation || m->shift_timex >= 0) continue;
        if (!match_end_at((const chr_regex *const *)ex->later_same_day.items, ex->later_same_day.len, doc, m->end,
                          m->clause_end))
            continue;
        for (size_t r = q; r-- > first_event;) {
            const chr_event_mention *p = &corpus->event_mentions.items[r];
            if (p->start == m->start || p->modality == CHR_MOD_NEGATED || p->modality == CHR_MOD_POSSIBLE) continue;
            if (p->timex < 0 && !p->relation) continue;
            m->after_mention = (long)r;
            m->relation = 2;
            break;
        }
    }
    /* "싸움의 시작은 지난 8월 11일이었습니다. 크레스트뷰는 … 공개매수에
     * 나섰습니다": a sentence that only names a day (a day, then a copula
     * ending it: role scene_date) and tells no event sets the scene of the
     * next one in its paragraph; its undated verb happened that day, dated
     * so before events merge (a later dated mention must not take it) */
    for (size_t q = first_event; q < end_event && ex->scene_dates.len; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->timex >= 0 || m->relation || m->shift_timex >= 0 || m->sentence < 1 || m->present ||
            (m->modality != CHR_MOD_ASSERTED && m->modality != CHR_MOD_REPORTED) || (m->nominal && !m->light_verb))
            continue;
        long prev = m->sentence - 1;
        if (doc->sentences.items[prev].paragraph != doc->sentences.items[m->sentence].paragraph) continue;
        /* (no event told in the sentence before) */
        int told = 0;
        for (size_t r = q; r-- > first_event && !told;) {
            const chr_event_mention *p = &corpus->event_mentions.items[r];
            if (p->sentence < prev) break;
            if (p->sentence == prev) told = 1;
        }
        if (told) continue;
        /* (a time of its own sentence, "결의 당일", is its own) */
        long day = -1;
        int own = 0;
        for (size_t k = first_timex; k < end_timex; k++) {
            const chr_timex *t = &corpus->timexes.items[k];
            if (t->sentence > m->sentence) break;
            if (t->sentence == prev) day = (long)k;
            if (t->sentence == m->sentence) own = 1;
        }
        if (day < 0 || own) continue;
        const chr_timex *t = &corpus->timexes.items[day];
        if ((t->type != CHR_TX_DATE && t->type != CHR_TX_TIME) || t->shift || !t->date.year ||
            !(t->date.day || (t->granularity == 'M' && t->date.month)))
            continue;
        /* (a schedule, "합병등기 예정일은 6월 3일이다", sets no scene for what
         * was done) */
        if (doc->dct.present && chr_date_to_days(t->date.year, t->date.month, t->date.day ? t->date.day : 1) >
                                    chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day))
            continue;
        if (match_end_at((const chr_regex *const *)ex->scene_dates.items, ex->scene_dates.len, doc, t->end,
                         doc->sentences.items[prev].end))
            m->timex = day;
    }
    for (size_t k = first_timex; k < end_timex; k++) {
        const chr_timex *t = &corpus->timexes.items[k];
        if (t->type != CHR_TX_DURATION || t->shift || t->sentence < 0) continue;
        size_t limit = doc->sentences.items[t->sentence].end;
        int relation = 1;
        size_t to = match_end_at((const chr_regex *const *)ex->after_event.items, ex->after_event.len, doc, t->end, limit);
        if (!to) {
            relation = -1;
            to = match_end_at((const chr_regex *const *)ex->before_event.items, ex->before_event.len, doc, t->end, limit);
        }
        if (!to) continue;
        long anchor = -1, subject = -1;
        for (size_t q = first_event; q < end_event; q++) {
            const chr_event_mention *m = &corpus->event_mentions.items[q];
            if (m->start == to) anchor = (long)q;
            if (m->sentence == t->sentence && m->end <= t->start) subject = (long)q;
        }
        /* the cue's noun phrase is not all names ("three weeks after activist
         * fund Greywolf Capital demanded his departure"): the first trigger
         * after it in the same clause, a few words on */
        for (size_t q = first_event; anchor < 0 && q < end_event; q++) {
            const chr_event_mention *m = &corpus->event_mentions.items[q];
            if (m->sentence != t->sentence || m->start < to) continue;
            if (m->start - t->end <= AFTER_EVENT_REACH && !clause_break_between(doc, t->end, m->start))
                anchor = (long)q;
            break;
        }
        /* the phrase opens its sentence ("A day after the vote, Pinecrest
         * said it had hired ..."): what the sentence then tells */
        size_t opening = doc->sentences.items[t->sentence].start;
        while (opening < t->start && (doc->text[opening] == ' ' || doc->text[opening] == '"')) opening++;
        int opens = opening == t->start;
        /* (or a clause after a colon or a semicolon: "… from a set of
         * settlements: two days before Yoon's resignation, the company said
         * it had reached agreements") */
        if (!opens) {
            size_t b = t->start;
            while (b > opening && (doc->text[b - 1] == ' ' || doc->text[b - 1] == '"')) b--;
            opens = b > opening && (doc->text[b - 1] == ':' || doc->text[b - 1] == ';');
        }
        if (subject < 0 && opens)
            for (size_t q = first_event; q < end_event; q++) {
                const chr_event_mention *m = &corpus->event_mentions.items[q];
                /* (not a verb of a relative clause on the subject: "A
                 * fortnight after the collapse, Haslam, whose father
                 * founded the company in 1971, stepped back") */
                if (m->sentence == t->sentence && m->start >= to && (long)q != anchor &&
                    !in_relative_clause_en(doc, to, m->start)) {
                    subject = (long)q;
                    break;
                }
            }
        if (subject >= 0 && !t->mod[0]) {
            /* the verb took the day told inside the phrase the length counts
             * from ("Three days after her first day on March 17, she sealed
             * a pact"; "fired him two weeks after the raid on March 3"):
             * that is the other event's day, the verb's lies the length
             * from it */
            chr_event_mention *m = &corpus->event_mentions.items[subject];
            long day = day_in_counted_phrase(ex, corpus, doc, first_timex, end_timex, t, to);
            if (day >= 0 && m->timex == day && m->shift_timex < 0 && !m->relation && !m->value[0] &&
                (m->start > corpus->timexes.items[day].end || m->end <= t->start) &&
                day_shifted_by(&corpus->timexes.items[day].date, t, relation, m->value, sizeof m->value)) {
                m->value_length = (long)k;
                if (anchor >= 0 && corpus->event_mentions.items[anchor].timex < 0 &&
                    corpus->event_mentions.items[anchor].shift_timex < 0)
                    corpus->event_mentions.items[anchor].timex = day;
                continue;
            }
        }
        if (subject >= 0 && anchor < 0 && opens && relation > 0) {
            chr_event_mention *m = &corpus->event_mentions.items[subject];
            if (m->timex >= 0) continue;
            /* after a noun no trigger is ("a week after the vote"): the
             * last event told in a sentence holding a word of its stem
             * ("voted to remove her"), else the event the text told last,
             * as "a day later" is */
            long named = stem_anchor(corpus, doc, first_event, subject, to, limit);
            m->shift_timex = (long)k;
            m->after_mention = named;
            if (named >= 0) m->relation = relation;
            continue;
        }
        /* (a verb before the length, a noun no trigger is after it: "was
         * shown the door two weeks after the decision" counts from the
         * event told before in a sentence holding "decision") */
        if (anchor < 0 && subject >= 0 && corpus->event_mentions.items[subject].timex < 0 &&
            corpus->event_mentions.items[subject].shift_timex < 0) {
            long named = stem_anchor(corpus, doc, first_event, (size_t)subject, to, limit);
            if (named >= 0) {
                chr_event_mention *m = &corpus->event_mentions.items[subject];
                m->shift_timex = (long)k;
                m->after_mention = named;
                m->relation = relation;
            }
            continue;
        }
        if (anchor >= 0 && subject < 0 && relation > 0) {
            /* an accident a length before the day its sentence tells, where
             * no event is told ("stayed off the job on Friday, ten days
             * after an explosion killed two workers"): that day less the
             * length */
            /* (any event, where the day stands right before the length:
             * "was picked by its parent on March 10, a week after his
             * predecessor resigned") */
            chr_event_mention *a = &corpus->event_mentions.items[anchor];
            int accident = a->anchor_only, dated = 0;
            int countable = !(a->shift_timex >= 0 || a->relation || t->mod[0] || t->amount < 1 ||
                              (t->unit != 'D' && (accident || t->unit != 'W')) ||
                              t->amount * (t->unit == 'W' ? 7 : 1) > 366);
            long days = (long)t->amount * (t->unit == 'W' ? 7 : 1);
            for (size_t k2 = first_timex; countable && k2 < end_timex; k2++) {
                const chr_timex *own = &corpus->timexes.items[k2];
                if (own->sentence != t->sentence || own->end > t->start) continue;
                if (own->type != CHR_TX_DATE || own->granularity != 'D' || !own->date.year || !own->date.day) continue;
                if (!accident && !only_spaces_and_commas_after(doc, own->end, t->start)) continue;
                /* (the sentence's day was taken as the accident's own) */
                if (a->timex >= 0 && a->timex != (long)k2) continue;
                a->timex = -1;
                chr_date d = {0};
                chr_date_from_days(chr_date_to_days(own->date.year, own->date.month, own->date.day) - days,
                                   &d.year, &d.month, &d.day);
                chr_timex_format_date(&d, 'D', a->value, sizeof a->value);
                dated = 1;
            }
            /* (what no day dated may still be named before the cue: below) */
            if (accident || dated) continue;
        }
        if (anchor >= 0 && subject < 0 && ex->came_after.len && !t->mod[0]) {
            /* "The contract came two days after Hyeonam's board dismissed
             * Koo": the noun names an event told before (in a clause
             * holding its stem), which the one after the cue counts back
             * from */
            size_t ss = doc->sentences.items[t->sentence].start;
            if (match_end_at((const chr_regex *const *)ex->came_after.items, ex->came_after.len, doc, ss, t->start) !=
                t->start)
                continue;
            size_t w = t->start;
            while (w > ss && doc->text[w - 1] == ' ') w--;
            while (w > ss && isalpha((unsigned char)doc->text[w - 1])) w--; /* the verb */
            while (w > ss && doc->text[w - 1] == ' ') w--;
            while (w > ss && isalpha((unsigned char)doc->text[w - 1])) w--; /* the noun */
            size_t first_here = (size_t)anchor;
            while (first_here > first_event && corpus->event_mentions.items[first_here - 1].sentence == t->sentence)
                first_here--;
            long named = stem_anchor(corpus, doc, first_event, first_here, w, limit);
            chr_event_mention *a = &corpus->event_mentions.items[anchor];
            if (named >= 0 && a->timex < 0 && a->shift_timex < 0 && !a->relation) {
                a->shift_timex = (long)k;
                a->after_mention = named;
                a->relation = -relation;
                a->counted_back = 1;
            }
            continue;
        }
        if (anchor < 0 || subject < 0) continue;
        chr_event_mention *m = &corpus->event_mentions.items[subject];
        /* (a day told between the length and the verb is the verb's own:
         * "Three months after the collapse, Taeryong last Friday signed") */
        if (m->timex >= 0 && corpus->timexes.items[m->timex].type == CHR_TX_DATE &&
            corpus->timexes.items[m->timex].start >= to && corpus->timexes.items[m->timex].end <= m->start)
            continue;
        if (m->timex < 0) {
            /* a day told after the verb's own object, right before the
             * length ("named Achterberg, a former banker, as its chief
             * executive on Thursday, a day after Allardyce quit"): the
             * verb's, though a comma put it in a clause of its own */
            for (size_t k2 = first_timex; k2 < end_timex; k2++) {
                const chr_timex *own = &corpus->timexes.items[k2];
                if (own->start < m->end || own->end > t->start) continue;
                if (own->sentence != t->sentence || (own->type != CHR_TX_DATE && own->type != CHR_TX_TIME) ||
                    own->date.year == 0)
                    continue;
                int between = 0;
                for (size_t q = first_event; q < end_event && !between; q++) {
                    const chr_event_mention *o = &corpus->event_mentions.items[q];
                    if ((long)q != subject && o->start >= m->end && o->start < own->start) between = 1;
                }
                if (!between && only_spaces_and_commas_after(doc, own->end, t->start)) m->timex = (long)k2;
                break;
            }
        }
        if (m->timex >= 0 && corpus->timexes.items[m->timex].start < t->start) {
            /* dated already: then the other is dated from it, the other way
             * ("had resigned on Thursday, two weeks after the FDA opened an
             * inquiry": the inquiry two weeks before) */
            chr_event_mention *a = &corpus->event_mentions.items[anchor];
            /* (not by a length told as a rough one: "nearly two weeks after") */
            /* (the other took the verb's day, told before the length, as
             * its sentence's: "were named on Sept. 4, the day after the
             * regulator cleared the merger" clears it on Sept. 3) */
            int took_verbs_day = a->timex >= 0 && a->timex == m->timex && a->start > t->end;
            if ((a->timex < 0 || took_verbs_day) && a->shift_timex < 0 && !a->relation && !t->mod[0]) {
                a->timex = -1;
                a->shift_timex = (long)k;
                a->after_mention = subject;
                a->relation = -relation;
                a->counted_back = 1;
            }
            continue;
        }
        m->timex = -1;
        m->shift_timex = (long)k;
        m->after_mention = anchor;
        m->relation = relation;
    }
    /* "이사회가 … 해임했다. … 이사회는 같은 날 … 선임했다" in a lead the
     * text gives no day: "the same day" is the day of the event told
     * before (known once its other mentions are), not the article's day
     * the date stage fell back on for want of an earlier one */
    for (size_t q = first_event + 1; q < end_event && ex->same_day_told.len; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->timex < 0 || m->relation || m->shift_timex >= 0 || m->sentence < 1) continue;
        const chr_timex *t = &corpus->timexes.items[m->timex];
        if (!t->narrative || strcmp(t->anchor, "dct") != 0 || t->amount != 0 || t->granularity != 'D' ||
            t->sentence != m->sentence || t->end > m->start)
            continue;
        /* (only a day told as the one before, role same_day_told: "같은
         * 날", "that same day"; not "이날", the article's) */
        if (!told_as_same_day(ex, doc, t->start, m->start)) continue;
        long before = -1;
        for (size_t r = q; r-- > first_event;) {
            const chr_event_mention *p = &corpus->event_mentions.items[r];
            if (p->sentence == m->sentence) continue;
            if (p->sentence < m->sentence - 2) break;
            if (p->modality == CHR_MOD_NEGATED || p->modality == CHR_MOD_POSSIBLE || p->nominal) continue;
            /* (a background told with its year is no occasion: "2016년
             * 대표이사에 취임한 지 9년 만이다") */
            if (p->timex >= 0 && corpus->timexes.items[p->timex].granularity == 'Y') continue;
            if (p->timex < 0 && !p->relation && p->shift_timex < 0) before = (long)r;
            break;
        }
        /* (nor after an event told before it in its sentence: "회장이
         * 체포된 같은 날 … 맺은 계약" is that event's day) */
        if (before < 0 || (q > first_event && corpus->event_mentions.items[q - 1].sentence == m->sentence &&
                           corpus->event_mentions.items[q - 1].start < t->start))
            continue;
        m->timex = -1;
        m->value[0] = '\0';
        m->after_mention = before;
        m->relation = 2;
    }
    /* "was named acting chief eight days before the signing, the same day
     * the board voted to remove him": the day of the event told before it
     * in its sentence, which a length dates (the date stage, blind to
     * events, took the story's last day for it) */
    for (size_t q = first_event + 1; q < end_event && ex->same_day_told.len; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        const chr_event_mention *p = &corpus->event_mentions.items[q - 1];
        if (m->timex < 0 || m->relation || m->shift_timex >= 0 || m->sentence < 0 || p->sentence != m->sentence ||
            p->shift_timex < 0 || !p->relation || p->modality == CHR_MOD_NEGATED || p->modality == CHR_MOD_POSSIBLE)
            continue;
        const chr_timex *t = &corpus->timexes.items[m->timex];
        if (!t->narrative || t->sentence != m->sentence || t->end > m->start || t->start < p->end) continue;
        const chr_timex *length = &corpus->timexes.items[p->shift_timex];
        if (length->end > t->start) continue;
        size_t b = t->start;
        while (b > p->end && doc->text[b - 1] == ' ') b--;
        if (b == p->end || doc->text[b - 1] != ',') continue;
        if (!told_as_same_day(ex, doc, t->start, m->start)) continue;
        m->timex = -1;
        m->value[0] = '\0';
        m->after_mention = (long)(q - 1);
        m->relation = 2;
    }
    /* "At the same meeting, the board nominated ...": undated, the day of
     * the event told before (role same_occasion, before the trigger in its
     * clause), once events dated by a length are ("Eight days later, she
     * took leave. That same afternoon the board named …") */
    for (size_t q = first_event + 1; q < end_event && ex->same_occasion.len; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->timex >= 0 || m->relation || m->shift_timex >= 0 || m->sentence < 0) continue;
        size_t from = doc->sentences.items[m->sentence].start;
        int told = 0;
        for (size_t w = 0; w < ex->same_occasion.len && !told; w++) {
            chr_match hit;
            chr_error ignored;
            /* (the bytes every match holds, looked for in the sentence
             * before the trigger: mostly not there, for less than a call) */
            if (chr_regex_may_match(ex->same_occasion.items[w], doc->text, m->start, from) &&
                chr_regex_find_limited(ex->same_occasion.items[w], doc->text, m->start, from, m->start, &hit,
                                       &ignored) == 1)
                told = 1;
            /* (or after it in its clause, when it opens its sentence's
             * events: "formally stepped down at the same meeting in Seoul";
             * an event before it there tells the occasion: "was shown the
             * door …, and the board put Fiona Marsh in the chair that same
             * day") */
            else if (m->clause_end > m->end && m->clause_end <= doc->len &&
                     !(q > first_event && corpus->event_mentions.items[q - 1].sentence == m->sentence) &&
                     chr_regex_may_match(ex->same_occasion.items[w], doc->text, m->clause_end, m->end) &&
                     chr_regex_find_limited(ex->same_occasion.items[w], doc->text, m->clause_end, m->end,
                                            m->clause_end, &hit, &ignored) == 1)
                told = 1;
        }
        if (!told) continue;
        /* the occasion named in the sentence before, with its day and no
         * event of its own: "관심은 다음 달 20일 열리는 임시주주총회에
         * 쏠린다. 한 대표 측은 이 자리에서 사내이사 2명을 새로 선임해" */
        /* (not when its own sentence told an event before it: "Three days
         * later Mr. Kwon told the board he was resigning, and that same
         * evening the directors asked me" is the resignation's day) */
        const chr_event_mention *before_in_sentence =
            q > first_event && corpus->event_mentions.items[q - 1].sentence == m->sentence &&
                    corpus->event_mentions.items[q - 1].start < m->start
                ? &corpus->event_mentions.items[q - 1]
                : NULL;
        /* (one dated in that sentence itself, by a length or a time of its own) */
        int told_before_in_sentence =
            before_in_sentence &&
            (before_in_sentence->shift_timex >= 0 ||
             (before_in_sentence->timex >= 0 && corpus->timexes.items[before_in_sentence->timex].sentence == m->sentence));
        if (m->sentence >= 1 && !told_before_in_sentence) {
            long prev = m->sentence - 1, day = -1;
            int prev_told = 0;
            for (size_t r = q; r-- > first_event && !prev_told;) {
                const chr_event_mention *p = &corpus->event_mentions.items[r];
                if (p->sentence < prev) break;
                if (p->sentence == prev) prev_told = 1;
            }
            for (size_t k = first_timex; k < end_timex && !prev_told; k++) {
                const chr_timex *t = &corpus->timexes.items[k];
                if (t->sentence > prev) break;
                /* (not a day still to come for what is told as done:
                 * "출금을 다음 달 1일부터 재개한다. 이사회는 같은 자리에서
                 * … 선임했다" is the meeting's day) */
                if (t->sentence == prev && (t->type == CHR_TX_DATE || t->type == CHR_TX_TIME) && t->date.year &&
                    t->date.day && !t->shift &&
                    !(m->modality == CHR_MOD_ASSERTED && doc->dct.present &&
                      chr_date_to_days(t->date.year, t->date.month, t->date.day) >
                          chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day)))
                    day = (long)k;
            }
            if (day >= 0) {
                m->timex = day;
                continue;
            }
        }
        /* (with no dated event before it, the lead's own news, dated later
         * by the article's day: "…has walked away from the company, the
         * retailer said on Thursday. … In the same announcement, it said it
         * had hired …") */
        long lead = -1;
        int dated = 0;
        for (size_t r = q; r-- > first_event;) {
            const chr_event_mention *p = &corpus->event_mentions.items[r];
            if (p->sentence == m->sentence || p->modality == CHR_MOD_NEGATED || p->modality == CHR_MOD_POSSIBLE)
                continue;
            if (p->timex < 0 && !p->relation && p->shift_timex < 0) {
                if (p->sentence == first_body_sentence(doc) && !p->nominal && !p->relative_verb) lead = (long)r;
                continue;
            }
            /* (an occasion is a day: not a background told with its year,
             * "1979년 부친이 세운 이 회사에서"; nor a noun the clause only
             * names: "named Seo CEO on Tuesday, as the company battles a
             * competition probe. Seo stepped down at the same board
             * meeting"; a Korean noun most often comes with its verb) */
            if (p->relative_verb || p->describes_person ||
                (p->nominal && !p->light_verb && (unsigned char)doc->text[p->start] < 0x80) ||
                (p->timex >= 0 && corpus->timexes.items[p->timex].granularity == 'Y'))
                continue;
            m->after_mention = (long)r;
            m->relation = 2;
            dated = 1;
            break;
        }
        if (!dated && lead >= 0) {
            m->after_mention = lead;
            m->relation = 2;
        }
    }
    /* "해임된 지 여드레 만입니다", "취임한 지 1년 만에 물러났다": the verb
     * before the length happened that long before the event it is counted
     * to: the one told after it in its sentence, else the one told before
     * it there, else the last one of the sentence before */
    for (size_t k = first_timex; k < end_timex && ex->since_gaps.len && ex->since_closes.len; k++) {
        const chr_timex *t = &corpus->timexes.items[k];
        /* (shifted when told as "만에": a length after an earlier event) */
        if (t->type != CHR_TX_DURATION || t->mod[0] || t->sentence < 0 || t->amount < 1) continue;
        const chr_sentence *sentence = &doc->sentences.items[t->sentence];
        /* (the length's own text may hold it: "열흘 만에") */
        int closed = 0;
        for (size_t at = t->start; at <= t->end && !closed; at++)
            if (at == t->end || doc->text[at] == ' ')
                closed = match_end_at((const chr_regex *const *)ex->since_closes.items, ex->since_closes.len, doc, at,
                                      sentence->end) >= t->end;
        if (!closed) continue;
        long since = -1;
        for (size_t q = first_event; q < end_event; q++) {
            const chr_event_mention *m = &corpus->event_mentions.items[q];
            if (m->sentence != t->sentence || m->end > t->start) continue;
            if (match_end_at((const chr_regex *const *)ex->since_gaps.items, ex->since_gaps.len, doc, m->end,
                             t->start + 1) == t->start)
                since = (long)q;
        }
        if (since < 0) {
            counted_from_day(ex, corpus, doc, first_timex, first_event, end_event, k);
            continue;
        }
        chr_event_mention *a = &corpus->event_mentions.items[since];

        if (a->shift_timex >= 0 || a->relation || a->modality == CHR_MOD_NEGATED) continue;
        /* (a time of its own before it is its own: "2023년 3월 물러난 지";
         * not one of a clause closed by a comma before it: "올해 초 … 참패하자,
         * 강 전 대표가 사임한 지 사흘 만인 3월 17일") */
        /* (then only an undated later event is counted from it: "복귀한
         * 건 지난 2월 20일 해임된 지 53일 만입니다") */
        int own_time = a->timex >= 0 && corpus->timexes.items[a->timex].end <= a->start &&
                       corpus->timexes.items[a->timex].sentence == a->sentence &&
                       !memchr(doc->text + corpus->timexes.items[a->timex].end, ',',
                               a->start - corpus->timexes.items[a->timex].end);
        long counted_to = -1;
        for (size_t q = first_event; q < end_event && counted_to < 0; q++) {
            const chr_event_mention *m = &corpus->event_mentions.items[q];
            if (m->sentence == t->sentence && m->start >= t->end &&
                (m->modality == CHR_MOD_ASSERTED || m->modality == CHR_MOD_REPORTED) &&
                !(m->nominal && !m->light_verb) && strcmp(m->type, a->type) != 0)
                counted_to = (long)q;
        }
        for (size_t q = (size_t)since; counted_to < 0 && q-- > first_event;) {
            const chr_event_mention *m = &corpus->event_mentions.items[q];
            if (m->sentence < t->sentence - 1) break;
            if (m->start == a->start || (m->modality != CHR_MOD_ASSERTED && m->modality != CHR_MOD_REPORTED) ||
                strcmp(m->type, a->type) == 0 || (m->nominal && !m->light_verb))
                continue;
            counted_to = (long)q;
        }
        if (counted_to < 0) continue;
        chr_event_mention *later = &corpus->event_mentions.items[counted_to];
        /* (from a day of its own only: a month and "8개월 만" give a month,
         * less than the lead's day the article tells) */
        if (own_time && corpus->timexes.items[a->timex].granularity != 'D') continue;
        if (later->timex < 0 && !later->relation && later->shift_timex < 0) {
            /* (an undated later event is dated from the earlier one:
             * "대표가 물러났다. 사고가 난 지 꼭 2주 만이다") */
            if (later->present) continue;
            later->shift_timex = (long)k;
            later->after_mention = since;
            later->relation = 1;
            /* (a day the text tells it elsewhere wins: the length is
             * rounded, "해임된 지 3주 만이다" after 20 days) */
            later->counted_back = 1;
            continue;
        }
        if (own_time) continue;
        a->timex = -1;
        a->shift_timex = (long)k;
        a->after_mention = counted_to;
        a->relation = -1;
        a->counted_back = 1;
    }
    /* a day counted from the narration ("이튿날", "다음 날") right after a
     * noun that names an event ("가처분 신청 이튿날에는 … 입장문을 내고"):
     * counted from that event, not from the last date the text named */
    for (size_t k = first_timex; k < end_timex; k++) {
        const chr_timex *t = &corpus->timexes.items[k];
        /* (or a part of such a day, "the next morning", counted from an
         * event dated by a length only, below) */
        int part_of_day = t->type == CHR_TX_TIME;
        int day = (t->type == CHR_TX_DATE && t->granularity == 'D') || (part_of_day && t->date.day);
        if (!day || !t->narrative || (t->anchor[0] != '#' && strcmp(t->anchor, "dct") != 0) ||
            t->sentence < 0)
            continue;
        long anchor = -1, subject = -1;
        for (size_t q = first_event; q < end_event; q++) {
            const chr_event_mention *m = &corpus->event_mentions.items[q];
            /* (a Korean noun the day was given to is counted from all the
             * same: "해임 결의 다음 날 … 물러났다") */
            int korean_noun = m->end > m->start && (unsigned char)doc->text[m->end - 1] >= 0x80 && m->nominal &&
                              !m->light_verb;
            if (!part_of_day && m->end <= t->start && m->sentence == t->sentence &&
                (m->timex != (long)k || korean_noun)) {
                /* (a light noun may sit between: "가처분 신청 이튿날"; not
                 * the verb the day dates: "resigned the next day") */
                if (noun_right_before(doc, m->end, t->start) ||
                    (!m->nominal && adnominal_right_before(ex->rules, doc, m->end, t->start))) {
                    anchor = (long)q;
                    if (m->timex == (long)k) corpus->event_mentions.items[q].timex = -1;
                    corpus->event_mentions.items[q].counted_in_days = 1;
                    /* (that noun names an event told before) */
                    if (!m->light_verb && !corpus->event_mentions.items[q].nominal)
                        corpus->event_mentions.items[q].nominal = 1;
                }
            }
            if (m->sentence == t->sentence && m->timex == (long)k && subject < 0 && (anchor < 0 || m->start >= t->end))
                subject = (long)q;
        }
        if (subject < 0) continue;
        if (anchor < 0) {
            /* or, with no noun before it, the event told last when that one
             * is dated later by a length ("A week after the vote, the board
             * reinstated her. Tulloch resigned the next day"), told after
             * the day the timex module counted from */
            size_t told_after = t->anchor[0] == '#' ? corpus->timexes.items[strtol(t->anchor + 1, NULL, 10)].end : 0;
            for (size_t q = (size_t)subject; q-- > first_event;) {
                const chr_event_mention *p = &corpus->event_mentions.items[q];
                if (p->modality == CHR_MOD_NEGATED || p->modality == CHR_MOD_POSSIBLE) continue;
                if (p->start < told_after || p->sentence < t->sentence - 2) break;
                /* (a sentence between may name that event again by its noun:
                 * "사흘 뒤 이사회가 그를 해임했다. 투자사 쪽 이사들이 해임을
                 * 주도했다. 같은 날 …") */
                if (p->sentence < t->sentence && p->nominal && !p->light_verb && p->timex < 0 && p->shift_timex < 0 &&
                    !p->relation)
                    continue;
                if (p->sentence == t->sentence - 2) {
                    /* (two sentences back only past a sentence that told no
                     * event but by a noun) */
                    int told_between = 0;
                    for (size_t r = q + 1; r < (size_t)subject && !told_between; r++) {
                        const chr_event_mention *o = &corpus->event_mentions.items[r];
                        if (o->sentence == t->sentence - 1 && (!o->nominal || o->light_verb)) told_between = 1;
                    }
                    if (told_between) break;
                }
                /* (what a quote says is no step of the narration: "기자회견을
                 * 열고 \"나를 내쫓았다\"며 … 그다음 날") */
                if (p->timex < 0 && p->sentence >= 0 &&
                    inside_quote(doc, doc->sentences.items[p->sentence].start, p->start))
                    continue;
                /* (a length back is a look back: the narration stays where
                 * it was, "21일 복귀시켰다. 하루 앞서 … 소송을 냈다. 이날
                 * 오전 …") */
                int looks_back = p->relation < 0 || (p->shift_timex >= 0 && !p->relation &&
                                                     corpus->timexes.items[p->shift_timex].shift < 0);
                /* (a part of a day only after a length: "Two days later it
                 * removed Seo. … the next morning", not "주총 당일 저녁"
                 * after an event of the same day as another) */
                int by_length = p->shift_timex >= 0 && p->relation >= 0 &&
                                corpus->timexes.items[p->shift_timex].type == CHR_TX_DURATION;
                if (p->timex < 0 && (p->shift_timex >= 0 || p->relation) && !looks_back && (!part_of_day || by_length))
                    anchor = (long)q;
                break;
            }
            if (anchor < 0) continue;
        }
        /* (nothing to do when the day the timex module counted from is that
         * event's own: "지난 3일 압수수색했다 … 압수수색 이튿날부터") */
        long from = t->anchor[0] == '#' ? strtol(t->anchor + 1, NULL, 10) : -1;
        int counted_right = 0;
        /* (the same event told before by the same word: a deal "매각" on the
         * day counted from is not "변경 계약 이튿날"'s contract) */
        const chr_event_mention *named = &corpus->event_mentions.items[anchor];
        for (size_t q = (size_t)anchor; q-- > first_event;) {
            const chr_event_mention *p = &corpus->event_mentions.items[q];
            if (strcmp(p->type, named->type) != 0) continue;
            if (p->end - p->start != named->end - named->start ||
                memcmp(doc->text + p->start, doc->text + named->start, named->end - named->start) != 0)
                continue;
            if (p->timex == from) counted_right = 1;
            if (p->timex >= 0 || p->shift_timex >= 0) break;
        }
        /* (nor when an accident is named and the day counted from is one
         * the text told: the date stage counted from the story's last
         * day, which an accident told by another word, "지난 3일 … 불이
         * 나 … 화재 이튿날", does not hold yet) */
        if (from >= 0 && named->anchor_only) counted_right = 1;
        if (counted_right) continue;
        /* (every verb the day dates: "이튿날 사의를 밝히고 물러났다") */
        for (size_t q = (size_t)subject; q < end_event; q++) {
            chr_event_mention *m = &corpus->event_mentions.items[q];
            if (m->sentence != t->sentence) break;
            if (m->timex != (long)k) continue;
            if (q != (size_t)subject && m->modality != CHR_MOD_ASSERTED && m->modality != CHR_MOD_REPORTED) continue;
            m->timex = -1;
            m->value[0] = '\0';
            m->shift_timex = (long)k;
            m->after_mention = anchor;
            m->relation = 1;
        }
    }
}

/*
 * "이사회는 해임 의결 사흘 전 … 사퇴를 권고했지만": a Korean "N일 전" right
 * after a noun that names an event (a light noun may sit between) counts
 * back from that event, not from the article's day the timex module
 * counted from. (An English "the vote three days ago" is the article's.)
 */
static void relate_days_before_noun(chr_corpus *corpus, const chr_doc *doc, size_t first_event, size_t first_timex,
                                    size_t end_timex)
{
    size_t end_event = corpus->event_mentions.len;
    if (!doc->dct.present) return;
    long dct_days = chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day);
    for (size_t k = first_timex; k < end_timex; k++) {
        const chr_timex *t = &corpus->timexes.items[k];
        if (t->type != CHR_TX_DATE || t->narrative || t->shift || t->amount <= 0 || (t->unit != 'D' && t->unit != 'W') ||
            strcmp(t->anchor, "dct") != 0 || t->granularity != 'D' || t->sentence < 0 || !t->date.day ||
            chr_date_to_days(t->date.year, t->date.month, t->date.day) >= dct_days)
            continue;
        long anchor = -1;
        for (size_t q = first_event; q < end_event; q++) {
            const chr_event_mention *m = &corpus->event_mentions.items[q];
            if (m->sentence != t->sentence || m->end > t->start) continue;
            if ((unsigned char)doc->text[m->start] < 0xE0) continue;
            if (noun_right_before(doc, m->end, t->start)) anchor = (long)q;
        }
        if (anchor < 0) continue;
        int any = 0;
        for (size_t q = first_event; q < end_event; q++) {
            chr_event_mention *m = &corpus->event_mentions.items[q];
            if (m->sentence != t->sentence || m->timex != (long)k || (long)q == anchor) continue;
            m->timex = -1;
            m->value[0] = '\0';
            m->shift_timex = (long)k;
            m->after_mention = anchor;
            m->relation = -1;
            any = 1;
        }
        if (any) corpus->event_mentions.items[anchor].counted_in_days = 1;
    }
}

/*
 * "제니스 마이크로가 곤살레스를 CEO로 선임했다. 회사는 7일 이같이 밝혔다": a
 * lead with no date of its own takes the date the next sentence gives before
 * its recap cue (role recap), the day the news was told.
 */
static void date_by_recap(const chr_event_extractor *ex, chr_corpus *corpus, const chr_doc *doc, size_t first_event,
                          size_t first_timex, size_t end_timex)
{
    if (!ex->recaps.len) return;
    long checked = -1, cue_at = -1;
    size_t cue_start = 0, cue_end = 0;
    for (size_t q = first_event; q < corpus->event_mentions.len; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->timex >= 0 || m->shift_timex >= 0 || m->relation || m->sentence < 0) continue;
        long next = m->sentence + 1;
        if ((size_t)next >= doc->sentences.len) continue;
        if (checked != next) {
            /* (one search per sentence) */
            checked = next, cue_at = -1;
            const chr_sentence *sn = &doc->sentences.items[next];
            for (size_t r = 0; r < ex->recaps.len && cue_at < 0; r++) {
                chr_match hit;
                chr_error ignored;
                if (chr_regex_find(ex->recaps.items[r], doc->text, sn->end, sn->start, &hit, &ignored) == 1)
                    cue_at = next, cue_start = hit.start, cue_end = hit.end;
            }
        }
        if (cue_at < 0) continue;
        long day = -1, after_cue = -1;
        for (size_t k = first_timex; k < end_timex; k++) {
            const chr_timex *t = &corpus->timexes.items[k];
            if (t->sentence != next) continue;
            int dated = (t->type == CHR_TX_DATE || t->type == CHR_TX_TIME) && t->date.year > 0;
            if (dated && t->start >= cue_end && after_cue < 0) after_cue = (long)k;
            if (t->end > cue_start) continue;
            if (dated) day = (long)k;
        }
        /* (another day the source's sentence tells after the cue is when
         * it happened, the cue's only when the news came out: "13일 업계에
         * 따르면 이사회는 어제 사표를 수리했다"; "이날" is the cue's day) */
        if (day >= 0 && after_cue >= 0) {
            const chr_date *a = &corpus->timexes.items[day].date, *b = &corpus->timexes.items[after_cue].date;
            if (a->year != b->year || a->month != b->month || a->day != b->day) day = -1;
        }
        /* (a source's sentence that tells events of its own dates only the
         * lead's events of their kinds: "has agreed to sell X and put Y in
         * charge. The company said on Wednesday it would sell X" is the
         * sale's day, not the appointment's) */
        if (day >= 0) {
            int told_events = 0, same_kind = 0;
            for (size_t r = first_event; r < corpus->event_mentions.len; r++) {
                const chr_event_mention *o = &corpus->event_mentions.items[r];
                if (o->sentence != next) continue;
                told_events = 1;
                if (strcmp(o->type, m->type) == 0) same_kind = 1;
            }
            if (told_events && !same_kind) day = -1;
        }
        if (day >= 0) m->timex = day;
    }
}

/*
 * "직원 대다수가 공개서한에 서명했다. 서명 인원은 20일 오후 740명에
 * 이르렀다": a lead with no date of its own, followed by a sentence that
 * tells no event but gives one past day, took place that day: the second
 * sentence only adds detail to the lead.
 */
static void date_by_lead_detail(chr_corpus *corpus, const chr_doc *doc, size_t first_event, size_t first_timex,
                                size_t end_timex)
{
    if (!doc->dct.present) return;
    long lead = first_body_sentence(doc);
    if (lead < 0 || (size_t)lead + 1 >= doc->sentences.len || doc->sentences.items[lead + 1].zone != CHR_ZONE_BODY)
        return;
    long next = lead + 1;
    for (size_t q = first_event; q < corpus->event_mentions.len; q++)
        if (corpus->event_mentions.items[q].sentence == next) return;
    long day = -1;
    long dct_days = chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day);
    for (size_t k = first_timex; k < end_timex; k++) {
        const chr_timex *t = &corpus->timexes.items[k];
        if (t->sentence < lead) continue;
        if (t->sentence > next) break;
        if (t->sentence == lead) return; /* (a lead with a time of its own is dated by it) */
        if (t->type != CHR_TX_DATE && t->type != CHR_TX_TIME) continue;
        if (t->date.year <= 0 || t->date.month <= 0 || t->date.day <= 0 || day >= 0) return;
        if (chr_date_to_days(t->date.year, t->date.month, t->date.day) > dct_days) return;
        day = (long)k;
    }
    if (day < 0) return;
    for (size_t q = first_event; q < corpus->event_mentions.len; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->sentence != lead || m->timex >= 0 || m->shift_timex >= 0 || m->relation || m->present) continue;
        if (m->modality != CHR_MOD_ASSERTED && m->modality != CHR_MOD_REPORTED) continue;
        m->timex = day;
    }
}

/* Is every word of [from, to) one of class 'cls' (none at all will do)? */
static int only_class_words(const chr_rules *rules, const chr_doc *doc, size_t from, size_t to, const char *cls)
{
    size_t i = from;
    while (i < to) {
        while (i < to && doc->text[i] == ' ') i++;
        size_t we = i;
        while (we < to && doc->text[we] != ' ') we++;
        if (we > i && !is_word_class(rules, NULL, cls, doc->text + i, we - i)) return 0;
        i = we;
    }
    return 1;
}

/*
 * "주주총회가 오늘 오전 열렸습니다. … 주총 직후 열린 이사회는 … 선임했습니다",
 * "the annual meeting on June 5 … At the meeting, shareholders will vote":
 * a clause with no time of its own that names a meeting (word class
 * meeting) took place the day an earlier sentence gave that meeting, the
 * time nearest the meeting's name there.
 */
static void date_by_meeting(const chr_event_extractor *ex, chr_corpus *corpus, const chr_doc *doc, size_t first_event,
                            size_t first_timex, size_t end_timex)
{
    if (!ex->meetings.len) return;
    /* (most articles name no meeting: one search per word first) */
    int named = 0;
    for (size_t w = 0; w < ex->meetings.len && !named; w++) {
        if (!rule_applies(ex->meeting_lang.items[w], doc)) continue;
        /* (a name holding another of its language is found by that one:
         * "임시주총" by "주총") */
        const char *word = ex->meetings.items[w];
        int held = 0;
        for (size_t v = 0; v < ex->meetings.len && !held; v++)
            held = v != w && ex->meeting_lang.items[v] == ex->meeting_lang.items[w] &&
                   strlen(ex->meetings.items[v]) < strlen(word) && strstr(word, ex->meetings.items[v]);
        if (!held && chr_memmem(doc->text, doc->len, word, strlen(word))) named = 1;
    }
    if (!named) return;
    /* the sentences that give a meeting its day, in text order: a time
     * told next to the meeting's name, with only words of class
     * meeting_link between ("오는 28일 열리는 정기 주주총회", "주주총회가 오늘
     * 오전", "the annual meeting on June 5"; not a time of another verb,
     * "지난 19일 강 대표가 낸 임시주주총회 결의 효력정지 가처분") */
    index_list day_sentence = {0}, day_timex = {0};
    long last_s = -1;
    size_t at = SIZE_MAX, word_end = 0;
    for (size_t k = first_timex; k < end_timex; k++) {
        const chr_timex *t = &corpus->timexes.items[k];
        if (t->sentence < 0 || (t->type != CHR_TX_DATE && t->type != CHR_TX_TIME) || t->date.year <= 0) continue;
        if (day_sentence.len && day_sentence.items[day_sentence.len - 1] == (size_t)t->sentence) continue;
        if (t->sentence != last_s) {
            last_s = t->sentence;
            const chr_sentence *sn = &doc->sentences.items[t->sentence];
            at = word_of_at(&ex->meetings, doc, sn->start, sn->end);
            word_end = at;
            for (size_t w = 0; at != SIZE_MAX && w < ex->meetings.len; w++) {
                size_t n = strlen(ex->meetings.items[w]);
                if (at + n <= sn->end && at + n > word_end && memcmp(doc->text + at, ex->meetings.items[w], n) == 0)
                    word_end = at + n;
            }
            /* (with its particle: "주주총회가") */
            while (at != SIZE_MAX && word_end < sn->end && doc->text[word_end] != ' ' && doc->text[word_end] != ',')
                word_end++;
        }
        if (at == SIZE_MAX) continue;
        if (t->end <= at ? only_class_words(ex->rules, doc, t->end, at, "meeting_link")
                         : t->start >= word_end && only_class_words(ex->rules, doc, word_end, t->start, "meeting_link")) {
            chr_vec_push(&day_sentence, (size_t)t->sentence);
            chr_vec_push(&day_timex, k);
        }
    }
    for (size_t q = first_event; day_sentence.len && q < corpus->event_mentions.len; q++) {
        chr_event_mention *m = &corpus->event_mentions.items[q];
        if (m->timex >= 0 || m->shift_timex >= 0 || m->relation || m->sentence <= 0) continue;
        /* the meeting named last before the clause's sentence */
        long day = -1;
        for (size_t d = day_sentence.len; d-- > 0 && day < 0;)
            if (day_sentence.items[d] < (size_t)m->sentence) day = (long)day_timex.items[d];
        if (day < 0) continue;
        /* (the meeting may open the sentence before the clause: "주총
         * 직후 열린 이사회는"; it is named as where or when, class
         * meeting_ref, "주총에서는", "at the meeting", not as a thing,
         * "주주총회의 적법한 절차", nor inside a quote) */
        size_t from = doc->sentences.items[m->sentence].start;
        size_t ref = word_of_at(&ex->meeting_refs, doc, from < m->clause_start ? from : m->clause_start, m->clause_end);
        if (ref == SIZE_MAX || inside_quote(doc, from, ref)) continue;
        m->timex = day;
    }
    chr_vec_free(&day_sentence);
    chr_vec_free(&day_timex);
}

/* The time of the clause before timex 'best' (from 'clause_start') that
 * lies inside it with a finer grain, the latest such, else 'best'. */
static long finer_time_before(const chr_corpus *corpus, size_t first_timex, long best, size_t clause_start)
{
    const chr_timex *b = &corpus->timexes.items[best];
    if (b->date.year <= 0 || b->date.month > 0 || b->shift) return best;
    for (long k = best; k-- > (long)first_timex;) {
        const chr_timex *t = &corpus->timexes.items[k];
        if (t->start < clause_start || t->doc != b->doc) break;
        if ((t->type == CHR_TX_DATE || t->type == CHR_TX_TIME) && !t->shift && t->date.year == b->date.year &&
            t->date.month > 0)
            return k;
    }
    return best;
}

/* Where the next date or time after timex 'k' starts (SIZE_MAX: none): a
 * length between ("2011년부터 14년간 회사를 이끌어 온") leaves a relative
 * clause open. */
static size_t next_dated_start(const chr_corpus *corpus, size_t k, size_t end_timex)
{
    for (size_t q = k + 1; q < end_timex; q++) {
        const chr_timex *t = &corpus->timexes.items[q];
        if (t->type == CHR_TX_DATE || t->type == CHR_TX_TIME) return t->start;
    }
    return SIZE_MAX;
}

/* The int field at 'doc_offset' of record i of 'items' (records of 'stride' bytes). */
static int record_doc(const void *items, size_t stride, size_t doc_offset, size_t i)
{
    int d;
    memcpy(&d, (const char *)items + i * stride + doc_offset, sizeof d);
    return d;
}

/*
 * The records of document 'doc' among the 'n' of 'items' (timexes or
 * entity mentions): [*first, *end). The extractors append one document at
 * a time, in document order, so the records are sorted by document; the
 * engine runs each stage over a batch of documents before the next stage
 * (engine.c), so later documents' records may follow this one's. When
 * this document's are the last (one document at a time) the walk back
 * from the end finds them at once; else a binary search.
 */
static void doc_records(const void *items, size_t stride, size_t doc_offset, size_t n, int doc, size_t *first,
                        size_t *end)
{
    size_t lo = 0, hi = n;
    if (n == 0 || record_doc(items, stride, doc_offset, n - 1) <= doc) {
        lo = hi = n;
    } else {
        /* the first record of a later document */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (record_doc(items, stride, doc_offset, mid) > doc) hi = mid;
            else lo = mid + 1;
        }
    }
    *end = hi;
    size_t f = hi;
    while (f > 0 && record_doc(items, stride, doc_offset, f - 1) == doc) f--;
    *first = f;
}

/* A trigger hit that makes an event mention (one that does not start
 * inside the hit taken before it), with what the batch works out for it
 * before doc_events: its clause and its modality. */
typedef struct {
    size_t hit;      /* its index in the document's sorted hits */
    size_t sentence; /* its sentence's entry in doc_triggers.sentences */
    size_t cs, ce;   /* its clause */
    chr_modality modality;
    int pending;     /* no modality cue has decided it yet */
} taken_hit;

/* The clause boundaries of a sentence holding a taken hit: its start,
 * the boundaries and its end, sorted (clause_cuts_finish), are
 * doc_triggers.cut_pool[cut_first, + ncuts); those that open a clause with
 * a time of its own, in the order the rules found them, are
 * doc_triggers.own_pool[own_first, + nown). (One pool per document: a
 * vector per sentence was a malloc each, a measurable part of the stage.) */
typedef struct {
    size_t start, end;   /* the sentence */
    size_t tx_lo, tx_hi; /* the document's timexes that may hold a boundary (timexes_near) */
    size_t cut_first, ncuts, own_first, nown;
} sentence_cuts;


/* One document's trigger search in a batch (chr_event_extract_batch):
 * where its triggers' first words are, by gate, and what was found; then
 * (doc_plan) the hits that make mentions, with their clauses and
 * modalities, which the batch finds rule by rule over its documents. */
typedef struct {
    const chr_doc *doc;
    size_t body_end; /* the end of its last body sentence */
    size_t gate_first[CHR_GATES_MAX + 1];
    size_t *gate_at;         /* the hits of gate g: gate_at[gate_first[g] .. gate_first[g + 1]) */
    /* the hits of its gate where a leader's first words are (doc_leaders):
     * leader l's are lead_at[lead_first[l] .. lead_first[l + 1]) */
    size_t *lead_first, *lead_at;
    trigger_vec hits;
    int failed;
    /* set by doc_plan: */
    CHR_VEC(taken_hit) taken;
    CHR_VEC(sentence_cuts) sentences;
    found_cut_vec found_cuts; /* the clause pass's boundaries, rule by rule */
    offset_vec cut_pool, own_pool;
    size_t first_timex, end_timex; /* the document's timexes in the corpus */
    size_t *tx_max_end;            /* their running largest end, when sorted by start (else NULL) */
    modality_memo memo;
    chr_gate_hits mod_scanned; /* a view of the modality cues' scan made with the triggers' (chr_event_extract_scanned) */
    int mod_given;
} doc_triggers;

/* The end of the last body sentence of 'doc' (0 when there is none). */
static size_t body_end_of(const chr_doc *doc)
{
    for (size_t i = doc->sentences.len; i-- > 0;)
        if (doc->sentences.items[i].zone == CHR_ZONE_BODY) return doc->sentences.items[i].end;
    return 0;
}

void chr_event_gate_span(const chr_event_extractor *ex, const chr_doc *doc, size_t *from, size_t *to)
{
    *from = *to = 0;
    if (ex->ungated) return;
    *from = doc->body_start;
    *to = ex->late_triggers ? doc->len : body_end_of(doc);
    if (*to < *from) *to = *from;
}

const chr_gates *chr_event_gates(const chr_event_extractor *ex, int modality)
{
    return modality ? ex->mod_gates : ex->gates;
}

/* The hits of 'in' (in text order) in [from, to): a view of them, not to
 * be freed or grown. */
static chr_gate_hits hits_within(const chr_gate_hits *in, size_t from, size_t to)
{
    size_t a = 0, b = in->len;
    while (a < b && in->items[a].at < from) a++;
    while (b > a && in->items[b - 1].at >= to) b--;
    chr_gate_hits view = {in->items + a, b - a, b - a};
    return view;
}

/* Fills dt->lead_first and dt->lead_at from the gate hits of 'dt': for
 * each hit of a gate that leaders have, the leaders whose own first words
 * are there (the words of its bucket that are, then their leaders), as
 * each leader walking its gate's hits with lead_may_match() would find
 * them, in text order. */
static void doc_leaders(const chr_event_extractor *ex, doc_triggers *dt)
{
    if (!ex->nleaders) return;
    const chr_doc *doc = dt->doc;
    const char *text = doc->text;
    size_t len = doc->len;
    dt->lead_first = chr_xcalloc(ex->nleaders + 1, sizeof *dt->lead_first);
    size_t *stamp = chr_xcalloc(ex->nleaders, sizeof *stamp); /* the last hit (+1) a leader was added at */
    CHR_VEC(size_t) pairs = {0}; /* leader, position */
    for (uint64_t gm = ex->leader_gates; gm; gm &= gm - 1) {
        int g = __builtin_ctzll(gm);
        for (size_t j = dt->gate_first[g]; j < dt->gate_first[g + 1]; j++) {
            size_t at = dt->gate_at[j];
            /* the 8 bytes at 'at', little-endian, zeros past the end (a
             * word of 8 bytes or fewer is there when they agree) */
            uint64_t w8 = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            if (len - at >= 8) memcpy(&w8, text + at, 8);
            else
#endif
                for (size_t k = len - at < 8 ? len - at : 8; k-- > 0;) w8 = w8 << 8 | (unsigned char)text[at + k];
            for (int pass = 0; pass < 2; pass++) {
                /* the words of its bucket, then the short ones */
                unsigned b = pass ? LEAD_BUCKETS : len - at >= 3 ? lead_bucket(text, at) : LEAD_BUCKETS + 1;
                if (b > LEAD_BUCKETS) continue;
                for (size_t c = ex->lead_bucket_first[b]; c < ex->lead_bucket_first[b + 1]; c++) {
                    size_t w = ex->lead_word_at[c], n = ex->lead_word_len[w];
                    if ((w8 & ex->lead_word_mask[w]) != ex->lead_word_head[w] || n > len - at ||
                        (n > 8 && memcmp(text + at + 8, ex->lead_words.items[w] + 8, n - 8) != 0))
                        continue;
                    for (size_t q = ex->lead_trig_first[w]; q < ex->lead_trig_first[w + 1]; q++) {
                        const trigger_rule *t = &ex->triggers.items[ex->lead_trig[q]];
                        /* (as doc_triggers_run: another language's trigger
                         * tries nothing, and none starts past the body
                         * unless its trigger may lie before its start) */
                        if (t->gate != g || stamp[t->leader] == j + 1 || !rule_applies(t->lang, doc) ||
                            (!t->trigger_before_start && at >= dt->body_end))
                            continue;
                        stamp[t->leader] = j + 1;
                        chr_vec_push(&pairs, (size_t)t->leader);
                        chr_vec_push(&pairs, at);
                        dt->lead_first[t->leader + 1]++;
                    }
                }
            }
        }
    }
    free(stamp);
    for (size_t l = 0; l < ex->nleaders; l++) dt->lead_first[l + 1] += dt->lead_first[l];
    dt->lead_at = chr_xmalloc((dt->lead_first[ex->nleaders] + 1) * sizeof *dt->lead_at);
    size_t *fill = chr_xmalloc(ex->nleaders * sizeof *fill);
    memcpy(fill, dt->lead_first, ex->nleaders * sizeof *fill);
    /* (a leader's hits come in text order: its gate's are) */
    for (size_t p = 0; p < pairs.len; p += 2) dt->lead_at[fill[pairs.items[p]]++] = pairs.items[p + 1];
    free(fill);
    chr_vec_free(&pairs);
}

/* Fills 'dt' for 'doc': the gate scan of the text its triggers may start
 * in, or what of 'scanned' (the scans for the triggers' and the modality
 * cues' gates of the span chr_event_gate_span() names, or NULL) lies
 * there. */
static void doc_triggers_begin(const chr_event_extractor *ex, const chr_doc *doc, doc_triggers *dt,
                               const chr_gate_hits *scanned)
{
    memset(dt, 0, sizeof *dt);
    dt->doc = doc;
    /* where the triggers' first words are: a trigger whose every match
     * starts with one of them is tried there only, which finds the same
     * matches as a search over the whole document */
    /* A trigger counts in a body sentence only, and it lies inside its match:
     * a match starting after the last body sentence counts for nothing and
     * can only hide later matches, which count for nothing either. So the
     * search stops there (the boilerplate of a page can be most of it). */
    for (size_t i = doc->sentences.len; i-- > 0;)
        if (doc->sentences.items[i].zone == CHR_ZONE_BODY) {
            dt->body_end = doc->sentences.items[i].end;
            break;
        }
    if (ex->ungated) return;
    chr_gate_hits starts = {0};
    size_t scan_to = ex->late_triggers ? doc->len : dt->body_end;
    if (scanned) {
        starts = hits_within(&scanned[0], doc->body_start, scan_to);
        /* (the modality cues scan the same span: doc_plan) */
        dt->mod_scanned = hits_within(&scanned[1], doc->body_start, scan_to);
        dt->mod_given = 1;
    } else {
        chr_gates_scan(ex->gates, doc->text, doc->len, doc->body_start, scan_to, &starts);
    }
    /* the hits of each gate, in text order: a
     * trigger walks its gate's only (most hits are other gates') */
    size_t *gate_first = dt->gate_first;
    if (starts.len) {
        for (size_t k = 0; k < starts.len; k++)
            for (uint64_t mk = starts.items[k].mask; mk; mk &= mk - 1) gate_first[__builtin_ctzll(mk) + 1]++;
        for (int g = 0; g < CHR_GATES_MAX; g++) gate_first[g + 1] += gate_first[g];
        size_t fill[CHR_GATES_MAX];
        memcpy(fill, gate_first, sizeof fill);
        dt->gate_at = chr_xmalloc(gate_first[CHR_GATES_MAX] * sizeof *dt->gate_at);
        for (size_t k = 0; k < starts.len; k++) {
            size_t at = starts.items[k].at;
            for (uint64_t mk = starts.items[k].mask; mk; mk &= mk - 1) {
                size_t j = fill[__builtin_ctzll(mk)]++;
                dt->gate_at[j] = at;
            }
        }
    }
    if (!scanned) chr_vec_free(&starts);
    doc_leaders(ex, dt);
}

/* Frees what 'dt' holds but its hits. */
static void doc_triggers_end(doc_triggers *dt)
{
    free(dt->gate_at);
    free(dt->lead_first);
    free(dt->lead_at);
    dt->gate_at = NULL;
    dt->lead_first = dt->lead_at = NULL;
}

/* How many hits of a trigger's first words left in a document make
 * looking for the bytes its every match holds pay (see doc_triggers_run;
 * 8 to 16 did best on the bench corpus). */
#define NEED_LOOKUP_HITS 12

/* Adds the matches of trigger 'r' in 'dt''s document to its hits; sets
 * dt->failed (and 'err') when a search fails. */
static void doc_triggers_run(const chr_event_extractor *ex, size_t r, doc_triggers *dt, chr_error *err)
{
    const chr_doc *doc = dt->doc;
    const trigger_rule *rule = &ex->triggers.items[r];
    if (!rule_applies(rule->lang, doc)) return;
    size_t pos = doc->body_start;
    /* matches start before this */
    size_t start_end = rule->trigger_before_start || ex->ungated ? doc->len + 1 : dt->body_end;
    chr_match m;
    int rc = 0;
    int gated = rule->gate >= 0 && !ex->ungated;
    /* a leader walks the hits where its own first words are (doc_leaders) */
    int led = gated && rule->leader >= 0 && dt->lead_first;
    const size_t *starts = led ? dt->lead_at : dt->gate_at;
    size_t next_start = led ? dt->lead_first[rule->leader] : gated ? dt->gate_first[rule->gate] : 0;
    size_t gate_end = led ? dt->lead_first[rule->leader + 1] : gated ? dt->gate_first[rule->gate + 1] : 0;
    /* where the bytes every match holds are next (chr_regex_required_at),
     * for the starts up to it; none there, and no match starts later:
     * most of a common first word's hits ("a", "its") are in documents
     * without the rarer word the trigger needs ("rally", "bid|offer").
     * Looked for only where the hits left are dense (one per 32 bytes of
     * the text left) or many (NEED_LOOKUP_HITS): a search of the text
     * costs more than a few calls that fail at once, less than a dozen
     * (a Korean founding trigger led by the topic particle 은/는 was
     * tried some 18 times per Korean article, at 1 900 cycles a call,
     * with its verb in none: 3.17 -> 2.98 G instructions on 2 MB). */
    size_t need_at = 0;
    int need_known = 0;
    for (;;) {
        if (gated) {
            /* the next first word at or after pos: try a match starting there */
            while (next_start < gate_end && starts[next_start] < pos) next_start++;
            if (next_start == gate_end || starts[next_start] >= start_end) break;
            size_t at = starts[next_start];
            next_start++;
            /* (the same as the regex finding no match there) */
            if (!led && !lead_may_match(rule, doc->text, doc->len, at)) continue;
            if ((!need_known || at > need_at) && (gate_end - next_start + 1 >= NEED_LOOKUP_HITS || (gate_end - next_start + 1) * 32 >= doc->len - at)) {
                need_at = chr_regex_required_at(rule->re, doc->text, doc->len, at);
                need_known = 1;
                if (need_at == SIZE_MAX) break;
            }
            rc = chr_regex_find_limited(rule->re, doc->text, doc->len, at, at, &m, err);
            if (rc == 0) continue;
        } else {
            /* (the bytes every match holds, or one of its literals of
             * which every match holds one, not there: no match; the
             * search would read about as far) */
            if (pos < start_end && (!need_known || pos > need_at)) {
                need_at = chr_regex_required_at(rule->re, doc->text, doc->len, pos);
                need_known = 1;
            }
            rc = pos < start_end && need_at != SIZE_MAX
                     ? chr_regex_find_limited(rule->re, doc->text, doc->len, pos, start_end - 1, &m, err)
                     : 0;
        }
        if (rc != 1) break;
        pos = chr_regex_next_start(doc->text, doc->len, &m);
        trigger_hit h = {m.start, m.end, m.start, m.end, r};
        if (rule->g_trigger >= 0 && m.group_start[rule->g_trigger] != SIZE_MAX) {
            h.start = m.group_start[rule->g_trigger];
            h.end = m.group_end[rule->g_trigger];
        }
        if (h.end <= h.start) continue;
        long s = chr_doc_sentence_at(doc, h.start);
        if (s < 0 || doc->sentences.items[s].zone != CHR_ZONE_BODY || h.end > doc->sentences.items[s].end) continue;
        chr_vec_push(&dt->hits, h);
    }
    if (rc < 0) dt->failed = 1;
}

/* Views of the cuts of entry 'k' of dt->sentences, and of its own-time
 * cuts, in the document's pools (not to be freed or grown). */
static offset_vec doc_sentence_cuts(const doc_triggers *dt, size_t k)
{
    const sentence_cuts *sc = &dt->sentences.items[k];
    offset_vec v = {dt->cut_pool.items + sc->cut_first, sc->ncuts, sc->ncuts};
    return v;
}

static offset_vec doc_sentence_own_cuts(const doc_triggers *dt, size_t k)
{
    const sentence_cuts *sc = &dt->sentences.items[k];
    offset_vec v = {dt->own_pool.items ? dt->own_pool.items + sc->own_first : NULL, sc->nown, sc->nown};
    return v;
}

/* The hits of 'dt''s document (its triggers found) sorted, those that
 * make mentions taken, with the sentences they lie in and the
 * document's timexes: what the clause and modality passes of the batch
 * and then doc_events work on. */
static void doc_plan(const chr_event_extractor *ex, const chr_corpus *corpus, int doc_index, doc_triggers *dt)
{
    const chr_doc *doc = dt->doc;
    memo_init(&dt->memo, ex->modalities.len);
    if (!ex->ungated) {
        dt->memo.scan_from = doc->body_start;
        dt->memo.scan_to = ex->late_triggers ? doc->len : dt->body_end;
        dt->memo.gated = 1;
        if (dt->mod_given) {
            dt->memo.hits = dt->mod_scanned;
            dt->memo.hits_borrowed = 1;
            dt->memo.scanned = 1;
        }
    }
    trigger_vec *hits = &dt->hits;
    if (hits->len) qsort(hits->items, hits->len, sizeof *hits->items, hit_order);
    /* this document's timexes (see doc_records) */
    doc_records(corpus->timexes.items, sizeof *corpus->timexes.items, offsetof(chr_timex, doc), corpus->timexes.len,
                doc_index, &dt->first_timex, &dt->end_timex);
    /* the running largest end of the document's timexes, when they come
     * sorted by start (clause cuts look up the few near a sentence) */
    const chr_timex *tx = dt->end_timex > dt->first_timex ? corpus->timexes.items + dt->first_timex : NULL;
    size_t ntx = dt->end_timex - dt->first_timex;
    if (ntx) {
        dt->tx_max_end = chr_xmalloc(ntx * sizeof *dt->tx_max_end);
        for (size_t t = 0; t < ntx; t++) {
            if (t > 0 && tx[t].start < tx[t - 1].start) {
                free(dt->tx_max_end); /* not sorted: clause cuts look at them all */
                dt->tx_max_end = NULL;
                break;
            }
            dt->tx_max_end[t] = t > 0 && dt->tx_max_end[t - 1] > tx[t].end ? dt->tx_max_end[t - 1] : tx[t].end;
        }
    }
    size_t taken_end = 0;
    long last_sentence = -1;
    chr_vec_reserve(&dt->taken, hits->len);
    chr_vec_reserve(&dt->sentences, hits->len);
    for (size_t i = 0; i < hits->len; i++) {
        const trigger_hit *h = &hits->items[i];
        if (h->start < taken_end) continue;
        taken_end = h->end;
        long s = chr_doc_sentence_at(doc, h->start);
        if (s != last_sentence) {
            /* (hits come in text order: each sentence once) */
            const chr_sentence *sent = &doc->sentences.items[s];
            sentence_cuts sc = {.start = sent->start, .end = sent->end};
            timexes_near(tx, ntx, dt->tx_max_end, sent->start, sent->end, &sc.tx_lo, &sc.tx_hi);
            chr_vec_push(&dt->sentences, sc);
            last_sentence = s;
        }
        taken_hit t = {.hit = i, .sentence = dt->sentences.len - 1};
        chr_vec_push(&dt->taken, t);
    }
}

/* Frees what doc_plan added to 'dt' but the hits. */
static void doc_plan_end(doc_triggers *dt)
{
    chr_vec_free(&dt->sentences);
    chr_vec_free(&dt->found_cuts);
    chr_vec_free(&dt->cut_pool);
    chr_vec_free(&dt->own_pool);
    chr_vec_free(&dt->taken);
    free(dt->tx_max_end);
    dt->tx_max_end = NULL;
    memo_free(&dt->memo);
}

/* The clause pass of the batch over documents dts[0, n): each clause rule
 * over every planned sentence of them before the next rule (each rule's
 * JIT code stays in the caches), then each taken hit's clause. The same
 * boundaries, pushed in the same order per sentence, as one sentence at a
 * time through every rule. */
static void batch_clauses(const chr_event_extractor *ex, const chr_corpus *corpus, doc_triggers *dts, size_t n)
{
    for (size_t r = 0; r < ex->clauses.len; r++)
        for (size_t i = 0; i < n; i++) {
            doc_triggers *dt = &dts[i];
            const chr_timex *tx = dt->end_timex > dt->first_timex ? corpus->timexes.items + dt->first_timex : NULL;
            for (size_t k = 0; k < dt->sentences.len; k++) {
                const sentence_cuts *sc = &dt->sentences.items[k];
                clause_cuts_rule(ex, r, dt->doc, sc->start, sc->end, k, &dt->found_cuts, tx, sc->tx_lo, sc->tx_hi);
            }
        }
    for (size_t i = 0; i < n; i++) {
        doc_triggers *dt = &dts[i];
        /* each sentence's place in the pools: its start and end plus
         * what was found in it */
        size_t nsent = dt->sentences.len, cut_at = 0, own_at = 0;
        for (size_t k = 0; k < nsent; k++) dt->sentences.items[k].ncuts = 2, dt->sentences.items[k].nown = 0;
        for (size_t f = 0; f < dt->found_cuts.len; f++) {
            sentence_cuts *sc = &dt->sentences.items[dt->found_cuts.items[f].sentence];
            sc->ncuts++;
            sc->nown += dt->found_cuts.items[f].own;
        }
        for (size_t k = 0; k < nsent; k++) {
            sentence_cuts *sc = &dt->sentences.items[k];
            sc->cut_first = cut_at, sc->own_first = own_at;
            cut_at += sc->ncuts, own_at += sc->nown;
        }
        chr_vec_reserve(&dt->cut_pool, cut_at);
        chr_vec_reserve(&dt->own_pool, own_at);
        dt->cut_pool.len = cut_at, dt->own_pool.len = own_at;
        /* then fill them in the order found (rule by rule, each rule's in
         * text order), as one sentence at a time pushed them */
        for (size_t k = 0; k < nsent; k++) {
            sentence_cuts *sc = &dt->sentences.items[k];
            dt->cut_pool.items[sc->cut_first] = sc->start;
            sc->ncuts = 1, sc->nown = 0;
        }
        for (size_t f = 0; f < dt->found_cuts.len; f++) {
            const found_cut *fc = &dt->found_cuts.items[f];
            sentence_cuts *sc = &dt->sentences.items[fc->sentence];
            dt->cut_pool.items[sc->cut_first + sc->ncuts++] = fc->at;
            if (fc->own) dt->own_pool.items[sc->own_first + sc->nown++] = fc->at;
        }
        for (size_t k = 0; k < nsent; k++) {
            sentence_cuts *sc = &dt->sentences.items[k];
            dt->cut_pool.items[sc->cut_first + sc->ncuts++] = sc->end;
            clause_cuts_finish(dt->cut_pool.items + sc->cut_first, sc->ncuts);
        }
        for (size_t k = 0; k < dt->taken.len; k++) {
            taken_hit *t = &dt->taken.items[k];
            offset_vec cuts = doc_sentence_cuts(dt, t->sentence);
            clause_of(&cuts, dt->hits.items[t->hit].start, &t->cs, &t->ce);
        }
    }
}

/* Where the words of a trigger's clause before it start once quoted
 * speech closed before the trigger is left out: a quote's own ending
 * ("…따르겠다\"는 내용의 서한에 서명했다", "\"We will fight,\" she said,
 * announcing the suit") is not the trigger's modality. 'from' when the
 * trigger is itself inside quotes or none closed. */
static size_t past_closed_quotes(const chr_doc *doc, size_t sentence_start, size_t from, size_t trigger)
{
    const unsigned char *t = (const unsigned char *)doc->text;
    int straight, curly;
    size_t after = from;
    /* (a clause may start inside a quote the sentence opened before it:
     * "\"모든 책임을 지고 떠나겠다\"며 사퇴를 발표했다" cut at "지고") */
    quotes_open_at(doc, sentence_start, from, &straight, &curly);
    for (size_t i = from; i < trigger; i++) {
        if (t[i] == '"') {
            straight = !straight;
            if (!straight && !curly) after = i + 1;
        } else if (t[i] == 0xE2 && i + 2 < trigger && t[i + 1] == 0x80 && (t[i + 2] == 0x9C || t[i + 2] == 0x9D)) {
            /* U+201C opens, U+201D closes */
            if (t[i + 2] == 0x9C) curly++;
            else if (curly > 0 && --curly == 0 && !straight) after = i + 3;
            i += 2;
        }
    }
    return straight || curly ? from : after;
}

/* Is cue 'c' found in [from, to) outside the quotes that open at or after
 * 'quotes_from' ("연판장에는 \"…떠나겠다\"는 문구가 담겼다": the quote's
 * future is its own)? An unclosed quote runs to 'to'. */
static int modality_found_unquoted(const chr_event_extractor *ex, modality_memo *mm, size_t c, const chr_doc *doc,
                                   size_t from, size_t quotes_from, size_t to)
{
    const unsigned char *t = (const unsigned char *)doc->text;
    size_t seg = from;
    for (size_t i = quotes_from; i < to; i++) {
        size_t open_len = t[i] == '"' ? 1 : (t[i] == 0xE2 && i + 2 < to && t[i + 1] == 0x80 && t[i + 2] == 0x9C) ? 3 : 0;
        if (!open_len) continue;
        if (i > seg && modality_found(ex, mm, c, doc, seg, i)) return 1;
        size_t j = i + open_len;
        while (j < to && !(open_len == 1 ? t[j] == '"' : (t[j] == 0xE2 && j + 2 < to && t[j + 1] == 0x80 && t[j + 2] == 0x9D)))
            j++;
        if (j >= to) return 0;
        seg = j + open_len;
        i = seg - 1;
    }
    return seg < to && modality_found(ex, mm, c, doc, seg, to);
}

/* The modality pass of the batch: each hit takes the modality of the
 * first cue (in rule order) that matches in its scope, asserted when none
 * does, negated when its trigger says so. Cue by cue over every pending
 * hit of the batch, as the clause pass goes: each hit asks the same cues
 * in the same order as it would alone, and the answers depend on the
 * document and the range only. */
static void batch_modalities(const chr_event_extractor *ex, doc_triggers *dts, size_t n)
{
    size_t pending = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < dts[i].taken.len; k++) {
            taken_hit *t = &dts[i].taken.items[k];
            int negated = ex->triggers.items[dts[i].hits.items[t->hit].rule].negated;
            t->modality = negated ? CHR_MOD_NEGATED : CHR_MOD_ASSERTED;
            t->pending = !negated;
            pending += t->pending;
        }
    for (size_t c = 0; c < ex->modalities.len && pending; c++) {
        const modality_rule *m = &ex->modalities.items[c];
        for (size_t i = 0; i < n; i++) {
            doc_triggers *dt = &dts[i];
            if (!rule_applies(m->lang, dt->doc)) continue;
            for (size_t k = 0; k < dt->taken.len; k++) {
                taken_hit *t = &dt->taken.items[k];
                if (!t->pending) continue;
                const trigger_hit *h = &dt->hits.items[t->hit];
                const sentence_cuts *sc = &dt->sentences.items[t->sentence];
                size_t from = t->cs, to = t->ce;
                int unquoted_after = 0;
                switch (m->scope) {
                case SCOPE_AFTER: from = h->end; break;
                /* (only the future of a quote stays in it: a quoted
                 * negation or doubt still governs the clause, were "not
                 * considering" his reinstatement) */
                case SCOPE_BEFORE:
                    to = h->start;
                    if (m->modality == CHR_MOD_PLANNED) from = past_closed_quotes(dt->doc, sc->start, from, h->start);
                    break;
                case SCOPE_CLAUSE:
                    if (m->modality == CHR_MOD_PLANNED) {
                        from = past_closed_quotes(dt->doc, sc->start, from, h->start);
                        unquoted_after = !inside_quote(dt->doc, sc->start, h->start);
                    }
                    break;
                case SCOPE_SENTENCE: from = sc->start, to = sc->end; break;
                case SCOPE_REST: from = h->end, to = sc->end; break;
                }
                if (unquoted_after ? modality_found_unquoted(ex, &dt->memo, c, dt->doc, from, h->end, to)
                                   : modality_found(ex, &dt->memo, c, dt->doc, from, to)) {
                    t->modality = m->modality;
                    t->pending = 0;
                    pending--;
                }
            }
        }
    }
}

/* The rest of the stage for document 'doc_index' once its hits were
 * planned and their clauses and modalities found: its event mentions,
 * appended to the corpus. Takes over dt->hits. */
static void doc_events(const chr_event_extractor *ex, chr_corpus *corpus, int doc_index, doc_triggers *dt)
{
    const chr_doc *doc = corpus->docs.items[doc_index];
    trigger_vec hits = dt->hits;
    dt->hits = (trigger_vec){0};

    /* this document's entity mentions and timexes (see doc_records) */
    size_t first_mention, end_mention, first_timex = dt->first_timex, end_timex = dt->end_timex;
    doc_records(corpus->entity_mentions.items, sizeof *corpus->entity_mentions.items,
                offsetof(chr_entity_mention, doc), corpus->entity_mentions.len, doc_index, &first_mention, &end_mention);

    amount_memo amounts_seen[2] = {{.from = 1, .to = 0}, {.from = 1, .to = 0}}; /* clause, sentence */
    clause_words words_seen = {.start = 1, .end = 0};
    size_t doc_first_event = corpus->event_mentions.len;
    index_list headings = doc_headings(corpus, first_timex, end_timex);
    for (size_t ti = 0; ti < dt->taken.len; ti++) {
        const taken_hit *taken = &dt->taken.items[ti];
        size_t i = taken->hit;
        const trigger_hit *h = &hits.items[i];
        if (inside_org_name(corpus, first_mention, end_mention, h->start, h->end)) continue;
        const trigger_rule *rule = &ex->triggers.items[h->rule];
        long s = chr_doc_sentence_at(doc, h->start);
        const chr_sentence *sent = &doc->sentences.items[s];
        const offset_vec cuts_view = doc_sentence_cuts(dt, taken->sentence);
        const offset_vec own_view = doc_sentence_own_cuts(dt, taken->sentence);
        const offset_vec *cuts = &cuts_view, *own_cuts = &own_view;
        chr_event_mention em = {.doc = doc_index,
                                .start = h->start,
                                .end = h->end,
                                .sentence = s,
                                .timex = -1,
                                .shift_timex = -1,
                                .after_mention = -1,
                                .value_length = -1,
                                .event = -1};
        chr_copy_str(em.type, sizeof em.type, rule->type);
        chr_copy_str(em.weak_to, sizeof em.weak_to, rule->weak_to);
        em.requires_date = rule->requires_date;
        em.requires_party = rule->requires_party;
        em.requires_person = rule->requires_person;
        em.anchor_only = rule->anchor_only;
        em.stage = rule->stage;
        em.ordinal = ordinal_before(ex->rules, doc, sent->start, h->start);
        em.nominal = hit_is_nominal(ex, doc, h, sent->end, &em.relative_verb);
        if (em.nominal)
            em.light_verb = matches_at((const chr_regex *const *)ex->light_verbs.items, ex->light_verbs.len, doc, h->end,
                                       sent->end);
        em.clause_start = taken->cs;
        em.clause_end = taken->ce;
        em.story_goes_on = story_goes_on(doc, (long)s);
        em.paragraph_back = paragraph_back(doc, (long)s);
        em.present = found_between(ex->presents.items, ex->presents.len, doc, h->end, em.clause_end) ||
                     found_between(ex->perfects.items, ex->perfects.len, doc, em.clause_start, h->start);
        em.modality = taken->modality;
        /* the date: a DATE/TIME timex in the clause, the nearest before the
         * trigger first; a shifting duration before the trigger in the sentence */
        long best = -1, best_after = -1, sentence_before = -1, earlier_before = -1, report_after = -1;
        int after_possessive = 0; /* best_after names a later noun's day ("today's meeting") */
        /* languages where a time may follow its verb ("resigned on Oct. 3")
         * say so in their rules; in the others a time after the trigger
         * belongs to a later predicate */
        int time_after_verb = rule->time_after_verb;
        int cleft = matches_at((const chr_regex *const *)ex->clefts.items, ex->clefts.len, doc, h->end, sent->end);
        for (size_t k = timexes_from(corpus, first_timex, end_timex, sent->start);
             k < end_timex && corpus->timexes.items[k].start < sent->end; k++) {
            const chr_timex *t = &corpus->timexes.items[k];
            if (t->sentence != s) continue;
            if (t->shift && t->start >= h->end && time_after_verb && em.shift_timex < 0 &&
                (t->start < em.clause_end || past_object_apposition(ex, doc, h->end, t->start))) {
                /* "hired Altman a day later": a shift after its verb */
                int blocked = 0;
                /* (an accident the clause only names does not take it: "opened
                 * an investigation into the breach two days later") */
                /* (nor does the verb's own object, a noun of its type:
                 * "opened its investigation two days later") */
                for (size_t q = i + 1; q < hits.len && hits.items[q].start < t->start; q++)
                    if (hits.items[q].start >= h->end &&
                        !((ex->triggers.items[hits.items[q].rule].anchor_only ||
                           strcmp(ex->triggers.items[hits.items[q].rule].type, rule->type) == 0) &&
                          hit_is_nominal(ex, doc, &hits.items[q], sent->end, NULL)))
                        blocked = 1;
                /* (nor one a reduced relative clause on its object takes:
                 * "released audio recorded at a meeting four days earlier") */
                if (!blocked && reduced_relative_en(ex->rules, doc, h->end, t->start)) blocked = 1;
                if (!blocked) em.shift_timex = (long)k;
                continue;
            }
            /* a length of years since an earlier event gives way to a day
             * the sentence told before it ("이튿날 … 12년 만에 회사로
             * 돌아왔다" happened on that day); a shorter one counts from it
             * ("지난 18일 회견에서 … 일축했지만, 엿새 만에 물러났다") */
            if (t->elapsed && t->unit == 'Y' && t->end <= h->start) {
                long told = best >= 0 ? best : sentence_before;
                if (told >= 0 && corpus->timexes.items[told].date.day) continue;
            }
            if (t->shift && t->end <= h->start) {
                /* the nearest shift before the trigger, with no other trigger between */
                /* (a noun before the clause's verb neither takes nor blocks
                 * it: "Hours later, two directors who had voted for her
                 * removal step down") */
                int blocked = 0;
                if (em.nominal && !em.light_verb && time_after_verb)
                    for (size_t q = i + 1; q < hits.len && hits.items[q].start < sent->end; q++)
                        if (!hit_is_nominal(ex, doc, &hits.items[q], sent->end, NULL)) blocked = 1;
                /* (a noun right after the length's order word is what it
                 * counts from, not what it dates: "A day after the
                 * indictment", "the day before the indictment") */
                if (em.nominal && !em.light_verb && time_after_verb && h->start - t->end <= 14 &&
                    (order_word_between(ex->rules, doc, t->end, h->start) ||
                     (h->start - t->end <= 6 && ends_with_order_word(ex->rules, doc, t->start, t->end))))
                    blocked = 1;
                /* (a verb of a relative clause takes no length told before
                 * the clause: "A fortnight after the collapse, Haslam,
                 * whose father founded the company in 1971, stepped back") */
                if (time_after_verb && in_relative_clause_en(doc, t->end, h->start)) blocked = 1;
                long counted_from = -1;
                for (size_t q = corpus->event_mentions.len; q-- > doc_first_event;) {
                    const chr_event_mention *prev = &corpus->event_mentions.items[q];
                    if (prev->sentence != s) break;
                    /* where times come before their verbs, a verb that took
                     * the length before this one is a step of the same chain
                     * ("사흘 뒤 이사회에 서한을 보내 자리에서 내려왔다"): the
                     * length dates both (not a noun further on: "해임 절차에
                     * 이의를 제기", nor a verb in a quote: "기자회견을 열고
                     * \"나를 내쫓았다\"며") */
                    if (!time_after_verb && prev->shift_timex == (long)k && prev->start >= t->end &&
                        prev->end <= h->start && !(em.nominal && !em.light_verb) &&
                        !inside_quote(doc, sent->start, h->start)) {
                        if (prev->relation > 0 && counted_from < 0) counted_from = prev->after_mention;
                        continue;
                    }
                    /* (a length a verb before it took is that verb's: "opened
                     * an inquiry two days later, sending inspectors" counts
                     * once) */
                    if (prev->shift_timex == (long)k && prev->end <= t->start) blocked = 1;
                    if (prev->start >= t->end && prev->end <= h->start &&
                        !(prev->nominal && !prev->light_verb && time_after_verb) &&
                        /* (nor, where times come first, a verb a quote says:
                         * "기자회견을 열고 \"나를 내쫓았다\"며 반발했다") */
                        !(!time_after_verb && inside_quote(doc, sent->start, prev->start)) &&
                        /* (nor a verb of a relative clause on the subject:
                         * "A week later Dray, who built the firm he
                         * co-founded in 2004, stepped down") */
                        !(time_after_verb && in_relative_clause_en(doc, t->end, prev->start) &&
                          !in_relative_clause_en(doc, t->end, h->start)))
                        blocked = 1;
                    /* where times come before their verbs, a noun right
                     * before the length is what it counts from ("사고
                     * 일주일 뒤", "압수수색 나흘 만에") */
                    if (!time_after_verb && !prev->light_verb && prev->end <= t->start &&
                        counted_from < 0) {
                        size_t gap = prev->end;
                        while (gap < t->start && doc->text[gap] == ' ') gap++;
                        /* (an adverb of class counted_noun_gap may stand
                         * between: "기소 바로 다음 날") */
                        size_t word_end = gap;
                        while (word_end < t->start && doc->text[word_end] != ' ') word_end++;
                        if (word_end < t->start && word_end > gap &&
                            is_word_class(ex->rules, NULL, "counted_noun_gap", doc->text + gap, word_end - gap)) {
                            gap = word_end;
                            while (gap < t->start && doc->text[gap] == ' ') gap++;
                        }
                        if (gap == t->start) counted_from = (long)q;
                    }
                }
                if (!blocked) {
                    em.shift_timex = (long)k;
                    /* (a nearer length replaces what an earlier one counted
                     * from) */
                    em.after_mention = -1;
                    em.relation = 0;
                    if (counted_from >= 0 && t->shift != 0) {
                        em.after_mention = counted_from;
                        em.relation = t->shift > 0 ? 1 : -1;
                        /* (that noun names an event told before) */
                        if (!corpus->event_mentions.items[counted_from].nominal)
                            corpus->event_mentions.items[counted_from].nominal = 1;
                        if (t->unit == 'D' || t->unit == 'H') corpus->event_mentions.items[counted_from].counted_in_days = 1;
                    }
                }
                continue;
            }
            if (t->type != CHR_TX_DATE && t->type != CHR_TX_TIME) continue;
            if (t->date.year == 0 && t->date.month == 0 && t->date.day == 0) continue; /* PRESENT_REF and kin */
            if (is_report_time(ex, doc, t, sent->end, h->start)) {
                /* (where times come before their verbs, the day a report
                 * of the event tells is kept as the last resort: "해지하기로
                 * 합의했다고 같은 날 나란히 공시했습니다") */
                if (!time_after_verb && t->start >= h->end && report_after < 0 && t->type == CHR_TX_DATE &&
                    t->date.day && t->start - h->end <= 24 && ex->quotatives.len &&
                    found_between(ex->quotatives.items, ex->quotatives.len, doc, h->end, t->start))
                    report_after = (long)k;
                continue;
            }
            /* (a day of the story told after the trigger by a reporting
             * verb is kept as the last resort below: "X was handed the
             * reins, the bank said in a filing later in the day") */
            if (time_after_verb && t->start >= em.clause_end && t->start >= h->end && report_after < 0 &&
                t->type == CHR_TX_DATE && t->date.day && t->narrative && !em.present && ex->reported_on.len) {
                /* (the reporting clause right after the trigger's) */
                size_t from = em.clause_end;
                while (from < t->start && (doc->text[from] == ',' || doc->text[from] == ' ')) from++;
                if (t->start - from > 80) from = t->start;
                for (size_t r = 0; r < ex->reported_on.len && report_after < 0; r++) {
                    chr_match hit;
                    chr_error ignored;
                    if (chr_regex_find_limited(ex->reported_on.items[r], doc->text, t->start, from, t->start, &hit,
                                               &ignored) == 1 &&
                        hit.end == t->start)
                        report_after = (long)k;
                }
            }
            /* a clock time that names a thing ("the anchor of the 9 p.m.
             * newscast") dates nothing */
            if (t->type == CHR_TX_TIME && word_after_in_class(ex->rules, doc, t->end, sent->end, "time_named_thing"))
                continue;
            /* (nor a day that names a thing after the trigger: "asked
             * the court to block the Dec. 12 shareholder vote"; though one
             * told as an occasion is its time: "will join the board at the
             * Dec. 19 extraordinary meeting") */
            if (t->type == CHR_TX_DATE && t->start >= h->end && t->end + 1 < sent->end && doc->text[t->end] == ' ' &&
                islower((unsigned char)doc->text[t->end + 1]) &&
                word_before_in_class(ex->rules, doc, sent->start, t->start, "time_determiner")) {
                size_t determiner = t->start - 1;
                while (determiner > sent->start && isalpha((unsigned char)doc->text[determiner - 1])) determiner--;
                if (!word_before_in_class(ex->rules, doc, sent->start, determiner, "time_preposition")) continue;
            }
            /* (nor a time that bounds what the trigger's noun covers:
             * "2023년 이후 매출 인식 전반에 대한 포렌식 감사를 맡겼다") */
            if (t->end <= h->start &&
                matches_at((const chr_regex *const *)ex->scope_times.items, ex->scope_times.len, doc, t->end, h->start))
                continue;
            /* (nor, after the trigger, a time of a participle on its object:
             * "announced a recall of 128,400 vehicles built between mid-2022
             * and late 2024") */
            if (t->start >= h->end &&
                matches_at((const chr_regex *const *)ex->object_times.items, ex->object_times.len, doc, h->end, t->start))
                continue;
            /* (nor a year or a quarter that names the accounts it closed:
             * "2024년 재무제표에 대해 '한정' 의견을 냈다", "3분기 실적 발표
             * 직후 열린 콘퍼런스콜") */
            if ((t->granularity == 'Y' || t->granularity == 'Q' || t->granularity == 'H') &&
                hangul_word_after_in_class(ex->rules, doc, t->end, sent->end, "year_named_thing"))
                continue;
            /* (nor, in English, one after them: "published restated
             * accounts for 2022 and 2023") */
            if (t->granularity == 'Y' && year_names_accounts(ex->rules, doc, sent->start, t->start)) continue;
            /* the end of a span is not when it began ("picketed until the
             * next morning") */
            if (t->start >= h->end && word_before_in_class(ex->rules, doc, sent->start, t->start, "span_end")) continue;
            /* a time inside a quote belongs to the speech, not to the
             * narration around it; a noun inside a quote names an event
             * told elsewhere */
            if (inside_quote(doc, sent->start, t->start) && !inside_quote(doc, sent->start, h->start)) continue;
            /* (a noun with its light verb outside any quote, "...\"며 사의를
             * 밝혔다", tells the event itself and keeps the clause chain's time) */
            if (em.nominal && (em.nominal == 2 || inside_quote(doc, sent->start, h->start)) &&
                (t->end <= h->start ? quote_between(doc, t->end, h->start) : quote_between(doc, h->end, t->start)))
                continue;
            /* the day a trigger's adnominal clause describes is the
             * trigger's ("권 전 대표가 직무에서 배제된 2월 19일부터는"), not
             * a day counted from it ("사임한 다음 날") */
            if (!time_after_verb && best_after < 0 && t->start > h->end && !t->narrative &&
                (t->type == CHR_TX_DATE || t->type == CHR_TX_TIME) && adnominal_trigger_on_time(ex, doc, h->end, t->start)) {
                best_after = (long)k;
                continue;
            }
            /* (a cleft's time may lie past the clauses it spans:
             * "사들이기로 했다고 발표한 건 작년 3월이었다") */
            /* (the clause goes on past an apposition on the verb's object:
             * "named Kim, a former retail executive, chief executive on
             * Monday") */
            int past_apposition = time_after_verb && t->start >= h->end && t->end > em.clause_end &&
                                  past_object_apposition(ex, doc, h->end, t->start);
            if (t->start < em.clause_start ||
                (t->end > em.clause_end && !(cleft && t->start >= h->end) && !past_apposition)) {
                /* clauses joined by a connective share their time ("31일
                 * 이사회를 열고 해임안을 의결했다") */
                /* (not one of a relative clause there: "감사인이 8월 27일
                 * 제기한 의견을 검토한 결과, 대표를 해임하고") */
                /* (nor, where times follow their verbs, one of a relative
                 * clause set off on the subject: "Cho, who founded the
                 * company in 1994, resigned") */
                if (t->end <= em.clause_start &&
                    (time_after_verb ? !in_set_off_relative_en(doc, sent->start, t->start, h->start)
                                     : !in_relative_clause(ex, doc, t->end, em.clause_start,
                                                           next_dated_start(corpus, k, end_timex), 0)))
                    earlier_before = sentence_before, sentence_before = (long)k;
                continue;
            }
            if (t->end <= h->start) {
                size_t next = next_dated_start(corpus, k, end_timex);
                /* (nor, where times follow their verbs, one of a relative
                 * clause set off between the subject and the verb: "Sorsa, a
                 * former executive who joined the board in 2022, was handed
                 * the gavel") */
                /* (nor one of an earlier verb the trigger is counted from:
                 * "2023년 3월 물러난 지 2년 8개월 만의 복귀") */
                if ((!in_relative_clause(ex, doc, t->end, h->start, next, 1) ||
                     (!time_after_verb && time_after_topic(doc, em.clause_start, t->start) &&
                      !adnominal_right_after_time(ex, doc, t->end, h->start))) &&
                    !(!time_after_verb && !em.nominal && adnominal_trigger_between(ex, doc, &hits, t->end, h->start)) &&
                    !(time_after_verb && in_set_off_relative_en(doc, sent->start, t->start, h->start)) &&
                    /* (nor one of a relative clause with no comma on the
                     * subject: "58 former owners who closed their stores in
                     * March sued the chain") */
                    !(time_after_verb && h->start - t->end <= SUBJECT_RELATIVE_REACH &&
                      only_spaces_between(doc, t->end, h->start) &&
                      relative_clause_verb_before(ex, doc, after_last_comma(doc, sent->start, t->start), t->start)) &&
                    !(ex->elapsed_since.len &&
                      found_between(ex->elapsed_since.items, ex->elapsed_since.len, doc, t->end, h->start)))
                    best = (long)k;
            } else if (best_after < 0 && (time_after_verb || em.nominal || cleft) &&
                       /* (where times come before their verbs, not one past a
                        * comma, which opens the next clause: "경영을
                        * 맡기기로 했는데, 다음 달 출시를 앞둔") */
                       !(!time_after_verb && t->start > h->end && memchr(doc->text + h->end, ',', t->start - h->end)) &&
                       /* (not "이튿날" right after the noun: the day after
                        * it, "복귀 이튿날 성명을 내고") */
                       !(!time_after_verb && t->narrative && t->start >= h->end && t->start - h->end <= 2 &&
                         (t->start == h->end || doc->text[h->end] == ' ')) &&
                       /* (nor the day such a one names: "합의 이튿날인 20일") */
                       !(!time_after_verb && t->start > h->end &&
                         narrative_right_after(corpus, first_timex, k, h->end)) &&
                       !(!time_after_verb && t->start >= h->end && t->start - h->end <= 1 &&
                         opens_with_day_after(ex, doc, t)) &&
                       /* (not a time of a relative clause after it: "판매는
                        * 지난해 10월 계약을 맺은 알벤이 맡는다") */
                       /* (nor, where times follow their verbs, one of a
                        * relative clause after the trigger: "voted to remove
                        * Farrelly, who had run the company since 2021") */
                       !(time_after_verb && in_relative_clause_en(doc, h->end, t->start)) &&
                       /* (nor one of a relative clause with no comma:
                        * "filed a group action for customers whose balances
                        * have been frozen since Monday") */
                       /* (a set-off one a comma has closed keeps the verb's
                        * time after it: "elect Lim, a former prosecutor who
                        * led the unit, as a director at a meeting on Dec. 18") */
                       !(time_after_verb && class_word_between(ex, doc, after_last_comma(doc, h->end, t->start),
                                                               t->start, "relative_pronoun")) &&
                       /* (nor one of a relative clause with no pronoun:
                        * "was leaving the company she started in 2019") */
                       !(time_after_verb && ex->contact_clauses.len &&
                         found_between(ex->contact_clauses.items, ex->contact_clauses.len, doc, h->end, t->start)) &&
                       /* (nor one of a second predicate of the subject:
                        * "was named two days after Park stepped down and was
                        * confirmed by shareholders on March 28") */
                       !(time_after_verb && ex->joined_predicates.len &&
                         found_between(ex->joined_predicates.items, ex->joined_predicates.len, doc, h->end,
                                       t->start)) &&
                       /* (nor one of a relative clause on the noun: "a
                        * tender offer that is scheduled to expire at
                        * midnight on June 15") */
                       !(t->start >= h->end &&
                         matches_at((const chr_regex *const *)ex->noun_relatives.items, ex->noun_relatives.len, doc,
                                    h->end, t->start)) &&
                       /* (nor one of what is said or reviewed: "has begun
                        * reviewing whether Dasom disclosed the decision on
                        * Monday") */
                       !(time_after_verb && complement_between(ex, doc, h->end, t->start)) &&
                       /* (nor one of the infinitive that says what a noun
                        * is for: "reached an agreement to cut the commission
                        * to 17% from Dec. 1") */
                       !(time_after_verb && em.nominal && !(h->end - h->start > 2 && memcmp(doc->text + h->end - 2, "ed", 2) == 0) &&
                         infinitive_after(ex, doc, h->end, t->start)) &&
                       /* (nor one of a later verb told as to come: "told
                        * investors it would trim its orders from next year";
                        * not the trigger's own: "a class action would be
                        * filed on Oct. 17", "a review ... would be finished
                        * by the end of September") */
                       !(time_after_verb && !em.nominal && subject_modal_between(ex, doc, h->end, t->start)) &&
                       /* (nor one of a clause on a later noun: "agreed to pay
                        * $38 million to settle charges that it misled
                        * investors in 2022") */
                       !(time_after_verb && that_clause_between(ex, doc, h->end, t->start, !em.nominal)) &&
                       (time_after_verb ||
                        !in_relative_clause(ex, doc, t->end, em.clause_end, next_dated_start(corpus, k, end_timex), 0))) {
                /* (a noun's verb comes after it, and so may its time:
                 * "계약을 18일 체결했다") */
                /* not past another trigger: "protested after the board
                 * fired her on March 4" dates the firing */
                int blocked = 0;
                for (size_t q = i + 1; q < hits.len && hits.items[q].start < t->start; q++)
                    if (hits.items[q].start >= h->end && !hit_is_nominal(ex, doc, &hits.items[q], sent->end, NULL) &&
                        !found_between(ex->simultaneous.items, ex->simultaneous.len, doc, h->end, hits.items[q].start))
                        blocked = 1;
                /* (nor a time that names a later noun's day, "Tuesday's
                 * charges": "Okafor's departure follows Tuesday's charges") */
                /* (a trigger noun right after it: "next March's annual
                 * meeting" still dates "nominate") */
                size_t owner = t->end + 2 <= doc->len && doc->text[t->end] == '\'' && doc->text[t->end + 1] == 's'
                                   ? t->end + 2
                               : t->end + 4 <= doc->len && memcmp(doc->text + t->end, "’s", 4) == 0 ? t->end + 4
                                                                                                       : 0;
                if (owner) {
                    while (owner < doc->len && doc->text[owner] == ' ') owner++;
                    for (size_t q = i + 1; q < hits.len && hits.items[q].start <= owner; q++)
                        if (hits.items[q].start == owner) blocked = 1;
                    /* (nor when the clause tells the verb's own time after
                     * it: "called Friday's meeting on April 22") */
                    for (size_t q = k + 1; time_after_verb && !blocked && q < end_timex; q++) {
                        const chr_timex *later = &corpus->timexes.items[q];
                        if (later->start >= em.clause_end) break;
                        if (later->type == CHR_TX_DATE || later->type == CHR_TX_TIME) blocked = 1;
                    }
                }
                if (!blocked) {
                    best_after = (long)k;
                    after_possessive = owner != 0;
                }
            }
        }
        /* (stop once reset: items[-1] is out of bounds) */
        /* (only the clause the cut opens has a time of its own: past its
         * end the main clause resumes, "On Oct. 3, after the findings were
         * presented, directors voted to dismiss him") */
        for (size_t q = 0; sentence_before >= 0 && q < own_cuts->len; q++)
            if (own_cuts->items[q] >= corpus->timexes.items[sentence_before].end && own_cuts->items[q] <= h->start &&
                own_cuts->items[q] >= em.clause_start)
                sentence_before = -1;
        /* where times follow their verbs, a time before the trigger that
         * comes after another trigger of the clause is that one's ("founded
         * in 2019 and raised $34 million in March") */
        /* ("opened its 200th store in March and agreed last month to buy":
         * a time before "and" is the earlier verb's, where times follow
         * their verbs) */
        /* a trigger inside a relative clause ("dismiss Yoon, who founded
         * the company in 2016") takes no time told before the clause opens */
        if (time_after_verb && best >= 0 && in_relative_clause_en(doc, corpus->timexes.items[best].end, h->start))
            best = -1;
        /* (nor one of a reduced relative clause on the subject right
         * before the verb: "The widow of a worker killed at the yard last
         * month have sued": only "has", "have" or "had" between) */
        if (time_after_verb && best >= 0 && !em.nominal &&
            only_perfect_auxiliaries(ex->rules, doc, corpus->timexes.items[best].end, h->start) &&
            reduced_relative_en(ex->rules, doc, em.clause_start, corpus->timexes.items[best].start))
            best = -1;
        /* (nor one of a clause bound to a noun, "suspended on Tuesday the
         * resolution that removed her": a verb between is the time's) */
        if (time_after_verb && best >= 0 && !em.nominal && h->start >= 5 &&
            (memcmp(doc->text + h->start - 5, "that ", 5) == 0 ||
             (h->start >= 6 && memcmp(doc->text + h->start - 6, "which ", 6) == 0)))
            for (size_t q = 0; q < i; q++)
                if (hits.items[q].start >= corpus->timexes.items[best].end && hits.items[q].end <= h->start &&
                    !hit_is_nominal(ex, doc, &hits.items[q], sent->end, NULL)) {
                    best = -1;
                    break;
                }
        /* a time before "after", "before" or "since" is the main clause's,
         * not the one of the verb that follows it ("resigned late last
         * night, just days after investigators searched") */
        if (time_after_verb && best >= 0 && !em.nominal &&
            order_cue_between(ex->rules, doc, corpus->timexes.items[best].end, h->start))
            best = -1;
        /* a time before a verb that made someone act is the cause's, when
         * the act has a time of its own ("A hard landing on March 2 led the
         * ministry to open an audit in early March") */
        if (time_after_verb && best >= 0 && best_after >= 0 && !em.nominal &&
            class_word_between(ex, doc, corpus->timexes.items[best].end, h->start, "cause_verb"))
            best = -1;
        /* a time inside an "after …," clause before the trigger is that
         * clause's when the sentence opened with a time of its own ("In
         * July, after counsel reported she had been warned in 2022, she
         * resigned") */
        if (time_after_verb && !em.nominal) {
            if (best >= 0) best = main_clause_time(ex, corpus, doc, sent->start, first_timex, best, h->start);
            if (sentence_before >= 0)
                sentence_before = main_clause_time(ex, corpus, doc, sent->start, first_timex, sentence_before, h->start);
        }
        if (time_after_verb && best >= 0 && best_after >= 0 &&
            chr_memmem(doc->text + corpus->timexes.items[best].end, h->start - corpus->timexes.items[best].end, " and ", 5))
            best = -1;
        /* (with no time after it either, when a verb before that time owns
         * it: "Merchants rallied outside on Nov. 3, and the commission
         * opened a probe two days later") */
        {
            long own = best >= 0 ? best : sentence_before;
            /* (or " and " alone when the verb has a length after it: "was
             * arrested on 4 March and was indicted two days later") */
            int length_after = em.shift_timex >= 0 && corpus->timexes.items[em.shift_timex].start >= h->end;
            if (time_after_verb && own >= 0 && best_after < 0 && !em.nominal &&
                (chr_memmem(doc->text + corpus->timexes.items[own].end, h->start - corpus->timexes.items[own].end,
                            ", and ", 6) ||
                 (length_after && chr_memmem(doc->text + corpus->timexes.items[own].end,
                                             h->start - corpus->timexes.items[own].end, " and ", 5))))
                for (size_t q = 0; q < i; q++)
                    if (hits.items[q].start >= sent->start && hits.items[q].end <= corpus->timexes.items[own].start &&
                        !hit_is_nominal(ex, doc, &hits.items[q], sent->end, NULL)) {
                        if (sentence_before == own) sentence_before = -1;
                        if (best == own) best = -1;
                        break;
                    }
        }
        if (time_after_verb && best >= 0 && best_after >= 0)
            for (size_t q = 0; q < i; q++)
                if (hits.items[q].start >= em.clause_start && hits.items[q].end <= corpus->timexes.items[best].start) {
                    best = -1;
                    break;
                }
        /* a verb of a relative clause with no pronoun has the time after
         * it; the one before is the main clause's ("walked away late last
         * month from the pact it signed in September 2022") */
        if (time_after_verb && best >= 0 && best_after >= 0 && ex->contact_relatives.len &&
            found_between(ex->contact_relatives.items, ex->contact_relatives.len, doc,
                          corpus->timexes.items[best].end, h->start))
            best = -1;
        /* a cleft's time follows it ("해고된 건 지난 17일이다"); a time before
         * it dates the saying ("이날 … 해임한 것은 … 아니었다고 밝혔다") */
        if (cleft) best = -1, sentence_before = -1;
        /* a relative clause's time is its own ("Grant, who joined in 2021,
         * will be replaced by Mehta", "Ward, who left in 2021, returns"),
         * where times follow their verbs */
        /* (the time before the clause opened is then the main clause's: "In
         * August, Gaeul, which had licensed the rights in March 2024, ended
         * the partnership") */
        /* (and one of a relative clause inside an appositive: "Jung, a
         * former bank executive who has run the fintech since March 2021,
         * told staff in a memo that he was stepping down") */
        if (sentence_before >= 0 && time_after_verb &&
            (in_relative_clause_en(doc, sent->start, corpus->timexes.items[sentence_before].start) ||
             in_set_off_relative_en(doc, sent->start, corpus->timexes.items[sentence_before].start, h->start)))
            sentence_before = earlier_before >= 0 &&
                                      !in_relative_clause_en(doc, sent->start, corpus->timexes.items[earlier_before].start)
                                  ? earlier_before
                                  : -1;
        /* of two times before the trigger in its clause, a finer one inside
         * the nearer ("지난 8월 말에야 올해 임금협상을 타결했다": 올해 names
         * whose talks they were) is when it happened */
        if (best >= 0) best = finer_time_before(corpus, first_timex, best, em.clause_start);
        /* (a day that names a noun's, "requested today's extraordinary
         * meeting", gives way to the sentence's own: "On May 12, Tidewell
         * formally requested today's extraordinary meeting") */
        if (best < 0 && best_after >= 0 && after_possessive && sentence_before >= 0) best_after = -1;
        /* (nor does a coarser time after it that holds the sentence's own:
         * "On March 7, the city fined KickGo for 19 accidents this year" is
         * the 7th; "this year" names the accidents' year) */
        /* (only a time that opens the sentence, set off by a comma: not
         * a report's, "said Monday that Hale will retire at the end of the
         * year") */
        if (time_after_verb && best < 0 && best_after >= 0 && sentence_before >= 0 &&
            opens_sentence(doc, sent->start, &corpus->timexes.items[sentence_before])) {
            const char *coarse = corpus->timexes.items[best_after].value;
            const char *fine = corpus->timexes.items[sentence_before].value;
            size_t n = strlen(coarse);
            if (n >= 4 && strlen(fine) > n && strncmp(fine, coarse, n) == 0 && fine[n] == '-') best_after = -1;
        }
        em.timex = best >= 0 ? best : best_after >= 0 ? best_after : sentence_before;
        if (em.timex < 0 && report_after >= 0 && em.shift_timex < 0 && !em.nominal &&
            (em.modality == CHR_MOD_ASSERTED || em.modality == CHR_MOD_REPORTED)) {
            em.timex = report_after;
            em.report_dated = 1;
        }
        /* a clause opened by "when" right after a time happened then, when
         * it tells no time of its own ("had run since March 2020, when the
         * board handed him the reins") */
        /* (a clock time after the verb with no day of its own, "turned up
         * at six in the morning", gives way to it) */
        if (best < 0 && ex->time_when.len &&
            (best_after < 0 || clock_without_day(doc, &corpus->timexes.items[best_after])))
            for (size_t k = first_timex; k < end_timex && corpus->timexes.items[k].end <= em.clause_start; k++) {
                const chr_timex *t = &corpus->timexes.items[k];
                if (t->sentence != s || (t->type != CHR_TX_DATE && t->type != CHR_TX_TIME)) continue;
                size_t cue_end = match_end_at((const chr_regex *const *)ex->time_when.items, ex->time_when.len, doc,
                                              t->end, h->start);
                if (cue_end && cue_end >= em.clause_start) em.timex = (long)k;
            }
        /* a length after the verb ("and the chain countersued a week later")
         * counts from the clause before; its time is not this verb's */
        if (em.timex >= 0 && em.timex == sentence_before && em.shift_timex >= 0 &&
            corpus->timexes.items[em.shift_timex].start >= h->end)
            em.timex = -1;
        /* a noun that what follows counts from ("이번 주 … 콘퍼런스에서
         * 복귀 후 첫 발표에 나선다") names an earlier event; the clause's
         * time is the later one's, unless it stands right before the noun
         * ("지난 9일 복귀 후") or the trigger is a verb with its object
         * between ("지난해 11월 지분을 처음 사들인 뒤") */
        if (em.timex >= 0 && em.nominal && corpus->timexes.items[em.timex].end <= h->start &&
            h->start - corpus->timexes.items[em.timex].end > ANCHOR_TIME_GAP &&
            (!object_between(ex->rules, doc, corpus->timexes.items[em.timex].end, h->start) ||
             /* (a time of an earlier clause never: "1972년 … 출발한 감로푸드는
              * … 컸지만, 오 대표 취임 이후 …") */
             corpus->timexes.items[em.timex].end <= em.clause_start) &&
            matches_at((const chr_regex *const *)ex->time_anchors.items, ex->time_anchors.len, doc, h->end, sent->end))
            em.timex = -1;
        /* (nor is it, the other way, the time of a noun between them that
         * what follows counts from: "지난달 11일 음성공장 화재 이후 4주째
         * 생산이 멈춘 대율에너지솔루션이 소송과 …" is the fire's day) */
        if (em.timex >= 0 && corpus->timexes.items[em.timex].end <= h->start && ex->time_anchors.len)
            for (size_t q = 0; q < hits.len && hits.items[q].start < h->start; q++) {
                const trigger_hit *o = &hits.items[q];
                if (o->start < corpus->timexes.items[em.timex].end || o->end >= h->start) continue;
                size_t anchor_end = match_end_at((const chr_regex *const *)ex->time_anchors.items, ex->time_anchors.len,
                                                 doc, o->end, h->start);
                /* (not "the first since": "지난 3일 회사 설립 이후 첫 노동조합을
                 * 출범시켰다" is the union's day) */
                int first_since = 0;
                if (anchor_end && anchor_end + 4 <= h->start && doc->text[anchor_end] == ' ')
                    for (size_t e = anchor_end + 4; e <= h->start && e <= anchor_end + 10 && !first_since; e += 3)
                        first_since = is_word_class(ex->rules, NULL, "first_since", doc->text + anchor_end + 1,
                                                    e - anchor_end - 1);
                /* (but a time right before the noun is the noun's: "1987년
                 * 설립 이후 처음으로 … 해임된") */
                /* (a day is not: "지난 4일 창사 후 처음으로 전면파업에
                 * 들어갔다" is the strike's day) */
                if (first_since && corpus->timexes.items[em.timex].date.day == 0) {
                    size_t gap = corpus->timexes.items[em.timex].end;
                    while (gap < o->start && doc->text[gap] == ' ') gap++;
                    if (gap == o->start) first_since = 0;
                }
                if (anchor_end && !first_since) {
                    em.timex = -1;
                    break;
                }
            }
        /* (a clause telling what holds now takes no time ahead from the
         * clause before it: "다음 주 후임을 선임할 예정이며, 그때까지 …
         * 맡는다") */
        /* "이튿날" with no day told before it counts from the article's
         * date; a day after the article is then a guess, not the event's
         * (a lead's "제재 발표 이튿날 … 물러나겠다고 밝혔다") */
        if (em.timex >= 0 && corpus->timexes.items[em.timex].narrative && doc->dct.present &&
            strcmp(corpus->timexes.items[em.timex].anchor, "dct") == 0) {
            const chr_date *day = &corpus->timexes.items[em.timex].date;
            if (day->year > 0 && day->day > 0 &&
                chr_date_to_days(day->year, day->month, day->day) >
                    chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day))
                em.timex = -1;
        }
        if (em.present && best < 0 && best_after < 0 && em.timex >= 0 && doc->dct.present) {
            const chr_date *first = &corpus->timexes.items[em.timex].date;
            if (first->year > 0 && chr_date_to_days(first->year, first->month ? first->month : 1,
                                                    first->day ? first->day : 1) >
                                       chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day))
                em.timex = -1;
        }
        /* the date a change takes effect dates it ("has appointed Vasquez
         * to succeed her effective April 1", "resigned, effective Dec.
         * 31"); ahead of the article it is planned */
        /* (not where the clause told the day it was done before the verb:
         * "On Tuesday, Ashmont named Tillery president, effective Oct. 1"
         * was done on Tuesday) */
        int done_on_own_day = 0;
        if (em.timex >= 0 && em.modality == CHR_MOD_ASSERTED && doc->dct.present) {
            const chr_timex *own = &corpus->timexes.items[em.timex];
            done_on_own_day = own->sentence == s && own->end <= h->start && own->date.year > 0 &&
                              own->date.day > 0 &&
                              chr_date_to_days(own->date.year, own->date.month, own->date.day) <=
                                  chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day);
        }
        for (size_t k = timexes_from(corpus, first_timex, end_timex, h->end);
             !done_on_own_day && k < end_timex && corpus->timexes.items[k].start < sent->end; k++) {
            const chr_timex *t = &corpus->timexes.items[k];
            if (t->sentence != s || (t->type != CHR_TX_DATE && t->type != CHR_TX_TIME) || t->date.year == 0) continue;
            if (!word_before_in_class(ex->rules, doc, sent->start, t->start, "effective_from")) continue;
            em.timex = (long)k;
            if (em.modality == CHR_MOD_ASSERTED && doc->dct.present &&
                chr_date_to_days(t->date.year, t->date.month ? t->date.month : 1, t->date.day ? t->date.day : 1) >
                    chr_date_to_days(doc->dct.year, doc->dct.month, doc->dct.day))
                em.modality = CHR_MOD_PLANNED;
            em.present = 0;
            break;
        }
        /* a length between a date and the trigger counts from that date
         * ("On Tuesday, the board reinstated her, and a day later two
         * directors resigned"): the date is the length's base, not the
         * event's */
        if (em.timex >= 0 && em.shift_timex >= 0 &&
            corpus->timexes.items[em.timex].end <= corpus->timexes.items[em.shift_timex].start &&
            corpus->timexes.items[em.shift_timex].end <= h->start)
            em.timex = -1;
        for (size_t q = 0; q < own_cuts->len; q++)
            if (own_cuts->items[q] <= h->start && own_cuts->items[q] >= em.clause_start) em.own_time = 1;
        /* a noun that another trigger of its clause follows is not what the
         * clause's time dates ("15일 해임 결정 과정에 대한 조사를 맡겼다":
         * the 15th dates the probe) */
        /* (a noun with its own verb is a verb: "같은 날 이사회에 서한을
         * 보내 해임 결정을 재고해 달라고 요구했다" dates the letter; not
         * one that describes a later noun, "집단소송을 낸 차주들과") */
        if (em.nominal && !(em.light_verb && !light_verb_adnominal(ex, doc, h->end, sent->end)) && em.timex >= 0 &&
            !time_after_verb &&
            !match_end_at((const chr_regex *const *)ex->coordinated.items, ex->coordinated.len, doc, h->end, em.clause_end))
            for (size_t q = i + 1; q < hits.len && hits.items[q].start < em.clause_end; q++)
                if (hits.items[q].start >= h->end &&
                    /* (a trigger inside a quote the noun is not in is the
                     * speech's: "서한을 보내 \"이사회가 물러나지 않으면 …\"") */
                    !(inside_quote(doc, sent->start, hits.items[q].start) && !inside_quote(doc, sent->start, h->start))) {
                    /* (unless the time sits between the two: "an agreement
                     * on Thursday under which he would return") */
                    const chr_timex *t = &corpus->timexes.items[em.timex];
                    if (!(t->start >= h->end && t->end <= hits.items[q].start)) em.timex = -1;
                    break;
                }
        int from_heading = 0;
        /* a chronology's heading dates what it heads that tells no time of
         * its own ("THURSDAY, MARCH 4" over "Prosecutors search ...") */
        /* (not an English noun: "who had voted for her removal" refers
         * back; a Korean one tells the event, "반대 서명을 받기 시작했다") */
        /* (a plan announced that day too: "■ 이튿날 / 회장직을 내려놓겠다고
         * 발표") */
        if (em.timex < 0 && em.shift_timex < 0 && !(em.nominal && time_after_verb) &&
            (em.modality == CHR_MOD_ASSERTED || em.modality == CHR_MOD_REPORTED ||
             (em.modality == CHR_MOD_PLANNED && !time_after_verb))) {
            long heading = section_heading(corpus, &headings, h->start);
            if (heading >= 0 && corpus->timexes.items[heading].shift) em.shift_timex = heading;
            else em.timex = heading, from_heading = heading >= 0;
        }
        /* (in the lead, a day after a reporting verb, "the drugmaker said
         * on Wednesday", is when the news came out; the story may date the
         * event itself) */
        if (em.timex >= 0 && ex->reported_on.len && (long)s == first_body_sentence(doc)) {
            const chr_timex *rt = &corpus->timexes.items[em.timex];
            size_t from = rt->start > 48 ? rt->start - 48 : 0;
            if (from < sent->start) from = sent->start;
            for (size_t r = 0; r < ex->reported_on.len && !em.report_dated; r++) {
                chr_match hit;
                chr_error ignored;
                if (chr_regex_find_limited(ex->reported_on.items[r], doc->text, rt->start, from, rt->start, &hit, &ignored) == 1 &&
                    hit.end == rt->start)
                    em.report_dated = 1;
            }
            /* (a dateline's day, the article's, "SEOUL, Nov 12 (Tollgate) -
             * X has pushed out", is the day the news came out as well; not
             * a chronology's "2019 – X takes over") */
            if (!em.report_dated && rt->end <= h->start && h->start - rt->end < 200 && doc->dct.present &&
                rt->date.year == doc->dct.year && rt->date.month == doc->dct.month && rt->date.day == doc->dct.day) {
                const char *gap = doc->text + rt->end;
                size_t gn = h->start - rt->end;
                em.report_dated = chr_memmem(gap, gn, " - ", 3) || chr_memmem(gap, gn, " \xE2\x80\x94 ", 5) ||
                                  chr_memmem(gap, gn, " \xE2\x80\x93 ", 5);
            }
        }
        /* (a heading's day is the section's as the timex module read it) */
        if (em.timex >= 0 && !from_heading)
            anchor_day(ex, corpus, doc, &corpus->timexes.items[em.timex], doc_first_event, em.modality, em.value,
                       sizeof em.value);
        /* (the amount first: a trigger that needs a party has one in it) */
        find_amount(ex, doc, &em, em.clause_start, em.clause_end, &amounts_seen[0]);
        if (!em.amount.present) find_amount(ex, doc, &em, sent->start, sent->end, &amounts_seen[1]);
        assign_participants(ex, corpus, doc, &em, sent->start, sent->end, first_mention, end_mention, first_timex, end_timex, rule,
                            next_cut(cuts, em.clause_end), &words_seen);
        /* a company's own union acts for its staff: its company is a party
         * too ("라온게임즈 노동조합은 성명을 내고") */
        for (size_t q = 0, parties = em.participants.len; q < parties; q++) {
            long party = em.participants.items[q].entity;
            if (party < 0 || (size_t)party >= corpus->entity_mentions.len ||
                !is_labour_body(ex, doc, &corpus->entity_mentions.items[party]))
                continue;
            long company = company_of_union(ex, corpus, doc, &corpus->entity_mentions.items[party], first_mention,
                                            end_mention, em.start);
            if (company >= 0) add_participant(&em, company, "organization");
        }
        /* one event per person: "A가 CEO로, B가 CTO로 돌아왔다" */
        size_t pcs = em.clause_start;
        for (size_t q = 0; q + 1 < cuts->len; q++)
            if (cuts->items[q + 1] == em.clause_start) pcs = cuts->items[q];
        long co = gapped_subject(ex, corpus, doc, pcs, em.clause_start, first_mention, end_mention, doc_first_event);
        chr_event_mention twin = em;
        chr_vec_push(&corpus->event_mentions, em);
        if (co >= 0) {
            twin.participants.items = NULL;
            twin.participants.len = twin.participants.cap = 0;
            for (size_t q = 0; q < em.participants.len; q++)
                if (strcmp(em.participants.items[q].role, "subject") != 0) chr_vec_push(&twin.participants, em.participants.items[q]);
            add_participant(&twin, co, "subject");
            twin.amount.present = 0;
            twin.amount.text = NULL;
            chr_vec_push(&corpus->event_mentions, twin);
        }
    }
    link_same_words(corpus, doc, doc_first_event);
    relate_by_durations(ex, corpus, doc, doc_first_event, first_timex, end_timex);
    date_by_range_start(ex, corpus, doc, doc_first_event, first_timex, end_timex);
    relate_days_before_noun(corpus, doc, doc_first_event, first_timex, end_timex);
    date_by_recap(ex, corpus, doc, doc_first_event, first_timex, end_timex);
    date_by_lead_detail(corpus, doc, doc_first_event, first_timex, end_timex);
    date_by_meeting(ex, corpus, doc, doc_first_event, first_timex, end_timex);
    date_twice_by_pair(ex, corpus, doc, doc_first_event, first_timex, end_timex);
    date_by_named_noun(ex, corpus, doc, doc_first_event, first_timex);
    chr_vec_free(&headings);
    chr_vec_free(&hits);
}

/*
 * The stage over documents [first_doc, end_doc): the triggers trigger by
 * trigger over every document of the batch (each trigger's pattern and
 * gate walk stay in the caches, as the entity cues do), the clause
 * boundaries rule by rule and the modality cues cue by cue the same way
 * (doc_plan, batch_clauses, batch_modalities), then each document's event
 * mentions in document order, as chr_event_extract on each in turn finds
 * them. On a failure, the documents before the first
 * one that failed have their mentions; 'err' is that document's.
 */
chr_status chr_event_extract_scanned(const chr_event_extractor *ex, chr_corpus *corpus, int first_doc, int end_doc,
                                     const chr_gate_hits *scanned, chr_error *err)
{
    if (end_doc <= first_doc) return CHR_OK;
    size_t n = (size_t)(end_doc - first_doc);
    doc_triggers *dts = chr_xmalloc(n * sizeof *dts);
    for (size_t i = 0; i < n; i++)
        doc_triggers_begin(ex, corpus->docs.items[first_doc + (int)i], &dts[i], scanned ? &scanned[2 * i] : NULL);
    /* the first failure in document order, and its error */
    size_t failed_at = n;
    chr_error run_err = {0}, *first_err = chr_xcalloc(1, sizeof *first_err);
    for (size_t r = 0; r < ex->triggers.len; r++)
        for (size_t i = 0; i < n; i++) {
            if (dts[i].failed) continue;
            doc_triggers_run(ex, r, &dts[i], &run_err);
            if (dts[i].failed && i < failed_at) {
                failed_at = i;
                *first_err = run_err;
            }
        }
    chr_status st = CHR_OK;
    for (size_t i = 0; i < n; i++) {
        doc_triggers_end(&dts[i]);
        if (i < failed_at) doc_plan(ex, corpus, first_doc + (int)i, &dts[i]);
    }
    /* (the documents from the first that failed get no mentions) */
    batch_clauses(ex, corpus, dts, failed_at);
    batch_modalities(ex, dts, failed_at);
    for (size_t i = 0; i < n; i++) {
        if (i < failed_at) {
            doc_events(ex, corpus, first_doc + (int)i, &dts[i]);
            doc_plan_end(&dts[i]);
        }
        chr_vec_free(&dts[i].hits);
    }
    if (failed_at < n) {
        *err = *first_err;
        const chr_doc *doc = corpus->docs.items[first_doc + (int)failed_at];
        chr_copy_str(err->file, sizeof err->file, doc->path ? doc->path : "(stdin)");
        st = CHR_ERR_LIMIT;
    }
    free(first_err);
    free(dts);
    return st;
}

chr_status chr_event_extract_batch(const chr_event_extractor *ex, chr_corpus *corpus, int first_doc, int end_doc,
                                   chr_error *err)
{
    return chr_event_extract_scanned(ex, corpus, first_doc, end_doc, NULL, err);
}

chr_status chr_event_extract(const chr_event_extractor *ex, chr_corpus *corpus, int doc_index, chr_error *err)
{
    return chr_event_extract_batch(ex, corpus, doc_index, doc_index + 1, err);
}
