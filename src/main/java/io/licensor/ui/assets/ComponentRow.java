package io.licensor.ui.assets;

import io.licensor.ui.assets.AssetDraft.ComponentDraft;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the components table: a part's name and its SPDX license id. */
public final class ComponentRow {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty license = new SimpleStringProperty("");
    private final BooleanBinding strongCopyleft =
            Bindings.createBooleanBinding(() -> SpdxLicenses.instance().isStrongCopyleft(license.get()), license);

    ComponentRow(ComponentDraft draft) {
        name.set(draft.name());
        license.set(draft.license());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty licenseProperty() {
        return license;
    }

    /** True while the license is strong copyleft: the view highlights the line. */
    public BooleanBinding strongCopyleftProperty() {
        return strongCopyleft;
    }

    ComponentDraft draft() {
        return new ComponentDraft(name.get(), license.get());
    }

    Observable[] observables() {
        return new Observable[] {name, license};
    }
}
