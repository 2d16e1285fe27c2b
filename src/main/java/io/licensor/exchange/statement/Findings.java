package io.licensor.exchange.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems and skipped rows while reading: lists the first few (up to a limit) and counts them all. */
final class Findings {

    private final int limit;
    private final List<StatementProblem> problems = new ArrayList<>();
    private final List<SkippedRow> skipped = new ArrayList<>();
    private long problemCount;
    private long skippedCount;

    Findings(int limit) {
        this.limit = limit;
    }

    void problem(long line, String column, String message) {
        problemCount++;
        if (problems.size() < limit) {
            problems.add(new StatementProblem(line, column, message));
        }
    }

    void skip(long line, String reason) {
        skippedCount++;
        if (skipped.size() < limit) {
            skipped.add(new SkippedRow(line, reason));
        }
    }

    /** How many problems are listed so far (to sort a row's own problems afterwards). */
    int listed() {
        return problems.size();
    }

    /** Sorts the problems listed from index from on (one row's problems, into column order). */
    void sortFrom(int from, Comparator<StatementProblem> order) {
        problems.subList(from, problems.size()).sort(order);
    }

    long problemCount() {
        return problemCount;
    }

    long skippedCount() {
        return skippedCount;
    }

    List<StatementProblem> problems() {
        return problems;
    }

    List<SkippedRow> skipped() {
        return skipped;
    }
}
