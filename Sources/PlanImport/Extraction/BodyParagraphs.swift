/// The paragraphs the rules read: trimmed, empty ones dropped, a reposting site's lead-in
/// before "原文如下" (or 全文如下) dropped, and a second printing of the same text (a web page
/// saved twice) cut off.
struct BodyParagraphs {
  /// The paragraphs in order.
  var texts: [String]
  /// True when a lead-in before 原文如下 was dropped.
  var droppedLeadIn = false
  /// True when a repeated copy of the text was cut off.
  var droppedRepeat = false

  /// Words that end a news lead-in and open the document itself.
  static let leadInEnds = ["原文如下", "全文如下", "内容如下"]
  /// A paragraph at least this long, met a second time, marks the start of a repeated copy.
  static let repeatLength = 40

  init(_ document: DocumentText) {
    texts = document.paragraphs.map(PlanTextCharacters.trimmed).filter { !$0.isEmpty }
    cutLeadIn()
    cutRepeat()
  }

  init(texts: [String]) {
    self.texts = texts.map(PlanTextCharacters.trimmed).filter { !$0.isEmpty }
    cutLeadIn()
    cutRepeat()
  }

  private mutating func cutLeadIn() {
    // Only a marker near the opening: a plan may quote 原文如下 deep inside.
    let window = texts.prefix(12)
    guard
      let marker = window.lastIndex(where: { text in
        text.count <= 20 && Self.leadInEnds.contains(where: { text.hasPrefix($0) })
      }), marker + 1 < texts.count
    else { return }
    texts.removeFirst(marker + 1)
    droppedLeadIn = true
  }

  private mutating func cutRepeat() {
    var seen: Set<String> = []
    for (index, text) in texts.enumerated() {
      guard text.count >= Self.repeatLength else { continue }
      if seen.contains(text) {
        // Walk back over the short lines (page furniture, title, headings) that open the copy.
        var start = index
        while start > 0, texts[start - 1].count < Self.repeatLength { start -= 1 }
        texts.removeSubrange(start...)
        droppedRepeat = true
        return
      }
      seen.insert(text)
    }
  }
}
