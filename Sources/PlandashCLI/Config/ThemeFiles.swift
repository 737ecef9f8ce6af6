import Foundation
import PlanFiles

/// Finds theme files by name: the user's `$XDG_CONFIG_HOME/plandash/themes/NAME.theme`
/// first (so a user can override a shipped theme), then the package's `Themes/` folder,
/// found from any working directory as SampleData is.
struct ThemeFiles {
  let folders: [URL]

  init(config: ConfigLocation) {
    var folders = [config.themesFolder]
    if let shipped = PlansLocator.shippedFolder(named: "Themes") {
      folders.append(URL(fileURLWithPath: shipped))
    }
    self.folders = folders
  }

  static let fileExtension = "theme"

  /// Every theme name available, sorted, each once.
  func names() -> [String] {
    var names = Set<String>()
    for folder in folders {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for entry in entries where entry.hasSuffix("." + Self.fileExtension) {
        names.insert(String(entry.dropLast(Self.fileExtension.count + 1)))
      }
    }
    return names.sorted()
  }

  /// The file for a theme name, if one exists.
  func file(named name: String) -> URL? {
    for folder in folders {
      let url = folder.appendingPathComponent(name + "." + Self.fileExtension)
      if FileManager.default.fileExists(atPath: url.path) { return url }
    }
    return nil
  }
}
