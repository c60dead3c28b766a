package org.onewindow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a benchmark's run goes in {@code docs/benchmarks.md}: at the end of the benchmark's own section (up to the
 * next {@code ## } heading), so that its runs stay together, or under a new section at the end of the page.
 */
final class BenchmarksPage {

    private static final Path PAGE = Path.of("docs/benchmarks.md");

    private BenchmarksPage() {
    }

    /** Appends the run to docs/benchmarks.md; says so on the console when the page cannot be written. */
    static void append(String sectionHeading, String run) {
        try {
            Files.writeString(PAGE, underOwnHeading(Files.readString(PAGE), sectionHeading, run));
        } catch (IOException e) {
            System.out.println("docs/benchmarks.md not written (" + e.getMessage() + "); figures above only.");
        }
    }

    /** The page with the run put at the end of the section headed {@code sectionHeading}. */
    static String underOwnHeading(String page, String sectionHeading, String run) {
        int own = page.indexOf(sectionHeading);
        if (own < 0) {
            return page.stripTrailing() + "\n\n" + sectionHeading + "\n\n" + run.strip() + "\n";
        }
        int next = page.indexOf("\n## ", own + sectionHeading.length());
        if (next < 0) {
            return page.stripTrailing() + "\n\n" + run.strip() + "\n";
        }
        return page.substring(0, next).stripTrailing() + "\n\n" + run.strip() + "\n" + page.substring(next);
    }
}
