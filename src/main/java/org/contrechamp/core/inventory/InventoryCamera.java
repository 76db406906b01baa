package org.contrechamp.core.inventory;

import java.time.LocalDate;

import org.contrechamp.core.sighting.Sighting;

/**
 * One camera as an inventory lists it: its number on its street's map and table (1, 2, 3... in the
 * order along the street; 0 where it is listed without a map), and what the table shows beside the
 * sighting's own fields.
 *
 * @param street        the street it is listed under, or null (listed apart)
 * @param volunteers    how many people's revisions it has (who saw it, confirmed it or corrected it)
 * @param firstSeen     the survey date, else the day its photo was taken, else the day it was recorded
 * @param lastConfirmed the last check date, else the survey date
 */
public record InventoryCamera(int number, Sighting sighting, String street, String zone, int volunteers,
        LocalDate firstSeen, LocalDate lastConfirmed) {

    InventoryCamera numbered(int value) {
        return new InventoryCamera(value, sighting, street, zone, volunteers, firstSeen, lastConfirmed);
    }

    /** The main photo as this computer names it, or null when it has none. */
    public String photo() {
        return sighting.photos().isEmpty() ? null : sighting.photos().get(0);
    }
}
