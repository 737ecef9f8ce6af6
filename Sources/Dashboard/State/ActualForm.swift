import PlanModel

/// The form `a` opens to record an actual figure: year, value and note.
public struct ActualForm: Hashable, Sendable {
  public enum Field: Int, CaseIterable, Hashable, Sendable {
    case year
    case value
    case note
  }

  /// The target, indicator or ladder tier the figure is for.
  public var itemID: String
  public var year: LineEditor
  public var value: LineEditor
  public var note: LineEditor
  public var field: Field = .value
  /// Why the last submit was refused, if it was.
  public var error: String?

  public init(itemID: String, year: Int) {
    self.itemID = itemID
    // The year is a default: typing into its field replaces it.
    self.year = LineEditor(String(year), isDefault: true)
    self.value = LineEditor()
    self.note = LineEditor()
  }

  /// The editor of the field with the cursor.
  public var current: LineEditor {
    get {
      switch field {
      case .year: year
      case .value: value
      case .note: note
      }
    }
    set {
      switch field {
      case .year: year = newValue
      case .value: value = newValue
      case .note: note = newValue
      }
    }
  }

  /// The actual the form describes, or the reason it cannot be saved: a year or value that
  /// is not a number (read as `actual set` and CSV import read them, see `TypedNumber`), or
  /// an id or year the plan's rules refuse (`ActualRules`, as the command line applies them).
  public func parsed(rules: ActualRules) -> Result<Actual, FormError> {
    guard let y = TypedNumber.whole(year.text), YearRules.isValid(y) else {
      return .failure(.badYear)
    }
    guard let v = TypedNumber.decimal(value.text) else { return .failure(.badValue) }
    if let problem = rules.problem(itemID, year: y) { return .failure(.refused(problem)) }
    let noteText = note.text.trimmingSpaces
    return .success(
      Actual(itemID: itemID, year: y, value: v, note: noteText.isEmpty ? nil : noteText))
  }

  public enum FormError: Error, Hashable, Sendable {
    case badYear
    case badValue
    /// The plan's rules refuse the id or the year.
    case refused(ActualProblem)
  }
}
