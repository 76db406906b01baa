package org.contrechamp.core.area.osm;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;

import com.google.protobuf.ByteString;

import crosby.binary.Fileformat;
import crosby.binary.Osmformat;

/** Writes small PBF files for tests, blob by blob, so that each can be made wrong on purpose. */
final class PbfFiles {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PbfFiles header(String... requiredFeatures) throws IOException {
        Osmformat.HeaderBlock.Builder header = Osmformat.HeaderBlock.newBuilder();
        for (String feature : requiredFeatures) {
            header.addRequiredFeatures(feature);
        }
        header.setBbox(Osmformat.HeaderBBox.newBuilder().setLeft(7_000_000_000L).setRight(8_000_000_000L)
                .setBottom(43_000_000_000L).setTop(44_000_000_000L));
        header.setOsmosisReplicationTimestamp(1_600_000_000L);
        return blob("OSMHeader", zlib(header.build().toByteArray()));
    }

    /** Three nodes (ids 1, 2, 5: delta coded), the first tagged as a camera, a way and a relation. */
    PbfFiles data() throws IOException {
        Osmformat.StringTable strings = Osmformat.StringTable.newBuilder().addS(ByteString.EMPTY)
                .addS(ByteString.copyFromUtf8("man_made")).addS(ByteString.copyFromUtf8("surveillance"))
                .addS(ByteString.copyFromUtf8("highway")).addS(ByteString.copyFromUtf8("residential"))
                .addS(ByteString.copyFromUtf8("outer")).build();
        Osmformat.DenseNodes dense = Osmformat.DenseNodes.newBuilder()
                .addId(1).addId(1).addId(3)
                .addLat(437_300_000).addLat(1_000).addLat(1_000)
                .addLon(74_200_000).addLon(2_000).addLon(2_000)
                .addKeysVals(1).addKeysVals(2).addKeysVals(0).addKeysVals(0).addKeysVals(0).build();
        Osmformat.Way way = Osmformat.Way.newBuilder().setId(10).addKeys(3).addVals(4).addRefs(1).addRefs(1).addRefs(3).build();
        Osmformat.Relation relation = Osmformat.Relation.newBuilder().setId(20).addMemids(10).addRolesSid(5)
                .addTypes(Osmformat.Relation.MemberType.WAY).build();
        Osmformat.PrimitiveBlock block = Osmformat.PrimitiveBlock.newBuilder().setStringtable(strings)
                .addPrimitivegroup(Osmformat.PrimitiveGroup.newBuilder().setDense(dense))
                .addPrimitivegroup(Osmformat.PrimitiveGroup.newBuilder().addWays(way))
                .addPrimitivegroup(Osmformat.PrimitiveGroup.newBuilder().addRelations(relation)).build();
        return blob("OSMData", zlib(block.toByteArray()));
    }

    PbfFiles lzmaData() throws IOException {
        return blob("OSMData", Fileformat.Blob.newBuilder().setRawSize(10).setLzmaData(ByteString.copyFrom(new byte[10])).build());
    }

    private static Fileformat.Blob zlib(byte[] raw) {
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        return Fileformat.Blob.newBuilder().setRawSize(raw.length).setZlibData(ByteString.copyFrom(buffer, 0, n)).build();
    }

    private PbfFiles blob(String type, Fileformat.Blob blob) throws IOException {
        byte[] body = blob.toByteArray();
        byte[] header = Fileformat.BlobHeader.newBuilder().setType(type).setDatasize(body.length).build().toByteArray();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(header.length);
        out.write(header);
        out.write(body);
        return this;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }

    Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }
}
