package org.onewindow.exchange.internal;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class ProvinceExchangeIntegrationTest extends ProvinceExchangeScenarios {
}
