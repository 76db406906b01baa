package org.contrechamp.core.declared;

import java.time.Instant;
import java.util.List;

/**
 * A list as read from its file, its sites placed: what an import stores, in one step, in place of
 * the previous list.
 *
 * @param source    the file's name, as the user gave it
 * @param encoding  the encoding it was read in ("UTF-8", "Windows-1252"...)
 * @param separator the field separator found
 * @param mapping   the columns used, saved for the next edition of the list
 */
public record DeclaredList(String source, Instant importedAt, String encoding, char separator, ColumnMapping mapping,
        List<DeclaredSite> sites, List<ListWarning> warnings) {

    public DeclaredList {
        sites = List.copyOf(sites);
        warnings = List.copyOf(warnings);
    }

    /** What is stored about a list besides its sites. */
    public record Info(String source, Instant importedAt, String encoding, int sites) {
    }

    public Info info() {
        return new Info(source, importedAt, encoding, sites.size());
    }
}
