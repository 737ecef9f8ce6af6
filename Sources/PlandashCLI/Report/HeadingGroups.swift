import PlanModel

/// A report's measures under the headings they are written under: one group per heading
/// (chapter › section › …), in the order each plan prints its headings — those under no
/// heading first — and within a group in the report's own order (late ones first).
struct HeadingGroup {
  var regionID: String
  /// The heading and those above it, chapter first; empty for measures under none.
  var path: [OutlineHeading]
  var lines: [ProgressReport.MeasureLine]

  /// `四、深入实施… › (一)实施…`; with `region` (a report of every region) the region
  /// first: `合川区 · 四、… › (一)…`.
  func label(region: String?, _ lang: Language) -> String {
    let heading =
      path.isEmpty ? ReportText.underNoHeading(lang) : path.map(\.printed).joined(separator: " › ")
    return region.map { $0 + " · " + heading } ?? heading
  }

  /// The groups of `lines`, in plan and outline order.
  static func of(_ lines: [ProgressReport.MeasureLine]) -> [HeadingGroup] {
    var order: [(plan: Int, heading: Int)] = []
    var members: [Int: [Int: [ProgressReport.MeasureLine]]] = [:]
    for line in lines {
      if members[line.planIndex]?[line.headingIndex] == nil {
        order.append((line.planIndex, line.headingIndex))
      }
      members[line.planIndex, default: [:]][line.headingIndex, default: []].append(line)
    }
    return order.sorted { ($0.plan, $0.heading) < ($1.plan, $1.heading) }.map { key in
      let lines = members[key.plan]![key.heading]!
      return HeadingGroup(regionID: lines[0].regionID, path: lines[0].headingPath, lines: lines)
    }
  }
}
