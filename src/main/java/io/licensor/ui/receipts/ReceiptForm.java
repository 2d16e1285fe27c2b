package io.licensor.ui.receipts;

import io.licensor.model.License;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import io.licensor.ui.assets.DateInput;
import io.licensor.ui.assets.Decimals;
import io.licensor.ui.assets.FormIssue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
 * The receipt editor's state: one property per field and what follows from them on every change: the issues found,
 * whether Save is allowed, whether anything differs from what was loaded, the currency and the wording that depend on
 * the chosen license, and the net amount. No Node in sight.
 */
public final class ReceiptForm {
    private final Function<String, Optional<License>> licenses;
    private final Supplier<LocalDate> today;
    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper("");
    private final ObjectProperty<String> licenseId = new SimpleObjectProperty<>();
    private final ObjectProperty<ReceiptKind> kind = new SimpleObjectProperty<>(ReceiptKind.ROYALTY);
    private final DateInput periodStart = new DateInput();
    private final DateInput periodEnd = new DateInput();
    private final DateInput receivedOn = new DateInput();
    private final StringProperty reported = new SimpleStringProperty("");
    private final StringProperty gross = new SimpleStringProperty("");
    private final StringProperty withholding = new SimpleStringProperty("");

    private final ObservableList<FormIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<FormIssue> readOnlyIssues = FXCollections.unmodifiableObservableList(issues);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reportedLabel = new ReadOnlyStringWrapper("Reported sales");
    private final ReadOnlyStringWrapper net = new ReadOnlyStringWrapper("");
    private ReceiptDraft loaded;
    private boolean loading;

    /** {@code licenses} finds a license by id; {@code today} is the as-of date for the "not ended yet" note. */
    public ReceiptForm(Function<String, Optional<License>> licenses, Supplier<LocalDate> today) {
        this.licenses = licenses;
        this.today = today;
        InvalidationListener changed = o -> {
            if (!loading) {
                update();
            }
        };
        for (Observable o : List.of(licenseId, kind, reported, gross, withholding)) {
            o.addListener(changed);
        }
        for (DateInput date : List.of(periodStart, periodEnd, receivedOn)) {
            date.valueProperty().addListener(changed);
            date.unparsedProperty().addListener(changed);
        }
    }

    /** Shows {@code draft}; {@code asNew} when it is not stored yet (always unsaved). */
    public void load(ReceiptDraft draft, boolean asNew) {
        loading = true;
        try {
            id.set(draft.id());
            licenseId.set(draft.licenseId());
            kind.set(draft.kind());
            set(periodStart, draft.periodStart());
            set(periodEnd, draft.periodEnd());
            set(receivedOn, draft.receivedOn());
            reported.set(draft.reported());
            gross.set(draft.gross());
            withholding.set(draft.withholding());
        } finally {
            loading = false;
        }
        loaded = draft;
        isNew.set(asNew);
        update();
    }

    private static void set(DateInput input, TypedDate date) {
        input.unparsedProperty().set(date.unparsed());
        input.valueProperty().set(date.value());
    }

    private static TypedDate get(DateInput input) {
        return new TypedDate(input.valueProperty().get(), input.unparsedProperty().get());
    }

    /** What the form shows now, as typed. */
    public ReceiptDraft draft() {
        return new ReceiptDraft(id.get(), licenseId.get(), kind.get(), get(periodStart), get(periodEnd),
                reported.get(), gross.get(), withholding.get(), get(receivedOn),
                loaded == null ? null : loaded.original());
    }

    /** The draft as loaded, before any edit. */
    public Optional<ReceiptDraft> loaded() {
        return Optional.ofNullable(loaded);
    }

    /** The chosen license, if it exists. */
    public Optional<License> license() {
        return licenseId.get() == null ? Optional.empty() : licenses.apply(licenseId.get());
    }

    /** The receipt the form describes; empty while it has errors. */
    public Optional<Receipt> receipt() {
        return valid.get() ? license().map(l -> ReceiptValidation.toReceipt(draft(), l)) : Optional.empty();
    }

    private void update() {
        ReceiptDraft now = draft();
        Optional<License> license = license();
        List<FormIssue> found = ReceiptValidation.check(now, license.orElse(null), today.get());
        issues.setAll(found);
        valid.set(found.stream().noneMatch(FormIssue::isError));
        dirty.set(isNew.get() || !now.equals(loaded));
        currency.set(license.map(l -> l.terms().currency().getCurrencyCode()).orElse(""));
        reportedLabel.set(ReceiptTexts.reportedLabel(license.map(l -> l.terms().basis())
                .orElse(RoyaltyBasis.NET_SALES)));
        net.set(netText(now, license));
    }

    private static String netText(ReceiptDraft d, Optional<License> license) {
        BigDecimal g = Decimals.parse(d.gross());
        BigDecimal w = d.withholding() == null || d.withholding().isBlank() ? BigDecimal.ZERO
                : Decimals.parse(d.withholding());
        if (g == null || w == null || license.isEmpty()) {
            return "";
        }
        return ReceiptTexts.money(g.subtract(w), license.get().terms().currency());
    }

    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    public ObjectProperty<String> licenseIdProperty() {
        return licenseId;
    }

    public ObjectProperty<ReceiptKind> kindProperty() {
        return kind;
    }

    public DateInput periodStart() {
        return periodStart;
    }

    public DateInput periodEnd() {
        return periodEnd;
    }

    public DateInput receivedOn() {
        return receivedOn;
    }

    public StringProperty reportedProperty() {
        return reported;
    }

    public StringProperty grossProperty() {
        return gross;
    }

    public StringProperty withholdingProperty() {
        return withholding;
    }

    /** Errors and warnings for what is typed now, in field order. */
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

    /** The chosen license's currency code, empty when none is chosen. */
    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    /** "Reported sales" or "Reported units", after the chosen license's basis. */
    public ReadOnlyStringProperty reportedLabelProperty() {
        return reportedLabel.getReadOnlyProperty();
    }

    /** Gross - withholding with the currency, empty while either cannot be read. */
    public ReadOnlyStringProperty netProperty() {
        return net.getReadOnlyProperty();
    }
}
