import PlanModel

/// What merging the old-layout stores did, for the one line the command line prints.
public struct LegacyMergeReport: Hashable, Sendable {
  /// An old store that could not be read (damaged, newer …): left as it is, not renamed.
  public struct Skipped: Hashable, Sendable {
    public var file: String
    /// Why, in both languages.
    public var reason: Localized
  }

  /// The old stores merged now (not those another process had merged already).
  public var mergedFiles: [String] = []
  /// Measure statuses and actual figures the merged stores decided (new or later).
  public var statuses = 0
  public var actuals = 0
  /// Operations added to the log (every change, undo and redo of the merged stores).
  public var operations = 0
  /// Records both sides had changed to different values: the later change was kept.
  public var conflicts = 0
  public var skipped: [Skipped] = []

  public init() {}

  /// Nothing to say: nothing merged now and nothing refused.
  public var isEmpty: Bool { mergedFiles.isEmpty && skipped.isEmpty }
}
