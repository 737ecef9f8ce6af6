import Testing

@testable import PlanImport

/// A shorter chain is dropped for a longer one only when its steps are the longer one's steps,
/// whole — invented chains.
@Suite("Extraction: a shortened chain's steps are whole steps")
struct ShortenedChainStepsTests {
  @Test("a step inside another's name is no step of it")
  func notInside() {
    let bySize = TextReading.Chain(
      steps: ["规上企业", "亿元企业", "十亿元企业"], sentence: "", paragraph: 0, key: nil)
    let finer = TextReading.Chain(
      steps: ["规上企业", "五亿元企业", "十亿元企业", "五十亿元企业"], sentence: "", paragraph: 1, key: nil)
    #expect(ShortenedChains.without([bySize, finer]).map(\.paragraph) == [0, 1])
    #expect(!ShortenedChains.sameStep("上市企业", "拟上市企业"))
    #expect(!ShortenedChains.sameStep("亿元企业", "十亿元企业"))
    #expect(!ShortenedChains.sameStep("中小企业", "专精特新中小企业"))
  }

  @Test("a tier said short after a qualifier is the same step")
  func qualified() {
    #expect(ShortenedChains.sameStep("小巨人企业", "专精特新小巨人企业"))
    #expect(ShortenedChains.sameStep("单项冠军企业", "制造业单项冠军企业"))
    #expect(ShortenedChains.sameStep("创新型中小企业", "创新型中小企业"))
  }
}
