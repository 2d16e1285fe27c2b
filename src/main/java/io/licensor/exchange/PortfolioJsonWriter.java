package io.licensor.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.licensor.model.Asset;
import io.licensor.model.Component;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.FxRate;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.NaturalOrder;
import io.licensor.model.Owner;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioChecks;
import io.licensor.model.Receipt;
import io.licensor.model.Valuation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Writes the portfolio file: every field present (null where unset), money as decimal strings with its currency's
 * minor units, other numbers as plain decimal strings, records in natural id order and exchange rates by currency
 * and date, so the same portfolio always gives the same bytes. Streams, so size does not matter.
 */
final class PortfolioJsonWriter {
    private final JsonGenerator g;

    private PortfolioJsonWriter(JsonGenerator g) {
        this.g = g;
    }

    static void write(Portfolio p, OutputStream out) throws IOException {
        write(p, PortfolioJsonReader.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8));
    }

    static void write(Portfolio p, Writer out) throws IOException {
        write(p, PortfolioJsonReader.MAPPER.getFactory().createGenerator(out));
    }

    private static void write(Portfolio p, JsonGenerator generator) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        pretty.indentArraysWith(indenter);
        try (JsonGenerator g = generator) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pretty);
            new PortfolioJsonWriter(g).portfolio(p);
            g.writeRaw('\n');
        }
    }

    private void portfolio(Portfolio p) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FormatHeader.FORMAT);
        g.writeNumberField("version", FormatHeader.VERSION);
        g.writeStringField("name", p.settings().name());
        g.writeStringField("homeCountry", p.settings().homeCountry());
        g.writeStringField("reportingCurrency", p.settings().reportingCurrency().getCurrencyCode());
        g.writeArrayFieldStart("assets");
        for (Asset a : sorted(p.assets(), Comparator.comparing(Asset::id, NaturalOrder.INSTANCE))) {
            asset(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("licenses");
        for (License l : sorted(p.licenses(), Comparator.comparing(License::id, NaturalOrder.INSTANCE))) {
            license(l);
        }
        g.writeEndArray();
        Map<String, Currency> currencies = PortfolioChecks.licenseCurrencies(p.licenses());
        g.writeArrayFieldStart("receipts");
        for (Receipt r : sorted(p.receipts(), Comparator.comparing(Receipt::id, NaturalOrder.INSTANCE))) {
            receipt(r, currencies.get(r.licenseId()));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("enforcement");
        for (EnforcementEntry e : sorted(p.enforcement(),
                Comparator.comparing(EnforcementEntry::id, NaturalOrder.INSTANCE))) {
            enforcement(e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("fxRates");
        for (FxRate f : sorted(p.fxRates(), Comparator.comparing((FxRate f) -> f.currency().getCurrencyCode())
                .thenComparing(FxRate::date))) {
            g.writeStartObject();
            g.writeStringField("currency", f.currency().getCurrencyCode());
            g.writeStringField("date", f.date().toString());
            decimal("rate", f.rate());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }

    private void asset(Asset a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("title", a.title());
        g.writeStringField("type", a.type().name());
        g.writeStringField("description", a.description());
        strings("jurisdictions", a.jurisdictions());
        g.writeStringField("registrationNumber", a.registrationNumber());
        date("createdOn", a.createdOn());
        date("expiresOn", a.expiresOn());
        g.writeArrayFieldStart("owners");
        for (Owner o : a.owners()) {
            g.writeStartObject();
            g.writeStringField("name", o.name());
            decimal("share", o.share());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("valuations");
        for (Valuation v : a.valuations()) {
            g.writeStartObject();
            date("asOf", v.asOf());
            money("amount", v.amount());
            g.writeStringField("currency", v.amount().currency().getCurrencyCode());
            g.writeStringField("method", v.method().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("components");
        for (Component c : a.components()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("license", c.license());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("aiGenerated", a.aiGenerated());
        g.writeStringField("provenance", a.provenance());
        strings("tags", a.tags());
        g.writeEndObject();
    }

    private void license(License l) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        g.writeStringField("licensee", l.licensee());
        g.writeStringField("licenseeCountry", l.licenseeCountry());
        strings("assets", l.assetIds());
        date("start", l.start());
        date("end", l.end());
        g.writeBooleanField("exclusive", l.exclusive());
        g.writeStringField("territory", l.territory());
        g.writeStringField("fieldOfUse", l.fieldOfUse());
        g.writeStringField("renewalOf", l.renewalOf());
        g.writeFieldName("terms");
        TermsJsonWriter.terms(g, l.terms());
        g.writeEndObject();
    }

    private void receipt(Receipt r, Currency currency) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("license", r.licenseId());
        g.writeStringField("kind", r.kind().name());
        date("periodStart", r.periodStart());
        date("periodEnd", r.periodEnd());
        decimal("reportedSales", r.reportedSales());
        decimal("reportedUnits", r.reportedUnits());
        amount("gross", r.gross(), currency);
        amount("withholding", r.withholding(), currency);
        date("receivedOn", r.receivedOn());
        g.writeEndObject();
    }

    private void enforcement(EnforcementEntry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("asset", e.assetId());
        g.writeStringField("license", e.licenseId());
        date("date", e.date());
        g.writeStringField("kind", e.kind().name());
        amount("cost", e.cost(), e.currency());
        amount("recovered", e.recovered(), e.currency());
        g.writeStringField("currency", e.currency().getCurrencyCode());
        g.writeStringField("note", e.note());
        g.writeEndObject();
    }

    private void strings(String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void date(String field, LocalDate d) throws IOException {
        g.writeStringField(field, d == null ? null : d.toString());
    }

    private void decimal(String field, BigDecimal d) throws IOException {
        g.writeStringField(field, d == null ? null : Decimals.plain(d));
    }

    private void money(String field, Money m) throws IOException {
        amount(field, m.amount(), m.currency());
    }

    private void amount(String field, BigDecimal amount, Currency currency) throws IOException {
        g.writeStringField(field, currency == null ? Decimals.plain(amount) : Decimals.money(amount, currency));
    }
}
