/// The fields an industry is to move towards, in its own item or sentence: `推动产业向A、B、C等
/// 高附加值领域转型`, `X产业向A、B方向发展` — a list after `向` closed by a field word (`领域`, or
/// `方向` with or without `等`) and a verb of moving (`转型`, `发展`, `延伸`, `拓展`, `迈进`) that
/// ends the clause. The subject before `向` is the paragraph's industry (nothing, `产业`, `推动产业`)
/// or an industry of its own (`X产业`). Not ways of changing (`向高端化、智能化方向发展`), markets or
/// links (`向汽车、电子等下游领域延伸`, `向研发设计、品牌营销两端延伸`), nor a list no field word
/// closes (`向汽车轻量化板材、电池箔延伸`): the names are read as `IndustryOwnLists` reads them.
enum FieldsTowards {
  static let movingVerbs = ["转型升级", "转型", "发展", "延伸", "拓展", "迈进", "升级"]
  static let closings = ["领域", "方向"]

  /// The fields and their industry; nil for any other clause.
  static func fields(in text: Substring, parent: String?) -> (parent: String, names: [String])? {
    guard let verb = movingVerbs.first(where: text.hasSuffix),
      let toward = towards(in: text)
    else { return nil }
    var list = text[toward.upperBound..<text.index(text.endIndex, offsetBy: -verb.count)]
    guard closings.contains(where: list.hasSuffix),
      let owner = owner(text[..<toward.lowerBound], parent: parent)
    else { return nil }
    if !IndustryOwnLists.strippedClosing(&list) {
      // `向A、B方向发展`: `方向` closes the list without `等`.
      guard list.hasSuffix("方向") else { return nil }
      list = list.dropLast(2)
    }
    let names = IndustryOwnLists.names(list, closed: true, parent: owner)
    return names.isEmpty ? nil : (owner, names)
  }

  /// Words ending in `向` that are no `towards` (`需求导向`, `面向市场`, `方向`, `走向`, `趋向`).
  static let wordsEndingInToward = ["导", "面", "方", "走", "趋", "倾", "意"]

  /// The first `向` of the clause that is the preposition, not the end of another word.
  static func towards(in text: Substring) -> Range<String.Index>? {
    var from = text.startIndex
    while let found = text[from...].textRange(of: "向") {
      let before =
        found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
      if let before, wordsEndingInToward.contains(String(before)) {
        from = found.upperBound
        continue
      }
      return found
    }
    return nil
  }

  /// The industry moving: the paragraph's when the subject is none or the word `产业`, else the
  /// industry the subject names.
  static func owner(_ subject: Substring, parent: String?) -> String? {
    var text = subject
    for lead in IndustryOwnLists.subjectLeads + ["促进"] where text.hasPrefix(lead) {
      text = text.dropFirst(lead.count)
    }
    if text.isEmpty || IndustryOwnLists.ownSubjects.contains(String(text)) || text == "产业" {
      return parent
    }
    guard text.hasSuffix("产业") else { return nil }
    return TextReading.runInIndustryName(String(text))
  }
}
