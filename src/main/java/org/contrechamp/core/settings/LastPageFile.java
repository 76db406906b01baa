package org.contrechamp.core.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.contrechamp.core.common.AtomicFiles;

/**
 * The window's page to open first next time (the one left last), kept in a small file of the data
 * directory beside the settings, so that remembering it never rewrites the user's settings. A page id
 * is a short word; anything else in the file (damaged, hand-edited) reads as nothing remembered.
 */
public final class LastPageFile {

    public static final String FILE_NAME = "last-page.txt";
    private static final Pattern PAGE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Path file;

    public LastPageFile(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    public Optional<String> read() throws IOException {
        String text;
        try {
            if (Files.size(file) > 256) {
                return Optional.empty();
            }
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (java.nio.charset.MalformedInputException damaged) {
            return Optional.empty();
        }
        return PAGE_ID.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    public void write(String pageId) throws IOException {
        if (!PAGE_ID.matcher(pageId).matches()) {
            throw new IllegalArgumentException("not a page id: " + pageId);
        }
        AtomicFiles.write(file, (pageId + "\n").getBytes(StandardCharsets.UTF_8), false);
    }
}
