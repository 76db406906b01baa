package org.contrechamp.core.repository;

import org.contrechamp.core.bundle.VerifiedBundle;

/**
 * A bundle file that verified, with its photos.
 *
 * @param repository    the repository the file sits in (its audience was checked), or null when the
 *                      file was found outside any repository and the audience could not be checked
 * @param blobsChecked  photos found and checked (all of the manifest's)
 */
public record VerifyReport(String file, VerifiedBundle bundle, RepositoryInfo repository, int blobsChecked) {
}
