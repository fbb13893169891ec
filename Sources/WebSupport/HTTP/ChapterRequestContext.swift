// A request context whose JSON answers always list their keys in the same order.
import Hummingbird

/// Hummingbird's `BasicRequestContext`, except that JSON answers have sorted
/// keys: `{"user_id":1,"username":"john_doe"}` on every run, exactly as the
/// chapter text shows it.
public struct ChapterRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }

    public var responseEncoder: SortedJSONEncoder { SortedJSONEncoder() }
}
