/* xmlread.h - well-formed XML through libxml2, with the first error's line and
 * column (internal; shared by SSML input and PLS lexicons). */
#ifndef NV_INGEST_XMLREAD_H
#define NV_INGEST_XMLREAD_H

#include <stddef.h>

#include <libxml/tree.h>

typedef struct nv_xml_error {
    int line, col;
    char msg[200];   /* libxml2's message, without the trailing newline */
} nv_xml_error;

/* Parse doc (no network access, nothing printed). Returns the tree (free with
 * xmlFreeDoc), or NULL with the first error in *e: libxml2 reports every error
 * it recovers from, and the first one is the cause. */
xmlDocPtr nv__xml_read(const char *doc, size_t len, nv_xml_error *e);

#endif
