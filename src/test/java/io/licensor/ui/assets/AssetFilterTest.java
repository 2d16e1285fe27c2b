package io.licensor.ui.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.Component;
import io.licensor.model.Owner;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssetFilterTest {

    private static final List<Asset> ASSETS = List.of(
            new Asset("A1", "Churn predictor", AssetType.AI_MODEL, "Predicts customer churn", List.of("US"), null,
                    null, null, List.of(new Owner("Jane Doe", BigDecimal.ONE)), List.of(),
                    List.of(new Component("somelib", "GPL-3.0-only")), false, null, List.of("ml")),
            new Asset("A2", "Invoice OCR", AssetType.SOFTWARE, null, List.of("DE"), "DE-123", null, null,
                    List.of(new Owner("Jane Doe", new BigDecimal("0.5")), new Owner("Acme GmbH",
                            new BigDecimal("0.5"))), List.of(), List.of(), false, null, List.of("b2b", "ml")),
            Asset.of("A10", "Logo", AssetType.TRADEMARK));
    private static final Map<String, List<AssetFlag>> FLAGS =
            Map.of("A1", List.of(new AssetFlag("COPYLEFT_COMPONENT", "Copyleft", "...")), "A2", List.of());

    private static String shown(AssetFilter filter) {
        return String.join(",", ASSETS.stream().filter(a -> filter.test(a, FLAGS)).map(Asset::id).toList());
    }

    @ParameterizedTest(name = "search \"{0}\" shows {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''              | A1,A2,A10
            churn           | A1
            CHURN           | A1
            a10             | A10
            gpl             | A1
            acme            | A2
            de-123          | A2
            'jane ocr'      | A2
            'jane logo'     | ''
            trademark       | A10
            ml              | A1,A2
            """)
    void theSearchMatchesEveryWordAnywhereInTheAsset(String search, String expected) {
        assertThat(shown(new AssetFilter(search, null, null, null, false))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "type {0}, owner {1}, tag {2}, flagged {3} shows {4}")
    @CsvSource(delimiter = '|', textBlock = """
            SOFTWARE |           |     | false | A2
                     | Jane Doe  |     | false | A1,A2
                     | Acme GmbH |     | false | A2
                     |           | ml  | false | A1,A2
                     |           | b2b | false | A2
                     |           |     | true  | A1
            AI_MODEL | Acme GmbH |     | false | ''
            """)
    void filtersCombineWithEachOther(AssetType type, String owner, String tag, boolean flagged, String expected) {
        assertThat(shown(new AssetFilter("", type, owner, tag, flagged))).isEqualTo(expected);
    }
}
