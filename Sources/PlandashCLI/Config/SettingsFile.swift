import Dashboard
import Foundation
import PlanModel

/// The settings plandash remembers between runs, as a small text file of `key = value`
/// lines (`#` starts a comment):
///
///     theme = okabe-ito
///     ascii = false
///     cjk-wide = false
///     language = zh
///     region = bazhong
///     pane = measures
///
/// Only what the user chose is written (a flag, a change in the dashboard, or an earlier
/// file), so the language keeps following `LANG` until it is chosen. A damaged file never
/// stops the program: each bad line is reported as `file:line: …` and skipped.
struct SettingsFile: Equatable {
  var theme: String?
  var ascii: Bool?
  var cjkWide: Bool?
  var language: String?
  var region: String?
  var pane: String?

  static let keys = ["theme", "ascii", "cjk-wide", "language", "region", "pane"]

  /// Reads `url`; a missing file gives empty settings and no warning.
  static func read(from url: URL) -> (settings: SettingsFile, warnings: [Localized]) {
    guard FileManager.default.fileExists(atPath: url.path) else { return (SettingsFile(), []) }
    guard let data = try? Data(contentsOf: url) else {
      return (SettingsFile(), [SettingsText.unreadable(url.path)])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return (SettingsFile(), [SettingsText.notUTF8(url.path)])
    }
    return parse(text, path: url.path)
  }

  static func parse(_ text: String, path: String) -> (
    settings: SettingsFile, warnings: [Localized]
  ) {
    var settings = SettingsFile()
    var warnings: [Localized] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let place = "\(path):\(index + 1): "
      let line =
        rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        .first.map(String.init)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      if line.isEmpty { continue }
      guard let equals = line.firstIndex(of: "=") else {
        warnings.append(place + SettingsText.notKeyValue(line))
        continue
      }
      let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
      let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      switch key {
      case "theme": settings.theme = value.isEmpty ? nil : value
      case "language":
        if ["zh", "en"].contains(value) {
          settings.language = value
        } else {
          warnings.append(place + SettingsText.badLanguage(value))
        }
      case "ascii", "cjk-wide":
        guard let flag = Bool(value.lowercased()) else {
          warnings.append(place + SettingsText.notBool(key, value))
          continue
        }
        if key == "ascii" { settings.ascii = flag } else { settings.cjkWide = flag }
      case "region": settings.region = value.isEmpty ? nil : value
      case "pane": settings.pane = value.isEmpty ? nil : value
      default:
        warnings.append(place + SettingsText.unknownKey(key, known: keys))
      }
    }
    return (settings, warnings)
  }

  /// The file's text.
  var text: String {
    var lines = ["# plandash settings — written when the dashboard closes; edit freely."]
    if let theme { lines.append("theme = \(theme)") }
    if let ascii { lines.append("ascii = \(ascii)") }
    if let cjkWide { lines.append("cjk-wide = \(cjkWide)") }
    if let language { lines.append("language = \(language)") }
    if let region { lines.append("region = \(region)") }
    if let pane { lines.append("pane = \(pane)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes the file atomically (a crash never leaves half a file), creating the folder.
  func write(to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url, options: .atomic)
  }
}
