/// The paragraphs that close a reply or a letter after its last task, no tasks of their own:
/// the thanks to the one it answers (`最后,衷心感谢您对我县工业经济发展的关心和支持…`, `再次感谢
/// 您的关心!`), what a co-handling office will do (`此外,作为本提案的会办单位,X局将…` — a reply's
/// part outside its own plan), and who to call (`(联系人:某某;联系电话:…)`, `经办人:…`).
enum LetterClosings {
  /// Words opening a paragraph of thanks.
  static let thanksOpenings = ["衷心感谢", "感谢您", "非常感谢", "再次感谢", "再次衷心感谢", "谢谢您", "此致"]
  /// Words of thanks after `最后,`.
  static let thanksWords = ["感谢", "谢谢"]
  /// How a reply names the offices that handle a proposal with its main one.
  static let coHandlerWords = ["会办单位", "协办单位", "会办部门", "协办部门"]
  /// Words joining a paragraph to the one before it, read past.
  static let connectives = ["此外,", "另外,", "同时,", "最后,"]
  /// Labels of a contact line.
  static let contactLabels = ["联系人", "联系电话", "联系方式", "经办人"]

  static func isClosing(_ text: String) -> Bool {
    isThanks(text) || isCoHandlerPart(text) || isContactLine(text)
  }

  /// The most sentences a paragraph of thanks holds: an answer opened by thanks and going on
  /// (`感谢您的提问。按照分工,…`) is no closing.
  static let longestThanks = 2

  /// `最后,衷心感谢您…`, `感谢您对…的关心和支持`: the reply's thanks, in a sentence or two.
  static func isThanks(_ text: String) -> Bool {
    let sentences = text.split(whereSeparator: { "。!?".contains($0) })
    guard sentences.count <= longestThanks else { return false }
    if thanksOpenings.contains(where: text.hasPrefix) { return true }
    guard text.hasPrefix("最后,") else { return false }
    let firstClause = text.dropFirst(3).prefix { !PlanTextCharacters.clauseEnds.contains($0) }
    return thanksWords.contains(where: firstClause.contains)
  }

  /// `此外,作为本提案的会办单位,X局将…`: what a co-handling office will do.
  static func isCoHandlerPart(_ text: String) -> Bool {
    var rest = text[...]
    if let connective = connectives.first(where: rest.hasPrefix) {
      rest = rest.dropFirst(connective.count)
    }
    guard rest.hasPrefix("作为") else { return false }
    let clause = rest.prefix { !PlanTextCharacters.clauseEnds.contains($0) }
    return coHandlerWords.contains(where: clause.contains)
  }

  /// `(联系人:某某;联系电话:0571-1234567)`, `经办人:某某`: who to call, bracketed or not.
  /// Also a short line of fields whose later field is a telephone number
  /// (`投资咨询:X中心　联系电话:0000-6123456`, `咨询单位:X局;电话:0571-1234567`).
  static func isContactLine(_ text: String) -> Bool {
    let bare = text.drop { PlanTextCharacters.openingBrackets.contains($0) }
    if let label = contactLabels.first(where: bare.hasPrefix) {
      return bare.dropFirst(label.count).first == ":"
    }
    return endsWithTelephone(bare)
  }

  /// Labels of a telephone number.
  static let telephoneLabels = ["联系电话", "咨询电话", "服务电话", "电话"]
  /// The longest line of fields ending with a telephone number.
  static let longestFieldLine = 80

  /// `…　联系电话:0000-6123456`: a line of labelled fields (no sentence) whose last field is a
  /// telephone number — seven digits or more, with `-` and spaces.
  static func endsWithTelephone(_ written: Substring) -> Bool {
    let text = String(written.map { $0 == "\u{FF1A}" ? ":" : $0 })
    guard text.count <= longestFieldLine, !text.dropLast().contains("。"),
      let label = telephoneLabels.first(where: { text.contains($0 + ":") }),
      let range = text.range(of: label + ":", options: .backwards),
      range.lowerBound != text.startIndex
    else { return false }
    let number = text[range.upperBound...].filter { !PlanTextCharacters.isSpace($0) }
    let digits = number.filter(PlanTextCharacters.isDigit)
    return digits.count >= 7
      && number.allSatisfy { PlanTextCharacters.isDigit($0) || "-—()。".contains($0) }
  }
}
