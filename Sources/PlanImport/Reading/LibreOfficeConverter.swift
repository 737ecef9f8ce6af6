import Foundation

/// Reads Word 97–2003 (.doc) and WPS (.wps) files through LibreOffice in headless mode: it
/// converts a copy to .docx in a scratch folder, with a user profile of its own there (so
/// it runs as root and beside other conversions), and `DocxReader` reads the result.
enum LibreOfficeConverter {
  static let tool = "soffice"
  static let package = "libreoffice-writer-nogui"

  static func read(_ file: DocumentFile, kind: DocumentKind) throws(DocumentReadError)
    -> DocumentText
  {
    guard let executable = file.tools.locate(tool) else {
      throw .missingTool(path: file.path, tool: tool, package: package)
    }
    do {
      let scratch = try ScratchFolder()
      let input = scratch.path("input." + kind.rawValue)
      try Data(file.bytes).write(to: URL(fileURLWithPath: input))
      let arguments = [
        "--headless", "--norestore", "-env:UserInstallation=file://" + scratch.path("profile"),
        "--convert-to", "docx", "--outdir", scratch.path("out"), input,
      ]
      let outcome = try file.tools.run(executable, arguments, output: nil, in: scratch)
      if outcome.timedOut {
        throw DocumentReadError.timedOut(
          path: file.path, tool: tool, seconds: Int(file.tools.timeout.rounded(.up)))
      }
      let converted = scratch.path("out/input.docx")
      guard outcome.status == 0, FileManager.default.fileExists(atPath: converted) else {
        throw DocumentReadError.corrupt(
          path: file.path, kind: kind,
          detail: "LibreOffice could not open it: damaged or password-protected")
      }
      var docx = file
      docx.url = URL(fileURLWithPath: converted)
      return try DocxReader.read(docx, kind: kind)
    } catch let error as DocumentReadError {
      throw error
    } catch {
      throw .toolFailed(path: file.path, tool: tool, detail: "\(error)")
    }
  }
}
