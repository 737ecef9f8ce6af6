#ifndef CSQLITESETTINGS_H
#define CSQLITESETTINGS_H

#include <sqlite3.h>

/// Keeps the last connection to close from checkpointing the WAL into the database file.
/// `sqlite3_db_config` is variadic, which Swift cannot call. Returns an SQLite result code.
int plandash_sqlite_no_checkpoint_on_close(sqlite3 *db);

/// After a commit that leaves `pages` or more pages in the write-ahead log, folds the log
/// into the database and empties it (a TRUNCATE checkpoint), waiting for no one: when a
/// reader or writer is in the way it gives up at once (a later commit tries again), then
/// restores a busy timeout of `busy_ms`. Replaces SQLite's automatic checkpoint, whose
/// PASSIVE checkpoint never empties the log: with no checkpoint on close, every process
/// that opens the store would otherwise rebuild its index from the whole, ever-growing log.
void plandash_sqlite_truncate_wal_at(sqlite3 *db, int pages, int busy_ms);

#endif
