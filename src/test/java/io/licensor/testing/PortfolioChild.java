package io.licensor.testing;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.service.PortfolioInUseException;
import io.licensor.service.PortfolioService;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The main class of child JVMs that durability and locking tests start and kill. Usage: {@code MODE FOLDER [N]}.
 * It reports each step on standard output, one line each, so the parent knows what has happened.
 */
public final class PortfolioChild {
    private PortfolioChild() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path folder = Path.of(args[1]);
        switch (args[0]) {
            case "save-and-hang" -> saveAndHang(out, folder, Integer.parseInt(args[2]));
            case "open-close" -> {
                try (PortfolioService s = PortfolioService.open(folder)) {
                    s.saveAsset(Asset.of("A1", "Saved before close", AssetType.PATENT));
                }
                out.println("closed");
            }
            case "hold" -> {
                PortfolioService.open(folder);
                out.println("open");
                hang();
            }
            case "try-open" -> {
                try (PortfolioService s = PortfolioService.open(folder)) {
                    out.println("opened " + s.folder());
                } catch (PortfolioInUseException e) {
                    out.println("in use: " + e.getMessage());
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Saves assets A1..An one transaction each, says so after each commit, then waits to be killed. */
    private static void saveAndHang(PrintStream out, Path folder, int count) throws InterruptedException {
        PortfolioService s = PortfolioService.open(folder);
        for (int i = 1; i <= count; i++) {
            s.saveAsset(Asset.of("A" + i, "Committed " + i, AssetType.SOFTWARE));
            out.println("saved A" + i);
        }
        hang();
    }

    private static void hang() throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
    }
}
