package io.licensor.ui.common;

import io.licensor.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message the app puts to the user goes through here, so presentation models never create an
 * Alert and tests can answer in their place (JabRef's DialogService idea). All methods are called on the FX thread.
 */
public interface Dialogs {

    /** What to do with edits that were not saved yet. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Which password is asked for: the current one, a new one (typed twice), or a new one that may stay empty. */
    enum PasswordKind { CURRENT, NEW, NEW_OR_NONE }

    /** A yes/no question; {@code confirmLabel} names the action ("Delete"), never just "OK". */
    boolean confirm(String title, String question, String detail, String confirmLabel);

    /** Unsaved edits are in the way of {@code action} ("open another portfolio"): save, discard or stay. */
    UnsavedChoice askUnsaved(String what, String action);

    /** Something could not be done; {@code detail} says why and what to do, in plain words. */
    void showError(String title, String header, String detail);

    /** Input was refused: lists every problem with where it is (a JSON path, a field). */
    void showProblems(String title, String header, List<Problem> problems);

    /** A short note that needs no answer. */
    void showInfo(String title, String header, String detail);

    /** A folder chosen by the user, empty when cancelled. */
    Optional<Path> chooseFolder(String title, Path initial);

    /** A file to read; {@code extension} like "json" restricts the choice. */
    Optional<Path> chooseFileToOpen(String title, String description, String extension);

    /** A file to read with any of the extensions ("csv", "tsv", "txt"); by default only the first is offered. */
    default Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions) {
        return chooseFileToOpen(title, description, extensions.get(0));
    }

    /** A file to write; {@code suggestedName} is filled in. */
    Optional<Path> chooseFileToSave(String title, String description, String extension, String suggestedName);

    /**
     * Asks for a password; empty when the user cancels. For {@link PasswordKind#NEW_OR_NONE} an empty array means
     * "no password".
     */
    Optional<char[]> askPassword(String title, String header, PasswordKind kind);
}
