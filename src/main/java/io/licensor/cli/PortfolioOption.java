package io.licensor.cli;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.service.DataFolders;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;

/** The {@code --portfolio DIR} and {@code --password-file FILE} options every portfolio command shares. */
public final class PortfolioOption {
    @Option(names = "--portfolio", paramLabel = "DIR",
            description = "The portfolio folder. Default: $LICENSOR_PORTFOLIO, else the platform's data folder "
                    + "+ /default (~/.local/share/licensor/default on Linux).")
    private Path portfolio;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file holding the portfolio's password (UTF-8; one line break at the end is ignored). "
                    + "Needed for a portfolio protected by a password; a new portfolio created with it is "
                    + "encrypted. A missing or wrong password exits with code 4.")
    private Path passwordFile;

    /** The folder given, or the default portfolio folder. */
    public Path folder() {
        return portfolio != null ? portfolio : DataFolders.defaultPortfolio();
    }

    /**
     * The folder given (or the default), which must already hold a portfolio: opening would create an empty one, and
     * a mistyped folder must be an error, not an empty export, report or backup.
     *
     * @throws InputRejectedException naming {@code --portfolio} when the folder holds no portfolio
     */
    public Path existingFolder() {
        Path folder = folder();
        if (!io.licensor.service.PortfolioService.exists(folder)) {
            throw new InputRejectedException(null, new Problem("--portfolio " + folder,
                    "there is no portfolio in this folder"));
        }
        return folder;
    }

    /**
     * The password read from {@code --password-file}, or null when the option was not given.
     *
     * @throws InputRejectedException when the file cannot be read, is not UTF-8 or holds no password
     */
    public char[] password() {
        return passwordFile == null ? null : readPasswordFile(passwordFile, "--password-file");
    }

    /**
     * The password in a password file: UTF-8, without one final line break.
     *
     * @throws InputRejectedException naming the option when the file cannot be read, is not UTF-8 or is empty
     */
    static char[] readPasswordFile(Path passwordFile, String option) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(passwordFile);
        } catch (IOException e) {
            throw refused(passwordFile, option, Files.exists(passwordFile) ? "cannot be read: " + e.getMessage()
                    : "does not exist");
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            char[] text = new char[chars.remaining()];
            chars.get(text);
            Arrays.fill(chars.array(), '\0');
            int end = text.length;
            // editors end a file with a line break; it is not part of the password
            if (end > 0 && text[end - 1] == '\n') {
                end--;
                if (end > 0 && text[end - 1] == '\r') {
                    end--;
                }
            }
            char[] password = Arrays.copyOf(text, end);
            Arrays.fill(text, '\0');
            if (password.length == 0) {
                throw refused(passwordFile, option, "is empty; write the password into it");
            }
            return password;
        } catch (CharacterCodingException e) {
            throw refused(passwordFile, option, "is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static InputRejectedException refused(Path file, String option, String problem) {
        return new InputRejectedException(file.toString(), new Problem(option, problem));
    }
}
