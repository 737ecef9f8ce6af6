import PlanModel

/// The language of the user interface (defined with `Localized` in PlanModel, so every layer
/// can word its messages in both; named here too for the files that import only Dashboard).
public typealias Language = PlanModel.Language
/// A text in both languages.
public typealias Localized = PlanModel.Localized

extension Language {
  /// The language plandash speaks, the one rule every command and the dashboard follow:
  /// a language chosen for this run (`--lang`, `:lang`), else the one saved in the settings
  /// file, else the locale's. Chinese is the default: the locale picks English only when it
  /// names English explicitly (`en_US.UTF-8`, `en`); `C`, `C.UTF-8`, `POSIX` or nothing set,
  /// as usual over SSH, give Chinese.
  public static func detect(
    chosen: Language? = nil, saved: Language? = nil, environment: [String: String]
  ) -> Language {
    chosen ?? saved ?? fromEnvironment(environment)
  }

  /// English when the locale value (`LANG`, `LC_ALL` …) names English (`en`, `en_GB`,
  /// `en_US.UTF-8`, `en@…`), Chinese otherwise.
  public static func fromLocale(_ value: String?) -> Language {
    guard let value else { return .zh }
    let lowered = value.lowercased()
    guard lowered.hasPrefix("en") else { return .zh }
    let rest = lowered.dropFirst(2)
    return rest.isEmpty || ["_", ".", "@", "-"].contains(rest.first!) ? .en : .zh
  }

  /// From the environment as POSIX orders it: `LC_ALL`, then `LC_MESSAGES`, then `LANG`
  /// (the first one set and not empty).
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first {
      !$0.isEmpty
    }
    return fromLocale(value)
  }
}
