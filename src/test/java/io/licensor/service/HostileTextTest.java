package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Owner;
import io.licensor.model.Portfolio;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text round-trips exactly through the database and the portfolio file, in titles, names, notes and tags:
 * control characters, right-to-left text, SQL and CSV-formula injection strings, emoji, very long text. Text longer
 * than the model allows (docs/decisions/0010) is refused naming the field, never cut.
 */
class HostileTextTest {
    @TempDir Path temp;
    private PortfolioService service;

    static List<String> hostile() {
        return List.of(
                "'; DROP TABLE asset; --",
                "Robert'); DELETE FROM license WHERE '1'='1",
                "\" OR 1=1 --",
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "+1+1",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(A1:A9)",
                "\tleading tab",
                "bell \u0007 escape \u001b[31m red \u001b[0m nul \u0000 end",
                "line\nbreak\r\nand\rreturn",
                "\u202eevil.exe\u202c right-to-left override",
                "שלום עולם",
                "مرحبا بالعالم",
                "mixed עברית and English 123",
                "🎵🎨📚 emoji and 𝄞 outside the BMP",
                "zero\u200bwidth\ufeffBOM",
                "combining e\u0301 and Å",
                "back\\slash and %s %n format",
                "<script>alert(1)</script>",
                "   spaces around   ");
    }

    @BeforeEach
    void open() {
        service = PortfolioService.open(temp.resolve("p"));
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "USD", "A1")
                .build());
    }

    @AfterEach
    void close() {
        service.close();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileTextRoundTripsExactlyThroughTheDatabaseAndThePortfolioFile(String text) {
        Asset asset = service.asset("A1").orElseThrow();
        Asset hostile = new Asset("A1", text, asset.type(), text, List.of("US"), text, null, null,
                List.of(new Owner(text, BigDecimal.ONE)), List.of(), List.of(), false, text, List.of(text));
        service.saveAsset(hostile);
        License license = service.license("L1").orElseThrow();
        License renamed = new License("L1", text, license.licenseeCountry(), license.assetIds(), license.start(),
                license.end(), license.exclusive(), text, text, license.renewalOf(), license.terms());
        service.saveLicense(renamed);

        assertThat(service.asset("A1")).contains(hostile);
        assertThat(service.license("L1")).contains(renamed);

        Path file = temp.resolve("hostile.json");
        PortfolioFiles.exportTo(service, file);
        Portfolio copy;
        try (PortfolioService other = PortfolioService.open(temp.resolve("copy"))) {
            PortfolioFiles.importFile(other, file);
            copy = other.snapshot();
        }
        assertThat(copy.assets()).containsExactly(hostile);
        assertThat(copy.licenses()).containsExactly(renamed);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void tenThousandCharactersOfHostileTextFitALongTextFieldExactly(String text) {
        String tenThousand = text.repeat(10_000 / text.length() + 1).substring(0, 10_000);
        if (Character.isHighSurrogate(tenThousand.charAt(9_999))) {
            tenThousand = tenThousand.substring(0, 9_999) + "x";
        }
        Asset asset = service.asset("A1").orElseThrow();
        Asset described = new Asset("A1", asset.title(), asset.type(), tenThousand, List.of(), null, null, null,
                List.of(), List.of(), List.of(), false, tenThousand, List.of());
        service.saveAsset(described);
        assertThat(service.asset("A1").orElseThrow().description()).isEqualTo(tenThousand);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aTenThousandCharacterTitleIsRefusedNamingTheFieldAndNothingIsWritten(String text) throws Exception {
        String tooLong = text.repeat(10_000 / text.length() + 1);
        Asset asset = service.asset("A1").orElseThrow();
        Asset titled = new Asset("A1", tooLong, asset.type(), null, List.of(), null, null, null, List.of(),
                List.of(), List.of(), false, null, List.of());
        assertThatThrownBy(() -> service.saveAsset(titled)).isInstanceOfSatisfying(InputRejectedException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.where()).contains("title");
                    assertThat(p.message()).contains("too long");
                }));
        assertThat(service.asset("A1")).contains(asset);

        Path file = temp.resolve("long.json");
        String json = io.licensor.testing.JsonEdits.edit(Files.readString(exported()), "assets[0].title",
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(tooLong));
        Files.writeString(file, json);
        try (PortfolioService other = PortfolioService.open(temp.resolve("copy"))) {
            assertThatThrownBy(() -> PortfolioFiles.importFile(other, file))
                    .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                            .anySatisfy(p -> assertThat(p.where()).contains("assets[0].title")));
            assertThat(other.isEmpty()).isTrue();
        }
    }

    private Path exported() {
        Path file = temp.resolve("plain.json");
        PortfolioFiles.exportTo(service, file);
        return file;
    }
}
