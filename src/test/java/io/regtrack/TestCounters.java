package io.regtrack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.IntSupplier;

/**
 * Counters shared by every test of a run, whatever loaded them: a file under {@code target/} under
 * an exclusive lock. Quarkus loads test classes in more than one class loader, so a static counter
 * could restart at another random number and hand out a value another test had already used (the
 * tests share one database).
 */
public final class TestCounters {
  /** This JVM: its process id and start time. */
  private static final String JVM =
      ProcessHandle.current().pid()
          + "@"
          + ProcessHandle.current().info().startInstant().map(Object::toString).orElse("?");

  private TestCounters() {}

  /**
   * The next value of counter {@code name} in this JVM: {@code start} on its first use by this JVM
   * (the file names the JVM that wrote it), and again if the value would reach {@code limit}.
   */
  public static synchronized int next(String name, IntSupplier start, int limit) {
    Path file = Path.of("target", "test-counters", name);
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel =
              FileChannel.open(
                  file,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        ByteBuffer buffer = ByteBuffer.allocate(256);
        channel.read(buffer, 0);
        String[] stored =
            new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII)
                .trim()
                .split(" ");
        int value =
            stored.length == 2 && stored[0].equals(JVM)
                ? Integer.parseInt(stored[1])
                : start.getAsInt();
        if (value >= limit) {
          value = start.getAsInt();
        }
        channel.truncate(0);
        channel.write(
            ByteBuffer.wrap((JVM + " " + (value + 1)).getBytes(StandardCharsets.US_ASCII)), 0);
        return value;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
