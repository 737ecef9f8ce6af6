import Yams

extension Node {
  /// 1-based line of the node; 0 when unknown.
  var line: Int { mark?.line ?? 0 }

  var isNull: Bool {
    if case .scalar = self { return tag == .init(.null) }
    return false
  }

  var kindName: String {
    switch self {
    case .scalar: "a value"
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    }
  }

  var describedValue: String {
    if case .scalar(let scalar) = self { return "'\(scalar.string)'" }
    return kindName
  }

  /// The scalar's text as written, whatever type YAML would give it.
  func asText(sink: ProblemSink, key: String) -> String? {
    guard case .scalar(let scalar) = self else {
      sink.report(self, "'\(key)' must be text, found \(kindName)")
      return nil
    }
    return scalar.string
  }

  /// A YAML number (not quoted text).
  func asNumber(sink: ProblemSink, key: String) -> Double? {
    guard case .scalar(let scalar) = self else {
      sink.report(self, "'\(key)' must be a number, found \(kindName)")
      return nil
    }
    let tag = self.tag
    if tag == .init(.int) || tag == .init(.float), let number = Double(scalar.string),
      number.isFinite
    {
      return number
    }
    sink.report(self, "'\(key)' must be a number, found \(describedValue)")
    return nil
  }

  /// A whole number.
  func asInt(sink: ProblemSink, key: String) -> Int? {
    guard case .scalar(let scalar) = self, tag == .init(.int), let number = Int(scalar.string)
    else {
      sink.report(self, "'\(key)' must be a whole number, found \(describedValue)")
      return nil
    }
    return number
  }
}
