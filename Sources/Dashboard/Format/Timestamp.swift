#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// When a change was made, in local time to the minute: `2026-11-21 22:15`.
enum Timestamp {
  static func local(_ secondsSince1970: Double) -> String {
    var time = time_t(secondsSince1970.rounded(.down))
    var parts = tm()
    guard localtime_r(&time, &parts) != nil else { return "?" }
    func twoDigits(_ n: Int32) -> String { n < 10 ? "0\(n)" : String(n) }
    return "\(parts.tm_year + 1900)-\(twoDigits(parts.tm_mon + 1))-\(twoDigits(parts.tm_mday)) "
      + "\(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min))"
  }
}
