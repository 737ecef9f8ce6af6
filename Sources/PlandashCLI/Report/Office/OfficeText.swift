import Dashboard
import Foundation

/// The words of the Word bulletin and the Excel workbook that the other formats do not
/// have (their column names and status words come from `ReportText` and
/// `CSVReportFormatter`), and the one-line refusals of `--out`.
enum OfficeText {
  static let bulletin = Localized(zh: "督查通报", en: "progress bulletin")
  static let allRegions = Localized(zh: "各地区", en: "All regions")
  static let plansOf = Localized(zh: "产业发展规划", en: "industrial development plans")

  /// 关于《…》落实情况的督查通报; Progress bulletin: ….
  static func title(document: String?, regionName: String?) -> Localized {
    guard let document else {
      let place = regionName ?? allRegions.zh
      return Localized(
        zh: "关于\(place)\(plansOf.zh)落实情况的督查通报",
        en: "Progress bulletin: \(regionName ?? allRegions.en), \(plansOf.en)")
    }
    return Localized(zh: "关于《\(document)》落实情况的督查通报", en: "Progress bulletin: \(document)")
  }

  /// （评估年份：2025年）, the scope under the title.
  static func subtitle(asOf: Int, unit: String?) -> Localized {
    let zhUnit = unit.map { "；\(ReportText.unit.zh)：\($0)" } ?? ""
    let enUnit = unit.map { "; \(ReportText.unit.en): \($0)" } ?? ""
    return Localized(zh: "（评估年份：\(asOf)年\(zhUnit)）", en: "(as of \(asOf)\(enUnit))")
  }

  static let overview = Localized(zh: "一、总体情况", en: "1. Overview")
  static let targets = Localized(zh: "二、目标指标完成情况", en: "2. Targets and indicators")
  static let measures = Localized(zh: "三、各章节措施推进情况", en: "3. Measures by heading")
  static let units = Localized(zh: "四、各单位措施统计", en: "4. Counts by unit")
  static let highlightNote = Localized(
    zh: "注：红色底纹为逾期或退步、进展有限，黄色底纹为滞后或需加快。",
    en:
      "Red shading: overdue, deterioration or limited progress; yellow: behind schedule or acceleration needed."
  )

  static let number = Localized(zh: "序号", en: "No.")
  static let schedule = Localized(zh: "序时进度", en: "schedule")
  static let assessment = Localized(zh: "评估", en: "assessment")
  /// 时间50.0% / 完成0.0% on two lines: elapsed against done.
  static func schedule(elapsed: String, done: String) -> Localized {
    Localized(zh: "时间\(elapsed)\n完成\(done)", en: "time \(elapsed)\ndone \(done)")
  }

  /// The date the bulletin is written: 2026年12月6日, 6 December 2026.
  static func date(_ date: Date) -> Localized {
    let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: date)
    let (y, m, d) = (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    let months = formatter.monthSymbols
    let month = m >= 1 && m <= months.count ? months[m - 1] : String(m)
    return Localized(zh: "\(y)年\(m)月\(d)日", en: "\(d) \(month) \(y)")
  }

  // The workbook.
  static let targetsSheet = Localized(zh: "目标", en: "Targets")
  static let measuresSheet = Localized(zh: "措施", en: "Measures")
  static let actualsSheet = Localized(zh: "实际值", en: "Actuals")
  static let unitsSheet = Localized(zh: "单位汇总", en: "Units")
  static let chartTitle = Localized(zh: "各单位措施进展", en: "Measures by status and unit")
  static let measureCount = Localized(zh: "措施数（项）", en: "measures")
  static let regionName = Localized(zh: "地区", en: "region")
  static let total = Localized(zh: "合计", en: "total")
  static func year(_ year: Int) -> Localized { Localized(zh: "\(year)年", en: String(year)) }
}
