import PlanModel

/// Reads `actual import FILE.csv`: a header naming the columns `id`, `year`, `value` and
/// optionally `note` (any order), then one actual figure a row. UTF-8 with or without a
/// byte-order mark, as Excel and WPS save "CSV UTF-8". Every bad row is reported; the
/// caller imports nothing unless there are no problems.
public enum ActualsCSV {
  public struct Row: Hashable, Sendable {
    /// The line the row starts on (the header is line 1).
    public var line: Int
    public var actual: Actual
  }

  public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: Localized
    /// `file:line: message` in one language.
    public func text(_ language: Language) -> String { "\(file):\(line): \(message(language))" }
    public var description: String { text(.en) }
  }

  public struct Result: Sendable {
    public var rows: [Row]
    public var problems: [Problem]
  }

  static let requiredColumns = ["id", "year", "value"]

  /// What a header or a row gives: what was asked for, or why it gives none.
  private enum Reading<Value> {
    case found(Value)
    case problem(Localized)
  }

  /// `check(id, year)` returns why a row's id or year is not acceptable (unknown id, year
  /// outside the plan), or `nil`.
  public static func read(
    bytes: [UInt8], file: String, check: (String, Int) -> Localized? = { _, _ in nil }
  ) -> Result {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let line = firstInvalidLine(bytes)
      return Result(
        rows: [], problems: [Problem(file: file, line: line, message: ImportText.notUTF8)])
    }
    let records = CSVRecords.parse(text)
    guard let header = records.first else {
      return Result(
        rows: [], problems: [Problem(file: file, line: 1, message: ImportText.empty)])
    }
    let column: [String: Int]
    switch columns(of: header) {
    case .problem(let message):
      return Result(rows: [], problems: [Problem(file: file, line: header.line, message: message)])
    case .found(let found): column = found
    }
    var result = Result(rows: [], problems: [])
    var firstLine: [String: Int] = [:]
    for record in records.dropFirst() {
      var outcome = actual(in: record, column: column, check: check)
      if case .found(let actual) = outcome {
        let key = "\(actual.itemID)\u{0}\(actual.year)"
        if let earlier = firstLine[key] {
          outcome = .problem(ImportText.repeated(actual.itemID, actual.year, line: earlier))
        } else {
          firstLine[key] = record.line
        }
      }
      switch outcome {
      case .found(let actual): result.rows.append(Row(line: record.line, actual: actual))
      case .problem(let message):
        result.problems.append(Problem(file: file, line: record.line, message: message))
      }
    }
    return result
  }

  /// The header's column of each name (the first where a name repeats), or why it will not do.
  private static func columns(of header: CSVRecords.Record) -> Reading<[String: Int]> {
    var column: [String: Int] = [:]
    for (index, field) in header.fields.enumerated() {
      let name = field.trimmingSpaces.lowercased()
      if column[name] == nil { column[name] = index }
    }
    let missing = requiredColumns.filter { column[$0] == nil }
    if let problem = header.problem { return .problem(problem) }
    if !missing.isEmpty { return .problem(ImportText.missingColumns(missing)) }
    return .found(column)
  }

  /// The actual figure a row states, or why it states none.
  private static func actual(
    in record: CSVRecords.Record, column: [String: Int], check: (String, Int) -> Localized?
  ) -> Reading<Actual> {
    if let quoting = record.problem { return .problem(quoting) }
    func field(_ name: String) -> String {
      guard let index = column[name], index < record.fields.count else { return "" }
      return record.fields[index].trimmingSpaces
    }
    let known = Set(column.values)
    if let extra = record.fields.indices.first(where: {
      !known.contains($0) && !record.fields[$0].trimmingSpaces.isEmpty
    }) {
      return .problem(ImportText.unnamedColumn(extra + 1))
    }
    let id = field("id")
    let yearText = field("year")
    let valueText = field("value")
    let noteText = field("note")
    guard !id.isEmpty else { return .problem(ImportText.emptyID) }
    guard let year = TypedNumber.whole(yearText), YearRules.isValid(year) else {
      return .problem(ImportText.badYear(yearText))
    }
    guard let value = TypedNumber.decimal(valueText) else {
      return .problem(ImportText.badValue(valueText))
    }
    if let message = check(id, year) { return .problem(message) }
    return .found(
      Actual(itemID: id, year: year, value: value, note: noteText.isEmpty ? nil : noteText))
  }

  private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
    var line = 1
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
      line += 1
      start = index + 1
    }
    return line
  }
}
