package io.licensor.ui.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.RoyaltyTerms;
import io.licensor.service.LicenseSummaries;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.common.Dialogs.UnsavedChoice;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.licenses.LicenseFilter.Show;
import io.licensor.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The licenses section's presentation model against a real portfolio (H2 in a temporary folder), without a window. */
class LicensesModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir Path folder;
    private PortfolioService service;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final UndoStack undo = new UndoStack();
    private LicensesModel model;
    private LicenseEditing editor;

    @BeforeEach
    void openPortfolio() {
        service = PortfolioService.open(folder);
        service.importPortfolio(new PortfolioBuilder()
                .asset(Asset.of("A1", "Churn predictor", AssetType.AI_MODEL))
                .asset(Asset.of("A2", "Invoice OCR library", AssetType.SOFTWARE))
                .license(license("L1", "Acme Analytics", "US", "2024-01-01", "2025-12-31", null, "A1"))
                .license(license("L2", "Acme Analytics", "US", "2026-01-01", "2027-12-31", "L1", "A1"))
                .license(license("L3", "Bergmann GmbH", "DE", "2024-04-01", "2026-12-31", null, "A2"))
                .license(license("L4", "Kestrel Apps", "IN", "2027-01-01", null, null, "A1", "A2"))
                .royalty("R1", "L1", "2024-03-31", "100000", "10000.00")
                .royalty("R2", "L1", "2024-06-30", "120000", "12000.00")
                .build());
        model = new LicensesModel(service, dialogs, undo, Locale.ENGLISH);
        model.todayProperty().set(TODAY);
        editor = model.editor();
    }

    private static License license(String id, String licensee, String country, String start, String end,
            String renewalOf, String... assets) {
        LocalDate from = LocalDate.parse(start);
        return new License(id, licensee, country, List.of(assets), from, end == null ? null : LocalDate.parse(end),
                false, "Worldwide", null, renewalOf, RoyaltyTerms.flat("USD", from, "0.10"));
    }

    @AfterEach
    void close() {
        service.close();
    }

    private List<String> shown() {
        return model.shownLicenses().stream().map(License::id).toList();
    }

    @ParameterizedTest(name = "{0} shows {1}")
    @CsvSource(textBlock = """
            ALL,         L1 L2 L3 L4
            IN_FORCE,    L2 L3
            ENDING,      L3
            EXPIRED,     L1
            NOT_STARTED, L4
            """)
    void theStatusFilterShowsLicensesByWhereTheyStandToday(Show show, String ids) {
        model.showProperty().set(show);

        assertThat(shown()).containsExactly(ids.split(" "));
    }

    @ParameterizedTest(name = "search \"{0}\" shows {1}")
    @CsvSource(textBlock = """
            acme,            L1 L2
            germany,         L3
            ocr,             L3 L4
            'acme predictor', L1 L2
            l4,              L4
            usd india,       L4
            """)
    void theSearchMatchesEveryWordAgainstLicenseeCountryAndAssets(String search, String ids) {
        model.searchProperty().set(search);

        assertThat(shown()).containsExactly(ids.split(" "));
        assertThat(model.countProperty().get()).endsWith(ids.split(" ").length + " shown");
    }

    @Test
    void licenseeAndAssetFiltersCombine() {
        model.licenseeFilterProperty().set("Acme Analytics");
        assertThat(shown()).containsExactly("L1", "L2");
        model.assetFilterProperty().set("A2");
        assertThat(shown()).isEmpty();
        assertThat(model.emptyMessage()).startsWith("No license matches");
        model.clearFilters();
        assertThat(shown()).hasSize(4);
        assertThat(model.countProperty().get()).isEqualTo("4 licenses (2 active)");
    }

    @Test
    void addingStoresANewLicenseWithItsTermsUnderTheNextId() {
        editor.add();
        LicenseForm form = editor.form();
        assertThat(form.idProperty().get()).isEqualTo("L5");
        assertThat(form.isValid()).as("no licensee, asset or rate yet").isFalse();

        form.licenseeProperty().set("Tidewater Labs");
        form.setCovered("A2", true);
        form.terms().tiers().get(0).rateProperty().set("7.5 %");
        form.terms().addTier();
        form.terms().tiers().get(1).rateProperty().set("10 %");
        assertThat(editor.save()).isTrue();

        License stored = service.license("L5").orElseThrow();
        assertThat(stored.licensee()).isEqualTo("Tidewater Labs");
        assertThat(stored.start()).isEqualTo(TODAY);
        assertThat(stored.assetIds()).containsExactly("A2");
        assertThat(stored.terms().tiers()).extracting(t -> t.rate().doubleValue()).containsExactly(0.075, 0.10);
        assertThat(stored.terms().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(editor.currentProperty().get().id()).isEqualTo("L5");
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void anEditIsSavedAndUndoPutsThePreviousVersionBack() {
        License before = service.license("L3").orElseThrow();
        editor.select("L3");
        editor.form().terms().tiers().get(0).rateProperty().set("12 %");
        editor.form().end().valueProperty().set(LocalDate.of(2027, 3, 31));
        assertThat(editor.save()).isTrue();
        assertThat(service.license("L3").orElseThrow().terms().tiers().get(0).rate()).isEqualByComparingTo("0.12");

        assertThat(undo.undo()).isEqualTo("Undo edit of L3");

        assertThat(service.license("L3")).contains(before);
        assertThat(editor.form().terms().tiers().get(0).rateProperty().get()).isEqualTo("10 %");
    }

    @Test
    void aLicenseEndingBeforeItStartsCannotBeSaved() {
        editor.select("L3");
        editor.form().end().valueProperty().set(LocalDate.of(2024, 1, 1));

        assertThat(editor.form().isValid()).isFalse();
        assertThat(editor.form().issues()).filteredOn(i -> i.isError()).extracting(i -> i.field())
                .containsExactly("end");
        assertThat(editor.save()).isFalse();
    }

    @Test
    void renewingCreatesTheSuccessorSelectsItAndUndoRemovesIt() {
        editor.select("L3");
        dialogs.answer(true);

        assertThat(editor.renew()).isTrue();

        assertThat(dialogs.shown()).containsExactly("Renew L3 as L5?");
        License successor = service.license("L5").orElseThrow();
        assertThat(successor.renewalOf()).isEqualTo("L3");
        assertThat(successor.start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(successor.end()).isEqualTo(LocalDate.of(2029, 9, 30));
        assertThat(successor.terms().tiers()).isEqualTo(service.license("L3").orElseThrow().terms().tiers());
        assertThat(editor.currentProperty().get()).isEqualTo(successor);
        assertThat(editor.form().renewalOfProperty().get()).isEqualTo("L3");
        assertThat(model.allLicenses()).extracting(License::id).contains("L5");

        undo.undo();
        assertThat(service.license("L5")).isEmpty();
    }

    @Test
    void aRenewedOrOpenEndedLicenseSaysWhyItCannotBeRenewed() {
        editor.select("L1");
        assertThat(editor.renewedBy()).containsExactly("L2");
        assertThat(editor.renewBlockedReason()).isEqualTo("L1 is already renewed by L2.");
        assertThat(editor.renew()).isFalse();

        editor.select("L4");
        assertThat(editor.renewBlockedReason()).isEqualTo("L4 has no end date: there is no term to renew.");
    }

    @Test
    void deletingAsksWithTheReceiptCountAndUndoBringsTheReceiptsBack() {
        Portfolio before = service.snapshot();
        editor.select("L1");
        dialogs.answer(true);

        assertThat(editor.delete()).isTrue();

        assertThat(dialogs.shown()).containsExactly("Delete L1 (Acme Analytics) and its 2 receipts?");
        assertThat(service.license("L1")).isEmpty();
        assertThat(service.receipts()).isEmpty();
        assertThat(service.license("L2").orElseThrow().renewalOf()).isNull();

        assertThat(undo.undo()).isEqualTo("Undo delete of L1");

        assertThat(service.snapshot()).isEqualTo(before);
        assertThat(editor.currentProperty().get().id()).isEqualTo("L1");
    }

    @Test
    void unsavedChangesAreAskedAboutBeforeAnotherLicenseIsShown() {
        editor.select("L3");
        editor.form().licenseeProperty().set("Bergmann Software GmbH");
        dialogs.answer(UnsavedChoice.CANCEL);

        assertThat(editor.select("L1")).isFalse();
        assertThat(editor.form().licenseeProperty().get()).isEqualTo("Bergmann Software GmbH");

        dialogs.answer(UnsavedChoice.SAVE);
        assertThat(editor.select("L1")).isTrue();
        assertThat(service.license("L3").orElseThrow().licensee()).isEqualTo("Bergmann Software GmbH");
    }

    @Test
    void escapeCancelRevertsTheTermsToo() {
        editor.select("L3");
        editor.form().terms().tiers().get(0).rateProperty().set("50 %");
        editor.form().licenseeProperty().set("Someone else");

        editor.cancel();

        assertThat(editor.form().isDirty()).isFalse();
        assertThat(editor.form().terms().tiers().get(0).rateProperty().get()).isEqualTo("10 %");
        assertThat(editor.form().licenseeProperty().get()).isEqualTo("Bergmann GmbH");
    }

    @Test
    void aForeignLicenseeWithoutWithholdingIsWarnedAboutButCanBeSaved() {
        editor.select("L3");

        assertThat(editor.form().issues()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("licenseeCountry");
            assertThat(i.isError()).isFalse();
        });
        editor.form().terms().withholdingProperty().set("15 %");
        assertThat(editor.form().issues()).isEmpty();
    }

    @Test
    void thePreviewStartsFromTheLicensesReportedSalesOfAYear() {
        model.setSummaries(LicenseSummaries.of(service.snapshot(), TODAY));
        editor.select("L1");

        assertThat(editor.form().preview().salesProperty().get()).isEqualTo("220000");
        assertThat(editor.form().preview().sentenceProperty().get()).startsWith("This would earn 22,000.00 USD on "
                + "220,000.00 USD of sales");

        editor.select("L3");
        assertThat(editor.form().preview().salesProperty().get()).isEqualTo("100000");
    }

    @Test
    void duplicatingCopiesEverythingButTheIdAndTheRenewalLink() {
        editor.select("L2");
        editor.duplicate();

        LicenseForm form = editor.form();
        assertThat(form.isNew()).isTrue();
        assertThat(form.idProperty().get()).isEqualTo("L5");
        assertThat(form.renewalOfProperty().get()).isNull();
        assertThat(form.licenseeProperty().get()).isEqualTo("Acme Analytics");
        assertThat(editor.save()).isTrue();
        assertThat(service.license("L5").orElseThrow().terms()).isEqualTo(service.license("L2").orElseThrow()
                .terms());
    }
}
