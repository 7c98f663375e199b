/*
 * chr_event.h - the event extractor (the last extractor stage).
 *
 * Finds event triggers, splits sentences into clauses, and gives each
 * trigger its clause's modality, the entities in its clause as
 * participants with roles, the timex that dates it, a preceding duration
 * that shifts it ("12일 뒤"), and a money amount. Appends to
 * corpus->event_mentions. Merging mentions into events is the resolver's.
 *
 * Rule records it reads:
 *   event     TYPE  REGEX  [weak=TYPE] [polarity=negated] [requires=date|party|person] [stage=N]
 *             a trigger; group 'trigger' marks the trigger inside a longer
 *             context match (else the whole match); when two rules find the
 *             same trigger the longer context match wins. weak=T: an
 *             ambiguous cue that becomes T when merged with a T event.
 *             requires=date (party, person): the event is left out unless it
 *             gets a date (an organisation or an amount; a person).
 *             stage=N (1-9): the step of a process the trigger names (a
 *             charge, a verdict, an appeal); mentions of two steps are
 *             never one event.
 *   clause    REGEX               a clause boundary (Korean connective
 *                                 endings, English conjunctions)
 *   modality  MODALITY  REGEX  SCOPE   a cue for reported / planned /
 *             possible / negated, looked for 'after' or 'before' the
 *             trigger within its clause, or in the whole 'clause' or
 *             'sentence', or from the trigger to the sentence's end
 *             ('rest': a condition that closes a later conjunct); the
 *             first matching record in file order wins
 *   clause    REGEX  own_time   a boundary opening a clause with a time
 *             of its own (", ten days after ..."): an earlier time of the
 *             sentence does not date what follows it
 *   role      ROLE  REGEX  [TYPE,...]   the text right after an entity
 *             mention (its particle, or "by"/"에 의한") that gives it ROLE
 *             (subject, agent, organization, counterparty or about; any
 *             other name that is not reserved below is an error)
 *   role      NAME  REGEX         with a reserved NAME, a cue matched at
 *             a position (use \G to anchor it there):
 *               report_time      after a time: it dates the report ("3일 공시했다")
 *               adnominal        after a time: it dates a relative clause
 *               background_time  after a time: a state's start ("부터")
 *               lookback_time    after a time: the start of a length since
 *                                ("… 지 23일 만이다"), which "이날" does not name
 *               nominal          after a trigger: it is a noun (refers back)
 *               nominal_trigger  at a trigger: it is a noun ("his removal")
 *               relative_trigger at a trigger: a verb of a relative clause or
 *                                the pluperfect ("who fired him"): it refers
 *                                back like a noun, unless a date of its own
 *                                clause differs
 *               passive          at a trigger: passive voice ("was fired")
 *               coordinated      after a trigger: joined to the next ("안과")
 *               same_day         after a trigger: "해임 당일", "that day"
 *               later_same_day   after a trigger: "hours later": undated, the
 *                                day of the last dated event told before
 *               same_occasion    in a trigger's sentence before it: "At the
 *                                same meeting": undated, the day of the last
 *                                dated event of an earlier sentence
 *               same_day_told    at a day's timex before a trigger ("같은 날",
 *                                "the same day"): with no day told before it,
 *                                the day of the event the sentences before
 *                                told, once that one is dated
 *               following        ending right before a weekday ("the following
 *                                Tuesday"): the first such day after the
 *                                last date the narration told
 *               after_event / before_event   after a duration: "two days
 *                                after the <trigger>"
 *               came_after       from a sentence's start to a duration
 *                                before after_event: "The contract came "
 *                                (two days after …): the event after the
 *                                cue counts back from the one told before
 *                                in a clause holding the noun's stem
 *               scene_date       after a day, to the end of its sentence: a
 *                                copula ("이었습니다"): a sentence naming only
 *                                a day dates the next one's undated verb
 *               simultaneous     between two triggers: "when"
 *               possessor        after a mention: "'s", "의"
 *               range_between / range_close   after a range's first day
 *                                ("부터 ") / after its last ("까지"): a verb
 *                                dated by the last day began on the first
 *               date_pair        the whole gap between two days ("과 ",
 *                                " and "): an event dated by one of them
 *                                happened on each (a second mention takes
 *                                the other day)
 *               pair_bound       right before the first of such days
 *                                ("between ") or right after the last
 *                                ("사이"): the two bound a range, no pair
 *               gapped           after a person, to the end of its clause:
 *                                "이 CEO로, " in "A가 CEO로, B가 CTO로 돌아왔다"
 *                                (A gets an event of the next clause's trigger)
 *               light_verb       after a noun trigger: its light verb ("을
 *                                제기했다"); dated otherwise than the event
 *                                it names, it tells one of its own
 *               relative_subject after a person, up to the trigger exactly
 *                                (", who became"): that person is its subject
 *               object_pronoun   right after a trigger whose patient follows
 *                                it (" her the door"): the last person named
 *                                before the trigger is its subject
 *               description_subject at a clause's start ("The former
 *                                banker"): a description that stands for a
 *                                person told before, as a pronoun does
 *               interview_line   at a line's start ("Q: ", "A: "): an
 *                                interview's turn, where a word of class
 *                                interview_pronoun ("I", "you") is the person
 *                                the introduction says spoke (class
 *                                interview_cue), else its first person; an
 *                                interview without labels (three lines or
 *                                more that end in "?" and hold such a word)
 *                                has its turns after its first question; a
 *                                possessive one (class interview_possessive,
 *                                "your") counts only right before the trigger
 *               reported_on      right before a mention's time ("said on "):
 *                                the day the news came out; another day the
 *                                story gives the event wins when they merge
 *               when_event       right before a later trigger ("when the
 *                                deal"): the event before it happened that day
 *               time_when        right after a time (", when "), reaching into
 *                                the trigger's clause: a clause with no time
 *                                of its own happened then ("since March 2020,
 *                                when the board handed him the reins")
 *               contact_relative ending right before a trigger, after a time
 *                                before it ("pact it "): a relative clause
 *                                with no pronoun, whose time is the one after
 *                                the trigger, not the main clause's
 *               contact_clause   between a trigger and a time after it
 *                                ("company she started"): that time is the
 *                                relative clause's, not the trigger's
 *               joined_predicate between a trigger and a time after it
 *                                ("and was confirmed"): that time is the
 *                                subject's second predicate's
 *               own_topic        between a clause's start and its trigger: the
 *                                clause names its own topic ("결제는"), so a
 *                                person event borrows no left-out subject
 *               present_tense    after a trigger, in its clause ("is
 *                                investigating"): undated and factual, the
 *                                article date dates it
 *               present_before   in its clause before a trigger ("has named",
 *                                "그때까지"): the same
 *               recap            in the sentence after an undated lead
 *                                ("...선임했다. 회사는 7일 이같이 밝혔다", "I
 *                                resigned. That was May 2023."): that
 *                                sentence's date, before the cue, dates the lead
 *               time_anchor      after a noun trigger ("복귀 후"): later events
 *                                count from it, so a time further before it
 *                                (no object between: word class
 *                                object_particle) is theirs, not its
 *               predicate_noun   after a light verb's adnominal ending ("시작된
 *                                것으로 알려졌다"): the verb is the clause's
 *                                predicate, not a describer of a later noun
 *               noun_relative    after a trigger noun ("offer that is
 *                                scheduled to expire"): a clause with its own
 *                                time, which does not date the noun
 *               object_relative  the same after a later noun only ("settled
 *                                a feud that began in July"), on a verb
 *                                trigger: the object's start, not the verb's
 *   amount    NAME  REGEX         money; groups 'value' (digits with scale
 *             words) and 'currency'; words of classes 'scale', 'currency'
 *   word      pronoun SURFACE     resolved to the last person mentioned
 *   word      org_pronoun SURFACE "회사는", "the company": the article's company
 *   word      org_event TYPE      events of a company: they always name one
 *             (a union's strike or wage deal names the company too)
 *   word      labour_body SURFACE the last words of unions' names
 *   word      labour_event TYPE   events of a union: with none in the
 *             clause, the union named last before them is a party
 *   word      time_head_adnominal_end SYLLABLE  a trigger's past adnominal
 *             right before a day ("배제된 2월 19일", "물러난 3월 21일 오후"):
 *             the day is the trigger's
 *   word      event_ordinal SURFACE N  a number in a series right before a
 *             trigger's word ("두 번째 공개서한", "second letter"): mentions
 *             numbered apart are two events (chr_event_mention.ordinal);
 *             one word of class event_ordinal_skip may stand between
 *   word      past_adnominal SURFACE  a past adnominal ending glued to a
 *             verb trigger ("합류한"): a day counted right after it ("합류한
 *             이튿날") counts from that event
 *   word      perfect_auxiliary SURFACE  "has", "have", "had": a time right
 *             before one, after a reduced relative clause on the subject ("a
 *             worker killed at the yard last month have sued"), is the
 *             clause's, not the verb's
 *   word      person_event TYPE   events of a person (ouster, appointment, ...)
 *   word      succession TYPE / departure TYPE   an undated event of a
 *             succession type in the sentence right after a dated one of a
 *             departure type takes its date ("X resigned the same day. Y was
 *             named interim chair")
 *   word      drops_subject LANG  a subject left out is the previous
 *             sentence's last person (for person events)
 *   word      topic_marker SURFACE    a particle making a name the topic
 *   word      topic_at_start LANG     the name opening a sentence is its topic
 *   word      agent_org SURFACE   organisations that act (a board, a court)
 *   word      agent_org_ending SURFACE  a name ending so acts too (a union,
 *             its branch: "노조", "지부", "Guild")
 *   word      anchor_only TYPE    events of the type are only counted from
 *             ("사고 이튿날", "two days after the collapse"): dated, then
 *             left out of the timeline (an accident is no corporate event)
 *   word      takes_office SURFACE  a planned trigger of taking up a post
 *             ("취임"): told in the sentence of an appointment with no day
 *             ("내정됐고, 다음 달 1일 취임할 예정"), its day dates it
 *   word      length_word_particle SURFACE  the last syllable that makes
 *             the word before a length a subject or topic ("한결은 이틀
 *             뒤"), not a noun the length counts from ("수입 금지 일주일
 *             뒤", dated from the sentence before that told the noun)
 *   word      noun_event TYPE     events of the type news tells by a noun
 *             alone ("반발", "the lawsuit"): kept though undated and told
 *             only by nouns (the resolver leaves out other such events)
 *   word      time_after_verb LANG       times may follow their verb
 *   word      patient_follows_verb LANG  "fired Kim": Kim is the subject
 *   word      noun_subject_before LANG   an event noun's subject precedes it
 *   word      span_end SURFACE    the word before a time that ends a span
 *             ("until the next morning"): no event takes that time
 *   word      determiner SURFACE  after an order_cue word ("after an
 *             internal review") it opens a noun phrase, not a clause whose
 *             verb would leave the main clause's time
 *   word      complementizer SURFACE  opens what is said or reviewed ("whether",
 *             "how"): a time after it is not the trigger's before it
 *   word      effective_from SURFACE  the word before the date a change takes
 *             effect ("effective April 1"): it dates the event, planned
 *             when after the article date
 *   word      cause_verb SURFACE  a verb that made someone act ("led the
 *             ministry to open an audit in early March"): a time before it
 *             is the cause's when the act has a time of its own
 *   word      time_named_thing SURFACE  a clock time right before it names
 *             a programme or a slot ("the 9 p.m. newscast"): it dates nothing
 *
 * A chronology's headings (chr_timex.section_end, set by the timex stage)
 * date the event mentions of their sections that tell no time of their
 * own; a length heading ("✔ 이틀 뒤") dates them from the event before.
 *
 * Each document gets the rules of its language (all of them when its
 * language is mixed or unknown).
 *
 * Owns: its compiled rules. Borrows: the rule set.
 */
#ifndef CHR_EVENT_H
#define CHR_EVENT_H

#include "chr_model.h"
#include "chr_rules.h"

typedef struct chr_event_extractor chr_event_extractor;

chr_event_extractor *chr_event_new(const chr_rules *rules, chr_error *err);
void chr_event_free(chr_event_extractor *ex);

/* Trigger gates on (the default) or off. A trigger whose every match
 * starts with one of a few words (its pattern says so: chr_gates_add_leading)
 * is tried only where they occur; off, every trigger searches the whole
 * document. For tests, which check that this changes nothing. */
void chr_event_set_gates(chr_event_extractor *ex, int on);

/* Finds the event mentions of document 'doc_index'. Needs the document's
 * timexes and entity mentions (entity indices may still be -1). */
chr_status chr_event_extract(const chr_event_extractor *ex, chr_corpus *corpus, int doc_index, chr_error *err);

/* Finds the event mentions of documents [first_doc, end_doc), each with
 * its timexes and entity mentions found: the same mentions, in the same
 * order, as chr_event_extract on each in turn, but each trigger searches
 * all of them before the next (faster on many short documents). On an
 * error the documents before the one named in 'err' have their mentions. */
chr_status chr_event_extract_batch(const chr_event_extractor *ex, chr_corpus *corpus, int first_doc, int end_doc,
                                   chr_error *err);

/* The gates of the triggers ('modality' 0) or of the modality cues
 * ('modality' 1), borrowed, for a caller that scans documents for them
 * together with other gates (chr_gates_union). */
const chr_gates *chr_event_gates(const chr_event_extractor *ex, int modality);

/* The span [*from, *to) of 'doc' whose scans for chr_event_gates() the
 * stage reads (empty when it reads none). */
void chr_event_gate_span(const chr_event_extractor *ex, const chr_doc *doc, size_t *from, size_t *to);

/* chr_event_extract_batch() with the gate scans made by the caller:
 * scanned[2 * i] and scanned[2 * i + 1] are document first_doc + i's scans
 * for the triggers' and the modality cues' gates over at least
 * chr_event_gate_span() (borrowed); the same mentions. With 'scanned'
 * NULL the stage scans each document itself. */
chr_status chr_event_extract_scanned(const chr_event_extractor *ex, chr_corpus *corpus, int first_doc, int end_doc,
                                     const chr_gate_hits *scanned, chr_error *err);

/*
 * Parses a money expression: 'value_text' holds digits, separators and
 * scale words ("4억 2,900만", "1.2bn", "51 million"), 'currency_text' a
 * currency word or sign. Returns 1 and fills 'out' (value, currency) on
 * success.
 */
int chr_event_parse_amount(const chr_rules *rules, const char *value_text, const char *currency_text,
                           chr_amount *out);

#endif
