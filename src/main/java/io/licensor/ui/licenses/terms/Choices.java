package io.licensor.ui.licenses.terms;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * The lists people pick from in forms: ISO 4217 currencies and ISO 3166 countries, each shown as code and name
 * ("EUR  Euro", "DE  Germany") so a searchable list finds them by either.
 */
public final class Choices {
    private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
            // precious metals, test and fund codes have no minor units; no contract is paid in them
            .filter(c -> c.getDefaultFractionDigits() >= 0)
            .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();
    private static final List<String> COUNTRIES = Stream.of(Locale.getISOCountries()).sorted().toList();

    private Choices() {}

    /** Every currency a contract can be in, by code. */
    public static List<Currency> currencies() {
        return CURRENCIES;
    }

    /** Every ISO 3166 alpha-2 country code, sorted. */
    public static List<String> countries() {
        return COUNTRIES;
    }

    /** "EUR  Euro" in the user's language. */
    public static String describe(Currency currency) {
        return currency == null ? "" : currency.getCurrencyCode() + "  " + currency.getDisplayName();
    }

    /** "DE  Germany" in the user's language; {@code none} for null. */
    public static String describeCountry(String code, String none) {
        return code == null ? none : code + "  " + new Locale("", code).getDisplayCountry();
    }

    /** The country's name alone ("Germany"), empty for null. */
    public static String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry();
    }

    /** Shows items with {@code text} in the list, the button and the search; a choice box is never typed into. */
    public static <T> void show(ComboBox<T> box, Function<T, String> text) {
        box.setConverter(converter(text));
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(text.apply(empty ? null : item));
            }
        });
    }

    /** A converter for choices shown as text; reading text back finds nothing (choice boxes are not typed into). */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
