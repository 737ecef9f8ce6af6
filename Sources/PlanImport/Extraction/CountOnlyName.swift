/// A count standing where a name should (`做强两大主导产业` → `两大`, `培育3个新兴产业` → `3个`):
/// a numeral or digits and a measure word, nothing else — it names no cluster. A count left
/// open is one too: a letter standing for the number (`培育壮大N个新兴产业` → `N个`, `“一主两特N新”`)
/// or a word of some number (`若干个`, `多个`, `几大`).
enum CountOnlyName {
  /// The measure words a count of industries closes with.
  static let measures: Set<Character> = ["大", "个", "项", "类", "条", "张"]
  /// Words of an open number that may stand for the count.
  static let openNumbers = ["若干", "多", "几", "数"]

  static func isCount(_ name: String) -> Bool {
    guard let last = name.last, measures.contains(last), name.count >= 2 else { return false }
    let count = name.dropLast()
    if openNumbers.contains(String(count)) { return true }
    // `N个`: one Latin letter standing for the number.
    if count.count == 1, let letter = count.first, letter.isASCII, letter.isLetter { return true }
    return count.allSatisfy {
      ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0)
    }
  }
}
