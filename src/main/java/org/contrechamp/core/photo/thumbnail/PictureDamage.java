package org.contrechamp.core.photo.thumbnail;

/** What is wrong with the picture data of a photo file, as {@link PictureCheck} finds it. */
public enum PictureDamage {
    /** Every part of the picture could be read. */
    NONE,
    /** The file stops before its picture does: a copy cut short (a card or stick pulled out too soon). */
    ENDS_EARLY,
    /** The picture's data is broken inside the file: whatever a decoder shows of it is partly made up. */
    DAMAGED
}
