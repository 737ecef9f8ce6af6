import Testing

@testable import PlanModel

@Suite("PlanTextCollation: section numbers by value, names by pinyin")
struct PlanTextCollationTests {
  private func bySection(_ texts: [String]) -> [String] {
    texts.sorted { PlanTextCollation.section($0) < PlanTextCollation.section($1) }
  }

  private func byReading(_ texts: [String]) -> [String] {
    texts.sorted { PlanTextCollation.reading($0) < PlanTextCollation.reading($1) }
  }

  @Test func chineseNumeralValues() {
    let cases: [(String, Int)] = [
      ("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十一", 21), ("九十九", 99),
      ("一百", 100), ("一百零五", 105), ("二〇二五", 2025), ("一万二千", 12000), ("两", 2),
    ]
    for (text, value) in cases {
      #expect(ChineseNumeral.chineseValue(Array(text.unicodeScalars)) == value, "\(text)")
    }
    #expect(ChineseNumeral.arabicValue(Array("１２".unicodeScalars)) == 12)
    #expect(ChineseNumeral.arabicValue(Array("0042".unicodeScalars)) == 42)
  }

  @Test func sectionsCompareByNumeralValuePartByPart() {
    let shuffled = ["四", "三(十一)", "三(二)", "三(十)", "三(一)", "三", "五(一)", "四(九十九)", "四(二十)"]
    #expect(
      bySection(shuffled) == [
        "三", "三(一)", "三(二)", "三(十)", "三(十一)", "四", "四(二十)", "四(九十九)", "五(一)",
      ])
  }

  /// The order the audit saw on Hechuan's measures, put right.
  @Test func hechuanSectionsComeOutInTextOrder() {
    let codePointOrder = ["三(一)", "三(三)", "三(二)", "三(四)", "五(一)", "五(六)", "五(四)", "四(一)"]
    #expect(
      bySection(codePointOrder) == [
        "三(一)", "三(二)", "三(三)", "三(四)", "四(一)", "五(一)", "五(四)", "五(六)",
      ])
  }

  @Test func digitsParagraphsAndArticleNumbers() {
    #expect(bySection(["10.", "9.", "1.", "2."]) == ["1.", "2.", "9.", "10."])
    #expect(
      bySection(["三(一) ¶10", "三(一) ¶2", "三(二) ¶1", "三(一) ¶1", "三(一)"]) == [
        "三(一)", "三(一) ¶1", "三(一) ¶2", "三(一) ¶10", "三(二) ¶1",
      ])
    #expect(
      bySection(["四(一)10", "四(一)2", "四(一)", "四(二)1"]) == ["四(一)", "四(一)2", "四(一)10", "四(二)1"])
    #expect(bySection(["第十一条", "第三条", "第十条", "第二条"]) == ["第二条", "第三条", "第十条", "第十一条"])
  }

  @Test func textWithoutANumberSortsAfterNumberedText() {
    #expect(bySection(["总体要求", "附则", "三", "(二)", "5."]) == ["(二)", "三", "5.", "附则", "总体要求"])
  }

  @Test func bracketWidthOnlyBreaksTiesAndKeysAreTotal() {
    #expect(bySection(["三（一）", "三(二)", "三(一)"]) == ["三(一)", "三（一）", "三(二)"])
    let key = PlanTextCollation.section("三(一)")
    #expect(!(key < key))
    #expect(key == PlanTextCollation.section("三(一)"))
    #expect(PlanTextCollation.section("三(一)") != PlanTextCollation.section("三（一）"))
  }

  @Test func regionNamesSortByPinyin() {
    #expect(byReading(["通城", "南充", "合川", "成都", "巴中"]) == ["巴中", "成都", "合川", "南充", "通城"])
    #expect(
      byReading(["通城县", "南充市", "合川区", "成都市", "巴中市"]) == ["巴中市", "成都市", "合川区", "南充市", "通城县"])
  }

  @Test func titlesSortByReadingCharacterByCharacter() {
    #expect(
      byReading(["智能制造", "电子信息", "新型材料", "摩托车", "现代中药", "电梯"]) == [
        "电梯", "电子信息", "摩托车", "现代中药", "新型材料", "智能制造",
      ])
  }

  /// 合 reads he (not ge), 区 qu (not ou): the table's first-listed reading, not the
  /// alphabetically first, which would give 合川区, 广安市, 区科技局, 盘龙区.
  @Test func polyphonicCharactersSortByTheirMostCommonReading() {
    #expect(
      byReading(["区科技局", "盘龙区", "合川区", "广安市"]) == ["广安市", "合川区", "盘龙区", "区科技局"])
    #expect(PinyinIndex.shared.sortReading(of: Unicode.Scalar("合").value) == Array("he".utf8))
    #expect(PinyinIndex.shared.sortReading(of: Unicode.Scalar("区").value) == Array("qu".utf8))
    #expect(PinyinIndex.shared.sortReading(of: Unicode.Scalar("川").value) == Array("chuan".utf8))
  }

  @Test func sameReadingFallsBackToCodePointAndNonHanComesFirst() {
    // 何 U+4F55 and 合 U+5408 both read he: the second character decides first.
    #expect(byReading(["何州", "合川", "何川"]) == ["何川", "合川", "何州"])
    #expect(byReading(["产业", "5G产业", "AI产业"]) == ["5G产业", "AI产业", "产业"])
  }
}
