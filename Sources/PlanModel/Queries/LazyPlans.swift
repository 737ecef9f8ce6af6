import Synchronization

/// The plans of a lazily loaded `Catalog`: each decoded from its `PlanShelf` the first time
/// it is asked for, then kept. Only a memo of what the shelf holds (the plans of a fresh
/// index, addressed by content): a catalog answers the same whether a plan was decoded
/// before or is decoded on the question.
final class LazyPlans: Sendable {
  private let shelf: any PlanShelf
  /// Each plan's region id, in file order: known without decoding any plan.
  let regionIDs: [String]
  /// The first plan of each region id.
  let regionIndex: [String: Int]
  private let memo: Mutex<Memo>

  private struct Memo {
    var plans: [Plan?]
    var regions: [Region?]
    /// The addresses of every item of the plans decoded so far.
    var addresses: [String: ItemAddress] = [:]
    /// Ids asked for that no plan holds (the shelf is not asked again).
    var unknown: Set<String> = []
    /// Every plan, once all are decoded.
    var all: [Plan]?
  }

  init(shelf: any PlanShelf) {
    self.shelf = shelf
    let count = shelf.planCount
    let ids = (0..<count).map(shelf.regionID(ofPlan:))
    var index: [String: Int] = [:]
    for (number, id) in ids.enumerated() where index[id] == nil { index[id] = number }
    regionIDs = ids
    regionIndex = index
    memo = Mutex(
      Memo(
        plans: Array(repeating: nil, count: count), regions: Array(repeating: nil, count: count)))
  }

  /// How many plans are decoded so far.
  var decodedCount: Int {
    memo.withLock { memo in memo.plans.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }
  }

  func plan(at number: Int) -> Plan {
    memo.withLock { memo in load(number, &memo) }
  }

  /// The region of plan `number`, from the shelf when the plan is not decoded.
  func region(ofPlan number: Int) -> Region {
    memo.withLock { memo in
      if let plan = memo.plans[number] { return plan.region }
      if let region = memo.regions[number] { return region }
      guard let region = shelf.region(ofPlan: number) else { return load(number, &memo).region }
      memo.regions[number] = region
      return region
    }
  }

  func address(of id: String) -> ItemAddress? {
    memo.withLock { memo in
      if let address = memo.addresses[id] { return address }
      guard memo.all == nil, !memo.unknown.contains(id) else { return nil }
      if let number = shelf.planNumber(holding: id), memo.plans[number] == nil {
        _ = load(number, &memo)
        if let address = memo.addresses[id] { return address }
      }
      memo.unknown.insert(id)
      return nil
    }
  }

  /// Every plan, the ones not decoded yet decoded together.
  var all: [Plan] {
    memo.withLock { memo in
      if let all = memo.all { return all }
      let missing = memo.plans.indices.filter { memo.plans[$0] == nil }
      for (number, decoded) in zip(missing, shelf.plans(missing)) {
        let plan = decoded ?? placeholder(number, memo)
        keep(plan, at: number, &memo)
      }
      let all = memo.plans.compactMap { $0 }
      memo.all = all
      memo.unknown = []
      return all
    }
  }

  /// Every item's address (every plan decoded first).
  var addresses: [String: ItemAddress] {
    _ = all
    return memo.withLock { $0.addresses }
  }

  private func load(_ number: Int, _ memo: inout Memo) -> Plan {
    if let plan = memo.plans[number] { return plan }
    let plan = shelf.plan(number) ?? placeholder(number, memo)
    keep(plan, at: number, &memo)
    return plan
  }

  private func keep(_ plan: Plan, at number: Int, _ memo: inout Memo) {
    memo.plans[number] = plan
    memo.regions[number] = nil
    Catalog.forEachAddress(in: plan, number: number) { id, address in
      if memo.addresses[id] == nil { memo.addresses[id] = address }
    }
  }

  /// What stands for a plan the shelf can no longer give (its cached form and its file
  /// both unreadable since the index was checked): its region and no items, until the
  /// plan files are loaded again.
  private func placeholder(_ number: Int, _ memo: Memo) -> Plan {
    let id = regionIDs[number]
    let region =
      memo.regions[number] ?? shelf.region(ofPlan: number)
      ?? Region(id: id, name: id, level: .city)
    return Plan(
      region: region, document: PlanDocument(title: id, horizon: Horizon(start: 0, end: 0)))
  }
}
