package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;

/** The postgres profile logs JSON, with the case number of the logging context as a field of its own. */
class StructuredLogsTest {

    @Test
    void postgresProfileWritesJsonLinesWithTheCaseNumber() throws Exception {
        String format = property("application-postgres.yaml", "logging.structured.format.console");
        assertThat(format).isEqualTo("ecs");

        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(),
                new MockEnvironment().withProperty("spring.application.name", "onewindow"));
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        Logger logger = context.getLogger("org.onewindow.intake.internal.DefaultCaseRegistrationService");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO,
                "Case registered: service item {}", null, new Object[] { "HRSS-001" });
        event.setMDCPropertyMap(Map.of(CaseLogContext.KEY, "OW-20261128-00042"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertThat(line).endsWith("\n").hasLineCount(1);
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("caseNumber").asText()).isEqualTo("OW-20261128-00042");
        assertThat(json.get("message").asText()).isEqualTo("Case registered: service item HRSS-001");
        assertThat(json.has("@timestamp")).isTrue();
        assertThat(line).contains("\"onewindow\"", "INFO");
    }

    @Test
    void engineUsesTheSameKeyForTheBusinessKey() throws Exception {
        assertThat(
                property("application.yaml", "camunda.bpm.generic-properties.properties.logging-context-business-key"))
                .isEqualTo(CaseLogContext.KEY);
    }

    @Test
    void scopeRemovesTheCaseOrRestoresTheOuterOne() {
        String inner = CaseLogContext.scope(() -> {
            CaseLogContext.put("OW-1");
            String nested = CaseLogContext.scope(() -> {
                CaseLogContext.put("OW-2");
                return org.slf4j.MDC.get(CaseLogContext.KEY);
            });
            assertThat(nested).isEqualTo("OW-2");
            return org.slf4j.MDC.get(CaseLogContext.KEY);
        });
        assertThat(inner).isEqualTo("OW-1");
        assertThat(org.slf4j.MDC.get(CaseLogContext.KEY)).isNull();
    }

    // The values are origin-tracked wrappers; their text is what Spring binds.
    private static String property(String file, String name) throws Exception {
        return new YamlPropertySourceLoader().load(file, new ClassPathResource(file)).stream()
                .map(source -> ((PropertySource<?>) source).getProperty(name))
                .filter(java.util.Objects::nonNull).map(Object::toString).findFirst().orElse(null);
    }
}
