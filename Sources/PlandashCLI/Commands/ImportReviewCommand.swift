import ArgumentParser
import Foundation

/// `plandash import --review DRAFT`: the review screen's entry point until the import
/// command (drafting, branch i12-extract) takes `--review` itself and calls
/// `ImportReview.run(draftPath:language:)`; then this file goes.
struct ImportReviewCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Review a drafted plan file beside its document's text.",
    discussion:
      "With --review DRAFT: accept, edit or reject the drafted items, make new ones from sentences of the text, and finish (w) to write the plan file and validate it."
  )

  @Option(help: "The drafted plan file to review.")
  var review: String

  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    _ = try languageOptions.chosen()
    let language = languageOptions.resolve()
    let path = review
    try MainActor.assumeIsolated {
      try ImportReview.run(draftPath: path, language: language)
    }
  }
}
