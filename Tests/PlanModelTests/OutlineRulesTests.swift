import Testing

@testable import PlanModel

/// The outline's rules on plans built in code: numbering that runs on or starts again is
/// accepted, gaps, repeats and unknown styles are not. (Their lines: PlanFilesTests.)
@Suite struct OutlineRulesTests {
  typealias F = ModelFixtures

  /// An outline from `(key, number, parent)`, each heading titled after its key, levels
  /// following the parents.
  func outline(_ rows: [(String, String, String?)], notInText: Set<String> = []) -> [OutlineHeading]
  {
    var levels: [String: Int] = [:]
    return rows.map { key, number, parent in
      let level = parent.flatMap { levels[$0] }.map { $0 + 1 } ?? 1
      levels[key] = level
      return OutlineHeading(
        key: key, number: number, title: "标题" + key, level: level, parent: parent,
        inText: !notInText.contains(key))
    }
  }

  func violations(_ outline: [OutlineHeading], measures: [Measure] = []) -> [String] {
    var plan = F.plan(measures: measures)
    plan.outline = outline
    return PlanRules.check([plan]).map { "\($0.path.joined(separator: ".")): \($0.message.en)" }
  }

  /// 巴中: sections (一)…(六) run on across chapters 一 and 二.
  @Test func sectionsMayRunOnAcrossChapters() {
    let rows: [(String, String, String?)] = [
      ("一", "一、", nil), ("一(一)", "(一)", "一"), ("一(二)", "(二)", "一"), ("一(三)", "(三)", "一"),
      ("二", "二、", nil), ("二(四)", "(四)", "二"), ("二(五)", "(五)", "二"),
      ("三", "三、", nil), ("三(六)", "(六)", "三"),
    ]
    #expect(violations(outline(rows)) == [])
  }

  /// 通城: items 1.…5. run on across the sections of one chapter; 成都's restart under each.
  @Test func itemsMayRunOnAcrossSectionsOrStartAgain() {
    let runOn: [(String, String, String?)] = [
      ("一", "一、", nil), ("二", "二、", nil), ("二(一)", "(一)", "二"), ("二(一)1", "1.", "二(一)"),
      ("二(一)2", "2.", "二(一)"), ("二(二)", "(二)", "二"), ("二(二)3", "3.", "二(二)"),
    ]
    #expect(violations(outline(runOn)) == [])
    let restart: [(String, String, String?)] = [
      ("一", "一、", nil), ("一(一)", "(一)", "一"), ("一(一)1", "1.", "一(一)"),
      ("一(一)2", "2.", "一(一)"), ("一(二)", "(二)", "一"), ("一(二)1", "1.", "一(二)"),
    ]
    #expect(violations(outline(restart)) == [])
  }

  /// 南充: unnumbered parts the text does not head, sections starting at (一) under each.
  @Test func numberingStartsAgainUnderUnheadedParts() {
    let rows: [(String, String, String?)] = [
      ("P1", "", nil), ("P1(一)", "(一)", "P1"), ("P1(二)", "(二)", "P1"),
      ("P2", "", nil), ("P2(一)", "(一)", "P2"), ("P3", "", nil),
    ]
    #expect(violations(outline(rows, notInText: ["P1", "P2", "P3"])) == [])
  }

  @Test func aRunThatNeitherStartsNorRunsOnIsReported() {
    let rows: [(String, String, String?)] = [
      ("一", "一、", nil), ("一(一)", "(一)", "一"), ("一(二)", "(二)", "一"),
      ("二", "二、", nil), ("二(四)", "(四)", "二"), ("四", "四、", nil),
    ]
    #expect(
      violations(outline(rows)) == [
        "outline.4.number: heading number '(四)' opens its siblings: expected '(一)' or '(三)' running on",
        "outline.5.number: heading number '四、' follows '二、': '三、' is missing",
      ])
  }

  @Test func repeatsAndStepsBackAmongSiblings() {
    let rows: [(String, String, String?)] = [
      ("一", "一、", nil), ("一(一)", "(一)", "一"), ("一(三)", "(三)", "一"), ("一(二)", "(二)", "一"),
      ("一(1)", "(1)", "一"), ("一(1)b", "(1)", "一"),
    ]
    let found = violations(outline(rows))
    #expect(
      found == [
        "outline.2.number: heading number '(三)' follows '(一)': '(二)' is missing",
        "outline.3.number: heading number '(二)' comes after '(三)': out of order",
        "outline.5.number: duplicate heading number '(1)' among siblings",
      ])
    var plan = F.plan()
    plan.outline = outline(rows)
    let repeated = PlanRules.check([plan]).last
    #expect(repeated?.firstDefinedAt == PlanPlace(planIndex: 0, path: ["outline", "4", "number"]))
  }

  @Test func fullWidthBracketsAndStopsReadAsTheSeedsPrintThem() {
    let rows: [(String, String, String?)] = [
      ("一", "一、", nil), ("一(一)", "（一）", "一"), ("一(二)", "(二)", "一"),
      ("一(二)1", "1．", "一(二)"), ("一(二)2", "2.", "一(二)"),
    ]
    #expect(violations(outline(rows)) == [])
  }

  @Test func keysParentsTitlesAndStyles() {
    var headings = outline([
      ("一", "一、", nil), ("一", "二、", nil), ("三(一)", "(一)", "三"), ("x", "甲、", nil),
      ("", "", nil),
    ])
    headings[1].title = " "
    #expect(
      violations(headings) == [
        "outline.1.key: duplicate heading key '一'",
        "outline.1.title: a heading's title is empty",
        "outline.2.parent: parent heading '三' is not in the outline",
        "outline.3.number: heading number '甲、' is in no known style (一、 (一) 1. (1) 第一章 第一节 第一条)",
        "outline.4.key: a heading's key is empty",
      ])
    let own = outline([("一", "一、", "一")])
    #expect(
      violations(own) == ["outline.0.parent: parent heading '一' must come before this heading"])
  }

  @Test func everyItemsHeadingMustBeInTheOutline() {
    var measure = F.measure("hc.measure.a")
    measure.source.heading = "一(九)"
    var placed = F.measure("hc.measure.b")
    placed.source.heading = "一"
    #expect(
      violations(outline([("一", "一、", nil)]), measures: [measure, placed]) == [
        "measures.0.source.heading: source heading '一(九)' is not in the outline"
      ])
  }

  @Test func printedNumbersReadBack() {
    for style in HeadingNumber.Style.allCases {
      for value in [1, 9, 10, 16, 23, 99] {
        let number = HeadingNumber(style: style, value: value)
        #expect(HeadingNumber(printed: number.printed) == number, "\(number.printed)")
      }
    }
    #expect(HeadingNumber(printed: "(十六)")?.value == 16)
    #expect(HeadingNumber(printed: "二十三、")?.value == 23)
    for odd in ["", "一", "1、", "(一", "第章", "第一项", "第A章", "第A条", "(1.)", "三."] {
      #expect(HeadingNumber(printed: odd) == nil, "\(odd)")
    }
  }

  @Test func chaptersAndSectionsOfAGuihua() {
    #expect(HeadingNumber(printed: "第二章") == HeadingNumber(style: .chapter, value: 2))
    #expect(HeadingNumber(printed: "第十二节") == HeadingNumber(style: .section, value: 12))
    #expect(HeadingNumber(printed: "第3部分") == HeadingNumber(style: .part, value: 3))
    #expect(HeadingNumber(printed: "第一篇")?.style == .volume)
    let chapter = OutlineHeading(key: "第二章", number: "第二章", title: "发展目标", level: 1)
    #expect(chapter.printed == "第二章 发展目标")
    #expect(OutlineHeading(key: "二", number: "二、", title: "发展目标", level: 1).printed == "二、发展目标")
    let rows: [(String, String, String?)] = [
      ("第一章", "第一章", nil), ("第一章第一节", "第一节", "第一章"), ("第一章第二节", "第二节", "第一章"),
      ("第二章", "第二章", nil), ("第二章第一节", "第一节", "第二章"), ("第二章第一节一", "一、", "第二章第一节"),
    ]
    #expect(violations(outline(rows)) == [])
    let gap = outline([("第一章", "第一章", nil), ("第三章", "第三章", nil)])
    #expect(violations(gap).count == 1)
  }

  /// A 若干政策措施's articles: `第一条`…, numbered on across its chapters (branch i12-r9).
  @Test func articlesRunOnAcrossChapters() {
    #expect(HeadingNumber(printed: "第十二条") == HeadingNumber(style: .article, value: 12))
    #expect(HeadingNumber(printed: "第 3 条") == HeadingNumber(style: .article, value: 3))
    #expect(HeadingNumber(style: .article, value: 20).printed == "第二十条")
    let rows: [(String, String, String?)] = [
      ("一", "一、", nil), ("二", "二、", nil), ("二第一条", "第一条", "二"), ("二第二条", "第二条", "二"),
      ("三", "三、", nil), ("三第三条", "第三条", "三"), ("三第四条", "第四条", "三"),
    ]
    #expect(violations(outline(rows)) == [])
    let skipped = outline([
      ("一", "一、", nil), ("一第一条", "第一条", "一"), ("一第三条", "第三条", "一"),
    ])
    #expect(violations(skipped).count == 1)
  }
}
