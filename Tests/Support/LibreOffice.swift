import Foundation

/// Opens a Word or Excel file as a reader would: LibreOffice (headless) prints it to PDF and
/// pdftotext reads the text back. Where either is missing the suites that need them are
/// skipped with a notice — except under CI, where they fail (`require`).
public enum LibreOffice {
  public static func tool(_ name: String) -> String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    return folders.map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  public static let available = tool("soffice") != nil && tool("pdftotext") != nil

  /// Whether the suites run: where LibreOffice and pdftotext are installed, and always
  /// under CI (where their absence then fails them).
  public static let enabled = available || PlandashBinary.isCI

  public static let skipReason =
    "needs LibreOffice and pdftotext (libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils: scripts/setup.sh --tests)"

  public static func require() throws {
    guard available else { throw XMLTreeError(description: "missing under CI: " + skipReason) }
  }

  /// Converts `file` to PDF in `folder` (a profile of its own, so runs never share one) and
  /// returns the PDF's path.
  public static func pdf(of file: String, in folder: TemporaryFolder) throws -> String {
    try require()
    let profile = folder.path("libreoffice-profile")
    let result = try run(
      tool("soffice")!,
      [
        "--headless", "-env:UserInstallation=file://" + profile, "--convert-to", "pdf",
        "--outdir", folder.path, file,
      ])
    let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf"
    let pdf = folder.path(name)
    guard FileManager.default.fileExists(atPath: pdf) else {
      throw XMLTreeError(description: "soffice made no PDF of \(file): \(result)")
    }
    return pdf
  }

  /// The PDF's text, page by page in reading order.
  public static func text(ofPDF pdf: String) throws -> String {
    try run(tool("pdftotext")!, ["-enc", "UTF-8", pdf, "-"])
  }

  /// `file` as a reader sees it: its text once printed to PDF.
  public static func printedText(of file: String, in folder: TemporaryFolder) throws -> String {
    try text(ofPDF: try pdf(of: file, in: folder))
  }

  static func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
