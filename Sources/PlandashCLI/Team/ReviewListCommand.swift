import ArgumentParser
import Foundation
import ProgressStore
import TeamStore

/// `plandash review list [--all]`: the reports waiting for review (or every one).
struct ReviewListCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the reports waiting for review.")

  @Flag(help: "Every report, reviewed or not.")
  var all = false

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    let store = try storeOptions.requireTeam("review list")
    let reports = try storeFailures { try TeamReview.reports(pendingOnly: !all, on: store) }
    guard !reports.isEmpty else {
      StandardStreams.out(TeamText.noPendingReports(language) + "\n")
      return
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    let rows = reports.map { report in
      [
        String(report.id), formatter.string(from: Date(timeIntervalSince1970: report.at)),
        report.by, report.items.joined(separator: " "), report.summary(language),
        TeamText.review(report.review)(language) + (report.note.map { "：\($0)" } ?? ""),
      ]
    }
    StandardStreams.out(
      TextTable.render(
        header: TeamText.reviewHeader.map { $0(language) }, rows: rows))
  }
}
