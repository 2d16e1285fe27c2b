package io.licensor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Process start to main window shown, under a virtual X display (xvfb-run) with installer/window-probe.sh, for the
 * app opening the generated portfolio against {@link BareWindow} started the same way (java -cp with the same class
 * path). Runs alternate so both share the machine's load alike; one unmeasured run of each comes first. Every run of
 * the app uses a throw-away home, so it opens the portfolio named by LICENSOR_PORTFOLIO, not a remembered one.
 * Beside "window shown" (the budgeted figure) it reports, for information, "window ready": the same runs of the app
 * timed on until the portfolio is open and the dashboard's first figures are laid out (the app writes a marker file
 * then, under -Dlicensor.readyMarker, which only this benchmark sets).
 */
final class StartupFigures {
    private static final String XVFB_SCREEN = "-screen 0 1280x800x24 -nolisten tcp";

    private StartupFigures() {}

    static boolean displayAvailable() {
        return Children.onPath("xvfb-run") && Children.onPath("xdotool") && Children.onPath("xauth");
    }

    /**
     * Start-up at {@code receipts}; with {@code cds}, each program runs with an AppCDS archive of its own classes
     * (a static archive dumped from the class list of one training run, as installer/train-cds.sh does for the
     * installed app), so both are again started the same way.
     */
    static List<Row> measure(Path portfolio, long receipts, int runs, boolean cds) throws Exception {
        String figure = "startup: process start to main window shown" + (cds ? ", both with AppCDS" : "");
        if (!displayAvailable()) {
            return List.of(Row.skipped(figure, receipts, "no display (needs xvfb-run, xauth and xdotool)"));
        }
        Path home = Files.createTempDirectory("licensor-bench-home");
        // a static CDS archive takes jars only: both programs then run from the same jarred class path
        String classPath = cds ? jarred(home) : Children.classPath();
        List<String> appFlags = new ArrayList<>(List.of("-cp", classPath));
        List<String> bareFlags = new ArrayList<>(appFlags);
        if (cds) {
            appFlags.addAll(archive("^Licensor", "io.licensor.app.Launcher", portfolio, home, classPath));
            bareFlags.addAll(archive("^Bare", BareWindow.Main.class.getName(), portfolio, home, classPath));
        }
        double[] app = new double[runs];
        double[] bare = new double[runs];
        double[] appCpu = new double[runs];
        double[] bareCpu = new double[runs];
        double[] ready = new double[runs];
        double[] readyCpu = new double[runs];
        for (int i = -1; i < runs; i++) {
            double[] a = once("^Licensor", "io.licensor.app.Launcher", portfolio, home, appFlags, true);
            double[] b = once("^Bare", BareWindow.Main.class.getName(), portfolio, home, bareFlags, false);
            if (i >= 0) {
                app[i] = a[0];
                appCpu[i] = a[1];
                ready[i] = a[2];
                readyCpu[i] = a[3];
                bare[i] = b[0];
                bareCpu[i] = b[1];
            }
        }
        double appMs = median(app);
        double bareMs = median(bare);
        double ratio = appMs / bareMs;
        Row shown = new Row(figure, receipts, Row.ms(appMs) + " (CPU " + Row.ms(median(appCpu)) + ")",
                Row.ms(bareMs) + " (bare JavaFX window; CPU " + Row.ms(median(bareCpu)) + ")",
                Row.times(ratio) + " (CPU " + Row.times(median(appCpu) / median(bareCpu)) + ")", "<= 1.3x",
                Row.verdict(ratio <= 1.3));
        Row readyRow = new Row("startup: process start to window ready (portfolio open, dashboard figures drawn)"
                + (cds ? ", with AppCDS" : ""), receipts, Row.ms(median(ready)) + " (CPU " + Row.ms(median(readyCpu))
                + ")", Row.ms(bareMs) + " (bare window shown)", Row.times(median(ready) / bareMs) + " (CPU "
                + Row.times(median(readyCpu) / median(bareCpu)) + ")", "information", "-");
        return List.of(shown, readyRow);
    }

    /** Trains and dumps an archive for the program; returns the JVM flags that use it. */
    private static List<String> archive(String title, String mainClass, Path portfolio, Path home, String classPath)
            throws Exception {
        Path list = home.resolve(mainClass + ".classlist");
        Path jsa = home.resolve(mainClass + ".jsa");
        // the app's training run lasts until it is ready, as installer/train-cds.sh trains the installed app
        boolean app = !mainClass.equals(BareWindow.Main.class.getName());
        once(title, mainClass, portfolio, home, List.of("-cp", classPath, "-XX:DumpLoadedClassList=" + list), app);
        Children.Output dump = Children.run(List.of(Children.java(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + jsa, "-cp", classPath), Map.of());
        if (dump.exitCode() != 0) {
            throw new IllegalStateException("CDS dump failed: " + String.join("\n", dump.lines()));
        }
        return List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto");
    }

    /** {wall ms, CPU ms} until the window showed; with {@code ready} then {wall ms, CPU ms} until it was ready. */
    private static double[] once(String title, String mainClass, Path portfolio, Path home, List<String> flags,
            boolean ready) throws Exception {
        Path probe = Path.of("installer", "window-probe.sh").toAbsolutePath();
        Path marker = home.resolve("ready-marker");
        Files.deleteIfExists(marker);
        List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", XVFB_SCREEN, "bash", probe.toString(),
                "--title", title, "--hold", "0.3"));
        if (ready) {
            // reading a million receipts and computing their dashboard took over 120 s at a load average of 15
            command.addAll(List.of("--timeout", "600", "--ready-file", marker.toString()));
        } else {
            command.addAll(List.of("--timeout", "120"));
        }
        command.addAll(List.of("--", Children.java()));
        command.addAll(flags);
        if (ready) {
            command.add("-Dlicensor.readyMarker=" + marker);
        }
        command.addAll(List.of("-Duser.home=" + home, "-Dlicensor.logdir=" + home.resolve("logs"), mainClass));
        Children.Output out = Children.run(command, Map.of("HOME", home.toString(),
                "XDG_DATA_HOME", home.resolve("data").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "LICENSOR_PORTFOLIO", portfolio.toAbsolutePath().toString()));
        String shown = out.value("window-shown-ms");
        if (out.exitCode() != 0 || shown == null) {
            throw new IllegalStateException("no window from " + mainClass + ": " + String.join("\n", out.lines()));
        }
        if (!ready) {
            return new double[] {Double.parseDouble(shown), Double.parseDouble(out.value("window-cpu-ms"))};
        }
        return new double[] {Double.parseDouble(shown), Double.parseDouble(out.value("window-cpu-ms")),
            Double.parseDouble(out.value("window-ready-ms")), Double.parseDouble(out.value("window-ready-cpu-ms"))};
    }

    /** The class path with each class folder packed into a jar in {@code home}. */
    private static String jarred(Path home) throws Exception {
        List<String> entries = new ArrayList<>();
        for (String entry : Children.classPath().split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = home.resolve(path.getFileName() + ".jar");
                String tool = Path.of(System.getProperty("java.home"), "bin", "jar").toString();
                Children.Output out = Children.run(List.of(tool, "--create", "--file", jar.toString(), "-C",
                        path.toString(), "."), Map.of());
                if (out.exitCode() != 0) {
                    throw new IllegalStateException("jar failed: " + String.join("\n", out.lines()));
                }
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
