import ArgumentParser
import Dashboard
import Foundation
import ProgressStore

/// `--lang zh|en`: the language of a command's messages (and of the dashboard it opens).
/// Without it, the language saved in the settings file, else the locale's: Chinese unless
/// the locale names English (`Language.detect`).
struct LanguageOptions: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "zh or en (default: the language last chosen, else en only where LC_ALL/LC_MESSAGES/LANG is en_*, else zh).",
      valueName: "zh|en"))
  var language: String?

  /// The language given with `--lang`, or nil; a value other than zh or en is an error.
  func chosen() throws -> Language? {
    guard let language else { return nil }
    guard let value = Language(rawValue: language) else {
      throw CLIError(CLIText.badLanguage(language), exitCode: 2)
    }
    return value
  }

  /// The language of this run: `--lang`, else the saved setting, else the locale. A bad
  /// `--lang` is passed over here (it is refused, in this language, when the command runs).
  func resolve(environment: [String: String] = ProcessEnvironment.values) -> Language {
    Self.resolve(chosen: try? chosen(), environment: environment)
  }

  /// The language of a run with `chosen` given on the command line (or not).
  static func resolve(chosen: Language?, environment: [String: String]) -> Language {
    let settings = SettingsFile.read(from: ConfigLocation(environment: environment).settingsFile)
    return Language.detect(
      chosen: chosen, saved: settings.settings.language.flatMap(Language.init(rawValue:)),
      environment: environment)
  }
}

/// A command whose messages follow a `--lang` of its own.
protocol LanguageChoosing {
  var languageOptions: LanguageOptions { get }
}

extension ParsableCommand {
  /// The language this command's messages are printed in.
  var messageLanguage: Language {
    (self as? LanguageChoosing)?.languageOptions.resolve()
      ?? LanguageOptions.resolve(
        chosen: nil, environment: ProcessEnvironment.values)
  }
}
