/*
 * export.c - the exporter registry: the one table that maps a --format
 * name to its renderer.
 */
#include "chr_export.h"

#include <string.h>

static const chr_exporter exporters[] = {
    {"json", "the chronicle.timeline/1 JSON document (the default)", chr_render_json, 0},
    {"csv", "one row per event (RFC 4180; --bom for spreadsheets)", chr_render_csv, 0},
    {"jsonl", "JSON Lines: one event per line with its sources", chr_render_jsonl, 0},
    {"timelinejs", "Knight Lab TimelineJS3 JSON (for the web)", chr_render_timelinejs, 0},
    {"text", "a table for the terminal: date, type, label, sources (<= 100 columns)", chr_render_text, 0},
    {"timeml", "TimeML: the article text with inline TIMEX3 tags and the DCT", chr_render_timeml, 1},
};

const chr_exporter *chr_export_find(const char *name)
{
    for (size_t i = 0; i < sizeof exporters / sizeof exporters[0]; i++)
        if (strcmp(exporters[i].name, name) == 0) return &exporters[i];
    return NULL;
}

const chr_exporter *chr_export_all(size_t *count)
{
    *count = sizeof exporters / sizeof exporters[0];
    return exporters;
}
