package io.licensor.ui.licenses.terms;

import io.licensor.ui.licenses.terms.TermsDraft.TierDraft;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the tier table: where the tier starts and its rate, as typed. */
public final class TierRow {
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty rate = new SimpleStringProperty("");

    TierRow(TierDraft draft) {
        from.set(draft.from());
        rate.set(draft.rate());
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    TierDraft draft() {
        return new TierDraft(from.get(), rate.get());
    }

    Observable[] observables() {
        return new Observable[] {from, rate};
    }
}
