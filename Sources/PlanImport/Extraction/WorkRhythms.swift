/// How often the work is done — `领导小组成员单位每周深入企业和项目现场不少于1次`, `每月召开1次调度会`,
/// `每季度通报1次` — is a rule of work, not a goal: a count of times (`次`) after a stretch shorter
/// than a year (`每周`, `每旬`, `每月`, `每季度`, `每半年`). A count for each year (`每年举办…不少于4次`)
/// is still the plan's output.
enum WorkRhythms {
  /// The stretches shorter than a year a rhythm of work is set by.
  static let stretches = ["每周", "每旬", "每月", "每季度", "每季", "每半年", "每天", "每日", "每两周", "每双周"]

  /// True for a count of times in a clause that sets it for each stretch shorter than a year.
  static func isRhythm(_ figure: FigureReading, in clause: Substring) -> Bool {
    guard figure.unit == "次" || figure.unknownUnit?.hasPrefix("次") == true else { return false }
    let before = clause[..<figure.range.lowerBound]
    return stretches.contains(where: before.contains)
  }
}
