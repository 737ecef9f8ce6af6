import Dashboard
import PlanModel

/// The words of the commands that read plans (`validate`, `list`, `generate`, `demo`) and
/// the column headers of every table the command line prints, in Chinese and English.
extension CLIText {
  // validate
  static func planFilesOK(_ count: Int) -> Localized {
    Localized(
      zh: "通过：\(count)个规划文件，没有问题",
      en: "ok: \(count) plan file\(count == 1 ? "" : "s"), no problems")
  }

  static func pathsNotFound(_ count: Int) -> Localized {
    Localized(zh: "\(count)个路径不存在", en: "\(count) path(s) not found")
  }

  static func nothingChecked(_ notFound: Localized) -> Localized {
    Localized(zh: "未检查任何文件：", en: "nothing checked: ") + notFound
  }

  static func noProblems(inFiles files: Int) -> Localized {
    Localized(zh: "\(files)个文件中没有问题", en: "no problems in \(files) file(s)")
  }

  /// "91 problem(s) in 1 of 2 file(s)"; `of` nil when every file checked has problems.
  static func problems(_ count: Int, inFiles files: Int, of total: Int?) -> Localized {
    guard let total else {
      return Localized(
        zh: "\(files)个文件中共\(count)处问题", en: "\(count) problem(s) in \(files) file(s)")
    }
    return Localized(
      zh: "\(total)个文件中有\(files)个共\(count)处问题",
      en: "\(count) problem(s) in \(files) of \(total) file(s)")
  }

  static let listSeparator = Localized(zh: "；", en: ", ")

  // generate
  static let tooFewRegions = Localized(
    zh: "--regions 至少为1", en: "--regions must be at least 1")

  static func alreadyHoldsPlans(_ folder: String, _ count: Int) -> Localized {
    Localized(
      zh: "\(folder)：已有\(count)个规划文件，未覆盖",
      en: "\(folder): already holds \(count) plan file(s); not overwritten")
  }

  static func generated(_ count: Int, _ folder: String, seed: UInt64) -> Localized {
    Localized(
      zh: "已写入\(count)个规划文件到 \(folder)（种子 \(seed)）",
      en: "wrote \(count) plan file(s) to \(folder) (seed \(seed))")
  }

  static let untitledInText = Localized(zh: "（原文无标题）", en: " (untitled in text)")

  // list outline
  static func outlineOf(_ plan: Plan) -> Localized {
    Localized(
      zh: "\(plan.region.name)（\(plan.region.id)）\(plan.document.title)",
      en: "\(plan.region.name) (\(plan.region.id)) \(plan.document.title)")
  }

  static let beforeFirstHeading = Localized(zh: "（首个标题之前）", en: "(before the first heading)")
  static let noOutline = Localized(zh: "（未录入大纲）", en: "(no outline recorded)")

  // demo
  static func demoInvented(_ path: String) -> Localized {
    Localized(
      zh: "plandash demo：虚构的示例数据，存于 \(path)",
      en: "plandash demo: invented example figures, in \(path)")
  }

  static func noDemoFile(_ path: String) -> Localized {
    Localized(zh: "\(path)：没有这个示例进度文件", en: "\(path): no such demo progress file")
  }

  static func notDemoFile(_ path: String, _ error: String) -> Localized {
    Localized(
      zh: "\(path)：不是示例进度文件（\(error)）", en: "\(path): not a demo progress file (\(error))")
  }

  static let demoLabelMissing = Localized(
    zh: "label：须说明数据是虚构的", en: "label: say that the figures are invented")

  static func notAStatus(_ value: String) -> Localized {
    Localized(
      zh: "\(value) 不是状态（todo、in-progress、done、blocked）",
      en: "\(value) is not a status (todo, in-progress, done, blocked)")
  }

  /// Column headers.
  enum Header {
    case id, year, value, note, record, operation, when, by, what, item, change, regionOrCluster,
      total, region, level, province, parent, plan, horizon, targets, clusters, ladders, indicators,
      measures, cluster, tier, scale, leadUnits, metric, kind, direction, baseline, target, unit,
      qualifiers, indicator, category, ladder, section, title, due, heading, measuresDone, overdue

    var name: Localized {
      switch self {
      case .id: Localized(zh: "编号", en: "id")
      case .year: Localized(zh: "年份", en: "year")
      case .value: Localized(zh: "数值", en: "value")
      case .note: Localized(zh: "备注", en: "note")
      case .record: Localized(zh: "记录", en: "record")
      case .operation: Localized(zh: "记录号", en: "op")
      case .when: Localized(zh: "时间", en: "when")
      case .by: Localized(zh: "操作人", en: "by")
      case .what: Localized(zh: "内容", en: "what")
      case .item: Localized(zh: "条目", en: "item")
      case .change: Localized(zh: "变化", en: "change")
      case .regionOrCluster: Localized(zh: "地区 / 集群", en: "region / cluster")
      case .total: Localized(zh: "合计", en: "total")
      case .region: Localized(zh: "地区", en: "region")
      case .level: Localized(zh: "级别", en: "level")
      case .province: Localized(zh: "省份", en: "province")
      case .parent: Localized(zh: "上级", en: "parent")
      case .plan: Localized(zh: "规划", en: "plan")
      case .horizon: Localized(zh: "规划期", en: "horizon")
      case .targets: Localized(zh: "目标", en: "targets")
      case .clusters: Localized(zh: "集群", en: "clusters")
      case .ladders: Localized(zh: "梯度培育", en: "ladders")
      case .indicators: Localized(zh: "指标", en: "indicators")
      case .measures: Localized(zh: "措施", en: "measures")
      case .cluster: Localized(zh: "集群", en: "cluster")
      case .tier: Localized(zh: "档次", en: "tier")
      case .scale: Localized(zh: "规模（亿元）", en: "scale (亿元)")
      case .leadUnits: Localized(zh: "牵头单位", en: "lead units")
      case .metric: Localized(zh: "指标名称", en: "metric")
      case .kind: Localized(zh: "类型", en: "kind")
      case .direction: Localized(zh: "方向", en: "direction")
      case .baseline: Localized(zh: "基期", en: "baseline")
      case .target: Localized(zh: "目标值", en: "target")
      case .unit: Localized(zh: "单位", en: "unit")
      case .qualifiers: Localized(zh: "限定词", en: "qualifiers")
      case .indicator: Localized(zh: "指标", en: "indicator")
      case .category: Localized(zh: "类别", en: "category")
      case .ladder: Localized(zh: "梯度培育", en: "ladder")
      case .section: Localized(zh: "条目", en: "section")
      case .title: Localized(zh: "标题", en: "title")
      case .due: Localized(zh: "完成年份", en: "due")
      case .heading: Localized(zh: "章节", en: "heading")
      case .measuresDone: Localized(zh: "措施完成", en: "measures done")
      case .overdue: Localized(zh: "逾期", en: "overdue")
      }
    }

    /// The headers in one language.
    static func row(_ headers: [Header], _ language: Language) -> [String] {
      headers.map { $0.name(language) }
    }
  }
}
