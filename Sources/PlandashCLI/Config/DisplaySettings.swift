import Dashboard
import Foundation

/// Works out how the dashboard looks from, in order of strength: the command-line flags,
/// the environment (`PLANDASH_THEME`, `LANG`), the settings file, and the defaults.
struct DisplaySettings {
  var options: DashboardOptions
  /// Whether the language was chosen (flag or file) rather than taken from `LANG`; only a
  /// chosen language is written back to the settings file.
  var languageChosen: Bool
  var warnings: [Localized]

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
    var warnings: [Localized] = []
    var options = DashboardOptions(currentYear: currentYear)

    if let theme = flags.theme {
      guard themeNames.contains(theme) else {
        throw CLIError(
          CLIText.noSuchTheme("--theme \(theme)", available: themeNames), exitCode: 2)
      }
      options.themeName = theme
    } else if let theme = environment["PLANDASH_THEME"], !theme.isEmpty {
      if themeNames.contains(theme) {
        options.themeName = theme
      } else {
        warnings.append(CLIText.noSuchTheme("PLANDASH_THEME=\(theme)", available: themeNames))
      }
    } else if let theme = file.theme {
      if themeNames.contains(theme) {
        options.themeName = theme
      } else {
        warnings.append(CLIText.savedThemeGone(theme))
      }
    }
    if !themeNames.contains(options.themeName), let first = themeNames.first {
      options.themeName = first
    }

    options.ascii = flags.ascii ?? file.ascii ?? false
    options.cjkWide = flags.cjkWide ?? file.cjkWide ?? false

    let saved = file.language.flatMap(Language.init(rawValue:))
    options.language = Language.detect(
      chosen: flags.language, saved: saved, environment: environment)
    let languageChosen = flags.language != nil || saved != nil

    options.regionID = file.region
    if let pane = file.pane {
      if let id = PaneID.named(pane) {
        options.focus = id
      } else {
        warnings.append(CLIText.savedPaneUnknown(pane))
      }
    }
    return DisplaySettings(options: options, languageChosen: languageChosen, warnings: warnings)
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
