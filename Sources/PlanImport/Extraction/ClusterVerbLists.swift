/// The parts of a cluster that a paragraph under the cluster's own heading (`(一)X产业集群`)
/// names in lists a verb of developing opens: `巩固A、B、C优势`, `突破D、E等核心部件`, `做强F、G
/// 和H`, `壮大…`, `培育I、J等拳头产品`, `发展…` — each list's names are parts of that cluster.
/// A list of markets, platforms or technologies (`拓展A、B等新市场`, `突破A、B等关键技术`) is none,
/// nor is a clause another verb opens (`推动X向电动化、智能化升级`).
enum ClusterVerbLists {
  /// Verbs that open a list of a cluster's parts.
  static let verbs = [
    "培育壮大", "巩固提升", "发展壮大", "巩固", "突破", "做强", "做大", "做优", "做精", "壮大", "发展", "培育",
  ]
  /// Adverbs that may stand before the verb.
  static let adverbs = ["加快", "大力", "重点", "着力", "积极", "优先"]
  /// Words about the listed parts' standing, closing the last name (`混凝土机械优势`).
  static let standingWords = ["优势", "地位", "能力", "水平", "规模"]
  /// What a list after `等` may be said to be that is no part of a cluster.
  static let notParts = ["市场", "平台", "园区", "模式", "场景", "技术", "服务", "项目", "企业", "基地", "机制"]

  /// The names of the lists in the paragraph's clauses, in order, each once.
  static func parts(inParagraph paragraph: String) -> [String] {
    var found: [String] = []
    for sentence in SentenceSegmenter.sentences(of: paragraph) {
      for clause in SentenceSegmenter.clauses(of: sentence) {
        for name in list(in: clause) ?? [] where !found.contains(name) { found.append(name) }
      }
    }
    return found
  }

  /// `突破高端液压件、智能控制系统等核心部件` → the two names; nil when no verb of developing
  /// opens the clause or the list holds fewer than two names, a figure or a non-industry.
  static func list(in clause: Substring) -> [String]? {
    var text = Substring(PlanTextCharacters.trimmed(clause))
    if let adverb = adverbs.first(where: text.hasPrefix) { text = text.dropFirst(adverb.count) }
    guard let verb = verbs.first(where: text.hasPrefix) else { return nil }
    text = text.dropFirst(verb.count)
    guard text.contains("、"), !text.contains(where: PlanTextCharacters.isDigit) else { return nil }
    if let etc = text.textRange(of: "等", backwards: true) {
      let what = text[etc.upperBound...]
      guard !notParts.contains(where: what.hasSuffix) else { return nil }
      text = text[..<etc.lowerBound]
    } else if let standing = standingWords.first(where: text.hasSuffix) {
      text = text.dropLast(standing.count)
    }
    let names = ClusterLists.names(text)
    let kept = names.compactMap(ClusterLists.listedName).filter {
      $0.count <= ClusterHeading.longestName && $0.allSatisfy(PlanTextCharacters.isHan)
    }
    return kept.count >= 2 && kept.count == names.count ? kept : nil
  }
}
