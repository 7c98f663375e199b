/*
 * chr_reader.h - the first stage: bytes in, a chr_doc out.
 *
 * Validates UTF-8 once (so later stages match with PCRE2_NO_UTF_CHECK),
 * reads the front matter, fills what it leaves out from the options,
 * detects the language, recognises the scraped publisher line, headline and
 * its decks, and trailing boilerplate ('zone' records of the rule files:
 * 'boilerplate' markers, wire 'dateline's, 'byline's, above which a
 * standfirst is the headline's, and the 'speaker' labels of interviews and
 * scripts, each a sentence of its own), and splits the text into sentences.
 *
 * Owns: the returned chr_doc (free with chr_doc_free). Borrows: options for
 * the duration of the call.
 */
#ifndef CHR_READER_H
#define CHR_READER_H

#include "chr_model.h"
#include "chr_rules.h"

typedef struct {
    const char *source; /* default source when the front matter has none */
    chr_lang lang;      /* CHR_LANG_UNKNOWN = detect */
    chr_dct dct;        /* default DCT (present == 0 for none) */
    int lossy;          /* replace invalid UTF-8 with U+FFFD instead of failing */
} chr_read_options;

/*
 * Parses an ISO 8601 date "YYYY-MM-DD" optionally followed by "THH:MM" (or
 * " HH:MM", and seconds, which are ignored). Returns 1 and fills 'out' when
 * the date exists in the calendar, else 0.
 */
int chr_parse_dct(const char *text, chr_dct *out);

typedef struct chr_reader chr_reader;

/* Compiles the reader's rules (zone markers, abbreviations). Returns NULL
 * with 'err' filled on a bad rule. Borrows 'rules' for its lifetime. */
chr_reader *chr_reader_new(const chr_rules *rules, chr_error *err);
void chr_reader_free(chr_reader *reader);

/*
 * Reads 'path' ("-" for standard input) into a document. Errors: the file
 * cannot be opened or is a directory (CHR_ERR_IO), invalid UTF-8 or a NUL
 * byte (CHR_ERR_INPUT, with the byte offset), a malformed front matter
 * (CHR_ERR_INPUT, with the line).
 */
chr_status chr_reader_load_file(const char *path, const chr_read_options *opts, const chr_reader *reader,
                                chr_doc **out, chr_error *err);

/* The same from bytes in memory; 'display_name' names them in errors. The
 * bytes are copied. */
chr_status chr_reader_load_bytes(const char *display_name, const char *bytes, size_t len,
                                 const chr_read_options *opts, const chr_reader *reader, chr_doc **out,
                                 chr_error *err);

#endif
