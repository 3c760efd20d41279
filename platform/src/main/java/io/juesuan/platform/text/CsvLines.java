package io.juesuan.platform.text;

import io.juesuan.platform.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma-separated, double quotes around a field that holds a comma, a quote or a line
 * break, a quote inside doubled) into records, each with the line it starts on.
 */
public final class CsvLines {

    /** One record and the 1-based line of the text it starts on. */
    public record CsvRecord(int line, List<String> fields) {
    }

    private CsvLines() {
    }

    /**
     * The file's text, which must be UTF-8: a byte sequence that is not is refused naming its line, never read as
     * U+FFFD and stored.
     */
    public static String utf8(byte[] bytes) {
        try {
            return decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            int line = lineAt(bytes, StandardCharsets.UTF_8);
            throw ProblemException.invalidField("line[" + line + "]", "第" + line + "行不是 UTF-8 编码（如为 GBK，请另存为"
                    + " UTF-8）/ line " + line + " is not UTF-8: save the file as UTF-8");
        }
    }

    /**
     * The text of a file as a finance bureau's tools export it: UTF-8, else GBK (GB 2312's superset that Chinese
     * Excel and WPS write). Bytes that are neither are refused naming their line.
     */
    public static String utf8OrGbk(byte[] bytes) {
        return decodeUtf8OrGbk(bytes).text();
    }

    /** A file's text and the encoding it was read in. */
    public record Decoded(String text, Charset charset) {
    }

    /** {@link #utf8OrGbk}, saying which of the two the file was. */
    public static Decoded decodeUtf8OrGbk(byte[] bytes) {
        try {
            return new Decoded(decode(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(decode(bytes, GBK), GBK);
            } catch (CharacterCodingException notGbk) {
                int line = lineAt(bytes, GBK);
                throw ProblemException.invalidField("line[" + line + "]", "第" + line + "行既不是 UTF-8 也不是 GBK 编码 / "
                        + "line " + line + " is neither UTF-8 nor GBK");
            }
        }
    }

    private static final Charset GBK = Charset.forName("GBK");

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The 1-based line of the first byte {@code charset} cannot read. */
    private static int lineAt(byte[] bytes, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder(charset).decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        int line = 1;
        for (int i = 0; i < in.position() && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    public static List<CsvRecord> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(records, recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        addUnlessBlank(records, recordLine, fields);
        return records;
    }

    private static void addUnlessBlank(List<CsvRecord> records, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            records.add(new CsvRecord(line, List.copyOf(fields)));
        }
    }
}
