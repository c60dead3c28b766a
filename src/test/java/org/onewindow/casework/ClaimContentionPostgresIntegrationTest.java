package org.onewindow.casework;

import org.onewindow.support.PostgresIntegrationTest;

/** Claims at the same moment on the real PostgreSQL server, where the row locks differ from H2's. */
@PostgresIntegrationTest
class ClaimContentionPostgresIntegrationTest extends ClaimContentionScenarios {
}
