package io.licensor.exchange.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A reader that decodes strictly and fails exactly where the bytes go wrong. {@link java.io.InputStreamReader} decodes
 * thousands of bytes ahead of the consumer, so when it fails the consumer cannot tell on which line the bad byte
 * was. This reader first hands out every character decoded before the bad byte and only then throws, so the
 * tokenizer's line counter names the right line. It also counts the bytes read, for progress bars.
 */
final class DecodingReader extends Reader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private long bytesRead;
    private boolean endOfInput;
    private boolean flushed;
    private IOException pending;

    DecodingReader(InputStream in, Charset charset, int skipBytes) throws IOException {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(strict(charset) ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
                .onUnmappableCharacter(strict(charset) ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE);
        bytes.flip();
        chars.flip();
        in.skipNBytes(skipBytes);
        bytesRead = skipBytes;
    }

    /** Single-byte code pages decode anything; only the Unicode encodings can meet impossible bytes. */
    private static boolean strict(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-");
    }

    /** Bytes taken from the stream so far (a little ahead of the characters handed out). */
    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (pending != null) {
            throw pending;
        }
        chars.clear();
        try {
            decodeSome();
        } finally {
            chars.flip();
        }
        if (chars.hasRemaining()) {
            return true;
        }
        if (pending != null) {
            throw pending;
        }
        return false;
    }

    private void decodeSome() throws IOException {
        if (flushed) {
            // the end was reached and the decoder flushed: a reader asking again (an unclosed quote at the end of
            // the file does) gets the end again; decoding once more would be an IllegalStateException
            return;
        }
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                long offset = bytesRead - bytes.remaining();
                pending = new MalformedBytesException(offset, decoder.charset());
                return;
            }
            if (result.isOverflow() || (chars.position() > 0 && !endOfInput)) {
                return;
            }
            if (endOfInput) {
                if (!flushed) {
                    decoder.flush(chars);
                    flushed = true;
                }
                return;
            }
            readBytes();
        }
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesRead += n;
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Bytes that are impossible in the chosen encoding. */
    static final class MalformedBytesException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final long offset;
        private final transient Charset charset;

        MalformedBytesException(long offset, Charset charset) {
            this.offset = offset;
            this.charset = charset;
        }

        /** 0-based byte offset of the first bad byte in the file. */
        long offset() {
            return offset;
        }

        @Override
        public String getMessage() {
            return "byte " + (offset + 1) + " is not valid " + charset.name();
        }
    }
}
