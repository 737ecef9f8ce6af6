import Dashboard
import Foundation
import ProgressStore

/// How a dashboard session looks — themes, display settings, the year assessed — worked out
/// once from the flags, the environment and (for the live dashboard) the settings file.
/// Shared by `plandash`, `plandash render` and `plandash demo`.
struct DashboardLook {
  var themes: ThemeSet
  var settings: DisplaySettings
  var config: ConfigLocation
  var useColor: Bool

  /// Reads the theme files and resolves the settings; prints warnings on standard error.
  /// A bad `--theme` or `--as-of` is an error.
  static func resolve(
    display: DisplayOptions, asOf: AsOfOptions, readSettingsFile: Bool,
    environment: [String: String] = ProcessEnvironment.values
  ) throws -> DashboardLook {
    let config = ConfigLocation(environment: environment)
    var fileWarnings: [Localized] = []
    var file = SettingsFile()
    if readSettingsFile {
      (file, fileWarnings) = SettingsFile.read(from: config.settingsFile)
    }
    let themeFiles = ThemeFiles(config: config).load()
    let themes = ThemeSet(files: themeFiles.files)
    let settings = try DisplaySettings.resolve(
      flags: display.flags(), file: file, environment: environment, themeNames: themes.names,
      currentYear: try asOf.year(environment: environment))
    let language = settings.options.language
    let themeWarnings =
      themeFiles.warnings.map { $0(language) } + themes.warnings.map { $0.text(language) }
    let chosenWarnings = (fileWarnings + settings.warnings).map { $0(language) }
    for warning in chosenWarnings + themeWarnings {
      StandardStreams.err("plandash: " + CLIText.warning(language) + warning + "\n")
    }
    // NO_COLOR: any non-empty value turns colour off (https://no-color.org).
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return DashboardLook(themes: themes, settings: settings, config: config, useColor: !noColor)
  }
}
