package io.licensor.exchange;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.Component;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.EnforcementKind;
import io.licensor.model.FxRate;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Owner;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.References;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Valuation;
import io.licensor.model.ValuationMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Reads the records of the portfolio file, one JSON object each. Each reader registers the record's id and
 * references (as far as they could be read) and returns the record, or null when it had any problem.
 */
final class RecordsJson {
    private RecordsJson() {}

    static Asset asset(JsonFields f, int index, References refs) {
        String id = f.requiredText("id");
        refs.asset(index, id);
        String title = f.requiredText("title");
        AssetType type = f.requiredEnum("type", AssetType.class);
        String description = f.optionalText("description");
        List<String> jurisdictions = f.texts("jurisdictions", false);
        String registration = f.optionalText("registrationNumber");
        LocalDate createdOn = f.optionalDate("createdOn");
        LocalDate expiresOn = f.optionalDate("expiresOn");
        List<Owner> owners = new ArrayList<>();
        f.eachElement("owners", (node, path) -> {
            JsonFields o = f.nested(node, path);
            String name = o.requiredText("name");
            BigDecimal share = o.requiredDecimal("share");
            o.finish();
            if (name != null && share != null) {
                owners.add(new Owner(name, share));
            }
        });
        List<Valuation> valuations = valuations(f);
        List<Component> components = new ArrayList<>();
        f.eachElement("components", (node, path) -> {
            JsonFields c = f.nested(node, path);
            String name = c.requiredText("name");
            String license = c.optionalText("license");
            c.finish();
            if (name != null) {
                components.add(new Component(name, license));
            }
        });
        boolean aiGenerated = f.optionalBoolean("aiGenerated");
        String provenance = f.optionalText("provenance");
        List<String> tags = f.texts("tags", false);
        f.finish();
        return f.hasProblems() ? null : new Asset(id, title, type, description, jurisdictions, registration,
                createdOn, expiresOn, owners, valuations, components, aiGenerated, provenance, tags);
    }

    private static List<Valuation> valuations(JsonFields f) {
        List<Valuation> valuations = new ArrayList<>();
        f.eachElement("valuations", (node, path) -> {
            JsonFields v = f.nested(node, path);
            LocalDate asOf = v.requiredDate("asOf");
            BigDecimal amount = v.requiredDecimal("amount");
            Currency currency = v.requiredCurrency("currency");
            ValuationMethod method = v.requiredEnum("method", ValuationMethod.class);
            v.finish();
            if (asOf != null && amount != null && currency != null && method != null) {
                valuations.add(new Valuation(asOf, Money.of(amount, currency), method));
            }
        });
        return valuations;
    }

    static License license(JsonFields f, int index, References refs) {
        String id = f.requiredText("id");
        String licensee = f.requiredText("licensee");
        String country = f.optionalText("licenseeCountry");
        List<String> assets = f.texts("assets", true);
        LocalDate start = f.requiredDate("start");
        LocalDate end = f.optionalDate("end");
        boolean exclusive = f.optionalBoolean("exclusive");
        String territory = f.optionalText("territory");
        String fieldOfUse = f.optionalText("fieldOfUse");
        String renewalOf = f.optionalText("renewalOf");
        refs.license(index, id, assets, renewalOf);
        JsonFields termsFields = f.object("terms", true);
        // without a readable start the terms' default start date is unknown: read them against a placeholder,
        // the missing start is already reported
        RoyaltyTerms terms = termsFields == null ? null
                : RoyaltyTermsJson.read(termsFields, start == null ? LocalDate.EPOCH : start);
        f.finish();
        return f.hasProblems() ? null : new License(id, licensee, country, assets, start, end, exclusive, territory,
                fieldOfUse, renewalOf, terms);
    }

    static Receipt receipt(JsonFields f, int index, References refs) {
        String id = f.requiredText("id");
        String license = f.requiredText("license");
        refs.receipt(index, id, license);
        ReceiptKind kind = f.optionalEnum("kind", ReceiptKind.class, ReceiptKind.ROYALTY);
        LocalDate periodStart = f.optionalDate("periodStart");
        LocalDate periodEnd = f.requiredDate("periodEnd");
        BigDecimal sales = f.optionalDecimal("reportedSales");
        BigDecimal units = f.optionalDecimal("reportedUnits");
        BigDecimal gross = f.requiredDecimal("gross");
        BigDecimal withholding = f.optionalDecimal("withholding");
        LocalDate receivedOn = f.requiredDate("receivedOn");
        f.finish();
        return f.hasProblems() ? null : new Receipt(id, license, kind, periodStart, periodEnd, sales, units, gross,
                withholding == null ? BigDecimal.ZERO : withholding, receivedOn);
    }

    static EnforcementEntry enforcement(JsonFields f, int index, References refs) {
        String id = f.requiredText("id");
        String asset = f.optionalText("asset");
        String license = f.optionalText("license");
        refs.enforcement(index, id, asset, license);
        boolean namesAsset = f.value("asset") != null;
        if (namesAsset == (f.value("license") != null)) {
            f.problems().add(new Problem(f.path(), "an enforcement entry names exactly one of asset or license, "
                    + (namesAsset ? "got both" : "got neither")));
        }
        LocalDate date = f.requiredDate("date");
        EnforcementKind kind = f.requiredEnum("kind", EnforcementKind.class);
        BigDecimal cost = f.requiredDecimal("cost");
        BigDecimal recovered = f.optionalDecimal("recovered");
        Currency currency = f.requiredCurrency("currency");
        String note = f.optionalText("note");
        f.finish();
        return f.hasProblems() ? null : new EnforcementEntry(id, asset, license, date, kind, cost,
                recovered == null ? BigDecimal.ZERO : recovered, currency, note);
    }

    static FxRate fxRate(JsonFields f, int index, References refs) {
        Currency currency = f.requiredCurrency("currency");
        LocalDate date = f.requiredDate("date");
        BigDecimal rate = f.requiredDecimal("rate");
        refs.fxRate(index, currency == null ? null : currency.getCurrencyCode(), date);
        f.finish();
        return f.hasProblems() ? null : new FxRate(currency, date, rate);
    }
}
