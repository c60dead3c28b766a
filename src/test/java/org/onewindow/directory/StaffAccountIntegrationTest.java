package org.onewindow.directory;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class StaffAccountIntegrationTest extends StaffAccountScenarios {
}
