package org.onewindow.casework;

import org.onewindow.support.H2IntegrationTest;

/** Scanned materials on the embedded H2 database. */
@H2IntegrationTest
class ScannedMaterialsIntegrationTest extends ScannedMaterialsScenarios {
}
