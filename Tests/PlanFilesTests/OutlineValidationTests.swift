import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanFiles

/// The outline's rules, each reported by `validate` at its exact line.
@Suite struct OutlineValidationTests {
  /// The problems of loading one file with `text`, as `line: message`.
  func problems(_ text: String, language: Language = .en) -> [String] {
    let folder = TemporaryFolder()
    let file = folder.write("a.yaml", text)
    return PlanLoader.load(paths: [folder.path]).problems.map {
      String($0.text(language).dropFirst(file.count + 1))
    }
  }

  @Test func theOutlinePlanIsValid() {
    #expect(problems(OutlinePlan.text) == [])
  }

  @Test func aDuplicateKeyNamesTheFirst() {
    let folder = TemporaryFolder()
    let file = folder.write("a.yaml", OutlinePlan.replacing(line: 19, with: "  - key: 二(一)"))
    let found = PlanLoader.load(paths: [folder.path]).problems.map(\.description)
    #expect(found == ["\(file):19: duplicate heading key '二(一)' (first defined at \(file):11)"])
  }

  @Test func aParentNotInTheOutlineOrNotBefore() {
    #expect(
      problems(OutlinePlan.replacing(line: 18, with: "    parent: 三")) == [
        "18: parent heading '三' is not in the outline"
      ])
    #expect(
      problems(OutlinePlan.replacing(line: 14, with: "    parent: 二(二)")) == [
        "14: parent heading '二(二)' must come before this heading",
        "20: heading number '(二)' opens its siblings: expected '(一)'",
      ])
  }

  @Test func gapsRepeatsAndStepsBack() {
    #expect(
      problems(OutlinePlan.replacing(line: 20, with: "    number: (三)")) == [
        "20: heading number '(三)' follows '(一)': '(二)' is missing"
      ])
    let folder = TemporaryFolder()
    let file = folder.write("a.yaml", OutlinePlan.replacing(line: 20, with: "    number: (一)"))
    #expect(
      PlanLoader.load(paths: [folder.path]).problems.map(\.description) == [
        "\(file):20: duplicate heading number '(一)' among siblings (first defined at \(file):12)"
      ])
    #expect(
      problems(OutlinePlan.replacing([12: "    number: (二)", 20: "    number: (一)"])) == [
        "12: heading number '(二)' opens its siblings: expected '(一)'",
        "20: heading number '(一)' comes after '(二)': out of order",
      ])
  }

  @Test func sectionsRunningOnFromTheChapterBefore() {
    // 二's first section is (二), running on from 一's (一), as 巴中 numbers them.
    let outline = [
      "  - {key: 一, number: 一、, title: 发展基础}",
      "  - {key: 一(一), number: (一), title: 工业综合实力不断增强, parent: 一}",
      "  - {key: 二, number: 二、, title: 重点任务}",
      "  - {key: 二(二), number: (二), title: 培育企业梯队, parent: 二}",
      "  - {key: 二(三), number: (三), title: 优化营商环境, parent: 二}",
    ]
    var lines = Array(OutlinePlan.lines[0..<4]) + outline + OutlinePlan.lines[26...]
    lines[lines.count - 1] = "    source: {heading: 二}"
    #expect(problems(lines.joined(separator: "\n") + "\n") == [])
    lines[7] = "  - {key: 二(四), number: (四), title: 培育企业梯队, parent: 二}"
    lines[8] = "  - {key: 二(五), number: (五), title: 优化营商环境, parent: 二}"
    #expect(
      problems(lines.joined(separator: "\n") + "\n") == [
        "8: heading number '(四)' opens its siblings: expected '(一)' or '(二)' running on"
      ])
  }

  @Test func emptyTitlesAndUnknownStyles() {
    #expect(
      problems(OutlinePlan.replacing(line: 25, with: "    title: \"\"")) == [
        "25: a heading's title is empty"
      ])
    #expect(
      problems(OutlinePlan.replacing(line: 9, with: "    number: 甲、")) == [
        "9: heading number '甲、' is in no known style (一、 (一) 1. (1) 第一章 第一节 第一条)"
      ])
  }

  @Test func anItemUnderAHeadingNotInTheOutline() {
    let text = OutlinePlan.replacing([
      34: "    source: {heading: 三, text: 营业收入迈上1600亿元台阶}",
      40: "    source: {heading: 二(三)}",
    ])
    #expect(
      problems(text) == [
        "34: source heading '三' is not in the outline",
        "40: source heading '二(三)' is not in the outline",
      ])
    #expect(
      problems(text, language: .zh) == [
        "34: 出处标题“三”不在大纲中", "40: 出处标题“二(三)”不在大纲中",
      ])
  }

  @Test func numberingProblemsInChinese() {
    #expect(
      problems(OutlinePlan.replacing(line: 20, with: "    number: (三)"), language: .zh) == [
        "20: 标题编号“(三)”紧接“(一)”，缺少“(二)”"
      ])
  }
}
