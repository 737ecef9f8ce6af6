import Testing

@testable import PlanModel

@Suite("Pinyin table")
struct PinyinTableTests {
  @Test func tableCoversTheWholeDataSet() {
    #expect(Pinyin.characterCount > 40_000)
    #expect(Pinyin.characterCount == PinyinTable.characterCount)
    #expect(PinyinIndex.shared.syllables.count >= PinyinTable.readingCount)
  }

  @Test func everyBasicBlockIdeographIsPresent() {
    // The URO block as of Unicode 4.1 (一 … 龥); pinyin-data leaves only a handful out.
    let missing = (0x4E00...0x9FA5).filter { Pinyin.readings(of: Unicode.Scalar($0)!).isEmpty }
    #expect(missing.count < 20, "missing: \(missing.map { String(Unicode.Scalar($0)!) }.joined())")
  }

  @Test func rareCharactersFromTheExtensionsArePresent() {
    #expect(Pinyin.readings(of: "㐀").contains("qiu"))  // U+3400, Extension A
    #expect(Pinyin.readings(of: "䶵").contains("chi"))  // U+4DB5, end of Extension A
    #expect(Pinyin.readings(of: "𠀀").contains("he"))  // U+20000, Extension B
    #expect(Pinyin.readings(of: "龘").contains("da"))
    #expect(Pinyin.readings(of: "〇").contains("ling"))  // written as an escape in the table
    #expect(Pinyin.readings(of: "\u{31350}").contains("qi"))  // Extension H
  }

  @Test func polyphonicCharactersKeepEveryReading() {
    #expect(Set(["zhong", "chong"]).isSubset(of: Pinyin.readings(of: "重")))
    #expect(Set(["xing", "hang"]).isSubset(of: Pinyin.readings(of: "行")))
    #expect(Set(["he", "ge"]).isSubset(of: Pinyin.readings(of: "合")))
  }

  @Test func umlautIsWrittenBothAsVAndAsU() {
    #expect(Set(["lv", "lu"]).isSubset(of: Pinyin.readings(of: "绿")))
    #expect(Set(["nv", "nu"]).isSubset(of: Pinyin.readings(of: "女")))
    #expect(Set(["lve", "lue"]).isSubset(of: Pinyin.readings(of: "略")))
  }

  @Test func readingsArePlainLowerCaseASCIIWithoutTones() {
    for bytes in PinyinIndex.shared.syllables {
      #expect(!bytes.isEmpty && bytes.count <= 6)
      #expect(bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F && !(0x41...0x5A).contains($0) })
    }
    #expect(Pinyin.readings(of: "中") == ["zhong"])
    #expect(Pinyin.readings(of: "a").isEmpty)
    #expect(Pinyin.readings(of: "ア").isEmpty)
  }
}
