package io.licensor.ui.common;

import io.licensor.exchange.csv.CsvCell;
import io.licensor.exchange.csv.CsvWriter;
import io.licensor.model.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Export as CSV..." for any table: a context-menu item that writes the rows as shown (filtered and sorted) with the
 * visible columns, through {@link CsvWriter} (UTF-8 with a byte order mark, formula-like text neutralised).
 * Values keep their type: money becomes a plain number plus a currency column, numbers stay numbers, dates are ISO,
 * and other values use the column's own words (the text {@link Columns} shows, or the tooltip of a graphic column).
 */
public final class TableCsvExport {
    /** Key of a column property holding a {@code Function<T, String>}: the words of a value in the export. */
    public static final String TEXT = "licensor.csv.text";
    /**
     * Key of a column property holding a {@code Function<T, BigDecimal>}: the number a value stands for, for columns
     * whose value is a whole row but whose cells show an amount ("Reported", "Shortfall").
     */
    public static final String NUMBER = "licensor.csv.number";
    private static final Logger LOG = LoggerFactory.getLogger(TableCsvExport.class);

    /** The header and cells of a table, ready for {@link CsvWriter}. */
    public record Table(List<String> header, List<List<CsvCell>> rows) {
    }

    private TableCsvExport() {}

    /**
     * Adds "Export as CSV..." to the table's context menu (creating one when it has none). {@code fileName}
     * suggests the file's name without extension ("receipts-L1"); it is asked for each time as filters change.
     */
    public static <S> void install(TableView<S> table, Dialogs dialogs, Supplier<String> fileName) {
        MenuItem export = new MenuItem("Export as CSV...");
        export.setOnAction(e -> saveAs(table, dialogs, fileName.get()));
        ContextMenu menu = table.getContextMenu();
        if (menu == null) {
            table.setContextMenu(new ContextMenu(export));
        } else {
            menu.getItems().addAll(new SeparatorMenuItem(), export);
        }
    }

    private static <S> void saveAs(TableView<S> table, Dialogs dialogs, String fileName) {
        dialogs.chooseFileToSave("Export as CSV", "CSV file", "csv", fileName + ".csv").ifPresent(file -> {
            try {
                write(cells(table), file);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Exporting a table to {} failed", file, e);
                dialogs.showError("Export as CSV", "The table could not be written to " + file + ".",
                        "Reason: " + e.getMessage() + "\nChoose another folder or check that you may write there.");
            }
        });
    }

    /** Writes the table to {@code file} through a temporary file beside it, so no half-written file stays. */
    public static void write(Table table, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".export", ".csv");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                CsvWriter.utf8WithBom().write(out, table.header(), table.rows());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The rows shown, in their order, over the visible leaf columns. Call on the FX thread. */
    public static <S> Table cells(TableView<S> table) {
        List<TableColumn<S, ?>> columns = List.copyOf(table.getVisibleLeafColumns());
        List<S> items = List.copyOf(table.getItems());
        List<String> header = new ArrayList<>();
        List<boolean[]> money = new ArrayList<>();
        for (TableColumn<S, ?> column : columns) {
            boolean isMoney = items.stream().anyMatch(item -> column.getCellData(item) instanceof Money);
            money.add(new boolean[] {isMoney});
            header.add(title(column));
            if (isMoney) {
                header.add(title(column) + " currency");
            }
        }
        List<List<CsvCell>> rows = new ArrayList<>(items.size());
        for (S item : items) {
            List<CsvCell> row = new ArrayList<>(header.size());
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).getCellData(item);
                if (money.get(c)[0]) {
                    Money m = value instanceof Money mm ? mm : null;
                    row.add(CsvCell.number(m == null ? null : m.amount()));
                    row.add(CsvCell.text(m == null ? null : m.currency().getCurrencyCode()));
                } else {
                    row.add(cell(columns.get(c), value));
                }
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** A nested column's title includes its parent's: "Last 12 months Net cost". */
    private static String title(javafx.scene.control.TableColumnBase<?, ?> column) {
        String own = column.getText() == null ? "" : column.getText();
        javafx.scene.control.TableColumnBase<?, ?> parent = column.getParentColumn();
        return parent == null || parent.getText() == null ? own : title(parent) + " " + own;
    }

    @SuppressWarnings("unchecked")
    private static CsvCell cell(TableColumn<?, ?> column, Object value) {
        if (value == null) {
            return CsvCell.EMPTY;
        }
        Object number = column.getProperties().get(NUMBER);
        if (number instanceof Function<?, ?> f) {
            return CsvCell.number(((Function<Object, BigDecimal>) f).apply(value));
        }
        if (value instanceof BigDecimal d) {
            return CsvCell.number(d);
        }
        if (value instanceof Integer || value instanceof Long) {
            return CsvCell.number(new BigDecimal(value.toString()));
        }
        if (value instanceof LocalDate d) {
            return CsvCell.text(d.toString());
        }
        Object words = column.getProperties().get(TEXT);
        if (words instanceof Function<?, ?> f) {
            return CsvCell.text(((Function<Object, String>) f).apply(value));
        }
        if (value instanceof Boolean b) {
            return CsvCell.text(b ? "yes" : "no");
        }
        if (value instanceof Enum<?> e) {
            return CsvCell.text(e.name().replace('_', ' ').toLowerCase(Locale.ROOT));
        }
        if (value instanceof Collection<?> list) {
            return CsvCell.text(String.join("; ", list.stream().map(String::valueOf).toList()));
        }
        return CsvCell.text(value.toString());
    }
}
