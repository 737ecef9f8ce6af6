import Dashboard
import PlanModel

/// The report's fixed words in Chinese and English: headings, column names and status
/// words. The JSON report keeps its English codes in either language; only labels change.
enum ReportText {
  static let title = Localized(zh: "督查报告", en: "plandash report")
  static let asOf = Localized(zh: "评估年份", en: "as of")
  static let region = Localized(zh: "地区", en: "region")
  static let allRegions = Localized(zh: "全部", en: "all")
  static let unit = Localized(zh: "单位", en: "unit")
  static let none = Localized(zh: "（无）", en: "(none)")
  static let total = Localized(zh: "合计", en: "total")
  static let overdue = Localized(zh: "逾期", en: "overdue")
  static let behind = Localized(zh: "滞后", en: "behind")
  static let behindSchedule = Localized(zh: "滞后", en: "behind schedule")

  static let targetsByStatus = Localized(zh: "目标评估汇总", en: "Targets by status")
  static let measuresByStatus = Localized(zh: "措施进展汇总", en: "Measures by status")
  static let targetsWorstFirst = Localized(zh: "目标评估（问题在前）", en: "Targets, worst first")
  static let measuresByUnit = Localized(zh: "各单位措施统计", en: "Measures by unit (counts)")
  static let underNoHeading = Localized(zh: "（未归入章节）", en: "(under no heading)")
  static let headingColumn = Localized(zh: "章节", en: "heading")

  /// The heading of a group of measures.
  static func group(_ group: ProgressReport.MeasureGroup) -> Localized {
    switch group {
    case .late: Localized(zh: "逾期和滞后的措施", en: "Overdue and behind-schedule measures")
    case .underWay: Localized(zh: "按期推进的措施", en: "Measures on schedule")
    case .finished: Localized(zh: "已完成的措施", en: "Finished measures")
    }
  }

  /// A group's short word for a CSV cell: 逾期或滞后, 按期推进, 已完成.
  static func groupWord(_ group: ProgressReport.MeasureGroup) -> String {
    switch group {
    case .late: "逾期或滞后"
    case .underWay: "按期推进"
    case .finished: "已完成"
    }
  }

  /// A base origin's word for a CSV cell (the year is in its own column): 规划值, 实际值.
  static func originWord(_ origin: BaseOrigin) -> String {
    switch origin {
    case .plan: "规划值"
    case .actual: "实际值"
    }
  }

  /// A measure's status in words: 待办, 进行中, 已完成, 受阻 (in English the status code,
  /// as the report has always printed it).
  static func status(_ status: MeasureStatus) -> Localized { status.name }

  /// An assessment status in words: 需加快, acceleration needed.
  static func status(_ status: AssessmentStatus) -> Localized {
    Localized(zh: status.labelZh, en: status.label)
  }

  /// Where a target's base comes from: 规划值 / plan, or 2022年实际值 / 2022 actual.
  static func baseOrigin(_ a: Assessment) -> Localized? {
    switch (a.baseOrigin, a.baseYear) {
    case (.plan?, _): Localized(zh: "规划值", en: "plan")
    case (.actual?, let year?): Localized(zh: "\(year)年实际值", en: "\(year) actual")
    default: nil
    }
  }

  static let statusHeader = Localized(zh: "状态", en: "status")
  static let countHeader = Localized(zh: "数量", en: "count")
  static let targetHeader = [
    Localized(zh: "评估", en: "status"), Localized(zh: "地区", en: "region"),
    Localized(zh: "编号", en: "id"), Localized(zh: "指标", en: "name"),
    Localized(zh: "单位", en: "unit"), Localized(zh: "基期", en: "base"),
    Localized(zh: "基期来源", en: "base from"), Localized(zh: "最新", en: "latest"),
    Localized(zh: "目标", en: "target"), Localized(zh: "实际增速", en: "observed"),
    Localized(zh: "所需增速", en: "required"), Localized(zh: "R", en: "R"),
    Localized(zh: "时间进度", en: "elapsed"), Localized(zh: "完成进度", en: "done"),
    Localized(zh: "序时", en: "schedule"), Localized(zh: "说明", en: "note"),
  ]
  static let measureHeader = [
    Localized(zh: "序时", en: "flag"), Localized(zh: "地区", en: "region"),
    Localized(zh: "编号", en: "id"), Localized(zh: "条目", en: "section"),
    Localized(zh: "措施", en: "title"), Localized(zh: "牵头单位", en: "lead units"),
    Localized(zh: "责任单位", en: "responsible units"), Localized(zh: "状态", en: "status"),
    Localized(zh: "截止", en: "due"), Localized(zh: "时间进度", en: "elapsed"),
    Localized(zh: "完成进度", en: "done"), Localized(zh: "最新进展", en: "latest note"),
    Localized(zh: "日期", en: "date"), Localized(zh: "填写人", en: "by"),
  ]
  static let unitHeader = [
    Localized(zh: "单位", en: "unit"), Localized(zh: "牵头", en: "leads"),
    Localized(zh: "责任", en: "shares"),
  ]
}
