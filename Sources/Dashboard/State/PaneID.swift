/// The five list panes, numbered as the keys `1`–`5` focus them.
public enum PaneID: Int, CaseIterable, Hashable, Sendable {
  case regions = 1
  case clusters = 2
  case ladders = 3
  case landEnergy = 4
  case measures = 5

  var title: Localized {
    switch self {
    case .regions: UIText.regions
    case .clusters: UIText.clusters
    case .ladders: UIText.ladders
    case .landEnergy: UIText.landEnergy
    case .measures: UIText.measures
    }
  }

  /// The pane after this one (Tab), wrapping around.
  var next: PaneID { PaneID(rawValue: rawValue % 5 + 1)! }
  /// The pane before this one (Shift-Tab), wrapping around.
  var previous: PaneID { PaneID(rawValue: (rawValue + 3) % 5 + 1)! }
}
