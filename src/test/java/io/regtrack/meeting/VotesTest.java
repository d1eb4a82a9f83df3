package io.regtrack.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.regtrack.shared.text.TextKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VotesTest {

  @Test
  void theMajorityWins() {
    assertThat(Votes.winner(Arrays.asList(3, 5, 5, null, null), Comparator.<Integer>naturalOrder()))
        .isEqualTo(5);
  }

  @Test
  void aTieGoesToTheFirstInContentOrderWhateverTheOrderOfTheVotes() {
    List<String> titles = new ArrayList<>(List.of("Hội nghị B", "Hội nghị A", "hội nghị a"));
    for (int seed = 0; seed < 10; seed++) {
      Collections.shuffle(titles, new Random(seed));
      // "Hội nghị A" and "hội nghị a" are one value (2 votes) with its first written form.
      assertThat(Votes.winner(titles, TextKeys::nameKey, Comparator.<String>naturalOrder()))
          .isEqualTo("Hội nghị A");
    }
    List<MeetingKind> kinds =
        new ArrayList<>(List.of(MeetingKind.REVIEW, MeetingKind.DISSEMINATION));
    Collections.reverse(kinds);
    assertThat(Votes.winner(kinds, Comparator.<MeetingKind>naturalOrder()))
        .isEqualTo(MeetingKind.DISSEMINATION);
  }

  @Test
  void nothingToVoteOnIsNull() {
    assertThat(Votes.winner(Arrays.asList(null, null), Comparator.<String>naturalOrder())).isNull();
    assertThat(Votes.winner(List.<String>of(), Comparator.<String>naturalOrder())).isNull();
  }
}
