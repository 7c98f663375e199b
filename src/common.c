/*
 * common.c - errors as values, the out-of-memory policy, byte buffers,
 * string vectors and small UTF-8 helpers shared by every stage.
 */
#include "chr_common.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void chr_error_clear(chr_error *err)
{
    if (!err) return;
    memset(err, 0, sizeof *err);
    err->offset = -1;
}

chr_status chr_error_set(chr_error *err, chr_status code, const char *file, long line,
                         long offset, const char *fmt, ...)
{
    if (!err) return code;
    err->code = code;
    chr_copy_str(err->file, sizeof err->file, file ? file : "");
    err->line = line;
    err->offset = offset;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

void chr_error_format(const chr_error *err, char *out, size_t out_size)
{
    if (err->file[0] && err->line > 0)
        snprintf(out, out_size, "%s:%ld: %s", err->file, err->line, err->message);
    else if (err->file[0] && err->offset >= 0)
        snprintf(out, out_size, "%s: byte %ld: %s", err->file, err->offset, err->message);
    else if (err->file[0])
        snprintf(out, out_size, "%s: %s", err->file, err->message);
    else
        snprintf(out, out_size, "%s", err->message);
}

static void out_of_memory(size_t size)
{
    fprintf(stderr, "chronicle: out of memory (allocating %zu bytes)\n", size);
    abort();
}

void *chr_xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) out_of_memory(size);
    return p;
}

void *chr_xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) out_of_memory(count * size);
    return p;
}

void *chr_xrealloc(void *ptr, size_t size)
{
    void *p = realloc(ptr, size ? size : 1);
    if (!p) out_of_memory(size);
    return p;
}

char *chr_xstrdup(const char *s)
{
    return chr_xstrndup(s, strlen(s));
}

char *chr_xstrndup(const char *s, size_t n)
{
    char *p = chr_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void chr_install_allocators(void)
{
    json_set_alloc_funcs(chr_xmalloc, free);
}

void chr_buf_grow(chr_buf *buf, size_t more)
{
    if (buf->len + more + 1 > buf->cap) {
        size_t cap = buf->cap ? buf->cap : 256;
        while (cap < buf->len + more + 1) cap *= 2;
        buf->data = chr_xrealloc(buf->data, cap);
        buf->cap = cap;
    }
}

void chr_buf_puts(chr_buf *buf, const char *s)
{
    chr_buf_append(buf, s, strlen(s));
}

void chr_buf_printf(chr_buf *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        chr_buf_append(buf, small, (size_t)n);
        return;
    }
    char *big = chr_xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    chr_buf_append(buf, big, (size_t)n);
    free(big);
}

void chr_buf_reset(chr_buf *buf)
{
    buf->len = 0;
    if (buf->data) buf->data[0] = '\0';
}

int chr_buf_flush(chr_buf *buf)
{
    if (buf->sink && buf->len && !buf->sink_failed && buf->sink(buf->data, buf->len, buf->sink_ctx) != 0)
        buf->sink_failed = 1;
    if (buf->sink) chr_buf_reset(buf);
    return buf->sink_failed ? -1 : 0;
}

void chr_buf_flush_point(chr_buf *buf)
{
    if (buf->sink && buf->len >= CHR_BUF_FLUSH_AT) chr_buf_flush(buf);
}

char *chr_buf_take(chr_buf *buf)
{
    char *data = buf->data ? buf->data : chr_xstrdup("");
    buf->data = NULL;
    buf->len = buf->cap = 0;
    return data;
}

void chr_buf_free(chr_buf *buf)
{
    free(buf->data);
    buf->data = NULL;
    buf->len = buf->cap = 0;
}

chr_status chr_read_file(const char *path, chr_status fail_code, char **data, size_t *len, chr_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return chr_error_set(err, fail_code, path, 0, -1, "%s", strerror(errno));
    chr_buf buf = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) chr_buf_append(&buf, chunk, n);
    int failed = ferror(fp);
    fclose(fp);
    if (failed) {
        chr_buf_free(&buf);
        return chr_error_set(err, fail_code, path, 0, -1, "read error");
    }
    *len = buf.len;
    *data = chr_buf_take(&buf);
    return CHR_OK;
}

size_t chr_strvec_add_unique(chr_strvec *v, const char *s)
{
    long found = chr_strvec_find(v, s);
    if (found >= 0) return (size_t)found;
    chr_vec_push(v, chr_xstrdup(s));
    return v->len - 1;
}

long chr_strvec_find(const chr_strvec *v, const char *s)
{
    for (size_t i = 0; i < v->len; i++)
        if (strcmp(v->items[i], s) == 0) return (long)i;
    return -1;
}

void chr_strvec_free(chr_strvec *v)
{
    for (size_t i = 0; i < v->len; i++) free(v->items[i]);
    chr_vec_free(v);
}


size_t chr_utf8_count(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t count = 0, i = 0;
    /* eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear */
    for (; i + 8 <= len; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t cont = x & ~(x << 1) & UINT64_C(0x8080808080808080);
        /* the bytes' high bits summed by a multiply: a popcount without
         * -mpopcnt is a libgcc call */
        count += 8 - (size_t)(((cont >> 7) * UINT64_C(0x0101010101010101)) >> 56);
    }
    for (; i < len; i++)
        if ((s[i] & 0xC0) != 0x80) count++;
    return count;
}


/* How common byte b is in the text chronicle reads (lower: rarer). */
static int byte_rank(unsigned char b)
{
    if (b == ' ') return 6;
    if (b >= 0xEA && b <= 0xED) return 5; /* most Hangul syllables' lead byte */
    if (b == 'e' || b == 't' || b == 'a' || b == 'o' || b == 'i' || b == 'n' || b == 's' || b == 'r' || b == 'h')
        return 4;
    if (b >= 'a' && b <= 'z') return 3;
    if (b >= 0x80 && b <= 0xBF) return 2; /* continuation bytes */
    return 1;
}

const char *chr_memmem(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn == 0) return h;
    if (nn > hn) return NULL;
    size_t k = nn - 1; /* the byte looked for: the rarest, the last of equals */
    for (size_t i = nn - 1; i-- > 0;)
        if (byte_rank((unsigned char)n[i]) < byte_rank((unsigned char)n[k])) k = i;
    unsigned char c = (unsigned char)n[k];
    /* a second byte told apart before the whole needle: most candidates
     * in Korean text (a continuation byte's value recurs every hundred
     * bytes or so) fail on it, without a memcmp call */
    size_t k2 = k == 0 ? nn - 1 : 0;
    char c2 = n[k2];
    /* candidates start in h[0 .. hn - nn], so byte k lies in [k, hn - nn + k] */
    const char *p = h + k, *end = h + (hn - nn) + k + 1;
    while (p < end) {
        const char *q = memchr(p, c, (size_t)(end - p));
        if (!q) return NULL;
        if (q[(ptrdiff_t)k2 - (ptrdiff_t)k] == c2 && memcmp(q - k, n, nn) == 0) return q - k;
        p = q + 1;
    }
    return NULL;
}
