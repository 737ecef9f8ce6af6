/// The language of the user interface: Chinese or English (`--lang zh|en`, or from `LANG`).
public enum Language: String, CaseIterable, Hashable, Sendable {
  case zh
  case en

  /// Chinese when the locale value (`LANG`, `LC_ALL` …) starts with `zh`, English otherwise.
  public static func fromLocale(_ value: String?) -> Language {
    guard let value, value.lowercased().hasPrefix("zh") else { return .en }
    return .zh
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

/// A text in both languages.
public struct Localized: Hashable, Sendable {
  public var zh: String
  public var en: String

  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  public func callAsFunction(_ language: Language) -> String {
    language == .zh ? zh : en
  }
}
