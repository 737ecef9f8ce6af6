#ifndef PLANDASH_LAZYLIBRARY_H
#define PLANDASH_LAZYLIBRARY_H
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/// One library opened by dlopen on first use, by its soname.
struct plandash_lazy_library {
  const char *soname;
  void *handle;
};

void plandash_lazy_open(struct plandash_lazy_library *library);

/// The library's own definition of `name` (never the forwarding one of the executable);
/// a library that cannot be loaded or lacks the symbol ends the process with one line —
/// callers ask `plandash_load_…` first and report a missing library themselves.
void *plandash_lazy_symbol(struct plandash_lazy_library *library, const char *name);

/// The library's definition of `name` as a pointer of `name`'s type, looked up once.
#define PLANDASH_REAL(library, name)                                                     \
  ({                                                                                     \
    static __typeof__(&name) real;                                                       \
    __typeof__(&name) f = __atomic_load_n(&real, __ATOMIC_ACQUIRE);                      \
    if (!f) {                                                                            \
      f = (__typeof__(&name))plandash_lazy_symbol(library, #name);                       \
      __atomic_store_n(&real, f, __ATOMIC_RELEASE);                                      \
    }                                                                                    \
    f;                                                                                   \
  })

/// Defines `name` with the header's prototype, forwarding to the library's definition.
#define PLANDASH_FORWARD(library, ret, name, params, args) \
  ret name params { return PLANDASH_REAL(library, name) args; }

#define PLANDASH_FORWARD_VOID(library, name, params, args) \
  void name params { PLANDASH_REAL(library, name) args; }

#endif
