package org.contrechamp.core.area.osm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import crosby.binary.BinaryParser;
import crosby.binary.Osmformat;

/**
 * Turns one PBF {@code PrimitiveBlock} into handler calls. osmpbf's {@link BinaryParser} provides
 * the string table and the coordinate granularity; the delta coding of ids, coordinates and
 * references is undone here. Inconsistent blocks (lists of different lengths, string indexes out of
 * the table) raise {@link BadBlockException} instead of an index error deep inside.
 */
final class PbfBlockDecoder extends BinaryParser {

    /** A block whose content contradicts itself. */
    static final class BadBlockException extends RuntimeException {
        BadBlockException(String message) {
            super(message);
        }
    }

    private final OsmHandler handler;
    private final ReadContext context;
    private int stringCount;

    PbfBlockDecoder(OsmHandler handler, ReadContext context) {
        this.handler = handler;
        this.context = context;
    }

    void decode(Osmformat.PrimitiveBlock block) {
        stringCount = block.getStringtable().getSCount();
        try {
            parse(block);
        } catch (IndexOutOfBoundsException e) {
            throw new BadBlockException("a block refers to data it does not hold");
        }
    }

    private String string(int index) {
        if (index < 0 || index >= stringCount) {
            throw new BadBlockException("a string index out of the table");
        }
        return getStringById(index);
    }

    @Override
    protected void parseDense(Osmformat.DenseNodes nodes) {
        int count = nodes.getIdCount();
        if (nodes.getLatCount() != count || nodes.getLonCount() != count) {
            throw new BadBlockException("dense nodes with " + count + " ids but other coordinate counts");
        }
        long id = 0;
        long lat = 0;
        long lon = 0;
        int kv = 0;
        int kvCount = nodes.getKeysValsCount();
        for (int i = 0; i < count; i++) {
            id += nodes.getId(i);
            lat += nodes.getLat(i);
            lon += nodes.getLon(i);
            Map<String, String> tags = Collections.emptyMap();
            // keys_vals: key, value, key, value..., 0 ends a node's tags; absent when no node has any.
            if (kvCount > 0) {
                while (kv < kvCount && nodes.getKeysVals(kv) != 0) {
                    if (tags.isEmpty()) {
                        tags = new HashMap<>(4);
                    }
                    if (kv + 1 >= kvCount) {
                        throw new BadBlockException("a dense node tag without a value");
                    }
                    tags.put(string(nodes.getKeysVals(kv)), string(nodes.getKeysVals(kv + 1)));
                    kv += 2;
                }
                kv++;
            }
            emitNode(id, parseLat(lat), parseLon(lon), tags);
        }
    }

    @Override
    protected void parseNodes(List<Osmformat.Node> nodes) {
        for (Osmformat.Node node : nodes) {
            emitNode(node.getId(), parseLat(node.getLat()), parseLon(node.getLon()),
                    tags(node.getKeysList(), node.getValsList()));
        }
    }

    private void emitNode(long id, double lat, double lon, Map<String, String> tags) {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new BadBlockException("node " + id + " lies outside the globe");
        }
        handler.node(id, lat, lon, tags);
        context.tick();
    }

    @Override
    protected void parseWays(List<Osmformat.Way> ways) {
        for (Osmformat.Way way : ways) {
            int count = way.getRefsCount();
            long[] refs = new long[count];
            long ref = 0;
            for (int i = 0; i < count; i++) {
                ref += way.getRefs(i);
                refs[i] = ref;
            }
            handler.way(way.getId(), refs, tags(way.getKeysList(), way.getValsList()));
            context.tick();
        }
    }

    @Override
    protected void parseRelations(List<Osmformat.Relation> relations) {
        for (Osmformat.Relation relation : relations) {
            int count = relation.getMemidsCount();
            if (relation.getTypesCount() != count || relation.getRolesSidCount() != count) {
                throw new BadBlockException("relation " + relation.getId() + " has inconsistent member lists");
            }
            List<OsmMember> members = new ArrayList<>(count);
            long ref = 0;
            for (int i = 0; i < count; i++) {
                ref += relation.getMemids(i);
                OsmType type = switch (relation.getTypes(i)) {
                    case NODE -> OsmType.NODE;
                    case WAY -> OsmType.WAY;
                    case RELATION -> OsmType.RELATION;
                };
                members.add(new OsmMember(type, ref, string(relation.getRolesSid(i))));
            }
            handler.relation(relation.getId(), members, tags(relation.getKeysList(), relation.getValsList()));
            context.tick();
        }
    }

    private Map<String, String> tags(List<Integer> keys, List<Integer> values) {
        if (keys.size() != values.size()) {
            throw new BadBlockException("tags with " + keys.size() + " keys and " + values.size() + " values");
        }
        if (keys.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, String> tags = new HashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            tags.put(string(keys.get(i)), string(values.get(i)));
        }
        return tags;
    }

    @Override
    protected void parse(Osmformat.HeaderBlock header) {
        // Headers are read by OsmPbfReader before any data block.
    }

    @Override
    public void complete() {
        // Not used: OsmPbfReader drives the blocks.
    }
}
