/*
 * chr_timex.h - the date and time extractor (an extractor stage).
 *
 * Finds time expressions with the 'timex' records of the rule files and
 * normalises them to TIMEX3 values against the document creation time and
 * the narrative reference time (the last date the text established).
 *
 *   timex  NAME  TYPE  RECIPE  REGEX  [ANCHORS]
 *
 * ANCHORS (optional, space-separated, any of them): what every match of
 * the rule contains, so that the rule runs only near it: "#" an ASCII
 * digit, "#X" the Hangul syllable X right after digits ("#년" for
 * "2023년"), a Hangul syllable, an ASCII word (any case) or "{CLASS}" (the
 * first syllable or word of each word of a lexicon class). A wrong anchor
 * loses matches silently: leave the field out when unsure.
 *
 * TYPE is DATE, TIME, DURATION or SET. RECIPE says how to read the named
 * groups of REGEX:
 *   date          an absolute or partial date (groups year, yy, month,
 *                 monthname, day, decade, quarter, half, part, pod, hour,
 *                 minute, ampm); a missing year comes from the DCT
 *                 (nearest such date), else stays XXXX
 *   dct:U+N       relative to the DCT: unit U (D, W, M, Y, Q, E a decade, K a
 *                 century: "the end of the century" in 1999 is 19) moved by N;
 *                 N may be 'num' (the number group) or 'dir' (the 'dir'
 *                 word's value, e.g. 지난 = -1); groups month/day/pod refine
 *   ref:U+N       the same, relative to the narrative reference time (for
 *                 Q: the last quarter the text named, "the quarter", "the
 *                 same period last year")
 *   refonly:U+N   the same, and with no narrative reference the unit left
 *                 open ("the same week" XXXX-WXX), never the DCT's
 *   refpast:U+N   a ref: whose clause, when told in the past, counts from the
 *                 last day told that is not after the DCT ("오는 20일 …
 *                 청구할 방침이다. … 같은 날 밤 … 배제했다" is the story's day)
 *   weekday       the weekday group nearest the DCT (past unless 'dir' says)
 *   duration      a length: groups num/numword/daycount, unit, halfnum
 *                 ("some": a plural unit with no count, "hours later": X)
 *   ("lead" in a ref:D rule: opening a paragraph no time was told in yet,
 *   the article date, not the narrative's: "이날")
 *   after         a duration that dates what follows after the previous
 *                 event ("12일 뒤"); 'before' is its mirror; with no
 *                 date before it in a present or future clause, it
 *                 counts from the article date ("2주 후 돌아올 예정")
 *   elapsed       an 'after' that never counts from the article date:
 *                 the time since an earlier event ("3년 만에 돌아온다")
 *   later         an 'after' ('earlier' a 'before') that, in years or
 *                 months, is the DATE of the narrative's last date moved by
 *                 it ("two years later" after 2016: 2018), keeping its shift
 *   ago           the DCT minus a duration ("3일 전", "two weeks ago");
 *                 'hence' adds it ("three months from now")
 *   set:VALUE     a set ("매년" set:P1Y); 'set' alone uses num/unit; a
 *                 part-of-day set with hour groups is that clock time
 *                 ("every night at 9" T21);
 *                 'setdate' a recurring day or time: weekday, month+day,
 *                 hour ("일요일마다" XXXX-WXX-7, "매일 오후 3시" T15)
 *   fixed:VALUE   a fixed value (PRESENT_REF, PAST_REF, FUTURE_REF)
 *
 * More groups: week (a relative week: "다음주 수요일" is that week's day),
 * ordinal (the n-th weekday of a month, -1 the last; with no weekday, -1
 * is the month's last day), weekend (a week value gets "-WE"), second,
 * season (class value SP/SU/FA/WI: "2016-SU"), rangeend (the match is
 * only a date as the end of a range: "July 13-15"), mdir (with an
 * ordinal weekday and no month: the month relative to the DCT, "다음 달
 * 첫째 주 금요일"), weekof (with an ordinal and a year: its n-th ISO week,
 * "2027년 셋째 주" 2027-W03; with a month, its n-th week lying wholly in
 * the month, "2014년 10월 첫째 주" 2014-W41), century ("21세기" 20),
 * fiscal (the value is a fiscal period, "FY1997", "FY1997-Q4"; a date read
 * from a fiscal reference is fiscal too, and so is a quarter without a
 * year once the document has named a fiscal quarter), following (with a
 * weekday: the first one after the narrative's day, "the
 * following Tuesday"), preceding (the last one before it, "the previous
 * Friday"). An ordinal may be digits ("week 10"). A unit word
 * whose value starts with a count is that many units ("fortnight" 2W). A
 * quarter or half without a year is the DCT's (English: last year's when it
 * starts after the DCT's month in a past clause, unless fiscal or "of this
 * year"). A month alone counts as ahead while it lasts ("will close in
 * late August" on August 9 is this one). "a year earlier" after a day
 * told just after a quarter, and "a year ago" after a comparison word in
 * a quarter's sentence ("up from 44 cents a year ago"), are that quarter
 * a year before. A number group may be an
 * English ordinal in digits ("15th"), and one that is no digit and no
 * lexicon word a Sino-Korean numeral ("이천십오" 2015). With no direction word, a
 * 'weekend' group takes the clause's tense ("over the weekend"; the
 * coming one ends this ISO week).
 *
 * Lexicon classes used for groups of the same name: monthname, weekday,
 * pod, part, half, quarter, ampm, num, unit, daycount, dir, mod.
 *
 * Word classes with a meaning of their own:
 *   tensepast, tensefuture   cues for the tense of the clause; a weekday
 *                 or a date without a year takes the direction of the
 *                 nearest cue (Korean: one before the expression counts
 *                 three times its distance; English: one after it); no
 *                 cue: a weekday is the coming one, a date the nearest
 *   premod        a word right before an expression that belongs to it and
 *                 sets its mod ("mid-November", "이르면 2024년 10월"); a
 *                 value "MOD:TYPES" joins only those TIMEX3 types
 *                 ("LESS_THAN:DURATION"), a bare "MOD" any but a SET
 *   rangesep      what joins the two ends of a range: a day alone after it
 *                 takes the start's month ("11월 17~22일")
 *   report_verb   the start of a verb of telling right after a day ("13일
 *                 밝혔다"): that day is the report's, and "같은 날" after
 *                 it is the day the same sentence told before it
 *
 * A group captured in a lookbehind before the match start extends the
 * expression to it, so a rule may start at its anchor word (fast) and look
 * back for a prefix. A clock time right after a day ("9월 20일 저녁 7시",
 * "Friday at 3 p.m.") is joined to it as one TIME; a clock time next to a
 * set ("every Monday at 4pm", "3pm every day") joins the set
 * ("XXXX-WXX-1T16", "T15"); a length before "after", "from" or "before"
 * and a day moves that day ("two days after tomorrow"); lengths in a row
 * join in ISO order ("2 days 1 month" P1M2D, "2 years 21 days later"). A
 * year group written in English words ("nineteen seventy eight", "two
 * thousand and twenty") is read as that year.
 *
 * Owns: its compiled rules. Borrows: the rule set. Appends to
 * corpus->timexes (text order within each document).
 */
#ifndef CHR_TIMEX_H
#define CHR_TIMEX_H

#include "chr_model.h"
#include "chr_rules.h"

typedef struct chr_timex_extractor chr_timex_extractor;

/* Compiles every 'timex' record. NULL with 'err' (file, line) on a bad one. */
chr_timex_extractor *chr_timex_new(const chr_rules *rules, chr_error *err);
void chr_timex_free(chr_timex_extractor *tx);

/* Finds and normalises the time expressions of document 'doc_index'. */
chr_status chr_timex_extract(const chr_timex_extractor *tx, chr_corpus *corpus, int doc_index,
                             chr_error *err);

/* Formats a date of granularity 'gran' ('Y','M','D','W','Q','H','C') as a
 * TIMEX3 value into out (XXXX for an unknown year). */
void chr_timex_format_date(const chr_date *date, char gran, char *out, size_t out_size);

#endif
