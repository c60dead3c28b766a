package org.onewindow.intake;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ApplicantPostgresIntegrationTest extends ApplicantScenarios {
}
