package io.licensor.ui.common;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One part of the main window reached from the left navigation (Assets, later Licenses, Receipts ...). The shell
 * shows {@link #view()} in the centre, installs {@link #accelerators()} while the section is shown, and asks
 * {@link #confirmLeave(String)} before anything would throw away unsaved edits.
 */
public interface Section {

    /** The word in the navigation ("Assets"). */
    String title();

    Ikon icon();

    Node view();

    /** Called when the section is shown: attach listeners, refresh data. */
    void activate();

    /** Called when another section is shown or the portfolio closes: detach listeners. */
    void deactivate();

    /** Keyboard shortcuts that only make sense while this section is shown (Ctrl+N adds an asset ...). */
    default Map<KeyCombination, Runnable> accelerators() {
        return Map.of();
    }

    /**
     * True when the section may be left for {@code action} ("open another portfolio"): nothing unsaved, or the user
     * saved or discarded it when asked.
     */
    default boolean confirmLeave(String action) {
        return true;
    }

    /** True when this section can show destinations of {@code kind} (the asset register shows ASSET). */
    default boolean canShow(Destination.Kind kind) {
        return false;
    }

    /**
     * Selects {@code destination} (of a kind this section {@link #canShow}); called right after the section was made
     * the visible one.
     */
    default void show(Destination destination) {
        throw new UnsupportedOperationException(title() + " cannot show " + destination);
    }
}
