/** The database schema: Camunda's tables from Camunda's own Liquibase changelog, in order before the engine starts. */
package org.onewindow.shared.database;
