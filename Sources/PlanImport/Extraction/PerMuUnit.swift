/// The per-亩 unit a figure in `万元` means when its metric is a per-亩 measure
/// (`亩均税收达到15万元`, `园区亩均营业收入达到300万元`, `工业用地亩均税收为9.6万元`): the text
/// writes `万元` and means `万元/亩`, wherever `亩均` stands in the metric's name.
enum PerMuUnit {
  static let perMuWords = ["亩均"]

  /// `万元/亩` for a figure in `万元` of a per-亩 metric; else the unit as written.
  static func unit(_ unit: String?, metric: some StringProtocol) -> String? {
    // `亩均效益提升奖励资金1000万元`: a fund named after a per-亩 measure is a sum of money.
    guard unit == "万元", perMuWords.contains(where: metric.contains),
      !PlanFunds.fundNouns.contains(where: metric.hasSuffix)
    else { return unit }
    return "万元/亩"
  }
}
