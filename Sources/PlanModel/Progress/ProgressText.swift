/// The words of recorded progress in Chinese and English: what a record is, how a change,
/// a deletion, an undo and a redo read — the store's log (`LogEntry.summary`,
/// `plandash history`) and the in-memory backend's history say them alike.
public enum ProgressText {
  /// What a logged record is: `status`, `note` or `actual` (the log's own names in English).
  public static func what(_ what: String) -> Localized {
    switch what {
    case "status": Localized(zh: "状态", en: what)
    case "note": Localized(zh: "备注", en: what)
    case "actual": Localized(zh: "实际值", en: what)
    default: Localized(verbatim: what)
    }
  }

  /// A deleted figure's new value: `412 → (deleted)`.
  public static let deleted = Localized(zh: "（已删除）", en: "(deleted)")
  /// After a change now taken back.
  public static let undoneMark = Localized(zh: "（已撤销）", en: " (undone)")
  public static let undoWord = Localized(zh: "撤销", en: "undo")
  public static let redoWord = Localized(zh: "重做", en: "redo")

  /// `undo #12: …`, `redo #12: …` before what was taken back or re-applied.
  public static func reverting(_ word: Localized, _ operation: Int64) -> Localized {
    Localized(zh: "\(word.zh) #\(operation)：", en: "\(word.en) #\(operation): ")
  }

  /// A year's figure: `2024 = 412`; in Chinese `2024年 = 412`.
  public static func figure(year: Int?, _ value: String) -> Localized {
    let year = year.map(String.init) ?? "?"
    return Localized(zh: "\(year)年 = \(value)", en: "\(year) = \(value)")
  }

  /// A deleted figure: `2024 = 412 → (deleted)`, in Chinese `2024年 = 412 → （已删除）`.
  public static func deletedFigure(year: Int?, _ value: String) -> Localized {
    figure(year: year, value) + " → " + deleted
  }

  /// A text with its note after it: `done (待用地)`, in Chinese `已完成（待用地）`.
  public static func noted(_ text: Localized, _ note: String?) -> Localized {
    guard let note else { return text }
    return Localized(zh: "\(text.zh)（\(note)）", en: "\(text.en) (\(note))")
  }

  public static func note(_ note: String) -> Localized {
    Localized(zh: "备注：\(note)", en: "note: \(note)")
  }

  public static let noteCleared = Localized(zh: "备注已清除", en: "note cleared")

  /// `status in-progress → done`, in Chinese `状态 进行中 → 已完成`.
  public static func status(from old: MeasureStatus?, to new: MeasureStatus) -> Localized {
    Localized(zh: "状态 ", en: "status ") + (old.map { $0.name + " " } ?? Localized(verbatim: ""))
      + "→ " + new.name
  }

  /// A record removed that was not a figure (not written by plandash, but read safely).
  public static func removed(year: Int?, what: String) -> Localized {
    guard let year else { return Self.what(what) + Localized(zh: "已移除", en: " removed") }
    return Localized(zh: "\(year)年已移除", en: "\(year) removed")
  }
}
