#include "LazyLibrary.h"

static pthread_mutex_t opening = PTHREAD_MUTEX_INITIALIZER;

void plandash_lazy_open(struct plandash_lazy_library *library) {
  pthread_mutex_lock(&opening);
  if (!library->handle) library->handle = dlopen(library->soname, RTLD_NOW | RTLD_LOCAL);
  pthread_mutex_unlock(&opening);
}

void *plandash_lazy_symbol(struct plandash_lazy_library *library, const char *name) {
  plandash_lazy_open(library);
  void *symbol = library->handle ? dlsym(library->handle, name) : NULL;
  if (!symbol) {
    fprintf(stderr, "plandash: %s: %s\n", library->soname, dlerror());
    exit(1);
  }
  return symbol;
}
