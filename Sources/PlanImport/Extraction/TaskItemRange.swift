/// `1.实施产业集群倍增工程(第1—3项)。牵头单位:…`: a 任务分工 item naming the body's tasks it
/// covers by their numbers — `(第4项)`, `(第1—3项)`, `(第2、5项)` closing its title — rather than by
/// their titles. It gives its units to the tasks so numbered, where the body numbers its tasks
/// once through (each number a single heading).
enum TaskItemRange {
  /// The numbers a closing `(第…项)` names, or nil.
  static func numbers(in task: String) -> [Int]? {
    let text = PlanTextCharacters.trimmed(task)
    guard text.hasSuffix("项)"), let open = text.textRange(of: "(第", backwards: true) else {
      return nil
    }
    let inside = text[open.upperBound..<text.index(text.endIndex, offsetBy: -2)]
    var numbers: [Int] = []
    for part in inside.split(whereSeparator: { "、,".contains($0) }) {
      let ends = part.split(whereSeparator: { PlanTextCharacters.dashes.contains($0) || $0 == "至" })
        .compactMap { Int($0) }
      guard let first = ends.first, let last = ends.last, ends.count <= 2, first <= last,
        last - first < 50
      else { return nil }
      numbers += Array(first...last)
    }
    return numbers.isEmpty ? nil : numbers
  }

  /// The task number an outline key ends with (`三(一)2` → 2), or nil.
  static func number(ofKey key: String) -> Int? {
    let digits = key.reversed().prefix(while: \.isNumber)
    return digits.isEmpty ? nil : Int(String(digits.reversed()))
  }

  /// The measures the numbers name: every measure under the one heading each number ends;
  /// none when a number ends no heading or more than one (numbering restarted per section).
  static func measures(numbered numbers: [Int], in measures: [DraftMeasure]) -> [Int] {
    var found: [Int] = []
    for number in numbers {
      let keys = Set(
        measures.compactMap(\.headingKey).filter { Self.number(ofKey: $0) == number })
      guard keys.count == 1, let key = keys.first else { return [] }
      found += measures.indices.filter { measures[$0].headingKey == key }
    }
    return found
  }
}
