package io.regtrack.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.regulation.MajorityVote.Ballot;
import io.regtrack.regulation.MajorityVote.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class MajorityVoteTest {

  private static Ballot<String> ballot(long order, long document, String value) {
    return new Ballot<>(order, document, value.toLowerCase(), value);
  }

  @Test
  void noBallotsNoOutcome() {
    assertThat(MajorityVote.decide(List.<Ballot<String>>of())).isNull();
  }

  @Test
  void mostDocumentsWinEvenWhenStatedLater() {
    Outcome<String> o =
        MajorityVote.decide(
            List.of(
                ballot(1, 10, "2022-02-28"),
                ballot(2, 11, "2022-02-08"),
                ballot(3, 12, "2022-02-08"),
                ballot(4, 13, "2022-02-08")));
    assertThat(o.winner()).isEqualTo("2022-02-08");
    assertThat(o.disputed()).isTrue();
    assertThat(o.tallies())
        .extracting(t -> t.documents())
        .containsExactly(List.of(11L, 12L, 13L), List.of(10L));
  }

  @Test
  void aDocumentRepeatingAValueVotesOnce() {
    Outcome<String> o =
        MajorityVote.decide(
            List.of(
                ballot(1, 10, "A"),
                ballot(2, 10, "A"),
                ballot(3, 10, "A"),
                ballot(4, 11, "B"),
                ballot(5, 12, "B")));
    assertThat(o.winner()).isEqualTo("B");
  }

  @Test
  void tieGoesToTheValueStatedFirst() {
    Outcome<String> o = MajorityVote.decide(List.of(ballot(7, 11, "late"), ballot(3, 10, "early")));
    assertThat(o.winner()).isEqualTo("early");
  }

  @Test
  void valuesAreComparedByKeyAndShownAsFirstWritten() {
    Outcome<String> o =
        MajorityVote.decide(List.of(ballot(1, 10, "Khóa XI"), ballot(2, 11, "khóa xi")));
    assertThat(o.disputed()).isFalse();
    assertThat(o.winner()).isEqualTo("Khóa XI");
    assertThat(o.tallies().getFirst().documents()).containsExactly(10L, 11L);
  }
}
