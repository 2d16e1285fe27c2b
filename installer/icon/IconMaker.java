import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the Licensor application icon with Java2D: a blue rounded tile, a white licence document with a folded
 * corner and text lines, and a gold royalty seal. Shapes only, no fonts, so the picture is the same on every machine.
 *
 * <p>Run as a single-file program (no build needed): {@code java installer/icon/IconMaker.java OUT.png [SIZE]}.
 * The design is drawn on a 256-unit grid and scaled, so any size stays crisp.
 */
public final class IconMaker {
    private static final Color TILE_TOP = new Color(0x0969DA);   // AtlantaFX Primer Light accent
    private static final Color TILE_BOTTOM = new Color(0x0A3069);
    private static final Color PAPER = new Color(0xFFFFFF);
    private static final Color FOLD = new Color(0xC8DBF5);
    private static final Color TEXT_LINE = new Color(0x9EBBE3);
    private static final Color SEAL = new Color(0xF2B705);
    private static final Color SEAL_RING = new Color(0xB07D00);

    private IconMaker() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java IconMaker.java OUT.png [SIZE]");
            System.exit(2);
        }
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        Path out = Path.of(args[0]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        ImageIO.write(draw(size), "png", out.toFile());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 256.0, size / 256.0);
        tile(g);
        document(g);
        seal(g);
        g.dispose();
        return img;
    }

    private static void tile(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 8, TILE_TOP, 0, 248, TILE_BOTTOM));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
    }

    private static void document(Graphics2D g) {
        double left = 62, top = 40, right = 170, bottom = 206, fold = 34;
        Path2D page = new Path2D.Double();
        page.moveTo(left, top);
        page.lineTo(right - fold, top);
        page.lineTo(right, top + fold);
        page.lineTo(right, bottom);
        page.lineTo(left, bottom);
        page.closePath();
        g.setColor(PAPER);
        g.fill(page);

        Path2D corner = new Path2D.Double();
        corner.moveTo(right - fold, top);
        corner.lineTo(right - fold, top + fold);
        corner.lineTo(right, top + fold);
        corner.closePath();
        g.setColor(FOLD);
        g.fill(corner);

        g.setColor(TEXT_LINE);
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double[] lineEnds = {120, 150, 150, 128};
        for (int i = 0; i < lineEnds.length; i++) {
            double y = 94 + i * 24;
            g.draw(new java.awt.geom.Line2D.Double(left + 20, y, lineEnds[i], y));
        }
    }

    private static void seal(Graphics2D g) {
        double cx = 172, cy = 180, r = 46;
        // A tile-coloured ring separates the seal from the page at small sizes.
        g.setPaint(new GradientPaint(0, 8, TILE_TOP, 0, 248, TILE_BOTTOM));
        g.fill(new Ellipse2D.Double(cx - r - 7, cy - r - 7, 2 * (r + 7), 2 * (r + 7)));
        g.setColor(SEAL);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(SEAL_RING);
        g.setStroke(new BasicStroke(6));
        double inner = r - 12;
        g.draw(new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner));
        // A tick: the licence is signed and paying.
        Path2D tick = new Path2D.Double();
        tick.moveTo(cx - 16, cy + 1);
        tick.lineTo(cx - 4, cy + 13);
        tick.lineTo(cx + 18, cy - 11);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(tick);
    }
}
