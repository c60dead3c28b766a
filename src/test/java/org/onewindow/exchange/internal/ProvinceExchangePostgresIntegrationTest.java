package org.onewindow.exchange.internal;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ProvinceExchangePostgresIntegrationTest extends ProvinceExchangeScenarios {
}
