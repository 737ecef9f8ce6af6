import Foundation

/// Enterprise-cultivation ladders written as a chain of steps, broadest first:
/// `企业沿初创企业—科技型企业—高新技术企业—上市企业成长`,
/// `按照“规上企业—隐形冠军—单项冠军—领军企业”路径`.
/// A chain is a ladder when two of its steps name enterprise tiers, or the sentence speaks of
/// growing through them (梯度, 成长, 路径); a product chain (`原料—冷鲜肉—精深加工`) is not, nor an
/// arrow chain of fewer than two tiers (`单一制造→制造+服务→系统集成`, a flow however it grows).
enum LadderPatterns {
  static let tierWords = [
    "企业", "冠军", "小巨人", "专精特新", "创新型", "瞪羚", "独角兽", "链主", "工厂", "车间", "灯塔", "规上", "规模以上",
  ]
  static let pathWords = ["梯度", "成长", "路径", "晋级", "梯次"]
  static let openers = ["沿", "按照", "“", "从", "由", "形成", "构建", "实施", "推动"]
  static let closers = ["”", "成长", "发展路径", "路径", "梯度", "的", "发展", "培育", "体系", "格局"]
  static let longestStep = 14
  /// The marks that link one step to the next.
  static let stepLinks: Set<Character> = ["—", "―", "→"]

  /// The steps of each ladder chain in the sentence, in order.
  static func chains(in sentence: Substring) -> [[String]] {
    var found: [[String]] = []
    for clause in SentenceSegmenter.clauses(of: sentence) {
      // `“创新型中小企业→专精特新中小企业→…”`: an arrow links steps as a dash does.
      let parts = clause.split(omittingEmptySubsequences: true) { stepLinks.contains($0) }
      guard parts.count >= 3 else { continue }
      var steps = parts.map { String($0) }
      steps[0] = afterOpener(steps[0])
      steps[steps.count - 1] = beforeCloser(steps[steps.count - 1])
      steps = steps.map(PlanTextCharacters.trimmed)
      // `“市级—省级—国家级”绿色工厂`: levels of one kind, each named with the kind.
      if let levelled = LadderLevelSteps.steps(
        steps, closing: PlanTextCharacters.trimmed(parts[parts.count - 1])[...])
      {
        steps = levelled
      }
      // `按照“市级—省级—国家级”逐级培育`: bare levels, their kind named nowhere in the chain.
      if steps.allSatisfy(LadderLists.levels.contains) { continue }
      guard steps.allSatisfy({ $0.count >= 2 && $0.count <= longestStep }),
        !steps.contains(where: { $0.contains(where: PlanTextCharacters.isDigit) })
      else { continue }
      let tiered = steps.filter { step in tierWords.contains(where: step.contains) }.count
      // `“锂矿开采→正极材料→电芯制造”`: an arrow chain is a flow unless it climbs tiers.
      let arrowed = clause.contains("→")
      guard
        tiered >= 2
          || (!arrowed && pathWords.contains(where: sentence.contains)
            && !ProductChainPaths.isProductPath(tieredSteps: tiered, sentence: sentence))
      else { continue }
      found.append(steps)
    }
    return found
  }

  private static func afterOpener(_ text: String) -> String {
    var start = text.startIndex
    for opener in openers {
      if let range = text.textRange(of: opener, backwards: true), range.upperBound > start {
        start = range.upperBound
      }
    }
    return String(text[start...])
  }

  private static func beforeCloser(_ text: String) -> String {
    var end = text.endIndex
    for closer in closers {
      if let range = text.textRange(of: closer), range.lowerBound < end,
        range.lowerBound > text.startIndex
      {
        end = range.lowerBound
      }
    }
    return String(text[..<end])
  }
}
