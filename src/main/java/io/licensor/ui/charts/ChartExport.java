package io.licensor.ui.charts;

import io.licensor.ui.common.Dialogs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Save chart as PNG..." and "Copy chart as image" on any chart's (or chart panel's) context menu. The picture is
 * taken at twice the screen's scale so it stays sharp in a document, on the theme's background colour (a transparent
 * PNG of a dark-theme chart would show light text on whatever the reader's page is).
 */
public final class ChartExport {
    private static final Logger LOG = LoggerFactory.getLogger(ChartExport.class);
    private static final double SCALE = 2;

    private ChartExport() {}

    /**
     * Adds the context menu to {@code node}. {@code fileName} suggests the file's name without extension
     * ("income-by-quarter"); it is asked for each time, as the chart's content may have changed.
     */
    public static void install(Node node, Supplier<String> fileName, Dialogs dialogs) {
        MenuItem save = new MenuItem("Save chart as PNG...");
        save.setOnAction(e -> saveAs(node, fileName.get(), dialogs));
        MenuItem copy = new MenuItem("Copy chart as image");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(snapshot(node));
            Clipboard.getSystemClipboard().setContent(content);
        });
        ContextMenu menu = new ContextMenu(save, copy);
        node.setOnContextMenuRequested(e -> {
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private static void saveAs(Node node, String fileName, Dialogs dialogs) {
        dialogs.chooseFileToSave("Save chart as PNG", "PNG image", "png", fileName + ".png").ifPresent(file -> {
            try {
                writePng(node, file);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Saving a chart to {} failed", file, e);
                dialogs.showError("Save chart", "The chart could not be saved to " + file + ".",
                        "Reason: " + e.getMessage() + "\nChoose another folder or check that you may write there.");
            }
        });
    }

    /** Writes the picture of {@code node} to {@code file} as PNG (through a temporary file, so no half file stays). */
    public static void writePng(Node node, Path file) throws IOException {
        BufferedImage image = toBufferedImage(snapshot(node));
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".chart", ".png");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The picture of {@code node} at twice its size, on the background it is shown on. Call on the FX thread. */
    public static WritableImage snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(backgroundOf(node));
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        return node.snapshot(parameters, null);
    }

    /** The first background colour found on the node or its ancestors (the theme's), white when there is none. */
    static Paint backgroundOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region region) {
                Background background = region.getBackground();
                if (background != null && !background.getFills().isEmpty()) {
                    Paint fill = background.getFills().get(0).getFill();
                    if (!(fill instanceof Color colour) || colour.getOpacity() > 0.99) {
                        return fill;
                    }
                }
            }
            if (n.getParent() == null && n.getScene() != null && n instanceof Parent) {
                Paint sceneFill = n.getScene().getFill();
                return sceneFill == null ? Color.WHITE : sceneFill;
            }
        }
        return Color.WHITE;
    }

    static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, pixels, 0, width);
        return out;
    }
}
