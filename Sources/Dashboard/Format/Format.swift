import PlanModel

/// How figures, statuses and directions read on screen. Open fields read "—".
public enum Format {
  /// A number as a person writes it: no trailing zeros, at most two decimals.
  public static func number(_ value: Double) -> String {
    guard value.isFinite else { return "?" }
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded() && abs(rounded) < 1e15 {
      return String(Int64(rounded))
    }
    var text = String(rounded)
    if text.contains("e") { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// A figure's number or range (`1600`, `2—3`); nil when it carries no number.
  public static func figureNumber(_ figure: Figure?) -> String? {
    guard let figure, figure.hasNumber else { return nil }
    if let value = figure.value { return number(value) }
    switch (figure.min, figure.max) {
    case (let lo?, let hi?): return number(lo) + "—" + number(hi)
    case (let lo?, nil): return "≥" + number(lo)
    case (nil, let hi?): return "≤" + number(hi)
    default: return nil
    }
  }

  /// A figure's number, or the open-field mark.
  static func figure(_ figure: Figure?, open: String) -> String {
    figureNumber(figure) ?? open
  }

  /// A figure with its year: `1600 (2027)`.
  public static func figureWithYear(_ figure: Figure?, open: String) -> String {
    guard let text = figureNumber(figure) else {
      if let year = figure?.year { return "\(open) (\(year))" }
      return open
    }
    if let year = figure?.year { return "\(text) (\(year))" }
    return text
  }

  /// An actual figure: `412 (2024)`.
  static func actual(_ actual: Actual?, open: String) -> String {
    guard let actual else { return open }
    return "\(number(actual.value)) (\(actual.year))"
  }

  /// A list of units: the first, and `等N个` / `+N` for the rest.
  static func units(_ units: [String], open: String, language: Language) -> String {
    guard let first = units.first else { return open }
    if units.count == 1 { return first }
    return language == .zh ? "\(first)等\(units.count)个" : "\(first) +\(units.count - 1)"
  }

  /// As many units as fit in `width` columns, in order (`区招商投资局、区经济信息委`), and
  /// the count of the others after them (`区招商投资局等3个`, `A, B +2`).
  static func units(_ units: [String], fitting width: Int, open: String, language: Language)
    -> String
  {
    guard !units.isEmpty else { return open }
    let separator = language == .zh ? "、" : ", "
    for shown in stride(from: units.count, through: 1, by: -1) {
      let listed = units.prefix(shown).joined(separator: separator)
      let rest = units.count - shown
      let text =
        rest == 0 ? listed : language == .zh ? "\(listed)等\(units.count)个" : "\(listed) +\(rest)"
      if shown == 1 || DisplayWidth.of(text) <= width { return text }
    }
    return open
  }

  static func statusWord(_ status: MeasureStatus, _ language: Language) -> String {
    switch status {
    case .todo: UIText.todo(language)
    case .inProgress: UIText.inProgress(language)
    case .done: UIText.done(language)
    case .blocked: UIText.blocked(language)
    }
  }

  /// The status symbol: never colour alone.
  static func statusSymbol(_ status: MeasureStatus, _ glyphs: GlyphSet) -> String {
    if glyphs.usesUnicodeSymbols {
      switch status {
      case .todo: return "○"
      case .inProgress: return "◐"
      case .done: return "✔"
      case .blocked: return "✖"
      }
    }
    switch status {
    case .todo: return "[ ]"
    case .inProgress: return "[~]"
    case .done: return "[x]"
    case .blocked: return "[!]"
    }
  }

  /// Symbol and word: `✔ 已完成`, `[!] blocked`.
  static func status(_ status: MeasureStatus, _ glyphs: GlyphSet, _ language: Language) -> String {
    statusSymbol(status, glyphs) + " " + statusWord(status, language)
  }

  static func statusRole(_ status: MeasureStatus) -> StyleRole {
    switch status {
    case .todo: .todo
    case .inProgress: .inProgress
    case .done: .done
    case .blocked: .blocked
    }
  }

  static func direction(_ direction: Direction, _ glyphs: GlyphSet, _ language: Language) -> String
  {
    let arrow: String
    switch direction {
    case .up: arrow = glyphs.usesUnicodeSymbols ? "↑" : "+"
    case .down: arrow = glyphs.usesUnicodeSymbols ? "↓" : "-"
    case .keep: arrow = "="
    }
    let word: String
    switch direction {
    case .up: word = UIText.up(language)
    case .down: word = UIText.down(language)
    case .keep: word = UIText.keep(language)
    }
    return arrow + " " + word
  }

  /// `3/40`.
  static func count(_ done: Int, _ total: Int) -> String { "\(done)/\(total)" }

  /// How far an actual has come from the baseline toward the target (0…1), for bars; nil
  /// when the figures do not allow it.
  static func progressFraction(goal: Goal, latest: Actual?) -> Double? {
    guard let latest, let target = goal.target?.threshold else { return nil }
    let base = goal.baseline?.threshold ?? 0
    let span = target - base
    if span == 0 { return latest.value >= target ? 1 : 0 }
    let fraction = (latest.value - base) / span
    return fraction.isFinite ? min(1, max(0, fraction)) : nil
  }
}
