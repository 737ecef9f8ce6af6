import Testing

@testable import PlanImport

/// A table of contents before the text, on invented documents.
@Suite("Extraction: a table of contents is no part of the outline")
struct TableOfContentsTests {
  @Test("the entries the text repeats as headings, page numbers and leaders off")
  func entries() {
    let paragraphs = [
      "某区数字经济发展规划", "目  录", "第一章　发展基础……………1", "第二章　总体要求……………5",
      "第三章　重点任务 9", "前  言", "本规划依据……编制。", "第一章　发展基础", "近年来……",
      "第二章　总体要求", "第三章　重点任务",
    ]
    #expect(TableOfContents.entries(in: paragraphs) == [2, 3, 4])
    let outline = OutlineRecogniser(paragraphs: paragraphs)
    #expect(outline.headings.filter { $0.number == "第一章" }.count == 1)
    #expect(outline.headings.map(\.number).filter { $0.hasPrefix("第") } == ["第一章", "第二章", "第三章"])
  }

  @Test("no table without its title, nor one whose lines the text does not repeat")
  func notEntries() {
    // Headings at the start of the text with no `目录` above them.
    #expect(TableOfContents.entries(in: ["第一章　总则", "第一章　总则", "第二章　目标"]) == [])
    // A `目录` line followed by headings the text never repeats (a list of annexes, say).
    #expect(
      TableOfContents.entries(in: ["目录", "一、产业目录", "二、项目清单", "正文从此开始。"]) == [])
    // Only one line repeated: chance, not a table.
    #expect(TableOfContents.entries(in: ["目 录", "一、总体要求", "二、目标", "一、总体要求"]) == [])
  }

  @Test("a page number comes off only after leaders or a space")
  func pageNumbers() {
    #expect(TableOfContents.withoutPageNumber("第一章 发展基础……12") == "第一章 发展基础")
    #expect(TableOfContents.withoutPageNumber("二、重点任务 .......... 7 ") == "二、重点任务")
    #expect(TableOfContents.withoutPageNumber("实施“5G+工业互联网”512") == "实施“5G+工业互联网”512")
  }
}
