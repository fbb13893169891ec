// GET /api/notes: each user's own notes, from a small read-only notebook.
import Hummingbird
import WebSupport

/// One note: `{"id": 1, "text": "..."}`.
struct Note: ResponseEncodable, Equatable, Sendable {
    let id: Int
    let text: String
}

/// The demo users' notes, fixed at start-up and never changed.
///
/// They live in memory rather than in the SQLite database: the chapter only
/// reads them, and a second table with its own migration would teach
/// nothing about middleware. Being read-only, a plain `Sendable` struct is
/// enough; nothing here needs an actor.
struct Notebook: Sendable {
    private let notesByUser: [Int64: [Note]]

    init(notesByUser: [Int64: [Note]]) {
        self.notesByUser = notesByUser
    }

    /// The notes of `user`, in id order; a user without notes gets none.
    func notes(of user: User) -> [Note] {
        notesByUser[user.id] ?? []
    }

    /// Two notes for each demo user.
    static let demo = Notebook(notesByUser: [
        DemoUser.john.user.id: [
            Note(id: 1, text: "Send the token after 'Bearer '."),
            Note(id: 2, text: "Log in again when it expires."),
        ],
        DemoUser.jane.user.id: [
            Note(id: 3, text: "Keep the public list short."),
            Note(id: 4, text: "Rotate JWT_SECRET."),
        ],
    ])
}

/// Returns the `GET /api/notes` handler: the notes of the user on the context.
func notes(in notebook: Notebook) -> @Sendable (Request, AppRequestContext) throws -> [Note] {
    return { _, context in
        notebook.notes(of: try context.requireUser())
    }
}
