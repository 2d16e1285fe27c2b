package io.licensor.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The app-wide list of things Edit > Undo can take back (a deleted asset, a saved edit). Each section pushes its
 * own edits; the shell's Undo menu item shows the description of the newest one. Bounded so it cannot grow forever.
 */
public final class UndoStack {

    /**
     * One edit that can be taken back. {@code undo} restores what was there before and answers true, or false when
     * the user chose to keep things as they are (unsaved edits in the way): the edit then stays on the list.
     */
    public record Edit(String description, BooleanSupplier undo) {}

    private static final int LIMIT = 100;
    private final Deque<Edit> edits = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper nextDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(0);

    public void push(String description, BooleanSupplier undo) {
        edits.push(new Edit(description, undo));
        if (edits.size() > LIMIT) {
            edits.removeLast();
        }
        changed();
    }

    /** Takes back the newest edit; returns its description, or null when there was nothing to undo. */
    public String undo() {
        Edit edit = edits.poll();
        if (edit == null) {
            return null;
        }
        update();
        if (!edit.undo().getAsBoolean()) {
            edits.push(edit);
            update();
            return null;
        }
        changed();
        return edit.description();
    }

    /** Forgets everything, e.g. when another portfolio is opened (its edits must not be undone into the new one). */
    public void clear() {
        edits.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** "Undo delete A3" style text for the menu, empty when there is nothing to undo. */
    public ReadOnlyStringProperty nextDescriptionProperty() {
        return nextDescription.getReadOnlyProperty();
    }

    /**
     * Counts the stored changes pushed and taken back. Views that show portfolio-wide values (the portfolio's name in
     * the window title) listen to it to refresh after another section changed them.
     */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    private void changed() {
        update();
        changes.set(changes.get() + 1);
    }

    private void update() {
        Edit next = edits.peek();
        canUndo.set(next != null);
        nextDescription.set(next == null ? "" : next.description());
    }
}
