package org.contrechamp.core.area;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds small OSM XML files for tests: a neighbourhood made to order. */
public final class OsmXml {

    private final StringBuilder body = new StringBuilder();
    private String bounds = "";

    public static OsmXml create() {
        return new OsmXml();
    }

    public OsmXml bounds(double minLon, double minLat, double maxLon, double maxLat) {
        bounds = String.format(java.util.Locale.ROOT, "  <bounds minlat=\"%s\" minlon=\"%s\" maxlat=\"%s\" maxlon=\"%s\"/>%n",
                minLat, minLon, maxLat, maxLon);
        return this;
    }

    /** A node; tags as key, value, key, value... */
    public OsmXml node(long id, double lat, double lon, String... tags) {
        body.append(String.format(java.util.Locale.ROOT, "  <node id=\"%d\" lat=\"%s\" lon=\"%s\"", id, lat, lon));
        if (tags.length == 0) {
            body.append("/>\n");
            return this;
        }
        body.append(">\n");
        tags(tags);
        body.append("  </node>\n");
        return this;
    }

    public OsmXml way(long id, long[] refs, String... tags) {
        body.append("  <way id=\"").append(id).append("\">\n");
        for (long ref : refs) {
            body.append("    <nd ref=\"").append(ref).append("\"/>\n");
        }
        tags(tags);
        body.append("  </way>\n");
        return this;
    }

    /** A relation; members as "way:12:outer" strings. */
    public OsmXml relation(long id, String[] members, String... tags) {
        body.append("  <relation id=\"").append(id).append("\">\n");
        for (String member : members) {
            String[] parts = member.split(":", -1);
            body.append("    <member type=\"").append(parts[0]).append("\" ref=\"").append(parts[1])
                    .append("\" role=\"").append(parts[2]).append("\"/>\n");
        }
        tags(tags);
        body.append("  </relation>\n");
        return this;
    }

    public OsmXml raw(String xml) {
        body.append(xml);
        return this;
    }

    private void tags(String... tags) {
        for (int i = 0; i < tags.length; i += 2) {
            body.append("    <tag k=\"").append(escape(tags[i])).append("\" v=\"").append(escape(tags[i + 1])).append("\"/>\n");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    public String text() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"test\">\n" + bounds + body
                + "</osm>\n";
    }

    public Path write(Path file) throws IOException {
        Files.writeString(file, text(), StandardCharsets.UTF_8);
        return file;
    }

    public Path writeGzip(Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text().getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** Ids 1..n as a long array. */
    public static long[] refs(long... ids) {
        return ids;
    }
}
