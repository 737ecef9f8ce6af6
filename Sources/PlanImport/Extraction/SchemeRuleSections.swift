/// The sections of a reform's or scheme's rules (`二、评价办法` with `(一)评价对象`, `(二)评价指标`,
/// `(三)分类结果`; `三、差别化政策`): how enterprises are assessed and treated, not tasks — no
/// measures are drafted under them (their figures are still read, and the rules' own figures
/// are no goals: `SchemeRuleFigures`).
enum SchemeRuleSections {
  /// What a rule is about, opening the title.
  static let topics = ["评价", "考评", "评定", "认定", "分类", "申报", "适用", "差别化"]
  /// What part of the rule the title names, closing it.
  static let parts = [
    "办法", "对象", "范围", "条件", "程序", "流程", "结果", "指标", "标准", "政策", "措施", "细则", "方式",
  ]
  /// The longest title read as a rule's section.
  static let longestTitle = 8

  /// What an assessment of the plan's own work is about, opening its section's title
  /// (`二、考核办法`, `考核细则`): its scores, bonuses and thresholds (`每超过1个百分点加0.2分`,
  /// `单项加分最高不超过2分`, `超过3家的乡镇`) grade the work, they are no goals.
  static let assessmentTopics = ["考核", "考评", "绩效考核", "目标考核"]

  static func isRules(_ title: String) -> Bool {
    let text = PlanTextCharacters.trimmed(title)
    return text.count <= longestTitle
      && (topics + assessmentTopics).contains(where: text.hasPrefix)
      && parts.contains(where: text.hasSuffix)
  }

  /// The rules of an assessment (`考核办法`): no tasks and no goals under it.
  static func isAssessment(_ title: String) -> Bool {
    isRules(title) && assessmentTopics.contains(where: PlanTextCharacters.trimmed(title).hasPrefix)
  }
}
