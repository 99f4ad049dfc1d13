/* libxml2's headers, found through pkg-config (libxml-2.0); only CSetuXML includes them. */
#include <libxml/xmlreader.h>
