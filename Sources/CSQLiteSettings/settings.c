#include "CSQLiteSettings.h"

#include <stdlib.h>

int plandash_sqlite_no_checkpoint_on_close(sqlite3 *db) {
  return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}

/// What the WAL hook needs to know, one per connection (freed with the process: a store
/// stays open as long as the command or dashboard that opened it).
struct truncate_setting {
  int pages;
  int busy_ms;
};

static int truncate_when_long(void *argument, sqlite3 *db, const char *name, int pages) {
  const struct truncate_setting *setting = argument;
  if (pages < setting->pages) return SQLITE_OK;
  sqlite3_busy_timeout(db, 0);
  // SQLITE_BUSY (someone in the way) leaves the log as it is; the commit stands either way.
  sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  sqlite3_busy_timeout(db, setting->busy_ms);
  return SQLITE_OK;
}

void plandash_sqlite_truncate_wal_at(sqlite3 *db, int pages, int busy_ms) {
  struct truncate_setting *setting = malloc(sizeof *setting);
  if (!setting) return;  // SQLite's own automatic checkpoint stays in place
  setting->pages = pages;
  setting->busy_ms = busy_ms;
  sqlite3_wal_hook(db, truncate_when_long, setting);
}
