package org.contrechamp.core.declared;

import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * A published list read as a table: the header line, the rows with the line each starts on, and the
 * lines that could not be read (reported and skipped, never guessed). The separator is the one the
 * header uses most, of semicolon (French office software), comma and tab. Fields may be quoted, with
 * {@code ""} for a quote and line breaks inside. A quote that is never closed would swallow the rest
 * of the file, so a record that spans lines and does not have the header's number of fields is
 * reported on its first line and reading starts again on the next one.
 */
public final class CsvTable {

    /** A row of the list, with the line (from 1) it starts on. */
    public record Row(int line, List<String> fields) {
    }

    /**
     * A line that was skipped and why: {@code unclosed-quote}, or {@code field-count} with the number of
     * fields found and the number the header has.
     */
    public record BrokenLine(int line, String reason, int found, int expected) {
    }

    private final char separator;
    private final List<String> header;
    private final List<Row> rows;
    private final List<BrokenLine> broken;

    private CsvTable(char separator, List<String> header, List<Row> rows, List<BrokenLine> broken) {
        this.separator = separator;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.broken = List.copyOf(broken);
    }

    public char separator() {
        return separator;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<BrokenLine> broken() {
        return broken;
    }

    /** Reads {@code text}; a list with no header line at all is refused with a problem naming the file. */
    public static CsvTable parse(String fileName, String text) {
        List<Integer> lineStarts = lineStarts(text);
        int first = 0;
        while (first < lineStarts.size() && lineAt(text, lineStarts, first).isBlank()) {
            first++;
        }
        if (first == lineStarts.size()) {
            throw new InvalidInputException(Problem.of(fileName, "declared-empty-list"));
        }
        char separator = separatorOf(lineAt(text, lineStarts, first));
        Parsed head = record(text, lineStarts, first, separator);
        if (head == null) {
            throw new InvalidInputException(Problem.of(fileName, "declared-broken-header", first + 1));
        }
        List<String> header = new ArrayList<>();
        for (String name : head.fields) {
            header.add(name.replace("\uFEFF", "").strip());
        }
        List<Row> rows = new ArrayList<>();
        List<BrokenLine> broken = new ArrayList<>();
        int line = head.lastLine + 1;
        while (line < lineStarts.size()) {
            if (lineAt(text, lineStarts, line).isBlank()) {
                line++;
                continue;
            }
            Parsed record = record(text, lineStarts, line, separator);
            if (record == null) {
                broken.add(new BrokenLine(line + 1, "unclosed-quote", 0, header.size()));
                line++;
                continue;
            }
            List<String> fields = withoutTrailingEmpties(record.fields, header.size());
            if (fields.size() != header.size()) {
                broken.add(new BrokenLine(line + 1, "field-count", fields.size(), header.size()));
                line++; // a record that spanned lines had a stray quote: its next lines are rows of their own
                continue;
            }
            rows.add(new Row(line + 1, fields));
            line = record.lastLine + 1;
        }
        return new CsvTable(separator, header, rows, broken);
    }

    /** Spreadsheets add separators after the last column; extra empty fields at the end are no harm. */
    private static List<String> withoutTrailingEmpties(List<String> fields, int wanted) {
        int size = fields.size();
        while (size > wanted && fields.get(size - 1).isBlank()) {
            size--;
        }
        return size == fields.size() ? fields : fields.subList(0, size);
    }

    private record Parsed(List<String> fields, int lastLine) {
    }

    /** One record starting on line {@code startLine} (from 0), or null when a quote is never closed. */
    private static Parsed record(String text, List<Integer> lineStarts, int startLine, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = lineStarts.get(startLine);
        int line = startLine;
        boolean quoted = false;
        boolean fieldStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                break;
            }
            if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
                fieldStart = true;
                i++;
                continue;
            }
            if (c == '"' && fieldStart && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                fieldStart = false;
                i++;
                continue;
            }
            fieldStart = false;
            field.append(c); // a quote inside an unquoted field is taken as it is
            i++;
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().strip());
        return new Parsed(fields, line);
    }

    private static char separatorOf(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                if (i + 1 < text.length()) {
                    starts.add(i + 1);
                }
            }
        }
        return starts;
    }

    private static String lineAt(String text, List<Integer> starts, int index) {
        int start = starts.get(index);
        int end = index + 1 < starts.size() ? starts.get(index + 1) : text.length();
        return text.substring(start, end);
    }
}
