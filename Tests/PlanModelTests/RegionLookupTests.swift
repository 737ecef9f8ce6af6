import PlanModel
import Testing

/// `--region` as typed: an id, the Chinese name (with or without its level) or pinyin (full
/// or initials); several fits or none are said, never guessed.
@Suite struct RegionLookupTests {
  static let regions = [
    Region(id: "bazhong", name: "巴中市", level: .city),
    Region(id: "chengdu", name: "成都市", level: .city),
    Region(id: "hechuan", name: "合川区", level: .district),
    Region(id: "nanchong", name: "南充市", level: .city),
    Region(id: "tongcheng", name: "通城县", level: .county),
  ]

  func found(_ text: String) -> String? {
    if case .found(let region) = RegionLookup.find(text, in: Self.regions) { return region.id }
    return nil
  }

  @Test func byIdNameOrPinyin() {
    for text in ["hechuan", "HeChuan", "合川区", "合川", "hc", "hcq", "hechuanqu", " 合川 "] {
      #expect(found(text) == "hechuan", "\(text)")
    }
    #expect(found("南充") == "nanchong")
    #expect(found("tc") == "tongcheng")
  }

  @Test func severalFitsAreAmbiguous() {
    // 成都 (cheng du) and 通城 (tong cheng) both read cheng
    #expect(
      RegionLookup.find("cheng", in: Self.regions)
        == .ambiguous([Self.regions[1], Self.regions[4]]))
    guard case .ambiguous(let cities) = RegionLookup.find("市", in: Self.regions) else {
      Issue.record("市 fits three cities")
      return
    }
    #expect(cities.map(\.id) == ["bazhong", "chengdu", "nanchong"])
  }

  @Test func noFitNamesTheClosest() {
    guard case .noMatch(let closest) = RegionLookup.find("hechaun", in: Self.regions) else {
      Issue.record("hechaun fits nothing")
      return
    }
    #expect(closest.first?.id == "hechuan")
    #expect(closest.count == 3)
    guard case .noMatch(let near) = RegionLookup.find("合州区", in: Self.regions) else {
      Issue.record("合州区 fits nothing")
      return
    }
    #expect(near.first?.id == "hechuan")
  }
}
