package org.onewindow.catalog;

import org.onewindow.support.H2IntegrationTest;

/** The holiday calendar on the embedded H2 database. */
@H2IntegrationTest
class HolidayCalendarIntegrationTest extends HolidayCalendarScenarios {
}
