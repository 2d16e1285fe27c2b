package io.licensor.ui.assets;

import io.licensor.model.ValuationMethod;
import io.licensor.ui.assets.AssetDraft.ValuationDraft;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the valuations table: date, amount, currency and method. */
public final class ValuationRow {
    private final DateInput asOf = new DateInput();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final ObjectProperty<ValuationMethod> method = new SimpleObjectProperty<>();

    ValuationRow(ValuationDraft draft) {
        asOf.set(draft.asOf());
        amount.set(draft.amount());
        currency.set(draft.currency());
        method.set(draft.method());
    }

    public DateInput asOf() {
        return asOf;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<ValuationMethod> methodProperty() {
        return method;
    }

    ValuationDraft draft() {
        return new ValuationDraft(asOf.get(), amount.get(), currency.get(), method.get());
    }

    Observable[] observables() {
        Observable[] date = asOf.observables();
        return new Observable[] {date[0], date[1], amount, currency, method};
    }
}
