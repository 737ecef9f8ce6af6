#ifndef PLANDASH_CXLSXWRITER_SHIM_H
#define PLANDASH_CXLSXWRITER_SHIM_H
// libxlsxwriter (Debian's libxlsxwriter-dev, installed by scripts/setup.sh): writes .xlsx
// workbooks with formats, frozen panes, autofilters and native charts.
#include <xlsxwriter.h>
#endif
