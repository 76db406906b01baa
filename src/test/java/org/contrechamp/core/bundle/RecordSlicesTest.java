package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The scan may run before the signature is checked: what it keeps stays bounded by the records
 * limit, whatever the bytes.
 */
class RecordSlicesTest {

    private static byte[] manifest(int records) {
        return ("{\"records\":[" + "{},".repeat(records - 1) + "{}],\"blobs\":[]}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void locatesUpToTheRecordsLimit() {
        byte[] json = manifest(BundleFormat.MAX_RECORDS);
        RecordSlices slices = RecordSlices.find(json);
        assertThat(slices.count()).isEqualTo(BundleFormat.MAX_RECORDS);
        assertThat(new String(slices.skeleton(json), StandardCharsets.UTF_8)).isEqualTo("{\"records\":[],\"blobs\":[]}");
    }

    @Test
    void givesUpPastIt() {
        assertThat(RecordSlices.find(manifest(BundleFormat.MAX_RECORDS + 1))).isNull();
        assertThat(RecordSlices.find(manifest(2_000_000))).isNull();
    }
}
