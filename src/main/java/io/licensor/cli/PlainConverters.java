package io.licensor.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters whose refusals read as plain words instead of Java exception text. */
final class PlainConverters {
    private PlainConverters() {}

    /** YYYY-MM-DD. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a real date in the form YYYY-MM-DD");
            }
        }
    }

    /** A plain decimal such as 0.08. */
    static final class Decimal implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            if (!value.trim().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                throw new TypeConversionException("'" + value + "' is not a decimal number such as 0.08");
            }
            return new BigDecimal(value.trim());
        }
    }
}
