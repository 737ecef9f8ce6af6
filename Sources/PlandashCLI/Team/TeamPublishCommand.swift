import ArgumentParser
import Foundation
import PlanFiles
import TeamStore

/// `plandash team publish --store URL [--plans DIR]`: validates the plan files and uploads
/// them as a new version; a file with a problem publishes nothing.
struct TeamPublishCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "publish",
    abstract: "Validate the plan files and upload them to the team store as a new version.")

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    let store = try storeOptions.requireTeam("team publish")
    // Every problem, file:line, before anything is sent.
    let (catalog, folder) = try plansOptions.loadCatalog(language)
    let files = try PlanFileList.expand([folder]).files.map { path in
      guard let content = FileManager.default.contents(atPath: path) else {
        throw CLIError(CLIText.cannotRead(path))
      }
      return TeamPlans.PlanFile(name: Self.relative(path, to: folder), content: content)
    }
    let version = try storeFailures { try TeamPlans.publish(files, catalog: catalog, on: store) }
    let published = TeamText.published(
      version: version, files: files.count, regions: catalog.plans.count)
    StandardStreams.out(published(language) + "\n")
  }

  /// A file's name below the plans folder (or its own name when the folder is the file).
  static func relative(_ path: String, to folder: String) -> String {
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    return path.hasPrefix(base)
      ? String(path.dropFirst(base.count)) : URL(fileURLWithPath: path).lastPathComponent
  }
}
