import ArgumentParser
import Foundation
import PlanModel
import ProgressStore

/// `--as-of YEAR`: the one year every assessment is made as of (else `PLANDASH_AS_OF`, else
/// the current year).
struct AsOfOptions: ParsableArguments {
  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Assess as of this year (default: $PLANDASH_AS_OF, else the current year).",
      valueName: "year"))
  var asOf: String?

  /// The year, from the option, the environment or the clock.
  func year(environment: [String: String] = ProcessEnvironment.values) throws -> Int {
    if let asOf { return try Self.parse(asOf, source: "--as-of") }
    if let text = environment["PLANDASH_AS_OF"], !text.isEmpty {
      return try Self.parse(text, source: "PLANDASH_AS_OF")
    }
    return Calendar(identifier: .gregorian).component(.year, from: Date())
  }

  static func parse(_ text: String, source: String) throws -> Int {
    guard let year = Int(text.trimmingCharacters(in: .whitespaces)), YearRules.isValid(year)
    else {
      throw CLIError(CLIText.notAYear(source, text))
    }
    return year
  }
}
