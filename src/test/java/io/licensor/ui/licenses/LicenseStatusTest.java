package io.licensor.ui.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.License;
import io.licensor.model.RoyaltyTerms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the status column says for a license on a given day. */
class LicenseStatusTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource(textBlock = """
            2024-01-01, ,           Active
            2024-01-01, 2027-12-31, Active
            2024-01-01, 2027-02-25, Ends in 90 days
            2024-01-01, 2027-02-26, Active
            2024-01-01, 2026-12-31, Ends in 34 days
            2024-01-01, 2026-11-28, Ends tomorrow
            2024-01-01, 2026-11-27, Ends today
            2024-01-01, 2026-11-26, Expired
            2026-11-28, 2027-12-31, Starts tomorrow
            2027-01-01, ,           Starts in 35 days
            """)
    void theStatusIsAWordForWhereTheLicenseStandsToday(LocalDate start, LocalDate end, String label) {
        License license = new License("L1", "Acme", null, List.of("A1"), start, end, false, null, null, null,
                RoyaltyTerms.flat("USD", start, "0.1"));

        LicenseStatus status = LicenseStatus.of(license, TODAY);

        assertThat(status.label()).isEqualTo(label);
        assertThat(status.inForce()).isEqualTo(label.startsWith("Active") || label.startsWith("Ends"));
    }
}
