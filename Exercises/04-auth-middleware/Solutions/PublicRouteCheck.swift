// Exercise 4.1: decide which requests chapter 4's global gate lets through without a token.
import ExerciseSupport
import Hummingbird

/// Returns whether a request may pass chapter 4's global gate without a token: only
/// `POST /login` and `GET /health` may.
///
/// `path` is the path the client sent, such as "/login/"; `endpointPath` is the route the
/// router resolved it to, such as "/login", or `nil` when no route matched.
///
/// ```swift
/// try isPublicRoute(.post, path: "/login/", endpointPath: "/login") // Returns true.
/// ```
public func isPublicRoute(_ method: HTTPRequest.Method, path: String, endpointPath: String?) throws -> Bool {
    // A request that matched no route is never public, so it needs a token before it gets a 404.
    guard let endpointPath else { return false }
    // The resolved route, not `path`: however the client spells the URL, the handler decides.
    return (method == .post && endpointPath == "/login") || (method == .get && endpointPath == "/health")
}
