import PlanModel
import Yams

/// Typed reading of scalars. Files are composed with Yams' basic resolver (no regular
/// expressions per scalar, which dominated load time); the YAML 1.1 core types the format
/// uses — null, booleans, integers and floats — are recognised here, from plain scalars only,
/// so quoted text always stays text.
extension Node {
  /// 1-based line of the node; 0 when unknown.
  var line: Int { mark?.line ?? 0 }

  /// The text of a plain (unquoted) scalar, nil for anything else.
  private var plainText: String? {
    guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else {
      return nil
    }
    return scalar.string
  }

  var isNull: Bool {
    guard let text = plainText else { return false }
    return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
  }

  /// `true`/`false` (and YAML 1.1's yes/no/on/off) written plain.
  var boolValue: Bool? {
    switch plainText?.lowercased() {
    case "true", "yes", "on": true
    case "false", "no", "off": false
    default: nil
    }
  }

  var kindName: Localized {
    switch self {
    case .scalar: FileText.aValue
    case .mapping: FileText.aMapping
    case .sequence: FileText.aList
    case .alias: FileText.anAlias
    }
  }

  var describedValue: Localized {
    if case .scalar(let scalar) = self {
      return Localized(zh: "“\(scalar.string)”", en: "'\(scalar.string)'")
    }
    return kindName
  }

  /// The scalar's text as written, whatever type YAML would give it.
  func asText(sink: ProblemSink, key: String) -> String? {
    guard case .scalar(let scalar) = self else {
      sink.report(self, FileText.mustBe(key, FileText.text, found: kindName))
      return nil
    }
    return scalar.string
  }

  /// A YAML number written plain (quoted text is refused).
  func asNumber(sink: ProblemSink, key: String) -> Double? {
    if let text = plainText, Self.looksNumeric(text), let number = Double(text), number.isFinite {
      return number
    }
    sink.report(self, FileText.mustBe(key, FileText.number, found: describedValue))
    return nil
  }

  /// A whole number written plain.
  func asInt(sink: ProblemSink, key: String) -> Int? {
    if let text = plainText, let number = Int(text) { return number }
    sink.report(self, FileText.mustBe(key, FileText.wholeNumber, found: describedValue))
    return nil
  }

  /// Digits with an optional sign, point and exponent — not `inf`, `nan` or hex, which
  /// `Double(_:)` would also take.
  private static func looksNumeric(_ text: String) -> Bool {
    guard !text.isEmpty else { return false }
    return text.utf8.allSatisfy { byte in
      (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e")
        || byte == UInt8(ascii: "E")
    }
  }
}
