/// A count standing where a name should (`做强两大主导产业` → `两大`, `培育3个新兴产业` → `3个`):
/// a numeral or digits and a measure word, nothing else — it names no cluster.
enum CountOnlyName {
  /// The measure words a count of industries closes with.
  static let measures: Set<Character> = ["大", "个", "项", "类", "条", "张"]

  static func isCount(_ name: String) -> Bool {
    guard let last = name.last, measures.contains(last), name.count >= 2 else { return false }
    return name.dropLast().allSatisfy {
      ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0)
    }
  }
}
