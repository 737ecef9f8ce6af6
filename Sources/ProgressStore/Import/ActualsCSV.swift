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

  /// `check(id, year)` returns why a row's id or year is not acceptable (unknown id, year
  /// outside the plan), or `nil`.
  public static func read(
    bytes: [UInt8], file: String, check: (String, Int) -> Localized? = { _, _ in nil }
  ) -> Result {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let line = firstInvalidLine(bytes)
      return Result(
        rows: [],
        problems: [
          Problem(file: file, line: line, message: ImportText.notUTF8)
        ])
    }
    let records = CSVRecords.parse(text)
    guard let header = records.first else {
      return Result(
        rows: [], problems: [Problem(file: file, line: 1, message: ImportText.empty)])
    }
    var problems: [Problem] = []
    let names = header.fields.map { $0.trimmingSpaces.lowercased() }
    var column: [String: Int] = [:]
    for (index, name) in names.enumerated() where column[name] == nil { column[name] = index }
    let missing = requiredColumns.filter { column[$0] == nil }
    if !missing.isEmpty || header.problem != nil {
      let message =
        header.problem
        ?? ImportText.missingColumns(missing)
      return Result(rows: [], problems: [Problem(file: file, line: header.line, message: message)])
    }
    var rows: [Row] = []
    var firstLine: [String: Int] = [:]
    for record in records.dropFirst() {
      func problem(_ message: Localized) {
        problems.append(Problem(file: file, line: record.line, message: message))
      }
      if let quoting = record.problem {
        problem(quoting)
        continue
      }
      func field(_ name: String) -> String {
        guard let index = column[name], index < record.fields.count else { return "" }
        return record.fields[index].trimmingSpaces
      }
      let known = Set(column.values)
      if let extra = record.fields.indices.first(where: {
        !known.contains($0) && !record.fields[$0].trimmingSpaces.isEmpty
      }) {
        problem(ImportText.unnamedColumn(extra + 1))
        continue
      }
      let id = field("id")
      let yearText = field("year")
      let valueText = field("value")
      let noteText = field("note")
      guard !id.isEmpty else {
        problem(ImportText.emptyID)
        continue
      }
      guard let year = TypedNumber.whole(yearText), YearRules.isValid(year) else {
        problem(ImportText.badYear(yearText))
        continue
      }
      guard let value = TypedNumber.decimal(valueText) else {
        problem(ImportText.badValue(valueText))
        continue
      }
      if let message = check(id, year) {
        problem(message)
        continue
      }
      let key = "\(id)\u{0}\(year)"
      if let earlier = firstLine[key] {
        problem(ImportText.repeated(id, year, line: earlier))
        continue
      }
      firstLine[key] = record.line
      rows.append(
        Row(
          line: record.line,
          actual: Actual(
            itemID: id, year: year, value: value, note: noteText.isEmpty ? nil : noteText)))
    }
    return Result(rows: rows, problems: problems)
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
