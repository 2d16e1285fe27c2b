#!/usr/bin/env python3
"""Writes src/main/resources/io/licensor/service/demo-portfolio.json, the demo portfolio shipped with Licensor.

The receipts' gross amounts follow the royalty rules of shared/spec/royalty-terms.md (a compact re-statement here,
only to lay out the data); DemoPortfolioTest checks the result against the real engine and metrics, so a drift
between this script and the engine fails the build. Run: python3 tools/make-demo.py
"""
import json, datetime as dt
from decimal import Decimal as D, ROUND_HALF_EVEN

def R(x, minor=2):
    return x.quantize(D(1).scaleb(-minor), rounding=ROUND_HALF_EVEN)

def plus_years(d, k):
    try:
        return d.replace(year=d.year + k)
    except ValueError:
        return d.replace(year=d.year + k, day=28)

def F(c, tiers, mode):
    if mode == "MARGINAL":
        total = D(0)
        for i, (f, r) in enumerate(tiers):
            upper = tiers[i + 1][0] if i + 1 < len(tiers) else None
            part = (min(c, upper) if upper is not None else c) - f
            if part > 0:
                total += r * part
        return total
    rate = [r for f, r in tiers if f <= c][-1]
    return rate * c

def year_of(start, d):
    k = 0
    while plus_years(start, k + 1) <= d:
        k += 1
    return k

def engine(t, periods):
    """periods: list of (period_end, base). Returns list of (earned, topup, payable)."""
    start = t["start"]; tiers = t["tiers"]; mode = t.get("mode", "MARGINAL"); reset = t.get("reset", "NEVER")
    cap = t.get("cap"); minimum = t.get("min", D(0)); adv_left = t.get("advance", D(0))
    out = []; cum = D(0); cur_year = None; year_earned = D(0); year_capped = D(0)
    years = [year_of(start, pe) for pe, _ in periods]
    for i, (pe, b) in enumerate(periods):
        y = years[i]
        if y != cur_year:
            cur_year = y; year_earned = D(0); year_capped = D(0)
            if reset == "CONTRACT_YEAR":
                cum = D(0)
        earned = R(F(cum + b, tiers, mode)) - R(F(cum, tiers, mode))
        cum += b
        year_earned += earned
        capped = earned if cap is None else min(cap, year_earned) - min(cap, year_earned - earned)
        year_capped += capped
        topup = D(0)
        last_in_year = i + 1 == len(periods) or years[i + 1] != y
        year_end = plus_years(start, y + 1) - dt.timedelta(days=1)
        complete = any(p >= year_end for p, _ in periods)
        if minimum > 0 and last_in_year and complete:
            topup = max(D(0), minimum - year_capped)
        due = capped + topup
        rec = min(due, adv_left); adv_left -= rec
        out.append((capped, topup, due - rec))
    return out

def quarter_ends(first, last):
    q = []
    y, m = first.year, first.month
    while True:
        end = (dt.date(y, m, 1) + dt.timedelta(days=95)).replace(day=1) - dt.timedelta(days=1)
        end = dt.date(y + (m + 2 - 1) // 12, (m + 2 - 1) % 12 + 1, 1)
        end = (end.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        if end > last:
            break
        q.append((dt.date(y, m, 1), end))
        m += 3
        if m > 12:
            m -= 12; y += 1
    return q

def s(x):
    return str(x)

assets = [
 dict(id="A1", title="Churn predictor (ML model)", type="AI_MODEL",
      description="Gradient-boosted churn model trained on anonymised SaaS usage logs; licensed as a scoring API and on-prem build.",
      jurisdictions=["US", "EU"], registrationNumber=None, createdOn="2023-02-01", expiresOn=None,
      owners=[{"name": "Maya Lindqvist", "share": "1"}],
      valuations=[{"asOf": "2025-01-01", "amount": "120000", "currency": "USD", "method": "RELIEF_FROM_ROYALTY"}],
      components=[{"name": "xgboost", "license": "Apache-2.0"}, {"name": "pandas", "license": "BSD-3-Clause"}],
      aiGenerated=False, provenance=None, tags=["ml", "saas"]),
 dict(id="A2", title="Scanly invoice OCR library", type="SOFTWARE",
      description="Java library that reads supplier invoices (PDF and photos) into structured data.",
      jurisdictions=["US", "EU"], registrationNumber=None, createdOn="2022-09-15", expiresOn=None,
      owners=[{"name": "Maya Lindqvist", "share": "1"}],
      valuations=[{"asOf": "2024-06-30", "amount": "45000", "currency": "USD", "method": "INCOME_DCF"}],
      components=[{"name": "tess4j", "license": "Apache-2.0"}, {"name": "ghost-pdf-bridge", "license": "GPL-3.0-only"}],
      aiGenerated=False, provenance=None, tags=["library", "ocr"]),
 dict(id="A3", title="Nordic Line icon set (1,200 icons)", type="DESIGN",
      description="Outline icon family in SVG and icon-font formats.", jurisdictions=["US", "EU"],
      registrationNumber=None, createdOn="2021-04-10", expiresOn=None,
      owners=[{"name": "Maya Lindqvist", "share": "1"}],
      valuations=[{"asOf": "2025-06-30", "amount": "30000", "currency": "USD", "method": "MARKET"}],
      components=[], aiGenerated=False, provenance=None, tags=["design", "icons"]),
 dict(id="A4", title="Coastal Light photo collection", type="COPYRIGHT",
      description="340 stock photographs of the Pacific Northwest coast, 2019-2023.", jurisdictions=["US"],
      registrationNumber="VA 2-345-678", createdOn="2023-05-01", expiresOn=None,
      owners=[{"name": "Maya Lindqvist", "share": "1"}],
      valuations=[{"asOf": "2025-01-01", "amount": "18000", "currency": "USD", "method": "INCOME_DCF"}],
      components=[], aiGenerated=False, provenance=None, tags=["photo", "stock"]),
 dict(id="A5", title="SaaS pricing playbook (e-book and workshop)", type="COPYRIGHT",
      description="A 180-page guide and the workshop material built on it.", jurisdictions=["US"],
      registrationNumber=None, createdOn="2023-10-01", expiresOn=None,
      owners=[{"name": "Maya Lindqvist", "share": "1"}],
      valuations=[{"asOf": "2025-01-01", "amount": "25000", "currency": "USD", "method": "COST"}],
      components=[], aiGenerated=False, provenance=None, tags=["writing"]),
 dict(id="A6", title="Pacific bird-song dataset", type="DATASET",
      description="14,000 labelled field recordings of 212 species, 48 kHz WAV.", jurisdictions=["US", "CA"],
      registrationNumber=None, createdOn="2022-03-01", expiresOn=None,
      owners=[{"name": "Maya Lindqvist", "share": "0.6"}, {"name": "Jonas Reed", "share": "0.4"}],
      valuations=[{"asOf": "2025-01-01", "amount": "40000", "currency": "USD", "method": "MARKET"}],
      components=[], aiGenerated=False, provenance=None, tags=["dataset", "audio"]),
 dict(id="A7", title="LINDQVIST STUDIO (word mark)", type="TRADEMARK",
      description="Word mark for design goods and printed matter, classes 16 and 25.", jurisdictions=["US", "CA"],
      registrationNumber="US Reg. No. 7,123,456", createdOn="2021-02-01", expiresOn="2031-02-01",
      owners=[{"name": "Maya Lindqvist", "share": "1"}],
      valuations=[{"asOf": "2025-01-01", "amount": "60000", "currency": "USD", "method": "RELIEF_FROM_ROYALTY"}],
      components=[], aiGenerated=False, provenance=None, tags=["brand"]),
 dict(id="A8", title="Sensor-fusion pallet tracking method", type="PATENT",
      description="Method for fusing UWB and IMU readings to locate pallets in racked warehouses.",
      jurisdictions=["US"], registrationNumber="US 11,987,654 B2", createdOn="2021-06-15", expiresOn="2041-06-15",
      owners=[{"name": "Maya Lindqvist", "share": "1"}],
      valuations=[{"asOf": "2024-07-01", "amount": "350000", "currency": "USD", "method": "RELIEF_FROM_ROYALTY"}],
      components=[], aiGenerated=False, provenance=None, tags=["patent", "robotics"]),
 dict(id="A9", title="Procedural stone texture pack", type="DESIGN",
      description="256 seamless stone textures, generated with an image model and retouched by hand.",
      jurisdictions=["US"], registrationNumber=None, createdOn="2025-03-01", expiresOn=None,
      owners=[{"name": "Maya Lindqvist", "share": "1"}], valuations=[], components=[],
      aiGenerated=True, provenance=None, tags=["design", "ai"]),
 dict(id="A10", title="Harbor mobile UI kit", type="DESIGN",
      description="Figma and SwiftUI component kit for finance apps.", jurisdictions=["US", "EU"],
      registrationNumber=None, createdOn="2023-08-01", expiresOn=None,
      owners=[{"name": "Maya Lindqvist", "share": "1"}],
      valuations=[{"asOf": "2025-06-30", "amount": "22000", "currency": "USD", "method": "MARKET"}],
      components=[{"name": "SF Symbols glyph subset", "license": None}], aiGenerated=False, provenance=None,
      tags=["design", "ui"]),
 dict(id="A11", title="Onboarding copy for fitness apps", type="COPYRIGHT",
      description="Screen-by-screen onboarding texts and push-notification library.", jurisdictions=["US"],
      registrationNumber=None, createdOn="2023-01-15", expiresOn=None,
      owners=[{"name": "Maya Lindqvist", "share": "0.5"}, {"name": "Priya Nair", "share": "0.4"}],
      valuations=[], components=[], aiGenerated=False, provenance=None, tags=["writing"]),
 dict(id="A12", title="Support-intent dataset (EN/DE)", type="DATASET",
      description="52,000 customer-support messages labelled with 96 intents, English and German.",
      jurisdictions=["US", "EU"], registrationNumber=None, createdOn="2024-02-01", expiresOn=None,
      owners=[{"name": "Maya Lindqvist", "share": "1"}],
      valuations=[{"asOf": "2025-01-01", "amount": "35000", "currency": "USD", "method": "MARKET"}],
      components=[], aiGenerated=True,
      provenance="Labels drafted by an LLM (2024-01 run, prompts archived in /provenance/labels) and checked by two annotators.",
      tags=["dataset", "nlp", "ai"]),
]

def terms(cur, tiers, **kw):
    t = {"currency": cur, "tiers": [{"from": s(f), "rate": s(r)} for f, r in tiers]}
    for k in ("upfrontFee", "advance", "basis", "tierMode", "tierReset", "minimumAnnual", "annualCap", "withholdingRate"):
        if k in kw:
            t[k] = kw[k]
    return t

licenses = []
receipts = []
rid = [0]
def receipt(lic, kind, ps, pe, sales, units, gross, w, received):
    rid[0] += 1
    receipts.append({"id": f"R{rid[0]}", "license": lic, "kind": kind,
                     "periodStart": ps.isoformat() if ps else None, "periodEnd": pe.isoformat(),
                     "reportedSales": None if sales is None else s(sales),
                     "reportedUnits": None if units is None else s(units),
                     "gross": s(gross), "withholding": s(w), "receivedOn": received.isoformat()})

def add_license(lid, licensee, country, assets_, start, end, t, sales_by_quarter, last_quarter_end, *,
                exclusive=False, territory="Worldwide", field=None, renewal_of=None, minor=2,
                underpay=None, units=False):
    licenses.append({"id": lid, "licensee": licensee, "licenseeCountry": country, "assets": assets_,
                     "start": start.isoformat(), "end": end.isoformat() if end else None, "exclusive": exclusive,
                     "territory": territory, "fieldOfUse": field, "renewalOf": renewal_of, "terms": t})
    w = D(t.get("withholdingRate", "0"))
    up = D(t.get("upfrontFee", "0")); adv = D(t.get("advance", "0"))
    if up > 0:
        receipt(lid, "UPFRONT", start, start, None, None, up, R(up * w, minor), start + dt.timedelta(days=14))
    if adv > 0:
        receipt(lid, "ADVANCE", start, start, None, None, adv, R(adv * w, minor), start + dt.timedelta(days=14))
    qs = [q for q in quarter_ends(start, min(end or last_quarter_end, last_quarter_end))]
    bases = [D(sales_by_quarter(i)) for i in range(len(qs))]
    eng = dict(start=start, tiers=[(D(f), D(r)) for f, r in [(x["from"], x["rate"]) for x in t["tiers"]]],
               mode=t.get("tierMode", "MARGINAL"), reset=t.get("tierReset", "NEVER"),
               cap=D(t["annualCap"]) if t.get("annualCap") else None, min=D(t.get("minimumAnnual", "0")), advance=adv)
    lines = engine(eng, [(pe, b) for (ps, pe), b in zip(qs, bases)])
    for i, ((ps, pe), b, (earned, topup, payable)) in enumerate(zip(qs, bases, lines)):
        royalty_part = max(D(0), payable - topup)
        top_part = payable - royalty_part
        gross = royalty_part
        if underpay and i == underpay[0]:
            gross -= underpay[1]
        got = pe + dt.timedelta(days=30)
        sales = None if units else b
        unit_count = b if units else None
        receipt(lid, "ROYALTY", ps, pe, sales, unit_count, gross, R(gross * w, minor), got)
        if top_part > 0:
            receipt(lid, "MINIMUM_TOP_UP", None, pe, None, None, top_part, R(top_part * w, minor), got)

d = dt.date
LAST = d(2026, 9, 30)
growth = lambda first, g: (lambda i: R(D(first) * (D(1) + D(g)) ** i, 0))

# The source article's structure: 5 % / 12 % / 18 % marginal tiers with a 5,000 upfront fee.
article = [("0", "0.05"), ("100000", "0.12"), ("500000", "0.18")]
add_license("L1", "Acme Analytics Inc.", "US", ["A1"], d(2024, 1, 1), d(2025, 12, 31),
            terms("USD", article, upfrontFee="5000"), growth(70000, "0.08"), LAST,
            territory="North America", field="Customer-retention analytics", underpay=(5, D("1750.00")))
add_license("L2", "Acme Analytics Inc.", "US", ["A1"], d(2026, 1, 1), d(2027, 12, 31),
            terms("USD", article), growth(125000, "0.05"), LAST,
            territory="North America", field="Customer-retention analytics", renewal_of="L1")
add_license("L3", "Bergmann Software GmbH", "DE", ["A2"], d(2024, 4, 1), d(2027, 3, 31),
            terms("EUR", [("0", "0.08")]), growth(42000, "0.03"), LAST, territory="EU and EEA")
add_license("L4", "Kestrel Apps Pvt Ltd", "IN", ["A2"], d(2024, 7, 1), d(2026, 6, 30),
            terms("USD", [("0", "0.40"), ("50000", "0.30")], basis="UNITS", withholdingRate="0.15"),
            growth(14000, "0.06"), LAST, territory="India", units=True)
add_license("L5", "Northlight Images", "US", ["A4"], d(2024, 1, 1), d(2026, 12, 31),
            terms("USD", [("0", "0.35")]), growth(6500, "0.02"), LAST, territory="Worldwide")
add_license("L6", "Brightside Studio LLC", "US", ["A3", "A10"], d(2024, 1, 1), d(2027, 12, 31),
            terms("USD", [("0", "0.06"), ("50000", "0.09"), ("150000", "0.12")], tierMode="WHOLE_VOLUME"),
            growth(16000, "0.05"), LAST)
add_license("L7", "Halden Robotics Inc.", "US", ["A8"], d(2024, 7, 1), d(2029, 6, 30),
            terms("USD", [("0", "0.03"), ("1000000", "0.02")], advance="15000", minimumAnnual="15000",
                  annualCap="17500"), growth(90000, "0.10"), LAST,
            exclusive=True, territory="United States", field="Warehouse and logistics robotics")
add_license("L8", "Tempo Fitness Inc.", "US", ["A11"], d(2024, 1, 1), d(2025, 6, 30),
            terms("USD", [("0", "0.02")], upfrontFee="4000"), growth(30000, "0.04"), LAST)
add_license("L9", "Verdant Audio Co.", "US", ["A6"], d(2025, 1, 1), d(2026, 12, 31),
            terms("USD", [("0", "0.15")], minimumAnnual="3000"), growth(4500, "0.05"), LAST)
add_license("L10", "Lumen Print Co.", "CA", ["A7"], d(2024, 1, 1), d(2028, 12, 31),
            terms("CAD", [("0", "0.08"), ("250000", "0.10")], tierMode="WHOLE_VOLUME", withholdingRate="0.10"),
            growth(52000, "0.04"), LAST, territory="Canada", field="Apparel and stationery")
add_license("L11", "Quillstone Publishing", "US", ["A5"], d(2024, 1, 1), d(2027, 12, 31),
            terms("USD", [("0", "0.12")]), growth(9000, "0.03"), d(2026, 3, 31))
add_license("L12", "Tidewater Labs", "US", ["A12"], d(2024, 4, 1), d(2027, 3, 31),
            terms("USD", [("0", "0.10"), ("60000", "0.06")], tierReset="CONTRACT_YEAR"), growth(21000, "0.04"), LAST)
add_license("L13", "Orbit Learning Ltd", "US", ["A5"], d(2024, 7, 1), d(2026, 6, 30),
            terms("USD", [("0", "0.10")], upfrontFee="1500"), growth(5200, "0.02"), LAST)

enforcement = [
    {"id": "E1", "asset": "A3", "license": None, "date": "2025-03-31", "kind": "MONITORING", "cost": "240",
     "recovered": "0", "currency": "USD", "note": "Reverse-image monitoring service, Q1 2025"},
    {"id": "E2", "asset": "A3", "license": None, "date": "2026-03-31", "kind": "MONITORING", "cost": "260",
     "recovered": "0", "currency": "USD", "note": "Reverse-image monitoring service, Q1 2026"},
    {"id": "E3", "asset": "A4", "license": None, "date": "2025-09-12", "kind": "LEGAL", "cost": "2000",
     "recovered": "3500", "currency": "USD", "note": "Cease-and-desist and settlement: photos used in an ad campaign"},
    {"id": "E4", "asset": None, "license": "L1", "date": "2026-05-20", "kind": "AUDIT", "cost": "1500",
     "recovered": "0", "currency": "USD", "note": "Royalty audit after the short Q2 2025 payment"},
    {"id": "E5", "asset": "A9", "license": None, "date": "2026-02-10", "kind": "LEGAL", "cost": "900",
     "recovered": "0", "currency": "USD", "note": "Takedown notices: textures resold on a marketplace"},
    {"id": "E6", "asset": None, "license": "L3", "date": "2026-07-01", "kind": "LEGAL", "cost": "1200",
     "recovered": "0", "currency": "EUR", "note": "Lawyer's review of the German contract's withholding clause"},
]

fx = []
eur = ["1.09", "1.08", "1.07", "1.10", "1.08", "1.12", "1.16", "1.17", "1.15", "1.16", "1.17", "1.16"]
cad = ["0.74", "0.73", "0.73", "0.74", "0.72", "0.70", "0.72", "0.73", "0.72", "0.71", "0.72", "0.72"]
for i in range(12):
    day = d(2024 + (i * 3) // 12, (i * 3) % 12 + 1, 1).isoformat()
    fx.append({"currency": "EUR", "date": day, "rate": eur[i]})
    fx.append({"currency": "CAD", "date": day, "rate": cad[i]})

portfolio = {"format": "licensor-portfolio", "version": 1, "name": "Maya Lindqvist's IP (demo)",
             "homeCountry": "US", "reportingCurrency": "USD", "assets": assets, "licenses": licenses,
             "receipts": receipts, "enforcement": enforcement, "fxRates": fx}
import pathlib
out = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/io/licensor/service/demo-portfolio.json"
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(json.dumps(portfolio, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {out}: {len(assets)} assets, {len(licenses)} licenses, {len(receipts)} receipts")
