package org.contrechamp.ui.inventory;

import java.util.Locale;

import org.contrechamp.core.inventory.report.Paper;

/**
 * What the inventory dialog asks for: the zone (null for the whole area), the paper, the language,
 * the campaign's name on the cover, and whether the official list is held against the cameras.
 */
record InventoryRequest(String zone, Paper paper, Locale locale, String title, boolean declared) {
}
