package org.contrechamp.core.photo.imports;

import java.util.StringJoiner;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.PhotoMetadata;

/**
 * What an import report says about one file, in words: the reason for its status, then each
 * metadata block that could not be read, naming the block and where it sits in the file. The
 * command line and the window say the same.
 */
public final class ImportLineText {

    private ImportLineText() {
    }

    /** The sentences about a file, or {@code null} when there is nothing to say. */
    public static String of(ImportedFile f, Messages messages) {
        StringJoiner text = new StringJoiner("; ");
        if (f.reason() != null) {
            text.add(messages.get("photo.reason." + f.reason(), f.reasonArgs().toArray()));
        }
        for (PhotoMetadata.UnreadBlock b : f.unreadBlocks()) {
            text.add(messages.get("photo.unread-block", messages.get("photo.block." + b.kind()), b.segmentName(),
                    b.offset()));
        }
        return text.length() == 0 ? null : text.toString();
    }

    /** Whether a report shows this file among those it has something to say about. */
    public static boolean worthAWord(ImportedFile f) {
        return f.status() != ImportStatus.IMPORTED || f.reason() != null
                || !f.unreadBlocks().isEmpty();
    }
}
