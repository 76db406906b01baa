package org.contrechamp.core.review;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.FieldValues;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.merge.Version;

/**
 * What a review decision chose, as the audit log keeps it: per field, which side (or a typed value)
 * and the value the record took, so that the log still says "operator = SNCF" long after both sides
 * have changed again. Keyed by the field's path, as the review item's own record of the decision:
 * <pre>{"operator":{"name":"operator","took":"theirs","value":"SNCF"},
 *  "deleted":{"name":"deleted","took":"mine","deleted":false}}</pre>
 * {@code value} is absent when the field was left empty; the record's existence says {@code deleted}.
 * {@code "@item"} names what was decided ({@code conflict}, {@code proposal}, {@code collision}): a
 * decision taken field by field is one kind in the log, and this says which it was.
 */
final class DecisionDetail {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DecisionDetail() {
    }

    /** The key of what was decided: no field's path starts with {@code @}. */
    static final String ITEM = "@item";

    static String of(ReviewKind kind, Resolution resolution, Version result) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put(ITEM, kind.name().toLowerCase(java.util.Locale.ROOT));
        resolution.choices().forEach((field, choice) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", FieldValues.name(field));
            entry.put("took", choice instanceof Choice.Typed ? "typed" : choice instanceof Choice.Theirs ? "theirs" : "mine");
            if (field == MergeField.DELETION) {
                entry.put("deleted", result.deleted());
            } else {
                String value = FieldValues.text(field, result);
                if (value != null) {
                    entry.put("value", value);
                }
            }
            detail.put(field.path(), entry);
        });
        try {
            return MAPPER.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
