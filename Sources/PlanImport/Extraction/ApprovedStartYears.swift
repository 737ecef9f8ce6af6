/// A beginning granted by someone named between the year and the verb — `于2012年经国务院批准
/// 升级为国家高新区`, `2018年获省政府批复设立`, `2016年由省人民政府同意设立`: the year dates the
/// approval, not the figures reported after it (`StartYears`).
enum ApprovedStartYears {
  /// Words that open the approver (`经`, `获`, `由`) right after the year.
  static let approverLeads = ["经", "获", "由"]
  /// The approval itself, written within a short reach of the lead (`经国务院批准`).
  static let approvals = ["批准", "批复", "同意", "认定", "审核通过"]
  /// How many characters the approver's name may take.
  static let reach = 14

  /// True when `rest` (the text right after the year, past its month and day) opens with an
  /// approver lead and names an approval within `reach` characters, before any clause break.
  static func opensApproval(_ rest: Substring) -> Bool {
    guard approverLeads.contains(where: rest.hasPrefix) else { return false }
    let window = rest.prefix(reach + 4).prefix {
      !PlanTextCharacters.sentenceEnds.contains($0) && !",;，；".contains($0)
    }
    return approvals.contains(where: window.contains)
  }
}
