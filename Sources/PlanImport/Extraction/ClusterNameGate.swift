/// What a cluster's name, however a rule read it, may not hold — the words a list or a heading
/// leaves around an industry's name, and names that are no one industry at all:
/// - a verb of developing or upgrading before the name (`(四)延伸家居材料产业链。` →
///   `延伸家居材料`): the verb is dropped; a name of verbs alone (`第三节 改造提升传统优势产业` →
///   `改造提升`) names no cluster;
/// - a word of the whole region before the name (`全市先进装备制造`): dropped;
/// - the word a verb leaves before its list (`形成了A、B、C三条产业链` → `了A`): dropped;
/// - the count closing a list (`…、D四条产业链` → `D四条`): dropped;
/// - a tier or class of industries as such (`未来产业`, `新兴产业集群`, `传统优势产业`): the
///   industries of a class together, no cluster (`未来产业规模突破100亿元` is a target);
/// - a bracket opened and not closed, or closed and not opened (`周边县(市、区)产业园` parted at
///   its `、` → `周边县(市`, `区)`): a list of places cut apart, no industry.
enum ClusterNameGate {
  /// Verbs of developing or upgrading that may open a heading or a list before the name.
  static let verbs =
    ClusterHeading.verbs + ["改造", "延伸", "拓展", "延链", "补链", "强链", "优化", "转型", "聚焦", "构建", "振兴"]
  /// Words of the whole region that may open a listed name (`全市先进装备制造、新能源电池…四大
  /// 产业集群`): the region is no part of the industry's name.
  static let regionWords = ["全市", "全县", "全区", "全省", "全州", "全旗", "全镇", "全盟"]
  /// What a verb may leave before the list it opens.
  static let particles = ["了"]
  /// The nouns a tier or class of industries is named with.
  static let classNouns = ["产业集群", "产业链", "集群", "产业", "行业"]

  /// The name without the words around it; nil when nothing of an industry's name is left.
  static func gated(_ name: String) -> String? {
    var text = Substring(name)
    var stripped = true
    while stripped {
      stripped = false
      if let particle = particles.first(where: text.hasPrefix) {
        text = text.dropFirst(particle.count)
        stripped = true
      }
      if let region = regionWords.first(where: text.hasPrefix), text.count - region.count >= 2 {
        text = text.dropFirst(region.count)
        stripped = true
      }
      if let verb = verbs.first(where: text.hasPrefix) {
        text = text.dropFirst(verb.count)
        stripped = true
      }
    }
    text = withoutClosingCount(text)
    guard !text.isEmpty, !namesAClass(text), bracketsBalance(text) else { return nil }
    return String(text)
  }

  /// `家居材料四条` → `家居材料`: a numeral or digits and a measure word closing the name, when
  /// two characters or more stand before them.
  static func withoutClosingCount(_ text: Substring) -> Substring {
    guard let last = text.last, CountOnlyName.measures.contains(last) else { return text }
    let head = text.dropLast()
    let count = head.reversed().prefix {
      ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0)
    }.count
    guard count > 0, head.count - count >= 2 else { return text }
    return head.dropLast(count)
  }

  /// `未来产业`, `新兴产业集群`, `传统优势产业`, `未来`: tier words alone, with or without the noun
  /// of industries.
  static func namesAClass(_ text: Substring) -> Bool {
    var rest = text
    if let noun = classNouns.first(where: rest.hasSuffix) { rest = rest.dropLast(noun.count) }
    guard !rest.isEmpty else { return false }
    while let word = ClusterLists.notNames.first(where: rest.hasSuffix) {
      rest = rest.dropLast(word.count)
    }
    return rest.isEmpty
  }

  /// True when every bracket the name opens it also closes, and none closes unopened.
  static func bracketsBalance(_ text: Substring) -> Bool {
    var depth = 0
    for c in text {
      if "(（〔〈[".contains(c) { depth += 1 }
      if ")）〕〉]".contains(c) {
        depth -= 1
        if depth < 0 { return false }
      }
    }
    return depth == 0
  }
}
