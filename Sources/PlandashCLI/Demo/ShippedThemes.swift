import Dashboard
import Foundation
import PlanFiles

/// The theme files shipped in `Themes/` (found like `SampleData/`), read for the dashboard.
enum ShippedThemes {
  static func load() -> ThemeSet {
    guard let folder = PlansLocator.shippedFolder(named: "Themes"),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
    else { return ThemeSet(files: []) }
    let files = names.filter { $0.hasSuffix(".theme") }.sorted().compactMap {
      name -> (file: String, text: String)? in
      let path = (folder as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path) else { return nil }
      return (path, String(decoding: data, as: UTF8.self))
    }
    return ThemeSet(files: files)
  }
}
