import PlanModel
import Testing

@testable import PlanImport

/// The cluster forms the twenty-ninth and thirtieth held-out sets drafted wrong, on passages of
/// invented regions: `X产业以A、B、C为重点` (the industry as subject), a list closing on a kind of
/// the industry itself (its products), a word of the whole region or a verb of reviving before
/// a name, `首位` as a tier, and `推动X产业向…` opening a sentence about X.
@Suite("Extraction: cluster forms of the twenty-ninth and thirtieth sets")
struct ThirtiethSetClusterTests {
  func fields(_ clause: String, of parent: String? = "智能家居产业") -> [String] {
    IndustryOwnLists.fields(in: clause[...], parent: parent)?.names ?? []
  }

  @Test("an industry as the subject of 以A、B、C为重点")
  func focusWithSubject() {
    #expect(fields("智能家居产业以智能照明、智能安防、智能厨电为重点") == ["智能照明", "智能安防", "智能厨电"])
    #expect(fields("船舶配套产业集群要以甲板机械、舱室设备为主攻方向") == ["甲板机械", "舱室设备"])
    #expect(fields("以智能照明、智能安防为重点") == ["智能照明", "智能安防"])
    #expect(IndustrySubject.isSubject("现代纺织产业"))
    #expect(IndustrySubject.isSubject("新材料产业集群要"))
    // A subject that is no industry, or a clause of something else before the list.
    #expect(fields("支持龙头企业以智能照明、智能安防为重点").isEmpty)
    #expect(fields("招商引资工作要以智能照明、智能安防为重点").isEmpty)
    #expect(!IndustrySubject.isSubject("支持家居产业"))
    #expect(!IndustrySubject.isSubject("企业"))
  }

  @Test("a list whose last name is a kind of the industry names its products")
  func kindClosedLists() {
    #expect(fields("重点发展学习机、会议平板和车载显示终端", of: "显示终端产业").isEmpty)
    #expect(fields("重点发展电动工具、园林机械和手持电动设备", of: "电动设备").isEmpty)
    #expect(KindClosedLists.closesOnKind(["学习机", "车载显示终端"], of: "显示终端产业"))
    // An industry named by its matter or its trade: a list closing on a kind of it names fields.
    #expect(fields("重点发展电子级盐酸、光刻胶稀释剂和湿电子化学品", of: "电子化学品产业").count == 3)
    #expect(!KindClosedLists.closesOnKind(["设计类", "仿真类工业软件"], of: "工业软件产业"))
    // A list of fields, none a kind of the industry as a whole, still counts.
    #expect(fields("重点发展智能照明、智能安防、智能厨电") == ["智能照明", "智能安防", "智能厨电"])
    #expect(!KindClosedLists.closesOnKind(["智能照明", "智能终端"], of: "智能终端产业"))
    #expect(!KindClosedLists.closesOnKind(["风电整机", "光伏组件"], of: "新能源装备产业"))
  }

  @Test("a word of the whole region or a verb of reviving is no part of a name; 首位 is a tier")
  func namesAndTiers() {
    #expect(ClusterNameGate.gated("全县绿色建材") == "绿色建材")
    #expect(ClusterNameGate.gated("全区生物医药") == "生物医药")
    #expect(ClusterNameGate.gated("振兴丝绸纺织") == "丝绸纺织")
    // A name that only begins with 全 is kept.
    #expect(ClusterNameGate.gated("全屋定制") == "全屋定制")
    #expect(IndustryOwnLists.developedIndustry("做强钛材料首位产业") == "钛材料")
    #expect(IndustryOwnLists.developedIndustry("振兴丝绸纺织产业") == "丝绸纺织")
    #expect(SubjectIndustry.opening("推动丝绸纺织产业向品牌化转型,巩固A、B优势领域") == "丝绸纺织")
  }

  @Test("a tier list closed by two tiers joined, or with a quantity before its tier")
  func pairedTiers() {
    let listed = { (text: String) in ClusterPatterns.listed(in: text[...]) }
    let paired = listed("培育氢能装备、合成生物、量子信息等一批新兴产业和未来产业,提升产业能级")
    #expect(paired.first?.names == ["氢能装备", "合成生物", "量子信息"])
    #expect(paired.first?.tier == "新兴")
    #expect(listed("布局类脑智能、深海装备等未来产业与新兴产业").first?.tier == "未来")
    #expect(listed("发展氢能装备、合成生物等一批新兴产业").first?.names == ["氢能装备", "合成生物"])
    #expect(PairedTierClosings.closes("和未来产业"))
    // A second tier that goes on into something else, or a joined word that is no tier.
    #expect(!PairedTierClosings.closes("和未来产业园区"))
    #expect(!PairedTierClosings.closes("和配套产业"))
    #expect(PairedTierClosings.withoutQuantity("A、B等一批") == "A、B等")
    #expect(PairedTierClosings.withoutQuantity("引进一批") == "引进一批")
  }

  @Test("the forms in one invented plan: parts under their industry, no products, no region")
  func inOnePlan() {
    let plan = draft([
      "乙泽县关于加快推进新型工业化的决定", "一、总体要求",
      "2025年,全县先进建材、丝绸纺织两大特色产业集群实现营业收入180亿元。", "二、构建现代工业体系",
      "(一)做强钛材料首位产业。钛材料产业以钛锭熔铸、钛板带材、钛合金管材为重点,到2030年钛材料产业产值突破200亿元。",
      "(二)振兴丝绸纺织产业。推动丝绸纺织产业向品牌化转型,巩固缫丝织绸、丝绸服饰优势领域,加快发展功能性丝绸、丝绸文创等新兴领域。到2030年丝绸纺织产业产值达到60亿元。",
      "(三)壮大显示终端产业。重点发展学习机、会议平板和车载显示终端,到2030年显示终端产业营业收入达到80亿元。",
    ])
    let names = Set(plan.clusters.map(\.name))
    let parentOf = { (name: String) -> String? in
      let cluster = plan.clusters.first { $0.name == name }
      return plan.clusters.first { $0.id == cluster?.parent }?.name
    }
    for name in ["钛锭熔铸", "钛板带材", "钛合金管材"] { #expect(parentOf(name) == "钛材料", "\(name)") }
    for name in ["缫丝织绸", "丝绸服饰", "功能性丝绸", "丝绸文创"] {
      #expect(parentOf(name) == "丝绸纺织", "\(name)")
    }
    #expect(plan.clusters.first { $0.name == "钛材料" }?.tier == "首位")
    #expect(names.isDisjoint(with: ["学习机", "会议平板", "车载显示终端", "全县先进建材", "振兴丝绸纺织"]))
    #expect(!names.contains { $0.hasSuffix("首位") })
  }
}
