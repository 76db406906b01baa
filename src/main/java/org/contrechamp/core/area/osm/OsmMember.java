package org.contrechamp.core.area.osm;

/** One member of a relation: which element, and its role ("outer", "inner", "" ...). */
public record OsmMember(OsmType type, long ref, String role) {
}
