/// The count a task works on — `对全县150家规上工业企业实行县领导包联`, `对全市40个在建工业项目
/// 逐一…`, `对列入培育库的60家企业逐一跟踪`, `对现有30家园区企业开展…`: after `对`, the
/// whole stock (`全县`, `全市`…) or the members of a list (`列入…的`, `纳入…的`, `现有`) — is
/// where things stand, a starting figure with no year of its own (the task's sentence names
/// none), not a goal of the task (`对100家企业开展诊断` counts work to do: it is not read here).
enum WorkedCounts {
  /// Words after `对` that make the count the whole of what stands.
  static let wholeLeads = StartingIndustry.regionPrefixes + ["现有"]
  /// Words after `对` that open a list's members, closed by `的` before the count.
  static let listLeads = ["列入", "纳入", "进入", "入选"]
  /// Units of the counts a task works on.
  static let countUnits: Set<String> = ["家", "户", "个", "项", "名", "座", "所"]
  /// Words that open what the task does to the counted (the end of the counted noun).
  static let workWords = [
    "实行", "实施", "逐一", "开展", "建立", "进行", "落实", "推行", "给予", "全面", "分类", "包联",
    "跟踪", "建档", "摸排", "排查", "纳入", "予以", "按照", "一对一",
  ]

  /// The counts the sentence's clauses work on, each a starting figure of no year.
  static func figures(in sentence: Substring, paragraph: Int) -> [BaselinePatterns.StartingFigure] {
    SentenceSegmenter.clauses(of: sentence).compactMap { clause in
      figure(in: clause, sentence: sentence, paragraph: paragraph)
    }
  }

  private static func figure(in clause: Substring, sentence: Substring, paragraph: Int)
    -> BaselinePatterns.StartingFigure?
  {
    guard let lead = clause.textRange(of: "对") else { return nil }
    let object = clause[lead.upperBound...]
    guard let count = NumberUnitParser.figures(in: object).first, let value = count.value,
      let unit = count.unit, countUnits.contains(unit)
    else { return nil }
    let before = object[..<count.range.lowerBound]
    let whole = wholeLeads.contains { before == $0[...] }
    let listed =
      listLeads.contains(where: before.hasPrefix) && before.hasSuffix("的")
      && !before.contains(where: PlanTextCharacters.isDigit)
    guard whole || listed else { return nil }
    let after = object[count.range.upperBound...]
    let end = workWords.compactMap { after.textRange(of: $0)?.lowerBound }.min() ?? after.endIndex
    let noun = MetricText.clean(after[..<end])
    guard noun.count >= 2 else { return nil }
    return BaselinePatterns.StartingFigure(
      metric: listed ? String(before) + noun : noun, value: value, unit: unit, year: nil,
      kind: .count,
      sourceText: String(sentence), paragraph: paragraph)
  }
}
