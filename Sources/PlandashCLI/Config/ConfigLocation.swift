import Foundation
import ProgressStore

/// Where plandash keeps its settings and user themes: `$XDG_CONFIG_HOME/plandash/`, else
/// `~/.config/plandash/`.
struct ConfigLocation {
  let folder: URL

  init(environment: [String: String] = ProcessEnvironment.values) {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      folder = URL(fileURLWithPath: xdg).appendingPathComponent("plandash")
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      folder = URL(fileURLWithPath: home).appendingPathComponent(".config/plandash")
    }
  }

  /// The settings file.
  var settingsFile: URL { folder.appendingPathComponent("config") }
  /// The folder of the user's own theme files.
  var themesFolder: URL { folder.appendingPathComponent("themes") }
}
