import PlanModel

extension UIText {
  /// The `a` form's error line for a refused submit. In English the plan's refusals read
  /// exactly as `plandash actual set` prints them.
  static func formError(_ error: ActualForm.FormError, _ language: Language) -> String {
    switch error {
    case .badYear: return badYear(language)
    case .badValue: return badValue(language)
    case .refused(let problem): return actualProblem(problem)(language)
    }
  }

  static func actualProblem(_ problem: ActualProblem) -> Localized {
    let zh: String
    switch problem {
    case .unknownID(let id, let closest):
      let hint = closest.isEmpty ? "" : "（最接近：\(closest.joined(separator: "、"))）"
      zh = "未知编号 \(id)\(hint)"
    case .notAFigure(let id, _):
      zh = "\(id) 不可录入实际值：只有目标、指标、梯队档次和有规模的集群可录入"
    case .clusterWithoutScale(let id):
      zh = "\(id) 是没有规模数值的集群；只有有规模的集群可录入实际值（亿元）"
    case .yearOutsidePlan(let id, let year, let years):
      zh = "年份\(year)不在 \(id) 可录入的年份内（\(years.lowerBound)–\(years.upperBound)：规划发布前十年至规划期末）"
    }
    return Localized(zh: zh, en: problem.description)
  }
}
