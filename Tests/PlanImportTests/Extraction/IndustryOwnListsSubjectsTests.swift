import PlanModel
import Testing

@testable import PlanImport

/// More surfaces of an industry's own list (`IndustryOwnLists`): `延伸发展A和B`, `围绕A、B等细分领域`,
/// a cluster or the paragraph's own chain as the clause's subject (`X集群重点发展…`,
/// `产业链重点发展…`), a word of support before it (`支持X产业发展…`) and a clause counted
/// `一是…` — on passages of invented regions.
@Suite("Extraction: an industry's own fields under more subjects and verbs")
struct IndustryOwnListsSubjectsTests {
  func fields(_ clause: String, of parent: String? = "绿色食品") -> [String] {
    IndustryOwnLists.fields(in: clause[...], parent: parent)?.names ?? []
  }

  func owner(_ clause: String) -> String? {
    IndustryOwnLists.fields(in: clause[...], parent: nil)?.parent
  }

  @Test("延伸发展 opens a bare list, 围绕 only a list of sub-fields")
  func verbs() {
    #expect(fields("延伸发展冻干食品和功能饮料") == ["冻干食品", "功能饮料"])
    #expect(fields("延伸发展烘焙食品、调味品和植物蛋白饮品") == ["烘焙食品", "调味品", "植物蛋白饮品"])
    #expect(fields("围绕米面制品、速冻食品、酱卤制品等细分领域") == ["米面制品", "速冻食品", "酱卤制品"])
    #expect(fields("围绕冷链物流、中央厨房等细分行业") == ["冷链物流", "中央厨房"])
    // `围绕…等领域` sets the scene for attracting, and `延伸` alone still needs a closing.
    #expect(fields("围绕米面制品、速冻食品等领域").isEmpty)
    #expect(fields("围绕整车配套需求").isEmpty)
    #expect(fields("延伸冻干食品、功能饮料").isEmpty)
  }

  @Test("a cluster, the paragraph's chain or a supported industry as the clause's subject")
  func subjects() {
    #expect(owner("轻工集群重点发展家用电器、照明灯具和智能卫浴") == "轻工")
    #expect(fields("轻工集群重点发展家用电器、照明灯具和智能卫浴", of: nil) == ["家用电器", "照明灯具", "智能卫浴"])
    #expect(owner("新能源装备产业链重点发展风电整机、光伏逆变器") == "新能源装备")
    #expect(owner("支持精细化工产业发展水性涂料、医药中间体和电子特气") == "精细化工")
    #expect(fields("产业链重点发展风电整机、光伏逆变器、储能系统等领域", of: "新能源装备") == ["风电整机", "光伏逆变器", "储能系统"])
    #expect(fields("集群重点发展冻干食品、功能饮料") == ["冻干食品", "功能饮料"])
    #expect(owner("汽车零部件集群重点发展轻量化车身、热管理系统和线控底盘") == "汽车零部件")
    #expect(owner("现代纺织集群重点发展功能性纤维、高端面料和品牌服装") == "现代纺织")
    #expect(fields("一是聚焦冻干食品、功能饮料、调味品") == ["冻干食品", "功能饮料", "调味品"])
  }

  @Test("not another verb's object, a way of changing, or a subject that is no industry")
  func notFields() {
    // A word of support before something that is no industry: its object, no subject.
    #expect(owner("支持龙头企业发展冻干食品、功能饮料") == nil)
    #expect(fields("支持龙头企业发展冻干食品、功能饮料").isEmpty)
    // The industry moving towards its ends: no verb of developing opens the list.
    #expect(fields("支持食品产业向研发设计、品牌营销两端延伸").isEmpty)
    #expect(fields("集群向高端化、智能化、绿色化发展").isEmpty)
    // A cluster as the subject of another verb.
    #expect(owner("轻工集群引进家用电器、照明灯具项目") == nil)
  }
}

/// The fields an industry moves towards (`FieldsTowards`), on invented clauses.
@Suite("Extraction: the fields an industry moves towards")
struct FieldsTowardsTests {
  func towards(_ clause: String, of parent: String? = "精细化工") -> (String, [String])? {
    FieldsTowards.fields(in: clause[...], parent: parent).map { ($0.parent, $0.names) }
  }

  @Test("a list after 向, closed by 领域 or 方向 and a verb of moving")
  func fields() {
    #expect(towards("推动产业向水性涂料、电子特气、医药中间体等高附加值领域转型")?.1 == ["水性涂料", "电子特气", "医药中间体"])
    #expect(towards("向高端溶剂、特种助剂等领域延伸")?.1 == ["高端溶剂", "特种助剂"])
    let own = towards("家具产业向定制家具、智能家居方向发展", of: nil)
    #expect(own?.0 == "家具")
    #expect(own?.1 == ["定制家具", "智能家居"])
  }

  @Test("not ways of changing, markets, links, an open list or another subject")
  func notFields() {
    #expect(towards("推动产业向高端化、智能化、绿色化方向发展") == nil)
    #expect(towards("向汽车、电子等下游领域延伸") == nil)
    #expect(towards("向研发设计、品牌营销两端延伸") == nil)
    #expect(towards("推动铝加工向汽车轻量化板材、电池箔延伸") == nil)
    #expect(towards("推动企业向水性涂料、电子特气等领域转型") == nil)
    #expect(towards("推动产业向价值链中高端迈进") == nil)
  }

  @Test("the preposition 向, not a word ending in 向 (导向, 面向, 方向)")
  func wordsEndingInToward() {
    func offset(_ text: String) -> Int? {
      FieldsTowards.towards(in: text[...]).map {
        text.distance(from: text.startIndex, to: $0.lowerBound)
      }
    }
    #expect(offset("面向下游需求向A领域延伸") == 6)
    #expect(offset("以需求为导向向A、B领域拓展") == 6)
    #expect(offset("坚持需求导向") == nil)
    #expect(offset("向A领域延伸") == 0)
    #expect(towards("鼓励产业向高端溶剂、特种助剂等领域延伸")?.1 == ["高端溶剂", "特种助剂"])
  }
}
