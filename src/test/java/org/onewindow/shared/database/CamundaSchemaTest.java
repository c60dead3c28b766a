package org.onewindow.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CamundaSchemaTest {

    @Test
    void aSchemaVersionMapsToTheTagOfItsMinorRelease() {
        assertThat(CamundaSchema.changelogTag("7.24.0")).isEqualTo("7.24.0");
        assertThat(CamundaSchema.changelogTag("7.24.3")).isEqualTo("7.24.0");
        assertThat(CamundaSchema.changelogTag("7.16.12-ee")).isEqualTo("7.16.0");
    }

    @Test
    void aSchemaOlderThanCamundasChangelogIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> CamundaSchema.changelogTag("7.15.0"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("7.16 first");
        assertThatThrownBy(() -> CamundaSchema.changelogTag("fox"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not understood");
    }
}
