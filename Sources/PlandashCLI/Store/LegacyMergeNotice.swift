import Dashboard
import ProgressStore

/// The line on standard error after old per-folder stores were merged into the default
/// store (and one per old store that could not be read), in the user's language (the
/// command's `--lang`, else the saved one, else the locale's). Nothing when there was
/// nothing to merge, as on every later run.
enum LegacyMergeNotice {
  static func print(_ report: LegacyMergeReport, store: String, _ language: Language) {
    for line in lines(report, store: store, language) { StandardStreams.err(line + "\n") }
  }

  static func lines(_ report: LegacyMergeReport, store: String, _ language: Language)
    -> [String]
  {
    var lines: [String] = []
    let files = report.mergedFiles.count
    if files > 0 {
      let conflicts = report.conflicts
      lines.append(
        Localized(
          zh: "已将\(files)个旧进度库（每个规划文件夹一个）并入 \(store)：状态\(report.statuses)条、"
            + "实际值\(report.actuals)个、操作记录\(report.operations)条"
            + (conflicts > 0 ? "，\(conflicts)处两边不同，取较晚的更改（两次更改都在历史中）" : "")
            + "；旧文件已改名为 …merged 保留",
          en: "merged \(files) old progress store\(CLIText.plural(files)) (one per plans folder) "
            + "into \(store): " + CLIText.counted(report.statuses, "status", plural: "statuses")
            + ", "
            + CLIText.counted(report.actuals, "actual") + ", "
            + CLIText.counted(report.operations, "logged operation")
            + (conflicts > 0
              ? "; \(conflicts) record\(conflicts == 1 ? "" : "s") differed, the later change was kept (both are in the history)"
              : "")
            + "; the old files are kept, renamed …merged")(language))
    }
    for skipped in report.skipped {
      lines.append(
        Localized(
          zh: "未能并入旧进度库 \(skipped.file)（\(skipped.reason.zh)），该文件保持原样",
          en:
            "could not merge the old progress store \(skipped.file) (\(skipped.reason.en)); it was left as it is"
        )(language))
    }
    return lines
  }
}
