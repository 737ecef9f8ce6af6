#ifndef CSQLITESETTINGS_H
#define CSQLITESETTINGS_H

#include <sqlite3.h>

/// Keeps the last connection to close from checkpointing the WAL into the database file.
/// `sqlite3_db_config` is variadic, which Swift cannot call. Returns an SQLite result code.
int plandash_sqlite_no_checkpoint_on_close(sqlite3 *db);

#endif
