package org.contrechamp.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The message at the bottom of the window: what just happened, or what went wrong and what to do. */
public final class StatusLine {

    public enum Severity { INFO, ERROR }

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Severity> severity = new ReadOnlyObjectWrapper<>(Severity.INFO);

    public void info(String message) {
        severity.set(Severity.INFO);
        text.set(message);
    }

    public void error(String message) {
        severity.set(Severity.ERROR);
        text.set(message);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Severity> severityProperty() {
        return severity.getReadOnlyProperty();
    }
}
