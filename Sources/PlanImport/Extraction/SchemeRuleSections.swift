/// The sections of a reform's or scheme's rules (`二、评价办法` with `(一)评价对象`, `(二)评价指标`,
/// `(三)分类结果`; `三、差别化政策`): how enterprises are assessed and treated, not tasks — no
/// measures are drafted under them (their figures are still read, and the rules' own figures
/// are no goals: `SchemeRuleFigures`).
enum SchemeRuleSections {
  /// What a rule is about, opening the title.
  static let topics = ["评价", "考评", "评定", "认定", "分类", "申报", "适用", "差别化"]
  /// What part of the rule the title names, closing it.
  static let parts = ["办法", "对象", "范围", "条件", "程序", "流程", "结果", "指标", "标准", "政策", "措施"]
  /// The longest title read as a rule's section.
  static let longestTitle = 8

  static func isRules(_ title: String) -> Bool {
    let text = PlanTextCharacters.trimmed(title)
    return text.count <= longestTitle && topics.contains(where: text.hasPrefix)
      && parts.contains(where: text.hasSuffix)
  }
}
