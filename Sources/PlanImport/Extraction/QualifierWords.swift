import Foundation

/// The qualifier words of a goal as the text writes them, read into the format's
/// qualifier list (`超` → 超过, `达` → 达到, `保持在` → 稳定在).
enum QualifierWords {
  /// Written just before a figure.
  static let leading: [(written: String, qualifier: String)] = [
    ("不低于", "不低于"), ("不少于", "不低于"), ("不高于", "不高于"), ("突破", "突破"), ("超过", "超过"), ("超", "超过"),
    ("达到", "达到"), ("达", "达到"), ("稳定在", "稳定在"), ("保持在", "稳定在"),
  ]
  /// Written just after a figure.
  static let trailing: [(written: String, qualifier: String)] = [
    ("以上", "以上"), ("左右", "左右"), ("以内", "以内"), ("以下", "以内"),
  ]
  /// Written anywhere in the sentence before the figure.
  static let sentenceWide: [(written: String, qualifier: String)] = [
    ("力争", "力争"), ("争取", "力争"), ("累计", "累计"), ("每年", "每年"),
  ]

  /// The qualifiers around a figure: `before` is the clause up to the figure, `after` the
  /// clause after it, `sentenceBefore` the sentence up to the figure.
  static func qualifiers(before: Substring, after: Substring, sentenceBefore: Substring)
    -> [String]
  {
    var found: [String] = []
    func add(_ q: String) { if !found.contains(q) { found.append(q) } }
    for (written, q) in sentenceWide {
      guard let at = sentenceBefore.textRange(of: written, backwards: true) else { continue }
      // `每年更新…15条以上,到2026年累计完成…90个`: a clause with its own due year is a total.
      if q == "每年",
        NumberUnitParser.years(in: sentenceBefore[at.upperBound...]).contains(where: {
          $0.role == .due
        })
      {
        continue
      }
      add(q)
    }
    let tail = before.suffix(6)
    for (written, q) in leading where tail.contains(written) {
      add(q)
      break
    }
    for (written, q) in trailing where after.hasPrefix(written) { add(q) }
    return found
  }
}
