package org.contrechamp.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A running background task as the UI sees it: how far it is, what it is doing, and a way to stop it. */
public interface TaskHandle {

    /** From 0 to 1, or -1 while the total is unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** The unit in hand (a file name), for the status bar. */
    ReadOnlyStringProperty messageProperty();

    void cancel();
}
