package io.licensor.analytics;

import io.licensor.model.Money;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Test data builder: a test says only the terms that matter to it. Tiers as "from:rate". */
public final class TermsBuilder {
    private final Currency currency;
    private LocalDate start = LocalDate.of(2024, 1, 1);
    private String upfront = "0";
    private String advance = "0";
    private RoyaltyBasis basis = RoyaltyBasis.NET_SALES;
    private final List<Tier> tiers = new ArrayList<>();
    private TierMode mode = TierMode.MARGINAL;
    private TierReset reset = TierReset.NEVER;
    private String minimum = "0";
    private String cap;
    private String withholding = "0";

    private TermsBuilder(String currency) {
        this.currency = Currency.getInstance(currency);
    }

    public static TermsBuilder usd() {
        return new TermsBuilder("USD");
    }

    public static TermsBuilder in(String currency) {
        return new TermsBuilder(currency);
    }

    public TermsBuilder start(String date) {
        start = LocalDate.parse(date);
        return this;
    }

    /** Tiers as "from:rate" pairs, e.g. {@code tiers("0:0.05", "100000:0.12")}. */
    public TermsBuilder tiers(String... fromColonRate) {
        tiers.clear();
        for (String t : fromColonRate) {
            String[] p = t.split(":");
            tiers.add(Tier.of(p[0], p[1]));
        }
        return this;
    }

    public TermsBuilder flat(String rate) {
        return tiers("0:" + rate);
    }

    public TermsBuilder wholeVolume() {
        mode = TierMode.WHOLE_VOLUME;
        return this;
    }

    public TermsBuilder mode(TierMode m) {
        mode = m;
        return this;
    }

    public TermsBuilder resetYearly() {
        reset = TierReset.CONTRACT_YEAR;
        return this;
    }

    public TermsBuilder reset(TierReset r) {
        reset = r;
        return this;
    }

    public TermsBuilder units() {
        basis = RoyaltyBasis.UNITS;
        return this;
    }

    public TermsBuilder upfront(String amount) {
        upfront = amount;
        return this;
    }

    public TermsBuilder advance(String amount) {
        advance = amount;
        return this;
    }

    public TermsBuilder minimum(String amount) {
        minimum = amount;
        return this;
    }

    public TermsBuilder cap(String amount) {
        cap = amount;
        return this;
    }

    public TermsBuilder withholding(String rate) {
        withholding = rate;
        return this;
    }

    public RoyaltyTerms build() {
        List<Tier> t = tiers.isEmpty() ? List.of(Tier.of("0", "0.10")) : tiers;
        return new RoyaltyTerms(currency, start, money(upfront), money(advance), basis, t, mode, reset,
                money(minimum), cap == null ? null : money(cap), Rate.of(withholding));
    }

    private Money money(String amount) {
        return Money.of(new java.math.BigDecimal(amount), currency);
    }
}
