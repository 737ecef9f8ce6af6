/// Why an item cannot be assessed (or what limits its assessment), in Chinese and English:
/// the one catalogue the assessors take their reasons from.
public enum AssessmentReason {
  static let noActual = Localized(zh: "尚无实际值", en: "no actual recorded")

  static func noActual(by year: Int) -> Localized {
    Localized(zh: "\(year)年及以前尚无实际值", en: "no actual recorded by \(year)")
  }

  static func noNumber(_ kind: GoalKind) -> Localized {
    Localized(zh: "规划未给出该目标的数值", en: "the plan gives no number for this \(kind.rawValue)")
  }

  static let noBaseYear = Localized(
    zh: "规划未给出可比较的基期年份", en: "the plan gives no base year to measure against")

  static func noBaseActual(_ year: Int) -> Localized {
    Localized(
      zh: "基期\(year)年尚无实际值：录入后即可评估",
      en: "no actual for the base year \(year): record it to assess")
  }

  /// No base year in the plan, and no actual on or before the issue year to take as the base.
  static func noIssueYearActual(_ issueYear: Int) -> Localized {
    Localized(
      zh: "规划未给出基期：录入\(issueYear)年或更早的实际值后即可评估",
      en: "the plan gives no base year: record an actual for \(issueYear) or earlier to assess")
  }

  /// Only one year's figure, where what is measured needs two.
  enum NeedsTwoYears {
    case trend, yearlyRate, progress

    var name: Localized {
      switch self {
      case .trend: Localized(zh: "趋势", en: "a trend")
      case .yearlyRate: Localized(zh: "年均增速", en: "a yearly rate")
      case .progress: Localized(zh: "进度", en: "progress")
      }
    }
  }

  static func oneFigure(_ year: Int, _ need: NeedsTwoYears) -> Localized {
    Localized(
      zh: "仅有\(year)年一个数值，\(need.name.zh)需要两年的数值",
      en: "one figure only (\(year)); \(need.name.en) needs two years")
  }

  static let signChanges = Localized(
    zh: "数值正负变化，无法计算增速", en: "the figures change sign; no growth rate can be taken")
  static let noYearlyRate = Localized(zh: "规划未给出年均增速", en: "the plan gives no yearly rate")
  static let noYearlyNumber = Localized(zh: "规划未给出每年的数值", en: "the plan gives no yearly number")
  static let noTargetYear = Localized(zh: "规划未给出目标年份", en: "the plan gives no target year")

  static func targetNotAfterBase(_ target: Int, _ base: Int) -> Localized {
    Localized(
      zh: "目标年\(target)不晚于基期年\(base)",
      en: "the target year \(target) is not after the base year \(base)")
  }

  static func noComparator(by year: Int) -> Localized {
    Localized(
      zh: "\(year)年及以前尚无比较对象的数值（以编号后缀 \(ComparatorSeries.suffix) 录入）",
      en:
        "no comparator figure recorded by \(year) (record it under the id ending in \(ComparatorSeries.suffix))"
    )
  }

  static let noCommonYear = Localized(
    zh: "没有本地数值与比较对象数值都有的年份", en: "no year with both the figure and its comparator")
}
