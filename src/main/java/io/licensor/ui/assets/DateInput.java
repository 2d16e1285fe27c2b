package io.licensor.ui.assets;

import io.licensor.ui.assets.AssetDraft.DateText;
import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A date field's state: the date, or the text typed when it is not a date yet (so the form can say so instead of
 * silently keeping the old value, which is what a bare DatePicker does).
 */
public final class DateInput {
    private final ObjectProperty<LocalDate> value = new SimpleObjectProperty<>();
    private final StringProperty unparsed = new SimpleStringProperty();

    public ObjectProperty<LocalDate> valueProperty() {
        return value;
    }

    /** Null while the typed text is a date (or empty). */
    public StringProperty unparsedProperty() {
        return unparsed;
    }

    void set(DateText date) {
        unparsed.set(date.unparsed());
        value.set(date.value());
    }

    DateText get() {
        return new DateText(value.get(), unparsed.get());
    }

    Observable[] observables() {
        return new Observable[] {value, unparsed};
    }
}
