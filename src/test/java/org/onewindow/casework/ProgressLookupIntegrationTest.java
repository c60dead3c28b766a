package org.onewindow.casework;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class ProgressLookupIntegrationTest extends ProgressLookupScenarios {
}
