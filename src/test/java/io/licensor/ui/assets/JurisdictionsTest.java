package io.licensor.ui.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class JurisdictionsTest {

    @Test
    void typedCodesAreShownWithTheirNames() {
        assertThat(Jurisdictions.names("us, EU ,de, XX, USA", Locale.ENGLISH))
                .isEqualTo("United States, European Union, Germany");
    }

    @Test
    void currencySuggestionsMatchTheCodeFirstThenTheName() {
        assertThat(Jurisdictions.currencies("eu", Locale.ENGLISH)).first().isEqualTo("EUR");
        assertThat(Jurisdictions.currencies("yen", Locale.ENGLISH)).contains("JPY");
        assertThat(Jurisdictions.currencies("USD", Locale.ENGLISH)).doesNotContain("USD");
        assertThat(Jurisdictions.currencies(" ", Locale.ENGLISH)).isEmpty();
    }
}
