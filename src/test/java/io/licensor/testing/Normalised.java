package io.licensor.testing;

import static java.util.Comparator.comparing;

import io.licensor.model.Asset;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.FxRate;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.NaturalOrder;
import io.licensor.model.Owner;
import io.licensor.model.Portfolio;
import io.licensor.model.Rate;
import io.licensor.model.Receipt;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.Valuation;
import java.math.BigDecimal;

/**
 * Rewrites every decimal of a model value without trailing zeros (12000.00 becomes 12000), so two values can be
 * compared with equals "up to decimal scale": equal exactly when every number is equal by compareTo. A portfolio's
 * top-level lists are also put in the store's order (natural id order; rates by currency and date), as their order
 * carries no meaning; the order inside a record (owners, a license's assets, tiers) is kept.
 */
public final class Normalised {
    private Normalised() {}

    public static Portfolio of(Portfolio p) {
        return new Portfolio(p.settings(),
                p.assets().stream().map(Normalised::of).sorted(comparing(Asset::id, NaturalOrder.INSTANCE)).toList(),
                p.licenses().stream().map(Normalised::of).sorted(comparing(License::id, NaturalOrder.INSTANCE))
                        .toList(),
                p.receipts().stream().map(Normalised::of).sorted(comparing(Receipt::id, NaturalOrder.INSTANCE))
                        .toList(),
                p.enforcement().stream().map(Normalised::of)
                        .sorted(comparing(EnforcementEntry::id, NaturalOrder.INSTANCE)).toList(),
                p.fxRates().stream().map(Normalised::of)
                        .sorted(comparing((FxRate f) -> f.currency().getCurrencyCode()).thenComparing(FxRate::date))
                        .toList());
    }

    public static Asset of(Asset a) {
        return new Asset(a.id(), a.title(), a.type(), a.description(), a.jurisdictions(), a.registrationNumber(),
                a.createdOn(), a.expiresOn(),
                a.owners().stream().map(o -> new Owner(o.name(), d(o.share()))).toList(),
                a.valuations().stream().map(v -> new Valuation(v.asOf(), m(v.amount()), v.method())).toList(),
                a.components(), a.aiGenerated(), a.provenance(), a.tags());
    }

    public static License of(License l) {
        RoyaltyTerms t = l.terms();
        RoyaltyTerms terms = new RoyaltyTerms(t.currency(), t.startDate(), m(t.upfrontFee()), m(t.advance()),
                t.basis(), t.tiers().stream().map(x -> new Tier(d(x.from()), d(x.rate()))).toList(), t.tierMode(),
                t.tierReset(), m(t.minimumAnnual()), t.annualCap() == null ? null : m(t.annualCap()),
                new Rate(d(t.withholdingRate().value())));
        return l.withTerms(terms);
    }

    public static Receipt of(Receipt r) {
        return new Receipt(r.id(), r.licenseId(), r.kind(), r.periodStart(), r.periodEnd(), d(r.reportedSales()),
                d(r.reportedUnits()), d(r.gross()), d(r.withholding()), r.receivedOn());
    }

    public static EnforcementEntry of(EnforcementEntry e) {
        return new EnforcementEntry(e.id(), e.assetId(), e.licenseId(), e.date(), e.kind(), d(e.cost()),
                d(e.recovered()), e.currency(), e.note());
    }

    public static FxRate of(FxRate f) {
        return new FxRate(f.currency(), f.date(), d(f.rate()));
    }

    private static Money m(Money money) {
        return Money.of(d(money.amount()), money.currency());
    }

    private static BigDecimal d(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
