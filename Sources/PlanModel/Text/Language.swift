/// The language plandash speaks to its user: Chinese or English. Every layer words its
/// messages in both (`Localized`) and the user's choice picks one when they are shown; how
/// the choice is made from the locale, flags and settings is `Language.detect` (Dashboard).
public enum Language: String, CaseIterable, Hashable, Codable, Sendable {
  case zh
  case en
}

/// A text in both languages.
public struct Localized: Hashable, Codable, Sendable {
  public var zh: String
  public var en: String

  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  /// The same text in both languages: a name, a number or a file path.
  public init(verbatim text: String) {
    self.init(zh: text, en: text)
  }

  public func callAsFunction(_ language: Language) -> String {
    language == .zh ? zh : en
  }

  /// Both texts with `other` after them.
  public static func + (lhs: Localized, rhs: Localized) -> Localized {
    Localized(zh: lhs.zh + rhs.zh, en: lhs.en + rhs.en)
  }

  /// Both texts with the same `text` after them.
  public static func + (lhs: Localized, rhs: String) -> Localized {
    Localized(zh: lhs.zh + rhs, en: lhs.en + rhs)
  }

  /// The same `text` before both texts.
  public static func + (lhs: String, rhs: Localized) -> Localized {
    Localized(zh: lhs + rhs.zh, en: lhs + rhs.en)
  }

  /// The texts joined by a separator in each language.
  public static func joined(_ parts: [Localized], separator: Localized) -> Localized {
    Localized(
      zh: parts.map(\.zh).joined(separator: separator.zh),
      en: parts.map(\.en).joined(separator: separator.en))
  }
}
