// Display width of characters as glibc measures it (what ncursesw uses), and the locale
// fix-up that makes glibc measure in UTF-8. No library to link: all of it is in libc.
#ifndef CDISPLAYWIDTH_SHIM_H
#define CDISPLAYWIDTH_SHIM_H

#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>

// The Glibc module hides these; declare them again.
extern int wcwidth(wchar_t c);

/// The width glibc gives one code point: 0, 1, 2, or -1 for a non-printable one.
static inline int cdw_wcwidth(int codePoint) { return wcwidth((wchar_t)codePoint); }

/// 1 when the current LC_CTYPE encodes UTF-8.
static inline int cdw_ctype_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// Takes the environment's locale, then makes LC_CTYPE UTF-8 when it is not.
/// Returns 1 when LC_CTYPE is UTF-8 afterwards.
static inline int cdw_ensure_utf8_locale(void) {
  setlocale(LC_ALL, "");
  if (cdw_ctype_is_utf8()) return 1;
  const char *candidates[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"};
  for (unsigned i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
    if (setlocale(LC_CTYPE, candidates[i]) != NULL && cdw_ctype_is_utf8()) return 1;
  }
  return cdw_ctype_is_utf8();
}

#endif
