import Testing

@testable import PlanModel

/// `NameLookup` and `PinyinSpelling`: names found by Chinese, id or pinyin, whole first, then
/// by their start, then by a run within; never a guess when nothing matches.
@Suite struct NameLookupTests {
  static let regions = [
    NameLookup.Candidate(name: "合川区", aliases: ["hechuan"]),
    NameLookup.Candidate(name: "巴中市", aliases: ["bazhong"]),
    NameLookup.Candidate(name: "成都市", aliases: ["chengdu"]),
    NameLookup.Candidate(name: "南充市", aliases: ["nanchong"]),
    NameLookup.Candidate(name: "通城县", aliases: ["tongcheng"]),
  ]

  @Test func wholeNamesIdsAndPinyin() {
    for query in ["合川区", "hechuan", "HECHUAN", "hechuanqu", "hcq", "he chuan qu", "he川区"] {
      #expect(
        NameLookup.find(query, among: Self.regions) == .found(["合川区"], how: .whole), "\(query)")
    }
  }

  @Test func startsOfNames() {
    for query in ["合川", "hech", "hc", "合"] {
      #expect(
        NameLookup.find(query, among: Self.regions) == .found(["合川区"], how: .start), "\(query)")
    }
    // `ch` is the initial of 成 (cheng): only 成都市 starts with it (通城县 has it second).
    #expect(NameLookup.find("ch", among: Self.regions) == .found(["成都市"], how: .start))
    // One letter is taken only whole: the closest names instead (initials `…s` nearest).
    #expect(NameLookup.find("s", among: Self.regions) == .none(closest: ["巴中市", "成都市", "南充市"]))
    // Several names may start alike: all of them, for the caller to refuse or take.
    let counties = ["南充市", "南川区"].map { NameLookup.Candidate(name: $0) }
    #expect(NameLookup.find("nc", among: counties) == .found(["南充市", "南川区"], how: .start))
  }

  @Test func runsWithinNames() {
    #expect(NameLookup.find("都市", among: Self.regions) == .found(["成都市"], how: .within))
    #expect(NameLookup.find("chong", among: Self.regions) == .found(["南充市"], how: .within))
  }

  @Test func oneLatinLetterIsTakenOnlyWhole() {
    guard case .none(let closest) = NameLookup.find("x", among: Self.regions) else {
      Issue.record("`x` must match nothing")
      return
    }
    #expect(closest.count == 3)
    // `h` starts 合川区 (hechuan, hcq), but one letter is not enough to go there.
    guard case .none = NameLookup.find("h", among: Self.regions) else {
      Issue.record("`h` must match nothing")
      return
    }
  }

  @Test func closestNamesForLatinAndChinese() {
    #expect(NameLookup.find("hechaun", among: Self.regions).closestFirst == "合川区")
    let units = ["区经济信息委", "区商务委", "区发展改革委"].map { NameLookup.Candidate(name: $0) }
    #expect(NameLookup.find("区经信局", among: units).closestFirst == "区经济信息委")
    #expect(NameLookup.find("qjjxxz", among: units).closestFirst == "区经济信息委")
  }

  @Test func spellingIsAnchored() {
    #expect(PinyinSpelling.spells("chuanqu", "合川区", whole: false) == false)
    #expect(PinyinSpelling.spells("hechuan", "合川区", whole: true) == false)
    #expect(PinyinSpelling.spells("hechuan", "合川区", whole: false))
    #expect(PinyinSpelling.spells("zhongqing", "重庆", whole: true), "any reading of 重")
    #expect(PinyinSpelling.spells("cq", "重庆", whole: true))
    #expect(PinyinSpelling.spells("zhq", "重庆", whole: true), "zh as an initial")
    #expect(PinyinSpelling.spells("cqhc", "重庆·合川", whole: true), "punctuation skipped")
    #expect(PinyinSpelling.primary("合川区") == ("hechuanqu", "hcq"))
  }
}

extension NameLookup.Result {
  /// The first of the closest names, when nothing matched.
  var closestFirst: String? {
    if case .none(let closest) = self { return closest.first }
    return nil
  }
}
