package io.regtrack.api.rest;

/**
 * A reference to a document: {@code {id, title}}.
 *
 * @param id document id
 * @param title its headline
 */
public record DocumentRef(long id, String title) {}
