package org.onewindow.crm;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ApplicantFilePostgresIntegrationTest extends ApplicantFileScenarios {
}
