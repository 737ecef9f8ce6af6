import PlanModel

/// The words of every theme-file warning, in Chinese and English.
enum ThemeText {
  static func notKeyValue(_ line: String) -> Localized {
    Localized(zh: "应为“键 = 值”，实为 `\(line)`", en: "expected `key = value`, found `\(line)`")
  }
  static func setAgain(_ key: String) -> Localized {
    Localized(zh: "`\(key)` 重复设置；以后一行为准", en: "`\(key)` set again; the later line wins")
  }
  static let emptyName = Localized(zh: "主题名为空", en: "empty theme name")
  static func unknownKey(_ key: String, known: String) -> Localized {
    Localized(
      zh: "未知的键 `\(key)`（可用：name, \(known)）", en: "unknown key `\(key)` (known: name, \(known))")
  }
  static func badValue(_ key: String, _ problem: Localized) -> Localized {
    Localized(
      zh: "\(key)：\(problem.zh)；改用默认值", en: "\(key): \(problem.en); using the default")
  }
  static let noColour = Localized(zh: "未给出颜色", en: "no colour given")
  static func badColour(_ word: String) -> Localized {
    Localized(zh: "无效的颜色 `\(word)`", en: "bad colour `\(word)`")
  }
  static func badShape(_ value: String) -> Localized {
    Localized(
      zh: "应为 `前景色 [on 背景色] [bold] [reverse] [underline]`，实为 `\(value)`",
      en: "expected `FG [on BG] [bold] [reverse] [underline]`, found `\(value)`")
  }
}
