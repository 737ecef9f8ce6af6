/// A folder searched for plan files, with the stamp it had when it was opened, before its
/// entries were read. A file added to it, removed from it or renamed in it changes the
/// folder's modification and change times; so when every folder searched still has a
/// stamp old enough to trust (`FileStamp.isTrusted`), listing them again would find the
/// same files, and the plans' index need not list them (`IndexFreshness`).
struct ScannedFolder: Equatable, Sendable {
  var path: String
  var stamp: FileStamp
}
