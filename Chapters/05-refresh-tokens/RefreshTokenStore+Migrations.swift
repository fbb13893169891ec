// The schema of the refresh-token table.
import GRDB

extension RefreshTokenStore {
    /// The migrations, in order. Their names differ from the user store's,
    /// so both migrators can share one database file and its
    /// `grdb_migrations` table.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("create the refresh_token table") { db in
            try db.create(table: RefreshTokenRecord.databaseTableName) { table in
                table.primaryKey("hash", .blob)
                table.column("user_id", .integer).notNull().indexed()
                table.column("family", .text).notNull().indexed()
                table.column("parent", .blob)
                table.column("issued_at", .integer).notNull()
                table.column("expires_at", .integer).notNull().indexed()
                table.column("spent_at", .integer)
                table.column("revoked_at", .integer)
            }
        }
        return migrator
    }
}
