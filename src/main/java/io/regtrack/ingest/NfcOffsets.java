package io.regtrack.ingest;

import java.text.Normalizer;

/**
 * Maps UTF-16 offsets in the NFC form of a text back to offsets in the text as sent. Spans found in
 * the NFC text ("Quy định" typed as "Quy đi\u0323nh") then index what the client sent. The text is
 * cut before every character that is not a combining mark; each piece is normalized on its own, and
 * every offset inside a piece's NFC form maps to the piece's start.
 */
final class NfcOffsets {
  private final String original;
  private final String nfc;

  /** For each offset 0..nfc.length() in the NFC text, the offset in the original; null: same. */
  private final int[] toOriginal;

  private NfcOffsets(String original, String nfc, int[] toOriginal) {
    this.original = original;
    this.nfc = nfc;
    this.toOriginal = toOriginal;
  }

  static NfcOffsets of(String text) {
    if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return new NfcOffsets(text, text, null);
    }
    StringBuilder nfc = new StringBuilder(text.length());
    int[] map = new int[text.length() + 1];
    int pieceStart = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i < text.length() && !startsPiece(text, i)) {
        continue;
      }
      String piece = Normalizer.normalize(text.substring(pieceStart, i), Normalizer.Form.NFC);
      for (int j = 0; j < piece.length(); j++) {
        map[nfc.length() + j] = pieceStart;
      }
      nfc.append(piece);
      pieceStart = i;
    }
    map[nfc.length()] = text.length();
    String whole = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (!whole.contentEquals(nfc)) {
      // Composition across pieces (e.g. Hangul jamo): offsets stay those of the NFC text.
      return new NfcOffsets(whole, whole, null);
    }
    int[] exact = new int[nfc.length() + 1];
    System.arraycopy(map, 0, exact, 0, exact.length);
    return new NfcOffsets(text, whole, exact);
  }

  private static boolean startsPiece(String text, int i) {
    char c = text.charAt(i);
    if (Character.isLowSurrogate(c)) {
      return false;
    }
    int type = Character.getType(text.codePointAt(i));
    return type != Character.NON_SPACING_MARK
        && type != Character.COMBINING_SPACING_MARK
        && type != Character.ENCLOSING_MARK;
  }

  /** The NFC text the extractor reads. */
  String nfc() {
    return nfc;
  }

  /** The text offsets index: the text as sent, or its NFC form when they could not be mapped. */
  String original() {
    return original;
  }

  /** The offset in {@link #original()} of offset {@code nfcOffset} of the NFC text. */
  int toOriginal(int nfcOffset) {
    int clamped = Math.max(0, Math.min(nfcOffset, nfc.length()));
    return toOriginal == null ? clamped : toOriginal[clamped];
  }
}
