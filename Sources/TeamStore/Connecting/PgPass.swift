import Foundation
import ProgressStore

/// The password file libpq reads (`$PGPASSFILE`, else `~/.pgpass`): lines of
/// `host:port:database:user:password`, `*` matching anything, `\:` and `\\` escaped, `#`
/// starting a comment. As libpq does, a file others may read (group or world bits set) is
/// ignored.
public enum PgPass {
  /// The password for this address, or nil.
  public static func password(
    for url: TeamURL, environment: [String: String] = ProcessEnvironment.values
  ) -> String? {
    let path = location(environment: environment)
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & 0o077 == 0,
      let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { return nil }
    return password(in: text, for: url)
  }

  /// The first matching line's password in a file's text.
  public static func password(in text: String, for url: TeamURL) -> String? {
    let host = url.isUnixSocket ? "localhost" : url.host
    let wanted = [host, String(url.port), url.database, url.user]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = split(String(line))
      guard fields.count == 5 else { continue }
      let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in
        field == "*" || field == value
      }
      if matches { return fields[4] }
    }
    return nil
  }

  static func location(environment: [String: String]) -> String {
    if let file = environment["PGPASSFILE"], !file.isEmpty { return file }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.pgpass"
  }

  /// A line's fields, split at unescaped colons, with `\:` and `\\` unescaped.
  static func split(_ line: String) -> [String] {
    var fields: [String] = [""]
    var escaped = false
    for character in line {
      if escaped {
        fields[fields.count - 1].append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" && fields.count < 5 {
        fields.append("")
      } else {
        fields[fields.count - 1].append(character)
      }
    }
    return fields
  }
}
