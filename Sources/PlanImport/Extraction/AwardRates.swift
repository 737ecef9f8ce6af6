/// The rate an award or subsidy is paid at (`按设备投资额的8%给予补助`, `按实际投资的10%予以奖励`,
/// `按贷款额的2%给予贴息`): a share of what the enterprise spent, a term of the policy, no goal.
/// The figure stands after `按` (the base it is a share of) and before the words of paying it.
enum AwardRates {
  /// Words that pay the award after its rate.
  static let payingWords = ["给予", "予以", "奖励", "补助", "补贴", "贴息", "奖补", "资助"]
  /// How far the paying words may stand after the rate (`8%的比例给予补助`).
  static let farthestPayment = 8

  static func isRate(_ figure: FigureReading, in clause: Substring) -> Bool {
    guard figure.unit == "%",
      let base = clause[..<figure.range.lowerBound].textRange(of: "按", backwards: true)
    else { return false }
    // The base between `按` and the rate names what was spent, no goal of its own.
    let between = clause[base.upperBound..<figure.range.lowerBound]
    guard !between.contains(where: { PlanTextCharacters.isDigit($0) || "。;,".contains($0) })
    else { return false }
    let after = clause[figure.range.upperBound...].prefix(farthestPayment)
    return payingWords.contains(where: after.contains)
  }
}
