import PlanModel

/// The fresh index as the shelf of a lazily loaded catalog (`Catalog(shelf:)`): the regions
/// and every id's plan are known from the index; a plan is decoded from the load cache when
/// first asked for. The dashboard starts on it and decodes only the plans it shows.
extension IndexedPlans: PlanShelf {
  /// True when the load cache holds every indexed plan (checked before a catalog relies on
  /// the shelf: a cache rebuilt since the index was written may have dropped some).
  public var cacheHoldsEveryPlan: Bool {
    index.entries.allSatisfy { cache.holds($0.hash) }
  }

  public var planCount: Int { index.entries.count }

  public func regionID(ofPlan number: Int) -> String { index.entries[number].regionID }

  public func region(ofPlan number: Int) -> Region? { index.entries[number].region }

  public func planNumber(holding id: String) -> Int? { file.file(of: id) }

  public func plan(_ number: Int) -> Plan? { plans([number])[0] }

  public func plans(_ numbers: [Int]) -> [Plan?] {
    decodeFromCache(numbers) { cache, entry in
      cache.plan(for: entry.hash) ?? Self.parsed(entry)
    }.each
  }

  /// The plan as its file reads now, when the cache cannot give it and the file still
  /// holds the content the index was written with (so it is what a full load would show).
  private static func parsed(_ entry: PlanIndex.Entry) -> Plan? {
    guard let bytes = FileBytes.read(entry.path), ContentHash(of: bytes) == entry.hash else {
      return nil
    }
    let result = PlanFileReader.read(bytes: bytes, file: entry.path)
    return result.problems.isEmpty ? result.plan : nil
  }
}
