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
      let toward = text.textRange(of: "向")
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

  /// The industry moving: the paragraph's when the subject is none or the word `产业`, else the
  /// industry the subject names.
  static func owner(_ subject: Substring, parent: String?) -> String? {
    var text = subject
    for lead in ["推动", "引导", "支持", "促进"] where text.hasPrefix(lead) {
      text = text.dropFirst(lead.count)
    }
    if text.isEmpty || IndustryOwnLists.ownSubjects.contains(String(text)) || text == "产业" {
      return parent
    }
    guard text.hasSuffix("产业") else { return nil }
    return TextReading.runInIndustryName(String(text))
  }
}
