import CXLSXWriter

/// The cell formats of one workbook, made once each: the header's, and one per number
/// format, fill and wrapping that a cell needs (libxlsxwriter keeps every format made).
final class XLSXFormats {
  struct Key: Hashable {
    var code: String
    var fill: CellFill?
    var wraps: Bool
  }

  /// Chinese text reads best in 宋体 (every Chinese Excel and WPS has it; LibreOffice
  /// finds the system's CJK font in its place).
  static let fontName = "宋体"
  static let fontSize = 11.0

  let workbook: UnsafeMutablePointer<lxw_workbook>
  private var made: [Key: UnsafeMutablePointer<lxw_format>] = [:]

  init(_ workbook: UnsafeMutablePointer<lxw_workbook>) { self.workbook = workbook }

  /// The header row: bold on grey, centred, wrapped, with thin borders.
  lazy var header: UnsafeMutablePointer<lxw_format> = {
    let format = base()
    format_set_bold(format)
    format_set_bg_color(format, 0xD9D9D9)
    format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
    format_set_text_wrap(format)
    return format
  }()

  func cell(_ format: SheetColumn.Format, fill: CellFill?, wraps: Bool)
    -> UnsafeMutablePointer<lxw_format>
  {
    let key = Key(code: format.code, fill: fill, wraps: wraps)
    if let found = made[key] { return found }
    let made = base()
    format_set_num_format(made, key.code)
    if let fill {
      format_set_bg_color(made, fill.colors.background)
      format_set_font_color(made, fill.colors.font)
    }
    if wraps { format_set_text_wrap(made) }
    self.made[key] = made
    return made
  }

  private func base() -> UnsafeMutablePointer<lxw_format> {
    let format = workbook_add_format(workbook)!
    format_set_font_name(format, Self.fontName)
    format_set_font_size(format, Self.fontSize)
    format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
    format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
    return format
  }
}
