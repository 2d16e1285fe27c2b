package io.licensor.ui.assets;

import io.licensor.model.AssetType;
import io.licensor.model.ValuationMethod;
import javafx.util.StringConverter;

/** The words the register (and the dashboards) show for enum values, instead of their constant names. */
public final class Names {
    private Names() {}

    public static String of(AssetType type) {
        return switch (type) {
            case PATENT -> "Patent";
            case TRADEMARK -> "Trademark";
            case COPYRIGHT -> "Copyright";
            case SOFTWARE -> "Software";
            case DESIGN -> "Design";
            case TRADE_SECRET -> "Trade secret";
            case KNOW_HOW -> "Know-how";
            case DATASET -> "Dataset";
            case AI_MODEL -> "AI model";
            case OTHER -> "Other";
        };
    }

    public static String of(ValuationMethod method) {
        return switch (method) {
            case RELIEF_FROM_ROYALTY -> "Relief from royalty";
            case INCOME_DCF -> "Income (DCF)";
            case MARKET -> "Market";
            case COST -> "Cost";
            case TWENTY_FIVE_PERCENT_RULE -> "25 % rule";
            case OTHER -> "Other";
        };
    }

    static StringConverter<AssetType> types(String nullText) {
        return converter(t -> t == null ? nullText : of(t));
    }

    static StringConverter<ValuationMethod> methods() {
        return converter(m -> m == null ? "" : of(m));
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choice boxes are not editable");
            }
        };
    }
}
