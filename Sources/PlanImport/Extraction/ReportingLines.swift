/// A plan's last line asking the units to report how the work goes, after the last item of
/// its last chapter (`各乡镇、各部门工作进展情况于每月5日前报送领导小组办公室,行动结束后10日内报送
/// 工作总结。`, `请各地于每年12月10日前将年度工作总结报送市工信局。`): an instruction on the
/// whole plan, no task of the item before it. Only as the text's last paragraph (or before its
/// closing lines), only after an item that is a run-in heading (whose own paragraph the item
/// already is), and only when it reports by a time.
enum ReportingLines {
  /// Words of sending a report up.
  static let reportWords = ["报送", "上报", "报告"]
  /// Words of when the report is due.
  static let dueWords = ["日前", "日内", "月底前", "年底前", "前将", "每月", "每季度", "每半年", "每年"]

  /// True for paragraph `index` when it is such a reporting line.
  static func closes(_ index: Int, paragraphs: [String], outline: OutlineRecogniser) -> Bool {
    guard index > 0, outline.lines[index] == nil,
      outline.lines[index - 1]?.runIn == true,
      isReporting(paragraphs[index])
    else { return false }
    return paragraphs[(index + 1)...].allSatisfy { later in
      PlanTextCharacters.trimmed(later).isEmpty || ClosingLines.isClosing(later)
        || ClosingLines.isOfficeSignature(later, next: nil)
    }
  }

  /// A paragraph whose every sentence sends a report by a time.
  static func isReporting(_ paragraph: String) -> Bool {
    let sentences = SentenceSegmenter.sentences(of: paragraph)
    return !sentences.isEmpty
      && sentences.allSatisfy { sentence in
        reportWords.contains(where: sentence.contains)
          && dueWords.contains(where: sentence.contains)
      }
  }
}
