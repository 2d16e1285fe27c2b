package io.licensor.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import java.io.IOException;

/** Writes royalty terms as shared/spec/royalty-terms.md shows them, every field present. */
final class TermsJsonWriter {
    private TermsJsonWriter() {}

    static void terms(JsonGenerator g, RoyaltyTerms t) throws IOException {
        g.writeStartObject();
        g.writeStringField("currency", t.currency().getCurrencyCode());
        g.writeStringField("startDate", t.startDate().toString());
        g.writeStringField("upfrontFee", Decimals.money(t.upfrontFee().amount(), t.currency()));
        g.writeStringField("advance", Decimals.money(t.advance().amount(), t.currency()));
        g.writeStringField("basis", t.basis().name());
        g.writeArrayFieldStart("tiers");
        for (Tier tier : t.tiers()) {
            g.writeStartObject();
            g.writeStringField("from", Decimals.plain(tier.from()));
            g.writeStringField("rate", Decimals.plain(tier.rate()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("tierMode", t.tierMode().name());
        g.writeStringField("tierReset", t.tierReset().name());
        g.writeStringField("minimumAnnual", Decimals.money(t.minimumAnnual().amount(), t.currency()));
        g.writeStringField("annualCap", t.annualCap() == null ? null
                : Decimals.money(t.annualCap().amount(), t.currency()));
        g.writeStringField("withholdingRate", Decimals.plain(t.withholdingRate().value()));
        g.writeEndObject();
    }
}
