package io.licensor.ui.imports;

import io.licensor.exchange.statement.DateStyle;
import io.licensor.exchange.statement.DecimalMark;
import io.licensor.exchange.statement.Delimiter;
import io.licensor.exchange.statement.StatementOptions;
import io.licensor.exchange.statement.ThousandsMark;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the user set about the file's format in place of detection: encoding, delimiter, header line, decimal mark,
 * thousands separator, date format. Null means "as detected". Changing one makes the wizard read the preview again.
 */
final class FormatOverrides {

    /** Encodings offered besides the detected one; any other can be given in a mapping file. */
    static final List<Charset> ENCODINGS = Stream.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1",
            "ISO-8859-15", "windows-1250", "Shift_JIS").filter(Charset::isSupported).map(Charset::forName).toList();

    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>();
    private final ObjectProperty<Delimiter> delimiter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> headerLine = new SimpleObjectProperty<>();
    private final ObjectProperty<DecimalMark> decimalMark = new SimpleObjectProperty<>();
    private final ObjectProperty<ThousandsMark> thousandsMark = new SimpleObjectProperty<>();
    private final ObjectProperty<DateStyle> dateStyle = new SimpleObjectProperty<>();

    /** As options for reading: the set ones taken as given, the rest detected. */
    StatementOptions options() {
        return new StatementOptions(encoding.get(), delimiter.get(), headerLine.get(), decimalMark.get(),
                thousandsMark.get(), dateStyle.get());
    }

    /** Takes over options (a remembered mapping's). */
    void load(StatementOptions options) {
        encoding.set(options.encoding());
        delimiter.set(options.delimiter());
        headerLine.set(options.headerLine());
        decimalMark.set(options.decimalMark());
        thousandsMark.set(options.thousandsMark());
        dateStyle.set(options.dateStyle());
    }

    /** Every property, to listen for any change. */
    Observable[] all() {
        return new Observable[] {encoding, delimiter, headerLine, decimalMark, thousandsMark, dateStyle};
    }

    ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    ObjectProperty<Delimiter> delimiterProperty() {
        return delimiter;
    }

    ObjectProperty<Integer> headerLineProperty() {
        return headerLine;
    }

    ObjectProperty<DecimalMark> decimalMarkProperty() {
        return decimalMark;
    }

    ObjectProperty<ThousandsMark> thousandsMarkProperty() {
        return thousandsMark;
    }

    ObjectProperty<DateStyle> dateStyleProperty() {
        return dateStyle;
    }
}
