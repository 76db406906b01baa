package org.contrechamp.ui.inventory;

import java.util.Locale;

import org.contrechamp.core.inventory.report.Paper;

/**
 * What the inventory dialog asks for: the zone (null for the whole area), the paper, the language
 * and the campaign's name on the cover.
 */
record InventoryRequest(String zone, Paper paper, Locale locale, String title) {
}
