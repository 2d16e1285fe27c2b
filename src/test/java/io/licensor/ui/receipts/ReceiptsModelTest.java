package io.licensor.ui.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Money;
import io.licensor.model.Receipt;
import io.licensor.service.DemoPortfolio;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.Formats;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.testing.ScriptedDialogs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Receipts section's presentation model on the demo portfolio (real H2 in a temporary folder), no window. */
class ReceiptsModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir Path folder;
    private PortfolioService service;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final UndoStack undo = new UndoStack();
    private ReceiptsModel model;
    private ReceiptEditing editor;

    @BeforeEach
    void openDemo() {
        service = DemoPortfolio.install(folder);
        model = new ReceiptsModel(service, dialogs, undo, () -> TODAY, ReceiptsModel.Loader.immediate());
        model.reload();
        editor = model.editor();
    }

    @AfterEach
    void close() {
        service.close();
    }

    private static String usd(String amount) {
        return Formats.money(Money.of(amount, "USD"));
    }

    private String figure(String caption) {
        return model.totalsProperty().get().stream().filter(f -> f.caption().equals(caption)).findFirst()
                .orElseThrow().value();
    }

    @Test
    void acmesSecondQuarterOf2025StandsOutAsShortBy1750() {
        model.licenseFilterProperty().set("L1");

        assertThat(model.shownRows()).extracting(ReceiptRow::id).containsExactlyInAnyOrder("R1", "R2", "R3", "R4",
                "R5", "R6", "R7", "R8", "R9");
        List<ReceiptRow> shortRows = model.shownRows().stream().filter(ReceiptRow::isShort).toList();
        assertThat(shortRows).extracting(ReceiptRow::id).containsExactly("R7");
        assertThat(ReceiptTexts.check(shortRows.get(0).reconciled(), shortRows.get(0).currency()))
                .isEqualTo("Short " + usd("1750.00").replace(" USD", ""));
        assertThat(figure("Shortfall")).isEqualTo("Short " + usd("1750.00"));
        assertThat(figure("Expected")).isEqualTo(usd("97021.52"));
    }

    @Test
    void shortOnlyShowsTheUnderPaidPeriodsOfEveryLicense() {
        model.shortOnlyProperty().set(true);
        assertThat(model.shownRows()).extracting(ReceiptRow::id).containsExactly("R7");
        assertThat(model.countProperty().get()).isEqualTo("116 receipts, 1 shown");
        model.licenseFilterProperty().set("L5");
        assertThat(model.emptyMessage()).isEqualTo("No under-paid period for L5. Turn off \"Short only\" to see every "
                + "receipt.");
    }

    @Test
    void addingTheNextQuarterSuggestsItsDatesAndChangesTheTotals() {
        model.licenseFilterProperty().set("L1");
        editor.add();
        ReceiptForm form = editor.form();
        assertThat(form.idProperty().get()).isEqualTo("R117");
        assertThat(form.licenseIdProperty().get()).isEqualTo("L1");
        assertThat(form.periodStart().valueProperty().get()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(form.periodEnd().valueProperty().get()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(form.isValid()).as("no gross yet").isFalse();

        form.reportedProperty().set("100,000");
        form.grossProperty().set("18000");
        assertThat(form.netProperty().get()).isEqualTo(usd("18000"));
        assertThat(editor.save()).isTrue();

        assertThat(service.receipt("R117")).map(Receipt::reportedSales).hasValueSatisfying(
                s -> assertThat(s).isEqualByComparingTo("100000"));
        assertThat(figure("Expected")).isEqualTo(usd("115021.52")); // 18 % of 100,000 on top
        assertThat(figure("Received")).isEqualTo(usd("113271.52"));
        assertThat(model.shownRows()).extracting(ReceiptRow::id).contains("R117");
        assertThat(editor.reconciledProperty().get().expected()).isEqualByComparingTo("18000.00");
        assertThat(undo.nextDescriptionProperty().get()).isEqualTo("Undo add of R117");
    }

    @Test
    void payingTheShortfallAsAnEditTurnsThePeriodPaidAndUndoBringsTheShortBack() {
        editor.select("R7");
        editor.form().grossProperty().set("13153.26");
        assertThat(editor.save()).isTrue();
        assertThat(model.data().reconciliation().receipt("R7").orElseThrow().shortfall()).isEqualByComparingTo("0");
        assertThat(model.allRows().stream().filter(ReceiptRow::isShort)).isEmpty();

        undo.undo();
        assertThat(service.receipt("R7").orElseThrow().gross()).isEqualByComparingTo("11403.26");
        assertThat(model.allRows().stream().filter(ReceiptRow::isShort)).extracting(ReceiptRow::id)
                .containsExactly("R7");
        assertThat(editor.form().grossProperty().get()).isEqualTo("11403.26");
    }

    @Test
    void deletingAsksThenUndoPutsTheReceiptBackWhole() {
        Receipt before = service.receipt("R7").orElseThrow();
        editor.select("R7");
        dialogs.answer(true);
        assertThat(editor.delete()).isTrue();
        assertThat(service.receipt("R7")).isEmpty();
        assertThat(model.allRows()).extracting(ReceiptRow::id).doesNotContain("R7");
        assertThat(dialogs.shown()).containsExactly("Delete R7 (royalty Q2 2025, " + usd("11403.26") + ")?");

        assertThat(undo.undo()).isEqualTo("Undo delete of R7");
        assertThat(service.receipt("R7")).contains(before);
        assertThat(model.allRows()).extracting(ReceiptRow::id).contains("R7");
        assertThat(editor.currentProperty().get()).isEqualTo(before);
    }

    @Test
    void declinedDeleteChangesNothing() {
        editor.select("R7");
        dialogs.answer(false);
        assertThat(editor.delete()).isFalse();
        assertThat(service.receipt("R7")).isPresent();
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    @Test
    void decimalsBeyondTheCurrencysMinorUnitsAndABackwardPeriodBlockSave() {
        editor.select("R7");
        ReceiptForm form = editor.form();
        form.grossProperty().set("11403.265");
        assertThat(form.issues()).anyMatch(i -> i.field().equals("gross") && i.isError()
                && i.message().equals("USD amounts have at most 2 decimals."));
        form.grossProperty().set("11403.26");
        form.periodEnd().valueProperty().set(LocalDate.of(2025, 3, 31));
        assertThat(form.issues()).anyMatch(i -> i.field().equals("periodEnd") && i.isError()
                && i.message().equals("The period must end on or after its start (2025-04-01)."));
        assertThat(editor.save()).isFalse();
        assertThat(service.receipt("R7").orElseThrow().periodEnd()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void leavingUnsavedEditsAsksFirstAndKeepingThemStaysPut() {
        editor.select("R7");
        editor.form().grossProperty().set("1");
        dialogs.answer(io.licensor.ui.common.Dialogs.UnsavedChoice.CANCEL);
        assertThat(editor.select("R8")).isFalse();
        assertThat(editor.currentProperty().get().id()).isEqualTo("R7");
        dialogs.answer(io.licensor.ui.common.Dialogs.UnsavedChoice.DISCARD);
        assertThat(editor.select("R8")).isTrue();
        assertThat(service.receipt("R7").orElseThrow().gross()).isEqualByComparingTo(new BigDecimal("11403.26"));
    }

    @Test
    void anotherCurrencysTotalsAlsoShowTheReportingCurrencyValue() {
        model.licenseFilterProperty().set("L3");
        Figure received = model.totalsProperty().get().stream().filter(f -> f.caption().equals("Received"))
                .findFirst().orElseThrow();
        assertThat(received.value()).endsWith(" EUR");
        assertThat(received.secondary()).startsWith("\u2248 ").endsWith(" USD");
    }
}
