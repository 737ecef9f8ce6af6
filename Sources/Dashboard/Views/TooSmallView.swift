/// Shown instead of the dashboard when the terminal is below the minimum size.
enum TooSmallView {
  static func draw(into buffer: inout CellBuffer, _ context: ViewContext) {
    let lang = context.language
    let lines = [
      UIText.tooSmall(lang),
      "\(UIText.need(lang)) \(ScreenLayout.minimumWidth)x\(ScreenLayout.minimumHeight)",
      "\(UIText.now(lang)) \(buffer.width)x\(buffer.height)",
    ]
    let top = max(0, (buffer.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < buffer.height {
      buffer.write(
        line, x: 0, y: top + i, width: buffer.width,
        style: CellStyle(i == 0 ? .error : .normal, bold: i == 0),
        glyphs: context.glyphs, align: .center)
    }
  }
}
