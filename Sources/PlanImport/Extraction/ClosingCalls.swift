/// The paragraph that closes a plan's last section by calling on everyone to carry it out
/// (`各县(市、区)、各有关部门要按照本方案和责任分工,…`, `各部门、各直属单位要按照本方案要求,…`,
/// `各地各部门要结合实际…`): no part of the last item it follows. Read only after the last heading
/// line of the text (an annex's rows aside), under an item that already has its paragraph, when the paragraph opens
/// with its addressees — names each opening with `各`, parted by `、` or `,` — and `要`, and
/// speaks of carrying out the plan (`planWords`).
enum ClosingCalls {
  /// The longest run of addressees before `要`.
  static let longestAddressees = 30

  static func isClosingCall(_ index: Int, paragraphs: [String], outline: OutlineRecogniser)
    -> Bool
  {
    guard outline.lines[index] == nil, let key = outline.placeKeys[index],
      isInLastSection(index, paragraphs: paragraphs, outline: outline),
      (0..<index).contains(where: { earlier in
        outline.placeKeys[earlier] == key && (outline.lines[earlier]?.runIn ?? true)
      })
    else { return false }
    return opensWithAddressees(paragraphs[index])
  }

  /// What opens the annexes after the text (`附件:…`, `附件`, `附表1`): their rows are no headings.
  static let annexLabels = ["附件", "附表"]

  /// No heading line stands after the paragraph before the text's closing lines or annexes.
  static func isInLastSection(_ index: Int, paragraphs: [String], outline: OutlineRecogniser)
    -> Bool
  {
    for later in (index + 1)..<paragraphs.count {
      let text = PlanTextCharacters.trimmed(paragraphs[later])
      if ClosingLines.isClosing(text) || annexLabels.contains(where: text.hasPrefix) { return true }
      if outline.lines[later] != nil { return false }
    }
    return true
  }

  /// `各A、各B要…`: the text before the first `要` names only addressees opening with `各`.
  static func opensWithAddressees(_ paragraph: String) -> Bool {
    let text = PlanTextCharacters.trimmed(paragraph)
    guard let call = text.textRange(of: "要") else { return false }
    let addressees = text[..<call.lowerBound]
    guard (2...longestAddressees).contains(addressees.count) else { return false }
    let names = UnitNotes.splitUnits(addressees)
    return !names.isEmpty && names.allSatisfy { $0.hasPrefix("各") && $0.count >= 2 }
      && planWords.contains(where: text.contains)
  }

  /// What a closing call says it is about: carrying out the plan itself (`按照本方案要求`,
  /// `确保本实施意见各项任务落到实处`, `结合实际制定具体落实举措`) — not a call of the item's own
  /// (`各部门要加强协作,形成工作合力`).
  static let planWords = [
    "本方案", "本意见", "本实施意见", "本规划", "本计划", "本行动", "本通知", "本措施", "本政策", "本文件", "结合实际",
    "贯彻落实", "抓好落实",
  ]
}
