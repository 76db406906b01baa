package org.contrechamp.core.export;

import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.bundle.PhotoSharer;
import org.contrechamp.core.i18n.Messages;

/** An export's report as sentences, the same on the command line and in the window. */
public final class ExportReportText {

    private ExportReportText() {
    }

    /** What was written, and what was left out in all (one line each, the lines with nothing to say left out). */
    public static List<String> summary(ExportReport r, SightingFormat format, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(format == SightingFormat.OSM ? "export.report.written-osm" : "export.report.written",
                r.written(), r.file()));
        addIfAny(lines, messages, "export.report.drafts-left", r.draftsLeft());
        addIfAny(lines, messages, "export.report.kept-out", r.keptOutOfOsm());
        addIfAny(lines, messages, "export.report.not-for-osm", r.notForOsm());
        if (r.proposalsFile() != null) {
            lines.add(messages.get("export.report.proposals", r.proposedNodes(), r.proposalsFile()));
        }
        addIfAny(lines, messages, "export.report.already-in-osm", r.alreadyInOsm());
        if (r.photosFolder() != null) {
            lines.add(messages.get("export.report.photos", r.photosCopied(), r.photosFolder()));
        }
        addIfAny(lines, messages, "export.report.damaged", r.damaged().size());
        return lines;
    }

    /** Each thing left out by name: a tag OSM would refuse, a photo without a shared copy. */
    public static List<String> warnings(ExportReport r, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (LeftOutTag tag : r.leftOutTags()) {
            lines.add(messages.get("export.report.left-out", tag.sighting(), tag.key(),
                    messages.get("export.left-out." + tag.reason())));
        }
        for (PhotoSharer.Unshared photo : r.unsharedPhotos()) {
            lines.add(messages.get("export.report.unshared", photo.original().substring(0, Math.min(12,
                    photo.original().length())), messages.get("photo.unshared." + photo.reason(), photo.args().toArray())));
        }
        return lines;
    }

    private static void addIfAny(List<String> lines, Messages messages, String key, int count) {
        if (count > 0) {
            lines.add(messages.get(key, count));
        }
    }
}
