/// Every fixed string of the interface, in Chinese and English.
enum UIText {
  static let regions = Localized(zh: "地区", en: "Regions")
  static let clusters = Localized(zh: "集群", en: "Clusters")
  static let ladders = Localized(zh: "梯度培育", en: "Ladders")
  static let landEnergy = Localized(zh: "用地与能耗", en: "Land & Energy")
  static let measures = Localized(zh: "措施", en: "Measures")
  /// Header of a narrow done/total column of measures.
  static let measuresDone = Localized(zh: "措施", en: "Done")
  static let allRegions = Localized(zh: "全部地区", en: "all regions")
  static let help = Localized(zh: "帮助", en: "Help")
  static let tooSmall = Localized(zh: "终端太小", en: "Terminal too small")
  static let need = Localized(zh: "至少需要", en: "need at least")
  static let now = Localized(zh: "当前", en: "now")
  static let empty = Localized(zh: "（无）", en: "(none)")
  static let noPlans = Localized(zh: "未载入任何规划", en: "No plans loaded")
  /// The demo's label (no ambiguous-width character, so it stands as is under `--cjk-wide`).
  static let demoTag = Localized(zh: "DEMO 示例数据（虚构）", en: "DEMO: invented figures")
  static let sortedBy = Localized(zh: "排序", en: "sort")
  static let marked = Localized(zh: "已选", en: "selected")
  static let hintNormal = Localized(
    zh: "?帮助 Tab切换 ↵详情 空格完成 s状态 /筛选 :命令 q退出",
    en: "? help  Tab pane  Enter open  Space done  s status  / filter  : command  q quit")
  static let hintEditor = Localized(
    zh: "↵确认 Esc取消 ←→移动", en: "Enter confirm  Esc cancel  ←→ move")
  static let hintForm = Localized(
    zh: "↵保存 Esc取消 Tab下一项 ←→移动", en: "Enter save  Esc cancel  Tab next field  ←→ move")
  static let levelNotRate = Localized(
    zh: "填指标当年的水平值，不填增幅", en: "the metric's level that year, not the rate")

  // Statuses.
  static let todo = Localized(zh: "待办", en: "todo")
  static let inProgress = Localized(zh: "进行中", en: "in progress")
  static let done = Localized(zh: "已完成", en: "done")
  static let blocked = Localized(zh: "受阻", en: "blocked")
  static let overdue = Localized(zh: "逾期", en: "overdue")

  // Directions.
  static let up = Localized(zh: "提高", en: "up")
  static let down = Localized(zh: "降低", en: "down")
  static let keep = Localized(zh: "保持", en: "keep")

  // Detail pages.
  static let targets = Localized(zh: "目标", en: "Targets")
  static let indicators = Localized(zh: "指标", en: "Indicators")
  static let leadUnits = Localized(zh: "牵头单位", en: "Lead units")
  static let responsibleUnits = Localized(zh: "责任单位", en: "Responsible units")
  static let source = Localized(zh: "出处", en: "Source")
  static let actualsByYear = Localized(zh: "历年实际值", en: "Actuals by year")
  static let text = Localized(zh: "正文", en: "Text")
  static let history = Localized(zh: "记录", en: "History")
  static let note = Localized(zh: "备注", en: "Note")
  static let status = Localized(zh: "状态", en: "Status")
  static let section = Localized(zh: "条目", en: "Section")
  static let due = Localized(zh: "完成年份", en: "Due")
  static let plan = Localized(zh: "规划", en: "Plan")
  static let issuer = Localized(zh: "发文单位", en: "Issuer")
  static let docNumber = Localized(zh: "文号", en: "Number")
  static let issued = Localized(zh: "印发", en: "Issued")
  static let horizon = Localized(zh: "期限", en: "Horizon")
  static let stages = Localized(zh: "阶段", en: "Stages")
  static let scale = Localized(zh: "规模", en: "Scale")
  static let outputScale = Localized(zh: "产值规模", en: "Output scale")
  static let actualsShort = Localized(zh: "实际", en: "actuals")
  static let tier = Localized(zh: "档次", en: "Tier")
  static let subClusters = Localized(zh: "子集群", en: "Sub-clusters")
  static let baseline = Localized(zh: "基期", en: "Baseline")
  static let target = Localized(zh: "目标值", en: "Target")
  static let latest = Localized(zh: "最新", en: "Latest")
  static let unit = Localized(zh: "单位", en: "Unit")
  static let direction = Localized(zh: "方向", en: "Direction")
  static let outputs = Localized(zh: "量化产出", en: "Outputs")
  static let noHistory = Localized(zh: "（尚无记录）", en: "(no changes yet)")
  static let noActuals = Localized(zh: "（尚无实际值，按 a 录入）", en: "(no actuals yet; press a to record)")

  // Forms and messages.
  static let recordActual = Localized(zh: "录入实际值", en: "Record an actual")
  static let year = Localized(zh: "年份", en: "Year")
  static let value = Localized(zh: "数值", en: "Value")
  static let badYear = Localized(
    zh: "年份须为1949–2100之间的整数", en: "year must be a whole number 1949–2100")
  static let badValue = Localized(zh: "数值须为数字", en: "value must be a number")
  static let notAMeasure = Localized(zh: "此处没有措施可标记", en: "nothing to mark here: select a measure")
  static let notQuantified = Localized(
    zh: "此处没有可录入实际值的目标或指标", en: "select a target, indicator or ladder tier to record an actual")
  static let markedDone = Localized(zh: "已标记完成", en: "marked done")
  static let markedTodo = Localized(zh: "已标记待办", en: "marked todo")
  static let statusSet = Localized(zh: "状态已改为", en: "status set to")
  static let noteSaved = Localized(zh: "备注已保存", en: "note saved")
  static let actualSaved = Localized(zh: "实际值已录入", en: "actual recorded")
  static let undone = Localized(zh: "已撤销", en: "undone")
  static let redone = Localized(zh: "已重做", en: "redone")
  static let themeSet = Localized(zh: "主题", en: "theme")
  static let unknownTheme = Localized(zh: "没有这个主题", en: "no such theme")
  static let unknownCommand = Localized(zh: "未知命令", en: "unknown command")
  static func unknownLanguage(_ typed: String) -> Localized {
    Localized(
      zh: "未知语言：\(typed)（:lang zh|en）", en: "unknown language: \(typed) (:lang zh|en)")
  }
  static let noRegionMatch = Localized(zh: "没有匹配的地区", en: "no region matches")
  static let regionSet = Localized(zh: "地区", en: "region")
  static let statusFilterSet = Localized(zh: "措施状态筛选", en: "measures with status")
  static let unitFilterSet = Localized(zh: "措施单位筛选", en: "measures of unit")
  static let filtersCleared = Localized(zh: "已清除筛选", en: "filters cleared")
  static let badStatus = Localized(
    zh: "状态须为 todo/doing/done/blocked/all 之一",
    en: "status must be todo, doing, done, blocked or all")
  static let allRegionsOn = Localized(zh: "措施：全部地区", en: "measures: all regions")
  static let allRegionsOff = Localized(zh: "措施：当前地区", en: "measures: current region")
  static let nothingToOpen = Localized(zh: "此处没有可打开的内容", en: "nothing to open here")
  static let languageSet = Localized(zh: "界面语言：中文", en: "language: English")

  // Plan files that failed to load again (after the first problem).
  static func moreProblems(_ count: Int) -> Localized {
    Localized(zh: "（另有\(count)处）", en: " (+\(count) more)")
  }
  static let previousPlansShown = Localized(
    zh: "；仍显示上一版本", en: "; previous version still shown")

  // Filters everywhere, units and regions by name (issue 9).
  static let nothingToFilter = Localized(
    zh: "此页没有可筛选的列表：所输入的不起作用，Enter 或 Esc 结束",
    en: "nothing to filter here: what you type does nothing until Enter or Esc")
  static let noMatchingRows = Localized(zh: "（没有匹配的行）", en: "(no rows match)")
  static let severalRegionsMatch = Localized(
    zh: "多个地区匹配，请写全", en: "several regions match; type more")
  static let noUnitMatch = Localized(zh: "没有匹配的单位", en: "no unit matches")
  static let noLeadUnitMatch = Localized(zh: "没有匹配的牵头单位", en: "no lead unit matches")
  static let closest = Localized(zh: "最接近", en: "closest")
  static let leadRole = Localized(zh: "牵头", en: "lead")
  static let unitRole = Localized(zh: "单位", en: "unit")
  static let noUnitNamed = Localized(zh: "未明确责任单位", en: "no unit named")
  static func measureCount(_ count: Int) -> Localized {
    Localized(zh: "\(count)项措施", en: count == 1 ? "1 measure" : "\(count) measures")
  }
}
