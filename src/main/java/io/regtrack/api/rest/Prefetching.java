package io.regtrack.api.rest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator that finds each element when asked whether there is one. */
abstract class Prefetching<T> implements Iterator<T> {
  private T next;
  private boolean ended;

  /** The next element, or {@code null} at the end. */
  protected abstract T fetch();

  @Override
  public final boolean hasNext() {
    if (next == null && !ended) {
      next = fetch();
      ended = next == null;
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T element = next;
    next = null;
    return element;
  }
}
