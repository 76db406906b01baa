package org.contrechamp.core.bundle;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.contrechamp.core.common.CanonicalUuids;
import org.contrechamp.core.common.CharSpans;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingJson;

/**
 * Reads one record of a manifest straight from the stream, in the one form the exporter writes it:
 * each member once with the type it is written with ({@code id}, {@code baseDigest} and
 * {@code change} texts, revisions plain integers, {@code fields} an array of field names,
 * {@code deleted} true or false, {@code sighting} an object). Building a small tree of each record's
 * own members first, then checking the tree, took about as long as reading its sighting.
 *
 * <p>It only ever accepts: anything else (a member missing, unknown or of another type, a null, a
 * value {@link ManifestReader#record} refuses) throws {@link IllegalStateException}, and the
 * manifest is then read as a tree, which names the problem. Every value it accepts is one the tree
 * reading accepts and reads the same way: {@code QuickReadersTest} bends records member by member
 * to hold it to that.
 */
final class QuickRecord {

    private static final SightingField[] FIELDS = SightingField.values();

    private QuickRecord() {
    }

    /** The record whose opening brace the parser stands on; the parser is left on its closing brace. */
    static BundleRecord read(JsonParser p) throws IOException {
        UUID id = null;
        long revision = -1;
        long base = -1;
        String baseDigest = null;
        ChangeKind change = null;
        Set<SightingField> fields = null;
        Boolean deleted = null;
        Sighting sighting = null;
        // A name given twice is refused by the parser (CheckedParser).
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = CanonicalUuids.parse(text(p, value));
                case "revision" -> revision = plainInt(p, value);
                case "baseRevision" -> base = plainInt(p, value);
                case "baseDigest" -> baseDigest = text(p, value);
                case "change" -> change = ChangeKind.fromCode(text(p, value));
                case "fields" -> fields = fields(p, value);
                case "deleted" -> deleted = bool(value);
                case "sighting" -> sighting = SightingJson.read(p);
                default -> throw giveUp();
            }
        }
        if (id == null || revision < 1 || base < 0 || base >= revision || !ManifestReader.baseDigestFits(base, baseDigest)
                || change == null || fields == null || deleted == null || !ManifestReader.changeFits(change, base, deleted)
                || sighting == null || !sighting.id().equals(id) || sighting.revision() != revision) {
            throw giveUp();
        }
        return new BundleRecord(id, revision, base, baseDigest, change, fields, deleted, sighting);
    }

    private static String text(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw giveUp();
        }
        return p.getText();
    }

    /**
     * An integer that fits an int: revisions are at most {@link Integer#MAX_VALUE}. The parser
     * throws for a larger one, which gives up as well.
     */
    private static int plainInt(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw giveUp();
        }
        return p.getIntValue();
    }

    private static boolean bool(JsonToken value) {
        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw giveUp();
        }
        return value == JsonToken.VALUE_TRUE;
    }

    /**
     * The changed fields, each named once. The exporter writes them in the order of
     * {@link SightingField}, so the name after a field's is tried first: one comparison per name,
     * made on the parser's characters without making a string.
     */
    private static Set<SightingField> fields(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw giveUp();
        }
        Set<SightingField> fields = EnumSet.noneOf(SightingField.class);
        int next = 0;
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            SightingField field = field(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), next);
            if (!fields.add(field)) {
                throw giveUp();
            }
            next = field.ordinal() + 1;
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw giveUp();
        }
        return fields;
    }

    /** The field named by {@code length} characters at {@code offset}, looked for from {@code first} on. */
    private static SightingField field(char[] chars, int offset, int length, int first) {
        for (int k = 0; k < FIELDS.length; k++) {
            SightingField candidate = FIELDS[(first + k) % FIELDS.length];
            if (CharSpans.spells(candidate.jsonName(), chars, offset, length)) {
                return candidate;
            }
        }
        throw giveUp();
    }

    /** Not the plain form: the manifest is read as a tree instead. */
    private static IllegalStateException giveUp() {
        return new IllegalStateException("not a record as the exporter writes it");
    }
}
