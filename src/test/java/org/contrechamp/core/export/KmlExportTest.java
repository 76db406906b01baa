package org.contrechamp.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contrechamp.core.export.ExportTestData.camera;
import static org.contrechamp.core.export.ExportTestData.export;
import static org.contrechamp.core.export.ExportTestData.exporter;
import static org.contrechamp.core.export.ExportTestData.request;

import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The KML export parses as KML 2.2: placemarks at longitude, latitude, styled by kind, text always valid XML. */
class KmlExportTest {

    private static final String KML = "http://www.opengis.net/kml/2.2";

    @TempDir
    Path dir;

    private Document exportKml(List<Sighting> sightings, double fieldOfView) throws Exception {
        Path out = dir.resolve("cameras.kml");
        export(exporter(sightings), request(SightingFormat.KML, out).withFieldsOfView(fieldOfView));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(out.toFile());
    }

    @Test
    void placemarksAreLongitudeFirstWithNameDescriptionAndStyle() throws Exception {
        Sighting s = camera(48.8566134, 2.3522219, "Rue de Rivoli").toBuilder().note("<b>not markup</b> & more").build();

        Document doc = exportKml(List.of(s), 60);

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(KML);
        NodeList placemarks = doc.getElementsByTagNameNS(KML, "Placemark");
        assertThat(placemarks.getLength()).as("the sighting and its field of view").isEqualTo(2);
        Element first = (Element) placemarks.item(0);
        assertThat(text(first, "name")).isEqualTo("Camera · Ville de Paris");
        // The description is HTML: the note's own markup arrives escaped, lines are <br>.
        assertThat(text(first, "description")).contains("&lt;b&gt;not markup&lt;/b&gt; &amp; more").contains("<br>");
        assertThat(text(first, "coordinates")).isEqualTo("2.3522219,48.8566134");
        String style = text(first, "styleUrl").substring(1);
        NodeList styles = doc.getElementsByTagNameNS(KML, "Style");
        boolean found = false;
        for (int i = 0; i < styles.getLength(); i++) {
            found |= ((Element) styles.item(i)).getAttribute("id").equals(style);
        }
        assertThat(found).as("style " + style + " is declared").isTrue();
        String ring = text((Element) placemarks.item(1), "coordinates");
        String[] points = ring.split(" ");
        assertThat(points[0]).as("a closed ring").isEqualTo(points[points.length - 1]);
    }

    @Test
    void charactersXmlCannotHoldAreReplacedAndTheFileStillParses() throws Exception {
        Sighting s = camera(48.85, 2.35, null).toBuilder().note("bell\u0007 and \uD800 lone").build();

        Document doc = exportKml(List.of(s), 0);

        String description = text((Element) doc.getElementsByTagNameNS(KML, "Placemark").item(0), "description");
        assertThat(description).contains("bell\ufffd and \ufffd lone");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(KML, name).item(0).getTextContent();
    }
}
