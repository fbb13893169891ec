// The schema of the user database and the seeding of the demo users.
import GRDB
import HummingbirdBcrypt

extension UserStore {
    /// The migrations, in order. GRDB records which ones ran, so a database
    /// file is created and seeded once and then only opened.
    static func migrator(bcryptCost: UInt8) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("create the user table") { db in
            try db.create(table: UserRecord.databaseTableName) { table in
                table.primaryKey("id", .integer)
                table.column("username", .text).notNull().unique()
                table.column("password_hash", .text).notNull()
                table.column("role", .text).notNull()
                    .check { Role.allCases.map(\.rawValue).contains($0) }
            }
        }
        migrator.registerMigration("seed the demo users") { db in
            // Only the bcrypt hash is stored; the plain password is never written.
            for demo in DemoUser.all {
                let record = UserRecord(
                    id: demo.user.id,
                    username: demo.user.username,
                    passwordHash: Bcrypt.hash(demo.password, cost: bcryptCost),
                    role: demo.user.role.rawValue
                )
                try record.insert(db)
            }
        }
        return migrator
    }
}
