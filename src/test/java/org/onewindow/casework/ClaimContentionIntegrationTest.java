package org.onewindow.casework;

import org.onewindow.support.H2IntegrationTest;

/** Claims at the same moment on the embedded H2 database. */
@H2IntegrationTest
class ClaimContentionIntegrationTest extends ClaimContentionScenarios {
}
