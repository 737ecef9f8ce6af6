/// The ways a unit note writes its labels other than `牵头单位:`: the label in square brackets
/// of any kind without a colon (`【牵头单位】县经信局【协同单位】县科技局、县财政局`,
/// `[责任单位]A、B`, `〔牵头部门〕A`), or followed by `为` right where a note or a field opens
/// (`(牵头单位为县发改局,配合单位为县财政局)`, `。责任单位为A、B`) — each read as the label and its
/// colon, a bracketed label after a name parted from it by `;`. Only the labels of units
/// (`UnitNotes`); not a label inside a sentence (`明确牵头单位为…` keeps its words).
enum NoteLabelForms {
  static let openings: Set<Character> = ["【", "[", "［", "〔", "〖"]
  static let closings: Set<Character> = ["】", "]", "］", "〕", "〗"]
  /// What may stand right before a label followed by `为`: the note's or field's opening.
  static let fieldOpenings: Set<Character> = [
    "(", "(", "【", "。", ";", "；", ",", "，", " ", "\u{3000}",
  ]

  /// The text with every such label written `label:`.
  static func normalized(_ text: String) -> String {
    let labels = (UnitNotes.leadLabels + UnitNotes.responsibleLabels).filter { $0.count >= 4 }
    guard labels.contains(where: text.contains) else { return text }
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      let rest = text[index...]
      if let label = bracketed(rest, labels: labels) {
        let opens = result.last.map { fieldOpenings.contains($0) || openings.contains($0) } ?? true
        result += (opens ? "" : ";") + label + ":"
        index = text.index(index, offsetBy: label.count + 2)
        continue
      }
      if result.last.map(fieldOpenings.contains) ?? true,
        let label = labels.first(where: { rest.hasPrefix($0 + "为") })
      {
        result += label + ":"
        index = text.index(index, offsetBy: label.count + 1)
        continue
      }
      result.append(text[index])
      index = text.index(after: index)
    }
    return result
  }

  /// The label a bracket pair holds alone at the text's opening (`【牵头单位】…`).
  static func bracketed(_ text: Substring, labels: [String]) -> String? {
    guard let open = text.first, openings.contains(open) else { return nil }
    let inner = text.dropFirst()
    return labels.first { label in
      inner.hasPrefix(label) && inner.dropFirst(label.count).first.map(closings.contains) == true
    }
  }
}
