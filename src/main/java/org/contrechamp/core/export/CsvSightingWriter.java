package org.contrechamp.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;

import org.contrechamp.core.common.DecimalText;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;

/**
 * RFC 4180 CSV (comma, CRLF, quotes doubled, UTF-8, a header) for spreadsheets: local columns, one
 * column per modelled OSM tag, and {@code other_tags} holding the remaining tags as {@code key=value}
 * pairs separated by {@code |}. French spreadsheets read ',' as the decimal mark: for them the same
 * file with ';' between cells (numbers keep their '.': they are data, not display).
 */
final class CsvSightingWriter implements SightingWriter {

    static final List<String> TAG_COLUMNS = List.of(SightingTags.SURVEILLANCE_TYPE, SightingTags.SURVEILLANCE,
            SightingTags.ZONE, SightingTags.CAMERA_TYPE, SightingTags.CAMERA_MOUNT, SightingTags.CAMERA_DIRECTION,
            SightingTags.CAMERA_ANGLE, SightingTags.HEIGHT, SightingTags.OPERATOR, SightingTags.OPERATOR_TYPE,
            SightingTags.MANUFACTURER, SightingTags.MODEL, SightingTags.SURVEY_DATE, SightingTags.CHECK_DATE,
            SightingTags.FIXME, SightingTags.NOTE);


    private final Writer out;
    private final WriteOptions options;
    private final String separator;

    CsvSightingWriter(Writer out, WriteOptions options) throws IOException {
        this.out = out;
        this.options = options;
        this.separator = String.valueOf(options.csvSeparator());
        if (options.csvSeparator() == ';') {
            // The spreadsheet variant: Excel reads UTF-8 only after a byte-order mark (accents garbled otherwise).
            out.write('\ufeff');
        }
        StringJoiner header = new StringJoiner(separator);
        for (String column : List.of("id", "revision", "lat", "lon", "position_source", "status", "draft",
                "created_at", "updated_at", "photos", "street")) {
            header.add(column);
        }
        TAG_COLUMNS.forEach(header::add);
        header.add("other_tags");
        out.write(header + "\r\n");
    }

    @Override
    public void write(Sighting s) {
        SortedMap<String, String> tags = SightingTags.toTags(s, true);
        StringJoiner row = new StringJoiner(separator);
        row.add(s.id().toString());
        row.add(Long.toString(s.revision()));
        row.add(DecimalText.shortest(s.position().latitude()));
        row.add(DecimalText.shortest(s.position().longitude()));
        row.add(s.position().source().osmValue());
        row.add(s.status().osmValue());
        row.add(Boolean.toString(s.draft()));
        row.add(cell(text(s.createdAt())));
        row.add(cell(text(s.updatedAt())));
        row.add(cell(String.join(" ", options.photos().apply(s))));
        row.add(cell(s.street() == null ? null : s.street().name()));
        for (String key : TAG_COLUMNS) {
            row.add(cell(tags.remove(key)));
        }
        tags.remove(SightingTags.MAN_MADE);
        StringJoiner others = new StringJoiner("|");
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            others.add(tag.getKey() + "=" + tag.getValue());
        }
        row.add(cell(others.toString()));
        try {
            out.write(row + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An unknown value is an empty cell; a text that reads "null" is a text like any other. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private String cell(String value) {
        return field(value, options.csvSeparator());
    }

    /** One cell with this file's separator ({@link CsvCells}). */
    static String field(String value, char separator) {
        return CsvCells.quote(value, separator);
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
