import PlanModel
import Testing

@testable import PlanImport

/// The fields an industry's own item or sentence lists as what it develops (*Filing
/// conventions* A), on passages of invented regions in the forms plans write them.
@Suite("Extraction: an industry's own fields as its sub-clusters")
struct IndustryOwnListsTests {
  func fields(_ clause: String, of parent: String? = "智能装备") -> [String] {
    IndustryOwnLists.fields(in: clause[...], parent: parent)?.names ?? []
  }

  @Test("a list a verb of developing opens and a field word, qualifier or count closes")
  func closedLists() {
    #expect(fields("重点发展工程机械、农机装备、电力装备等领域") == ["工程机械", "农机装备", "电力装备"])
    #expect(fields("做优做强矿山机械、港口机械等特色领域") == ["矿山机械", "港口机械"])
    #expect(fields("培育工业母机、智能机器人等新兴领域") == ["工业母机", "智能机器人"])
    #expect(fields("加快发展航空装备、海洋工程装备等高端领域") == ["航空装备", "海洋工程装备"])
    #expect(fields("巩固起重机械、挖掘机械优势领域") == ["起重机械", "挖掘机械"])
    #expect(fields("做精减速机、液压件、轴承三个细分领域") == ["减速机", "液压件", "轴承"])
    #expect(fields("聚焦激光装备、检测仪器、智能产线三个方向") == ["激光装备", "检测仪器", "智能产线"])
    #expect(fields("加快发展铸锻件、热处理等配套产业") == ["铸锻件", "热处理"])
    #expect(fields("布局人形机器人、具身智能两个新赛道") == ["人形机器人", "具身智能"])
    #expect(fields("巩固数控机床、精密模具全国技术领先地位") == ["数控机床", "精密模具"])
    #expect(fields("以新能源整车、动力电池、电驱系统为重点") == ["新能源整车", "动力电池", "电驱系统"])
  }

  @Test("a bare list such a verb opens, running to its clause's end, in the industry's item")
  func bareLists() {
    #expect(fields("聚焦云计算、大数据、工业软件", of: "软件信息") == ["云计算", "大数据", "工业软件"])
    #expect(fields("重点发展特种纸、生活用纸和包装用纸", of: "造纸") == ["特种纸", "生活用纸", "包装用纸"])
    #expect(fields("发展中药配方颗粒和植物提取物", of: "中医药") == ["中药配方颗粒", "植物提取物"])
    // The industry as the clause's subject: its own name before the verb, or another's.
    #expect(fields("智能装备产业要重点发展数控机床、工业机器人") == ["数控机床", "工业机器人"])
    let other = IndustryOwnLists.fields(in: "绿色食品产业重点发展粮油加工、休闲食品和功能饮料"[...], parent: nil)
    #expect(other?.parent == "绿色食品")
    #expect(other?.names == ["粮油加工", "休闲食品", "功能饮料"])
  }

  @Test("not links to fill, products, parts, technologies, markets, ways of changing or places")
  func notFields() {
    #expect(fields("补齐晶圆制造、封装测试环节").isEmpty)
    #expect(fields("加快补齐车规级芯片、热管理系统等薄弱环节").isEmpty)
    #expect(fields("重点发展电子变压器、连接器等产品").isEmpty)
    #expect(fields("突破精密减速器、伺服电机等核心零部件").isEmpty)
    #expect(fields("突破高精度传感、智能控制等关键技术").isEmpty)
    #expect(fields("拓展汽车电子、工业控制等应用领域").isEmpty)
    #expect(fields("推动产业向高端化、智能化、绿色化发展").isEmpty)
    #expect(fields("聚焦先进基础材料、关键战略材料同步发力").isEmpty)
    #expect(fields("重点发展东城片区、西城片区和南湖镇").isEmpty)
    // A verb that needs a closing reads no bare list (`突破A、B` is as often technologies).
    #expect(fields("突破高端轴承、精密齿轮").isEmpty)
    // A verb the clause does not open: another verb's object.
    #expect(fields("推动企业与高校合作发展智能检测、精密仪器").isEmpty)
    // `A和B产业` is one industry, a pair of parts no fields.
    #expect(fields("前瞻布局氢能装备和储能装备产业").isEmpty)
    #expect(fields("发展关键基础件和核心部件").isEmpty)
    // No parent industry, no subject: nothing.
    #expect(fields("重点发展数控机床、工业机器人", of: nil).isEmpty)
  }

  @Test("a bare list after a clause turning a resource to use is that resource's uses")
  func resourceUses() {
    #expect(IndustryOwnLists.frames("加快推进页岩气资源综合利用"[...]) == false)
    #expect(IndustryOwnLists.frames("依托丰富的竹林资源"[...]))
    #expect(IndustryOwnLists.frames("推动企业技术改造"[...]))
    let bare = IndustryOwnLists.fields(in: "重点发展燃气发电、燃气化工等"[...], parent: "清洁能源", framed: false)
    #expect(bare == nil)
    let closed = IndustryOwnLists.fields(
      in: "重点发展燃气发电、燃气化工等领域"[...], parent: "清洁能源", framed: false)
    #expect(closed?.names == ["燃气发电", "燃气化工"])
  }

  @Test("a heading developing one industry names it; a tier or a class of industries does not")
  func developedHeadings() {
    #expect(IndustryOwnLists.developedIndustry("做优生物医药产业") == "生物医药")
    #expect(IndustryOwnLists.developedIndustry("做强电子元器件主导产业") == "电子元器件")
    #expect(IndustryOwnLists.developedIndustry("做大做强主导产业") == nil)
    #expect(IndustryOwnLists.developedIndustry("实施产业集群壮大行动") == nil)
  }

  @Test("in a plan: an industry item's fields are its sub-clusters, nested under it")
  func drafted() throws {
    let text = [
      "三、重点任务",
      "(一)做强先进装备产业。以东区装备产业园为核心承载区,重点发展矿山机械、港口机械、"
        + "农机装备等领域,推广智能运维、远程诊断等服务。到2028年,先进装备产业产值突破300亿元。",
      "(二)做优食品加工产业。依托优质稻米资源,发展粮油加工、休闲食品和预制菜,"
        + "到2028年,食品加工产业产值达到120亿元。",
    ].joined(separator: "\n")
    let read = try PlainTextReader.read(Array(text.utf8), path: "x.txt")
    let plan = PlanDrafter().draft(read)
    let clusters = plan.clusters
    let parentOf = { (name: String) -> String? in
      let parent = clusters.first { $0.name == name }?.parent
      return clusters.first { $0.id == parent }?.name
    }
    for name in ["矿山机械", "港口机械", "农机装备"] { #expect(parentOf(name) == "先进装备") }
    for name in ["粮油加工", "休闲食品", "预制菜"] { #expect(parentOf(name) == "食品加工") }
    #expect(!clusters.contains { $0.name == "智能运维" || $0.name == "远程诊断" })
  }
}
