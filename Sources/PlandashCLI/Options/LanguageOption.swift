import ArgumentParser
import Dashboard
import Foundation

/// `--lang zh|en` of the commands that print for people (`report`): the flag, else the
/// language saved in the settings file, else the locale's — the dashboard's own rule
/// (`DisplaySettings.language`).
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "zh or en (default: the dashboard's language — the one saved, else from the locale).",
      valueName: "zh|en"))
  var language: String?

  func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws
    -> Language
  {
    var flag: Language?
    if let language {
      guard let value = Language(rawValue: language) else {
        throw CLIError("--lang \(language): give zh or en", exitCode: 2)
      }
      flag = value
    }
    let file = SettingsFile.read(from: ConfigLocation(environment: environment).settingsFile)
    return DisplaySettings.language(flag: flag, file: file.settings, environment: environment)
      .language
  }
}
