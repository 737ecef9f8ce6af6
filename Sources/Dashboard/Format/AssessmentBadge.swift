import PlanModel

/// How the dashboard shows an assessment (docs/assessment.md): a symbol and a word, never
/// colour alone, in the role of the nearest measure status (achieved and on track as done,
/// acceleration needed as in progress, limited progress and not achieved as behind,
/// deterioration as blocked), so every theme colours it without new keys.
enum AssessmentBadge {
  /// The model's words (`AssessmentStatus`), the same as the report's and the JSON
  /// export's, in either language: "acceleration needed" · 需加快. Where a column is too
  /// narrow for them the badge is the symbol alone (`compact`), never a third wording.
  static func word(_ status: AssessmentStatus, _ language: Language) -> String {
    switch language {
    case .zh: status.labelZh
    case .en: status.label
    }
  }

  /// `~ 需加快`, `~ acceleration needed`, or the symbol alone where `compact`.
  static func text(_ status: AssessmentStatus, _ language: Language, compact: Bool = false)
    -> String
  {
    compact ? status.symbol : status.symbol + " " + word(status, language)
  }

  /// The widest badge with its word in a language: the width a badge column needs.
  static func textWidth(_ language: Language) -> Int {
    AssessmentStatus.allCases.map { DisplayWidth.of(text($0, language)) }.max() ?? 1
  }

  static func role(_ status: AssessmentStatus) -> StyleRole {
    switch status {
    case .achieved, .onTrack: .done
    case .accelerationNeeded: .inProgress
    case .limitedProgress, .notAchieved: .behind
    case .deterioration: .blocked
    case .notAssessable: .muted
    }
  }

  /// The assessment of a target, indicator or tier as of the dashboard's current year.
  static func assessment(of id: String, _ data: DashboardData, asOf: Int) -> Assessment? {
    CatalogAssessment.assess(id: id, catalog: data.catalog, snapshot: data.snapshot, asOf: asOf)
  }

  /// The level a goal measured from its base (增长30%, 下降13%, 倍增) comes to — the
  /// assessment's target — once its base is known (the base year's figure, or where the
  /// plan names none the issue year's actual); nil before, and for any other goal.
  static func relativeLevel(of id: String, goal: Goal, _ data: DashboardData, asOf: Int)
    -> Double?
  {
    guard goal.isFromBaseYear, let a = assessment(of: id, data, asOf: asOf), a.method != .none
    else { return nil }
    return a.targetValue
  }

  /// Where the base comes from, where it is a recorded actual: 基期取2022年实际值,
  /// "base: 2022 actual" (the model's words, as the report's).
  static func baseNote(_ a: Assessment, _ language: Language) -> String? {
    language == .zh ? a.baseNoteZh : a.baseNote
  }

  /// The figure a row shows as a goal's target where the plan gives none itself: the level a
  /// change from a base year comes to (`relativeLevel`), or for a comparator goal the
  /// comparator's figure in the latest common year.
  static func targetLevel(of id: String, goal: Goal, _ data: DashboardData, asOf: Int)
    -> Double?
  {
    guard goal.kind == .comparator else {
      return relativeLevel(of: id, goal: goal, data, asOf: asOf)
    }
    let a = assessment(of: id, data, asOf: asOf)
    return a?.method == .comparator ? a?.targetValue : nil
  }

  /// The target an item is assessed against, as the T and C views show it: for a goal set as
  /// a change or a comparator, as its pane shows it (the level it comes to, `>3.1 (2027)`, or
  /// the change itself); else the assessed target level (a range's lower bound), else the
  /// plan's figure.
  static func assessedTargetText(
    of id: String, _ data: DashboardData, asOf: Int, open: String, _ language: Language
  ) -> String {
    let goal = data.catalog.assessableGoal(id)
    if let goal, goal.isChange || goal.kind == .comparator {
      let level = targetLevel(of: id, goal: goal, data, asOf: asOf)
      return Format.goalTarget(goal, level: level, open: open, language)
    }
    let a = assessment(of: id, data, asOf: asOf)
    return a?.targetValue.map { Format.number($0) + (a?.targetYear.map { " (\($0))" } ?? "") }
      ?? goal.map { Format.figureWithYear($0.target, open: open) } ?? open
  }

  /// The status of an item as of a year; not assessable where it has no assessment.
  static func status(of id: String, _ data: DashboardData, asOf: Int) -> AssessmentStatus {
    assessment(of: id, data, asOf: asOf)?.status ?? .notAssessable
  }

  /// A pane cell: the badge of an item as of the dashboard's current year (the symbol alone
  /// where `compact`: the panes are narrow; `T` and the pages give the word).
  static func cell(_ id: String, _ context: ViewContext, compact: Bool = false) -> TableCell {
    let status = Self.status(of: id, context.data, asOf: context.state.currentYear)
    return .text(text(status, context.language, compact: compact), role(status))
  }

  /// The worst status among items (those not assessable count only when all are), for the
  /// one-symbol column of the Regions and Clusters panes.
  static func worst(_ ids: [String], _ data: DashboardData, asOf: Int) -> AssessmentStatus {
    let statuses = ids.compactMap { assessment(of: $0, data, asOf: asOf)?.status }
      .filter { $0 != .notAssessable }
    return statuses.min { $0.severity < $1.severity } ?? .notAssessable
  }

  /// A pane cell for the worst status among items.
  static func worstCell(_ ids: [String], _ context: ViewContext) -> TableCell {
    let status = worst(ids, context.data, asOf: context.state.currentYear)
    return .text(status.symbol, role(status))
  }

  /// `73%` for a ratio R, or the open mark.
  static func ratio(_ a: Assessment?, open: String) -> String {
    guard let r = a?.ratio else { return open }
    if r == .infinity { return "∞" }
    if r == -.infinity { return "-∞" }
    return String(Int((r * 100).rounded())) + "%"
  }

  /// Actuals by year as a sparkline, one character a year from the first to the last
  /// recorded year (a gap year is a space), scaled between the smallest and largest value:
  /// block elements in Unicode mode, ` .:-=+*#` in ASCII and CJK-wide modes.
  static func sparkline(_ actuals: [Actual], glyphs: GlyphSet, width: Int) -> String {
    let shown = Array(actuals.sorted { $0.year < $1.year }.suffix(width))
    guard let first = shown.first, let last = shown.last else { return "" }
    let levels: [Character] =
      glyphs.usesUnicodeSymbols ? Array("▁▂▃▄▅▆▇█") : Array(".:-=+*#")
    let values = shown.map(\.value)
    let low = values.min()!
    let high = values.max()!
    var byYear: [Int: Double] = [:]
    for a in shown { byYear[a.year] = a.value }
    var out = ""
    for year in first.year...last.year {
      guard let v = byYear[year] else {
        out.append(" ")
        continue
      }
      let level =
        high == low ? levels.count / 2 : Int(((v - low) / (high - low)) * Double(levels.count - 1))
      out.append(levels[min(levels.count - 1, max(0, level))])
    }
    return String(out.suffix(width))
  }
}
