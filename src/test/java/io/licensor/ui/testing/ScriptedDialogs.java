package io.licensor.ui.testing;

import io.licensor.model.Problem;
import io.licensor.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs answered by the test: each question takes the next scripted answer (failing loudly when none was given),
 * and every message shown is recorded so tests can check what the user was told.
 */
public final class ScriptedDialogs implements Dialogs {
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> shown = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    public ScriptedDialogs answer(Object answer) {
        answers.add(answer);
        return this;
    }

    public List<String> shown() {
        return shown;
    }

    public List<Problem> problems() {
        return problems;
    }

    private <T> T next(Class<T> type, String question) {
        shown.add(question);
        Object answer = answers.poll();
        if (answer == null) {
            throw new AssertionError("No scripted answer for: " + question);
        }
        if (answer instanceof Optional<?> optional && type == Optional.class) {
            return type.cast(optional);
        }
        return type.cast(answer);
    }

    @Override
    public boolean confirm(String title, String question, String detail, String confirmLabel) {
        return next(Boolean.class, question);
    }

    @Override
    public UnsavedChoice askUnsaved(String what, String action) {
        return next(UnsavedChoice.class, "Save " + what + " first? (" + action + ")");
    }

    @Override
    public void showError(String title, String header, String detail) {
        shown.add(header + " " + detail);
    }

    @Override
    public void showProblems(String title, String header, List<Problem> list) {
        shown.add(header);
        problems.addAll(list);
    }

    @Override
    public void showInfo(String title, String header, String detail) {
        shown.add(header + " " + detail);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return next(Optional.class, title).map(Path.class::cast);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String extension) {
        return next(Optional.class, title).map(Path.class::cast);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String description, String extension, String suggested) {
        return next(Optional.class, title).map(Path.class::cast);
    }

    /** Answer with {@code Optional.of(chars)} or {@code Optional.empty()} (cancel). */
    @Override
    public Optional<char[]> askPassword(String title, String header, PasswordKind kind) {
        Optional<?> answer = next(Optional.class, header);
        return answer.map(a -> ((char[]) a).clone());
    }
}
