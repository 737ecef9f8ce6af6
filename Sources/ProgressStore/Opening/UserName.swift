import Foundation

/// Who is making a change when no `--as NAME` is given: the operating system's user name.
public enum UserName {
  public static func current(
    environment: [String: String] = ProcessEnvironment.values
  ) -> String {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
      let text = String(cString: name)
      if !text.isEmpty { return text }
    }
    return environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "uid \(geteuid())"
  }
}
