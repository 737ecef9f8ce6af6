/// The dashboard was opened while its team store could not be reached: it shows the plans
/// and progress it saw last, read-only, and says so in a banner.
public struct OfflineNotice: Hashable, Sendable {
  /// The store's address, without its password.
  public var store: String
  /// When the progress shown was read from the store (seconds since 1970), if known.
  public var savedAt: Double?

  public init(store: String, savedAt: Double?) {
    self.store = store
    self.savedAt = savedAt
  }

  /// The banner: `团队库无法连接 · 只读 · 显示 2026-12-06 07:10 所见` /
  /// `team store unreachable · read-only · as seen 2026-12-06 07:10`.
  func banner(_ language: Language) -> String {
    let seen = savedAt.map(Timestamp.local)
    return Localized(
      zh: "团队库无法连接 · 只读" + (seen.map { " · 显示 \($0) 所见" } ?? ""),
      en: "team store unreachable · read-only" + (seen.map { " · as seen \($0)" } ?? ""))(language)
  }

  /// The one line a write key gets.
  static let refusal = Localized(
    zh: "只读：无法连接团队库，不能更改（显示的是最后所见的规划和进度）",
    en:
      "read-only: the team store cannot be reached, nothing can be changed (showing the last plans and progress seen)"
  )
}
