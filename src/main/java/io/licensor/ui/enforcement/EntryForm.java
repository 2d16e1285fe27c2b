package io.licensor.ui.enforcement;

import io.licensor.model.EnforcementEntry;
import io.licensor.model.EnforcementKind;
import io.licensor.ui.assets.DateInput;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.receipts.TypedDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The enforcement editor's state: one property per field, and on every change the issues found, whether Save is
 * allowed and whether anything differs from what was loaded. No Node in sight.
 */
public final class EntryForm {
    private final Supplier<EnforcementData> data;
    private final Supplier<LocalDate> today;
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Target.Kind> about = new SimpleObjectProperty<>(Target.Kind.ASSET);
    private final ObjectProperty<String> assetId = new SimpleObjectProperty<>();
    private final ObjectProperty<String> licenseId = new SimpleObjectProperty<>();
    private final ObjectProperty<EnforcementKind> kind = new SimpleObjectProperty<>(EnforcementKind.LEGAL);
    private final DateInput date = new DateInput();
    private final StringProperty cost = new SimpleStringProperty("");
    private final StringProperty recovered = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final ObservableList<FormIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<FormIssue> readOnlyIssues = FXCollections.unmodifiableObservableList(issues);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(false);
    private EntryDraft loaded;
    private boolean loading;

    public EntryForm(Supplier<EnforcementData> data, Supplier<LocalDate> today) {
        this.data = data;
        this.today = today;
        InvalidationListener changed = o -> {
            if (!loading) {
                update();
            }
        };
        for (Observable o : List.of(about, assetId, licenseId, kind, cost, recovered, currency, note,
                date.valueProperty(), date.unparsedProperty())) {
            o.addListener(changed);
        }
    }

    /** Shows {@code draft}; {@code asNew} when it is not stored yet. */
    public void load(EntryDraft draft, boolean asNew) {
        loading = true;
        try {
            id.set(draft.id());
            about.set(draft.about());
            assetId.set(draft.assetId());
            licenseId.set(draft.licenseId());
            kind.set(draft.kind());
            date.unparsedProperty().set(draft.date().unparsed());
            date.valueProperty().set(draft.date().value());
            cost.set(draft.cost());
            recovered.set(draft.recovered());
            currency.set(draft.currency());
            note.set(draft.note());
        } finally {
            loading = false;
        }
        loaded = draft;
        isNew.set(asNew);
        update();
    }

    public EntryDraft draft() {
        return new EntryDraft(id.get(), about.get(), assetId.get(), licenseId.get(), kind.get(),
                new TypedDate(date.valueProperty().get(), date.unparsedProperty().get()), cost.get(),
                recovered.get(), currency.get(), note.get());
    }

    public Optional<EntryDraft> loaded() {
        return Optional.ofNullable(loaded);
    }

    /** The entry the form describes; empty while it has errors. */
    public Optional<EnforcementEntry> entry() {
        return valid.get() ? Optional.of(EntryValidation.toEntry(draft())) : Optional.empty();
    }

    /** Checks again, e.g. when exchange rates or assets changed under the form. */
    void update() {
        EntryDraft now = draft();
        List<FormIssue> found = EntryValidation.check(now, data.get(), today.get());
        issues.setAll(found);
        valid.set(found.stream().noneMatch(FormIssue::isError));
        dirty.set(isNew.get() || !now.equals(loaded));
    }

    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    /** Whether the entry is about an asset or a license. */
    public ObjectProperty<Target.Kind> aboutProperty() {
        return about;
    }

    public ObjectProperty<String> assetIdProperty() {
        return assetId;
    }

    public ObjectProperty<String> licenseIdProperty() {
        return licenseId;
    }

    public ObjectProperty<EnforcementKind> kindProperty() {
        return kind;
    }

    public DateInput date() {
        return date;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public StringProperty recoveredProperty() {
        return recovered;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<FormIssue> issues() {
        return readOnlyIssues;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty newProperty() {
        return isNew.getReadOnlyProperty();
    }

    public boolean isNew() {
        return isNew.get();
    }
}
