#ifndef CSETU_XML_H
#define CSETU_XML_H

/*
 * Plainly named wrappers over the few libxml2 functions Setu needs: a streaming pull reader
 * (xmlTextReader) configured for untrusted files, and validation against a DTD or an XML Schema.
 * Every reader is opened with no network access, no DTD loading and no entity substitution; the
 * caller inspects the document type node and refuses entity declarations. libxml2's own limits on
 * nesting depth and text node size stay on (XML_PARSE_HUGE is never set).
 */

#include <stdint.h>

/// Node types, as libxml2's xmlReaderTypes.
enum {
    SETU_XML_ELEMENT = 1,
    SETU_XML_TEXT = 3,
    SETU_XML_CDATA = 4,
    SETU_XML_ENTITY_REFERENCE = 5,
    SETU_XML_PROCESSING_INSTRUCTION = 7,
    SETU_XML_COMMENT = 8,
    SETU_XML_DOCUMENT_TYPE = 10,
    SETU_XML_WHITESPACE = 13,
    SETU_XML_SIGNIFICANT_WHITESPACE = 14,
    SETU_XML_END_ELEMENT = 15
};

typedef struct setu_xml_reader setu_xml_reader;

/// Opens a file (UTF-8, UTF-16 with BOM, or the encoding its declaration names). NULL if out of memory.
setu_xml_reader *setu_xml_reader_open_file(const char *path);
/// Reads a document held in memory; `name` is used in messages. The bytes must outlive the reader.
setu_xml_reader *setu_xml_reader_open_memory(const char *bytes, int32_t length, const char *name);
void setu_xml_reader_close(setu_xml_reader *reader);

/// Advances to the next node: 1 when there is one, 0 at the end of the document, -1 on an error
/// (see setu_xml_reader_error_*). Warnings that mean text would be lost (an undeclared entity) are errors.
int32_t setu_xml_reader_next(setu_xml_reader *reader);

int32_t setu_xml_reader_node_type(setu_xml_reader *reader);
/// Names are interned by the reader: the same name gives the same pointer while the reader lives.
const char *setu_xml_reader_name(setu_xml_reader *reader);
const char *setu_xml_reader_local_name(setu_xml_reader *reader);
/// The namespace URI of the current node, or NULL.
const char *setu_xml_reader_namespace(setu_xml_reader *reader);
/// Text of a text, CDATA or whitespace node, or the value of the current attribute; valid until the next call.
const char *setu_xml_reader_value(setu_xml_reader *reader);
int32_t setu_xml_reader_is_empty_element(setu_xml_reader *reader);
int32_t setu_xml_reader_depth(setu_xml_reader *reader);
int32_t setu_xml_reader_line(setu_xml_reader *reader);
int32_t setu_xml_reader_column(setu_xml_reader *reader);
/// Bytes of input consumed so far (for progress).
int64_t setu_xml_reader_bytes_consumed(setu_xml_reader *reader);

/// Attribute iteration on the current element: 1 when positioned on an attribute, 0 when none is left.
/// setu_xml_reader_name/value then give the attribute's qualified name and value.
int32_t setu_xml_reader_next_attribute(setu_xml_reader *reader);
/// Returns to the element after attribute iteration.
void setu_xml_reader_move_to_element(setu_xml_reader *reader);

/// For a document type node: the number of entities its internal subset declares (general and
/// parameter), whether any of them is external (SYSTEM or PUBLIC), and the first one's name.
int32_t setu_xml_reader_declared_entities(setu_xml_reader *reader, int32_t *external, const char **first_name);

/// The first error: libxml2's message (trimmed), line, column and error code. Message is NULL when no
/// error occurred.
const char *setu_xml_reader_error_message(setu_xml_reader *reader);
int32_t setu_xml_reader_error_line(setu_xml_reader *reader);
int32_t setu_xml_reader_error_column(setu_xml_reader *reader);
int32_t setu_xml_reader_error_code(setu_xml_reader *reader);

/// Receives one validation problem.
typedef void (*setu_xml_report)(void *context, int32_t line, int32_t column, const char *message);

/// Validates a file against a DTD given as bytes. Returns 0 when valid, 1 when invalid, 2 when the file
/// is not well-formed or declares entities (reported too), -1 when the DTD itself cannot be used.
int32_t setu_xml_validate_dtd(const char *path, const char *dtd, int32_t dtd_length, setu_xml_report report,
                              void *context);

/// Validates a file against the XML Schema at `schema_path` (imports are resolved beside it; nothing is
/// fetched from the network). Same return values as setu_xml_validate_dtd.
int32_t setu_xml_validate_schema(const char *path, const char *schema_path, setu_xml_report report,
                                 void *context);

/// The libxml2 version string, for diagnostics.
const char *setu_xml_version(void);

#endif
