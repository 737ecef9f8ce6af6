/// libpq's `sslmode` values, as a team store's address gives them; `prefer` when it names none.
public enum SSLMode: String, CaseIterable, Hashable, Sendable {
  /// Never TLS.
  case disable
  /// TLS when the server insists (taken as `prefer`: postgres-nio tries TLS first).
  case allow
  /// TLS when the server offers it, else plain.
  case prefer
  /// TLS or no connection; the certificate is not checked.
  case require
  /// TLS with a certificate signed by a trusted authority.
  case verifyCA = "verify-ca"
  /// As `verify-ca`, and the certificate must name the host.
  case verifyFull = "verify-full"

  /// Whether the connection may go without TLS.
  public var allowsPlain: Bool { self == .disable || self == .allow || self == .prefer }

  /// Whether the server's certificate is checked against the trusted authorities.
  public var verifiesCertificate: Bool { self == .verifyCA || self == .verifyFull }
}
