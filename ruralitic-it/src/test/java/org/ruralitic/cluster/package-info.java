/**
 * Several servers of one portal on one database: a WildFly and a Payara Micro started by the test itself, sharing a
 * fresh PostgreSQL schema and one mail server. What the library shares through the database (migrations, content,
 * the outbox, form stamps, rate limits) is proved here; what each server keeps to itself is not.
 */
package org.ruralitic.cluster;
