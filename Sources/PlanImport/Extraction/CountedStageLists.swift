/// A quoted list of the stages enterprises pass through, with no grading word but counted stage
/// by stage in the same sentence — `持续推进“个转企、小升规、规改股、股上市”,每年新增个转企200户
/// 以上、小升规企业30家以上、规改股企业5家以上,力争新增上市企业1—2家`, `按照“后备一批、股改一批、
/// 辅导一批、上市一批”的思路,到2028年,上市后备企业…60家以上,完成股份制改造企业30家,…`: a ladder
/// whose steps are named by its counts, the first count for the first stage and so on. Without
/// a count for each stage (`推动企业“个转企、小升规、规改股、股上市”`) it is a list of reforms, and
/// a list of stages of projects (`“谋划一批、签约一批、开工一批”`, counted in 个) no ladder of
/// enterprises.
enum CountedStageLists {
  static let fewestStages = 3

  /// The number of stages in the sentence's first quoted list of stages — upgrades (`小升规`)
  /// or batches (`股改一批`).
  static func stageCount(in sentence: Substring) -> Int? {
    var search = sentence.startIndex
    while let open = sentence[search...].firstIndex(of: "“") {
      let inside = sentence[sentence.index(after: open)...]
      guard let close = inside.firstIndex(of: "”") else { return nil }
      search = sentence.index(after: close)
      let names = MetricText.splitNames(String(inside[..<close]), at: "、")
      if names.count >= fewestStages, names.allSatisfy(isStage) { return names.count }
    }
    return nil
  }

  /// `小升规` (a link of an upgrade) or `股改一批` (a batch of a pipeline).
  static func isStage(_ name: String) -> Bool {
    if LadderLinkLists.isLink(name) { return true }
    guard name.hasSuffix(LadderPipeline.stageMark) else { return false }
    let verb = name.dropLast(LadderPipeline.stageMark.count)
    return verb.count == 2 && verb.allSatisfy(PlanTextCharacters.isHan)
  }

  /// The steps, named by the sentence's first counts of enterprises (`goals`), when there is a
  /// count for each stage.
  static func steps(in sentence: Substring, goals: ArraySlice<TextReading.PlacedGoal>) -> [String]?
  {
    guard let stages = stageCount(in: sentence) else { return nil }
    let counts = goals.filter { placed in
      placed.candidate.isCount && placed.candidate.goal.target?.hasNumber == true
        && LadderPipeline.enterpriseUnits.contains(placed.candidate.goal.unit ?? "")
    }
    guard counts.count >= stages else { return nil }
    let steps = counts.prefix(stages).map(\.candidate.metric)
    return Set(steps).count == stages ? steps : nil
  }
}
