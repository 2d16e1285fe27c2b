package io.licensor.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.AssetType;
import io.licensor.model.FxRate;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.testing.ScriptedDialogs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exchange-rate table's model against a real portfolio: validation, add, change, delete and undo. */
class FxRatesModelTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    @TempDir Path folder;
    private PortfolioService service;
    private final UndoStack undo = new UndoStack();
    private FxRatesModel rates;

    @BeforeEach
    void open() {
        service = PortfolioService.open(folder);
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "EUR", "A1")
                .license("L2", "GBP", "A1").fxRate("EUR", "2024-01-01", "1.09").fxRate("EUR", "2025-01-01", "1.08")
                .build());
        rates = new FxRatesModel(service, new ScriptedDialogs(), undo, () -> Currency.getInstance("USD"),
                Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        service.close();
    }

    private void type(String currency, String date, String rate) {
        rates.currencyProperty().set(currency == null ? null : Currency.getInstance(currency));
        rates.date().valueProperty().set(date == null ? null : LocalDate.parse(date));
        rates.rateProperty().set(rate);
    }

    private List<String> messages() {
        return rates.issues().stream().map(FormIssue::message).toList();
    }

    @Test
    void ratesAreListedByCurrencyNewestFirst() {
        assertThat(rates.rates()).extracting(FxRate::date)
                .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1));
        assertThat(rates.reading(rates.rates().get(0))).isEqualTo("1 EUR = 1.08 USD");
    }

    @Test
    void addingARateStoresItAndUndoRemovesIt() {
        rates.startNew();
        type("EUR", "2026-01-01", "1.15");

        assertThat(rates.save()).isTrue();
        assertThat(service.fxRates()).contains(new FxRate(EUR, LocalDate.of(2026, 1, 1), new BigDecimal("1.15")));
        assertThat(rates.selectedProperty().get().date()).isEqualTo(LocalDate.of(2026, 1, 1));

        assertThat(undo.undo()).isEqualTo("Undo add of EUR rate of 2026-01-01");
        assertThat(service.fxRates()).hasSize(2);
        assertThat(rates.rates()).hasSize(2);
    }

    @Test
    void changingTheDateOfARateMovesItAndUndoMovesItBack() {
        FxRate old = rates.rates().get(0);
        rates.select(old);
        rates.date().valueProperty().set(LocalDate.of(2025, 2, 1));
        rates.rateProperty().set("1.1");

        assertThat(rates.save()).isTrue();
        assertThat(service.fxRates()).extracting(FxRate::date)
                .containsExactlyInAnyOrder(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 2, 1));

        undo.undo();
        assertThat(service.fxRates()).containsExactlyInAnyOrder(old, rates.rates().get(1));
    }

    @Test
    void deletingARateIsUndoable() {
        FxRate gone = rates.rates().get(1);
        rates.select(gone);

        assertThat(rates.delete()).isTrue();
        assertThat(service.fxRates()).doesNotContain(gone);

        assertThat(undo.undo()).isEqualTo("Undo delete of the EUR rate of 2024-01-01");
        assertThat(service.fxRates()).contains(gone);
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            EUR | 2026-01-01 | 0      | The rate must be greater than 0.
            EUR | 2026-01-01 | -1.2   | The rate must be greater than 0.
            EUR | 2026-01-01 | abc    | "abc" is not a number; type it like 1.08.
            EUR | 2025-01-01 | 1.2    | There is already a EUR rate for 2025-01-01. Pick it in the table to change it.
            USD | 2026-01-01 | 1      | USD is the reporting currency: its rate is always 1. Choose another currency.
            """)
    void aRateIsRefusedWithASentenceWhenItCannotBeStored(String currency, String date, String rate, String message) {
        rates.startNew();
        type(currency, date, rate);

        assertThat(messages()).containsExactly(message);
        assertThat(rates.validProperty().get()).isFalse();
        assertThat(rates.save()).isFalse();
    }

    @Test
    void anEmptyNewRateIsNotSavedButNotShoutedAtEither() {
        rates.startNew();
        type("GBP", "2026-01-01", "");

        assertThat(rates.issues()).isEmpty();
        assertThat(rates.validProperty().get()).isFalse();
    }

    @Test
    void aRateKeepsItsOwnDateWhenChangedInPlace() {
        rates.select(rates.rates().get(0));
        rates.rateProperty().set("1.10");

        assertThat(rates.issues()).isEmpty();
        assertThat(rates.save()).isTrue();
    }

    @Test
    void eachCurrencyInUseSaysItsLatestRateOrThatItHasNone() {
        assertThat(rates.coverage()).containsExactly("EUR (1 license): 1 EUR = 1.08 USD since 2025-01-01.",
                "GBP (1 license): no rate yet. Amounts in GBP are left out of totals until you add one.");
    }
}
