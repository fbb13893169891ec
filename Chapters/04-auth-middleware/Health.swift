// GET /health, a public route: whether the server is up, for load balancers and monitors.
import Hummingbird

/// The answer of `GET /health`: `{"status": "ok"}`.
///
/// A load balancer asks this many times a minute and has no token, so it is
/// on the list of public routes. It says nothing about users or tokens.
struct Health: ResponseEncodable, Equatable {
    let status: String

    static let ok = Health(status: "ok")
}
