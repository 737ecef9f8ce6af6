import Testing

@testable import PlanModel

@Suite("Search: Chinese, ids and pinyin")
struct SearchTextTests {
  private func finds(_ query: String, _ fields: String...) -> Bool {
    SearchText.matches(query, in: fields)
  }

  @Test func fullPinyinAndInitialsFindHechuan() {
    for query in ["hechuan", "hc", "HeChuan", "HC", "hech", "chuan", "he", "合川区"] {
      #expect(finds(query, "合川区"), "\(query)")
    }
    #expect(finds("hechuanqu", "重庆市合川区"))
    #expect(finds("hcq", "重庆市合川区"))
  }

  @Test func initialsFindLittleGiants() {
    #expect(finds("xjr", "专精特新“小巨人”企业"))
    #expect(finds("xiaojuren", "小巨人"))
    #expect(finds("xiaoJR", "小巨人"))
    #expect(!finds("xjz", "小巨人"))
    #expect(!finds("jrx", "小巨人"))
  }

  @Test func specialisedAndNewByFullPinyinAndInitials() {
    #expect(finds("zhuanjingtexin", "培育专精特新企业"))
    #expect(finds("zjtx", "培育专精特新企业"))
    #expect(finds("zhjtx", "培育专精特新企业"))  // two-letter initial zh
    #expect(finds("zhuanjtx", "培育专精特新企业"))  // full and initials mixed
    #expect(!finds("zjtxx", "培育专精特新企业"))
  }

  @Test func polyphonicCharacterMatchesEveryReading() {
    for query in ["chongqing", "cq", "zhongqing", "zq", "ZhongQ", "chongq"] {
      #expect(finds(query, "重庆市"), "\(query)")
    }
    for query in ["yinhang", "yh", "xingdong", "xd", "hangdong"] {
      #expect(finds(query, "银行行动"), "\(query)")
    }
    #expect(!finds("qq", "重庆市"))
  }

  @Test func typingAsYouGoMatchesAtEveryKeystroke() {
    let typed = "hechuanqu"
    for end in typed.indices {
      let prefix = String(typed[...end])
      #expect(finds(prefix, "合川区"), "\(prefix)")
    }
    #expect(finds("hechuanq", "合川区"))
    #expect(!finds("hechuanz", "合川区"))
  }

  @Test func unitNamesByInitialsAndByChinese() {
    let units = ["区经济信息委", "区发展改革委"]
    #expect(SearchText.matches("jjxxw", in: units))
    #expect(SearchText.matches("qjjxxw", in: units))
    #expect(SearchText.matches("经济信息", in: units))
    #expect(SearchText.matches("jingjixinxiwei", in: units))
    #expect(SearchText.matches("fzggw", in: units))
    #expect(!SearchText.matches("fgw", in: units))
    #expect(!SearchText.matches("jjxxj", in: units))
    #expect(!SearchText.matches("经信局", in: units))
  }

  @Test func idsAndASCIITextAreCaseInsensitiveSubstrings() {
    #expect(finds("hc-2025", "HC-2025-M03"))
    #expect(finds("m03", "HC-2025-M03"))
    #expect(finds("2025-M", "HC-2025-M03"))
    #expect(finds("GDP", "地区生产总值 GDP"))
    #expect(finds("ＨＣ－２０２５", "HC-2025-M03"))  // full-width typed
    #expect(finds("hc-2025", "ＨＣ-２０２５"))  // full-width stored
    #expect(!finds("hc-2026", "HC-2025-M03"))
    #expect(!finds("m3", "HC-2025-M03"))
  }

  @Test func chineseSubstringsMatchLiterally() {
    #expect(finds("巨人", "专精特新小巨人企业"))
    #expect(finds("小巨人企业", "专精特新小巨人企业"))
    #expect(!finds("小巨企", "专精特新小巨人企业"))
  }

  @Test func mixedChineseAndPinyin() {
    #expect(finds("he川", "合川区"))
    #expect(finds("hechuan区", "合川区"))
    #expect(finds("合chuan", "合川区"))
    #expect(finds("合c区", "合川区"))
    #expect(!finds("he区", "合川区"))
  }

  @Test func umlautTypedAsVOrU() {
    #expect(finds("lvse", "绿色发展"))
    #expect(finds("luse", "绿色发展"))
    #expect(finds("lsfz", "绿色发展"))
  }

  @Test func emptyQueryMatchesEverything() {
    #expect(finds("", "合川区"))
    #expect(finds("   ", "合川区"))
    #expect(finds("\u{3000}", ""))
    #expect(SearchText.matches("", in: []))
    #expect(PreparedQuery(" \t ").isEmpty)
  }

  @Test func everyWordMustMatchInSomeField() {
    let fields = ["培育专精特新小巨人企业", "HC-2025-M03", "区经济信息委"]
    #expect(SearchText.matches("xjr jjxxw", in: fields))
    #expect(SearchText.matches("jjxxw  m03\u{3000}zjtx", in: fields))
    #expect(!SearchText.matches("xjr gaige", in: fields))
    #expect(!SearchText.matches("xjr", in: []))
  }

  @Test func aWordNeverMatchesAcrossTwoFields() {
    #expect(SearchText.matches("hc", in: ["合川"]))
    #expect(!SearchText.matches("hc", in: ["合", "川"]))
    #expect(!SearchText.matches("m03区", in: ["HC-M03", "区经济信息委"]))
    #expect(SearchKey(fields: ["合", "川"]) != SearchKey("合川"))
  }

  @Test func preparedQueryAndKeysAgreeWithTheConvenienceForm() {
    let key = SearchKey(fields: ["重庆市合川区", "区经济信息委"])
    for query in ["cq hc", "zq jjxxw", "合川", "xjr", "hcq"] {
      #expect(
        key.matches(PreparedQuery(query)) == SearchText.matches(query, in: ["重庆市合川区", "区经济信息委"]))
    }
    #expect(PreparedQuery("cq hc").wordCount == 2)
  }

  @Test func aQueryTypedFurtherNarrowsTheEarlierOne() {
    #expect(PreparedQuery("hech").narrows(PreparedQuery("he")))
    #expect(PreparedQuery("he c").narrows(PreparedQuery("he")))
    #expect(PreparedQuery("HE").narrows(PreparedQuery("h")))
    #expect(!PreparedQuery("he").narrows(PreparedQuery("hech")))
    #expect(!PreparedQuery("xhe").narrows(PreparedQuery("he")))
  }
}
