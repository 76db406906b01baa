package org.contrechamp.core.area;

/**
 * A small town with boundaries, for tests of zones and inventories: the commune "Saint-Œuf" (admin
 * level 8, lon 2.300–2.320, lat 48.850–48.860) whose outline is two ways joined end to end, with a
 * hole (a lake that belongs to no commune, lon 2.314–2.316, lat 48.854–48.856); two arrondissements
 * (level 9), west "1er" and east "2e" of lon 2.310; a quartier "Les Halles" (level 10) drawn as one
 * closed way (lon 2.301–2.305, lat 48.851–48.855); a postal code zone "75001" over the west half; a
 * boundary cut by the edge of the extract (a member way missing), which is not a zone. Streets: "Rue
 * de l’Église" (west, with addr:postcode 75001), "Avenue Émile Zola" (east), "rue du Bac" (east).
 */
public final class ZonedTown {

    private ZonedTown() {
    }

    public static OsmXml create() {
        OsmXml xml = OsmXml.create().bounds(2.299, 48.849, 2.321, 48.861);
        // commune corners and the split of the arrondissements
        xml.node(1, 48.850, 2.300).node(2, 48.850, 2.310).node(3, 48.850, 2.320).node(4, 48.860, 2.320)
                .node(5, 48.860, 2.310).node(6, 48.860, 2.300);
        // the lake (a hole in the commune)
        xml.node(11, 48.854, 2.314).node(12, 48.854, 2.316).node(13, 48.856, 2.316).node(14, 48.856, 2.314);
        // the quartier
        xml.node(21, 48.851, 2.301).node(22, 48.851, 2.305).node(23, 48.855, 2.305).node(24, 48.855, 2.301);
        // streets
        xml.node(31, 48.853, 2.302).node(32, 48.853, 2.308);
        xml.node(33, 48.858, 2.312).node(34, 48.858, 2.318);
        xml.node(35, 48.852, 2.312).node(36, 48.852, 2.318);
        xml.way(110, OsmXml.refs(1, 2), "boundary", "administrative");
        xml.way(111, OsmXml.refs(2, 3, 4), "boundary", "administrative");
        xml.way(112, OsmXml.refs(4, 5), "boundary", "administrative");
        xml.way(113, OsmXml.refs(5, 6, 1), "boundary", "administrative");
        xml.way(102, OsmXml.refs(11, 12, 13, 14, 11));
        xml.way(103, OsmXml.refs(2, 5));
        xml.relation(500, new String[] {"way:110:outer", "way:112:outer", "way:111:outer", "way:113:outer",
            "way:102:inner", "node:1:admin_centre"},
                "type", "boundary", "boundary", "administrative", "admin_level", "8", "name", "Saint-Œuf");
        xml.relation(501, new String[] {"way:110:outer", "way:103:outer", "way:113:outer"},
                "type", "boundary", "boundary", "administrative", "admin_level", "9", "name", "1er");
        xml.relation(502, new String[] {"way:111:outer", "way:112:outer", "way:103:outer"},
                "type", "boundary", "boundary", "administrative", "admin_level", "9", "name", "2e");
        xml.way(104, OsmXml.refs(21, 22, 23, 24, 21), "boundary", "administrative", "admin_level", "10",
                "name", "Les Halles");
        xml.relation(503, new String[] {"way:110:outer", "way:103:outer", "way:113:outer"},
                "type", "boundary", "boundary", "postal_code", "postal_code", "75001");
        xml.relation(504, new String[] {"way:110:outer", "way:999:outer"},
                "type", "boundary", "boundary", "administrative", "admin_level", "8", "name", "Coupée");
        xml.way(200, OsmXml.refs(31, 32), "highway", "residential", "name", "Rue de l’Église", "addr:postcode", "75001");
        xml.way(201, OsmXml.refs(33, 34), "highway", "primary", "name", "Avenue Émile Zola");
        xml.way(202, OsmXml.refs(35, 36), "highway", "residential", "name", "rue du Bac");
        return xml;
    }
}
