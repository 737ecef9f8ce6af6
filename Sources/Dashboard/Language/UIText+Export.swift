/// The status line's words for `:export`.
extension UIText {
  static let exportUsage = Localized(
    zh: "用法：:export docx 或 :export xlsx", en: "usage: :export docx or :export xlsx")
  static let exportNoRegion = Localized(
    zh: "没有选中的地区，无法导出", en: "no region chosen: nothing to export")
  static let exportUnavailable = Localized(
    zh: "此处不能导出文件", en: "exporting files is not available here")
  static let exported = Localized(zh: "已写入", en: "written")
}
