package io.licensor.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input (a file, a form, a command-line option) that cannot be accepted. Carries every problem found, each naming
 * where it is (JSON path, line and column, or field). Nothing has been written when this is thrown.
 */
public class InputRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputRejectedException(String source, List<Problem> problems) {
        super(format(source, problems));
        this.problems = List.copyOf(problems);
    }

    public InputRejectedException(String source, Problem problem) {
        this(source, List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(String source, List<Problem> problems) {
        String head = source == null || source.isBlank() ? "" : source + ": ";
        if (problems.size() == 1) {
            return head + problems.get(0);
        }
        return head + problems.size() + " problems\n" + problems.stream().map(p -> "  " + p)
                .collect(Collectors.joining("\n"));
    }
}
