import Foundation

/// Finds the plans folder: `--plans DIR`, else `PLANDASH_PLANS`, else the shipped
/// `SampleData/` — found from the executable's location or the source tree it was built
/// from, so it works from any working directory.
public enum PlansLocator {
  public static func resolve(
    option: String?, environment: [String: String] = ProcessEnvironment.values
  ) -> String? {
    if let option, !option.isEmpty { return option }
    if let env = environment["PLANDASH_PLANS"], !env.isEmpty { return env }
    return shippedFolder(named: "SampleData")
  }

  /// A folder shipped beside the package (`SampleData`, `Themes`).
  public static func shippedFolder(named name: String) -> String? {
    var starts: [URL] = []
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath()
    starts.append(executable.deletingLastPathComponent())
    if let selfExe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      starts.append(URL(fileURLWithPath: selfExe).deletingLastPathComponent())
    }
    // The source tree this binary was built from: Sources/PlanFiles/Loading/ → package root.
    starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
    for start in starts {
      var folder = start
      for _ in 0..<8 {
        let candidate = folder.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
          isDirectory.boolValue
        {
          return candidate.path
        }
        let share = folder.appendingPathComponent("share/plandash/" + name)
        if FileManager.default.fileExists(atPath: share.path) { return share.path }
        folder.deleteLastPathComponent()
      }
    }
    return nil
  }
}
