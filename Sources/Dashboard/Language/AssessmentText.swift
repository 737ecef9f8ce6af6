/// The fixed strings of the assessment views, in Chinese and English.
extension UIText {
  static let targetsView = Localized(zh: "目标评估", en: "Targets")
  static let unitsView = Localized(zh: "责任单位", en: "Units")
  static let comparisonView = Localized(zh: "地区对比", en: "Across regions")
  static let assessment = Localized(zh: "评估", en: "Assessment")
  /// The header of the panes' one-symbol status column.
  static let statusShort = Localized(zh: "评", en: "St")
  static let schedule = Localized(zh: "序时进度", en: "Schedule")
  static let elapsed = Localized(zh: "时间", en: "elapsed")
  static let doneShare = Localized(zh: "完成", en: "done")
  static let behind = Localized(zh: "滞后", en: "behind")
  static let asOf = Localized(zh: "评估年份", en: "As of")
  static let lead = Localized(zh: "牵头", en: "lead")
  static let responsible = Localized(zh: "责任", en: "resp.")
  static let region = Localized(zh: "地区", en: "Region")
  static let ratio = Localized(zh: "R", en: "R")
}
