package org.onewindow.open311;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class Open311IntegrationTest extends Open311Scenarios {
}
