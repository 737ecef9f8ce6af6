#ifndef PLANDASH_CNCURSESW_SHIM_H
#define PLANDASH_CNCURSESW_SHIM_H
// The wide-character API must be switched on before curses.h is read.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <curses.h>

extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

static inline WINDOW *plandash_stdscr(void) { return stdscr; }
static inline int plandash_lines(void) { return LINES; }
static inline int plandash_cols(void) { return COLS; }
static inline int plandash_colors(void) { return COLORS; }
static inline attr_t plandash_a_bold(void) { return A_BOLD; }
static inline attr_t plandash_a_reverse(void) { return A_REVERSE; }
static inline attr_t plandash_a_underline(void) { return A_UNDERLINE; }
static inline attr_t plandash_a_dim(void) { return A_DIM; }
static inline attr_t plandash_a_normal(void) { return A_NORMAL; }
static inline int plandash_key_f(int n) { return KEY_F(n); }
#endif
