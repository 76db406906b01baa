package org.contrechamp.core.export;

import java.io.Writer;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.contrechamp.core.common.DecimalText;
import org.contrechamp.core.map.FieldOfView;
import org.contrechamp.core.map.MarkerColours;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;
import org.contrechamp.core.sighting.Status;

/**
 * KML 2.2 for Google Earth and Organic Maps: a Placemark per sighting (its name, its description,
 * a Point), its OSM tags as ExtendedData, a shared Style per kind in the map's colours and, when
 * asked, each field of view as a Polygon Placemark of its own (Organic Maps shows points best alone).
 * Descriptions are HTML for both programs: the text is escaped, then its lines joined with
 * {@code <br>}. Characters XML cannot hold at all become U+FFFD ({@link XmlText}).
 */
final class KmlSightingWriter implements SightingWriter {

    private static final String NS = "http://www.opengis.net/kml/2.2";
    private static final double ARC_STEP_DEGREES = 10;

    private final XMLStreamWriter xml;
    private final Writer out;
    private final WriteOptions options;

    KmlSightingWriter(Writer out, WriteOptions options) {
        this.out = out;
        this.options = options;
        xml = XmlFailure.open(out);
        try {
            xml.writeStartElement("kml");
            xml.writeDefaultNamespace(NS);
            xml.writeStartElement("Document");
            element("name", "Contrechamp");
            for (Kind kind : Kind.values()) {
                styles(styleId(kind), MarkerColours.of(kind));
            }
            styles("unknown", MarkerColours.of((Kind) null));
            styles("removed", MarkerColours.REMOVED);
        } catch (XMLStreamException e) {
            throw XmlFailure.of(e);
        }
    }

    private void styles(String id, String colour) throws XMLStreamException {
        String abgr = kmlColour(colour, "ff");
        xml.writeCharacters("\n");
        xml.writeStartElement("Style");
        xml.writeAttribute("id", id);
        xml.writeStartElement("IconStyle");
        element("color", abgr);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeStartElement("Style");
        xml.writeAttribute("id", "view-" + id);
        xml.writeStartElement("LineStyle");
        element("color", abgr);
        element("width", "1");
        xml.writeEndElement();
        xml.writeStartElement("PolyStyle");
        element("color", kmlColour(colour, "40"));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** KML writes colours alpha, blue, green, red: {@code #cf222e} opaque is {@code ff2e22cf}. */
    static String kmlColour(String rgbHex, String alpha) {
        return alpha + rgbHex.substring(5, 7) + rgbHex.substring(3, 5) + rgbHex.substring(1, 3);
    }

    private static String styleId(Kind kind) {
        return "kind-" + kind.osmValue();
    }

    private static String styleOf(Sighting s) {
        if (s.status() == Status.REMOVED) {
            return "removed";
        }
        return s.kind() == null ? "unknown" : styleId(s.kind());
    }

    @Override
    public void write(Sighting s) {
        try {
            xml.writeCharacters("\n");
            xml.writeStartElement("Placemark");
            xml.writeAttribute("id", "s" + s.id());
            if (options.styled()) {
                element("name", options.texts().name(s));
                String description = options.texts().description(s);
                if (!description.isEmpty()) {
                    element("description", html(description));
                }
            } else {
                element("name", s.id().toString());
            }
            element("styleUrl", "#" + styleOf(s));
            xml.writeStartElement("ExtendedData");
            data("id", s.id().toString());
            for (Map.Entry<String, String> tag : SightingTags.toTags(s, true).entrySet()) {
                data(tag.getKey(), tag.getValue());
            }
            List<String> photos = options.photos().apply(s);
            if (!photos.isEmpty()) {
                data("photos", String.join(" ", photos));
            }
            xml.writeEndElement();
            xml.writeStartElement("Point");
            element("coordinates", coordinates(s.position().latitude(), s.position().longitude()));
            xml.writeEndElement();
            xml.writeEndElement();
            if (options.fieldsOfView()) {
                writeFieldsOfView(s);
            }
        } catch (XMLStreamException e) {
            throw XmlFailure.of(e);
        }
    }

    private void writeFieldsOfView(Sighting s) throws XMLStreamException {
        for (FieldOfView.Cone cone : FieldOfView.cones(s, options.fieldOfViewDegrees())) {
            List<double[]> ring = ViewPolygons.exteriorRing(s, cone, ARC_STEP_DEGREES);
            if (ring.isEmpty()) {
                continue;
            }
            xml.writeCharacters("\n");
            xml.writeStartElement("Placemark");
            element("styleUrl", "#view-" + styleOf(s));
            xml.writeStartElement("Polygon");
            xml.writeStartElement("outerBoundaryIs");
            xml.writeStartElement("LinearRing");
            StringBuilder text = new StringBuilder();
            for (double[] point : ring) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(coordinates(point[0], point[1]));
            }
            element("coordinates", text.toString());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    /** KML's order is longitude, latitude. */
    private static String coordinates(double lat, double lon) {
        return DecimalText.shortest(lon) + "," + DecimalText.shortest(lat);
    }

    private void data(String name, String value) throws XMLStreamException {
        xml.writeStartElement("Data");
        xml.writeAttribute("name", XmlText.valid(name));
        element("value", value);
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.valid(text));
        xml.writeEndElement();
    }

    /** Plain text as the HTML both programs render: escaped, lines joined with {@code <br>}. */
    private static String html(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return escaped.replace("\r\n", "\n").replace("\n", "<br>");
    }

    @Override
    public void close() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            out.flush();
        } catch (XMLStreamException | java.io.IOException e) {
            throw XmlFailure.of(e);
        }
    }
}
