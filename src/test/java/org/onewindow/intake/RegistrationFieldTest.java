package org.onewindow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The registration's field keys are the properties the window's binders bind: each names a component of the
 * record or of its enterprise, and every component a person fills in has its key.
 */
class RegistrationFieldTest {

    @Test
    void eachFieldIsAComponentOfTheRegistrationOrOfItsEnterprise() {
        assertThat(Arrays.stream(RegistrationField.values()).map(RegistrationField::property))
                .allSatisfy(property -> assertThat(components()).contains(property))
                .contains("serviceItemCode", "receivedMaterials", "enterpriseName", "agentRole");
    }

    @Test
    void everyComponentButTheLanguageAndTheEnterpriseItselfHasAField() {
        // The language is a choice from a list and the enterprise a record of its own: neither can be wrong.
        assertThat(components())
                .filteredOn(component -> !component.equals("language") && !component.equals("enterprise"))
                .allSatisfy(component -> assertThat(RegistrationField.values())
                        .anyMatch(field -> field.property().equals(component)));
    }

    @Test
    void errorsKeepTheValidatorsOrderAndReachTheRefusalByProperty() {
        Map<RegistrationField, String> errors = new LinkedHashMap<>();
        errors.put(RegistrationField.SERVICE_ITEM_CODE, "Choose a service item.");
        errors.put(RegistrationField.ID_NUMBER, "Enter the ID number.");
        errors.put(RegistrationField.AGENT_ROLE, "Say how the person stands for the enterprise.");

        assertThat(RegistrationField.byProperty(errors)).containsExactly(
                Map.entry("serviceItemCode", "Choose a service item."), Map.entry("idNumber", "Enter the ID number."),
                Map.entry("agentRole", "Say how the person stands for the enterprise."));
        InvalidRegistrationException refused = new InvalidRegistrationException(errors);
        assertThat(refused.errorFor(RegistrationField.ID_NUMBER)).isEqualTo("Enter the ID number.");
        assertThat(refused.fieldErrors()).containsOnlyKeys("serviceItemCode", "idNumber", "agentRole");
    }

    private static List<String> components() {
        return Stream.concat(Arrays.stream(CaseRegistration.class.getRecordComponents()),
                Arrays.stream(EnterpriseApplicant.class.getRecordComponents())).map(RecordComponent::getName).toList();
    }
}
