import PlanModel
import Testing

@testable import PlanImport

/// How the nineteenth held-out set's plan for one platform states its industry — the whole's
/// output named with the platform before it, a look out beyond the plan, a part named by its
/// class of service, the 节 of a chapter on the plan as a whole — on other invented passages.
@Suite("Extraction: a platform's plan from the nineteenth held-out set")
struct NineteenthSetPlatformTests {
  static let plan = draft([
    "甲湾区新材料产业园发展规划(2026—2030年)",
    "第一章　发展基础",
    "2025年,园区新材料产业实现营业收入210亿元,规上新材料企业88家。",
    "第二章　总体要求",
    "第一节　发展定位",
    "坚持创新引领,构建“一核两链”产业体系,做强高分子材料、金属材料两条主导产业链。",
    "第二节　发展目标",
    "到2030年,园区新材料产业营业收入突破500亿元,其中高分子材料产业营业收入达到260亿元、金属材料产业营业收入达到180亿元,检测服务业营业收入达到30亿元。",
    "展望2035年,园区新材料产业营业收入达到900亿元。",
    "第三节　空间布局",
    "构建“一核两片”空间格局,东片承载高分子材料,西片承载金属材料。",
    "第三章　重点任务",
    "第一节　做强高分子材料产业",
    "发展工程塑料、特种橡胶,建设中试平台。",
  ])

  @Test("the whole's output after the platform's name is its scale; the look beyond, a target")
  func platformScaleAndOutlook() {
    #expect(PlacePrefixes.withoutPlace("园区新材料") == "新材料")
    #expect(PlacePrefixes.withoutPlace("平台经济") == "平台经济")
    let clusters = Self.plan.clusters.map { ($0.name, $0.scale?.threshold) }
    #expect(clusters.contains { $0.0 == "新材料" && $0.1 == 500 })
    #expect(!clusters.contains { $0.0.hasPrefix("园区") || $0.1 == 900 })
    #expect(
      Self.plan.targets.contains { $0.goal.target?.value == 900 && $0.goal.target?.year == 2035 })
    #expect(!Self.plan.targets.contains { $0.goal.target?.value == 500 })
  }

  @Test("a part named by its class of service, beside its siblings' scales, is a cluster")
  func servicePart() {
    let clusters = Self.plan.clusters.map { ($0.name, $0.scale?.threshold) }
    #expect(clusters.contains { $0.0 == "检测服务业" && $0.1 == 30 })
    #expect(clusters.contains { $0.0 == "高分子材料" && $0.1 == 260 })
    #expect(!Self.plan.targets.contains { $0.goal.target?.value == 30 })
    // Alone, a service sector's output is a target.
    let alone = draft([
      "乙湾县服务业发展方案(2026—2028年)", "一、主要目标",
      "到2028年,生产性服务业营业收入达到120亿元。",
    ])
    #expect(alone.targets.contains { $0.goal.target?.value == 120 })
    #expect(alone.clusters.isEmpty)
  }

  @Test("the 节 after the goals in a chapter on the plan as a whole set no task")
  func layoutSectionNoTask() {
    let titles = Self.plan.measures.map(\.title)
    #expect(!titles.contains { $0.contains("空间格局") || $0.contains("空间布局") })
    #expect(titles.contains("做强高分子材料产业"))
  }
}
