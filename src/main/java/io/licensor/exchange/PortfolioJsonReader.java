package io.licensor.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.licensor.model.Asset;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.FxRate;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.NaturalOrder;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioChecks;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import io.licensor.model.RecordChecks;
import io.licensor.model.References;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Reads one portfolio file. The top-level lists are streamed record by record (each record read as a small JSON
 * tree), so a file with a million receipts is never held as one tree. Every problem is collected; the result is
 * either a portfolio that passes every rule or an {@link InputRejectedException} listing them all.
 */
final class PortfolioJsonReader {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final List<String> LISTS = List.of("assets", "licenses", "receipts", "enforcement", "fxRates");

    /** A record read from a list, with its index there. */
    private record At<T>(int index, T record) {}

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private final References refs = new References();
    private final List<At<Asset>> assets = new ArrayList<>();
    private final List<At<License>> licenses = new ArrayList<>();
    private final List<At<Receipt>> receipts = new ArrayList<>();
    private final List<At<EnforcementEntry>> enforcement = new ArrayList<>();
    private final List<At<FxRate>> fxRates = new ArrayList<>();

    PortfolioJsonReader(String source) {
        this.source = source;
    }

    Portfolio read(InputStream in) {
        ObjectNode top;
        try (JsonParser parser = MAPPER.createParser(in)) {
            top = stream(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "(file)" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputRejectedException(source, new Problem(where, "is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        JsonFields fields = new JsonFields(top, "", problems);
        List<Problem> formatProblems = FormatHeader.check(fields);
        if (!formatProblems.isEmpty()) {
            // another format or version: its other fields mean something else, so listing them would only confuse
            throw new InputRejectedException(source, formatProblems);
        }
        PortfolioSettings settings = settings(fields);
        for (String list : LISTS) {
            fields.eachElement(list, (node, path) -> { }); // a list given as something else is reported here
        }
        fields.finish();
        checkRecords();
        problems.addAll(refs.problems());
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing(Problem::where, NaturalOrder.INSTANCE));
            throw new InputRejectedException(source, sorted);
        }
        return new Portfolio(settings, records(assets), records(licenses), records(receipts), records(enforcement),
                records(fxRates));
    }

    /** Reads the top-level object: lists record by record, every other field into the returned tree. */
    private ObjectNode stream(JsonParser parser) throws IOException {
        ObjectNode top = MAPPER.createObjectNode();
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new InputRejectedException(source, new Problem("(file)", "is empty; expected a portfolio file"));
        }
        if (first != JsonToken.START_OBJECT) {
            throw new InputRejectedException(source, new Problem("(top level)",
                    "must be a JSON object {...} with \"format\": \"licensor-portfolio\""));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && isList(name)) {
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode node = parser.readValueAsTree();
                    record(name, index, node);
                    index++;
                }
            } else {
                top.set(name, parser.readValueAsTree());
            }
        }
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new InputRejectedException(source, new Problem("line " + at.getLineNr() + ", column "
                    + at.getColumnNr(), "unexpected content after the end of the portfolio object"));
        }
        return top;
    }

    private static boolean isList(String name) {
        return LISTS.contains(name);
    }

    private void record(String list, int index, JsonNode node) {
        JsonFields f = new JsonFields(node, list + "[" + index + "]", problems);
        switch (list) {
            case "assets" -> add(assets, index, RecordsJson.asset(f, index, refs));
            case "licenses" -> add(licenses, index, RecordsJson.license(f, index, refs));
            case "receipts" -> add(receipts, index, RecordsJson.receipt(f, index, refs));
            case "enforcement" -> add(enforcement, index, RecordsJson.enforcement(f, index, refs));
            default -> add(fxRates, index, RecordsJson.fxRate(f, index, refs));
        }
    }

    private static <T> void add(List<At<T>> list, int index, T record) {
        if (record != null) {
            list.add(new At<>(index, record));
        }
    }

    private PortfolioSettings settings(JsonFields f) {
        String name = f.requiredText("name");
        String homeCountry = f.optionalText("homeCountry");
        Currency reporting = f.requiredCurrency("reportingCurrency");
        if (name == null || reporting == null) {
            return null;
        }
        PortfolioSettings s = new PortfolioSettings(name, homeCountry, reporting);
        PortfolioChecks.prefixed(problems, "", RecordChecks.settings(s));
        return s;
    }

    /** The rules of each record that was read whole, under its own path. */
    private void checkRecords() {
        for (At<Asset> a : assets) {
            PortfolioChecks.prefixed(problems, "assets[" + a.index() + "].", RecordChecks.asset(a.record()));
        }
        for (At<License> l : licenses) {
            PortfolioChecks.prefixed(problems, "licenses[" + l.index() + "].", RecordChecks.license(l.record()));
        }
        Map<String, Currency> currencies = PortfolioChecks.licenseCurrencies(records(licenses));
        for (At<Receipt> r : receipts) {
            PortfolioChecks.prefixed(problems, "receipts[" + r.index() + "].",
                    RecordChecks.receipt(r.record(), currencies.get(r.record().licenseId())));
        }
        for (At<EnforcementEntry> e : enforcement) {
            PortfolioChecks.prefixed(problems, "enforcement[" + e.index() + "].",
                    RecordChecks.enforcement(e.record()));
        }
        for (At<FxRate> f : fxRates) {
            PortfolioChecks.prefixed(problems, "fxRates[" + f.index() + "].", RecordChecks.fxRate(f.record()));
        }
    }

    private static <T> List<T> records(List<At<T>> list) {
        return list.stream().map(At::record).toList();
    }
}
