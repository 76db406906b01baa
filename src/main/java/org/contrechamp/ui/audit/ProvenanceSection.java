package org.contrechamp.ui.audit;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.TitledPane;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.TaskRunner;

/**
 * The selected sighting's provenance under the survey form, folded by default: opened, it reads who
 * surveyed the camera, when, in which bundles and every change since; folded, it reads nothing, so
 * walking the list with the arrow keys costs no query per step.
 */
public final class ProvenanceSection extends TitledPane {

    public ProvenanceSection(Workspace workspace, Messages messages, TaskRunner tasks,
            ObservableValue<Sighting> selected) {
        ProvenancePanel panel = ProvenancePanel.of(workspace, messages, tasks);
        setText(messages.get("page.provenance.heading"));
        setContent(panel);
        setExpanded(false);
        setAnimated(false);
        setId("provenance-section");
        selected.addListener((obs, was, is) -> {
            if (isExpanded() && (is == null || was == null || !is.id().equals(was.id()) || is.revision() != was.revision())) {
                panel.show(is == null ? null : is.id());
            }
        });
        expandedProperty().addListener((obs, was, is) -> {
            Sighting shown = selected.getValue();
            panel.show(is && shown != null ? shown.id() : null);
        });
    }
}
