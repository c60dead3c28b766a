package org.onewindow.catalog;

import org.onewindow.support.PostgresIntegrationTest;

/** The holiday calendar on the real PostgreSQL server. */
@PostgresIntegrationTest
class HolidayCalendarPostgresIntegrationTest extends HolidayCalendarScenarios {
}
