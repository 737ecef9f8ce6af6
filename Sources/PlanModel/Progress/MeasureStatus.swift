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

  /// The status in words: 待办, 进行中, 已完成, 受阻 (in English its code, as the command
  /// line and the report have always printed it).
  public var name: Localized {
    switch self {
    case .todo: Localized(zh: "待办", en: rawValue)
    case .inProgress: Localized(zh: "进行中", en: rawValue)
    case .done: Localized(zh: "已完成", en: rawValue)
    case .blocked: Localized(zh: "受阻", en: rawValue)
    }
  }
}
