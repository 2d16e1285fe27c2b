package io.licensor.ui.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.ValuationMethod;
import io.licensor.ui.assets.AssetDraft.ComponentDraft;
import io.licensor.ui.assets.AssetDraft.DateText;
import io.licensor.ui.assets.AssetDraft.OwnerDraft;
import io.licensor.ui.assets.AssetDraft.ValuationDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssetValidationTest {

    private static AssetDraft valid() {
        return new AssetDraft("A1", "Churn predictor", AssetType.AI_MODEL, "", "US, EU", "",
                DateText.of(LocalDate.of(2023, 2, 1)), DateText.of(null),
                List.of(new OwnerDraft("Jane Doe", "100")),
                List.of(new ValuationDraft(DateText.of(LocalDate.of(2025, 1, 1)), "120000", "USD",
                        ValuationMethod.RELIEF_FROM_ROYALTY)),
                List.of(new ComponentDraft("somelib", "MIT")), false, "", "ml");
    }

    private static List<FormIssue> errors(AssetDraft draft) {
        return AssetValidation.check(draft).stream().filter(FormIssue::isError).toList();
    }

    private static AssetDraft withOwners(String... nameAndShare) {
        AssetDraft d = valid();
        List<OwnerDraft> owners = Arrays.stream(nameAndShare).map(s -> s.split("=", -1))
                .map(p -> new OwnerDraft(p[0], p[1])).toList();
        return new AssetDraft(d.id(), d.title(), d.type(), d.description(), d.jurisdictions(),
                d.registrationNumber(), d.createdOn(), d.expiresOn(), owners, d.valuations(), d.components(),
                d.aiGenerated(), d.provenance(), d.tags());
    }

    @Test
    void aCompleteAssetHasNoProblemAtAll() {
        assertThat(AssetValidation.check(valid())).isEmpty();
    }

    @Test
    void aBlankTitleIsAnErrorOnTheTitleField() {
        AssetDraft d = valid();
        AssetDraft blank = new AssetDraft(d.id(), "   ", d.type(), d.description(), d.jurisdictions(),
                d.registrationNumber(), d.createdOn(), d.expiresOn(), d.owners(), d.valuations(), d.components(),
                d.aiGenerated(), d.provenance(), d.tags());
        assertThat(errors(blank)).extracting(FormIssue::field).containsExactly("title");
    }

    @ParameterizedTest(name = "owners {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Jane=100                 | ''
            Jane=60;Bob=40           | ''
            Jane=33.33;Bob=33.33;Al=33.34 | ''
            Jane=33.333;Bob=33.333;Al=33.333 | ''
            Jane=33.3;Bob=33.3;Al=33.3 | owners
            Jane=60;Bob=30           | owners
            Jane=60;Bob=50           | owners
            Jane=0;Bob=100           | owners[0].share
            Jane=-10;Bob=110         | owners[0].share,owners[1].share
            Jane=abc;Bob=100         | owners[0].share
            =100                     | owners[0].name
            Jane=50;jane=50          | owners[1].name
            Jane=50 %;Bob=50%        | ''
            """)
    void ownersSharesMustAddUpToAHundredPercent(String owners, String expectedFields) {
        List<String> fields = errors(withOwners(owners.split(";"))).stream().map(FormIssue::field).toList();
        assertThat(String.join(",", fields)).isEqualTo(expectedFields);
    }

    @Test
    void theShareSumSentenceSaysWhatTheSharesAddUpTo() {
        assertThat(errors(withOwners("Jane=60", "Bob=30")))
                .extracting(FormIssue::message)
                .containsExactly("The owners' shares add up to 90 %; they must add up to 100 %.");
    }

    @Test
    void noOwnersIsOnlyAWarningBecauseTheFlagCoversIt() {
        List<FormIssue> issues = AssetValidation.check(withOwners());
        assertThat(issues).extracting(FormIssue::field, FormIssue::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("owners", FormIssue.Severity.WARNING));
    }

    @ParameterizedTest(name = "created {0}, expires {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-02-01 | 2043-02-01 | ''
            2023-02-01 |            | ''
                       | 2043-02-01 | ''
            2023-02-01 | 2023-02-01 | expiresOn
            2023-02-01 | 2022-12-31 | expiresOn
            """)
    void anAssetMustBeCreatedBeforeItExpires(String created, String expires, String expectedFields) {
        AssetDraft d = valid();
        AssetDraft dated = new AssetDraft(d.id(), d.title(), d.type(), d.description(), d.jurisdictions(),
                d.registrationNumber(), DateText.of(created == null ? null : LocalDate.parse(created)),
                DateText.of(expires == null ? null : LocalDate.parse(expires)), d.owners(), d.valuations(),
                d.components(), d.aiGenerated(), d.provenance(), d.tags());
        assertThat(String.join(",", errors(dated).stream().map(FormIssue::field).toList()))
                .isEqualTo(expectedFields);
    }

    @Test
    void typedTextThatIsNotADateIsAnErrorNamingWhatWasTyped() {
        AssetDraft d = valid();
        AssetDraft typo = new AssetDraft(d.id(), d.title(), d.type(), d.description(), d.jurisdictions(),
                d.registrationNumber(), new DateText(null, "2024-02-30"), d.expiresOn(), d.owners(),
                d.valuations(), d.components(), d.aiGenerated(), d.provenance(), d.tags());
        assertThat(errors(typo)).singleElement().satisfies(issue -> {
            assertThat(issue.field()).isEqualTo("createdOn");
            assertThat(issue.message()).contains("\"2024-02-30\" is not a date").contains("YYYY-MM-DD");
        });
    }

    @ParameterizedTest(name = "valuation {0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            120000    | USD | ''
            1250.50   | eur | ''
            1,250.50  | USD | ''
            -5        | USD | valuations[0].amount
            12x       | USD | valuations[0].amount
            ''        | USD | valuations[0].amount
            100       | USX | valuations[0].currency
            100       | US  | valuations[0].currency
            """)
    void valuationsNeedANonNegativeAmountAndACurrencyCode(String amount, String currency, String expected) {
        AssetDraft d = valid();
        AssetDraft v = new AssetDraft(d.id(), d.title(), d.type(), d.description(), d.jurisdictions(),
                d.registrationNumber(), d.createdOn(), d.expiresOn(), d.owners(),
                List.of(new ValuationDraft(DateText.of(LocalDate.of(2025, 1, 1)), amount, currency,
                        ValuationMethod.MARKET)), d.components(), d.aiGenerated(), d.provenance(), d.tags());
        assertThat(String.join(",", errors(v).stream().map(FormIssue::field).toList())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "license {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MIT                                   | none
            Apache-2.0 OR MIT                     | none
            GPL-2.0-only WITH Classpath-exception-2.0 | copyleft
            LicenseRef-acme-eula                  | none
            ''                                    | none
            GPL-3.0-only                          | copyleft
            AGPL-3.0-or-later                     | copyleft
            SSPL-1.0                              | copyleft
            GPL-3.0                               | copyleft
            LGPL-3.0-only                         | none
            mit                                   | unknown
            GPL3                                  | unknown
            """)
    void componentLicensesAreCheckedAgainstSpdx(String license, String expected) {
        AssetDraft d = valid();
        AssetDraft c = new AssetDraft(d.id(), d.title(), d.type(), d.description(), d.jurisdictions(),
                d.registrationNumber(), d.createdOn(), d.expiresOn(), d.owners(), d.valuations(),
                List.of(new ComponentDraft("lib", license)), d.aiGenerated(), d.provenance(), d.tags());
        List<FormIssue> issues = AssetValidation.check(c);
        assertThat(issues).noneMatch(FormIssue::isError);
        String seen = issues.isEmpty() ? "none"
                : issues.get(0).message().contains("strong copyleft") ? "copyleft" : "unknown";
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void aWrongCaseSpdxIdGetsTheOfficialSpellingSuggested() {
        AssetDraft d = valid();
        AssetDraft c = new AssetDraft(d.id(), d.title(), d.type(), d.description(), d.jurisdictions(),
                d.registrationNumber(), d.createdOn(), d.expiresOn(), d.owners(), d.valuations(),
                List.of(new ComponentDraft("lib", "apache-2.0")), d.aiGenerated(), d.provenance(), d.tags());
        assertThat(AssetValidation.check(c)).singleElement()
                .extracting(FormIssue::message).asString().contains("did you mean Apache-2.0?");
    }

    @Test
    void aiOutputWithoutProvenanceIsWarnedNotRefused() {
        AssetDraft d = valid();
        AssetDraft ai = new AssetDraft(d.id(), d.title(), d.type(), d.description(), d.jurisdictions(),
                d.registrationNumber(), d.createdOn(), d.expiresOn(), d.owners(), d.valuations(), d.components(),
                true, " ", d.tags());
        assertThat(AssetValidation.check(ai)).extracting(FormIssue::field, FormIssue::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("provenance", FormIssue.Severity.WARNING));
    }

    @ParameterizedTest(name = "jurisdictions \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'US, EU'      | none
            'us,de , ep'  | none
            'XX'          | WARNING
            'USA'         | ERROR
            """)
    void jurisdictionsAreTwoLetterCodes(String text, String expected) {
        AssetDraft d = valid();
        AssetDraft j = new AssetDraft(d.id(), d.title(), d.type(), d.description(), text,
                d.registrationNumber(), d.createdOn(), d.expiresOn(), d.owners(), d.valuations(), d.components(),
                d.aiGenerated(), d.provenance(), d.tags());
        List<FormIssue> issues = AssetValidation.check(j);
        assertThat(issues.isEmpty() ? "none" : issues.get(0).severity().name()).isEqualTo(expected);
    }

    @Test
    void aDraftOfAStoredAssetGivesBackTheSameAsset() {
        Asset asset = valid().toAsset();
        assertThat(AssetDraft.of(asset).toAsset()).isEqualTo(asset);
    }

    @Test
    void sharesTypedAsPercentagesAreStoredAsExactFractions() {
        Asset asset = withOwners("Jane=62.5", "Bob=37.5").toAsset();
        assertThat(asset.owners().get(0).share()).isEqualByComparingTo("0.625");
        assertThat(asset.owners().get(1).share()).isEqualByComparingTo("0.375");
        assertThat(asset.jurisdictions()).containsExactly("US", "EU");
        assertThat(asset.tags()).containsExactly("ml");
    }
}
