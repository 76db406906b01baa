package org.contrechamp.core.merge;

/**
 * One thing both sides changed, to different values. The values are what the field holds on each
 * side ({@code null}: not known, or an absent extra tag); {@code base} is also {@code null} when the
 * two sides have no common base. For {@link MergeField#DELETION} the values are {@link Boolean}s:
 * whether that side is deleted.
 */
public record FieldConflict(MergeField field, Object base, Object mine, Object theirs) {

    /** The same conflict seen from the other side. */
    public FieldConflict swapped() {
        return new FieldConflict(field, base, theirs, mine);
    }
}
