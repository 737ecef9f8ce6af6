// libxml2, opened when a web page or a Word file is first read (`plandash import`).
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and its encoding header then includes the system's ICU
// headers; nothing here uses libxml2's encoding handlers (pages are decoded to UTF-8 first).
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "CLazyLibraries.h"
#include "LazyLibrary.h"

static struct plandash_lazy_library libxml2 = {"libxml2.so.2", NULL};

int plandash_load_libxml2(void) {
  plandash_lazy_open(&libxml2);
  return libxml2.handle != NULL;
}

// The library's functions used, forwarded (looked up once each).
PLANDASH_FORWARD(&libxml2, htmlDocPtr, htmlReadMemory,
                 (const char *buffer, int size, const char *URL, const char *encoding,
                  int options),
                 (buffer, size, URL, encoding, options))
PLANDASH_FORWARD(&libxml2, xmlDocPtr, xmlReadMemory,
                 (const char *buffer, int size, const char *URL, const char *encoding,
                  int options),
                 (buffer, size, URL, encoding, options))
PLANDASH_FORWARD_VOID(&libxml2, xmlFreeDoc, (xmlDocPtr cur), (cur))

plandash_markup_document *plandash_markup_read_html(const char *bytes, int size) {
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  return (plandash_markup_document *)htmlReadMemory(bytes, size, NULL, "UTF-8", options);
}

plandash_markup_document *plandash_markup_read_xml(const char *bytes, int size) {
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE;
  return (plandash_markup_document *)xmlReadMemory(bytes, size, NULL, NULL, options);
}

void plandash_markup_free(plandash_markup_document *document) {
  if (document) xmlFreeDoc((xmlDocPtr)document);
}

// The tree is read from libxml2's structures directly: no call into the library.
const plandash_markup_node *plandash_markup_root(const plandash_markup_document *document) {
  for (xmlNodePtr node = ((xmlDocPtr)document)->children; node; node = node->next) {
    if (node->type == XML_ELEMENT_NODE) return (const plandash_markup_node *)node;
  }
  return NULL;
}

int plandash_markup_kind(const plandash_markup_node *node) {
  return (int)((const xmlNode *)node)->type;
}

const char *plandash_markup_name(const plandash_markup_node *node) {
  const xmlNode *n = (const xmlNode *)node;
  return n->type == XML_ELEMENT_NODE ? (const char *)n->name : NULL;
}

const char *plandash_markup_content(const plandash_markup_node *node) {
  const xmlNode *n = (const xmlNode *)node;
  return n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE ? (const char *)n->content
                                                                        : NULL;
}

const plandash_markup_node *plandash_markup_first_child(const plandash_markup_node *node) {
  return (const plandash_markup_node *)((const xmlNode *)node)->children;
}

const plandash_markup_node *plandash_markup_next(const plandash_markup_node *node) {
  return (const plandash_markup_node *)((const xmlNode *)node)->next;
}

const plandash_markup_attribute *plandash_markup_first_attribute(
    const plandash_markup_node *node) {
  const xmlNode *n = (const xmlNode *)node;
  return n->type == XML_ELEMENT_NODE ? (const plandash_markup_attribute *)n->properties : NULL;
}

const plandash_markup_attribute *plandash_markup_next_attribute(
    const plandash_markup_attribute *attribute) {
  return (const plandash_markup_attribute *)((const xmlAttr *)attribute)->next;
}

const char *plandash_markup_attribute_name(const plandash_markup_attribute *attribute) {
  return (const char *)((const xmlAttr *)attribute)->name;
}

char *plandash_markup_attribute_value(const plandash_markup_attribute *attribute) {
  size_t length = 0;
  const xmlNode *first = ((const xmlAttr *)attribute)->children;
  for (const xmlNode *n = first; n; n = n->next) {
    if (n->content) length += strlen((const char *)n->content);
  }
  char *value = malloc(length + 1);
  if (!value) return NULL;
  value[0] = 0;
  char *end = value;
  for (const xmlNode *n = first; n; n = n->next) {
    if (!n->content) continue;
    size_t part = strlen((const char *)n->content);
    memcpy(end, n->content, part);
    end += part;
  }
  *end = 0;
  return value;
}
