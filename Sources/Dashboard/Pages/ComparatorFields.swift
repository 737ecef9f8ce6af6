import PlanModel

/// The page of a comparator target or indicator (高于全省平均水平, docs/assessment.md
/// "Comparator targets"): its target as every view shows it, the gap the status rests on,
/// and the own and comparator series side by side by year.
extension PageBuilder {
  /// The goal fields of a comparator item: `>3.1 (2027)`, what it is compared with, and
  /// where the comparator series is recorded.
  mutating func comparatorGoalFields(_ goal: Goal, id: String) {
    let level = AssessmentBadge.targetLevel(
      of: id, goal: goal, data, asOf: asOf)
    field(UIText.target, Format.comparatorTarget(level, year: goal.target?.year, open: open))
    field(Localized(zh: "比较对象", en: "Compared with"), goal.comparator)
    field(Localized(zh: "比较序列", en: "Comparator id"), ComparatorSeries.id(of: id), role: .muted)
    qualifiersField(goal)
  }

  /// The goal's qualifiers (规上, 省级 …), when it has any.
  mutating func qualifiersField(_ goal: Goal) {
    if !goal.qualifiers.isEmpty {
      field(Localized(zh: "限定", en: "Qualifiers"), goal.qualifiers.joined(separator: "、"))
    }
  }

  /// One year of a comparator item: its own figure, the comparator's, and where both are
  /// recorded the gap, own − comparator signed by the desired direction (> 0 is ahead).
  struct ComparatorYear: Equatable {
    var year: Int
    var own: Double?
    var comparator: Double?
    var gap: Double?
  }

  /// Every year either series has, up to `asOf`, oldest first.
  static func comparatorYears(_ id: String, goal: Goal, _ data: DashboardData, asOf: Int)
    -> [ComparatorYear]
  {
    func byYear(_ id: String) -> [Int: Double] {
      Dictionary(
        (data.snapshot.actuals[id] ?? []).filter { $0.year <= asOf }.map { ($0.year, $0.value) },
        uniquingKeysWith: { $1 })
    }
    let own = byYear(id)
    let other = byYear(ComparatorSeries.id(of: id))
    let d = goal.desiredSign
    return Set(own.keys).union(other.keys).sorted().map { year in
      let gap = own[year].flatMap { o in other[year].map { d * (o - $0) } }
      return ComparatorYear(year: year, own: own[year], comparator: other[year], gap: gap)
    }
  }

  /// The gap the status rests on: the latest common year's, against the first common
  /// year's (narrowing, widening or unchanged).
  mutating func comparatorGapField(_ id: String, goal: Goal, asOf: Int) {
    let common = Self.comparatorYears(id, goal: goal, data, asOf: asOf)
      .filter { $0.gap != nil }
    guard let last = common.last, let gap = last.gap else {
      field(Localized(zh: "差距", en: "Gap"), nil)
      return
    }
    var text = "\(last.year): " + Self.signed(gap)
    if let first = common.first, let firstGap = first.gap, first.year != last.year {
      let trend =
        gap > firstGap
        ? Localized(zh: "缩小", en: "narrowed")
        : gap < firstGap ? Localized(zh: "扩大", en: "widened") : Localized(zh: "未变", en: "unchanged")
      text +=
        lang == .zh
        ? "（\(first.year)年 " + Self.signed(firstGap) + "，差距" + trend(lang) + "）"
        : " (\(first.year): " + Self.signed(firstGap) + ", " + trend(lang) + ")"
    }
    field(Localized(zh: "差距", en: "Gap"), text)
  }

  /// The own and comparator series side by side, with the gap, by year.
  mutating func comparatorRows(_ id: String, goal: Goal, asOf: Int) {
    heading(Localized(zh: "逐年对比", en: "Against the comparator by year"))
    let years = Self.comparatorYears(id, goal: goal, data, asOf: asOf)
    if years.isEmpty {
      emptyLine(UIText.noActuals)
      return
    }
    let number = PageTable.fixed(10, align: .right)
    // The comparator's column is as wide as two numbers, for its name.
    let table = PageTable(
      [PageTable.fixed(8), number, PageTable.fixed(22, align: .right), number], width: width)
    let comparatorName = goal.comparator ?? Localized(zh: "比较对象", en: "comparator")(lang)
    append(
      table.header([
        "  " + Localized(zh: "年份", en: "Year")(lang), Localized(zh: "本地", en: "Own")(lang),
        comparatorName, Localized(zh: "差距", en: "Gap")(lang),
      ]))
    for y in years {
      listRow(
        [
          table.text(0, "  \(y.year)"),
          table.text(1, y.own.map(Format.number) ?? open),
          table.text(2, y.comparator.map(Format.number) ?? open),
          table.text(
            3, y.gap.map(Self.signed) ?? open,
            role: y.gap.map { $0 > 0 ? .done : .behind } ?? .muted),
        ], search: [String(y.year)])
    }
  }

  /// `+0.5`, `−0.1`, `0`.
  static func signed(_ x: Double) -> String {
    let rounded = (x * 1000).rounded() / 1000
    if rounded > 0 { return "+" + Format.number(rounded) }
    if rounded < 0 { return "−" + Format.number(-rounded) }
    return "0"
  }
}
