// libxml2's HTML parser, through which `plandash import` reads web pages (PlanImport's
// HTMLReader). Debian package: libxml2-dev (scripts/setup.sh).
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and its encoding header then includes the system's ICU
// headers, which clash with the copy Foundation carries. Nothing here uses libxml2's
// encoding handlers (pages are decoded to UTF-8 before parsing), so leave ICU out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
