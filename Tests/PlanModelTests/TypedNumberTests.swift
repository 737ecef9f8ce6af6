import Testing

@testable import PlanModel

@Suite struct TypedNumberTests {
  @Test func plainNumbers() {
    #expect(TypedNumber.decimal("412") == 412)
    #expect(TypedNumber.decimal(" -3.5 ") == -3.5)
    #expect(TypedNumber.decimal("+2") == 2)
    #expect(TypedNumber.decimal(".5") == 0.5)
    #expect(TypedNumber.decimal("1e3") == 1000)
    #expect(TypedNumber.decimal("1.2E+07") == 12_000_000)
    #expect(TypedNumber.decimal("2.5e-1") == 0.25)
  }

  @Test func fullWidthFormsFromAnInputMethod() {
    #expect(TypedNumber.decimal("６１") == 61)
    #expect(TypedNumber.decimal("－３．５") == -3.5)
    #expect(TypedNumber.decimal("−7") == -7)
    #expect(TypedNumber.decimal("１２。５") == 12.5)
    #expect(TypedNumber.decimal("１，２３４．５") == 1234.5)
    #expect(TypedNumber.decimal("\u{3000}６１\u{3000}") == 61)
  }

  @Test func thousandsSeparatorsOnlyInWholeGroups() {
    #expect(TypedNumber.decimal("1,234.5") == 1234.5)
    #expect(TypedNumber.decimal("-1,234,567.25") == -1_234_567.25)
    #expect(TypedNumber.decimal("999,000") == 999_000)
    #expect(TypedNumber.decimal("1,23") == nil)
    #expect(TypedNumber.decimal("1234,567") == nil)
    #expect(TypedNumber.decimal(",123") == nil)
    #expect(TypedNumber.decimal("1,,234") == nil)
    #expect(TypedNumber.decimal("1,234,") == nil)
    #expect(TypedNumber.decimal("1.234,5") == nil)
  }

  @Test func junkAndNonFiniteAreRefused() {
    for text in [
      "", " ", "nan", "NaN", "inf", "-inf", "infinity", "1e400", "12%", "12O0", "abc", "--5",
      "-", ".", "1e", "1e+", "5-", "1 234", "1.2.3", "0x10", "六十一", "٣",
    ] {
      #expect(TypedNumber.decimal(text) == nil, "\(text)")
    }
  }

  @Test func wholeNumbersAsYearsAreWritten() {
    #expect(TypedNumber.whole("2024") == 2024)
    #expect(TypedNumber.whole(" ２０２４ ") == 2024)
    #expect(TypedNumber.whole("-3") == -3)
    #expect(TypedNumber.whole("2024.0") == nil)
    #expect(TypedNumber.whole("2,024") == nil)
    #expect(TypedNumber.whole("") == nil)
    #expect(TypedNumber.whole("20x4") == nil)
    #expect(TypedNumber.whole("99999999999999999999999") == nil)
  }
}
