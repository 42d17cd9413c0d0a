/* xmlread.c - see xmlread.h. */
#include "ingest/xmlread.h"

#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>

typedef struct first_error {
    int seen;
    nv_xml_error *e;
} first_error;

static void on_xml_error(void *user, xmlErrorPtr x)
{
    xmlParserCtxtPtr ctxt = user;
    first_error *fe = ctxt ? ctxt->_private : NULL;
    if (!fe || fe->seen || !x)
        return;
    fe->seen = 1;
    fe->e->line = x->line;
    fe->e->col = x->int2;
    snprintf(fe->e->msg, sizeof fe->e->msg, "%s", x->message ? x->message : "not well-formed XML");
    size_t k = strlen(fe->e->msg);
    while (k && (fe->e->msg[k - 1] == '\n' || fe->e->msg[k - 1] == ' '))
        fe->e->msg[--k] = '\0';
}

xmlDocPtr nv__xml_read(const char *doc, size_t len, nv_xml_error *e)
{
    memset(e, 0, sizeof *e);
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        snprintf(e->msg, sizeof e->msg, "cannot start the XML parser");
        return NULL;
    }
    first_error fe = {0, e};
    ctxt->_private = &fe;
    ctxt->sax->serror = on_xml_error;
    xmlDocPtr d = xmlCtxtReadMemory(ctxt, doc, (int)(len > 0x7FFFFFFF ? 0x7FFFFFFF : len), NULL,
                                    "UTF-8",
                                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (d && fe.seen) {
        xmlFreeDoc(d);
        d = NULL;
    }
    if (!d && !fe.seen)
        snprintf(e->msg, sizeof e->msg, "not well-formed XML");
    xmlFreeParserCtxt(ctxt);
    return d;
}
