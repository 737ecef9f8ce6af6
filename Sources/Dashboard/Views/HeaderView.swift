/// The top two rows: the pane tabs, then the breadcrumb (巴中市 › 集群 › 生物医药).
enum HeaderView {
  static func draw(_ layout: ScreenLayout, into buffer: inout CellBuffer, _ context: ViewContext) {
    let state = context.state
    let glyphs = context.glyphs
    let lang = context.language
    let bar = CellStyle(.statusLine)
    buffer.fill(layout.header, style: bar)
    var x = buffer.write(
      " plandash ", x: 0, y: layout.header.y, width: layout.header.width,
      style: CellStyle(.title, bold: true),
      glyphs: glyphs, pad: false)
    for pane in PaneID.allCases {
      let label = " \(pane.rawValue) \(pane.title(lang)) "
      let active = pane == state.focus && state.stack.isEmpty
      let w = buffer.write(
        label, x: x, y: layout.header.y, width: max(0, layout.header.width - x),
        style: active ? CellStyle(.selection, bold: true) : bar, glyphs: glyphs, pad: false)
      x += w
      if x >= layout.header.width { break }
    }
    let right = " " + state.themeName + " "
    let rw = DisplayWidth.of(right)
    if x + rw < layout.header.width {
      buffer.write(
        right, x: layout.header.width - rw, y: layout.header.y, width: rw, style: CellStyle(.muted),
        glyphs: glyphs)
    }
    // The demo's label sits at the right of the breadcrumb row, which is never crowded, so
    // it shows at every size; the breadcrumb gives way to it.
    var crumbWidth = layout.breadcrumb.width - 1
    if let tag = tag(state, lang) {
      let tw = min(DisplayWidth.of(tag), layout.breadcrumb.width)
      buffer.write(
        tag, x: layout.breadcrumb.width - tw, y: layout.breadcrumb.y, width: tw,
        style: CellStyle(.warning, bold: true, reverse: true), glyphs: glyphs)
      crumbWidth = max(0, layout.breadcrumb.width - tw - 2)
    }
    buffer.write(
      breadcrumb(context, width: crumbWidth), x: 1, y: layout.breadcrumb.y, width: crumbWidth,
      style: CellStyle(.title), glyphs: glyphs)
  }

  /// The label at the right of the breadcrumb row: the demo's, or the offline banner.
  private static func tag(_ state: DashboardState, _ lang: Language) -> String? {
    if let offline = state.offline { return " " + offline.banner(lang) + " " }
    return state.demo ? " " + UIText.demoTag(lang) + " " : nil
  }

  /// Region › pane › items drilled into; a page in a plan's outline names the headings it
  /// stands under (章 › 节 › 措施), by their numbers alone where the full titles would not
  /// fit in `width`.
  static func breadcrumb(_ context: ViewContext, width: Int = .max) -> String {
    let state = context.state
    var parts: [(full: String, short: String)] = []
    let region =
      state.focus == .measures && state.measuresAllRegions
      ? UIText.allRegions(context.language)
      : context.data.plan(state.regionID)?.region.name ?? UIText.noPlans(context.language)
    parts.append((region, region))
    let pane = state.focus.title(context.language)
    parts.append((pane, pane))
    var outlineParts: [String] = []
    for detail in state.stack {
      // The current region's own page adds nothing the first part does not say.
      if detail.route == .region(state.regionID ?? "") { continue }
      guard let crumbs = PageRoutes.outlineCrumbs(detail.route, context) else {
        let crumb = PageRoutes.crumb(detail.route, context)
        parts.append((crumb, crumb))
        outlineParts = []
        continue
      }
      // A measure opened from its heading's page does not name the headings again.
      let shared = zip(crumbs, outlineParts).prefix { $0.0.full == $0.1 }.count
      parts += crumbs.dropFirst(shared == outlineParts.count ? shared : 0)
      outlineParts = crumbs.map(\.full)
    }
    let separator = context.glyphs.breadcrumbSeparator
    let full = parts.map(\.full).joined(separator: separator)
    return DisplayWidth.of(full) <= width ? full : parts.map(\.short).joined(separator: separator)
  }
}
