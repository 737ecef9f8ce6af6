import Foundation
import PlanModel

/// What one record held before or after a change: a measure's status with its note, or an
/// actual figure with its note. `nil` where a change is made to a record that did not exist.
public enum RecordValue: Hashable, Sendable, CustomStringConvertible {
  case measure(status: MeasureStatus, note: String?)
  case actual(value: Double, note: String?)

  /// The note, of either kind.
  public var note: String? {
    switch self {
    case .measure(_, let note), .actual(_, let note): note
    }
  }

  /// A measure's status; `nil` for an actual figure.
  public var status: MeasureStatus? {
    if case .measure(let status, _) = self { return status }
    return nil
  }

  public var description: String { text.en }

  /// The value in words with its note: `done (待用地)`, `412 (统计公报)`; in Chinese
  /// `已完成（待用地）`, `412（统计公报）`.
  public var text: Localized {
    switch self {
    case .measure(let status, let note): ProgressText.noted(status.name, note)
    case .actual(let value, let note):
      ProgressText.noted(Localized(verbatim: Self.number(value)), note)
    }
  }

  /// A figure as the user typed it: `412`, not `412.0`.
  public static func number(_ value: Double) -> String { FigureText.exact(value) }
}
