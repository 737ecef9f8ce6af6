/// Where a measure stands.
public enum MeasureStatus: String, CaseIterable, Codable, Sendable {
  case todo
  case inProgress = "in-progress"
  case done
  case blocked

  /// The next status in the `s` cycle: todo → in progress → done → blocked → todo.
  public var next: MeasureStatus {
    switch self {
    case .todo: .inProgress
    case .inProgress: .done
    case .done: .blocked
    case .blocked: .todo
    }
  }
}
