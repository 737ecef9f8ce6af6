#include "CSQLiteSettings.h"

#include <stddef.h>
#include <stdint.h>

int plandash_sqlite_no_checkpoint_on_close(sqlite3 *db) {
  return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}

/// What the WAL hook needs to know — the pages that start a checkpoint and the busy
/// timeout to restore — carried in the hook's own argument, so that nothing is allocated
/// for a connection and nothing outlives it: the pages in the high 32 bits, the timeout in
/// the low ones (both non-negative `int`s, so they fit in a 64-bit pointer's value).
static void *packed_setting(int pages, int busy_ms) {
  return (void *)(((uintptr_t)(uint32_t)pages << 32) | (uint32_t)busy_ms);
}

static int truncate_when_long(void *argument, sqlite3 *db, const char *name, int pages) {
  const uintptr_t setting = (uintptr_t)argument;
  if (pages < (int)(uint32_t)(setting >> 32)) return SQLITE_OK;
  sqlite3_busy_timeout(db, 0);
  // SQLITE_BUSY (someone in the way) leaves the log as it is; the commit stands either way.
  sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  sqlite3_busy_timeout(db, (int)(uint32_t)(setting & 0xFFFFFFFFu));
  return SQLITE_OK;
}

void plandash_sqlite_truncate_wal_at(sqlite3 *db, int pages, int busy_ms) {
  _Static_assert(sizeof(uintptr_t) >= 8, "a pointer holds two 32-bit values");
  sqlite3_wal_hook(db, truncate_when_long, packed_setting(pages, busy_ms));
}
