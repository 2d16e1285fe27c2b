package io.licensor.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real second JVM running {@link PortfolioChild} on the test class path, read line by line. */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        reader = new Thread(this::pump, "child-jvm-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts another test main class ({@code main args...}) the same way; its standard error goes to the file. */
    public static ChildJvm startMain(Class<?> main, Path errorLog, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(errorLog.toFile());
        return new ChildJvm(pb.start());
    }

    /**
     * Every line the JVM printed that no {@link #await} took yet, once it has ended (killed or exited): the whole
     * of what it said, up to the moment it died.
     */
    public List<String> remainingLines() throws InterruptedException {
        reader.join(10_000);
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        return rest;
    }

    /** Starts {@code PortfolioChild mode folder extra...}; its standard error goes to the given file. */
    public static ChildJvm start(Path errorLog, String mode, Path folder, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx128m", "-XX:TieredStopAtLevel=1",
                PortfolioChild.class.getName(), mode, folder.toString()));
        command.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(errorLog.toFile());
        return new ChildJvm(pb.start());
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("<read failed: " + e + ">");
        }
    }

    /**
     * Waits for a line starting with the prefix, skipping others (such as log lines); fails the test with what was
     * seen so far when none comes in time.
     */
    public String await(String prefix, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("child JVM printed no line starting with '" + prefix + "' within "
                        + timeoutSeconds + " s (alive: " + process.isAlive() + ", seen: " + seen + ")");
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** Kills the JVM like kill -9: no shutdown hooks, no clean close; returns once it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True when the JVM exited by itself within the time. */
    public boolean exitsWithin(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    public int exitValue() {
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
