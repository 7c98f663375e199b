/*
 * export.c - the exporter registry: the one table that maps a --format
 * name to its renderer.
 */
#include "chr_export.h"

#include <string.h>

static const chr_exporter exporters[] = {
    {"json", "the chronicle.timeline/1 JSON document (the default)", chr_render_json},
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
