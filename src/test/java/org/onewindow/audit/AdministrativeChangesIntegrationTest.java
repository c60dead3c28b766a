package org.onewindow.audit;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class AdministrativeChangesIntegrationTest extends AdministrativeChangesScenarios {
}
