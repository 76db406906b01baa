package org.contrechamp.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityServiceTest {

    @TempDir
    Path data;

    private static final byte[] MESSAGE = "bundle".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theKeyFileIsReadableByItsOwnerOnlyAndSignsForTheShownKey() throws IOException {
        IdentityService service = new IdentityService(data);
        PublicIdentity made = service.create("Renard", null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(service.file()))).isEqualTo("rw-------");
        assertThat(service.show()).isEqualTo(made);
        assertThat(service.isProtected()).isFalse();
        SigningIdentity me = service.unlock(null);
        assertThat(Ed25519.verify(made.publicKey(), MESSAGE, me.sign(MESSAGE))).isTrue();
        assertThat(Files.readString(service.file())).contains("Renard").doesNotContain("passphrase");
    }

    @Test
    void aPassphraseSealsTheKeyAndOnlyThatPassphraseOpensIt() throws IOException {
        IdentityService service = new IdentityService(data);
        char[] passphrase = "ours är långa: 🦊".toCharArray();
        PublicIdentity made = service.create("Renard", passphrase);
        assertThat(service.isProtected()).isTrue();
        assertThat(service.show()).isEqualTo(made); // the public side needs no passphrase
        assertThatThrownBy(() -> service.unlock(null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo("passphrase-required"));
        assertThatThrownBy(() -> service.unlock("ours ar langa: 🦊".toCharArray()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("wrong-passphrase"));
        SigningIdentity me = service.unlock("ours är långa: 🦊".toCharArray());
        assertThat(Ed25519.verify(made.publicKey(), MESSAGE, me.sign(MESSAGE))).isTrue();
        String file = Files.readString(service.file());
        assertThat(file).contains("pbkdf2-sha256-aes256gcm").doesNotContain("\"seed\"");
    }

    @Test
    void aSeededKeySourceMakesTheSameKeyEveryTimeAndAFreshOneAnother() throws Exception {
        PublicIdentity first = new IdentityService(data.resolve("a")).create("Renard", null, seeded("7/Renard"));
        PublicIdentity again = new IdentityService(data.resolve("b")).create("Renard", null, seeded("7/Renard"));
        PublicIdentity other = new IdentityService(data.resolve("c")).create("Renard", null, seeded("8/Renard"));
        PublicIdentity fresh = new IdentityService(data.resolve("d")).create("Renard", null);

        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(other.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(fresh.fingerprint()).isNotEqualTo(first.fingerprint());
    }

    private static java.security.SecureRandom seeded(String seed) throws Exception {
        java.security.SecureRandom random = java.security.SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
        return random;
    }

    @Test
    void anIdentityIsNeverReplaced() {
        IdentityService service = new IdentityService(data);
        PublicIdentity first = service.create("Renard", null);
        assertThatThrownBy(() -> service.create("Other", null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo("identity-exists"));
        assertThat(service.show()).isEqualTo(first);
    }

    @Test
    void pseudonymsThatIdentifyOrHideCharactersAreRefused() {
        IdentityService service = new IdentityService(data);
        for (String bad : new String[] {"", "  ", "jane@example.org", "Jane <j@x>", "a\nb", "x".repeat(65), " padded",
            "zero\u200bwidth"}) {
            assertThatThrownBy(() -> service.create(bad, null)).as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThat(service.exists()).isFalse();
    }

    @Test
    void aTamperedOrMissingKeyFileIsReportedNotUsed() throws IOException {
        IdentityService service = new IdentityService(data);
        assertThatThrownBy(service::show).isInstanceOfSatisfying(DataUnavailableException.class,
                e -> assertThat(e.problem().code()).isEqualTo("no-identity"));
        service.create("Renard", null);
        String other = java.util.Base64.getEncoder().encodeToString(Ed25519.raw(Ed25519.generate().getPublic()));
        String text = Files.readString(service.file()).replaceFirst("\"publicKey\" : \"[^\"]+\"", "\"publicKey\" : \"" + other + "\"");
        Files.writeString(service.file(), text);
        assertThatThrownBy(() -> service.unlock(null)).isInstanceOfSatisfying(DataUnavailableException.class,
                e -> assertThat(e.problem().code()).isEqualTo("identity-damaged"));
        Files.writeString(service.file(), "{not json");
        assertThatThrownBy(service::show).isInstanceOfSatisfying(DataUnavailableException.class,
                e -> assertThat(e.problem().code()).isEqualTo("identity-damaged"));
    }

    @Test
    void aKeyCardRoundTripsAndAnAlteredCardIsRefused() {
        PublicIdentity me = new IdentityService(data).create("Renard", null);
        String card = KeyCard.toJson(me).toString();
        assertThat(KeyCard.read("card", card, null)).isEqualTo(me);
        assertThat(KeyCard.read("card", card, "Fox").name()).isEqualTo("Fox");
        String key = java.util.Base64.getEncoder().encodeToString(me.publicKey());
        assertThat(KeyCard.read("key", key, "Fox").fingerprint()).isEqualTo(me.fingerprint());
        String otherKey = java.util.Base64.getEncoder().encodeToString(Ed25519.raw(Ed25519.generate().getPublic()));
        assertThatThrownBy(() -> KeyCard.read("card", card.replace(key, otherKey), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo("fingerprint-mismatch"));
        assertThatThrownBy(() -> KeyCard.read("card", "{\"publicKey\":\"AAAA\"}", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KeyCard.read("card", "{\"a\":1,\"a\":2}", null)).isInstanceOf(InvalidInputException.class);
    }
}
