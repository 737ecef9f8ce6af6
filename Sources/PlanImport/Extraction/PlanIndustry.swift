import Foundation

/// The one industry a plan is about, when its title names one (`X市低空经济产业发展规划`,
/// `…新能源汽车产业高质量发展行动方案`): that industry's own 产业规模 goals are the plan's
/// targets, not the scale of a cluster of it.
enum PlanIndustry {
  static let pattern = #"\p{Han}{2,14}?产业(高质量)?发展(三年)?(规划|行动方案|实施方案|行动计划|工作方案)"#

  static func named(inTitle title: String?) -> String? {
    guard let title, let range = title.range(of: pattern, options: .regularExpression),
      let end = title[range].textRange(of: "产业", backwards: true)
    else { return nil }
    var name = title[range.lowerBound..<end.lowerBound]
    // The region's name before it: up to its 省/市/县/区 (`X市低空经济` → `低空经济`).
    if let cut = name.lastIndex(where: { "省市县区旗州".contains($0) }),
      name[name.index(after: cut)...].count >= 2
    {
      name = name[name.index(after: cut)...]
    }
    return name.count >= 2 ? DraftCluster.matchName(String(name)) : nil
  }
}
