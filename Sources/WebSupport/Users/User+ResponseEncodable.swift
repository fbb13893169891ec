// Letting a route return a User, or a list of them, as JSON.
import Hummingbird

/// A route can return a ``User`` directly; it encodes as
/// `{"id": 1, "username": "john_doe", "role": "user"}`, never with a hash.
extension User: ResponseEncodable {}
