import PlanModel
import Testing

@testable import PlanImport

/// `即` dropped where it opens a list after a clause's mark, not from names — invented passages.
@Suite("Extraction: the 即 that opens a list")
struct ListLeadWordsTests {
  @Test("即 after a comma opens the list: its first name drops it")
  func opensAList() {
    let sentence = "形成“3+1”产业体系,即新能源电池、高端装备、绿色食品三大主导产业"
    let start = sentence.firstIndex(of: "即")!
    let list = sentence[start..<sentence.firstIndex(of: "三")!]
    #expect(ClusterLists.names(list).first == "新能源电池")
    let colon = "主导产业:即智能装备、电子信息"
    #expect(ClusterLists.names(colon[colon.firstIndex(of: "即")!...]).first == "智能装备")
  }

  @Test("a name that begins with 即 keeps it, in a list or alone")
  func namesKeepIt() {
    #expect(ClusterLists.cleanName("即墨老酒") == "即墨老酒")
    let list = "发展黄酒、即墨老酒"
    #expect(ClusterLists.names(list[list.firstIndex(of: "黄")!...]).last == "即墨老酒")
    let words = "做强即时零售、即食食品"
    #expect(
      ClusterLists.names(words[words.firstIndex(of: "即")!...]) == ["即时零售", "即食食品"])
  }

  @Test("read alone: 即 before a list opens it, a single name keeps it")
  func readAlone() {
    #expect(ListLeadWords.withoutLead("即墨老酒"[...]) == "即墨老酒")
    #expect(ListLeadWords.withoutLead("即轨道交通、智能装备"[...]) == "轨道交通、智能装备")
  }

  @Test("a draft: the restated list's clusters are named without 即")
  func drafted() {
    let plan = draft([
      "庚州市先进制造业集群培育方案(2026—2028年)",
      "一、主要目标",
      "到2028年,形成“3+2”现代制造业集群体系,即新能源电池、高端装备、绿色食品三大主导产业集群和生物医药、低空经济两大新兴产业集群。",
    ])
    let names = plan.clusters.map(\.name)
    #expect(names.contains("新能源电池"))
    #expect(!names.contains { $0.hasPrefix("即") })
  }
}
