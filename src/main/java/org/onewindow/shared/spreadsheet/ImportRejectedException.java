package org.onewindow.shared.spreadsheet;

import java.util.List;

/** An import refused as a whole: nothing was saved; {@link #problems()} lists everything found, by row. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the import: " + problems.stream().limit(5).toList());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A rejected import names its problems");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
