package io.juesuan.procurement.contracts;

import io.juesuan.platform.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma-separated, double quotes around a field that holds a comma, a quote or a line
 * break, a quote inside doubled) into records, each with the line it starts on.
 */
final class CsvLines {

    /** One record and the 1-based line of the text it starts on. */
    record CsvRecord(int line, List<String> fields) {
    }

    private CsvLines() {
    }

    /**
     * The file's text, which must be UTF-8: a byte sequence that is not is refused naming its line, never read as
     * U+FFFD and stored.
     */
    static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < in.position() && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw ProblemException.invalidField("line[" + line + "]", "第" + line + "行不是 UTF-8 编码（如为 GBK，请另存为"
                    + " UTF-8）/ line " + line + " is not UTF-8: save the file as UTF-8");
        }
    }

    static List<CsvRecord> parse(String text) {
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
