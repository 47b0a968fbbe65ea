/**
 * The database schema of the library: versioned Flyway migrations, applied at deployment on the library's data
 * source, and a script that prints them for a DBA who applies them by hand.
 * <p>
 * Entities never generate DDL; only the migrations under {@code org/ruralitic/schema/migration} change the schema.
 */
package org.ruralitic.schema;
