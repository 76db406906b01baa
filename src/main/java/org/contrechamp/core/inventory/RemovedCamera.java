package org.contrechamp.core.inventory;

import java.time.LocalDate;

/**
 * A camera marked removed (status {@code removed}), listed apart with the day it was found gone: its
 * check date, else the day the record last changed.
 */
public record RemovedCamera(InventoryCamera camera, LocalDate removedOn) {
}
