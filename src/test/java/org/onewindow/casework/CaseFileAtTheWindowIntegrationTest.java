package org.onewindow.casework;

import org.onewindow.support.H2IntegrationTest;

/** The case file at the window on the embedded H2 database. */
@H2IntegrationTest
class CaseFileAtTheWindowIntegrationTest extends CaseFileAtTheWindowScenarios {
}
