/**
 * Integration tests of the schema and the data source: migrations on the container's default data source, and on
 * a portal's own PostgreSQL data source named by the one setting.
 */
package org.ruralitic.schema;
