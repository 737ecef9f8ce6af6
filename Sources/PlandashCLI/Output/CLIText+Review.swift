import Dashboard

/// The messages of `plandash import --review`.
extension CLIText {
  static func reviewWritten(_ path: String) -> Localized {
    Localized(zh: "已写入 \(path)，校验通过", en: "wrote \(path); it validates")
  }

  static func reviewDropped(_ path: String) -> Localized {
    Localized(
      zh: "已退出审阅，修改未写入；\(path) 未变", en: "left the review without writing; \(path) is unchanged")
  }

  static let reviewNoDocument = Localized(
    zh: "草稿未注明原文文件（plan.source_document）：只列出各条目的原句",
    en:
      "the draft names no document (plan.source_document): only the items' own sentences are shown")

  static func reviewDocumentUnread(_ reason: Localized) -> Localized {
    Localized(
      zh: "无法读取原文（\(reason(.zh))）：只列出各条目的原句",
      en: "the document cannot be read (\(reason(.en))): only the items' own sentences are shown")
  }

  static func reviewNotWritten(_ path: String, _ reason: String) -> Localized {
    Localized(
      zh: "未能写入 \(path)：\(reason)；草稿未变",
      en: "could not write \(path): \(reason); the draft is unchanged")
  }
}
