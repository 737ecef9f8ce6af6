extension UIText {
  /// `d` where no year's actual is selected.
  static let selectAnActual = Localized(
    zh: "请先在“历年实际值”下选中某一年的实际值，再按 d 删除",
    en: "select a year under Actuals by year first, then press d to delete it")

  /// The first `d`: what a second press deletes (`figure` is `2024 = 412`).
  static func confirmDeletion(_ figure: String) -> Localized {
    Localized(
      zh: "再按一次 d 删除实际值 \(figure)；按其他键取消",
      en: "press d again to delete the actual \(figure); any other key cancels")
  }

  /// The second `d`: what was deleted, and how to bring it back.
  static func actualDeleted(_ figure: String) -> Localized {
    Localized(zh: "已删除实际值 \(figure)（u 撤销）", en: "actual \(figure) deleted (u undoes)")
  }
}
