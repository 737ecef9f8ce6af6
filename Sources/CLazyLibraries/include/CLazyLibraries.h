#ifndef PLANDASH_CLAZYLIBRARIES_H
#define PLANDASH_CLAZYLIBRARIES_H

// libxml2 (web pages and Word files, `plandash import`) and libxlsxwriter (the Excel
// ledger) are opened with dlopen when first used, not by the dynamic loader at every start:
// with their own dependencies (ICU, OpenSSL's libcrypto, liblzma, minizip) they made every
// command, `mark` and `list` included, two to three milliseconds slower (docs/benchmarks.md,
// issue 15). libxlsxwriter's functions are defined here under their own names and forward
// to the library's (CXLSXWriter gives their types); libxml2's tree is read through the small
// API below, so that nothing else needs libxml2's headers.

/// Loads libxml2 if it is not loaded yet: 1 when it is there, 0 when it cannot be loaded.
int plandash_load_libxml2(void);

/// Loads libxlsxwriter if it is not loaded yet: 1 when it is there, 0 when not.
int plandash_load_libxlsxwriter(void);

/// A parsed document and a node of its tree (libxml2's, opaque here). Nodes live as long
/// as their document.
typedef struct plandash_markup_document plandash_markup_document;
typedef struct plandash_markup_node plandash_markup_node;
typedef struct plandash_markup_attribute plandash_markup_attribute;

/// The kinds of node read (libxml2's numbers); every other kind is skipped by readers.
enum {
  PLANDASH_MARKUP_ELEMENT = 1,
  PLANDASH_MARKUP_TEXT = 3,
  PLANDASH_MARKUP_CDATA = 4,
};

/// An HTML page as browsers read it (broken markup mended, no network); NULL when nothing
/// could be read. Call only once `plandash_load_libxml2` returned 1.
plandash_markup_document *plandash_markup_read_html(const char *bytes, int size);

/// A well-formed XML document (no network, no external DTD); NULL when it is not one.
/// Call only once `plandash_load_libxml2` returned 1.
plandash_markup_document *plandash_markup_read_xml(const char *bytes, int size);

void plandash_markup_free(plandash_markup_document *document);

const plandash_markup_node *plandash_markup_root(const plandash_markup_document *document);
int plandash_markup_kind(const plandash_markup_node *node);
/// An element's name without its namespace prefix (NULL for other nodes).
const char *plandash_markup_name(const plandash_markup_node *node);
/// A text or CDATA node's text (NULL for other nodes).
const char *plandash_markup_content(const plandash_markup_node *node);
const plandash_markup_node *plandash_markup_first_child(const plandash_markup_node *node);
const plandash_markup_node *plandash_markup_next(const plandash_markup_node *node);

const plandash_markup_attribute *plandash_markup_first_attribute(
    const plandash_markup_node *node);
const plandash_markup_attribute *plandash_markup_next_attribute(
    const plandash_markup_attribute *attribute);
const char *plandash_markup_attribute_name(const plandash_markup_attribute *attribute);
/// The attribute's value, its text joined; to be released with `free`.
char *plandash_markup_attribute_value(const plandash_markup_attribute *attribute);

#endif
