package io.licensor.ui.common;

import javafx.scene.control.ComboBox;

/**
 * Combo boxes that offer thousands of choices (50,000 licenses, 10,000 assets). JavaFX sizes a combo box's list by
 * measuring a cell for every one of its items, at every layout after the items change: 50,000 licenses took the FX
 * thread about half a second when the Receipts section opened. Measuring the first rows is enough for a width.
 */
public final class LongChoiceLists {
    /** JavaFX's (ComboBoxListViewSkin) key for how many rows are measured for the width; all of them when absent. */
    static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth";
    /** Rows measured: the ones a user sees first when the list opens, and then some. */
    public static final int ROWS_MEASURED = 50;

    private LongChoiceLists() {}

    /** Makes {@code box} measure only its first {@value #ROWS_MEASURED} items for its width. */
    public static <T> ComboBox<T> measureFirstRows(ComboBox<T> box) {
        box.getProperties().put(ROWS_TO_MEASURE, ROWS_MEASURED);
        return box;
    }
}
