/// The lines that close a document after its last task, and are no part of it: the line that
/// puts it in force (`本意见自印发之日起施行`, `本方案由市经信局负责解释`, `有效期至…`), the
/// issuer's signature (`鹤汀市人民政府`), the date (`2025年3月18日`), and the lines of
/// attachments and distribution (`附件:…`, `抄送:…`, `(此件公开发布)`), and what a portal page
/// prints after a text it reposts (`(以上为报告…节选…)`, `【打印本页】【关闭窗口】`, `主办:…`).
enum ClosingLines {
  /// How an issuer's name ends.
  static let issuerEnds = [
    "人民政府", "政府", "委员会", "管委会", "办公室", "办公厅", "县委", "市委", "区委", "党委", "工作组", "领导小组",
  ]
  static let longestSignature = 30
  /// Words of a line that puts the document in force or explains who interprets it.
  static let inForceWords = ["之日起施行", "之日起实施", "之日起执行", "负责解释", "有效期"]
  /// Labels of the lines that list attachments or where the document goes.
  static let labels = ["附件", "抄送", "抄报", "印发"]

  static func isClosing(_ paragraph: String) -> Bool {
    let text = PlanTextCharacters.trimmed(paragraph)
    return isInForce(text) || isSignature(text) || isDate(text) || isLabelled(text)
      || (text.hasPrefix("(此件") && text.hasSuffix(")")) || isPageFooter(text)
      || isAddress(text) || LetterClosings.isClosing(text) || isClosingFormula(text)
  }

  /// What a 公文 closes its text with, as a line of its own: `特此通知。`, `特此通报。`,
  /// `特此函告`, `特此公告。`, `特此批复。` — `特此` and one verb of the document's kind.
  static let closingFormulaVerbs = ["通知", "通报", "函告", "函复", "公告", "批复", "报告", "复函", "告知"]

  /// `特此通报。`: the closing formula alone on its line (no task follows it).
  static func isClosingFormula(_ text: String) -> Bool {
    var body = text[...]
    while let last = body.last, "。.!！".contains(last) { body = body.dropLast() }
    guard body.hasPrefix("特此") else { return false }
    return closingFormulaVerbs.contains(String(body.dropFirst(2)))
  }

  /// How a speaker addresses the hall, opening a paragraph.
  static let addresses = ["同志们", "各位代表", "各位委员", "各位领导", "女士们、先生们"]

  /// A speech's paragraph addressing the hall (`同志们,推进新型工业化是一项长期任务…`): after
  /// the last task, the speaker's closing words, no task (a line before the first heading,
  /// the opening `同志们:`, is none either).
  static func isAddress(_ text: String) -> Bool {
    if let address = addresses.first(where: text.hasPrefix),
      text.dropFirst(address.count).first.map({ ",:!\u{FF0C}\u{FF1A}\u{FF01}".contains($0) })
        ?? true
    {
      return true
    }
    return addressesHall(text)
  }

  /// A report's closing words to the body it is given to, opening with the list of those it
  /// addresses (`主任、各位副主任、秘书长、各位委员,我们将…`, `各位代表、各位来宾,…`): short titles
  /// parted by `、` up to the first comma, one of them `各位…`.
  static func addressesHall(_ text: String) -> Bool {
    guard let comma = text.firstIndex(where: { ",:\u{FF0C}\u{FF1A}".contains($0) }) else {
      return false
    }
    let titles = text[..<comma].split(separator: "、", omittingEmptySubsequences: false)
    return titles.count >= 2 && titles.contains { $0.hasPrefix("各位") }
      && titles.allSatisfy { (2...6).contains($0.count) && $0.allSatisfy(PlanTextCharacters.isHan) }
  }

  /// Words of a portal page's foot: its buttons and the site's credits.
  static let footerWords = ["打印本页", "关闭窗口", "【打印】", "【关闭】", "网站标识码", "ICP备", "版权所有"]
  static let footerLabels = [
    "主办", "承办", "技术支持", "主办单位", "承办单位",
    // A 政策解读's foot: who interprets it and how to reach them.
    "解读机关", "解读单位", "解读部门", "解读人", "联系电话", "咨询电话",
  ]

  /// A portal page's foot after the text: an editor's bracketed note on what was reposted
  /// (`(以上为…节选…)`, `(全文详见…)`), its buttons, the site's credits.
  static func isPageFooter(_ text: String) -> Bool {
    if text.hasPrefix("("), text.hasSuffix(")"),
      ["以上", "全文", "本文"].contains(where: text.dropFirst().hasPrefix)
    {
      return true
    }
    if footerWords.contains(where: text.contains) { return true }
    guard let label = footerLabels.first(where: text.hasPrefix) else { return false }
    let rest = text.dropFirst(label.count)
    return rest.first == ":" || rest.first == "\u{FF1A}"
  }

  /// `本意见自印发之日起施行,有效期至2027年12月31日。`
  static func isInForce(_ text: String) -> Bool {
    text.hasPrefix("本") && inForceWords.contains(where: text.contains)
  }

  /// A short line of names with no punctuation that ends as an issuer's name.
  static func isSignature(_ text: String) -> Bool {
    text.count <= longestSignature && issuerEnds.contains(where: text.hasSuffix)
      && !text.contains(where: { c in
        PlanTextCharacters.sentenceEnds.contains(c) || PlanTextCharacters.clauseEnds.contains(c)
          || c == "、"
      })
  }

  /// How an office's name ends (`县经济和信息化局`): a signature only where the date or nothing
  /// follows it, as a line of a department's name may stand in the text too.
  static let officeEnds = ["局", "厅", "委", "中心"]

  /// The issuing office's name alone as the last line, or over the date (`蓼X县工业和信息化局` /
  /// `2026年12月8日`).
  static func isOfficeSignature(_ paragraph: String, next: String?) -> Bool {
    let text = PlanTextCharacters.trimmed(paragraph)
    guard next.map({ isDate(PlanTextCharacters.trimmed($0)) }) ?? true,
      officeEnds.contains(where: text.hasSuffix)
    else { return false }
    return text.count <= longestSignature
      && text.allSatisfy { PlanTextCharacters.isHan($0) || $0 == "(" || $0 == ")" }
  }

  /// A line that is only a date, bracketed or not: `2025年3月18日`, `(2026年1月12日)`.
  static func isDate(_ text: String) -> Bool {
    let bare = text.filter { !PlanTextCharacters.openingBrackets.contains($0) }
      .filter { !PlanTextCharacters.closingBrackets.contains($0) }
    guard bare.hasSuffix("日"), bare.count <= 12 else { return false }
    return bare.allSatisfy { c in
      PlanTextCharacters.isDigit(c) || ChineseNumber.isNumeral(c) || "〇零年月日".contains(c)
    } && bare.contains("年") && bare.contains("月")
  }

  /// `附件:重点任务分工`, `附件1:…`, `抄送:…`.
  static func isLabelled(_ text: String) -> Bool {
    guard let label = labels.first(where: text.hasPrefix) else { return false }
    let rest = text.dropFirst(label.count).drop { PlanTextCharacters.isDigit($0) }
    return rest.first == ":" || rest.first == "\u{FF1A}"
  }
}
