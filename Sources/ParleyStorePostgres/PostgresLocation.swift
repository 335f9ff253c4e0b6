import Foundation
import NIOSSL
import ParleyStore
import PostgresNIO

/// A PostgreSQL server and database named by a `postgres://` URL, with libpq's TLS settings:
/// `?sslmode=disable|allow|prefer|require|verify-ca|verify-full` (default `prefer`, as libpq) and
/// `&sslrootcert=PATH` (the certificate authorities to trust; default the system's).
public struct PostgresLocation: Sendable, Hashable {
    /// How TLS is negotiated and what is verified, as libpq's `sslmode`.
    public enum TLSMode: String, Sendable, CaseIterable {
        /// Never TLS.
        case disable
        /// TLS when the server offers it (libpq's `allow` is treated as `prefer`); certificates are not verified.
        case prefer
        /// TLS or no connection; the certificate is not verified.
        case require
        /// TLS; the certificate must be signed by a trusted authority (any host name).
        case verifyCA = "verify-ca"
        /// TLS; the certificate must be trusted and name the host.
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String?
    public var tlsMode: TLSMode
    /// A PEM file of certificate authorities to trust (`sslrootcert`).
    public var rootCertificatePath: String?

    /// Parses a URL such as `postgres://parley:secret@db.example.org:5432/parley?sslmode=verify-full&sslrootcert=/etc/ca.pem`.
    public init(url: String) throws {
        guard let c = URLComponents(string: url), ["postgres", "postgresql"].contains(c.scheme ?? ""), let host = c.host, !host.isEmpty else {
            throw StoreError(.badLocation, "\(url) is not a PostgreSQL URL; write postgres://USER:PASSWORD@HOST:PORT/DATABASE")
        }
        self.host = host
        port = c.port ?? 5432
        username = c.user ?? "postgres"
        password = c.password
        let path = c.path.hasPrefix("/") ? String(c.path.dropFirst()) : c.path
        database = path.isEmpty ? nil : path
        tlsMode = .prefer
        for item in c.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                let value = item.value ?? ""
                guard let mode = value == "allow" ? .prefer : TLSMode(rawValue: value) else {
                    throw StoreError(.badLocation, "sslmode=\(value) is not known; write one of disable, allow, prefer, require, verify-ca, verify-full")
                }
                tlsMode = mode
            case "sslrootcert":
                rootCertificatePath = item.value
            default:
                throw StoreError(.badLocation, "the PostgreSQL URL parameter \(item.name) is not supported; use sslmode and sslrootcert")
            }
        }
        if let path = rootCertificatePath, !FileManager.default.isReadableFile(atPath: path) {
            throw StoreError(.badLocation, "sslrootcert \(path) cannot be read; give the path of a PEM file of certificate authorities")
        }
    }

    /// The TLS configuration for postgres-nio's client.
    func clientTLS() throws -> PostgresClient.Configuration.TLS {
        guard let config = try tlsConfiguration() else { return .disable }
        return tlsMode == .prefer ? .prefer(config) : .require(config)
    }

    /// The TLS configuration for a single connection.
    func connectionTLS() throws -> PostgresConnection.Configuration.TLS {
        guard let config = try tlsConfiguration() else { return .disable }
        let context: NIOSSLContext
        do { context = try NIOSSLContext(configuration: config) } catch {
            throw StoreError(.cannotOpen, "cannot set up TLS for PostgreSQL (\(error)); check sslrootcert")
        }
        return tlsMode == .prefer ? .prefer(context) : .require(context)
    }

    func tlsConfiguration() throws -> TLSConfiguration? {
        if tlsMode == .disable { return nil }
        var config = TLSConfiguration.makeClientConfiguration()
        switch tlsMode {
        case .disable, .prefer, .require: config.certificateVerification = .none
        case .verifyCA: config.certificateVerification = .noHostnameVerification
        case .verifyFull: config.certificateVerification = .fullVerification
        }
        if let path = rootCertificatePath {
            do {
                config.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(path))
            } catch {
                throw StoreError(.badLocation, "sslrootcert \(path) holds no PEM certificate (\(error))")
            }
        }
        return config
    }

    /// The client configuration for this location.
    func clientConfiguration() throws -> PostgresClient.Configuration {
        PostgresClient.Configuration(host: host, port: port, username: username, password: password, database: database, tls: try clientTLS())
    }

    /// The single-connection configuration for this location.
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        PostgresConnection.Configuration(host: host, port: port, username: username, password: password, database: database,
                                         tls: try connectionTLS())
    }
}
