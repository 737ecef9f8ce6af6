import ArgumentParser
import Foundation
import PlanFiles
import TeamStore

/// `plandash team publish --store URL [--plans DIR]`: validates the plan files and uploads
/// them as a new version; a file with a problem publishes nothing.
struct TeamPublishCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "publish",
    abstract: "Validate the plan files and upload them to the team store as a new version.")

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let store = try storeOptions.requireTeam("team publish")
    // Every problem, file:line, before anything is sent.
    let (catalog, folder) = try plansOptions.loadCatalog()
    let files = try PlanFileList.expand([folder]).files.map { path in
      guard let content = FileManager.default.contents(atPath: path) else {
        throw CLIError(
          TeamMessages.pick(zh: "\(path)：无法读取文件", en: "\(path): cannot read the file"))
      }
      return TeamPlans.PlanFile(name: Self.relative(path, to: folder), content: content)
    }
    let version = try storeFailures { try TeamPlans.publish(files, catalog: catalog, on: store) }
    StandardStreams.out(
      TeamMessages.pick(
        zh: "已发布第 \(version) 版规划：\(files.count) 个文件、\(catalog.plans.count) 个地区\n",
        en:
          "published plans version \(version): \(files.count) file\(files.count == 1 ? "" : "s"), \(catalog.plans.count) region\(catalog.plans.count == 1 ? "" : "s")\n"
      ))
  }

  /// A file's name below the plans folder (or its own name when the folder is the file).
  static func relative(_ path: String, to folder: String) -> String {
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    return path.hasPrefix(base)
      ? String(path.dropFirst(base.count)) : URL(fileURLWithPath: path).lastPathComponent
  }
}
