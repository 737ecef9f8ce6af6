import Foundation
import PlanModel

/// The outlines of the plans already shown, for one catalog: the Measures pane's rows, its
/// heading rows' roll-ups and the heading pages read a plan's outline from here, built once.
final class OutlineMemo: @unchecked Sendable {
  private let lock = NSLock()
  private var outlines: [String: MeasureOutline] = [:]

  func outline(of plan: Plan) -> MeasureOutline {
    lock.lock()
    defer { lock.unlock() }
    if let known = outlines[plan.region.id] { return known }
    if outlines.count >= 64 { outlines.removeAll(keepingCapacity: true) }
    let made = MeasureOutline(plan)
    outlines[plan.region.id] = made
    return made
  }
}

extension DashboardData {
  /// The outline of a region's plan; nil when the plan has none (its measures are a flat list).
  func outline(of regionID: String?) -> MeasureOutline? {
    guard let plan = plan(regionID), !plan.outline.isEmpty else { return nil }
    return outlineMemo.outline(of: plan)
  }

  /// The outline a heading row's id belongs to, with the heading's index in it.
  func heading(_ rowID: String) -> (outline: MeasureOutline, index: Int)? {
    guard let (region, _) = HeadingRow.parse(rowID), let outline = outline(of: region),
      let index = outline.index(ofRow: rowID)
    else { return nil }
    return (outline, index)
  }
}
