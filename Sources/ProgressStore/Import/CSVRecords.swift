import PlanModel

/// Splits CSV text into records as RFC 4180 defines them: fields separated by commas,
/// records by CRLF or LF, fields optionally quoted with `"` (a quote inside doubled, commas
/// and line breaks allowed). Strict: a stray quote or text after a closing quote is a
/// problem, reported with the line the record starts on.
public enum CSVRecords {
  public struct Record: Hashable, Sendable {
    /// The line the record starts on, counting from 1.
    public var line: Int
    public var fields: [String]
    /// What is wrong with the record's quoting, if anything.
    public var problem: Localized?
  }

  public static func parse(_ text: String) -> [Record] {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var records: [Record] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var inQuotes = false
    var quoted = false
    var afterQuote = false
    var problem: Localized?
    var line = 1
    var recordLine = 1

    func endField() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      quoted = false
      afterQuote = false
    }
    func endRecord() {
      endField()
      let blank = fields.count == 1 && fields[0].isEmpty && problem == nil
      if !blank { records.append(Record(line: recordLine, fields: fields, problem: problem)) }
      fields = []
      problem = nil
    }

    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if inQuotes {
        if scalar == "\"" {
          if index < scalars.count && scalars[index] == "\"" {
            field.append("\"")
            index += 1
          } else {
            inQuotes = false
            afterQuote = true
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case ",":
        endField()
      case "\r", "\n":
        if scalar == "\r" && index < scalars.count && scalars[index] == "\n" { index += 1 }
        endRecord()
        line += 1
        recordLine = line
      case "\"":
        if field.isEmpty && !quoted {
          inQuotes = true
          quoted = true
        } else {
          problem = problem ?? ImportText.quoteInField
          field.append(scalar)
        }
      default:
        if afterQuote {
          problem = problem ?? ImportText.textAfterQuote
        }
        field.append(scalar)
      }
    }
    if inQuotes {
      problem = problem ?? ImportText.unclosedQuote
    }
    if !field.isEmpty || !fields.isEmpty || quoted || problem != nil {
      endRecord()
    }
    return records
  }
}
