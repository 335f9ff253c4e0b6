import Foundation
import Hummingbird
import Logging
import ParleyExtraction
import ParleyStore

/// Builds the HTTP application: the JSON API under `/api`, `/healthz`, `/openapi.json`, and the web UI's static files.
public enum ParleyApplication {
    /// The router alone (for in-process tests with `app.test(.router)`).
    /// - Parameter index: the event index to answer from (default: a new one, built on the first request).
    public static func router(store: any EventStore, extractor: Extractor, configuration: ServerConfiguration, index: IndexCache? = nil,
                              logger: Logger = Logger(label: "parley.server")) -> Router<BasicRequestContext> {
        let directory = ActorDirectory(kb: extractor.kb)
        let api = APIController(store: store, extractor: extractor, directory: directory,
                                index: index ?? IndexCache(store: store, directory: directory),
                                configuration: configuration, openAPI: ServerResources.openAPI)
        let router = Router()
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: FileMiddleware(configuration.webRoot, searchForIndexHtml: true, logger: logger))
        api.addRoutes(to: router)
        return router
    }

    /// The whole application, listening on `configuration.host` and `configuration.port`.
    public static func application(store: any EventStore, extractor: Extractor, configuration: ServerConfiguration, index: IndexCache? = nil,
                                   logger: Logger = Logger(label: "parley.server")) -> some ApplicationProtocol {
        Application(router: router(store: store, extractor: extractor, configuration: configuration, index: index, logger: logger),
                    configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "parley"),
                    logger: logger)
    }
}

/// Turns any error that is not already an HTTP error into a JSON 500, so clients always get `{"error": …}`.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let e as APIError {
            throw e
        } catch let e as HTTPResponseError where e.status == .contentTooLarge {
            throw APIError(.contentTooLarge, "api.too-large", "the request body is too large; send fewer documents per request")
        } catch let e as HTTPError {
            throw APIError(e.status, "api.http", e.body ?? e.status.reasonPhrase)
        } catch let e as StoreError {
            throw APIError(e.code == .badQuery ? .badRequest : .internalServerError, e.code.rawValue, e.message)
        } catch {
            context.logger.error("request failed: \(error)")
            throw APIError(.internalServerError, "api.internal", "the server failed: \(error)")
        }
    }
}
