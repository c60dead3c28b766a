package org.onewindow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** What the window's binder relies on when it writes a {@link CaseRegistration}. */
class CaseRegistrationTest {

    @Test
    void theOnlyConstructorIsTheCanonicalOneAsVaadinsBinderTakesTheFirst() {
        // Binder#writeRecord calls getDeclaredConstructors()[0] with every component's value (vaadin/flow#21286).
        Class<?>[] components = Arrays.stream(CaseRegistration.class.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        assertThat(CaseRegistration.class.getDeclaredConstructors()).as("shorter forms are factories").hasSize(1);
        assertThat(CaseRegistration.class.getDeclaredConstructors()[0].getParameterTypes()).containsExactly(components);
    }
}
