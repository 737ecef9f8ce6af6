/// Who issued the document, as its opening says it, in this order: the title's own prefix
/// (`中共丙县委丙县人民政府关于…`, `丁县经济和信息化局2026年工作总结…`, `2026年戊县人民政府工作报告`), a
/// labelled field (`发文机关:…`), the lines of organs' names above the title (`己县工业经济…领导
/// 小组`; several on one line or on lines one under another, `A局　B局　C局`, joined by `、`),
/// a speaker's organ (`中共庚市委书记　张某` → 中共庚市委), a compiler (`辛县投资促进服务中心　编`),
/// and a portal page's source (`来源:壬区人民政府新闻办公室`, not a bare `区…局` nor a newsroom).
enum IssuerNames {
  /// How an organ's name ends.
  static let organEnds = [
    "人民政府办公室", "人民政府办公厅", "人民政府", "办公室", "办公厅", "委员会", "管委会", "领导小组", "工作组", "局", "厅",
    "中心", "委",
  ]
  /// A speaker's post after the organ's name (`…市委书记`, `…委员会主任`).
  static let posts = [
    "副书记", "书记", "副主任", "主任", "副局长", "局长", "副市长", "市长", "副县长", "县长", "副区长", "区长", "部长", "秘书长",
    "主席",
  ]
  /// The word after a compiler's name (`…中心　编`).
  static let compilerWords: Set<String> = ["编", "编制", "编印", "印制"]
  static let fieldLabels = ["发文机关", "发文单位", "发布机构", "制发机关"]
  /// A page's source that is a newsroom, not the document's issuer (`X县融媒体中心`).
  static let mediaWords = ["媒体", "日报", "报社", "电视台", "广播"]
  static let longestName = 30

  static func issuer(in opening: [String], title: String?) -> String? {
    if let title, let prefix = titlePrefix(title) { return prefix }
    for line in opening {
      if let field = DocumentMetadata.fieldValue(line, labels: fieldLabels) { return field }
    }
    if let organs = organLines(opening) { return organs }
    for line in opening {
      if let organ = speakerOrgan(line) ?? compiler(line) { return organ }
    }
    for line in opening {
      if let source = DocumentMetadata.fieldValue(line, labels: ["来源"]), isOrgan(source),
        let first = source.first, RegionGuess.levels[first] == nil,
        !mediaWords.contains(where: source.contains)
      {
        return source
      }
    }
    return nil
  }

  /// An organ's name: short, of Han characters (and brackets), ending as an organ does.
  static func isOrgan(_ text: String) -> Bool {
    text.count >= 4 && text.count <= longestName && organEnds.contains(where: text.hasSuffix)
      && text.allSatisfy { PlanTextCharacters.isHan($0) || "()()".contains($0) }
  }

  /// The organ a title opens with, before `关于` or a year (`…局2026年工作总结`), or the
  /// government whose work report it is.
  static func titlePrefix(_ title: String) -> String? {
    if let about = title.textRange(of: "关于"), about.lowerBound > title.startIndex {
      let prefix = String(title[..<about.lowerBound])
      return organs(prefix) ?? longestOrgan(openingOf: prefix)
    }
    if let year = title.firstIndex(where: PlanTextCharacters.isDigit), year > title.startIndex {
      let prefix = String(title[..<year])
      if isOrgan(prefix) { return prefix }
    }
    if let report = title.textRange(of: "人民政府工作报告") {
      var head = title[..<report.lowerBound]
      if let mark = head.lastIndex(of: "年"), mark > head.startIndex,
        PlanTextCharacters.isDigit(head[head.index(before: mark)])
      {
        head = head[head.index(after: mark)...]
      }
      let name = String(head) + "人民政府"
      if isOrgan(name) { return name }
    }
    return nil
  }

  /// The longest opening of `text` that is an organ's name (`中共丙市委五届六次全会` → 中共丙市委).
  static func longestOrgan(openingOf text: String) -> String? {
    var end = text.endIndex
    while end > text.startIndex {
      let head = String(text[..<end])
      if isOrgan(head) { return head }
      end = text.index(before: end)
    }
    return nil
  }

  /// Lines of organs' names one under another, before anything else of the opening that
  /// is not one (the title, a 文号), joined by `、`.
  static func organLines(_ opening: [String]) -> String? {
    var found: [String] = []
    for line in opening {
      let text = PlanTextCharacters.trimmed(line)
      if text.isEmpty { continue }
      if let names = organs(text) {
        found.append(names)
      } else if !found.isEmpty {
        break
      }
    }
    return found.isEmpty ? nil : found.joined(separator: "、")
  }

  /// One or more organs' names on a line, parted by spaces or `、`, each whole.
  static func organs(_ line: String) -> String? {
    let parts = line.split { PlanTextCharacters.isSpace($0) || $0 == "、" }.map(String.init)
    guard !parts.isEmpty, parts.allSatisfy(isOrgan) else { return nil }
    return parts.joined(separator: "、")
  }

  /// `中共庚市委书记　张某`: the organ of the speaker whose post and name stand on the line.
  static func speakerOrgan(_ line: String) -> String? {
    let parts = line.split(whereSeparator: PlanTextCharacters.isSpace).map(String.init)
    guard parts.count == 2, (2...4).contains(parts[1].count),
      parts[1].allSatisfy(PlanTextCharacters.isHan),
      let post = posts.first(where: parts[0].hasSuffix)
    else { return nil }
    let organ = String(parts[0].dropLast(post.count))
    return isOrgan(organ) ? organ : nil
  }

  /// `辛县投资促进服务中心　编`: the organ that compiled the document.
  static func compiler(_ line: String) -> String? {
    let parts = line.split(whereSeparator: PlanTextCharacters.isSpace).map(String.init)
    guard parts.count == 2, compilerWords.contains(parts[1]), isOrgan(parts[0]) else { return nil }
    return parts[0]
  }
}
