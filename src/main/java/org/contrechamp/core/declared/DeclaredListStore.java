package org.contrechamp.core.declared;

import java.util.List;
import java.util.Optional;

/** Where the data directory keeps its official list (one at a time) and the columns last mapped. */
public interface DeclaredListStore {

    /** Replaces the list and the saved mapping in one transaction: the old list stays if it fails. */
    void replace(DeclaredList list);

    Optional<DeclaredList.Info> info();

    /** The sites, in the list's order. */
    List<DeclaredSite> sites();

    Optional<ColumnMapping> savedMapping();

    /** Places one site by hand; false when the list has no site with this key. */
    boolean place(String key, GeoPoint point);
}
