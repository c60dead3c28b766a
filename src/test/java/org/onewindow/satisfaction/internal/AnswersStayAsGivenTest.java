package org.onewindow.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Nobody may be forced or coached to evaluate, so a citizen's answers stay as given: no code changes or deletes a
 * stored answer ({@code sat_response}). The one write after the insert is the appeal route's: a manager's upheld
 * appeal marks the answers excluded from statistics with its reason, which is kept beside them
 * ({@code RectificationScenarios} shows the reason kept and the answers unchanged).
 */
class AnswersStayAsGivenTest {

    private static final Pattern WRITE = Pattern.compile(
            "(update\\s+sat_response\\s+set\\s+([^\"]*?)\\s+where|delete\\s+from\\s+sat_response|merge\\s+into\\s+sat_response"
                    + "|truncate\\s+(table\\s+)?sat_response)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void onlyAnUpheldAppealWritesToStoredAnswersAndOnlyItsReason() throws IOException {
        List<String> writes = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            for (Path source : sources.filter(Files::isRegularFile)
                    .filter(path -> path.toString().endsWith(".java") || path.toString().endsWith(".sql")).toList()) {
                Matcher matcher = WRITE.matcher(Files.readString(source));
                while (matcher.find()) {
                    writes.add(source.getFileName() + ": " + matcher.group(1).replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(writes).containsExactly(
                "RectificationStore.java: update sat_response set exclusion_reason = :reason where");
    }
}
