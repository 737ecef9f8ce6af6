import PlanModel

/// Why a drafted item needs a person's look: written into the item's `source.review`, in the
/// user's language, and listed in docs/import.md.
enum ReviewMark: Hashable, Sendable {
  case yearFromEarlierParagraph
  case yearFromHeading
  case noYear
  case unitNotKnown(String)
  case unitImplied(written: String, read: String)
  case zeroBreakthroughUnit(String)
  case pairsDoNotMatch
  case metricUnclear
  case baselineFromStartingSituation(Int?)
  case clusterScaleFromOutput
  case clusterTierFromHeading
  case tableRowWithoutMeasure(Int)
  case unitsFromTable(Int)
  case listItemWithoutMeasure(Int)
  case unitsFromList(Int)
  case ladderStepsWithoutCounts
  case textCutOff
  case yearOutsideHorizon(Int)
  /// A total over the plan's years (`三年新建…`): due the plan's last year.
  case yearFromPlanSpan(Int)
  /// A one-year work plan's figure without a year of its own: the year its title names.
  case yearOfWorkPlan
  /// An annual rate with no year of its own (`技术合同成交额年均增长15%` in a task): a rate over
  /// the plan's years, due the plan's last year.
  case yearOfAnnualRate

  func text(_ language: Language) -> String {
    switch language {
    case .en: english
    default: chinese
    }
  }

  private var chinese: String {
    switch self {
    case .yearFromEarlierParagraph: "年份取自前文段落"
    case .yearFromHeading: "年份取自所在标题"
    case .noYear: "原文未写年份"
    case .unitNotKnown(let unit): "单位“\(unit)”不在已知单位表中,数值未录入"
    case .unitImplied(let written, let read): "原文单位“\(written)”按“\(read)”录入"
    case .zeroBreakthroughUnit(let unit): "零突破的单位按“\(unit)”推定"
    case .pairsDoNotMatch: "“分别”前后的名称与数值个数不一致"
    case .metricUnclear: "指标名称由规则截取,请核对"
    case .baselineFromStartingSituation(let year):
      year.map { "基数取自发展基础中的\($0)年数据" } ?? "基数取自发展基础中的数据"
    case .clusterScaleFromOutput: "集群规模取自产值目标"
    case .clusterTierFromHeading: "集群档次取自所在标题"
    case .tableRowWithoutMeasure(let row): "任务分工表第\(row)行未对应到正文措施"
    case .unitsFromTable(let row): "责任单位取自任务分工表第\(row)行"
    case .listItemWithoutMeasure(let item): "任务分工第\(item)项未对应到正文措施"
    case .unitsFromList(let item): "责任单位取自任务分工第\(item)项"
    case .ladderStepsWithoutCounts: "梯度各级未写数量"
    case .textCutOff: "原文在此处截断"
    case .yearOutsideHorizon(let year): "年份\(year)不在规划期内,未录入"
    case .yearFromPlanSpan(let years): "\(years)年累计,年份按规划期末年推定"
    case .yearOfWorkPlan: "年度工作计划,年份取自标题"
    case .yearOfAnnualRate: "年均增速未写年份,按规划期末年推定"
    }
  }

  private var english: String {
    switch self {
    case .yearFromEarlierParagraph: "year taken from an earlier paragraph"
    case .yearFromHeading: "year taken from the section heading"
    case .noYear: "the text states no year"
    case .unitNotKnown(let unit): "unit \"\(unit)\" not in the known list; the number is left out"
    case .unitImplied(let written, let read): "unit written \"\(written)\", read as \"\(read)\""
    case .zeroBreakthroughUnit(let unit): "unit of the 零突破 guessed as \"\(unit)\""
    case .pairsDoNotMatch: "the names and numbers around 分别 do not pair up"
    case .metricUnclear: "metric name cut out by the rules; check it"
    case .baselineFromStartingSituation(let year):
      year.map { "baseline taken from the starting situation (\($0))" }
        ?? "baseline taken from the starting situation"
    case .clusterScaleFromOutput: "cluster scale taken from an output target"
    case .clusterTierFromHeading: "cluster tier taken from the section heading"
    case .tableRowWithoutMeasure(let row): "row \(row) of the 任务分工表 matches no measure in the text"
    case .unitsFromTable(let row): "units taken from row \(row) of the 任务分工表"
    case .listItemWithoutMeasure(let item):
      "item \(item) of the 任务分工 list matches no measure in the text"
    case .unitsFromList(let item): "units taken from item \(item) of the 任务分工 list"
    case .ladderStepsWithoutCounts: "the ladder's steps carry no counts"
    case .textCutOff: "the text is cut off here"
    case .yearOutsideHorizon(let year): "year \(year) lies outside the plan's horizon; left out"
    case .yearFromPlanSpan(let years):
      "a total over \(years) years; year taken as the plan's last year"
    case .yearOfWorkPlan: "a one-year work plan: year taken from its title"
    case .yearOfAnnualRate: "an annual rate with no year: year taken as the plan's last"
    }
  }
}
