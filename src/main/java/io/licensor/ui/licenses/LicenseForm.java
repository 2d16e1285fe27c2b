package io.licensor.ui.licenses;

import io.licensor.model.License;
import io.licensor.model.RoyaltyTerms;
import io.licensor.ui.assets.AssetDraft.DateText;
import io.licensor.ui.assets.DateInput;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.licenses.terms.PreviewModel;
import io.licensor.ui.licenses.terms.TermsDraft;
import io.licensor.ui.licenses.terms.TermsModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
 * The license editor's state: its own fields, the {@link TermsModel} of its royalty terms and the
 * {@link PreviewModel} of what they would earn, and what follows on every change: the problems
 * ({@link #issues()} here, {@code terms().issues()} for the terms), whether Save is allowed and whether anything
 * differs from what was loaded. No Node in sight.
 */
public final class LicenseForm {
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper("");
    private final StringProperty licensee = new SimpleStringProperty("");
    private final ObjectProperty<String> country = new SimpleObjectProperty<>();
    private final ObservableList<String> assetIds = FXCollections.observableArrayList();
    private final DateInput start = new DateInput();
    private final DateInput end = new DateInput();
    private final BooleanProperty exclusive = new SimpleBooleanProperty(false);
    private final StringProperty territory = new SimpleStringProperty("");
    private final StringProperty fieldOfUse = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper renewalOf = new ReadOnlyStringWrapper();
    private final TermsModel terms;
    private final PreviewModel preview;

    private final ObservableList<FormIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<FormIssue> readOnlyIssues = FXCollections.unmodifiableObservableList(issues);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(false);
    private String homeCountry;
    private LicenseDraft loaded;
    private boolean loading;

    public LicenseForm(Locale locale) {
        this.terms = new TermsModel(locale);
        this.preview = new PreviewModel(terms.numberText());
        preview.termsProperty().bind(terms.termsProperty());
        InvalidationListener changed = o -> {
            if (!loading) {
                update();
            }
        };
        for (Observable o : List.of(licensee, country, assetIds, exclusive, territory, fieldOfUse,
                start.valueProperty(), start.unparsedProperty(), end.valueProperty(), end.unparsedProperty(),
                terms.termsProperty(), terms.dirtyProperty())) {
            o.addListener(changed);
        }
        // contract years run from the license's start: the terms (and their preview) follow it
        start.valueProperty().addListener((obs, old, day) -> terms.startDateProperty().set(day == null
                ? LocalDate.now() : day));
    }

    /** The portfolio's home country, for the cross-border withholding warning. */
    public void setHomeCountry(String country) {
        this.homeCountry = country;
        update();
    }

    /** Shows a stored license, or a new one ({@code asNew}: not stored yet, always unsaved). */
    public void load(LicenseDraft draft, TermsDraft termsDraft, boolean asNew) {
        loading = true;
        try {
            id.set(draft.id());
            licensee.set(draft.licensee());
            country.set(draft.country());
            assetIds.setAll(draft.assetIds());
            start.valueProperty().set(draft.start().value());
            start.unparsedProperty().set(draft.start().unparsed());
            end.valueProperty().set(draft.end().value());
            end.unparsedProperty().set(draft.end().unparsed());
            exclusive.set(draft.exclusive());
            territory.set(draft.territory());
            fieldOfUse.set(draft.fieldOfUse());
            renewalOf.set(draft.renewalOf());
            terms.load(termsDraft);
        } finally {
            loading = false;
        }
        loaded = draft;
        isNew.set(asNew);
        update();
    }

    /** Shows a stored license. */
    public void load(License license, boolean asNew) {
        terms.startDateProperty().set(license.start());
        load(LicenseDraft.of(license), terms.draftOf(license.terms()), asNew);
    }

    /** The form's own fields as typed. */
    public LicenseDraft draft() {
        return new LicenseDraft(id.get(), licensee.get(), country.get(), assetIds,
                new DateText(start.valueProperty().get(), start.unparsedProperty().get()),
                new DateText(end.valueProperty().get(), end.unparsedProperty().get()),
                exclusive.get(), territory.get(), fieldOfUse.get(), renewalOf.get());
    }

    /** The license as typed; empty while anything is wrong. */
    public Optional<License> license() {
        RoyaltyTerms t = terms.termsProperty().get();
        return isValid() && t != null ? Optional.of(draft().toLicense(t)) : Optional.empty();
    }

    /** What was loaded; empty before the first load. */
    Optional<LicenseDraft> loaded() {
        return Optional.ofNullable(loaded);
    }

    /** Back to what was loaded, terms included. */
    void revert() {
        if (loaded != null) {
            load(loaded, terms.loaded().orElseThrow(), isNew.get());
        }
    }

    private void update() {
        LicenseDraft now = draft();
        RoyaltyTerms t = terms.termsProperty().get();
        List<FormIssue> found = LicenseValidation.check(now, t, homeCountry);
        issues.setAll(found);
        valid.set(t != null && found.stream().noneMatch(FormIssue::isError));
        dirty.set(isNew.get() || !now.equals(loaded) || terms.isDirty());
    }

    /** Ticks or unticks an asset; ticked assets keep the order they were ticked in. */
    public void setCovered(String assetId, boolean covered) {
        if (covered && !assetIds.contains(assetId)) {
            assetIds.add(assetId);
        } else if (!covered) {
            assetIds.remove(assetId);
        }
    }

    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    public StringProperty licenseeProperty() {
        return licensee;
    }

    /** ISO 3166 alpha-2 code, null for none. */
    public ObjectProperty<String> countryProperty() {
        return country;
    }

    /** Ids of the covered assets. */
    public ObservableList<String> assetIds() {
        return assetIds;
    }

    public DateInput start() {
        return start;
    }

    public DateInput end() {
        return end;
    }

    public BooleanProperty exclusiveProperty() {
        return exclusive;
    }

    public StringProperty territoryProperty() {
        return territory;
    }

    public StringProperty fieldOfUseProperty() {
        return fieldOfUse;
    }

    /** The id of the license this one renews (not edited here: Renew... sets it). */
    public ReadOnlyStringProperty renewalOfProperty() {
        return renewalOf.getReadOnlyProperty();
    }

    public TermsModel terms() {
        return terms;
    }

    public PreviewModel preview() {
        return preview;
    }

    /** Problems with the form's own fields (the terms' are in {@code terms().issues()}). */
    public ObservableList<FormIssue> issues() {
        return readOnlyIssues;
    }

    /** False while the form or the terms have an error: Save is disabled. */
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
