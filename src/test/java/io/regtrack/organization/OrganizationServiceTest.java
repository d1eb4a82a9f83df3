package io.regtrack.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.regtrack.Db;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationServiceTest {
  @Inject OrganizationService organizations;

  private OrganizationView findOrCreate(String name) {
    return QuarkusTransaction.requiringNew().call(() -> organizations.findOrCreate(name));
  }

  @Test
  void oneRowPerNameWhateverTheTonePlacementCaseAndSpacing() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    OrganizationView first = findOrCreate("Ban Thường vụ Tỉnh ủy Thử " + suffix);
    assertThat(first.kind()).isEqualTo(OrganizationKind.PARTY_LOCAL);
    assertThat(findOrCreate("Ban Thường vụ Tỉnh uỷ Thử " + suffix)).isEqualTo(first);
    assertThat(findOrCreate("ban  thường vụ tỉnh ủy\u00A0thử " + suffix)).isEqualTo(first);
    assertThat(organizations.find(first.id())).contains(first);
    assertThat(organizations.idsByName("BAN THUONG VU TINH UY THU " + suffix))
        .containsExactly(first.id());
    assertThat(organizations.findAll(List.of(first.id(), -1L))).containsOnlyKeys(first.id());
  }

  @Test
  void aBlankNameIsRefused() {
    assertThatThrownBy(() -> findOrCreate("  ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentCreationOfOneNameMakesOneRow() throws Exception {
    String name = "Huyện ủy Đồng thời " + UUID.randomUUID().toString().substring(0, 8);
    int clients = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<OrganizationView>> futures = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Callable<OrganizationView> call =
            () -> {
              start.await();
              return findOrCreate(name);
            };
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<Long> ids = new ArrayList<>();
      for (Future<OrganizationView> f : futures) {
        ids.add(f.get().id());
      }
      assertThat(ids).containsOnly(ids.getFirst());
      assertThat(Db.count("select count(*) from organization where name = ?", name)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
