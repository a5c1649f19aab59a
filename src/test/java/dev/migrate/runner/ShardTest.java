package dev.migrate.runner;

import dev.migrate.MigrateException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.migrate.testing.ErrorCatalogDoc.assertDocumented;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sharding a fleet: a stable hash, shards that never overlap and together are the fleet, clear errors. */
class ShardTest {

    private static List<Tenant> fleet(int size) {
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            tenants.add(Tenant.schema(String.format("tenant_%04d", i)));
        }
        return tenants;
    }

    @Test
    void shardsNeverOverlapAndTogetherAreTheFleet() {
        List<Tenant> fleet = fleet(1000);
        for (int n : new int[] {1, 2, 3, 7, 16}) {
            Set<String> seen = new HashSet<>();
            int total = 0;
            for (int k = 0; k < n; k++) {
                for (Tenant tenant : new Shard(k, n).of(fleet)) {
                    assertTrue(seen.add(tenant.name()), tenant.name() + " is in two of " + n + " shards");
                    total++;
                }
            }
            assertEquals(1000, total);
        }
    }

    @Test
    void shardsAreEvenEnoughForACiMatrix() {
        List<Tenant> fleet = fleet(1000);
        for (int k = 0; k < 4; k++) {
            int size = new Shard(k, 4).of(fleet).size();
            assertTrue(size > 200 && size < 300, "shard " + k + "/4 holds " + size + " of 1000");
        }
    }

    @Test
    void theHashIsTheFirstEightBytesOfSha256() {
        // printf tenant_0001 | sha256sum | cut -c1-16: the first 8 bytes as an unsigned number, modulo n
        assertEquals(Long.parseUnsignedLong(sha256Prefix("tenant_0001"), 16), Shard.hash("tenant_0001"));
        assertEquals(Long.remainderUnsigned(Shard.hash("tenant_0001"), 3) == 2,
                new Shard(2, 3).contains("tenant_0001"));
    }

    private static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void parsesKOfN() {
        assertEquals(new Shard(3, 4), Shard.parse("3/4"));
        assertEquals(new Shard(0, 2), Shard.parse(" 0 / 2 "));
        assertEquals(Shard.ALL, Shard.parse(null));
        assertEquals(Shard.ALL, Shard.parse(""));
    }

    @Test
    void refusesAShardNumberedFromOne() {
        MigrateException e = assertThrows(MigrateException.class, () -> Shard.parse("4/4"));
        assertDocumented("invalid-shard", e.getMessage());
        assertEquals("Invalid migrate.shard '4/4': shards are numbered from 0, so 4 shards are 0/4 to 3/4 (in a "
                + "Kubernetes indexed Job: ${JOB_COMPLETION_INDEX}/4; in a GitHub Actions matrix: a list 0 to 3).",
                e.getMessage());
        assertEquals(MigrateException.Kind.SETUP, e.kind());
    }

    @Test
    void refusesWhatIsNotKOfN() {
        assertEquals("Invalid migrate.shard 'half': write k/n, the shard's number k (from 0) and the number of "
                + "shards n, e.g. 0/4.", assertThrows(MigrateException.class, () -> Shard.parse("half"))
                .getMessage());
        assertEquals("Invalid migrate.shard '0/0': the number of shards must be at least 1.",
                assertThrows(MigrateException.class, () -> Shard.parse("0/0")).getMessage());
    }
}
