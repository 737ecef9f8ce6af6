import ScreenCore

/// A small app that shows what the terminal layer does: a bordered box of Chinese text at
/// the current size, the keys as they were decoded, and the idle ticks. `q` quits. It is
/// run by `plandash terminal-check` and by the end-to-end tests of the terminal layer.
@MainActor
public final class TerminalCheckApp: TerminalApp {
  public static let minimumWidth = 30
  public static let minimumHeight = 10

  private let ascii: Bool
  private var size = (width: 0, height: 0)
  private var keys: [String] = []
  private var ticks = 0
  private var resizes = 0

  public init(ascii: Bool = false) {
    self.ascii = ascii
  }

  public var roleColors: [StyleRole: RoleColors] {
    [
      .title: RoleColors(foreground: .rgb(0xE6, 0xB4, 0x50), bold: true),
      .border: RoleColors(foreground: .indexed(244)),
      .header: RoleColors(foreground: .rgb(0x56, 0xB4, 0xE9), bold: true),
      .selection: RoleColors(foreground: .rgb(0, 0, 0), background: .rgb(0x56, 0xB4, 0xE9)),
      .warning: RoleColors(foreground: .rgb(0xE6, 0x9F, 0x00), bold: true),
    ]
  }

  public func handle(_ event: InputEvent) -> Bool {
    switch event {
    case .key(.text("q")): return false
    case .key(let key):
      keys.append(KeyName.describe(key))
      if keys.count > 50 { keys.removeFirst(keys.count - 50) }
    case .resize(let width, let height):
      size = (width, height)
      resizes += 1
    case .tick:
      ticks += 1
    }
    return true
  }

  public func draw(into buffer: inout CellBuffer) {
    let width = buffer.width
    let height = buffer.height
    guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
      let message = "终端太小 terminal too small \(width)x\(height)"
      TextPlacer.put(message, x: 0, y: height / 2, style: CellStyle(.warning), into: &buffer)
      return
    }
    drawBox(width: width, height: height, into: &buffer)
    let title = " plandash 终端检查 terminal check "
    TextPlacer.put(title, x: 2, y: 0, style: CellStyle(.title), limit: width - 1, into: &buffer)
    let inner = width - 2
    let lines: [(String, StyleRole)] = [
      ("尺寸 size: \(width)x\(height)   ticks: \(ticks)   resizes: \(resizes)", .normal),
      ("巴中市 › 集群 › 生物医药", .header),
      ("合川区汽车摩配产业集群：规上企业 2024 → 412 户（目标 500 户）", .normal),
      ("对齐 ruler: 一二三四五六七八九十|0123456789|", .normal),
      ("last: \(keys.last ?? "—")", .selection),
    ]
    for (offset, line) in lines.enumerated() where offset + 1 < height - 1 {
      TextPlacer.put(
        line.0, x: 1, y: offset + 1, style: CellStyle(line.1), limit: 1 + inner, into: &buffer)
    }
    let firstKeyRow = lines.count + 1
    let rows = max(0, height - 1 - firstKeyRow)
    let shown = keys.suffix(rows)
    for (offset, name) in shown.enumerated() {
      TextPlacer.put(
        "key: \(name)", x: 1, y: firstKeyRow + offset, limit: 1 + inner, into: &buffer)
    }
  }

  private func drawBox(width: Int, height: Int, into buffer: inout CellBuffer) {
    let style = CellStyle(.border)
    let (h, v, tl, tr, bl, br) =
      ascii ? ("-", "|", "+", "+", "+", "+") : ("─", "│", "┌", "┐", "└", "┘")
    for x in 1..<(width - 1) {
      buffer[x, 0] = Cell(text: h, style: style)
      buffer[x, height - 1] = Cell(text: h, style: style)
    }
    for y in 1..<(height - 1) {
      buffer[0, y] = Cell(text: v, style: style)
      buffer[width - 1, y] = Cell(text: v, style: style)
    }
    buffer[0, 0] = Cell(text: tl, style: style)
    buffer[width - 1, 0] = Cell(text: tr, style: style)
    buffer[0, height - 1] = Cell(text: bl, style: style)
    buffer[width - 1, height - 1] = Cell(text: br, style: style)
  }
}
