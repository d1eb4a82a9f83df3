package io.regtrack.extraction.model;

import java.util.List;

/**
 * A person an article names.
 *
 * @param name the name as written (NFC), without honorifics or ranks
 * @param positions the positions stated anywhere in the article, deduplicated keeping the fullest
 *     form ("Trưởng Đoàn Kiểm tra số 7" over "Trưởng Đoàn Kiểm tra")
 * @param mentions every mention, in order (body first, then captions)
 */
public record ExtractedPerson(String name, List<String> positions, List<PersonMention> mentions) {
  public ExtractedPerson {
    positions = List.copyOf(positions);
    mentions = List.copyOf(mentions);
  }
}
