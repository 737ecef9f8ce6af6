import PlanModel

/// `:unit NAME` and `:lead NAME`: the Measures pane keeps only the measures of these units.
public struct UnitFilter: Hashable, Sendable {
  /// The units' full names, as the plans write them (the ones the command's name matched).
  public var units: [String]
  /// `:lead`: only measures one of them leads (牵头单位); `:unit`: leads or shares (责任单位).
  public var leadOnly: Bool

  public init(units: [String], leadOnly: Bool) {
    self.units = units
    self.leadOnly = leadOnly
  }

  /// True when the measure names one of the units in the role asked for.
  func admits(_ measure: Measure) -> Bool {
    if measure.leadUnits.contains(where: units.contains) { return true }
    return !leadOnly && measure.responsibleUnits.contains(where: units.contains)
  }

  /// How the pane's title names the filter: `牵头:区经济信息委` or `单位:区经济信息委、区商务委`.
  func label(_ language: Language) -> String {
    let role = leadOnly ? UIText.leadRole(language) : UIText.unitRole(language)
    return role + ":" + units.joined(separator: language == .zh ? "、" : ", ")
  }
}
