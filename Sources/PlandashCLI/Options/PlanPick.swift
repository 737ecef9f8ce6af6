import PlanFiles
import PlanModel

/// Which plans a command touches, chosen through the plans' fresh index (`IndexedPlans`):
/// the files holding some items, or one region's. Where the index cannot choose — an id or
/// region it does not know — the command loads every plan and answers as before (with its
/// "did you mean" suggestions).
struct PlanPick {
  let files: (IndexedPlans) -> [Int]?

  /// The plans holding `ids` (a comparator series counts as its target).
  static func items(_ ids: [String]) -> PlanPick {
    PlanPick { $0.files(holding: ids.map { ComparatorSeries.ownerID(of: $0) ?? $0 }) }
  }

  /// The plan of the region with this id; every plan when `id` is nil.
  static func region(_ id: String?) -> PlanPick? {
    id.map { id in PlanPick { $0.files(ofRegion: id) } }
  }

  /// The plan of the region a `--region` names as typed (id, name or pinyin, as
  /// `RegionArgument` reads it); every plan when `text` is nil.
  static func regionArgument(_ text: String?) -> PlanPick? {
    text.map { text in
      PlanPick { indexed in
        // An id is found without reading every region's name.
        if let region = indexed.region(withID: text.trimmingSpaces) {
          return indexed.files(ofRegion: region.id)
        }
        guard let regions = indexed.regions,
          case .found(let region) = RegionLookup.find(text, in: regions)
        else { return nil }
        return indexed.files(ofRegion: region.id)
      }
    }
  }
}
