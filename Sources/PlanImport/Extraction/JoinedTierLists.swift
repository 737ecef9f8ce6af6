/// Two counted lists of industries of two tiers in one clause, joined by `和`/`及`/`以及`:
/// `重点发展A、B两大主导产业和C一个特色产业`, `培育A、B、C三大支柱产业以及D、E两个新兴产业` — each
/// list its own tier, counted by its own number (one name for `一个`). Read as one list, the
/// second list's words would stick to the first's last name (`B两大主导`).
enum JoinedTierLists {
  static let joiners = ["以及", "和", "及", "与", "、"]

  /// A counted tier closing a list: where its count starts, where it ends, its tier and count.
  struct Mark {
    var countStart: String.Index
    var end: String.Index
    var tier: String
    var count: Int
  }

  /// The lists of the clause, each with its tier; nil unless it holds two counted lists or
  /// more, every one as long as its count says.
  static func lists(in clause: Substring) -> [(names: [String], tier: String)]? {
    let text = Substring(PlanTextCharacters.unquoted(String(clause)))
    let marks = self.marks(in: text)
    guard marks.count >= 2 else { return nil }
    var found: [(names: [String], tier: String)] = []
    var start = text.startIndex
    for (index, mark) in marks.enumerated() {
      var segment = text[start..<mark.countStart]
      if index == 0 {
        segment = ClusterPatterns.listStart(segment)
      } else {
        guard let joiner = joiners.first(where: segment.hasPrefix) else { return nil }
        segment = segment.dropFirst(joiner.count)
      }
      let written = mark.count == 1 ? [String(segment)] : ClusterLists.names(segment)
      let names = written.compactMap(ClusterLists.listedName)
      guard names.count == mark.count, names.count == written.count,
        names.allSatisfy({ $0.count >= 2 && $0.count <= ClusterPatterns.longestName })
      else { return nil }
      found.append((names, mark.tier))
      start = mark.end
    }
    return found
  }

  /// Every `N大`/`N个` + tier + `产业` (`集群`) in the text, in order.
  static func marks(in text: Substring) -> [Mark] {
    var marks: [Mark] = []
    for tier in ClusterPatterns.tierWords {
      var search = text.startIndex
      while let range = text[search...].textRange(of: tier + "产业") {
        search = range.upperBound
        guard let (count, countStart) = count(before: range.lowerBound, in: text) else { continue }
        var end = range.upperBound
        if text[end...].hasPrefix("集群") { end = text.index(end, offsetBy: 2) }
        // `战略性新兴产业` holds `新兴产业`: the longer tier, found first, keeps the place.
        guard !marks.contains(where: { $0.end == end }) else { continue }
        marks.append(Mark(countStart: countStart, end: end, tier: tier, count: count))
      }
    }
    return marks.sorted { $0.countStart < $1.countStart }
  }

  /// `两大`, `一个`, `3个` right before `index`: the count and where it starts.
  private static func count(before index: String.Index, in text: Substring) -> (Int, String.Index)?
  {
    guard index > text.startIndex else { return nil }
    let measure = text.index(before: index)
    guard "大个".contains(text[measure]) else { return nil }
    var start = measure
    while start > text.startIndex {
      let previous = text.index(before: start)
      guard ChineseNumber.isNumeral(text[previous]) || PlanTextCharacters.isDigit(text[previous])
      else { break }
      start = previous
    }
    let written = text[start..<measure]
    guard let count = Int(written) ?? ChineseNumber.value(written), count >= 1 else { return nil }
    return (count, start)
  }

  /// A second tier list joined to a first without a count of its own (`聚焦A、B、C三大主导产业和D特色产业`,
  /// `A、B两大支柱产业及C、D等新兴产业`): after the first list's `X产业` a joint and names closed by
  /// another tier and 产业 (a count or 等 before it, or none for a single name): its names and
  /// tier; `after` is the text after the first list's `X产业` (`和D特色产业`). Nil when no such
  /// list follows.
  static func list(after: Substring) -> (names: [String], tier: String)? {
    guard let joint = joiners.first(where: after.hasPrefix) else { return nil }
    let rest = after.dropFirst(joint.count)
    for tier in ClusterPatterns.tierWords {
      guard let range = rest.textRange(of: tier + "产业"),
        ClusterLists.closesIndustry(rest[range.upperBound...].drop { $0 == "集" || $0 == "群" })
      else { continue }
      let written = rest[..<range.lowerBound]
      let head = written.replacingTrailingCount()
      let names = ClusterLists.names(head).compactMap(ClusterLists.listedName)
      // One name alone, or a list closed by its count or 等.
      guard !names.isEmpty, names.count == 1 || head.count < written.count,
        names.allSatisfy({ $0.count <= ClusterPatterns.longestName })
      else { return nil }
      return (names, tier)
    }
    return nil
  }
}
