import PlanModel

/// Unit names as the plans give them: which are collective (各成员单位, 各相关部门,
/// 区工业发展领导小组各成员单位 …: no one unit, so nobody is bound to them), and the closest
/// ones to a misspelt name.
public enum UnitNames {
  public static func isCollective(_ name: String) -> Bool {
    name.contains("各") || ["相关单位", "有关单位", "相关部门", "有关部门", "成员单位"].contains(name)
  }

  public static func closest(to name: String, among names: Set<String>) -> [String] {
    EditDistance.closestNames(to: name, among: names)
  }
}
