import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanImport

/// Each bad input is refused with its own one-line message naming the file.
@Suite struct BadInputTests {
  func readError(_ url: URL, tools: ExternalTools = ExternalTools()) -> DocumentReadError? {
    do {
      _ = try DocumentReader.read(url, tools: tools)
      return nil
    } catch {
      return error
    }
  }

  func expectOneLineNaming(_ error: DocumentReadError?, _ name: String) {
    guard let error else {
      Issue.record("read without an error")
      return
    }
    for language in Language.allCases {
      let line = error.message(language)
      #expect(line.contains(name))
      #expect(!line.contains("\n"))
    }
  }

  @Test func aMissingFile() {
    let error = readError(URL(fileURLWithPath: "/nonexistent/plan.txt"))
    #expect(error == .unreadable(path: "/nonexistent/plan.txt"))
    expectOneLineNaming(error, "/nonexistent/plan.txt")
  }

  @Test func anEmptyFileAndOneOfBlanksOnly() {
    let folder = TemporaryFolder()
    for (name, content) in [("empty.txt", ""), ("blank.docx", " \n\r\n\t ")] {
      let file = folder.write(name, content)
      let error = readError(URL(fileURLWithPath: file))
      #expect(error == .empty(path: file))
      expectOneLineNaming(error, name)
    }
  }

  @Test func binaryGarbageIsNotText() {
    var generator = SystemRandomNumberGenerator()
    let garbage = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let folder = TemporaryFolder()
    let file = folder.write("garbage.txt", bytes: garbage)
    let error = readError(URL(fileURLWithPath: file))
    #expect(error == .notText(path: file))
    expectOneLineNaming(error, "garbage.txt")
  }

  @Test func theBinaryFixtureIsNotText() {
    let url = ImportFixtures.url("bad/garbage.txt")
    #expect(readError(url) == .notText(path: url.relativePath))
  }

  @Test func anUnknownExtension() {
    let folder = TemporaryFolder()
    let file = folder.write("plan.xlsx", "一、总体要求")
    let error = readError(URL(fileURLWithPath: file))
    #expect(error == .unknownKind(path: file, fileExtension: ".xlsx"))
    expectOneLineNaming(error, "plan.xlsx")
    #expect(error?.message.zh.contains(".docx") == true)
  }

  @Test func theFixturesEmptyFileAndDamagedWordFiles() {
    let empty = ImportFixtures.url("bad/empty.txt")
    #expect(readError(empty) == .empty(path: empty.relativePath))
    for (name, kind) in [("bad/corrupt.doc", DocumentKind.doc), ("bad/truncated.docx", .docx)] {
      let url = ImportFixtures.url(name)
      let error = readError(url)
      guard case .corrupt(let path, let found, _) = error, found == kind else {
        Issue.record("\(name): \(String(describing: error))")
        continue
      }
      #expect(path == url.relativePath)
      expectOneLineNaming(error, name)
    }
  }

  @Test func aFileWithoutAnExtensionIsSniffed() throws {
    let folder = TemporaryFolder()
    let file = folder.write("README", "一、总体要求\n")
    #expect(try DocumentReader.read(URL(fileURLWithPath: file)).paragraphs == ["一、总体要求"])
  }
}
