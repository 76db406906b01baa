package org.contrechamp.core.export;

import java.io.Writer;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.contrechamp.core.common.DecimalText;
import org.contrechamp.core.sighting.Sighting;

/**
 * OpenStreetMap XML (API 0.6) for JOSM: each sighting a new node, numbered -1, -2… as JOSM numbers
 * objects not uploaded yet, with the tags of {@link OsmNodeTags}. Nothing here changes an existing
 * node: sightings of cameras already in OpenStreetMap go to {@link ProposedTagChanges} instead.
 */
final class OsmXmlSightingWriter implements SightingWriter {

    private final XMLStreamWriter xml;
    private final Writer out;
    private final WriteOptions options;
    private long nextId = -1;

    OsmXmlSightingWriter(Writer out, WriteOptions options) {
        this.out = out;
        this.options = options;
        xml = XmlFailure.open(out);
        try {
            xml.writeStartElement("osm");
            xml.writeAttribute("version", "0.6");
            xml.writeAttribute("generator", "Contrechamp");
        } catch (XMLStreamException e) {
            throw XmlFailure.of(e);
        }
    }

    @Override
    public void write(Sighting s) {
        try {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("node");
            xml.writeAttribute("id", Long.toString(nextId--));
            // OSM's precision is 7 decimals (about 1 cm); more only makes JOSM show a change on upload.
            xml.writeAttribute("lat", DecimalText.shortest(ViewPolygons.round7(s.position().latitude())));
            xml.writeAttribute("lon", DecimalText.shortest(ViewPolygons.round7(s.position().longitude())));
            for (Map.Entry<String, String> tag : OsmNodeTags.of(s, options.leftOut()).entrySet()) {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("tag");
                xml.writeAttribute("k", tag.getKey());
                xml.writeAttribute("v", tag.getValue());
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw XmlFailure.of(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            out.flush();
        } catch (Exception e) {
            throw XmlFailure.of(e);
        }
    }
}
