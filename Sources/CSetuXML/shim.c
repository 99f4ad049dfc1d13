#include "CSetuXML.h"

#include <libxml/entities.h>
#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/valid.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlversion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* No network, no DTD loading, no entity substitution, CDATA as text, line numbers past 65535. */
#include <pthread.h>

/* libxml2 must initialize its global state once, before threads use it (xmlInitParser's documentation);
   Setu reads and validates on several threads (tests run in parallel, lookups and workers may too). */
static pthread_once_t setu_init_once = PTHREAD_ONCE_INIT;
static void setu_init_libxml2(void) { xmlInitParser(); }
static void setu_ensure_initialized(void) { pthread_once(&setu_init_once, setu_init_libxml2); }

/* Validation swaps the process-wide external entity loader: one validation at a time. */
static pthread_mutex_t setu_validation_lock = PTHREAD_MUTEX_INITIALIZER;

static const int SETU_PARSE_OPTIONS = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES;

struct setu_xml_reader {
    xmlTextReaderPtr reader;
    char *error_message;
    int32_t error_line;
    int32_t error_column;
    int32_t error_code;
};

static char *trimmed_copy(const char *message) {
    if (!message) message = "unknown error";
    size_t length = strlen(message);
    while (length > 0 && (message[length - 1] == '\n' || message[length - 1] == ' ')) length--;
    char *copy = malloc(length + 1);
    if (!copy) return NULL;
    memcpy(copy, message, length);
    copy[length] = 0;
    return copy;
}

static void record_error(setu_xml_reader *r, const char *message, int line, int column, int code) {
    if (r->error_message) return;
    r->error_message = trimmed_copy(message);
    r->error_line = line;
    r->error_column = column;
    r->error_code = code;
}

static void on_reader_error(void *argument, xmlErrorPtr error) {
    setu_xml_reader *r = argument;
    if (!error) return;
    /* A warning about an undeclared entity means its text would silently vanish: treat it as an error. */
    if (error->level == XML_ERR_WARNING && error->code != XML_WAR_UNDECLARED_ENTITY) return;
    record_error(r, error->message, error->line, error->int2, error->code);
}

struct entity_scan {
    int32_t count;
    int32_t external;
    const xmlChar *first;
};

static void scan_entity(void *payload, void *data, const xmlChar *name) {
    struct entity_scan *scan = data;
    xmlEntityPtr entity = payload;
    scan->count++;
    if (!scan->first) scan->first = name;
    if (entity && (entity->ExternalID || entity->SystemID)) scan->external = 1;
}

static int32_t dtd_entities(xmlDtdPtr dtd, int32_t *external, const char **first_name) {
    struct entity_scan scan = {0, 0, NULL};
    if (dtd) {
        if (dtd->entities) xmlHashScan((xmlHashTablePtr)dtd->entities, scan_entity, &scan);
        if (dtd->pentities) xmlHashScan((xmlHashTablePtr)dtd->pentities, scan_entity, &scan);
    }
    if (external) *external = scan.external;
    if (first_name) *first_name = (const char *)scan.first;
    return scan.count;
}

static setu_xml_reader *wrap(xmlTextReaderPtr reader) {
    if (!reader) return NULL;
    setu_xml_reader *r = calloc(1, sizeof(setu_xml_reader));
    if (!r) {
        xmlFreeTextReader(reader);
        return NULL;
    }
    r->reader = reader;
    xmlTextReaderSetStructuredErrorHandler(reader, on_reader_error, r);
    return r;
}

setu_xml_reader *setu_xml_reader_open_file(const char *path) {
    setu_ensure_initialized();
    return wrap(xmlReaderForFile(path, NULL, SETU_PARSE_OPTIONS));
}

setu_xml_reader *setu_xml_reader_open_memory(const char *bytes, int32_t length, const char *name) {
    setu_ensure_initialized();
    return wrap(xmlReaderForMemory(bytes, length, name, NULL, SETU_PARSE_OPTIONS));
}

void setu_xml_reader_close(setu_xml_reader *r) {
    if (!r) return;
    xmlFreeTextReader(r->reader);
    free(r->error_message);
    free(r);
}

int32_t setu_xml_reader_next(setu_xml_reader *r) {
    if (r->error_message) return -1;
    /* The document type node is inspected by the caller (setu_xml_reader_declared_entities). The reader's
       document is never requested (xmlTextReaderCurrentDoc), which would make the reader keep every node
       of the file in memory. */
    int result = xmlTextReaderRead(r->reader);
    if (r->error_message) return -1;
    if (result < 0) {
        record_error(r, "the XML parser stopped", xmlTextReaderGetParserLineNumber(r->reader),
                     xmlTextReaderGetParserColumnNumber(r->reader), -1);
        return -1;
    }
    return result;
}

int32_t setu_xml_reader_node_type(setu_xml_reader *r) { return xmlTextReaderNodeType(r->reader); }
const char *setu_xml_reader_name(setu_xml_reader *r) { return (const char *)xmlTextReaderConstName(r->reader); }
const char *setu_xml_reader_local_name(setu_xml_reader *r) {
    return (const char *)xmlTextReaderConstLocalName(r->reader);
}
const char *setu_xml_reader_namespace(setu_xml_reader *r) {
    return (const char *)xmlTextReaderConstNamespaceUri(r->reader);
}
const char *setu_xml_reader_value(setu_xml_reader *r) { return (const char *)xmlTextReaderConstValue(r->reader); }
int32_t setu_xml_reader_is_empty_element(setu_xml_reader *r) { return xmlTextReaderIsEmptyElement(r->reader); }
int32_t setu_xml_reader_depth(setu_xml_reader *r) { return xmlTextReaderDepth(r->reader); }

int32_t setu_xml_reader_line(setu_xml_reader *r) {
    xmlNodePtr node = xmlTextReaderCurrentNode(r->reader);
    long line = node ? xmlGetLineNo(node) : -1;
    return line > 0 ? (int32_t)line : xmlTextReaderGetParserLineNumber(r->reader);
}

int32_t setu_xml_reader_column(setu_xml_reader *r) { return xmlTextReaderGetParserColumnNumber(r->reader); }
int64_t setu_xml_reader_bytes_consumed(setu_xml_reader *r) { return (int64_t)xmlTextReaderByteConsumed(r->reader); }

int32_t setu_xml_reader_next_attribute(setu_xml_reader *r) {
    return xmlTextReaderMoveToNextAttribute(r->reader) == 1 ? 1 : 0;
}

void setu_xml_reader_move_to_element(setu_xml_reader *r) { xmlTextReaderMoveToElement(r->reader); }

int32_t setu_xml_reader_declared_entities(setu_xml_reader *r, int32_t *external, const char **first_name) {
    xmlNodePtr node = xmlTextReaderCurrentNode(r->reader);
    if (!node || node->type != XML_DTD_NODE) return 0;
    return dtd_entities((xmlDtdPtr)node, external, first_name);
}

const char *setu_xml_reader_error_message(setu_xml_reader *r) { return r->error_message; }
int32_t setu_xml_reader_error_line(setu_xml_reader *r) { return r->error_line; }
int32_t setu_xml_reader_error_column(setu_xml_reader *r) { return r->error_column; }
int32_t setu_xml_reader_error_code(setu_xml_reader *r) { return r->error_code; }

/* ---- Validation ---- */

struct report_target {
    setu_xml_report report;
    void *context;
    int32_t count;
};

static void on_validation_error(void *argument, xmlErrorPtr error) {
    struct report_target *target = argument;
    if (!error || error->level == XML_ERR_WARNING) return;
    target->count++;
    /* A hostile or broken file can produce millions of messages; the first hundred say enough. */
    if (target->count > 100) return;
    char *message = trimmed_copy(error->message);
    target->report(target->context, error->line, error->int2, message ? message : "error");
    free(message);
}

/* Parses the file for validation with the reader's options. Returns NULL (after reporting) when it is not
   well-formed or declares entities. */
static xmlDocPtr parse_for_validation(const char *path, struct report_target *target) {
    xmlDocPtr doc = xmlReadFile(path, NULL, SETU_PARSE_OPTIONS);
    if (!doc) {
        if (target->count == 0) target->report(target->context, 0, 0, "not well-formed XML");
        return NULL;
    }
    int32_t external = 0;
    const char *first = NULL;
    if (dtd_entities(doc->intSubset, &external, &first) > 0) {
        char message[300];
        snprintf(message, sizeof message, "the document type declares %s entity '%.100s'; Setu refuses entity declarations",
                 external ? "external" : "internal", first ? first : "?");
        target->report(target->context, doc->intSubset ? (int32_t)xmlGetLineNo((xmlNodePtr)doc->intSubset) : 1, 0,
                       message);
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

int32_t setu_xml_validate_dtd(const char *path, const char *dtd_bytes, int32_t dtd_length, setu_xml_report report,
                              void *context) {
    setu_ensure_initialized();
    pthread_mutex_lock(&setu_validation_lock);
    struct report_target target = {report, context, 0};
    xmlSetStructuredErrorFunc(&target, on_validation_error);
    int32_t result;
    xmlParserInputBufferPtr buffer = xmlParserInputBufferCreateMem(dtd_bytes, dtd_length, XML_CHAR_ENCODING_UTF8);
    xmlDtdPtr dtd = buffer ? xmlIOParseDTD(NULL, buffer, XML_CHAR_ENCODING_UTF8) : NULL;
    if (!dtd) {
        result = -1;
    } else {
        xmlDocPtr doc = parse_for_validation(path, &target);
        if (!doc) {
            result = 2;
        } else {
            xmlValidCtxtPtr validation = xmlNewValidCtxt();
            int valid = validation ? xmlValidateDtd(validation, doc, dtd) : 0;
            if (validation) xmlFreeValidCtxt(validation);
            result = valid == 1 ? 0 : 1;
            if (result == 1 && target.count == 0) report(context, 0, 0, "not valid against the DTD");
            xmlFreeDoc(doc);
        }
        xmlFreeDtd(dtd);
    }
    xmlSetStructuredErrorFunc(NULL, NULL);
    pthread_mutex_unlock(&setu_validation_lock);
    return result;
}

int32_t setu_xml_validate_schema(const char *path, const char *schema_path, setu_xml_report report, void *context) {
    setu_ensure_initialized();
    pthread_mutex_lock(&setu_validation_lock);
    struct report_target target = {report, context, 0};
    xmlSetStructuredErrorFunc(&target, on_validation_error);
    xmlExternalEntityLoader previous = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
    int32_t result;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(schema_path);
    xmlSchemaPtr schema = parser ? xmlSchemaParse(parser) : NULL;
    if (!schema) {
        result = -1;
    } else {
        target.count = 0;
        xmlDocPtr doc = parse_for_validation(path, &target);
        if (!doc) {
            result = 2;
        } else {
            xmlSchemaValidCtxtPtr validation = xmlSchemaNewValidCtxt(schema);
            if (validation) xmlSchemaSetValidStructuredErrors(validation, on_validation_error, &target);
            int valid = validation ? xmlSchemaValidateDoc(validation, doc) : -1;
            if (validation) xmlSchemaFreeValidCtxt(validation);
            result = valid == 0 ? 0 : 1;
            if (result == 1 && target.count == 0) report(context, 0, 0, "not valid against the schema");
            xmlFreeDoc(doc);
        }
        xmlSchemaFree(schema);
    }
    if (parser) xmlSchemaFreeParserCtxt(parser);
    xmlSetExternalEntityLoader(previous);
    xmlSetStructuredErrorFunc(NULL, NULL);
    pthread_mutex_unlock(&setu_validation_lock);
    return result;
}

const char *setu_xml_version(void) { return LIBXML_DOTTED_VERSION; }
