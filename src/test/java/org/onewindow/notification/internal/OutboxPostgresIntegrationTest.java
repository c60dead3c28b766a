package org.onewindow.notification.internal;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class OutboxPostgresIntegrationTest extends OutboxScenarios {
}
