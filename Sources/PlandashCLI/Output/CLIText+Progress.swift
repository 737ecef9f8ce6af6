import Dashboard
import PlanModel

/// The words of the commands that record and show progress (`mark`, `actual`, `undo`,
/// `redo`, `history`, `status`), in Chinese and English.
extension CLIText {
  /// A measure status as each language names it (the English is the status's code).
  static func status(_ status: MeasureStatus) -> Localized { status.name }

  // mark
  static func badStatus(_ given: String, names: [String]) -> Localized {
    Localized(
      zh: "--status \(given)：不是状态；请给 \(names.joined(separator: "、")) 之一",
      en: "--status \(given): not a status; give one of \(names.joined(separator: ", "))")
  }

  static let markNeedsIDs = Localized(
    zh: "mark：请至少给一个措施编号，或用 --from-file FILE",
    en: "mark: give at least one measure id, or --from-file FILE")

  static let nothingMarked = Localized(zh: "未做任何标记", en: "nothing was marked")

  static func marked(_ changed: Int, _ status: MeasureStatus, alreadySo: Int, operation: Int64)
    -> Localized
  {
    let name = Self.status(status)
    return Localized(
      zh: "已将\(changed)项措施标记为\(name.zh)" + (alreadySo > 0 ? "（\(alreadySo)项原已如此）" : "")
        + "，记录号 #\(operation)",
      en: "marked \(changed) measure\(plural(changed)) \(name.en)"
        + (alreadySo > 0 ? " (\(alreadySo) already so)" : "") + " as #\(operation)")
  }

  static func alreadyStatus(_ count: Int, _ status: MeasureStatus) -> Localized {
    let name = Self.status(status)
    return Localized(
      zh: "未做更改：" + (count == 1 ? "该措施" : "全部\(count)项措施") + "已是\(name.zh)",
      en: "nothing changed: \(count == 1 ? "it is" : "all \(count) are") already \(name.en)")
  }

  static let noteAlreadySo = Localized(
    zh: "未做更改：备注已是如此", en: "nothing changed: the note is already so")

  static func noted(_ count: Int, cleared: Bool, operations: String) -> Localized {
    Localized(
      zh: (cleared ? "已清除\(count)项措施的备注" : "已为\(count)项措施写入备注") + "，状态不变，记录号 \(operations)",
      en: (cleared ? "cleared the note of" : "noted")
        + " \(count) measure\(plural(count)), status unchanged, as \(operations)"
    )
  }

  // actual set / list / import
  static func badYearOption(_ text: String) -> Localized {
    Localized(
      zh: "--year \(text)：不是年份（应为整数，如2024）",
      en: "--year \(text): not a year (a whole number such as 2024)")
  }

  static func badValueOption(_ text: String) -> Localized {
    Localized(zh: "--value \(text)：不是数字", en: "--value \(text): not a number")
  }

  static func actualRecorded(_ item: Localized, _ year: Int, _ figure: String, operation: Int64)
    -> Localized
  {
    Localized(
      zh: "已录入 \(item.zh) \(year)年 = \(figure)，记录号 #\(operation)",
      en: "\(item.en) \(year) = \(figure) recorded as #\(operation)")
  }

  static func actualUnchanged(_ item: Localized, _ year: Int, _ figure: String) -> Localized {
    Localized(
      zh: "未做更改：\(item.zh) \(year)年已是 \(figure)",
      en: "nothing changed: \(item.en) \(year) is already \(figure)")
  }

  // actual delete
  static func actualDeleted(_ item: Localized, _ year: Int, _ figure: String, operation: Int64)
    -> Localized
  {
    Localized(
      zh: "已删除 \(item.zh) \(year)年 = \(figure)，记录号 #\(operation)（plandash undo 可恢复）",
      en: "\(item.en) \(year) = \(figure) deleted as #\(operation) (plandash undo brings it back)")
  }

  static func noFigureToDelete(_ item: Localized, _ year: Int, recorded: [Int]) -> Localized {
    let years = ItemText.list(recorded.map(String.init))
    return Localized(
      zh: "\(item.zh) 没有\(year)年的实际值"
        + (recorded.isEmpty ? "" : "（已录入年份：\(years.zh)）") + "；未删除任何数据",
      en: "no actual figure of \(item.en) for \(year) "
        + (recorded.isEmpty ? "is recorded" : "(recorded years: \(years.en))")
        + "; nothing was deleted")
  }

  static func noActuals(of id: String?) -> Localized {
    guard let id else { return Localized(zh: "尚无实际值", en: "no actual figures") }
    return Localized(zh: "\(id) 尚无实际值", en: "no actual figures for \(id)")
  }

  static func nothingImported(_ bad: Int) -> Localized {
    Localized(
      zh: "未导入任何数据（\(bad)行有误）", en: "nothing was imported (\(bad) bad row\(plural(bad)))")
  }

  static func noRows(_ file: String) -> Localized {
    Localized(zh: "\(file)：没有可导入的行", en: "\(file): no rows to import")
  }

  static func imported(_ changed: Int, unchanged: Int, operation: Int64?) -> Localized {
    Localized(
      zh: "已导入\(changed)个数值" + (unchanged > 0 ? "（\(unchanged)个未变）" : "")
        + (operation.map { "，记录号 #\($0)" } ?? ""),
      en: "imported \(changed) figure\(plural(changed))"
        + (unchanged > 0 ? " (\(unchanged) unchanged)" : "")
        + (operation.map { " as #\($0)" } ?? ""))
  }

  // undo / redo
  static func badSteps(_ steps: Int) -> Localized {
    Localized(zh: "--steps \(steps)：请给1或更大的数", en: "--steps \(steps): give a number from 1 up")
  }

  static func tooFewToUndo(_ steps: Int, left: Int?, store: String) -> Localized {
    let zhLeft = left.map { "只剩\($0)项更改可撤销" } ?? "可撤销的更改不足\(steps)项"
    let enLeft =
      switch left {
      case 1?: "only 1 change is"
      case let count?: "only \(count) changes are"
      case nil: "fewer than \(steps) changes are"
      }
    return Localized(
      zh: "--steps \(steps)：进度库 \(store) 中\(zhLeft)；未撤销任何更改",
      en: "--steps \(steps): \(enLeft) left to undo in store \(store); nothing was undone")
  }

  static func undid(_ operation: Int64, records: Int) -> Localized {
    Localized(
      zh: "已撤销 #\(operation)（\(records)条记录）",
      en: "undid #\(operation) (\(records) record\(plural(records)))")
  }

  static func redid(_ operation: Int64, records: Int) -> Localized {
    Localized(
      zh: "已重做 #\(operation)（\(records)条记录）",
      en: "redid #\(operation) (\(records) record\(plural(records)))")
  }

  // history
  /// Nothing in the log, of every item or of one (named by its title, the id as typed).
  static func noChanges(of item: Localized?) -> Localized {
    guard let item else { return Localized(zh: "尚无更改记录", en: "no changes recorded") }
    return Localized(zh: "\(item.zh) 尚无更改记录", en: "no changes recorded for \(item.en)")
  }

  static func unknownID(_ id: String, closest: [String]) -> Localized {
    Localized(zh: "未知编号 \(id)", en: "unknown id \(id)") + ItemText.closest(closest)
  }

  // status
  static let noOrphans = Localized(
    zh: "没有孤立的进度：记录的编号都在已载入的规划中",
    en: "no orphaned progress: every recorded id is in the loaded plans")

  static let orphansFollow = Localized(
    zh: "以下进度所属编号不在任何已载入的规划中（可修改规划或保留；它不会被删除）：",
    en:
      "progress kept for ids in none of the loaded plans (edit the plans or leave it; it is never deleted):"
  )

  static let statusRecord = Localized(zh: "状态", en: "status")

  static func actualRecord(_ year: Int) -> Localized {
    Localized(zh: "\(year)年实际值", en: "actual \(year)")
  }
}
