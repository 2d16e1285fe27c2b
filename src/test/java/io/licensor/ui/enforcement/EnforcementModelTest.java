package io.licensor.ui.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.EnforcementEntry;
import io.licensor.service.DemoPortfolio;
import io.licensor.service.EnforcementSummary.AssetRow;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Enforcement section's presentation model on the demo portfolio (real H2 in a temporary folder). */
class EnforcementModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir Path folder;
    private PortfolioService service;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final UndoStack undo = new UndoStack();
    private EnforcementModel model;
    private EnforcementEditing editor;

    @BeforeEach
    void openDemo() {
        service = DemoPortfolio.install(folder);
        model = new EnforcementModel(service, dialogs, undo, () -> TODAY, EnforcementModel.Loader.immediate());
        model.reload();
        editor = model.editor();
    }

    @AfterEach
    void close() {
        service.close();
    }

    private AssetRow totals(String asset) {
        return model.totals().stream().filter(r -> r.assetId().equals(asset)).findFirst().orElseThrow();
    }

    @Test
    void theDemosTotalsListTheAssetsWithEntriesAndFlagTheTextures() {
        assertThat(model.totals()).extracting(AssetRow::assetId).containsExactly("A1", "A2", "A3", "A4", "A9");
        assertThat(totals("A9").exceedsIncome()).isTrue();
        assertThat(totals("A4").recovered()).isEqualByComparingTo("3500.00");
        assertThat(model.portfolioLineProperty().get()).startsWith("Whole portfolio, last 12 months: net cost ");
    }

    @Test
    void addingACostToAnAssetRaisesItsTotalAndUndoTakesItBack() {
        model.filterProperty().set(Target.asset("A3"));
        editor.add();
        EntryForm form = editor.form();
        assertThat(form.idProperty().get()).isEqualTo("E7");
        assertThat(form.assetIdProperty().get()).isEqualTo("A3");
        assertThat(form.currencyProperty().get()).isEqualTo("USD");
        assertThat(form.date().valueProperty().get()).isEqualTo(TODAY);
        form.costProperty().set("100");
        form.noteProperty().set("Monitoring, Q4 2026");
        assertThat(editor.save()).isTrue();

        assertThat(totals("A3").net()).isEqualByComparingTo("600.00");
        assertThat(totals("A3").netLastTwelveMonths()).isEqualByComparingTo("360.00");
        assertThat(model.shownRows()).extracting(EntryRow::id).contains("E7");

        undo.undo();
        assertThat(service.enforcementEntry("E7")).isEmpty();
        assertThat(totals("A3").net()).isEqualByComparingTo("500.00");
    }

    @Test
    void aCostOfALicenseIsSplitOverItsAssets() {
        editor.add();
        EntryForm form = editor.form();
        form.aboutProperty().set(Target.Kind.LICENSE);
        form.licenseIdProperty().set("L6"); // Brightside Studio: A3 and A10
        form.costProperty().set("100.01");
        assertThat(editor.save()).isTrue();

        assertThat(totals("A3").net()).isEqualByComparingTo("550.01");
        assertThat(totals("A10").net()).isEqualByComparingTo("50.00");
        assertThat(service.enforcementEntry("E7").orElseThrow().licenseId()).isEqualTo("L6");
    }

    @Test
    void anAssetShowsTheEntriesOfTheLicensesCoveringIt() {
        model.filterProperty().set(Target.asset("A1"));
        assertThat(model.shownRows()).extracting(EntryRow::id).containsExactly("E4");
        model.filterProperty().set(Target.license("L3"));
        assertThat(model.shownRows()).extracting(EntryRow::id).containsExactly("E6");
        assertThat(model.countProperty().get()).isEqualTo("6 entries, 1 shown");
    }

    @Test
    void deletingAsksThenUndoPutsTheEntryBack() {
        EnforcementEntry before = service.enforcementEntry("E5").orElseThrow();
        editor.select("E5");
        dialogs.answer(true);
        assertThat(editor.delete()).isTrue();
        assertThat(model.totals()).extracting(AssetRow::assetId).doesNotContain("A9");

        undo.undo();
        assertThat(service.enforcementEntry("E5")).contains(before);
        assertThat(totals("A9").net()).isEqualByComparingTo("900.00");
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            cost      | -5      | USD | A cost cannot be negative; record money that came back under Recovered.
            cost      | 10.5    | JPY | JPY amounts have no decimals.
            cost      | 1.2345  | BHD | BHD amounts have at most 3 decimals.
            currency  | 100     | XYZ | "XYZ" is not an ISO currency code (like USD, EUR, JPY).
            recovered | lots    | USD | Type an amount, such as 1200 or 1,200.50.
            """)
    void amountsAndCurrenciesAreCheckedAsYouType(String field, String amount, String currency, String message) {
        editor.select("E5");
        EntryForm form = editor.form();
        form.currencyProperty().set(currency);
        (field.equals("recovered") ? form.recoveredProperty() : form.costProperty()).set(amount);
        assertThat(form.issues()).anyMatch(i -> i.field().equals(field) && i.isError()
                && i.message().equals(message));
        assertThat(editor.save()).isFalse();
    }

    @Test
    void aCurrencyWithoutARateIsSavedWithAWarningThatItIsLeftOut() {
        editor.select("E5");
        editor.form().currencyProperty().set("GBP");
        assertThat(editor.form().issues()).anyMatch(i -> i.field().equals("currency") && !i.isError()
                && i.message().equals("No GBP rate on or before 2026-02-10: the entry is left out of the USD totals"
                        + " until one is added."));
        assertThat(editor.save()).isTrue();
        assertThat(model.totals()).extracting(AssetRow::assetId).doesNotContain("A9");
    }
}
