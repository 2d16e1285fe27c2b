package io.licensor.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

    private static DetectedEncoding detect(byte[] bytes) {
        return EncodingDetector.detect(bytes, bytes.length, true);
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void aUtf8ByteOrderMarkIsUtf8AndSkipped() {
        DetectedEncoding e = detect(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Date,Net\n",
                StandardCharsets.UTF_8));

        assertThat(e.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(e.bomLength()).isEqualTo(3);
    }

    @Test
    void utf16ByteOrderMarksNameTheirByteOrder() {
        assertThat(detect(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a,b", StandardCharsets.UTF_16LE))
                .charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(detect(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, "a,b", StandardCharsets.UTF_16BE))
                .charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void utf16WithoutAMarkIsKnownByItsZeroBytes() {
        DetectedEncoding e = detect("Date,Amount\n2024-01-01,5\n".getBytes(StandardCharsets.UTF_16BE));

        assertThat(e.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(e.bomLength()).isZero();
    }

    @Test
    void validUtf8WithoutAMarkIsUtf8() {
        assertThat(detect("Titre,Redevance €\nCafé,5\n".getBytes(StandardCharsets.UTF_8)).charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252() {
        DetectedEncoding e = detect("Titre;Montant\nCafé;5\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(e.charset().name()).isEqualTo("windows-1252");
        assertThat(e.how()).contains("byte 18");
    }

    @Test
    void aCharacterCutAtTheEndOfASampleIsNotHeldAgainstUtf8() {
        byte[] euro = "ab€".getBytes(StandardCharsets.UTF_8);

        assertThat(EncodingDetector.detect(euro, euro.length - 1, false).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.detect(euro, euro.length - 1, true).charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void overlongAndSurrogateSequencesAreNotUtf8() {
        assertThat(EncodingDetector.firstInvalidUtf8(new byte[] {'a', (byte) 0xC0, (byte) 0xAF}, 3, true)).isEqualTo(1);
        assertThat(EncodingDetector.firstInvalidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 3, true))
                .isZero();
    }
}
