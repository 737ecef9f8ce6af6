import Foundation

/// One document being read: where it is, as the user named it, its bytes and the programs
/// its reader may run.
struct DocumentFile {
  /// The path as the user gave it, for messages.
  var path: String
  var url: URL
  var bytes: [UInt8]
  var tools: ExternalTools
}
