package io.licensor.ui.assets;

import io.licensor.ui.assets.AssetDraft.OwnerDraft;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the owners table: a name and a share typed as a percentage. */
public final class OwnerRow {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty sharePercent = new SimpleStringProperty("");

    OwnerRow(OwnerDraft draft) {
        name.set(draft.name());
        sharePercent.set(draft.sharePercent());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty sharePercentProperty() {
        return sharePercent;
    }

    OwnerDraft draft() {
        return new OwnerDraft(name.get(), sharePercent.get());
    }

    Observable[] observables() {
        return new Observable[] {name, sharePercent};
    }
}
