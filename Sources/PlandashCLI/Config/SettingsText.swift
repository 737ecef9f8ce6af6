import Dashboard

/// The words of the settings file's warnings, in Chinese and English (after `file:line: `).
enum SettingsText {
  static func unreadable(_ path: String) -> Localized {
    Localized(zh: "\(path)：无法读取；使用默认设置", en: "\(path): cannot be read; using defaults")
  }

  static func notUTF8(_ path: String) -> Localized {
    Localized(zh: "\(path)：不是 UTF-8 文本；使用默认设置", en: "\(path): not UTF-8 text; using defaults")
  }

  static func notKeyValue(_ line: String) -> Localized {
    Localized(
      zh: "应为“键 = 值”，实为“\(line)”；已忽略该行",
      en: "expected `key = value`, found '\(line)'; line ignored")
  }

  static func badLanguage(_ value: String) -> Localized {
    Localized(
      zh: "language 须为 zh 或 en，而非“\(value)”；已忽略该行",
      en: "language must be zh or en, not '\(value)'; line ignored")
  }

  static func notBool(_ key: String, _ value: String) -> Localized {
    Localized(
      zh: "\(key) 须为 true 或 false，而非“\(value)”；已忽略该行",
      en: "\(key) must be true or false, not '\(value)'; line ignored")
  }

  static func unknownKey(_ key: String, known: [String]) -> Localized {
    Localized(
      zh: "未知的键“\(key)”（可用：\(known.joined(separator: "、"))）；已忽略该行",
      en: "unknown key '\(key)' (known: \(known.joined(separator: ", "))); line ignored")
  }
}
