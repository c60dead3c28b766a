package org.onewindow.open311;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class Open311PostgresIntegrationTest extends Open311Scenarios {
}
