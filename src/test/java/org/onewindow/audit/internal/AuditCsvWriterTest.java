package org.onewindow.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The audit export's CSV: RFC 4180, and text that cannot run as a formula in a spreadsheet. */
class AuditCsvWriterTest {

    @Test
    void quotesWhatMustBeQuotedAndNothingElse() {
        StringWriter out = new StringWriter();
        new AuditCsvWriter(out).row(Arrays.asList("plain", "a, b", "say \"hi\"", "two\nlines", " padded", "", null,
                "国庆节"));
        assertThat(out).hasToString("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",,,国庆节\r\n");
    }

    @Test
    void aFieldThatWouldRunAsAFormulaGetsAnApostrophe() {
        assertThat(AuditCsvWriter.field("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditCsvWriter.field("+86 138")).isEqualTo("'+86 138");
        assertThat(AuditCsvWriter.field("-2")).isEqualTo("'-2");
        assertThat(AuditCsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsvWriter.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditCsvWriter.field("kind: HOLIDAY")).isEqualTo("kind: HOLIDAY");
    }
}
