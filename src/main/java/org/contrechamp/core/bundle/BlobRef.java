package org.contrechamp.core.bundle;

/** A photo the bundle carries: content address, exact size and media type (always image/jpeg in v1). */
public record BlobRef(String sha256, long size, String mediaType) {
}
