import ArgumentParser
import Foundation
import ProgressStore
import TeamStore

/// `plandash review list [--all]`: the reports waiting for review (or every one).
struct ReviewListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the reports waiting for review.")

  @Flag(help: "Every report, reviewed or not.")
  var all = false

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let store = try storeOptions.requireTeam("review list")
    let reports = try storeFailures { try TeamReview.reports(pendingOnly: !all, on: store) }
    guard !reports.isEmpty else {
      StandardStreams.out(
        TeamMessages.pick(zh: "没有待审核的填报\n", en: "no reports waiting for review\n"))
      return
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    let zh = TeamMessages.language == .zh
    let rows = reports.map { report in
      [
        String(report.id), formatter.string(from: Date(timeIntervalSince1970: report.at)),
        report.by, report.items.joined(separator: " "), report.summary,
        Self.word(report.review, zh: zh) + (report.note.map { "：\($0)" } ?? ""),
      ]
    }
    StandardStreams.out(
      TextTable.render(
        header: zh
          ? ["编号", "时间", "填报人", "事项", "内容", "审核"]
          : ["id", "when", "by", "items", "change", "review"],
        rows: rows))
  }

  static func word(_ review: ReviewState, zh: Bool) -> String {
    switch review {
    case .pending: zh ? "待审核" : "pending"
    case .accepted: zh ? "已审核" : "accepted"
    case .returned: zh ? "退回" : "returned"
    }
  }
}
