import PlanModel

/// The unit a table of figures by year gives for all its rows when its rows do not name one
/// (no unit in the row's name, no 单位 column): in its year columns' labels (`2027年(亿元)`,
/// `2028年目标(亿元)`), or in its caption above it (`表1 主要指标(单位:亿元)`, a line `单位:亿元`)
/// — the caption or a line within `YearColumnRows.titleReach` paragraphs before the table.
/// Only a unit the plan format knows is taken (`单位:家`, `单位:%`), never a word.
enum TableUnit {
  /// The table's unit for rows without their own: its year labels' first, else its caption's.
  static func shared(header: [String], before: [String]) -> String? {
    headerUnit(header) ?? captionUnit(before)
  }

  /// The unit all the year labels of a header carry in brackets (`2026年(亿元)`), when they
  /// carry one and the same.
  static func headerUnit(_ header: [String]) -> String? {
    let units = header.compactMap { cell -> String? in
      guard YearColumn.reading(cell) != nil else { return nil }
      return bracketedUnit(cell) ?? ""
    }
    guard let first = units.first, !first.isEmpty, units.allSatisfy({ $0 == first }) else {
      return nil
    }
    return first
  }

  /// The unit of the last caption line to give one (`(单位:亿元)`, `单位:%`).
  static func captionUnit(_ lines: [String]) -> String? {
    for text in lines.suffix(YearColumnRows.titleReach).reversed() {
      guard
        let label = text.textRange(of: "单位:") ?? text.textRange(of: "单位\u{FF1A}")
          ?? text.textRange(of: "单位\u{3000}") ?? text.textRange(of: "单位 ")
      else { continue }
      let unit = text[label.upperBound...].prefix { !"()（）,，;；、 \u{3000}".contains($0) }
      let trimmed = PlanTextCharacters.trimmed(unit)
      if KnownUnits.contains(trimmed) { return trimmed }
    }
    return nil
  }

  /// `2026年(亿元)` → `亿元`; nil when the brackets hold no known unit.
  static func bracketedUnit(_ cell: String) -> String? {
    let text = PlanTextCharacters.trimmed(cell)
    guard let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }),
      let close = text.lastIndex(where: { $0 == ")" || $0 == "）" }), open < close
    else { return nil }
    let unit = PlanTextCharacters.trimmed(text[text.index(after: open)..<close])
    return KnownUnits.contains(unit) ? unit : nil
  }

  /// A row naming a part of the row above (`其中:光通信器件`, `其中：激光`) → the part's name.
  static func partName(_ cell: String) -> String {
    let text = PlanTextCharacters.trimmed(cell)
    for mark in ["其中:", "其中\u{FF1A}"] where text.hasPrefix(mark) && text.count > mark.count + 1 {
      return PlanTextCharacters.trimmed(text.dropFirst(mark.count))
    }
    return text
  }
}
