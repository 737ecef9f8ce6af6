import PlanModel
import Testing

@testable import PlanImport

/// Lists read as clusters from what the text says of them next — invented passages.
@Suite("Extraction: lists before a built cluster, lists approved as clusters")
struct ClusterPartListsTests {
  @Test("a list a verb opens, before a clause building one named cluster, names its parts")
  func parts() {
    let found = ClusterPartLists.parts(
      inSentence: "顺应材料融合趋势,聚焦柔性显示材料、石墨烯薄膜等,打造前沿材料产业集群。"[...])
    #expect(found.map(\.parent) == ["前沿材料产业集群"])
    #expect(found.first?.names == ["柔性显示材料", "石墨烯薄膜"])
    let adverb = ClusterPartLists.parts(
      inSentence: "加快培育氢燃料电池、固态电池,建设新型电池产业集群。"[...])
    #expect(adverb.first?.names == ["氢燃料电池", "固态电池"])
    let longer = ClusterPartLists.parts(
      inSentence: "培育壮大骨科器械、体外诊断,打造医疗器械产业集群。"[...])
    #expect(longer.first?.names == ["骨科器械", "体外诊断"])
  }

  @Test("no list before the cluster, a list not opened by a verb, or non-industries: no parts")
  func partsPrecision() {
    #expect(ClusterPartLists.parts(inSentence: "聚焦前沿材料,打造前沿材料产业集群。"[...]).isEmpty)
    #expect(
      ClusterPartLists.parts(inSentence: "瞄准柔性显示、石墨烯等发展需求,打造前沿材料产业集群。"[...]).isEmpty)
    #expect(
      ClusterPartLists.parts(inSentence: "聚焦数字技术、共享平台等,打造前沿材料产业集群。"[...]).isEmpty)
    #expect(
      ClusterPartLists.parts(inSentence: "聚焦柔性显示、石墨烯等,建设一批公共服务平台。"[...]).isEmpty)
    #expect(
      ClusterPartLists.parts(
        inSentence: "同时在县城周边持续培育柔性显示、石墨烯,打造前沿材料产业集群。"[...]
      ).isEmpty)
  }

  @Test("a list approved or selected as clusters names clusters")
  func approved() {
    #expect(
      ClusterPartLists.approved(in: "智能家电、绿色建材获批省级战略性新兴产业集群"[...]) == ["智能家电", "绿色建材"])
    #expect(
      ClusterPartLists.approved(in: "电子元件、精密模具入选国家中小企业特色产业集群"[...]) == ["电子元件", "精密模具"])
  }

  @Test("an approval that is no cluster, or a counted list, gives no names here")
  func approvedPrecision() {
    #expect(ClusterPartLists.approved(in: "智能家电、绿色建材获批省级示范基地"[...]).isEmpty)
    #expect(ClusterPartLists.approved(in: "甲企业、乙企业入选省级产业集群"[...]).isEmpty)
    #expect(ClusterPartLists.approved(in: "智能家电、绿色建材2个产业入选省级产业集群"[...]).isEmpty)
  }
}
