/// The paragraph that closes a plan's last section by calling on everyone to carry it out
/// (`各县(市、区)、各有关部门要按照本方案和责任分工,…`, `各部门、各直属单位要按照本方案要求,…`,
/// `各地各部门要结合实际…`): no part of the last item it follows. Read only after the last heading
/// line of the text, under an item that already has its paragraph, when the paragraph opens
/// with its addressees — names each opening with `各`, parted by `、` or `,` — and `要`.
enum ClosingCalls {
  /// The longest run of addressees before `要`.
  static let longestAddressees = 30

  static func isClosingCall(_ index: Int, paragraphs: [String], outline: OutlineRecogniser)
    -> Bool
  {
    guard outline.lines[index] == nil, let key = outline.placeKeys[index],
      !outline.lines[(index + 1)...].contains(where: { $0 != nil }),
      (0..<index).contains(where: { earlier in
        outline.placeKeys[earlier] == key && (outline.lines[earlier]?.runIn ?? true)
      })
    else { return false }
    return opensWithAddressees(paragraphs[index])
  }

  /// `各A、各B要…`: the text before the first `要` names only addressees opening with `各`.
  static func opensWithAddressees(_ paragraph: String) -> Bool {
    let text = PlanTextCharacters.trimmed(paragraph)
    guard let call = text.textRange(of: "要") else { return false }
    let addressees = text[..<call.lowerBound]
    guard (2...longestAddressees).contains(addressees.count) else { return false }
    let names = UnitNotes.splitUnits(addressees)
    return !names.isEmpty && names.allSatisfy { $0.hasPrefix("各") && $0.count >= 2 }
  }
}
