/// The name a text gives a group of industries it lists and counts: `做大A、B、C三大绿色低碳产业`
/// → `绿色低碳`. A goal of the group's output (`绿色低碳产业营业收入突破600亿元`) is the region's
/// total of those clusters, no cluster of its own.
enum CountedGroups {
  static let longestName = 8

  /// Every group name the paragraphs count after a list of two names or more, with the clauses
  /// that count it.
  static func names(in paragraphs: [String]) -> [String: [Substring]] {
    var found: [String: [Substring]] = [:]
    for paragraph in paragraphs {
      for clause in SentenceSegmenter.sentences(of: paragraph).flatMap(SentenceSegmenter.clauses) {
        if let name = name(in: clause) { found[name, default: []].append(clause) }
      }
    }
    return found
  }

  /// The groups that are no clusters: not those the text develops as the parent of parts it
  /// names elsewhere than in the list that counts them (`整车、零部件两大汽车产业`, then `汽车产业
  /// 聚焦A、B`: `汽车` a cluster).
  static func notClusters(in paragraphs: [String], mentions: [DraftCluster]) -> Set<String> {
    let groups = names(in: paragraphs)
    return Set(
      groups.keys.filter { group in
        !mentions.contains { mention in
          mention.parentName.map(DraftCluster.matchName) == group
            && !(groups[group] ?? []).contains { $0.contains(mention.name) }
        }
      })
  }

  /// `A、B、C三大X产业` in a clause → `X` (not a tier word alone: `三大主导产业` names a tier).
  static func name(in clause: Substring) -> String? {
    var search = clause.startIndex
    while let industry = clause[search...].textRange(of: "产业") {
      search = industry.upperBound
      let head = clause[..<industry.lowerBound]
      let words = head.reversed().prefix {
        PlanTextCharacters.isHan($0) || PlanTextCharacters.isDigit($0)
      }
      // The group's words after its count: `三大绿色低碳` → `绿色低碳`.
      let letters = String(words.reversed())
      guard let measure = letters.lastIndex(where: { $0 == "大" || $0 == "个" }),
        measure > letters.startIndex,
        isCount(letters[letters.index(before: measure)])
      else { continue }
      let name = String(letters[letters.index(after: measure)...])
      let before = head.dropLast(name.count + 2)
      guard name.count >= 2, name.count <= longestName, before.contains("、"),
        !ClusterPatterns.tierWords.contains(name), !ClusterLists.notNames.contains(name)
      else { continue }
      return name
    }
    return nil
  }

  private static func isCount(_ c: Character) -> Bool {
    ChineseNumber.isNumeral(c) || PlanTextCharacters.isDigit(c)
  }
}
