package org.onewindow.casework.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseVariablesTest {

    private final CaseVariables variables = new CaseVariables();

    @Test
    void splitsDepartmentCodes() {
        assertThat(variables.departments("PSB, HRSS")).containsExactly("PSB", "HRSS");
    }

    @Test
    void noDepartmentsForEmptyOrNull() {
        assertThat(variables.departments("")).isEmpty();
        assertThat(variables.departments(null)).isEmpty();
    }
}
