package io.regtrack.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relay pagination edges over the five meetings of the {@link GraphQlFixture} regulation. */
@QuarkusTest
class GraphQlPagingTest {
  static final String PAGE =
      """
      query($f: MeetingFilter, $first: Int, $after: String, $last: Int, $before: String) {
        meetings(filter: $f, first: $first, after: $after, last: $last, before: $before) {
          edges { cursor node { date } }
          nodes { date }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        }
      }
      """;

  static final List<String> ALL =
      List.of("2022-07-12", "2022-06-07", "2022-05-10", "2022-04-05", "2022-03-16");

  Map<String, String> filter;

  @BeforeEach
  void corpus() {
    filter = Map.of("regulation", GraphQlFixture.get().symbol());
  }

  JsonPath page(Object... args) {
    List<Object> vars = new ArrayList<>(List.of("f", filter));
    vars.addAll(List.of(args));
    return GraphQl.data(PAGE, vars.toArray()).setRootPath("data.meetings");
  }

  @Test
  void forwardPagesCoverTheListOnceWithAccuratePageInfo() {
    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    boolean hasNext = true;
    while (hasNext) {
      JsonPath p = after == null ? page("first", 2) : page("first", 2, "after", after);
      seen.addAll(p.getList("nodes.date"));
      assertThat(p.getList("edges.node.date")).isEqualTo(p.getList("nodes.date"));
      assertThat(p.getString("pageInfo.startCursor")).isEqualTo(p.getString("edges[0].cursor"));
      assertThat(p.getBoolean("pageInfo.hasPreviousPage")).isEqualTo(pages > 0);
      hasNext = p.getBoolean("pageInfo.hasNextPage");
      after = p.getString("pageInfo.endCursor");
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).isEqualTo(ALL);
  }

  @Test
  void backwardPagesCoverTheListFromTheEnd() {
    JsonPath last = page("last", 2);
    assertThat(last.getList("nodes.date")).containsExactly("2022-04-05", "2022-03-16");
    assertThat(last.getBoolean("pageInfo.hasPreviousPage")).isTrue();
    assertThat(last.getBoolean("pageInfo.hasNextPage")).isFalse();
    JsonPath before = page("last", 2, "before", last.getString("pageInfo.startCursor"));
    assertThat(before.getList("nodes.date")).containsExactly("2022-06-07", "2022-05-10");
    assertThat(before.getBoolean("pageInfo.hasNextPage")).isTrue();
    assertThat(before.getBoolean("pageInfo.hasPreviousPage")).isTrue();
    JsonPath first = page("last", 2, "before", before.getString("pageInfo.startCursor"));
    assertThat(first.getList("nodes.date")).containsExactly("2022-07-12");
    assertThat(first.getBoolean("pageInfo.hasPreviousPage")).isFalse();
    assertThat(first.getBoolean("pageInfo.hasNextPage")).isTrue();
  }

  @Test
  void afterAndBeforeTogetherBoundBothSides() {
    JsonPath all = page("first", 5);
    List<String> cursors = all.getList("edges.cursor");
    JsonPath between = page("first", 10, "after", cursors.get(0), "before", cursors.get(4));
    assertThat(between.getList("nodes.date")).isEqualTo(ALL.subList(1, 4));
  }

  @Test
  void pastTheEndIsEmptyAndAnEmptyListHasNullCursors() {
    JsonPath all = page("first", 5);
    JsonPath past = page("first", 5, "after", all.getString("pageInfo.endCursor"));
    assertThat(past.getList("edges")).isEmpty();
    assertThat(past.getBoolean("pageInfo.hasNextPage")).isFalse();
    assertThat(past.getBoolean("pageInfo.hasPreviousPage")).isTrue();
    assertThat(past.getString("pageInfo.startCursor")).isNull();

    filter = Map.of("regulation", "1-XX/ZZ");
    JsonPath empty = page("first", 5);
    assertThat(empty.getList("nodes")).isEmpty();
    assertThat(empty.getBoolean("pageInfo.hasNextPage")).isFalse();
    assertThat(empty.getBoolean("pageInfo.hasPreviousPage")).isFalse();
    assertThat(empty.getString("pageInfo.endCursor")).isNull();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "first, 0, first",
    "first, 101, first",
    "last, -1, last",
    "last, 1000, last",
  })
  void pageSizesOutOfRangeAreBadUserInput(String argument, int value, String named) {
    JsonPath r = GraphQl.post(PAGE, "f", filter, argument, value);
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(r.getString("errors[0].message")).startsWith(named + ":").contains("1 and 100");
  }

  @Test
  void firstAndLastTogetherAreRefused() {
    JsonPath r = GraphQl.post(PAGE, "f", filter, "first", 2, "last", 2);
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
  }

  @ParameterizedTest
  @CsvSource({"after, not-a-cursor", "before, %%%", "after, ''"})
  void malformedCursorsAreBadUserInput(String argument, String cursor) {
    JsonPath r = GraphQl.post(PAGE, "f", filter, "first", 2, argument, cursor + "x");
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(r.getString("errors[0].message")).startsWith(argument + ":");
  }

  @Test
  void aCursorOfAnotherListIsRefused() {
    String documentCursor =
        GraphQl.data("{ documents(first: 1) { pageInfo { endCursor } } }")
            .getString("documents.pageInfo.endCursor");
    JsonPath r = GraphQl.post(PAGE, "f", filter, "first", 2, "after", documentCursor);
    assertThat(r.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void documentsPageBothWaysInPublishOrder() {
    String q =
        """
        query($f: DocumentFilter, $o: DocumentOrder, $first: Int, $after: String) {
          documents(filter: $f, orderBy: $o, first: $first, after: $after) {
            totalCount nodes { publishedOn } pageInfo { hasNextPage endCursor }
          }
        }
        """;
    Map<String, String> f = Map.of("regulation", GraphQlFixture.get().symbol());
    Map<String, String> o = Map.of("field", "PUBLISHED_AT", "direction", "ASC");
    JsonPath p1 = GraphQl.data(q, "f", f, "o", o, "first", 3);
    assertThat(p1.getInt("documents.totalCount")).isEqualTo(5);
    assertThat(p1.getList("documents.nodes.publishedOn"))
        .containsExactly("2022-03-16", "2022-04-05", "2022-05-10");
    JsonPath p2 =
        GraphQl.data(
            q, "f", f, "o", o, "first", 3, "after", p1.getString("documents.pageInfo.endCursor"));
    assertThat(p2.getList("documents.nodes.publishedOn"))
        .containsExactly("2022-06-07", "2022-07-12");
    assertThat(p2.getBoolean("documents.pageInfo.hasNextPage")).isFalse();
  }

  @Test
  void nestedConnectionsPageWithCursorsToo() {
    String q =
        """
        query($s: String, $after: String, $before: String, $first: Int, $last: Int) {
          regulation(symbol: $s) {
            meetings(first: $first, after: $after, last: $last, before: $before) {
              nodes { date } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }
        }
        """;
    String s = GraphQlFixture.get().symbol();
    JsonPath p1 = GraphQl.data(q, "s", s, "first", 2).setRootPath("data.regulation.meetings");
    assertThat(p1.getList("nodes.date")).isEqualTo(ALL.subList(0, 2));
    assertThat(p1.getBoolean("pageInfo.hasPreviousPage")).isFalse();
    JsonPath p2 =
        GraphQl.data(q, "s", s, "first", 2, "after", p1.getString("pageInfo.endCursor"))
            .setRootPath("data.regulation.meetings");
    assertThat(p2.getList("nodes.date")).isEqualTo(ALL.subList(2, 4));
    assertThat(p2.getBoolean("pageInfo.hasPreviousPage")).isTrue();
    assertThat(p2.getBoolean("pageInfo.hasNextPage")).isTrue();
    JsonPath back =
        GraphQl.data(q, "s", s, "last", 1, "before", p2.getString("pageInfo.startCursor"))
            .setRootPath("data.regulation.meetings");
    assertThat(back.getList("nodes.date")).isEqualTo(ALL.subList(1, 2));
    assertThat(back.getBoolean("pageInfo.hasPreviousPage")).isTrue();
    assertThat(back.getBoolean("pageInfo.hasNextPage")).isTrue();
  }
}
