package io.licensor.cli;

import io.licensor.model.InputRejectedException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line (shared/spec/cli.md). Exit codes: 0 done, 2 bad input, 3 portfolio in use, 4 password
 * missing or wrong, 1 other.
 */
@Command(name = "licensor", mixinStandardHelpOptions = true, version = "Licensor 0.1",
        description = "Offline IP portfolio and royalty manager. Without a command it opens the desktop app.",
        subcommands = {
            ImportCommand.class,
            ExportCommand.class,
            SimulateCommand.class,
            MetricsCommand.class,
            ImportReceiptsCommand.class,
            ReportCommand.class,
            PasswordCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
        })
public final class LicensorCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(LicensorCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: see licensor --help");
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs with the given streams (tests use this) and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new LicensorCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(ExitCodes::forException);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("licensor: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            int code = ExitCodes.forException(ex);
            if (code == ExitCodes.FAILURE) {
                LOG.error("Command failed", ex);
                err.println("licensor: " + oneLine(ex) + " (details in the log file)");
            } else {
                err.println("licensor: " + ex.getMessage());
            }
            return code;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        return m == null ? ex.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    static boolean isInputProblem(Throwable ex) {
        return ex instanceof InputRejectedException;
    }
}
