package io.licensor.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.Test;

/** The totals table's live rows: a cell hears of a new figure only when its own figure changed. */
class TotalsTableTest {
    private static final Currency USD = Currency.getInstance("USD");

    private static TotalsTable.Row row(String terms, String royalty, String npv) {
        return new TotalsTable.Row(new TotalsTable.Name(1, "Tiers", terms), Money.of(new BigDecimal(royalty), USD),
                Money.of(new BigDecimal("1000.00"), USD), Money.of(new BigDecimal(npv), USD), new BigDecimal("0.1"));
    }

    @Test
    void aPartIsInvalidatedOnlyWhenItsOwnFigureChanges() {
        TotalsTable.LiveRow live = new TotalsTable.LiveRow(row("10 %", "500.00", "400.00"));
        ObservableValue<Money> royalty = live.royalty();
        ObservableValue<Money> npv = live.npv();
        ObservableValue<TotalsTable.Name> name = live.name();
        List<String> heard = new ArrayList<>();
        royalty.addListener(o -> heard.add("royalty"));
        npv.addListener(o -> heard.add("npv"));
        name.addListener(o -> heard.add("name"));

        live.set(row("10 %", "500.00", "412.50")); // a new but equal royalty amount, a new NPV
        assertThat(heard).containsExactly("npv");
        assertThat(npv.getValue().amount()).isEqualByComparingTo("412.50");
        assertThat(live.get().npv().amount()).isEqualByComparingTo("412.50");

        live.set(row("12 %", "600.00", "412.50"));
        assertThat(heard).containsExactly("npv", "name", "royalty");
        assertThat(name.getValue().terms()).isEqualTo("12 %");
    }
}
