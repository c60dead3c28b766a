package org.onewindow.notification.internal;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class OutboxIntegrationTest extends OutboxScenarios {
}
