/// A ladder of the grades a firm's plants rise through, written as a progression
/// `推动企业从数字化车间到智能工厂、再到智能制造示范工厂梯次提升`: three grades or more joined by
/// `到` (`、再到`, `再到`), each ending in a plant's word (`车间`, `工厂`, `产线`), a verb of
/// rising closing them. `从多边转到区域` names no plant and is none.
enum GradeProgressions {
  static let gradeEnds = ["车间", "工厂", "产线", "生产线", "工业园区"]
  static let risingVerbs = ["提升", "升级", "跃升", "迈进", "攀升", "演进", "递进", "发展"]
  static let gradingWords = ["梯次", "逐级", "梯度", "逐步", "阶梯式"]

  static func steps(in clause: Substring) -> [String]? {
    guard let from = clause.textRange(of: "从"),
      let verb = risingVerbs.first(where: clause.hasSuffix)
    else { return nil }
    var rest = clause[from.upperBound...].dropLast(verb.count)
    for word in gradingWords where rest.hasSuffix(word) { rest = rest.dropLast(word.count) }
    let grades = rest.components(separatedBy: "到").map { part in
      var grade = Substring(part)
      while let last = grade.last, last == "、" || last == "再" || last == "," { grade.removeLast() }
      return String(grade)
    }
    guard grades.count >= 3,
      grades.allSatisfy({ grade in
        (3...12).contains(grade.count) && gradeEnds.contains(where: grade.hasSuffix)
      })
    else { return nil }
    return grades
  }
}
