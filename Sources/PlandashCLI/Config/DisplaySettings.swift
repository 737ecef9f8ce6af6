import Dashboard
import Foundation

/// Works out how the dashboard looks from, in order of strength: the command-line flags,
/// the environment (`PLANDASH_THEME`, `LANG`), the settings file, and the defaults.
struct DisplaySettings {
  var options: DashboardOptions
  /// Whether the language was chosen (flag or file) rather than taken from `LANG`; only a
  /// chosen language is written back to the settings file.
  var languageChosen: Bool
  var warnings: [String]

  struct Flags {
    var theme: String?
    var ascii: Bool?
    var cjkWide: Bool?
    var language: Language?
  }

  static func resolve(
    flags: Flags, file: SettingsFile, environment: [String: String], themeNames: [String],
    currentYear: Int
  ) throws -> DisplaySettings {
    var warnings: [String] = []
    var options = DashboardOptions(currentYear: currentYear)

    if let theme = flags.theme {
      guard themeNames.contains(theme) else {
        throw CLIError(
          "--theme \(theme): no such theme (available: \(themeNames.joined(separator: ", ")))",
          exitCode: 2)
      }
      options.themeName = theme
    } else if let theme = environment["PLANDASH_THEME"], !theme.isEmpty {
      if themeNames.contains(theme) {
        options.themeName = theme
      } else {
        warnings.append(
          "PLANDASH_THEME=\(theme): no such theme (available: \(themeNames.joined(separator: ", ")))"
        )
      }
    } else if let theme = file.theme {
      if themeNames.contains(theme) {
        options.themeName = theme
      } else {
        warnings.append("settings: theme '\(theme)' no longer exists; using the default")
      }
    }
    if !themeNames.contains(options.themeName), let first = themeNames.first {
      options.themeName = first
    }

    options.ascii = flags.ascii ?? file.ascii ?? false
    options.cjkWide = flags.cjkWide ?? file.cjkWide ?? false

    let (language, languageChosen) = Self.language(
      flag: flags.language, file: file, environment: environment)
    options.language = language

    options.regionID = file.region
    if let pane = file.pane {
      if let id = PaneID.named(pane) {
        options.focus = id
      } else {
        warnings.append("settings: pane '\(pane)' is not a pane; starting on regions")
      }
    }
    return DisplaySettings(options: options, languageChosen: languageChosen, warnings: warnings)
  }

  /// The UI language: the flag, else the settings file's, else the locale's
  /// (`Language.fromEnvironment`); `chosen` when it came from the flag or the file.
  static func language(flag: Language?, file: SettingsFile, environment: [String: String])
    -> (language: Language, chosen: Bool)
  {
    if let flag { return (flag, true) }
    if let saved = file.language.flatMap(Language.init(rawValue:)) { return (saved, true) }
    return (Language.fromEnvironment(environment), false)
  }

  /// The settings file to write after a session that ended in `final`.
  static func persisted(
    _ final: DashboardOptions, languageChosen: Bool, startedWith: DashboardOptions
  )
    -> SettingsFile
  {
    SettingsFile(
      theme: final.themeName, ascii: final.ascii, cjkWide: final.cjkWide,
      language: (languageChosen || final.language != startedWith.language)
        ? final.language.rawValue : nil,
      region: final.regionID, pane: final.focus.settingsName)
  }
}

extension PaneID {
  /// The pane's name in the settings file.
  var settingsName: String {
    switch self {
    case .regions: "regions"
    case .clusters: "clusters"
    case .ladders: "ladders"
    case .landEnergy: "land-energy"
    case .measures: "measures"
    }
  }

  static func named(_ name: String) -> PaneID? {
    allCases.first { $0.settingsName == name } ?? Int(name).flatMap(PaneID.init(rawValue:))
  }
}
