package org.contrechamp.core.area.osm;

import java.io.EOFException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.contrechamp.core.common.InvalidInputException;

/**
 * Reads OSM XML (API 0.6, JOSM, Overpass, osmium) with StAX. Hardened: no DTD, no external
 * entities, so a hostile file can neither read local files nor expand entities exponentially.
 * Elements JOSM marks {@code action="delete"} and history's {@code visible="false"} are skipped; an
 * Overpass {@code <remark>} (a server-side error: the answer is incomplete) is an error.
 */
final class OsmXmlReader {

    private static final XMLInputFactory FACTORY = hardenedFactory();

    private final ReadContext context;
    private XMLStreamReader xml;

    OsmXmlReader(ReadContext context) {
        this.context = context;
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    void read(InputStream in, OsmHandler handler) {
        FailureRecordingInputStream source = new FailureRecordingInputStream(in);
        try {
            xml = FACTORY.createXMLStreamReader(source);
            try {
                readDocument(handler);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw translate(source.failure() != null ? new XMLStreamException(source.failure()) : e);
        } catch (InvalidInputException e) {
            // A structure error caused by the input failing below (gzip cut short) is that failure.
            throw source.failure() != null ? translate(new XMLStreamException(source.failure())) : e;
        }
    }

    private InvalidInputException translate(XMLStreamException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
            if (t instanceof EOFException) {
                return context.problem("osm-truncated");
            }
            if (t instanceof ZipException) {
                return context.problem("osm-corrupt", String.valueOf(t.getMessage()));
            }
            if (t instanceof java.io.IOException io) {
                return context.problem("file-unreadable", String.valueOf(io.getMessage()));
            }
        }
        int line = e.getLocation() != null ? e.getLocation().getLineNumber() : -1;
        String message = String.valueOf(e.getMessage()).replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return context.problem("osm-xml-invalid", line, message.strip());
    }

    private static Throwable nested(Throwable t) {
        return t instanceof XMLStreamException x ? x.getNestedException() : null;
    }

    private void readDocument(OsmHandler handler) throws XMLStreamException {
        if (!nextStartElement()) {
            throw context.problem("osm-unknown-format");
        }
        String root = xml.getLocalName();
        if ("osmChange".equals(root)) {
            throw context.problem("osm-change-file");
        }
        if (!"osm".equals(root)) {
            throw context.problem("osm-unknown-format");
        }
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return; // </osm>: the document is complete
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "bounds" -> bounds(handler);
                case "bound" -> bound(handler);
                case "meta" -> meta(handler);
                case "remark" -> throw context.problem("osm-server-remark", xml.getElementText().strip());
                case "node" -> node(handler);
                case "way" -> way(handler);
                case "relation" -> relation(handler);
                default -> skipElement();
            }
            context.tick();
        }
        throw context.problem("osm-truncated");
    }

    private boolean nextStartElement() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    private void bounds(OsmHandler handler) throws XMLStreamException {
        double minLat = number("minlat");
        double minLon = number("minlon");
        double maxLat = number("maxlat");
        double maxLon = number("maxlon");
        if (minLat <= maxLat && minLon <= maxLon) {
            handler.bounds(minLon, minLat, maxLon, maxLat);
        }
        skipElement();
    }

    /** osmosis' {@code <bound box="minlat,minlon,maxlat,maxlon" origin="..."/>}. */
    private void bound(OsmHandler handler) throws XMLStreamException {
        String box = xml.getAttributeValue(null, "box");
        if (box != null) {
            String[] parts = box.split(",");
            try {
                if (parts.length == 4) {
                    double minLat = Double.parseDouble(parts[0].trim());
                    double minLon = Double.parseDouble(parts[1].trim());
                    double maxLat = Double.parseDouble(parts[2].trim());
                    double maxLon = Double.parseDouble(parts[3].trim());
                    if (minLat <= maxLat && minLon <= maxLon) {
                        handler.bounds(minLon, minLat, maxLon, maxLat);
                    }
                }
            } catch (NumberFormatException e) {
                // an unreadable box only costs us the declared bounds: the data's own box is used
            }
        }
        skipElement();
    }

    /** Overpass' {@code <meta osm_base="2024-05-01T10:00:00Z"/>}. */
    private void meta(OsmHandler handler) throws XMLStreamException {
        String base = xml.getAttributeValue(null, "osm_base");
        if (base != null) {
            try {
                handler.dataTimestamp(Instant.parse(base));
            } catch (DateTimeParseException e) {
                // not worth failing for
            }
        }
        skipElement();
    }

    private boolean skipped() {
        return "delete".equals(xml.getAttributeValue(null, "action")) || "false".equals(xml.getAttributeValue(null, "visible"));
    }

    private void node(OsmHandler handler) throws XMLStreamException {
        boolean skip = skipped();
        long id = id("id");
        double lat = number("lat");
        double lon = number("lon");
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw context.problem("osm-xml-invalid", xml.getLocation().getLineNumber(), "node " + id + " lies outside the globe");
        }
        Map<String, String> tags = Collections.emptyMap();
        while (nextChild()) {
            if ("tag".equals(xml.getLocalName())) {
                tags = addTag(tags);
            }
            skipElement();
        }
        if (!skip) {
            handler.node(id, lat, lon, tags);
        }
    }

    private void way(OsmHandler handler) throws XMLStreamException {
        boolean skip = skipped();
        long id = id("id");
        long[] refs = new long[16];
        int count = 0;
        Map<String, String> tags = Collections.emptyMap();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "nd" -> {
                    if (count == refs.length) {
                        refs = java.util.Arrays.copyOf(refs, count * 2);
                    }
                    refs[count++] = id("ref");
                }
                case "tag" -> tags = addTag(tags);
                default -> {
                    // <bounds>, <center> from Overpass' "out geom/center": not needed
                }
            }
            skipElement();
        }
        if (!skip) {
            handler.way(id, java.util.Arrays.copyOf(refs, count), tags);
        }
    }

    private void relation(OsmHandler handler) throws XMLStreamException {
        boolean skip = skipped();
        long id = id("id");
        List<OsmMember> members = new ArrayList<>();
        Map<String, String> tags = Collections.emptyMap();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "member" -> {
                    OsmType type = OsmType.fromOsmName(String.valueOf(xml.getAttributeValue(null, "type")));
                    if (type == null) {
                        throw context.problem("osm-xml-invalid", xml.getLocation().getLineNumber(),
                                "a relation member of unknown type");
                    }
                    String role = xml.getAttributeValue(null, "role");
                    members.add(new OsmMember(type, id("ref"), role == null ? "" : role));
                }
                case "tag" -> tags = addTag(tags);
                default -> {
                    // nothing else matters inside a relation
                }
            }
            skipElement();
        }
        if (!skip) {
            handler.relation(id, members, tags);
        }
    }

    private Map<String, String> addTag(Map<String, String> tags) {
        String key = xml.getAttributeValue(null, "k");
        String value = xml.getAttributeValue(null, "v");
        if (key == null || value == null) {
            return tags;
        }
        Map<String, String> result = tags.isEmpty() ? new HashMap<>(8) : tags;
        result.put(key, value);
        return result;
    }

    /** Moves to the next child element of the current one; false at the parent's end tag. */
    private boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        throw context.problem("osm-truncated");
    }

    /** Skips the rest of the current element, children included, up to its end tag. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            if (!xml.hasNext()) {
                throw context.problem("osm-truncated");
            }
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private long id(String attribute) {
        String text = xml.getAttributeValue(null, attribute);
        try {
            return Long.parseLong(String.valueOf(text).trim());
        } catch (NumberFormatException e) {
            throw context.problem("osm-xml-invalid", xml.getLocation().getLineNumber(),
                    "“" + attribute + "” is not an id: " + text);
        }
    }

    private double number(String attribute) {
        String text = xml.getAttributeValue(null, attribute);
        try {
            double value = Double.parseDouble(String.valueOf(text).trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw context.problem("osm-xml-invalid", xml.getLocation().getLineNumber(),
                "“" + attribute + "” is not a number: " + text);
    }
}
