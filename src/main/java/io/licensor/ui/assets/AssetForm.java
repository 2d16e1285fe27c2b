package io.licensor.ui.assets;

import io.licensor.model.AssetType;
import io.licensor.model.ValuationMethod;
import io.licensor.ui.assets.AssetDraft.ComponentDraft;
import io.licensor.ui.assets.AssetDraft.DateText;
import io.licensor.ui.assets.AssetDraft.OwnerDraft;
import io.licensor.ui.assets.AssetDraft.ValuationDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The asset editor's state: one property per field, the owners/valuations/components lines, and what follows from
 * them on every change: the problems found ({@link #issues()}), whether Save is allowed ({@link #validProperty()}),
 * and whether anything differs from what was loaded ({@link #dirtyProperty()}). No Node in sight.
 */
public final class AssetForm {
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<AssetType> type = new SimpleObjectProperty<>(AssetType.OTHER);
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty jurisdictions = new SimpleStringProperty("");
    private final StringProperty registrationNumber = new SimpleStringProperty("");
    private final DateInput createdOn = new DateInput();
    private final DateInput expiresOn = new DateInput();
    private final ObservableList<OwnerRow> owners = FXCollections.observableArrayList(OwnerRow::observables);
    private final ObservableList<ValuationRow> valuations =
            FXCollections.observableArrayList(ValuationRow::observables);
    private final ObservableList<ComponentRow> components =
            FXCollections.observableArrayList(ComponentRow::observables);
    private final BooleanProperty aiGenerated = new SimpleBooleanProperty(false);
    private final StringProperty provenance = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");

    private final ObservableList<FormIssue> issues = FXCollections.observableArrayList();
    // one wrapper for good: listeners on a throw-away unmodifiable view vanish when it is garbage collected
    private final ObservableList<FormIssue> readOnlyIssues = FXCollections.unmodifiableObservableList(issues);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(false);
    private AssetDraft loaded;
    private boolean loading;

    public AssetForm() {
        InvalidationListener changed = o -> {
            if (!loading) {
                update();
            }
        };
        for (Observable o : List.of(title, type, description, jurisdictions, registrationNumber, owners, valuations,
                components, aiGenerated, provenance, tags)) {
            o.addListener(changed);
        }
        for (Observable o : createdOn.observables()) {
            o.addListener(changed);
        }
        for (Observable o : expiresOn.observables()) {
            o.addListener(changed);
        }
    }

    /** Shows {@code draft}; {@code asNew} when it is not stored yet (a new or duplicated asset: always unsaved). */
    public void load(AssetDraft draft, boolean asNew) {
        loading = true;
        try {
            id.set(draft.id());
            title.set(draft.title());
            type.set(draft.type());
            description.set(draft.description());
            jurisdictions.set(draft.jurisdictions());
            registrationNumber.set(draft.registrationNumber());
            createdOn.set(draft.createdOn());
            expiresOn.set(draft.expiresOn());
            owners.setAll(draft.owners().stream().map(OwnerRow::new).toList());
            valuations.setAll(draft.valuations().stream().map(ValuationRow::new).toList());
            components.setAll(draft.components().stream().map(ComponentRow::new).toList());
            aiGenerated.set(draft.aiGenerated());
            provenance.set(draft.provenance());
            tags.set(draft.tags());
        } finally {
            loading = false;
        }
        loaded = draft;
        isNew.set(asNew);
        update();
    }

    /** What the form shows now, as typed. */
    public AssetDraft draft() {
        return new AssetDraft(id.get(), title.get(), type.get(), description.get(), jurisdictions.get(),
                registrationNumber.get(), createdOn.get(), expiresOn.get(),
                owners.stream().map(OwnerRow::draft).toList(), valuations.stream().map(ValuationRow::draft).toList(),
                components.stream().map(ComponentRow::draft).toList(), aiGenerated.get(), provenance.get(),
                tags.get());
    }

    /** The draft as loaded, before any edit; empty before the first load. */
    public Optional<AssetDraft> loaded() {
        return Optional.ofNullable(loaded);
    }

    private void update() {
        AssetDraft now = draft();
        List<FormIssue> found = AssetValidation.check(now);
        issues.setAll(found);
        valid.set(found.stream().noneMatch(FormIssue::isError));
        dirty.set(isNew.get() || !now.equals(loaded));
    }

    public void addOwner() {
        // A first owner gets the whole asset: the common case for a freelancer, and the sum is right at once.
        owners.add(new OwnerRow(new OwnerDraft("", owners.isEmpty() ? "100" : "")));
    }

    public void addValuation(String currencyCode) {
        valuations.add(new ValuationRow(new ValuationDraft(DateText.of(LocalDate.now()), "", currencyCode,
                ValuationMethod.RELIEF_FROM_ROYALTY)));
    }

    public void addComponent() {
        components.add(new ComponentRow(new ComponentDraft("", "")));
    }

    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<AssetType> typeProperty() {
        return type;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty jurisdictionsProperty() {
        return jurisdictions;
    }

    public StringProperty registrationNumberProperty() {
        return registrationNumber;
    }

    public DateInput createdOn() {
        return createdOn;
    }

    public DateInput expiresOn() {
        return expiresOn;
    }

    public ObservableList<OwnerRow> owners() {
        return owners;
    }

    public ObservableList<ValuationRow> valuations() {
        return valuations;
    }

    public ObservableList<ComponentRow> components() {
        return components;
    }

    public BooleanProperty aiGeneratedProperty() {
        return aiGenerated;
    }

    public StringProperty provenanceProperty() {
        return provenance;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    /** Errors and warnings for what is typed now, in field order. */
    public ObservableList<FormIssue> issues() {
        return readOnlyIssues;
    }

    /** False while any error is shown: Save is disabled. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** True when the form differs from what was loaded, or holds an asset not stored yet. */
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
