package org.onewindow.crm;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class ApplicantFileIntegrationTest extends ApplicantFileScenarios {
}
