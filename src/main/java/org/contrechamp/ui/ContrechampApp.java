package org.contrechamp.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application (being built). */
public final class ContrechampApp extends Application {

    private static UiEnvironment environment;

    public static void launchWith(UiEnvironment env) {
        environment = env;
        Application.launch(ContrechampApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Contrechamp " + environment.dataDirectory());
        stage.show();
    }
}
