/// The longest run of characters two texts share — how alike two names or titles are where one
/// is worded a little differently from the other (a task-table row and its heading, a goal's
/// metric and a starting figure's).
enum SharedRuns {
  /// The length of the longest run of characters both texts hold (0 when none).
  static func longest(_ first: String, _ second: String) -> Int {
    let a = Array(first)
    let b = Array(second)
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var previous = [Int](repeating: 0, count: b.count + 1)
    var longest = 0
    for i in 1...a.count {
      var current = [Int](repeating: 0, count: b.count + 1)
      for j in 1...b.count where a[i - 1] == b[j - 1] {
        current[j] = previous[j - 1] + 1
        longest = max(longest, current[j])
      }
      previous = current
    }
    return longest
  }
}
