import Testing

@testable import PlanModel

@Suite("Search: many keys at once")
struct SearchIndexTests {
  static let records: [[String]] = [
    ["hc.measure.m1", "加快培育专精特新“小巨人”企业", "区经济信息委"],
    ["hc.measure.m2", "推进重庆合川工业园区标准厂房建设", "区规划自然资源局", "区经济信息委"],
    ["cs.measure.m1", "银行信贷支持绿色低碳转型", "市金融工作局"],
    ["cs.measure.m2", "", ""],
    ["gen𠀀.measure.m9", "𠀀𠀁测试扩展B区汉字", "区科技局"],
  ]

  @Test func indexFindsWhatEachKeyFindsAlone() {
    let index = SearchIndex(records: Self.records)
    #expect(index.count == Self.records.count)
    for query in [
      "hc", "jjxxw", "xjr", "cq hc", "zq", "yh", "lvse", "经济信息委", "he川", "measure", "he", "zz", "",
      "𠀀", "heqi", "hqcs", "kjj", "m2 ghzr",
    ] {
      let prepared = PreparedQuery(query)
      let alone = Self.records.indices.filter {
        SearchKey(fields: Self.records[$0]).matches(prepared)
      }
      #expect(index.matchingIndices(prepared) == alone, "\(query)")
      #expect(
        alone == Self.records.indices.filter { SearchText.matches(query, in: Self.records[$0]) })
      for position in Self.records.indices {
        #expect(index.matches(prepared, at: position) == alone.contains(position))
      }
    }
  }

  @Test func expectedRecordsAreFound() {
    let index = SearchIndex(records: Self.records)
    #expect(index.matchingIndices(PreparedQuery("jjxxw")) == [0, 1])
    #expect(index.matchingIndices(PreparedQuery("xjr")) == [0])
    #expect(index.matchingIndices(PreparedQuery("chongqing hechuan")) == [1])
    #expect(index.matchingIndices(PreparedQuery("CS.measure")) == [2, 3])
    #expect(index.matchingIndices(PreparedQuery("heqice")) == [4])  // 𠀀 (U+20000) he, 𠀁 qi, 测 ce
    #expect(index.matchingIndices(PreparedQuery("hqc")) == [4])
    #expect(index.matchingIndices(PreparedQuery("")) == [0, 1, 2, 3, 4])
    #expect(index.matchingIndices(PreparedQuery("qqqq")).isEmpty)
  }

  @Test func rangesSplitTheWorkAndCandidatesNarrowIt() {
    let index = SearchIndex(records: Self.records)
    let query = PreparedQuery("qu")  // 区 in every unit field
    let all = index.matchingIndices(query)
    #expect(all == [0, 1, 4])
    #expect(
      index.matchingIndices(query, range: 0..<2) + index.matchingIndices(query, range: 2..<5) == all
    )
    #expect(index.matchingIndices(query, range: 2..<2).isEmpty)

    let earlier = PreparedQuery("j")
    let later = PreparedQuery("jjxx")
    #expect(later.narrows(earlier))
    let candidates = index.matchingIndices(earlier)
    #expect(index.matchingIndices(later, among: candidates) == index.matchingIndices(later))
    #expect(index.matchingIndices(PreparedQuery(""), among: [3, 1]) == [3, 1])
  }

  @Test func keysAddedOneByOneMatchTheSameAsRecords() {
    var index = SearchIndex()
    index.reserveCapacity(Self.records.count)
    for record in Self.records { index.append(SearchKey(fields: record)) }
    let fromRecords = SearchIndex(records: Self.records)
    let fromKeys = SearchIndex(Self.records.map { SearchKey(fields: $0) })
    for query in ["hc", "jjxxw", "he川", "𠀀"] {
      let prepared = PreparedQuery(query)
      #expect(index.matchingIndices(prepared) == fromRecords.matchingIndices(prepared))
      #expect(fromKeys.matchingIndices(prepared) == fromRecords.matchingIndices(prepared))
    }
  }
}
