import Foundation
import PlanModel
import ProgressStore

/// The demo's progress file (`SampleData/demo/progress.json`): invented actuals and measure
/// statuses, clearly labelled, loaded only into the demo store. JSON, not YAML, so the plans
/// loader (which reads every `*.yaml` under the plans folder) never takes it for a plan.
struct DemoProgressFile: Decodable {
  struct Entry: Decodable {
    var id: String
    var year: Int
    var value: Double
    var note: String?
  }

  struct StatusEntry: Decodable {
    var id: String
    var status: String
    var note: String?
  }

  /// The label that says the numbers are invented.
  var label: String
  var regions: [String]
  var actuals: [Entry]
  var statuses: [StatusEntry]

  /// The demo file of a plans folder.
  static func defaultPath(plansFolder: String) -> String {
    (plansFolder as NSString).appendingPathComponent("demo/progress.json")
  }

  /// Reads and checks the file against the loaded plans: every problem as `file: message`.
  static func load(path: String, catalog: Catalog) throws -> DemoProgressFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CLIError(CLIText.noDemoFile(path))
    }
    let file: DemoProgressFile
    do {
      file = try JSONDecoder().decode(DemoProgressFile.self, from: data)
    } catch {
      throw CLIError(CLIText.notDemoFile(path, "\(error)"))
    }
    let check = PlanItemCheck(catalog: catalog)
    var problems: [Localized] = []
    if file.label.trimmingCharacters(in: .whitespaces).isEmpty {
      problems.append("\(path): " + CLIText.demoLabelMissing)
    }
    for (i, entry) in file.actuals.enumerated() {
      if let problem = check.actualProblem(entry.id, year: entry.year) {
        problems.append("\(path): actuals[\(i)]: " + problem)
      }
    }
    for (i, entry) in file.statuses.enumerated() {
      if let problem = check.measureProblem(entry.id) {
        problems.append("\(path): statuses[\(i)]: " + problem)
      } else if MeasureStatus(rawValue: entry.status) == nil {
        problems.append("\(path): statuses[\(i)]: " + CLIText.notAStatus(entry.status))
      }
    }
    guard problems.isEmpty else {
      throw CLIError(Localized.joined(problems, separator: Localized(verbatim: "\n")))
    }
    return file
  }

  /// The changes that set every status, one per measure.
  var statusChanges: [ProgressChange] {
    statuses.compactMap { entry in
      MeasureStatus(rawValue: entry.status).map {
        .setStatus(ids: [entry.id], status: $0, note: entry.note)
      }
    }
  }

  var actualFigures: [Actual] {
    actuals.map { Actual(itemID: $0.id, year: $0.year, value: $0.value, note: $0.note) }
  }
}
