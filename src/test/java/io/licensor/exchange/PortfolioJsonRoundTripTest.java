package io.licensor.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.AssetType;
import io.licensor.model.Portfolio;
import io.licensor.testing.Normalised;
import io.licensor.testing.PortfolioBuilder;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioJsonRoundTripTest {

    @Test
    void aPortfolioWithEveryFieldSetComesBackEqualAfterWritingAndReading() {
        Portfolio p = PortfolioBuilder.everyFieldSet();
        Portfolio back = PortfolioJson.parse(PortfolioJson.toJson(p), "test");
        assertThat(Normalised.of(back)).isEqualTo(Normalised.of(p));
    }

    @Test
    void writingTheSamePortfolioTwiceGivesTheSameTextWhateverTheOrderOfItsLists() {
        Portfolio p = PortfolioBuilder.everyFieldSet();
        Portfolio shuffled = new Portfolio(p.settings(), reversed(p.assets()), reversed(p.licenses()),
                reversed(p.receipts()), reversed(p.enforcement()), reversed(p.fxRates()));
        assertThat(PortfolioJson.toJson(shuffled)).isEqualTo(PortfolioJson.toJson(p));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    @Test
    void theBundledDemoPortfolioRoundTrips() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/io/licensor/service/demo-portfolio.json")) {
            Portfolio demo = PortfolioJson.read(in, "demo-portfolio.json");
            String written = PortfolioJson.toJson(demo);
            assertThat(Normalised.of(PortfolioJson.parse(written, "again"))).isEqualTo(Normalised.of(demo));
            assertThat(PortfolioJson.toJson(PortfolioJson.parse(written, "again"))).isEqualTo(written);
        }
    }

    @Test
    void moneyIsWrittenWithItsCurrencysMinorUnitsAndOtherNumbersPlain() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.PATENT).license("L1", "JPY", "A1")
                .license("L2", "BHD", "A1").receipt("R1", "L1", "2024-03-31", "1500")
                .royalty("R2", "L2", "2024-03-31", "1E+5", "12.5").fxRate("JPY", "2024-01-01", "0.006200").build();
        String json = PortfolioJson.toJson(p);
        assertThat(json).contains("\"gross\": \"1500\"", "\"gross\": \"12.500\"", "\"withholding\": \"0.000\"",
                "\"reportedSales\": \"100000\"", "\"rate\": \"0.0062\"", "\"rate\": \"0.1\"",
                "\"upfrontFee\": \"0.000\"");
    }
}
