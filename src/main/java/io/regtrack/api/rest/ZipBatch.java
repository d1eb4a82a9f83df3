package io.regtrack.api.rest;

import io.regtrack.ingest.ArticleSubmission;
import io.regtrack.ingest.HtmlSubmission;
import io.regtrack.ingest.ImportBatch;
import io.regtrack.shared.error.InvalidInputException;
import io.regtrack.shared.error.PayloadTooLargeException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip import body: every {@code .txt} entry is an article as plain UTF-8 text, every {@code
 * .html}/{@code .htm} entry a saved news page (UTF-8), ingested as {@code POST /documents} ingests
 * {@code text/html}. Directories, {@code __MACOSX/} and hidden files ({@code .DS_Store}, {@code
 * ._x.txt}) are skipped; any other entry is an item that fails with its name.
 *
 * <p><b>Zip bombs.</b> The archive is read twice as a stream, never extracted to disk, and no entry
 * is held beyond {@code maxEntryBytes + 1} bytes. The first pass, before the job is accepted,
 * inflates every entry to count what it holds and stops with 413 as soon as the entries together
 * inflate to more than {@code maxUncompressedBytes} (whatever sizes their headers claim), or hold
 * more than {@code maxEntries} files; the job's pass reads each entry up to {@code maxEntryBytes +
 * 1} bytes, and a larger one fails alone.
 */
final class ZipBatch implements ImportBatch {
  private static final int BUFFER = 64 * 1024;

  private final byte[] zip;
  private final int size;
  private final int maxEntryBytes;

  private ZipBatch(byte[] zip, int size, int maxEntryBytes) {
    this.zip = zip;
    this.size = size;
    this.maxEntryBytes = maxEntryBytes;
  }

  /**
   * Checks the archive and counts its articles.
   *
   * @throws InvalidInputException naming {@code body} when it is not a readable zip archive or
   *     holds no file
   * @throws PayloadTooLargeException when it holds more than {@code maxEntries} files or inflates
   *     to more than {@code maxUncompressedBytes}
   */
  static ZipBatch of(byte[] zip, int maxEntries, long maxUncompressedBytes, int maxEntryBytes) {
    int items = 0;
    long inflated = 0;
    byte[] buffer = new byte[BUFFER];
    try (ZipInputStream in = open(zip)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        long left = maxUncompressedBytes - inflated;
        long n = drain(in, left + 1, buffer);
        if (n > left) {
          throw new PayloadTooLargeException(
              "The archive inflates to more than " + maxUncompressedBytes + " bytes",
              maxUncompressedBytes);
        }
        inflated += n;
        if (isItem(e) && ++items > maxEntries) {
          throw new PayloadTooLargeException(
              "The archive holds more than " + maxEntries + " files", maxEntries);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // ZipException, a truncated archive, an entry name that is not valid in its charset
      throw notAZip();
    }
    if (items == 0) {
      // ZipInputStream reads bytes that are not a zip archive as an empty one.
      throw new InvalidInputException(
          "body", "The request body is not a zip archive, or holds no file");
    }
    return new ZipBatch(zip, items, maxEntryBytes);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<Item> items() {
    return new Entries();
  }

  /** The item entries, each read (up to {@code maxEntryBytes + 1} bytes) when it is reached. */
  private final class Entries extends Prefetching<Item> {
    private final ZipInputStream in = open(zip);
    private final byte[] buffer = new byte[BUFFER];

    @Override
    protected Item fetch() {
      try {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          if (isItem(e)) {
            return item(e.getName());
          }
        }
        in.close();
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Item item(String name) throws IOException {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
      if (!html && !lower.endsWith(".txt")) {
        return Item.text(
            name,
            () -> {
              throw new InvalidInputException(
                  "body", "Only .txt and .html entries are imported: this is neither");
            });
      }
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      int read;
      while (content.size() <= maxEntryBytes && (read = in.read(buffer)) > 0) {
        content.write(buffer, 0, read);
      }
      if (content.size() > maxEntryBytes) {
        // The rest is skipped by the next getNextEntry; the first pass bounded it.
        return Item.text(
            name,
            () -> {
              throw new PayloadTooLargeException(maxEntryBytes);
            });
      }
      byte[] bytes = content.toByteArray();
      if (html) {
        return Item.html(name, () -> new HtmlSubmission(page(bytes), null, null, null));
      }
      return Item.text(
          name,
          () ->
              ArticleSubmission.ofText(
                  RequestBodies.utf8(
                      bytes,
                      RequestBodies.bomLength(bytes),
                      bytes.length,
                      "The entry is not valid UTF-8")));
    }

    /** An HTML entry as text: UTF-8, as the Content-Type of a single page would have to be. */
    private String page(byte[] bytes) {
      try {
        return RequestBodies.html(bytes, MediaType.TEXT_HTML_TYPE, maxEntryBytes);
      } catch (NotSupportedException e) {
        throw new InvalidInputException("body", "The page declares a charset other than UTF-8");
      } catch (InvalidInputException e) {
        throw new InvalidInputException("body", "The entry is not valid UTF-8");
      }
    }
  }

  private static ZipInputStream open(byte[] zip) {
    return new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8);
  }

  /** Whether an entry is an article (or fails as one): a file, not OS metadata. */
  static boolean isItem(ZipEntry e) {
    String name = e.getName();
    if (e.isDirectory() || name.startsWith("__MACOSX/")) {
      return false;
    }
    String base = name.substring(name.lastIndexOf('/') + 1);
    return !base.isEmpty() && !base.startsWith(".");
  }

  /** Reads and discards up to {@code limit} bytes of the current entry; returns how many. */
  private static long drain(InputStream in, long limit, byte[] buffer) throws IOException {
    long total = 0;
    int read;
    while (total < limit
        && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
      total += read;
    }
    return total;
  }

  private static InvalidInputException notAZip() {
    return new InvalidInputException("body", "The request body is not a readable zip archive");
  }
}
