/*
 * chr_common.h - what every stage of chronicle shares: errors as values,
 * the out-of-memory policy, growable byte buffers and typed vectors.
 *
 * Owns: nothing global. A chr_error is caller-allocated; a chr_buf owns its
 * bytes until chr_buf_free() or chr_buf_take().
 */
#ifndef CHR_COMMON_H
#define CHR_COMMON_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Status codes carried by chr_error. main.c maps them to exit statuses. */
typedef enum {
    CHR_OK = 0,
    CHR_ERR_IO,     /* a file could not be read or written */
    CHR_ERR_INPUT,  /* the input is not acceptable (bad UTF-8, NUL, ...) */
    CHR_ERR_RULES,  /* a rule file is malformed or a regex does not compile */
    CHR_ERR_LIMIT,  /* a regex hit its match limit */
    CHR_ERR_USAGE   /* a caller-supplied option value is invalid */
} chr_status;

/*
 * An error as a value: the library fills it and returns a status; only
 * main.c prints it. 'file' names the input or rule file, 'line' is 1-based
 * (0 when unknown), 'offset' is a byte offset into the file (-1 when
 * unknown).
 */
typedef struct {
    chr_status code;
    char file[512];
    long line;
    long offset;
    char message[512];
} chr_error;

/* Resets 'err' to "no error". */
void chr_error_clear(chr_error *err);

/*
 * Fills 'err' (when not NULL) and returns 'code', so callers can write
 * `return chr_error_set(err, CHR_ERR_IO, path, 0, -1, "...")`.
 */
chr_status chr_error_set(chr_error *err, chr_status code, const char *file,
                         long line, long offset, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Formats 'err' as one line "FILE:LINE: message" or "FILE: byte N: message"
 * into 'out' (always NUL-terminated). */
void chr_error_format(const chr_error *err, char *out, size_t out_size);

/*
 * Allocation wrappers: out of memory prints one line and aborts, so callers
 * never handle NULL. chr_install_allocators() makes jansson use them too.
 */
void *chr_xmalloc(size_t size);
void *chr_xcalloc(size_t count, size_t size);
void *chr_xrealloc(void *ptr, size_t size);
char *chr_xstrdup(const char *s);
char *chr_xstrndup(const char *s, size_t n);
void chr_install_allocators(void);

/*
 * A growable byte buffer, always NUL-terminated after its 'len' bytes.
 *
 * It may drain into a sink: with 'sink' set, chr_buf_flush_point() hands
 * the pending bytes to sink(bytes, len, sink_ctx) once there are at least
 * CHR_BUF_FLUSH_AT of them, and empties the buffer. A renderer calls it
 * between the elements it writes (never inside one it may still edit), so
 * it stays a pure "append to a buffer" function while the caller streams
 * a large output to a file instead of holding it whole. A sink returns 0,
 * or -1 on failure; after a failure the buffer drops what it is handed
 * and 'sink_failed' stays set for the caller to report.
 */
typedef struct {
    char *data;
    size_t len;
    size_t cap;
    int (*sink)(const char *bytes, size_t len, void *ctx);
    void *sink_ctx;
    int sink_failed;
} chr_buf;

#define CHR_BUF_FLUSH_AT ((size_t)1 << 16)

/* Makes room for 'more' bytes and the NUL after them (doubling, from 256). */
void chr_buf_grow(chr_buf *buf, size_t more);
/* (inline, with chr_buf_putc: the JSON writer appends a few bytes at a
 * time, millions of times for a large corpus, and a call per byte cost
 * about as much as the copying) */
static inline void chr_buf_append(chr_buf *buf, const char *bytes, size_t len)
{
    if (buf->len + len + 1 > buf->cap) chr_buf_grow(buf, len);
    if (len) memcpy(buf->data + buf->len, bytes, len);
    buf->len += len;
    buf->data[buf->len] = '\0';
}
static inline void chr_buf_putc(chr_buf *buf, char c)
{
    if (buf->len + 2 > buf->cap) chr_buf_grow(buf, 1);
    buf->data[buf->len++] = c;
    buf->data[buf->len] = '\0';
}
void chr_buf_puts(chr_buf *buf, const char *s);
void chr_buf_printf(chr_buf *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Empties the buffer, keeping its storage. */
void chr_buf_reset(chr_buf *buf);
/* With a sink and at least CHR_BUF_FLUSH_AT pending bytes: hands them to
 * the sink and empties the buffer. Without a sink: nothing. */
void chr_buf_flush_point(chr_buf *buf);
/* Hands every pending byte to the sink (when there is one). Returns 0, or
 * -1 when the sink failed now or before. */
int chr_buf_flush(chr_buf *buf);
/* Returns the bytes (caller frees) and leaves 'buf' empty. */
char *chr_buf_take(chr_buf *buf);
void chr_buf_free(chr_buf *buf);

/*
 * A typed vector: CHR_VEC(int) v = {0}; chr_vec_push(&v, 3); free(v.items).
 * Elements move on growth, so keep indices, not pointers, across pushes.
 */
#define CHR_VEC(T) struct { T *items; size_t len; size_t cap; }
#define chr_vec_reserve(v, n)                                                          \
    do {                                                                               \
        if ((n) > (v)->cap) {                                                          \
            size_t chr_new_cap_ = (v)->cap ? (v)->cap * 2 : 8;                         \
            while (chr_new_cap_ < (n)) chr_new_cap_ *= 2;                              \
            (v)->items = chr_xrealloc((v)->items, chr_new_cap_ * sizeof *(v)->items); \
            (v)->cap = chr_new_cap_;                                                   \
        }                                                                              \
    } while (0)
#define chr_vec_push(v, x)                       \
    do {                                         \
        chr_vec_reserve((v), (v)->len + 1);      \
        (v)->items[(v)->len++] = (x);            \
    } while (0)
#define chr_vec_free(v)          \
    do {                         \
        free((v)->items);        \
        (v)->items = NULL;       \
        (v)->len = (v)->cap = 0; \
    } while (0)

/* Reads the whole file 'path' into a new NUL-terminated buffer (caller
 * frees; "" for an empty file) and sets *len. Returns CHR_OK, or
 * 'fail_code' with 'err' naming the file and the reason. */
chr_status chr_read_file(const char *path, chr_status fail_code, char **data, size_t *len, chr_error *err);

/* A list of owned strings. */
typedef CHR_VEC(char *) chr_strvec;
/* Appends a copy of 's' unless an equal string is present; returns its index. */
size_t chr_strvec_add_unique(chr_strvec *v, const char *s);
/* Returns the index of 's' or -1. */
long chr_strvec_find(const chr_strvec *v, const char *s);
void chr_strvec_free(chr_strvec *v);

/* UTF-8 helpers (input is already validated by the reader). The two the
 * stages call per character are inline: a call each was measurable. */
/* Decodes one code point at 's' (at most 'len' bytes); sets *used. A
 * stray or cut-off byte reads as U+FFFD, one byte long. */
static inline uint32_t chr_utf8_decode(const char *str, size_t len, size_t *used)
{
    const unsigned char *s = (const unsigned char *)str;
    if (len == 0) {
        *used = 0;
        return 0;
    }
    unsigned char c = s[0];
    if (c < 0x80) {
        *used = 1;
        return c;
    }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if ((size_t)n > len || n == 1) {
        *used = 1;
        return 0xFFFD;
    }
    uint32_t cp = c & (0x7F >> n);
    for (int i = 1; i < n; i++) cp = (cp << 6) | (s[i] & 0x3F);
    *used = (size_t)n;
    return cp;
}
/* Copies 'src' into dst[size], cut to fit and always terminated, as
 * snprintf(dst, size, "%s", src) does but without the format machinery
 * (that was a twentieth of a run, in field copies). */
static inline void chr_copy_str(char *dst, size_t size, const char *src)
{
    if (!size) return;
    size_t n = strnlen(src, size - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}
/* memmem(h, hn, n, nn): the first occurrence of n[0..nn) in h[0..hn), or
 * NULL. Faster than glibc's on the short haystacks of the extractors
 * (a clause, a sentence, an article): it looks for the needle's least
 * common byte (space, Hangul lead bytes and common letters last) with
 * memchr and compares only there, where glibc's sets up a shift table
 * on every call. */
const char *chr_memmem(const char *h, size_t hn, const char *n, size_t nn);
/* Number of code points in s[0..len). */
size_t chr_utf8_count(const char *s, size_t len);
/* True for a precomposed Hangul syllable U+AC00..U+D7A3. */
static inline int chr_is_hangul_syllable(uint32_t cp)
{
    return cp >= 0xAC00 && cp <= 0xD7A3;
}

#endif
