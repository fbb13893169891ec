// How the Flask-style error middleware answers a refused refresh token.
import Hummingbird
import WebSupport

/// Every refused refresh token is a 401 with the error's own message, such
/// as `{"error": "Refresh token reuse detected"}`.
extension RefreshTokenError: FlaskStyleRefusal {
    var status: HTTPResponse.Status { .unauthorized }
}
