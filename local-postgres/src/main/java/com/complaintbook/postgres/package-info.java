/**
 * A real PostgreSQL server on a developer's machine and in tests, without Docker: the binaries
 * Maven Central ships for this platform, run as a child process. Production reaches its own
 * cluster through {@code SPRING_DATASOURCE_URL} and never loads this module.
 */
package com.complaintbook.postgres;
