import Dashboard
import Foundation
import PlanFiles
import PlanModel

/// Finds theme files: the package's `Themes/` folder (found from any working directory, as
/// SampleData is), then the user's `$XDG_CONFIG_HOME/plandash/themes/` — a user theme of
/// the same name overrides a shipped one.
struct ThemeFiles {
  /// Weakest first.
  let folders: [URL]

  init(config: ConfigLocation) {
    var folders: [URL] = []
    if let shipped = PlansLocator.shippedFolder(named: "Themes") {
      folders.append(URL(fileURLWithPath: shipped))
    }
    folders.append(config.themesFolder)
    self.folders = folders
  }

  /// Every theme file's path and text, shipped ones first, each folder sorted by name;
  /// unreadable files are reported as warnings.
  func load() -> (files: [(file: String, text: String)], warnings: [Localized]) {
    var files: [(file: String, text: String)] = []
    var warnings: [Localized] = []
    for folder in folders {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for entry in entries.sorted() where entry.hasSuffix("." + Self.fileExtension) {
        let path = folder.appendingPathComponent(entry).path
        guard let data = FileManager.default.contents(atPath: path),
          let text = String(data: data, encoding: .utf8)
        else {
          warnings.append(
            "\(path): "
              + Localized(
                zh: "无法按 UTF-8 文本读取；已跳过该主题", en: "cannot be read as UTF-8 text; theme skipped"))
          continue
        }
        files.append((path, text))
      }
    }
    return (files, warnings)
  }

  static let fileExtension = "theme"
}
